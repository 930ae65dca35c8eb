"""kg.store.writes and kg.store.undo: a write of the data (a load, an ingest, a review decision, an undo) on a store
that holds inferences draws them again over its new data, as an update through ``/sparql`` does; killed between the
data and the redraw, it leaves the redraw owed (its mark, ``textindex.REDRAW``), which the next open for writing
draws, so that the store ends as a clean run leaves it."""
from __future__ import annotations

import collections
import datetime as dt
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.ingest import ingest_paths
from kg.reason import materialize
from kg.review import workflow
from kg.store import CHANGES, INFERRED, Store, history, textindex, undo, writes

DKG = "https://w3id.org/directive-kg/ontology#"
IMPLEMENTED_BY = ox.NamedNode(DKG + "implementedBy")
ASSIGNED = ox.NamedNode(DKG + "assignedBody")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
BODY = "https://w3id.org/directive-kg/id/body/legacy-20/cac-dang-doan"  # (a body of the bundled data)
TASK = ox.NamedNode("https://w3id.org/directive-kg/id/task/test-rd-1")
#: A plan and a task it gives that body by its lead (``dkg:leadBody``, under ``dkg:assignedBody``): a file to load.
PLAN_FILE = f"""@prefix dkg: <{DKG}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/directive-kg/id/doc/test/kh/91> a dkg:Plan ; dkg:key "91-KH/UBND" ; dkg:symbol "91-KH/UBND" ;
    dkg:documentNumber "91" ; dkg:typeCode "KH" ; dkg:issuerCode "UBND" ; rdfs:label "Kế hoạch nuôi ong lấy mật"@vi ;
    dkg:level <https://w3id.org/directive-kg/vocab/level/province> ; dkg:dateIssued "2024-03-08"^^xsd:date .
<{TASK.value}> a dkg:Task ; rdfs:label "nuôi ong lấy mật"@vi ; dkg:description "nuôi ong lấy mật"@vi ;
    dkg:leadBody <{BODY}> ; dkg:underDocument <https://w3id.org/directive-kg/id/doc/test/kh/91> ;
    dkg:curatedFrom <https://w3id.org/directive-kg/id/source/9af87d1267118466> .
"""
#: A provincial plan that carries out a Politburo resolution: its link gives the resolution ``dkg:implementedBy``.
TEXT = ("Lào Cai triển khai học tập nghị quyết về kinh tế tư nhân\n"
        "Ngày 12/6/2025, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Kế hoạch số 88-KH/TU thực hiện Nghị quyết số "
        "68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân.\n"
        "Kế hoạch giao Sở Tài chính chủ trì rà soát các thủ tục đầu tư trong quý III/2025.\n")


MOMENT = dt.datetime(2026, 3, 4, 5, 6, tzinfo=dt.timezone.utc)


class Killed(BaseException):
    """The process stopping where it is (raised past every ``except Exception``)."""


def implemented(store: Store) -> set[str]:
    """The plans the store's inferences say carry out a resolution (``dkg:implementedBy``, drawn from the text's
    ``dkg:implements``): what a query of the cascade reads."""
    return {q.object.value.split("/kh/")[1].split("/")[0] for q in store.main.quads_for_pattern(
        None, IMPLEMENTED_BY, None, INFERRED) if "/kh/" in q.object.value}


def assigned(store: Store) -> bool:
    """Does a query find the loaded task by the property its lead is under?"""
    rows = store.main.query(f"SELECT ?t WHERE {{ ?t <{ASSIGNED.value}> <{BODY}> }}", use_default_graph_as_union=True)
    return TASK in {row[0] for row in rows}


def held(store: Store) -> int:
    return sum(1 for _ in store.main.quads_for_pattern(None, None, None, INFERRED))


def seen(location: Path) -> collections.Counter:
    """Every graph of the store but the change log (the redraws' change sets are numbered and named by the process
    that drew them), blank nodes by kind only."""
    def term(t) -> str:
        return "_:" if isinstance(t, ox.BlankNode) else str(t)

    store = Store.open(location, read_only=True)
    try:
        return collections.Counter((term(q.subject), term(q.predicate), term(q.object), term(q.graph_name))
                                   for q in store.main if q.graph_name != CHANGES)
    finally:
        store.close()


def ingest(store: Store, folder: Path):
    path = folder / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")
    return ingest_paths(store, [str(path)])


def last_write(store: Store) -> int:
    return [c for c in history.change_sets(store) if not c.derived_only][-1].number


def link_fact(store: Store) -> str:
    return next(e.item.id for e in workflow.queue(store) if e.item.kind == "link")


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    """A store of the bundled data with its inferences (``dkg reason`` was run); the same after the text's ingest."""
    folder = tmp_path_factory.mktemp("reasoned")
    store = Store.open(folder / "reasoned")
    try:
        store.main.extend(Store.bundled().main)
        materialize(store)
    finally:
        store.close()
    store = Store.open(shutil.copytree(folder / "reasoned", folder / "ingested"))
    try:
        assert ingest(store, folder).ok
    finally:
        store.close()
    return {"folder": folder, "reasoned": folder / "reasoned", "ingested": folder / "ingested"}


def copy(stores, name: str, tmp_path: Path) -> Store:
    return Store.open(shutil.copytree(stores[name], tmp_path / name))


def test_a_load_draws_the_inferences_over_its_data(stores, tmp_path):
    store = copy(stores, "reasoned", tmp_path)
    try:
        before = held(store)
        (tmp_path / "plan.ttl").write_text(PLAN_FILE, encoding="utf-8")
        store.load_files([tmp_path / "plan.ttl"])
        assert assigned(store) and held(store) > before and not textindex.write_marks(store.main)
        # they are what `dkg reason` draws over the same data (nothing behind, nothing to change)
        assert not materialize(store).changed
    finally:
        store.close()
    # near miss: a store that holds none is given none
    bare = Store.open(tmp_path / "bare")
    try:
        bare.main.extend(q for q in Store.bundled().main)
        bare.load_files([tmp_path / "plan.ttl"])
        assert held(bare) == 0 and not assigned(bare)
    finally:
        bare.close()


def test_an_ingest_draws_the_inferences_over_its_texts(stores, tmp_path):
    store = copy(stores, "reasoned", tmp_path)
    try:
        before = held(store)
        assert ingest(store, tmp_path).ok
        assert implemented(store) == {"88"} and held(store) > before
        assert not materialize(store).changed
    finally:
        store.close()


@pytest.mark.parametrize("decision", ["accepted", "rejected"])
def test_a_review_decision_leaves_the_inferences_of_what_it_keeps(stores, tmp_path, decision):
    store = copy(stores, "ingested", tmp_path)
    try:
        before = held(store)
        workflow.decide(store, [link_fact(store)], decision, reviewer="tester")
        # the link rejected: its inverse goes with it; the rest stays drawn (it was all dropped)
        assert implemented(store) == ({"88"} if decision == "accepted" else set())
        assert held(store) >= before - 10 and not materialize(store).changed
        # the undo of the decision draws the link's inference again
        undo.rollback(store, last_write(store))
        assert implemented(store) == {"88"} and not materialize(store).changed
    finally:
        store.close()


def test_an_undo_draws_the_inferences_of_what_it_leaves(stores, tmp_path):
    store = copy(stores, "ingested", tmp_path)
    try:
        undo.rollback(store, last_write(store))
        assert implemented(store) == set() and held(store) > 0 and not materialize(store).changed
    finally:
        store.close()


def test_an_undo_of_a_reasoning_alone_leaves_none(stores, tmp_path):
    """Near miss: undoing `dkg reason` (no data) takes its inferences away, as before it."""
    store = copy(stores, "reasoned", tmp_path)
    try:
        undo.rollback(store, [c for c in history.change_sets(store) if c.derived_only][-1].number)
        assert held(store) == 0 and not textindex.write_marks(store.main)
    finally:
        store.close()


def load(store: Store, folder: Path) -> None:
    (folder / "plan.ttl").write_text(PLAN_FILE, encoding="utf-8")
    store.load_files([folder / "plan.ttl"])


def decide(store: Store, folder: Path) -> None:
    # (at a moment of its own: the decision's node is named by it, the same in the clean run and the killed one)
    workflow.decide(store, [link_fact(store)], "rejected", reviewer="tester", now=MOMENT)


def undo_ingest(store: Store, folder: Path) -> None:
    undo.rollback(store, last_write(store))


COMMANDS = {"load": ("reasoned", load), "ingest": ("reasoned", lambda s, f: ingest(s, f)),
            "decision": ("ingested", decide), "undo": ("ingested", undo_ingest)}


@pytest.fixture(scope="module")
def clean(stores) -> dict[str, collections.Counter]:
    """Each command's store after a run that was not killed."""
    out = {}
    for name, (start, command) in COMMANDS.items():
        location = shutil.copytree(stores[start], stores["folder"] / f"clean-{name}")
        store = Store.open(location)
        try:
            command(store, stores["folder"])
        finally:
            store.close()
        out[name] = seen(location)
    return out


@pytest.mark.slow  # (about 2 to 3 s a case, and the clean runs of the four commands first)
@pytest.mark.parametrize(("name", "phase"), [("load", "counts-written"), ("load", "redraw-marked"),
                                             ("ingest", "inferred-dropped"), ("decision", "redraw-marked"),
                                             ("undo", "inferred-dropped"), ("undo", "redraw-marked")])
def test_a_write_killed_between_its_data_and_the_redraw_ends_as_a_clean_one(stores, clean, tmp_path, monkeypatch,
                                                                             name, phase):
    start, command = COMMANDS[name]
    location = shutil.copytree(stores[start], tmp_path / start)
    store = Store.open(location)

    def point(at: str) -> None:
        if at == phase:
            raise Killed

    monkeypatch.setattr(writes, "fault_point", point)  # (the write's phases, and the redraw's: kg.store.inferred)
    monkeypatch.setattr(undo, "fault_point", point)
    with pytest.raises(Killed):
        command(store, tmp_path)
    monkeypatch.undo()
    # the redraw is owed: the data is written, its inferences not yet drawn
    assert textindex.REDRAW in textindex.write_marks(store.main)
    store.close()
    reader = Store.open(location, read_only=True)  # (a reader draws nothing: it says they are to come)
    try:
        assert reader.repaired is not None and "note.inferences-dropped" in repr(reader.repaired)
    finally:
        reader.close()
    again = Store.open(location)  # (the next open for writing draws what is owed)
    try:
        assert again.repaired is not None and "note.redrawn-owed" in repr(again.repaired)
        assert not textindex.write_marks(again.main)
    finally:
        again.close()
    assert seen(location) == clean[name]
