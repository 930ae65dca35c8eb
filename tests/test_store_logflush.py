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
    engine = ox.Store(str(tmp_path / "main"))
    logflush.flushed(engine)  # (a raw engine of an earlier test in this worker may have left its count under this id)
    engine.extend(quads(200))
    before = in_tables(tmp_path / "main")
    assert not logflush.wrote(engine, 200)  # (the near miss: below LARGE, the log stays as it is)
    assert in_tables(tmp_path / "main") == before
    engine.extend(quads(200, "h"))
    assert logflush.wrote(engine, 200)  # (400 since the last flush)
    assert in_tables(tmp_path / "main") > before
    assert not logflush.wrote(engine, 200)  # (counted again from the flush)


def test_a_store_s_close_forgets_its_engine_s_count(tmp_path, monkeypatch):
    """An engine takes no weak reference, so counts are kept by its id: a store's close (which flushes) forgets its
    count, or a later engine given the same id would flush early (a test of this file did, in CI)."""
    monkeypatch.setattr(logflush, "LARGE", 300)
    store = Store.open(tmp_path / "store")
    engine = store.main
    logflush.flushed(engine)  # (from nothing: the open's own writes of the reference data are counted too)
    assert not logflush.wrote(engine, 200)
    store.close()
    assert not logflush.wrote(engine, 200)  # (from nothing again: 200 of 300, no flush)
    logflush.flushed(engine)
    # near miss: without the close's reset the count goes on (200 + 200 past 300)
    assert not logflush.wrote(engine, 200) and logflush.wrote(engine, 200)
    logflush.flushed(engine)


def test_leaves_a_remote_or_an_empty_write_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(logflush, "LARGE", 1)
    assert not logflush.wrote(object(), 10)  # (not an engine: a server's store persists on its own)
    assert not logflush.wrote(ox.Store(str(tmp_path / "main")), 0)


def spied(monkeypatch) -> list[bool]:
    """The answers of every ``logflush.wrote`` a write makes (whether it flushed), the real one still run."""
    real = logflush.wrote
    seen: list[bool] = []

    def wrote(dataset, count: int) -> bool:
        seen.append(real(dataset, count))
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
