"""The cascade page (`/graph/{key}`) offers what it draws to take away: the documents as the cascade query's table,
its CSV (and Excel's), on the day the page shows, and its JSON twin; each link followed by a real HTTP client."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from test_web_support import http, server, web_app, web_store  # noqa: F401  (fixtures)

ROOT = "46-NQ/TW"


class _ExportLinks(HTMLParser):
    """The links of the paragraph ``cascade-export``, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "p" and attrs.get("class") == "cascade-export":
            self.inside = True
        elif tag == "a" and self.inside:
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "p":
            self.inside = False


def _links(server_url: str, path: str, **params) -> list[str]:
    r = http.get(server_url + path, params=params, headers={"Accept": "text/html"}, timeout=60)
    assert r.status_code == 200, r.text
    found = _ExportLinks()
    found.feed(r.text)
    return found.links


def test_the_cascade_page_links_its_table_csv_and_twin_and_they_say_the_same(server):
    table, plain, excel, twin = _links(server, "/graph/" + ROOT)
    assert urlsplit(table).path == "/queries/cascade" and parse_qs(urlsplit(table).query)["doc"] == [ROOT]
    page = http.get(server + table, headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200 and "<table" in page.text
    got = http.get(server + plain, timeout=60)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert not got.content.startswith(b"\xef\xbb\xbf")  # the plain CSV has no byte-order mark ...
    assert http.get(server + excel, timeout=60).content.startswith(b"\xef\xbb\xbf")  # ... Excel's has
    rows = list(csv.DictReader(io.StringIO(got.text)))
    drawn = http.get(server + twin, timeout=60).json()
    assert urlsplit(twin).path == f"/graph/{ROOT}.json" and drawn["key"] == ROOT
    # the table lists what the drawing shows carrying the resolution out: its documents but the resolution itself
    assert rows and {row["key"] for row in rows} == {n["key"] for n in drawn["nodes"]} - {ROOT}


def test_the_links_keep_the_day_and_the_language(server):
    """A page seen as known on a day, in English, hands on that day and that language (a near miss: the links
    of the plain page, above, carry neither)."""
    for link in _links(server, "/graph/" + ROOT, as_of="2024-06-30", lang="en"):
        asked = parse_qs(urlsplit(link).query)
        assert asked.get("as_of") == ["2024-06-30"], link
        if not urlsplit(link).path.endswith((".csv", ".json")):
            assert asked.get("lang") == ["en"], link
    for link in _links(server, "/graph/" + ROOT):
        assert "as_of" not in parse_qs(urlsplit(link).query) and "lang" not in parse_qs(urlsplit(link).query), link
