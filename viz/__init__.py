"""Views of the knowledge graph as self-contained HTML (pure functions).

Owns ``cascade`` (a document's cascade, a networkx graph in, one HTML page or fragment out) and
``layout`` (where its nodes go and what their labels say). May import ``kg.facts`` (the
administrative levels, top to bottom) and ``kg.i18n`` (their names); never the store, the queries, the CLI or the web app, which
call in (``kg.views``, ``kg.web``).
"""

from .cascade import (
    cascade_data,
    cascade_fragment,
    layout,
    render_cascade,
    script_json,
    static_dir,
)

__all__ = ["cascade_data", "cascade_fragment", "layout", "render_cascade", "script_json", "static_dir"]
