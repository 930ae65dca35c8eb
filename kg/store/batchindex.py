"""What the search index reads of the nodes a plain addition alone describes (chỉ mục từ lô dữ liệu), read
from the batch before it is written instead of from the store after it.

A refresh (``kg.store.textindex.refresh``) reads a document's texts, issuers, key and date, and a unit's
names, back from the store once the data is written: a handful of lookups and queries per node, most of
its cost after a large load of new documents. A node of which the store holds no quad at all (as a
subject) and no index entry before a write that only adds quads has, after it, exactly the batch's quads
about it: those the index reads are known from the batch (:func:`described`), and its entry is made
from them. What stays with the store: the names of an issuer (an IRI the batch names; the store, its
reference graph among others, may hold them), every node the store knew, and a node whose texts the
engine might write in another form than the batch's (a typed literal other than a date: see
``kg.store.canonical``) or whose issuer is a blank node.

The predicates the index reads are named here, once, for both ways of reading them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

import pyoxigraph as ox

from kg.rdf.graphs import INDEX
from kg.rdf.terms import OX_DKG, OX_RDF, OX_RDFS, OX_XSD, VERBATIM

#: The properties whose literals are a document's own texts (those of ``doctexts``'s ``_OWN_TEXTS``).
OWN_TEXT_PROPERTIES = (OX_DKG.key, OX_DKG.symbol, OX_RDFS.label, OX_DKG.subject, OX_DKG.alias)
#: The predicates whose triples make a document's index entry, an issuer's part of it (its names),
#: a document's order, or a unit's place keys (with ``rdf:type`` to a unit kind).
ENTRY_PREDICATES = frozenset({*OWN_TEXT_PROPERTIES, OX_DKG.issuer, OX_DKG.dateIssued, OX_DKG.canonicalName,
                              OX_DKG.shortName})
UNIT_KINDS = frozenset({OX_DKG.Province, OX_DKG.District, OX_DKG.Commune})
NAME_PREDICATES = frozenset({OX_RDFS.label, OX_DKG.canonicalName, OX_DKG.shortName, OX_DKG.alias})
#: A unit's names that make its place keys (those of ``textindex``'s ``_UNIT_NAMES``).
UNIT_NAME_PREDICATES = frozenset({OX_RDFS.label, OX_DKG.alias})

#: A date, whose first ten characters (all that a search order reads) no canonical form changes.
_DATE = OX_XSD.date.value


@dataclass
class Described:
    """What the index reads of ``nodes``, known from a batch: each document's own texts (as the
    engine will return them), its issuers (IRIs, whose names the store is asked for) and what the
    batch names them, its keys and dates (for its order), and each unit's names."""

    nodes: frozenset[ox.NamedNode] = frozenset()
    texts: dict[ox.NamedNode, list[str]] = field(default_factory=dict)
    issuers: dict[ox.NamedNode, list[ox.NamedNode]] = field(default_factory=dict)
    dated: dict[ox.NamedNode, list[tuple[str, str | None]]] = field(default_factory=dict)
    unit_names: dict[ox.NamedNode, list[str]] = field(default_factory=dict)
    #: the names the batch gives those issuers (which the store will hold beside its own once the batch is
    #: written); None when one of them is a literal the engine may write in another form
    issuer_names: dict[ox.NamedNode, list[str]] | None = field(default_factory=dict)


def index_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The quads of a batch that matter to the index (the one place that decides it): a named
    subject's triple that makes an entry (its own texts, issuer, date, names) or types it as a unit
    (its place keys)."""
    kind = OX_RDF.type
    return [q for q in quads if isinstance(q.subject, ox.NamedNode)
            and (q.predicate in ENTRY_PREDICATES or (q.predicate == kind and q.object in UNIT_KINDS))]


def unseen(dataset, nodes: Iterable[ox.NamedNode]) -> set[ox.NamedNode]:
    """The nodes of which ``dataset`` holds no quad with the node as subject, in any graph, and no
    index entry: before a plain addition, what the batch alone will say of them."""
    entry_for = OX_DKG.searchEntryFor
    return {n for n in nodes if next(iter(dataset.quads_for_pattern(n, None, None)), None) is None
            and next(iter(dataset.quads_for_pattern(None, entry_for, n, INDEX)), None) is None}


def _as_written(term: object, predicate: ox.NamedNode) -> bool:
    """Is ``term`` returned by the engine as the batch wrote it (as far as the index reads it)?"""
    if not isinstance(term, ox.Literal):
        return not isinstance(term, ox.BlankNode)  # (a blank issuer's names are read with its document)
    datatype = term.datatype.value
    return datatype in VERBATIM or (predicate == OX_DKG.dateIssued and datatype == _DATE)


def described(dataset, relevant: list[ox.Quad], nodes: Iterable[ox.NamedNode]) -> Described:
    """Before a write that only adds a batch: what the index will read of those ``nodes`` that the
    store knows nothing of (:func:`unseen`), from ``relevant``, the batch's :func:`index_quads`. A
    node with a quad the engine may write in another form is left out (read from the store)."""
    fresh = unseen(dataset, nodes)
    about: dict[ox.NamedNode, list[ox.Quad]] = {}
    for q in relevant:
        if q.subject in fresh:
            about.setdefault(cast(ox.NamedNode, q.subject), []).append(q)
    out = Described()
    covered: set[ox.NamedNode] = set()
    key, issuer, date, kind = OX_DKG.key, OX_DKG.issuer, OX_DKG.dateIssued, OX_RDF.type
    for node, quads in about.items():
        if not all(_as_written(q.object, q.predicate) for q in quads):
            continue
        covered.add(node)
        keys = [q.object for q in quads if q.predicate == key]
        if keys:
            texts = list(dict.fromkeys(q.object for q in quads
                                       if q.predicate in OWN_TEXT_PROPERTIES and isinstance(q.object, ox.Literal)))
            if texts:
                out.texts[node] = [t.value for t in texts]
            found = list(dict.fromkeys(q.object for q in quads
                                       if q.predicate == issuer and isinstance(q.object, ox.NamedNode)))
            if found:
                out.issuers[node] = found
            dates = [q.object.value for q in quads if q.predicate == date] or [None]
            out.dated[node] = [(k.value, d) for k in keys for d in dates]
        if any(q.predicate == kind for q in quads):
            names = list(dict.fromkeys(q.object for q in quads
                                       if q.predicate in UNIT_NAME_PREDICATES and isinstance(q.object, ox.Literal)))
            out.unit_names[node] = [n.value for n in names]
    out.nodes = frozenset(covered)
    out.issuer_names = _issuer_names(relevant, {i for found in out.issuers.values() for i in found})
    return out


def _issuer_names(relevant: list[ox.Quad], issuers: set[ox.NamedNode]) -> dict[ox.NamedNode, list[str]] | None:
    """The names ``relevant`` gives ``issuers`` (see ``Described.issuer_names``)."""
    found = [q for q in relevant if q.subject in issuers and q.predicate in NAME_PREDICATES]
    if not all(_as_written(q.object, q.predicate) for q in found if isinstance(q.object, ox.Literal)):
        return None
    out: dict[ox.NamedNode, list[str]] = {}
    for q in found:
        if isinstance(q.object, ox.Literal):
            out.setdefault(cast(ox.NamedNode, q.subject), []).append(q.object.value)
    return out
