"""Writing a validated batch into the store (ghi dữ liệu): the data, its change set, the inferences
dropped (and drawn again where the store held some), the search index and the task counts brought up to date (:func:`write_quads`, which
``Store.write_quads`` calls), and what an engine I/O error means for the user (:func:`disk_trouble`).

The data and what is derived from it cannot share one transaction, so a write is marked first
(``kg.store.textindex.begin_write``); a process killed before the mark is removed leaves it for the
next open to repair (``kg.store.recovery``). ``fault_point`` (:mod:`kg.store.faults`) names the phases of a
write for the crash tests. Functions take the ``Store`` (``kg.store.store``) as their first argument.
"""
from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import Detail, DiskFull, StoreError, Words
from kg.rdf.graphs import INFERRED
from kg.rdf.terms import chunked, data_update
from kg.store import bulk, history, logflush, lookahead, quarantine, recovery, taskcounts, textindex
from kg.store.faults import fault_point  # (called by this name: the crash tests replace it here)


#: Bytes in a mebibyte, as a refusal for want of room counts them (``df -m``).
MIB = 1 << 20


def is_lock_held(exc: OSError) -> bool:
    """Did the engine refuse to open a folder because another process holds its lock? The
    engine reports this as an ``OSError`` with no errno, only its message (RocksDB's "While lock
    file: .../LOCK: Resource temporarily unavailable"): this is the one place that reads it."""
    return "lock" in str(exc).lower()


def is_disk_full(exc: BaseException) -> bool:
    """Is ``exc`` the engine's (or the system's) word that the disk has no room left? The engine gives it
    as an ``OSError`` with no errno, only its message ("IO error: No space left on device")."""
    return isinstance(exc, OSError) and ("No space left" in str(exc) or exc.errno == errno.ENOSPC)


def disk_trouble(exc: OSError) -> Detail:
    """What an engine I/O error means for a user, in a few words of the reader's language (the engine's own
    words where it is neither a full disk nor a lock)."""
    if is_disk_full(exc):
        return Words("why.disk-full")
    if is_lock_held(exc):
        return Words("why.held")
    return str(exc)


def write_failed(exc: OSError) -> StoreError:
    """The one refusal of a write the engine could not keep, nothing of it written: a full disk said as such
    (:class:`kg.errors.DiskFull`, which a server answers 507), any other I/O error with the engine's words. A bulk
    write refused before it began for want of room (``kg.store.bulk.NoRoom``) says how much it needs and how much
    is free: the disk is not full then, and ``df`` would contradict "the disk is full"."""
    if isinstance(exc, bulk.NoRoom):
        return DiskFull(code="write-room", details={"need": -(-exc.need // MIB), "free": exc.free // MIB})
    if is_disk_full(exc):
        return DiskFull(code="write-full")
    return StoreError(code="write-failed", details={"why": disk_trouble(exc)})


def open_dataset(folder, what: str) -> ox.Store:
    """The engine's dataset in ``folder`` (made where there is none), opened for writing: ``what`` (``store``,
    ``quarantine``, ``history``: a ``what.*`` phrase of ``kg.i18n.ERRORS``) names it in the
    message of a disk with no room left (:class:`kg.errors.DiskFull`, said before anything is written, where a
    raw engine error would end the command with a traceback)."""
    try:
        return ox.Store(str(folder))
    except OSError as exc:
        if is_disk_full(exc):
            raise full_at_open(folder, what) from None
        raise


def full_at_open(folder, what: str) -> DiskFull:
    """The one refusal of a dataset (``what``: store, quarantine, history) that cannot be opened for want of room."""
    return DiskFull(code="store-open-full", details={"what": Words("what." + what), "folder": str(folder)})


def nt(term) -> str:
    """A term in N-Triples syntax (pyoxigraph escapes it), for SPARQL Update text."""
    return str(term)



#: A plain addition's ``held`` (see :func:`write_quads`): the quads, or a function giving them when first needed
#: (a load's context may still be coming from its validating child: ``kg.validate.batch.Apart.context``).
Held = list[ox.Quad] | Callable[[], list[ox.Quad]] | None


class Refused(Exception):
    """Raised by a write's ``ready`` (see :func:`write_quads`) when the batch's verdict, given
    late, refuses it: nothing was kept."""


def no_verdict() -> None:
    """The ``ready`` of a write whose batch was validated before it (the usual case)."""


def write_quads(store, quads: list[ox.Quad],
                replace_graph: ox.NamedNode | Iterable[ox.NamedNode] | None,
                *, indexed: Callable[[ox.NamedNode | ox.BlankNode], bool] | None = None,
                sources: list[str] | None = None, also: str = "", held: Held = None,
                ready: Callable[[], None] = no_verdict, taken: Iterable[ox.Quad] = (),
                files: Mapping[str, str] | None = None, ahead: lookahead.Ahead | None = None,
                held_back: quarantine.Held | None = None) -> set[ox.NamedNode] | None:
    """Write a validated batch (replacing ``replace_graph`` when given), drop the inferences
    and refresh the index entries of the documents and bodies the write touches; where the store held
    inferences, the write marks their redraw with its own mark and draws them again over the new data once
    it has ended (``Store.draw_owed``), so that a query that needs one sees it as soon as the write is done.

    ``replace_graph`` may also be several graphs (a batch of source texts): each quad goes to
    its own graph (see :func:`replace_graphs`). ``indexed`` may tell which subjects can matter
    to the index (documents, units, tasks); the caller knows, say, that evidence nodes never do.
    The write is recorded as a change set (``sources``: the files or texts it came from), its
    record in the same transaction as the data (see :mod:`kg.store.history`). ``also``: SPARQL
    Update text run in that same transaction (where one graph is replaced), e.g. a review
    decision with the source graph it changes. ``held``: for a plain addition, the store's quads
    about the batch's IRIs as its validation read them (see :func:`kg.store.history.new_quads`), or a
    function giving them, asked only after the lookups that need none.
    ``ready``: waits for the batch's verdict where it is still being made (``kg.validate.batch.Apart``)
    and raises :class:`Refused` if it refuses; called (perhaps more than once) after the lookups
    and before anything is kept on disk, so that they run beside the validation. ``taken``: for a write
    of several graphs, quads taken out of graphs it does not replace (a reviewer's tie that a decision
    carried to a corrected fact moves, ``kg.review.ties.carry``), in the same change set as the rest. ``files``
    (a write of several graphs): the file each ingested text was read from, by source id, kept in the change set.
    ``ahead``: for a write of several new graphs, its lookups made while its batch was validated, taken where they
    hold for ``quads`` (:class:`kg.store.lookahead.Ahead`). ``held_back`` (a write of several graphs): what the write
    does to the quarantine (an ingest's violating facts, the entries of texts now whole), kept with its change set
    and applied after the data, so that a kill leaves both as before or both as after (:mod:`kg.store.quarantine`).

    Returns the graphs the write changed, as its change set knows them (none where it changed nothing: a text
    ingested again as it was), or None where that is not known (a store with no history, a replaced graph with
    blank nodes)."""
    if also and not isinstance(replace_graph, ox.NamedNode):
        raise ValueError("write_quads(also=...) needs one replaced graph")
    taken = list(taken)
    if (taken or held_back) and (replace_graph is None or isinstance(replace_graph, ox.NamedNode)):
        raise ValueError("write_quads(taken=..., held_back=...) needs several replaced graphs")
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
        and not lookahead.names_derived(quads)
    # a write of several graphs that the store holds none of and taking nothing out (an ingest of new texts)
    # only adds quads too: its index entries are found the same way (its task counts are recounted, as any
    # write of graphs has them), unless a quad the index reads goes to a derived graph (the write drops
    # graph/inferred: only the index quads are looked at, a fraction of a large batch)
    adds = plain or (several and not taken and isinstance(store.main, ox.Store)
                     and not any(store.main.contains_named_graph(g) for g in replaced))
    # (made while the batch was validated, where they hold for it: ``ahead``, whose thread is waited for here)
    early = ahead.fitting(quads, indexed) if ahead is not None else None
    looked = ((early if several else None) or lookahead.look(store.main, quads, indexed, plain=plain)) if adds else None
    nodes, known = (looked.nodes, looked.known) if looked is not None else (None, None)
    touched: set[Any] = textindex.index_subjects(changed) if nodes is None else set()
    if indexed is not None:
        touched = {n for n in touched if indexed(n)}
    assigned = taskcounts.assignments(changed)
    bodies: set[Any] = {q.object for q in assigned}  # (whose task counts may change)
    del changed
    # a count may rest on inferred assignments, which the write drops: then all are recounted
    recount_all = inferred_assignments(store)
    redraw = textindex.owes_redraw(store.main)  # (where the store held inferences: drawn again over the new data)
    made = looked.made if looked is not None else None
    held = held() if callable(held) else held
    grown = taskcounts.grown_counts(store.main, assigned, held) if plain and not recount_all else None
    del assigned
    try:  # the change set's quads are kept before the data: a full disk may stop it here
        if replace_graph is not None:  # (a plain addition's new quads are found before the verdict)
            ready()
        change = (history.prepare_many(store, quads, replaced, sources or (), taken=taken, files=files,
                                       held=held_back) if several
                  else history.prepare(store, quads, single, sources or (), held=held, ready=ready))
    except OSError as exc:
        raise write_failed(exc) from None
    ready()  # (a write with no change set: nothing was kept yet)
    record = change.record if change is not None else []
    # a write that is not one transaction (several graphs, or a bulk write: see kg.store.bulk)
    # is finished forward from its kept payload and record if the process is killed half-way
    in_parts = several or (single is None and change is not None and change.added is not None
                           and bulk.is_bulk(len(change.added)) and hasattr(store.main, "bulk_extend"))
    mark = recovery.mark_of(change.number if change is not None else None, recorded=history.is_recorded(store),
                            recount_all=recount_all, in_parts=in_parts) if store.url is None \
        else recovery.server_mark(history.agent(store))  # (no change set there: the repair names the command instead)
    # The data and what is derived from it cannot share one transaction (the index is
    # refreshed by queries over the written data), so the write is marked first: a process
    # killed before the mark is removed leaves it for the next open to repair.
    made_written = False  # (the index entries made ahead, written with the data: see below)
    try:
        textindex.begin_write(store.main, mark, redraw=redraw)
        fault_point("marked")
        if several:
            parts = change.parts if change is not None else None
            # (an ingest of new texts: the index entries of the nodes new to the store, made while the batch was
            # validated, go with its data, as a large load's do below)
            beside = made if made is not None and known is not None else []
            if change is not None and parts is not None and store.location is not None:  # (the load's room check)
                bulk.room_for(store.location, [*(change.added or []), *beside], parts)
            made_written = bool(beside)  # (before the write: a failed one takes them back too)
            replace_graphs(store, quads, replaced, record, taken, parts=parts, derived=beside)
            fault_point("data-written")
            if held_back:  # (after the data: the next open applies it again, from the payload, if killed before its end)
                store.apply_quarantine(held_back)
            fault_point("quarantine-written")
        elif single is not None:
            placed = [ox.Quad(q.subject, q.predicate, q.object, single) for q in quads]  # (all go to the graph replaced)
            store.main.update(data_update([*placed, *record], first=[f"DROP SILENT GRAPH {nt(g)}" for g in (single, INFERRED)])
                              + (f" ;\n{also}" if also else ""))
        elif in_parts and change is not None and change.added is not None:  # (the new quads alone)
            # (with the index entries of the nodes new to the store, made before the verdict: one bulk write, not two)
            beside = made if made is not None and known is not None else []
            if store.location is not None:
                bulk.room_for(store.location, [*change.added, *beside], change.parts)
            made_written = bool(beside)  # (before the write: a failed one takes them back too)
            bulk.write(store.main, change.added, record=record, phase=fault_point, parts=change.parts,
                       location=store.location, derived=beside)
            fault_point("data-written")
            store.main.remove_graph(INFERRED)
        else:
            store.main.extend([*quads, *record])
            fault_point("data-written")
            store.main.remove_graph(INFERRED)
    except OSError as exc:
        if change is not None and change.parts is not None:
            change.parts.discard()  # (where the write did not begin: the room check, the mark)
        if in_parts and change is not None:
            take_back(store, change, exc, known.nodes if made_written and known is not None else ())
        with contextlib.suppress(OSError):  # the mark alone costs a rebuild at the next open
            textindex.end_write(store.main, mark)
            if redraw and textindex.owes_redraw(store.main):  # (the inferences were not dropped: nothing is owed)
                textindex.end_write(store.main, textindex.REDRAW)
        raise write_failed(exc) from None
    history.finish(store, change, single)
    fault_point("inferred-dropped")
    try:
        # only the entries of what the write touched, however large the write (see textindex.refresh)
        textindex.refresh(store.main, nodes if nodes is not None else textindex.affected(store.main, touched), known,
                          made, location=store.location, made_written=made_written)
        fault_point("index-refreshed")
        if recount_all:
            taskcounts.recount(store.main)
        elif grown is not None:
            taskcounts.write_counts(store.main, grown)
        else:
            taskcounts.recount(store.main, bodies)
        fault_point("counts-written")
        textindex.end_write(store.main, mark)
        if redraw:  # (killed before they are drawn, the redraw stays owed to the next open for writing)
            store.draw_owed()
        # (the transactions' log into tables once many quads went through it, so that a reader's open need not
        # replay it: kg.store.logflush; a bulk write's data went into tables directly)
        logflush.wrote(store, len(record) + (0 if in_parts and not several else len(quads)))
    except OSError as exc:
        raise StoreError(code="write-index-behind", details={"why": disk_trouble(exc)}) from None
    if change is None:
        return set() if history.is_recorded(store) else None
    if change.added is None:
        return None
    # (a plain addition's graphs were found for its record: a million quads' graphs are not read again after the write)
    graphs = change.graphs if change.graphs is not None else [q.graph_name for q in [*change.added, *change.removed]]
    return {g for g in graphs if isinstance(g, ox.NamedNode)}


def take_back(store, change: history.Write, exc: OSError, indexed: Iterable[ox.NamedNode] = ()) -> None:
    """A write in parts failed in this process (a full disk): take back what it had written now
    (``kg.store.bulk.take_back``), or, where that fails too, leave its mark for the next open,
    which finishes it forward, and say so. ``indexed``: the nodes new to the store whose index entries the write
    wrote with its data (``bulk.write``'s ``derived``), taken out too, with the words no entry names any more."""
    try:
        bulk.take_back(store.main, change.added or [], change.removed)
        words = {w for chunk in chunked(sorted(indexed, key=lambda n: n.value)) for w in textindex.take_out(store.main, chunk)}
        if words:
            textindex.prune_words(store.main, words)
    except OSError:
        raise StoreError(code="write-part", details={"why": disk_trouble(exc)}) from None
    bulk.compact(store.main, store.location)  # (the write's tables and removal marks, else kept until a merge)


def replace_graphs(store, quads: list[ox.Quad], graphs: list[ox.NamedNode], record: list[ox.Quad],
                   taken: Iterable[ox.Quad] = (), *, parts: bulk.Parts | None = None,
                   derived: list[ox.Quad] | None = None) -> None:
    """Replace several graphs by ``quads`` (each in its own graph). The graphs the store already
    has are brought to their new content by one update that deletes and inserts only what
    differs (a re-ingested text mostly gives the same triples); the new graphs are written
    by :func:`kg.store.bulk.write` (in bulk from ``bulk.BULK_MIN`` quads on, else one atomic
    ``extend``, many times faster than the same quads in SPARQL text), the record last. A
    process killed before the record leaves the change set's payload and record in the history,
    from which the next open finishes the write (``kg.store.undo.resume``). ``taken``: quads of graphs
    that are kept to take out (see :func:`write_quads`), with the same update or before the bulk write
    (taking out a quad the store lacks does nothing). ``parts``: the text of ``quads`` made ahead with the
    change set's payload (``history.Write.parts``), which the bulk write of new graphs loads (deleted either way).
    ``derived``: index entries made ahead, written by the same bulk write (``kg.store.bulk.write``'s ``derived``)."""
    taken = list(taken)
    existing = {g for g in graphs if store.main.contains_named_graph(g)}
    if existing:
        old = {q for g in existing for q in store.main.quads_for_pattern(None, None, None, g)}
        new = {q for q in quads if q.graph_name in existing}
        gone, added = old - new, new - old

        # quads for graphs that are kept (a review decision for graph/review) go in the same
        # update, so that a decision and the source graph it changes are written together
        kept = {q for q in quads if q.graph_name not in graphs}
        store.main.update(" ;\n".join(filter(None, [data_update(added | kept, gone | set(taken)),
                                                      f"DROP SILENT GRAPH {nt(INFERRED)}"])))
        taken = []
        if parts is not None:  # (made for all of ``quads`` as new: not what is written here)
            parts.discard()
            parts = None
    else:
        kept = set()
    # (new graphs only, an ingest of new texts: every quad is fresh, without a test per quad)
    fresh = [q for q in quads if q.graph_name not in existing and q not in kept] if existing else quads
    bulk.write(store.main, fresh, removed=taken, record=record, phase=fault_point, parts=parts, location=store.location,
               derived=derived or ())
    store.main.remove_graph(INFERRED)


def inferred_assignments(store) -> bool:
    """Does graph/inferred assign any task to a body?"""
    return taskcounts.assigned_in(store.main, [INFERRED])
