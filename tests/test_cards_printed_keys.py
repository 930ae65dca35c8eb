"""A document without a number whose text names its province ('Nghị quyết của HĐND tỉnh Tuyên Quang về ...'):
`dkg extract` prints the text's key with the province in it, the store keeps the key without it (the province is the
node's jurisdiction, so that the wordings with and without it meet on one node). The printed key finds the document,
on `dkg show` and on /doc/KEY, and the document's name is said once, not again as a label with its province."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.cards import card_text, document_card
from kg.errors import NotFound
from kg.extract import extract
from kg.paths import doc_path
from kg.store import Store
from kg.text.dockeys import key_spellings, label_adds
from kg.web import create_app

TEXT = ("Tuyên Quang: thu ngân sách vượt dự toán\n\n"
        "Báo cáo của UBND tỉnh về tình hình thực hiện Nghị quyết của HĐND tỉnh Tuyên Quang về kế hoạch phát triển "
        "kinh tế - xã hội năm 2025 cho biết, thu ngân sách trên địa bàn đạt 950 tỷ đồng.\n")


@pytest.fixture
def printed() -> str:
    keys = [d.key for d in extract(TEXT).documents]
    assert keys == ["NQ:HĐND tỉnh Tuyên Quang về kế hoạch phát triển kinh tế - xã hội năm 2025"]
    return keys[0]


@pytest.fixture
def store(memory_store, tmp_path) -> Store:
    (tmp_path / "thu-ngan-sach.txt").write_text(TEXT, encoding="utf-8")
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "thu-ngan-sach.txt")]).loaded == 1
    return memory_store


def test_the_key_extract_prints_finds_the_document_on_show_and_its_page(store, printed):
    card = document_card(store, printed, lang="vi")
    assert card["key"] == "NQ:HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025"  # type: ignore[index]
    assert document_card(store, card["key"], lang="vi")["iri"] == card["iri"]  # type: ignore[index]
    with TestClient(create_app(store)) as client:
        assert client.get(doc_path(printed)).status_code == 200
        assert client.get(doc_path(printed) + ".json").json()["iri"] == card["iri"]  # type: ignore[index]


def test_near_miss_another_province_s_name_in_the_key_finds_nothing(store, printed):
    with pytest.raises(NotFound):
        document_card(store, printed.replace("Tuyên Quang", "Thái Nguyên"), lang="vi")
    with pytest.raises(NotFound):
        document_card(store, printed.replace("tỉnh Tuyên Quang", "huyện Yên Sơn"), lang="vi")


def test_the_key_without_its_place_is_one_of_its_spellings():
    assert key_spellings("NQ:HĐND huyện Yên Sơn về kế hoạch năm 2025")[-1] == "NQ:HĐND huyện về kế hoạch năm 2025"
    assert key_spellings("46-NQ/TW") == ["46-NQ/TW"]  # (a symbol names no place to leave out)


def test_the_show_card_names_the_document_once(store, printed):
    first = card_text(document_card(store, printed, lang="vi"), lang="vi").splitlines()[0]
    assert first == "Nghị quyết HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025"


@pytest.mark.parametrize(("label", "adds"), [
    ("HĐND tỉnh Tuyên Quang về kế hoạch phát triển kinh tế - xã hội năm 2025", False),
    ("HĐND tỉnh Tuyên Quang về kế hoạch phát triển…", False),
    # near misses: more than the place, another subject
    ("HĐND tỉnh Tuyên Quang về kế hoạch phát triển kinh tế - xã hội năm 2025 và dự toán ngân sách", True),
    ("HĐND tỉnh Tuyên Quang về giá đất năm 2025", True),
])
def test_a_label_that_only_adds_the_province_adds_nothing(label, adds):
    assert label_adds(label, "NQ:HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025") is adds


def test_a_key_naming_a_place_hundreds_of_times_spells_it_a_few_times(monkeypatch):
    """A key typed on `dkg show` or sent in a /doc/ address that names places over and over is spelt without each
    place only a few times (it was spelt once per mention, twice over: a key of 800 mentions took about a minute)."""
    from kg.text import dockeys

    calls = []
    spell = dockeys.document_key
    monkeypatch.setattr(dockeys, "document_key", lambda *a, **k: calls.append(k.get("place")) or spell(*a, **k))
    placed = dockeys.placed_spellings("NQ:HĐND tỉnh Tuyên Quang về " + "tỉnh Tuyên Quang, huyện Yên Sơn " * 300)
    assert "Tuyên Quang" in placed.values()
    assert len(calls) <= 8
    # near miss: the key as printed still finds its place's spelling
    assert dockeys.placed_spellings("NQ:HĐND tỉnh Tuyên Quang về kế hoạch năm 2025") == {
        "NQ:HĐND tỉnh về kế hoạch năm 2025": "Tuyên Quang"}


@pytest.mark.parametrize("tail", ['"} <script>alert(1)</script>', "\n} UNION { ?d ?p ?o }", " tỉnh Thái Nguyên"])
def test_a_hostile_key_in_the_address_finds_nothing_and_is_said_as_text(store, printed, tail):
    from page_markup import HTML, inert

    with TestClient(create_app(store)) as client:
        page = client.get(doc_path(printed + tail), headers=HTML)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html") and inert(page.text)
        twin = client.get(doc_path(printed + tail) + ".json")
        assert twin.status_code == 404 and twin.json()["error"] == "not-found"
