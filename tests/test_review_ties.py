"""A reviewer's word on an outcome matched to a target by its words (``kg.review.tie``): confirmed, the tie is
asserted (``dkg:reportsTarget``) and reads as confirmed by a reviewer, not as stated by the source, on the card and
in the targets query; rejected, the pair is never matched again;
recorded with the reviewer and the reason, shown in ``/changes``, kept after a restart and a re-ingest; the same
call from the library, ``dkg review tie`` and the card's form, which needs the server's update token."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import changes, ingest, queries
from kg.cards import card_text, document_card
from kg.cli import main
from kg.errors import NotFound, UsageError
from kg.facts import Facts, Outcome
from kg.rdf.files import parse_file
from kg.review import tie
from kg.review.ties import tie_decisions
from kg.store import Store
from kg.web import create_app
from conftest import SERVER_MODE
from test_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401  (fixture)
from test_cards_matching import DATA
from test_web_support import running
from review_ties_helpers import REVIEW, facts_of, ingested, span

ID = "https://w3id.org/directive-kg/id/"
MEMBERS_O, MEMBERS_T = ID + "outcome/test/members", ID + "target/test/members"
GROUPS_O, GROUPS_T = ID + "outcome/test/groups", ID + "target/test/groups"
TOKEN = "tie-token"


@pytest.fixture
def store():
    s = Store.open(None)
    s.main.extend(parse_file("match.trig", DATA.encode()))
    return s


def _card_ties(store) -> dict[str, list[tuple[str, str]]]:
    card = document_card(store, "7-CTr/TU")
    return {t["iri"].rsplit("/", 1)[-1]: [(o["iri"].rsplit("/", 1)[-1], o["link"]) for o in t["outcomes"]]
            for t in card["targets"]}


def _row_ties(store) -> dict[str, tuple]:
    rows = queries.run(store, "targets", {"doc": "7-CTr/TU"}).rows
    return {r["target"].rsplit("/", 1)[-1]: ((r["outcome_iri"] or "").rsplit("/", 1)[-1] or None, r["link"], r["matched"])
            for r in rows}


def test_a_confirmed_pair_is_tied_on_the_card_and_in_the_table_and_says_who_and_why(store):
    assert _card_ties(store)["members"] == [("members", "words")]
    done = tie(store, MEMBERS_O, MEMBERS_T, "confirm", reviewer="Lê Văn An", reason="cùng nói kết nạp hội viên mới",
               similarity=100.0, now=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc))
    assert (done["state"], done["document"]) == ("accepted", "7-CTr/TU")
    assert _card_ties(store)["members"] == [("members", "confirmed")]
    assert _row_ties(store)["members"] == ("members", "confirmed", 0)
    assert _row_ties(store)["trained"] == ("stated", "stated", 0)  # (a tie the source states stays the source's)
    (d,) = tie_decisions(store)
    assert (d["outcome"], d["target"], d["state"], d["reviewer"], d["reason"], d["similarity"]) == \
        (MEMBERS_O, MEMBERS_T, "accepted", "Lê Văn An", "cùng nói kết nạp hội viên mới", 100.0)


@pytest.mark.parametrize("lang, said", [
    ("vi", "Lê <b>An</b> xác nhận lúc 01/03/2026 08:30 UTC (nguồn không nêu)"),
    ("en", "confirmed by Lê <b>An</b> on 2026-03-01 08:30 UTC (not stated by the source)")])
def test_dkg_show_and_the_card_say_who_confirmed_a_pair_and_when(store, lang, said):
    """``dkg show`` said "confirmed by a reviewer" though the decision names who and when (polish30); the card said
    them apart from the sentence. Both say one sentence now, in the reader's language, the name escaped on the page."""
    before = card_text(document_card(store, "7-CTr/TU", lang=lang), lang)
    tie(store, MEMBERS_O, MEMBERS_T, "confirm", reviewer="Lê <b>An</b>", reason="cùng nói kết nạp hội viên mới",
        similarity=100.0, now=dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.timezone.utc))
    after = card_text(document_card(store, "7-CTr/TU", lang=lang), lang)
    assert said in after and [line for line in after.splitlines() if said in line] == \
        [line for line in after.splitlines() if "UTC" in line]
    page = TestClient(create_app(store)).get("/doc/7-CTr/TU", params={"lang": lang}).text
    (shown,) = lxml.html.fromstring(page).xpath("//span[contains(@class, 'matched')][contains(., 'UTC')]")
    assert shown.text_content() == said and "<b>An</b>" not in page
    # near miss: before the tie the pair was matched by its words, and no line named a reviewer
    assert "Lê <b>An</b>" not in before and said not in before


def test_a_rejected_pair_is_never_matched_again_and_a_confirmation_is_taken_back(store):
    tie(store, GROUPS_O, GROUPS_T, "rejected", reviewer="An", reason="tổ hội khác loại")
    assert _card_ties(store)["groups"] == []
    assert _row_ties(store)["groups"] == (None, None, 0)
    assert GROUPS_O in [o["iri"] for o in document_card(store, "7-CTr/TU")["outcomes"]]  # (back among the others)
    tie(store, MEMBERS_O, MEMBERS_T, "accepted", reviewer="An")
    tie(store, MEMBERS_O, MEMBERS_T, "rejected", reviewer="Bình", reason="kết nạp ở lớp nghề, không phải chỉ tiêu này")
    assert _card_ties(store)["members"] == [] and _row_ties(store)["members"] == (None, None, 0)
    # the others are matched as before
    assert _row_ties(store)["insured"] == ("insured", "words", 1)


def test_what_a_reviewer_cannot_tie_is_refused_before_anything_is_written(store):
    stated = ID + "outcome/test/stated"
    with pytest.raises(UsageError, match="source states"):
        tie(store, stated, ID + "target/test/trained", "rejected")
    with pytest.raises(UsageError, match="another target"):
        tie(store, stated, MEMBERS_T, "accepted")
    with pytest.raises(NotFound):
        tie(store, ID + "outcome/test/none", MEMBERS_T, "accepted")
    with pytest.raises(NotFound):
        tie(store, MEMBERS_O, ID + "target/test/none", "accepted")
    with pytest.raises(UsageError, match="unknown decision"):
        tie(store, MEMBERS_O, MEMBERS_T, "maybe")
    # each refusal said in the reviewer's language, with the fix (polish30b)
    for args, vi in (((stated, ID + "target/test/trained", "rejected"), ("nguồn đã nêu", "dkg review reject")),
                     ((stated, MEMBERS_T, "accepted"), ("chỉ tiêu khác", "loại cặp kia trước")),
                     ((ID + "outcome/test/none", MEMBERS_T, "accepted"), ("không có kết quả", "outcome_iri")),
                     ((MEMBERS_O, ID + "target/test/none", "accepted"), ("không có chỉ tiêu", "cột target")),
                     ((MEMBERS_O, MEMBERS_T, "maybe"), ("không dùng được", "xác nhận"))):
        with pytest.raises((UsageError, NotFound)) as refused:
            tie(store, *args)
        message, hint = refused.value.said("vi")
        assert vi[0] in message and vi[1] in (hint or ""), (message, hint)
    # a form's field that is no IRI, said in the reviewer's language with the fix (polish30)
    with pytest.raises(NotFound) as caught:
        tie(store, MEMBERS_O, "<script> x", "accepted")
    assert "không phải là một IRI hợp lệ" in caught.value.said("vi")[0] and "bỏ dấu cách" in (caught.value.said("vi")[1] or "")
    assert tie_decisions(store) == []


def test_the_tie_outlives_a_restart_and_is_shown_in_changes(tmp_path, store_location):
    # (a folder, or with DKG_TEST_BACKEND a SPARQL server: the targets query's details and the ties on that engine)
    path = tmp_path / "m.trig"
    path.write_text(DATA, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store_location, "load", str(path)]).exit_code == 0
    got = runner.invoke(main, ["--lang", "vi", "--store", store_location, "review", "tie", MEMBERS_O, MEMBERS_T,
                               "--reason", "đúng chỉ tiêu", "--reviewer", "Cúc"])
    assert got.exit_code == 0, got.output
    assert "đã ghép kết quả" in got.stderr
    got = runner.invoke(main, ["--store", store_location, "review", "tie", GROUPS_O, GROUPS_T, "--reject"])
    assert got.exit_code == 0, got.output
    s = Store.from_cli(store_location)  # (a restart: the store opened again)
    try:
        assert _card_ties(s)["members"] == [("members", "confirmed")] and _card_ties(s)["groups"] == []
        items = [(i["kind"], i["action"], i["key"], (i["node"] or "").rsplit("/", 1)[-1])
                 for c in changes.changes(s, changes.Filters.of())["change_sets"][:2] for i in c["items"]]
    finally:
        s.close()
    # (a SPARQL server keeps no history of change sets: /changes is empty there)
    assert items == ([] if SERVER_MODE else [("untie", "added", "7-CTr/TU", "groups"), ("tie", "added", "7-CTr/TU", "members")])
    got = runner.invoke(main, ["--store", store_location, "query", "targets", "-p", "doc=7-CTr/TU", "--format", "json"])
    assert got.exit_code == 0, got.output
    rows = {r["target"].rsplit("/", 1)[-1]: (r["link"], r["matched"]) for r in json.loads(got.stdout)}
    assert rows == {"members": ("confirmed", 0), "groups": (None, 0), "poor": ("words", 2), "insured": ("words", 1),
                    "trained": ("stated", 0)}


def test_a_confirmed_tie_outlives_a_new_version_of_the_text_and_the_form_needs_the_token(memory_store, monkeypatch, tmp_path):
    target, matched = ingested(memory_store, monkeypatch, tmp_path, facts_of)
    assert matched["link"] == "words"
    page = TestClient(create_app(memory_store)).get("/doc/7-CTr/TU").text
    assert not lxml.html.fromstring(page).xpath("//form[@action='/review/tie']")  # (a server that takes no writes)
    c = TestClient(create_app(memory_store, update_token=TOKEN))
    form = lxml.html.fromstring(c.get("/doc/7-CTr/TU").text).xpath("//form[@action='/review/tie']")[0]
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input") if i.get("value") is not None}
    assert (fields["outcome"], fields["target"]) == (matched["iri"], target["iri"])
    refused = c.post("/review/tie", data={**fields, "decision": "accepted", "token": "wrong"}, follow_redirects=False)
    assert refused.status_code == 401 and tie_decisions(memory_store) == []
    done = c.post("/review/tie", data={**fields, "decision": "accepted", "reason": "đúng", "token": TOKEN},
                  headers={"accept": "text/html"}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("#targets")
    assert document_card(memory_store, "7-CTr/TU")["targets"][0]["outcomes"][0]["link"] == "confirmed"
    assert c.post("/review/ties", json={"outcome": matched["iri"], "target": target["iri"], "decision": "rejected"}).status_code == 401
    # an outcome the graph does not hold, refused on the page in the reviewer's language with the fix (polish30b)
    gone = c.post("/review/tie", data={**fields, "outcome": matched["iri"] + "x", "decision": "accepted", "token": TOKEN},
                  headers={"accept": "text/html"}, follow_redirects=False)
    assert gone.status_code == 404 and "không có kết quả" in gone.text and "outcome_iri" in gone.text
    english = c.post("/review/tie?lang=en", data={**fields, "target": target["iri"] + "x", "decision": "accepted",
                                                  "token": TOKEN, "lang": "en"}, headers={"accept": "text/html"})
    assert english.status_code == 404 and "no target" in english.text
    # a corrected version of the review (other words around the same sentence) replaces the text: the tie stays
    (tmp_path / "review.txt").write_text(REVIEW + "Các chỉ tiêu khác đang thực hiện.", encoding="utf-8")
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "review.txt")]).ok
    (outcome,) = document_card(memory_store, "7-CTr/TU")["targets"][0]["outcomes"]
    assert (outcome["iri"], outcome["link"]) == (matched["iri"], "confirmed")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_an_analyst_confirms_a_matched_pair_from_the_card(browser, store):  # noqa: F811
    with running(create_app(store, update_token=TOKEN)) as url:
        page = browser.page()
        page.goto(url + "/doc/7-CTr/TU")
        row = page.locator("#targets tbody tr", has_text="Hằng năm kết nạp")
        row.locator("details.tie summary").click()
        row.locator("input[name=reason]").fill("hai câu cùng nói kết nạp hội viên mới")
        row.locator("input[name=token]").fill(TOKEN)
        row.locator("button[value=accepted]").click()
        page.wait_for_url("**/doc/7-CTr/TU#targets")
        row = page.locator("#targets tbody tr", has_text="Hằng năm kết nạp")
        confirmed = row.locator(".matched").inner_text()  # (who confirmed it and when: checked below)
        assert row.locator(".goal-met").inner_text() == "đạt chỉ tiêu"
        assert row.locator("button[value=accepted]").count() == 0  # (taken back by a rejection, not confirmed twice)
        page.screenshot(path=str(ARTIFACTS / "card-tie-confirmed.png"), full_page=True)
    (d,) = tie_decisions(store)
    assert (d["outcome"], d["state"], d["reason"]) == (MEMBERS_O, "accepted", "hai câu cùng nói kết nạp hội viên mới")
    at = d["at"]  # (day first on the Vietnamese page)
    assert confirmed == f"{d['reviewer']} xác nhận lúc {at[8:10]}/{at[5:7]}/{at[:4]} {at[11:16]} UTC (nguồn không nêu)"


def test_a_tie_whose_outcome_a_new_version_of_its_text_changed_leaves_no_empty_outcome(memory_store, monkeypatch, tmp_path):
    """A corrected version that changes the outcome's figure makes a new node, to which the reviewer's tie is carried;
    the tie of the old node stays on record in graph/review, and neither the card nor the outcomes query shows that
    node, which nothing else is said of now, as an outcome without a figure or words."""
    review = ("Báo cáo sơ kết Chương trình số 7-CTr/TU của Ban Thường vụ Tỉnh ủy.\n"
              "Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới.\n"
              "Các chỉ tiêu khác đang được các cấp Hội tiếp tục thực hiện trong năm.\n")

    def facts(name: str, text: str) -> Facts:
        read = facts_of(name, text.replace("1.810", "1.720"))
        read.text = text
        if "1.810" in text:
            read.outcomes = [Outcome(document="7-CTr/TU", text="Năm 2025 các cấp Hội kết nạp được 1.810 hội viên mới",
                                     value=1810, unit="hội viên", span=span(text, "kết nạp được 1.810 hội viên mới"))]
        return read

    target, old = ingested(memory_store, monkeypatch, tmp_path, facts, review)
    tie(memory_store, old["iri"], target["iri"], "accepted", reviewer="An")
    (tmp_path / "review.txt").write_text(review.replace("1.720", "1.810"), encoding="utf-8")
    done = ingest.ingest_paths(memory_store, [str(tmp_path / "review.txt")])
    assert done.ok and done.replaced, "the corrected text replaces the first"
    (target,) = document_card(memory_store, "7-CTr/TU")["targets"]
    # (the same fact, a new figure: the reviewer's confirmation follows it, tests/test_review_ties_versions.py)
    assert [(o["value"], o["link"]) for o in target["outcomes"]] == [(1810, "confirmed")]
    rows = queries.run(memory_store, "outcomes", {"doc": "7-CTr/TU"}).rows
    assert [r["value"] for r in rows] == [1810]
    assert old["iri"] in [d["outcome"] for d in tie_decisions(memory_store)]  # (the decision stays on record)
