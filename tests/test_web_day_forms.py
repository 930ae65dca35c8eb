"""A day on a page is written as the page's language writes it (``kg.i18n.day_said`` through the ``day`` and ``days``
filters of ``kg.web.render``): day first on a Vietnamese page (20/12/2023), ISO on an English one, ISO in every JSON
twin. Every Vietnamese page showed 2023-12-20 (polish32); the pages are read here with an HTML parser, their text only
(what a reader sees, not the attributes a machine reads such as ``<time datetime>``)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from kg.i18n import day_said
from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)

HTML = {"accept": "text/html"}
YEAR_FIRST = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
DAY_FIRST = re.compile(r"(?<![\d/])\d{2}/\d{2}/\d{4}(?![\d/])")

#: Pages with days of several kinds: the home page's tables and lists, a card (its day, linked documents, events,
#: outcomes' days, sources), a query's date column and joined cells, a scoreboard, a body (/changes: this store has
#: none; ``test_changes`` reads a change's day).
PAGES = ("/", "/doc/46-NQ/TW", "/queries/cascade?doc=46-NQ/TW", "/queries/outcomes?doc=08-NQ/TU",
         "/scoreboard/46-NQ/TW", "/bodies/central/bo-chinh-tri")


class _Text(HTMLParser):
    """The text a reader sees: not scripts or styles, and not a day field's hint, which names the ISO form the field
    also takes ("ngày/tháng/năm (30/6/2024) hoặc 2024-06-30"); with ``quoted``, not a document's own words either
    (``lang="vi"`` on an English page: a subject that quotes "ngày 20/12/2023" as the document writes it)."""

    def __init__(self, quoted: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden: list[str] = []  # the open elements whose text is not counted
        self.quoted = quoted

    def handle_starttag(self, tag, attrs):
        said = dict(attrs)
        if tag in ("script", "style") or "day-hint" in (said.get("class") or "").split() \
                or (not self.quoted and said.get("lang") == "vi"):
            self.hidden.append(tag)
        elif self.hidden and tag == self.hidden[-1]:
            self.hidden.append(tag)  # the same tag nested inside a hidden one

    def handle_endtag(self, tag):
        if self.hidden and tag == self.hidden[-1]:
            self.hidden.pop()

    def handle_data(self, data):
        if not self.hidden:
            self.pieces.append(data)


def text_of(page: str, quoted: bool = True) -> str:
    parser = _Text(quoted)
    parser.feed(page)
    parser.close()
    return " ".join(parser.pieces)


def test_the_rule_says_a_day_day_first_in_vietnamese_and_iso_in_english():
    assert day_said("2023-12-20", "vi") == "20/12/2023" and day_said("2023-12-20", "en") == "2023-12-20"
    assert day_said("2023-12-20T08:15", "vi") == "20/12/2023 08:15" and day_said("2023-12-20T08:15", "en") == "2023-12-20 08:15"
    assert day_said("2023-12", "vi") == "12/2023"
    # near misses: no day, a year alone, a symbol, a day already day first, a word, nothing
    for same in ("2023", "46-NQ/TW", "20/12/2023", "today", "2023-12-20 cũ", ""):
        assert day_said(same, "vi") == same
    assert day_said(None, "vi") == ""


def test_no_vietnamese_page_shows_a_day_year_first(client):  # noqa: F811
    for path in PAGES:
        vi = client.get(path, headers=HTML)
        assert vi.status_code == 200, path
        text = text_of(vi.text)
        assert not YEAR_FIRST.findall(text), (path, YEAR_FIRST.findall(text)[:5])
        assert DAY_FIRST.search(text), path  # (each page shows a day: the check above is not empty)
        en = client.get(path + ("&" if "?" in path else "?") + "lang=en", headers=HTML)
        assert YEAR_FIRST.search(text_of(en.text)) and not DAY_FIRST.search(text_of(en.text, quoted=False)), path


def test_the_parser_sees_a_year_first_day_where_one_is_shown():
    """The page check fails with the rule off: a day year first in a cell, a span or a title is found; the same
    day in an attribute or a day field's hint is not."""
    assert YEAR_FIRST.search(text_of('<table><tr><td class="date">2023-12-20</td></tr></table>'))
    assert YEAR_FIRST.search(text_of('<p>(<span class="date">2023-12-20</span>)</p>'))
    assert not YEAR_FIRST.search(text_of('<time datetime="2023-12-20">20/12/2023</time>'))
    assert not YEAR_FIRST.search(text_of('<small class="muted day-hint">hoặc <span class="date">2023-12-20</span></small>x'))
    assert YEAR_FIRST.search(text_of('<small class="muted day-hint">hoặc</small> 2023-12-20'))
    # a document's own words on an English page are left out only where asked, and only those marked Vietnamese
    quoted = '<span lang="vi">ngày 20/12/2023</span> <span>20/12/2023</span>'
    assert len(DAY_FIRST.findall(text_of(quoted))) == 2 and len(DAY_FIRST.findall(text_of(quoted, quoted=False))) == 1


def test_the_json_twins_and_the_csv_keep_iso(client):  # noqa: F811
    card = client.get("/doc/46-NQ/TW.json").json()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", card["date"])
    page = client.get("/doc/46-NQ/TW", headers=HTML).text
    assert day_said(card["date"], "vi") in text_of(page) and card["date"] not in text_of(page)
    table = client.get("/queries/cascade.csv", params={"doc": "46-NQ/TW"}).text
    assert YEAR_FIRST.search(table) and not DAY_FIRST.search(table)
    home = client.get("/index.json").json()
    days = [r["date"] for r in home["newest"]]
    assert days and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in days)


def test_a_day_field_takes_both_forms_and_shows_the_day_first(client):  # noqa: F811
    for typed in ("30/06/2024", "2024-06-30", "30/6/2024"):
        page = client.get("/doc/46-NQ/TW", params={"as_of": typed}, headers=HTML)
        assert page.status_code == 200, typed
        assert 'name="as_of" value="30/06/2024"' in page.text, typed
