"""kg.store.bulk: the one way of writing a large batch (written again after a kill, it ends as one whole
write; taken back, the store is as it was) and the collector put off for a batch."""

from __future__ import annotations

import gc

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
    if size >= 5:  # a bulk write passes the phase: stopped there, half of it is in
        with pytest.raises(_Stop):
            bulk.write(cut, added, removed=gone, record=record, phase=stop)
        assert 0 < len(set(cut) & set(added)) < size and not set(cut) & set(record)
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


def _with_blanks(n: int) -> list[ox.Quad]:
    """``n`` quads, every third pointing to a blank node that has a quad of its own."""
    out = []
    p, g = ox.NamedNode("urn:p"), ox.NamedNode("urn:g")
    for i in range(n):
        if i % 3:
            out.append(ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(f"o{i}", language="vi"), g))
        else:
            node = ox.BlankNode(f"b{i}")
            out += [ox.Quad(ox.NamedNode(f"urn:s{i}"), p, node, g), ox.Quad(node, p, ox.Literal(f"tên {i}"), g)]
    return out


def test_a_bulk_write_with_work_beside_it_writes_the_same_quads_blank_labels_kept(monkeypatch):
    """bulk.beside: the quads without blank nodes go in as text from a second thread while the work
    runs here; those with blank nodes (which the engine's text loader would relabel) as they are."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 7)  # (several loads of text)
    added, record = _with_blanks(40), _quads(2, "urn:changes")
    ran, phases = [], []
    store = ox.Store()
    assert bulk.write(store, added, record=record, phase=phases.append, meanwhile=lambda: ran.append(len(store)))
    assert set(store) == {*added, *record} and len(store) == len(added) + len(record)
    assert ran and phases == ["data-partly-written"]


def test_an_error_of_the_work_beside_a_bulk_write_comes_after_the_whole_write(monkeypatch):
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    added, record = _with_blanks(20), _quads(1, "urn:changes")

    def broken() -> None:
        raise KeyError("a fault in the work")

    store = ox.Store()
    with pytest.raises(KeyError):
        bulk.write(store, added, record=record, meanwhile=broken)
    assert set(store) == {*added, *record}  # (written all the same, its record too)
    small = ox.Store()
    with pytest.raises(KeyError):  # (a small write, one transaction: the work after it)
        bulk.write(small, added[:3], meanwhile=broken)
    assert set(small) == set(added[:3])


def test_work_beside_a_bulk_write_may_write_other_graphs_of_a_folder_store(monkeypatch, tmp_path):
    """Two bulk writes at once into one folder store (the data from the second thread, the work's own
    quads by the text loader here, as the index entries of a load are): both whole, nothing else."""
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 50)
    added, own = _with_blanks(600), _quads(300, "urn:index")
    store = ox.Store(str(tmp_path / "store"))
    bulk.write(store, added, meanwhile=lambda: bulk.load_text(store, own))
    assert set(store) == {*added, *own} and len(store) == len(added) + len(own)
