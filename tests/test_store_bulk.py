"""kg.store.bulk: the bulk write in pieces writes exactly the quads given (blank nodes keep their
labels), and the collector's full collections are put off for a batch and given back after it."""

from __future__ import annotations

import gc

import pyoxigraph as ox
import pytest

from kg.store import bulk

EX = "http://example.org/"


def sample() -> list[ox.Quad]:
    g, other = ox.NamedNode(EX + "g"), ox.NamedNode(EX + "h")
    p = ox.NamedNode(EX + "p")
    quads = [ox.Quad(ox.NamedNode(f"{EX}s{i}"), p, ox.Literal(f"văn bản {i}", language="vi"), g) for i in range(7)]
    quads += [ox.Quad(ox.NamedNode(f"{EX}s{i}"), p, ox.Literal(i), other) for i in range(5)]
    quads += [ox.Quad(ox.NamedNode(EX + "s0"), p, ox.Literal('dòng "một"\nhai \\ ba'), ox.DefaultGraph()),
              ox.Quad(ox.NamedNode(EX + "s1"), p, ox.BlankNode("b1"), g),
              ox.Quad(ox.BlankNode("b1"), p, ox.NamedNode(EX + "s2"), g),
              ox.Quad(ox.NamedNode(EX + "s3"), p, ox.NamedNode(EX + "s4"), ox.BlankNode("g1"))]
    return quads


@pytest.mark.parametrize("piece", [1, 3, 1000])
def test_a_bulk_write_in_pieces_holds_exactly_the_quads_given(tmp_path, piece):
    quads = sample()
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_extend([ox.Quad(ox.NamedNode(EX + "old"), ox.NamedNode(EX + "p"), ox.Literal("kept"), ox.DefaultGraph())])
    before = set(store)
    bulk.bulk_write(store, (q for q in quads), piece=piece)  # (a generator, as the index rebuild gives)
    assert set(store) == before | set(quads)  # blank nodes included, with the labels they had


def test_a_dataset_without_the_engine_gets_its_own_bulk_write():
    written = []

    class Plain:
        def extend(self, quads):
            written.extend(quads)

    bulk.bulk_write(Plain(), iter(sample()))
    assert written == sample()


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
