"""kg.scoreboard on the hand-built query fixture (tests/fixtures/queries: answers worked out in its
comments) and on a generated country-wide cascade; the web page, its JSON twin and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from kg import scoreboard as S
from kg.cli import main
from kg.errors import NotFound, UsageError
from test_queries import fixture_store

ID = "https://w3id.org/directive-kg/id/"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store():
    return fixture_store()


def by_name(board):
    return {p["name"]: p for p in board["places"]}


# --- a generated cascade over many provinces --------------------------------------------------------

#: Legacy provinces (GSO codes) that issue a programme for 9-NQ/TW, and the days after it they did.
COUNTRY_LAGS = {"01": 20, "20": 45, "06": 130, "38": 60, "40": 200, "79": 30, "92": 95, "96": 10}


def country_ttl(extra_provinces: int = 0) -> str:
    """A central resolution (2022-01-10) with programmes in the provinces of COUNTRY_LAGS (and the
    next ``extra_provinces`` codes of the tile grid, 50 days each), a target with a report that
    calls itself met while its figures say otherwise, and an interim review."""
    codes = [r["code"] for r in csv.DictReader((ROOT / "kg/data/tilegrid.csv").open(encoding="utf-8"))
             if r["scheme"] == "legacy"]
    lags = dict(COUNTRY_LAGS)
    for code in [c for c in codes if c not in lags][:extra_provinces]:
        lags[code] = 50
    root = f"<{ID}doc/party/tw/nq/9/test>"
    out = ["@prefix dkg: <https://w3id.org/directive-kg/ontology#> .",
           "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
           "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
           f"{root} a dkg:Resolution ; dkg:key \"9-NQ/TW\" ; dkg:typeCode \"NQ\" ; rdfs:label \"Nghị quyết 9-NQ/TW\"@vi ;",
           "  dkg:level <https://w3id.org/directive-kg/vocab/level/central> ; dkg:dateIssued \"2022-01-10\"^^xsd:date ;",
           "  dkg:reviewSchedule 2, 4 .",
           f"<{ID}target/t9> a dkg:Target ; dkg:setBy {root} ; dkg:text \"100 xã đạt chuẩn\"@vi ; dkg:value 100.0 ;",
           "  dkg:unit \"xã\" ; dkg:comparator \">=\" .",
           f"<{ID}outcome/o9> a dkg:Outcome ; dkg:reportsTarget <{ID}target/t9> ; dkg:reportsOn {root} ;",
           "  dkg:value 60.0 ; dkg:unit \"xã\" ; dkg:asOf \"2023-12-31\"^^xsd:date ;",
           "  dkg:status <https://w3id.org/directive-kg/vocab/status/met> ; dkg:text \"60 xã đạt chuẩn\"@vi .",
           f"<{ID}event/r9> a dkg:InterimReview ; dkg:reviews {root} ; dkg:eventDate \"2024-02-01\"^^xsd:date ;",
           "  rdfs:label \"Sơ kết 2 năm\"@vi ."]
    start = dt.date(2022, 1, 10)
    for code, lag in lags.items():
        day = start + dt.timedelta(days=lag)
        out.append(f"<{ID}doc/test/{code}> a dkg:Programme ; dkg:key \"{code}-CTr/TU\" ; dkg:typeCode \"CTr\" ;"
                   f" dkg:level <https://w3id.org/directive-kg/vocab/level/province> ;"
                   f" dkg:jurisdiction <{ID}place/legacy/{code}> ; dkg:dateIssued \"{day}\"^^xsd:date ;"
                   f" dkg:implements {root} .")
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def country():
    from kg.rdf.files import parse_file
    from kg.store import Store

    s = Store.open(None)
    s.main.extend(parse_file("country.ttl", country_ttl().encode("utf-8")))
    s.rebuild_index()
    return s


# --- provinces ---------------------------------------------------------------------------------------

def test_places_before_the_merger_one_per_legacy_province(store):
    board = S.scoreboard(store, "46-NQ/TW", "2024-12-31")
    assert board["map"] == "legacy" and len(board["places"]) == 63
    places = by_name(board)
    lang_son = places["Lạng Sơn"]
    assert lang_son["status"] == "implemented" and lang_son["lag_days"] == 72  # 2023-12-20 -> 2024-03-01
    assert [d["key"] for d in lang_son["documents"]] == ["115-CTr/TU", "50/KH-UBND"]
    assert lang_son["documents"][1]["lag_days"] == 91
    assert places["Bắc Kạn"]["status"] == "late" and places["Bắc Kạn"]["lag_days"] == 103
    assert places["Cao Bằng"]["status"] == "none" and places["Cao Bằng"]["documents"] == []
    assert board["summary"] == {**board["summary"], "implemented": 1, "late": 1, "none": 61, "median_lag_days": 87.5}


def test_places_after_the_merger_one_per_2025_province(store):
    board = S.scoreboard(store, "46-NQ/TW", "2025-08-01")
    assert board["map"] == "2025" and len(board["places"]) == 34
    thai_nguyen = by_name(board)["Thái Nguyên"]
    assert thai_nguyen["status"] == "late" and thai_nguyen["inherited_from"] == ["Bắc Kạn"]
    assert [d["key"] for d in thai_nguyen["documents"]] == ["20-CTr/TU"]


def test_late_threshold_and_a_day_before_any_programme(store):
    board = S.scoreboard(store, "46-NQ/TW", "2024-12-31", late_after=120)
    assert by_name(board)["Bắc Kạn"]["status"] == "implemented"
    early = S.scoreboard(store, "46-NQ/TW", "2024-03-10")
    assert early["summary"]["implemented"] == 1 and by_name(early)["Bắc Kạn"]["status"] == "none"
    assert [d["key"] for d in by_name(early)["Lạng Sơn"]["documents"]] == ["115-CTr/TU"]
    assert "2024-04-01" not in [x["date"] for x in early["timeline"]]  # 20-CTr/TU comes later


def test_every_province_of_both_maps_has_its_own_tile(store):
    for day in ("2024-12-31", "2025-08-01"):
        places = S.scoreboard(store, "46-NQ/TW", day)["places"]
        cells = [(p["row"], p["col"]) for p in places]
        assert None not in {c for cell in cells for c in cell}
        assert len(set(cells)) == len(cells)
    # roughly north to south: Hà Giang above Hà Nội above Huế above Cà Mau
    rows = {p["name"]: p["row"] for p in S.scoreboard(store, "46-NQ/TW", "2024-12-31")["places"]}
    assert rows["Hà Giang"] < rows["Hà Nội"] < rows["Huế"] < rows["Hồ Chí Minh"] < rows["Cà Mau"]


def test_a_generated_country(country):
    board = S.scoreboard(country, "9-NQ/TW", "2024-12-31")
    places = {p["code"]: p for p in board["places"]}
    for code, lag in COUNTRY_LAGS.items():
        assert places[code]["lag_days"] == lag
        assert places[code]["status"] == ("late" if lag > 90 else "implemented")
    assert board["summary"]["none"] == 63 - len(COUNTRY_LAGS)


# --- targets -----------------------------------------------------------------------------------------

def test_targets_latest_outcome_and_both_statuses(store):
    targets = {t["set_by"]: t for t in S.scoreboard(store, "46-NQ/TW", "2024-12-31")["targets"]}
    g1 = targets["115-CTr/TU"]
    assert g1["outcome"]["value"] == 1600 and g1["outcome"]["as_of"] == "2024-12-31"
    assert g1["achievement_percent"] == 106.7 and g1["outcomes"] == 2
    assert g1["reported_status"] == "exceeded" and g1["assessed_status"] == "exceeded"
    assert g1["href"] == "/doc/115-CTr/TU#targets"
    assert g1["outcome"]["evidence"]["title"].startswith("Dữ liệu thử nghiệm")
    assert [h["as_of"] for h in g1["history"]] == ["2024-06-30", "2024-12-31"]
    g2 = targets["46-NQ/TW"]
    assert g2["outcome"] is None and g2["reported_status"] is None and g2["assessed_status"] == "pending"
    mid = {t["set_by"]: t for t in S.scoreboard(store, "46-NQ/TW", "2024-07-01")["targets"]}["115-CTr/TU"]
    assert mid["outcome"]["value"] == 700 and mid["reported_status"] == "partly"


def test_reported_and_assessed_status_kept_apart(country):
    (t,) = S.scoreboard(country, "9-NQ/TW", "2024-12-31")["targets"]
    assert t["reported_status"] == "met" and t["assessed_status"] == "partly" and t["achievement_percent"] == 60


# --- reviews and timeline --------------------------------------------------------------------------------

def test_customary_reviews_held_and_missed(store):
    reviews = S.scoreboard(store, "30-CT/TW", "2025-01-01")["reviews"]
    assert reviews["basis"] == "customary"
    interim, final = reviews["expected"]
    assert (interim["kind"], interim["due"], interim["status"], interim["event_date"]) == \
        ("interim", "2019-01-10", "held", "2019-03-01")
    assert (final["kind"], final["due"], final["status"]) == ("final", "2024-01-10", "missed")
    assert interim["href"] == "/doc/30-CT/TW#events" and final["href"] is None
    assert reviews["held"][0]["href"] == "/doc/30-CT/TW#events"
    assert reviews["held"][0]["organiser_href"] == "/bodies/central/ban-bi-thu"


def test_the_documents_own_schedule(store, country):
    reviews = S.scoreboard(store, "26-NQ/TW", "2025-01-01")["reviews"]
    assert reviews["basis"] == "document" and [e["status"] for e in reviews["expected"]] == ["held", "held"]
    nine = S.scoreboard(country, "9-NQ/TW", "2025-06-01")["reviews"]
    assert [(e["years"], e["due"], e["status"]) for e in nine["expected"]] == \
        [(2, "2024-01-10", "held"), (4, "2026-01-10", "upcoming")]
    assert S.scoreboard(country, "9-NQ/TW", "2023-06-01")["reviews"]["held"] == []


def test_timeline_in_date_order_with_events(store):
    timeline = S.scoreboard(store, "46-NQ/TW", "2024-12-31")["timeline"]
    dates = [x["date"] for x in timeline]
    assert dates == sorted(dates)
    assert [x["key"] for x in timeline][:3] == ["46-NQ/TW", "46-NQ/TW", "115-CTr/TU"]
    assert timeline[1]["what"] == "event"  # the study session of 2024-02-15


# --- errors ------------------------------------------------------------------------------------------

def test_errors_name_what_is_wrong(store):
    with pytest.raises(NotFound):
        S.scoreboard(store, "999-NQ/TW")
    with pytest.raises(UsageError, match="as_of .12/31/2024. is not a day"):
        S.scoreboard(store, "46-NQ/TW", "12/31/2024")
    with pytest.raises(UsageError, match="late_after"):
        S.scoreboard(store, "46-NQ/TW", late_after=-1)


def test_text_fits_the_width(store):
    text = S.to_text(S.scoreboard(store, "46-NQ/TW", "2024-12-31"), width=80)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Lạng Sơn" in text and "none (61)" in text
    vi = S.to_text(S.scoreboard(store, "46-NQ/TW", "2024-12-31"), width=80, lang="vi")
    assert all(len(line) <= 80 for line in vi.splitlines()) and "chưa có (61)" in vi


def test_the_text_says_figures_and_statuses_in_its_language_and_the_reviewer_s_assessment_whole(store):
    """`dkg scoreboard` in Vietnamese wrote "≥ 1,500" and "theo số liệu: pending" (the page says "≥ 1.500", "chưa có
    kết quả"), and a reviewer's assessment, at the end of a line, was cut off: it is said on a line of its own."""
    board = S.scoreboard(store, "46-NQ/TW", "2024-12-31")
    target = next(t for t in board["targets"] if t["target_value"] and t["target_value"] >= 1000)
    target["reviewer_assessment"] = {"status": "partly", "note": "1.320/1.500 theo báo cáo sơ kết"}
    vi = S.to_text(board, width=80, lang="vi")
    assert all(len(line) <= 80 for line in vi.splitlines())
    assert any(line.startswith("      ≥ 1.500 ") for line in vi.splitlines()), vi
    assert "1,500" not in vi and "pending" not in vi and "chưa có kết quả" in vi
    assert "      người duyệt: đạt một phần · 1.320/1.500 theo báo cáo sơ kết" in vi.splitlines()
    en = S.to_text(board, width=80, lang="en")
    assert any(line.startswith("      ≥ 1,500 ") for line in en.splitlines()) and "      reviewer: partly attained · 1.320/1.500 theo báo cáo sơ kết" in en.splitlines()


@pytest.mark.parametrize("kind, vi, en", [("interim", "sơ kết", "interim"), ("final", "tổng kết", "final"),
                                          ("other", "sự kiện", "event")])
def test_the_text_names_the_kind_of_each_review_held_in_its_language(store, kind, vi, en):
    """The reviews held were listed with their codes ("2025-07-28 other 57-NQ/TW", "interim") in a Vietnamese
    scoreboard (newcomer27's walk); the expected ones already had their words."""
    board = S.scoreboard(store, "46-NQ/TW", "2024-12-31")
    board["reviews"]["held"] = [{"iri": "x", "date": "2024-06-30", "kind": kind, "reviewed": "115-CTr/TU",
                                 "organiser": "Tỉnh ủy Lạng Sơn", "place": "Lạng Sơn", "of_document": False}]
    for lang, word, day in (("vi", vi, "30/06/2024"), ("en", en, "2024-06-30")):
        text = S.to_text(board, width=100, lang=lang)
        assert f"  {day} {word:<8} 115-CTr/TU" in text and f" {kind} " not in text.replace(word, ""), text


# --- the CLI and the web page -------------------------------------------------------------------------

def test_cli_scoreboard_on_the_bundled_dataset():
    result = CliRunner().invoke(main, ["scoreboard", "46-NQ/TW", "--as-of", "2025-08-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["places"]) == 34 and {"places", "targets", "reviews"} <= set(data)
    text = CliRunner().invoke(main, ["scoreboard", "46-NQ/TW", "--as-of", "2024-12-31"])
    assert text.exit_code == 0 and "63 provinces" in " ".join(text.output.split()) and "Lạng Sơn" in text.output
    vi = CliRunner().invoke(main, ["scoreboard", "46-NQ/TW", "--as-of", "2024-12-31", "--lang", "vi"])
    words = " ".join(vi.output.split())  # (lines are wrapped to the terminal's width)
    assert vi.exit_code == 0 and "bản đồ 63 tỉnh, thành phố (trước 1/7/2025)" in words
    assert "CÁC TỈNH" in words and "chưa có (62)" in words and "PROVINCES" not in words
    bad = CliRunner().invoke(main, ["scoreboard", "46-NQ/TW", "--as-of", "tomorrow"])
    assert bad.exit_code == 2 and "--as-of 'tomorrow' is not a day" in bad.output


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    return TestClient(create_app(store), raise_server_exceptions=False)


def test_a_document_given_as_a_parameter_is_sent_to_its_page(client):
    for path in ("/scoreboard", "/scoreboard/"):
        r = client.get(path, params={"doc": "46-NQ/TW", "as_of": "2024-12-31", "lang": "en"}, follow_redirects=False)
        assert r.status_code == 303
        assert r.headers["location"] == "/scoreboard/46-NQ/TW?as_of=2024-12-31&lang=en"
    hostile = client.get("/scoreboard", params={"doc": "//example.invalid/x"}, follow_redirects=False)
    assert hostile.headers["location"].startswith("/scoreboard/")  # never another site
    missing = client.get("/scoreboard/")
    assert missing.status_code == 400 and "/scoreboard/46-NQ/TW" in missing.text


def test_web_page_and_json_twin(client, store):
    twin = client.get("/scoreboard/46-NQ/TW.json", params={"as_of": "2024-12-31"})
    assert twin.status_code == 200
    assert twin.json() == json.loads(json.dumps(S.scoreboard(store, "46-NQ/TW", "2024-12-31")))
    page = client.get("/scoreboard/46-NQ/TW", params={"as_of": "2024-12-31"})
    assert page.status_code == 200
    html = page.text
    assert len(re.findall(r'class="tile r-\d+ c-\d+ st-', html)) == 63
    assert 'href="/doc/115-CTr/TU"' in html and 'href="/doc/115-CTr/TU#targets"' in html
    assert "style=" not in html and "<script" not in html  # a strict CSP allows the page
    en = client.get("/scoreboard/46-NQ/TW", params={"as_of": "2025-08-01", "lang": "en"}).text
    assert len(re.findall(r'class="tile ', en)) == 34 and "Implemented late" in en
    # its counts read right for one province as for several (it said "1 provinces implemented on time")
    assert re.search(r"provinces implemented on time: \d+; late \(after 90 days\): 1; with no document: \d+", en)
    assert not re.search(r"\b1 provinces\b", en)
    assert re.search(r"\d+ tỉnh đã triển khai đúng hạn, 1 tỉnh chậm \(quá 90 ngày\), \d+ tỉnh chưa có văn bản", client.get(
        "/scoreboard/46-NQ/TW", params={"as_of": "2025-08-01"}).text)


def test_web_links_and_errors(client):
    card = client.get("/doc/46-NQ/TW").text
    assert 'href="/scoreboard/46-NQ/TW"' in card
    assert 'href="/scoreboard/46-NQ/TW"' in client.get("/").text
    assert client.get("/scoreboard/46-NQ/TW.json", params={"as_of": "2024-02-30"}).status_code == 400
    assert client.get("/scoreboard/999-NQ/TW.json").status_code == 404


def test_a_provincial_document_shows_its_districts(store):
    board = S.scoreboard(store, "115-CTr/TU", "2024-12-31")
    districts = {d["name"]: d for d in board["districts"]}
    assert len(districts) == 11  # Lạng Sơn's districts before the 2025 reform
    van_lang = districts["Huyện Văn Lãng"]
    assert van_lang["status"] == "implemented" and van_lang["lag_days"] == 70  # 2024-03-01 -> 2024-05-10
    assert [d["key"] for d in van_lang["documents"]] == ["74-KH/HU"]
    assert sum(1 for d in districts.values() if d["status"] == "none") == 10
    assert S.scoreboard(store, "46-NQ/TW", "2024-12-31")["districts"] == []
    assert S.scoreboard(store, "115-CTr/TU", "2025-08-01")["districts"] == []  # no districts after the reform


def test_the_same_local_key_in_two_provinces_is_two_documents():
    from kg.rdf.files import parse_file
    from kg.store import Store

    root = f"<{ID}doc/party/tw/nq/9/test>"
    extra = "\n".join(
        f"<{ID}doc/test/same-{code}> a dkg:Programme ; dkg:key \"1-CTr/TU\" ; dkg:typeCode \"CTr\" ;"
        f" dkg:level <https://w3id.org/directive-kg/vocab/level/province> ;"
        f" dkg:jurisdiction <{ID}place/legacy/{code}> ; dkg:dateIssued \"{day}\"^^xsd:date ; dkg:implements {root} ."
        for code, day in (("04", "2022-01-20"), ("11", "2022-09-01")))
    s = Store.open(None)
    s.main.extend(parse_file("same.ttl", (country_ttl() + extra + "\n").encode("utf-8")))
    s.rebuild_index()
    board = S.scoreboard(s, "9-NQ/TW", "2024-12-31")
    places = {p["code"]: p for p in board["places"]}
    assert (places["04"]["lag_days"], places["04"]["status"]) == (10, "implemented")
    assert (places["11"]["lag_days"], places["11"]["status"]) == (234, "late")
    assert places["11"]["documents"][0]["href"] == "/doc/1-CTr/TU?iri=" + quote(ID + "doc/test/same-11", safe="")
    assert board["summary"]["documents"] == len(COUNTRY_LAGS) + 2
    assert [x["key"] for x in board["timeline"]].count("1-CTr/TU") == 2


def test_long_lists_are_folded_not_cut(client, monkeypatch):
    from kg.web import scoreboard as page

    monkeypatch.setattr(page, "TARGETS_SHOWN", 1)
    monkeypatch.setattr(page, "TIMELINE_SHOWN", 2)
    html = client.get("/scoreboard/46-NQ/TW", params={"as_of": "2024-12-31"}).text
    assert html.count('class="sb-more"') == 2
    folded = html[html.index('class="sb-more"'):]
    assert 'href="/doc/46-NQ/TW#targets"' in folded  # the second target, still there
    assert html.count('href="/doc/115-CTr/TU#targets"') == 1


def test_the_text_says_its_days_and_figures_as_the_page_does(store):
    """`dkg scoreboard` in Vietnamese printed its days year first ("ban hành 2023-12-20") and a median lag with a
    decimal point ("87.5 ngày"), and a plan without a number by its key ("KH:..."): day first, a decimal comma and the
    plan's name, as the page says them; English keeps ISO days and the point."""
    board = S.scoreboard(store, "46-NQ/TW", "2024-12-31")
    vi, en = S.to_text(board, width=200, lang="vi"), S.to_text(board, width=200, lang="en")
    assert "ban hành 20/12/2023 · tính đến 31/12/2024" in vi and "issued 2023-12-20 · as of 2024-12-31" in en
    assert "độ trễ trung vị 87,5 ngày" in vi and "87.5" in en and "87.5" not in vi
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", vi) and not re.search(r"\b\d{2}/\d{2}/\d{4}\b", en)
    assert "KH:" not in vi + en


def test_one_day_is_said_in_the_singular_and_a_median_in_the_readers_numbers(store):
    """English said "late (> 1 days)", "median lag 1 days" and "Huyện Văn Lãng (1 days)": each lag is a count of days
    said by ``kg.i18n.count_said`` (``{days:day|days}``), a median of 87.5 days as each language writes it."""
    board = S.scoreboard(store, "115-CTr/TU", "2024-12-31", late_after=1)
    board["summary"]["median_lag_days"] = 1
    next(d for d in board["districts"] if d["status"] != "none")["lag_days"] = 1
    en = S.to_text(board, width=200, lang="en")
    assert "late (> 1 day)" in en and "median lag 1 day" in en and "Huyện Văn Lãng (1 day)" in en and "1 days" not in en
    board["summary"]["median_lag_days"], board["late_after_days"] = 87.5, 90  # near miss: the many form
    en, vi = S.to_text(board, width=200, lang="en"), S.to_text(board, width=200, lang="vi")
    assert "late (> 90 days)" in en and "median lag 87.5 days" in en
    assert "chậm (quá 90 ngày)" in vi and "độ trễ trung vị 87,5 ngày" in vi


def test_the_page_says_one_day_in_the_singular(store):
    from fastapi.testclient import TestClient
    from kg.web import create_app

    c = TestClient(create_app(store))
    page = c.get("/scoreboard/115-CTr/TU", params={"as_of": "2024-12-31", "late_after": 1, "lang": "en"}).text
    assert "late (after 1 day)" in page and "1 days" not in page
    near = c.get("/scoreboard/115-CTr/TU", params={"as_of": "2024-12-31", "late_after": 2, "lang": "en"}).text
    assert "late (after 2 days)" in near
