"""A document's place (địa bàn) corrected in review: the province, district or commune a reviewer gives stands for
the text's, in the document's IRI and jurisdiction, in the queries and through a re-ingest of the same text."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal, URIRef

from kg.cards import card_text, document_card, search
from kg.errors import UsageError
from kg.facts import DocumentRef, Facts, Place
from kg.queries import run
from kg.review import decide, queue
from kg.review.corrections import correct
from kg.review.model import one_line, place_of
from kg.rdf.vocab import DKG
from test_review import TEXT, by_kind, hand_facts, hand_ingest, source_triples, span  # noqa: F401 (a fixture)

LANG_SON = URIRef("https://w3id.org/directive-kg/id/place/legacy/20")
CAO_LOC = URIRef("https://w3id.org/directive-kg/id/place/legacy/20/183")


@pytest.mark.parametrize("typed,place,kept", [
    ("Lào Cai", Place(province="Lào Cai"), "Lào Cai"),
    ("tinh Lao Cai", Place(province="Lào Cai"), "Lào Cai"),  # diacritics and the kind word optional
    ("huyện  Cao Lộc, Lạng Sơn", Place(province="Lạng Sơn", district="Cao Lộc"), "Cao Lộc, Lạng Sơn"),
    ("phường Minh Xuân, Tuyên Quang", Place(province="Tuyên Quang", commune="Minh Xuân"),
     "phường Minh Xuân, Tuyên Quang"),
    ("xã Xuân Long, Cao Lộc, Lạng Sơn", Place(province="Lạng Sơn", district="Cao Lộc", commune="Xuân Long"),
     "xã Xuân Long, Cao Lộc, Lạng Sơn"),
])
def test_a_place_is_read_from_the_smallest_unit_to_the_province(typed, place, kept):
    assert place_of(typed) == place
    assert correct("document", {"key": "12-KH/TU"}, {"place": typed})["place"] == kept
    assert place_of(kept) == place  # what is kept reads back the same


@pytest.mark.parametrize("typed,message", [
    ("Cao Lộc", "does not end with a province"),            # a district alone
    ("Lạng Sơn, Cao Lộc", "does not end with a province"),   # the wrong way round
    ("Cam Lộ, Lạng Sơn", "neither a district of Lạng Sơn"),  # another province's district
    ("Xuân Long, Lạng Sơn", "neither a district"),           # a commune without its kind word
])
def test_a_place_that_cannot_be_read_is_refused(typed, message):
    with pytest.raises(UsageError, match=message):
        correct("document", {"key": "12-KH/TU"}, {"place": typed})


def test_a_document_s_line_says_the_place_a_reviewer_gave():
    fact = correct("document", {"key": "7-KH/ĐU", "date": "2025-09-05"}, {"place": "phường Minh Xuân, Tuyen Quang"})
    assert one_line("document", fact) == "7-KH/ĐU · 2025-09-05 · phường Minh Xuân, Tuyên Quang"


def test_an_empty_place_gives_the_document_back_the_text_s():
    assert correct("document", {"key": "12-KH/TU", "place": "Lào Cai"}, {"place": " "})["place"] is None


def _doc_node(store, source: str, key: str) -> URIRef:
    (node,) = source_triples(store, source).subjects(DKG.key, Literal(key))
    return node


def test_a_document_moved_to_another_province_is_placed_there_and_stays_after_a_re_ingest(memory_store, hand_ingest):
    hand_ingest(memory_store)  # the text's place: Ninh Thuận
    doc = by_kind(memory_store, "document", key="12-KH/TU")
    decide(memory_store, [doc["id"]], "corrected", reviewer="Lan", changes={"place": "Lạng Sơn"})
    for _ in range(2):  # as decided, then after the same text is ingested again
        g = source_triples(memory_store, doc["source"])
        node = _doc_node(memory_store, doc["source"], "12-KH/TU")
        assert list(g.objects(node, DKG.jurisdiction)) == [LANG_SON]
        assert "/legacy-20/" in str(node)  # minted under the province it was moved to
        (row,) = [r for r in run(memory_store, "targets", {"doc": "12-KH/TU"}).rows if r["target_value"] == 1500]
        assert row["place"] == "Lạng Sơn"
        hand_ingest(memory_store)
    (entry,) = [e for e in queue(memory_store) if e.item.id == doc["id"]]
    assert entry.status.state == "corrected" and entry.status.fact["place"] == "Lạng Sơn"


def test_a_district_s_and_a_commune_s_document_take_the_unit_a_reviewer_gives(memory_store, hand_ingest):
    district = hand_facts()
    district.documents[0] = DocumentRef(key="12-KH/HU", type="KH", number="12", issuer="Ban Thường vụ Huyện ủy",
                                        issuer_code="HU", level="district", date=dt.date(2024, 3, 5),
                                        span=span("Kế hoạch số 12-KH/TU"))
    commune = Facts(source="plan.txt", place=Place(province="Lạng Sơn"), text=TEXT,
                    documents=[DocumentRef(key="12-KH/ĐU", type="KH", number="12", issuer="Đảng ủy xã",
                                           issuer_code="ĐU", level="commune", date=dt.date(2024, 3, 5),
                                           span=span("Kế hoạch số 12-KH/TU"))])
    hand_ingest(memory_store, lambda text: district)
    doc = by_kind(memory_store, "document", key="12-KH/HU")
    decide(memory_store, [doc["id"]], "corrected", reviewer="Lan", changes={"place": "huyện Cao Lộc, Lạng Sơn"})
    node = _doc_node(memory_store, doc["source"], "12-KH/HU")
    assert list(source_triples(memory_store, doc["source"]).objects(node, DKG.jurisdiction)) == [CAO_LOC]

    hand_ingest(memory_store, lambda text: commune)
    doc = by_kind(memory_store, "document", key="12-KH/ĐU")
    before = _doc_node(memory_store, doc["source"], "12-KH/ĐU")
    assert "xuan-long" not in str(before)  # "Đảng ủy xã" names no commune: the province's
    decide(memory_store, [doc["id"]], "corrected", reviewer="Lan", changes={"place": "xã Xuân Long, Lạng Sơn"})
    after = _doc_node(memory_store, doc["source"], "12-KH/ĐU")
    assert "legacy-20-xuan-long" in str(after)  # each commune numbers its own: the commune is in its IRI
    card = document_card(memory_store, "12-KH/ĐU")
    assert card["jurisdiction"] == "Xã Xuân Long, Huyện Cao Lộc, Lạng Sơn"  # the card says where, not the province


def test_a_commune_s_document_is_placed_by_its_commune_in_the_cascade_lag_and_targets(memory_store, hand_ingest):
    from kg.facts import Link, Target

    plan = hand_facts()
    plan.place = Place(province="Lạng Sơn")
    plan.documents.append(DocumentRef(key="12-KH/ĐU", type="KH", number="12", issuer="Đảng ủy xã Xuân Long",
                                      issuer_code="ĐU", level="commune", date=dt.date(2024, 3, 20),
                                      span=span("Kế hoạch số 12-KH/TU")))
    plan.links = [Link(from_="12-KH/ĐU", type="implements", to="12-KH/TU", span=span("Kế hoạch số 12-KH/TU"))]
    plan.targets = [Target(document="12-KH/ĐU", text="Phấn đấu kết nạp 1.500 hội viên mới", value=1500,
                           unit="hội viên", comparator=">=", period="annual", span=span("kết nạp 1.500 hội viên"))]
    hand_ingest(memory_store, lambda text: plan)
    where = "Xã Xuân Long, Huyện Cao Lộc, Lạng Sơn"  # the commune, its district on the map of 2024, its province
    rows = {r["key"]: r["place"] for r in run(memory_store, "cascade", {"doc": "12-KH/TU"}).rows}
    assert rows["12-KH/ĐU"] == where
    assert {r["key"]: r["place"] for r in run(memory_store, "lag", {"doc": "12-KH/TU"}).rows}["12-KH/ĐU"] == where
    (target,) = run(memory_store, "targets", {"doc": "12-KH/TU"}).rows
    assert target["set_by"] == "12-KH/ĐU" and target["place"] == where
    assert document_card(memory_store, "12-KH/ĐU")["jurisdiction"] == where
    # the plan it carries out lists it with its place: which province's, which commune's
    province = document_card(memory_store, "12-KH/TU")
    assert [(x["key"], x["place"]) for x in province["implemented_by"]] == [("12-KH/ĐU", where)]
    assert f"12-KH/ĐU (20/03/2024): Kế hoạch 12-KH/ĐU · {where}" in card_text(province)  # (its day as Vietnamese write it)
    # and the home search's row of it
    assert {r["key"]: r["place"] for r in search(memory_store, "Kế hoạch 12")["rows"]} == {
        "12-KH/ĐU": where, "12-KH/TU": "Lạng Sơn"}
    # near miss: the province's own plan keeps the province
    assert province["jurisdiction"] == "Lạng Sơn"
