"""The counts of ``dkg stats`` (số liệu thống kê), kept beside a folder store so that asking again
costs no pass over the store.

Counting the triples of every graph and the instances of every class reads every quad: seconds at a
million triples, on every ``dkg stats``. The answer is kept in ``STORE/counts.json`` with the
*state* of the store it was counted on: the name, size and modification time of every file of the
engine's datasets (``main``, ``quarantine``). Every committed write appends to the engine's log or
adds a table file, so any write changes that state, and a kept answer is used only while the state
is exactly the one it was counted on; anything else (a write, a crash, a repair, a compaction)
counts again. Nothing has to be kept up to date by the writers, so no write can leave it wrong.

The engine's own diagnostic logs (``LOG``, ``LOG.old.*``) are left out of the state: a read-only
open may write them.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import TypeGuard

FILE = "counts.json"
_DATASETS = ("main", "quarantine")


def state(location: Path) -> str:
    """A digest of the files of the store's datasets (name, size, modification time)."""
    h = hashlib.sha256()
    for name in _DATASETS:
        folder = location / name
        with contextlib.suppress(FileNotFoundError):
            for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                if entry.name.startswith("LOG") or not entry.is_file():
                    continue
                st = entry.stat()
                h.update(f"{name}/{entry.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def read(location: Path, current: str) -> tuple[dict[str, int], dict[str, int]] | None:
    """The kept counts when they were made on the state ``current``, else None."""
    try:
        kept = json.loads((location / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("state") != current:
        return None
    graphs, classes = kept.get("graphs"), kept.get("classes")
    if _counts(graphs) and _counts(classes):
        return graphs, classes
    return None


def _counts(value: object) -> TypeGuard[dict[str, int]]:
    return isinstance(value, dict) and all(isinstance(k, str) and type(v) is int for k, v in value.items())


def write(location: Path, counted_on: str, graphs: dict[str, int], classes: dict[str, int]) -> None:
    """Keep counts made on the state ``counted_on``, if the store is still in that state (else a
    write came in between, and what was counted may already be behind). Best effort: a store
    folder that cannot be written to (read-only media, a full disk) just counts again next time."""
    if state(location) != counted_on:
        return
    part = location / (FILE + f".{os.getpid()}.part")
    with contextlib.suppress(OSError):
        part.write_text(json.dumps({"state": counted_on, "graphs": graphs, "classes": classes},
                                   ensure_ascii=False), encoding="utf-8")
        os.replace(part, location / FILE)
    with contextlib.suppress(OSError):
        part.unlink()
