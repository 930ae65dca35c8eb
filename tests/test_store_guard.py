"""kg.store.guard: a SPARQL update from outside obeys the rules of a load (no reserved graph, what
it adds validated with the store's context) and, refused, leaves the store as it was."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from kg.errors import QueryError, UsageError, ValidationFailed
from kg.store import CHANGES, INDEX, REFERENCE, Store, bulk, history, payloads, undo, update_record
from kg.rdf.graphs import RESERVED, is_reserved
from kg.store.guard import checked_update
from kg.validate import read_batch, validate_batch
from kg.web import create_app

DKG = "https://w3id.org/directive-kg/ontology#"
DOC = "https://w3id.org/directive-kg/id/doc/test/nq/46"
LEVEL = "https://w3id.org/directive-kg/vocab/level/central"
PREFIXES = f"PREFIX dkg: <{DKG}>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
TOKEN = "guard-t0ken"
AGENT = "SPARQL update (test)"


def resolution(date: str, graph: str = "urn:test:g") -> str:
    """INSERT DATA of a central resolution issued on ``date`` (a literal in SPARQL syntax)."""
    return PREFIXES + f"""INSERT DATA {{ GRAPH <{graph}> {{ <{DOC}> a dkg:Resolution ; dkg:key "46-NQ/TW" ;
      dkg:symbol "46-NQ/TW" ; dkg:documentNumber "46" ; dkg:typeCode "NQ" ; dkg:issuerCode "TW" ;
      dkg:level <{LEVEL}> ; dkg:dateIssued {date} }} }}"""


GOOD = resolution('"2023-12-20"^^xsd:date')
BAD = resolution('"not a date"')


def quads(store: Store) -> set[ox.Quad]:
    return set(store.main)


@pytest.fixture(scope="module")
def base_quads():
    return tuple(Store.open(None).main)


@pytest.fixture
def store(base_quads):
    s = Store(ox.Store())
    s.main.extend(base_quads)
    return s


def test_a_bad_date_is_refused_with_the_report_a_validation_gives(store):
    before = quads(store)
    with pytest.raises(ValidationFailed) as refused:
        checked_update(store, BAD, agent=AGENT)
    assert quads(store) == before  # nothing written, no change set
    # the same triples validated as a batch (POST /validate, dkg validate) give the same report
    ttl = BAD.split("INSERT DATA { GRAPH <urn:test:g> {", 1)[1].rsplit("} }", 1)[0]
    batch = read_batch(["d.ttl"], {"d.ttl": (f"@prefix dkg: <{DKG}> .\n" + ttl + " .").encode()})
    expected = validate_batch(batch, store=store).report
    assert not expected.conforms
    assert [(v.focus, v.path, v.severity) for v in refused.value.report.violations] == \
        [(v.focus, v.path, v.severity) for v in expected.violations]


def test_a_conforming_update_is_written_and_recorded(store):
    checked_update(store, GOOD, agent=AGENT)
    assert ox.Quad(ox.NamedNode(DOC), ox.NamedNode(DKG + "key"), ox.Literal("46-NQ/TW"),
                   ox.NamedNode("urn:test:g")) in store.main
    assert history.change_sets(store)[-1].command == AGENT


def test_a_bad_value_from_a_where_clause_is_refused(store):
    checked_update(store, GOOD, agent=AGENT)
    before = quads(store)
    update = PREFIXES + """DELETE { GRAPH ?g { ?d dkg:dateIssued ?x } } INSERT { GRAPH ?g { ?d dkg:dateIssued "soon" } }
        WHERE { GRAPH ?g { ?d dkg:dateIssued ?x } FILTER(?g = <urn:test:g>) }"""
    with pytest.raises(ValidationFailed):
        checked_update(store, update, agent=AGENT)
    assert quads(store) == before


def test_a_value_replaced_is_judged_without_the_old_one(store):
    """The near miss: one date replaced by another is not two dates (the context leaves out what
    the same update removes)."""
    checked_update(store, GOOD, agent=AGENT)
    update = PREFIXES + """DELETE { GRAPH ?g { ?d dkg:dateIssued ?x } }
        INSERT { GRAPH ?g { ?d dkg:dateIssued "2024-01-02"^^xsd:date } }
        WHERE { GRAPH ?g { ?d dkg:dateIssued ?x } FILTER(?g = <urn:test:g>) }"""
    checked_update(store, update, agent=AGENT)
    dates = [q.object.value for q in store.main.quads_for_pattern(ox.NamedNode(DOC), ox.NamedNode(DKG + "dateIssued"), None)]
    assert dates == ["2024-01-02"]


@pytest.mark.parametrize("update", [
    GOOD.replace("urn:test:g", REFERENCE.value),
    GOOD.replace("urn:test:g", CHANGES.value),
    GOOD.replace("urn:test:g", REFERENCE.value + "/part"),  # beneath a reserved graph
    # the same graph written relative to a BASE, or as a prefixed name
    "BASE <https://w3id.org/directive-kg/> INSERT DATA { GRAPH <graph/reference> { <urn:a> <urn:p> 1 } }",
    "PREFIX g: <https://w3id.org/directive-kg/graph/> INSERT DATA { GRAPH g:changes { <urn:a> <urn:p> 1 } }",
    f"DELETE DATA {{ GRAPH <{REFERENCE.value}> {{ <urn:a> <urn:p> 1 }} }}",
    f"DELETE WHERE {{ GRAPH <{REFERENCE.value}> {{ ?s ?p ?o }} }}",
    f"WITH <{CHANGES.value}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
    f"DELETE {{ GRAPH <urn:test:g> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <{CHANGES.value}> {{ ?s ?p ?o }} }} "
    "WHERE { GRAPH <urn:test:g> { ?s ?p ?o } }",
    f"INSERT {{ GRAPH <urn:test:g> {{ ?s ?p ?o }} }} USING <{REFERENCE.value}> WHERE {{ ?s ?p ?o }}",
    f"CLEAR GRAPH <{REFERENCE.value}>",
    f"DROP SILENT GRAPH <{CHANGES.value}>",
    f"CREATE GRAPH <{CHANGES.value}/extra>",
    f"COPY <urn:test:g> TO <{REFERENCE.value}>",
    f"MOVE <{REFERENCE.value}> TO <urn:test:h>",
    f"ADD DEFAULT TO <{CHANGES.value}>",
])
def test_an_update_naming_a_reserved_graph_is_refused(store, update):
    before = quads(store)
    with pytest.raises(UsageError) as refused:
        checked_update(store, update, agent=AGENT)
    assert "a graph the store derives or owns" in refused.value.message
    assert "graph/" in refused.value.message and refused.value.hint
    assert quads(store) == before


@pytest.mark.parametrize("update", [
    # a template whose graph variable reaches a reserved graph
    "INSERT { GRAPH ?g { <urn:a> <urn:p> 1 } } WHERE { GRAPH ?g { ?s a ?c } }",
    "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_an_update_reaching_a_reserved_graph_is_refused(store, update):
    checked_update(store, GOOD, agent=AGENT)
    before = quads(store)
    with pytest.raises(UsageError) as refused:
        checked_update(store, update, agent=AGENT)
    assert any(g.value in refused.value.message for g in RESERVED)
    assert quads(store) == before


@pytest.mark.parametrize("update", ["CLEAR ALL", "DROP ALL", "CLEAR NAMED", "DROP SILENT NAMED"])
def test_clear_all_clears_the_clients_graphs_and_keeps_the_stores_own(store, update):
    checked_update(store, GOOD, agent=AGENT)
    own = {q for q in store.main if is_reserved(q.graph_name) and q.graph_name != INDEX}
    assert any(DOC in q.subject.value for q in store.main.quads_for_pattern(None, None, None, INDEX))
    checked_update(store, update, agent=AGENT)
    assert not list(store.main.quads_for_pattern(None, None, None, ox.NamedNode("urn:test:g")))
    kept = {q for q in store.main if is_reserved(q.graph_name)}
    assert own <= kept and REFERENCE in {q.graph_name for q in kept}
    # the index follows the data, as after a load: the resolution cleared is no longer searched for
    assert not any(DOC in q.subject.value for q in store.main.quads_for_pattern(None, None, None, INDEX))
    assert history.change_sets(store)[-1].removed == 8  # the resolution's triples, nothing of the store's


def test_reading_a_reserved_graph_and_naming_it_in_a_string_are_allowed(store):
    update = (f'INSERT {{ GRAPH <urn:test:g> {{ <urn:a> <urn:says> "{REFERENCE.value}" ; <urn:n> ?n }} }} '
              f"WHERE {{ SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REFERENCE.value}> {{ ?s ?p ?o }} }} }}")
    checked_update(store, update, agent=AGENT)
    assert next(store.main.quads_for_pattern(ox.NamedNode("urn:a"), ox.NamedNode("urn:n"), None)).object.value != "0"
    checked_update(store, "CLEAR DEFAULT", agent=AGENT)  # the default graph holds none of the store's own


def test_what_is_written_is_what_was_validated(store):
    """A value drawn at random is drawn once: the store gets the quads that were checked."""
    update = "INSERT { GRAPH <urn:test:g> { <urn:a> <urn:r> ?r } } WHERE { BIND(STRUUID() AS ?r) }"
    checked_update(store, update, agent=AGENT)
    written = payloads.read_payload(store, history.change_sets(store)[-1].number).added
    assert [q.object for q in written] == [q.object for q in store.main.quads_for_pattern(None, ox.NamedNode("urn:r"), None)]


def test_the_endpoint_refuses_with_400_and_422_and_the_history_stays_whole(store):
    with TestClient(create_app(store, update_token=TOKEN), raise_server_exceptions=False) as client:
        def post(update: str):
            return client.post("/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"})

        bad = post(BAD)
        assert bad.status_code == 422, bad.text
        assert bad.json()["report"]["violations"], bad.text
        changes = post(f"INSERT DATA {{ GRAPH <{CHANGES.value}> {{ <urn:a> <urn:p> 1 }} }}")
        assert changes.status_code == 400 and CHANGES.value in changes.json()["message"]
        reference = post(f"INSERT DATA {{ GRAPH <{REFERENCE.value}> {{ <urn:a> <urn:p> 1 }} }}")
        assert reference.status_code == 400 and REFERENCE.value in reference.json()["message"]
        assert history.change_sets(store) == []
        good = post(GOOD)
        assert good.status_code == 204, good.text
    assert [c.command for c in history.change_sets(store)] == ["SPARQL update (endpoint)"]


def test_a_value_of_a_blank_node_is_replaced_and_recorded(store):
    """A difference that removes a quad with a blank node (no DELETE DATA can name it) is written
    quad by quad and recorded like any other."""
    checked_update(store, "INSERT DATA { GRAPH <urn:test:g> { _:b <urn:p> 1 . _:b <urn:q> 2 } }", agent=AGENT)
    checked_update(store, "DELETE { GRAPH <urn:test:g> { ?b <urn:p> 1 } } INSERT { GRAPH <urn:test:g> { ?b <urn:p> 3 } } "
                          "WHERE { GRAPH <urn:test:g> { ?b <urn:p> 1 } }", agent=AGENT)
    values = {(q.predicate.value, q.object.value) for q in store.main.quads_for_pattern(None, None, None,
                                                                                      ox.NamedNode("urn:test:g"))}
    assert values == {("urn:p", "3"), ("urn:q", "2")}
    last = history.change_sets(store)[-1]
    assert (last.command, last.added, last.removed) == (AGENT, 1, 1)


def test_a_store_on_a_server_takes_data_blocks_and_refuses_other_updates(base_quads):
    """A remote store cannot be copied to try an update on: only INSERT DATA / DELETE DATA, whose
    effect the parse tells, go through (the dataset here is local; only the store's URL matters)."""
    remote = Store(ox.Store(), url="http://sparql.invalid/sparql")
    remote.main.extend(base_quads)
    checked_update(remote, GOOD, agent=AGENT)
    before = quads(remote)
    with pytest.raises(UsageError) as refused:
        checked_update(remote, "DELETE WHERE { GRAPH <urn:test:g> { ?s ?p ?o } }", agent=AGENT)
    assert "INSERT DATA and DELETE DATA" in refused.value.message and quads(remote) == before


def test_a_base_rdflib_cannot_resolve_against_is_resolved_by_the_run_on_a_copy(store):
    """rdflib leaves IRIs relative to a ``urn:`` base; the engine resolves them, and the effect it
    finds is what is checked (a reserved graph reached so is refused, not a crash)."""
    checked_update(store, "INSERT DATA { GRAPH <g> { <a> <p> 1 } }", agent=AGENT, base_iri="urn:test:")
    assert next(store.main.quads_for_pattern(None, None, None, ox.NamedNode("urn:g"))).subject.value == "urn:a"
    before = quads(store)
    with pytest.raises(UsageError) as refused:
        checked_update(store, "INSERT DATA { GRAPH <changes> { <a> <p> 1 } }", agent=AGENT,
                       base_iri="https://w3id.org/directive-kg/graph/x:")
    assert CHANGES.value in refused.value.message and quads(store) == before


def test_an_update_with_an_undeclared_prefix_is_a_bad_request_naming_it(store):
    """rdflib refuses a prefix no PREFIX declares with a bare Exception: the one parse of an update
    turns it into a QueryError (400 at the endpoint), not an internal error."""
    before = quads(store)
    with pytest.raises(QueryError) as refused:
        checked_update(store, "INSERT DATA { foo:a foo:b foo:c }", agent=AGENT)
    assert "foo" in refused.value.message and quads(store) == before
    with TestClient(create_app(store, update_token=TOKEN), raise_server_exceptions=False) as client:
        answer = client.post("/sparql", data={"update": "INSERT DATA { foo:a foo:b foo:c }"},
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 400 and "foo" in answer.json()["message"], answer.text
    assert update_record.data_patterns("INSERT DATA { foo:a foo:b foo:c }") is None


# --- blank nodes: each named by what the update means, written as they are ------------------------------------------

G = ox.NamedNode("urn:test:g")
HAS, NAME, NOTE = (ox.NamedNode(f"urn:test:{p}") for p in ("has", "name", "note"))


def blank_nodes(store: Store) -> set[ox.BlankNode]:
    return {t for q in store.main.quads_for_pattern(None, None, None, G) for t in (q.subject, q.object)
            if isinstance(t, ox.BlankNode)}


def test_a_template_that_adds_to_a_blank_node_of_the_store_adds_to_that_node(store):
    """``INSERT { ?x ... } WHERE { ... ?x }`` with ?x a blank node of the store: the quad goes on that node (it went
    on a new node of its own, written as the text ``_:x``, which the engine names afresh), and its undo takes back
    that quad alone."""
    checked_update(store, 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:has> _:b . '
                          '_:b <urn:test:name> "một" } }', agent=AGENT)
    (node,) = blank_nodes(store)
    checked_update(store, 'INSERT { GRAPH <urn:test:g> { ?x <urn:test:note> "thêm" } } '
                          'WHERE { GRAPH <urn:test:g> { <urn:test:a> <urn:test:has> ?x } }', agent=AGENT)
    assert blank_nodes(store) == {node} and ox.Quad(node, NOTE, ox.Literal("thêm"), G) in store.main
    last = history.change_sets(store)[-1]
    assert (last.added, last.removed) == (1, 0)
    undo.rollback(store, last.number)
    assert ox.Quad(node, NOTE, ox.Literal("thêm"), G) not in store.main
    assert ox.Quad(node, NAME, ox.Literal("một"), G) in store.main


def test_a_template_that_makes_blank_nodes_is_recorded_and_undone_whole(store):
    checked_update(store, 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:name> "một" . '
                          '<urn:test:c> <urn:test:name> "hai" } }', agent=AGENT)
    before = set(store.main.quads_for_pattern(None, None, None, G))
    checked_update(store, 'INSERT { GRAPH <urn:test:g> { ?s <urn:test:has> [ <urn:test:note> ?n ] } } '
                          'WHERE { GRAPH <urn:test:g> { ?s <urn:test:name> ?n } }', agent=AGENT)
    made = blank_nodes(store)
    assert len(made) == 2  # one node for each solution, each with its own note
    assert {q.object.value for n in made for q in store.main.quads_for_pattern(n, NOTE, None, G)} == {"một", "hai"}
    last = history.change_sets(store)[-1]
    assert (last.added, last.removed) == (4, 0)
    undo.rollback(store, last.number)
    assert set(store.main.quads_for_pattern(None, None, None, G)) == before


def test_a_label_used_twice_in_one_block_is_one_node_and_another_request_s_label_another(store):
    update = 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:has> _:b . _:b <urn:test:name> "một" } }'
    checked_update(store, update, agent=AGENT)
    assert len(blank_nodes(store)) == 1
    checked_update(store, update, agent=AGENT)  # (the same label sent again names a new node: labels are a request's)
    assert len(blank_nodes(store)) == 2
    assert [(c.added, c.removed) for c in history.change_sets(store)[-2:]] == [(2, 0), (2, 0)]
    undo.rollback(store, history.change_sets(store)[-1].number)
    assert len(blank_nodes(store)) == 1


def test_a_label_shared_by_two_blocks_of_a_request_is_refused_as_the_engine_refuses_it(store):
    before = quads(store)
    with pytest.raises(SyntaxError):
        checked_update(store, 'INSERT DATA { GRAPH <urn:test:g> { _:b <urn:test:name> "một" } } ; '
                              'INSERT DATA { GRAPH <urn:test:g> { _:b <urn:test:note> "hai" } }', agent=AGENT)
    assert quads(store) == before


class Killed(BaseException):
    """The process stopping where it is."""


def test_a_removal_from_blank_nodes_killed_half_way_is_finished_by_the_next_open(new_store_path, monkeypatch):
    """An effect with blank nodes is written in parts after the write's mark (no request can name them): killed
    between its removals and its additions, the next open finishes it from the change set's payload."""
    folder = Store.open(new_store_path)
    checked_update(folder, 'INSERT DATA { GRAPH <urn:test:g> { _:b <urn:test:name> "một" . _:b <urn:test:note> "cũ" } }',
                   agent=AGENT)
    write = bulk.write

    def cut(dataset, added, *, removed=(), **kwargs):
        for q in removed:
            dataset.remove(q)
        raise Killed

    monkeypatch.setattr(update_record.bulk, "write", cut)
    change = 'DELETE { GRAPH <urn:test:g> { ?b <urn:test:note> "cũ" } } INSERT { GRAPH <urn:test:g> { ?b <urn:test:note> "mới" } } ' \
             'WHERE { GRAPH <urn:test:g> { ?b <urn:test:note> "cũ" } }'
    with pytest.raises(Killed):
        checked_update(folder, change, agent=AGENT)
    monkeypatch.setattr(update_record.bulk, "write", write)
    assert {q.object.value for q in folder.main.quads_for_pattern(None, NOTE, None, G)} == set()  # (half written)
    folder.close()
    again = Store.open(new_store_path)
    try:
        (node,) = blank_nodes(again)
        assert {(q.predicate, q.object.value) for q in again.main.quads_for_pattern(node, None, None, G)} == {
            (NAME, "một"), (NOTE, "mới")}
        last = history.change_sets(again)[-1]
        assert (last.added, last.removed) == (1, 1)
    finally:
        again.close()
