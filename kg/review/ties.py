"""A reviewer's word on an outcome and a target no source tied (kết quả ghép với chỉ tiêu theo câu chữ,
``kg.text.matching``): confirmed, the tie is asserted (``dkg:reportsTarget``) and the pair reads as confirmed by a reviewer; rejected,
it is never matched again.

Kept in ``graph/review`` beside the other decisions (``kg.review.ledger``), never replaced: a decision (a
``prov:Activity`` with the reviewer, the time, the reason and the pair as the reviewer saw it) decides the pair, an
``rdf:Statement`` of ``dkg:reportsTarget`` named like a fact item (:func:`tie_id`), and a confirmation asserts the tie
itself there. The ontology has every term this needs; a tie names the two nodes (a re-ingest of the same facts keeps
their IRIs; a correction of either's figure or words makes a new node, to confirm again).
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
from kg.rdf.terms import OX_DKG
from kg.rdf.vocab import DKG, PROV, RDF, RDFS
from kg.review import ledger
from kg.review.model import Decision
from kg.review.workflow import default_reviewer


def _node_of(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


#: The states a reviewer's word on a pair gives: ``accepted`` (the outcome answers the target: the tie is
#: asserted) or ``rejected`` (it does not: the pair is never matched again).
TIE_STATES = ("accepted", "rejected")


def tie_id(outcome: str, target: str) -> str:
    """The id of the pair (an outcome's IRI, a target's), named as a fact item is (``t`` and a digest): the
    node a decision about the pair decides (``kg.review.ledger.item_iri``), the same for the same pair."""
    return "t" + hashlib.sha1(f"{outcome}|{target}".encode()).hexdigest()[:12]


def write_tie(store, outcome: str, target: str, state: str, reviewer: str, at: dt.datetime, *,
              reason: str | None = None, similarity: float | None = None, sources: Collection[str] = ()) -> str:
    """Record a reviewer's word on the pair (``state``: :data:`TIE_STATES`), in ``graph/review`` (never replaced:
    it outlives a restart and a re-ingest of either text, whose nodes keep their IRIs): a decision (a
    ``prov:Activity`` with the reviewer, the time, the reason and the pair as the reviewer saw it) about the
    pair's ``rdf:Statement``, and, for a confirmation, the tie ``<outcome> dkg:reportsTarget <target>``, which a
    rejection takes back. One update, so one change set, named by the texts of the outcome (``sources``).
    Returns the decision's IRI."""
    tid = tie_id(outcome, target)
    decision = Decision(fact=tid, state=state, reviewer=reviewer, at=at, reason=reason,
                        previous={"outcome": outcome, "target": target, "similarity": similarity})
    node, o, t, g = ledger.item_iri(tid), ox.NamedNode(outcome), ox.NamedNode(target), ledger.REVIEW
    # the pair, as the node the decision decides (the statement of the tie), then the decision as every other is written
    quads = [ox.Quad(node, ledger.A, _node_of(RDF.Statement), g), ox.Quad(node, _node_of(RDF.subject), o, g),
             ox.Quad(node, _node_of(RDF.predicate), OX_DKG.reportsTarget, g), ox.Quad(node, _node_of(RDF.object), t, g),
             *ledger.decision_quads(decision)]
    if state == "accepted":
        quads.append(ox.Quad(o, OX_DKG.reportsTarget, t, g))
    body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in quads)
    taken = "" if state == "accepted" else f"DELETE DATA {{ GRAPH {g} {{ {o} {OX_DKG.reportsTarget} {t} }} }} ;\n"
    store.update(taken + f"INSERT DATA {{ GRAPH {g} {{ {body} . }} }}", sources=list(sources))  # (terms written by pyoxigraph)
    return identity.review_decision_iri(tid, state, reviewer, at.astimezone(dt.timezone.utc).isoformat())


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
            "similarity": json.loads(r["prev"].value).get("similarity"), "decision": r["d"].value}
           for r in store.main.query(sparql)]
    return sorted(out, key=lambda d: (d["at"], d["decision"]))


#: What a reviewer may type for a word on a pair, and the state each gives (:data:`TIE_STATES`).
TIE_WORDS = {"accepted": "accepted", "accept": "accepted", "confirm": "accepted", "confirmed": "accepted",
             "rejected": "rejected", "reject": "rejected"}


def tie(store, outcome: str, target: str, decision: str, *, reviewer: str | None = None, reason: str | None = None,
        similarity: float | None = None, now: dt.datetime | None = None) -> dict:
    """A reviewer's word on an outcome and a target no source tied (a pair the cards and the targets query match by
    their words, ``kg.text.matching``): ``accepted`` (confirm) asserts ``dkg:reportsTarget``, so the pair is shown
    as stated from then on; ``rejected`` says the outcome does not answer the target, and the pair is never
    matched again (a confirmation it had is taken back). Recorded with the reviewer, the time and the reason as
    the other decisions are (:func:`write_tie`). Refused for an outcome or a target the graph does not
    hold, for a tie a source states (reject or correct the outcome's fact instead), and for a confirmation of an
    outcome tied to another target."""
    state = TIE_WORDS.get((decision or "").strip().lower())
    if state is None:
        raise UsageError(f"unknown decision {decision!r} for a pair", hint="accepted (confirm) or rejected")
    o, t = _node(outcome, "outcome"), _node(target, "target")
    if not _has(store, o, OX_DKG.reportsOn) and not _has(store, o, OX_DKG.reportsTarget):
        raise NotFound(f"no outcome {outcome}", hint="the targets query's outcome_iri column and the card's JSON name them")
    if not _has(store, t, OX_DKG.setBy):
        raise NotFound(f"no target {target}", hint="the targets query's target column and the card's JSON name them")
    tied = [q for q in store.main.quads_for_pattern(o, OX_DKG.reportsTarget, None, None)]
    if any(q.object == t and q.graph_name != ledger.REVIEW for q in tied):
        raise UsageError("a source states that this outcome answers this target",
                         hint="`dkg review reject` (or correct) the outcome's fact if the source is wrong")
    if state == "accepted" and (other := next((q.object for q in tied if q.object != t), None)) is not None:
        raise UsageError(f"the outcome answers another target already ({other.value})",
                         hint="an outcome answers one target: reject that tie first")
    sources = sorted({q.graph_name.value for q in store.main.quads_for_pattern(o, OX_DKG.reportsOn, None, None)
                      if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(SOURCE_PREFIX)})
    who = (reviewer or default_reviewer()).strip() or default_reviewer()
    made = write_tie(store, outcome, target, state, who, now or dt.datetime.now(dt.timezone.utc),
                            reason=(reason or "").strip() or None, similarity=similarity, sources=sources)
    document = next(iter(store.main.quads_for_pattern(t, OX_DKG.setBy, None, None))).object
    key = next(iter(store.main.quads_for_pattern(document, OX_DKG.key, None, None)), None)
    return {"id": tie_id(outcome, target), "outcome": outcome, "target": target, "state": state,
            "reviewer": who, "decision": made, "document": key.object.value if key is not None else None}


def _node(iri: str, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode((iri or "").strip())
    except ValueError:
        raise NotFound(f"no {what} {iri!r}", hint=f"give the {what}'s IRI") from None


def _has(store, node: ox.NamedNode, predicate: ox.NamedNode) -> bool:
    return next(iter(store.main.quads_for_pattern(node, predicate, None, None)), None) is not None
