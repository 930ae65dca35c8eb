"""bench/load_phases.py: one load's phases timed in the loading process, and the floor beside it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_a_load_is_timed_by_phase_and_the_store_copied(tmp_path):
    whole = tmp_path / "whole.nq"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", "12000", "--seed", "2",
                    "--out", str(whole)], check=True, capture_output=True, timeout=120)
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from cli_load_bench import split
    finally:
        sys.path.remove(str(ROOT / "bench"))
    base, batch = tmp_path / "base.nq", tmp_path / "batch.nq"
    split(whole, 4000, base, batch)
    store = tmp_path / "store"
    subprocess.run([sys.executable, "-m", "kg", "--store", str(store), "load", str(base)], cwd=ROOT, check=True,
                   capture_output=True, timeout=300)
    before = sorted(p.name for p in store.rglob("*"))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "load_phases.py"), "--store", str(store), str(batch),
                           "--floor", "--work", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [line.split(" | ") for line in done.stdout.splitlines() if line.startswith("| loader |")]
    phases = [r[1].replace("&nbsp;", "") for r in rows]
    # the write's phases, each once and in the order a load reaches them, nested under the write
    for earlier, later in [("store.read_batch", "writes.write_quads"), ("history.prepare", "bulk.write"),
                           ("bulk.write", "textindex.refresh"), ("textindex.refresh", "store.Store.close")]:
        assert phases.index(earlier) < phases.index(later)
    assert "&nbsp;&nbsp;&nbsp;&nbsp;history.prepare" in done.stdout
    assert "exit 0" in done.stdout and "conforms True" in done.stdout
    assert "the engine's bulk_load of the file" in done.stdout
    assert sorted(p.name for p in store.rglob("*")) == before  # the given store is not the one loaded into
