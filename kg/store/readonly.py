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

A view opened on the live folder opens a table file only when a read first needs it, and closes it again where it
holds more than the engine's share of the process's file descriptors (the descriptor limit less 48): on a store of more
table files than that (hundreds of files under a limit of 256 or 1,024, the usual defaults), a read that walks the store
after a writer's merge meets a file the merge deleted, long after the open. So a view is opened on a folder of its own
(:func:`linked_folder`, under ``STORE/reader-views/``): hard links to the table files, which no writer ever changes and
whose data stays while a link names it, and to the write-ahead logs (appended to, read by the view at its open only),
and copies of the few files a writer rewrites (the manifest, its pointer, the options). Nothing the writer deletes can then reach the view, for as long as it lives; a link made
while the writer deletes or adds files fails, or names a file the copied manifest lacks, and is tried again as an open
is. The folder goes when the store is closed (:func:`let_go`) or the process exits; one a killed reader left (whose
links would keep the files a writer deleted on the disk) is removed by the next open of the store, a reader's or a
writer's (:func:`remove_stale`). Where the reader may not write in the store's folder (another user's store),
the view is opened on the live folder, as before.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.holder import alive

#: The pauses before each try, in seconds: the first at once, then short pauses growing. A writer's tidying after its
#: open is brief, but a writer that goes on writing and merging keeps replacing files: each try races it again, so it
#: is the number of tries that gets a reader through (with four, some opens still failed beside such a writer:
#: bench/RESULTS.md, section review37), and a few seconds in all still tell a reader soon that the files keep moving.
PAUSES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2, 2.0)


def vanished(exc: BaseException, folder: Path) -> bool:
    """Did the engine fail because a file of the dataset in ``folder`` went away during the open (a writer tidying
    it), rather than for want of a dataset (no ``CURRENT`` file: nothing to wait for) or for another reason?"""
    return "No such file or directory" in str(exc) and (folder / "CURRENT").exists()


#: Where a store's readers keep the folders of their views (see the module), one folder per view.
VIEWS = "reader-views"
#: The files of a dataset a view's folder leaves out: the writer's lock and the engine's own diary.
_SKIPPED = ("LOCK", "LOG")
#: The files whose content never changes once written (linked, not copied), and the write-ahead logs, which a writer
#: only appends to and a view reads once, as it opens: a log grows to some hundreds of megabytes during a large write
#: before the engine writes it into tables, and a copy of it cost every reader opened then that much disk and the
#: time to write it (bench/RESULTS.md, round 43); a link costs neither, and the view reads what the copy would have.
_TABLES = (".sst", ".blob", ".log")
#: The views' folders this process made, by the view (removed by :func:`let_go`, or as the process exits).
_MADE: dict[int, Path] = {}


def linked_folder(folder: Path) -> Path | None:
    """A folder of its own for a view of the dataset in ``folder`` (see the module): hard links to its table files,
    copies of the rest. None where none can be made here (no right to write in the store's folder, links not allowed):
    the view is then opened on ``folder`` itself. A file gone while this ran (a writer's merge) raises
    ``FileNotFoundError``, the folder begun removed."""
    root = folder.parent / VIEWS
    remove_stale(root)
    target = root / f"{os.getpid()}-{secrets.token_hex(4)}" / folder.name
    try:
        target.mkdir(parents=True, mode=0o700)
    except OSError:
        return None
    try:
        for name in os.listdir(folder):
            if name.startswith(_SKIPPED):
                continue
            if name.endswith(_TABLES):
                os.link(folder / name, target / name)
            else:
                shutil.copyfile(folder / name, target / name)
    except FileNotFoundError:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    except OSError:  # (links refused where the file system has none, or for another user's files)
        shutil.rmtree(target.parent, ignore_errors=True)
        return None
    return target


def remove_stale(root: Path) -> None:
    """Remove the views' folders under ``root`` whose process is gone (a reader killed before it let its view go)."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(root):
            pid = entry.name.partition("-")[0]
            if pid.isdigit() and not alive(int(pid)):
                shutil.rmtree(entry.path, ignore_errors=True)


def let_go(views: Iterable[int]) -> None:
    """Remove the folders of ``views`` (the ``id`` of read-only views this module opened, let go: called once the
    engine has dropped them, so that no file of theirs is open as it goes)."""
    for view in views:
        made = _MADE.pop(view, None)
        if made is not None:
            shutil.rmtree(made.parent, ignore_errors=True)


def held_views() -> frozenset[Path]:
    """The folders of the views this process opened and has not let go (a store not closed holds its view's)."""
    return frozenset(_MADE.values())


@atexit.register
def _let_all_go() -> None:
    mine = f"{os.getpid()}-"  # (a forked child inherits the table of its parent's views, not the views)
    for made in list(_MADE.values()):
        if made.parent.name.startswith(mine):
            shutil.rmtree(made.parent, ignore_errors=True)
    _MADE.clear()


class _Moved(Exception):
    """A file of the dataset went away while a view's folder was made (tried again, as an open that meets one is)."""


def _view(path: Path, linked: bool) -> ox.Store:
    """One try of a read-only open of ``path``: on a folder of its own where ``linked`` and one can be made."""
    try:
        own = linked_folder(path) if linked and (path / "CURRENT").exists() else None
    except FileNotFoundError:
        raise _Moved from None
    try:
        view = ox.Store.read_only(str(own or path))
    except BaseException:
        if own is not None:
            shutil.rmtree(own.parent, ignore_errors=True)
        raise
    if own is not None:
        _MADE[id(view)] = own
    return view


def open_read_only(folder: str | Path, *, pauses: Iterable[float] = PAUSES, linked: bool = True) -> ox.Store:
    """The engine's read-only view of the dataset in ``folder``, on a folder of its own where ``linked`` (see the
    module), tried again after each of ``pauses`` while the open meets a file a writer removed meanwhile; then
    :class:`kg.errors.StoreError` (``store-tidying``) naming the folder and the tries. Other engine errors
    (``OSError``, ``RuntimeError``) are raised as the engine gave them."""
    path = Path(folder)
    tries = 0
    waited = 0.0
    for pause in pauses:
        if pause:
            time.sleep(pause)
            waited += pause
        tries += 1
        try:
            return _view(path, linked)
        except _Moved:
            continue
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
            return _read_once(path, read)
        except (OSError, RuntimeError) as exc:
            if not vanished(exc, path):
                raise
    time.sleep(last)
    return _read_once(path, read)


def _read_once(path: Path, read: Callable[[ox.Store], T]) -> T:
    """``read`` of a fresh view of ``path``, the view let go as it ends, whether it answered or failed (its folder
    would otherwise stay until the process exits: one per try, in a process that reads beside a writer for long)."""
    view = open_read_only(path)
    key = id(view)
    try:
        return read(view)
    finally:
        del view  # (the engine's files closed before its folder goes)
        let_go([key])


__all__ = ["PAUSES", "VIEWS", "held_views", "let_go", "linked_folder", "open_read_only", "read_beside", "remove_stale", "vanished"]
