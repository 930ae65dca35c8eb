"""The doubtful facts' page in headless Chromium (see tests/test_browser.py): on a phone and on a desktop, in both
languages, the least confident fact comes first with why it is doubtful, the filters and the facts stay inside the
window, and a filter chosen from the form keeps only its kind; its link leads to the fact in its text."""

from __future__ import annotations

import pytest

from kg.store import Store
from kg.web import create_app
from test_browser import ARTIFACTS, CHROMIUM, window
from test_review_doubtful import folder  # noqa: F401  (fixture)
from test_web_support import running

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]

WIDE = "() => document.documentElement.scrollWidth"


@pytest.mark.parametrize("width,lang", [(400, "vi"), (1280, "en"), (400, "en"), (1280, "vi")])
def test_the_doubtful_ones_come_first_with_why_and_filter_by_kind(tmp_path, folder, width, lang):  # noqa: F811
    store = Store.open(folder)
    try:
        with running(create_app(store)) as url, window(tmp_path, width) as page:
            page.goto(f"{url}/review/doubtful?lang={lang}")
            assert page.evaluate(WIDE) == width  # (no filter, sentence or reason wider than the window)
            first = page.locator("li.fact").first
            assert "Phòng Y tế" in first.inner_text()
            assert first.locator(".evidence").is_visible()  # (no text beside it: its sentence shows at every width)
            why = first.locator(".why").inner_text()
            assert why.startswith("Vì sao đáng ngờ:" if lang == "vi" else "Why doubtful:")
            page.screenshot(path=str(ARTIFACTS / f"doubtful-{width}-{lang}.png"), full_page=True)
            page.select_option("select[name=kind]", "target")
            with page.expect_navigation():
                page.click(".doubtful-filters button[type=submit]")
            kinds = page.locator("li.fact .kind").all_inner_texts()
            assert kinds and set(kinds) == {"Chỉ tiêu" if lang == "vi" else "Target"}
            assert ("lang=en" in page.url) == (lang == "en")  # (the form keeps the page's language)
            with page.expect_navigation():
                page.locator("li.fact a.decide-in-text").first.click()
            assert "/review/" in page.url and "#fact-f" in page.url
            assert page.locator(page.url.split("#")[1].join(["#", ""])).count() == 1
    finally:
        store.close()
