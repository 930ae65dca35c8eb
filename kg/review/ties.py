"""A reviewer's word on an outcome and a target no source tied (kết quả ghép với chỉ tiêu theo câu chữ,
``kg.text.matching``): confirmed, the tie is asserted (``dkg:reportsTarget``) and the pair reads as confirmed by a reviewer; rejected,
it is never matched again.

Kept in ``graph/review`` beside the other decisions (``kg.review.ledger``), never replaced: a decision (a
``prov:Activity`` with the reviewer, the time, the reason and the pair as the reviewer saw it) decides the pair, an
``rdf:Statement`` of ``dkg:reportsTarget`` named like a fact item (:func:`tie_id`), and a confirmation asserts the tie
itself there. The ontology has every term this needs; a tie names the two nodes (a re-ingest of the same facts keeps
their IRIs). A correction of either's figure or words (a corrected text ingested again, or ``dkg review correct``)
makes a new node: the decision follows it (:func:`carry`) where the new node is the same fact, said by the decision
as the reviewer saw it (``previousValue``: each fact's document and unit, and the outcome's date), and no other
node of that document is; else the card and the targets table say that a decision was made on an earlier version
(:func:`earlier_ties`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection

import pyoxigraph as ox

from kg.errors import NotFound, UsageError
from kg.rdf import identity
from kg.rdf.graphs import SOURCE_PREFIX
from kg.rdf.terms import OX_DKG, data_update
from kg.rdf.vocab import DKG, PROV, RDF, RDFS
from kg.review import ledger
from kg.review.ledger import default_reviewer
from kg.review.model import Decision, replaced_json, replacing
from kg.text.symbols import fold


def _node_of(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


#: The states a reviewer's word on a pair gives: ``accepted`` (the outcome answers the target: the tie is
#: asserted) or ``rejected`` (it does not: the pair is never matched again).
TIE_STATES = ("accepted", "rejected")


def tie_id(outcome: str, target: str) -> str:
    """The id of the pair (an outcome's IRI, a target's), named as a fact item is (``t`` and a digest): the
    node a decision about the pair decides (``kg.review.ledger.item_iri``), the same for the same pair."""
    return "t" + hashlib.sha1(f"{outcome}|{target}".encode()).hexdigest()[:12]


def _tie_quads(outcome: str, target: str, state: str, reviewer: str, at: dt.datetime, *,
               reason: str | None = None, similarity: float | None = None, facts: dict | None = None,
               derived_from: str | None = None, overrides: str | None = None) -> list[ox.Quad]:
    """The quads of a reviewer's word on the pair (see :func:`write_tie`), all in ``graph/review``: the pair's
    ``rdf:Statement``, the decision as every other is written, and for a confirmation the tie itself."""
    tid = tie_id(outcome, target)
    decision = Decision(fact=tid, state=state, reviewer=reviewer, at=at, reason=reason, derived_from=derived_from,
                        overrides=overrides,
                        previous={"outcome": outcome, "target": target, "similarity": similarity, **(facts or {})})
    node, o, t, g = ledger.item_iri(tid), ox.NamedNode(outcome), ox.NamedNode(target), ledger.REVIEW
    quads = [ox.Quad(node, ledger.A, _node_of(RDF.Statement), g), ox.Quad(node, _node_of(RDF.subject), o, g),
             ox.Quad(node, _node_of(RDF.predicate), OX_DKG.reportsTarget, g), ox.Quad(node, _node_of(RDF.object), t, g),
             *ledger.decision_quads(decision)]
    if state == "accepted":
        quads.append(ox.Quad(o, OX_DKG.reportsTarget, t, g))
    return quads


def _tie_quad(outcome: str, target: str) -> ox.Quad:
    """A reviewer's tie of the pair, as a confirmation asserts it in ``graph/review``."""
    return ox.Quad(ox.NamedNode(outcome), OX_DKG.reportsTarget, ox.NamedNode(target), ledger.REVIEW)


def write_tie(store, outcome: str, target: str, state: str, reviewer: str, at: dt.datetime, *,
              reason: str | None = None, similarity: float | None = None, sources: Collection[str] = (),
              facts: dict | None = None, overrides: str | None = None) -> str:
    """Record a reviewer's word on the pair (``state``: :data:`TIE_STATES`), in ``graph/review`` (never replaced:
    it outlives a restart and a re-ingest of either text, whose nodes keep their IRIs): a decision (a
    ``prov:Activity`` with the reviewer, the time, the reason and the pair as the reviewer saw it) about the
    pair's ``rdf:Statement``, and, for a confirmation, the tie ``<outcome> dkg:reportsTarget <target>``, which a
    rejection takes back. One update, so one change set, named by the texts of the outcome (``sources``).
    ``facts``: which facts the two nodes are (:func:`facts_of`), for :func:`carry`; ``overrides``: the IRI of another
    reviewer's word on the pair that this one undoes (``kg.review.model.overrides``). Returns the decision's IRI."""
    quads = _tie_quads(outcome, target, state, reviewer, at, reason=reason, similarity=similarity, facts=facts,
                       overrides=overrides)
    taken = [] if state == "accepted" else [_tie_quad(outcome, target)]
    store.update(data_update(quads, taken), sources=list(sources))
    return identity.review_decision_iri(tie_id(outcome, target), state, reviewer, at.astimezone(dt.timezone.utc).isoformat())


def tie_decisions(store, outcomes: Collection[str] | None = None) -> list[dict]:
    """The reviewers' words on pairs (of these outcomes, or all), oldest first: ``outcome``, ``target``,
    ``state``, ``reviewer``, ``at``, ``reason``, ``similarity`` (as the reviewer saw the pair), ``id``."""
    values = "VALUES ?o { " + " ".join(str(ox.NamedNode(o)) for o in outcomes) + " }" if outcomes is not None else ""
    if outcomes is not None and not outcomes:
        return []
    sparql = f"""
    SELECT ?d ?o ?t ?state ?who ?at ?prev ?reason WHERE {{ GRAPH <{ledger.REVIEW.value}> {{ {values}
      ?st <{RDF.subject}> ?o ; <{RDF.predicate}> <{DKG.reportsTarget}> ; <{RDF.object}> ?t .
      ?d <{DKG.decides}> ?st ; <{DKG.reviewState}> ?state ; <{PROV.endedAtTime}> ?at ; <{DKG.previousValue}> ?prev ;
         <{PROV.wasAssociatedWith}>/<{RDFS.label}> ?who .
      OPTIONAL {{ ?d <{DKG.reason}> ?reason }} }} }}"""
    out = [{"id": tie_id(r["o"].value, r["t"].value), "outcome": r["o"].value, "target": r["t"].value,
            "state": r["state"].value, "reviewer": r["who"].value, "at": r["at"].value,
            "reason": r["reason"].value if r["reason"] is not None else None,
            "similarity": (seen := json.loads(r["prev"].value)).get("similarity"), "decision": r["d"].value,
            "facts": {k: seen[k] for k in FACT_KEYS if isinstance(seen.get(k), dict)}}
           for r in store.main.query(sparql)]
    return sorted(out, key=lambda d: (d["at"], d["decision"]))


#: What a reviewer may type for a word on a pair, and the state each gives (:data:`TIE_STATES`).
TIE_WORDS = {"accepted": "accepted", "accept": "accepted", "confirm": "accepted", "confirmed": "accepted",
             "rejected": "rejected", "reject": "rejected"}


def tie(store, outcome: str, target: str, decision: str, *, reviewer: str | None = None, reason: str | None = None,
        similarity: float | None = None, now: dt.datetime | None = None, seen: str | None = None) -> dict:
    """A reviewer's word on an outcome and a target no source tied (a pair the cards and the targets query match by
    their words, ``kg.text.matching``): ``accepted`` (confirm) asserts ``dkg:reportsTarget``, so the pair is shown
    as stated from then on; ``rejected`` says the outcome does not answer the target, and the pair is never
    matched again (a confirmation it had is taken back). Recorded with the reviewer, the time and the reason as
    the other decisions are (:func:`write_tie`). Refused for an outcome or a target the graph does not
    hold, for a tie a source states (reject or correct the outcome's fact instead), and for a confirmation of an
    outcome tied to another target. Another reviewer's word on the pair that this one undoes (the other word) is
    recorded as replaced and returned (``replaces``: ``kg.review.model.replaced_json``, said in English), by the rule of every review decision
    (``kg.review.model.replacing``; ``seen``: the IRI of the word on the pair the reviewer was shown, "" for none)."""
    state = TIE_WORDS.get((decision or "").strip().lower())
    if state is None:
        raise UsageError(code="tie-decision", details={"decision": repr(decision)})
    o, t = _node(outcome), _node(target)
    if not _has(store, o, OX_DKG.reportsOn) and not _has(store, o, OX_DKG.reportsTarget):
        raise NotFound(code="tie-no-outcome", details={"outcome": outcome})
    if not _has(store, t, OX_DKG.setBy):
        raise NotFound(code="tie-no-target", details={"target": target})
    tied = [q for q in store.main.quads_for_pattern(o, OX_DKG.reportsTarget, None, None)]
    if any(q.object == t and q.graph_name != ledger.REVIEW for q in tied):
        raise UsageError(code="tie-stated")
    if state == "accepted" and (other := next((q.object for q in tied if q.object != t), None)) is not None:
        raise UsageError(code="tie-other-target", details={"other": other.value})
    sources = _sources(store, o)
    who = (reviewer or default_reviewer()).strip() or default_reviewer()
    in_force = tie_in_force(store, o.value, t.value)
    earlier = replacing(in_force, who, in_force is not None and in_force.state == state, seen, what="tie")
    made = write_tie(store, outcome, target, state, who, now or dt.datetime.now(dt.timezone.utc),
                     reason=(reason or "").strip() or None, similarity=similarity, sources=sources,
                     facts=facts_of(store, o, t), overrides=earlier.iri if earlier else None)
    document = next(iter(store.main.quads_for_pattern(t, OX_DKG.setBy, None, None))).object
    key = next(iter(store.main.quads_for_pattern(document, OX_DKG.key, None, None)), None)
    return {"id": tie_id(outcome, target), "outcome": outcome, "target": target, "state": state,
            "reviewer": who, "decision": made, "document": key.object.value if key is not None else None,
            "replaces": replaced_json(earlier, what="tie") if earlier is not None else None}


def tie_in_force(store, outcome: str, target: str) -> Decision | None:
    """The latest reviewer's word on the pair (:func:`tie_decisions`) as a :class:`Decision` (its ``fact`` the pair's
    id, its ``iri`` the decision's), None where no reviewer has given one."""
    mine = [d for d in tie_decisions(store, [outcome]) if d["target"] == target]
    if not mine:
        return None
    d = mine[-1]
    return Decision(fact=d["id"], state=d["state"], reviewer=d["reviewer"], at=dt.datetime.fromisoformat(d["at"]),
                    previous={}, reason=d["reason"], iri=d["decision"])


def _sources(store, outcome: ox.NamedNode) -> list[str]:
    """The graphs of the texts that say the outcome (what a decision's change set is named by)."""
    return sorted({q.graph_name.value for q in store.main.quads_for_pattern(outcome, OX_DKG.reportsOn, None, None)
                   if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(SOURCE_PREFIX)})


# --- a decision that outlives a correction of either fact ----------------------------------------------------
#: the keys of a decision's ``previousValue`` that say which facts the two nodes were (:func:`facts_of`)
FACT_KEYS = ("outcome_fact", "target_fact")


def _text(store, node, predicate) -> str | None:
    term = next((q.object for q in store.main.quads_for_pattern(node, predicate, None, None)
                 if q.graph_name != ledger.REVIEW), None)
    return term.value if term is not None else None


def facts_of(store, outcome: ox.NamedNode, target: ox.NamedNode) -> dict:
    """Which facts the pair is, beyond its two nodes: each one's document (its key) and unit (what it counts), and the
    outcome's date: what a corrected version of either keeps, and what tells it from the other facts of its
    document (an outcome of another year, a target counted in other units)."""
    document = next((q.object for p in (OX_DKG.reportsOn,) for q in store.main.quads_for_pattern(outcome, p, None, None)), None)
    doc_of_target = next((q.object for q in store.main.quads_for_pattern(target, OX_DKG.setBy, None, None)), None)
    return {"outcome_fact": {"document": _text(store, document or doc_of_target, OX_DKG.key),
                             "unit": _text(store, outcome, OX_DKG.unit), "as_of": _text(store, outcome, OX_DKG.asOf)},
            "target_fact": {"document": _text(store, doc_of_target, OX_DKG.key), "unit": _text(store, target, OX_DKG.unit)}}


def _held(store, node: ox.NamedNode, cls: ox.NamedNode) -> bool:
    return next(iter(store.main.quads_for_pattern(node, ledger.A, cls, None)), None) is not None


def _same_facts(store, kind: str, fact: dict | None) -> set[ox.NamedNode]:
    """The nodes the graph now holds that may be the fact ``fact`` says (:func:`facts_of`): those of its document
    with its unit (and, for an outcome, its date)."""
    if not fact or not fact.get("document"):
        return set()
    cls, about = (OX_DKG.Outcome, OX_DKG.reportsOn) if kind == "outcome" else (OX_DKG.Target, OX_DKG.setBy)
    found = set()
    for doc in store.main.quads_for_pattern(None, OX_DKG.key, ox.Literal(fact["document"]), None):
        for q in store.main.quads_for_pattern(None, about, doc.subject, None):
            node = q.subject
            if not _held(store, node, cls) or fold(_text(store, node, OX_DKG.unit) or "") != fold(fact.get("unit") or ""):
                continue
            if kind == "outcome" and _text(store, node, OX_DKG.asOf) != fact.get("as_of"):
                continue
            found.add(node)
    return found


def _same_fact(store, kind: str, fact: dict | None) -> ox.NamedNode | None:
    """The one node that is now the fact ``fact`` says, None where none or several may be (a document with two
    targets counted in the same units: which one the reviewer meant is not known)."""
    found = _same_facts(store, kind, fact)
    return found.pop() if len(found) == 1 else None


def _latest(store) -> dict[tuple[str, str], dict]:
    """The latest decision on each pair."""
    return {(d["outcome"], d["target"]): d for d in tie_decisions(store)}


def _now(store, decision: dict) -> tuple[ox.NamedNode | None, ox.NamedNode | None]:
    """The nodes that now are the pair a decision names: each of its two nodes where the graph still holds it, else
    the same fact's new node (:func:`_same_fact`), else None."""
    o, t = ox.NamedNode(decision["outcome"]), ox.NamedNode(decision["target"])
    facts = decision.get("facts") or {}
    return (o if _held(store, o, OX_DKG.Outcome) else _same_fact(store, "outcome", facts.get("outcome_fact")),
            t if _held(store, t, OX_DKG.Target) else _same_fact(store, "target", facts.get("target_fact")))


def _carried(store) -> set[str]:
    """The decisions (IRIs) another was derived from: carried to corrected facts, or copied to a new version."""
    derived = ox.NamedNode(str(PROV.wasDerivedFrom))
    return {q.object.value for q in store.main.quads_for_pattern(None, derived, None, ledger.REVIEW)}


class _After:
    """The store as a write of ``quads`` that replaces ``graphs`` leaves it, for the lookups :func:`carry` makes
    before that write: the store's quads outside those graphs, then the write's. Answers as a store does
    (``main.quads_for_pattern``); ``main.query`` reads the store itself, which is right for the decisions
    (:func:`tie_decisions`): ``graph/review`` is never replaced, and a write that carries decisions holds no
    other reviewer's word on a pair."""

    def __init__(self, store, quads: Collection[ox.Quad], graphs: Collection[ox.NamedNode]) -> None:
        self.store, self.gone = store, set(graphs)
        self.by_subject: dict = {}
        self.by_object: dict = {}
        for q in quads:
            self.by_subject.setdefault(q.subject, []).append(q)
            self.by_object.setdefault(q.object, []).append(q)

    @property
    def main(self) -> "_After":
        return self

    def query(self, sparql: str):
        return self.store.main.query(sparql)

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):
        for q in self.store.main.quads_for_pattern(subject, predicate, object, graph_name):
            if q.graph_name not in self.gone:
                yield q
        new = self.by_subject.get(subject, []) if subject is not None else \
            self.by_object.get(object, []) if object is not None else \
            [q for qs in self.by_subject.values() for q in qs]
        for q in new:
            if (predicate is None or q.predicate == predicate) and (object is None or q.object == object) \
                    and (graph_name is None or q.graph_name == graph_name):
                yield q


def carry(store, quads: Collection[ox.Quad] = (), graphs: Collection[ox.NamedNode] = ()) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """What carries each reviewer's decision on a pair whose outcome or target a write replaces (a new node: a
    correction changed its figure or words) to the same facts' new nodes, for that write to do with its own data
    (``quads``, replacing ``graphs``): one change set and, as far as the store makes the write one, one
    transaction, which the next open finishes forward if it was killed (``kg/store``). A carried decision has the
    same reviewer, word, reason and time, derived from the first (``prov:wasDerivedFrom``), and a confirmation's tie
    moves. Called by an ingest (``kg.ingest``) and a reviewer's correction (:func:`kg.review.workflow.rebuild`)
    before they write; a decision whose facts cannot be told is left as it is and shown as made on an earlier
    version (:func:`earlier_ties`). Returns the quads to add (to ``graph/review``) and the ties to take out."""
    if not ledger.has_decisions(store):  # (most stores: no decision at all, so no tie to carry)
        return [], []
    latest = _latest(store)
    if not latest:
        return [], []
    after = _After(store, quads, graphs)
    gone = _carried(after)
    added: list[ox.Quad] = []
    taken: list[ox.Quad] = []
    for (o, t), d in latest.items():
        if d["decision"] in gone:  # (carried once already: the decision it became is the one to carry)
            continue
        o_now, t_now = _now(after, d)
        if o_now is None or t_now is None or (o_now.value, t_now.value) == (o, t) \
                or (o_now.value, t_now.value) in latest:
            continue
        stated = [q for q in after.quads_for_pattern(o_now, OX_DKG.reportsTarget, None, None)
                  if q.graph_name != ledger.REVIEW]
        if d["state"] == "accepted" and stated:  # (a source ties the new outcome to a target: the reviewer's word is not needed)
            continue
        added += _tie_quads(o_now.value, t_now.value, d["state"], d["reviewer"], dt.datetime.fromisoformat(d["at"]),
                            reason=d["reason"], similarity=d["similarity"], facts=facts_of(after, o_now, t_now),
                            derived_from=d["decision"])
        if d["state"] == "accepted":
            taken.append(_tie_quad(o, t))
    return added, taken


def earlier_ties(store, targets: Collection[str]) -> dict[str, list[dict]]:
    """The decisions on a pair made on an earlier version of its facts that :func:`carry` did not carry, by the
    targets (of ``targets``) they may concern: the target itself where the graph still holds it, else the targets
    of its document counted in its units: ``reviewer``, ``state``, ``at``, ``reason``, ``outcome`` (the node the
    reviewer saw)."""
    latest = _latest(store)
    if not latest:  # (most stores: no reviewer has tied a pair)
        return {}
    wanted = set(targets)
    gone = _carried(store)
    out: dict[str, list[dict]] = {}
    for (o, t), d in latest.items():
        target = ox.NamedNode(t)
        if _held(store, ox.NamedNode(o), OX_DKG.Outcome) and _held(store, target, OX_DKG.Target):
            continue  # (the pair the reviewer saw)
        if d["decision"] in gone:
            continue  # (carried to the corrected facts)
        concerned = {target} if _held(store, target, OX_DKG.Target) else \
            _same_facts(store, "target", (d.get("facts") or {}).get("target_fact"))
        for node in concerned:
            if node.value in wanted:
                out.setdefault(node.value, []).append({k: d[k] for k in ("reviewer", "state", "at", "reason", "outcome")})
    return out


def _node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode((iri or "").strip())
    except ValueError:
        raise NotFound.iri(iri) from None


def _has(store, node: ox.NamedNode, predicate: ox.NamedNode) -> bool:
    return next(iter(store.main.quads_for_pattern(node, predicate, None, None)), None) is not None
