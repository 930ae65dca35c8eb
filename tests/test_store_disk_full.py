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


def dkg(store: Path, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], timeout=timeout, capture_output=True, text=True,
                          env={**os.environ, "DKG_STORE": str(store), "DKG_LANG": "en", **env})


@pytest.fixture
def small_disk(tmp_path, request):
    # (30 MiB; a test whose write must fit before the disk is filled asks for more with ``@pytest.mark.disk_size``)
    marker = request.node.get_closest_marker("disk_size")
    size = marker.args[0] if marker else "30M"
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True)
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
    # (a disk of 30 MiB with 25 free: refused before anything is written, with the room it needs, not "the disk is
    # full", which df contradicted)
    assert "nothing was written: it needs about" in result.stderr and "MiB free" in result.stderr, result.stderr
    stats = dkg(store, "stats")
    assert stats.returncode == 0 and "asserted" in stats.stdout
    query = dkg(store, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv")
    assert query.returncode == 0 and "115-CTr/TU" in query.stdout
    if "nothing was written" in result.stderr:
        assert dkg(store, "export", "--format", "nq").stdout == before


def fill(disk: Path, leave: int) -> None:
    """Take all the room of ``disk`` but ``leave`` bytes."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    subprocess.run(["fallocate", "-l", str(max(free - leave, 1)), str(disk / "filler")], check=True)


@pytest.mark.slow
def test_an_ingest_and_a_server_on_a_full_disk_say_so_without_a_traceback(small_disk):
    """The quarantine and the history are datasets of their own, opened when a write first needs them: a full disk
    there is said as the main dataset's is (it ended an ingest with the engine's traceback); a server whose disk has
    no room for its workers' snapshot is refused before it listens."""
    store = small_disk / "store"
    assert dkg(store, "load", str(ROOT / "kg" / "data" / "bundled" / "corpus.ttl")).returncode == 0
    fill(small_disk, 64 * 1024)
    text = ROOT / "tests" / "fixtures" / "newcomer32" / "xa-so-ket.txt"
    result = dkg(store, "ingest", "--date", "2026-12-05", str(text))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "the disk is full" in result.stderr
    (small_disk / "filler").unlink()
    fill(small_disk, 4 * 1024 * 1024)  # (room to open the store, not for a snapshot of its 10 MiB and more)
    served = dkg(store, "serve", "--update-token", "t", "--port", "9", timeout=60)  # (refused before it listens)
    assert served.returncode == 3 and "Traceback" not in served.stderr, served.stderr
    assert "not enough free space" in served.stderr and "MiB" in served.stderr
    (small_disk / "filler").unlink()
    again = dkg(store, "ingest", "--date", "2026-12-05", str(text))  # (room again: the same command works)
    assert again.returncode == 0, again.stderr


@pytest.mark.slow
@pytest.mark.disk_size("40M")  # (the bundled data and a 12,000-triple load's tables must fit before the disk is filled)
def test_a_write_cut_half_way_on_a_full_disk_is_said_as_such_by_readers_then_finished(small_disk, tmp_path):
    """A bulk load stopped half-way (here killed where its data is partly written) on a disk that is then full: a
    reader cannot finish it (the engine cannot open the store for writing), and said "the store's derived data ... is
    behind its data and cannot be repaired now (the disk is full; nothing was written): answers may be stale until
    the next write or `dkg reindex`", which hid that part of a write's data was in its answers and named a write that
    never happened. Once there is room, the next command finishes the write."""
    store = small_disk / "store"
    assert dkg(store, "load", str(ROOT / "kg" / "data" / "bundled" / "corpus.ttl")).returncode == 0
    data = tmp_path / "data.nq"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", "12000", "--seed", "5",
                    "--no-places", "--out", str(data)], check=True, capture_output=True, timeout=300)
    killed = dkg(store, "load", "--force", str(data), DKG_FAULT_AT="data-partly-written")
    assert killed.returncode == 137, killed.stderr
    fill(small_disk, 64 * 1024)
    read = dkg(store, "stats")
    assert read.returncode == 0 and "Traceback" not in read.stderr, read.stderr
    assert "note: a write (change set 2) stopped before its end, and the store holds part of it" in read.stderr
    assert "the disk is full, so it cannot be finished now" in read.stderr and "nothing was written" not in read.stderr
    (small_disk / "filler").unlink()
    finished = dkg(store, "stats")  # (room again: the write is finished forward, and said so)
    assert finished.returncode == 0 and "an interrupted write (change set 2) was completed" in finished.stderr
    assert "stopped before its end" not in dkg(store, "stats").stderr


def test_a_full_disk_when_the_quarantine_or_the_history_is_first_opened_is_said_not_raised(tmp_path, monkeypatch):
    """No tmpfs needed: the engine's own words for a full disk, given when a write first opens the quarantine (what
    ended an ingest with a traceback under `dkg serve` and on the command line) or the history."""
    from kg.errors import DiskFull  # noqa: PLC0415
    from kg.store import Store, writes  # noqa: PLC0415

    Store.open(tmp_path / "store").close()  # (made; opened again below, its quarantine and history not yet opened)
    store = Store.open(tmp_path / "store")
    real = writes.ox.Store

    def full(*args, **kwargs):
        if args and str(args[0]).endswith(("quarantine", "history")):
            raise OSError("IO error: No space left on device: While appending to file: 000017.sst")
        return real(*args, **kwargs)

    try:
        monkeypatch.setattr(writes.ox, "Store", full)
        for opened in (lambda: store.quarantine_store, lambda: store.history_store):
            with pytest.raises(DiskFull, match="the disk is full; nothing was written"):
                opened()
        monkeypatch.setattr(writes.ox, "Store", lambda *a, **k: (_ for _ in ()).throw(OSError("IO error: Corruption")))
        with pytest.raises(OSError, match="Corruption") as other:  # (the near miss: another I/O error stays itself)
            assert store.quarantine_store is None
        assert not isinstance(other.value, DiskFull)
    finally:
        monkeypatch.undo()
        store.close()


def test_a_store_opened_for_writing_on_a_full_disk_is_refused_as_its_quarantine_is(tmp_path, monkeypatch):
    """One refusal for a dataset that cannot be opened for want of room, the main one's as the quarantine's."""
    from kg.errors import DiskFull, StoreError  # noqa: PLC0415
    from kg.store import Store, store as store_module  # noqa: PLC0415

    real = store_module.ox.Store

    def full(*args, **kwargs):
        if args and str(args[0]).endswith("main"):
            raise OSError("IO error: No space left on device: While appending to file: 000009.log")
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module.ox, "Store", full)
    with pytest.raises(DiskFull, match="cannot open the store at .*: the disk is full; nothing was written") \
            as refused:
        Store.open(tmp_path / "store")
    assert "free some space on that disk" in (refused.value.hint or "")
    monkeypatch.setattr(store_module.ox, "Store", lambda *a, **k: (_ for _ in ()).throw(OSError("IO error: Corruption")))
    with pytest.raises(StoreError, match="IO error: Corruption") as other:  # (another I/O error: said as it is)
        Store.open(tmp_path / "other")
    assert not isinstance(other.value, DiskFull)


def _full_at_the_change_set(monkeypatch, error: OSError) -> None:
    """The write's first step on disk (its change set's quads, kept before the data) fails with ``error``."""
    from kg.store import history  # noqa: PLC0415

    def full(*args, **kwargs):
        raise error

    monkeypatch.setattr(history, "prepare", full)
    monkeypatch.setattr(history, "prepare_many", full)


def test_a_write_sent_to_a_vietnamese_server_on_a_full_disk_is_refused_in_vietnamese(tmp_path, monkeypatch):
    """The write's own refusal (the data not written for want of room) was said in English whatever the reader's
    language, and answered 503 as any store error: it is the full disk's 507, in the words asked for."""
    import errno  # noqa: PLC0415

    from fastapi.testclient import TestClient  # noqa: PLC0415

    from kg.store import Store  # noqa: PLC0415
    from kg.web import create_app  # noqa: PLC0415

    good = (ROOT / "tests" / "fixtures" / "store" / "good.ttl").read_bytes()
    store = Store.open(tmp_path / "store")
    try:
        with TestClient(create_app(store, update_token="t")) as c:
            _full_at_the_change_set(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
            files = [("file", ("good.ttl", good, "text/turtle"))]
            vi = c.post("/store/load", params={"lang": "vi"}, files=files, headers={"Authorization": "Bearer t"})
            assert vi.status_code == 507 and vi.json()["error"] == "disk-full"
            assert vi.json()["message"] == "ghi không thành, chưa ghi gì: ổ đĩa chứa kho dữ liệu đã đầy"
            assert "giải phóng chỗ" in vi.json()["hint"] and "the disk" not in vi.text
            en = c.post("/store/load", files=files, headers={"Authorization": "Bearer t"})
            assert en.status_code == 507 and en.json()["message"] == "write failed, nothing was written: the disk is full"
            # the near miss: another I/O error is no full disk (503, the engine's own words after the reader's)
            _full_at_the_change_set(monkeypatch, OSError(errno.EIO, "Input/output error"))
            other = c.post("/store/load", params={"lang": "vi"}, files=files, headers={"Authorization": "Bearer t"})
            assert other.status_code == 503 and other.json()["error"] == "store"
            assert other.json()["message"].startswith("ghi không thành, chưa ghi gì: ") and "Input/output" in other.text
    finally:
        store.close()


def test_what_a_write_could_not_finish_is_said_in_the_readers_language():
    """The words of each refusal a write on a full disk may end with (nothing written, part written, the index
    behind, the flush), coded so that the CLI and a server say them in Vietnamese too."""
    import errno  # noqa: PLC0415

    from kg.errors import DiskFull, StoreError  # noqa: PLC0415
    from kg.store import writes  # noqa: PLC0415

    full = OSError(errno.ENOSPC, "No space left on device")
    refused = writes.write_failed(full)
    assert isinstance(refused, DiskFull) and refused.said("vi")[0] == "ghi không thành, chưa ghi gì: ổ đĩa chứa kho dữ liệu đã đầy"
    for code, vi in (("write-part", "một phần đã được ghi"), ("write-index-behind", "chưa cập nhật được chỉ mục"),
                     ("flush-failed", "chưa chuyển được kho xuống đĩa")):
        said, hint = StoreError(code=code, details={"why": writes.disk_trouble(full)}).said("vi")
        assert vi in said and "ổ đĩa đã đầy" in said and hint and "the disk" not in said + hint
    assert not isinstance(writes.write_failed(OSError(errno.EIO, "Input/output error")), DiskFull)
