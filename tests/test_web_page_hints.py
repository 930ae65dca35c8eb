"""A page a browser asked for says what to do on the pages, not the command to type: an unknown place, document or
named query on /queries showed "search its name on the home page of `dkg serve`", "`dkg query search ...`", "`dkg
queries` lists them" (polish31). The JSON twin keeps the hint a script reads, and so does the CLI."""
from __future__ import annotations

import pytest

from kg.errors import NotFound
from kg.i18n import page_hint
from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)

HTML = {"accept": "text/html"}

#: (the page asked for, what the page's hint says to use there, in Vietnamese and in English)
CASES = [
    ("/queries/coverage?doc=46-NQ/TW&place=Atlantis", ("ô Tìm kiếm ở đầu trang", "Search box at the top of the page")),
    ("/queries/cascade?doc=99-ZZ/TW", ("ô Tìm kiếm ở đầu trang", "Search box at the top of the page")),
    ("/queries/no-such-query", ("trang Truy vấn có sẵn", "page Named queries")),
    ("/doc/99-ZZ/TW", ("ô Tìm kiếm ở đầu trang", "Search box at the top of the page")),
]


@pytest.mark.parametrize("path, said", CASES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_page_s_404_says_what_to_do_on_the_pages_its_json_twin_keeps_the_command(client, path, said, lang):  # noqa: F811
    sep = "&" if "?" in path else "?"
    page = client.get(f"{path}{sep}lang={lang}", headers=HTML)
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert said[lang == "en"] in page.text and "dkg " not in page.text.split("<main>")[1]
    twin = client.get(f"{path.replace('?', '.json?', 1) if '?' in path else path}{sep}lang={lang}")
    assert twin.status_code == 404 and "`dkg " in twin.json()["hint"]


def test_near_miss_an_error_whose_hint_its_raiser_gave_keeps_it_on_the_page():
    raised = NotFound(code="no-place", details={"value": "'Atlantis'"}, hint="ask the operator")
    assert page_hint(raised, "en") is None
    assert page_hint(NotFound(code="no-place", details={"value": "'Atlantis'"}), "vi").startswith("quay lại")
    assert page_hint(NotFound(code="body-missing", details={"body": "'x'"}), "en") is None  # (no words apart)


#: (a page asked for without what it needs, or at an address no page has; the words each language says, the English
#: a Vietnamese page used to show; polish32)
ASKED_WRONG = [
    ("/khong-co-trang-nay", 404, ("không có trang nào ở địa chỉ /khong-co-trang-nay", "no page at /khong-co-trang-nay"),
     ("ô Tìm kiếm", "Search box")),
    ("/scoreboard", 400, ("bảng theo dõi thực hiện cần một văn bản", "the scoreboard needs a document"),
     ("Bảng theo dõi thực hiện", "“Scoreboard”")),
    ("/export", 400, ("hãy chọn một tỉnh, một cấp hoặc một văn bản", "name a province, a level or a document"),
     ("trang Thay đổi mới", "page What changed")),
    ("/review/nope", 404, ("không có hàng chờ duyệt nào của nguồn", "no review queue for source"),
     ("trang Duyệt dữ kiện", "page Review")),
    ("/review/0123456789abcdef", 404, ("không có hàng chờ duyệt nào của nguồn 0123456789abcdef",
                                       "no review queue for source 0123456789abcdef"), ("trang Duyệt dữ kiện", "page Review")),
]


@pytest.mark.parametrize("path, status, said, hint", ASKED_WRONG)
def test_a_page_asked_wrong_says_so_in_the_page_s_language_with_where_to_go(client, path, status, said, hint):  # noqa: F811
    for lang in ("vi", "en"):
        page = client.get(f"{path}?lang={lang}", headers=HTML)
        main = page.text.split("<main>")[1]
        assert page.status_code == status and said[lang == "en"] in main and hint[lang == "en"] in main, main
    vi = client.get(f"{path}?lang=vi", headers=HTML).text.split("<main>")[1]
    # near miss: no English sentence left on the Vietnamese page (the words it said before: "no page at", "the
    # scoreboard needs", "/export writes a slice", "no source", "lists the ingested"), nor the "<input>:" of a file error
    for english in ("no page", "needs a", "writes a slice", "no source", "no review queue", "lists", "&lt;input&gt;"):
        assert english not in vi, vi
    # a client's JSON keeps the English and the command its scripts read
    twin = client.get(path)
    assert twin.status_code == status and said[1] in twin.json()["message"]


def test_a_filtered_changes_page_that_finds_nothing_says_so_and_offers_no_empty_download(client):  # noqa: F811
    """/changes?province=Cao Bằng (no document there) said "Không có." and linked to /export, which answers 404 for
    the same filters (polish32): it says no change matches the filters and offers no download; filters that choose a
    document keep the link (the near miss)."""
    none = client.get("/changes", params={"province": "Cao Bằng"}, headers=HTML).text.split("<main>")[1]
    assert "Không có thay đổi nào theo bộ lọc này." in none and "/export?" not in none
    assert client.get("/export", params={"province": "Cao Bằng"}).status_code == 404
    # near miss: a province with documents keeps its download (here data loaded with no history: no change listed)
    found = client.get("/changes", params={"province": "Lạng Sơn"}, headers=HTML).text.split("<main>")[1]
    assert "/export?province=" in found
    assert client.get("/export", params={"province": "Lạng Sơn"}).status_code == 200
    assert "No change matches these filters." in client.get("/changes", params={"province": "Cao Bằng", "lang": "en"},
                                                            headers=HTML).text
    # and so does one with a day since which nothing changed
    since = client.get("/changes", params={"province": "Lạng Sơn", "since": "2030-01-01"}, headers=HTML).text
    assert "/export?province=" in since and "Không có thay đổi nào theo bộ lọc này." in since


@pytest.mark.parametrize("lang, words", [("vi", "Tìm “{}” trong kho"), ("en", "Search the store for “{}”")])
def test_the_page_of_a_document_not_in_the_store_links_to_a_search_for_the_key_typed(client, lang, words):  # noqa: F811
    page = client.get(f"/doc/99-ZZ/TW?lang={lang}", headers=HTML)
    assert page.status_code == 404
    link = "/?q=99-ZZ%2FTW" + ("&amp;lang=en" if lang == "en" else "")
    assert f'<p id="search-typed"><a href="{link}">{words.format("99-ZZ/TW")}</a></p>' in page.text
    # a key typed with markup is searched for as typed and shown as text
    hostile = client.get("/doc/%3Cb%3E7-KH%3C%2Fb%3E", headers=HTML).text
    assert "<b>7-KH" not in hostile and "Tìm “&lt;b&gt;7-KH&lt;/b&gt;” trong kho" in hostile
    # near misses: the JSON twin has no link, and an address no page has offers no search
    assert "search-typed" not in client.get("/doc/99-ZZ/TW").text
    assert "search-typed" not in client.get("/no-such-page", headers=HTML).text
