"""Views of the knowledge graph as self-contained HTML (pure functions; see ``viz.cascade``)."""

from .cascade import (
    cascade_data,
    cascade_fragment,
    layout,
    render_cascade,
    script_json,
    static_dir,
)

__all__ = ["cascade_data", "cascade_fragment", "layout", "render_cascade", "script_json", "static_dir"]
