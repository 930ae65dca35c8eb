"""kg.web.room and a full disk under a running server (kg.web.errors, kg.web.writes): a store whose disk has no
room for the query workers' snapshot is refused before the server starts, with the figures and what to do, not
half-way through its start with the engine's traceback; a write the disk cannot take is answered 507 saying so
(not "a bug: see the server log"), and a snapshot that cannot be made after a write never hides the write's own
answer. (A real full disk, a small tmpfs that needs root, is in tests/test_store_disk_full.py.)"""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cli import main
from kg.errors import DiskFull
from kg.store import Store
from kg.web import create_app, room, writes

TEXT = Path(__file__).parent / "fixtures" / "newcomer32" / "xa-so-ket.txt"
GOOD = Path(__file__).parent / "fixtures" / "store" / "good.ttl"
TOKEN = "room-t0ken"
ENGINE_FULL = "IO error: No space left on device: While appending to file: store/quarantine/000017.sst: No space left on device"
Usage = namedtuple("Usage", "total used free")


def with_free(monkeypatch, free: int) -> None:
    monkeypatch.setattr(room.shutil, "disk_usage", lambda path: Usage(10**12, 10**12 - free, free))


@pytest.fixture
def folder(tmp_path):
    assert CliRunner().invoke(main, ["--store", str(tmp_path / "store"), "load", str(GOOD)]).exit_code == 0
    return tmp_path / "store"


def test_a_disk_without_room_for_the_snapshot_is_said_before_the_server_starts(folder, monkeypatch):
    store = Store.open(folder)
    try:
        need = room.store_bytes(folder)  # (as the open store has it: the engine's logs change on opening)
        assert need > 0
        with_free(monkeypatch, need - 1)
        with pytest.raises(DiskFull) as refused:
            create_app(store, update_token=TOKEN)
    finally:
        store.close()
    message, hint = refused.value.said("en")
    assert str(folder) in message and "MiB" in message and hint is not None and "--store" in hint
    with_free(monkeypatch, 1024)
    got = CliRunner().invoke(main, ["--lang", "vi", "--store", str(folder), "serve", "--update-token", TOKEN])
    assert got.exit_code == 3 and "không đủ chỗ trống" in got.output and "Traceback" not in got.output
    assert not any((folder / "worker-snapshots").glob("snapshot-*"))  # (nothing half-made takes the little room left)


def test_a_disk_with_room_starts_the_server(folder, monkeypatch):
    store = Store.open(folder)
    try:
        with_free(monkeypatch, room.store_bytes(folder) + 1)  # (the near miss: just enough)
        with TestClient(create_app(store, update_token=TOKEN)) as c:
            assert c.get("/store.json").json()["writes"] is True
    finally:
        store.close()


def test_a_write_the_full_disk_cannot_take_is_answered_507_with_what_to_do(monkeypatch, memory_store):
    def full(*args, **kwargs):
        raise OSError(ENGINE_FULL)

    monkeypatch.setattr(writes, "ingest_paths", full)
    with TestClient(create_app(memory_store, update_token=TOKEN)) as c:
        # the snapshot after the write fails too (the same disk): its error must not replace the write's
        monkeypatch.setattr(c.app.state.query_pool, "refresh", full)
        files = {"file": (TEXT.name, TEXT.read_bytes(), "text/plain")}
        resp = c.post("/store/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 507 and resp.json()["error"] == "disk-full"
        assert "disk that holds the server's store is full" in resp.json()["message"]
        assert "frees space" in resp.json()["hint"] and "bug" not in resp.text
        said = c.post("/store/ingest?lang=vi", files=files, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert "ổ đĩa chứa kho dữ liệu của máy chủ đã đầy" in said["message"]


def test_another_io_error_stays_a_500_and_a_write_stands_when_only_the_snapshot_fails(monkeypatch, memory_store):
    with TestClient(create_app(memory_store, update_token=TOKEN), raise_server_exceptions=False) as c:
        def full(*args, **kwargs):
            raise OSError(ENGINE_FULL)

        monkeypatch.setattr(c.app.state.query_pool, "refresh", full)
        loaded = c.post("/store/load", files={"file": (GOOD.name, GOOD.read_bytes(), "text/turtle")},
                        headers={"Authorization": f"Bearer {TOKEN}"})
        assert loaded.status_code == 200 and loaded.json()["triples"] > 0  # (the write's answer, not the snapshot's)

        def broken(*args, **kwargs):
            raise OSError("IO error: Corruption: bad block")

        monkeypatch.setattr(writes, "ingest_paths", broken)
        resp = c.post("/store/ingest", files={"file": (TEXT.name, TEXT.read_bytes(), "text/plain")},
                      headers={"Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 500 and resp.json()["error"] == "internal"  # (the near miss: no disk to free)


def test_a_snapshot_cut_short_leaves_nothing_behind(folder, monkeypatch):
    from kg.web import worker_process  # noqa: PLC0415

    def full(snapshot):
        raise OSError(ENGINE_FULL)

    monkeypatch.setattr(worker_process, "merge_default_graph", full)
    store = Store.open(folder)
    try:
        with pytest.raises(OSError):
            worker_process.folder_source(store.location, store.main)
    finally:
        store.close()
    assert list((folder / worker_process.SNAPSHOTS).iterdir()) == []
    shutil.rmtree(folder / worker_process.SNAPSHOTS)
