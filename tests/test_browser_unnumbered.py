"""A document without a number, as a user sees it in Debian's headless Chromium: the home page's search results and
its table of central documents list documents by name under a "Văn bản" (Document) heading, not "Số hiệu", and one
without a number says so in words (vi and en), on a phone's width too. The pages of /changes name the facts a
decision was about and link the older page."""

from __future__ import annotations

import pytest

from test_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401  (fixture)
from test_web_support import running

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]

DATA = """
@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix lv: <https://w3id.org/directive-kg/vocab/level/> .
<https://w3id.org/directive-kg/id/doc/unnumbered/unplaced/dh20> a dkg:Resolution ; dkg:key "NQ:Đại hội lần thứ XX" ;
    rdfs:label "Đại hội lần thứ XX" ; dkg:level lv:central .
<https://w3id.org/directive-kg/id/doc/party/tw/nq/9> a dkg:Resolution ; dkg:key "9-NQ/TW" ; rdfs:label "Nghị quyết 9-NQ/TW" ;
    dkg:level lv:central ; dkg:subject "đại hội thi đua" .
<https://w3id.org/directive-kg/id/doc/unnumbered/2025-08/kh26> a dkg:Resolution ;
    dkg:key "NQ:HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026" ;
    rdfs:label "HĐND tỉnh Tuyên Quang về kế hoạch phát triển kinh tế - xã hội năm 2026" ; dkg:level lv:province .
<https://w3id.org/directive-kg/id/doc/unnumbered/2025-08/da26> a dkg:Resolution ; dkg:key "NQ:HĐND tỉnh về giá đất" ;
    rdfs:label "HĐND tỉnh Tuyên Quang về bảng giá đất giai đoạn 2026-2030" ; dkg:level lv:province .
"""


@pytest.fixture(scope="module")
def server():
    from kg.rdf.files import parse_file
    from kg.store import Store
    from kg.web import create_app

    store = Store.open(None)
    store.main.extend(parse_file("d.ttl", DATA.encode("utf-8")))
    store.rebuild_index()
    with running(create_app(store)) as url:
        yield url


@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.parametrize(("lang", "heading", "words"), [("vi", "Văn bản", "chưa có số hiệu"), ("en", "Document", "no number")])
def test_search_says_a_document_has_no_number_under_a_heading_of_documents(browser, server, width, lang, heading, words):  # noqa: F811
    page = browser.page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(server + "/?q=%C4%91%E1%BA%A1i%20h%E1%BB%99i" + ("&lang=en" if lang == "en" else ""))
    headers = page.locator("#results thead th").all_inner_texts()
    assert headers[0] == heading and "Số hiệu" not in headers and "Key" not in headers
    rows = {r.split("\n")[0]: r for r in page.locator("#results tbody tr td:first-child").all_inner_texts()}
    unnumbered = next(r for r in rows.values() if "Đại hội lần thứ XX" in r)
    assert f"({words})" in unnumbered
    assert all(f"({words})" not in r for r in rows.values() if "9-NQ/TW" in r)  # (a symbol is a number)
    central = page.locator("#central tbody tr", has_text="Đại hội lần thứ XX")
    assert words in central.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"search-unnumbered-{width}-{lang}.png"), full_page=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_document_named_by_its_subject_is_named_once_in_its_heading(browser, server, lang):  # noqa: F811
    """Its label is its name again with its province ('HĐND tỉnh Tuyên Quang về ...'): the heading said it twice."""
    from kg.paths import doc_path

    page = browser.page()
    page.set_viewport_size({"width": 1280, "height": 900})
    suffix = "?lang=en" if lang == "en" else ""
    page.goto(server + doc_path("NQ:HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026") + suffix)
    heading = page.locator("h1").inner_text()
    assert heading == "Nghị quyết HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026"
    assert heading.count("kế hoạch phát triển") == 1
    # near miss: a label that says more than the key (its subject in other words) stays beside it
    page.goto(server + doc_path("NQ:HĐND tỉnh về giá đất") + suffix)
    assert "bảng giá đất giai đoạn 2026-2030" in page.locator("h1").inner_text()
