"""The site's menu in headless Chromium: on one line at a desktop's 1280 px in Vietnamese and in English (with
"Cách ly" added, the Vietnamese menu put "English" alone on a second line), and on a phone's 400 px wrapped between
whole items, each in the window, the page no wider than it."""

from __future__ import annotations

import pytest

from test_browser import ARTIFACTS, browser  # noqa: F401  (fixture)
from test_web_support import BROWSER_MARKS, running

pytestmark = BROWSER_MARKS

ITEMS = "[...document.querySelectorAll('header nav a')].map(a => { const r = a.getBoundingClientRect(); " \
        "return {text: a.textContent, top: Math.round(r.top), left: r.left, right: r.right, height: r.height}; })"


@pytest.fixture(scope="module")
def server():
    from kg.store import Store
    from kg.web import create_app

    with running(create_app(Store.open(None))) as url:
        yield url


@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_menu_is_one_line_on_a_desktop_and_whole_items_on_a_phone(browser, server, lang, width):  # noqa: F811
    page = browser.page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(server + "/" + ("?lang=en" if lang == "en" else ""))
    items = page.evaluate(ITEMS)
    assert [i["text"] for i in items][-1] == ("English" if lang == "vi" else "Tiếng Việt")
    assert any(i["text"] == ("Cách ly" if lang == "vi" else "Quarantine") for i in items)
    line = items[0]["height"]
    assert all(i["height"] < 1.5 * line for i in items)  # (no item broken over two lines)
    assert all(0 <= i["left"] and i["right"] <= width for i in items)
    if width == 1280:
        assert {i["top"] for i in items} == {items[0]["top"]}, items
    else:  # near miss: a phone's width does wrap the menu, between items
        assert len({i["top"] for i in items}) > 1
    assert page.evaluate("document.documentElement.scrollWidth") == width
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"menu-{width}-{lang}.png"), clip={"x": 0, "y": 0, "width": width, "height": 160})
