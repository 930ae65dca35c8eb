"""A reviewer's word on a pair outlives a correction of either fact (``kg.review.ties.carry``, in the write of the correction): a corrected text
ingested again, or ``dkg review correct``, makes a new node of the outcome or the target; where the new node is the
same fact (the same document, unit and, for an outcome, date) the decision follows it, with the same reviewer and
reason; where it cannot be told, the card and the targets table say a decision was made on an earlier version."""

from __future__ import annotations


import csv
import datetime as dt
import io
import json

import lxml.html
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import ingest, queries
from kg.cards import document_card
from kg.cli import main
from kg.facts import Outcome
from kg.review import decide, queue, tie
from kg.review.ties import tie_decisions
from kg.web import create_app
from review_ties_helpers import LINES, PROGRAMME, facts_of, ingested, span, with_figure


def _card(store) -> list[tuple]:
    (target,) = document_card(store, "7-CTr/TU")["targets"]
    return [(target["value"], o["value"], o["link"]) for o in target["outcomes"]]


def _row(store) -> tuple:
    (row,) = queries.run(store, "targets", {"doc": "7-CTr/TU"}).rows
    return row["target_value"], row["outcome_value"], row["link"]


def test_a_confirmation_follows_an_outcome_a_corrected_text_changed(memory_store, monkeypatch, tmp_path):
    target, old = ingested(memory_store, monkeypatch, tmp_path, with_figure("1.810"), LINES)
    assert _card(memory_store) == [(1500, 1720, "words")]
    tie(memory_store, old["iri"], target["iri"], "accepted", reviewer="Lê Văn An", reason="cùng chỉ tiêu kết nạp")
    (tmp_path / "review.txt").write_text(LINES.replace("1.720", "1.810"), encoding="utf-8")
    done = ingest.ingest_paths(memory_store, [str(tmp_path / "review.txt")])
    assert done.ok and done.replaced
    assert _card(memory_store) == [(1500, 1810, "confirmed")]
    assert _row(memory_store) == (1500, 1810, "confirmed")
    (first,) = [d for d in tie_decisions(memory_store) if d["outcome"] == old["iri"]]
    (carried,) = [d for d in tie_decisions(memory_store) if d["outcome"] != old["iri"]]
    assert (carried["reviewer"], carried["reason"], carried["at"], carried["state"], carried["target"]) == \
        (first["reviewer"], first["reason"], first["at"], "accepted", target["iri"])


def test_a_confirmation_follows_a_target_a_reviewer_corrected_and_a_rejection_follows_too(memory_store, monkeypatch, tmp_path):
    target, matched = ingested(memory_store, monkeypatch, tmp_path, facts_of)
    tie(memory_store, matched["iri"], target["iri"], "accepted", reviewer="An", reason="đúng")
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "target"]
    decide(memory_store, [fact], "corrected", reviewer="Bình", changes={"value": "1600"})
    assert _card(memory_store) == [(1600, 1720, "confirmed")]
    assert _row(memory_store) == (1600, 1720, "confirmed")
    # a rejection: the pair is not matched again after the target's figure is corrected once more
    (target,) = document_card(memory_store, "7-CTr/TU")["targets"]
    tie(memory_store, matched["iri"], target["iri"], "rejected", reviewer="An", reason="không cùng chỉ tiêu")
    assert _card(memory_store) == []
    decide(memory_store, [fact], "corrected", reviewer="Bình", changes={"value": "1700"})
    (target,) = document_card(memory_store, "7-CTr/TU")["targets"]
    assert (target["value"], target["outcomes"]) == (1700, [])
    assert [d["state"] for d in tie_decisions(memory_store)][-1] == "rejected"


def test_a_decision_whose_fact_cannot_be_told_is_shown_as_made_on_an_earlier_version(memory_store, monkeypatch, tmp_path):
    """The review reports two outcomes in the same units on the same day; the one a reviewer tied is corrected: which
    of the two the decision meant cannot be told. It stays on record, and the card and the targets table (its page,
    its twin and `dkg query`) say who decided on the earlier version, escaped."""
    review = LINES + "Trong đó kết nạp được 350 hội viên là thanh niên.\n"

    def read(name: str, text: str):
        facts = facts_of(name, text)
        if name.endswith("review.txt"):
            facts.outcomes.append(Outcome(document="7-CTr/TU", text="Trong đó kết nạp được 350 hội viên là thanh niên",
                                          value=350, unit="hội viên", span=span(text, "kết nạp được 350 hội viên")))
        return facts

    target, _ = _ingested_two(memory_store, monkeypatch, tmp_path, read, review)
    old = next(o for o in _outcomes(memory_store) if o["value"] == 1720)
    # a name and a reason that imitate how the table once wrote a decision ("name: state (day)"), and hold HTML
    who, why = "Lê <i>Văn</i> An: rejected (2020-01-01)", "đúng; Bình: accepted (1999-12-31) <script>alert(1)</script>"
    tie(memory_store, old["iri"], target["iri"], "accepted", reviewer=who, reason=why,
        now=dt.datetime(2026, 3, 1, 9, tzinfo=dt.timezone.utc))
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "outcome" and e.item.fact["value"] == 1720]
    decide(memory_store, [fact], "corrected", reviewer="Bình", changes={"value": "1750"})
    assert len(tie_decisions(memory_store)) == 1  # (not carried: two outcomes may be the one the reviewer meant)
    (card_target,) = document_card(memory_store, "7-CTr/TU")["targets"]
    (earlier,) = card_target["earlier_ties"]
    assert (earlier["reviewer"], earlier["state"], earlier["reason"], earlier["outcome"]) == (who, "accepted", why, old["iri"])
    # the table: the decision in columns of its own, the same in the library, the JSON twin and the CSV
    said = {"earlier_ties": 1, "earlier_reviewer": who, "earlier_state": "accepted", "earlier_at": "2026-03-01T09:00:00Z",
            "earlier_reason": why, "earlier_outcome": old["iri"]}
    (row,) = queries.run(memory_store, "targets", {"doc": "7-CTr/TU"}).rows
    assert {k: row[k] for k in said} == said
    web = TestClient(create_app(memory_store))
    (twin,) = web.get("/queries/targets.json", params={"doc": "7-CTr/TU"}).json()["rows"]
    assert {k: twin[k] for k in said} == said
    (plain,) = csv.DictReader(io.StringIO(web.get("/queries/targets.csv", params={"doc": "7-CTr/TU"}).text.lstrip("\ufeff")))
    assert {k: plain[k] for k in said} == {**said, "earlier_ties": "1"}
    # the pages: escaped, and the line says the name and the reason whole, in the reader's words
    page = web.get("/doc/7-CTr/TU").text
    assert "<i>Văn</i>" not in page and "<script>alert" not in page
    (note,) = lxml.html.fromstring(page).xpath("//*[contains(@class, 'earlier-tie')]")
    assert who in note.text_content() and why in note.text_content()
    for lang, word, day in (("vi", "xác nhận", "01/03/2026"), ("en", "confirmed", "2026-03-01")):
        shown = web.get("/queries/targets", params={"doc": "7-CTr/TU", "lang": lang}).text
        assert "<i>Văn</i>" not in shown and "<script>alert" not in shown
        cells = [td.text_content() for td in lxml.html.fromstring(shown).xpath("//td")]
        assert any(f"{who} {word} ({day}): “{why}”" in cell for cell in cells), lang


def _outcomes(store) -> list[dict]:
    (target,) = document_card(store, "7-CTr/TU")["targets"]
    return [o for o in target["outcomes"]] + document_card(store, "7-CTr/TU").get("outcomes", [])


def _ingested_two(store, monkeypatch, tmp_path, read, review: str):
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: read(name, text))
    for name, text in (("programme.txt", PROGRAMME), ("review.txt", review)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(tmp_path / "programme.txt"), str(tmp_path / "review.txt")]).ok
    (target,) = document_card(store, "7-CTr/TU")["targets"]
    return target, None


def test_through_the_cli_a_correction_keeps_the_confirmation_and_dkg_query_says_an_earlier_one(tmp_path, monkeypatch):
    from kg.store import Store

    folder = str(tmp_path / "store")
    store = Store.from_cli(folder, write=True)
    try:
        target, matched = ingested(store, monkeypatch, tmp_path, facts_of)
        (fact,) = [e.item.id for e in queue(store) if e.item.kind == "target"]
    finally:
        store.close()
    run = CliRunner()
    assert run.invoke(main, ["--store", folder, "review", "tie", matched["iri"], target["iri"], "--reviewer", "Cúc",
                             "--reason", "cùng chỉ tiêu"]).exit_code == 0
    done = run.invoke(main, ["--store", folder, "review", "correct", fact, "--set", "value=1600", "--reviewer", "Bình"])
    assert done.exit_code == 0, done.output
    rows = json.loads(run.invoke(main, ["--store", folder, "query", "targets", "-p", "doc=7-CTr/TU", "--format", "json"]).stdout)
    assert [(r["target_value"], r["outcome_value"], r["link"], r["earlier_ties"]) for r in rows] == [(1600, 1720, "confirmed", 0)]
    changes = json.loads(run.invoke(main, ["--store", folder, "changes", "--format", "json", "--limit", "2"]).stdout)
    # one act, one change set: the correction carries the tie in its own write (the reviewer's word, carried, is no
    # new decision of theirs: the correction is the one decision it lists); the change set before it is the tie
    latest, tied = changes["change_sets"]
    # (the target's figure said as one change, by its fact: polish31b; the tie, carried to its new node, removed and
    # added, the reviewer's word shown to follow the correction)
    assert {("target", "changed"), ("tie", "added"), ("tie", "removed")} <= \
        {(i["kind"], i["action"]) for i in latest["items"]}
    assert [(d["kind"], d["reviewer"]) for d in latest["decisions"]] == [("fact", "Bình")]
    assert [(d["kind"], d["reviewer"]) for d in tied["decisions"]] == [("tie", "Cúc")]
