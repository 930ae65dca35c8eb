"""Large writes (ghi khối lớn): the one way the store writes a large batch, and Python's collector
held back while one is worked on (:func:`few_collections`).

Every data write that can be large (a ``dkg load``, an ingest's batch of texts, a rollback, the
finishing of a killed write) goes through :func:`write`, and every change set's payload is kept by
the same rule (``kg.store.payloads.write_payload``); one threshold, :data:`BULK_MIN`, decides for
both:

* a write of at least :data:`BULK_MIN` new quads is written by the engine's bulk loader, which
  writes table files directly instead of one transaction (several times faster at a million
  quads, and the engine never holds them all in memory); its change set's record last, in a small
  transaction of its own. A smaller write goes, with its record, in one transaction;
* a payload of at least :data:`BULK_MIN` quads is kept in gzipped N-Quads files beside the history
  (a folder store) or bulk-loaded into the history dataset (a store in memory).

One recovery direction: **forward**. Before a bulk write begins, the change set's payload (what is
removed, what is added) and its record are kept in the history, and the write's mark in the index
says it is not one transaction (``kg.store.recovery.IN_PARTS``). A process killed anywhere after the
mark leaves the next open to call :func:`write` again with the kept payload and record: removing a
quad that is gone and adding one that is there change nothing, so whatever part was written, the
store ends exactly as the whole write would have left it. A write that fails in the process itself
(a full disk) is taken back at once (:func:`take_back`), since the process can tell its caller that
nothing was written; only if that fails too is the write left for the next open to finish.
"""
from __future__ import annotations

import contextlib
import errno
import gc
import itertools
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

#: A write or a payload of at least this many quads is written in bulk (see the module's docstring).
#: Below it a transaction costs little and a payload file would cost more than the quads it keeps.
BULK_MIN = 5_000

#: A threshold of the oldest generation that the middle collections of one batch never reach.
NO_FULL_COLLECTION = 1 << 30


def is_bulk(count: int) -> bool:
    """Is a write or payload of ``count`` quads written in bulk?"""
    return count >= BULK_MIN


def _no_phase(phase: str) -> None:
    """No fault injection (see ``kg.store.writes.fault_point``)."""


def write(dataset, added: Sequence[ox.Quad], *, removed: Iterable[ox.Quad] = (), record: Sequence[ox.Quad] = (),
          phase: Callable[[str], None] = _no_phase, parts: Parts | None = None, location: Path | None = None,
          derived: Sequence[ox.Quad] = ()) -> bool:
    """Bring the data to what a change set says: ``removed`` taken out (one quad at a time: the
    engine has no bulk removal), ``added`` written, then ``record`` (the change set's entry in
    ``graph/changes``). Returns whether it was written in bulk (see the module's docstring);
    otherwise ``added`` and ``record`` go in one transaction.

    Idempotent, so that the next open can finish a killed bulk write by calling it again with the
    change set's kept payload. ``phase`` is called at the named moments of a bulk write
    (``data-partly-written``, half of ``added`` written) for the crash tests. ``parts``: ``added``'s text
    made ahead (:func:`make_parts`), deleted once written; ``location``: the folder of the store, under
    which the text is made otherwise (see :func:`write_beside`). ``derived``: quads the store derives from ``added``
    and that the store lacks (a load's index entries of nodes new to it, made before its verdict), written by the
    same write (beside ``added``'s parts when in bulk) though no part of its change set: a write finished from its
    payload writes none of them, and the repair after it makes them again (``kg.store.recovery``)."""
    for q in removed:
        dataset.remove(q)
    loader = getattr(dataset, "bulk_extend", None)
    if loader is None or not is_bulk(len(added)) or not isinstance(dataset, ox.Store):
        if parts is not None:  # (made for a write that does not take them)
            parts.discard()
    if loader is None or not is_bulk(len(added)):
        dataset.extend([*added, *derived, *record])
        return False
    if isinstance(dataset, ox.Store):
        write_beside(dataset, added, phase, parts=parts, location=location, derived=derived)
    else:  # (a mirror or a wrapper: its own bulk_extend, in two calls)
        half = len(added) // 2
        loader(added[:half])
        phase("data-partly-written")
        loader([*added[half:], *derived])
    dataset.extend(record)
    return True


#: How many of the engine's loaders of text a bulk write runs at once, each in a thread of its own.
LOADERS = 2

#: The folder, inside a folder store, that holds the text parts of the bulk writes under way (see
#: :class:`Parts`): under the store, so that the parts of a write killed half-way are cleared by the next
#: open for writing (``kg.store.recovery.repair``, :func:`clear_scratch`) instead of staying in ``$TMPDIR``.
SCRATCH = "bulk-parts"


def scratch(location: Path | None) -> Path | None:
    """Where the text parts of a bulk write of the store at ``location`` go (None: a store in memory,
    whose parts go to the system's temporary folder)."""
    return location / SCRATCH if location is not None else None


def clear_scratch(location: Path) -> None:
    """Delete what the bulk writes of a killed process left under ``location`` (called by the open that
    holds the store, so that no write is under way)."""
    shutil.rmtree(location / SCRATCH, ignore_errors=True)


def by_text(q: ox.Quad) -> bool:
    """Can ``q`` be written by the engine's loader of text? Not a quad with a blank node (or a
    quoted triple, which may hold one): that loader names blank nodes afresh, and the change set's
    payload, which a rollback and the finishing of a killed write read, keeps their labels."""
    return type(q.subject) is ox.NamedNode and type(q.object) in (ox.NamedNode, ox.Literal) \
        and type(q.graph_name) is not ox.BlankNode


@dataclass
class Parts:
    """A bulk write's quads as the engine takes them (phần ghi khối): ``paths``, N-Quads files of the quads
    without a blank node, one for each loader of text; ``other``, the rest, written as objects. The one
    form in which a write's new quads are handed to the loaders: made ahead by :func:`make_parts` where
    the same text serves the change set's payload too (one serialisation for both: a load's parts are made
    from its quads and the payload from them; an ingest's from the text its payload was made from), else
    by :func:`write_beside` itself. ``folder`` holds the files and is deleted with them (:meth:`discard`)
    once the write is over or given up."""

    folder: Path
    paths: list[Path] = field(default_factory=list)
    other: list[ox.Quad] = field(default_factory=list)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _begun(location: Path | None, added: Sequence[ox.Quad]) -> tuple[Parts, list[ox.Quad]]:
    """An empty :class:`Parts` in a new folder (readable by this user only) under ``location``'s
    :func:`scratch` folder, its ``other`` filled; and the quads that go by text."""
    base = scratch(location)
    if base is not None:
        base.mkdir(exist_ok=True)
    parts = Parts(Path(tempfile.mkdtemp(prefix="dkg-bulk-", dir=base)))
    plain: list[ox.Quad] = []
    for q in added:
        (plain if by_text(q) else parts.other).append(q)
    return parts, plain


def _texts(parts: Parts, plain: list[ox.Quad]) -> Iterator[Path]:
    """Write ``plain`` into :data:`LOADERS` files of ``parts``, yielding each once it is written."""
    step = max(1, -(-len(plain) // LOADERS))
    for n, i in enumerate(range(0, len(plain), step)):
        path = parts.folder / f"{n}.nq"
        ox.serialize(plain[i:i + step], path, format=ox.RdfFormat.N_QUADS)
        parts.paths.append(path)
        yield path


def make_parts(location: Path | None, added: Sequence[ox.Quad], text: bytes | None = None) -> Parts:
    """``added`` made into :class:`Parts` before its write (the files written now); raises what writing
    them raises (a full disk), with nothing left behind. ``text``: ``added``'s N-Quads text where the caller
    made it already (an ingest's change set, for its payload: ``kg.store.history.prepare_many``); where it
    names no blank node (:func:`whole_text`) it is cut at line ends into the parts as it is, and no quad of
    ``added`` is read again. The room the whole write needs is looked at first (:func:`room_for`): the parts are
    its first bytes on disk, and a disk they filled was said to be full once they were deleted again."""
    if location is not None:
        room_for(location, added, size=None if text is None else len(text))
    whole = text if text is not None and whole_text(text) else None
    parts, plain = _begun(location, () if whole is not None else added)
    try:
        for _ in _cut(parts, whole) if whole is not None else _texts(parts, plain):
            pass
    except BaseException:
        parts.discard()
        raise
    return parts


def whole_text(text: bytes) -> bool:
    """Can the N-Quads ``text`` go to the loader of text as it is? Not where it may name a blank node (``_:``,
    which that loader names afresh); the same two characters inside a literal send it the quads' way too, which
    only costs that way's time. (A triple term without a blank node reads back as it was written.) Each ``_`` is
    looked at rather than searching for the pair: ``:`` is in every IRI, which made that search ten times slower."""
    at = text.find(b"_")
    while at != -1:
        if text.startswith(b":", at + 1):
            return False
        at = text.find(b"_", at + 1)
    return True


def _cut(parts: Parts, text: bytes) -> Iterator[Path]:
    """``text`` cut at line ends into :data:`LOADERS` files of ``parts`` of about the same size, written as
    they are, yielding each once it is written."""
    view, start = memoryview(text), 0
    for n in range(LOADERS, 0, -1):
        end = len(text) if n == 1 else (text.find(b"\n", start + (len(text) - start) // n) + 1 or len(text))
        if end > start:
            path = parts.folder / f"{len(parts.paths)}.nq"
            path.write_bytes(view[start:end])
            parts.paths.append(path)
            yield path
        start = end


def _derived_text(parts: Parts, derived: Sequence[ox.Quad]) -> Iterator[Path]:
    """``derived``'s quads (each of which goes by text: :func:`by_text`), written into one more file of ``parts``,
    yielded once written."""
    path = parts.folder / "derived.nq"
    ox.serialize(derived, path, format=ox.RdfFormat.N_QUADS)
    parts.paths.append(path)
    yield path


def write_beside(store: ox.Store, added: Sequence[ox.Quad], phase: Callable[[str], None] = _no_phase, *,
                 parts: Parts | None = None, location: Path | None = None, derived: Sequence[ox.Quad] = ()) -> None:
    """Write ``added`` into ``store`` in bulk on both cores (ghi song song): the quads without a blank
    node as N-Quads text given to :data:`LOADERS` loaders of text at once, each in a thread of its own,
    the others by ``bulk_extend`` in the calling thread meanwhile.

    ``bulk_extend`` holds the interpreter's lock for its whole call and its loader builds each batch
    in one worker thread, so a write by it alone keeps one core busy; the loader of text lets go of
    the lock, so its threads run beside whatever the calling thread does (the next part's text, the
    quads with blank nodes). Each part's text goes through a file rather than memory, so that the
    process does not hold it beside the loaders' batches: ``parts``, those of ``added`` made ahead
    (:func:`make_parts`), else made here, under the :func:`scratch` folder of the store at ``location``.
    Either way they are deleted before this returns or raises. Every thread is joined before that (a
    full disk: the first error, after all have stopped), so that the caller's take-back
    (:func:`take_back`) sees all that was written. ``phase`` is called (``data-partly-written``) once
    the first part is written: the others may still be under way. ``derived`` (see :func:`write`): one more part
    of text, loaded beside ``added``'s: a second bulk write after the first cost more CPU than the same quads in one
    (bench/RESULTS.md, section load42)."""
    failed: list[BaseException] = []

    def load(path: Path) -> None:
        try:  # (the engine's own text of checked terms: its IRIs need no second check)
            store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS, lenient=True)
        except BaseException as exc:  # noqa: BLE001 - raised in the calling thread once all are joined
            failed.append(exc)
    threads: list[threading.Thread] = []
    plain: list[ox.Quad] = []
    try:
        if parts is None:
            parts, plain = _begun(location, added)
        texts: list[ox.Quad] = []
        other: list[ox.Quad] = []
        for q in derived:
            (texts if by_text(q) else other).append(q)
        # (a part made here is loaded while the next is made)
        for path in itertools.chain(list(parts.paths), _texts(parts, plain) if plain else (),
                                    _derived_text(parts, texts) if texts else ()):
            threads.append(threading.Thread(target=load, args=(path,), daemon=True))
            threads[-1].start()
        del plain, texts
        if parts.other or other:
            store.bulk_extend([*parts.other, *other])
        if threads:
            threads[0].join()
        phase("data-partly-written")
    finally:
        for thread in threads:
            thread.join()
        if parts is not None:
            parts.discard()
    if failed:
        raise failed[0]


#: What a bulk write needs on disk beyond its text and the engine's tables: an eighth of the text (the change set's
#: gzipped payload, the engine's log and its tables' own margin) and a fixed reserve; with twice the text alone, a load
#: whose tables came out larger than its text (bench/RELIABILITY.md, ops37) began, filled the disk and stopped half-way.
MARGIN, RESERVE = 8, 16 << 20
#: The bytes the engine's tables may take for one quad, whatever its text: six index entries of four terms each, and
#: the files of a merge under way. Where the quads are short (an ingest's batch, labels) the tables outgrow the text,
#: and twice the text was not enough (the peaks measured: bench/RELIABILITY.md, ops38).
PER_QUAD = 448


class NoRoom(OSError):
    """A bulk write refused before it begins (no space left, ``errno.ENOSPC``): the disk holding the store has
    ``free`` bytes, and the write needs about ``need``."""

    def __init__(self, need: int, free: int) -> None:
        super().__init__(errno.ENOSPC, f"No space left on device for a bulk write of about {need:,} bytes "
                                       f"({free:,} free)")
        self.need, self.free = need, free


def room_for(folder: Path, added: Sequence[ox.Quad], parts: Parts | None = None, *, size: int | None = None) -> None:
    """Raise :class:`NoRoom` where the disk holding ``folder`` has less room than a bulk write of ``added`` needs,
    before it begins: their N-Quads text (estimated from the first thousand), which stays on disk in parts until the
    write is over (not counted where ``parts`` are written already: their room is taken), and the engine's tables,
    the larger of that text and :data:`PER_QUAD` bytes a quad (the tables of short quads outgrow their text); and
    :data:`MARGIN`, :data:`RESERVE` more. ``size``: the text's length where it is made already (nothing is
    estimated then).

    A bulk write in several parts at once (:func:`write_beside`) that meets a full disk may have
    written some parts, whose removal one quad at a time needs room too: a write that cannot fit is
    better refused while nothing is written."""
    sample = list(added[:1000])
    if not sample:
        return
    if size is None:
        size = len(ox.serialize(sample, format=ox.RdfFormat.N_QUADS) or b"") * len(added) // len(sample)
    need = (0 if parts is not None else size) + max(size, PER_QUAD * len(added)) + size // MARGIN + RESERVE
    free = shutil.disk_usage(folder).free
    if free < need:
        raise NoRoom(need, free)


def take_back(dataset, added: Iterable[ox.Quad], removed: Iterable[ox.Quad] = ()) -> None:
    """Undo a write that failed in this process (see the module's docstring): ``added`` holds only
    quads the store lacked before and ``removed`` only quads it held, so the store is as it was."""
    # (only what is there: on a full disk even the removal of an absent quad may fail to be logged)
    for q in [q for q in added if q in dataset]:
        dataset.remove(q)
    dataset.extend([q for q in removed if q not in dataset])


#: A file a folder store keeps while the tables of a taken-back write wait to be merged away (see :func:`compact`).
COMPACT_DUE = "compact-due"


def compact(dataset, location: Path | None) -> None:
    """Merge away the tables of a write taken back (:func:`take_back`): the engine keeps a bulk write's table files,
    and a removal mark for each quad taken back, until it merges them, which it may not do for a long time (many
    times the store's own size held after a large load taken back: bench/RELIABILITY.md, ops38). A merge writes the live data anew before it lets the old files go, so it needs room for the store
    without the write, and where that room is lacking it fails with nothing lost: :data:`COMPACT_DUE` is then left
    for the next open for writing (``kg.store.recovery.repair``), which merges again."""
    engine = getattr(dataset, "disk", dataset)  # (a mirror in memory: its engine on disk)
    if not hasattr(engine, "optimize"):
        return
    due = location / COMPACT_DUE if location is not None else None
    try:
        engine.flush()  # (the removal marks into tables, where the merge meets the quads they remove)
        engine.optimize()
    except OSError:
        if due is not None:
            with contextlib.suppress(OSError):
                due.touch()
        return
    if due is not None:
        with contextlib.suppress(OSError):
            due.unlink(missing_ok=True)


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """Python's full garbage collections put off while a large batch is worked on; the young ones go on.

    A batch holds millions of objects the collector tracks (pyoxigraph terms and quads, rdflib
    triples, an ingest's facts) until it is written, and each full collection walks them all again
    without freeing any. The young collections still find the short-lived cycles a batch makes, so
    that memory cannot run away; what is older waits for the first full collection after the batch.
    The oldest generation's threshold is given back on the way out, unless another batch (in another
    thread) or someone else has changed it meanwhile."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, NO_FULL_COLLECTION)
    try:
        yield
    finally:
        now = gc.get_threshold()
        if old != NO_FULL_COLLECTION and now[2] == NO_FULL_COLLECTION:
            gc.set_threshold(now[0], now[1], old)
