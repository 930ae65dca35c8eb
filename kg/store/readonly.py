"""A folder's dataset opened read-only beside a process that writes to it (mở kho chỉ đọc bên cạnh tiến trình ghi).

The engine's read-only open reads the folder's manifest, then opens every table file the manifest names. A process
that has just opened the same folder for writing goes on tidying it for a moment (its log written into tables,
tables merged) and deletes the files it replaced, so an open made then can name a file that is gone by the time it
is opened ("Corruption: IO error: No such file or directory ... 000502.sst", or the manifest itself). Once open, the
view keeps every file it opened, and later deletions do not reach it; a later open reads the new manifest. But it
opens a table file only when a read first needs it, so a read that walks much of the store soon after the writer's
open can meet one gone too: such a read is made again on a fresh view (:func:`read_beside`).

So every read-only open of a store's live folder goes through :func:`open_read_only`, which tries again after a short
pause where the engine names a vanished file: the CLI's readers (``Store.open(read_only=True)``, their quarantine and
history) and the validating child of a large load (``kg.store.store.context_beside``). Any other failure is raised at
once. (The query workers of ``dkg serve`` open a snapshot, which no writer changes: ``kg.web.workers``.)
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg.errors import StoreError

#: The pauses before each try, in seconds: the first at once, then short pauses growing. A writer's tidying after its
#: open is brief, but a writer that goes on writing and merging keeps replacing files: each try races it again, so it
#: is the number of tries that gets a reader through (with four, some opens still failed beside such a writer:
#: bench/RESULTS.md, section review37), and a few seconds in all still tell a reader soon that the files keep moving.
PAUSES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2, 2.0)


def vanished(exc: BaseException, folder: Path) -> bool:
    """Did the engine fail because a file of the dataset in ``folder`` went away during the open (a writer tidying
    it), rather than for want of a dataset (no ``CURRENT`` file: nothing to wait for) or for another reason?"""
    return "No such file or directory" in str(exc) and (folder / "CURRENT").exists()


def open_read_only(folder: str | Path, *, pauses: Iterable[float] = PAUSES) -> ox.Store:
    """The engine's read-only view of the dataset in ``folder``, tried again after each of ``pauses`` while the open
    meets a file a writer removed meanwhile; then :class:`kg.errors.StoreError` (``store-tidying``) naming the folder
    and the tries. Other engine errors (``OSError``, ``RuntimeError``) are raised as the engine gave them."""
    path = Path(folder)
    tries = 0
    waited = 0.0
    for pause in pauses:
        if pause:
            time.sleep(pause)
            waited += pause
        tries += 1
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if not vanished(exc, path):
                raise
    raise StoreError(code="store-tidying", details={"store": str(path.parent), "tries": tries,
                                                    "seconds": f"{waited:g}"})


T = TypeVar("T")


def read_beside(folder: str | Path, read: Callable[[ox.Store], T], *, pauses: Iterable[float] = PAUSES) -> T:
    """``read`` of the read-only view of the dataset in ``folder`` (:func:`open_read_only`), made again on a fresh view
    after each of ``pauses`` where it meets a table file a writer removed meanwhile: the engine opens a view's table
    files as a read first needs them, so a read that walks much of the store (a query over all of it) can meet one
    that a writer's merge after its open deleted; a fresh view reads the new manifest. Other errors are raised at
    once, and the last try's too."""
    path = Path(folder)
    *retried, last = pauses
    for pause in retried:
        if pause:
            time.sleep(pause)
        try:
            return read(open_read_only(path))
        except (OSError, RuntimeError) as exc:
            if not vanished(exc, path):
                raise
    time.sleep(last)
    return read(open_read_only(path))


__all__ = ["PAUSES", "open_read_only", "read_beside", "vanished"]
