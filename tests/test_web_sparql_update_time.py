"""An update sent to /sparql is a write, not a query: the queries' time limit (``DKG_MAX_QUERY_SECONDS``) does not cut
it. At a million triples an update's redraw of the inferences took longer than the limit, and was answered 503
"abandoned" while its thread went on writing after the write lock was let go."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from kg.store import Store
from kg.web import create_app, updates

TOKEN = "s3cret-update"
UPDATE = 'INSERT DATA { GRAPH <https://example.org/t/g> { <https://example.org/t/n> <http://www.w3.org/2000/01/rdf-schema#label> "nút" } }'


def test_an_update_longer_than_the_query_limit_is_answered_when_it_is_written(monkeypatch):
    store = Store.open(None)
    real = updates.run

    def slow(*args, **kwargs):
        time.sleep(0.6)  # (longer than the app's query limit below)
        return real(*args, **kwargs)

    monkeypatch.setattr(updates, "run", slow)
    web = TestClient(create_app(store, update_token=TOKEN, query_timeout=0.2))
    answer = web.post("/sparql", data={"update": UPDATE}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 204
    assert any(True for _ in store.main.quads_for_pattern(None, None, None, None))
    # near miss: a query is still cut at the limit
    monkeypatch.setattr(updates, "run", real)
    from kg.web import engine

    def slow_query(*args, **kwargs):
        time.sleep(0.6)
        return None

    monkeypatch.setattr(engine, "execute", slow_query)
    assert web.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}).status_code == 503
