"""The data graph as the fast SHACL engine (``kg.validate.fastshacl``) reads it: the N-Quads text
the ``shacl`` package validates (the quads of the predicates the Core shapes name), with every term
as written, the text of all the data when a check needs it, and an in-memory Oxigraph store of the
same quads for the SHACL-SPARQL constraints and the labels (:class:`Data`, made by :func:`load`).

Where a term the engines give back cannot be mapped to the data, :class:`EngineMismatch` says so,
and ``kg.validate.validation`` runs pyshacl instead.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeGuard

import pyoxigraph as ox
import rdflib
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.terms import to_ox, to_rdflib

__all__ = ["Data", "EngineMismatch", "bnode_order", "load"]


class EngineMismatch(RuntimeError):
    """The fast engine's output could not be mapped back to the data: use pyshacl instead."""


def _ox_triples(source: Graph) -> Iterable[ox.Triple]:
    """The triples of an rdflib graph (all graphs of a Dataset) as Oxigraph triples."""
    if isinstance(source, rdflib.ConjunctiveGraph):
        items: Iterable[tuple[Node, Node, Node]] = ((s, p, o) for s, p, o, _ in source.quads((None, None, None, None)))
    else:
        items = iter(source)
    for s, p, o in items:
        subject, predicate = to_ox(s), to_ox(p)
        if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
            # (rdflib lets a graph hold a literal subject; RDF and the shacl package do not)
            raise EngineMismatch(f"the triple {s.n3()} {p.n3()} {o.n3()} is not RDF")
        yield ox.Triple(subject, predicate, to_ox(o))


@dataclass
class Data:
    """The data graph in the forms the engine reads.

    ``nt`` is the N-Quads text of all the data, with every term as written (an Oxigraph store would
    rewrite typed literals to their canonical form: ``"60.0"^^xsd:decimal`` becomes ``"60"``, which
    is not what pyshacl reports). Lines from an rdflib graph carry no graph name (N-Triples lines are
    N-Quads lines too); quads keep theirs, so that they are written by Oxigraph without being rebuilt
    one by one in Python. ``core_nt`` is the text the ``shacl`` package validates: the same, or where
    :func:`load` was told which predicates the Core shapes can read, only the quads of those (at a
    million quads a third of the lines are of predicates no Core shape names, and the package parses
    every line it is given); ``nt`` is then written from the quads only when first asked for (a check
    of a rare result, or the reported form of a literal). ``store`` is an in-memory Oxigraph store of
    the same triples, all in its default graph (the union of the data's graphs), for the SPARQL
    constraints and the labels, made when first asked for (so that the Core engine can read
    ``core_nt`` in another thread meanwhile, see ``kg.validate.fastshacl.run``);
    a literal it returns is mapped back to its written form through ``written``. When ``keep`` is
    given, ``store`` holds only the quads of those predicates (what the SPARQL constraints and the
    labels read: at a million quads, copying the rest cost more than all those queries);
    where ``classes`` is given too, of the ``rdf:type`` quads only those of these classes and of
    their subclasses (the SPARQL constraints read types only in their targets, and most of a
    batch's types are of its evidence, which no target names); :meth:`store_for` says which store
    answers a pattern.
    """

    core_nt: str
    _fill: list[str | list[ox.Quad]]  # what ``store`` is made of: N-Triples/N-Quads texts and quads
    keep: frozenset[ox.NamedNode] | None = None
    classes: frozenset[ox.NamedNode] | None = None
    _bnodes: list[str] | None = None
    bnode_offset: int = 0  # blank nodes of the shapes graph, numbered before the data's
    _whole: ox.Store | None = None
    _parts: list[str | list[ox.Quad]] | None = None  # what ``nt`` is written from, when not ``core_nt``

    @property
    def _typed_apart(self) -> bool:
        """Does ``store`` hold only some of the ``rdf:type`` quads (see ``classes``)?"""
        return self.keep is not None and self.classes is not None and _RDF_TYPE in self.keep

    @functools.cached_property
    def store(self) -> ox.Store:
        store = ox.Store()
        typed: list[ox.Quad] = []  # (the types, where only some are kept: once the store knows the subclasses)
        # each predicate kept: True, or False for rdf:type where only some are
        kept = None if self.keep is None else dict.fromkeys(self.keep, True)
        if kept is not None and self._typed_apart:
            kept[_RDF_TYPE] = False
        for part in self._fill:
            if isinstance(part, str):
                _add_text(store, part)
            elif kept is None:
                # Quads given as objects keep their blank-node labels in the store (bulk_extend does
                # not rename them, as bulk_load of a text would). The store gets them as triples of
                # its default graph: Oxigraph answers a query over the union of many named graphs (a
                # batch of texts, each in its own) far more slowly than over one graph of the same
                # triples, which also holds once a description that several graphs repeat.
                store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in part)
            else:
                triples = []
                for q in part:
                    p = q.predicate
                    whole = kept.get(p)
                    if whole:
                        triples.append(ox.Quad(q.subject, p, q.object))
                    elif whole is False:
                        typed.append(q)
                store.bulk_extend(triples)
        self._fill = []
        if typed:  # every rdfs:subClassOf of the data is in the store by now (the SPARQL shapes read it)
            wanted = _subclasses(store, self.classes or frozenset())
            store.bulk_extend(ox.Quad(q.subject, _RDF_TYPE, o) for q in typed if (o := q.object) in wanted)
        return store

    @functools.cached_property
    def nt(self) -> str:
        if self._parts is None:
            return self.core_nt
        parts = [p if isinstance(p, str) else _serialized(p, ox.RdfFormat.N_QUADS) for p in self._parts]
        self._parts = None
        return _joined(parts)

    def bnode(self, label: str) -> str:
        """The blank-node label of ``nt`` behind a label the ``shacl`` package made up.

        The package numbers blank nodes ``_:0_b1``, ``_:0_b2`` ... in the order in which they
        first appear in its input (subject before object, line by line), after those of the
        shapes graph, counted from 0 (measured on 600k triples), in ``core_nt``, the text it read.
        ``run_core`` checks each mapped value against the data and raises ``EngineMismatch`` when one
        is not there."""
        if self._bnodes is None:
            self._bnodes = bnode_order(self.core_nt)
        m = re.fullmatch(r"\d+_b(\d+)", label)
        index = int(m[1]) - self.bnode_offset if m is not None else -1  # (numbered from 0)
        if not 0 <= index < len(self._bnodes):
            raise EngineMismatch(f"cannot map the blank node _:{label} back to the data")
        return self._bnodes[index]

    def written(self, subject: Node, predicate: Node | None, value: Node) -> Node:
        """The written form of literal ``value`` as an object of ``subject predicate`` (all
        rdflib terms); ``value`` itself when nothing else matches."""
        if not isinstance(value, Literal) or predicate is None or not isinstance(predicate, URIRef):
            return value
        originals = _written_forms(self.nt, subject, predicate)
        canon = {o: _canonical(o) for o in originals}
        hits = [o for o, c in canon.items() if c == value]
        return hits[0] if len(hits) == 1 else value

    def store_for(self, predicate: ox.NamedNode | None) -> ox.Store:
        """A store that holds every quad of ``predicate`` (of any predicate: ``None``): ``store``, or
        where it was restricted to other predicates, one of all the data made from ``nt`` when first
        asked for (only a check of a rare result needs it)."""
        if self.keep is None or (predicate is not None and predicate in self.keep
                                 and not (predicate == _RDF_TYPE and self._typed_apart)):
            return self.store
        if self._whole is None:
            self._whole = ox.Store()
            _add_text(self._whole, self.nt)
        return self._whole

    def holds(self, subject: Node | None, predicate: Node | None, value: Node | None) -> bool:
        """Is ``subject predicate value`` (rdflib terms; ``None`` for any) in some graph of the data?"""
        s = None if subject is None else to_ox(subject)
        p = None if predicate is None else to_ox(predicate)
        if isinstance(s, ox.Literal) or (p is not None and not isinstance(p, ox.NamedNode)):
            return False  # (a literal is no subject, and only an IRI a predicate)
        found = self.store_for(p).quads_for_pattern(s, p, None if value is None else to_ox(value))
        return next(found, None) is not None


_RDF_TYPE = ox.NamedNode(str(RDF.type))


def _subclasses(store: ox.Store, classes: frozenset[ox.NamedNode]) -> set[ox.NamedNode]:
    """``classes`` and every class ``store`` says is a subclass of one of them (at any depth)."""
    if not classes:
        return set()
    values = " ".join(f"<{c.value}>" for c in classes)
    rows = store.query(f"SELECT DISTINCT ?c WHERE {{ VALUES ?top {{ {values} }} ?c <{RDFS.subClassOf}>* ?top }}")
    assert isinstance(rows, ox.QuerySolutions)  # (a SELECT)
    return {c for row in rows if isinstance(c := row["c"], ox.NamedNode)} | set(classes)


#: A blank node as the subject of a line, or as its object (before the graph name, if any).
_NT_BNODE = re.compile(r"^_:(\S+) | _:(\S+) (?:<[^<>\s]*> )?\.$", re.M)


def bnode_order(nt: str) -> list[str]:
    """The blank-node labels of N-Triples/N-Quads ``nt``, each once, in the order the ``shacl``
    package numbers them (where each first appears, subject before object, line by line)."""
    return list(dict.fromkeys(found[1] or found[2] for found in _NT_BNODE.finditer(nt)))


def _written_forms(nt: str, subject: Node, predicate: URIRef) -> list[Node]:
    """The objects of ``subject predicate`` as written in ``nt`` (rdflib terms)."""
    head = f"{to_ox(subject)} {to_ox(predicate)} "
    out: list[Node] = []
    start = 0
    while (i := nt.find(head, start)) != -1:
        if i == 0 or nt[i - 1] == "\n":
            end = nt.index("\n", i)
            out.extend(to_rdflib(t.object) for t in ox.parse(nt[i:end + 1].encode("utf-8"),
                                                             format=ox.RdfFormat.N_QUADS))
        start = i + 1
    return out


def _canonical(term: Node) -> Node:
    """``term`` as an Oxigraph store gives it back."""
    s = ox.Store()
    node = ox.NamedNode("urn:x")
    s.add(ox.Quad(node, node, to_ox(term)))
    return to_rdflib(next(iter(s)).object)


def _serialized(items: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat) -> str:
    buf = io.BytesIO()
    ox.serialize(items, buf, format=fmt)
    return buf.getvalue().decode("utf-8")


def _add_text(store: ox.Store, text: str) -> None:
    """Add N-Triples/N-Quads ``text`` to ``store``. ``Store.bulk_load`` renames blank nodes and
    ``ox.parse`` keeps their labels (which the report shows): lines with a blank node go through
    ``ox.parse``, the others (most) through ``bulk_load``."""
    if "_:" in text:
        with_bnodes = "".join(_BNODE_LINE.findall(text))
        store.bulk_extend(ox.parse(with_bnodes.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
        del with_bnodes
        text = _BNODE_LINE.sub("", text)
    store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)


def load(sources: Iterable[Graph | Iterable[ox.Quad | ox.Triple] | None], extra_nt: str = "",
         keep: frozenset[ox.NamedNode] | None = None, core: frozenset[ox.NamedNode] | None = None,
         classes: frozenset[ox.NamedNode] | None = None) -> Data:
    """Merge the sources (rdflib graphs or lists of Oxigraph quads/triples) and ``extra_nt``
    (the ontology's class hierarchy) into one data graph: the union of their triples.

    Oxigraph quads are written out as they are, in Rust: at a million quads, rebuilding each as a
    triple in Python cost several times the validation itself. ``keep``: the predicates whose
    quads the in-memory store needs (see :class:`Data`); ``core``: those the ``shacl`` package needs
    (``core_nt`` holds only their quads, and the rdflib graphs' and ``extra_nt``'s lines, all);
    ``classes``, with ``keep``: the classes whose instances' types the store needs. The in-memory
    store is made when first asked for."""
    parts: list[str | list[ox.Quad]] = []
    # the core text is written into one buffer and decoded once (at 1M triples each copy of the text
    # is hundreds of MB: keep as few as possible)
    core_text = io.BytesIO()
    for source in sources:
        if source is None:
            continue
        if isinstance(source, Graph):
            text = (source.serialize(format="nt", encoding="utf-8").decode("utf-8")
                    if not isinstance(source, rdflib.ConjunctiveGraph)
                    else _serialized(_ox_triples(source), ox.RdfFormat.N_TRIPLES))
            parts.append(text)
            _written_line(core_text, text.encode("utf-8"))
            continue
        items = source if isinstance(source, list) else list(source)
        quads = items if _all_quads(items) else [
            q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in items]
        parts.append(quads)  # (the text below is written in Rust from the quads as they are)
        ox.serialize(quads if core is None else [q for q in quads if q.predicate in core], core_text,
                     format=ox.RdfFormat.N_QUADS)
    if extra_nt:
        parts.append(extra_nt)
        _written_line(core_text, extra_nt.encode("utf-8"))
    core_nt = core_text.getvalue().decode("utf-8")
    del core_text
    return Data(core_nt=core_nt, _fill=list(parts), keep=keep, classes=classes,
                _parts=None if core is None else parts)


def _written_line(buffer: io.BytesIO, text: bytes) -> None:
    """Write ``text`` to ``buffer``, ending in a line break where it has any line."""
    buffer.write(text)
    if text and not text.endswith(b"\n"):
        buffer.write(b"\n")


def _joined(parts: list[str]) -> str:
    return "".join(p if p.endswith("\n") or not p else p + "\n" for p in parts)


def _all_quads(items: list[ox.Quad | ox.Triple]) -> TypeGuard[list[ox.Quad]]:
    return all(isinstance(q, ox.Quad) for q in items)


_BNODE_LINE = re.compile(r"^[^\n]*_:[^\n]*(?:\n|$)", re.MULTILINE)
