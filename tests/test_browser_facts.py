"""Citing one fact and sharing one view, in headless Chromium (see tests/test_browser.py): the cascade's side panel
links the pages of the facts behind a document and its links, a fact's page reads on a phone with its hostile
sentence inert, and the cascade's view ("Xem") is kept in the address, so that a link sent or a reload opens it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from test_browser import ARTIFACTS, CASCADE_DRAWN, CHROMIUM, browser, wait_until, window  # noqa: F401  (fixture)
from test_browser_views import views_server  # noqa: F401  (fixture)
from test_web_facts import ingest_ours
from test_web_support import running

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]


@pytest.fixture(scope="module")
def facts_server(tmp_path_factory):
    from kg.store import Store
    from kg.web import create_app

    with pytest.MonkeyPatch.context() as patch:
        store = ingest_ours(Store.open(None), tmp_path_factory.mktemp("facts"), patch)
    with running(create_app(store)) as url:
        yield url


def _click_node(page, key: str) -> None:
    point = page.evaluate("""(key) => { const v = window.dkgCascadeView;
        const n = v.data.nodes.find(x => x.key === key);
        const p = v.network.canvasToDOM(v.network.getPositions([n.id])[n.id]);
        const r = v.network.body.container.getBoundingClientRect(); return {x: r.left + p.x, y: r.top + p.y}; }""", key)
    page.mouse.click(point["x"], point["y"])


def test_the_cascade_panel_links_the_facts_behind_a_document_and_its_links(browser, facts_server):  # noqa: F811
    page = browser.page()
    page.goto(facts_server + "/graph/05-CT/TU")
    wait_until(page, CASCADE_DRAWN, "the cascade to be drawn")
    _click_node(page, "7-KH/UBND")
    wait_until(page, "() => document.querySelectorAll('.dkg-info a.dkg-fact').length === 2", "the panel's facts")
    assert "Dữ kiện đọc từ bài" in page.inner_text(".dkg-info")
    items = page.locator(".dkg-fact-list li").all_inner_texts()
    assert items[0].startswith("7-KH/UBND") and items[1].startswith("7-KH/UBND — triển khai thực hiện → 05-CT/TU"), items
    page.screenshot(path=str(ARTIFACTS / "cascade-fact-links.png"))
    # the central document no text stated as a fact of its own: no list of facts (the near miss)
    _click_node(page, "05-CT/TU")
    wait_until(page, "() => document.querySelector('.dkg-info h3').textContent === '05-CT/TU'", "05-CT/TU's card")
    assert page.locator(".dkg-info a.dkg-fact").count() == 1  # (its one link, stated by the text)
    with page.expect_navigation():
        page.click(".dkg-info a.dkg-fact")
    assert urlsplit(page.url).path.startswith("/fact/f") and "7-KH/UBND thực hiện 05-CT/TU" in page.inner_text("main")
    assert browser.dialogs == [] and browser.foreign(facts_server) == []


def test_a_fact_s_page_reads_on_a_phone_and_its_sentence_stays_inert(tmp_path, facts_server):
    with window(tmp_path, 400) as page:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(facts_server + "/doc/7-KH/UBND?lang=en")
        with page.expect_navigation():
            page.click("#tasks a.fact-link")
        assert page.evaluate("() => document.documentElement.scrollWidth") == 400
        assert page.inner_text("h1").startswith("Assignment · f")
        mark = page.inner_text(".fact-sentence mark")
        assert mark.startswith('Phòng Nội vụ <b onmouseover="alert(1)">chủ trì</b>')  # the markup shown as words
        page.hover(".fact-sentence mark")
        assert dialogs == [] and page.evaluate("() => document.querySelectorAll('main script, main b').length") == 0
        assert page.input_value("#fact-cite") == page.url.split("?")[0]
        page.screenshot(path=str(ARTIFACTS / "fact-page-phone-en.png"), full_page=True)


def test_the_cascade_s_view_is_kept_in_the_address(browser, views_server):  # noqa: F811
    page = browser.page()
    page.goto(views_server + "/graph/9-NQ/TW?lang=en")
    wait_until(page, CASCADE_DRAWN, "the cascade to be drawn")
    data = page.evaluate("() => window.dkgCascadeView.data")
    start = "groups" if data["grouped"] else "all"
    assert "view=" not in page.url  # the view it opens in leaves the address as it is
    province = data["provinces"][1]
    page.select_option(".dkg-province", "p:" + province)
    assert parse_qs(urlsplit(page.url).query) == {"lang": ["en"], "view": ["p:" + province]}
    # the language switch and the as-of form open the same view
    switch = page.get_attribute("a.lang", "href")
    assert parse_qs(urlsplit(switch).query) == {"view": ["p:" + province]}
    assert page.input_value("form.as-of input[name=view]") == "p:" + province
    page.reload()
    wait_until(page, CASCADE_DRAWN, "the cascade to be drawn again")
    assert page.evaluate("() => window.dkgCascadeView.mode()") == "p:" + province
    assert page.input_value(".dkg-province") == "p:" + province
    # a day chosen keeps the view
    page.fill("form.as-of input[name=as_of]", "2025-01-01")
    with page.expect_navigation():
        page.click("form.as-of button[type=submit]")
    wait_until(page, CASCADE_DRAWN, "the cascade on that day")
    assert parse_qs(urlsplit(page.url).query)["view"] == ["p:" + province]
    assert page.evaluate("() => window.dkgCascadeView.mode()") == "p:" + province
    # back to the view it opens in: the address says nothing of it
    page.select_option(".dkg-province", start)
    assert "view" not in parse_qs(urlsplit(page.url).query)
    assert page.locator("form.as-of input[name=view]").count() == 0
    # a view that is not one of this cascade's (a province it does not have) opens the usual view
    page.goto(views_server + "/graph/9-NQ/TW?view=p:Atlantis")
    wait_until(page, CASCADE_DRAWN, "the cascade to be drawn")
    assert page.evaluate("() => window.dkgCascadeView.mode()") == start
    assert "view" not in parse_qs(urlsplit(page.url).query)


@pytest.mark.parametrize("width", [400, 1280])
def test_the_list_of_texts_gives_a_text_one_line_of_counts_on_a_phone(tmp_path, facts_server, width):
    """On a phone each text's counts share one line, those of none left out (six lines a text made a long scroll);
    a wide window keeps the table with every column, zeros included."""
    with window(tmp_path, width) as page:
        page.goto(facts_server + "/review")
        cells = page.evaluate("""() => [...document.querySelectorAll('table.review-sources td.num')]
            .map(td => [td.dataset.label, td.textContent, td.offsetParent !== null, Math.round(td.getBoundingClientRect().top)])""")
        shown = [(label, text) for label, text, visible, _ in cells if visible]
        if width == 400:
            assert shown == [("Dữ kiện", "3"), ("Chờ duyệt", "3")], cells
            assert len({top for *_, visible, top in cells if visible}) == 1
            assert page.evaluate("() => document.documentElement.scrollWidth") == 400
            page.screenshot(path=str(ARTIFACTS / "review-sources-phone.png"))
        else:
            assert len(shown) == 6 and ("Vi phạm", "0") in shown


def test_a_card_s_own_fact_is_in_sight_at_its_top_on_a_phone(tmp_path, facts_server):
    """The fact of the document itself was linked only in the review legend, shown once a reviewer had decided
    something (tidy35b's walk): it is beside the card's views, in the first screen of a phone, and opens its page."""
    with window(tmp_path, 400) as page:
        page.goto(facts_server + "/doc/7-KH/UBND")
        link = page.locator(".doc-links a.fact-link")
        assert link.count() == 1 and link.inner_text() == "¶ dữ kiện"
        box = link.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 900 and box["x"] + box["width"] <= 400
        assert page.evaluate("() => document.documentElement.scrollWidth") == 400
        page.screenshot(path=str(ARTIFACTS / "card-own-fact-phone.png"))
        with page.expect_navigation():
            link.click()
        assert urlsplit(page.url).path.startswith("/fact/f") and page.inner_text("h1").startswith("Văn bản")
