"""Conversion of RDF terms and graphs between pyoxigraph and rdflib (the store speaks one, pyshacl,
owlrl and reasonable the other)."""

from __future__ import annotations

import io
from typing import Any
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.rdf.vocab import DCTERMS, DKG, OA, RDF, RDFS, XSD

#: An Oxigraph RDF term as a value (pyoxigraph names no such union itself).
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


class OxNamespace:
    """A vocabulary whose terms are Oxigraph named nodes, as rdflib's namespaces give ``URIRef``s:
    ``OX_DKG.key`` is the store's ``dkg:key``. Store code uses these instead of building
    ``ox.NamedNode(str(DKG.x))`` constants of its own."""

    def __init__(self, base: str) -> None:
        self._base = base
        self._terms: dict[str, ox.NamedNode] = {}

    def __getitem__(self, name: str) -> ox.NamedNode:
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = ox.NamedNode(self._base + name)
        return term

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self.__dict__[name] = self[name]  # (kept: a second access is a plain attribute lookup)
        return term


OX_DKG = OxNamespace(str(DKG))
OX_RDF = OxNamespace(str(RDF))
OX_RDFS = OxNamespace(str(RDFS))
OX_OA = OxNamespace(str(OA))
OX_XSD = OxNamespace(str(XSD))
OX_DCTERMS = OxNamespace(str(DCTERMS))
#: A triple of Oxigraph terms, as the builder makes them (``kg.rdf.build``).
OxTriple = tuple[ox.NamedNode, ox.NamedNode, OxTerm]

_XSD_STRING = str(XSD.string)
#: The datatypes whose literals the engine keeps exactly as written (strings, with or without a language): it may
#: write any other typed literal in a canonical form (``kg.store.canonical``).
VERBATIM = frozenset({_XSD_STRING, str(RDF.langString)})
# the scratch store's subjects (numbered) and predicate in respelt
_SCRATCH = "urn:dkg:literal:"
_SCRATCH_P = ox.NamedNode("urn:dkg:value")
# Characters from which a literal skips the N-Triples round trip (see triples_to_graph).
_LONG_LITERAL = 4096


def respelt(literals: list[ox.Literal]) -> dict[ox.Literal, ox.Literal]:
    """The ``literals`` the engine writes in another form (``1500.0`` as ``1500``, ``+5`` as ``5``, an
    ``xsd:nonNegativeInteger`` as an ``xsd:integer``), each with that form: the engine's own, read back from a scratch
    store in memory. Give each literal once: a batch repeats its dates and numbers many times over."""
    scratch = ox.Store()
    scratch.bulk_extend(ox.Quad(ox.NamedNode(f"{_SCRATCH}{i}"), _SCRATCH_P, lit) for i, lit in enumerate(literals))
    changed: dict[ox.Literal, ox.Literal] = {}
    for q in scratch:
        lit = literals[int(q.subject.value[len(_SCRATCH):])]
        if q.object != lit and isinstance(q.object, ox.Literal):
            changed[lit] = q.object
    return changed


def to_rdflib(term: Any) -> URIRef | BNode | Literal:
    """An Oxigraph term as rdflib writes it (a plain ``xsd:string`` literal without datatype). (Typed
    ``Any``: pyoxigraph types a quad's subject and object as unions with ``ox.Triple``, which the store never holds.)"""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt == _XSD_STRING else URIRef(dt))


def to_ox(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as an Oxigraph term; TypeError for anything else (a variable, a graph)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unexpected term {term!r}")


def graph_to_quads(graph: Graph, into: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
    """rdflib graph -> Oxigraph quads in graph ``into`` (through N-Triples)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return [ox.Quad(t.subject, t.predicate, t.object, into)
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def triples_to_graph(triples: Iterable[ox.Triple | ox.Quad]) -> Graph:
    """Oxigraph triples (or quads, graph names dropped) -> rdflib graph.

    In bulk through N-Triples, which rdflib reads fastest; term by term where a literal is long,
    because rdflib's N-Triples reader re-scans a long line once per chunk it reads (quadratic in
    the literal's length). Never both in one graph: the reader renames blank nodes."""
    items = list(triples)
    g = Graph()
    if any(isinstance(t.object, ox.Literal) and len(t.object.value) > _LONG_LITERAL for t in items):
        for t in items:
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g
    buf = io.BytesIO()
    ox.serialize((ox.Triple(t.subject, t.predicate, t.object) for t in items), buf,
                 format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
    return g


def has_blank(q: ox.Quad) -> bool:
    """Does ``q`` hold a blank node (subject, object or graph)? Such a quad cannot be named in an
    update's text, and a parser or the engine's bulk loader renames its blank nodes."""
    return any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object, q.graph_name))


def values_list(nodes: Iterable[ox.NamedNode]) -> str:
    """The nodes as the inside of a SPARQL ``VALUES`` block (``<a> <b>``)."""
    return " ".join(str(n) for n in nodes)


def chunked(nodes: Iterable[ox.NamedNode], size: int = 2000) -> Iterator[list[ox.NamedNode]]:
    """The distinct named nodes of ``nodes``, sorted, in lists of at most ``size`` (one ``VALUES``
    block each: an engine parses a block of thousands of IRIs slower than several smaller ones)."""
    ordered = sorted({n for n in nodes if isinstance(n, ox.NamedNode)}, key=lambda n: n.value)
    for i in range(0, len(ordered), size):
        yield ordered[i:i + size]


def data_block(quads: Iterable[ox.Quad]) -> str:
    """The inside of an ``INSERT DATA`` / ``DELETE DATA`` block naming ``quads`` (no blank nodes: see
    :func:`has_blank`); each term in N-Triples form, which pyoxigraph escapes, so no text of a quad becomes SPARQL."""
    return " ".join(f"{q.subject} {q.predicate} {q.object} ." if isinstance(q.graph_name, ox.DefaultGraph)
                    else f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)


def data_update(added: Iterable[ox.Quad] = (), removed: Iterable[ox.Quad] = (), *, first: Iterable[str] = ()) -> str:
    """One SPARQL update request that runs the operations ``first`` (e.g. ``DROP SILENT GRAPH <g>``), then removes
    ``removed`` and adds ``added``; "" where there is nothing to do. The engine runs a request, all its operations,
    as one transaction: a process killed during it leaves all or none of it."""
    gone, made = data_block(removed), data_block(added)
    return " ;\n".join([*first, *([f"DELETE DATA {{ {gone} }}"] if gone else []),
                        *([f"INSERT DATA {{ {made} }}"] if made else [])])
