"""The quarantine page (``kg.web.quarantine``) against hostile input: a text whose sentence and a reviewer's
reason carry markup comes back as text (read with an HTML parser, not searched for a string); its forms write
nothing without the update token, with a wrong one, with one in the address or from another site's page."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.facts import DocumentRef, Facts, Link, Place
from kg.web import create_app
from page_markup import HTML, inert, wrong_tokens

HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
TITLE = "Tin nhanh " + HOSTILE
BODY = ("Ngày 4/5/2020, Huyện ủy ban hành Chương trình số 9-CTr/HU thực hiện " + HOSTILE
        + " Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
TEXT = TITLE + "\n\n" + BODY
TOKEN = "quarantine-token-0001"


def facts(text: str) -> Facts:
    """A programme said to carry out a resolution issued four years after it: the link is held back."""
    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)
    return Facts(
        source="doc-hai.txt", place=Place(province="Lào Cai"), text=text,
        documents=[DocumentRef(key="9-CTr/HU", type="CTr", number="9", issuer="Huyện ủy", issuer_code="HU",
                               level="district", date=dt.date(2020, 5, 4), span=span("Chương trình số 9-CTr/HU")),
                   DocumentRef(key="57-NQ/TW", type="NQ", number="57", issuer="Bộ Chính trị", issuer_code="TW",
                               level="central", date=dt.date(2024, 12, 22), span=span("Nghị quyết số 57-NQ/TW"))],
        links=[Link(from_="9-CTr/HU", type="implements", to="57-NQ/TW",
                    span=span("Chương trình số 9-CTr/HU thực hiện " + HOSTILE + " Nghị quyết số 57-NQ/TW"))])


@pytest.fixture
def client(memory_store, tmp_path, monkeypatch) -> TestClient:
    (tmp_path / "doc-hai.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts(text))
    ingest.ingest_paths(memory_store, [str(tmp_path / "doc-hai.txt")])
    return TestClient(create_app(memory_store, update_token=TOKEN))


def held(client: TestClient) -> list[dict]:
    return client.get("/quarantine.json").json()["facts"]


def change_sets(client: TestClient) -> int:
    return len(client.get("/changes.json").json()["change_sets"])


def test_hostile_title_sentence_and_reason_come_back_as_text(client):
    (f,) = held(client)
    # an acceptance (the API takes it; the page offers none) keeps the fact held and shows its reason on the page
    said = client.post(f"/review/{f['source']}/decide", data={"id": f["id"], "seen": "", "token": TOKEN,
                                                              "decision": "accepted", "reason": HOSTILE}, headers=HTML)
    assert said.status_code == 200 and inert(said.text)
    (f,) = held(client)
    assert f["decision"]["reason"] == HOSTILE and HOSTILE in f["sentence"]
    for lang in ("vi", "en"):
        page = client.get(f"/quarantine?lang={lang}").text
        assert inert(page)  # (no script, image or handler: the words were escaped, wherever they are shown)
        assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2  # (the sentence and the reason, as text)


def test_the_page_s_forms_write_nothing_without_the_right_token(client):
    (f,) = held(client)
    before = change_sets(client)
    fields = {"id": f["id"], "seen": "", "decision": "rejected", "back": "quarantine"}
    for extra, headers in wrong_tokens(TOKEN):
        answer = client.post(f"/review/{f['source']}/decide", data={**fields, **extra}, headers=headers)
        assert answer.status_code in (401, 403) and inert(answer.text)
    # the token in the address is never read (it would be logged), nor the right one from another site's page
    assert client.post(f"/review/{f['source']}/decide", params={"token": TOKEN}, data=fields,
                       headers=HTML).status_code == 401
    assert client.post(f"/review/{f['source']}/decide", data={**fields, "token": TOKEN},
                       headers={**HTML, "origin": "https://elsewhere.example"}).status_code == 403
    # a GET with the decision's fields in its address writes nothing either
    assert client.get("/quarantine", params={**fields, "token": TOKEN}).status_code == 200
    assert change_sets(client) == before and [x["id"] for x in held(client)] == [f["id"]]
    # near miss: the right token in the form writes
    assert client.post(f"/review/{f['source']}/decide", data={**fields, "token": TOKEN}, headers=HTML).status_code == 200
    assert change_sets(client) == before + 1 and held(client) == []
