"""`dkg backup DIR` (kg/store/backup.py): a copy of a store on disk, checked by a digest of every quad of each dataset,
restored by putting the copy in the store's place; made through `dkg serve` while writes go through it, every copy
holds each write whole or not at all, and the last one is the store; a load under way refuses it, naming the load."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from test_server_writes import started

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "backup-t0ken"
EX = "http://example.org/backup/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def dkg(store: Path, *args: str, token: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE")}
    env.update({"DKG_STORE": str(store), "DKG_LANG": "en", **({"DKG_UPDATE_TOKEN": token} if token else {})})
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True, timeout=600)


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
def test_a_backup_beside_a_load_names_it_and_copies_nothing(store, tmp_path):
    held = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert held.stdout.readline().strip() == "holding"
        result = dkg(store, "backup", str(tmp_path / "copy"))
    finally:
        held.kill()
        held.wait()
    assert result.returncode == 3 and "dkg load" in result.stderr, result.stderr
    assert not (tmp_path / "copy").exists()


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
