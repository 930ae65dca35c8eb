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


def test_a_dkg_server_s_layout_asks_its_sparql_given_its_root_or_that_endpoint(monkeypatch):
    monkeypatch.delenv("DKG_QUERY_URL", raising=False)
    monkeypatch.delenv("DKG_STORE_LAYOUT", raising=False)
    for url in ("http://h:8123", "http://h:8123/", "http://h:8123/sparql", "http://h:8123/sparql/"):
        e = Endpoints.from_url(url, "dkg")
        assert (e.query, e.update, e.gsp, e.union_param) == ("http://h:8123/sparql", "http://h:8123/sparql", None, None)
    # near misses: the Oxigraph layout's own endpoint given is taken as its server's too; a path that only
    # ends like it is a path of its own
    assert Endpoints.from_url("http://h:7878/query").update == "http://h:7878/update"
    assert Endpoints.from_url("http://h:8123/mysparql", "dkg").query == "http://h:8123/mysparql/sparql"
    # an endpoint the environment names still wins over the layout
    monkeypatch.setenv("DKG_QUERY_URL", "http://elsewhere/q")
    assert Endpoints.from_url("http://h:8123", "dkg").query == "http://elsewhere/q"


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


def _applied(update: str) -> ox.Store:
    store = ox.Store()
    store.update(update)
    return store


def test_data_blocks_are_cut_under_the_limit_with_the_same_effect():
    from kg.store.remote import data_operations, split_data_blocks

    hostile = '"} ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } #"'
    lines = [f"<urn:s{i}> <urn:p> \"v. {i}\"@vi ." for i in range(7)]
    update = ("PREFIX ex: <urn:ex#>\nINSERT DATA { GRAPH <urn:g> { " + " ".join(lines)
              + f" <urn:s> ex:q {hostile} . <urn:s> ex:n 1.5 }} <urn:d> <urn:p> \"default\" }} ;\n"
              "DELETE DATA { GRAPH <urn:g> { <urn:s0> <urn:p> \"v. 0\"@vi } }")
    ops = data_operations(update, 3)
    assert len(ops) == 5  # 10 statements in graph g: 3 + 3 + 3 + 1 with the default graph's, and the delete
    assert all(op.count(" . ") + op.count(".\n") <= 3 for op in ops)
    assert set(_applied(split_data_blocks(update, 3))) == set(_applied(update))
    # the hostile literal stayed one literal: nothing was dropped, no extra triple appeared
    assert ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:y"), ox.NamedNode("urn:z")) not in set(_applied(update))
    assert len(set(_applied(split_data_blocks(update, 3)))) == 9


def test_statements_sharing_a_blank_node_stay_together():
    from kg.store.remote import data_operations, split_data_blocks

    update = ("INSERT DATA { GRAPH <urn:g> { _:a <urn:p> _:b . <urn:x> <urn:p> <urn:y> . _:b <urn:p> \"1\" . "
              "<urn:x> <urn:p> <urn:z> . _:c <urn:p> \"2\" } }")
    ops = data_operations(update, 2)
    together = next(op for op in ops if "_:a" in op)
    assert "_:b <urn:p>" in together and together.startswith("INSERT {") and together.endswith("WHERE {}")
    assert all("INSERT DATA" in op for op in ops if "_:" not in op)
    before, after = _applied(update), _applied(split_data_blocks(update, 2))
    assert len(after) == len(before) == 5
    # the two statements about _:b still meet at one node
    rows = list(after.query("SELECT ?v WHERE { GRAPH ?g { ?a <urn:p> ?b . ?b <urn:p> ?v } }"))
    assert [r["v"].value for r in rows] == ["1"]


def test_an_update_without_data_blocks_is_left_as_it_is():
    from kg.store.remote import split_data_blocks

    update = "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o FILTER(?o = \"a . b\") } }"
    assert split_data_blocks(update, 1) == update


def test_virtuoso_layout(monkeypatch):
    e = Endpoints.from_url("http://h:8890/", "virtuoso")
    assert e.query == e.update == "http://h:8890/sparql" and e.union_param is None
    monkeypatch.setenv("DKG_STORE_USER", "dkg")
    e = Endpoints.from_url("http://h:8890", "virtuoso")
    assert e.query == e.update == "http://h:8890/sparql-auth" and e.layout.auth_scheme == "digest"
    from kg.store.remote import RemoteDataset

    d = RemoteDataset("http://h:8890", layout="virtuoso")
    assert d.is_system_graph(ox.NamedNode("http://www.openlinksw.com/schemas/virtrdf#"))
    assert not d.is_system_graph(ox.NamedNode("https://w3id.org/directive-kg/graph/asserted"))
    d.close()


def test_a_quote_in_a_comment_and_a_brace_in_a_long_literal_do_not_cut_an_update():
    """The operations and blocks are found by the one tokenizer (kg.rdf.sparqllex): a '\"\"\"' in a
    comment opens no string, a '} ;' in a long literal closes nothing; every triple arrives."""
    from kg.store.remote import data_operations, split_data_blocks

    update = ('INSERT DATA { <urn:a> <urn:p> "1" . <urn:a> <urn:p> "2" } # say """ here\n'
              '; INSERT DATA { <urn:b> <urn:p> """x } ; y""" . <urn:b> <urn:p> <urn:c#;> }')
    ops = data_operations(update, 1)
    assert len(ops) == 4 and all(op.strip().startswith("INSERT DATA") for op in ops)
    applied = _applied(split_data_blocks(update, 1))
    assert set(applied) == set(_applied(update)) and len(applied) == 4
    assert ox.Literal("x } ; y") in {q.object for q in applied}


class Killed(BaseException):
    """The process stopping where it is."""


@pytest.mark.slow  # (a server started, a load killed, repaired and run again: about ten seconds)
def test_a_write_killed_on_a_server_s_store_says_what_to_run_again(tmp_path, monkeypatch):
    """A store on a server keeps no change set to finish a killed write from: the next command that opens it for
    writing rebuilds the index and drops the inferences, and says so naming the command to run again (it said the
    write was completed); run again, the write leaves the store as a run that was not killed does."""
    from conftest import start_oxigraph_server
    from test_queries import FIXTURES

    from kg.queries import run
    from kg.store import INFERRED, Store, textindex, writes

    files = sorted(FIXTURES.glob("*.ttl"))
    proc, url = start_oxigraph_server(tmp_path / "server")
    try:
        store = Store.from_cli(url, write=True)
        store.agent = "dkg load"

        def die(phase: str) -> None:
            if phase == "data-written":
                raise Killed
        monkeypatch.setattr(writes, "fault_point", die)
        with pytest.raises(Killed):
            store.load_files(files, force=True)
        monkeypatch.undo()
        assert textindex.write_marks(store.main) == ["on a server: dkg load"]
        again = Store.from_cli(url, write=True)
        said = again.repaired
        assert said is not None and said.key == "repair.server-write" and said.details["command"] == "dkg load"
        assert not textindex.write_marks(again.main)
        assert not list(again.main.quads_for_pattern(None, None, None, INFERRED))
        assert run(again, "search", {"q": "nong dan"}).rows  # (the index rebuilt from the data the server holds)
        again.agent = "dkg load"
        again.load_files(files, force=True)  # (what the note says to do)
        local = Store.open(None)
        local.load_files(files, force=True)
        for name, params in (("search", {"q": "nong dan"}), ("coverage", {"doc": "46-NQ/TW", "date": "2024-12-31"})):
            assert run(again, name, params).rows == run(local, name, params).rows, name
    finally:
        proc.terminate()
        proc.wait(timeout=10)
