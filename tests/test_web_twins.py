"""kg.web.twins: a page asked for by media type answers as its twin, as ``/sparql`` does (newcomer40: ``curl -H
'Accept: application/json' /doc/KEY`` and ``Accept: text/csv`` on a named query got the HTML page)."""

from __future__ import annotations

import re

import pytest

from kg.web.twins import TWINS, route_of, twin_path
from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.mark.parametrize("path", ["/", "/doc/46-NQ/TW", "/graph/46-NQ/TW", "/scoreboard/46-NQ/TW", "/queries",
                                  "/queries/cascade?doc=46-NQ/TW", "/changes", "/bodies", "/review", "/ontology"])
def test_a_client_that_asks_for_json_gets_the_json_twin_and_a_browser_the_page(client, path):
    base, _, query = path.partition("?")
    twin = ("/index" if base == "/" else base) + ".json" + ("?" + query if query else "")
    asked = client.get(path, headers={"Accept": "application/json"})
    assert asked.status_code == 200 and "json" in asked.headers["content-type"]  # (/ontology: JSON-LD)
    assert asked.json() == client.get(twin).json()
    assert "Accept" in asked.headers["vary"]
    for accept in (BROWSER, "*/*"):  # (a browser, and curl's default: the page, as before)
        page = client.get(path, headers={"Accept": accept})
        assert page.headers["content-type"].startswith("text/html") and "Accept" in page.headers["vary"]


def test_a_named_query_asked_for_as_csv_is_its_csv_and_its_words_are_kept(client):
    asked = client.get("/queries/cascade", params={"doc": "46-NQ/TW"}, headers={"Accept": "text/csv"})
    assert asked.headers["content-type"].startswith("text/csv")
    assert asked.text == client.get("/queries/cascade.csv", params={"doc": "46-NQ/TW"}).text
    assert asked.text.startswith("document,key,")
    # a page with no CSV twin keeps its page for a CSV client (nothing else it could give)
    assert client.get("/doc/46-NQ/TW", headers={"Accept": "text/csv"}).headers["content-type"].startswith("text/html")


def test_a_key_with_letters_outside_ascii_reaches_its_twin(client):
    asked = client.get("/doc/140/2017/NĐ-CP", headers={"Accept": "application/json"})
    assert asked.status_code == 200 and asked.json()["key"] == "140/2017/NĐ-CP"


def test_an_address_that_names_its_twin_or_another_page_is_left_as_it_is():
    assert twin_path("/doc/{key:path}", "/doc/46-NQ/TW.json", "application/json") is None
    assert twin_path("/queries/{name}", "/queries/cascade.csv", "application/json") is None
    assert route_of("/sparql") is None and route_of("/static/site.css") is None and route_of("/store.json") is None
    assert twin_path("/", "/", "application/json") == "/index.json"
    assert twin_path("/doc/{key:path}", "/doc/46-NQ/TW", "application/json;q=0.5, text/html") is None


def test_every_page_named_has_its_route_in_the_app(web_app):
    paths = set(web_app.openapi()["paths"])
    for route in TWINS:
        assert re.sub(r":\w+}", "}", route) in paths, route


def test_the_api_page_says_how_a_page_gives_its_data(web_app):
    said = web_app.openapi()["info"]["description"]
    assert "`.json` twin" in said and "application/json" in said and "text/csv" in said
