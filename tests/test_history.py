"""Change sets (kg.store.history): every write recorded, listed and undone, the undo itself recorded."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError, StoreError, UsageError
from kg.rdf.files import parse_file
from kg.store import CHANGES, DERIVED, INDEX, INFERRED, Store, bulk, history, payloads, source_graph, update_record, undo
from test_web_support import TOKEN, running, http

DKG = "https://w3id.org/directive-kg/ontology#"
DOC = "https://w3id.org/directive-kg/id/doc/"
PREFIXES = f"""@prefix dkg: <{DKG}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""


def resolution(n: int, day: str, extra: str = "") -> str:
    """A small conforming central resolution; ``extra``: more predicate-object pairs."""
    return f"""<{DOC}test/nq/{n}> a dkg:Resolution ; dkg:key "{n}-NQ/TW" ; dkg:symbol "{n}-NQ/TW" ;
    dkg:documentNumber "{n}" ; dkg:typeCode "NQ" ; dkg:issuerCode "TW" ;
    dkg:documentType <https://w3id.org/directive-kg/vocab/doctype/NQ> ;
    dkg:level <https://w3id.org/directive-kg/vocab/level/central> ;
    dkg:dateIssued "{day}"^^xsd:date ; rdfs:label "Nghị quyết {n}-NQ/TW"@vi {extra}.
"""


def write(tmp_path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(PREFIXES + body, encoding="utf-8")
    return str(path)


def data(store: Store) -> set[ox.Quad]:
    """The data graphs (what a rollback must restore exactly): every graph but the derived ones,
    read graph by graph so that the large reference graph is not walked for nothing."""
    graphs = [ox.DefaultGraph(), *(g for g in store.main.named_graphs() if g not in DERIVED)]
    return {q for g in graphs for q in store.main.quads_for_pattern(None, None, None, g)}


@pytest.fixture
def folder(new_store_path):
    store = Store.open(new_store_path)
    store.agent = "test"
    yield store
    store.close()


def test_each_load_is_a_change_set_with_its_counts_and_sources(tmp_path, folder):
    a = write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))
    b = write(tmp_path, "b.ttl", resolution(1, "2024-01-10") + resolution(2, "2024-02-10"))
    folder.load_files([a])
    folder.load_files([b])
    sets = history.change_sets(folder)
    assert [(c.number, c.command, c.sources, c.removed) for c in sets] == [(1, "test", [a], 0), (2, "test", [b], 0)]
    assert sets[0].added == len(parse_file(a))
    assert sets[1].added == len(parse_file(b)) - len(parse_file(a))  # only what was new
    # the record is PROV, in a graph of its own
    _, rows = folder.select(f"SELECT ?c WHERE {{ GRAPH <{CHANGES.value}> {{ ?c a <http://www.w3.org/ns/prov#Activity> }} }}")
    assert {r["c"].value for r in rows} == {payloads.change_iri(1).value, payloads.change_iri(2).value}
    payload = payloads.read_payload(folder, 2)
    assert set(payload.added) == set(parse_file(b)) - set(parse_file(a)) and payload.removed == []


def test_a_replaced_source_graph_records_what_left_and_what_came(folder):
    g = source_graph("text-1")
    first = [ox.Quad(ox.NamedNode(f"{DOC}x"), ox.NamedNode(DKG + "key"), ox.Literal(k), g) for k in ("A", "B")]
    second = [ox.Quad(ox.NamedNode(f"{DOC}x"), ox.NamedNode(DKG + "key"), ox.Literal(k), g) for k in ("B", "C")]
    folder.write_quads(first, g)
    folder.write_quads(second, g)
    c = history.change_sets(folder)[-1]
    assert (c.added, c.removed, c.sources, c.graphs) == (1, 1, [g.value], [g.value])
    payload = payloads.read_payload(folder, c.number)
    assert payload.added == [second[1]] and payload.removed == [first[0]]


def test_rollback_restores_the_data_exactly_blank_nodes_included(tmp_path, folder):
    a = write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))
    folder.load_files([a])
    before = data(folder)
    b = write(tmp_path, "b.ttl", resolution(2, "2024-02-10", '; prov:qualifiedAssociation [ rdfs:label "x" ] '))
    folder.load_files([b])
    g = source_graph("t")
    folder.write_quads([ox.Quad(ox.BlankNode(), ox.NamedNode(DKG + "key"), ox.Literal("k"), g)], g)
    assert data(folder) != before
    done = undo.rollback(folder, 2, cascade=True)
    assert data(folder) == before
    assert done.undoes == [2, 3] and done.command == "test"
    # the index was rebuilt from the data that is left: the rolled-back document is not found
    assert not list(folder.main.quads_for_pattern(None, None, ox.NamedNode(f"{DOC}test/nq/2"), INDEX))
    # and the rollback is undone in turn, which brings the later data back
    undo.rollback(folder, done.number)
    assert len(data(folder)) > len(before)
    assert {q.subject for q in data(folder)} >= {ox.NamedNode(f"{DOC}test/nq/2")}


def test_rollback_refuses_where_a_later_change_set_depends_on_it(tmp_path, folder):
    folder.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    folder.load_files([write(tmp_path, "b.ttl", resolution(2, "2024-02-10", f"; dkg:implements <{DOC}test/nq/1> "))])
    folder.load_files([write(tmp_path, "c.ttl", resolution(3, "2024-03-10"))])
    assert undo.dependents(folder, 1) == [2]
    kept = data(folder)
    with pytest.raises(UsageError) as err:
        undo.rollback(folder, 1)
    assert "2" in err.value.message and "--cascade" in err.value.hint
    assert data(folder) == kept and len(history.change_sets(folder)) == 3  # nothing written
    # an independent change set is undone alone; the later ones stay
    undo.rollback(folder, 3)
    keys = {q.object.value for q in folder.main.quads_for_pattern(None, ox.NamedNode(DKG + "key"), None)
            if q.graph_name not in DERIVED}
    assert keys == {"1-NQ/TW", "2-NQ/TW"}


def test_reasoning_and_reindexing_are_recorded_by_their_counts(tmp_path, folder):
    from kg.reason import materialize

    folder.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    materialize(folder, "rules")
    folder.rebuild_index()
    reason, reindex = history.change_sets(folder)[-2:]
    assert reason.derived_only and reason.graphs == [INFERRED.value]
    assert reason.added == sum(1 for _ in folder.main.quads_for_pattern(None, None, None, INFERRED)) > 0
    assert reindex.derived_only and reindex.graphs == [INDEX.value] and reindex.added == reindex.removed > 0
    # undoing the reasoning drops the inferences (they are rebuilt by `dkg reason`, not restored)
    undo.rollback(folder, reason.number, cascade=True)
    assert not list(folder.main.quads_for_pattern(None, None, None, INFERRED))


def test_a_sparql_update_is_recorded_and_can_be_undone(folder):
    before = data(folder)
    folder.update('INSERT DATA { GRAPH <urn:test:g> { <urn:a> <urn:p> "v" . _:b <urn:p> "w" } }', agent="client")
    c = history.change_sets(folder)[-1]
    assert (c.command, c.added, c.removed, c.graphs) == ("client", 2, 0, ["urn:test:g"])
    undo.rollback(folder, c.number)
    assert data(folder) == before


def test_updates_through_the_endpoint_are_change_sets():
    from kg.web import create_app

    store = Store.open(None)
    with running(create_app(store, update_token=TOKEN)) as url:
        r = http.post(url + "/sparql", content=b'INSERT DATA { GRAPH <urn:test:g> { <urn:a> <urn:p> "v" } }',
                       headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 204, r.text
    c = history.change_sets(store)[-1]
    assert c.command == "SPARQL update (endpoint)" and c.added == 1


def test_an_interrupted_rollback_is_finished_at_the_next_open(tmp_path, new_store_path):
    store = Store.open(new_store_path)
    store.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    # what rollback writes first, its plan, and then the process dies before changing the data
    net = undo.plan(store, [1])
    payloads.write_payload(store, 2, net.added, net.removed, pending=True, undoes=[1])
    store.close()
    again = Store.open(new_store_path)
    try:
        assert again.repaired and "rollback" in again.repaired.said("en")
        assert data(again) == set()
        assert history.change_sets(again)[-1].undoes == [1]
        assert undo.resume(again) is None  # nothing left to finish
    finally:
        again.close()


def test_a_rollback_killed_before_its_data_is_finished_under_the_analyst_who_sent_it(tmp_path, new_store_path,
                                                                                      monkeypatch):
    store = Store.open(new_store_path)
    store.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    store.load_files([write(tmp_path, "b.ttl", resolution(2, "2024-02-10"))])
    store.analyst = "Nguyễn Thị Lan"

    def killed(*args, **kwargs):
        raise KeyboardInterrupt   # (the process stops after the rollback's plan, before its data)

    monkeypatch.setattr(bulk, "write", killed)
    with pytest.raises(KeyboardInterrupt):
        undo.rollback(store, 2)
    monkeypatch.undo()
    store.close()
    again = Store.open(new_store_path)
    try:
        assert again.repaired and "rollback" in again.repaired.said("en")
        finished = history.change_sets(again)[-1]
        assert (finished.undoes, finished.by) == ([2], "Nguyễn Thị Lan")
        # near miss: the rollback of a store no analyst writes to, killed alike, names nobody
        monkeypatch.setattr(bulk, "write", killed)
        with pytest.raises(KeyboardInterrupt):
            undo.rollback(again, 1)
        monkeypatch.undo()
    finally:
        again.close()
    third = Store.open(new_store_path)
    try:
        assert (history.change_sets(third)[-1].undoes, history.change_sets(third)[-1].by) == ([1], None)
    finally:
        third.close()


def test_undoing_alone_what_later_change_sets_rest_on_is_refused_in_the_reader_s_language(tmp_path, folder):
    from kg.i18n import error_said

    folder.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    folder.load_files([write(tmp_path, "b.ttl", resolution(2, "2024-02-10", f"; dkg:implements <{DOC}test/nq/1> "))])
    with pytest.raises(UsageError) as refused:
        undo.rollback(folder, 1)
    assert error_said(refused.value, "en") == (
        "change set 1 cannot be undone alone: 1 later change set rests on what it wrote (2)",
        "`dkg rollback 1 --cascade` undoes it and every change set after it")
    said, hint = error_said(refused.value, "vi")
    assert said.startswith("không hoàn tác riêng được lần thay đổi 1") and "(2)" in said and "--cascade" in hint
    # near miss: the last change set rests on nothing later, and is undone alone
    assert undo.rollback(folder, 2).undoes == [2]


def test_a_change_set_already_undone_is_not_undone_twice_until_its_undo_is(tmp_path, folder):
    from kg.errors import Conflict
    from kg.i18n import error_said

    folder.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    folder.analyst = "Trần Văn Bình"
    first = undo.rollback(folder, 1)
    with pytest.raises(Conflict) as refused:
        undo.rollback(folder, 1)
    said, hint = error_said(refused.value, "en")
    assert said.startswith(f"change set 1 was already undone, by change set {first.number} (") and "Trần Văn Bình" in said
    assert f"`dkg rollback {first.number}`" in hint
    assert error_said(refused.value, "vi")[0].startswith("lần thay đổi 1 đã được hoàn tác rồi")
    assert len(history.change_sets(folder)) == 2  # (the refusal wrote no change set)
    # `dkg changes` says it on the change set's heading, as /changes does; the undo's own heading says nothing of it
    from kg.changes import Filters, changes
    from kg.changes_text import to_text

    headings = {line.split()[0]: line for line in to_text(changes(folder, Filters()), "en").splitlines() if line[:1] == "#"}
    assert f"· Undone by #{first.number} (sent by: Trần Văn Bình, " in headings["#1"]
    assert "Undone" not in headings[f"#{first.number}"]
    # undoing the undo brings change set 1 back: it stands again, and may be undone again (with the two resting on it)
    redo = undo.rollback(folder, first.number)
    assert undo.undone(history.change_sets(folder)) == {first.number: redo} and data(folder) != set()
    assert undo.rollback(folder, 1, cascade=True).undoes == [1, first.number, redo.number] and data(folder) == set()


def test_what_an_undo_with_cascade_takes_back_is_said_by_one_rule(tmp_path, folder):
    # the undo page's plan (kg.changes_undo) and the rollback itself both read undo.cascaded
    for n in (1, 2, 3):
        folder.load_files([write(tmp_path, f"{n}.ttl", resolution(n, f"2024-0{n}-10"))])
    sets = history.change_sets(folder)
    assert undo.cascaded(sets, 1) == [2, 3] and undo.cascaded(sets, 3) == []  # (near miss: the last, alone)
    assert undo.rollback(folder, 1, cascade=True).undoes == [1, *undo.cascaded(sets, 1)]


def test_data_files_cannot_write_the_change_log(tmp_path):
    path = tmp_path / "x.trig"
    path.write_text(f'<{CHANGES.value}> {{ <urn:c> <urn:p> "forged" }}', encoding="utf-8")
    with pytest.raises(InputError):
        parse_file(str(path))


@pytest.mark.slow  # (a sequence of CLI writes and rollbacks: over a second)
def test_cli_history_and_rollback(tmp_path):
    runner = CliRunner()
    loc = str(tmp_path / "store")
    a = write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))
    b = write(tmp_path, "b.ttl", resolution(2, "2024-02-10", f"; dkg:implements <{DOC}test/nq/1> "))
    for f in (a, b):
        assert runner.invoke(main, ["--store", loc, "load", f]).exit_code == 0
    out = runner.invoke(main, ["--store", loc, "history", "--format", "json"])
    rows = json.loads(out.stdout)
    assert [(r["id"], r["command"], r["removed"]) for r in rows] == [(1, "dkg load", 0), (2, "dkg load", 0)]
    assert all({"id", "time", "command", "added", "removed"} <= set(r) for r in rows)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert json.loads(runner.invoke(main, ["--store", loc, "history", "--since", tomorrow, "--format", "json"])
                      .stdout) == []
    bad = runner.invoke(main, ["--store", loc, "history", "--since", "monday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
    refused = runner.invoke(main, ["--store", loc, "rollback", "1"])
    assert refused.exit_code == 2 and "rests on" in refused.stderr and "--cascade" in refused.stderr
    assert runner.invoke(main, ["--store", loc, "rollback", "9"]).exit_code != 0
    done = runner.invoke(main, ["--store", loc, "rollback", "1", "--cascade"])
    assert done.exit_code == 0, done.stderr
    table = runner.invoke(main, ["--store", loc, "history"]).stdout
    assert "dkg rollback" in table and "undoing 1, 2" in table
    store = Store.open(loc)
    try:
        assert data(store) == set()
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("phase", ["data-written", "inferred-dropped"])
def test_a_load_killed_after_its_data_can_still_be_undone(tmp_path, phase):
    import os
    import subprocess
    import sys

    loc = tmp_path / "store"
    a = write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))
    b = write(tmp_path, "b.ttl", resolution(2, "2024-02-10"))
    env = {**os.environ, "DKG_STORE": str(loc)}
    env.pop("DKG_FAULT_AT", None)
    assert subprocess.run([sys.executable, "-m", "kg", "load", a], env=env, capture_output=True).returncode == 0
    store = Store.open(loc)
    before = data(store)
    store.close()
    killed = subprocess.run([sys.executable, "-m", "kg", "load", b], env={**env, "DKG_FAULT_AT": phase},
                            capture_output=True, text=True)
    assert killed.returncode == 137, killed.stderr
    store = Store.open(loc)
    try:
        assert data(store) != before
        undo.rollback(store, 2)
        assert data(store) == before
    finally:
        store.close()


@pytest.mark.parametrize("update", [
    # data alone: diffed over the subjects and predicates it names
    'PREFIX x: <urn:x:> INSERT DATA { GRAPH <urn:test:g> { x:a x:p "v" , 5 . x:a x:q _:o } x:b x:p "d" }',
    # a literal the engine stores under another datatype is still found
    'INSERT DATA { GRAPH <urn:test:g> { <urn:a> <urn:n> "5"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> } }',
    # anything else: diffed over a copy of the data graphs
    'INSERT { GRAPH <urn:test:g> { ?d <urn:seen> true } } WHERE { GRAPH <urn:test:g> { ?d <urn:p> ?v } }',
    'INSERT DATA { _:s <urn:p> "blank subject" }',
])
def test_every_kind_of_update_is_undone_exactly(folder, update):
    folder.update('INSERT DATA { GRAPH <urn:test:g> { <urn:a> <urn:p> "old" . <urn:c> <urn:p> "x" } }')
    before = data(folder)
    folder.update(update + ' ; DELETE DATA { GRAPH <urn:test:g> { <urn:c> <urn:p> "x" } }')
    c = history.change_sets(folder)[-1]
    assert c.added > 0 and c.removed == 1
    assert update_record.data_patterns(update) is None or c.added == len(data(folder) - before)
    undo.rollback(folder, c.number)
    assert data(folder) == before


def test_an_update_with_a_base_iri_is_recorded_under_the_resolved_iris(folder):
    for base in ("http://example.org/base/", "urn:test:"):  # (rdflib cannot resolve against the second)
        before = data(folder)
        folder.update(f'INSERT DATA {{ GRAPH <g> {{ <a> <p> "{base}" }} }}', base_iri=base)
        c = history.change_sets(folder)[-1]
        written = data(folder) - before
        assert len(written) == 1 and set(payloads.read_payload(folder, c.number).added) == written
        assert c.graphs == [next(iter(written)).graph_name.value]
    assert c.graphs != ["g"]


@pytest.mark.parametrize("kind", ["folder", "memory"])
def test_a_large_payload_is_kept_in_bulk_and_undone_exactly(tmp_path, request, monkeypatch, kind):
    """A payload from BULK_MIN quads on is kept in files (a folder store) or loaded into the history
    without a transaction (a store in memory); it reads back whole, and its change set (several
    source graphs, one replaced) is undone exactly."""
    monkeypatch.setattr(bulk, "BULK_MIN", 3)
    folder = request.getfixturevalue("folder" if kind == "folder" else "memory_store")
    key = ox.NamedNode(DKG + "key")
    first = [ox.Quad(ox.NamedNode(f"{DOC}x/{i}"), key, ox.Literal(f"k{i}"), source_graph("aa")) for i in range(4)]
    folder.write_quads(first, [source_graph("aa")])
    before = data(folder)
    second = first[:2] + [ox.Quad(ox.NamedNode(f"{DOC}y/{i}"), key, ox.Literal(f"y{i}"), source_graph(g))
                          for i in range(6) for g in ("aa", "bb")]
    folder.write_quads(second, [source_graph("aa"), source_graph("bb")])
    payload = payloads.read_payload(folder, 2)
    assert payload is not None
    assert set(payload.added) == set(second) - set(first) and set(payload.removed) == set(first[2:])
    undo.rollback(folder, 2)
    assert data(folder) == before


def test_a_bulk_payload_cut_short_is_not_kept_and_is_cleared(memory_store, monkeypatch):
    """Killed before its mark, a bulk payload (in the history dataset of a store in memory) counts as
    not kept, and the next payload of that number leaves nothing of it behind."""
    monkeypatch.setattr(bulk, "BULK_MIN", 3)
    folder = memory_store
    key = ox.NamedNode(DKG + "key")
    added = [ox.Quad(ox.NamedNode(f"{DOC}z/{i}"), key, ox.Literal(f"z{i}"), source_graph(f"c{i % 3}"))
             for i in range(9)]
    payloads.write_payload(folder, 5, added, [])
    whole = set(folder.history_store)
    c = payloads.change_iri(5)
    folder.history_store.remove(ox.Quad(c, payloads.COMPLETE, payloads.TRUE, c))  # as if killed before the mark
    assert payloads.read_payload(folder, 5) is None
    payloads.write_payload(folder, 5, added[:4], [])
    kept = payloads.read_payload(folder, 5)
    assert kept is not None and set(kept.added) == set(added[:4])
    assert len(set(folder.history_store)) < len(whole), "the quads of the payload cut short were cleared"


def test_canonical_quads_are_those_the_engine_stores():
    """The batch's quads as the engine gives them back: typed literals in their canonical form,
    strings, language strings, IRIs and blank nodes as they were."""
    s, g = ox.NamedNode(DOC + "c/1"), source_graph("cc")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    objects = [ox.Literal("12", datatype=ox.NamedNode(xsd + "nonNegativeInteger")),
               ox.Literal("0012", datatype=ox.NamedNode(xsd + "integer")),
               ox.Literal("1.50", datatype=ox.NamedNode(xsd + "decimal")),
               ox.Literal("2024-04-15", datatype=ox.NamedNode(xsd + "date")),
               ox.Literal(" chữ  giữ nguyên "), ox.Literal("Nghị quyết", language="vi"),
               ox.NamedNode(DOC + "c/2"), ox.BlankNode("b1")]
    quads = [ox.Quad(s, ox.NamedNode(f"{DKG}p{i}"), o, g) for i, o in enumerate(objects)]
    scratch = ox.Store()
    scratch.extend(quads)
    assert set(history.canonical(quads)) == set(scratch)
    assert ox.Quad(s, ox.NamedNode(f"{DKG}p0"), ox.Literal("12", datatype=ox.NamedNode(xsd + "nonNegativeInteger")), g) \
        not in history.canonical(quads), "the engine rewrites some typed literals"


def test_canonical_quads_of_a_literal_met_many_times():
    """A literal repeated over many quads (a batch's dates and counts) is canonical in each of
    them, in whatever graph; quads without typed literals, and a batch with none, are kept as they are."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    odd = ox.Literal("007", datatype=ox.NamedNode(xsd + "integer"))
    day = ox.Literal("2025-03-01", datatype=ox.NamedNode(xsd + "date"))
    quads = [ox.Quad(ox.NamedNode(f"{DOC}m/{i}"), ox.NamedNode(f"{DKG}p"), o, source_graph(f"m{i % 3}"))
             for i in range(12) for o in (odd, day, ox.Literal(f"tên {i}"))]
    scratch = ox.Store()
    scratch.extend(quads)
    assert set(history.canonical(quads)) == set(scratch)
    assert {q.object for q in history.canonical(quads) if q.object.datatype.value == xsd + "integer"} \
        == {ox.Literal("7", datatype=ox.NamedNode(xsd + "integer"))}
    plain = [q for q in quads if q.object.datatype.value == xsd + "string"]
    assert list(history.canonical(plain)) == plain
    assert set(history.canonical(iter(quads))) == set(scratch)


def test_canonical_quads_keep_the_batch_order():
    """Each quad where the batch has it (its literal made canonical in place), a repeated quad
    once, where it came first: a batch's payload is written in its order, graph by graph."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    small = ox.Literal("5", datatype=ox.NamedNode(xsd + "nonNegativeInteger"))
    quads = [ox.Quad(ox.NamedNode(f"{DOC}o/{i}"), ox.NamedNode(f"{DKG}p"), o, source_graph(f"o{i // 4}"))
             for i in range(12) for o in ((small,) if i % 3 else (ox.Literal(f"tên {i}"),))]
    out = list(history.canonical([*quads, quads[0], quads[1]]))
    assert len(out) == len(quads)
    assert [(q.subject, q.graph_name) for q in out] == [(q.subject, q.graph_name) for q in quads]
    assert [q.object.datatype.value for q in out if q.object.datatype.value != xsd + "string"] \
        == [xsd + "integer"] * 8


def test_the_typed_literals_are_read_from_the_batch_s_text():
    """``canonical_written`` finds the typed literals in the quads' N-Quads text: one whose text holds
    escaped quotes (a JSON value), a string holding the characters that end a typed literal (not one), a
    blank subject; where none is rewritten the text is given back as the payload's, where one is
    (near miss) the quads are rewritten and no text is given."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    s, g = ox.NamedNode(DOC + "t/1"), source_graph("tt")
    json_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
    quads = [ox.Quad(s, ox.NamedNode(DKG + "meta"), ox.Literal('{"a": "b \\"c\\"", "n": 1}', datatype=json_type), g),
             ox.Quad(s, ox.NamedNode(DKG + "note"), ox.Literal('a "^^<urn:x> in words \\'), g),
             ox.Quad(ox.BlankNode("b1"), ox.NamedNode(DKG + "count"), ox.Literal("7", datatype=ox.NamedNode(xsd + "integer")), g),
             ox.Quad(s, ox.NamedNode(DKG + "day"), ox.Literal("2024-04-15", datatype=ox.NamedNode(xsd + "date")), g)]
    unique = dict.fromkeys(quads)
    text = ox.serialize(unique, format=ox.RdfFormat.N_QUADS)
    new, written = history.canonical_written(unique, text)
    assert list(new) == quads and written == text
    odd = ox.Quad(s, ox.NamedNode(DKG + "count"), ox.Literal("007", datatype=ox.NamedNode(xsd + "integer")), g)
    unique = dict.fromkeys([*quads, odd])
    new, written = history.canonical_written(unique, ox.serialize(unique, format=ox.RdfFormat.N_QUADS))
    assert written is None and ox.Quad(s, odd.predicate, ox.Literal("7", datatype=odd.object.datatype), g) in new


def test_a_batch_s_payload_file_is_written_beside_the_change_set_s_reckoning(folder, monkeypatch):
    """A write of new graphs past the bulk threshold (lowered here) begins its payload file from the batch's text
    in a thread (``payloads.Draft``) and keeps it: read back, it is the batch; a write whose graphs held
    quads (near miss) begins none."""
    monkeypatch.setattr(bulk, "BULK_MIN", 4)
    begun = []
    draft = payloads.Draft.begin
    monkeypatch.setattr(history.Draft, "begin", lambda *a: begun.append(a[1]) or draft(*a))
    graphs = [source_graph(f"d{i}") for i in range(3)]
    quads = [ox.Quad(ox.NamedNode(f"{DOC}d/{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-KH/TU"), graphs[i % 3])
             for i in range(9)]
    folder.write_quads(quads, graphs)
    number = begun[0]
    kept = payloads.read_payload(folder, number)
    assert kept is not None and kept.added == quads and kept.removed == []
    assert not list((folder.location / "changes").glob("*.part"))
    folder.write_quads(quads[:6], graphs)
    assert len(begun) == 1
    again = payloads.read_payload(folder, number + 1)
    assert again is not None and set(again.removed) == set(quads[6:])


def test_a_batch_s_payload_file_begun_from_its_text_is_dropped_where_that_text_is_not_what_is_added(folder, monkeypatch):
    """The file begun from the batch's text is the payload only where that text is what the write adds: a literal the
    engine writes in another form (``"007"^^xsd:integer``), or a quad of a graph not replaced that the store holds
    already, makes the payload from the quads as added, so that a rollback takes away what the write added."""
    monkeypatch.setattr(bulk, "BULK_MIN", 4)
    graphs = [source_graph(f"d{i}") for i in range(3)]
    quads = [ox.Quad(ox.NamedNode(f"{DOC}d/{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-KH/TU"), graphs[i % 3])
             for i in range(9)]
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    odd = ox.Quad(ox.NamedNode(f"{DOC}d/0"), ox.NamedNode(DKG + "count"), ox.Literal("007", datatype=integer), graphs[0])
    folder.write_quads([*quads, odd], graphs)
    kept = payloads.read_payload(folder, history.change_sets(folder)[-1].number)
    assert kept is not None and odd not in kept.added
    assert ox.Quad(odd.subject, odd.predicate, ox.Literal("7", datatype=integer), odd.graph_name) in kept.added
    elsewhere = ox.Quad(ox.NamedNode(f"{DOC}d/x"), ox.NamedNode(DKG + "key"), ox.Literal("x"), source_graph("other"))
    folder.main.add(elsewhere)  # (held already: the next write adds it nowhere)
    others = [source_graph(f"e{i}") for i in range(3)]
    more = [ox.Quad(q.subject, q.predicate, q.object, others[i % 3]) for i, q in enumerate(quads)]
    folder.write_quads([*more, elsewhere], others)
    c = history.change_sets(folder)[-1]
    again = payloads.read_payload(folder, c.number)
    assert again is not None and elsewhere not in again.added and set(again.added) == set(more)
    undo.rollback(folder, c.number)
    assert elsewhere in folder.main


def test_a_large_payload_is_kept_in_files_and_a_bulk_load_is_undone_from_them(tmp_path, folder, monkeypatch):
    """Past the thresholds (lowered here) a load's new quads go through the bulk loader and its
    change set's quads to gzipped N-Quads files beside the history: listed, read and undone as any."""
    monkeypatch.setattr(bulk, "BULK_MIN", 0)
    a = write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))
    b = write(tmp_path, "b.ttl", resolution(2, "2024-02-10", '; rdfs:comment "x\\n\\"y\\" _:z"@vi '))
    folder.load_files([a])
    before = without_log(data(folder))
    folder.load_files([b])
    c = history.change_sets(folder)[-1]
    assert (folder.location / "changes" / f"{c.number}.added.nq.gz").exists()
    assert set(payloads.read_payload(folder, c.number).added) == without_log(data(folder)) - before
    assert c.added == len(without_log(data(folder)) - before) > 0
    undo.rollback(folder, c.number)
    assert without_log(data(folder)) == before


def without_log(quads: set[ox.Quad]) -> set[ox.Quad]:
    return {q for q in quads if q.graph_name != CHANGES}


def test_payload_files_are_named_by_the_number_never_by_the_history_text(tmp_path, folder, monkeypatch):
    """A payload file's name is made from the change set's number again: a name written into the
    history dataset (a tampered store) cannot make a read reach another file."""
    monkeypatch.setattr(bulk, "BULK_MIN", 0)
    folder.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    c = history.change_sets(folder)[-1]
    hist = folder.history_store
    me = payloads.change_iri(c.number)
    for q in list(hist.quads_for_pattern(me, payloads.PAYLOAD_FILE, None, me)):
        hist.remove(q)
        hist.add(ox.Quad(me, payloads.PAYLOAD_FILE, ox.Literal("../../../../etc/passwd"), me))
    assert set(payloads.read_payload(folder, c.number).added) == without_log(data(folder))


class _FillsUp:
    """A dataset whose bulk loader writes part of what it is given, then finds the disk full."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def __len__(self) -> int:
        return len(self.inner)

    def __iter__(self):
        return iter(self.inner)

    def __contains__(self, quad) -> bool:
        return quad in self.inner

    def bulk_extend(self, quads) -> None:
        quads = list(quads)
        self.inner.bulk_extend(quads[: max(1, len(quads) // 2)])
        raise OSError(28, "No space left on device")


def test_a_bulk_load_that_fills_the_disk_takes_back_what_it_wrote(tmp_path, folder, monkeypatch):
    monkeypatch.setattr(bulk, "BULK_MIN", 0)
    folder.load_files([write(tmp_path, "a.ttl", resolution(1, "2024-01-10"))])
    before = set(folder.main)
    folder.main = _FillsUp(folder.main)
    with pytest.raises(StoreError, match="nothing was written: the disk is full"):
        folder.load_files([write(tmp_path, "b.ttl", resolution(2, "2024-02-10"))])
    folder.main = folder.main.inner
    assert set(folder.main) == before  # the half written is gone, and so is the write's mark


def test_the_new_quads_of_a_batch_read_from_its_context_are_those_the_store_lacks(folder):
    """``history.new_quads`` given the batch's context (what its validation read of the store) finds
    what it finds asking the store quad by quad: a held quad, one held in another form (a typed literal
    the engine writes canonically) or under a blank subject is not new; another value, another graph,
    a subject the store does not know (with a typed literal too, which the store is then not asked of) are."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    s, t, other = ox.NamedNode(DOC + "n/1"), ox.NamedNode(DOC + "n/2"), ox.NamedNode(DOC + "n/3")
    asserted, elsewhere = history.graph_term("https://w3id.org/directive-kg/graph/asserted"), source_graph("nn")
    p = [ox.NamedNode(f"{DKG}q{i}") for i in range(5)]
    b = ox.BlankNode("nb1")
    folder.main.extend([ox.Quad(s, p[0], ox.Literal("a"), asserted),
                        ox.Quad(s, p[1], ox.Literal("60", datatype=ox.NamedNode(xsd + "decimal")), asserted),
                        ox.Quad(s, p[2], b, asserted), ox.Quad(b, p[3], ox.Literal("x"), asserted),
                        ox.Quad(s, p[4], other, elsewhere)])
    batch = [ox.Quad(s, p[0], ox.Literal("a"), asserted),  # held
             ox.Quad(s, p[0], ox.Literal("b"), asserted),  # near miss: another value
             ox.Quad(s, p[1], ox.Literal("60.0", datatype=ox.NamedNode(xsd + "decimal")), asserted),  # held, written otherwise
             ox.Quad(s, p[2], b, asserted), ox.Quad(b, p[3], ox.Literal("x"), asserted),  # held
             ox.Quad(b, p[3], ox.Literal("y"), asserted),  # a blank subject's new value
             ox.Quad(s, p[4], other, asserted),  # held in another graph only
             ox.Quad(t, p[0], ox.Literal("a"), asserted), ox.Quad(t, p[0], ox.Literal("a"), asserted),  # new, twice
             ox.Quad(t, p[1], ox.Literal("60.0", datatype=ox.NamedNode(xsd + "decimal")), asserted)]  # typed, subject unknown
    expected = [batch[1], batch[5], batch[6], batch[7], batch[9]]
    assert history.new_quads(folder, batch) == expected
    assert history.new_quads(folder, batch, folder.context_quads(batch)) == expected


def test_a_batch_of_new_graphs_hands_its_change_set_s_text_to_the_bulk_write(folder, monkeypatch):
    """A write of new graphs past the bulk threshold gives the bulk write parts cut from the N-Quads text its change
    set made for the payload (``Write.parts``), and the store holds the batch; near miss: where a literal is written
    in another form, the text is not what is added, and the bulk write makes its parts from the quads."""
    monkeypatch.setattr(bulk, "BULK_MIN", 4)
    given = []
    beside = bulk.write_beside

    def spied(store, added, phase, *, parts=None, location=None, derived=()):
        given.append((set(added), None if parts is None else b"".join(p.read_bytes() for p in parts.paths)))
        return beside(store, added, phase, parts=parts, location=location, derived=derived)
    monkeypatch.setattr(bulk, "write_beside", spied)
    graphs = [source_graph(f"d{i}") for i in range(3)]
    quads = [ox.Quad(ox.NamedNode(f"{DOC}d/{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-KH/TU"), graphs[i % 3])
             for i in range(9)]
    folder.write_quads(quads, graphs)
    assert (set(quads), ox.serialize(quads, format=ox.RdfFormat.N_QUADS)) in given  # (the index's entries: another)
    assert {q for g in graphs for q in folder.main.quads_for_pattern(None, None, None, g)} == set(quads)
    assert not (folder.location / bulk.SCRATCH).exists() or not any((folder.location / bulk.SCRATCH).iterdir())
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    others = [source_graph(f"e{i}") for i in range(3)]
    odd = [ox.Quad(q.subject, ox.NamedNode(DKG + "count"), ox.Literal("007", datatype=integer), others[i % 3])
           for i, q in enumerate(quads)]
    folder.write_quads(odd, others)
    assert (set(odd), None) in given
    assert ox.Quad(odd[0].subject, odd[0].predicate, ox.Literal("7", datatype=integer), others[0]) in folder.main


def test_a_batch_of_new_graphs_that_cannot_fit_is_refused_with_its_parts_deleted(folder, monkeypatch):
    """The room check of a load holds for a batch of new graphs whose parts were cut from its text: refused before
    anything is written, its parts deleted and no change set kept; near miss: with room, the same batch is written."""
    monkeypatch.setattr(bulk, "BULK_MIN", 4)
    graphs = [source_graph(f"f{i}") for i in range(3)]
    quads = [ox.Quad(ox.NamedNode(f"{DOC}f/{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-QĐ"), graphs[i % 3])
             for i in range(9)]
    usage = bulk.shutil.disk_usage
    monkeypatch.setattr(bulk.shutil, "disk_usage", lambda path: usage(path)._replace(free=10))
    before = len(history.change_sets(folder))
    with pytest.raises(StoreError, match="nothing was written"):
        folder.write_quads(quads, graphs)
    assert not any(folder.main.contains_named_graph(g) for g in graphs) and len(history.change_sets(folder)) == before
    # (refused before any part is written: the room is looked at first, the scratch folder not even made)
    assert not (folder.location / bulk.SCRATCH).exists() or not any((folder.location / bulk.SCRATCH).iterdir())
    monkeypatch.setattr(bulk.shutil, "disk_usage", usage)
    folder.write_quads(quads, graphs)
    assert {q for g in graphs for q in folder.main.quads_for_pattern(None, None, None, g)} == set(quads)


def _text_parts(store: Store) -> list:
    """The bulk writes' text parts left under the store (``kg.store.bulk.scratch``)."""
    base = bulk.scratch(store.location)
    return list(base.glob("dkg-bulk-*")) if base is not None and base.exists() else []


def test_a_batch_of_new_graphs_whose_payload_cannot_be_kept_leaves_no_text_parts(folder, monkeypatch):
    """The parts cut from the change set's text are made before its payload is kept; a full disk there refuses the
    write, and the parts go with it (not at the next open)."""
    monkeypatch.setattr(bulk, "BULK_MIN", 4)
    graphs = [source_graph(f"h{i}") for i in range(3)]
    quads = [ox.Quad(ox.NamedNode(f"{DOC}h/{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-CT/TU"), graphs[i % 3])
             for i in range(9)]

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(history, "write_payload", full)
    with pytest.raises(StoreError):
        folder.write_quads(quads, graphs)
    assert _text_parts(folder) == []


def test_parts_cut_for_new_graphs_are_deleted_where_a_graph_exists_empty(folder, monkeypatch):
    """A graph the store holds empty is replaced by an update, not by the bulk write the parts were cut for: they are
    deleted there, and the store holds the batch."""
    monkeypatch.setattr(bulk, "BULK_MIN", 4)
    graphs = [source_graph(f"j{i}") for i in range(3)]
    quads = [ox.Quad(ox.NamedNode(f"{DOC}j/{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-KL/TW"), graphs[i % 3])
             for i in range(9)]
    folder.main.add_graph(graphs[0])
    made = bulk.make_parts
    cut: list = []
    monkeypatch.setattr(bulk, "make_parts", lambda *a: cut.append(made(*a)) or cut[-1])
    folder.write_quads(quads, graphs)
    assert cut and not cut[0].folder.exists() and _text_parts(folder) == []
    assert {q for g in graphs for q in folder.main.quads_for_pattern(None, None, None, g)} == set(quads)


def test_a_plain_addition_names_the_graphs_of_its_record_once(folder):
    """The graphs a plain addition changed (the write's answer) are those its record names, found once for both: the
    held quad's graph gains nothing and is named by neither."""
    held, fresh, other = source_graph("held-only"), source_graph("gains"), source_graph("gains-too")
    s = ox.NamedNode(DOC + "g/1")
    p = ox.NamedNode(DKG + "q0")
    folder.main.extend([ox.Quad(s, p, ox.Literal("a"), held)])
    batch = [ox.Quad(s, p, ox.Literal("a"), held), ox.Quad(s, p, ox.Literal("b"), fresh),
             ox.Quad(s, p, ox.Literal("c"), other), ox.Quad(s, p, ox.Literal("d"), fresh)]
    prepared = history.prepare(folder, batch, None, ["f"])
    assert prepared is not None and prepared.graphs == [fresh, other]
    assert folder.write_quads(batch, None, sources=["f"]) == {fresh, other}
    assert history.change_sets(folder)[-1].graphs == sorted([fresh.value, other.value])
