"""The engine's write-ahead log moved into its tables after much has been written (chuyển nhật ký ghi vào bảng).

A transaction is kept first in the engine's write-ahead log and in memory; the engine writes it into table files
only once its memory for that part of the store fills, or the store is flushed (``Store.close`` does). A process
that holds a store open and writes much through transactions (``dkg serve``: every write on a store that holds
inferences draws them all again, a removal and an addition of each; a load's index, record and inferences) leaves a
log of hundreds of megabytes that no table holds yet. The engine's read-only open, which every reader beside such a
process makes (``kg.store.readonly``), reads that whole log again before it answers: minutes for a log of 183 MB
(bench/RESULTS.md, rounds 43 and 44), where a flushed log costs it nothing.

So a writer counts the quads its transactions wrote (:func:`wrote`, on the store itself: :class:`Unflushed`) and flushes the engine at the end of the write
that takes the count past :data:`LARGE`. A flush changes no guarantee: each transaction was committed to the log
before it returned, and a process killed during a flush finds the log replayed by its next open, as before. It costs
the writer the time to write what it holds in memory (a fraction of a second for the quads counted), which the reader beside it no longer pays many times over.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

#: The quads written through transactions after which the writer flushes its engine. A reader's open replays a log of
#: this size in well under a second, and its cost grows faster than the log (bench/RESULTS.md, round 44); a flush of
#: it costs the writer about as little, and a few small writes (a review decision) never reach it.
LARGE = 20_000


@dataclass
class Unflushed:
    """The quads written through transactions to one store's engine since its last flush: kept by the store that
    writes (``Store.unflushed``), so that a count belongs to the store whose writes made it. (Round 44 kept counts in a
    table keyed by the engine's ``id``, which a later engine could be given after the first was freed, inheriting its
    count and flushing early.)"""

    count: int = 0


def wrote(store, count: int) -> bool:
    """Count ``count`` quads as written through transactions to ``store``'s engine (added or removed), at the end of a
    write; flush the engine where the count since its last flush has reached :data:`LARGE`. Whether it flushed. A
    store that is not an embedded engine (a remote server) is left alone; a mirror's engine on disk is flushed."""
    engine = getattr(store.main, "disk", store.main)  # (a mirror's: kg.store.mirror)
    if not isinstance(engine, ox.Store) or count <= 0:
        return False
    kept: Unflushed = store.unflushed
    kept.count += count
    if kept.count < LARGE:
        return False
    try:
        flush_engine(engine)
    except OSError:
        # (the write itself was committed to the log before this: a full disk or a lost device fails only the move
        # into tables, which the next write tries again with the count kept; the write is not reported failed)
        return False
    kept.count = 0
    return True


def flush_engine(engine: ox.Store) -> None:
    """Move the engine's log into its tables (a seam of its own: the engine's class takes no stand-in)."""
    engine.flush()


__all__ = ["LARGE", "Unflushed", "flush_engine", "wrote"]
