"""kg.web.render: an app mounted below a path (``root_path`` behind a proxy, the request's path
beginning with it, as uvicorn gives it) writes every link below that path, once: on the pages, in
the feed, in the cascade's JSON and on the API docs."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kg.store import Store
from kg.web import create_app

ROOT = "/dkg"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Store.bundled()), root_path=ROOT) as c:
        yield c


def test_a_page_s_links_and_static_files_begin_with_the_mount_path(client):
    html = client.get(ROOT + "/").text
    links = re.findall(r'(?:href|src)="(/[^"]*)"', html)
    assert links and [x for x in links if not x.startswith(ROOT + "/")] == []
    assert f'"{ROOT}/static/' in html and f'"{ROOT}{ROOT}/' not in html


def test_the_feed_names_itself_and_its_page_below_the_mount_path_once(client):
    atom = client.get(ROOT + "/changes.atom").text
    links = dict(re.findall(r'<link rel="(\w+)" href="([^"]*)"', atom))
    assert links["self"] == f"http://testserver{ROOT}/changes.atom"
    assert links["alternate"] == f"http://testserver{ROOT}/changes"


def test_the_api_docs_load_their_files_below_the_mount_path(client):
    html = client.get(ROOT + "/docs").text
    assert f"{ROOT}/openapi.json" in html and f"{ROOT}/static/vendor/" in html


def test_the_cascade_links_documents_below_the_mount_path(client):
    nodes = client.get(ROOT + "/graph/46-NQ/TW.json").json()["nodes"]
    hrefs = [n["href"] for n in nodes if n.get("href")]
    assert hrefs and all(h.startswith(ROOT + "/doc/") for h in hrefs)


def test_a_title_keeps_a_document_s_symbol_on_one_line_and_stays_escaped(client):
    """At 400 px the cascade's title broke "46-NQ/TW" after its hyphen ("46-" / "NQ/TW"): a symbol joined by a
    hyphen or a slash is kept whole; the rest of the title still breaks, and nothing in it becomes markup."""
    from kg.web.render import whole_symbols

    html = client.get(ROOT + "/graph/46-NQ/TW").text
    assert re.search(r'<h1>[^<]*<span class="whole">46-NQ/TW</span></h1>', html)
    assert str(whole_symbols('Kế hoạch 12-KH/TU <b onclick="x">a-b</b>')) == (
        'Kế hoạch <span class="whole">12-KH/TU</span> &lt;b <span class="whole">onclick=&#34;x&#34;&gt;a-b&lt;/b&gt;</span>')
    # near misses: words without a hyphen or slash, and a file's long name, may break as any word does
    assert "whole" not in str(whole_symbols("Duyệt dữ kiện · bao-cao-ket-qua-sau-thang-dau-nam-2025.docx tin"))
    assert "whole" not in str(whole_symbols("Cơ quan ban hành"))


def test_the_home_page_names_the_site_once_in_its_title_and_other_pages_after_their_own_name(client):
    """The home page's title read "Cơ sở tri thức văn bản chỉ đạo · Cơ sở tri thức văn bản chỉ đạo" (its own name
    is the site's); a browser's tab and bookmark now say it once, and any other page still says its name first."""
    home = re.search(r"<title>(.*?)</title>", client.get(ROOT + "/").text).group(1)
    assert home == "Cơ sở tri thức văn bản chỉ đạo"
    bodies = re.search(r"<title>(.*?)</title>", client.get(ROOT + "/bodies").text).group(1)
    assert bodies.endswith(" · Cơ sở tri thức văn bản chỉ đạo") and not bodies.startswith("Cơ sở tri thức")


def test_an_error_hint_s_quoted_commands_are_code_kept_whole_where_short():
    """A 401's hint broke "Authorization:" from "Bearer <token>" on a phone: a `quoted` command or header of a hint is
    code, kept on one line where it is short; a long one may break; what is in it is escaped like the rest."""
    from kg.web.render import commands

    said = str(commands("send `Authorization: Bearer <token>` or `iconv -f CP1258 -t UTF-8 bai.txt > bai.utf8.txt`"
                        " <b>now</b>"))
    assert '<code class="whole">Authorization: Bearer &lt;token&gt;</code>' in said
    assert "<code>iconv -f CP1258 -t UTF-8 bai.txt &gt; bai.utf8.txt</code>" in said and "&lt;b&gt;now" in said
    # near miss: a hint without quotes is only escaped, and a lone backtick quotes nothing
    assert str(commands("a <i>plain</i> hint ` here")) == "a &lt;i&gt;plain&lt;/i&gt; hint ` here"


def test_the_401_page_keeps_the_header_to_send_on_one_line():
    c = TestClient(create_app(Store.bundled(), update_token="tok-123"))
    page = c.post("/store/reindex?lang=en", headers={"Accept": "text/html"})
    assert page.status_code == 401 and '<code class="whole">Authorization: Bearer &lt;token&gt;</code>' in page.text
    assert c.post("/store/reindex", headers={"Accept": "application/json"}).json()["hint"].startswith(
        "send `Authorization: Bearer <token>`")


def _request(query: str = "", root: str = "") -> "object":
    from starlette.requests import Request

    return Request({"type": "http", "method": "GET", "path": root + "/", "root_path": root, "headers": [],
                    "query_string": query.encode()})


def _parsed(link: str):
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(link)
    return parts.scheme, parts.netloc, parts.path, parse_qs(parts.query, keep_blank_values=True), parts.fragment


def test_a_link_keeps_the_language_before_its_fragment_and_beside_its_query():
    """``link()`` read its path as a string and put '?lang=en' after a '#fragment' ('/changes#change-4?lang=en'): the
    browser took it as part of the fragment and the page opened in Vietnamese. Now the path is read as a URL."""
    from kg.web.render import href

    en = _request("lang=en")
    assert _parsed(href(en, "/changes#change-4")) == ("", "", "/changes", {"lang": ["en"]}, "change-4")
    assert _parsed(href(en, "/review?page=2")) == ("", "", "/review", {"page": ["2"], "lang": ["en"]}, "")
    assert _parsed(href(en, "/review/abc?page=2#fact-f1", q="x y")) == (
        "", "", "/review/abc", {"page": ["2"], "q": ["x y"], "lang": ["en"]}, "fact-f1")
    # a query that names the language already keeps it, once; a parameter given replaces the query's
    assert _parsed(href(en, "/x?lang=vi#a")) == ("", "", "/x", {"lang": ["vi"]}, "a")
    assert _parsed(href(en, "/x?page=1", page="3")) == ("", "", "/x", {"page": ["3"], "lang": ["en"]}, "")
    # near miss: a Vietnamese page adds nothing, the fragment kept as it was
    assert href(_request(), "/changes#change-4") == "/changes#change-4"
    assert href(_request(root="/dkg"), "/changes?x=1#change-4") == "/dkg/changes?x=1#change-4"


def test_a_hostile_href_stays_a_link_inside_the_app():
    from kg.web.render import href

    en = _request("lang=en")
    for hostile in ("//evil.example/x", "https://evil.example/x", "javascript:alert(1)", "/\\evil.example/x",
                    "\\\\evil.example", "/\t/evil.example", " //evil.example"):
        scheme, host, path, query, _ = _parsed(href(en, hostile))
        assert (scheme, host) == ("", "") and path.startswith("/") and not path.startswith(("//", "/\\")), hostile
        assert query == {"lang": ["en"]}
    # a fragment that tries to close the attribute is kept as data: the template escapes it
    scheme, host, path, _, fragment = _parsed(href(_request(), '/x#"><script>'))
    assert (scheme, host, path, fragment) == ("", "", "/x", '"><script>')
