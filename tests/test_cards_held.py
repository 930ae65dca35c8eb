"""Facts kept out of the graph, seen from the document they name: the card (HTML, its JSON twin and
``dkg show``) lists a held link with its reason and where to review it, and a document held back
whole is reported as waiting for review rather than missing. Article text in them stays text."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import kg.ingest
from kg import ingest
from kg.cards import card_text, document_card
from kg.cli import main
from kg.errors import NotFound
from kg.store import Store
from kg.validate import Violation
from kg.web import create_app
from late_plan import late_plan

EVIL = '<script>alert("x")</script>'
TEXT, facts = late_plan("12", dt.date(2020, 3, 5), "thực hiện", EVIL, province="Ninh Thuận", source="held.txt")


def ingested(store: Store, tmp_path, monkeypatch) -> Store:
    path = tmp_path / "held.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts(text))
    summary = ingest.ingest_paths(store, [str(path)])
    assert summary.loaded == 1 and [n for _, n, _ in summary.quarantined] == [1]
    return store


@pytest.fixture
def store(memory_store, tmp_path, monkeypatch) -> Store:
    return ingested(memory_store, tmp_path, monkeypatch)


def test_the_card_of_each_document_lists_the_held_link_with_its_reason(store):
    for key in ("12-KH/TU", "46-NQ/TW"):
        card = document_card(store, key, lang="en")
        assert not isinstance(card, dict) or "ambiguous" not in card
        (held,) = card["held"]  # type: ignore[index]
        assert held["kind"] == "link" and held["line"].startswith("12-KH/TU ") and held["line"].endswith(" 46-NQ/TW")
        # (with both days, as this text gives them: the reason named none, and the reader looked for them)
        assert held["reason"] == ("A document that implements (or continues) another cannot be dated before it. "
                                  "(12-KH/TU: 2020-03-05, 46-NQ/TW: 2023-12-20)")
        assert held["review_href"].startswith("/review/") and held["review_href"].endswith("#fact-" + held["id"])
        assert EVIL in held["quote"]
    plan = document_card(store, "12-KH/TU", lang="vi")
    assert plan["implements"] == [] and plan["date"] == "2020-03-05"  # type: ignore[index]
    assert plan["held"][0]["reason"].startswith("Văn bản thực hiện")  # type: ignore[index]
    assert plan["held"][0]["reason"].endswith(" (12-KH/TU: 2020-03-05, 46-NQ/TW: 2023-12-20)")  # type: ignore[index]


def test_the_review_queue_says_the_days_of_a_held_link_s_two_documents(store):
    """`dkg review list --held` and `review show` said "cannot be issued before it" without either day; a reader
    then searched the text for both to tell a wrong date from a wrong link. Both days follow the reason, in each
    language; the facts that are not held say nothing (near miss)."""
    from kg.review import queue

    entries = queue(store)
    (held,) = [e for e in entries if e.item.violation_en]
    assert held.to_json("vi")["violation"].endswith("trước văn bản đó. (12-KH/TU: 2020-03-05, 46-NQ/TW: 2023-12-20)")
    assert held.to_json("en")["violation"].endswith("before it. (12-KH/TU: 2020-03-05, 46-NQ/TW: 2023-12-20)")
    assert all(e.to_json("vi")["violation"] is None for e in entries if e is not held)


def test_the_text_card_says_how_to_review_it(store):
    card = document_card(store, "12-KH/TU", lang="en")
    text = card_text(card, "en")  # type: ignore[arg-type]
    assert "Waiting for review, not in the graph (1):" in text
    assert f"dkg review show {card['held'][0]['id']}" in text  # type: ignore[index]


def test_the_page_shows_the_held_link_as_text_and_links_to_its_review(store):
    c = TestClient(create_app(store))
    html = c.get("/doc/12-KH/TU").text
    section = html[html.index('<section id="held"'):]
    section = section[:section.index("</section>")]
    assert EVIL not in html and "&lt;script&gt;alert(" in section
    assert 'href="/review/' in section
    assert c.get("/doc/12-KH/TU.json").json()["held"][0]["kind"] == "link"


def test_a_document_without_held_facts_has_none(memory_store, tmp_path, monkeypatch):
    path = tmp_path / "ok.txt"
    path.write_text(TEXT, encoding="utf-8")
    fine = facts(TEXT)
    fine.links = []
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: fine)
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    assert document_card(memory_store, "12-KH/TU")["held"] == []  # type: ignore[index]
    assert '<section id="held"' not in TestClient(create_app(memory_store)).get("/doc/12-KH/TU").text


@pytest.fixture
def held_whole(memory_store, tmp_path, monkeypatch) -> Store:
    """The plan held back whole: a violation about the node itself (added to the report)."""
    real = kg.ingest.validate_batch

    def with_a_node_violation(data, **kwargs):
        batch = real(data, **kwargs)
        report = batch.report
        plans = {q.subject.value for q in data if q.predicate.value.endswith("#key") and q.object.value == "12-KH/TU"}
        report.violations += [Violation(p, "12-KH/TU", None, None, "khóa sai", "the key is wrong", "Violation",
                                        "https://w3id.org/directive-kg/shapes#S") for p in plans]
        return batch

    monkeypatch.setattr(kg.ingest, "validate_batch", with_a_node_violation)
    return ingested(memory_store, tmp_path, monkeypatch)


def test_a_document_held_whole_is_waiting_for_review_not_missing(held_whole):
    with pytest.raises(NotFound) as caught:
        document_card(held_whole, "12-KH/TU", lang="en")
    assert caught.value.code == "document-held"
    assert caught.value.details["reason"] == "the key is wrong"
    assert str(caught.value.details["review"]).startswith("/review/")
    with pytest.raises(NotFound) as missing:  # a key nobody wrote is still missing
        document_card(held_whole, "99-KH/TU", lang="en")
    assert missing.value.code == "document-missing"


def test_the_cli_and_the_page_say_where_a_held_document_waits(held_whole, tmp_path, monkeypatch):
    page = TestClient(create_app(held_whole)).get("/doc/12-KH/TU")
    assert page.status_code == 404 and "/review/" in page.text and "khóa sai" in page.text
    folder = tmp_path / "store"
    on_disk = Store.open(str(folder))
    on_disk.main.extend(held_whole.main)
    on_disk.close()
    result = CliRunner().invoke(main, ["--store", str(folder), "show", "12-KH/TU"])
    assert result.exit_code != 0 and "12-KH/TU" in result.output and "dkg review list" in result.output
