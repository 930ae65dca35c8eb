"""A day inside a joined cell of a query's page (the outcomes page's figure, "1.560 văn bản (2025-11-28)"; a source's
day after its publisher) is kept on one line as the date columns keep theirs: at 1280 px as at 400 it broke at a
hyphen, "(2025-" / "11-28)" (polish31; the check in Chromium is in ``test_browser_days``)."""
from __future__ import annotations

from kg.i18n import days_said
from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)


def test_a_day_among_words_is_said_as_the_language_says_it_and_nothing_else_is():
    assert days_said("12/498 đảng viên (2020-06-23) <b>", "vi") == \
        [("12/498 đảng viên (", False), ("23/06/2020", True), (") <b>", False)]
    assert days_said("12/498 đảng viên (2020-06-23)", "en")[1] == ("2020-06-23", True)
    assert days_said("(23/06/2020)", "en") == [("(", False), ("23/06/2020", True), (")", False)]  # kept whole as written
    # near misses: a symbol, a range of years, a longer run of figures, a count
    for said in ("46-NQ/TW", "2020-2025", "2020-06-2345", "12-2020-06-23", "12/498", "123/06/2020"):
        assert days_said(said, "vi") == [(said, False)], said


def test_the_outcomes_page_keeps_its_figures_days_whole(client):  # noqa: F811
    for lang, day in (("vi", "23/06/2020"), ("en", "2020-06-23")):
        page = client.get("/queries/outcomes", params={"doc": "08-NQ/TU", "lang": lang}, headers={"accept": "text/html"}).text
        assert f'(<span class="date">{day}</span>)</td>' in page
        assert f'Ninh Bình, <span class="date">{day}</span></td>' in page
    # (a day in a link's words is the link's own: the cards' and sources' titles are not changed)
    assert '<span class="date">' not in page.split("<tbody>")[1].split("<a ")[1].split("</a>")[0]
