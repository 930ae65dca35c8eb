"""The files validation reads (``shapes/*.ttl`` and ``ontology/*.ttl``), each parsed once per process
and kept: the shapes, the ontology, and the part of the ontology validation needs (``schema_graph``;
``schema_ntriples``, the same as N-Triples for the fast engine). ``kg.validate.validation.clear_cache``
forgets them with what is derived from them.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import resources
from kg.rdf.vocab import OWL, RDF, RDFS

__all__ = ["ontology_graph", "schema_graph", "schema_ntriples", "shapes_graph"]


def _files(kind: str) -> list[Path]:
    """The ``shapes`` or ``ontology`` Turtle files."""
    return [Path(p) for p in getattr(resources, f"{kind}_files")()]


def _parse_all(paths: Iterable[Path]) -> Graph:
    g = Graph()
    for p in paths:
        g.parse(p, format="turtle")
    return g


_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The union of ``shapes/*.ttl`` (parsed once per process; do not modify it)."""
    with _lock:
        return _parse_all(_files("shapes"))


@functools.lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The union of ``ontology/*.ttl`` (parsed once per process; do not modify it)."""
    with _lock:
        return _parse_all(_files("ontology"))


@functools.lru_cache(maxsize=1)
def schema_graph() -> Graph:
    """The part of the ontology that validation needs: the class and property hierarchy.

    This is what is handed to pyshacl as ``ont_graph``. The ontology folder also holds reference
    data (SKOS schemes, about 800 administrative units); mixing all of it into every batch would
    re-validate that reference data on each call and triple the time, so only
    ``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` and the class declarations are passed. The
    reference data is checked against the shapes once, by the test suite.
    """
    ont = ontology_graph()
    g = Graph()
    for pred in (RDFS.subClassOf, RDFS.subPropertyOf):
        for t in ont.triples((None, pred, None)):
            g.add(t)
    for cls in (OWL.Class, RDFS.Class):
        for t in ont.triples((None, RDF.type, cls)):
            g.add(t)
    return g


@functools.lru_cache(maxsize=1)
def schema_ntriples() -> str:
    """:func:`schema_graph` as N-Triples for the fast engine, read from the ontology files by
    Oxigraph's parser: rdflib's Turtle parser took seconds over the ontology with its reference
    data, for every command that validates (a test checks that both give the same graph)."""
    wanted = {ox.NamedNode(str(RDFS.subClassOf)), ox.NamedNode(str(RDFS.subPropertyOf))}
    kinds = {ox.NamedNode(str(OWL.Class)), ox.NamedNode(str(RDFS.Class))}
    rdf_type = ox.NamedNode(str(RDF.type))
    triples = {ox.Triple(q.subject, q.predicate, q.object) for path in _files("ontology")
               for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
               if q.predicate in wanted or (q.predicate == rdf_type and q.object in kinds)}
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
