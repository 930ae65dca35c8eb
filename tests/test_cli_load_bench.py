"""bench/cli_load_bench.py as its users start it: a --work folder that does not exist yet is made
(it failed with FileNotFoundError from the temporary folder inside it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_work_folder_that_is_not_there_is_made(tmp_path):
    work = tmp_path / "not" / "there"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "cli_load_bench.py"), "--base", "300", "--batch",
                           "300", "--runs", "1", "--no-baseline", "--work", str(work)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert work.is_dir()
    assert "| this checkout |" in done.stdout
    assert list(work.iterdir()) == []  # its own temporary folder inside is removed after the run
