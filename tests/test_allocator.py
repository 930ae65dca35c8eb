"""kg.allocator: `dkg serve`, a large `dkg load` and a large `dkg ingest` start themselves again with jemalloc where it is
installed."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from kg import allocator
from kg.allocator import jemalloc_environment, restart_for_command, restart_for_ingest, restart_for_load

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


def test_an_ingest_restarts_from_its_count_of_texts_on(tmp_path, monkeypatch):
    restarts: list[int] = []
    monkeypatch.setattr(allocator, "restart_with_jemalloc", lambda: restarts.append(1))
    monkeypatch.setattr(allocator, "INGEST_MIN_TEXTS", 3)
    folder = tmp_path / "bai"
    folder.mkdir()
    for name in ("a.txt", "b.html", "ghi-chu.csv", "anh.png"):  # (two texts; the other files are no input)
        (folder / name).write_text("Tin ngắn.", encoding="utf-8")
    restart_for_ingest([str(folder)])
    assert restarts == []  # (near miss: two texts under a bound of three, whatever the folder's other files)
    (tmp_path / "c.txt").write_text("Tin ngắn.", encoding="utf-8")
    # (near miss: the values of options, which the command line passes on as words, are no texts)
    restart_for_ingest([str(folder), "2026-12-06", "Huế"])
    assert restarts == []
    restart_for_ingest([str(folder), str(tmp_path / "c.txt")])  # (a file named and a folder's texts add up)
    assert restarts == [1]


def test_the_command_line_decides_for_a_load_or_an_ingest_only(tmp_path, monkeypatch):
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setitem(allocator._BY_INPUTS, "load", lambda files: asked.append(("load", list(files))))
    monkeypatch.setitem(allocator._BY_INPUTS, "ingest", lambda paths: asked.append(("ingest", list(paths))))
    restart_for_command(["--store", "kho", "--lang", "vi", "ingest", "bai", "--date", "2026-12-06", "--place", "Huế"])
    restart_for_command(["load", "--force", "a.ttl", "-", "b.nq"])
    assert asked == [("ingest", ["bai", "2026-12-06", "Huế"]), ("load", ["a.ttl", "-", "b.nq"])]
    restart_for_command(["query", "load"])  # (near misses: another command first, a command's help, no command,
    restart_for_command(["ingest", "bai", "--help"])  # a store named as a command)
    restart_for_command(["--store", "kho", "stats"])
    restart_for_command(["--store", "ingest", "stats"])
    assert len(asked) == 2


def test_dkg_serve_starts_again_with_jemalloc_before_the_cli_is_imported(monkeypatch):
    restarts: list[int] = []
    monkeypatch.setattr(allocator, "restart_with_jemalloc", lambda: restarts.append(1))
    restart_for_command(["--store", "kho", "serve", "--port", "8001", "--memory"])
    assert restarts == [1]
    restart_for_command(["serve", "--help"])  # (near misses: its help, a store named serve)
    restart_for_command(["--store", "serve", "stats"])
    assert restarts == [1]


def test_the_options_before_a_command_that_take_a_value_are_the_cli_s():
    from kg.cli import main

    valued = {name for p in main.params if isinstance(p, click.Option) and not p.is_flag and p.nargs == 1
              for name in p.opts if name.startswith("--")}
    assert valued == set(allocator.VALUED_OPTIONS)


def _allocator_of(store: Path, *command: str) -> bool:
    """Does ``python -m kg --store STORE COMMAND...`` run with jemalloc mapped? Read from the process's memory map once
    it has made the store (after any restart, which comes first and keeps the process id), the write held at its mark
    meanwhile."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), DKG_FAULT_PAUSE="marked:3")
    env.pop("DKG_MALLOC", None)
    env.pop("LD_PRELOAD", None)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), *command], env=env,
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
    assert _allocator_of(tmp_path / "store", "load", str(large))
    assert not _allocator_of(tmp_path / "other", "load", str(small))


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists() or ctypes.util.find_library("jemalloc") is None,
                    reason="needs /proc and jemalloc installed")
def test_a_large_ingest_runs_with_jemalloc_and_a_small_one_does_not(tmp_path):
    many, few = tmp_path / "nhieu", tmp_path / "it"
    many.mkdir()
    few.mkdir()
    for i in range(allocator.INGEST_MIN_TEXTS):  # (short notices of our own, each a text of its own)
        (many / f"tin{i:04d}.txt").write_text(f"Bản tin số {i}: xã tổ chức buổi họp dân ngày 5/11/2026.\n",
                                              encoding="utf-8")
    (few / "tin.txt").write_text("Bản tin: xã tổ chức buổi họp dân ngày 5/11/2026.\n", encoding="utf-8")
    assert _allocator_of(tmp_path / "store", "ingest", str(many))
    assert not _allocator_of(tmp_path / "other", "ingest", str(few))


@pytest.mark.slow  # (the web app is built: about two seconds)
def test_serve_called_in_process_never_restarts_its_caller(tmp_path, monkeypatch):
    """A test runner (or a notebook) calling `serve` in-process, with "serve" among its own arguments (`pytest -k
    serve`), is not started again: the allocator is the launcher's decision, on the parsed command line."""
    from click.testing import CliRunner  # noqa: PLC0415

    from kg.cli import main  # noqa: PLC0415
    from kg.web import serving  # noqa: PLC0415

    restarts: list[int] = []
    monkeypatch.setattr(allocator, "restart_with_jemalloc", lambda: restarts.append(1))
    monkeypatch.setattr(sys, "argv", ["pytest", "-k", "serve"])
    monkeypatch.setattr(serving, "run", lambda app, **kw: None)
    monkeypatch.setattr("kg.web.address.check_port", lambda *a: None)
    monkeypatch.delenv("DKG_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = CliRunner().invoke(main, ["serve", "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert restarts == []
