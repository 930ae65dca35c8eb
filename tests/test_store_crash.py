"""A write killed at any phase leaves a store whose answers equal those of a clean store.

``DKG_FAULT_AT=PHASE`` makes the process exit at once at that phase (``kg.store.writes.fault_point``),
as ``kill -9`` would; the next command that opens the store must repair the derived state (the
search index, the inferences) by itself.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.graphs import ASSERTED
from kg.store import CHANGES, INDEX, INFERRED, Store, bulk, docindex, history, undo

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BUNDLED = Path(__file__).resolve().parents[1] / "kg" / "data" / "bundled"


def dkg(store: Path, *args: str, fault: str | None = None) -> subprocess.CompletedProcess:
    """``dkg ARGS`` on ``store`` in a process of its own (which ``fault`` kills at that phase)."""
    env = {**os.environ, "DKG_STORE": str(store)}
    env.pop("DKG_FAULT_AT", None)
    if fault:
        env["DKG_FAULT_AT"] = fault
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True, timeout=300)


def answers(location: Path) -> dict[str, set]:
    store = Store.open(location)
    try:
        graphs = {}
        for q in store.main:
            graphs.setdefault(q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "", set()).add(
                (str(q.subject), str(q.predicate), str(q.object)))
        return graphs
    finally:
        store.close()


def without_blank_index_nodes(graphs: dict[str, set]) -> dict[str, set]:
    """The index's entry nodes are blank nodes, named afresh by each rebuild: compare the rest."""
    out = dict(graphs)
    out[INDEX.value] = {t for t in graphs.get(INDEX.value, set()) if not t[0].startswith("_:") and not t[2].startswith("_:")}
    # the change log says when each write was made, and by which command: compare all but those (the inferences a
    # killed write owed are drawn by the next open, whose change set names that open's command, not the killed one's)
    # and which documents a change set may concern (kg.store.docindex) is a superset by design: a bulk write names
    # ANY, read under every filter, where a plain one names its documents; compared by :func:`about_documents_cover`
    out[CHANGES.value] = {t for t in graphs.get(CHANGES.value, set())
                          if "startedAtTime" not in t[1] and not t[1].endswith("history#command>")
                          and t[1] != f"<{docindex.ABOUT.value}>"}
    return out


def about_documents_cover(crashed: dict[str, set], clean: dict[str, set]) -> bool:
    """Each change set of the crashed store names, for the filter by document, every document the clean store's names
    (or ANY): so ``/changes?doc=`` reads every change set it should on both, and the read model answers the same."""
    def named(graphs: dict[str, set]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for s, p, o in graphs.get(CHANGES.value, set()):
            if p == f"<{docindex.ABOUT.value}>":
                out.setdefault(s, set()).add(o)
        return out
    mine, theirs = named(crashed), named(clean)
    return all(f'"{docindex.ANY}"' in mine.get(s, set()) or keys <= mine.get(s, set()) for s, keys in theirs.items())


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A store with the bundled dataset loaded and reasoned over: inferences and an index to keep right
    (written in this process: only the killed writes need a process of their own)."""
    base = tmp_path_factory.mktemp("seed") / "store"
    loaded = CliRunner().invoke(main, ["--store", str(base), "load", *map(str, sorted(BUNDLED.glob("*.ttl")))])
    assert loaded.exit_code == 0, loaded.output
    reasoned = CliRunner().invoke(main, ["--store", str(base), "reason"])
    assert reasoned.exit_code == 0, reasoned.output
    return base


@pytest.fixture(scope="module")
def unreasoned(tmp_path_factory) -> Path:
    """The bundled data loaded, never reasoned over: the store holds no inferences."""
    base = tmp_path_factory.mktemp("unreasoned") / "store"
    loaded = CliRunner().invoke(main, ["--store", str(base), "load", *map(str, sorted(BUNDLED.glob("*.ttl")))])
    assert loaded.exit_code == 0, loaded.output
    return base


def copy_store(src: Path, dst: Path) -> Path:
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    return dst


def new_plan(folder: Path) -> Path:
    """good.ttl as a document the bundled data does not hold (good.ttl itself is part of it: a load
    of it brings nothing new)."""
    new = folder / "new.ttl"
    new.write_text((FIXTURES / "store" / "good.ttl").read_text(encoding="utf-8").replace("46-NQ/TW", "47-NQ/TW")
                   .replace("/46/", "/47/").replace('"46"', '"47"'), encoding="utf-8")
    return new


@pytest.mark.slow
@pytest.mark.parametrize("phase", ["data-written", "inferred-dropped", "index-refreshed", "counts-written"])
@pytest.mark.parametrize("new_data", [False, True])
def test_a_load_killed_at_each_phase_is_repaired_on_the_next_open(seeded, tmp_path, phase, new_data):
    plan = new_plan(tmp_path) if new_data else FIXTURES / "store" / "good.ttl"
    clean = copy_store(seeded, tmp_path / "clean")
    assert dkg(clean, "load", str(plan)).returncode == 0
    crashed = copy_store(seeded, tmp_path / "crashed")
    killed = dkg(crashed, "load", str(plan), fault=phase)
    assert killed.returncode == 137, killed.stderr
    after = dkg(crashed, "stats")
    assert after.returncode == 0 and "interrupted write" in after.stderr
    # said before the work starts, so that nobody waits in silence
    assert after.stderr.index("finishing a write that a stopped process left") < after.stderr.index("interrupted write")
    crashed_answers, clean_answers = answers(crashed), answers(clean)
    assert without_blank_index_nodes(crashed_answers) == without_blank_index_nodes(clean_answers)
    assert about_documents_cover(crashed_answers, clean_answers)
    # and the repair is done once: the next command says nothing
    assert "interrupted" not in dkg(crashed, "stats").stderr


@pytest.mark.slow
def test_the_repair_is_announced_in_the_command_s_language(seeded, tmp_path):
    crashed = copy_store(seeded, tmp_path / "crashed")
    assert dkg(crashed, "load", str(FIXTURES / "store" / "good.ttl"), fault="data-written").returncode == 137
    after = dkg(crashed, "--lang", "vi", "stats")
    assert after.returncode == 0 and "lưu ý: đang hoàn tất một lần ghi" in after.stderr
    assert "finishing a write" not in after.stderr
    # and so is what the repair did, once done
    assert "lưu ý: đã hoàn tất một lần ghi bị dừng giữa chừng" in after.stderr
    assert "interrupted" not in after.stderr and "inferences" not in after.stderr


@pytest.mark.slow
def test_reasoning_killed_after_writing_inferences_is_repaired(unreasoned, tmp_path):
    plan = FIXTURES / "store" / "good.ttl"
    clean = copy_store(unreasoned, tmp_path / "clean")
    assert dkg(clean, "load", str(plan)).returncode == 0 and dkg(clean, "reason").returncode == 0
    crashed = copy_store(unreasoned, tmp_path / "crashed")
    # (a store never reasoned over: its load draws no inferences, so reason has work; a load of a reasoned store
    # draws them again itself)
    assert dkg(crashed, "load", str(plan)).returncode == 0
    assert dkg(crashed, "reason", fault="inferences-written").returncode == 137
    assert "interrupted write" in dkg(crashed, "stats").stderr
    assert not answers(crashed).get(INFERRED.value)  # the half-written inferences are gone
    assert dkg(crashed, "reason").returncode == 0
    crashed_answers, clean_answers = answers(crashed), answers(clean)
    assert without_blank_index_nodes(crashed_answers) == without_blank_index_nodes(clean_answers)
    assert about_documents_cover(crashed_answers, clean_answers)


@pytest.mark.slow
def test_a_load_killed_before_its_data_committed_leaves_the_store_as_it_was(seeded, tmp_path):
    crashed = copy_store(seeded, tmp_path / "crashed")
    killed = dkg(crashed, "load", str(new_plan(tmp_path)), fault="marked")
    assert killed.returncode == 137, killed.stderr
    after = dkg(crashed, "stats")
    assert after.returncode == 0 and "had written nothing" in after.stderr
    assert answers(crashed) == answers(seeded)  # the inferences kept, the index untouched


@pytest.mark.slow  # (the bundled dataset loaded and reasoned over, then read whole twice: seconds)
def test_an_unmarked_store_is_left_alone(seeded, tmp_path):
    copy = copy_store(seeded, tmp_path / "copy")
    opened = CliRunner().invoke(main, ["--store", str(copy), "stats"])
    assert opened.exit_code == 0 and "interrupted" not in opened.stderr
    assert answers(copy) == answers(seeded)


def quad_count(location: Path) -> int:
    """The quads in the folder store as they are (``Store.open`` would repair them first)."""
    raw = ox.Store.read_only(str(location / "main"))
    try:
        return len(raw)
    finally:
        del raw


#: ``dkg load`` with the bulk write and the payload files used whatever the batch's size (and with ``apart``, the
#: batch parsed before the store opens and validated by a forked child, as a large one is: kg.store.loading).
_BULK_LOAD = """
import sys
from kg.cli import main
from kg.store import bulk
import kg.validate.batch
bulk.BULK_MIN = 0
if sys.argv[3] == "apart":
    kg.validate.batch.APART_MIN_BYTES = 0
    import kg.store.loading as loading
    parsed_ahead_loaded = loading.load_ahead

    def forked_only(store, ahead, *args, **kwargs):
        if ahead is None:  # (no child forked: the old path, which the runs without apart cover already)
            sys.exit(3)
        return parsed_ahead_loaded(store, ahead, *args, **kwargs)
    loading.load_ahead = forked_only
main(["--store", sys.argv[1], "load", sys.argv[2]])
"""


def _bulk_load_in_child(store: Path, plan: Path, fault: str, apart: bool = False) -> int:
    """Load ``plan`` in its own process with the bulk write, killed at ``fault``; its exit code."""
    env = {**os.environ, "DKG_FAULT_AT": fault}
    return subprocess.run([sys.executable, "-c", _BULK_LOAD, str(store), str(plan), "apart" if apart else "here"],
                          env=env, capture_output=True, timeout=300).returncode


@pytest.mark.slow
@pytest.mark.parametrize("phase", ["marked", "data-partly-written"])
@pytest.mark.parametrize("apart", [False, True])
def test_a_bulk_load_killed_before_its_record_is_finished_on_the_next_open(seeded, tmp_path, phase, apart):
    """One recovery direction (kg.store.bulk): a bulk write killed anywhere before its record is
    finished forward from its kept payload and record, into the store a clean load gives."""
    plan = new_plan(tmp_path)
    clean = copy_store(seeded, tmp_path / "clean")
    assert dkg(clean, "load", str(plan)).returncode == 0
    crashed = copy_store(seeded, tmp_path / "crashed")
    assert _bulk_load_in_child(crashed, plan, phase, apart) == 137
    if phase == "data-partly-written":  # some of the new quads (and the mark) are there, without a record
        assert quad_count(crashed) > quad_count(seeded) + 1
        # (and the write's text parts, under the store: the killed process could not delete them)
        assert list(bulk.scratch(crashed).glob("dkg-bulk-*/*.nq"))
    after = dkg(crashed, "stats")
    assert after.returncode == 0 and "was completed" in after.stderr, after.stderr
    assert not list(bulk.scratch(crashed).glob("dkg-bulk-*"))   # (deleted by the open that finished the write)
    crashed_answers, clean_answers = answers(crashed), answers(clean)
    assert without_blank_index_nodes(crashed_answers) == without_blank_index_nodes(clean_answers)
    assert about_documents_cover(crashed_answers, clean_answers)
    assert "interrupted" not in dkg(crashed, "stats").stderr
    store = Store.open(crashed)
    try:  # one change set, which can be undone from its payload file
        last = [c for c in history.change_sets(store) if not c.derived_only][-1]
        assert list((crashed / "changes").glob(f"{last.number}.added.nq.gz"))
        undo.rollback(store, last.number)
    finally:
        store.close()
    assert answers(crashed)[ASSERTED.value] == answers(seeded)[ASSERTED.value]


@pytest.mark.slow
@pytest.mark.parametrize("apart", [False, True])
def test_a_bulk_load_killed_after_its_record_is_completed(seeded, tmp_path, apart):
    plan = new_plan(tmp_path)
    clean = copy_store(seeded, tmp_path / "clean")
    assert dkg(clean, "load", str(plan)).returncode == 0
    crashed = copy_store(seeded, tmp_path / "crashed")
    assert _bulk_load_in_child(crashed, plan, "data-written", apart) == 137
    after = dkg(crashed, "stats")
    assert after.returncode == 0 and "was completed" in after.stderr, after.stderr
    crashed_answers, clean_answers = answers(crashed), answers(clean)
    assert without_blank_index_nodes(crashed_answers) == without_blank_index_nodes(clean_answers)
    assert about_documents_cover(crashed_answers, clean_answers)
    # and the change set can be undone from its payload file
    store = Store.open(crashed)
    try:
        last = [c for c in history.change_sets(store) if not c.derived_only][-1]
        assert last.added > 0 and list((crashed / "changes").glob(f"{last.number}.added.nq.gz"))
        undo.rollback(store, last.number)
    finally:
        store.close()
    assert answers(crashed)[ASSERTED.value] == answers(seeded)[ASSERTED.value]
