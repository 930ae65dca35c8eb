"""The writer's log moved into tables once many quads went through it (``kg.store.logflush``): a reader's read-only
open beside a process that keeps the store open then has no long log to replay."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.store import Store, logflush

EX = "http://example.org/logflush/"


def quads(n: int, graph: str = "g") -> list[ox.Quad]:
    return [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"giá trị {i}"),
                    ox.NamedNode(EX + graph)) for i in range(n)]


def in_tables(folder: Path) -> int:
    """The bytes the folder's table files hold (what a flush writes; a transaction alone writes only the log)."""
    return sum(f.stat().st_size for f in folder.glob("*.sst"))


def test_flushes_once_the_count_reaches_large(tmp_path, monkeypatch):
    monkeypatch.setattr(logflush, "LARGE", 300)
    folder = tmp_path / "main"
    store = Store(ox.Store(str(folder)))  # (the engine alone: an open's own writes would reach the tables on their own)
    store.main.extend(quads(200))
    before = in_tables(folder)
    assert not logflush.wrote(store, 200)  # (the near miss: below LARGE, the log stays as it is)
    assert in_tables(folder) == before
    store.main.extend(quads(200, "h"))
    assert logflush.wrote(store, 200)  # (400 since the last flush)
    assert in_tables(folder) > before
    assert not logflush.wrote(store, 200)  # (counted again from the flush)


def test_the_count_is_the_store_s_own_not_its_engine_s(tmp_path, monkeypatch):
    """A count belongs to the store whose writes made it: another store over the same engine (as a later engine given
    the freed one's id was, when counts were kept by the engine's id) starts from nothing, and a close forgets it."""
    monkeypatch.setattr(logflush, "LARGE", 300)
    first = Store.open(tmp_path / "store")
    try:
        first.unflushed.count = 0
        assert not logflush.wrote(first, 200)
        second = Store(first.main, location=first.location)
        assert not logflush.wrote(second, 200)  # (200 of its own; the first's 200 not inherited)
        assert (first.unflushed.count, second.unflushed.count) == (200, 200)
        assert logflush.wrote(first, 200)  # (near miss: the first's own count does go on, 400 past 300)
    finally:
        first.close()
    assert first.unflushed.count == 0


def test_leaves_a_remote_or_an_empty_write_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(logflush, "LARGE", 1)
    assert not logflush.wrote(Store(object()), 10)  # type: ignore[arg-type]  # (a server's store persists on its own)
    assert not logflush.wrote(Store(ox.Store(str(tmp_path / "main"))), 0)


def spied(monkeypatch) -> list[bool]:
    """The answers of every ``logflush.wrote`` a write makes (whether it flushed), the real one still run."""
    real = logflush.wrote
    seen: list[bool] = []

    def wrote(store, count: int) -> bool:
        seen.append(real(store, count))
        return seen[-1]
    monkeypatch.setattr(logflush, "wrote", wrote)
    return seen


def test_a_store_kept_open_flushes_after_its_large_write(tmp_path, monkeypatch):
    """A write through a transaction (one graph replaced) by a writer that stays open (``dkg serve``) flushes its
    engine as it ends, and a reader's open beside it finds the quads (in the tables, not replayed from the log)."""
    monkeypatch.setattr(logflush, "LARGE", 500)
    store = Store.open(tmp_path / "kg")
    try:
        seen = spied(monkeypatch)
        store.write_quads(quads(600), ox.NamedNode(EX + "g"))
        assert seen and seen[-1]
        reader = Store.open(tmp_path / "kg", read_only=True)
        try:
            assert len(list(reader.main.quads_for_pattern(None, None, None, ox.NamedNode(EX + "g")))) == 600
        finally:
            reader.close()
    finally:
        store.close()


def test_a_small_write_leaves_the_log(tmp_path, monkeypatch):
    """The near miss: a write well under LARGE is not flushed (a flush per small write would make a table file each),
    and the next one, which takes the count past it, is."""
    monkeypatch.setattr(logflush, "LARGE", 500)
    store = Store.open(tmp_path / "kg")
    try:
        seen = spied(monkeypatch)
        store.write_quads(quads(10), ox.NamedNode(EX + "g"))
        assert seen and not any(seen)
        store.write_quads(quads(520, "h"), ox.NamedNode(EX + "h"))
        assert seen[-1]
    finally:
        store.close()


def test_a_redraw_of_the_inferences_counts(tmp_path, monkeypatch):
    """The inferences written again (their removal and the new ones) count toward the flush: a redraw on every write
    of a large store is what fills the log fastest."""
    monkeypatch.setattr(logflush, "LARGE", 500)
    store = Store.open(tmp_path / "kg")
    try:
        seen = spied(monkeypatch)
        store.replace_inferred(quads(300))
        assert seen == [False]
        store.replace_inferred(quads(300))  # (300 removed and 300 written: 900 in all)
        assert seen[-1]
    finally:
        store.close()


def test_a_flush_that_fails_leaves_the_committed_write_reported_as_done(tmp_path, monkeypatch):
    """A full disk at the flush after a committed write: the write stands (its quads are read back), the caller is not
    told it failed, and the next write tries the flush again with the count kept."""
    monkeypatch.setattr(logflush, "LARGE", 300)
    store = Store.open(tmp_path / "store")
    try:
        store.unflushed.count = 0

        def full(engine):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(logflush, "flush_engine", full)
        store.main.extend(quads(400))
        assert not logflush.wrote(store, 400)  # (no exception: the write was committed before the flush)
        assert len(list(store.main.quads_for_pattern(None, None, None, ox.NamedNode(EX + "g")))) == 400
        assert store.unflushed.count == 400  # (kept, so the next write tries again)
        monkeypatch.undo()
        monkeypatch.setattr(logflush, "LARGE", 300)
        assert logflush.wrote(store, 1)  # (near miss: with room again, the next write's flush goes through)
        assert store.unflushed.count == 0
    finally:
        store.close()
