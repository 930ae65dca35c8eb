"""A consistent copy of a folder store, made while it is in use (sao lưu kho khi đang chạy): ``dkg backup DIR``.

Copying the folder with ``cp`` while a server or a load writes to it can copy a table file the engine is about to
replace and miss the one replacing it, and a log half-written: the copy may not open, or hold part of a write. The
engine makes a checkpoint instead (``pyoxigraph.Store.backup``): the table files of the dataset (hard links where
the copy is on the same disk, so a backup costs little room) and its log. Only the process that holds the store for
writing can make a whole one: a read-only view's checkpoint leaves out what is still only in the writer's log (the
last writes, found missing from a copy made so beside `dkg serve`: ``bench/RELIABILITY.md``). So the copy is made
by the holder, between two writes: by ``dkg serve`` under its write lock (``POST /store/backup``, which `dkg backup`
sends where a server holds the store), else by `dkg backup` itself, which takes the store as a writer does (a load
or an ingest under way refuses it, naming the command, as it refuses a second writer).

Every dataset (``main``, ``quarantine``, ``history``), the change sets' payload files (``STORE/changes``) and the
store's format are copied with no write under way, so the copy is the store at one moment. It is itself a store:
restore it by stopping the server and putting the copy in the store's place (or point ``--store`` at it).
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError, UsageError
from kg.store import storeformat

#: The folder of the change sets' payload files.
PAYLOADS = "changes"


@dataclass
class Made:
    """What a backup copied: the quads of the main dataset."""

    quads: int


def check_target(location: Path, target: Path) -> None:
    """Refuse (:class:`kg.errors.UsageError`) a ``target`` that exists or lies inside the store at ``location``."""
    if target.exists():
        raise UsageError(code="backup-exists", details={"target": str(target)})
    if target.resolve().is_relative_to(location.resolve()):
        raise UsageError(code="backup-inside", details={"target": str(target), "store": str(location)})


def backup(store, target: Path) -> Made:
    """Copy ``store`` (a ``kg.store.Store`` on a folder, opened for writing by this process, with no write under way)
    into ``target``, a folder that must not exist yet. :class:`kg.errors.StoreError` where the engine cannot copy
    (the unfinished copy is deleted)."""
    location = store.location
    if location is None or store.read_only:
        raise UsageError(code="backup-remote")
    check_target(location, target)
    target.mkdir(parents=True)
    try:
        main = getattr(store.main, "disk", store.main)  # (a server's mirror in memory: its engine on disk)
        main.backup(str(target / "main"))
        if (location / "quarantine" / "CURRENT").exists():
            store.quarantine_store.backup(str(target / "quarantine"))
        if (location / "history" / "CURRENT").exists():
            store.history_store.backup(str(target / "history"))
        if (location / PAYLOADS).is_dir():
            shutil.copytree(location / PAYLOADS, target / PAYLOADS, ignore=lambda _, names: [
                n for n in names if n.endswith(".part")])  # (a payload is whole once renamed)
        if (location / storeformat.FILE).exists():
            shutil.copy2(location / storeformat.FILE, target / storeformat.FILE)
        return Made(len(main))
    except (OSError, RuntimeError) as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StoreError(code="backup-failed", details={"store": str(location), "why": str(exc)}) from None


__all__ = ["Made", "backup", "check_target"]
