"""`dkg backup DIR` (kg/store/backup.py): a copy of a store on disk, checked by a digest of every quad of each dataset,
restored by putting the copy in the store's place; made through `dkg serve` while writes go through it, every copy
holds each write whole or not at all, and the last one is the store; beside a load under way it waits for the load's
end, saying so, and copies the store with the load whole (past DKG_BACKUP_WAIT it is refused, naming the load)."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import textindex
from test_server_writes import started

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "backup-t0ken"
EX = "http://example.org/backup/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def dkg_env(store: Path, token: str | None = None, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE", "DKG_BACKUP_WAIT",
                                                            "DKG_FAULT_PAUSE", "DKG_FAULT_AT")}
    return {**env, "DKG_STORE": str(store), "DKG_LANG": "en", **({"DKG_UPDATE_TOKEN": token} if token else {}),
            **settings}


def dkg(store: Path, *args: str, token: str | None = None, **settings: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], env=dkg_env(store, token, **settings),
                          capture_output=True, text=True, timeout=600)


def digest(folder: Path) -> str:
    """A digest of every quad of the dataset in ``folder``, read-only (blank nodes as the engine keeps them)."""
    engine = ox.Store.read_only(str(folder))
    lines = sorted(str(q) for q in engine)
    del engine
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def digests(store: Path) -> dict[str, str]:
    return {name: digest(store / name) for name in ("main", "quarantine", "history") if (store / name).exists()}


def batch(folder: Path, number: int, size: int) -> Path:
    """A file of ``size`` triples about subjects of its own (``EX{number}/...``), one write when loaded."""
    path = folder / f"b{number}.nt"
    path.write_text("".join(f'<{EX}{number}/{i}> {LABEL} "nhãn {number}.{i}" .\n' for i in range(size)),
                    encoding="utf-8")
    return path


def per_batch(folder: Path) -> dict[str, int]:
    """How many quads of each batch the dataset in ``folder`` holds."""
    engine = ox.Store.read_only(str(folder))
    out: dict[str, int] = {}
    for q in engine.quads_for_pattern(None, ox.NamedNode(LABEL[1:-1]), None):
        if q.subject.value.startswith(EX):
            key = q.subject.value[len(EX):].split("/")[0]
            out[key] = out.get(key, 0) + 1
    del engine
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("backup") / "store"
    assert dkg(location, "load", "--bundled").returncode == 0
    texts = ROOT / "tests" / "fixtures" / "format_text.txt"
    assert dkg(location, "ingest", str(texts)).returncode == 0
    return location


def test_a_backup_holds_every_quad_and_restores(store, tmp_path):
    before = digests(store)
    copy = tmp_path / "copy"
    made = dkg(store, "backup", str(copy))
    assert made.returncode == 0, made.stderr
    assert "backed up the store" in made.stderr and "the copy is a store" in made.stderr
    assert digests(copy) == before and set(before) >= {"main", "history"}
    # restored: the copy put in a store's place opens for writing and reads as the store did
    restored = tmp_path / "restored"
    shutil.copytree(copy, restored)
    stats = dkg(restored, "reindex")
    assert stats.returncode == 0, stats.stderr
    assert dkg(restored, "history").stdout.count("dkg ") == dkg(store, "history").stdout.count("dkg ") + 1


HOLD = """
import sys, time
from kg.store import Store, holder
store = Store.open(sys.argv[1])
holder.record(store.location, "dkg load")
print("holding", flush=True)
time.sleep(120)
"""


@pytest.mark.slow
def test_a_backup_beside_a_holder_past_its_wait_names_it_and_copies_nothing(store, tmp_path):
    held = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert held.stdout.readline().strip() == "holding"
        result = dkg(store, "backup", str(tmp_path / "copy"), DKG_BACKUP_WAIT="1")
        word = dkg(store, "backup", str(tmp_path / "copy"), DKG_BACKUP_WAIT="soon")
    finally:
        held.kill()
        held.wait()
    assert result.returncode == 3 and "still held by `dkg load`" in result.stderr, result.stderr
    assert "waiting for that write to end" in result.stderr and "DKG_BACKUP_WAIT" in result.stderr
    assert not (tmp_path / "copy").exists()
    assert word.returncode == 2 and "DKG_BACKUP_WAIT='soon' is no number of seconds" in word.stderr, word.stderr
    assert "to wait for a write that holds the store to end before a backup" in word.stderr


def half_made(location: Path, seconds: float = 60) -> bool:
    """Wait until a write under way in another process has begun on the store at ``location`` (its mark is there)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            view = ox.Store.read_only(str(location / "main"))
        except OSError:  # (the writer tidying its files as it opens: asked again shortly, not in a busy loop)
            time.sleep(0.1)
            continue
        marks = textindex.write_marks(view)
        del view
        if marks:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow  # (a load paused in a process of its own, a backup waiting for it: seconds)
def test_a_backup_beside_a_load_waits_for_its_end_and_copies_it_whole(store, tmp_path):
    location = tmp_path / "store"
    shutil.copytree(store, location)
    # the load stops for 8 s after its data and index are written, its mark not yet removed: a copy made then
    # would hold the write half-made
    writer = subprocess.Popen([sys.executable, "-m", "kg", "load", str(batch(tmp_path, 7, 50))],
                              env=dkg_env(location, DKG_FAULT_PAUSE="index-refreshed:8"), stderr=subprocess.PIPE,
                              text=True)
    try:
        assert half_made(location)
        result = dkg(location, "backup", str(tmp_path / "copy"))
    finally:
        _, said = writer.communicate(timeout=120)
    assert writer.returncode == 0, said
    assert result.returncode == 0, result.stderr
    assert "waiting for that write to end" in result.stderr and "`dkg load`" in result.stderr
    assert per_batch(tmp_path / "copy" / "main") == {"7": 50}
    assert digests(tmp_path / "copy") == digests(location)  # the store after the load, its mark removed
    copy = ox.Store.read_only(str(tmp_path / "copy" / "main"))
    assert textindex.write_marks(copy) == []
    del copy


def test_a_backup_is_refused_where_it_would_overwrite_or_nest(store, tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "keep.txt").write_text("mine", encoding="utf-8")
    result = dkg(store, "backup", str(taken))
    assert result.returncode == 2 and "exists" in result.stderr
    assert (taken / "keep.txt").read_text(encoding="utf-8") == "mine" and len(list(taken.iterdir())) == 1
    inside = dkg(store, "backup", str(store / "copy"))
    assert inside.returncode == 2 and "inside the store" in inside.stderr and not (store / "copy").exists()


@pytest.mark.slow
def test_backups_beside_a_server_taking_writes_hold_each_write_whole(store, tmp_path):
    served = tmp_path / "served"
    shutil.copytree(store, served)
    env = {**os.environ, "DKG_STORE": str(served), "DKG_UPDATE_TOKEN": TOKEN}
    proc, _ = started([sys.executable, "-m", "kg", "serve"], env=env)
    sizes = {str(n): (6_000 if n % 2 else 40) for n in range(8)}  # bulk writes (in parts) and one-transaction ones
    failures: list[str] = []

    def write_all() -> None:
        for n, size in sizes.items():
            result = dkg(served, "load", str(batch(tmp_path, int(n), size)), token=TOKEN)
            if result.returncode != 0:
                failures.append(result.stderr)

    writer = threading.Thread(target=write_all)
    copies: list[Path] = []
    try:
        writer.start()
        while writer.is_alive() or not copies:
            copy = tmp_path / f"copy{len(copies)}"
            result = dkg(served, "backup", str(copy), token=TOKEN)
            assert result.returncode == 0, result.stderr
            copies.append(copy)
        writer.join()
        assert not failures, failures
        last = tmp_path / "last"
        assert dkg(served, "backup", str(last), token=TOKEN).returncode == 0
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    assert len(copies) >= 2
    for copy in copies:
        opened = dkg(copy, "stats")  # (a write the copy shows begun is finished here, as after a kill)
        assert opened.returncode == 0, opened.stderr
        held = per_batch(copy / "main")
        assert all(held.get(n, 0) in (0, size) for n, size in sizes.items()), (copy.name, held)
    # once no write is under way, a copy is the store, quad for quad
    assert digests(last) == digests(served)
    assert per_batch(last / "main") == sizes


@pytest.mark.slow  # (a server started: seconds)
def test_a_backup_through_a_server_with_no_token_asks_for_its_shared_token_or_a_stop(store, tmp_path):
    served = tmp_path / "served"
    shutil.copytree(store, served)
    proc, _ = started([sys.executable, "-m", "kg", "serve"], env={**dkg_env(served), "DKG_UPDATE_TOKEN": TOKEN})
    try:
        refused = dkg(served, "backup", str(tmp_path / "refused"))
        made = dkg(served, "backup", str(tmp_path / "made"), token=TOKEN)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    # an analyst's own token would be refused for a backup: the words name the shared one, and stopping the server
    assert refused.returncode == 2 and not (tmp_path / "refused").exists()
    assert "a backup is made through it, and takes its shared update token only" in refused.stderr, refused.stderr
    assert "--update-token" in refused.stderr and "stop the server and run `dkg backup`" in refused.stderr
    assert "the token the operator gave you" not in refused.stderr
    assert made.returncode == 0, made.stderr
