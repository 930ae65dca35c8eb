"""A correction's document fields (a link's two ends, the document of a task, a target or an outcome, the documents
an event reviews) take a document's key and nothing else (kg.review.corrections, on kg.text.dockeys.is_document_key):
junk ("(sửa)") is refused in the analyst's language, saying what a key looks like, and nothing is written; a key well
written that the store does not hold yet is kept, its document gets a node whose card opens, and undoing the
correction takes that node back with it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kg.changes import Filters, changes
from kg.errors import UsageError
from kg.i18n import error_said
from kg.review import decide, queue
from kg.review.corrections import correct
from kg.store import history, undo
from kg.text.dockeys import is_document_key
from kg.web import create_app
from ward_plan import ingest_ward_plan

JUNK = ["(sửa)", "46", "NQ", "NQ:", "Nghị quyết 46", "xem lại", "ZZ:một việc", "05/KHLT", "KHLT:", "2021-2025",
        "BCTT: ,"]
# (joint symbols, each issuer after the type, and a council committee's verification report, as real documents print
# them; the gold's key of a verification report without a number)
KEYS = ["46-NQ/TW", "46-nq/tw", "12/KH-UBND", "140/2017/NĐ-CP", "5973/UBND-KT", "72/2025/QH15",
        "KH:thực hiện Nghị quyết 46-NQ/TW", "05/KHLT-HND-SNNMT", "12/CTPH-MTTQ-CA", "01/HD-BTGTW-BDVTW",
        "01-HD/BTGTW-BDVTW", "45/BCTT-KTNS", "BCTT:Báo cáo thẩm tra của Ban Kinh tế - Ngân sách"]


@pytest.mark.parametrize("typed", KEYS)
def test_a_key_as_the_facts_write_it_is_a_key(typed):
    assert is_document_key(typed)
    assert correct("link", {"to": "1-KH/TU"}, {"to": typed}) == {"to": typed}


@pytest.mark.parametrize("typed", JUNK)
def test_words_that_are_no_key_are_refused_in_each_field_that_takes_one(typed):
    assert not is_document_key(typed)
    for kind, field in (("link", "to"), ("link", "from"), ("assignment", "document"), ("target", "document"),
                        ("outcome", "document"), ("event", "reviews")):
        with pytest.raises(UsageError, match="not a document's key"):
            correct(kind, {}, {field: typed})
    # near miss: the words in a field that is no key stay as typed
    assert correct("assignment", {}, {"task": typed}) == {"task": " ".join(typed.split())}


def test_the_refusal_says_what_a_key_looks_like_in_the_analyst_s_language():
    with pytest.raises(UsageError) as caught:
        correct("link", {}, {"to": "(sửa)"})
    vi, en = (" ".join(filter(None, error_said(caught.value, lang))) for lang in ("vi", "en"))
    assert "không phải là khóa của một văn bản" in vi and "46-NQ/TW" in vi and "KH:" in vi
    assert "is not a document's key" in en and "TYPE:description" in en


def test_an_event_s_reviewed_documents_are_each_a_key_and_an_empty_document_stays_none():
    assert correct("event", {}, {"reviews": "46-NQ/TW, 08-KH/ĐU"}) == {"reviews": ["46-NQ/TW", "08-KH/ĐU"]}
    with pytest.raises(UsageError):
        correct("event", {}, {"reviews": "46-NQ/TW, (sửa)"})
    assert correct("target", {"document": "1-KH/TU"}, {"document": " "}) == {"document": None}


def _link(store) -> str:
    (fact,) = [e.item.id for e in queue(store) if e.item.kind == "link"]
    return fact


def test_a_junk_key_writes_nothing(memory_store, monkeypatch, tmp_path):
    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    before, sets = len(memory_store.main), len(history.change_sets(memory_store))
    with pytest.raises(UsageError):
        decide(memory_store, [_link(memory_store)], "corrected", reviewer="Lan", changes={"to": "(sửa)"})
    assert (len(memory_store.main), len(history.change_sets(memory_store))) == (before, sets)


def test_a_new_key_opens_a_card_and_undo_takes_it_back(memory_store, monkeypatch, tmp_path):
    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    c = TestClient(create_app(memory_store))
    assert c.get("/doc/46-NQ/TW.json").status_code == 404  # no text names it yet
    link = _link(memory_store)
    decide(memory_store, [link], "corrected", reviewer="Lan", changes={"to": "46-NQ/TW"})
    # /changes names the new document by its key and ties it to the correction that added it
    items = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert [(i["action"], i["key"], i.get("fact")) for i in items if i["kind"] == "document"] == [
        ("added", "46-NQ/TW", link)]
    card = c.get("/doc/46-NQ/TW.json")
    assert card.status_code == 200, card.text
    shown = card.json()
    assert shown["key"] == "46-NQ/TW" and shown["document_type"] == "Nghị quyết" and shown["level_code"] == "central"
    # marked as the analyst's: the correction that named it is among the facts it is, corrected by Lan
    assert (shown["review"]["state"], shown["review"]["reviewer"]) == ("corrected", "Lan")
    assert c.get("/doc/08-KH/ĐU.json").json()["review"]["state"] == "pending"  # (near miss: the text's own plan)
    undo.rollback(memory_store, history.change_sets(memory_store)[-1].number)
    assert c.get("/doc/46-NQ/TW.json").status_code == 404
    assert c.get("/doc/115-CTr/TU.json").status_code == 200  # (the link's document before the correction, back)


@pytest.mark.parametrize("key, type_name", [("05/KHLT-HND-SNNMT", "Kế hoạch liên tịch"),
                                            ("12/CTPH-MTTQ-CA", "Chương trình phối hợp"),
                                            ("45/BCTT-KTNS", "Báo cáo thẩm tra")])
def test_a_joint_document_s_key_opens_a_card_of_its_type(memory_store, monkeypatch, tmp_path, key, type_name):
    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    decide(memory_store, [_link(memory_store)], "corrected", reviewer="Lan", changes={"to": key})
    shown = TestClient(create_app(memory_store)).get(f"/doc/{key}.json")
    assert shown.status_code == 200, shown.text
    assert (shown.json()["key"], shown.json()["document_type"]) == (key, type_name)
