"""A slice of the store (một phần dữ liệu: a province's documents), written as ``dkg export`` writes the whole
store: ``dkg export --province NAME`` (and ``--level``, ``--doc KEY``) and the web's ``/export?province=...``.

The documents are chosen by the filters of ``dkg changes`` (:class:`kg.changes_model.Filters`: one rule, there). The
slice holds:

* what the store says of each chosen document, and of everything stated about it: the nodes that point to it
  (its targets ``dkg:setBy``, outcomes ``dkg:reportsOn``, tasks ``dkg:underDocument``, review events
  ``dkg:reviews``, and the outcomes that answer one of its targets), each with its own quads;
* what those quads lead to that the store holds beyond its reference data (the bodies given tasks or issuing
  a document, the sources the facts were read from), and the evidence of every node it holds (the
  ``oa:Annotation`` whose body is the node, with its target and selectors);
* the documents outside the slice that those quads name (the central resolution a plan carries out, a
  document it amends) as bare nodes: their type, label, key, level and issue date (what the shapes read of
  a document a fact points to), so that the file validates in another store.

Each quad keeps its named graph (``nq`` and ``trig`` show them). What is in ``graph/review`` and beneath it is left
out: the review queues (each a whole text, which may speak of other provinces) and the decision ledger, with a
reviewer's tie of an outcome to a target (``dkg:reportsTarget`` there): ``dkg load`` puts every quad of a file in
``graph/asserted``, where that tie would read as stated by a source; in the other store the pair reads as matched by
its words, for a reviewer there to confirm.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

import pyoxigraph as ox

from kg.changes_model import Filters, subclasses
from kg.errors import InputError, Words
from kg.limits import Limit
from kg.rdf.graphs import DERIVED
from kg.rdf.quotes import context_quads
from kg.rdf.terms import OX_DKG, OX_OA, OX_RDF, OX_RDFS
from kg.rdf.vocab import DKG, GRAPH, PREFIXES
from kg.store.store import EXPORT_FORMATS
from kg.text.places import district_gone_words, merged_away_words

#: the graphs of the review queues and the decision ledger (kg.review.ledger)
_REVIEW_PREFIX = str(GRAPH) + "review"
#: what points from a fact to the document it is about (target, outcome, task, review event)
_ABOUT = (OX_DKG.setBy, OX_DKG.reportsOn, OX_DKG.underDocument, OX_DKG.reviews)
#: what a document outside the slice is written with (:func:`bare_quads`): its type, label and key, and what the
#: shapes require or compare of a document (its type code, level, system, issuer code, issue date)
_BARE = (OX_RDF.type, OX_RDFS.label, OX_DKG.key, OX_DKG.typeCode, OX_DKG.level, OX_DKG.system, OX_DKG.issuerCode,
         OX_DKG.dateIssued)


def _kept_graph(graph) -> bool:
    return graph not in DERIVED


def _is_review(graph) -> bool:
    return isinstance(graph, ox.NamedNode) and graph.value.startswith(_REVIEW_PREFIX)


def nothing_chosen(filters: Filters, option: Callable[[str, str], str], *, page: bool = False) -> list[Words]:
    """What to say of a slice whose filters choose no document (an empty file said nothing: a newcomer asking for
    an old province's name took it for a bug): the filters, each as ``option(name, value)`` writes it, and for a
    province merged away in 2025 the one to ask for; for a commune or ward of today's map (``--province 'xã Yên
    Minh'``, which the place index reads as the old district of that name) that filters choose provinces, and the
    province to ask for, as ``dkg changes`` and ``dkg query`` say it (the district's note itself, with its ``as_of``,
    is a query's: an export has no day). ``dkg export`` notes them, ``/export`` answers them (``page``: where to find
    the commune said as a page says it)."""
    said = [Words("note.nothing-chosen", {"filters": " ".join(option(k, v) for k, v in filters.params().items())})]
    moved = merged_away_words(filters.province, lambda after: option("province", after))
    if moved is None:
        ward = district_gone_words(filters.province, lambda after: option("province", after), page=page)
        moved = ward if ward is not None and ward.key == "note.ward-read-as-district" else None
    return said + ([moved] if moved is not None else [])


def chosen_documents(store, filters: Filters) -> set[ox.NamedNode]:
    """The documents the filters keep (:meth:`kg.changes_model.Filters.keeps`: a document's own key, or the key of a
    document it links to, answers ``doc``)."""
    in_province = filters.in_province(store)
    classes = subclasses(store, str(DKG.Document))
    out: set[ox.NamedNode] = set()
    for cls in classes:
        for q in store.main.quads_for_pattern(None, OX_RDF.type, cls, None):
            doc = q.subject
            if doc in out or not isinstance(doc, ox.NamedNode) or not _kept_graph(q.graph_name):
                continue
            level = _one(store, doc, OX_DKG.level)
            keys = [_text(store, doc, OX_DKG.key)]
            if filters.doc:  # (the keys it links to: only read where they are asked about)
                keys += [_text(store, q2.object, OX_DKG.key) for q2 in store.main.quads_for_pattern(doc, None, None, None)
                         if isinstance(q2.object, ox.NamedNode) and q2.predicate != OX_RDF.type and _kept_graph(q2.graph_name)]
            if filters.keeps(doc.value, level.value.rsplit("/", 1)[-1] if level is not None else None, keys, in_province):
                out.add(doc)
    return out


def _one(store, node, predicate):
    return next((q.object for q in store.main.quads_for_pattern(node, predicate, None, None) if _kept_graph(q.graph_name)),
                None)


def _text(store, node, predicate) -> str | None:
    term = _one(store, node, predicate)
    return term.value if term is not None else None


def slice_quads(store, filters: Filters, most: Limit | None = None,
                documents: set[ox.NamedNode] | None = None) -> list[ox.Quad]:
    """The quads of the slice the filters choose (see the module; ``documents``: those :func:`chosen_documents`
    gave, where the caller has them); with ``most``, refused (:class:`InputError` naming the setting) as soon as the
    slice grows past it, before it is all held in memory."""
    bound = most.value() if most is not None else float("inf")
    documents = chosen_documents(store, filters) if documents is None else documents
    all_documents = {q.subject for cls in subclasses(store, str(DKG.Document))
                     for q in store.main.quads_for_pattern(None, OX_RDF.type, cls, None)}
    members: set = set(documents)
    # the facts about the chosen documents, and the outcomes that answer their targets
    for doc in documents:
        for predicate in _ABOUT:
            members.update(q.subject for q in store.main.quads_for_pattern(None, predicate, doc, None)
                           if _kept_graph(q.graph_name) and not _is_review(q.graph_name))
    targets = [m for m in members if _one(store, m, OX_DKG.setBy) is not None]
    for target in targets:
        members.update(q.subject for q in store.main.quads_for_pattern(None, OX_DKG.reportsTarget, target, None)
                       if _kept_graph(q.graph_name) and not _is_review(q.graph_name))
    out: list[ox.Quad] = []
    done: set = set()
    bare: set = set()
    todo = list(members)
    while todo:
        node = todo.pop()
        if node in done:
            continue
        done.add(node)
        todo += [q.subject for q in store.main.quads_for_pattern(None, OX_OA.hasBody, node, None)
                 if _kept_graph(q.graph_name)]  # its evidence
        for q in store.main.quads_for_pattern(node, None, None, None):
            if not _kept_graph(q.graph_name) or _is_review(q.graph_name):
                continue
            out.append(q)
            if len(out) > bound:  # (counting stops here: the slice's size is not known, only that it is larger)
                raise most.exceeded(None, file="/export", advice="narrow-export")
            o = q.object
            if q.predicate == OX_RDF.type or isinstance(o, ox.Literal) or o in done:
                continue
            if o in all_documents and o not in documents:
                bare.add(o)
            elif o not in all_documents and _held(store, o):
                todo.append(o)
    out += bare_quads(store, bare)
    out += list(context_quads(store.main, out))  # (the quotes' context, which the store does not hold: kg.rdf.quotes)
    if len(out) > bound:
        raise most.exceeded(len(out), file="/export", advice="narrow-export")
    return out


def _held(store, node) -> bool:
    """Does the store say anything of ``node`` beyond its reference data and its review (a body, a source: not a
    place)?"""
    return any(_kept_graph(q.graph_name) and not _is_review(q.graph_name)
               for q in store.main.quads_for_pattern(node, None, None, None))


def bare_quads(store, documents: Iterable) -> Iterator[ox.Quad]:
    """A document outside the slice as a bare node (:data:`_BARE`), in the graphs that say it."""
    for doc in documents:
        for predicate in _BARE:
            yield from (q for q in store.main.quads_for_pattern(doc, predicate, None, None) if _kept_graph(q.graph_name))


def writer(store, fmt: str, filters: Filters | None = None,
           most: Limit | None = None) -> tuple[Callable[[BinaryIO], object], set[ox.NamedNode] | None]:
    """What writes the store's data (``dkg export``), or the slice ``filters`` choose when one is set, in ``fmt``
    to a binary stream: the slice is found (and an unknown place or format refused, or a slice over ``most``)
    before anything is written; with it, the documents the filters chose (None without filters), so that a caller
    says where they chose none (:func:`nothing_chosen`) without choosing them again."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}", hint="one of: " + ", ".join(EXPORT_FORMATS))
    if filters is None or not filters.params():
        return (lambda out: store.export(fmt, out)), None
    rdf_format = EXPORT_FORMATS[fmt]
    documents = chosen_documents(store, filters)
    quads = slice_quads(store, filters, most, documents=documents)
    if rdf_format.supports_datasets:
        return (lambda out: ox.serialize(quads, out, format=rdf_format)), documents
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))  # (one of a quad said in two graphs)
    return (lambda out: ox.serialize(triples, out, format=rdf_format, prefixes=PREFIXES)), documents
