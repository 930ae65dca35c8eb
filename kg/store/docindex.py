"""The change sets by document (chỉ mục thay đổi theo văn bản): which change sets may concern a document, so that
``/changes?doc=KEY``, its JSON twin, its Atom feed and ``dkg changes --doc`` read those change sets alone, not every
payload of the history.

Each change set's record (``graph/changes``, written in the same transaction as the change set) names the keys of
the documents its quads may concern (``hist:aboutDocument "46-NQ/TW"``): the documents it adds, removes or changes
in place, the documents its targets, outcomes, tasks, events and links belong to, before and after (a target a
correction moved names both), read from its own quads first and from the store where they do not say it. It is a
superset: the read model (:mod:`kg.changes`) still applies its own rule to each change set it names. A change set
whose documents cannot be told from its quads (a reviewer's correction of a document's place, which may change nothing
in the graph) names :data:`ANY`, and is read under every filter; so does a large one (``kg.store.bulk.BULK_MIN`` quads
or more), whose documents would cost the write seconds to name at a million quads.

A store whose change sets were recorded before this index (its ``format.json`` lacks :data:`VERSION`) is given it by
the first open for writing (:func:`rebuild`, from each change set's payload); until then a reader reads the whole
history under a filter, as before (:func:`candidates` answers None).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from kg.rdf.build_terms import DOCUMENT_CLASS, LINK_PROPERTY
from kg.rdf.graphs import CHANGES, INDEX
from kg.rdf.terms import OX_DKG, OX_RDF
from kg.rdf.vocab import DKG, GRAPH, ROLES
from kg.store import bulk
from kg.store.payloads import ADDED, HIST, NUMBER, REMOVED

#: The version of the index's rule, kept in ``format.json`` (``kg.store.storeformat``) once every change set has it.
VERSION = "1"
ABOUT = ox.NamedNode(HIST + "aboutDocument")
#: The key a change set names when its documents cannot be told from its quads: read under every filter.
ANY = "*"

_REVIEW = ox.NamedNode(str(GRAPH.review))
#: the properties that lead from a fact's node to its document (a target's, a task's, an outcome's, an event's, a
#: link's other end)
_TO_DOCUMENT = frozenset({OX_DKG.setBy, OX_DKG.underDocument, OX_DKG.reportsOn, OX_DKG.reviews,
                          *(ox.NamedNode(str(p)) for p in LINK_PROPERTY.values())})
#: ... and from a node to the target whose document it concerns (an outcome's target, a decision's reified pair)
_TO_TARGET = frozenset({OX_DKG.reportsTarget, OX_RDF.object})
#: what a correction changes in place of a document (its own fields: kg.changes_model.FIELDS) or says of it
_OF_DOCUMENT = frozenset({OX_DKG.key, OX_DKG.dateIssued, OX_DKG.issuer, OX_DKG.subject, OX_DKG.issuerCode,
                          OX_DKG.typeCode, OX_DKG.documentNumber, OX_DKG.level, OX_DKG.jurisdiction,
                          *(ox.NamedNode(str(p)) for p in LINK_PROPERTY.values())})
_DOCUMENT_TYPES = frozenset({ox.NamedNode(str(DKG.Document)), *(ox.NamedNode(str(c)) for c in DOCUMENT_CLASS.values())})
#: what a correction changes in place of a fact's node whose document the change set may not say (an outcome's unit,
#: an event's organiser, a task's body)
_OF_FACT = frozenset({OX_DKG.unit, OX_DKG.organiser, *(ox.NamedNode(str(r.prop)) for r in ROLES)})


def keys(store, added: Sequence[ox.Quad], removed: Sequence[ox.Quad]) -> list[str]:
    """The keys of the documents a change set of ``added`` and ``removed`` may concern (:data:`ANY` among them where
    they cannot be told), read from its quads and, where they do not say them, from ``store`` as it is."""
    if len(added) + len(removed) >= bulk.BULK_MIN:
        # a large write (a load, an ingest of many texts, their undo): one pass over a million quads in Python costs
        # seconds, a tenth of the load (bench/RESULTS.md, round 45); such change sets are few, and read as before
        return [ANY]
    quads = [*added, *removed]
    said: dict[object, set] = {}
    documents: set = set()
    targets: set = set()
    facts: set = set()
    anywhere = False
    for q in quads:
        s, p, o = q.subject, q.predicate, q.object
        if p == OX_DKG.key:
            said.setdefault(s, set()).add(o.value)
        if p in _OF_DOCUMENT or (p == OX_RDF.type and o in _DOCUMENT_TYPES):
            documents.add(s)
        if p in _TO_DOCUMENT and isinstance(o, ox.NamedNode):
            documents.add(o)
            facts.discard(s)
        elif p in _TO_TARGET and isinstance(o, ox.NamedNode):
            targets.add(o)
        elif p in _OF_FACT:
            facts.add(s)
        if q.graph_name == _REVIEW and p in (OX_DKG.newValue, OX_DKG.previousValue):
            named = _document_of(o.value)
            if named == ANY:
                anywhere = True
            elif named:
                said.setdefault(None, set()).add(named)
    local = {(q.subject, q.predicate): q.object for q in quads if q.predicate in _TO_DOCUMENT or q.predicate == OX_DKG.setBy}
    for node in targets:
        documents.add(local.get((node, OX_DKG.setBy)) or _one(store, node, OX_DKG.setBy))
    for node in facts:  # (a node changed in place whose document the change set does not name: the store's)
        documents.update(q.object for p in _TO_DOCUMENT for q in store.main.quads_for_pattern(node, p, None)
                         if q.graph_name != INDEX)
    out = set(said.pop(None, set()))
    for node in documents:
        if node is None:
            continue
        if node in said:
            out |= said[node]
        else:
            out.update(q.object.value for q in store.main.quads_for_pattern(node, OX_DKG.key, None)
                       if q.graph_name != INDEX)
    if anywhere:
        out.add(ANY)
    return sorted(out)


def _document_of(value: str) -> str | None:
    """What a reviewer's decision's fact (its JSON, before or after) names as its document: a key, :data:`ANY` for a
    document's own fact (a place correction the graph may not take changes nothing a key would be read from)."""
    try:
        fact = json.loads(value)
    except ValueError:
        return None
    if not isinstance(fact, dict):
        return None
    if "place" in fact or fact.get("kind") == "document":
        return ANY
    named = fact.get("document")
    return named if isinstance(named, str) and named else None


def _one(store, node, predicate):
    return next((q.object for q in store.main.quads_for_pattern(node, predicate, None) if q.graph_name != INDEX), None)


def record(number_iri: ox.NamedNode, named: Iterable[str]) -> list[ox.Quad]:
    """The quads of a change set's record that name its documents (:func:`keys`)."""
    return [ox.Quad(number_iri, ABOUT, ox.Literal(k), CHANGES) for k in named]


def candidates(store, key: str) -> set[int]:
    """The numbers of the change sets that may concern the document ``key`` (those that name it or :data:`ANY`). Only
    where every change set names its documents (``kg.store.storeformat.changes_indexed``)."""
    out: set[int] = set()
    for named in (key, ANY):
        out.update(int(q.subject.value.rsplit("/", 1)[1])
                   for q in store.main.quads_for_pattern(None, ABOUT, ox.Literal(named), CHANGES))
    return out


def rebuild(store, payload_of) -> int:
    """Name the documents of every change set of the store that has a payload and names none yet (``payload_of``:
    the payload of a change set by number, :func:`kg.store.payloads.read_payload`); how many were named. Each change
    set's names are one transaction, so a process killed meanwhile leaves the rest to the next open."""
    done = {q.subject for q in store.main.quads_for_pattern(None, ABOUT, None, CHANGES)}
    count = 0
    for q in list(store.main.quads_for_pattern(None, NUMBER, None, CHANGES)):
        if q.subject in done:
            continue
        if sum(int(c.object.value) for p in (ADDED, REMOVED)
               for c in store.main.quads_for_pattern(q.subject, p, None, CHANGES)) >= bulk.BULK_MIN:
            named = [ANY]  # (a large one names none, as it would now: its payload is not read for them)
        elif (payload := payload_of(store, int(q.object.value))) is not None:
            named = keys(store, payload.added, payload.removed)
        else:
            continue
        store.main.extend(record(q.subject, named))
        count += 1
    return count


__all__ = ["ABOUT", "ANY", "VERSION", "candidates", "keys", "rebuild", "record"]
