"""Views: the store and a document key in, the interactive cascade out.

A small adapter between the library (``kg.analytics.cascade_graph`` builds the networkx graph)
and the pure renderer (``viz``). ``dkg viz KEY -o FILE`` writes :func:`cascade_page`; the web
app's ``/graph/{key}`` uses :func:`cascade_fragment` with the assets it serves itself.
"""

from __future__ import annotations

import networkx as nx

import viz

from kg.analytics import cascade_graph
from kg.queries import missing_document
from kg.i18n import TEXT
from kg.rdf.vocab import DKG
from kg.review import link_review_marks, review_marks


def reviewed_cascade(store, key: str, as_of: str | None = None):
    """The cascade of document ``key`` as a networkx DiGraph (see ``kg.analytics``); with
    ``as_of``, as known on that day."""
    graph = cascade_graph(store, key, as_of)
    if graph is None or graph.number_of_nodes() == 0:
        raise missing_document(store, key, "document-missing")
    mark_reviews(store, graph)
    return graph


def mark_reviews(store, graph: nx.DiGraph) -> None:
    """Set the ``review`` attribute of each document and link that an ingested text stated: its
    review state (``accepted``, ``corrected`` or ``pending``; see ``kg.review.review_marks``), else
    None; and ``facts``, the ids of the facts of texts that stated it (each has a page, ``kg.paths.fact_path``). Rejected and still-violating facts are not in the graph, so never in the cascade."""
    iris = {n: attrs.get("iri") or str(n) for n, attrs in graph.nodes(data=True)}
    marks = review_marks(store, list(iris.values()))
    for n, iri in iris.items():
        mark = marks.get(iri)
        graph.nodes[n]["review"] = mark["state"] if mark else None
        graph.nodes[n]["facts"] = [f["id"] for f in mark["facts"]] if mark else []
    links = {(iris[u], _property(attrs.get("relation")), iris[v]): (u, v) for u, v, attrs in graph.edges(data=True)}
    found = link_review_marks(store, list(links))
    for link, (u, v) in links.items():
        link_mark = found.get(link)
        graph.edges[u, v]["review"] = link_mark["state"] if link_mark else None
        graph.edges[u, v]["facts"] = [f["id"] for f in link_mark["facts"]] if link_mark else []


def cascade_page(store, key: str, *, link_base: str | None = None, lang: str = "vi",
                 as_of: str | None = None) -> str:
    """A standalone HTML file (scripts inlined, nothing fetched from the network).

    ``link_base``: where a clicked node leads, the document key appended (e.g. the ``/doc/``
    address of a running ``dkg serve``); ``None`` shows the node's details in a side panel only.
    """
    graph = reviewed_cascade(store, key, as_of)
    return viz.render_cascade(graph, title=_title(key, lang), link_base=link_base, lang=lang)


def cascade_fragment(store, key: str, *, link_base: str, asset_base: str, lang: str = "vi",
                     as_of: str | None = None, fact_base: str | None = None) -> tuple[str, nx.DiGraph]:
    """The cascade view for a page of the app, and the graph it shows (``as_of``: as known on that day)."""
    graph = reviewed_cascade(store, key, as_of)
    return viz.cascade_fragment(graph, link_base=link_base, asset_base=asset_base, lang=lang, fact_base=fact_base), graph


def _property(relation) -> str:
    """The IRI of an edge's relation, given as a local name (``implements``) or an IRI."""
    name = str(relation or "implements")
    return name if ":" in name else str(DKG[name])


def _title(key: str, lang: str) -> str:
    return TEXT["en" if lang == "en" else "vi"]["cascade_title"].format(key=key)
