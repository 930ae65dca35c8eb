"""The code a benchmark runs beside this checkout's: that of a commit, unpacked from ``git archive REF``
(its ``kg``, ``shapes``, ``ontology`` and ``queries``) into a folder, run with the same interpreter and
dependencies (``PYTHONPATH`` the folder). Imported by the benchmarks beside it."""
from __future__ import annotations

import os
import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def baseline_code(ref: str, into: Path) -> Path:
    """The code of ``ref`` unpacked into the folder ``into`` (returned)."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "kg", "shapes", "ontology", "queries"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    # The reference graph's stamp is made from the ontology files' modification times, which the
    # archive sets to the commit's: given this checkout's, the baseline does not reload the reference
    # graph of a store this checkout made (and rebuild its index) at its first open, which it otherwise does.
    for path in (into / "ontology").glob("*.ttl"):
        ours = ROOT / "ontology" / path.name
        if ours.exists() and ours.read_bytes() == path.read_bytes():
            st = ours.stat()
            os.utime(path, (st.st_atime, st.st_mtime))
    return into
