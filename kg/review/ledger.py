"""Review data in the store: the queue of each source and the decisions, as RDF.

Two kinds of named graph, both in the main dataset (so ``dkg export`` writes them) and both
outside what the queries count:

* ``graph/review/source/{id}``: the queue of one ingested text: a ``dkg:ReviewRecord`` with the
  text itself, what build needs of the source, the digests an ingest finds the text by
  (``dkg:wordsKey``, ``dkg:sentenceKey``: ``kg.store.recordkeys``), and its items as one ``rdf:JSON`` list
  (``dkg:factItems``, :func:`items_literal`: each item's id, kind, position, evidence span and the
  fact in the facts format), and one ``dkg:FactItem`` node per fact (what a fact id is found by),
  which says only what is not the usual: its confidence where the fact does not give it
  (:func:`said_confidence`), its violation, its state where it is not pending (:data:`PENDING`: an
  item with ``dkg:factNode`` and no ``dkg:itemState``) and the nodes it became. An item's quote is
  the record's text between the span's ends; its record is the one of its graph; its id the last
  segment of its IRI (:func:`fact_id_of`). Queues written before any of these (an item with its
  own ``dkg:factKind``, ``dkg:factJson``, position and span quads, or its id, quote, record and
  pending state) still read the same (:func:`read_items`). The queues are a large part of what an
  ingest writes. Replaced whenever the text is ingested again or a decision rebuilds
  the source: it is derived, the decisions are not.
* ``graph/review``: the decisions, never replaced: each a ``dkg:ReviewDecision`` (a
  ``prov:Activity``) associated with the reviewer (a ``prov:Agent``), ended at a time, with
  the previous and the new value of the fact (and a reviewer's word on a matched pair, ``kg.review.ties``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

import datetime as dt
import getpass
import json
import os
from collections import defaultdict
from typing import NamedTuple

import pyoxigraph as ox

from kg import limits
from kg.errors import StoreError, Words
from kg.rdf import identity
from kg.rdf.terms import OX_DKG, data_update
from kg.rdf.build import SourceInfo
from kg.rdf.vocab import DKG, GRAPH, PROV, RDF, RDFS, XSD
from kg.store.recordkeys import key_quads
from kg.review.model import Assessment, Decision, Item

REVIEW = ox.NamedNode(str(GRAPH.review))
RECORD_PREFIX = str(GRAPH) + "review/source/"
_JSON = ox.NamedNode(str(RDF.JSON))
_DATETIME = ox.NamedNode(str(XSD.dateTime))
_INT = ox.NamedNode(str(XSD.integer))
_DECIMAL = ox.NamedNode(str(XSD.decimal))
_DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))


#: who a decision is recorded under where the reviewer gives no name (``DKG_REVIEWER``)
REVIEWER_ENV = "DKG_REVIEWER"


def default_reviewer() -> str:
    """``$DKG_REVIEWER``, else the name of the user running the program."""
    name = os.environ.get(REVIEWER_ENV)
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system
        return "unknown"


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


A = _n(RDF.type)


def record_graph(source_id: str) -> ox.NamedNode:
    return ox.NamedNode(RECORD_PREFIX + source_id)


def queued_sources(store, source_iris) -> dict[str, str]:
    """Of these sources (IRIs), those with a review queue (texts ingested here), each with its id."""
    prefix = str(identity.source_iri(""))
    ids = {iri: iri[len(prefix):] for iri in source_iris if iri.startswith(prefix)}
    return {iri: sid for iri, sid in ids.items() if sid and store.main.contains_named_graph(record_graph(sid))}


def record_iri(source_id: str) -> ox.NamedNode:
    return _n(identity.review_source_iri(source_id))


def item_iri(fact_id: str) -> ox.NamedNode:
    return _n(identity.review_fact_iri(fact_id))


_ITEM_PREFIX = str(identity.review_fact_iri(""))


def fact_id_of(item: ox.NamedNode) -> str | None:
    """The fact id of an item, the last segment of its IRI (:func:`item_iri`): an item of a queue
    does not say it again with ``dkg:factId`` (those of stores written before still do, the same
    id); None for a node that is no item."""
    value = item.value if isinstance(item, ox.NamedNode) else ""
    if not value.startswith(_ITEM_PREFIX):
        return None
    return value[len(_ITEM_PREFIX):] or None


def agent_iri(name: str) -> ox.NamedNode:
    return _n(identity.agent_iri(name))


def _json(value) -> ox.Literal:
    return ox.Literal(json.dumps(value, ensure_ascii=False), datatype=_JSON)  # keeps the format's key order


#: The state of an item in the graph that no reviewer has decided: not written (``dkg:itemState``
#: is absent), read back where an item has ``dkg:factNode`` and no state.
PENDING = "pending"


class Mark(NamedTuple):
    """What the graph holds of one item: its review state and the nodes it became."""

    state: str                # pending | accepted | corrected
    nodes: tuple[str, ...]


# --- the queue of one source --------------------------------------------------------------
def said_confidence(fact: dict) -> float | None:
    """The confidence an item's fact (its ``dkg:factJson``) gives: its own, 1 where it has none (an
    item's confidence is that, as ``kg.review.model.items_of`` makes it), None where it cannot be
    read. An item writes ``dkg:factConfidence`` only where its confidence differs from this (an
    item carried by a decision keeps 1 beside the confidence of the fact the reviewer saw)."""
    value = fact.get("confidence")
    if value is None:
        return 1.0
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def record_quads(meta: SourceInfo, text: str, items: list[Item], marks: dict[str, Mark] | None = None,
                 listed: ox.Literal | None = None, keys: tuple[str, tuple[str, ...]] | None = None) -> list[ox.Quad]:
    """The quads of the queue of ``meta``'s text (``listed``: :func:`items_literal` of ``items``, ``keys``:
    ``kg.text.twin_keys.record_keys`` of ``text``, where the caller has them already); refused by
    :func:`check_record` where a literal would be longer than one may be."""
    # (the store's own terms, made once: an ingest writes quads for each of thousands of items)
    g = record_graph(meta.id)
    rec = record_iri(meta.id)
    listed = items_literal(items) if listed is None else listed
    check_record(meta, text, listed)
    out = [ox.Quad(rec, A, OX_DKG.ReviewRecord, g),
           ox.Quad(rec, OX_DKG.aboutSource, _n(identity.source_iri(meta.id)), g),
           ox.Quad(rec, OX_DKG.sourceText, ox.Literal(text), g),
           ox.Quad(rec, OX_DKG.sourceMeta, ox.Literal(meta.to_json(), datatype=_JSON), g),
           *key_quads(rec, text, g, keys),  # (what kg.ingest_twins looks the text up by)
           ox.Quad(rec, OX_DKG.factItems, listed, g)]
    for it in items:
        node = item_iri(it.id)
        out.append(ox.Quad(node, A, OX_DKG.FactItem, g))  # (what a fact id is found by: its graph is its queue)
        if float(it.confidence) != said_confidence(it.fact):  # (an item a decision carries: see said_confidence)
            out.append(ox.Quad(node, OX_DKG.factConfidence, ox.Literal(repr(float(it.confidence)), datatype=_DECIMAL), g))
        if it.violation_en:
            out.append(ox.Quad(node, OX_DKG.violation, ox.Literal(it.violation_en, language="en"), g))
        if it.violation_vi:
            out.append(ox.Quad(node, OX_DKG.violation, ox.Literal(it.violation_vi, language="vi"), g))
        mark = (marks or {}).get(it.id)
        if mark is not None:  # in the graph: the read models mark its nodes with its state
            if mark.state != PENDING:  # (pending, by far the most, is said by the nodes alone: node_items)
                out.append(ox.Quad(node, OX_DKG.itemState, ox.Literal(mark.state), g))
            out += [ox.Quad(node, OX_DKG.factNode, ox.NamedNode(n), g) for n in mark.nodes]
    return out


#: The keys of an item in its record's ``dkg:factItems``, and the property each stood for when an
#: item said it with its own quad (queues written before: :func:`read_items` reads both).
ITEM_KEYS = {"kind": "factKind", "position": "position", "start": "spanStart", "end": "spanEnd", "fact": "factJson"}


def items_literal(items: list[Item]) -> ox.Literal:
    """The items of a queue as one ``rdf:JSON`` literal on its record (``dkg:factItems``): a list,
    in the queue's order, of ``{"id", "kind", "position", "start", "end", "fact"}`` (``fact`` in the
    facts format). One literal instead of five quads an item: the queues were a third of what an
    ingest writes, and every quad costs in the change set and the bulk write; nothing queries
    these values inside the store (the review views read them here, :func:`read_items`)."""
    return _json([{"id": it.id, "kind": it.kind, "position": it.position, "start": it.start, "end": it.end,
                   "fact": it.fact} for it in items])


def check_record(meta: SourceInfo, text: str, listed: ox.Literal) -> None:
    """Refuse a queue whose text or item list (:func:`items_literal`, about two and a half times as
    long as the text) is longer than ``DKG_MAX_LITERAL_BYTES``: an export of the store would hold a
    literal that ``dkg load`` refuses. A text ``DKG_MAX_TEXT_CHARS`` admits may still pass it, where
    that setting is raised and the literal limit is not; the error names the file and the setting."""
    most = limits.LITERAL_BYTES.value()
    for predicate, value in ((OX_DKG.sourceText, text), (OX_DKG.factItems, listed.value)):
        if len(value) > most // 4 and (size := len(value.encode("utf-8"))) > most:
            raise limits.LITERAL_BYTES.exceeded(size, file=meta.name, advice="split-text", where=Words(
                "where.literal", {"subject": str(record_iri(meta.id)), "predicate": str(predicate)}))


def _listed_items(graph: ox.NamedNode, literal: ox.Literal | None) -> dict[str, dict]:
    """``{item id: its entry}`` of a record's ``dkg:factItems`` (none for a queue written before it);
    a literal that is not such a list is refused with the graph it is in."""
    if literal is None:
        return {}
    try:
        listed = json.loads(literal.value)
        # (what is wrong, as JSON writes it: a null, or a null entry, is no Python None here)
        bad = next((json.dumps(entry, ensure_ascii=False) for entry in listed if not _is_entry(entry)), None) \
            if isinstance(listed, list) else json.dumps(listed, ensure_ascii=False)
    except ValueError as exc:
        bad = str(exc)
    if bad is not None:
        raise StoreError(f"dkg:factItems is not a list of review items ({bad[:200]})", place=graph.value,
                         hint="ingest the text again to write its queue anew")
    return {entry["id"]: entry for entry in listed}


#: What each key of an entry of ``dkg:factItems`` holds (the id too: :func:`items_literal`).
_ENTRY_TYPES = {"id": str, "kind": str, "position": int, "start": int, "end": int, "fact": dict}


def _is_entry(entry: object) -> bool:
    """Is ``entry`` an item as :func:`items_literal` writes it (every key, each of its type)?"""
    return isinstance(entry, dict) and all(isinstance(entry.get(key), kind) and not isinstance(entry.get(key), bool)
                                           for key, kind in _ENTRY_TYPES.items())


def sources(store) -> list[dict]:
    """The sources that have a queue: id, name, title, and item counts are added by the caller."""
    sparql = f"""
    SELECT ?g ?meta WHERE {{ GRAPH ?g {{ ?r a <{DKG.ReviewRecord}> ; <{DKG.sourceMeta}> ?meta }} }}"""
    out = []
    for row in store.main.query(sparql):
        g = row["g"].value
        if not g.startswith(RECORD_PREFIX):
            continue
        out.append(SourceInfo.from_json(row["meta"].value).summary())
    return sorted(out, key=lambda s: (s["name"] or "", s["id"]))


def earlier_versions(store, infos: list[SourceInfo], texts: Mapping[str, str] | None = None,
                     keep: Collection[str] = ()) -> dict[str, list[str]]:
    """For each of ``infos`` (texts about to be ingested), the ids of the sources in the store that
    are an earlier version of it: the same file name, headline and address, other words. Each is
    replaced by the new one, as an analyst who ingests a corrected file expects.

    A source without an address (a plain text, most PDF and Word files) has a headline guessed from
    its first long line, which for official texts is most often the national heading: there the
    old text must also share most of its lines with the new one (``texts``: the new texts by id;
    without it, such a source is never replaced), so that two documents saved under one name
    ("van-ban.txt", "1.pdf") stay apart. The sources of ``keep`` (written earlier by the same run)
    are never replaced."""
    def same(i: SourceInfo) -> tuple:
        return (i.name, i.title or None, i.url or None)

    wanted: dict[tuple, list[SourceInfo]] = {}
    for i in infos:
        wanted.setdefault(same(i), []).append(i)
    out: dict[str, list[str]] = {}
    sparql = f"SELECT ?meta WHERE {{ GRAPH ?g {{ ?r a <{DKG.ReviewRecord}> ; <{DKG.sourceMeta}> ?meta }} }}"
    for row in store.main.query(sparql):
        old = SourceInfo.from_json(row["meta"].value)
        if old.id in keep:
            continue
        for new in wanted.get(same(old), ()):
            if new.id == old.id:
                continue
            if not old.url:
                kept = read_record(store, old.id)
                if texts is None or new.id not in texts or kept is None or not _mostly_in(kept[1], texts[new.id]):
                    continue
            out.setdefault(new.id, []).append(old.id)
    return out


def _mostly_in(old_text: str, new_text: str) -> bool:
    """Are most of the old text's lines (those of 20 characters or more, once each) lines of the new one?
    A corrected version keeps most of its lines; another document shares its heading at most."""
    lines = {line.strip() for line in old_text.splitlines() if len(line.strip()) >= 20}
    if not lines:
        return old_text.strip() == new_text.strip()
    new_lines = {line.strip() for line in new_text.splitlines()}
    return 2 * sum(1 for line in lines if line in new_lines) > len(lines)


def read_record(store, source_id: str) -> tuple[SourceInfo, str] | None:
    g = record_graph(source_id)
    rec = record_iri(source_id)
    meta = next(iter(store.main.quads_for_pattern(rec, _n(DKG.sourceMeta), None, g)), None)
    text = next(iter(store.main.quads_for_pattern(rec, _n(DKG.sourceText), None, g)), None)
    if meta is None:
        return None
    return SourceInfo.from_json(meta.object.value), text.object.value if text is not None else ""


def read_items(store, source_id: str | None = None, fact_ids: list[str] | None = None, *,
               violating: bool = False) -> list[Item]:
    """The items of one source (or of all, or those with the given ids), in reading order per source;
    with ``violating``, only those kept out of the graph by a violation.

    The candidates are found by one pattern (the type, an id or a violation); each is read from its
    record's ``dkg:factItems`` (one parse a queue) and its own few quads, or, in a queue written
    before that list, from its own quads alone: a SPARQL join of an item's properties over every
    queue graph cost the engine a third of a millisecond per item, seconds on the queues of a
    thousand texts."""
    graph = record_graph(source_id) if source_id else None
    if violating:
        found = store.main.quads_for_pattern(None, _VIOLATION, None, graph)
    elif fact_ids is not None:
        nodes = [n for i in dict.fromkeys(fact_ids) if (n := _item_node(i)) is not None]
        found = (q for n in nodes for q in store.main.quads_for_pattern(n, A, _FACT_ITEM, graph))
    else:
        found = store.main.quads_for_pattern(None, A, _FACT_ITEM, graph)
    candidates = dict.fromkeys((q.graph_name, q.subject) for q in found
                               if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(RECORD_PREFIX))
    if source_id is None and fact_ids is None and not violating:  # every item: one pass per property
        values: dict[tuple, dict[str, list]] = {c: defaultdict(list) for c in candidates}
        for name in (*ITEM_KEYS.values(), "factConfidence", "violation"):  # (the first five: queues written before)
            for q in store.main.quads_for_pattern(None, _n(DKG[name]), None, None):
                slot = values.get((q.graph_name, q.subject))
                if slot is not None:
                    slot[q.predicate.value].append(q.object)
        for slot in values.values():
            slot[A.value].append(_FACT_ITEM)
        texts = {q.graph_name: q.object.value for q in store.main.quads_for_pattern(None, _SOURCE_TEXT, None, None)}
        listed = {q.graph_name: _listed_items(q.graph_name, q.object)
                  for q in store.main.quads_for_pattern(None, OX_DKG.factItems, None, None)
                  if isinstance(q.object, ox.Literal)}
        out = [item for (g, node), v in values.items()
               if (item := _item_of(g, node, v, texts.get(g, ""), listed.get(g, {}))) is not None]
    else:
        queues = {g: _record_parts(store, g) for g in {g for g, _ in candidates}}   # (a text once per queue, not per item)
        out = [item for g, node in candidates if (item := _item(store, g, node, *queues[g])) is not None]
    out.sort(key=lambda i: (i.source, i.position))
    return out


_FACT_ITEM = _n(DKG.FactItem)
_VIOLATION = _n(DKG.violation)
_SOURCE_TEXT = _n(DKG.sourceText)


def _item_node(fact_id: str) -> ox.NamedNode | None:
    """The item of a fact id a user typed, None where no IRI has it (no item has that id)."""
    try:
        return item_iri(fact_id)
    except ValueError:  # (the engine refuses an IRI with a quote or a space: never an item's)
        return None


def _record_parts(store, graph: ox.NamedNode) -> tuple[str, dict[str, dict]]:
    """The text kept in the record of the queue ``graph`` ("" where there is none) and its items'
    entries by id (:func:`_listed_items`)."""
    found = next(iter(store.main.quads_for_pattern(None, _SOURCE_TEXT, None, graph)), None)
    listed = next(iter(store.main.quads_for_pattern(None, OX_DKG.factItems, None, graph)), None)
    return (found.object.value if found is not None else "",
            _listed_items(graph, listed.object if listed is not None and isinstance(listed.object, ox.Literal) else None))


def _item(store, graph: ox.NamedNode, node, text: str, listed: dict[str, dict]) -> Item | None:
    """The item ``node`` of the queue ``graph`` from its quads; None where it is no whole item."""
    values: dict[str, list] = defaultdict(list)
    for q in store.main.quads_for_pattern(node, None, None, graph):
        values[q.predicate.value].append(q.object)
    return _item_of(graph, node, values, text, listed)


def _item_of(graph: ox.NamedNode, node, values: dict[str, list], text: str, listed: dict[str, dict]) -> Item | None:
    """The item ``node`` of the queue ``graph`` from its entry in the record's list (``listed``, by
    id) or, in a queue written before that list, from the objects of its properties (by property
    IRI), and from its own quads of what is said only where it is not the usual (confidence,
    violation); its id is its IRI's (:func:`fact_id_of`), its quote ``text`` (the record's) between
    the span's ends, as the queue was made."""
    fact_id = fact_id_of(node)
    if _FACT_ITEM not in values.get(A.value, []) or fact_id is None:
        return None
    entry = listed.get(fact_id)
    if entry is None:  # a queue written before dkg:factItems: the item's own quads
        first = {key: values[str(DKG[name])][0] for key, name in ITEM_KEYS.items() if values.get(str(DKG[name]))}
        if len(first) < len(ITEM_KEYS):
            return None
        entry = {key: term.value for key, term in first.items()}
        entry["fact"] = json.loads(entry["fact"])
    said = {v.language: v.value for v in values.get(_VIOLATION.value, []) if isinstance(v, ox.Literal)}
    start, end = int(entry["start"]), int(entry["end"])
    fact = entry["fact"]
    stated = values.get(OX_DKG.factConfidence.value)
    confidence = float(stated[0].value) if stated else said_confidence(fact)
    if confidence is None:  # (written whenever the fact does not give it: an item without either is not whole)
        return None
    return Item(id=fact_id, source=graph.value[len(RECORD_PREFIX):], kind=str(entry["kind"]),
                fact=fact, start=start, end=end, quote=text[start:end],
                position=int(entry["position"]), confidence=confidence,
                violation_en=said.get("en"), violation_vi=said.get("vi"))


# --- decisions ------------------------------------------------------------------------------
def decision_quads(d: Decision) -> list[ox.Quad]:
    stamp = d.at.astimezone(dt.timezone.utc).isoformat()
    node = _n(identity.review_decision_iri(d.fact, d.state, d.reviewer, stamp))
    agent = agent_iri(d.reviewer)
    g = REVIEW
    out = [ox.Quad(node, A, _n(DKG.ReviewDecision), g),
           ox.Quad(node, A, _n(PROV.Activity), g),
           ox.Quad(node, _n(DKG.decides), item_iri(d.fact), g),
           ox.Quad(node, _n(DKG.factId), ox.Literal(d.fact), g),
           ox.Quad(node, _n(DKG.reviewState), ox.Literal(d.state), g),
           ox.Quad(node, _n(PROV.wasAssociatedWith), agent, g),
           ox.Quad(node, _n(PROV.endedAtTime), ox.Literal(stamp, datatype=_DATETIME), g),
           ox.Quad(node, _n(DKG.previousValue), _json(d.previous), g),
           ox.Quad(node, _n(DKG.evidenceQuote), ox.Literal(d.quote), g),
           ox.Quad(agent, A, _n(PROV.Agent), g),
           ox.Quad(agent, _n(RDFS.label), ox.Literal(d.reviewer), g)]
    if d.source:
        out.append(ox.Quad(node, _n(DKG.aboutSource), _n(identity.source_iri(d.source)), g))
    if d.kind:
        out += [ox.Quad(node, _n(DKG.factKind), ox.Literal(d.kind), g),
                ox.Quad(node, _n(DKG.spanStart), ox.Literal(str(d.start), datatype=_INT), g),
                ox.Quad(node, _n(DKG.spanEnd), ox.Literal(str(d.end), datatype=_INT), g)]
    if d.new is not None:
        out.append(ox.Quad(node, _n(DKG.newValue), _json(d.new), g))
    if d.reason:
        out.append(ox.Quad(node, _n(DKG.reason), ox.Literal(d.reason), g))
    if d.derived_from:
        out.append(ox.Quad(node, _n(PROV.wasDerivedFrom), _n(d.derived_from), g))
    if d.overrides:
        out.append(ox.Quad(node, _n(DKG.overrides), _n(d.overrides), g))
    return out


def copied(quads: Iterable[ox.Quad]) -> set:
    """The decisions among ``quads`` (those a change set wrote) that an ingest copied from the ones about an earlier
    version of a text (``prov:wasDerivedFrom``: :func:`kg.review.model.carried_decisions`): the reviewer took none of
    them again, so what says who decided what (``/changes``, a fact's history, the undo page) leaves them out."""
    return {q.subject for q in quads if q.predicate == _DERIVED_FROM}


def has_decisions(store) -> bool:
    """Does the store hold any review decision? (Where none is, an ingest need not look them up.)"""
    return next(iter(store.main.quads_for_pattern(None, A, _n(DKG.ReviewDecision), REVIEW)), None) is not None


def read_decisions(store, fact_ids: list[str] | None = None, *, source: str | None = None) -> dict[str, list[Decision]]:
    """Every decision (about the given items, or about the facts of one source, or all), grouped
    by item id."""
    values = ""
    if fact_ids is not None:
        if not fact_ids:
            return {}
        values = "VALUES ?id { " + " ".join(str(ox.Literal(i)) for i in fact_ids) + " }"  # escaped terms
    if source is not None:
        values += f" VALUES ?src {{ {_n(identity.source_iri(source))} }} ?d <{DKG.aboutSource}> ?src ."
    sparql = f"""
    SELECT ?d ?id ?state ?who ?at ?prev ?new ?quote ?reason ?src ?kind ?s ?e ?over WHERE {{
      GRAPH <{REVIEW.value}> {{
        {values}
        ?d a <{DKG.ReviewDecision}> ; <{DKG.factId}> ?id ; <{DKG.reviewState}> ?state ;
           <{PROV.wasAssociatedWith}> ?agent ; <{PROV.endedAtTime}> ?at ; <{DKG.previousValue}> ?prev .
        ?agent <{RDFS.label}> ?who .
        OPTIONAL {{ ?d <{DKG.newValue}> ?new }}
        OPTIONAL {{ ?d <{DKG.evidenceQuote}> ?quote }}
        OPTIONAL {{ ?d <{DKG.reason}> ?reason }}
        OPTIONAL {{ ?d <{DKG.aboutSource}> ?src }}
        OPTIONAL {{ ?d <{DKG.overrides}> ?over }}
        OPTIONAL {{ ?d <{DKG.factKind}> ?kind ; <{DKG.spanStart}> ?s ; <{DKG.spanEnd}> ?e }}
      }}
    }}"""
    out: dict[str, list[Decision]] = defaultdict(list)
    for r in store.main.query(sparql):
        out[r["id"].value].append(Decision(
            fact=r["id"].value, state=r["state"].value, reviewer=r["who"].value,
            at=dt.datetime.fromisoformat(r["at"].value), previous=json.loads(r["prev"].value),
            new=json.loads(r["new"].value) if r["new"] is not None else None,
            quote=r["quote"].value if r["quote"] is not None else "",
            reason=r["reason"].value if r["reason"] is not None else None, iri=r["d"].value,
            source=r["src"].value.rsplit("/", 1)[-1] if r["src"] is not None else None,
            kind=r["kind"].value if r["kind"] is not None else None,
            start=int(r["s"].value) if r["s"] is not None else 0, end=int(r["e"].value) if r["e"] is not None else 0,
            overrides=r["over"].value if r["over"] is not None else None))
    for lst in out.values():
        lst.sort(key=lambda d: d.at)
    return dict(out)


# --- assessments of targets --------------------------------------------------------------------
def write_assessment(store, fact: str, target: str | None, status: str, note: str | None, reviewer: str,
                     at: dt.datetime, source: str | None = None, overrides: str | None = None) -> None:
    """Record a reviewer's assessment of a target (a prov:Activity kept in graph/review, naming the
    target node it saw) and make it the current assessed status of the target's fact item, which
    keeps its id when the target's value is corrected or the text ingested again (the node's IRI
    does not). The change set is named as the store's other writes are (the command, and that a
    server ran it for a client) and names the text (``source``, its id) as a decision's does. ``overrides``: the IRI of
    another reviewer's assessment this one undoes (``kg.review.model.overrides``), recorded as ``dkg:overrides``."""
    stamp = at.astimezone(dt.timezone.utc).isoformat()
    node = _n(identity.review_assessment_iri(fact, status, reviewer, stamp))
    agent = agent_iri(reviewer)
    item = item_iri(fact)
    g = REVIEW
    quads = [ox.Quad(node, A, _n(DKG.TargetAssessment), g), ox.Quad(node, A, _n(PROV.Activity), g),
             ox.Quad(node, _n(DKG.factId), ox.Literal(fact), g),
             ox.Quad(node, _n(DKG.assessedStatus), ox.Literal(status), g),
             ox.Quad(node, _n(PROV.wasAssociatedWith), agent, g),
             ox.Quad(node, _n(PROV.endedAtTime), ox.Literal(stamp, datatype=_DATETIME), g),
             ox.Quad(agent, A, _n(PROV.Agent), g), ox.Quad(agent, _n(RDFS.label), ox.Literal(reviewer), g),
             ox.Quad(item, _n(DKG.assessedStatus), ox.Literal(status), g)]
    if target:
        quads.append(ox.Quad(node, _n(DKG.assesses), ox.NamedNode(target), g))
    if overrides:
        quads.append(ox.Quad(node, _n(DKG.overrides), _n(overrides), g))
    if note:
        quads += [ox.Quad(node, _n(DKG.assessmentNote), ox.Literal(note), g),
                  ox.Quad(item, _n(DKG.assessmentNote), ox.Literal(note), g)]
    # the item's status and note in force, named as they are (data alone: the update and its change set are then
    # written in one transaction, kg.store.update_record)
    replaced = [q for p in (_n(DKG.assessedStatus), _n(DKG.assessmentNote)) for q in store.main.quads_for_pattern(item, p, None, g)]
    store.update(data_update(quads, replaced),  # a reviewer's decision: recorded as a change set
                 sources=[record_graph(source).value] if source else ())


def read_assessment(store, fact: str) -> Assessment | None:
    """The current assessment of a target's fact item: ``{"status", "note"}``, or None."""
    item = item_iri(fact)
    status = next(iter(store.main.quads_for_pattern(item, _n(DKG.assessedStatus), None, REVIEW)), None)
    if status is None:
        return None
    note = next(iter(store.main.quads_for_pattern(item, _n(DKG.assessmentNote), None, REVIEW)), None)
    return Assessment(status=status.object.value, note=note.object.value if note is not None else None)


def assessment_in_force(store, fact: str) -> Decision | None:
    """The latest assessment of a target's fact item as a :class:`Decision` (its ``state`` the status, its ``reason``
    the note, its ``iri`` the assessment's), None where no reviewer has assessed it."""
    sparql = f"""
    SELECT ?a ?status ?who ?at ?note WHERE {{ GRAPH {REVIEW} {{
      ?a a <{DKG.TargetAssessment}> ; <{DKG.factId}> {ox.Literal(fact)} ; <{DKG.assessedStatus}> ?status ;
         <{PROV.endedAtTime}> ?at ; <{PROV.wasAssociatedWith}>/<{RDFS.label}> ?who .
      OPTIONAL {{ ?a <{DKG.assessmentNote}> ?note }} }} }}"""
    found = [Decision(fact=fact, state=r["status"].value, reviewer=r["who"].value,
                      at=dt.datetime.fromisoformat(r["at"].value), previous={},
                      reason=r["note"].value if r["note"] is not None else None, iri=r["a"].value)
             for r in store.main.query(sparql)]
    return max(found, key=lambda d: (d.at, d.iri or "")) if found else None


def fact_nodes(store, fact: str, source: str) -> list[str]:
    """The nodes the graph holds of one item (none when it is rejected or violates a shape)."""
    return sorted(q.object.value for q in store.main.quads_for_pattern(item_iri(fact), _n(DKG.factNode), None,
                                                                      record_graph(source)))


# --- marks of graph nodes (what the read models show) ---------------------------------------------
def node_items(store, nodes: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """``{node: [(item id, source id, state)]}``: the items in the graph that became each node."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for start in range(0, len(nodes), 200):
        values = " ".join(str(ox.NamedNode(n)) for n in nodes[start:start + 200])
        sparql = f"""
        SELECT ?node ?g ?i ?state WHERE {{
          VALUES ?node {{ {values} }}
          GRAPH ?g {{ ?i <{DKG.factNode}> ?node OPTIONAL {{ ?i <{DKG.itemState}> ?state }} }}
        }}"""
        for r in store.main.query(sparql):
            g, fact_id = r["g"].value, fact_id_of(r["i"])
            if g.startswith(RECORD_PREFIX) and fact_id is not None:
                state = r["state"].value if r["state"] is not None else PENDING
                out[r["node"].value].append((fact_id, g[len(RECORD_PREFIX):], state))
    return dict(out)


def statement_nodes(store, links: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
    """The ``rdf:Statement`` node of each (subject, property, object) link that has one."""
    out: dict[tuple[str, str, str], str] = {}
    for start in range(0, len(links), 200):
        values = " ".join(f"({ox.NamedNode(s)} {ox.NamedNode(p)} {ox.NamedNode(o)})" for s, p, o in links[start:start + 200])
        sparql = f"""
        SELECT DISTINCT ?s ?p ?o ?st WHERE {{
          VALUES (?s ?p ?o) {{ {values} }}
          ?st <{RDF.subject}> ?s ; <{RDF.predicate}> ?p ; <{RDF.object}> ?o .
        }}"""
        for r in store.query(sparql):  # the union of the graphs: a statement is in a source's graph
            out[(r["s"].value, r["p"].value, r["o"].value)] = r["st"].value
    return out
