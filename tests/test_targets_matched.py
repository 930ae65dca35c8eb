"""The targets query (its rows, page, JSON twin, CSVs and ``dkg query``) shows the outcomes matched to a target
by their unit and words (``kg.text.matching``, the rule the document card calls), marked apart from those a source
stated, under the query's as-of rules; and a ceiling's outcome said by how far under it (``kg.i18n.share_said``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import queries
from kg.cards import document_card
from kg.cli import main
from kg.i18n import share_said
from kg.rdf.files import parse_file
from kg.store import Store
from kg.web import create_app
from test_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401  (fixture)
from test_cards_matching import DATA, PREFIXES
from test_web_support import running


@pytest.fixture(scope="module")
def store():
    s = Store.open(None)
    s.main.extend(parse_file("match.trig", DATA.encode()))
    return s


def _rows(store, **params) -> dict[str, dict]:
    table = queries.run(store, "targets", {"doc": "7-CTr/TU", **params})
    return {r["target"].rsplit("/", 1)[-1]: r for r in table.rows}


def _tie(row: dict) -> tuple:
    return (row["outcome_iri"].rsplit("/", 1)[-1] if row["outcome_iri"] else None, row["link"], row["similarity"] is not None,
            row["status"], row["outcomes"], row["matched"])


def test_each_target_row_carries_its_latest_outcome_stated_or_matched_and_says_which(store):
    rows = _rows(store)
    assert {k: _tie(r) for k, r in rows.items()} == {
        "members": ("members", "words", True, "exceeded", 1, 1),
        # (the 2023 count predates the programme; a district's plan reports for another place)
        "groups": ("groups", "words", True, "partly", 1, 1),
        # the province's review (2025) and its Hội's plan in the same place (2026): the latest, from the plan
        "poor": ("plan", "words", True, "met", 2, 2),
        # 95% of members insured, a percentage against a percentage of the same words
        "insured": ("insured", "words", True, "partly", 1, 1),
        # a stated tie wins, and its outcome is not matched again
        "trained": ("stated", "stated", False, "partly", 1, 0),
    }
    assert rows["members"]["outcome_value"] == 1720 and rows["members"]["ratio"] == pytest.approx(1720 / 1500, abs=1e-4)


def test_the_rows_match_as_the_card_does(store):
    card = document_card(store, "7-CTr/TU")
    on_card = {t["iri"].rsplit("/", 1)[-1]: sorted(o["iri"].rsplit("/", 1)[-1] for o in t["outcomes"] if o["link"] == "words")
               for t in card["targets"]}
    rows = _rows(store)
    assert {k: len(v) for k, v in on_card.items()} == {k: r["matched"] for k, r in rows.items()}


def test_a_matched_outcome_is_known_on_a_day_as_a_stated_one_is(store):
    # on the last day of 2025 the plan's 2026 figure is not yet reported: the province's 2.4% is the latest
    rows = _rows(store, date="2025-12-31")
    assert _tie(rows["poor"]) == ("poor", "words", True, "met", 1, 1)
    assert rows["poor"]["margin"] == pytest.approx(0.6)
    # before any review, nothing is matched and the stated outcome is unknown too
    early = _rows(store, date="2025-06-30")
    assert {k: _tie(r) for k, r in early.items()} == {k: (None, None, False, "pending", 0, 0) for k in early}


def test_a_ceiling_is_said_by_how_far_under_it_not_as_a_share():
    assert share_said(0.8, 0.6, "%", "vi") == "thấp hơn mức chỉ tiêu 0,6 điểm %"
    assert share_said(0.8, 0.6, "%", "en") == "0.6 percentage points under the ceiling"
    # over a ceiling is "cao hơn" (higher than), never "vượt mức chỉ tiêu": a Vietnamese reader takes that for
    # a target beaten, the praise of a report, where an outcome over a ceiling has missed it
    assert share_said(1.1, -2.0, "hộ", "vi") == "cao hơn mức chỉ tiêu 2 hộ"
    assert "vượt" not in share_said(1.28, -4.2, "%", "vi")
    assert share_said(1.0, 0.0, "%", "en") == "at the ceiling"
    # a goal to reach keeps its share; nothing known says nothing
    assert share_said(1.1467, None, "hội viên", "vi") == "114,7%"
    assert share_said(None, None, "%", "vi") == ""


def test_the_achievement_rule_sets_a_margin_for_a_ceiling_only():
    ceiling = {"target_value": 3.0, "outcome_value": 2.4, "unit": "%", "comparator": "<=", "as_of": dt.date(2025, 12, 31)}
    queries.achievement(ceiling)
    assert (ceiling["margin"], ceiling["status"]) == (pytest.approx(0.6), "met")
    over = dict(ceiling, outcome_value=3.5, status=None)
    queries.achievement(over)
    assert (over["margin"], over["status"]) == (pytest.approx(-0.5), "not-met")
    goal = {"target_value": 1500.0, "outcome_value": 1720.0, "unit": "hội viên", "comparator": ">=", "as_of": dt.date(2025, 1, 1)}
    queries.achievement(goal)
    assert goal["margin"] is None and goal["status"] == "exceeded"


def test_the_card_says_a_ceiling_as_the_table_does(store):
    card = document_card(store, "7-CTr/TU", as_of="2025-12-31")
    poor = next(t for t in card["targets"] if t["iri"].endswith("/poor"))
    (o,) = [o for o in poor["outcomes"] if o["iri"].endswith("/poor")]
    assert (o["share"], o["achievement_percent"], o["met"]) == ("thấp hơn mức chỉ tiêu 0,6 điểm %", None, True)
    members = next(t for t in card["targets"] if t["iri"].endswith("/members"))
    assert members["outcomes"][0]["share"] == "114,7%"


def test_the_page_the_json_twin_the_csvs_and_the_command_carry_the_tie(store, tmp_path):
    c = TestClient(create_app(store))
    params = {"doc": "7-CTr/TU", "date": "2025-12-31"}
    page = lxml.html.fromstring(c.get("/queries/targets", params=params).text)
    heads = [th.get("title") for th in page.iter("th")]
    cells = {tr.xpath("string(td[2])").strip(): [td.text_content().strip() for td in tr.findall("td")]
             for tr in page.iter("tr") if tr.findall("td")}
    tie = heads.index("link, similarity, earlier_ties, earlier_reviewer, earlier_state, earlier_at, earlier_reason, earlier_outcome")
    members = cells["Hằng năm kết nạp từ 1.500 hội viên nông dân mới trở lên"]
    assert members[tie] == "ghép theo câu chữ (nguồn không nêu), độ gần 100/100"
    assert cells["Đào tạo nghề cho 1.000 hội viên nông dân"][tie] == "nguồn nêu"
    assert cells["Tỷ lệ hộ nghèo giảm xuống dưới 3%"][heads.index("ratio, margin")] == "thấp hơn mức chỉ tiêu 0,6 điểm %"
    twin = c.get("/queries/targets.json", params=params).json()
    by_text = {r["text"]: r for r in twin["rows"]}
    assert (by_text["Hằng năm kết nạp từ 1.500 hội viên nông dân mới trở lên"]["link"],
            by_text["Đào tạo nghề cho 1.000 hội viên nông dân"]["link"]) == ("words", "stated")
    report = list(csv.reader(io.StringIO(c.get("/queries/targets.csv", params={**params, "report": "1"}).text.lstrip("\ufeff"))))
    column = report[0].index("Cách ghép với chỉ tiêu")
    said = {row[report[0].index("Nội dung")]: row[column] for row in report[1:]}
    assert said["Đào tạo nghề cho 1.000 hội viên nông dân"] == "nguồn nêu"
    assert said["Thành lập mới 20 tổ hội nông dân nghề nghiệp"].startswith("ghép theo câu chữ (nguồn không nêu)")
    for extra in ({}, {"excel": "1"}):
        plain = list(csv.DictReader(io.StringIO(c.get("/queries/targets.csv", params={**params, **extra}).text.lstrip("\ufeff"))))
        assert {r["text"]: r["link"] for r in plain}["Thành lập mới 20 tổ hội nông dân nghề nghiệp"] == "words"
    path = tmp_path / "m.trig"
    path.write_text(DATA, encoding="utf-8")
    runner = CliRunner()
    made = runner.invoke(main, ["--store", str(tmp_path / "s"), "load", str(path)])
    assert made.exit_code == 0, made.output
    got = runner.invoke(main, ["--store", str(tmp_path / "s"), "query", "targets", "-p", "doc=7-CTr/TU", "-p", "date=2025-12-31",
                               "--format", "json"])
    assert got.exit_code == 0, got.output
    assert {r["text"]: r["link"] for r in json.loads(got.stdout)}["Tỷ lệ hộ nghèo giảm xuống dưới 3%"] == "words"
    text = runner.invoke(main, ["--lang", "vi", "--store", str(tmp_path / "s"), "query", "targets", "-p", "doc=7-CTr/TU"])
    assert text.exit_code == 0 and "ghép theo câu chữ (nguồn không nêu)" in text.stdout


HOSTILE = PREFIXES + """
g:hostile-programme {
  d:h a dkg:Document ; dkg:key "9-CTr/TU" ; dkg:typeCode "CTr" ; dkg:dateIssued "2024-03-01"^^xsd:date .
  t:h dkg:setBy d:h ; dkg:text "<script>alert(1)</script> kết nạp hội viên mới" ; dkg:value 100 ; dkg:unit "hội viên" .
  t:f dkg:setBy d:h ; dkg:text "=SUM(1) thành lập tổ hội nghề nghiệp" ; dkg:value 10 ; dkg:unit "tổ hội" .
}
g:hostile-review {
  o:h dkg:reportsOn d:h ; dkg:text "kết nạp hội viên mới" ; dkg:value 120 ; dkg:unit "hội viên" ; dkg:asOf "2025-01-31"^^xsd:date .
  o:f dkg:reportsOn d:h ; dkg:text "thành lập tổ hội nghề nghiệp" ; dkg:value 4 ; dkg:unit "tổ hội" ; dkg:asOf "2025-01-31"^^xsd:date .
}
"""


def test_hostile_words_of_a_matched_pair_reach_the_page_as_text_and_the_csvs_for_a_spreadsheet_as_text():
    s = Store.open(None)
    s.main.extend(parse_file("hostile.trig", HOSTILE.encode()))
    c = TestClient(create_app(s))
    params = {"doc": "9-CTr/TU"}
    page = lxml.html.fromstring(c.get("/queries/targets", params=params).text)
    assert not page.xpath("//script[contains(., 'alert(1)')]")
    assert "<script>alert(1)</script> kết nạp hội viên mới" in page.text_content()
    rows = c.get("/queries/targets.json", params=params).json()["rows"]
    assert sorted((r["text"][:3], r["link"]) for r in rows) == [("<sc", "words"), ("=SU", "words")]
    for extra in ({"report": "1"}, {"excel": "1"}):
        text = c.get("/queries/targets.csv", params={**params, **extra}).text.lstrip("\ufeff")
        cells = [cell for line in csv.reader(io.StringIO(text)) for cell in line]
        assert "'=SUM(1) thành lập tổ hội nghề nghiệp" in cells and not any(cell.startswith("=") for cell in cells)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_a_reader_of_the_targets_table_sees_which_ties_the_source_did_not_state(browser, store):  # noqa: F811
    with running(create_app(store)) as url:
        page = browser.page()
        page.goto(url + "/queries/targets?doc=7-CTr/TU&date=2025-12-31")
        row = page.locator("tbody tr", has_text="Tỷ lệ hộ nghèo giảm xuống dưới 3%")
        assert row.count() == 1 and row.is_visible()
        cells = row.locator("td").all_inner_texts()
        assert "ghép theo câu chữ (nguồn không nêu), độ gần 100/100" in cells
        assert "thấp hơn mức chỉ tiêu 0,6 điểm %" in cells and "80%" not in " ".join(cells)
        stated = page.locator("tbody tr", has_text="Đào tạo nghề cho 1.000").locator("td").all_inner_texts()
        assert "nguồn nêu" in stated
        page.screenshot(path=str(ARTIFACTS / "targets-matched-outcomes.png"), full_page=True)


def test_the_scoreboard_marks_a_matched_outcome_and_says_a_ceiling_by_its_margin(store):
    from kg import scoreboard

    board = scoreboard.scoreboard(store, "7-CTr/TU", as_of="2025-12-31")
    by_text = {t["text"]: t for t in board["targets"]}
    poor = by_text["Tỷ lệ hộ nghèo giảm xuống dưới 3%"]
    assert (poor["link"], poor["achievement_percent"], poor["margin"], poor["assessed_status"]) == \
        ("words", None, pytest.approx(0.6), "met")
    assert by_text["Đào tạo nghề cho 1.000 hội viên nông dân"]["link"] == "stated"
    text = scoreboard.to_text(board, lang="vi")
    assert "thấp hơn mức chỉ tiêu 0,6 điểm %" in text and "80%" not in text
    assert text.count("ghép theo câu chữ (nguồn không nêu), độ gần") == 4
