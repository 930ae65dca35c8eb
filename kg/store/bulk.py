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
  (a folder store) or bulk-loaded into the history dataset (a store in memory);
* derived quads known before a bulk write (a plain addition's new index entries) may be written beside
  it, in a thread, by the engine's loader of N-Quads text (:func:`beside`).

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
import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence

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
          phase: Callable[[str], None] = _no_phase) -> bool:
    """Bring the data to what a change set says: ``removed`` taken out (one quad at a time: the
    engine has no bulk removal), ``added`` written, then ``record`` (the change set's entry in
    ``graph/changes``). Returns whether it was written in bulk (see the module's docstring);
    otherwise ``added`` and ``record`` go in one transaction.

    Idempotent, so that the next open can finish a killed bulk write by calling it again with the
    change set's kept payload. ``phase`` is called at the named moments of a bulk write
    (``data-partly-written``, half of ``added`` written) for the crash tests."""
    for q in removed:
        dataset.remove(q)
    loader = getattr(dataset, "bulk_extend", None)
    if loader is None or not is_bulk(len(added)):
        dataset.extend([*added, *record])
        return False
    half = len(added) // 2
    loader(added[:half])
    phase("data-partly-written")
    loader(added[half:])
    dataset.extend(record)
    return True


class Beside:
    """Quads written by the engine's loader in a thread beside another write (ghi song song): see
    :func:`beside`. :meth:`join` waits for it and raises what it raised (an ``OSError``: a full disk)."""

    def __init__(self, dataset, text: bytes, phase: Callable[[str], None]) -> None:
        self._error: BaseException | None = None

        def load() -> None:
            try:
                # (lenient: text the engine wrote itself from terms it had checked, not read again for errors)
                dataset.bulk_load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller by join()
                self._error = exc
                return
            phase("entries-written")
        self._thread = threading.Thread(target=load, daemon=True)
        self._thread.start()

    def join(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def beside(dataset, quads: Sequence[ox.Quad], phase: Callable[[str], None] = _no_phase) -> Beside | None:
    """Start writing ``quads`` (which hold no blank node: the loader names those afresh) in a thread, by
    the engine's loader of N-Quads text, beside a write that this thread goes on with; None (nothing
    started) where they are too few to be written in bulk or the engine has no such loader.

    The engine's loader of text lets go of Python's lock while it works, which :func:`write`'s loader of
    quads does not: the second core, which a bulk write of quads leaves mostly idle, writes these
    meanwhile. Derived quads only (a search index's entries): they are written outside the order of
    the module's docstring, under the write's mark, and the repair after a kill makes them again from
    the data. ``phase`` is called in the thread once they are written (``entries-written``)."""
    if not is_bulk(len(quads)) or not isinstance(dataset, ox.Store):
        return None
    return Beside(dataset, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"", phase)


def take_back(dataset, added: Iterable[ox.Quad], removed: Iterable[ox.Quad] = ()) -> None:
    """Undo a write that failed in this process (see the module's docstring): ``added`` holds only
    quads the store lacked before and ``removed`` only quads it held, so the store is as it was."""
    # (only what is there: on a full disk even the removal of an absent quad may fail to be logged)
    for q in [q for q in added if q in dataset]:
        dataset.remove(q)
    dataset.extend([q for q in removed if q not in dataset])


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
