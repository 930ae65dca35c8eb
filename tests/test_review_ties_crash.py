"""A reviewer's word on a pair is carried to a corrected fact by the write that corrects it (``kg.review.ties.carry``):
a process killed at any phase of that write (``DKG_FAULT_AT``, see ``tests/test_store_crash.py``) leaves a store whose
every graph, once the next command opens it, equals that of a run that was not killed, the carried decision included;
and the history holds one change set for the act, not two."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.cards import document_card
from kg.review import decide, queue, tie
from kg.review.ties import tie_decisions
from kg.store import Store, history, undo
from review_ties_helpers import LINES, facts_of, ingested, with_figure
from test_store_crash import answers, copy_store, without_blank_index_nodes

TESTS = Path(__file__).resolve().parent
PHASES = ["marked", "data-written", "inferred-dropped", "index-refreshed", "counts-written"]
#: the time of the correction, the same in every run (a decision is named by its time)
AT = "2026-06-01T08:00:00+00:00"


@pytest.fixture(scope="module")
def tied(tmp_path_factory) -> Path:
    """A store on disk with the programme and the review ingested and the matched pair confirmed by a reviewer."""
    folder = tmp_path_factory.mktemp("tied")
    with pytest.MonkeyPatch.context() as monkeypatch:
        store = Store.from_cli(str(folder / "store"), write=True)
        try:
            target, matched = ingested(store, monkeypatch, folder, with_figure("1.810"), LINES)
            tie(store, matched["iri"], target["iri"], "accepted", reviewer="Lê Văn An", reason="cùng chỉ tiêu",
                now=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc))
        finally:
            store.close()
    # the review's corrected version, under the same name (a new version of the text, kg.review.ledger.earlier_versions)
    (folder / "review.txt").write_text(LINES.replace("1.720", "1.810"), encoding="utf-8")
    return folder


#: What each child process does to the store: a reviewer corrects the target's figure, or the review's corrected
#: version is ingested (read as the tests read it: ``extract_one`` replaced, as ``ingested`` does).
ACTS = {
    "correction": """
        (fact,) = [e.item.id for e in queue(store) if e.item.kind == "target"]
        decide(store, [fact], "corrected", reviewer="Bình", changes={"value": "1600"}, now=dt.datetime.fromisoformat(AT))
    """,
    "ingest": """
        ingest.extract_one = lambda name, text, on, place, hints=None: with_figure("1.810")(name, text)
        assert ingest.ingest_paths(store, [str(FOLDER / "review.txt")]).ok
    """,
}


def _act(folder: Path, store: Path, act: str, fault: str | None = None) -> int:
    script = textwrap.dedent("""
        import datetime as dt, sys
        from pathlib import Path
        sys.path.insert(0, {tests!r})
        from kg import ingest
        from kg.review import decide, queue
        from kg.store import Store
        from test_review_ties_versions import with_figure
        AT, FOLDER = {at!r}, Path({folder!r})
        store = Store.from_cli({store!r}, write=True)
        """).format(tests=str(TESTS), at=AT, folder=str(folder), store=str(store)) + textwrap.dedent(ACTS[act]) + \
        "store.close()\n"
    env = {k: v for k, v in __import__("os").environ.items() if k != "DKG_FAULT_AT"}
    if fault:
        env["DKG_FAULT_AT"] = fault
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300).returncode


def _seen(location: Path) -> tuple[list, list, int]:
    """What an analyst reads: the card's tie, the decisions on the pair (who, word, reason, when, which nodes) and
    how many change sets the history holds."""
    store = Store.open(location)
    try:
        (target,) = document_card(store, "7-CTr/TU")["targets"]
        card = [(target["value"], o["value"], o["link"]) for o in target["outcomes"]]
        said = [(d["reviewer"], d["state"], d["reason"], d["at"], d["outcome"], d["target"]) for d in tie_decisions(store)]
        return card, said, len(history.change_sets(store))
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("act", sorted(ACTS))
def test_a_write_that_carries_a_tie_killed_at_each_phase_ends_as_a_clean_one(tied, tmp_path, act):
    clean = copy_store(tied / "store", tmp_path / "clean")
    before = _seen(clean)
    assert _act(tied, clean, act) == 0
    card, said, sets = _seen(clean)
    # the clean run: the tie carried to the corrected node, by the act's own change set
    assert [link for *_, link in card] == ["confirmed"] and len(said) == 2 and sets == before[2] + 1
    for phase in PHASES:
        crashed = copy_store(tied / "store", tmp_path / f"crashed-{phase}")
        assert _act(tied, crashed, act, fault=phase) == 137, phase
        assert without_blank_index_nodes(answers(crashed)) == without_blank_index_nodes(answers(clean)), phase
        assert _seen(crashed) == (card, said, sets), phase


def test_a_correction_carries_the_tie_in_its_own_change_set(tmp_path, monkeypatch):
    """(In this process, not killed: the fast loop's check of the same.)"""
    store = Store.from_cli(str(tmp_path / "store"), write=True)
    try:
        target, matched = ingested(store, monkeypatch, tmp_path, facts_of)
        tie(store, matched["iri"], target["iri"], "accepted", reviewer="An", reason="đúng")
        sets = len(history.change_sets(store))
        (fact,) = [e.item.id for e in queue(store) if e.item.kind == "target"]
        decide(store, [fact], "corrected", reviewer="Bình", changes={"value": "1600"})
        assert len(history.change_sets(store)) == sets + 1
        assert sorted(d["target"] == target["iri"] for d in tie_decisions(store)) == [False, True]
    finally:
        store.close()


def test_a_rollback_of_the_correction_takes_the_carried_tie_back_with_it(tmp_path, monkeypatch):
    """The tie the correction moved is in its change set (added and taken out): undone, the pair is as the reviewer
    confirmed it, on the first nodes."""
    store = Store.from_cli(str(tmp_path / "store"), write=True)
    try:
        target, matched = ingested(store, monkeypatch, tmp_path, facts_of)
        tie(store, matched["iri"], target["iri"], "accepted", reviewer="An", reason="đúng")
        (fact,) = [e.item.id for e in queue(store) if e.item.kind == "target"]
        decide(store, [fact], "corrected", reviewer="Bình", changes={"value": "1600"})
        latest = history.change_sets(store)[-1].number
        undo.rollback(store, latest)
        (now,) = document_card(store, "7-CTr/TU")["targets"]
        assert (now["iri"], [(o["iri"], o["link"]) for o in now["outcomes"]]) == \
            (target["iri"], [(matched["iri"], "confirmed")])
        assert [(d["outcome"], d["target"]) for d in tie_decisions(store)] == [(matched["iri"], target["iri"])]
    finally:
        store.close()
