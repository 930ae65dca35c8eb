"""The named-query pages speak to users: a short description in both languages, translated
headers, technical notes folded away, keys and IRIs linked to their cards."""

from __future__ import annotations

import re

import pytest

from kg import queries
from kg.i18n import QUERY_HEADERS, QUERY_SUMMARIES
from kg.paths import doc_path
from kg.rdf.vocab import ID
from kg.web import querytext

SAMPLE = {"doc": "46-NQ/TW", "place": "Lạng Sơn", "q": "nong dan"}


@pytest.fixture(scope="module")
def store():
    from kg.store import Store

    return Store.bundled()


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    return TestClient(create_app(store), raise_server_exceptions=False)


def test_every_query_has_a_summary_and_every_column_a_header_in_both_languages(store):
    for q in queries.catalog():
        vi, en = QUERY_SUMMARIES["vi"][q.name], QUERY_SUMMARIES["en"][q.name]
        assert vi and en and vi != en and querytext.summary(q.name, "en") == en
        params = {p.name: SAMPLE[p.name] for p in q.parameters if p.required or p.name == "doc"}
        for column in queries.run(store, q.name, params).columns:
            assert column in QUERY_HEADERS["vi"], (q.name, column)


def test_a_column_without_a_header_keeps_its_name():
    assert querytext.header("key", "en") == "Key" and querytext.header("key", "vi") == "Số hiệu"
    assert querytext.header("no_such_column", "vi") == "no_such_column"
    assert querytext.summary("no-such-query", "vi") is None


def test_cells_link_keys_and_iris_to_their_pages():
    row = {"document": ID + "doc/party/tu/x", "key": "115-CTr/TU"}
    # a document beside its key: its name (as dkg query says it), no address, a link to the card of exactly this node
    assert querytext.cell_parts("document", row["document"], row) == [
        ("115-CTr/TU", "/doc/115-CTr/TU?iri=https%3A%2F%2Fw3id.org%2Fdirective-kg%2Fid%2Fdoc%2Fparty%2Ftu%2Fx")]
    assert querytext.cell_parts("document", row["document"], {**row, "type": "CTr"}, "en")[0][0] == "Chương trình 115-CTr/TU"
    # near miss: without a key in the row, the short address stays, linked to the card by its address
    assert querytext.cell_parts("document", row["document"], {}) == [
        ("id:doc/party/tu/x", "/doc/https%3A%2F%2Fw3id.org%2Fdirective-kg%2Fid%2Fdoc%2Fparty%2Ftu%2Fx")]
    assert querytext.cell_parts("implements", "115-CTr/TU; 46-NQ/TW", {}) == [
        ("115-CTr/TU", "/doc/115-CTr/TU"), ("; ", None), ("46-NQ/TW", "/doc/46-NQ/TW")]
    body = ID + "body/legacy-20/hoi-nong-dan-tinh"
    assert querytext.cell_parts("body", body, {}) == [("id:body/legacy-20/hoi-nong-dan-tinh",
                                                       "/bodies/legacy-20/hoi-nong-dan-tinh")]
    assert querytext.cell_parts("target", ID + "target/1", {}) == [("Chỉ tiêu", None)]
    assert querytext.cell_parts("key", "140/2017/NĐ-CP", {}) == [("140/2017/NĐ-CP", "/doc/140/2017/N%C4%90-CP")]


def test_a_cell_names_an_unnumbered_document_as_a_reader_does_and_links_its_key():
    key = "KH:thực hiện Nghị quyết 46-NQ/TW"
    assert querytext.cell_parts("implements", f"46-NQ/TW; {key}", {}) == [
        ("46-NQ/TW", "/doc/46-NQ/TW"), ("; ", None),
        ("Kế hoạch thực hiện Nghị quyết 46-NQ/TW", doc_path(key))]
    assert querytext.cell_parts("level", None, {"key": key}) == [("Chưa rõ cấp", None)]
    assert querytext.cell_parts("level", None, {"key": key}, "en") == [("Unknown", None)]
    assert querytext.cell_parts("level", None, {"what": "event"}) == []  # near miss: not a document's row
    # the timeline's item column: a document beside its key is named and opens its card, not its address
    doc = ID + "doc/unnumbered/legacy-20/2b67"
    assert querytext.cell_parts("item", doc, {"key": key})[0] == ("Kế hoạch thực hiện Nghị quyết 46-NQ/TW", doc_path(key, doc))
    event = ID + "event/9"
    assert querytext.cell_parts("item", event, {"key": None})[0][0] == "id:event/9"  # near miss: an event
    target = ID + "target/1"
    assert querytext.cell_parts("target", target, {"set_by": key}) == [
        ("Chỉ tiêu của Kế hoạch thực hiện Nghị quyết 46-NQ/TW", doc_path(key) + "#targets")]


def test_the_cascade_page_names_the_unnumbered_plan_and_its_json_keeps_the_key(client):
    html = client.get("/queries/cascade", params={"doc": "46-NQ/TW"}).text
    assert "Kế hoạch Đảng đoàn Hội Nông dân tỉnh" in html and ">KH:" not in html
    rows = client.get("/queries/cascade.json", params={"doc": "46-NQ/TW"}).json()
    rows = rows["rows"] if isinstance(rows, dict) else rows
    assert any(str(r.get("key", "")).startswith("KH:Đảng đoàn Hội Nông dân tỉnh") for r in rows)


@pytest.mark.parametrize("lang, label", [("vi", "Chỉ tiêu của 115-CTr/TU"), ("en", "Target of 115-CTr/TU")])
def test_a_target_cell_names_the_document_that_set_it_not_its_iri(lang, label):
    target = ID + "target/127f"
    assert querytext.cell_parts("target", target, {"target": target, "set_by": "115-CTr/TU"}, lang) == [
        (label, "/doc/115-CTr/TU#targets")]
    # near misses: another column's target IRI keeps its id; a target value that is not an IRI stays as it is
    assert querytext.cell_parts("outcome_iri", ID + "outcome/9", {"set_by": "115-CTr/TU"}, lang) == [
        ("id:outcome/9", None)]
    assert querytext.cell_parts("target", "Kết nạp 1.500 hội viên", {"set_by": "115-CTr/TU"}, lang) == [
        ("Kết nạp 1.500 hội viên", None)]


def test_the_targets_page_shows_no_raw_target_id_and_escapes_the_document_s_key(client):
    from html.parser import HTMLParser

    class FirstCells(HTMLParser):
        def __init__(self):
            super().__init__()
            self.cells: list[str] = []
            self.links: list[str] = []
            self._in: bool = False
            self._column = 0

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self._column = 0
            elif tag == "td":
                self._column += 1
                self._in = self._column == 1
                if self._in:
                    self.cells.append("")
            elif tag == "a" and self._in:
                self.links.append(dict(attrs)["href"])

        def handle_endtag(self, tag):
            if tag == "td":
                self._in = False

        def handle_data(self, data):
            if self._in:
                self.cells[-1] += data

    page = FirstCells()
    html = client.get("/queries/targets", params={"doc": "46-NQ/TW"}).text
    page.feed(html)
    # the first column names the document that set the target (with its level and place), linked to its card
    assert page.cells and all(c == "115-CTr/TU (Tỉnh, Lạng Sơn)" for c in page.cells)
    assert set(page.links) == {"/doc/115-CTr/TU"}
    assert "id:target/" not in html and "id:outcome/" not in html


# a plan of our own whose key is markup: the target's cell says it as text
HOSTILE = """@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{id}doc/x> a dkg:Document ; dkg:key "<b>x</b>" ; dkg:dateIssued "2024-01-01"^^xsd:date ;
    dkg:typeCode "KH" ; dkg:level <https://w3id.org/directive-kg/vocab/level/province> .
<{id}target/t1> a dkg:Target ; dkg:setBy <{id}doc/x> ; dkg:text "một chỉ tiêu" ;
    dkg:unit "%" ; dkg:value 10.0 ; dkg:curatedFrom <{id}source/s1> .
<{id}source/s1> a dkg:Source ; <http://purl.org/dc/terms/title> "nguồn" .
"""


def test_a_target_cell_says_a_document_key_that_is_markup_as_text(memory_store):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    memory_store.load_files(["plan.ttl"], data={"plan.ttl": HOSTILE.format(id=ID).encode()})
    html = TestClient(create_app(memory_store)).get("/queries/targets", params={"doc": ID + "doc/x"}).text
    assert '<a href="/doc/%3Cb%3Ex%3C/b%3E">&lt;b&gt;x&lt;/b&gt;</a> (Tỉnh)' in html
    assert "<b>x</b>" not in html and "id:target/" not in html


@pytest.mark.parametrize("lang, figure, share, level", [("vi", "1.500", "0,75", "Tỉnh"), ("en", "1,500", "0.75", "Province")])
def test_cells_write_figures_and_levels_in_the_page_s_language(lang, figure, share, level):
    assert querytext.cell_parts("target_value", 1500.0, {}, lang) == [(figure, None)]
    assert querytext.cell_parts("ratio", 0.75, {}, lang) == [(share, None)]
    assert querytext.cell_parts("level", "province", {}, lang) == [(level, None)]
    # near misses: a year, a level the table does not know, a number written as text
    assert querytext.cell_parts("target_year", 2025, {}, lang) == [("2025", None)]
    assert querytext.cell_parts("level", "region", {}, lang) == [("region", None)]
    # a target's status and a reviewer's assessment in the page's words; another column's code as it is
    assert querytext.cell_parts("status", "partly", {}, lang) == [({"vi": "đạt một phần", "en": "partly met"}[lang], None)]
    assert querytext.cell_parts("assessed", "no-data", {}, lang) == [({"vi": "Chưa có số liệu", "en": "No data"}[lang],
                                                                      None)]
    # a province's coverage in the words of the scoreboard; a status no table knows, a kind of another column's, as they are
    assert querytext.cell_parts("status", "covered", {}, lang) == [({"vi": "Đã triển khai", "en": "Implemented"}[lang], None)]
    assert querytext.cell_parts("status", "unheard-of", {}, lang) == [("unheard-of", None)]
    assert querytext.cell_parts("kind", "partly", {}, lang) == [("partly", None)]
    # a body's kind only where the query's kind column is a body's
    assert querytext.cell_parts("kind", "other", {}, lang) == [("other", None)]
    assert querytext.cell_parts("kind", "other", {}, lang, query="bodies") == [({"vi": "Cơ quan khác", "en": "Other body"}[lang], None)]
    assert querytext.cell_parts("key", "1500", {}, lang) == [("1500", "/doc/1500")]


def test_query_page_in_vietnamese_and_english(client):
    vi = client.get("/queries/cascade", params={"doc": "46-NQ/TW"}).text
    heads = re.findall(r'<th title="([^"]+)">([^<]+)</th>', vi)
    # (the document's column names it, as dkg query's table does: no column of keys saying it again)
    assert ("document", "Văn bản") in heads and ("date", "Ngày") in heads and ("key", "Số hiệu") not in heads
    assert 'href="/doc/115-CTr/TU"' in vi
    assert '<details class="technical">' in vi and "Chuỗi triển khai" in vi
    assert vi.index('class="summary"') < vi.index("<table") < vi.index('class="technical"')
    en = client.get("/queries/cascade", params={"doc": "46-NQ/TW", "lang": "en"}).text
    assert ("document", "Document") in re.findall(r'<th title="([^"]+)">([^<]+)</th>', en)
    assert 'href="/doc/115-CTr/TU?iri=' in en and "lang=en" in en
    listing = client.get("/queries").text
    assert QUERY_SUMMARIES["vi"]["coverage"] in listing


@pytest.mark.parametrize("lang, words", [("vi", "Điền các tham số bắt buộc"), ("en", "Fill in the required parameters")])
def test_a_query_opened_without_its_required_parameters_shows_its_form(client, lang, words):
    page = client.get("/queries/targets", params={"lang": lang})
    assert page.status_code == 200
    assert words in page.text and 'name="doc"' in page.text and "<table" not in page.text
    # the twins of such a request stay errors that say what is missing
    twin = client.get("/queries/targets.json")
    assert twin.status_code == 400 and "doc" in twin.json()["message"]
    # given, the query runs as before; an unknown query is still refused
    assert "<table" in client.get("/queries/targets", params={"doc": "46-NQ/TW", "lang": lang}).text
    assert client.get("/queries/no-such-query").status_code == 404


def test_every_query_the_list_links_to_opens(client):
    listing = client.get("/queries")
    for name in ("cascade", "coverage", "document", "lag", "outcomes", "reviews", "search", "targets", "timeline"):
        assert f'href="/queries/{name}"' in listing.text
        assert client.get(f"/queries/{name}").status_code == 200, name


def test_every_parameter_of_every_query_has_a_label_and_help_in_both_languages():
    """Each parameter's label and help are its query file's (``# param@vi:``, ``# param@en:``): none is left to show
    by its variable's name, nor with the English note on a Vietnamese page."""
    from kg import queries

    for e in queries.catalog():
        for p in e.parameters:
            assert p.label("vi") != p.name and p.label("en") != p.name, (e.name, p.name)
            assert p.help("vi") and p.help("vi") != p.description, (e.name, p.name)
            assert p.help("en"), (e.name, p.name)


@pytest.mark.parametrize("lang, label", [("vi", "Văn bản (số hiệu)"), ("en", "Document (key)")])
def test_the_form_labels_parameters_in_the_page_s_language_and_keeps_their_names(client, lang, label):
    page = client.get("/queries/targets", params={"lang": lang}).text
    assert f"{label} <input name=\"doc\"" in page
    assert page.count(label) == 2  # the field, and the list of what to fill in


def test_a_query_page_shows_no_document_addresses_and_its_card_links_open(client):
    page = client.get("/queries/lag", params={"doc": "46-NQ/TW"}).text
    assert ">id:doc/" not in page and ">Chương trình 115-CTr/TU</a>" in page
    link = re.search(r'href="(/doc/[^"]+\?iri=[^"]+)">Chương trình 115-CTr/TU</a>', page).group(1).replace("&amp;", "&")
    card = client.get(link)
    assert card.status_code == 200 and "<h1" in card.text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_targets_page_joins_its_thirty_five_columns_into_ten_a_laptop_shows(client, lang):
    """Twenty columns squeezed the target's words to a word a line: the page joins a figure's parts, an
    outcome's parts, a document's level and place, a source's address, title, publisher and day; the twins keep every
    column apart."""
    html = client.get("/queries/targets", params={"doc": "46-NQ/TW", "lang": lang}).text
    heads = re.findall(r'<th title="([^"]+)"(?: class="num")?>', html)  # (a column of counts is set right)
    assert heads == ["set_by, level, place", "text", "comparator, target_value, unit, target_year",
                     "outcome_value, denominator, outcome_unit, as_of, outcome_text", "link, similarity, earlier_ties, earlier_reviewer, earlier_state, earlier_at, earlier_reason, earlier_outcome", "ratio, margin",
                     "status", "assessed, assessed_note", "outcomes, matched",
                     "source, source_title, source_url, source_publisher, source_published"]
    assert {"vi": "≥ 1.500 hội viên nông dân mới", "en": "≥ 1,500 hội viên nông dân mới"}[lang] in html
    twin = client.get("/queries/targets.json", params={"doc": "46-NQ/TW"}).json()
    assert len(twin["columns"]) == 35 and "outcome_iri" in twin["columns"] and "earlier_ties" in twin["columns"]
    # the cells of an outcome and an assessment, as the cards write them
    row = {"outcome_value": 34.0, "denominator": 55.0, "outcome_unit": "xã", "as_of": "2021-04-12",
           "outcome_text": "34/55 xã đạt chuẩn", "assessed": "partly", "assessed_note": "chậm", "target_value": 90.0,
           "unit": "%", "comparator": ">=", "target_year": 2025}
    day = {"vi": "12/04/2021", "en": "2021-04-12"}[lang]  # (as the page's language writes a day)
    assert querytext.joined_parts("latest_outcome", row, lang) == [(f"34/55 xã ({day}) · 34/55 xã đạt chuẩn", None)]
    assert querytext.joined_parts("target_figure", row, lang) == [("≥ 90 %, 2025", None)]
    assert querytext.joined_parts("assessed", row, lang) == [({"vi": "Đạt một phần", "en": "Partly attained"}[lang] + ": chậm", None)]
    # near misses: no outcome yet, no assessment: empty cells, not a lone separator
    assert querytext.joined_parts("latest_outcome", {}, lang) == []
    assert querytext.joined_parts("assessed", {"assessed_note": "x"}, lang) == []
    # a commune's document: its place names the commune, the level is not said twice; a province's keeps it
    commune = {"set_by": "05-KH/ĐU", "level": "commune", "place": "Xã Gia Viễn, Ninh Bình"}
    assert "".join(t for t, _ in querytext.joined_parts("set_by", commune, lang)) == "05-KH/ĐU (Xã Gia Viễn, Ninh Bình)"
    province = {"set_by": "15-CTr/TU", "level": "province", "place": "Ninh Bình"}
    assert "".join(t for t, _ in querytext.joined_parts("set_by", province, lang)).startswith("15-CTr/TU (")
    assert "".join(t for t, _ in querytext.joined_parts("set_by", province, lang)).endswith(", Ninh Bình)")
    assert querytext.joined_parts("source", {"source": "https://w3id.org/directive-kg/id/source/ab12"}, lang) == [
        ("ab12", "/review/ab12")]  # (a source without a title by its id)
    assert querytext.joined_parts("source", {"source": "https://example.org/x", "source_title": "x"}, lang) == []
    # another query's page shows its columns as they are
    assert querytext.page_columns("cascade", ["key", "date"]) == [("key", ("key",)), ("date", ("date",))]


def test_a_documents_type_code_is_named_in_the_pages_language(client):
    assert querytext.cell_parts("type", "CTr", {}) == [("Chương trình", None)]
    assert querytext.cell_parts("type", "KH", {}, "en") == [("Plan", None)]
    assert querytext.cell_parts("type", "CTMTQG", {}) == [("Chương trình mục tiêu quốc gia", None)]
    # near miss: a type the table does not know stays as given
    assert querytext.cell_parts("type", "XYZ", {}) == [("XYZ", None)]
    page = client.get("/queries/cascade", params={"doc": "46-NQ/TW"}).text
    assert ">Chương trình<" in page and ">CTr<" not in page
    twin = client.get("/queries/cascade.json", params={"doc": "46-NQ/TW"}).json()
    assert "CTr" in {row["type"] for row in twin["rows"]}  # the twin keeps the code, which scripts read


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_outcomes_page_joins_its_columns_into_six_a_laptop_shows(lang):
    """Seventeen columns scrolled in their box at 1280 px, a figure hard to find among IRIs and empty cells
    (newcomer30's walk): the page shows the figure with its day, the words, the target with how it was tied, the
    document reported on, the status and the source as a citation gives it; the twins keep every column."""
    columns = ["outcome", "target", "set_by", "link", "similarity", "reports_on", "as_of", "value", "denominator",
               "unit", "status", "text", "source", "source_title", "source_url", "source_publisher",
               "source_published", "quote"]
    shown = querytext.page_columns("outcomes", columns)
    assert [c for c, _ in shown] == ["outcome_figure", "text", "target", "reports_on", "status", "source"]
    assert all(querytext.header(c, lang) != c for c, _ in shown)
    row = {"value": 1560.0, "unit": "văn bản", "as_of": "2025-11-28", "text": "Đã cập nhật 1.560 văn bản, đạt 64%",
           "quote": "1.560 văn bản", "source": "https://w3id.org/directive-kg/id/source/ab12", "source_title": "Sơ kết",
           "source_publisher": "Báo Phú Thọ", "source_published": "2025-11-28"}
    figure = {"vi": "1.560 văn bản (28/11/2025)", "en": "1,560 văn bản (2025-11-28)"}[lang]
    assert querytext.joined_parts("outcome_figure", row, lang) == [(figure, None)]
    day = {"vi": "28/11/2025", "en": "2025-11-28"}[lang]
    assert querytext.joined_parts("source", row, lang) == [("Sơ kết", "/review/ab12"), (f" · Báo Phú Thọ, {day}", None)]
    # the quote said only where the outcome's words do not hold it
    assert querytext.joined_parts("text", row, lang) == [("Đã cập nhật 1.560 văn bản, đạt 64%", None)]
    assert querytext.joined_parts("text", {**row, "quote": "64 phần trăm"}, lang)[0][0].endswith(" · “64 phần trăm”")
    # a target tied by words: the document that set it, and how close
    tied = {"target": "https://w3id.org/directive-kg/id/target/t1", "set_by": "15-CTr/TU", "link": "words",
            "similarity": 87}
    parts = querytext.joined_parts("target", tied, lang)
    assert parts[0][1] == "/doc/15-CTr/TU#targets" and "87/100" in parts[-1][0]
    # near misses: no target, no figure, a source without publisher or day: no lone separator
    assert querytext.joined_parts("target", {}, lang) == []
    assert querytext.joined_parts("outcome_figure", {"as_of": "2025-11-28"}, lang) == []
    assert querytext.joined_parts("source", {"source": row["source"], "source_title": "x"}, lang) == [("x", "/review/ab12")]
    # a result without the joined columns (another version of the query) is shown column by column
    assert querytext.page_columns("outcomes", ["outcome", "value"]) == [("outcome", ("outcome",)), ("value", ("value",))]


def _parameters_listed(html: str) -> dict[str, list[str]]:
    """Each query of /queries with its parameters' lines as a reader reads them."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    return {dt.text_content().strip(): [" ".join(li.text_content().split())
                                        for li in dt.getnext().xpath(".//ul[@class='params']/li")]
            for dt in tree.xpath("//dl[@class='queries']/dt")}


def test_the_list_of_queries_says_each_parameter_in_the_page_s_words(client):
    """/queries said each parameter by its SPARQL variable's name ("doc: document (required)", polish32), then by a
    label with no help: each is now its label and help in the page's language (its query file's), its variable's name
    beside it as the hint a script types, and whether it is needed, its default and largest value in the page's
    numbers; the JSON twin gives the same label and help."""
    vi = _parameters_listed(client.get("/queries").text)
    assert vi["cascade"][0] == "Văn bản (số hiệu) doc (bắt buộc) — số hiệu như 46-NQ/TW, hoặc IRI của văn bản"
    assert vi["targets"][1].startswith("Ngày date (mặc định hôm nay) — như được biết vào ngày này")
    assert vi["search"] == ["Tìm q (bắt buộc) — các từ cần tìm trong số hiệu, trích yếu, cơ quan ban hành (tối đa 8 "
                            "từ, dấu tùy ý)", "Số dòng tối đa limit (mặc định 100, tối đa 500) — trả về nhiều nhất "
                            "chừng này dòng, mới nhất trước"]
    assert vi["bodies"][1].startswith("Địa bàn place (không bắt buộc) — tên tỉnh hoặc huyện")
    # near miss: no English type or word left on the Vietnamese page (the signature stays in the JSON twin)
    for english in ("required", "optional", "today", "integer", "at most", "document", "symbol key"):
        assert not any(english in line for lines in vi.values() for line in lines), english
    en = _parameters_listed(client.get("/queries?lang=en").text)
    assert en["cascade"][0] == "Document (key) doc (required) — symbol key such as 46-NQ/TW, or a document IRI"
    assert en["search"][1] == "At most (rows) limit (default 100, at most 500) — at most this many rows, the newest"
    # a default that is also the largest value is said once ("default 1,000", not "..., at most 1,000")
    assert "default 1,000)" in en["bodies"][2] and "mặc định 1.000)" in vi["bodies"][2]
    listed = {q["name"]: q for q in client.get("/queries.json").json()}
    doc = listed["cascade"]["parameters"][0]
    assert doc["name"] == "doc" and doc["type"] == "document"
    assert doc["label"] == {"vi": "Văn bản (số hiệu)", "en": "Document (key)"}
    assert doc["help"]["vi"] == "số hiệu như 46-NQ/TW, hoặc IRI của văn bản"


def test_a_query_s_technical_note_says_it_is_in_english_on_a_vietnamese_page(client):
    """The folded note under a query's table is the query file's own description, in English: the Vietnamese page
    said it under "Ghi chú kỹ thuật" alone, and a reader who opened it met English unannounced (polish32)."""
    vi = client.get("/queries/cascade", params={"doc": "46-NQ/TW"}).text
    assert "<summary>Ghi chú kỹ thuật (tiếng Anh)</summary>" in vi
    assert "(tiếng Anh)" not in client.get("/queries/cascade", params={"doc": "46-NQ/TW", "lang": "en"}).text


@pytest.mark.parametrize("lang, what, event", [("vi", "Văn bản: Kế hoạch", "Sự kiện: Sơ kết"),
                                               ("en", "Document: Plan", "Event: Interim review")])
def test_the_timeline_page_joins_its_nine_columns_into_six(lang, what, event):
    """Nine columns of at least 8em scrolled sideways in their box at 1280 px (a document's key, a link "Thẻ văn bản"
    to the same card and its label, three cells): the page shows the day, what the item is with its type, the item
    by its name linked to its own card with its label where it says more, its level, place and author."""
    columns = ["when", "what", "item", "key", "type", "label", "level", "where", "by"]
    shown = querytext.page_columns("timeline", columns)
    assert [c for c, _ in shown] == ["when", "what", "item", "level", "where", "by"]
    assert sorted(c for _, parts in shown for c in parts) == sorted(columns)  # (every column said somewhere)
    doc = {"what": "document", "item": "https://w3id.org/directive-kg/id/doc/state/ubnd/x/kh/54/2020", "key": "54/KH-UBND",
           "type": "KH", "label": "Kế hoạch chăm sóc dinh dưỡng 1.000 ngày đầu đời"}
    assert querytext.joined_parts("what", doc, lang) == [(what, None)]
    name, *label = querytext.joined_parts("item", doc, lang)
    assert name[0] == "54/KH-UBND" and name[1].startswith("/doc/54/KH-UBND") and "iri=" in name[1]
    assert label == [(": Kế hoạch chăm sóc dinh dưỡng 1.000 ngày đầu đời", None)]
    # near misses: a label that only repeats the key is not said twice; an event is named by its label
    assert querytext.joined_parts("item", {**doc, "label": "Kế hoạch 54/KH-UBND"}, lang)[1:] == []
    held = {"what": "event", "item": "https://w3id.org/directive-kg/id/event/so-ket-1", "key": None,
            "type": "interim-review", "label": "Sơ kết 21-CT/TW"}
    assert querytext.joined_parts("what", held, lang) == [(event, None)]
    assert [text for text, _ in querytext.joined_parts("item", held, lang)] == ["Sơ kết 21-CT/TW"]
