"""The page a plain upload form is answered with (no JavaScript), as a reporter sees it in Debian's headless Chromium
on a phone's width and a laptop's: each refused file's message and what to do are in sight, not cut at the
window's edge (its lines were one long line each in a <pre> that did not wrap)."""

from __future__ import annotations

import pytest

from test_sources import cp1258
from test_review_upload_form import TOKEN, store  # noqa: F401  (fixture)
from test_web_support import BROWSER_MARKS, chromium, running

from kg.web import create_app

pytestmark = BROWSER_MARKS

#: How far the report's box and the page may reach past the window (a scroll bar's rounding).
SLACK = 2


@pytest.mark.parametrize(("width", "lang", "words"), [(400, "vi", "gợi ý: chuyển tệp sang UTF-8"),
                                                      (1280, "en", "hint: convert it")])
def test_a_refusal_s_hint_wraps_on_the_report_page(store, tmp_path, width, lang, words):  # noqa: F811
    empty = tmp_path / "bai-rong-cua-phong-vien.txt"
    empty.write_bytes(b"")
    legacy = tmp_path / "bai-viet-ma-cu-windows-1258-cua-phong-vien.txt"
    legacy.write_bytes(cp1258("Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển nông thôn mới"))
    with (running(create_app(store, update_token=TOKEN)) as url,
          chromium(tmp_path / "profile", viewport={"width": width, "height": 900}, java_script_enabled=False) as context):
        page = context.new_page()
        page.goto(f"{url}/review?lang={lang}")
        if page.locator("#upload").get_attribute("open") is None:  # (open on a store without texts)
            page.locator("#upload summary").click()
        page.fill("#review-token", TOKEN)
        page.set_input_files("input[type=file]", [str(empty), str(legacy)])
        with page.expect_navigation():
            page.locator("#upload-form button[type=submit]").click()
        report = page.locator("pre.report")
        assert words in report.inner_text()
        sizes = page.evaluate("""() => { const pre = document.querySelector('pre.report');
            return [pre.scrollWidth, pre.clientWidth, document.documentElement.scrollWidth, window.innerWidth]; }""")
        page.screenshot(path=str(tmp_path / f"upload-report-{lang}-{width}.png"))
    box, shown, whole, window = sizes
    assert box <= shown + SLACK and whole <= window + SLACK, sizes
