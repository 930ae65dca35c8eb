"""Every page the app answers with HTML has a JSON twin: the routes are walked from the app's own table (a page added
without its twin fails here, not a list typed by hand), each asked for by a browser and by a client that wants JSON
(``kg.web.twins``), and the twin must say the same facts as the page's ``alternate`` link names."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Route

from kg.web import create_app
from page_markup import HTML
from test_web_facts import ingest_ours

TOKEN = "walk-token"
JSON = {"Accept": "application/json"}
#: GET routes that answer no page of their own, with why (each still checked: it must not answer a page)
NOT_PAGES = {
    "/docs": "the API's page is Swagger's; its data is /openapi.json",
    "/sparql": "the query form; the endpoint's data is its service description and each query's results",
}
#: GET routes that answer only about a document named in their query
NEEDS_DOC = ("/queries/{name}", "/scoreboard", "/export")
ALTERNATE = re.compile(r'<link rel="alternate" type="application/(?:ld\+)?json" href="([^"]+)">')


@pytest.fixture
def walked(memory_store, tmp_path, monkeypatch):
    """An app over a store with a text of our own ingested and one decision taken (a change set to undo)."""
    store = ingest_ours(memory_store, tmp_path, monkeypatch)
    c = TestClient(create_app(store, update_token=TOKEN), raise_server_exceptions=False)
    (source,) = c.get("/review.json").json()["sources"]
    fact = c.get(f"/review/{source['id']}.json").json()["facts"][0]
    decided = c.post(f"/review/{source['id']}/decisions", json={"ids": [fact["id"]], "decision": "accepted"},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    assert decided.status_code == 200, decided.text
    number = c.get("/changes.json").json()["change_sets"][0]["id"]
    body = c.get("/bodies.json").json()["bodies"][0]["href"].removeprefix("/bodies/")
    values = {"key": "7-KH/UBND", "source": source["id"], "fid": fact["id"], "number": str(number), "name": "cascade",
              "body_id": body}
    return c, values


def routes(table) -> list[Route]:
    """The routes of a router's table, those of the routers it includes too (none is included under a prefix)."""
    out: list[Route] = []
    for route in table:
        included = getattr(route, "original_router", None)  # (FastAPI's entry for an included router)
        out += routes(included.routes) if included is not None else [route] if isinstance(route, Route) else []
    return out


def addresses(app, values: dict[str, str]) -> list[tuple[str, str]]:
    """(route, address) of every GET route of ``app`` that is no twin itself, its parameters filled from ``values``."""
    out = []
    for route in routes(app.routes):
        if "GET" not in (route.methods or ()) or re.search(r"\.(json|csv|atom)$", route.path):
            continue
        path = re.sub(r"{(\w+)(:\w+)?}", lambda m: values[m.group(1)], route.path)
        out.append((route.path, path + ("?doc=7-KH/UBND" if route.path in NEEDS_DOC else "")))
    return out


def test_every_page_that_answers_html_answers_json_with_the_same_facts(walked):
    c, values = walked
    pages = 0
    for route, address in addresses(c.app, values):
        page = c.get(address, headers=HTML, follow_redirects=False)
        if page.status_code in (303, 307, 308) or route in NOT_PAGES:  # (a form's address that leads to its page)
            continue
        assert page.status_code == 200, (address, page.status_code)
        if not page.headers["content-type"].startswith("text/html"):
            continue  # (a file to download)
        pages += 1
        asked = c.get(address, headers=JSON)
        assert asked.status_code == 200 and "json" in asked.headers["content-type"], (address, asked.headers["content-type"])
        (alternate,) = ALTERNATE.findall(page.text) or [None]
        assert alternate is not None, f"{address} names no JSON twin"
        assert asked.json() == c.get(alternate.replace("&amp;", "&")).json(), address
    assert pages >= 15  # (the walk reached the pages, not only redirects)


def test_the_walk_fills_every_route_and_a_page_without_a_twin_fails_it(walked):
    c, values = walked
    walked_routes = {route for route, _ in addresses(c.app, values)}
    assert {"/validate", "/quarantine", "/review/{source}", "/changes/{number}/undo"} <= walked_routes
    # a page of our own with no twin: the same check refuses it
    from fastapi.responses import HTMLResponse

    @c.app.get("/lonely", response_class=HTMLResponse)
    def lonely():
        return "<html><body>no twin</body></html>"

    try:
        page = c.get("/lonely", headers=JSON)
        assert not ALTERNATE.findall(page.text) and "json" not in page.headers["content-type"]
    finally:
        c.app.router.routes.pop()
