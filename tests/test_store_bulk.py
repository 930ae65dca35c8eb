"""kg.store.bulk: the one way of writing a large batch (written again after a kill, it ends as one whole
write; taken back, the store is as it was) and the collector put off for a batch."""

from __future__ import annotations

import errno
import gc
import os
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
import pytest

from kg.store import bulk


def test_full_collections_wait_for_the_batch_and_the_threshold_comes_back():
    before = gc.get_threshold()
    with bulk.few_collections():
        inside = gc.get_threshold()
        with bulk.few_collections():  # a batch within a batch leaves it put off for the outer one
            pass
        assert gc.get_threshold() == inside
    assert inside[:2] == before[:2] and inside[2] == bulk.NO_FULL_COLLECTION
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), bulk.few_collections():
        raise RuntimeError("the batch failed")
    assert gc.get_threshold() == before


def _quads(n: int, graph: str = "urn:g") -> list[ox.Quad]:
    return [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(f"o{i}"), ox.NamedNode(graph))
            for i in range(n)]


class _Stop(BaseException):
    """Stands for the process being killed at a phase."""


@pytest.mark.parametrize("size", [3, 10])
def test_a_write_killed_half_way_and_written_again_ends_as_one_whole_write(monkeypatch, size):
    """The one recovery direction: whatever part of a write was done, writing it again from the
    same payload and record gives the store a whole write gives (in bulk from BULK_MIN on)."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    kept, gone, added = _quads(2, "urn:kept"), _quads(2, "urn:gone"), _quads(size)
    record = [ox.Quad(ox.NamedNode("urn:change"), ox.NamedNode("urn:number"), ox.Literal("1"), ox.NamedNode("urn:c"))]
    whole = ox.Store()
    whole.extend(kept + gone)
    assert bulk.write(whole, added, removed=gone, record=record) == (size >= 5)
    assert set(whole) == set(kept + added + record)

    def stop(phase: str) -> None:
        raise _Stop(phase)

    cut = ox.Store()
    cut.extend(kept + gone)
    if size >= 5:  # a bulk write passes the phase: stopped there, its first part is in (the loaders of
        # text run at once, so the rest may be in too) and the record is not
        with pytest.raises(_Stop):
            bulk.write(cut, added, removed=gone, record=record, phase=stop)
        assert set(cut) & set(added) and not set(cut) & set(record)
    bulk.write(cut, added, removed=gone, record=record)
    bulk.write(cut, added, removed=gone, record=record)  # (and a second repair changes nothing)
    assert set(cut) == set(whole)


def test_a_write_taken_back_leaves_the_store_as_it_was(monkeypatch):
    monkeypatch.setattr(bulk, "BULK_MIN", 1)
    kept, gone, added = _quads(2, "urn:kept"), _quads(2, "urn:gone"), _quads(6)
    store = ox.Store()
    store.extend(kept + gone)
    before = set(store)
    bulk.write(store, added, removed=gone)
    bulk.take_back(store, added, gone)
    assert set(store) == before


def _blank_quads(n: int) -> list[ox.Quad]:
    """Quads with blank nodes (a node's address, its parts), as a batch of ours has them."""
    return [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:address"), ox.BlankNode(f"addr{i}"), ox.NamedNode("urn:g"))
            for i in range(n)] + [ox.Quad(ox.BlankNode(f"addr{i}"), ox.NamedNode("urn:street"), ox.Literal(f"Phố {i}"),
                                          ox.NamedNode("urn:g")) for i in range(n)]


def test_a_bulk_write_keeps_every_blank_node_label_and_writes_the_rest_as_text(monkeypatch):
    """The loader of text names blank nodes afresh; the payload a rollback reads keeps their labels,
    so the quads with one are written as objects and only the others as text."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    added = [*_quads(9), *_blank_quads(4)]
    store = ox.Store()
    assert bulk.write(store, added) is True
    assert set(store) == set(added)
    assert [bulk.by_text(q) for q in added] == [True] * 9 + [False] * 8


def test_only_terms_without_blank_nodes_go_by_text():
    s, p, g = ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:g")
    blank = ox.BlankNode("b")
    assert bulk.by_text(ox.Quad(s, p, ox.Literal("_:b is not a blank node"), g))  # (a near miss: text, not a node)
    assert bulk.by_text(ox.Quad(s, p, s))  # (the default graph)
    assert not bulk.by_text(ox.Quad(blank, p, s, g))
    assert not bulk.by_text(ox.Quad(s, p, blank, g))
    assert not bulk.by_text(ox.Quad(s, p, s, blank))


def test_a_loader_that_fails_in_its_thread_fails_the_write_once_all_have_stopped(tmp_path):
    folder = tmp_path / "store"
    first = ox.Store(str(folder))
    first.add(_quads(1)[0])
    del first
    store = ox.Store.read_only(str(folder))  # (where the engine refuses to write its table files)
    with pytest.raises(RuntimeError):
        bulk.write_beside(store, _quads(20))
    assert len(store) == 1


def _long_quads(n: int) -> list[ox.Quad]:
    """Quads whose text outweighs their tables (a long literal each)."""
    return [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(f"lời văn {i} " * 80), ox.NamedNode("urn:g"))
            for i in range(n)]


def test_a_bulk_write_that_cannot_fit_is_refused_before_it_begins(tmp_path, monkeypatch):
    """Room for twice the text where it is long (the engine's tables and the text's parts are on disk at once), an
    eighth of it more and a fixed reserve: with twice the text alone a load began on a disk it then filled."""
    added = _long_quads(2_000)
    text = len(ox.serialize(added, format=ox.RdfFormat.N_QUADS))
    assert text > bulk.PER_QUAD * len(added)
    need = 2 * text + text // bulk.MARGIN + bulk.RESERVE

    def free(room: int):
        return lambda folder: SimpleNamespace(total=10 * need, used=10 * need - room, free=room)
    monkeypatch.setattr(bulk.shutil, "disk_usage", free(2 * text + text // 10))  # (twice the text: no longer enough)
    with pytest.raises(bulk.NoRoom, match="No space left") as refused:
        bulk.room_for(tmp_path, added)
    # (the text's size is estimated from its first thousand quads)
    assert abs(refused.value.need - need) < need // 100 and refused.value.free == 2 * text + text // 10
    monkeypatch.setattr(bulk.shutil, "disk_usage", free(need + need // 100))  # (a near miss: room enough)
    bulk.room_for(tmp_path, added)
    bulk.room_for(tmp_path, [])


def test_short_quads_ask_room_for_their_tables_beyond_twice_their_text(tmp_path, monkeypatch):
    """Quads of a few dozen bytes each (an ingest's batch, labels) make tables several times their text: a load of
    300,000 labels grew the store by 4.1 times its text at its peak (bench/RELIABILITY.md, ops38), past the room
    that twice the text asked. Near miss: room for the tables by quad, which is enough."""
    added = _quads(2_000)
    text = len(ox.serialize(added, format=ox.RdfFormat.N_QUADS))
    tables = bulk.PER_QUAD * len(added)
    assert tables > text
    need = text + tables + text // bulk.MARGIN + bulk.RESERVE

    def free(room: int):
        return lambda folder: SimpleNamespace(total=10 * need, used=10 * need - room, free=room)
    monkeypatch.setattr(bulk.shutil, "disk_usage", free(2 * text + text // bulk.MARGIN + bulk.RESERVE + text // 10))
    with pytest.raises(bulk.NoRoom) as refused:
        bulk.room_for(tmp_path, added)
    assert abs(refused.value.need - need) < need // 100
    monkeypatch.setattr(bulk.shutil, "disk_usage", free(need + need // 100))
    bulk.room_for(tmp_path, added)


def test_a_bulk_write_whose_parts_are_written_asks_room_for_the_tables_alone(tmp_path, monkeypatch):
    added = _long_quads(2_000)
    text = len(ox.serialize(added, format=ox.RdfFormat.N_QUADS))
    parts = bulk.make_parts(tmp_path, added)
    room = text + text // bulk.MARGIN + bulk.RESERVE + text // 100
    monkeypatch.setattr(bulk.shutil, "disk_usage",
                        lambda folder: SimpleNamespace(total=10 * room, used=9 * room, free=room))
    bulk.room_for(tmp_path, added, parts)
    with pytest.raises(OSError, match="No space left"):  # (the same room without the parts: not enough)
        bulk.room_for(tmp_path, added)
    parts.discard()


def test_a_write_refused_for_want_of_room_says_how_much_it_needs_not_that_the_disk_is_full():
    """A disk with room left, not enough for the write, was said to be full (df said otherwise); a full disk met by
    the engine is still said so (the near miss)."""
    import errno

    from kg.errors import DiskFull
    from kg.store import writes

    refused = writes.write_failed(bulk.NoRoom(need=127 * 2**20 + 5, free=104 * 2**20 + 7))
    assert isinstance(refused, DiskFull)
    assert refused.said("en")[0] == ("write refused, nothing was written: it needs about 128 MiB free on the store's "
                                     "disk while it is written (its text and the engine's new tables), and the disk has "
                                     "104 MiB free")
    assert "cần khoảng 128 MiB" in refused.said("vi")[0] and "còn 104 MiB" in refused.said("vi")[0]
    full = writes.write_failed(OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(full, DiskFull) and full.said("en")[0] == "write failed, nothing was written: the disk is full"


def _scratch_files(location) -> list[str]:
    base = bulk.scratch(location)
    return sorted(str(p.relative_to(base)) for p in base.rglob("*")) if base is not None and base.exists() else []


def test_a_bulk_write_makes_its_text_under_the_store_s_folder_and_deletes_it(tmp_path, monkeypatch):
    """The parts of a folder store's bulk write are under the store (cleared by its next open if the
    process is killed), not in the system's temporary folder."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(bulk.tempfile, "tempdir", str(system_tmp))
    location = tmp_path / "store"
    location.mkdir()
    store = ox.Store(str(location / "main"))
    seen: list[list[str]] = []
    added = [*_quads(12), *_blank_quads(3)]
    assert bulk.write(store, added, phase=lambda phase: seen.append(_scratch_files(location)), location=location)
    assert len(seen) == 1 and [name.rsplit("/", 1)[-1] for name in seen[0] if "/" in name] == ["0.nq", "1.nq"]
    assert _scratch_files(location) == [] and list(system_tmp.iterdir()) == []
    assert set(store) == set(added)
    # a near miss: a store in memory has no folder, its parts go to the system's temporary folder
    bulk.write(ox.Store(), added, phase=lambda phase: seen.append(sorted(p.name for p in system_tmp.iterdir())))
    assert len(seen[1]) == 1 and seen[1][0].startswith("dkg-bulk-") and list(system_tmp.iterdir()) == []


def test_parts_made_ahead_are_written_as_they_are_and_deleted(tmp_path, monkeypatch):
    """One serialisation: the write takes the parts made before it and makes no text of its own."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    added = [*_quads(12), *_blank_quads(3)]
    parts = bulk.make_parts(tmp_path, added)
    assert len(parts.paths) == 2 and len(parts.other) == 6 and parts.folder.parent == bulk.scratch(tmp_path)
    written = b"".join(p.read_bytes() for p in parts.paths)
    assert set(ox.parse(written, format=ox.RdfFormat.N_QUADS)) | set(parts.other) == set(added)
    monkeypatch.setattr(bulk, "_texts", lambda *a: pytest.fail("the text was made again"))
    store = ox.Store()
    bulk.write(store, added, parts=parts)
    assert set(store) == set(added) and not parts.folder.exists()


def test_parts_that_cannot_be_written_leave_nothing_behind(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(bulk.ox, "serialize", full)
    with pytest.raises(OSError):
        bulk.make_parts(tmp_path, _quads(10))
    assert _scratch_files(tmp_path) == []


def test_parts_made_for_a_write_that_does_not_take_them_are_deleted(tmp_path):
    """A write below the bulk threshold (one transaction), or into a dataset that is no engine's store, is given
    parts it does not read: they go with the write, not at the next open."""
    added = _quads(12)
    parts = bulk.make_parts(tmp_path, added)
    store = ox.Store()
    assert bulk.write(store, added, parts=parts) is False
    assert set(store) == set(added) and not parts.folder.exists()


@pytest.mark.parametrize("loaders", [1, 2, 3])
def test_parts_made_from_a_text_already_made_cut_it_at_line_ends_without_reading_the_quads(tmp_path, monkeypatch,
                                                                                         loaders):
    """The change set's N-Quads text of the quads (an ingest's, made for its payload) is cut into the loaders'
    parts at line ends and written as it is: no quad is read again or serialized, and the write loads it whole."""
    monkeypatch.setattr(bulk, "LOADERS", loaders)
    added = [*_quads(40), *_quads(7, "urn:other")]
    text = ox.serialize(added, format=ox.RdfFormat.N_QUADS)
    monkeypatch.setattr(bulk, "by_text", lambda q: pytest.fail("a quad read again"))
    monkeypatch.setattr(bulk.ox, "serialize", lambda *a, **k: pytest.fail("the text was made again"))
    parts = bulk.make_parts(tmp_path, added, text)
    pieces = [p.read_bytes() for p in parts.paths]
    assert len(pieces) == loaders and b"".join(pieces) == text and all(p.endswith(b"\n") for p in pieces)
    assert parts.other == [] and parts.folder.parent == bulk.scratch(tmp_path)
    store = ox.Store()
    bulk.write_beside(store, added, parts=parts)
    assert set(store) == set(added) and not parts.folder.exists()


def test_a_text_that_may_name_a_blank_node_is_not_cut_as_it_is(tmp_path, monkeypatch):
    """Near misses: a text with ``_:`` (a blank node, or those characters in a literal) goes the quads' way, so that
    blank nodes keep their labels; the store is the same either way. A triple term without a blank node, and
    underscores elsewhere, go as text and read back as written."""
    added = [*_quads(9), *_blank_quads(4)]
    parts = bulk.make_parts(tmp_path, added, ox.serialize(added, format=ox.RdfFormat.N_QUADS))
    assert len(parts.other) == 8
    store = ox.Store()
    bulk.write_beside(store, added, parts=parts)
    assert set(store) == set(added)
    assert not bulk.whole_text(b'<urn:s> <urn:p> "_:b in words" .\n')
    assert not bulk.whole_text(b'<urn:s> <urn:p> "ends with _" .\n_:b <urn:p> <urn:o> .\n')
    assert bulk.whole_text(b'<urn:s_1> <urn:p> "a_ b: c < d _" .\n')
    said = ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:says"),
                   ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o")), ox.NamedNode("urn:g"))
    termed = ox.Store()
    quads = [said, *_quads(3)]
    parts = bulk.make_parts(tmp_path, quads, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    assert parts.other == []
    bulk.write_beside(termed, quads, parts=parts)
    assert set(termed) == set(quads)
    asked = []
    monkeypatch.setattr(bulk, "by_text", lambda q: asked.append(q) or True)
    plain = _quads(5)
    bulk.make_parts(tmp_path, plain, b'<urn:s> <urn:p> "_:x" .\n').discard()  # (the quads' way: each asked)
    assert asked == plain


def _disk(folder: Path) -> int:
    return sum(os.stat(os.path.join(d, f)).st_blocks * 512 for d, _, files in os.walk(folder) for f in files)


@pytest.mark.slow
def test_a_write_taken_back_leaves_no_tables_behind(tmp_path, disk_full_at):
    """A bulk write whose disk filled half-way is taken back; its tables and removal marks were kept until the engine
    merged them (a small store held many times its size after a large write taken back and two opens). Merged at once now."""
    from kg.errors import StoreError
    from kg.store import Store

    store = Store.open(tmp_path / "store")
    start = _disk(tmp_path / "store" / "main")
    room_again = disk_full_at("data-partly-written")
    added = [ox.Quad(ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/label"),
                     ox.Literal(f"nhãn {i}"), ox.NamedNode("https://w3id.org/directive-kg/graph/asserted"))
             for i in range(100_000)]
    before = len(store)
    with pytest.raises(StoreError, match="nothing was written"):
        store.write_quads(added, None)
    assert len(store) == before
    store.close()
    room_again()
    Store.open(tmp_path / "store").close()  # (the next command: its log of removals let go)
    assert _disk(tmp_path / "store" / "main") - start < 12 << 20
    assert not (tmp_path / "store" / bulk.COMPACT_DUE).exists()


def test_a_merge_without_room_is_left_for_the_next_open(tmp_path):
    from kg.store import Store

    location = tmp_path / "store"
    Store.open(location).close()

    def no_room() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    bulk.compact(SimpleNamespace(flush=lambda: None, optimize=no_room), location)
    assert (location / bulk.COMPACT_DUE).exists()
    bulk.compact(SimpleNamespace(flush=lambda: None, optimize=lambda: None), None)  # near miss: a store in memory
    assert (location / bulk.COMPACT_DUE).exists()
    Store.open(location).close()  # (the next open for writing merges, and the mark goes)
    assert not (location / bulk.COMPACT_DUE).exists()
    Store.open(location).close()  # (the next open for writing merges, with room)
    assert not (location / bulk.COMPACT_DUE).exists()


def test_derived_quads_go_with_the_write_as_one_more_part_of_text(tmp_path, monkeypatch):
    """A load's index entries made ahead are loaded beside its data, in the same bulk write: one more file of text
    (one with a blank node by objects), and with the rest where the write is not in bulk but one transaction."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    added, derived = _quads(8), _quads(3, "urn:index")
    odd = ox.Quad(ox.NamedNode("urn:e"), ox.NamedNode("urn:p"), ox.BlankNode("b"), ox.NamedNode("urn:index"))
    texts: dict[str, int] = {}
    real = ox.serialize

    def spied(quads, path=None, **kw):
        quads = list(quads)
        texts[Path(path).name] = len(quads)
        return real(quads, path, **kw)
    monkeypatch.setattr(bulk.ox, "serialize", spied)
    store = ox.Store(str(tmp_path / "store"))
    assert bulk.write(store, added, derived=[*derived, odd], location=tmp_path / "store") is True
    assert texts["derived.nq"] == len(derived) and sum(texts.values()) == len(added) + len(derived)
    assert set(store) == {*added, *derived, *store.quads_for_pattern(odd.subject, None, None)}
    assert len(store) == len(added) + len(derived) + 1
    assert not _scratch_files(tmp_path / "store")
    # near miss: a write below the bulk threshold takes them in its one transaction, no text made
    texts.clear()
    small = ox.Store()
    assert bulk.write(small, added[:2], derived=derived[:1]) is False
    assert set(small) == {*added[:2], derived[0]} and not texts
