"""Views: the store and a document key in, the interactive cascade out.

A small adapter between the library (``kg.analytics.cascade_graph`` builds the networkx graph)
and the pure renderer (``viz``). ``dkg viz KEY -o FILE`` writes :func:`cascade_page`; the web
app's ``/graph/{key}`` uses :func:`cascade_fragment` with the assets it serves itself.
"""

from __future__ import annotations

import networkx as nx

import viz

from kg.analytics import cascade_graph as build
from kg.errors import NotFound


def cascade_graph(store, key: str, as_of: str | None = None):
    """The cascade of document ``key`` as a networkx DiGraph (see ``kg.analytics``); with
    ``as_of``, as known on that day."""
    graph = build(store, key, as_of)
    if graph is None or graph.number_of_nodes() == 0:
        raise NotFound(f"no document with key {key!r}", hint="keys look like 46-NQ/TW or 140/2017/NĐ-CP")
    return graph


def cascade_page(store, key: str, *, link_base: str | None = None, lang: str = "vi",
                 as_of: str | None = None) -> str:
    """A standalone HTML file (scripts inlined, nothing fetched from the network).

    ``link_base``: where a clicked node leads, the document key appended (e.g. the ``/doc/``
    address of a running ``dkg serve``); ``None`` shows the node's details in a side panel only.
    """
    graph = cascade_graph(store, key, as_of)
    return viz.render_cascade(graph, title=_title(key, lang), link_base=link_base, lang=lang)


def cascade_fragment(store, key: str, *, link_base: str, asset_base: str, lang: str = "vi",
                     as_of: str | None = None) -> tuple[str, nx.DiGraph]:
    """The cascade view for a page of the app, and the graph it shows (``as_of``: as known on that day)."""
    graph = cascade_graph(store, key, as_of)
    return viz.cascade_fragment(graph, link_base=link_base, asset_base=asset_base, lang=lang), graph


def _title(key: str, lang: str) -> str:
    return (f"Implementation cascade of {key}" if lang == "en" else f"Sơ đồ triển khai {key}")
