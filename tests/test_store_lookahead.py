"""kg.store.lookahead: a large load's index lookups made by its validating child after the report, from
the store opened read-only before it; checked by the loading process, which does without them (making
them itself, or reading the written store) where the child promised none, died or answered wrongly. The
index and the task counts come out as a load in one process writes them, and as a rebuild writes them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.validate.batch as batch_module
from kg.rdf.graphs import ASSERTED, INDEX
from kg.rdf.terms import OX_DKG
from kg.store import Store, bulk, lookahead, taskcounts
from conftest import copy_store, generated_batch

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def base_and_batch(tmp_path_factory) -> tuple[Path, Path]:
    """A folder store of 4,000 generated statements, and a batch of the rest of 12,000 (new documents,
    units and tasks, some of them about nodes of the store), split as the load benchmark splits them."""
    work = tmp_path_factory.mktemp("lookahead")
    base, batch = generated_batch(work, 12000, 4000, 2)
    store = Store.open(work / "store")
    store.load_files([base])
    store.close()
    return work / "store", batch


def _derived(location: Path) -> set[str]:
    """graph/index (the search entries and the task counts) of the store at ``location``."""
    store = Store.open(location)
    try:
        return {str(q) for q in store.main.quads_for_pattern(None, None, None, INDEX)}
    finally:
        store.close()


def _in_process(base_and_batch, tmp_path) -> set[str]:
    base, batch = base_and_batch
    location = copy_store(base, tmp_path / "in-process")
    store = Store.open(location)
    store.load_files([batch])
    store.close()
    return _derived(location)


def _apart(base_and_batch, tmp_path, monkeypatch, child: str | None = None, *,
           report_first: bool = True) -> tuple[Path, list]:
    """The batch loaded with its validation in a child (``child``: a script run instead of the real
    one); returns the store and what the loading process made of the child's lookups.
    ``report_first``: the loading process's own lookups stop as if the verdict were in at once (on
    a large load the child is done first when its validation is shorter than these lookups), else
    they are made to the end as if it came after them."""
    base, batch = base_and_batch
    location = copy_store(base, tmp_path / "apart")
    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", 0)
    monkeypatch.setattr(batch_module.Apart, "reported", lambda self: report_first)
    if child is not None:
        script = tmp_path / "child-python"
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "{child}"\n', encoding="utf-8")
        script.chmod(0o755)
        monkeypatch.setattr(sys, "executable", str(script))
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    got: list = []
    received = lookahead.received

    def spy(sent, quads, *, counts):
        got.append(received(sent, quads, counts=counts))
        return got[-1]
    monkeypatch.setattr(lookahead, "received", spy)
    store = Store.open(location)
    assert store.load_files([batch]).report.conforms
    store.close()
    return location, got


def _rebuilt_the_same(location: Path) -> None:
    """``dkg reindex`` and a recount of every body's tasks after the load change nothing."""
    before = _derived(location)
    store = Store.open(location)
    store.rebuild_index()
    taskcounts.recount(store.main)
    store.close()
    assert _derived(location) == before


@pytest.mark.slow  # (each starts a child process and loads twice)
def test_the_childs_lookups_give_the_index_a_load_in_one_process_gives(base_and_batch, tmp_path, monkeypatch):
    location, got = _apart(base_and_batch, tmp_path, monkeypatch)
    assert len(got) == 1 and got[0] is not None and got[0].nodes and got[0].made  # (the child's were used)
    assert any(q.predicate == OX_DKG.taskCount for q in got[0].grown[1])
    assert _derived(location) == _in_process(base_and_batch, tmp_path)
    _rebuilt_the_same(location)


@pytest.mark.slow  # (each starts a child process and loads twice)
def test_a_child_that_dies_after_its_report_leaves_the_index_to_the_written_store(base_and_batch, tmp_path,
                                                                                   monkeypatch):
    dies = ("import os; import kg.store.lookahead as la; "
            "la.look_ahead = lambda *args, **kwargs: os._exit(3); la.serve()")
    location, got = _apart(base_and_batch, tmp_path, monkeypatch, dies)
    assert got == [None]
    assert _derived(location) == _in_process(base_and_batch, tmp_path)
    _rebuilt_the_same(location)


@pytest.mark.slow  # (each starts a child process and loads twice)
def test_lookups_of_another_batch_are_not_used(base_and_batch, tmp_path, monkeypatch):
    # (the child reads one quad more than the loading process: its answer is of another batch)
    other = ("import kg.validate.batch as b; read = b.read_batch; "
             "b.read_batch = lambda *args: (lambda q: q + q[:1])(read(*args)); import kg.store.lookahead as la; la.serve()")
    location, got = _apart(base_and_batch, tmp_path, monkeypatch, other)
    assert got == [None]
    assert _derived(location) == _in_process(base_and_batch, tmp_path)


@pytest.mark.slow  # (each starts a child process and loads twice)
def test_a_child_that_promises_no_lookups_leaves_them_to_the_loading_process(base_and_batch, tmp_path,
                                                                               monkeypatch):
    plain = "from kg.validate.batch import serve_apart; serve_apart()"
    made: list = []
    look_ahead = lookahead.look_ahead
    monkeypatch.setattr(lookahead, "look_ahead", lambda *args, **kwargs: made.append(1) or look_ahead(*args, **kwargs))
    location, got = _apart(base_and_batch, tmp_path, monkeypatch, plain)
    assert got == [] and made == [1]  # (made here, before the data's write: kg.store.writes.write_unvalidated)
    assert _derived(location) == _in_process(base_and_batch, tmp_path)


@pytest.mark.slow  # (each starts a child process and loads twice)
def test_lookups_made_while_waiting_for_the_verdict_are_used_and_the_child_stopped(base_and_batch, tmp_path,
                                                                                   monkeypatch):
    # (a write too small for the bulk write, so written after its verdict: the wait is spent on the lookups)
    monkeypatch.setattr(bulk, "BULK_MIN", 10**9)
    closed: list = []
    close = batch_module.Apart.close
    monkeypatch.setattr(batch_module.Apart, "close", lambda self: closed.append(self.promised) or close(self))
    location, got = _apart(base_and_batch, tmp_path, monkeypatch, report_first=False)
    assert got == [] and closed[0] is True  # (the child had promised its lookups; not waited for)
    assert _derived(location) == _in_process(base_and_batch, tmp_path)
    _rebuilt_the_same(location)


def _sent(**changes) -> lookahead.Sent:
    entry = ox.Quad(ox.NamedNode("https://w3id.org/directive-kg/id/index/a"), OX_DKG.searchOrder, ox.Literal(1),
                    INDEX)
    count = ox.Quad(ox.NamedNode("https://w3id.org/directive-kg/id/body/b"), OX_DKG.taskCount, ox.Literal(2), INDEX)
    fields = {"count": 3, "nodes": ["https://w3id.org/directive-kg/id/doc/a"], "known": None,
              "made": ox.serialize([entry], format=ox.RdfFormat.N_QUADS),
              "grown": (b"", ox.serialize([count], format=ox.RdfFormat.N_QUADS)), **changes}
    return lookahead.Sent(**fields)


def test_the_loading_process_checks_what_the_child_sends():
    quads = [ox.Quad(ox.NamedNode(f"https://w3id.org/directive-kg/id/x/{i}"), OX_DKG.key, ox.Literal("k"), ASSERTED)
             for i in range(3)]
    good = lookahead.received(_sent(), quads, counts=True)
    assert good is not None and good.nodes == [ox.NamedNode("https://w3id.org/directive-kg/id/doc/a")]
    assert good.grown is not None and len(good.grown[1]) == 1 and good.made is not None
    assert lookahead.received(_sent(), quads, counts=False).grown is None  # (recounted after the write)
    # near misses, each refused: another batch's size, an entry outside graph/index, a count that is
    # no task count, text that is not N-Quads, an IRI that is not one, something else than lookups
    outside = ox.Quad(ox.NamedNode("https://w3id.org/directive-kg/id/a"), OX_DKG.key, ox.Literal("k"), ASSERTED)
    for wrong in (_sent(count=4), _sent(made=ox.serialize([outside], format=ox.RdfFormat.N_QUADS)),
                  _sent(grown=(b"", ox.serialize([outside.__class__(outside.subject, outside.predicate, outside.object,
                                                                      INDEX)], format=ox.RdfFormat.N_QUADS))),
                  _sent(made=b"<not n-quads"), _sent(nodes=["not an iri"]), _sent(known="texts"), ("done", None)):
        assert lookahead.received(wrong, quads, counts=True) is None
