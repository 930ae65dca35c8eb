"""Which facts a reviewer's decision was about (``kg.changes_decided``): ``/changes``, its JSON twin and ``dkg
changes`` name each fact under "accepted N facts" (its kind, its document linked to its card, its sentence, its
page), escaped, and count those past the first few."""

from __future__ import annotations

import lxml.html
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import changes_decided
from kg.changes import Filters, changes
from kg.cli import main
from kg.review import decide, queue
from kg.store import Store
from kg.web import create_app
from test_changes_decisions import TEXT, _fact, _ingested

SENTENCE = "Phấn đấu đến năm 2026 có 120 hợp tác xã kiểu mới."


def test_an_acceptance_names_the_fact_its_document_and_sentence_on_the_page_the_twin_and_the_cli(tmp_path, monkeypatch):
    folder = _ingested(tmp_path, monkeypatch)
    store = Store.from_cli(folder, write=True)
    try:
        fact = _fact(store, "target")
        decide(store, [fact], "accepted", reviewer="An")
        web = TestClient(create_app(store))
        (said,) = web.get("/changes.json").json()["change_sets"][0]["decisions"]
        assert said["facts"] == [{"id": fact, "href": f"/fact/{fact}", "kind": "target", "document": "31-KH/TU",
                                  "document_href": "/doc/31-KH/TU", "sentence": SENTENCE}]
        for lang, kind in (("vi", "Chỉ tiêu"), ("en", "Target")):
            tree = lxml.html.fromstring(web.get("/changes", params={"lang": lang}).text)
            (line,) = tree.xpath("//ul[@class='decided-facts']/li")
            assert line.text_content().startswith(f"{kind} · 31-KH/TU: ")
            assert line.xpath("string(.//q)") == SENTENCE
            hrefs = [h.removesuffix("?lang=en") for h in line.xpath(".//a/@href")]
            assert hrefs == ["/doc/31-KH/TU", f"/fact/{fact}"]
            # (each link leads somewhere: the card and the fact's page answer)
            assert all(web.get(h).status_code == 200 for h in hrefs)
    finally:
        store.close()
    out = CliRunner().invoke(main, ["--lang", "en", "--store", folder, "changes", "--limit", "1"]).stdout
    assert f"    Target · 31-KH/TU: \u201c{SENTENCE}\u201d (dkg review show {fact})" in out.splitlines()


def test_a_fact_s_sentence_is_text_never_markup(tmp_path, monkeypatch):
    hostile = TEXT.replace("kiểu mới", "<script>alert(1)</script><img src=x onerror=alert(2)> kiểu mới")
    folder = _ingested(tmp_path, monkeypatch, hostile)
    store = Store.from_cli(folder, write=True)
    try:
        decide(store, [_fact(store, "target")], "rejected", reviewer="An")
        page = TestClient(create_app(store)).get("/changes").text
        tree = lxml.html.fromstring(page)
        assert "<script>alert(1)" not in page and not tree.xpath("//img[@src='x']")
        assert "<script>alert(1)</script>" in tree.xpath("string(//ul[@class='decided-facts']//q)")
    finally:
        store.close()


def test_past_the_first_facts_a_decision_counts_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(changes_decided, "NAMED", 1)
    folder = _ingested(tmp_path, monkeypatch)
    store = Store.from_cli(folder, write=True)
    try:
        decide(store, [e.item.id for e in queue(store)], "accepted", reviewer="An")
        (said,) = changes(store, Filters())["change_sets"][0]["decisions"]
        assert said["count"] == 2 and len(said["facts"]) == 1
        tree = lxml.html.fromstring(TestClient(create_app(store)).get("/changes", params={"lang": "en"}).text)
        assert tree.xpath("string(//ul[@class='decided-facts']/li[@class='muted'])").startswith("and 1 more")
    finally:
        store.close()
