"""Writing a validated batch into the store (ghi dữ liệu): the data, its change set, the inferences
dropped, the search index and the task counts brought up to date (:func:`write_quads`, which
``Store.write_quads`` calls), and what an engine I/O error means for the user (:func:`disk_trouble`).

The data and what is derived from it cannot share one transaction, so a write is marked first
(``kg.store.textindex.begin_write``); a process killed before the mark is removed leaves it for the
next open to repair (``kg.store.recovery``). A large load's new quads are written while its child
still validates the batch (:func:`write_unvalidated`): its change set's record, written after the
verdict, is the point from which it is finished rather than undone. :func:`fault_point` names the phases of a write for the
crash tests. Functions take the ``Store`` (``kg.store.store``) as their first argument.
"""
from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.graphs import INDEX, INFERRED
from kg.store import bulk, history, lookahead, payloads, recovery, taskcounts, textindex
from kg.store.batchindex import Described


def is_lock_held(exc: OSError) -> bool:
    """Did the engine refuse to open a folder because another process holds its lock? The
    engine reports this as an ``OSError`` with no errno, only its message (RocksDB's "While lock
    file: .../LOCK: Resource temporarily unavailable"): this is the one place that reads it."""
    return "lock" in str(exc).lower()


def disk_trouble(exc: OSError) -> str:
    """What an engine I/O error means for a user, in a few words."""
    text = str(exc)
    if "No space left" in text or getattr(exc, "errno", None) == 28:
        return "the disk is full"
    if is_lock_held(exc):
        return "another process holds the store"
    return text


def fault_point(phase: str) -> None:
    """Fault injection for the crash tests: ``DKG_FAULT_AT=PHASE`` kills the process here, at
    once and without cleanup, as ``kill -9`` would; ``DKG_FAULT_PAUSE=PHASE:SECONDS`` waits here
    instead, holding the store (for tests of a second writer that must not depend on timing)."""
    if os.environ.get("DKG_FAULT_AT") == phase:
        os._exit(137)
    paused, _, seconds = os.environ.get("DKG_FAULT_PAUSE", "").partition(":")
    if paused == phase:
        time.sleep(float(seconds or 5))


def nt(term) -> str:
    """A term in N-Triples syntax (pyoxigraph escapes it), for SPARQL Update text."""
    return str(term)



class Refused(Exception):
    """Raised by a write's ``ready`` (see :func:`write_quads`) when the batch's verdict, given
    late, refuses it: nothing was kept."""


def no_verdict() -> None:
    """The ``ready`` of a write whose batch was validated before it (the usual case)."""


def write_quads(store, quads: list[ox.Quad],
                replace_graph: ox.NamedNode | Iterable[ox.NamedNode] | None,
                *, indexed: Callable[[ox.NamedNode | ox.BlankNode], bool] | None = None,
                sources: list[str] | None = None, also: str = "", held: list[ox.Quad] | None = None,
                ready: Callable[[], None] = no_verdict, taken: Iterable[ox.Quad] = (),
                apart: lookahead.Source | None = None) -> None:
    """Write a validated batch (replacing ``replace_graph`` when given), drop the inferences
    and refresh the index entries of the documents and bodies the write touches.

    ``replace_graph`` may also be several graphs (a batch of source texts): each quad goes to
    its own graph (see :func:`replace_graphs`). ``indexed`` may tell which subjects can matter
    to the index (documents, units, tasks); the caller knows, say, that evidence nodes never do.
    The write is recorded as a change set (``sources``: the files or texts it came from), its
    record in the same transaction as the data (see :mod:`kg.store.history`). ``also``: SPARQL
    Update text run in that same transaction (where one graph is replaced), e.g. a review
    decision with the source graph it changes. ``held``: for a plain addition, the store's quads
    about the batch's IRIs as its validation read them (see :func:`kg.store.history.new_quads`).
    ``ready``: waits for the batch's verdict where it is still being made (``kg.validate.batch.Apart``)
    and raises :class:`Refused` if it refuses; called (perhaps more than once) after the lookups
    and before anything is kept on disk, so that they run beside the validation. ``taken``: for a write
    of several graphs, quads taken out of graphs it does not replace (a reviewer's tie that a decision
    carried to a corrected fact moves, ``kg.review.ties.carry``), in the same change set as the rest. ``apart``: the child
    that validates the batch, which may make a plain addition's lookups (see :mod:`kg.store.lookahead`)."""
    if also and not isinstance(replace_graph, ox.NamedNode):
        raise ValueError("write_quads(also=...) needs one replaced graph")
    taken = list(taken)
    if taken and (replace_graph is None or isinstance(replace_graph, ox.NamedNode)):
        raise ValueError("write_quads(taken=...) needs several replaced graphs")
    single = replace_graph if isinstance(replace_graph, ox.NamedNode) else None  # one graph replaced
    several = replace_graph is not None and single is None
    replaced = ([replace_graph] if isinstance(replace_graph, ox.NamedNode)
                else list(replace_graph) if replace_graph is not None else [])
    # what the write may change: the batch, and what the replaced graphs held
    changed = [*quads, *taken, *(q for g in replaced for q in store.main.quads_for_pattern(None, None, None, g))]
    # a plain addition to the embedded engine: what the index must refresh and the counts it
    # must write are looked up before the write (see textindex.added_affected, grown_counts)
    # (and none of its quads in a graph the store derives: the counts grown from it assume asserted tasks only;
    # a load refuses such quads before this, kg.store.guard, but a caller of this method may not)
    plain = replace_graph is None and isinstance(store.main, ox.Store) \
        and not any(q.graph_name == INFERRED or q.graph_name == INDEX for q in quads)
    # (a large load's validating child may make them instead, after its report: see kg.store.lookahead)
    deferred = plain and indexed is None and apart is not None
    # a count may rest on inferred assignments, which the write drops: then all are recounted
    recount_all = inferred_assignments(store)
    nodes: list[ox.NamedNode] | None = None
    known: Described | None = None
    made: list[ox.Quad] | None = None
    grown: lookahead.Counts | None = None
    if plain and indexed is None and not deferred:
        # (with what the batch alone says of the nodes the store knows nothing of, and their entries,
        # made while the batch's verdict may still be coming: not read back after the write)
        nodes, known, made, grown = lookahead.look_ahead(store.main, quads, held, counts=not recount_all) \
            or (None, None, None, None)
    touched: set[Any] = textindex.index_subjects(changed) if nodes is None and not deferred else set()
    if indexed is not None:
        touched = {n for n in touched if indexed(n)}
    assigned = taskcounts.assignments(changed)
    bodies: set[Any] = {q.object for q in assigned}  # (whose task counts may change)
    del changed
    if plain and indexed is not None and not recount_all:
        grown = taskcounts.grown_counts(store.main, assigned, held)
    del assigned
    here: list[lookahead.Ahead | None] = []  # (the lookups made while waiting for the verdict, or None)

    def verdict() -> None:
        """The verdict, the wait for it spent on the lookups where the child makes them too: those
        made first count (the child's after its report, this process's before it)."""
        if deferred and apart is not None and not here:
            here.append(lookahead.look_ahead(store.main, quads, held, counts=not recount_all, until=apart.reported))
        ready()
    # (a large load whose verdict is still being made: its data may be written before it, see write_unvalidated)
    early = deferred and history.is_recorded(store) and hasattr(store.main, "bulk_extend")
    try:  # the change set's quads are kept before the data: a full disk may stop it here
        if replace_graph is not None:  # (a plain addition's new quads are found before the verdict)
            ready()
        change = (history.prepare_many(store, quads, replaced, sources or (), taken=taken) if several
                  else history.prepare(store, quads, single, sources or (), held=held,
                                       ready=no_verdict if early else verdict))
    except OSError as exc:
        raise StoreError(f"write failed, nothing was written: {disk_trouble(exc)}") from None
    early = early and change is not None and change.added is not None and bulk.is_bulk(len(change.added))
    if not early:
        verdict()  # (a write with no change set: nothing was kept yet; or a write kept before the verdict, made after it)
    elif apart is not None and not apart.viewing():  # (the child cannot make the lookups: made here, before)
        nodes, known, made, grown = lookahead.look_ahead(store.main, quads, held, counts=not recount_all) \
            or (None, None, None, None)
    if deferred and apart is not None and not early:
        if here[0] is not None:  # (made here: the child's are not waited for)
            nodes, known, made, grown = here[0]
            apart.close()
        elif not apart.promised:  # (the child makes none: made here, before the write)
            nodes, known, made, grown = lookahead.look_ahead(store.main, quads, held, counts=not recount_all) \
                or (None, None, None, None)
    record = change.record if change is not None else []
    # a write that is not one transaction (several graphs, or a bulk write: see kg.store.bulk)
    # is finished forward from its kept payload and record if the process is killed half-way
    in_parts = several or (single is None and change is not None and change.added is not None
                           and bulk.is_bulk(len(change.added)) and hasattr(store.main, "bulk_extend"))
    mark = recovery.mark_of(change.number if change is not None else None, recorded=history.is_recorded(store),
                            recount_all=recount_all, in_parts=in_parts, unvalidated=early)
    # The data and what is derived from it cannot share one transaction (the index is
    # refreshed by queries over the written data), so the write is marked first: a process
    # killed before the mark is removed leaves it for the next open to repair.
    if early and change is not None:
        write_unvalidated(store, change, mark, ready)  # (no lookups while waiting: the store is written)
    try:
        if not early:
            textindex.begin_write(store.main, mark)
            fault_point("marked")
        if early:
            fault_point("data-written")
            store.main.remove_graph(INFERRED)
        elif several:
            replace_graphs(store, quads, replaced, record, taken)
            fault_point("data-written")
        elif single is not None:
            body = " .\n".join(f"{nt(q.subject)} {nt(q.predicate)} {nt(q.object)}" for q in quads)
            store.main.update(
                f"DROP SILENT GRAPH {nt(single)} ;\n"
                f"DROP SILENT GRAPH {nt(INFERRED)} ;\n"
                f"INSERT DATA {{ GRAPH {nt(single)} {{ {body} {'.' if body else ''} }} }}"
                + history.insert_data(record) + (f" ;\n{also}" if also else ""))
        elif in_parts and change is not None and change.added is not None:  # (the new quads alone)
            bulk.write(store.main, change.added, record=record, phase=fault_point)
            fault_point("data-written")
            store.main.remove_graph(INFERRED)
        else:
            store.main.extend([*quads, *record])
            fault_point("data-written")
            store.main.remove_graph(INFERRED)
    except OSError as exc:
        if in_parts and change is not None:
            take_back(store, change, exc)
        with contextlib.suppress(OSError):  # the mark alone costs a rebuild at the next open
            textindex.end_write(store.main, mark)
        raise StoreError(f"write failed, nothing was written: {disk_trouble(exc)}") from None
    history.finish(store, change, single)
    fault_point("inferred-dropped")
    if deferred and nodes is None:  # the child's lookups, checked; without them, read from the written store
        got = lookahead.received(apart.follow_up() if apart is not None else None, quads, counts=not recount_all)
        if got is not None:
            nodes, known, made, grown = got
        else:
            nodes = textindex.affected(store.main, textindex.index_subjects(quads))
    try:
        # only the entries of what the write touched, however large the write (see textindex.refresh)
        textindex.refresh(store.main, nodes if nodes is not None else textindex.affected(store.main, touched), known,
                          made)
        fault_point("index-refreshed")
        if recount_all:
            taskcounts.recount(store.main)
        elif grown is not None:
            taskcounts.write_counts(store.main, grown)
        else:
            taskcounts.recount(store.main, bodies)
        fault_point("counts-written")
        textindex.end_write(store.main, mark)
    except OSError as exc:
        raise StoreError(f"the data was written (it is committed) but the search index could not be updated: "
                         f"{disk_trouble(exc)}", hint="the next command that opens the store brings the "
                         "index up to date") from None


def write_unvalidated(store, change: history.Write, mark: str, verdict: Callable[[], None]) -> None:
    """The data of a large plain addition (its new quads, ``change.added``) written while its batch's
    verdict is still being made, then the verdict, then the change set's record: the record's commit is
    the write's. Its payload and record are kept before (``history.prepare``) and its mark says so
    (``kg.store.recovery.UNVALIDATED``), so that a process killed before the record leaves the next open
    to take the new quads out again (every one of them was new to the store, so the store is then
    exactly as before); a refused verdict takes them out at once and raises :class:`Refused`. Nothing
    derived from the data (the inferences, the index, the counts) is touched before the record."""
    try:
        textindex.begin_write(store.main, mark)
        fault_point("unvalidated-marked")
        bulk.write(store.main, change.added or [], phase=lambda phase: fault_point(f"unvalidated-{phase}"))
        fault_point("unvalidated-written")
    except OSError as exc:
        take_back(store, change, exc)
        undone(store, change, mark)
        raise StoreError(f"write failed, nothing was written: {disk_trouble(exc)}") from None
    try:
        verdict()
    except BaseException:  # (refused, or the verdict could not be had: nothing of the batch stays)
        try:
            bulk.take_back(store.main, change.added or [])
            fault_point("refused-taken-back")
            undone(store, change, mark)
        except OSError as exc:
            raise StoreError(f"the batch was refused, and taking its data out again failed: {disk_trouble(exc)}",
                             hint="the next command that opens the store takes it out") from None
        raise
    fault_point("verdict-given")
    try:
        store.main.extend(change.record)
    except OSError as exc:
        take_back(store, change, exc)
        undone(store, change, mark)
        raise StoreError(f"write failed, nothing was written: {disk_trouble(exc)}") from None


def undone(store, change: history.Write, mark: str) -> None:
    """After the data of :func:`write_unvalidated` was taken out: its kept payload and its mark go."""
    payloads.clear_payload(store, change.number)
    textindex.end_write(store.main, mark)


def take_back(store, change: history.Write, exc: OSError) -> None:
    """A write in parts failed in this process (a full disk): take back what it had written now
    (``kg.store.bulk.take_back``), or, where that fails too, leave its mark for the next open,
    which finishes it forward, and say so."""
    try:
        bulk.take_back(store.main, change.added or [], change.removed)
    except OSError:
        raise StoreError(f"write failed: {disk_trouble(exc)}; part of it was written, and the next command "
                         "that opens the store with space free finishes it", hint="free some space") from None


def replace_graphs(store, quads: list[ox.Quad], graphs: list[ox.NamedNode], record: list[ox.Quad],
                   taken: Iterable[ox.Quad] = ()) -> None:
    """Replace several graphs by ``quads`` (each in its own graph). The graphs the store already
    has are brought to their new content by one update that deletes and inserts only what
    differs (a re-ingested text mostly gives the same triples); the new graphs are written
    by :func:`kg.store.bulk.write` (in bulk from ``bulk.BULK_MIN`` quads on, else one atomic
    ``extend``, many times faster than the same quads in SPARQL text), the record last. A
    process killed before the record leaves the change set's payload and record in the history,
    from which the next open finishes the write (``history.resume``). ``taken``: quads of graphs
    that are kept to take out (see :func:`write_quads`), with the same update or before the bulk write
    (taking out a quad the store lacks does nothing)."""
    taken = list(taken)
    existing = {g for g in graphs if store.main.contains_named_graph(g)}
    if existing:
        old = {q for g in existing for q in store.main.quads_for_pattern(None, None, None, g)}
        new = {q for q in quads if q.graph_name in existing}
        gone, added = old - new, new - old

        def block(qs) -> str:
            return " ".join(f"GRAPH {nt(q.graph_name)} {{ {nt(q.subject)} {nt(q.predicate)} {nt(q.object)} }}"
                            for q in qs)
        # quads for graphs that are kept (a review decision for graph/review) go in the same
        # update, so that a decision and the source graph it changes are written together
        kept = {q for q in quads if q.graph_name not in graphs}
        store.main.update(f"DELETE DATA {{ {block(gone | set(taken))} }} ;\nINSERT DATA {{ {block(added | kept)} }} ;\n"
                         f"DROP SILENT GRAPH {nt(INFERRED)}")
        taken = []
    else:
        kept = set()
    # (new graphs only, an ingest of new texts: every quad is fresh, without a test per quad)
    fresh = [q for q in quads if q.graph_name not in existing and q not in kept] if existing else quads
    bulk.write(store.main, fresh, removed=taken, record=record, phase=fault_point)
    store.main.remove_graph(INFERRED)


def inferred_assignments(store) -> bool:
    """Does graph/inferred assign any task to a body?"""
    return taskcounts.assigned_in(store.main, [INFERRED])
