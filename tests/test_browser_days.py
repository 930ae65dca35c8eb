"""In Debian's headless Chromium: no day on a query's page is cut by a line break (at its hyphens or slashes), at 1280 px and at 400 (the outcomes
page's figure cell broke "(2020-06-" / "23)"; polish31). Screenshots in tests/artifacts/."""
from __future__ import annotations

import pytest

from test_browser import window
from test_web_support import ARTIFACTS, BROWSER_MARKS
from test_web_support import server, web_app, web_store  # noqa: F401  (fixtures)

pytestmark = BROWSER_MARKS

#: the days (2020-06-23 on an English page, 23/06/2020 on a Vietnamese one) in the page's text that a line break cuts: their boxes lie on more than one line
BROKEN_DAYS = """() => { const out = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (const m of n.textContent.matchAll(/\\d{4}-\\d{2}-\\d{2}|\\d{2}\\/\\d{2}\\/\\d{4}/g)) {
      const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + 10);
      if (new Set([...r.getClientRects()].map(b => Math.round(b.top))).size > 1) out.push(n.textContent);
    }
  return out; }"""


@pytest.mark.parametrize("width", [1280, 400])
def test_no_day_of_the_outcomes_page_breaks_at_its_hyphens(tmp_path, server, width):  # noqa: F811
    with window(tmp_path, width) as page:
        for lang in ("vi", "en"):
            page.goto(f"{server}/queries/outcomes?doc=08-NQ/TU&lang={lang}")
            days = page.evaluate("() => (document.querySelector('main table').innerText.match(/\\d{4}-\\d{2}-\\d{2}|\\d{2}\\/\\d{2}\\/\\d{4}/g) || []).length")
            assert days >= 10 and page.evaluate(BROKEN_DAYS) == [], (lang, width)
        page.screenshot(path=str(ARTIFACTS / f"outcomes-days-{width}.png"), full_page=True)
