"""bench/ingest_phases.py: one ingest's phases timed in the ingesting process and its worker, and the floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_an_ingest_is_timed_by_phase_in_both_processes(tmp_path):
    # 48 texts: above kg.ingest.POOL_MIN, so a worker extracts beside the ingesting process
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_phases.py"), "--texts", "48", "--floor",
                           "--work", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [line.split(" | ") for line in done.stdout.splitlines() if line.startswith("| ")]
    main = [r[1].replace("&nbsp;", "") for r in rows if r[0] == "| main"]
    worker = [r[1].replace("&nbsp;", "") for r in rows if r[0] == "| worker"]
    # the batch's two phases in the order an ingest reaches them, the write nested in the second
    for earlier, later in [("ingest._built", "ingest._ingest_batch"), ("batch.validate_batch", "writes.write_quads"),
                           ("history.prepare_many", "writes.replace_graphs"),
                           ("writes.replace_graphs", "textindex.refresh")]:
        assert main.index(earlier) < main.index(later)
    assert "&nbsp;" * 6 + "writes.write_quads" in done.stdout
    # the worker's rows are its own (by process id), and it extracted
    assert worker == ["ingest._read_and_extract_all"]
    built = next(r for r in rows if r[0] == "| main" and r[1].endswith("ingest._built"))
    assert int(built[2]) == 48
    assert "exit 0" in done.stdout and "first phase (extract, build)" in done.stdout
    assert "the engine's bulk_extend of" in done.stdout and "validation of" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the texts and the store were made in a folder taken away after
