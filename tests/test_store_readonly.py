"""A read-only open made while another process writes to the folder (``kg.store.readonly``): the engine of a writer
that has just opened the store tidies its files for a moment and deletes those it replaced, so an open made then may
name a file that is gone; every reader tries again, and says what happened in one line where it never could open."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import Store, readonly

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "kg" / "data" / "bundled"

#: The engine's own words for a table file gone during the open (seen beside a writer that had just opened a store).
GONE = ("Corruption: Corruption: IO error: No such file or directory: While open a file for random read: "
        "{folder}/000502.sst: No such file or directory")

#: A second process that writes to the store the whole time and makes its engine tidy after each write (the work a
#: writer's engine does just after it opens a store: tables written, merged, and the old ones deleted).
CHURN = """
import sys, time
import pyoxigraph as ox
store = ox.Store(sys.argv[1] + "/main")
print("writing", flush=True)
i = 0
while True:
    i += 1
    store.extend([ox.Quad(ox.NamedNode(f"http://example.org/churn/{i}/{j}"), ox.NamedNode("http://example.org/p"),
                          ox.Literal(str(j)), ox.NamedNode("http://example.org/churn")) for j in range(200)])
    store.flush()
    store.optimize()
"""

#: Read-only opens of the store, one after another, each read whole; prints how many failed, and why.
OPENS = """
import json, sys
from kg.store import Store
failed = []
for _ in range(int(sys.argv[2])):
    try:
        store = Store.open(sys.argv[1], read_only=True)
        assert len(list(store.main.quads_for_pattern(None, None, None))) > 0
        store.quarantine_store, store.history_store
        store.close()
    except Exception as exc:
        failed.append(f"{type(exc).__name__}: {exc}"[:200])
print(json.dumps(failed))
"""


def _dkg(store: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DKG_STORE": str(store), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True, timeout=300,
                          cwd=ROOT)


@pytest.fixture
def churned_store(tmp_path):
    """A store on disk with the bundled sample, and a second process writing to it the whole time."""
    location = tmp_path / "store"
    assert _dkg(location, "load", "--bundled").returncode == 0
    writer = subprocess.Popen([sys.executable, "-c", CHURN, str(location)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        yield location
    finally:
        writer.kill()
        writer.wait()


@pytest.mark.slow
def test_readers_open_the_store_while_a_second_process_rearranges_its_files(churned_store):
    """Without the tries again, about one open in six met a file the writer had just deleted (and the CLI ended with
    the engine's traceback); with them, none of 60 opens and none of the CLI's readers fails."""
    opens = subprocess.run([sys.executable, "-c", OPENS, str(churned_store), "60"], capture_output=True, text=True,
                           timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert opens.returncode == 0, opens.stderr
    assert opens.stdout.strip() == "[]", opens.stdout
    for args in (("stats",), ("query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv"), ("validate",)) * 2:
        done = _dkg(churned_store, *args)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr[-800:])
    assert "115-CTr/TU" in _dkg(churned_store, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv").stdout


def _engine_failing(monkeypatch, errors: list[BaseException]) -> list[str]:
    """The engine's read-only open raising ``errors`` in turn, then opening for real; the folders it was asked for."""
    asked: list[str] = []
    real = readonly.ox.Store.read_only

    def read_only(folder):
        asked.append(folder)
        if errors:
            raise errors.pop(0)
        return real(folder)
    monkeypatch.setattr(readonly.ox.Store, "read_only", staticmethod(read_only))
    return asked


def test_an_open_that_meets_a_vanished_file_is_tried_again_after_a_pause(new_store_path, monkeypatch):
    folder = str(new_store_path / "main")
    asked = _engine_failing(monkeypatch, [RuntimeError(GONE.format(folder=folder)),
                                          OSError(f"IO error: No such file or directory: {folder}/MANIFEST-000114")])
    slept: list[float] = []
    monkeypatch.setattr(readonly.time, "sleep", slept.append)
    store = Store.open(new_store_path, read_only=True)
    try:
        assert len(asked) == 3 and slept == list(readonly.PAUSES[1:3])
        assert store.read_only and len(store) > 0
    finally:
        store.close()


def test_an_open_that_never_gets_through_says_so_in_one_line(new_store_path, monkeypatch):
    folder = str(new_store_path / "main")
    _engine_failing(monkeypatch, [RuntimeError(GONE.format(folder=folder)) for _ in readonly.PAUSES])
    monkeypatch.setattr(readonly.time, "sleep", lambda seconds: None)
    with pytest.raises(StoreError) as refused:
        Store.open(new_store_path, read_only=True)
    assert refused.value.code == "store-tidying"
    message, hint = refused.value.said("en")
    tries, seconds = len(readonly.PAUSES), f"{sum(readonly.PAUSES):g}"
    assert message == (f"cannot open the store at {new_store_path} to read it: a process that writes to it has just "
                       f"opened it and is still rearranging its files ({tries} tries in {seconds} s)")
    assert hint and "run the command again" in hint
    vi, vi_hint = refused.value.said("vi")
    assert "để đọc" in vi and f"{tries} lần thử" in vi and vi_hint and "chạy lại lệnh" in vi_hint


def test_other_failures_of_the_open_are_not_tried_again(new_store_path, tmp_path, monkeypatch):
    """The near misses: the engine's other words (a damaged table), and a folder that holds no dataset at all (the
    engine names the file it lacks there too), are raised at the first try."""
    slept: list[float] = []
    monkeypatch.setattr(readonly.time, "sleep", slept.append)
    asked = _engine_failing(monkeypatch, [RuntimeError("Corruption: block checksum mismatch in 000502.sst")])
    with pytest.raises(StoreError, match="block checksum mismatch"):
        Store.open(new_store_path, read_only=True)
    assert len(asked) == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises((OSError, RuntimeError)):
        readonly.open_read_only(empty)
    assert len(asked) == 2 and slept == []


def test_a_read_that_meets_a_table_file_gone_is_made_again_on_a_fresh_view(new_store_path, monkeypatch):
    """A view opens a table file only when a read first needs it: a read walking the store just after a writer's open
    met one the writer's merge had deleted (a large load's context, seen in round 41); it is made again on a new view."""
    folder = new_store_path / "main"
    slept: list[float] = []
    monkeypatch.setattr(readonly.time, "sleep", slept.append)
    views: list[object] = []

    def read(view):
        views.append(view)
        if len(views) == 1:
            raise FileNotFoundError(GONE.format(folder=folder))
        return len(view)
    assert readonly.read_beside(folder, read) > 0
    assert len(views) == 2 and views[0] is not views[1] and slept == [readonly.PAUSES[1]]


def test_a_read_that_fails_otherwise_is_not_made_again(new_store_path, monkeypatch):
    """The near miss: another failure of the read (a damaged table) is raised at once, and so is a vanished file at
    the last try."""
    monkeypatch.setattr(readonly.time, "sleep", lambda seconds: None)
    reads: list[object] = []

    def damaged(view):
        reads.append(view)
        raise RuntimeError("Corruption: block checksum mismatch in 000502.sst")
    with pytest.raises(RuntimeError, match="checksum"):
        readonly.read_beside(new_store_path / "main", damaged)
    assert len(reads) == 1

    def gone(view):
        reads.append(view)
        raise FileNotFoundError(GONE.format(folder=new_store_path / "main"))
    with pytest.raises(FileNotFoundError):
        readonly.read_beside(new_store_path / "main", gone, pauses=(0.0, 0.1, 0.2))
    assert len(reads) == 4


#: A reader whose process may hold few files open (the engine then keeps fewer table files open than the store has,
#: and opens them again as reads need them): it opens its view, says so, waits for a line, then reads the whole store.
LATE_READER = """
import resource, sys
resource.setrlimit(resource.RLIMIT_NOFILE, (100, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
from kg.store import readonly
print("ready", flush=True)
sys.stdin.readline()
view = readonly.open_read_only(sys.argv[1], linked=sys.argv[2] == "linked")
print("open", flush=True)
sys.stdin.readline()
try:
    print(sum(1 for _ in view.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")), flush=True)
except OSError as exc:
    print(type(exc).__name__, exc, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the descriptor limit is set through the resource module")
@pytest.mark.parametrize("linked", [True, False])
def test_a_reader_reads_the_whole_store_after_a_writer_merged_its_tables(new_store_path, linked):
    """A view opened before a writer merged the store's tables (``optimize``: the old table files deleted) reads every
    quad after it, on its own folder of links; the near miss, a view of the live folder, meets a file the merge
    deleted (the engine's "No such file or directory"), as a reader beside a writer did."""
    store = Store.open(new_store_path)
    reader = subprocess.Popen([sys.executable, "-c", LATE_READER, str(new_store_path / "main"),
                               "linked" if linked else "live"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert reader.stdin is not None and reader.stdout is not None and reader.stdout.readline().strip() == "ready"
        base = len(store.main)
        for k in range(40):  # (many table files: more than the reader's engine keeps open under its limit)
            store.main.extend([ox.Quad(ox.NamedNode(f"urn:test:s{k}/{i}"), ox.NamedNode("urn:test:p"),
                                       ox.Literal(str(i)), ox.NamedNode(f"urn:test:g{k}")) for i in range(2000)])
            store.main.flush()
        reader.stdin.write("open\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "open"
        store.main.optimize()  # (the writer merges its tables and deletes the old files)
        said, _ = reader.communicate("read\n", timeout=120)
    finally:
        reader.kill()
        store.close()
    if linked:
        assert said.strip() == str(base + 80_000)
        assert not list((new_store_path / readonly.VIEWS).iterdir())  # (the view's folder gone with its process)
    else:
        assert "No such file or directory" in said


def test_a_view_links_the_write_ahead_log_and_reads_what_it_holds(tmp_path):
    """A writer's last writes wait in its log until the engine writes them into tables (some hundreds of megabytes
    during a large write): the view links that log, as it links the tables, rather than copy it, and reads them."""
    folder = tmp_path / "main"
    writer = ox.Store(str(folder))
    writer.extend([ox.Quad(ox.NamedNode(f"urn:test:s{i}"), ox.NamedNode("urn:test:p"), ox.Literal("nhật ký"),
                           ox.NamedNode("urn:test:g")) for i in range(500)])
    logs = [name for name in os.listdir(folder) if name.endswith(".log") and os.path.getsize(folder / name)]
    assert logs, "the writes are in the log, not yet in a table"
    own = readonly.linked_folder(folder)
    assert own is not None
    try:
        # the same file, not a copy (a copy has an inode of its own)
        assert all(os.stat(own / name).st_ino == os.stat(folder / name).st_ino for name in logs)
        assert len(ox.Store.read_only(str(own))) == 500
    finally:
        shutil.rmtree(own.parent)


#: A reader that opens its view and is killed before it lets it go (no exit handler runs).
KILLED_READER = """
import os, sys
from kg.store import Store
store = Store.open(sys.argv[1], read_only=True)
assert len(store.main) > 0
os._exit(9)
"""


@pytest.mark.parametrize("next_open", ["reader", "writer"])
def test_a_view_goes_when_its_reader_ends_and_a_killed_reader_s_at_the_next_open(new_store_path, next_open):
    views = new_store_path / readonly.VIEWS
    reader = Store.open(new_store_path, read_only=True)
    assert [p.name.partition("-")[0] for p in views.iterdir()] == [str(os.getpid())]
    reader.close()
    assert not list(views.iterdir())  # (closed: its folder gone)
    done = subprocess.run([sys.executable, "-c", KILLED_READER, str(new_store_path)], timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 9 and len(list(views.iterdir())) == 1  # (left by the killed reader)
    again = Store.open(new_store_path, read_only=next_open == "reader")
    try:
        # the dead reader's folder is gone; a reader's open keeps its own view's alone
        assert [p.name.partition("-")[0] for p in views.iterdir()] == ([str(os.getpid())] if next_open == "reader"
                                                                      else [])
    finally:
        again.close()
