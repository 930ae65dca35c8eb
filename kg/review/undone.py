"""The review decisions about a fact that an undo took back (quyết định đã hoàn tác): a fact's page lists them in its
history, each saying which change set recorded it and which undo took it back, by whom and when.

An undo (:func:`kg.store.undo.rollback`) takes a decision out of ``graph/review``; the quads the change set added are
kept in the history dataset (:mod:`kg.store.payloads`), where the decision is found again by its fact's id. A decision
an ingest copied from an earlier version of a text (``prov:wasDerivedFrom``) is no reviewer's and is left out, as
``/changes`` leaves it out; one brought back by an undo of its undo is in force again and listed as such.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from typing import TypedDict

import pyoxigraph as ox

from kg.rdf.terms import OX_DKG, OX_RDF, OX_RDFS
from kg.rdf.vocab import PROV
from kg.review.ledger import copied
from kg.store import history, payloads, undo

_ASSOCIATED, _ENDED = ox.NamedNode(str(PROV.wasAssociatedWith)), ox.NamedNode(str(PROV.endedAtTime))


class UndoneDecision(TypedDict):
    """A decision taken back: its word, reviewer, time, reason and the fact's values before and after it (``previous``,
    ``new``: a correction's, None where it set none) as recorded, the change set that recorded it (``change``) and the
    undo in force that took it back (``undone_by``: ``id``, ``by``, ``time``)."""

    iri: str
    state: str
    reviewer: str | None
    at: str
    reason: str | None
    previous: dict | None
    new: dict | None
    change: int
    undone_by: dict


def undone_decisions(store, fact_id: str, in_force: Collection[str] = ()) -> list[UndoneDecision]:
    """The decisions about ``fact_id`` whose change set an undo in force took back, oldest first (``in_force``: the
    IRIs of the decisions the store holds now, never listed as undone)."""
    undos = undo.undone(history.change_sets(store))
    if not undos:
        return []
    hist = store.history_store
    out: list[UndoneDecision] = []
    for q in hist.quads_for_pattern(None, OX_DKG.factId, ox.Literal(fact_id), None):
        number = payloads.added_by(q.graph_name)
        if number not in undos or q.subject.value in in_force:
            continue
        quads = list(hist.quads_for_pattern(q.subject, None, None, q.graph_name))
        said = {t.predicate: t.object for t in quads if t.predicate != OX_RDF.type}
        if ox.Quad(q.subject, OX_RDF.type, OX_DKG.ReviewDecision, q.graph_name) not in quads or q.subject in copied(quads) \
                or OX_DKG.reviewState not in said:
            continue
        agent = said.get(_ASSOCIATED)
        name = payloads.kept_object(store, agent, OX_RDFS.label) if isinstance(agent, ox.NamedNode) else None
        out.append(UndoneDecision(iri=q.subject.value, state=said[OX_DKG.reviewState].value,
                                  reviewer=name.value if name is not None else None,
                                  at=_iso(said[_ENDED].value) if _ENDED in said else "",
                                  reason=said[OX_DKG.reason].value if OX_DKG.reason in said else None,
                                  previous=_value(said.get(OX_DKG.previousValue)), new=_value(said.get(OX_DKG.newValue)),
                                  change=number, undone_by=undos[number].named()))
    return sorted(out, key=lambda d: (d["at"], d["iri"]))



def _value(term) -> dict | None:
    """A fact's values as a decision recorded them (JSON, as :mod:`kg.review.ledger` writes them), None where none."""
    try:
        found = json.loads(term.value) if isinstance(term, ox.Literal) else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _iso(stamp: str) -> str:
    """A time as the store's decisions in force give it (``+00:00``: the engine writes ``Z``), so that both sort alike."""
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return stamp


def undone_history(store, fact_id: str, in_force: Collection[str] = ()) -> list[dict]:
    """The undone decisions about ``fact_id`` as a fact's history lists each decision (``kg.review.show``), with
    ``undone``: the change set that recorded it and the undo that took it back, each with the address of its page."""
    return [{"state": d["state"], "reviewer": d["reviewer"], "at": d["at"], "previous": d["previous"], "new": d["new"],
             "reason": d["reason"], "overrides": None,
             "undone": {"change": d["change"], "change_href": f"/changes/{d['change']}/undo", **d["undone_by"],
                        "href": f"/changes#change-{d['undone_by']['id']}"}}
            for d in undone_decisions(store, fact_id, in_force)]


__all__ = ["UndoneDecision", "undone_decisions", "undone_history"]
