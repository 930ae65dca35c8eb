"""Shared fixtures: small stores and the path to ../shared when it is there."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout, or where DKG_TEST_SHARED says (a checkout in a worktree folder)
SHARED = Path(os.environ.get("DKG_TEST_SHARED") or ROOT.parent / "shared")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip("../shared (the annotated corpus) is not next to this checkout")
    return SHARED


@pytest.fixture
def memory_store():
    from kg.store import Store

    return Store.open(None)


#: ``DKG_TEST_BACKEND=oxigraph-server`` runs the store-level and CLI tests against a real
#: Oxigraph server (``oxigraph serve`` on a loopback port) instead of a local folder;
#: ``DKG_TEST_BACKEND=virtuoso`` against a real Virtuoso (tests/virtuoso_server.py).
VIRTUOSO_MODE = os.environ.get("DKG_TEST_BACKEND") == "virtuoso"
SERVER_MODE = os.environ.get("DKG_TEST_BACKEND") == "oxigraph-server" or VIRTUOSO_MODE
#: ``DKG_TEST_BACKEND=mirror`` runs them on a folder store mirrored in memory (``kg.store.mirror``,
#: what ``dkg serve --memory`` uses).
MIRROR_MODE = os.environ.get("DKG_TEST_BACKEND") == "mirror"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oxigraph_server(folder: Path) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists() and not shutil.which(exe):
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("oxigraph server did not start")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """One Virtuoso for the session (a fresh one per test would cost seconds each)."""
    import virtuoso_server

    if not virtuoso_server.installed():
        pytest.skip("Virtuoso (Debian's virtuoso-opensource) is not installed")
    server = virtuoso_server.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


def empty_virtuoso(server) -> None:
    """Drop every graph of ours from ``server`` (its own graphs stay), so a test starts empty."""
    from kg.store.remote import RemoteDataset

    dataset = RemoteDataset(server.url, layout="virtuoso")
    try:
        for graph in list(dataset.named_graphs()):
            dataset.remove_graph(graph)
    finally:
        dataset.close()


@pytest.fixture
def store_location(tmp_path, request, monkeypatch):
    """Where a test's store lives: a folder, or the URL of a fresh (or emptied) server."""
    if not SERVER_MODE:
        yield str(tmp_path / "store")
        return
    if VIRTUOSO_MODE:
        server = request.getfixturevalue("virtuoso")
        for key, value in server.environment().items():
            monkeypatch.setenv(key, value)
        empty_virtuoso(server)
        yield server.url
        return
    proc, url = start_oxigraph_server(tmp_path / "server")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def disk_store(store_location):
    from kg.store import Store

    store = Store.from_cli(store_location, write=True, memory=MIRROR_MODE)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Commands never touch the user's real default store during tests."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("DKG_STORE", raising=False)
