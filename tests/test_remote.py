"""kg.store.remote: a SPARQL endpoint as the store (pure parts; the server runs in CI's second pass)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store.remote import Endpoints, bind_values


def test_oxigraph_layout_from_base_url():
    e = Endpoints.from_url("http://127.0.0.1:7878/")
    assert (e.query, e.update, e.gsp) == ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
                                          "http://127.0.0.1:7878/store")
    assert e.union_param == "union-default-graph"


def test_fuseki_layout_and_overrides(monkeypatch):
    e = Endpoints.from_url("http://h:3030/ds", "fuseki")
    assert e.query.endswith("/ds/query") and e.gsp.endswith("/ds/data") and e.union_param is None
    monkeypatch.setenv("DKG_UPDATE_URL", "http://h:3030/ds/other-update")
    assert Endpoints.from_url("http://h:3030/ds", "fuseki").update == "http://h:3030/ds/other-update"
    with pytest.raises(StoreError):
        Endpoints.from_url("http://h", "no-such-layout")


def test_bound_values_are_serialised_terms():
    evil = ox.Literal('"} ; DROP ALL ; SELECT * {')
    q = bind_values("SELECT ?d ?k WHERE { ?d <urn:p> ?k }", {ox.Variable("k"): evil})
    # the value is one escaped literal inside a VALUES block, not query text
    assert 'VALUES (?k) { ("\\"} ; DROP ALL ; SELECT * {") }' in q
    parsed = ox.Store().query(q)  # still one valid query
    assert list(parsed) == []


def test_values_go_into_the_where_clause_not_a_comment_or_string():
    q = bind_values('# WHERE { is in this comment\nSELECT ?k WHERE { ?d <urn:p> "WHERE {" ; <urn:q> ?k }',
                    {ox.Variable("k"): ox.Literal("x")})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:d"), ox.NamedNode("urn:p"), ox.Literal("WHERE {"), ox.DefaultGraph()))
    store.add(ox.Quad(ox.NamedNode("urn:d"), ox.NamedNode("urn:q"), ox.Literal("x"), ox.DefaultGraph()))
    store.add(ox.Quad(ox.NamedNode("urn:d"), ox.NamedNode("urn:q"), ox.Literal("y"), ox.DefaultGraph()))
    assert [row["k"].value for row in store.query(q)] == ["x"]


def test_search_and_place_queries_run_on_an_oxigraph_server(tmp_path):
    """The named queries need no function of ours: search reads the index the store keeps."""
    from conftest import start_oxigraph_server
    from test_queries import FIXTURES

    from kg import queries as Q
    from kg.store import Store

    proc, url = start_oxigraph_server(tmp_path / "server")
    try:
        store = Store.from_cli(url, write=True)
        store.load_files(sorted(FIXTURES.glob("*.ttl")), force=True)
        local = Store.open(None)
        local.load_files(sorted(FIXTURES.glob("*.ttl")), force=True)
        for name, params in (("search", {"q": "nong dan"}), ("timeline", {"place": "Lạng Sơn"}),
                             ("coverage", {"doc": "46-NQ/TW", "date": "2024-12-31"})):
            assert Q.run(store, name, params).rows == Q.run(local, name, params).rows, name
        assert Q.run(store, "search", {"q": "nong dan"}).rows
    finally:
        proc.terminate()
        proc.wait(timeout=10)
