"""/queries and a query's form as an analyst sees them in Chromium, on a laptop and a phone: each parameter by its
label and help in the page's language, its variable's name beside it, nothing past the window's edge."""

from __future__ import annotations

import pytest

from test_browser import window
from test_web_support import ARTIFACTS, BROWSER_MARKS, server, web_app, web_store  # noqa: F401  (fixtures)

pytestmark = BROWSER_MARKS


@pytest.mark.parametrize(("width", "lang", "line"), [
    (400, "vi", "Văn bản (số hiệu) doc (bắt buộc) — số hiệu như 46-NQ/TW, hoặc IRI của văn bản"),
    (1280, "en", "Document (key) doc (required) — symbol key such as 46-NQ/TW, or a document IRI")])
def test_each_parameter_is_shown_by_its_label_and_help_with_its_name_as_a_hint(server, tmp_path, width, lang, line):  # noqa: F811
    with window(tmp_path, width) as page:
        page.goto(f"{server}/queries?lang={lang}")
        cascade = page.locator("dl.queries dt", has_text="cascade").locator("xpath=following-sibling::dd[1]")
        shown = [" ".join(t.split()) for t in cascade.locator("ul.params li").all_inner_texts()]
        assert shown[0] == line, shown
        assert cascade.locator("ul.params li code.param-name").first.inner_text() == "doc"
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(ARTIFACTS / f"queries-{lang}-{width}.png"), full_page=True)
        # the query's form: the field's label in the page's language, its help and name where the pointer rests
        page.goto(f"{server}/queries/cascade?lang={lang}")
        field = page.locator("form.params label", has=page.locator("input[name=doc]"))
        assert field.inner_text().strip() == line.split(" doc ")[0]
        assert field.get_attribute("title") == line.split(" — ", 1)[1] + " (doc)"
