"""What the store already says about a batch (the context its validation reads, kg.store.store's ``context_quads``):
the quads whose subject is an IRI the batch mentions, and the types, keys, levels and dates of what those quads point
to: the part of the store the shapes can reach from the batch's focus nodes. Derived graphs are never context."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kg.rdf.graphs import DERIVED
from kg.rdf.vocab import DKG, RDF

#: What the shapes read of a node that the batch only points to.
CONTEXT_FACETS = (RDF.type, DKG.key, DKG.level, DKG.dateIssued, DKG.eventDate, DKG.issuerCode)


def batch_iris(batch: Iterable) -> set[ox.NamedNode]:
    """The IRIs (subjects, predicates, objects) of ``batch``: Oxigraph quads or triples, or rdflib triples."""
    iris: set[ox.NamedNode] = set()
    for item in batch:
        if isinstance(item, (ox.Quad, ox.Triple)):
            iris.update(t for t in (item.subject, item.predicate, item.object) if isinstance(t, ox.NamedNode))
        else:
            iris.update(ox.NamedNode(str(t)) for t in item if isinstance(t, URIRef))
    return iris


def context_about(main, url: str | None, iris: set[ox.NamedNode],
                  exclude: ox.NamedNode | Iterable[ox.NamedNode] | None = None) -> list[ox.Quad]:
    """What the dataset ``main`` (on a server where ``url`` is set) says about ``iris``, and the facets
    (:data:`CONTEXT_FACETS`) of what that points to, outside the derived graphs and ``exclude`` (a graph or several)."""
    if not iris:
        return []
    skip = {*DERIVED, *([exclude] if exclude is None or isinstance(exclude, ox.NamedNode) else exclude)}
    first = _about(main, url, iris, skip)
    pointed = {q.object for q in first if isinstance(q.object, ox.NamedNode)} - iris
    facets = [ox.NamedNode(str(p)) for p in CONTEXT_FACETS]
    return first + _about(main, url, pointed, skip, facets)


def _about(main, url: str | None, iris: set[ox.NamedNode], skip, predicates: list[ox.NamedNode] | None = None
           ) -> list[ox.Quad]:
    if not iris:
        return []
    if url is not None:  # one request instead of one per IRI
        values = " ".join(str(iri) for iri in iris)  # N-Triples form: IRIs the parser checked
        where_p = f"VALUES ?p {{ {' '.join(str(p) for p in predicates)} }}" if predicates else ""
        graphs = ", ".join(str(g) for g in skip if g is not None)
        sparql = (f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }} {where_p} "
                  f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({graphs})) }}")
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in main.query(sparql)]
    out: list[ox.Quad] = []
    options: list[ox.NamedNode | None] = list(predicates) if predicates else [None]
    for node in iris:
        for p in options:
            out.extend(q for q in main.quads_for_pattern(node, p, None) if q.graph_name not in skip)
    return out
