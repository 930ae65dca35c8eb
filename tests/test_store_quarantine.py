"""kg.store.quarantine: an ingest's quarantine entries are written by its write, after its data and kept with its change
set, so that a process killed at any phase leaves the data and the quarantine both as before the ingest or both as
after it (once the next open has finished the write), never a text's held facts without its data, nor the reverse."""
from __future__ import annotations

import collections
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.ingest import ingest_paths
from kg.rdf.graphs import CHANGES, QUARANTINE, quarantine_graph
from kg.rdf.vocab import DKG
from kg.store import Store, history, quarantine, undo, writes

#: A programme dated before the resolution it carries out: its link violates a shape and waits in the quarantine.
EARLY = ("Cao Bằng đổi mới hoạt động của Hội Nông dân\n"
         "Ngày 3/2/2021, Ban Thường vụ Tỉnh ủy Cao Bằng ban hành Chương trình số 14-CTr/TU thực hiện Nghị quyết "
         "số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị về đổi mới hoạt động của Hội Nông dân.\n"
         "Chương trình đề ra nhiều giải pháp để hội viên nông dân phát triển kinh tế tập thể.\n"
         "Các cấp hội tổ chức quán triệt chương trình đến toàn thể cán bộ, hội viên trong tỉnh.\n")
#: The same programme dated after it (a corrected version of the text, under the same file name): nothing held.
LATER = EARLY.replace("3/2/2021", "3/2/2024")
STARTED = ox.NamedNode("http://www.w3.org/ns/prov#startedAtTime")


class Killed(BaseException):
    """The process stopping where it is (raised past every ``except Exception``)."""


def seen(location: Path) -> tuple[collections.Counter, collections.Counter]:
    """The main dataset (the change log without its times) and the quarantine, blank nodes by kind only."""
    def term(t) -> str:
        return "_:" if isinstance(t, ox.BlankNode) else str(t)

    store = Store.open(location)
    try:
        main = collections.Counter((term(q.subject), term(q.predicate), term(q.object), term(q.graph_name))
                                   for q in store.main if not (q.graph_name == CHANGES and q.predicate == STARTED))
        held = collections.Counter((term(q.subject), term(q.predicate), term(q.object), term(q.graph_name))
                                   for q in store.quarantine_store)
        return main, held
    finally:
        store.close()


def ingest(store: Store, path: Path, text: str):
    """Ingest ``text`` from ``path`` (one file name for both versions: the later one replaces the earlier)."""
    path.write_text(text, encoding="utf-8")
    return ingest_paths(store, [str(path)])


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    """An empty store; one that holds the early programme (its link held); and the corrected programme ingested into
    that one (its entry taken out)."""
    folder = tmp_path_factory.mktemp("quarantined")
    empty = folder / "empty"
    Store.open(empty).close()
    for start, end, text in (("empty", "held", EARLY), ("held", "fixed", LATER)):
        store = Store.open(shutil.copytree(folder / start, folder / end))
        try:
            assert ingest(store, folder / "programme.txt", text).ok
        finally:
            store.close()
    return {"folder": folder, "empty": empty, "held": folder / "held", "fixed": folder / "fixed"}


@pytest.fixture(scope="module")
def clean(stores) -> dict[str, tuple]:
    """What each store of ``stores`` holds (:func:`seen`), read once."""
    return {name: seen(stores[name]) for name in ("empty", "held", "fixed")}


def test_the_clean_runs_are_what_the_trials_need(clean):
    """The held store has the link in its quarantine; the corrected text takes the entry out."""
    (_, before), (_, held), (_, fixed) = clean["empty"], clean["held"], clean["fixed"]
    implements = str(ox.NamedNode(DKG + "implements"))
    assert not before and any(p == implements for _, p, _, _ in held)
    assert not any(p == implements for _, p, _, _ in fixed)


def _kill(monkeypatch, where: str) -> None:
    if where == "payload":  # (the change set's payload being kept: the step before the write's mark)
        def die(*args, **kwargs):
            raise Killed
        monkeypatch.setattr(history, "write_payload", die)
    else:
        def point(phase: str) -> None:
            if phase == where:
                raise Killed
        monkeypatch.setattr(writes, "fault_point", point)


@pytest.mark.parametrize("where", ["payload", "marked", "data-written", "quarantine-written", "inferred-dropped"])
@pytest.mark.parametrize("start, after", [("empty", "held"), ("held", "fixed")])
def test_an_ingest_killed_anywhere_leaves_data_and_quarantine_together(stores, clean, tmp_path, monkeypatch, where,
                                                                      start, after):
    text = EARLY if after == "held" else LATER
    crashed = shutil.copytree(stores[start], tmp_path / "crashed")
    store = Store.open(crashed)
    _kill(monkeypatch, where)
    with pytest.raises(Killed):
        ingest(store, stores["folder"] / "programme.txt", text)
    monkeypatch.undo()
    store.close()
    got = seen(crashed)  # (the open finishes a write it finds cut off)
    assert got in (clean[start], clean[after]), where
    # the write's mark is where the two directions part: before it nothing is written, after it all is
    assert got == clean[start if where == "payload" else after]


def test_a_held_entry_applied_twice_is_applied_once(memory_store):
    """The next open may apply again what a killed write had applied already (kg.store.undo.resume)."""
    report = type("Report", (), {"to_graph": lambda self: __import__("rdflib").Graph()})()
    node = ox.NamedNode("urn:test:doc")
    held = quarantine.Held()
    held.hold([ox.Quad(node, ox.NamedNode(DKG + "key"), ox.Literal("1-KH/UBND"), ox.DefaultGraph())], report,
              ["a.txt"], "s1")
    memory_store.apply_quarantine(held)
    once = set(memory_store.quarantine_store)
    memory_store.apply_quarantine(held)
    assert set(memory_store.quarantine_store) == once and len(once) == 2
    # near miss: another text's entry is left alone when this one's is taken out
    other = quarantine.Held()
    other.hold([ox.Quad(node, ox.NamedNode(DKG + "key"), ox.Literal("2-KH/UBND"), ox.DefaultGraph())], report,
               ["b.txt"], "s2")
    memory_store.apply_quarantine(other)
    memory_store.apply_quarantine(quarantine.Held(["s1"]))
    left = set(memory_store.quarantine_store)
    assert len(left) == 2 and all("s2" in str(q.graph_name) for q in left if q.graph_name != QUARANTINE)


def test_what_a_write_does_to_the_quarantine_is_kept_with_its_payload():
    held = quarantine.Held(["old"], [ox.Quad(ox.BlankNode("r1"), ox.NamedNode("urn:test:p"), ox.BlankNode("r2"),
                                             ox.NamedNode("urn:test:g"))],
                           [ox.Quad(ox.BlankNode("r3"), ox.NamedNode("urn:test:p"), ox.Literal("trước"),
                                    quarantine_graph("old"))])
    kept = ox.Store()
    kept.extend(quarantine.kept(7, held))
    back = quarantine.read_kept(kept, 7)
    assert back == held  # (blank nodes keep their labels: a second apply writes the same report)
    assert quarantine.read_kept(kept, 8) is None and quarantine.kept(7, quarantine.Held()) == []


def last_write(store: Store) -> int:
    return [c for c in history.change_sets(store) if not c.derived_only][-1].number


def test_undoing_an_ingest_puts_the_quarantine_back_as_it_was(stores, clean, tmp_path):
    """The corrected text took the earlier version's entry out: its undo puts that entry back, and undoing the undo
    takes it out again; an undo of the first ingest takes out the entry it added."""
    copy = shutil.copytree(stores["fixed"], tmp_path / "fixed")
    store = Store.open(copy)
    try:
        undone = undo.rollback(store, last_write(store))
    finally:
        store.close()
    assert seen(copy)[1] == clean["held"][1]
    store = Store.open(copy)
    try:
        undo.rollback(store, undone.number)
    finally:
        store.close()
    assert seen(copy)[1] == clean["fixed"][1]
    # near miss: the first ingest, whose text had no entry before it: its undo leaves none
    first = shutil.copytree(stores["held"], tmp_path / "held")
    store = Store.open(first)
    try:
        undo.rollback(store, last_write(store))
    finally:
        store.close()
    assert seen(first)[1] == clean["empty"][1]


def test_an_undo_killed_before_its_quarantine_is_finished_by_the_next_open(stores, clean, tmp_path, monkeypatch):
    copy = shutil.copytree(stores["fixed"], tmp_path / "fixed")
    store = Store.open(copy)

    def point(phase: str) -> None:
        if phase == "inferred-dropped":  # (the data undone, the quarantine not yet)
            raise Killed

    monkeypatch.setattr(undo, "fault_point", point)
    with pytest.raises(Killed):
        undo.rollback(store, last_write(store))
    monkeypatch.undo()
    store.close()
    assert seen(copy)[1] == clean["held"][1]  # (the open finished the undo, its quarantine with it)
