"""kg.store.bulk: the one way of writing a large batch (written again after a kill, it ends as one whole
write; taken back, the store is as it was) and the collector put off for a batch."""

from __future__ import annotations

import gc
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


def test_a_bulk_write_that_cannot_fit_is_refused_before_it_begins(tmp_path, monkeypatch):
    added = _quads(2_000)
    need = len(ox.serialize(added, format=ox.RdfFormat.N_QUADS))

    def free(room: int):
        return lambda folder: SimpleNamespace(total=10 * need, used=10 * need - room, free=room)
    monkeypatch.setattr(bulk.shutil, "disk_usage", free(need // 2))
    with pytest.raises(OSError, match="No space left"):
        bulk.room_for(tmp_path, added)
    monkeypatch.setattr(bulk.shutil, "disk_usage", free(need + need // 10))  # (a near miss: room enough)
    bulk.room_for(tmp_path, added)
    bulk.room_for(tmp_path, [])


@pytest.mark.parametrize("loaders", [1, 2, 3])
def test_a_bulk_write_given_its_text_loads_that_text_cut_at_line_ends_without_reading_the_quads(monkeypatch, loaders):
    """The change set's N-Quads text of the quads (an ingest's) is cut into the loaders' parts at line ends and
    loaded as it is: no quad is read again (``by_text`` never asked), and the store holds every quad."""
    monkeypatch.setattr(bulk, "LOADERS", loaders)
    added = [*_quads(40), *_quads(7, "urn:other")]
    text = ox.serialize(added, format=ox.RdfFormat.N_QUADS)

    def read(q):
        raise AssertionError("a quad read again")
    monkeypatch.setattr(bulk, "by_text", read)
    store = ox.Store()
    bulk.write_beside(store, added, text=text)
    assert set(store) == set(added)


def test_a_text_that_may_name_a_blank_node_is_not_loaded_as_it_is(monkeypatch):
    """Near misses: a text with ``_:`` (a blank node, or those characters in a literal) goes the quads' way, so that
    blank nodes keep their labels; the store is the same either way. A triple term without a blank node, and
    underscores elsewhere, go as text and read back as written."""
    added = [*_quads(9), *_blank_quads(4)]
    store = ox.Store()
    bulk.write_beside(store, added, text=ox.serialize(added, format=ox.RdfFormat.N_QUADS))
    assert set(store) == set(added)
    assert not bulk.whole_text(b'<urn:s> <urn:p> "_:b in words" .\n')
    assert not bulk.whole_text(b'<urn:s> <urn:p> "ends with _" .\n_:b <urn:p> <urn:o> .\n')
    assert bulk.whole_text(b'<urn:s_1> <urn:p> "a_ b: c < d _" .\n')
    said = ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:says"),
                   ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o")), ox.NamedNode("urn:g"))
    termed = ox.Store()
    bulk.write_beside(termed, [said, *_quads(3)], text=ox.serialize([said, *_quads(3)], format=ox.RdfFormat.N_QUADS))
    assert set(termed) == {said, *_quads(3)}
    asked = []
    monkeypatch.setattr(bulk, "by_text", lambda q: asked.append(q) or True)
    plain = _quads(5)
    bulk.write_beside(ox.Store(), plain, text=b'<urn:s> <urn:p> "_:x" .\n')  # (the quads' way: each asked)
    assert asked == plain
