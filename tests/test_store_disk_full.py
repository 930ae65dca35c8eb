"""A full disk: a write says whether anything was committed, and reads keep working.

Needs a small filesystem of its own (a tmpfs mounted by root, as CI runs); skipped elsewhere.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def dkg(store: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], env={**os.environ, "DKG_STORE": str(store)},
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=30M", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_load_that_fills_the_disk_says_so_and_reads_go_on(small_disk, tmp_path):
    store = small_disk / "store"
    assert dkg(store, "load", str(ROOT / "kg" / "data" / "bundled" / "corpus.ttl")).returncode == 0
    big = tmp_path / "big.nq"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", "250000", "--seed", "3",
                    "--no-places", "--out", str(big)], check=True, capture_output=True, timeout=300)
    before = dkg(store, "export", "--format", "nq").stdout
    result = dkg(store, "load", "--force", str(big))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert "the disk is full" in result.stderr
    assert "nothing was written" in result.stderr or "is committed" in result.stderr
    stats = dkg(store, "stats")
    assert stats.returncode == 0 and "asserted" in stats.stdout
    query = dkg(store, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv")
    assert query.returncode == 0 and "115-CTr/TU" in query.stdout
    if "nothing was written" in result.stderr:
        assert dkg(store, "export", "--format", "nq").stdout == before
