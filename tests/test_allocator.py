"""kg.store.allocator: `dkg serve` and a large `dkg load` start themselves again with jemalloc where it is
installed."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import allocator
from kg.store.allocator import jemalloc_environment, restart_for_load

ROOT = Path(__file__).resolve().parents[1]


def test_jemalloc_is_preloaded_once_and_only_when_found():
    env = {"PATH": "/bin", "LD_PRELOAD": "libother.so"}
    out = jemalloc_environment(env, "libjemalloc.so.2")
    assert out["LD_PRELOAD"] == "libjemalloc.so.2 libother.so" and out["DKG_MALLOC"] == "jemalloc"
    assert out["PATH"] == "/bin" and env["LD_PRELOAD"] == "libother.so"  # the caller's mapping is kept
    assert jemalloc_environment(out, "libjemalloc.so.2") is None  # already running with it: no loop
    assert jemalloc_environment({"PATH": "/bin"}, None) is None  # not installed
    assert jemalloc_environment({"DKG_MALLOC": "system"}, "libjemalloc.so.2") is None  # asked for glibc


def test_a_load_restarts_from_its_files_size_on(tmp_path, monkeypatch):
    restarts: list[int] = []
    monkeypatch.setattr(allocator, "restart_with_jemalloc", lambda: restarts.append(1))
    monkeypatch.setattr(allocator, "LOAD_MIN_BYTES", 1000)
    small, other = tmp_path / "a.nt", tmp_path / "b.nt"
    small.write_bytes(b"#" * 600)
    other.write_bytes(b"#" * 500)
    restart_for_load([str(small)])
    assert restarts == []  # (near miss: under the bound)
    restart_for_load([str(small), str(other)])  # (the files add up)
    assert restarts == [1]
    restart_for_load([str(small), "-", str(other)])  # (standard input: not measured, nothing restarted)
    restart_for_load([str(tmp_path / "missing.nt"), str(small)])
    assert restarts == [1]


def _allocator_of_load(store: Path, batch: Path) -> bool:
    """Does ``dkg load BATCH`` run with jemalloc mapped? Read from the process's memory map once it has made the store
    (after any restart, which comes first and keeps the process id), the write held at its mark meanwhile."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), DKG_FAULT_PAUSE="marked:3")
    env.pop("DKG_MALLOC", None)
    env.pop("LD_PRELOAD", None)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "load", str(batch)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            if store.exists():
                return "jemalloc" in Path(f"/proc/{proc.pid}/maps").read_text()
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.05)
    finally:
        proc.wait(timeout=120)
        assert proc.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists() or ctypes.util.find_library("jemalloc") is None,
                    reason="needs /proc and jemalloc installed")
def test_a_large_load_runs_with_jemalloc_and_a_small_one_does_not(tmp_path):
    triple = b'<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .\n'
    large = tmp_path / "large.nt"  # (comment lines: the size without a batch's parse)
    with large.open("wb") as out:
        for _ in range(allocator.LOAD_MIN_BYTES // 1000 + 1):
            out.write(b"# " + b"x" * 998 + b"\n")
        out.write(triple)
    small = tmp_path / "small.nt"
    small.write_bytes(triple)
    assert _allocator_of_load(tmp_path / "store", large)
    assert not _allocator_of_load(tmp_path / "other", small)
