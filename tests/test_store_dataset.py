"""kg.store.dataset: the folder, mirrored and remote datasets all offer the backend protocol,
and behave alike through it."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import Store
from kg.store.dataset import Dataset
from kg.store.mirror import MirroredDataset
from kg.store.remote import RemoteDataset

G = ox.NamedNode("urn:g")
Q1 = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("one"), G)
Q2 = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("two"), G)


@pytest.fixture(params=["folder", "mirror", "remote"])
def dataset(request, tmp_path):
    if request.param == "folder":
        yield ox.Store(str(tmp_path / "folder"))
    elif request.param == "mirror":
        yield MirroredDataset(ox.Store(str(tmp_path / "mirror")))
    else:
        from conftest import start_oxigraph_server

        proc, url = start_oxigraph_server(tmp_path / "server")
        remote = RemoteDataset(url)
        try:
            yield remote
        finally:
            remote.close()
            proc.terminate()
            proc.wait(timeout=10)


def test_each_backend_offers_the_protocol(dataset):
    assert isinstance(dataset, Dataset)


def test_each_backend_writes_reads_and_removes_alike(dataset):
    dataset.extend([Q1, Q2])
    assert dataset.contains_named_graph(G)
    assert not dataset.contains_named_graph(ox.NamedNode("urn:none"))
    assert {q.object.value for q in dataset.quads_for_pattern(None, None, None, G)} == {"one", "two"}
    dataset.remove(Q1)
    assert [q.object.value for q in dataset.quads_for_pattern(Q1.subject, None, None)] == ["two"]
    assert bool(dataset.query("ASK { GRAPH <urn:g> { <urn:s> <urn:p> 'two' } }"))
    dataset.remove_graph(G)
    assert len(dataset) == 0


def test_a_closed_store_says_so(new_store_path):
    store = Store.open(new_store_path)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.main.query("ASK {}")
