"""Undoing change sets (kg.store.history records them): which later change sets rest on one (``dependents``,
``cascaded``), what its undo removes and adds back (``plan``), the undo itself (``rollback``, a change set of its own that
``hist:undoes`` each one; ``undone`` says which undo took one back), and finishing, at the next open, an undo or a
write a killed process left half done (``resume``).

A rollback's plan is written to the history dataset first and marked pending, with what it does to the quarantine (the
entries the undone writes replaced put back, those they added taken out: ``kg.store.quarantine.undoing``); the data is
then changed (by :func:`kg.store.bulk.write`, as any large write: the removals, the additions, the rollback's own record
last), the quarantine after it, and the mark taken away. A process killed in between leaves the mark, and the next open finishes the rollback (``resume``), so
the rollback is all or nothing as far as a later reader can tell."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import Conflict, StoreError, UsageError, Words, moment
from kg.rdf.graphs import CHANGES, INFERRED
from kg.store import agents, bulk, docindex, quarantine, textindex
from kg.store.faults import fault_point
from kg.store.payloads import (BY, COMPLETE, NUMBER, PENDING, PENDING_WRITE, REPLACES, TRUE, UNDOES, Payload, clear_payload,
                               read_payload, record_graph, set_mark, write_payload)
from kg.store.history import (ChangeSet, activity_quads, agent, analyst, change_sets, finish_replacement, get,
                              is_recorded, next_number)


def _touches(payload: Payload) -> tuple[set, set]:
    """The triples (with graph) a payload writes, and the IRIs it describes as subjects it added."""
    quads = {(q.subject, q.predicate, q.object, q.graph_name) for q in (*payload.added, *payload.removed)}
    subjects = {q.subject for q in payload.added if isinstance(q.subject, ox.NamedNode)}
    return quads, subjects


def dependents(store, number: int) -> list[int]:
    """The later change sets that rest on change set ``number``: they add or remove one of the
    quads it added or removed, or their quads mention a resource it described."""
    target = read_payload(store, number)
    if target is None:
        return []
    quads, subjects = _touches(target)
    subjects -= agents.described(target.added)  # (a reviewer's name, written by their first decision, is everyone's)
    out = []
    for c in change_sets(store):
        if c.number <= number or c.derived_only:
            continue
        later = read_payload(store, c.number)
        if later is None:
            continue
        later_quads, _ = _touches(later)
        mentioned = {t for q in (*later.added, *later.removed) for t in (q.subject, q.object)}
        if later_quads & quads or mentioned & subjects:
            out.append(c.number)
    return out


def plan(store, numbers: list[int]) -> Payload:
    """The net change that undoes ``numbers`` (newest first): what to remove, what to add back."""
    to_remove: dict[ox.Quad, None] = {}
    to_add: dict[ox.Quad, None] = {}
    for n in sorted(numbers, reverse=True):
        payload = read_payload(store, n)
        if payload is None:
            continue  # a derived-only change set: rebuilt below, nothing to restore
        for q in payload.added:
            if q in to_add:
                del to_add[q]
            else:
                to_remove[q] = None
        for q in payload.removed:
            if q in to_remove:
                del to_remove[q]
            else:
                to_add[q] = None
    kept = agents.still_named(store, to_remove)
    return Payload(added=[q for q in to_add if q not in store.main],
                   removed=[q for q in to_remove if q in store.main and q not in kept])


def undone(sets: list[ChangeSet]) -> dict[int, ChangeSet]:
    """Each change set of ``sets`` an undo in force took back, with that undo: the latest that names it and was not
    itself undone (an undo of the undo puts it back, and it may be undone again). Read newest first, so that whether
    an undo is in force is known before the change sets it names are."""
    out: dict[int, ChangeSet] = {}
    for c in sorted(sets, key=lambda c: c.number, reverse=True):
        if c.number not in out:
            for n in c.undoes:
                out.setdefault(n, c)
    return out


def cascaded(sets: list[ChangeSet], number: int) -> list[int]:
    """The change sets of ``sets`` an undo of ``number`` with ``cascade`` takes back with it: every later one."""
    return [c.number for c in sets if c.number > number]


def rollback(store, number: int, *, cascade: bool = False) -> ChangeSet:
    """Undo change set ``number`` (with ``cascade``: it and every later change set); the rollback
    is recorded as a change set of its own, which is returned.

    Without ``cascade`` it refuses where a later change set depends on this one (see
    :func:`dependents`): undoing it alone would leave them resting on what is gone. A change set an undo in force
    took back already (:func:`undone`) is refused too, naming that undo: a second undo would take back nothing, yet
    be listed as if it had."""
    if not is_recorded(store):
        raise UsageError(code="no-history")
    sets = change_sets(store)
    get(store, number)  # (refuses an unknown number)
    if (by_undo := undone(sets).get(number)) is not None:
        raise Conflict(code="rollback-undone", details={"number": str(number), "undo": str(by_undo.number),
                                                        "when": moment(by_undo.time[:16].replace("T", " ")),
                                                        "who": by_undo.by or "—"})
    if cascade:
        numbers = [number, *cascaded(sets, number)]
    else:
        later = dependents(store, number)
        if later:
            raise UsageError(code="rollback-alone", details={"number": str(number), "count": len(later),
                                                             "later": ", ".join(map(str, later))})
        numbers = [number]
    for n in numbers:
        c = next(c for c in sets if c.number == n)
        if not c.derived_only and read_payload(store, n) is None:
            raise StoreError(f"change set {n} ({c.command}, {c.time}) has no recorded quads (the process that made "
                             "it stopped before writing them): it cannot be undone")
    net = plan(store, numbers)
    rec = next_number(store)
    by = analyst(store)
    write_payload(store, rec, net.added, net.removed, pending=True, undoes=numbers, by=by,
                  extra=quarantine.kept(rec, quarantine.undoing(store, numbers)))
    fault_point("rollback-planned")
    _apply(store, rec, net, numbers, agent(store), by=by)
    store.draw_owed()  # (where the store held inferences and no reasoning is undone: drawn over the data it leaves)
    return get(store, rec)


def _apply(store, number: int, net: Payload, undone: list[int], command: str, *, by: str | None = None) -> None:
    """Apply a rollback's plan (idempotent: a second run after a crash changes nothing more); ``by``: the analyst
    who sent it to a server, named in its record as every other write sent by one is."""
    record_quads = activity_quads(number, command, len(net.added), len(net.removed),
                                  graphs=[q.graph_name for q in (*net.added, *net.removed)], undoes=undone, by=by,
                                  about=docindex.keys(store, net.added, net.removed))
    # the inferences it drops are owed again (drawn by the caller, or the next open for writing if killed), but where
    # it undoes reasonings alone (`dkg reason`, no data): the store is then to be without them, as before those
    derived = {c.number for c in change_sets(store) if c.derived_only}
    textindex.begin_write(store.main, redraw=textindex.owes_redraw(store.main) and not derived.issuperset(undone))
    bulk.write(store.main, net.added, removed=net.removed, record=record_quads, location=store.location)
    fault_point("data-written")
    store.main.remove_graph(INFERRED)
    fault_point("inferred-dropped")
    textindex.rebuild(store.main)  # drops the mark with graph/index (a redraw owed stays)
    _quarantine_after(store, number)  # (the entries the undone writes replaced, back after the data; again if killed)
    fault_point("quarantine-written")
    set_mark(store, number, PENDING, COMPLETE)


def resume(store, begun: Iterable[int] = ()) -> Words | None:
    """Finish what a killed process left pending: the payload of a write (silently: the data is
    whole), a write in parts that had ``begun`` (the numbers of those whose mark the index holds:
    silently, its record tells) or a rollback (said, as the data changes now); says what was
    done, else None."""
    if not is_recorded(store) or (store.location is not None and not (store.location / "history").exists()):
        return None
    _resume_writes(store, set(begun))
    pending = [q.subject for q in store.history_store.quads_for_pattern(None, PENDING, TRUE)]
    done = []
    for c in pending:
        number = int(c.value.rsplit("/", 1)[1])
        payload = read_payload(store, number)
        if next(iter(store.main.quads_for_pattern(c, NUMBER, None, CHANGES)), None) is not None:
            _quarantine_after(store, number)  # (its data whole: what it does to the quarantine may not be)
            set_mark(store, number, PENDING, COMPLETE)  # it had finished but for the mark
            continue
        # c carries the PENDING mark, which write_payload puts in graph c, so read_payload found it
        assert payload is not None
        undone = sorted(int(q.object.value.rsplit("/", 1)[1])
                        for q in store.history_store.quads_for_pattern(c, UNDOES, None, c))
        by = next((q.object.value for q in store.history_store.quads_for_pattern(c, BY, None, c)), None)
        _apply(store, number, payload, undone, "rollback (finished after an interruption)", by=by)
        done.append(number)
    return Words("repair.rollback", {"numbers": ", ".join(map(str, done))}) if done else None


def _resume_writes(store, begun: set[int]) -> None:
    """Complete the payload of a write killed after its data (its record is there); finish a
    write in parts (a bulk write or several graphs, see ``Store.write_quads``) that had ``begun``
    and was killed before its record, forward, from its payload and the record kept with it; drop
    the payload of any other write killed before its record (one transaction: nothing of it was
    written)."""
    for q in list(store.history_store.quads_for_pattern(None, PENDING_WRITE, TRUE)):
        c = q.subject
        number = int(c.value.rsplit("/", 1)[1])
        if next(iter(store.main.quads_for_pattern(c, NUMBER, None, CHANGES)), None) is None:
            record = [ox.Quad(r.subject, r.predicate, r.object, CHANGES)
                      for r in store.history_store.quads_for_pattern(None, None, None, record_graph(number))]
            payload = read_payload(store, number)
            if number in begun and record and payload is not None:  # any part may be written: all is now
                bulk.write(store.main, payload.added, removed=payload.removed, record=record, location=store.location)
                _quarantine_after(store, number)
                set_mark(store, number, PENDING_WRITE, COMPLETE)
            else:
                clear_payload(store, number)
            continue
        graph = next(iter(store.history_store.quads_for_pattern(c, REPLACES, None, c)), None)
        if graph is None:
            _quarantine_after(store, number)  # (the data is whole: what it did to the quarantine may not be)
            set_mark(store, number, PENDING_WRITE, COMPLETE)
        else:
            finish_replacement(store, number, graph.object, read_payload(store, number).removed)


def _quarantine_after(store, number: int) -> None:
    """Do again what write ``number`` kept to do to the quarantine after its data (:mod:`kg.store.quarantine`: the
    same result however often it is done)."""
    held = quarantine.read_kept(store.history_store, number)
    if held is not None:
        store.apply_quarantine(held)
