"""What undoing a change set takes back (hoàn tác), said before it is done: the read model of the page that
confirms an undo (``/changes/N/undo``) and of its JSON twin.

The undo itself is :func:`kg.store.undo.rollback`, the one rule that ``dkg rollback`` and the page's form both
call: it refuses to undo a change set alone where a later one rests on it (:func:`kg.store.undo.dependents`),
which this plan names beforehand, so that the analyst sees what an undo with them (``cascade``) would take back too.
"""

from __future__ import annotations

from typing import TypedDict

from kg.changes import changes
from kg.changes_model import ChangeSetView, Filters
from kg.rdf.terms import OX_DKG
from kg.review.ledger import REVIEW
from kg.store import history, payloads, undo


class UndoPlan(TypedDict):
    """Change set ``change`` and what undoing it takes back."""

    change: int
    command: str
    time: str
    by: str | None
    #: what it changed, as ``/changes`` shows it (None for one that changed nothing a page lists: a reindex)
    change_set: ChangeSetView | None
    #: the later change sets that rest on it: undoing it alone is refused, with them (cascade) it is done
    later: list[int]
    #: what an undo with ``cascade`` takes back with it: every change set after it (the rule of ``--cascade``)
    cascade: list[int]
    #: the undos that ever took it back (an undo of one of them brings it back)
    undone_by: list[int]
    #: the undo in force that took it back (``id``, ``by``, ``time``: :func:`kg.store.undo.undone`): a second undo
    #: is refused, naming it; None while the change set stands
    undone: dict | None
    #: the facts whose review decisions it recorded, by id: a fact decided again on its page takes back that one
    #: decision alone, where later change sets (a colleague's decision on another fact of the same text) rest on it
    facts: list[str]


def undo_plan(store, number: int) -> UndoPlan:
    """What undoing change set ``number`` takes back (a 404 naming it where there is none)."""
    found = history.get(store, number)
    shown = changes(store, Filters(limit=1), only=number)["change_sets"]
    sets = history.change_sets(store)
    return UndoPlan(change=found.number, command=found.command, time=found.time, by=found.by,
                    change_set=shown[0] if shown else None, later=undo.dependents(store, number),
                    cascade=undo.cascaded(sets, number),
                    undone_by=[c.number for c in sets if number in c.undoes], facts=decided_facts(store, number),
                    undone=u.named() if (u := undo.undone(sets).get(number)) else None)


def decided_facts(store, number: int) -> list[str]:
    """The ids of the facts change set ``number`` recorded a reviewer's decision on (none for any other write)."""
    payload = payloads.read_payload(store, number)
    return sorted({q.object.value for q in payload.added if q.predicate == OX_DKG.factId and q.graph_name == REVIEW}
                  if payload is not None else ())


__all__ = ["UndoPlan", "decided_facts", "undo_plan"]
