"""bench/extract_bench.py as its users start it: ``--ingest-runs 0`` times extraction alone (it failed with a
traceback, the median of no runs), and a number of extraction runs below one is refused with a message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "extract_bench.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_no_ingest_runs_times_extraction_alone():
    done = run("--articles", "30", "--runs", "1", "--ingest-runs", "0")
    assert done.returncode == 0, done.stderr
    assert "| extraction (`kg.extract.extract`) | 30 articles |" in done.stdout
    assert "| ingest" not in done.stdout


def test_zero_extraction_runs_is_refused_with_a_message():
    done = run("--articles", "30", "--runs", "0", "--ingest-runs", "0")
    assert done.returncode == 2
    assert "0 runs: give 1 or more" in done.stderr
    assert "Traceback" not in done.stderr
