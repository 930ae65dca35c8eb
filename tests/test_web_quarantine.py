"""The quarantine page (``kg.web.quarantine``): the facts a violation holds back, from every text, each with why in
words, its sentence and its text linked; with the update token, corrected into the graph or rejected from the page's
plain forms, each decision a change set on /changes that an undo takes back. Article text stays text."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.facts import Assignment, DocumentRef, Facts, Place
from kg.store import Store
from kg.web import create_app
from late_plan import late_plan

EVIL = '<img src=x onerror="alert(1)">'
TEXT, facts = late_plan("7", dt.date(2021, 3, 2), "triển khai", EVIL, province="Hà Giang", source="cachly.txt")
TOKEN = "s3cret-token"


@pytest.fixture
def store(memory_store, tmp_path, monkeypatch) -> Store:
    path = tmp_path / "cachly.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts(text))
    summary = ingest.ingest_paths(memory_store, [str(path)])
    assert [n for _, n, _ in summary.quarantined] == [1]
    return memory_store


def held(client: TestClient) -> list[dict]:
    return client.get("/quarantine.json").json()["facts"]


def test_the_page_says_why_each_fact_is_held_and_links_its_sentence_and_text(store):
    c = TestClient(create_app(store))
    (f,) = held(c)
    assert f["kind"] == "link" and f["href"] == f"/fact/{f['id']}"
    assert f["review_href"] == f"/review/{f['source']}#fact-{f['id']}"
    assert EVIL in f["sentence"] and f["sentence"].startswith("Ngày 2/3/2021")
    vi = c.get("/quarantine").text
    assert "Khu cách ly" in vi and "Vì sao bị giữ lại" in vi
    # the reason in words, its days as Vietnamese writes them (the shapes' ISO days would read as English)
    assert "Văn bản thực hiện" in vi and "02/03/2021" in vi and "2021-03-02" not in vi
    assert f'href="/fact/{f["id"]}"' in vi and f'href="/review/{f["source"]}#fact-{f["id"]}"' in vi
    assert EVIL not in vi and "&lt;img src=x" in vi  # (the article's words are text, never markup)
    en = c.get("/quarantine?lang=en").text
    assert "Why it is held" in en and "A document that implements" in en and "Vì sao" not in en
    # the same data for a client asking by Accept, and the menu leads to the page
    assert c.get("/quarantine", headers={"Accept": "application/json"}).json()["total"] == 1
    assert 'href="/quarantine"' in c.get("/").text


def test_a_read_only_server_shows_no_form_and_says_why(store):
    page = TestClient(create_app(store)).get("/quarantine").text
    assert 'id="read-only"' in page and "/decide" not in page and 'name="token"' not in page


def test_an_empty_quarantine_says_so(memory_store):
    page = TestClient(create_app(memory_store)).get("/quarantine?lang=en").text
    assert "The quarantine is empty" in page and 'class="fact ' not in page


def form_post(c: TestClient, fid: str, source: str, **fields: str):
    return c.post(f"/review/{source}/decide", data={"id": fid, "seen": "", "token": TOKEN, **fields},
                  headers={"Accept": "text/html"})


def test_a_correction_from_the_page_releases_the_fact_and_an_undo_holds_it_again(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    (f,) = held(c)
    page = c.get("/quarantine").text
    # the page's forms post to the text's decide route, lead back here, and offer no accept (it would release nothing)
    assert f'action="/review/{f["source"]}/decide"' in page and 'name="back" value="quarantine"' in page
    assert 'value="accepted"' not in page and 'type="password" name="token"' in page
    answer = form_post(c, f["id"], f["source"], decision="corrected", type="based_on", back="quarantine",
                       **{"was:type": "implements"})
    assert answer.status_code == 200 and 'href="/quarantine"' in answer.text and "Về khu cách ly" in answer.text
    assert 'href="/changes"' in answer.text.split("</nav>")[1]  # (where the decision is seen and undone)
    assert held(c) == []
    assert c.get("/doc/7-KH/TU.json").json()["held"] == []
    change = c.get("/changes.json").json()["change_sets"][0]
    assert change["undo_href"] and [d["state"] for d in change["decisions"]] == ["corrected"]
    undone = c.post(change["undo_href"], data={"token": TOKEN}, headers={"Accept": "application/json"})
    assert undone.status_code == 200
    assert [x["id"] for x in held(c)] == [f["id"]]


def test_a_rejection_from_the_page_takes_the_fact_out_of_the_quarantine(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    (f,) = held(c)
    answer = form_post(c, f["id"], f["source"], decision="rejected", reason="sai liên kết", back="quarantine")
    assert answer.status_code == 200 and "sai liên kết" in answer.text
    assert held(c) == []
    assert [d["state"] for d in c.get("/changes.json").json()["change_sets"][0]["decisions"]] == ["rejected"]


def test_a_back_the_server_does_not_know_leads_to_the_text_not_elsewhere(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    (f,) = held(c)
    answer = form_post(c, f["id"], f["source"], decision="rejected", back="https://evil.example/")
    assert "evil.example" not in answer.text
    assert re.search(rf'href="/review/{f["source"]}#fact-{f["id"]}"', answer.text)


#: a district's plan dated after the districts ended (1/7/2025), with a task it gives: both held, the task with its plan
DISTRICT = "Ngày 12/1/2026, UBND huyện Yên Lập ban hành Kế hoạch số 5/KH-UBND; Phòng Nội vụ huyện chủ trì thực hiện."


def district_facts(text: str) -> Facts:
    plan, task = text.index("Kế hoạch số 5/KH-UBND"), text.index("Phòng Nội vụ")
    return Facts(source="huyen.txt", place=Place(province="Phú Thọ", district="Yên Lập"), text=text,
                 documents=[DocumentRef(key="5/KH-UBND", type="KH", number="5", issuer="UBND huyện Yên Lập",
                                        issuer_code="UBND", level="district", date=dt.date(2026, 1, 12),
                                        span=(plan, plan + len("Kế hoạch số 5/KH-UBND")), confidence=0.95)],
                 assignments=[Assignment(body="Phòng Nội vụ huyện", role="lead", document="5/KH-UBND", task="chủ trì thực hiện kế hoạch",
                                         span=(task, len(text) - 1), confidence=0.6)])


def test_a_held_document_comes_before_the_facts_it_holds_back_with_it(memory_store, tmp_path, monkeypatch):
    path = tmp_path / "huyen.txt"
    path.write_text(DISTRICT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: district_facts(text))
    ingest.ingest_paths(memory_store, [str(path)])
    facts = held(TestClient(create_app(memory_store)))
    # (the queue puts the less sure task first; the page, the plan whose correction releases both)
    assert [f["kind"] for f in facts] == ["document", "assignment"]
    assert "5/KH-UBND" in facts[1]["violation"]  # (the task says which document holds it back)


def test_the_answer_to_a_decision_writes_the_fact_s_days_as_the_page_s_language_does(memory_store, tmp_path, monkeypatch):
    path = tmp_path / "huyen.txt"
    path.write_text(DISTRICT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: district_facts(text))
    ingest.ingest_paths(memory_store, [str(path)])
    c = TestClient(create_app(memory_store, update_token=TOKEN))
    plan = held(c)[0]
    answer = form_post(c, plan["id"], plan["source"], decision="rejected", back="quarantine").text
    assert "12/01/2026" in answer and "2026-01-12" not in answer
