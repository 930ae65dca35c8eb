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
