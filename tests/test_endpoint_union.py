"""One triple, one answer: a triple held in several named graphs is seen once through the
default graph, by /sparql (memory and folder stores), the named queries and the pages."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg.store import Store
from kg.web import create_app
from test_web_support import ID, make_store, running, http

BODY = ox.NamedNode(ID + "body/central/chinh-phu")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
BODY_CLASS = ox.NamedNode("https://w3id.org/directive-kg/ontology#Body")
SOURCES = [ox.NamedNode(f"https://w3id.org/directive-kg/graph/source/s{i}") for i in range(3)]


def with_copies(store: Store) -> Store:
    """The body's label and type also stated by three source graphs (as ingesting three texts
    that name the same body does)."""
    label = next(store.main.quads_for_pattern(BODY, LABEL, None)).object
    store.main.extend([ox.Quad(BODY, p, o, g) for g in SOURCES for p, o in ((LABEL, label), (TYPE, BODY_CLASS))])
    return store


def count(url: str, query: str) -> int:
    r = http.get(url + "/sparql", params={"query": query}, timeout=60)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def check_endpoint(url: str) -> None:
    all_ = count(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    distinct = count(url, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert all_ == distinct
    body = f"<{BODY.value}>"
    assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {body} {LABEL} ?l }}") == 1
    # the graphs themselves still say where each copy is
    assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {body} {LABEL} ?l }} }}") == 4


def test_sparql_on_a_memory_store_counts_a_triple_once():
    store = with_copies(make_store())
    union = list(store.main.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", use_default_graph_as_union=True))
    distinct = len({(q.subject, q.predicate, q.object) for q in store.main})
    assert int(union[0]["n"].value) > distinct  # the engine alone repeats them: what is fixed here
    app = create_app(store, query_workers=1)
    with running(app) as url:
        check_endpoint(url)
    app.state.query_pool.close()


def test_sparql_on_a_folder_store_counts_a_triple_once(new_store_path):
    store = Store.open(new_store_path)
    store.main.extend(list(make_store().main))
    with_copies(store)
    app = create_app(store, query_workers=1)
    with running(app) as url:
        check_endpoint(url)
    app.state.query_pool.close()
    store.close()


def test_pages_show_a_fact_once():
    from fastapi.testclient import TestClient

    client = TestClient(create_app(with_copies(make_store())))
    card = client.get("/bodies/central/chinh-phu.json").json()
    assert card["types"] and len(card["types"]) == len({json.dumps(t, sort_keys=True) for t in card["types"]})
    page = client.get("/bodies/central/chinh-phu", headers={"Accept": "text/html"}).text
    plain = TestClient(create_app(make_store())).get("/bodies/central/chinh-phu", headers={"Accept": "text/html"}).text
    assert page.count("Chính phủ") == plain.count("Chính phủ")


def test_named_queries_answer_as_if_each_triple_were_held_once():
    from kg.queries import run

    copies, plain = with_copies(make_store()), make_store()
    for name, params in (("bodies", {}), ("coverage", {"doc": "46-NQ/TW"}), ("document", {"doc": "46-NQ/TW"})):
        a, b = run(copies, name, params), run(plain, name, params)
        assert sorted(json.dumps(r, sort_keys=True, default=str) for r in a.rows) == \
            sorted(json.dumps(r, sort_keys=True, default=str) for r in b.rows), name
