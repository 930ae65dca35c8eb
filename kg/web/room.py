"""Room on the disk for the query workers' snapshot (chỗ trống trên đĩa), looked at before ``dkg serve`` starts.

The ``/sparql`` workers read a snapshot of a folder store made beside it (:func:`kg.web.worker_process.folder_source`):
its files are hard links, but the merged default graph it adds is written anew, up to the store's own size
again. A server started on a disk with less room than that failed half-way through its start with the engine's
I/O error; :func:`require_room` says it first, with the figures and what to do (:class:`kg.errors.DiskFull`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kg.errors import DiskFull

MIB = 1024 * 1024


def store_bytes(location: str | Path) -> int:
    """The bytes of the store's main dataset (its folder ``main``): what a snapshot may need again."""
    total = 0
    for root, _dirs, files in os.walk(Path(location) / "main"):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:  # (a file the engine removed meanwhile)
                continue
    return total


def require_room(location: str | Path) -> None:
    """Refuse to serve the store at ``location`` where its disk has less room than a snapshot may take."""
    need = store_bytes(location)
    free = shutil.disk_usage(location).free
    if free < need:
        raise DiskFull(code="disk-room", details={"store": str(location), "need": str(-(-need // MIB)),
                                                  "free": str(free // MIB)})


__all__ = ["require_room", "store_bytes"]
