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
    items = batch if isinstance(batch, list) else list(batch)
    if all(isinstance(item, (ox.Quad, ox.Triple)) for item in items):  # (a load's: one comprehension, half the time
        # of a set updated quad by quad at a million quads)
        named = ox.NamedNode
        return {t for q in items for t in (q.subject, q.predicate, q.object) if isinstance(t, named)}
    iris: set[ox.NamedNode] = set()
    for item in items:
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
    held = held_subjects(main, iris, skip) if url is None else None
    first = _about(main, url, iris if held is None else held, skip)
    pointed = {q.object for q in first if isinstance(q.object, ox.NamedNode)} - iris
    facets = [ox.NamedNode(str(p)) for p in CONTEXT_FACETS]
    return first + _about(main, url, pointed, skip, facets)


#: Where the store holds at most this many quads per IRI of a batch, the IRIs it holds quads of are found first by one
#: query over all of it (:func:`held_subjects`), and only those are looked up: a lookup costs the engine a seek, a quad
#: read by the query a small part of that, and a large batch loaded into a smaller store names mostly IRIs the store
#: has never held (the figures: bench/RESULTS.md, load41).
SCAN_PER_IRI = 8


def held_subjects(main, iris: set[ox.NamedNode], skip) -> set[ox.NamedNode] | None:
    """Those of ``iris`` that are the subject of a quad of ``main`` (an embedded engine) outside the graphs ``skip``,
    found by one query over the whole store where it holds no more than :data:`SCAN_PER_IRI` quads an IRI; None where
    it holds more (counted by the engine up to that bound, the quads' terms never read)."""
    budget = SCAN_PER_IRI * len(iris)
    probe = f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT * WHERE {{ ?s ?p ?o }} LIMIT {budget + 1} }} }}"
    if int(next(iter(main.query(probe, use_default_graph_as_union=True)))["n"].value) > budget:
        return None
    graphs = ", ".join(str(g) for g in skip if g is not None)
    rows = main.query(f"SELECT DISTINCT ?s WHERE {{ {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({graphs})) }} "
                      "UNION { ?s ?p ?o } }")
    return {row[0] for row in rows} & iris


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
