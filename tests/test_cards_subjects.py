"""A document met in several texts and described differently in each (one plan named twice, merged by its number):
its card (the read model, the page and its twin) shows one node with every wording of its subject, each with the texts
that gave it and the page of its fact there (its sentence); a document all texts describe alike shows its one subject."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.cards import card_text, document_card
from kg.facts import DocumentRef, Facts, Place
from kg.store import Store
from kg.web import create_app

#: two news pages naming the same plan by its number, each with its own words for what it is about
TEXTS = {
    "ban-hanh.txt": ("UBND tỉnh ban hành kế hoạch năm 2026",
                     "Ngày 20/12/2025, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về thực hiện nhiệm vụ năm 2026.",
                     "thực hiện nhiệm vụ năm 2026"),
    "so-ket.txt": ("Sơ kết quý I kế hoạch năm 2026",
                   "Hội nghị sơ kết Kế hoạch số 12/KH-UBND về triển khai <b>nghị quyết</b> của HĐND tỉnh năm 2026.",
                   "triển khai <b>nghị quyết</b> của HĐND tỉnh năm 2026"),
    "nhac-lai.txt": ("Tuyên Quang đẩy nhanh việc thực hiện kế hoạch năm 2026", "Kế hoạch số 12/KH-UBND về thực hiện nhiệm vụ năm 2026 đang được triển khai.",
                     "thực hiện nhiệm vụ năm 2026"),
}


def facts_of(name: str, text: str) -> Facts:
    _, sentence, subject = TEXTS[name.rsplit("/", 1)[-1]]
    start = text.index("Kế hoạch số 12/KH-UBND")
    return Facts(source=name, place=Place(province="Tuyên Quang"), text=text, documents=[
        DocumentRef(key="12/KH-UBND", type="KH", number="12", issuer="UBND tỉnh", issuer_code="UBND", level="province",
                    date=dt.date(2025, 12, 20), subject=subject, span=(start, start + len("Kế hoạch số 12/KH-UBND")))])


def ingested(store: Store, tmp_path, monkeypatch, names: list[str]) -> Store:
    paths = []
    for name in names:
        title, sentence, _ = TEXTS[name]
        (tmp_path / name).write_text(f"{title}\n\n{sentence}\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts_of(name, text))
    assert ingest.ingest_paths(store, paths).loaded == len(names)
    return store


@pytest.fixture
def store(memory_store, tmp_path, monkeypatch) -> Store:
    return ingested(memory_store, tmp_path, monkeypatch, list(TEXTS))


def test_each_wording_of_the_subject_comes_with_the_texts_that_gave_it(store):
    card = document_card(store, "12/KH-UBND", lang="vi")
    met = card["subjects"]  # type: ignore[index]
    assert [m["subject"] for m in met] == ["thực hiện nhiệm vụ năm 2026", "triển khai <b>nghị quyết</b> của HĐND tỉnh năm 2026"]
    assert [[s["title"] for s in m["sources"]] for m in met] == [
        ["UBND tỉnh ban hành kế hoạch năm 2026", "Tuyên Quang đẩy nhanh việc thực hiện kế hoạch năm 2026"], ["Sơ kết quý I kế hoạch năm 2026"]]
    assert [len(m["facts"]) for m in met] == [2, 1] and all(f.startswith("/fact/f") for m in met for f in m["facts"])
    assert len(card["sources"]) == 3  # type: ignore[index]  (one node: the texts are its sources, not three cards)


def test_the_page_lists_every_wording_in_both_languages_as_text(store):
    c = TestClient(create_app(store))
    vi = c.get("/doc/12/KH-UBND").text
    assert "trích yếu khác nhau" in vi and vi.count('<span class="wording">') == 2
    assert "&lt;b&gt;nghị quyết&lt;/b&gt;" in vi and "<b>nghị quyết</b>" not in vi  # (a text's words stay text)
    fact = c.get("/doc/12/KH-UBND.json").json()["subjects"][1]["facts"][0]
    assert f'href="{fact}"' in vi
    en = c.get("/doc/12/KH-UBND?lang=en").text
    assert "describe this document in different words" in en and "trích yếu khác nhau" not in en


def test_one_wording_shows_as_the_subject_alone(memory_store, tmp_path, monkeypatch):
    store = ingested(memory_store, tmp_path, monkeypatch, ["ban-hanh.txt", "nhac-lai.txt"])
    (met,) = document_card(store, "12/KH-UBND", lang="vi")["subjects"]  # type: ignore[index]
    assert len(met["sources"]) == 2
    page = TestClient(create_app(store)).get("/doc/12/KH-UBND").text
    assert "trích yếu khác nhau" not in page and '<dd class="subject">thực hiện nhiệm vụ năm 2026</dd>' in page


def test_dkg_show_says_every_wording_too(store):
    said = card_text(document_card(store, "12/KH-UBND", lang="en"), lang="en")
    assert "describe this document in different words" in said
    assert "  - triển khai <b>nghị quyết</b> của HĐND tỉnh năm 2026 · Sơ kết quý I kế hoạch năm 2026" in said.splitlines()
