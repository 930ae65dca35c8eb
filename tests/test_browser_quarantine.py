"""The quarantine page in headless Chromium (see tests/test_browser.py): on a phone and on a desktop, in both
languages, a held fact reads with why it is held and its sentence, nothing runs past the window's edge, and the
analyst corrects it into the graph from the page's form with the update token, and is led back to an empty quarantine."""

from __future__ import annotations

import pytest

from test_browser import ARTIFACTS, CHROMIUM, window
from test_web_quarantine import TOKEN, store  # noqa: F401  (fixture)
from test_web_support import running

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]

WIDE = "() => document.documentElement.scrollWidth"


@pytest.mark.parametrize("width,lang", [(400, "vi"), (1280, "en")])
def test_a_held_fact_reads_and_is_corrected_into_the_graph(tmp_path, store, width, lang):  # noqa: F811
    from kg.web import create_app

    with running(create_app(store, update_token=TOKEN)) as url, window(tmp_path, width) as page:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{url}/quarantine?lang={lang}")
        assert page.evaluate(WIDE) == width  # (no reason, sentence or form wider than the window)
        why = page.inner_text(".fact .violation")
        assert why.startswith("Vì sao bị giữ lại:" if lang == "vi" else "Why it is held:")
        assert "<img src=x" in page.inner_text(".fact blockquote.evidence")  # (the article's markup shown as words)
        page.screenshot(path=str(ARTIFACTS / f"quarantine-{width}-{lang}.png"), full_page=True)
        page.click("details.correct summary")
        page.fill("form.correction input[name=token]", TOKEN)
        page.fill("form.correction input[name=type]", "căn cứ" if lang == "vi" else "based on")
        assert page.evaluate(WIDE) == width  # (the correction form's fields too)
        page.screenshot(path=str(ARTIFACTS / f"quarantine-{width}-{lang}-correct.png"), full_page=True)
        with page.expect_navigation():
            page.click("form.correction button[type=submit]")
        assert page.evaluate(WIDE) == width
        page.screenshot(path=str(ARTIFACTS / f"quarantine-{width}-{lang}-decided.png"), full_page=True)
        with page.expect_navigation():
            page.click("#decided-back")  # (back to the quarantine, now empty)
        assert page.locator("#quarantine-empty").count() == 1 and page.locator(".fact").count() == 0
        assert dialogs == []
