"""kg.store.update_record: an update of data alone is written with its change set in one transaction, so that a
process killed at any moment leaves both or neither; any other update is diffed around its run."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest

from kg.review import ledger
from kg.store import CHANGES, Store, history, payloads, undo, update_record

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
