"""What undoing a change set takes back (hoàn tác), said before it is done: the read model of the page that
confirms an undo (``/changes/N/undo``) and of its JSON twin.

The undo itself is :func:`kg.store.undo.rollback`, the one rule that ``dkg rollback`` and the page's form both
call: it refuses to undo a change set alone where a later one rests on it (:func:`kg.store.undo.dependents`),
which this plan names beforehand, so that the analyst sees what an undo with them (``cascade``) would take back too.
"""

from __future__ import annotations

from typing import TypedDict

import pyoxigraph as ox

from kg.changes import changes
from kg.changes_model import ChangeSetView, Filters
from kg.rdf.terms import OX_DKG, OX_RDFS
from kg.rdf.vocab import PROV
from kg.review.ledger import REVIEW, copied
from kg.store import history, payloads, undo


_ASSOCIATED = ox.NamedNode(str(PROV.wasAssociatedWith))


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
    #: which they are, each said (``id``, ``command``, ``by``, ``time``, ``facts``: the facts whose review decision it
    #: recorded, and ``reviewers``: who decided them): the page names them before it asks to undo them too
    later_sets: list[dict]
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
    later = undo.dependents(store, number)
    return UndoPlan(change=found.number, command=found.command, time=found.time, by=found.by,
                    change_set=shown[0] if shown else None, later=later,
                    later_sets=[{"id": c.number, "command": c.command, "by": c.by, "time": c.time,
                                 "facts": decided_facts(store, c.number), "reviewers": reviewers(store, c.number)}
                                for c in sets if c.number in later],
                    cascade=undo.cascaded(sets, number),
                    undone_by=[c.number for c in sets if number in c.undoes], facts=decided_facts(store, number),
                    undone=u.named() if (u := undo.undone(sets).get(number)) else None)


def decided_facts(store, number: int) -> list[str]:
    """The ids of the facts change set ``number`` recorded a reviewer's decision on (none for any other write, nor for
    an ingest that copied the decisions on an earlier version of its text)."""
    return sorted({o.value for o in _said_by_decisions(store, number, OX_DKG.factId)})


def reviewers(store, number: int) -> list[str]:
    """The names of the reviewers whose decisions change set ``number`` recorded (read where the change set kept
    them, as an undo may have taken the store's copy)."""
    agents = _said_by_decisions(store, number, _ASSOCIATED)
    names = (payloads.kept_object(store, a, OX_RDFS.label) for a in agents if isinstance(a, ox.NamedNode))
    return sorted({n.value for n in names if n is not None})


def _said_by_decisions(store, number: int, predicate: ox.NamedNode) -> set:
    """The values of ``predicate`` on the review decisions change set ``number`` recorded, a reviewer's: not those an
    ingest copied (:func:`kg.review.ledger.copied`)."""
    payload = payloads.read_payload(store, number)
    if payload is None:
        return set()
    copies = copied(payload.added)
    return {q.object for q in payload.added
            if q.predicate == predicate and q.graph_name == REVIEW and q.subject not in copies}


__all__ = ["UndoPlan", "decided_facts", "reviewers", "undo_plan"]
