"""Shared fixtures: small stores and the path to ../shared when it is there.

Set-up that costs is built once and shared; what a test may change is its own copy.

* ``memory_store``: a new in-memory store (reference data only).
* ``new_store_path``: ``tmp_path / "store"`` holding a new, empty folder store of the test's own,
  copied from ``empty_store_template`` (built once per session, or per xdist worker) instead of
  created anew, which would load the reference data into the engine again. Open it with
  ``Store.open(new_store_path)``; the test may write to it. For a store of another name, or a
  second one, ``copy_store(empty_store_template, tmp_path / "other")``.
* ``disk_store``: an opened store at ``store_location`` (a copy of the template for a folder, a
  fresh or emptied server under ``DKG_TEST_BACKEND``).
* ``disk_full_at``: ``disk_full_at("data-written")`` makes the next write meet a full disk (the OS's ENOSPC) at that
  named phase of ``kg.store.writes.fault_point``; an optional ``before`` runs first (to wait for a write's threads); it hands back a call that gives the room back.
* A read-only template of your own: build it in a ``scope="module"`` (or ``"session"``) fixture
  under ``tmp_path_factory``, close it, and give each test ``copy_store(template, tmp_path / "store")``;
  never hand the template itself to a test that writes.

The loop runs on both cores with ``-n 2`` (pytest-xdist): each worker has its own session
fixtures and temporary folders, servers bind port 0 on 127.0.0.1, and nothing is written in the
repository, so tests never see each other's files.

Two things every test gets without asking: a data home of its own (``XDG_DATA_HOME``, so a
command without ``--store`` never finds the user's default store), and a collector that does not
walk what earlier test files left alive (frozen at each file's start, see
``_freeze_what_earlier_modules_left``). A test that needs a full collection to free something
still gets it: only objects alive before its file began are skipped.
"""

from __future__ import annotations

import os
import shutil
import socket
import gc
import itertools
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from loopback import free_port

ROOT = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout, or where DKG_TEST_SHARED says (a checkout in a worktree folder)
SHARED = Path(os.environ.get("DKG_TEST_SHARED") or ROOT.parent / "shared")
FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: The CLI speaks Vietnamese where no language is set; the suite reads English unless a test sets ``DKG_LANG``
#: (or passes ``--lang``) itself, or removes it to see the default. Set here, not in a fixture, so that module
#: and session fixtures, and the servers and commands the tests start, read it too (and a shell's own setting
#: does not change what the tests see).
os.environ["DKG_LANG"] = "en"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip("../shared (the annotated corpus) is not next to this checkout")
    return SHARED


def pytest_collection_finish(session) -> None:
    """Move what import and collection made (modules, test functions, parsed shapes) out of the
    collector's reach: ``Store.close`` runs a full collection to release the engine's lock, and
    its cost grows with every object it has to look at. Objects made by tests stay collectable."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True, scope="module")
def _freeze_what_earlier_modules_left():
    """The same at the start of each test file, for what the files before it left alive: the
    caches each process fills once (reference quads, the parsed ontology and shapes, the
    bundled data) and the session's fixtures. Left in the collector's young generations, they
    were walked again by every full collection (``Store.close``'s and the automatic ones).
    Frozen objects are still freed when their last reference goes; only a cycle among them
    would outlive the session."""
    gc.collect()
    gc.freeze()
    yield


@pytest.fixture(autouse=True)
def _no_reader_left_open():
    """A test closes the read-only stores it opens: a view left open keeps its folder of links (and the table files
    they hold on the disk) until the worker exits (``kg.store.readonly``). Views opened by a fixture of a wider scope
    are theirs to close."""
    from kg.store import readonly  # noqa: PLC0415  (imported here: the store's modules only for a test that runs)

    before = readonly.held_views()
    yield
    left = readonly.held_views() - before
    if left:
        gc.collect()  # (a view only a cycle still named is let go by nobody: that is a leak too, named below)
        pytest.fail(f"read-only views left open by this test: {len(left)} (close the Store that opened them)")


def copy_store(template: Path, destination: Path) -> Path:
    """A closed folder store copied to ``destination`` (which must not exist): the test's own."""
    shutil.copytree(template, destination)
    return destination


@pytest.fixture(scope="session")
def empty_store_template(tmp_path_factory) -> Path:
    """A new, empty folder store, built and closed once; copy it (``copy_store``), never open it."""
    from kg.store import Store

    path = tmp_path_factory.mktemp("template") / "store"
    Store.open(path).close()
    return path


@pytest.fixture
def new_store_path(tmp_path, empty_store_template) -> Path:
    """``tmp_path / "store"``: a new, empty folder store of this test's own."""
    return copy_store(empty_store_template, tmp_path / "store")


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


def start_oxigraph_server(folder: Path) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists() and not shutil.which(exe):
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = free_port()
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


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """The URL of a real Oxigraph server on a loopback port (``oxigraph serve``) over ``folder``, stopped after."""
    proc, url = start_oxigraph_server(folder)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def oxigraph_url(tmp_path) -> Iterator[str]:
    """A test's own Oxigraph server, empty: its URL."""
    with oxigraph_server(tmp_path / "server") as url:
        yield url


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
    yield request.getfixturevalue("oxigraph_url")


@pytest.fixture
def disk_store(store_location, request):
    from kg.store import Store

    if not SERVER_MODE:  # a folder: the template's copy is what a first open would create
        copy_store(request.getfixturevalue("empty_store_template"), Path(store_location))
    store = Store.from_cli(store_location, write=True, memory=MIRROR_MODE)
    yield store
    store.close()


@pytest.fixture(scope="session")
def _homes(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("homes")


#: numbers the tests' data homes within a worker
_home_numbers = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_home(_homes, monkeypatch):
    """Commands never touch the user's real default store during tests: each test has a data
    home of its own, a folder that does not exist until a command creates a store in it. It is
    not under ``tmp_path``: making a numbered temporary folder costs a few milliseconds of CPU
    (pytest lists every earlier one), paid by every test although few use the default store."""
    monkeypatch.setenv("XDG_DATA_HOME", str(_homes / str(next(_home_numbers))))
    monkeypatch.delenv("DKG_STORE", raising=False)


@pytest.fixture
def disk_full_at(monkeypatch):
    """Arms a full disk at one named phase of a store's write (see the module's docstring)."""
    import errno

    from kg.store import writes

    real = writes.fault_point

    def arm(phase: str, before=None) -> None:
        def full(at: str) -> None:
            if at == phase:
                if before is not None:
                    before()
                raise OSError(errno.ENOSPC, "No space left on device")
            real(at)
        monkeypatch.setattr(writes, "fault_point", full)
        return lambda: monkeypatch.setattr(writes, "fault_point", real)  # (room again, for what comes after)
    return arm
