"""kg.paths: the one place page paths are written, built on the ID base of kg.rdf.vocab."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kg.cards import document_card
from kg.paths import body_id, body_iri, body_page, body_path, doc_path, graph_path, iri_path, scoreboard_path
from kg.rdf.vocab import ID
from kg.store import Store
from kg.web import create_app

BODY = str(ID) + "body/legacy-20/ban-tuyen-giao-tinh-uy"


def test_paths_of_a_key_keep_its_slashes_and_encode_the_rest():
    assert doc_path("46-NQ/TW") == "/doc/46-NQ/TW"
    assert doc_path("140/2017/NĐ-CP") == "/doc/140/2017/N%C4%90-CP"
    assert doc_path("1-KH/TU", iri=str(ID) + "doc/x") == "/doc/1-KH/TU?iri=https%3A%2F%2Fw3id.org%2Fdirective-kg%2Fid%2Fdoc%2Fx"
    assert graph_path("46-NQ/TW") == "/graph/46-NQ/TW" and scoreboard_path("46-NQ/TW") == "/scoreboard/46-NQ/TW"
    assert scoreboard_path("a?b#c") == "/scoreboard/a%3Fb%23c"  # near miss: a key is never a query string


def test_only_our_bodies_have_a_page():
    assert body_path(BODY) == body_page("legacy-20/ban-tuyen-giao-tinh-uy") == "/bodies/legacy-20/ban-tuyen-giao-tinh-uy"
    assert body_iri("legacy-20/ban-tuyen-giao-tinh-uy") == body_iri(BODY) == BODY
    assert body_id(BODY) == "legacy-20/ban-tuyen-giao-tinh-uy"
    # near misses: '/id/body/' inside someone else's IRI, a document, nothing
    assert body_path("https://example.org/id/body/x") is None and body_id("https://example.org/id/body/x") is None
    assert body_path(str(ID) + "doc/party/tw/nq/46/khoa-xiii") is None and body_path(None) is None


def test_an_iri_of_ours_links_to_its_page():
    doc = str(ID) + "doc/party/tw/nq/46/khoa-xiii"
    assert iri_path(doc, "46-NQ/TW") == "/doc/46-NQ/TW"
    assert iri_path(doc) == "/doc/https%3A%2F%2Fw3id.org%2Fdirective-kg%2Fid%2Fdoc%2Fparty%2Ftw%2Fnq%2F46%2Fkhoa-xiii"
    assert iri_path(BODY) == "/bodies/legacy-20/ban-tuyen-giao-tinh-uy"
    assert iri_path(str(ID) + "target/07a55f7d63656fcf") is None


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Store.bundled()), raise_server_exceptions=False)


def test_the_card_gives_its_scoreboard_and_the_pages_link_it(client):
    card = document_card(Store.bundled(), "115-CTr/TU")
    assert (card["graph_href"], card["scoreboard_href"]) == ("/graph/115-CTr/TU", "/scoreboard/115-CTr/TU")
    page = client.get("/doc/115-CTr/TU", params={"lang": "en"}).text
    assert '<a class="scoreboard" href="/scoreboard/115-CTr/TU?lang=en">' in page
    home = client.get("/").text
    assert '<a class="scoreboard" href="/scoreboard/46-NQ/TW">' in home
    assert client.get("/scoreboard/115-CTr/TU").status_code == 200
