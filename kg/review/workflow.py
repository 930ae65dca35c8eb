"""Review at work: the ingest hook, decisions, the rebuild of a source, the queue and the export.

The graph of a source is always built from the facts the extractor read with the decisions
applied in the order they were taken (``kg.review.model.state_of``): rejected facts left out,
corrected facts as corrected, also where a reviewer accepted the correction afterwards. ``Intake`` does this when a text
is ingested (so a re-ingest brings back no rejected fact and loses no correction);
``decide`` does it after a reviewer's decision, by rebuilding the source from its queue.
Whatever still violates a shape stays out of the graph, and its item carries the violation (``kg.review.violations``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

import pyoxigraph as ox

from kg.errors import NotFound, UsageError, Words, in_both
from kg.facts import Facts
from kg.i18n import doubts_said
from kg.rdf.build import Built, SourceInfo, build
from kg.rdf.held import split_off, split_off_links
from kg.rdf.identity import is_source_id
from kg.rdf.graphs import source_graph
from kg.rdf.resolve import DocumentResolver
from kg.review import ledger, ties
from kg.review.ledger import default_reviewer
from kg.review.undone import undone_history
from kg.review.corrections import assessment_code, correct
from kg.review.model import (LIST_OF, Decision, Item, MarkFact, ReviewMark, Status, assemble,
                             carried_decisions, carried_item, fact_object, items_of, fact_agrees, replaced_json, replacing,
                             sentence_around,
                             state_of)
from kg.validate import validate_batch
from kg.review.violations import Fact, mark_violations, marks_of


def _checked_source(source: str) -> str:
    """A source id as ingest makes them (hexadecimal), else NotFound before any query is built."""
    if not is_source_id(source):
        raise NotFound(f"no source {source!r}", hint="source ids are hexadecimal; `dkg review list` shows them")
    return source


def _reviewed(items: list[Item], decisions: dict[str, list[Decision]]) -> list[tuple[Item, Status]]:
    return [(it, state_of(it, decisions.get(it.id, []))) for it in items]


# --- ingest hook -------------------------------------------------------------------------------
class Intake:
    """What the ingest of one text asks of review: the facts to build (decisions applied), then,
    once validated, the queue recorded with its violations.

    >>> intake = Intake(store, info, text, facts)     # doctest: +SKIP
    >>> built = build(intake.facts, info, ...)  # then validate, then:
    >>> quads = intake.queue(built, report)  # written with the source's graph
    """

    def __init__(self, store, info: SourceInfo, text: str, facts: Facts, *, decided: bool = True,
                 earlier: Sequence[str] = (), keys: tuple[str, tuple[str, ...]] | None = None) -> None:
        """``info``: the text's source as its queue keeps it (its own date and place those of
        ``facts``, as ``kg.extracting.source_info`` makes it). ``decided``: False where the caller
        knows that the store holds no decision at all (:func:`kg.review.ledger.has_decisions`),
        which spares two lookups per text. ``earlier``: the sources this text replaces (earlier
        versions of it): their decisions hold for the same facts here (:attr:`carried`, written
        with the queue). ``keys``: the digests the text's record is looked up by
        (``kg.text.twin_keys.record_keys``), where the caller drew them already."""
        self.store = store
        self.info = info
        self.text = text
        self.keys = keys
        self.items = items_of(info.id, dataclasses.replace(facts, text=text))
        decisions = ledger.read_decisions(store, [it.id for it in self.items]) if decided else {}
        ids = {it.id for it in self.items}
        for fid, about in (ledger.read_decisions(store, source=info.id) if decided else {}).items():
            carried = carried_item(info.id, text, about) if fid not in ids else None
            if carried is not None:  # confirmed by a reviewer, no longer read by the extractor
                self.items.append(carried)
                decisions[fid] = about
        #: decisions about an earlier version's facts, copied to the same facts of this text
        self.carried: list[Decision] = []
        for old in earlier if decided else ():
            for fid, copies in carried_decisions(old, ledger.read_decisions(store, source=old), self.items).items():
                if fid not in decisions:
                    decisions[fid] = copies
                    self.carried += copies
        self.items.sort(key=lambda i: (i.start if i.end > i.start else 10**9, i.position))
        for n, item in enumerate(self.items):
            item.position = n
        self.pairs: list[tuple[Item, Fact]] = []
        self.states: dict[str, str] = {}
        for item, status in _reviewed(self.items, decisions):
            self.states[item.id] = status.state
            if status.state == "rejected":
                continue
            # an item's ``obj`` is the kg.facts item it was read from (see kg.review.model.Item)
            obj = cast(Fact, item.obj) if status.state != "corrected" and item.obj is not None else \
                fact_object(item.kind, status.fact, (item.start, item.end))
            # the queue's confidence either way, so that an ingest and a rebuild from the queue
            # write the same graph (a fact without one counts as certain)
            self.pairs.append((item, _with_confidence(obj, item)))
        empty: dict[str, Any] = {lst: [] for lst in LIST_OF.values()}  # every list of facts, emptied
        self.facts = dataclasses.replace(facts, **empty)
        for item, obj in self.pairs:  # the builder does not depend on the order within a kind
            getattr(self.facts, LIST_OF[item.kind]).append(obj)
        # refused now, before the text is built, not when the batch is written (what the list holds is set by now)
        self.listed = ledger.items_literal(self.items)
        ledger.check_record(info, text, self.listed)

    def queue(self, built: Built, report) -> list[ox.Quad]:
        """Note the violations of ``report`` (on ``built``, the build of :attr:`facts`, before
        anything was held back) and return the quads of the queue (the graph
        ``graph/review/source/{id}``) and of the decisions it carries from an earlier version (added
        to ``graph/review``), for the caller to write with the source's graph."""
        mark_violations(self.pairs, self.facts, self.info, built, report)
        marks = marks_of(self.pairs, self.states, self.facts, self.info, built)
        return ledger.record_quads(self.info, self.text, self.items, marks, self.listed, self.keys) + \
            [q for d in self.carried for q in ledger.decision_quads(d)]

    def graph(self) -> ox.NamedNode:
        """The graph of the text's queue, which :meth:`queue` replaces."""
        return ledger.record_graph(self.info.id)


def _with_confidence(obj: Fact, item: Item) -> Fact:
    kind = type(obj)
    has = _HAS_CONFIDENCE.get(kind)
    if has is None:  # (asked once a class of facts, not once a fact)
        has = _HAS_CONFIDENCE[kind] = any(f.name == "confidence" for f in dataclasses.fields(obj))
    if has:
        obj.confidence = item.confidence
    return obj


_HAS_CONFIDENCE: dict[type, bool] = {}


# --- rebuild after a decision -------------------------------------------------------------
def rebuild(store, source_id: str, new: list[Decision] | None = None, *, info: SourceInfo | None = None) -> list[Item]:
    """Build the graph of one source again from its queue with every decision applied (those in
    the store and ``new``), validate it, keep out what violates, then write the ``new``
    decisions, the source graph and the queue in one write (nothing is written if building fails).
    ``info``: what the source is now said to be (another site's copy kept beside it), for the record's."""
    found = ledger.read_record(store, _checked_source(source_id))
    if found is None:
        raise NotFound(code="review-no-source", details={"source": source_id})
    info, text = info or found[0], found[1]
    items = ledger.read_items(store, source_id)
    decisions = ledger.read_decisions(store, [it.id for it in items])
    for d in new or []:
        decisions.setdefault(d.fact, []).append(d)
    pairs = []
    states: dict[str, str] = {}
    for item, status in _reviewed(items, decisions):
        states[item.id] = status.state
        if status.state != "rejected":
            pairs.append((item, _with_confidence(fact_object(item.kind, status.fact, (item.start, item.end)), item)))
    # assemble only reads the pairs (its list[tuple[Item, object]] parameter is invariant)
    facts = assemble(info, text, cast(list[tuple[Item, object]], pairs))
    built = build(facts, info, resolve=DocumentResolver(store))
    own = source_graph(source_id)
    quads = built.quads(own)
    report = validate_batch(quads, store=store, exclude=own).report
    for it in items:
        it.violation_en = it.violation_vi = None
    bad, bad_links = mark_violations(pairs, facts, info, built, report)
    marks = marks_of(pairs, states, facts, info, built)
    if bad or bad_links:
        split_off(built.triples, bad)
        split_off_links(built.triples, bad_links, built.statements)
        quads = built.quads(own)
    # one write, so one change set: the new decisions (added to graph/review), the source's graph
    # and its queue (both replaced), and a reviewer's word on a pair carried to the corrected outcome or
    # target (kg.review.ties.carry); a rollback of it takes the decision back with its effect
    decided = [q for d in new or [] for q in ledger.decision_quads(d)]
    written = [*quads, *ledger.record_quads(info, text, items, marks), *decided]
    graphs = [own, ledger.record_graph(source_id)]
    carried, untied = ties.carry(store, written, graphs)
    store.write_quads([*written, *carried], graphs, sources=[own.value], taken=untied)
    return items


# --- decisions ---------------------------------------------------------------------------------
@dataclasses.dataclass
class DecisionResult:
    """What a decision did: the items decided, those that still stay out of the graph, and by fact id the
    decision in force that another reviewer took and this one replaced (:func:`kg.review.model.overridden`)."""

    decided: list[Item]
    held: list[Item]
    replaced: dict[str, Decision] = dataclasses.field(default_factory=dict)


def find_items(store, fact_ids: list[str]) -> list[Item]:
    """The items with these ids; NotFound naming every unknown id (nothing is decided then)."""
    if not fact_ids:
        raise UsageError(code="review-no-id")
    items = {it.id: it for it in ledger.read_items(store, fact_ids=list(fact_ids))}
    missing = [f for f in fact_ids if f not in items]
    if missing:
        raise NotFound(code="review-no-fact", details={"ids": ", ".join(missing)})
    return [items[f] for f in dict.fromkeys(fact_ids)]


def decide(store, fact_ids: list[str], state: str, *, reviewer: str | None = None, reason: str | None = None,
           changes: dict[str, str] | None = None, now: dt.datetime | None = None,
           seen: dict[str, str] | None = None) -> DecisionResult:
    """Record a decision about each fact and rebuild their sources. ``changes`` (field -> typed
    value) are required for ``corrected`` and checked before anything is written. A decision that undoes another
    reviewer's decision in force is recorded as replacing it (``dkg:overrides``) and the result names it. ``seen``:
    by fact id, the decision in force the reviewer was shown (its IRI, "" for none), as the review page sends it:
    where another reviewer's decision came since and this one would undo it, :class:`Conflict` and nothing is
    written (the reviewer never undoes a word they were not shown)."""
    if state not in ("accepted", "corrected", "rejected"):
        raise UsageError(code="review-decision", details={"decision": repr(state)})
    items = find_items(store, fact_ids)
    if state == "corrected" and len(items) != 1:
        raise UsageError(code="review-correct-one")
    who = (reviewer or default_reviewer()).strip() or default_reviewer()
    at = now or dt.datetime.now(dt.timezone.utc)
    existing = ledger.read_decisions(store, [it.id for it in items])
    decisions = []
    replaced: dict[str, Decision] = {}
    for it in items:
        status = state_of(it, existing.get(it.id, []))
        shown = status.fact
        new = correct(it.kind, shown, changes or {}) if state == "corrected" else None
        earlier = replacing(status.decision, who, fact_agrees(status, state), (seen or {}).get(it.id) if seen is not None else None)
        if earlier is not None:
            replaced[it.id] = earlier
        decisions.append(Decision(fact=it.id, state=state, reviewer=who, at=at, previous=shown, new=new,
                                  quote=it.quote, reason=reason, source=it.source, kind=it.kind,
                                  start=it.start, end=it.end, overrides=earlier.iri if earlier else None))
    held: list[Item] = []
    for source in dict.fromkeys(it.source for it in items):
        mine = [d for d, it in zip(decisions, items) if it.source == source]
        rebuilt = {r.id: r for r in rebuild(store, source, mine)}
        held += [rebuilt[it.id] for it in items if it.source == source and state != "rejected"
                 and rebuilt[it.id].violation_en]
    return DecisionResult(decided=items, held=held, replaced=replaced)


# --- the queue ---------------------------------------------------------------------------------
@dataclasses.dataclass
class Entry:
    """An item with its state, as the queue, the CLI and the pages show it."""

    item: Item
    status: Status

    @property
    def doubts(self) -> list[str]:
        """The codes of what cost the fact confidence as extracted (its fact's ``doubts``; none for a fact without)."""
        said = self.item.fact.get("doubts")
        return [str(code) for code in said] if isinstance(said, list) else []

    def to_json(self, lang: str = "en") -> dict:
        st = self.status
        last = st.decision or st.stale
        return {
            "id": self.item.id, "source": self.item.source, "kind": self.item.kind, "state": st.state,
            "confidence": self.item.confidence, "fact": st.fact, "violation": self.item.violation(lang),
            # (why the extractor doubted it, by code and in words: the steps that cost it confidence)
            "doubts": self.doubts, "why": doubts_said(self.doubts, lang),
            "extracted": self.item.fact, "position": self.item.position,
            "evidence": {"start": self.item.start, "end": self.item.end, "exact": self.item.quote},
            "decision": None if last is None else {
                "state": last.state, "reviewer": last.reviewer, "at": last.at.isoformat(),
                "reason": last.reason, "stale": st.stale is not None, "iri": last.iri},
        }


def doubt(entry: Entry) -> tuple:
    """Sort key of the queue: pending first, quarantined (violating) first among them, then the
    least confident, then reading order."""
    return (entry.status.state != "pending", entry.item.violation_en is None, entry.item.confidence,
            entry.item.source, entry.item.position)


def queue(store, *, source: str | None = None, states: tuple[str, ...] = (), order: str = "doubt",
          held: bool = False, document: str | None = None, kinds: tuple[str, ...] = ()) -> list[Entry]:
    """The items (of one source, or all) with their states; ``order`` ``doubt`` or ``reading``; with ``held``, only
    those kept out of the graph by a violation (quarantined, giữ lại để duyệt); with ``document``, only those about
    the document of that key (:func:`documents_named`, as extracted or as corrected); with ``kinds``, only those of
    these kinds (``target``, ``assignment`` ...)."""
    if source is not None and ledger.read_record(store, _checked_source(source)) is None:
        raise NotFound(code="review-no-source", details={"source": source})
    items = ledger.read_items(store, source)
    decisions = ledger.read_decisions(store, [it.id for it in items] if source else None)
    entries = [Entry(it, st) for it, st in _reviewed(items, decisions)]
    if states:
        entries = [e for e in entries if e.status.state in states]
    if held:
        entries = [e for e in entries if e.item.violation_en is not None]
    if kinds:
        entries = [e for e in entries if e.item.kind in kinds]
    if document:
        entries = [e for e in entries if document in documents_named(e.item.kind, e.item.fact)
                   | documents_named(e.item.kind, e.status.fact or {})]
    return sorted(entries, key=doubt if order == "doubt" else (lambda e: (e.item.source, e.item.position)))


def held_facts(store, key: str) -> list[Entry]:
    """The facts naming the document ``key`` that a violation keeps out of the graph and no reviewer
    has rejected: the document itself, its links, and the tasks, targets, outcomes and reviews
    said of it; in queue order. The document card lists them, and a document held back whole is
    not "missing" but waiting for review (see ``kg.cards.document``)."""
    items = [it for it in ledger.read_items(store, violating=True) if key in documents_named(it.kind, it.fact)]
    decisions = ledger.read_decisions(store, [it.id for it in items]) if items else {}
    return sorted((Entry(it, st) for it, st in _reviewed(items, decisions) if st.state != "rejected"), key=doubt)


def documents_named(kind: str, fact: dict) -> set[str]:
    """The keys of the documents a fact of ``kind`` is about (a link: both ends; a review event: those it reviews)."""
    if kind == "document":
        return {fact.get("key") or ""}
    if kind == "link":
        return {fact.get("from") or "", fact.get("to") or ""}
    if kind == "event":
        return set(fact.get("reviews") or [])
    return {fact.get("document") or ""}


#: The orders a list of sources can be read in (``dkg review sources --sort``, ``/review?sort=``).
SOURCE_ORDERS = ("pending", "name", "date")


def source_summaries(store, order: str = "pending") -> list[dict]:
    """The sources with a queue, with how many facts each gave and their counts per state: most
    pending first (``pending``), by file name (``name``) or newest first (``date``, undated last)."""
    if order not in SOURCE_ORDERS:
        raise UsageError(code="review-order", details={"order": repr(order), "orders": ", ".join(SOURCE_ORDERS)})
    by_source: dict[str, list] = {}  # (each source's entries found once: not the whole queue read again per source)
    for e in queue(store):
        by_source.setdefault(e.item.source, []).append(e)
    out = []
    for s in ledger.sources(store):
        mine = by_source.get(s["id"], [])
        counts = {state: sum(e.status.state == state for e in mine) for state in ("pending", "accepted",
                                                                                    "corrected", "rejected")}
        out.append({**s, "facts": len(mine), **counts, "violations": sum(e.item.violation_en is not None for e in mine)})
    out.sort(key=lambda s: (s["name"] or "", s["id"]))  # the tie-break of every order
    if order == "pending":
        out.sort(key=lambda s: -s["pending"])
    elif order == "date":
        out.sort(key=lambda s: s["published"] or "", reverse=True)
        out.sort(key=lambda s: s["published"] is None)
    return out


def export_facts(store, source: str | None = None) -> list[dict]:
    """One facts object per source: every fact that is not rejected, corrected ones corrected."""
    wanted = [source] if source else [s["id"] for s in ledger.sources(store)]
    out = []
    for sid in wanted:
        found = ledger.read_record(store, _checked_source(sid))
        if found is None:
            raise NotFound(code="review-no-source", details={"source": sid})
        meta, _ = found
        entries = queue(store, source=sid, order="reading")
        obj: dict[str, Any] = {"source": meta.name, "place": meta.place_dict() or None}
        for kind, lst in LIST_OF.items():
            obj[lst] = [e.status.fact for e in entries if e.item.kind == kind and e.status.state != "rejected"]
        out.append(obj)
    return out


def show(store, fact_id: str, lang: str = "en") -> dict:
    """One item with its state, every decision about it, its sentence and the text around it (why
    it is held, in ``lang``), its source, the documents it is about, the graph nodes it became and, for a target,
    the assessment in force."""
    item = find_items(store, [fact_id])[0]
    decisions = ledger.read_decisions(store, [fact_id]).get(fact_id, [])
    found = ledger.read_record(store, item.source)
    text = found[1] if found else ""
    out = Entry(item, state_of(item, decisions)).to_json(lang)
    out["source_name"] = found[0].name if found else None
    out["source_about"] = found[0].summary() if found else None
    out["context"] = sentence_around(text, item.start, item.end)
    # (what a fact's own page cites: the documents it is about and the nodes it became, none while held or rejected)
    out["documents"] = sorted(documents_named(item.kind, out["fact"] or item.fact) - {""})
    out["nodes"] = ledger.fact_nodes(store, fact_id, item.source)
    out["assessment"] = assessment_of(store, item) if item.kind == "target" else None
    by_iri = {d.iri: d for d in decisions}
    out["history"] = [{"state": d.state, "reviewer": d.reviewer, "at": d.at.isoformat(), "previous": d.previous,
                       "new": d.new, "reason": d.reason, "undone": None,
                       "overrides": replaced_json(by_iri[d.overrides], lang) if d.overrides in by_iri else None}
                      for d in decisions]
    out["history"] = sorted(out["history"] + undone_history(store, fact_id, {i for i in by_iri if i}), key=lambda h: h["at"])
    return out


# --- assessments of targets ------------------------------------------------------------------------
@dataclasses.dataclass
class Assessed:
    """What an assessment did: the target's IRI as it is now, and another reviewer's assessment in force that this
    one replaced (:func:`kg.review.model.overrides`), or None."""

    node: str
    replaced: Decision | None = None


def assess(store, fact_id: str, status: str, *, note: str | None = None, reviewer: str | None = None,
           now: dt.datetime | None = None, seen: str | None = None) -> Assessed:
    """Set a reviewer's assessment of a target (attained, partly, not attained, no data), kept apart
    from the outcome as reported and keyed on the target's fact id (so that it outlives corrections
    of the target and re-ingests of its text). Another reviewer's assessment in force with another status is
    recorded as replaced, by the rule of every review decision (``kg.review.model.replacing``; ``seen``: the IRI of
    the assessment the reviewer was shown, "" for none)."""
    code = assessment_code(status)
    item = find_items(store, [fact_id])[0]
    if item.kind != "target":
        raise UsageError(code="assess-not-target", details={"id": fact_id, "kind": Words("fact." + item.kind)})
    st = state_of(item, ledger.read_decisions(store, [fact_id]).get(fact_id, []))
    if st.state == "rejected":
        raise UsageError(code="assess-rejected", details={"id": fact_id})
    nodes = ledger.fact_nodes(store, fact_id, item.source)
    if not nodes:
        if item.violation_en:
            raise UsageError(code="assess-held", details={"id": fact_id, "why": in_both(item.violation_vi, item.violation_en)})
        raise UsageError(code="assess-absent", details={"id": fact_id})
    who = (reviewer or default_reviewer()).strip() or default_reviewer()
    in_force = ledger.assessment_in_force(store, fact_id)
    earlier = replacing(in_force, who, in_force is not None and in_force.state == code, seen, what="assessment")
    ledger.write_assessment(store, fact_id, nodes[0], code, (note or "").strip() or None, who,
                            now or dt.datetime.now(dt.timezone.utc), item.source,
                            overrides=earlier.iri if earlier else None)
    return Assessed(nodes[0], earlier)


def assessment_of(store, item: Item) -> dict | None:
    """The assessment in force of a target item: ``status``, ``note``, who gave it (``reviewer``), when (``at``) and
    its IRI (``iri``: what the review page sends back as ``seen``), or None."""
    d = ledger.assessment_in_force(store, item.id)
    return None if d is None else {"status": d.state, "note": d.reason, "reviewer": d.reviewer,
                                   "at": d.at.isoformat(), "iri": d.iri}


# --- marks for the read models ---------------------------------------------------------------------
#: Which state a node shows when several items became it (most settled first).
_MARK_ORDER = ("corrected", "accepted", "pending")


def _rank(state: str) -> int:
    return _MARK_ORDER.index(state) if state in _MARK_ORDER else len(_MARK_ORDER)


def review_marks(store, nodes: list[str]) -> dict[str, ReviewMark]:
    """How each of these graph nodes was reviewed, for the cards and the cascade: ``state`` (the
    most settled state among the items that became it: corrected, accepted or pending),
    ``reviewed`` (accepted or corrected), the ``reviewer`` and time (``at``) of the latest decision
    in force, the ``facts`` (id, source, state) and, for a target, the reviewer's ``assessment``
    (status and note) or None. Nodes no ingested text stated are left out;
    rejected and violating items never become nodes, so they never show."""
    found = ledger.node_items(store, list(dict.fromkeys(nodes)))
    ids = sorted({fid for lst in found.values() for fid, _, _ in lst})
    decisions = ledger.read_decisions(store, ids) if ids else {}
    out: dict[str, ReviewMark] = {}
    for node, lst in found.items():
        states = {state for _, _, state in lst}
        state = min(states, key=_rank) if states & set(_MARK_ORDER) else "pending"
        latest = max((decisions[fid][-1] for fid, _, s in lst if s != "pending" and decisions.get(fid)),
                     key=lambda d: d.at, default=None)
        out[node] = ReviewMark(
            state=state, reviewed=state != "pending",
            reviewer=latest.reviewer if latest else None, at=latest.at.isoformat() if latest else None,
            facts=[MarkFact(id=fid, source=src, state=s)  # the one that gives the state first
                   for fid, src, s in sorted(lst, key=lambda x: (_rank(x[2]), x))],
            assessment=next(filter(None, (ledger.read_assessment(store, fid) for fid, _, _ in sorted(lst))), None))
    return out


def link_review_marks(store, links: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], ReviewMark]:
    """:func:`review_marks` of links (subject, property, object IRIs), through their statements."""
    statements = ledger.statement_nodes(store, list(dict.fromkeys(links)))
    marks = review_marks(store, list(statements.values()))
    return {link: marks[st] for link, st in statements.items() if st in marks}
