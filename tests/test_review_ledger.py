"""``kg.review.ledger``: a queue's items as one JSON list on their record (``dkg:factItems``), and
queues written before it (each item's kind, fact, position and span as its own quads) read the same
by every path the review commands, pages and cards take."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError, StoreError
from kg.rdf.build import SourceInfo
from kg.rdf.vocab import DKG
from kg.review import decide, export_facts, ledger, queue, review_marks, show, source_summaries
from kg.review.model import Item
from kg.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "review"
#: The store of ``test_review``'s two ingests and a correction, as written now ...
DECIDED = FIXTURES / "decided.nq"
#: ... and as the code before ``dkg:factItems`` wrote it (items with their own five quads).
BEFORE = FIXTURES / "decided-itemquads.nq"
NOW = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)


def store_of(path: Path) -> Store:
    store = Store.open(None)
    store.main.extend(ox.parse(path=path, format=ox.RdfFormat.N_QUADS))
    return store


def fields(items: list[Item]) -> list[dict]:
    return [dataclasses.asdict(i) for i in items]


def everything_read(store: Store) -> dict:
    """What each read path of the queue gives, in plain values."""
    items = ledger.read_items(store)
    sources = sorted({i.source for i in items})
    nodes = sorted({q.object.value for q in store.main.quads_for_pattern(None, ox.NamedNode(str(DKG.factNode)), None, None)})
    return {
        "all": fields(items),
        "by source": {s: fields(ledger.read_items(store, s)) for s in sources},
        "by id": fields(ledger.read_items(store, fact_ids=[i.id for i in reversed(items)])),
        "violating": fields(ledger.read_items(store, violating=True)),
        "nodes": ledger.node_items(store, nodes),
        "marks": {n: dataclasses.asdict(m) if dataclasses.is_dataclass(m) else m
                  for n, m in review_marks(store, nodes).items()},
        "queue": [repr(e) for e in queue(store)],
        "export": export_facts(store),
        "summaries": source_summaries(store),
        "show": {i.id: repr(show(store, i.id)) for i in items},
    }


def test_the_fixtures_differ_only_by_the_items_said_as_one_list():
    before = set(ox.parse(path=BEFORE, format=ox.RdfFormat.N_QUADS))
    now = set(ox.parse(path=DECIDED, format=ox.RdfFormat.N_QUADS))
    gone = {q.predicate.value for q in before - now}
    assert gone == {str(DKG[name]) for name in ledger.ITEM_KEYS.values()}
    assert {q.predicate.value for q in now - before} == {str(DKG.factItems)}
    assert len(before - now) == 5 * 3 and len(now - before) == 2  # three items in two queues


def test_a_queue_written_before_reads_as_one_written_now():
    old, new = store_of(BEFORE), store_of(DECIDED)
    read = everything_read(new)
    assert read["all"] and read["nodes"] and read["export"]  # (something to compare)
    assert everything_read(old) == read


def test_a_decision_on_an_old_queue_writes_it_anew_and_both_stores_agree():
    old, new = store_of(BEFORE), store_of(DECIDED)
    fact = next(i for i in ledger.read_items(new) if i.kind == "document")
    for store in (old, new):
        decide(store, [fact.id], "accepted", reviewer="Lan", now=NOW)
    graph = ledger.record_graph(fact.source)
    assert set(old.main.quads_for_pattern(None, None, None, graph)) == set(new.main.quads_for_pattern(None, None, None, graph))
    assert not list(old.main.quads_for_pattern(None, ox.NamedNode(str(DKG.factJson)), None, graph))
    assert everything_read(old) == everything_read(new)


TEXT = "Kế hoạch số 12-KH/TU giao Ban Dân vận Tỉnh ủy chủ trì, đạt 90%."
ITEMS = [Item(id="fa", source="s9", kind="document", fact={"key": "12-KH/TU"}, start=0, end=20),
         Item(id="fb", source="s9", kind="assignment", fact={"body": "Ban Dân vận Tỉnh ủy", "role": "lead"},
              start=26, end=53, position=1, violation_en="no document", violation_vi="thiếu văn bản"),
         Item(id="fc", source="s9", kind="target", fact={"text": "đạt 90%", "value": 90, "confidence": 0.8},
              start=55, end=62, position=2, confidence=1.0)]


def test_an_item_keeps_its_type_and_only_what_is_not_the_usual_as_quads():
    marks = {"fa": ledger.Mark("pending", ("https://example.org/doc/12",))}
    quads = ledger.record_quads(SourceInfo(id="s9", name="s9.txt"), TEXT, ITEMS, marks)
    said = sorted((q.subject.value.rsplit("/", 1)[-1], q.predicate.value.rsplit("#", 1)[-1]) for q in quads
                  if q.subject.value.rsplit("/", 1)[-1] in ("fa", "fb", "fc"))
    assert said == [("fa", "factNode"), ("fa", "type"), ("fb", "type"), ("fb", "violation"), ("fb", "violation"),
                    ("fc", "factConfidence"), ("fc", "type")]
    (listed,) = [q.object for q in quads if q.predicate.value == str(DKG.factItems)]
    assert listed.datatype == ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
    assert [e["id"] for e in json.loads(listed.value)] == ["fa", "fb", "fc"]


def test_items_read_back_from_the_list_are_the_items_written(memory_store):
    marks = {"fa": ledger.Mark("pending", ("https://example.org/doc/12",))}
    memory_store.main.extend(ledger.record_quads(SourceInfo(id="s9", name="s9.txt"), TEXT, ITEMS, marks))
    want = [dataclasses.replace(i, quote=TEXT[i.start:i.end]) for i in ITEMS]
    assert ledger.read_items(memory_store) == want
    assert ledger.read_items(memory_store, "s9") == want
    assert ledger.read_items(memory_store, fact_ids=["fc", "fa", "fb", "nothing"]) == want
    assert ledger.read_items(memory_store, violating=True) == [want[1]]
    assert ledger.read_items(memory_store, "s8") == []


@pytest.mark.parametrize("listed", [
    '{"id": 1',  # no JSON
    '{"fa": {"kind": "document"}}',  # no list
    'null', '0', 'false', '""', '[null]',  # no list, or an entry that is JSON's null
    # a list whose entries have the keys but not the values an item has
    '[{"id": "fa", "kind": "document", "position": 0, "start": "the first", "end": 20, "fact": {"key": "12-KH/TU"}}]',
    '[{"id": "fa", "kind": "document", "position": 0, "start": 0, "end": 20, "fact": "12-KH/TU"}]',
])
def test_a_list_that_is_no_list_of_items_is_refused_naming_its_graph(memory_store, listed):
    quads = ledger.record_quads(SourceInfo(id="s9", name="s9.txt"), TEXT, ITEMS)
    graph = ledger.record_graph("s9")
    broken = [q for q in quads if q.predicate.value != str(DKG.factItems)]
    broken.append(ox.Quad(ledger.record_iri("s9"), ox.NamedNode(str(DKG.factItems)), ox.Literal(listed), graph))
    memory_store.main.extend(broken)
    for read in (lambda: ledger.read_items(memory_store), lambda: ledger.read_items(memory_store, "s9")):
        with pytest.raises(StoreError, match=f"{graph.value}: dkg:factItems is not a list") as caught:
            read()
        assert "ingest the text again" in (caught.value.hint or "")


def test_a_queue_longer_than_one_literal_may_be_is_refused_naming_the_setting(monkeypatch):
    # the item list is several times its text: a limit the text meets and the list does not
    listed = ledger.items_literal(ITEMS)
    assert len(listed.value.encode("utf-8")) > len(TEXT.encode("utf-8"))
    monkeypatch.setenv("DKG_MAX_LITERAL_BYTES", str(len(listed.value.encode("utf-8")) - 1))
    meta = SourceInfo(id="s9", name="s9.txt")
    with pytest.raises(InputError) as caught:
        ledger.record_quads(meta, TEXT, ITEMS)
    error = caught.value
    assert error.file == "s9.txt" and "DKG_MAX_LITERAL_BYTES" in error.message + (error.hint or "")
    assert str(DKG.factItems) in error.message
    # near miss: at the list's own size it is written
    monkeypatch.setenv("DKG_MAX_LITERAL_BYTES", str(len(listed.value.encode("utf-8"))))
    assert any(q.object == listed for q in ledger.record_quads(meta, TEXT, ITEMS))
