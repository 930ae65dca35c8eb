"""The change sets by document (``kg.store.docindex``): ``/changes?doc=KEY`` and ``dkg changes --doc`` read the payloads
of the change sets that name the document alone, with the same answer as a read of the whole history; a store whose
change sets an earlier version recorded is given the index by its first open for writing."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.changes import Filters, changes
from kg.rdf.graphs import CHANGES
from kg.store import Store, bulk, docindex, payloads, storeformat

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
ASSERTED = "https://w3id.org/directive-kg/graph/asserted"


def _plan(n: int) -> str:
    return f'INSERT DATA {{ GRAPH <{ASSERTED}> {{ <{ID}doc/p{n}> a <{DKG}Plan> ; <{DKG}key> "{n}-KH/TU" }} }}'


@pytest.fixture
def folder(tmp_path):
    """Eight plans, one change set each; the ninth change set links plan 7 to plan 2 (it concerns both); the tenth
    adds an outcome of plan 3, the eleventh corrects that outcome's unit in place (its document is the store's)."""
    path = tmp_path / "store"
    store = Store.open(str(path))
    for n in range(1, 9):
        store.update(_plan(n))
    store.update(f"INSERT DATA {{ GRAPH <{ASSERTED}> {{ <{ID}doc/p7> <{DKG}implements> <{ID}doc/p2> }} }}")
    store.update(f'INSERT DATA {{ GRAPH <{ASSERTED}> {{ <{ID}o/1> a <{DKG}Outcome> ; <{DKG}reportsOn> <{ID}doc/p3> ; '
                 f'<{DKG}unit> "ha" }} }}')
    store.update(f'DELETE DATA {{ GRAPH <{ASSERTED}> {{ <{ID}o/1> <{DKG}unit> "ha" }} }} ; '
                 f'INSERT DATA {{ GRAPH <{ASSERTED}> {{ <{ID}o/1> <{DKG}unit> "km" }} }}')
    store.close()
    return path


def _ids(store, key):
    return [c["id"] for c in changes(store, Filters.of(doc=key))["change_sets"]]


def test_a_document_filter_reads_the_change_sets_that_name_it_alone(folder, monkeypatch):
    store = Store.open(str(folder), read_only=True)
    read: list[int] = []
    real = payloads.read_payload
    monkeypatch.setattr(payloads, "read_payload", lambda s, n: read.append(n) or real(s, n))
    try:
        assert _ids(store, "2-KH/TU") == [9, 2]
        assert sorted(read) == [2, 9]  # (a read of the whole history read all eleven)
        read.clear()
        assert _ids(store, "3-KH/TU") == [11, 10, 3]  # (the unit changed in place: its document is the store's)
        assert sorted(read) == [3, 10, 11]
        # the same answer as the whole history's read (near miss: without the index)
        monkeypatch.setattr(storeformat, "changes_indexed", lambda s: False)
        assert _ids(store, "2-KH/TU") == [9, 2] and _ids(store, "3-KH/TU") == [11, 10, 3]
    finally:
        store.close()


def test_a_store_of_an_earlier_version_is_read_whole_until_its_first_open_for_writing_names_them(folder):
    store = Store.open(str(folder))
    named = list(store.main.quads_for_pattern(None, docindex.ABOUT, None, CHANGES))
    assert named
    for q in named:  # (as an earlier version recorded them)
        store.main.remove(q)
    store.close()
    kept = json.loads((folder / storeformat.FILE).read_text(encoding="utf-8"))
    del kept["changes"]
    (folder / storeformat.FILE).write_text(json.dumps(kept), encoding="utf-8")
    reader = Store.open(str(folder), read_only=True)
    try:
        assert not storeformat.changes_indexed(reader) and _ids(reader, "2-KH/TU") == [9, 2]
    finally:
        reader.close()
    writer = Store.open(str(folder))
    try:
        assert writer.repaired is not None and "11 change sets an earlier version recorded" in writer.repaired.said("en")
        assert storeformat.changes_indexed(writer)
        assert set(writer.main.quads_for_pattern(None, docindex.ABOUT, None, CHANGES)) == set(named)
        assert _ids(writer, "2-KH/TU") == [9, 2]
    finally:
        writer.close()


def test_a_reviewers_place_correction_names_every_document():
    place = ox.Quad(ox.NamedNode(ID + "d/1"), ox.NamedNode(DKG + "newValue"), ox.Literal('{"place": "huyện A, B"}'),
                    ox.NamedNode("https://w3id.org/directive-kg/graph/review"))
    store = Store.open(None)
    assert docindex.keys(store, [place], []) == [docindex.ANY]
    assert docindex.keys(store, [], []) == []  # (near miss: nothing named, read under no document)
    plain = ox.Quad(ox.NamedNode(ID + "doc/p1"), ox.NamedNode(DKG + "key"), ox.Literal("1-KH/TU"))
    assert docindex.keys(store, [plain], []) == ["1-KH/TU"]
    assert docindex.keys(store, [plain] * bulk.BULK_MIN, []) == [docindex.ANY]  # (a large write: read under all)


def test_the_page_s_twin_and_feed_read_the_same_change_sets_alone(folder, monkeypatch):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    store = Store.open(str(folder), read_only=True)
    read: list[int] = []
    real = payloads.read_payload
    monkeypatch.setattr(payloads, "read_payload", lambda s, n: read.append(n) or real(s, n))
    try:
        web = TestClient(create_app(store))
        assert [c["id"] for c in web.get("/changes.json", params={"doc": "2-KH/TU"}).json()["change_sets"]] == [9, 2]
        assert set(read) == {2, 9}
        read.clear()
        assert web.get("/changes.atom", params={"doc": "2-KH/TU"}).status_code == 200 and set(read) == {2, 9}
    finally:
        store.close()
