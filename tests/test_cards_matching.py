"""kg.text.matching: an outcome reported in a later text put under the target it answers, by its unit
and words, on the document card (page, JSON twin, ``dkg show``)."""

from __future__ import annotations

import json

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cards import card_text, document_card
from kg.text.matching import Goal, Report, indicator_words, match, same_unit, similarity
from kg.cli import main
from kg.rdf.files import parse_file
from kg.store import Store
from kg.web import create_app
from test_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401  (fixture)
from test_web_support import running

PREFIXES = """@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix d: <https://w3id.org/directive-kg/id/doc/test/> .
@prefix t: <https://w3id.org/directive-kg/id/target/test/> .
@prefix o: <https://w3id.org/directive-kg/id/outcome/test/> .
@prefix g: <https://w3id.org/directive-kg/graph/source/> .
@prefix p: <https://w3id.org/directive-kg/id/place/test/> .
"""

# A province's 2024 programme with its goals (one text), then a 2026 review of it (another text), and
# a plan of the province's Hội that carries the programme out and reports its own results.
DATA = PREFIXES + """
g:programme {
  d:ctr a dkg:Document ; dkg:key "7-CTr/TU" ; dkg:typeCode "CTr" ; dkg:dateIssued "2024-03-01"^^xsd:date ; dkg:jurisdiction p:a .
  t:members dkg:setBy d:ctr ; dkg:text "Hằng năm kết nạp từ 1.500 hội viên nông dân mới trở lên" ;
    dkg:value 1500 ; dkg:unit "hội viên nông dân mới" ; dkg:comparator ">=" .
  t:groups dkg:setBy d:ctr ; dkg:text "Thành lập mới 20 tổ hội nông dân nghề nghiệp" ;
    dkg:value 20 ; dkg:unit "tổ hội" ; dkg:comparator ">=" .
  t:poor dkg:setBy d:ctr ; dkg:text "Tỷ lệ hộ nghèo giảm xuống dưới 3%" ;
    dkg:value 3 ; dkg:unit "%" ; dkg:comparator "<=" .
  t:insured dkg:setBy d:ctr ; dkg:text "100% hội viên nông dân tham gia bảo hiểm y tế" ;
    dkg:value 100 ; dkg:unit "%" ; dkg:comparator ">=" .
  t:trained dkg:setBy d:ctr ; dkg:text "Đào tạo nghề cho 1.000 hội viên nông dân" ;
    dkg:value 1000 ; dkg:unit "hội viên" ; dkg:comparator ">=" .
}
g:review {
  o:members dkg:reportsOn d:ctr ; dkg:text "Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới" ;
    dkg:value 1720 ; dkg:unit "hội viên" ; dkg:asOf "2025-12-31"^^xsd:date .
  o:groups dkg:reportsOn d:ctr ; dkg:text "thành lập 14 tổ hội nông dân nghề nghiệp" ;
    dkg:value 14 ; dkg:unit "tổ hội" ; dkg:asOf "2025-12-31"^^xsd:date .
  o:poor dkg:reportsOn d:ctr ; dkg:text "tỷ lệ hộ nghèo giảm còn 2,4%" ;
    dkg:value 2.4 ; dkg:unit "%" ; dkg:asOf "2025-12-31"^^xsd:date .
  o:insured dkg:reportsOn d:ctr ; dkg:text "95% hội viên nông dân tham gia bảo hiểm y tế" ;
    dkg:value 95 ; dkg:unit "%" ; dkg:asOf "2025-12-31"^^xsd:date .
  o:loans dkg:reportsOn d:ctr ; dkg:text "hỗ trợ vay vốn cho 640 hội viên chăn nuôi" ;
    dkg:value 640 ; dkg:unit "hội viên" ; dkg:asOf "2025-12-31"^^xsd:date .
  o:share dkg:reportsOn d:ctr ; dkg:text "92% hội viên mới được kết nạp ở cơ sở" ;
    dkg:value 92 ; dkg:unit "%" ; dkg:asOf "2025-12-31"^^xsd:date .
  o:old dkg:reportsOn d:ctr ; dkg:text "năm 2023 thành lập 9 tổ hội nông dân nghề nghiệp" ;
    dkg:value 9 ; dkg:unit "tổ hội" ; dkg:asOf "2023-12-31"^^xsd:date .
  o:stated dkg:reportsOn d:ctr ; dkg:reportsTarget t:trained ;
    dkg:text "kết nạp 300 hội viên nông dân mới từ các lớp nghề" ; dkg:value 300 ; dkg:unit "hội viên" ;
    dkg:asOf "2025-12-31"^^xsd:date .
}
g:plan {
  d:plan a dkg:Document ; dkg:key "12-KH/HNDT" ; dkg:typeCode "KH" ; dkg:implements d:ctr ; dkg:jurisdiction p:a .
  o:plan dkg:reportsOn d:plan ; dkg:text "tỷ lệ hộ nghèo trong hội viên giảm còn 2,8%" ;
    dkg:value 2.8 ; dkg:unit "%" ; dkg:asOf "2026-06-30"^^xsd:date .
  d:district a dkg:Document ; dkg:key "30-KH/HU" ; dkg:typeCode "KH" ; dkg:implements d:ctr ; dkg:jurisdiction p:b .
  o:district dkg:reportsOn d:district ; dkg:text "thành lập mới 3 tổ hội nông dân nghề nghiệp" ;
    dkg:value 3 ; dkg:unit "tổ hội" ; dkg:asOf "2026-06-30"^^xsd:date .
}
"""


@pytest.fixture(scope="module")
def store():
    s = Store.open(None)
    s.main.extend(parse_file("match.trig", DATA.encode()))
    return s


@pytest.fixture(scope="module")
def card(store):
    return document_card(store, "7-CTr/TU")


def _target(card, iri_end: str):
    return next(t for t in card["targets"] if t["iri"].endswith(iri_end))


def _outcomes(target) -> list[tuple]:
    return [(o["iri"].rsplit("/", 1)[-1], o["link"], o["met"], o["reported_on"]) for o in target["outcomes"]]


# --- the rule, on its own -------------------------------------------------------------------------

@pytest.mark.parametrize("a,b,same", [
    ("hội viên", "Hội viên", True), ("hội viên", "hội viên nông dân mới", True), ("tỷ đồng", "Tỷ đồng", True),
    ("%", "%", True), ("%", "hội viên", False), ("%/năm", "%", False), ("hội viên", "hộ", False),
    ("tổ hội", "tổ hợp tác", False), (None, "%", False)])
def test_units_are_the_same_once_folded_and_a_percentage_only_with_a_percentage(a, b, same):
    assert same_unit(a, b) is same


def test_the_words_compared_leave_out_figures_the_unit_and_the_frame_of_a_goal():
    assert indicator_words("Phấn đấu hằng năm kết nạp từ 1.500 hội viên mới trở lên", "hội viên") == "ket nap"
    assert indicator_words("1.500", "hội viên") == ""


def test_a_goal_and_its_outcome_in_other_words_match_and_a_near_miss_of_the_same_unit_does_not():
    goal = Goal("t", "Kết nạp từ 1.500 hội viên nông dân mới trở lên", "hội viên")
    assert similarity(goal, Report("o", "kết nạp được 1.720 hội viên mới", "hội viên")) == 100
    near = Report("n", "bồi dưỡng 1.600 hội viên nông dân", "hội viên")
    assert match([goal], [near]) == []
    # a percentage never answers a count, whatever its words
    assert similarity(goal, Report("p", "kết nạp 1.720 hội viên mới", "%")) == 0


def test_each_outcome_goes_to_the_closest_of_two_targets_in_one_unit():
    goals = [Goal("admit", "kết nạp 1.500 hội viên mới", "hội viên"),
             Goal("train", "đào tạo nghề cho 1.000 hội viên", "hội viên")]
    reports = [Report("a", "đã kết nạp 1.720 hội viên mới", "hội viên", "2025-12-31"),
               Report("b", "đào tạo nghề cho 1.120 hội viên", "hội viên", "2025-12-31")]
    assert [(m.target, m.outcome) for m in match(goals, reports)] == [("admit", "a"), ("train", "b")]


def test_one_target_takes_one_outcome_a_day_and_none_where_two_are_as_close():
    goal = Goal("t", "diện tích cây ăn quả 6.800 ha", "ha")
    same_sentence = [Report("a", "toàn huyện có 16.800 ha cây ăn quả, trong đó 7.250 ha vải", "ha", "2025-01-01"),
                     Report("b", "toàn huyện có 16.800 ha cây ăn quả, trong đó 7.250 ha vải", "ha", "2025-01-01")]
    assert match([goal], same_sentence) == []
    by_date = [Report("a", "diện tích cây ăn quả đạt 7.000 ha", "ha", "2025-01-01"),
               Report("b", "diện tích cây ăn quả đạt 7.300 ha", "ha", "2026-01-01")]
    assert [m.outcome for m in match([goal], by_date)] == ["a", "b"]
    assert [m.outcome for m in match([goal], by_date, since="2025-06-01")] == ["b"]


# --- on the card ----------------------------------------------------------------------------------

def test_a_goal_set_in_one_text_shows_its_outcome_from_a_later_review(card):
    members = _target(card, "/members")
    assert _outcomes(members) == [("members", "words", True, None)]
    o = members["outcomes"][0]
    assert o["similarity"] == 100 and o["achievement_percent"] == 114.7
    assert o["text"] == "Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới"


@pytest.mark.parametrize("target,outcomes", [
    ("/groups", [("groups", "words", False, None)]),        # >= : 14 of 20
    ("/poor", [("poor", "words", True, None), ("plan", "words", True, "12-KH/HNDT")]),  # <= : 2,4% then 2,8% under 3%
    ("/insured", [("insured", "words", False, None)]),      # >= : 95% of 100%
])
def test_whether_a_target_is_met_follows_its_comparator(card, target, outcomes):
    assert _outcomes(_target(card, target)) == outcomes


def test_an_asserted_link_wins_over_closer_words(card):
    # "kết nạp ... hội viên nông dân mới" is closer in words to the members' target, but a source tied it
    assert _outcomes(_target(card, "/trained")) == [("stated", "stated", False, None)]
    assert all(o["iri"].rsplit("/", 1)[-1] != "stated" for o in _target(card, "/members")["outcomes"])


def test_what_answers_no_target_stays_among_the_other_outcomes(card):
    # another indicator in the same unit; a percentage against counts only; a review older than the
    # programme; a district's plan in another place
    left = sorted(o["iri"].rsplit("/", 1)[-1] for o in card["outcomes"])
    assert left == ["loans", "old", "share"]
    shown = {o["iri"].rsplit("/", 1)[-1] for t in card["targets"] for o in t["outcomes"]}
    assert "district" not in shown


def test_dkg_show_says_the_pair_was_matched_by_its_words(card):
    text = card_text(card, "en").splitlines()
    at = next(i for i, line in enumerate(text) if "1,500" in line or "1.500" in line)
    assert "1,720" in text[at + 1] and "target met" in text[at + 1]
    assert "matched by its words (not stated by the source), closeness 100/100" in text[at + 1]


def test_the_card_page_and_its_json_twin_show_the_matched_outcome(store):
    client = TestClient(create_app(store))
    page = lxml.html.fromstring(client.get("/doc/7-CTr/TU?lang=en").text)
    rows = [[" ".join(td.text_content().split()) for td in tr.findall("td")]
            for tr in page.xpath("//section[@id='targets']//tbody/tr")]
    members = next(r for r in rows if r[0].startswith("Hằng năm kết nạp"))
    assert members[1].startswith("1,720 hội viên · Năm 2025 các cấp Hội kết nạp được 1.720 hội viên mới")
    assert "matched by its words" in members[1]
    assert members[3].startswith("114.7%")
    met = page.xpath("//section[@id='targets']//tbody/tr/td[@class='num']/span/@class")
    assert met.count("goal-met") == 3 and met.count("goal-not-met") == 3  # (members, poor twice; groups, insured, trained)
    twin = client.get("/doc/7-CTr/TU.json").json()
    got = next(t for t in twin["targets"] if t["iri"].endswith("/members"))["outcomes"][0]
    assert (got["link"], got["met"], got["similarity"]) == ("words", True, 100)


def test_dkg_show_json_carries_the_match_on_the_store_the_tests_use(tmp_path, store_location):
    """Loaded with ``dkg load`` into a folder, or into the SPARQL server of DKG_TEST_BACKEND: the card's
    queries for the candidates run on that engine."""
    data = tmp_path / "match.trig"
    data.write_text(DATA, encoding="utf-8")
    assert CliRunner().invoke(main, ["--store", store_location, "load", str(data)]).exit_code == 0
    result = CliRunner().invoke(main, ["--store", store_location, "show", "7-CTr/TU", "--format", "json"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.output)
    got = {t["iri"].rsplit("/", 1)[-1]: [(o["value"], o["link"], o["met"], o["reported_on"]) for o in t["outcomes"]]
           for t in card["targets"]}
    assert got == {"members": [(1720, "words", True, None)], "groups": [(14, "words", False, None)],
                   "poor": [(2.4, "words", True, None), (2.8, "words", True, "12-KH/HNDT")],
                   "insured": [(95, "words", False, None)], "trained": [(300, "stated", False, None)]}


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_a_reader_sees_the_matched_outcome_beside_its_target(browser, store):  # noqa: F811
    with running(create_app(store)) as url:
        page = browser.page()
        page.goto(url + "/doc/7-CTr/TU")
        row = page.locator("#targets tbody tr", has_text="Hằng năm kết nạp")
        assert row.count() == 1 and row.is_visible()
        note = row.locator(".matched")
        assert note.is_visible() and note.inner_text() == "ghép theo câu chữ (nguồn không nêu), độ gần 100/100"
        assert row.locator(".goal-met").inner_text() == "đạt chỉ tiêu"
        page.screenshot(path=str(ARTIFACTS / "card-matched-outcomes.png"), full_page=True)


def test_a_count_out_of_a_whole_reaches_a_share_of_a_goal_in_percent_by_the_targets_query_s_rule():
    """"34/55 xã" against a goal of 80% is 61.8% of the communes, 77.3% of the goal, not met: the card reads the share
    as the targets query does (kg.queries.achievement), not as 34 against 80."""
    s = Store.open(None)
    s.main.extend(parse_file("fraction.trig", (PREFIXES + """
g:programme {
  d:nq a dkg:Document ; dkg:key "9-NQ/TU" ; dkg:typeCode "NQ" ; dkg:dateIssued "2021-05-01"^^xsd:date .
  t:communes dkg:setBy d:nq ; dkg:text "80% số xã đạt chuẩn nông thôn mới" ; dkg:value 80 ; dkg:unit "%" ;
    dkg:comparator ">=" .
}
g:review {
  o:communes dkg:reportsOn d:nq ; dkg:reportsTarget t:communes ; dkg:text "34/55 xã đạt chuẩn nông thôn mới" ;
    dkg:value 34 ; dkg:denominator 55 ; dkg:unit "xã" ; dkg:asOf "2025-06-30"^^xsd:date .
}
""").encode()))
    (o,) = _target(document_card(s, "9-NQ/TU"), "/communes")["outcomes"]
    assert (o["link"], o["achievement_percent"], o["met"]) == ("stated", 77.3, False)
