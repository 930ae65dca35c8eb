"""Review starts with the doubtful ones (kg.review.listing.doubtful_page): ``/review/doubtful``, its twin and ``dkg review
list`` list the facts lowest confidence first, filtered by source, document and kind, each saying why it is doubtful in
the reader's language; the pages and the command read one model."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import ingest
from kg.cli import main
from kg.facts import Assignment, DocumentRef, Facts, Place, Target
from kg.store import Store
from kg.web import create_app
from page_markup import HTML, read
from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)

HOSTILE = 'Phòng Y tế <i onclick="steal()">làm</i> hồ sơ'
TEXT = ("Kế hoạch số 3-KH/UBND ngày 4/5/2025 của UBND huyện.\n- 80% trạm y tế có bác sĩ.\n" + HOSTILE
        + ".\nPhòng Nội vụ chủ trì rà soát theo Kế hoạch số 3-KH/UBND.\n")
OTHER = "Chương trình số 8-CTr/HU về chuyển đổi số.\n- 70% hồ sơ trực tuyến.\n"


def span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def read_ours(name: str, text: str, on, place, hints=None) -> Facts:
    """What our extractor stand-in reads: the confidence and doubts given, as the extractor gives them."""
    if text == OTHER:
        return Facts(source=name, text=text, place=Place(province="Đồng Nai"), documents=[
            DocumentRef(key="8-CTr/HU", type="CTr", number="8", span=span(text, "Chương trình số 8-CTr/HU"), confidence=0.95)],
            targets=[Target(document="8-CTr/HU", text="70% hồ sơ trực tuyến", value=70, unit="%",
                            span=span(text, "70% hồ sơ trực tuyến"), confidence=0.55, doubts=("position", "scope"))])
    return Facts(source=name, text=text, place=Place(province="Đồng Nai"), documents=[
        DocumentRef(key="3-KH/UBND", type="KH", number="3", date=dt.date(2025, 5, 4),
                    span=span(text, "Kế hoạch số 3-KH/UBND"), confidence=0.95)],
        targets=[Target(document="3-KH/UBND", text="80% trạm y tế có bác sĩ", value=80, unit="%",
                        span=span(text, "80% trạm y tế có bác sĩ"), confidence=0.6, doubts=("position", "scope"))],
        assignments=[Assignment(body="Phòng Y tế", role="lead", document="3-KH/UBND", task="làm hồ sơ",
                                span=span(text, HOSTILE), confidence=0.5, doubts=("no-cue", "scope")),
                     Assignment(body="Phòng Nội vụ", role="lead", document="3-KH/UBND", task="rà soát",
                                span=span(text, "Phòng Nội vụ chủ trì rà soát"), confidence=0.9)])


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A folder store with our two texts ingested (the extractor stood in for by :func:`read_ours`)."""
    monkeypatch.setattr(ingest, "extract_one", read_ours)
    monkeypatch.setenv("DKG_REVIEWER", "Trần Thị Mai")
    (tmp_path / "huyen.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "chuong-trinh.txt").write_text(OTHER, encoding="utf-8")
    location = tmp_path / "store"
    store = Store.open(location)
    try:
        assert ingest.ingest_paths(store, [str(tmp_path / "huyen.txt"), str(tmp_path / "chuong-trinh.txt")]).ok
    finally:
        store.close()
    return location


def client_of(location) -> tuple[TestClient, Store]:
    store = Store.open(location)
    return TestClient(create_app(store)), store


def test_the_page_s_twin_lists_the_least_confident_first_with_why_in_both_languages(folder):
    c, store = client_of(folder)
    try:
        vi = c.get("/review/doubtful.json").json()
        en = c.get("/review/doubtful.json", params={"lang": "en"}).json()
    finally:
        store.close()
    confidences = [f["confidence"] for f in vi["facts"]]
    assert confidences == sorted(confidences) and confidences[0] == 0.5 and vi["total"] == 6
    first = vi["facts"][0]
    assert first["fact"]["body"] == "Phòng Y tế" and first["doubts"] == ["no-cue", "scope"]
    assert "suy từ đoạn văn" in first["why"][1] and "inferred from the paragraph" in en["facts"][0]["why"][1]
    assert vi["facts"][-1]["why"] == []  # (a fact its sentence states plainly: nothing to say)


def test_the_filters_choose_by_kind_document_and_source(folder):
    c, store = client_of(folder)
    try:
        targets = c.get("/review/doubtful.json", params={"kind": "target"}).json()["facts"]
        of_plan = c.get("/review/doubtful.json", params={"document": "3-KH/UBND"}).json()["facts"]
        source = targets[0]["source"]
        of_source = c.get("/review/doubtful.json", params={"source": source}).json()["facts"]
        refused = c.get("/review/doubtful.json", params={"kind": "rumour"})
    finally:
        store.close()
    assert [t["fact"]["text"] for t in targets] == ["70% hồ sơ trực tuyến", "80% trạm y tế có bác sĩ"]
    assert {f["fact"].get("document") or f["fact"].get("key") for f in of_plan} == {"3-KH/UBND"} and len(of_plan) == 4
    assert {f["source"] for f in of_source} == {source} and len(of_source) == 2
    assert refused.status_code == 400 and "rumour" in refused.json()["message"]


def test_the_command_lists_what_the_page_lists_and_says_why(folder):
    c, store = client_of(folder)
    try:
        page = c.get("/review/doubtful.json", params={"kind": "assignment", "document": "3-KH/UBND"}).json()["facts"]
    finally:
        store.close()
    run = CliRunner().invoke(main, ["--store", str(folder), "review", "list", "--kind", "assignment", "--document",
                                    "3-KH/UBND", "--format", "json"])
    assert run.exit_code == 0, run.output
    listed = json.loads(run.output)
    assert [f["id"] for f in listed] == [f["id"] for f in page] and listed[0]["doubts"] == ["no-cue", "scope"]
    table = CliRunner().invoke(main, ["--store", str(folder), "--lang", "en", "review", "list", "--kind", "assignment"])
    lines = table.output.splitlines()
    at = next(i for i, line in enumerate(lines) if "Phòng Y tế" in line)
    assert lines[at + 1].lstrip().startswith("? ") and "read from a general verb" in lines[at + 1]
    assert not any("?" in line for line in lines[at + 2:])  # (near miss: the chairing department has no doubt)


def test_the_page_shows_why_links_each_fact_in_its_text_and_keeps_the_sentence_text(folder):
    c, store = client_of(folder)
    try:
        page = c.get("/review/doubtful", params={"kind": "assignment"}, headers=HTML)
        first = c.get("/review/doubtful.json").json()["facts"][0]
        source_page = c.get(f"/review/{first['source']}", headers=HTML)
        fact_page = c.get(f"/fact/{first['id']}", params={"lang": "en"}, headers=HTML)
    finally:
        store.close()
    assert page.status_code == 200 and "Vì sao đáng ngờ" in page.text and "suy từ động từ chung" in page.text
    assert page.text.index("Phòng Y tế") < page.text.index("Phòng Nội vụ")  # (the least confident first)
    assert 'class="decide-in-text" href="/review/' in page.text and "#fact-f" in page.text
    assert not read(page.text).handlers and "&lt;i onclick=" in page.text
    assert '<option value="assignment" selected>' in page.text
    assert "Vì sao đáng ngờ" in source_page.text  # (the source's own page says it under each pending fact)
    assert "Why doubtful" in fact_page.text and "read from a general verb" in fact_page.text  # (and the fact's page)


def test_a_document_s_card_leads_to_its_facts_doubtful_first(folder, client):  # noqa: F811
    c, store = client_of(folder)
    try:
        card = c.get("/doc/3-KH/UBND", headers=HTML)
    finally:
        store.close()
    bundled = client.get("/doc/46-NQ/TW", headers=HTML)  # (near miss: a document no text gave, nothing to review)
    assert 'class="doubtful" href="/review/doubtful?document=3-KH%2FUBND"' in card.text
    assert bundled.status_code == 200 and 'class="doubtful"' not in bundled.text
