"""Recovery (phục hồi sau sự cố): the first open after a killed write brings the derived state up to
the data, at the cost of what that write touched rather than of the whole store.

A write marks the store before it writes (:func:`kg.store.textindex.begin_write`), naming its change
set, and removes the mark once the search index and the counts have caught up. The change set's
quads are kept in the history dataset before the data is written (:mod:`kg.store.history`), so
after a kill the next open knows exactly which nodes the write could have changed:

* the change set's record is not in ``graph/changes`` and the write was one transaction: it never
  committed, nothing changed, and the inferences and the index are as they were;
* the record is not there and the write was not one transaction (the mark says :data:`IN_PARTS`:
  a bulk write of a load or an ingest, or several graphs, see :mod:`kg.store.bulk`): it is finished
  forward from its payload and the record kept with it (``kg.store.undo.resume``, by the same
  ``bulk.write`` that wrote it), then repaired as one whose record is there. There is no other
  direction: a killed write is never undone half-way;
* the record is there: the data is whole; the inferences are dropped (as the write itself would
  have done), and the index entries and task counts of what the write touched are refreshed.

A mark that names no change set (a store without history, an older version, a rollback) costs a
rebuild of the whole index, as before; a mark left by ``dkg reason`` drops the half-written
inferences and recounts the tasks (where it drew them beside those in place, only its draft goes: the inferences in
place, old or new, are whole); so does a redraw's (``kg.store.textindex.REDRAW``), whose mark stays for the
open's upkeep to draw them again. Rebuilding the index of a store of a million triples took minutes
(``bench/RELIABILITY.md``), which is what the first command after a crash used to wait for.
"""
from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox

from kg.errors import Detail, Words, joined
from kg.rdf.graphs import CHANGES, INFERRED, INFERRED_DRAFT
from kg.store import bulk, history, payloads, taskcounts, textindex, undo

_CHANGE = "change "
#: Said in a mark whose write had to recount every body (its counts rested on inferred assignments).
ALL_COUNTS = "all counts"
#: Said in a mark whose write is more than one transaction (a bulk write, a batch of several graphs):
#: killed before its record, it is finished forward.
IN_PARTS = "in parts"

_DROPPED = Words("repair.dropped")


#: The mark of a recorded write that brings no data the store lacks (nothing to record or undo).
UNCHANGED = "no new data"


def mark_of(number: int | None, *, recorded: bool = True, recount_all: bool = False, in_parts: bool = False) -> str:
    """What a data write says in its mark (see :func:`kg.store.textindex.begin_write`): its change
    set's number, or that it changes no data (``number`` None on a store that keeps history)."""
    if number is None and not recorded:
        return ""
    head = UNCHANGED if number is None else f"{_CHANGE}{number}"
    return ", ".join([head, *([ALL_COUNTS] if recount_all else []), *([IN_PARTS] if in_parts else [])])


#: What a write to a store on a SPARQL server says in its mark, before the command that wrote it (``dkg load``).
ON_SERVER = "on a server: "


def server_mark(command: str) -> str:
    """The mark of a write to a store on a server (see :func:`server_repair`), naming its ``command``."""
    return ON_SERVER + command


def server_repair(main) -> Words | None:
    """The repair of a store on a server that a write left marked (:func:`server_mark`), by the next command that opens
    it for writing: such a store keeps no change set to finish the write from, and a large write may have been sent in
    several requests (a Virtuoso's, past its limits), so the server may hold all of it, none or part of it. The
    inferences are dropped and the index rebuilt from the data as it is, and the note names the command to run
    again (a load adds what the server lacks, an ingest brings the texts' graphs to what it reads) and
    ``dkg reason``. None where no such mark is there."""
    commands = [mark.removeprefix(ON_SERVER) for mark in textindex.write_marks(main) if mark.startswith(ON_SERVER)]
    if not commands:
        return None
    main.remove_graph(INFERRED)
    textindex.rebuild(main)  # (the marks go with the old index)
    return Words("repair.server-write", {"command": ", ".join(dict.fromkeys(commands)), "dropped": _DROPPED})


def _parse(mark: str) -> tuple[int, set[str]] | None:
    """The change set's number (0: no new data) and the flags of a mark; None for another mark."""
    head, *flags = mark.split(", ")
    if head == UNCHANGED:
        return 0, set(flags)
    number = head.removeprefix(_CHANGE)
    return (int(number), set(flags)) if head.startswith(_CHANGE) and number.isdigit() else None


def _quads(store, number: int) -> list[ox.Quad]:
    payload = payloads.read_payload(store, number)
    return [] if payload is None else [*payload.added, *payload.removed]


def _recorded(main, number: int) -> bool:
    """Is change set ``number``'s record in ``graph/changes`` (its data transaction committed)?"""
    return next(iter(main.quads_for_pattern(payloads.change_iri(number), payloads.NUMBER, None, CHANGES)),
                None) is not None


def repair(store, announce: Callable[[str], None] | None = None) -> Words | None:
    """Finish what a killed process left (see the module's docstring); says what was done (words
    ``repair.*`` of ``kg.i18n.ERRORS``), else None.
    ``announce`` is given the code of the note to show (``note.finishing-write`` of ``kg.i18n.ERRORS``)
    first when there is something to finish."""
    main = store.main
    if store.location is not None:  # (a bulk write's text parts: never read again once its process is gone)
        bulk.clear_scratch(store.location)
        if (store.location / bulk.COMPACT_DUE).exists():  # (a taken-back write's tables, left for want of room)
            bulk.compact(main, store.location)
    marks = textindex.write_marks(main)
    if marks and announce is not None:
        announce("note.finishing-write")
    known = {mark: parsed for mark in marks if (parsed := _parse(mark)) is not None}
    # the quads of a write in parts, read before undo.resume() drops the payload of one whose
    # record never committed (its first part may have committed all the same)
    before = {mark: _quads(store, number) for mark, (number, flags) in known.items() if IN_PARTS in flags}
    said = undo.resume(store, begun={number for number, flags in known.values() if IN_PARTS in flags})
    marks = textindex.write_marks(main)  # (a finished rollback rebuilds the index, marks and all but a redraw owed)
    # a write of the data marks the redraw beside its own mark, before its data; one killed before its data committed
    # dropped nothing (the inferences go after the data), so they are whole and nothing is owed
    writes_of_data = [known.get(mark) for mark in marks if mark != textindex.REDRAW]
    if textindex.REDRAW in marks and writes_of_data and all(
            parsed is not None and parsed[0] != 0 and IN_PARTS not in parsed[1] and not _recorded(main, parsed[0])
            for parsed in writes_of_data):
        textindex.end_write(main, textindex.REDRAW)
        marks = [mark for mark in marks if mark != textindex.REDRAW]
    # the inferences a killed write drops here are drawn again by the open's upkeep where it owed their redraw
    dropped = Words("repair.dropped-owed") if textindex.REDRAW in marks else _DROPPED
    # a redraw cut off: what it half wrote goes, as a killed `dkg reason`'s does; its mark stays, for the open's
    # upkeep to draw the inferences again (kg.store.inferred)
    if textindex.REDRAW in marks and main.contains_named_graph(INFERRED):
        main.remove_graph(INFERRED)
        taskcounts.recount(main)
    marks = [mark for mark in marks if mark != textindex.REDRAW]
    if not marks:
        if not textindex.current(main):
            textindex.rebuild(main)
        return said
    if any(mark not in known and mark not in (textindex.INFERENCES, textindex.INFERENCES_BESIDE) for mark in marks) \
            or not history.is_recorded(store):
        main.remove_graph(INFERRED)
        textindex.rebuild(main)  # drops graph/index, the marks with it
        return Words("repair.rebuilt", {"dropped": dropped})
    notes: list[Words] = []
    for mark in marks:
        if mark == textindex.INFERENCES_BESIDE:  # the new inferences in place of the old, or not yet: either stays
            main.remove_graph(INFERRED_DRAFT)
            taskcounts.recount(main)
            textindex.end_write(main, mark)
            notes.append(Words("repair.reasoning-kept"))
            continue
        if mark == textindex.INFERENCES:
            main.remove_graph(INFERRED)
            taskcounts.recount(main)
            textindex.end_write(main, mark)
            notes.append(Words("repair.reasoning", {"dropped": dropped}))
            continue
        number, flags = known[mark]
        if number == 0:  # the data is as it was: finish as the write would have (it drops the inferences)
            main.remove_graph(INFERRED)
            if ALL_COUNTS in flags:
                taskcounts.recount(main)
            textindex.end_write(main, mark)
            notes.append(Words("repair.no-data", {"dropped": dropped}))
            continue
        written = _recorded(main, number)
        if not written and IN_PARTS not in flags:  # one transaction that never committed: nothing changed
            textindex.end_write(main, mark)
            notes.append(Words("repair.nothing-written", {"number": str(number)}))
            continue
        quads = before.get(mark, []) + _quads(store, number)
        if written:
            main.remove_graph(INFERRED)
        # (every unused word pruned: the write may have died between an entry's removal and the pruning)
        nodes = catch_up(store, quads, recount_all=ALL_COUNTS in flags and written, prune_all=True)
        textindex.end_write(main, mark)
        # (a write of evidence and events alone touches no index entry: "the entries of 0 documents" read as a loss)
        said_nodes = {"nodes": len(nodes)} if nodes else {}
        key = ("repair.completed" if nodes else "repair.completed-unindexed") + ("-dropped" if written else "")
        notes.append(Words(key, {"number": str(number), **said_nodes, **({"dropped": dropped} if written else {})}))
    return joined([*notes, *([said] if said is not None else [])])


def catch_up(store, quads: list[ox.Quad], *, recount_all: bool = False, prune_all: bool = False) -> list[ox.NamedNode]:
    """After a write's data (its inferences dropped): the index entries of the documents and units that ``quads`` (what
    it added and removed) touch, and the task counts of the bodies they assign (``recount_all``: every body's, where
    the dropped inferences assigned tasks), brought up to the data; what a write does before it ends its mark, and
    what the repair of one a killed process left does. ``prune_all``: every word no entry has is dropped, not only
    those of the entries rewritten. Returns the nodes whose entries were rewritten."""
    main = store.main
    nodes = textindex.affected(main, textindex.index_subjects(quads))
    textindex.refresh(main, nodes, location=store.location)
    if prune_all:
        textindex.prune_words(main)
    if recount_all:
        taskcounts.recount(main)
    else:
        taskcounts.recount(main, taskcounts.assigned_bodies(quads))
    return nodes


def owed(main) -> bool:
    """Does an open owe the store a repair of a write a killed process left? A redraw of the inferences cut off
    (``textindex.REDRAW``) owes one only while its half-drawn inferences are there: once an open dropped them, what is
    left to do is the redraw, which only an open for writing does (``kg.store.inferred``), and a reader that opened the
    store for writing again for it would repair nothing and keep a writer out meanwhile."""
    marks = textindex.write_marks(main)
    return any(mark != textindex.REDRAW for mark in marks) or (bool(marks) and main.contains_named_graph(INFERRED))


def reader_note(main, why: Detail) -> Words:
    """What a command that only reads says where the store needs a repair it cannot make now (``why``: the words
    ``why.held`` where another process holds the store, ``why.disk-full``, else the engine's): a write under way in
    the process that holds it (its mark is there while it writes: nothing to repair, and no ``dkg reindex`` to run);
    a write in parts that stopped before its record (killed, or its disk filled) and that a full disk keeps from
    being finished (the store holds part of its data until a command finishes it, once there is room); else derived
    data behind its data."""
    marks = textindex.write_marks(main)
    said = why.key if isinstance(why, Words) else ""
    if said == "why.held" and marks:
        return Words("note.writing")
    cut = [number for number, flags in filter(None, map(_parse, marks))
           if number and IN_PARTS in flags and not _recorded(main, number)]
    if said == "why.disk-full" and cut:
        return Words("note.half-written", {"number": str(cut[0])})
    return Words("note.stale", {"why": why})
