"""kg.store.update_record: an update of data alone is written with its change set in one transaction, so that a
process killed at any moment leaves both or neither; any other update is diffed around its run."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import RDF

from kg.review import ledger
from kg.queries import run
from kg.reason import materialize
from kg.store import CHANGES, INDEX, INFERRED, Store, history, inferred, payloads, textindex, undo, update_record
from kg.store.guard import checked_update

A, P, G = ox.NamedNode("urn:test:a"), ox.NamedNode("urn:test:p"), ox.NamedNode("urn:test:g")
INSERT = 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> "một" . <urn:test:b> <urn:test:p> "hai" } }'


class Killed(BaseException):
    """The process stopping where it is (raised past every ``except Exception``)."""


def die(*args, **kwargs):
    raise Killed


def recorded(store: Store) -> list[int]:
    return [q.object.value for q in store.main.quads_for_pattern(None, payloads.NUMBER, None, CHANGES)]


def test_a_kill_just_after_a_data_update_leaves_it_with_its_change_set(new_store_path, monkeypatch):
    store = Store.open(new_store_path)
    store.agent = "test"
    # the step after the engine's write, in either way of recording: the whole-store diff's record, or the mark
    monkeypatch.setattr(update_record, "record", die)
    monkeypatch.setattr(update_record, "fault_point", lambda phase: die() if phase == "update-written" else None)
    with pytest.raises(Killed):
        store.update(INSERT, agent="client")
    monkeypatch.undo()
    store.close()
    again = Store.open(new_store_path)
    try:
        assert ox.Quad(A, P, ox.Literal("một"), G) in again.main
        last = history.change_sets(again)[-1]
        assert (last.command, last.added, last.graphs) == ("client", 2, ["urn:test:g"])
        undo.rollback(again, last.number)  # (its payload was kept before the data: it can be undone)
        assert not list(again.main.quads_for_pattern(None, None, None, G))
    finally:
        again.close()


def test_a_kill_before_a_data_update_leaves_neither_and_its_number_free(new_store_path, monkeypatch):
    store = Store.open(new_store_path)
    before = recorded(store)
    monkeypatch.setattr(update_record, "fault_point", lambda phase: die() if phase == "update-planned" else None)
    with pytest.raises(Killed):
        store.update(INSERT)
    monkeypatch.undo()
    store.close()
    again = Store.open(new_store_path)
    try:
        assert not list(again.main.quads_for_pattern(None, None, None, G)) and recorded(again) == before
        again.update(INSERT)  # (the pending payload of the write that never was is gone: its number is taken again)
        assert history.change_sets(again)[-1].added == 2
        assert payloads.read_payload(again, history.change_sets(again)[-1].number).added
    finally:
        again.close()


def test_an_update_that_changes_nothing_records_nothing(memory_store):
    memory_store.update(INSERT)
    count = len(history.change_sets(memory_store))
    memory_store.update(INSERT + ' ; DELETE DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:q> "không có" } }')
    assert len(history.change_sets(memory_store)) == count
    # near miss: one more quad is a change set of its own, of that quad alone
    memory_store.update(INSERT.replace('"hai"', '"ba"'))
    assert (history.change_sets(memory_store)[-1].added, len(history.change_sets(memory_store))) == (1, count + 1)


@pytest.mark.parametrize("update, atomic", [
    (INSERT, True),
    (INSERT + ' ; DELETE DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> "một" } }', True),
    ('INSERT DATA { GRAPH <urn:test:g> { _:x <urn:test:p> "trống" } }', False),  # (the engine renames blank nodes)
    ('DELETE WHERE { GRAPH <urn:test:g> { ?s <urn:test:p> ?o } }', False),
])
def test_which_updates_are_written_with_their_record_at_once(memory_store, update, atomic, monkeypatch):
    monkeypatch.setattr(update_record, "recording_update", die)  # (the other way, diffed around the run)
    if atomic:
        memory_store.update(update)
        assert history.change_sets(memory_store)[-1].added >= 1
    else:
        with pytest.raises(Killed):
            memory_store.update(update)


def test_a_reviewer_s_assessment_is_an_update_of_data_alone(memory_store, monkeypatch):
    monkeypatch.setattr(update_record, "recording_update", die)
    at = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.timezone.utc)
    ledger.write_assessment(memory_store, "f1", None, "partly", "một nửa", "Lan", at)
    ledger.write_assessment(memory_store, "f1", None, "attained", None, "Lan", at + dt.timedelta(hours=1))
    assessment = ledger.read_assessment(memory_store, "f1")
    assert assessment == {"status": "attained", "note": None}
    assert history.change_sets(memory_store)[-1].removed == 2  # (the status and note it replaced)


# --- what the store derives follows an update, as it follows a load ------------------------------------------------

DKG = "https://w3id.org/directive-kg/ontology#"
BODY = "https://w3id.org/directive-kg/id/body/legacy-20/cac-dang-doan"  # (a body of the bundled data with one task)
PLAN = "https://w3id.org/directive-kg/id/doc/test/kh/77"
#: A plan and a task it gives that body, as a client sends them to /sparql.
NEW_TASK = f"""PREFIX dkg: <{DKG}>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA {{ GRAPH <urn:test:g> {{
  <{PLAN}> a dkg:Plan ; dkg:key "77-KH/UBND" ; dkg:symbol "77-KH/UBND" ; dkg:documentNumber "77" ;
    dkg:typeCode "KH" ; dkg:issuerCode "UBND" ; rdfs:label "Kế hoạch trồng khoai lang tím"@vi ;
    dkg:level <https://w3id.org/directive-kg/vocab/level/province> ; dkg:dateIssued "2024-05-02"^^xsd:date .
  <https://w3id.org/directive-kg/id/task/test-77-1> a dkg:Task ; rdfs:label "trồng khoai lang tím"@vi ;
    dkg:description "trồng khoai lang tím"@vi ;
    dkg:leadBody <{BODY}> ; dkg:underDocument <{PLAN}> ;
    dkg:curatedFrom <https://w3id.org/directive-kg/id/source/9af87d1267118466> . }} }}"""


def task_count(store: Store) -> int:
    (count,) = store.main.quads_for_pattern(ox.NamedNode(BODY), ox.NamedNode(DKG + "taskCount"), None, INDEX)
    return int(count.object.value)


def reasoned(store: Store) -> Store:
    """``store`` with the bundled data and its inferences (which an update's data may change)."""
    store.main.extend(Store.bundled().main)
    materialize(store)
    assert next(iter(store.main.quads_for_pattern(None, None, None, INFERRED)), None) is not None
    return store


def index_of(store: Store) -> set[ox.Quad]:
    return set(store.main.quads_for_pattern(None, None, None, INDEX))


TASK = ox.NamedNode("https://w3id.org/directive-kg/id/task/test-77-1")


def inferred_of_plan(store: Store) -> bool:
    """Does ``graph/inferred`` say what the rules draw from NEW_TASK: the task's lead is a body it is assigned to
    (``dkg:leadBody`` under ``dkg:assignedBody``) and the plan is a document (``dkg:Plan`` under ``dkg:Document``)?"""
    assigned = ox.Quad(TASK, ox.NamedNode(DKG + "assignedBody"), ox.NamedNode(BODY), INFERRED)
    typed = ox.Quad(ox.NamedNode(PLAN), ox.NamedNode(str(RDF.type)), ox.NamedNode(DKG + "Document"), INFERRED)
    return assigned in store.main and typed in store.main


def test_an_update_through_the_endpoint_leaves_the_inferences_drawn_over_it(memory_store):
    store = reasoned(memory_store)
    assert not inferred_of_plan(store)
    checked_update(store, NEW_TASK, agent=history.ENDPOINT_AGENT)
    assert inferred_of_plan(store)
    # a query that needs the inference sees it at once (the task is found by the property its lead is under)
    answer = store.query(f"SELECT ?t WHERE {{ ?t <{DKG}assignedBody> <{BODY}> }}")
    assert TASK in {row[0] for row in answer}
    # they are the inferences `dkg reason` draws over the same data, stamped so (not behind)
    kept = set(store.main.quads_for_pattern(None, None, None, INFERRED))
    assert not materialize(store).changed and kept == set(store.main.quads_for_pattern(None, None, None, INFERRED))
    # near miss: a store that holds no inferences is given none (nothing is drawn that no one asked for)
    store.main.remove_graph(INFERRED)
    checked_update(store, NEW_TASK.replace("test-77-1", "test-77-2"), agent=history.ENDPOINT_AGENT)
    assert next(iter(store.main.quads_for_pattern(None, None, None, INFERRED)), None) is None


def test_an_update_killed_before_its_redraw_leaves_it_owed_to_the_next_open(new_store_path, monkeypatch):
    store = reasoned(Store.open(new_store_path))
    monkeypatch.setattr(update_record, "fault_point", lambda phase: die() if phase == "update-indexed" else None)
    with pytest.raises(Killed):
        checked_update(store, NEW_TASK, agent=history.ENDPOINT_AGENT)
    monkeypatch.undo()
    assert not inferred_of_plan(store) and inferred.REDRAW in textindex.write_marks(store.main)
    store.close()
    again = Store.open(new_store_path)  # (an open for writing draws what is owed)
    try:
        assert inferred_of_plan(again) and not textindex.write_marks(again.main)
    finally:
        again.close()


def test_an_update_through_the_endpoint_is_searched_and_counted_at_once(memory_store):
    store = reasoned(memory_store)
    assert task_count(store) == 1 and not run(store, "search", {"q": "khoai lang"}).rows
    checked_update(store, NEW_TASK, agent=history.ENDPOINT_AGENT)
    assert [row["key"] for row in run(store, "search", {"q": "khoai lang"}).rows] == ["77-KH/UBND"]
    assert task_count(store) == 2
    # the inferences are drawn again over the new data in the same request, and no mark is left
    assert inferred_of_plan(store) and not textindex.write_marks(store.main)
    # the index is the one a rebuild gives
    kept = index_of(store)
    textindex.rebuild(store.main)
    assert kept == index_of(store)


def test_an_update_killed_after_its_data_is_searched_once_the_store_opens_again(new_store_path, monkeypatch):
    store = reasoned(Store.open(new_store_path))
    monkeypatch.setattr(update_record, "fault_point", lambda phase: die() if phase == "update-written" else None)
    with pytest.raises(Killed):
        checked_update(store, NEW_TASK, agent=history.ENDPOINT_AGENT)
    monkeypatch.undo()
    # the data, its record and the mark were one request: the inferences went with it, the index is behind
    assert next(iter(store.main.quads_for_pattern(None, None, None, INFERRED)), None) is None
    assert textindex.write_marks(store.main)
    store.close()
    again = Store.open(new_store_path)
    try:
        assert [row["key"] for row in run(again, "search", {"q": "khoai lang"}).rows] == ["77-KH/UBND"]
        assert task_count(again) == 2 and not textindex.write_marks(again.main)
        # the update's change set, then the redraw it owed, drawn by the open for writing
        assert history.change_sets(again)[-2].command == history.ENDPOINT_AGENT and inferred_of_plan(again)
    finally:
        again.close()


def test_an_update_the_engine_refuses_leaves_no_mark(memory_store):
    with pytest.raises(SyntaxError):  # (a template's update, diffed around its run: the engine reads it)
        memory_store.update("INSERT { ?s <urn:test:p> ?o } WHERE { ?s <urn:test:q> ?o ")
    assert not textindex.write_marks(memory_store.main)
    # near miss: a template's update the engine takes is written, with the index brought up to it
    memory_store.update(f'INSERT {{ GRAPH <urn:test:g> {{ <{PLAN}> <{DKG}key> "78-KH/UBND" }} }} WHERE {{}}')
    assert not textindex.write_marks(memory_store.main) and history.change_sets(memory_store)[-1].added == 1
