"""The one table of roles (kg.rdf.vocab.ROLES): the directory, a body's page, the document card
and its text, the builder and the ``bodies`` query all know the same roles."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import URIRef

from kg import queries
from kg.cards import body_card, card_text, document_card
from kg.queries.sparqltext import select_sections
from kg.rdf.build import ROLE_PROPERTY
from kg.rdf.vocab import ASSIGNED, ROLES
from kg.store import Store
from kg.web import create_app

ID = "https://w3id.org/directive-kg/id/"
DKG = "https://w3id.org/directive-kg/ontology#"
FRONT = "legacy-20/mat-tran-to-quoc-tinh"  # Mặt trận Tổ quốc tỉnh: a participating body of 115-CTr/TU


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Store.bundled()), raise_server_exceptions=False)


def test_a_body_page_lists_as_many_tasks_as_the_directory_counts(client):
    listed = client.get("/bodies.json", params={"q": "mat tran to quoc tinh"}).json()["bodies"]
    front = next(b for b in listed if b["href"] == "/bodies/" + FRONT)
    page = client.get(f"/bodies/{FRONT}.json").json()
    assert front["tasks"] == len(page["tasks"]) == 1
    assert page["tasks"][0]["role"] == "participatingBody" and page["tasks"][0]["key"] == "115-CTr/TU"
    # and so for every body of the sample
    directory = client.get("/bodies.json", params={"limit": 100000}).json()
    for n in range(1, directory["pages"] + 1):
        for b in client.get("/bodies.json", params={"page": n}).json()["bodies"]:
            assert len(client.get(b["href"] + ".json").json()["tasks"]) == b["tasks"], b["href"]


@pytest.mark.parametrize("lang,word", [("vi", "Tham gia"), ("en", "Participating")])
def test_a_participating_body_shows_on_the_card_and_its_text(client, lang, word):
    html = client.get("/doc/115-CTr/TU", params={"lang": lang}).text
    assert f'<dt>{word}</dt>' in html and f'href="/bodies/{FRONT}' in html
    # the body's own page names the role with the same word
    assert f"<h3>{word} (1)</h3>" in client.get(f"/bodies/{FRONT}", params={"lang": lang}).text
    card = document_card(Store.bundled(), "115-CTr/TU", lang)
    task = next(t for t in card["tasks"] if any(b["iri"] == ID + "body/" + FRONT for b in t["participatingBody"]))
    assert f"{word}: " in card_text(card, lang) and task["description"] in card_text(card, lang)


def test_a_task_given_with_no_specific_role_shows_as_assigned():
    store = Store.bundled()
    task, body = ox.NamedNode(ID + "task/test-assigned"), ox.NamedNode(ID + "body/" + FRONT)
    doc = ox.NamedNode(ID + "doc/party/tu/legacy-20/ctr/115/term-2020-2025")
    for s, p, o in ((task, "underDocument", doc), (task, "assignedBody", body),
                    (task, "description", ox.Literal("báo cáo kết quả"))):
        store.main.add(ox.Quad(s, ox.NamedNode(DKG + p), o, ox.DefaultGraph()))
    card = document_card(store, "115-CTr/TU", "en")
    given = next(t for t in card["tasks"] if t["iri"] == task.value)
    assert [b["iri"] for b in given["assignedBody"]] == [body.value]
    assert "báo cáo kết quả (Assigned: Mặt trận Tổ quốc tỉnh" in card_text(card, "en")
    # near miss: a participating body's inferred dkg:assignedBody does not show it a second time
    other = next(t for t in card["tasks"] if t["iri"] != task.value and t["participatingBody"]
                 and any(b["iri"] == body.value for b in t["participatingBody"]))
    store.main.add(ox.Quad(ox.NamedNode(other["iri"]), ox.NamedNode(DKG + "assignedBody"), body, ox.DefaultGraph()))
    again = next(t for t in document_card(store, "115-CTr/TU", "en")["tasks"] if t["iri"] == other["iri"])
    assert again["assignedBody"] == []
    roles = [t["role"] for t in body_card(store, FRONT)["tasks"]]
    assert roles == ["participatingBody", "assignedBody"]


def _iris(node, seen: set[int] | None = None) -> set[URIRef]:
    """Every IRI in a parsed query's algebra (triples, paths, filters)."""
    seen = set() if seen is None else seen
    if isinstance(node, URIRef):
        return {node}
    if isinstance(node, str) or id(node) in seen:
        return set()
    seen.add(id(node))
    if isinstance(node, dict):
        children = list(node.values())
    elif isinstance(node, (list, tuple, set)):
        children = list(node)
    else:
        children = list(getattr(node, "args", ()) or ()) + ([node.path] if hasattr(node, "path") else [])
    found: set[URIRef] = set()
    for child in children:
        found |= _iris(child, seen)
    return found


@pytest.mark.parametrize("params", [{}, {"doc": "x"}])
def test_the_bodies_query_counts_every_role_of_the_table(params):
    sparql = select_sections(queries.get("bodies").sparql, params)
    used = {p for p in _iris(prepareQuery(sparql).algebra) if p.endswith("Body")}
    assert used == {r.prop for r in ROLES} | {ASSIGNED.prop}
    assert set(ROLE_PROPERTY.values()) == {r.prop for r in ROLES}
