"""Recording a SPARQL update (a change set of ``dkg serve``'s endpoint or :meth:`kg.store.store.Store.update`).

An update of ``INSERT DATA`` and ``DELETE DATA`` alone with no blank node (a reviewer's assessment or tie, what the
endpoint writes) is written with its record in one transaction (:func:`recorded_data_update`): its effect is known
from its parse before it runs, so its payload is kept first, marked pending, as a load's is, and a process killed at
any moment leaves the update and its change set both written or neither (the next open drops a pending payload whose
record never committed, ``kg.store.undo.resume``). Any other update is diffed before and after it and recorded by
:func:`kg.store.history.record` (:func:`recording_update`). This module owns both (which quads to compare, read from
the update's parsed form); :mod:`kg.store.history` owns the change sets themselves (recording, listing, undoing)."""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode

from kg.errors import QueryError
from kg.rdf.graphs import CHANGES, INFERRED
from kg.rdf.terms import data_update, has_blank, to_ox
from kg.store import bulk, docindex, guard, history, inferred, logflush, recovery, taskcounts, textindex
from kg.store.canonical import canonical
from kg.store.faults import fault_point
from kg.store.history import data_snapshot, diff_against, is_recorded, record
from kg.store.payloads import COMPLETE, PENDING_WRITE, set_mark, write_payload
from kg.store.updateparse import operations


def data_patterns(update: str, base_iri: str | None = None) -> set[tuple] | None:
    """For an update made only of ``INSERT DATA`` and ``DELETE DATA`` operations (read from its
    parsed form), the (subject, predicate, graph) of every quad it names: all it can change lies
    within them. None for any other update, or one that names a blank node as a subject (the engine
    renames those as it inserts them)."""
    try:
        ops = operations(update, base_iri)
    except QueryError:  # (the engine gives the user its own message for a bad update)
        return None
    patterns = set()
    for op in ops:
        if op.name not in ("InsertData", "DeleteData"):
            return None
        named = [(g, t) for g, triples in (op.get("quads") or {}).items() for t in triples]
        for g, (subj, pred, _obj) in [(None, t) for t in op.get("triples") or []] + named:
            if isinstance(subj, BNode):
                return None
            try:
                patterns.add((to_ox(subj), to_ox(pred), ox.DefaultGraph() if g is None else ox.NamedNode(str(g))))
            except ValueError:  # an IRI rdflib left relative: let the whole-store diff find what changed
                return None
    return patterns


def _matching(store, patterns: set[tuple]) -> set[ox.Quad]:
    return {q for s, p, g in patterns for q in store.main.quads_for_pattern(s, p, None, g)}


class Diff:
    """What an update run inside :func:`recording_update` changed: its added and removed quads, once it has run
    (``known`` False where nothing was diffed: a store that keeps no history)."""

    def __init__(self) -> None:
        self.quads: list[ox.Quad] = []
        self.known = False


@contextlib.contextmanager
def recording_update(store, command: str | None = None, update: str = "",
                     base_iri: str | None = None, sources: Iterable[str] = ()) -> Iterator[Diff]:
    """Around a SPARQL update: diff what it can have changed before and after, and record the
    difference (``sources``: what it is about, see :func:`record`). An update of data alone is diffed over the quads with the subjects and predicates
    it names; any other is diffed over a copy of every data graph (a pass over the whole store). Yields a
    :class:`Diff`, filled once the update has run."""
    diff = Diff()
    if not is_recorded(store):
        yield diff
        return
    patterns = data_patterns(update, base_iri)
    if patterns is not None:
        before = _matching(store, patterns)
        yield diff
        after = _matching(store, patterns)
        added, removed = [q for q in after if q not in before], [q for q in before if q not in after]
    else:
        snapshot = data_snapshot(store)
        yield diff
        added, removed = diff_against(store, snapshot)
    added = [q for q in added if q.graph_name != CHANGES]
    removed = [q for q in removed if q.graph_name != CHANGES]
    diff.quads, diff.known = [*added, *removed], True
    if added or removed:
        record(store, added, removed, sources=sources, command=command)


def recorded_data_update(store, command: str | None, update: str, base_iri: str | None = None,
                         sources: Iterable[str] = ()) -> bool:
    """Run ``update`` with its change set in one transaction where it is made of ``INSERT DATA`` / ``DELETE DATA``
    alone, with no blank node (see the module): :func:`write_effect` of what its parse says it does. False, having
    done nothing, for any other update (the caller diffs it around its run instead, :func:`other_update`)."""
    if not is_recorded(store):
        return False
    try:
        effect = guard.data_effect(operations(update, base_iri))
    except QueryError:  # (the engine gives the user its own message for a bad update)
        return False
    if effect is None or any(has_blank(q) or q.graph_name == CHANGES for q in [*effect[0], *effect[1]]):
        return False
    write_effect(store, command, effect[0], effect[1], sources)
    return True


def write_effect(store, command: str | None, added: list[ox.Quad], removed: list[ox.Quad],
                 sources: Iterable[str] = ()) -> None:
    """Write an update's effect, given as quads (blank nodes as the store is to hold them: those of the store that it
    changes keep their labels), with its change set, and bring what the store derives up to it as a load does.

    What it really changes (the quads the store lacks that it adds, those the store holds that it removes, in the form
    the engine keeps them) is kept first as the change set's payload, marked pending. Without a blank node, the data,
    its record, the write's mark and the dropping of the inferences are then one request; with one (a blank node in
    an update's text is named afresh by the engine, so a template that adds to a blank node of the store would make
    another, and none can be named to be taken out) the quads are written as they are, in parts, after the mark, as a
    bulk write is: a process killed at any moment after the mark is finished forward by the next open, from the
    payload. Then the index entries and task counts of what it touched are brought up to it and the mark taken away
    (``kg.store.recovery.catch_up``, which the next open runs where this was killed before the end), and the
    inferences, where the store held some, drawn again over the new data (``textindex.owes_redraw``)."""
    added = [q for q in canonical(added) if q not in store.main]
    removed = [q for q in canonical(removed) if q in store.main]
    if not added and not removed:
        return  # (it changes nothing: nothing to write or record)
    number = history.next_number(store)
    entry = history.activity_quads(number, command or history.agent(store), len(added), len(removed),
                                   sources=sources, graphs=[q.graph_name for q in (*added, *removed)],
                                   by=history.analyst(store), about=docindex.keys(store, added, removed))
    recount_all = taskcounts.assigned_in(store.main, [INFERRED])  # (counts that rest on the inferences dropped)
    owed = textindex.owes_redraw(store.main)
    in_parts = any(has_blank(q) for q in (*added, *removed))
    mark = recovery.mark_of(number, recount_all=recount_all, in_parts=in_parts)
    write_payload(store, number, added, removed, mark=PENDING_WRITE, record=entry)
    fault_point("update-planned")
    if in_parts:
        textindex.begin_write(store.main, mark, redraw=owed)
        bulk.write(store.main, added, removed=removed, record=entry, location=store.location)
        store.main.remove_graph(INFERRED)
    else:  # (the data, its record, the marks and the inferences dropped: one transaction)
        marks = [textindex.mark(mark), *([textindex.mark(inferred.REDRAW)] if owed else [])]
        store.main.update(data_update([*added, *entry, *marks], removed, first=[f"DROP SILENT GRAPH {INFERRED}"]))
    fault_point("update-written")
    set_mark(store, number, PENDING_WRITE, COMPLETE)
    recovery.catch_up(store, [*added, *removed], recount_all=recount_all)
    fault_point("update-indexed")
    textindex.end_write(store.main, mark)
    logflush.wrote(store, len(added) + len(removed))  # (kg.store.logflush)
    if owed:
        inferred.redraw(store)


def other_update(store, command: str | None, update: str, base_iri: str | None = None,
                 sources: Iterable[str] = ()) -> None:
    """Run any other update (one whose effect is not written by :func:`write_effect`: a library's update with a
    template, a store on a SPARQL server) with the store marked first and its change set diffed around its run
    (:func:`recording_update`); then drop the inferences (drawn again where the store held some,
    ``textindex.owes_redraw``) and bring the index entries and task counts of what it changed up to it, as a load does. A process killed in between leaves the mark, which names no change set: the
    next open drops the inferences and rebuilds the index (on a server, saying to run the command again:
    ``kg.store.recovery.server_repair``). An update the engine refuses changes nothing, and takes
    the mark back."""
    recount_all = taskcounts.assigned_in(store.main, [INFERRED])
    owed = textindex.owes_redraw(store.main)
    mark = recovery.server_mark(command or history.agent(store)) if store.url is not None else ""
    textindex.begin_write(store.main, mark, redraw=owed)
    try:
        with recording_update(store, command, update, base_iri, sources) as diff:
            if base_iri:
                store.main.update(update, base_iri=base_iri)
            else:
                store.main.update(update)
    except Exception:
        textindex.end_write(store.main, mark)
        if owed:  # (nothing written: the inferences are whole)
            textindex.end_write(store.main, inferred.REDRAW)
        raise
    fault_point("update-written")
    touched = diff.quads if diff.known else _said(update, base_iri)
    if touched is None:  # (a server's store and an update of templates: what it changed is not known here)
        store.main.remove_graph(INFERRED)
        textindex.rebuild(store.main)  # (the mark with the old index; a redraw owed is kept)
        if owed:
            inferred.redraw(store)
        return
    if touched:
        store.main.remove_graph(INFERRED)
        recovery.catch_up(store, touched, recount_all=recount_all)
    textindex.end_write(store.main, mark)
    if owed and touched:
        inferred.redraw(store)
    elif owed:  # (it changed nothing: the inferences held are whole)
        textindex.end_write(store.main, inferred.REDRAW)


def _said(update: str, base_iri: str | None) -> list[ox.Quad] | None:
    """The quads an update of data blocks alone names (what it can have changed), from its parse; else None."""
    try:
        effect = guard.data_effect(operations(update, base_iri))
    except QueryError:
        return None
    return None if effect is None else [*effect[0], *effect[1]]
