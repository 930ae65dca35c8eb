"""The reviewed facts a change set's nodes are (dữ kiện đã duyệt): what :mod:`kg.changes` reads from a change set's
review queues to say a correction that made a node anew as one change (:func:`kg.changes_pairs.by_fact`), with the
fields a reader is told of it, and to say a node a correction held back (quarantined) as held, not deleted.

A text's review queue names, for each fact of the text in the graph, the nodes it became (``dkg:factNode``); a
reviewer's correction rebuilds the text, so its change set takes the fact's old node out of the queue and puts the new
one in: the two are one fact before and after. A correction that does not validate puts no node in and a violation
(``dkg:violation``) on the fact instead: its old node left the graph and waits on the text's review page (and in
``dkg review list --held``).
"""
from __future__ import annotations

import json
from typing import Any, TypedDict

import pyoxigraph as ox

from kg.changes_pairs import FACT_KINDS
from kg.rdf.build import EVENT_CLASS
from kg.rdf.terms import OX_DKG
from kg.review import ledger
from kg.store import payloads


class Held(TypedDict):
    """A node a reviewer's correction took out of the graph because the corrected fact does not validate (giữ lại,
    quarantined): the fact, its text's review page (where it is ``#fact-{fact}``) and why, in each language (``en``,
    ``vi``)."""

    fact: str
    href: str
    reason: dict[str, str]


def reviewed_facts(payload: payloads.Payload) -> tuple[dict[tuple[str, str], str], dict[str, Held]]:
    """What ties a change set's nodes to the facts of a text they are (their review items' ``dkg:factNode``): (action,
    node) -> the fact, for :func:`kg.changes_pairs.by_fact`; and the facts it held back (a violation added, no node
    added: a correction that does not validate), each as :class:`Held`."""
    facts: dict[tuple[str, str], str] = {}
    reasons: dict[str, dict[str, str]] = {}
    graphs: dict[str, str] = {}
    for action, quads in (("added", payload.added), ("removed", payload.removed)):
        for q in quads:
            if q.predicate == OX_DKG.factNode:
                facts[(action, q.object.value)] = q.subject.value
            elif action == "added" and q.predicate == OX_DKG.violation and isinstance(q.object, ox.Literal):
                reasons.setdefault(q.subject.value, {})[q.object.language or "en"] = q.object.value
                graphs[q.subject.value] = q.graph_name.value
    now = {fact for (action, _), fact in facts.items() if action == "added"}
    held: dict[str, Held] = {}
    for fact, reason in reasons.items():
        ident, source = ledger.fact_id_of(ox.NamedNode(fact)), graphs[fact].removeprefix(ledger.RECORD_PREFIX)
        if fact not in now and ident:
            held[fact] = Held(fact=ident, href=f"/review/{source}", reason=reason)
    return facts, held


def mark_facts(items: list[Any], facts: dict[tuple[str, str], str], held: dict[str, Held]) -> None:
    """Tell each item of a change set the fact of a text it is (its node's, a document's own; not a link's, whose fact
    is its statement's): an item added or changed its ``fact`` id, whose page (``/fact/{id}``) says what the text said
    and where; one removed whose fact the change set held back its ``held`` (a document's links go with it)."""
    for i in items:
        node = i["node"] if i["kind"] in FACT_KINDS else i["document"]
        if i["action"] == "removed" and node and (fact := facts.get(("removed", node))) and fact in held:
            i["held"] = held[fact]
        elif i["action"] != "removed" and i["kind"] in (*FACT_KINDS, "document") and node \
                and (fact := facts.get(("added", node))) and (ident := ledger.fact_id_of(ox.NamedNode(fact))):
            i["fact"] = ident


def mark_kept_facts(store, items: list[Any], payload: payloads.Payload) -> None:
    """Tell each item a correction changed on its own node (a document's issuer, its place: no node made anew, so no
    ``dkg:factNode`` in the change set) the fact that is that node in the store: the one the change set decided where
    several texts state it, else the only one. So every line of a correction links the fact to look at again."""
    kept = {i["node"] if i["kind"] in FACT_KINDS else i["document"]: i for i in items
            if i["action"] == "changed" and "fact" not in i and i["kind"] in (*FACT_KINDS, "document")}
    kept.pop(None, None)
    if not kept:
        return
    named = {t.value for q in payload.added for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    for node, found in ledger.node_items(store, list(kept)).items():
        decided = [fact for fact, _, _ in found if ledger.item_iri(fact).value in named]
        if len(decided) == 1 or len(found) == 1:
            kept[node]["fact"] = (decided or [found[0][0]])[0]


def made_anew(facts: dict[tuple[str, str], str]) -> set[str]:
    """The nodes of the facts of ``facts`` (:func:`reviewed_facts`) a change set took a node from and gave one: each a
    version of a fact made anew (:func:`kg.changes_pairs.by_fact`)."""
    sides: dict[str, set[str]] = {}
    for (action, _), fact in facts.items():
        sides.setdefault(fact, set()).add(action)
    return {node for (_, node), fact in facts.items() if len(sides[fact]) == 2}


#: an event's kind (the last segment of its ``dkg:eventKind``) -> its type as the review form says it ("sơ kết")
_EVENT_TYPE = {kind: code for code, (_, kind) in EVENT_CLASS.items()}


def earlier_facts(payload: payloads.Payload) -> dict[str, dict[str, Any]]:
    """The facts a change set's decisions decided, as each decision saw them (``dkg:previousValue``), by fact."""
    decided = {q.subject: q.object.value for q in payload.added if q.predicate == OX_DKG.decides}
    return {decided[q.subject]: json.loads(q.object.value) for q in payload.added
            if q.predicate == OX_DKG.previousValue and q.subject in decided}


def fact_fields(item: Any, look: Any, earlier: dict[str, Any] | None = None) -> dict[str, str | None]:
    """What a reader is told of an item of a fact a correction may make anew (:func:`kg.changes_pairs.by_fact`), named
    as the review form names the fields: its document, words, figure (as its literal writes it), unit, ...; ``look``:
    :mod:`kg.changes`' lookup of a node's facts (the change set's own quads first: the old node is gone); ``earlier``:
    the fact as a decision of the change set saw it (:func:`earlier_facts`), for a task's words nothing else holds."""
    node = ox.NamedNode(item["node"])
    if item["kind"] == "event":
        kind = look.text(node, OX_DKG.eventKind) or ""
        reviewed = sorted(filter(None, (look.text(d, OX_DKG.key) for d in look.local.get((node, OX_DKG.reviews), ()))))
        return {"type": _EVENT_TYPE.get(kind.rsplit("/", 1)[-1], kind or None), "date": item["date"],
                "reviews": "; ".join(reviewed) or None}
    out = {"document": item["key"] or item["document"]}
    if item["kind"] == "assignment":
        said = {"body": item["body"], "role": item["role"]}  # (from the change set's own quad of the body's role)
        if item["node_label"] is not None:
            return {**out, "task": item["node_label"], **said}
        # a task always has words: none means its node is known neither to the change set nor to the store now (its
        # words shared with another body, which a later change took out): the fact as the reviewer's decision saw
        # it says them, else they are left out (not said "—")
        if earlier and earlier.get("task"):
            return {"document": earlier.get("document"), "task": earlier["task"], **said}
        return said
    out |= {"text": item["node_label"], "value": look.text(node, OX_DKG.value), "unit": item["unit"]}
    if item["kind"] == "target":
        return {**out, "comparator": item["comparator"], "period": look.text(node, OX_DKG.period)}
    return {**out, "of": look.text(node, OX_DKG.denominator)}
