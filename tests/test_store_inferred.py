"""Inferences drawn by other rules are drawn again (kg.store.inferred): two rule sets, a redraw killed at each of
its phases, and every graph compared with a clean store's, reasoned over by the installed rules alone."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.reason.engines as engines
from kg.reason import materialize, rules_version
from kg.reason.entailments import TripleSet
from kg.rdf.graphs import ASSERTED, CHANGES, INDEX, INFERRED, INFERRED_DRAFT
from kg.rdf.terms import OX_DKG, OX_RDF
from kg.store import Store, inferred, textindex, writes

BASE = "https://w3id.org/directive-kg/"

#: A resolution, the province's programme carrying it out and a district's plan carrying out the programme:
#: what the rules draw from it (the transitive chain, the inverses, the supertypes) is what this file compares.
CHAIN = [
    ox.Quad(ox.NamedNode(BASE + f"doc/{name}"), OX_RDF.type, getattr(OX_DKG, kind), ASSERTED)
    for name, kind in (("nq1", "Resolution"), ("ctr2", "Programme"), ("kh3", "Plan"))
] + [
    ox.Quad(ox.NamedNode(BASE + "doc/ctr2"), OX_DKG.implements, ox.NamedNode(BASE + "doc/nq1"), ASSERTED),
    ox.Quad(ox.NamedNode(BASE + "doc/kh3"), OX_DKG.implements, ox.NamedNode(BASE + "doc/ctr2"), ASSERTED),
]


def older_rules(monkeypatch) -> None:
    """Rule set A, as an earlier version had it: another digest, and no inverse of `implements` drawn."""
    drawn = engines.run_rules
    monkeypatch.setattr(engines, "rules_version", lambda: "rules-of-an-earlier-version")
    monkeypatch.setattr(engines, "run_rules", lambda store, tbox: TripleSet(
        {t for t in drawn(store, tbox).triples() if t.predicate != OX_DKG.implementedBy}))


def seeded(location: Path, monkeypatch) -> Path:
    """A store holding CHAIN, reasoned over by rule set A."""
    store = Store.open(location)
    store.main.extend(CHAIN)
    with monkeypatch.context() as patched:
        older_rules(patched)
        materialize(store)
    store.close()
    return location


def graphs(location: Path) -> dict[str, set]:
    """Every graph of the store but the change log (which says when each write was made), the index's blank entry
    nodes (named afresh by each rebuild) left out."""
    store = Store.open(location, read_only=True)
    try:
        out: dict[str, set] = {}
        for q in store.main:
            if q.graph_name == CHANGES or (q.graph_name == INDEX and (isinstance(q.subject, ox.BlankNode)
                                                                    or isinstance(q.object, ox.BlankNode))):
                continue
            out.setdefault(str(q.graph_name), set()).add((str(q.subject), str(q.predicate), str(q.object)))
        return out
    finally:
        store.close()


@pytest.fixture()
def clean(tmp_path) -> dict[str, set]:
    """The graphs of a store holding CHAIN reasoned over by the installed rules alone."""
    store = Store.open(tmp_path / "clean")
    store.main.extend(CHAIN)
    materialize(store)
    store.close()
    return graphs(tmp_path / "clean")


def implemented_by(location: Path) -> set:
    return {t for t in graphs(location).get(str(INFERRED), set()) if t[1] == str(OX_DKG.implementedBy)}


def test_an_open_for_writing_draws_again_what_other_rules_drew(tmp_path, monkeypatch, clean):
    location = seeded(tmp_path / "store", monkeypatch)
    assert implemented_by(location) == set()  # (rule set A drew none)
    said: list[str] = []
    store = Store.open(location, announce=said.append)
    assert said == ["note.redrawing"] and store.repaired is not None and store.repaired.key == "note.redrawn"
    assert inferred.drawn_by(store.main) == rules_version()
    store.close()
    assert graphs(location) == clean and implemented_by(location)
    # once drawn again, the next open draws nothing
    store = Store.open(location)
    assert store.repaired is None
    store.close()


def test_a_reader_says_the_inferences_are_behind_and_draws_nothing(tmp_path, monkeypatch):
    location = seeded(tmp_path / "store", monkeypatch)
    before = graphs(location)
    reader = Store.open(location, read_only=True)
    assert reader.repaired is not None and reader.repaired.key == "note.inferences-behind"
    assert "drawn by another version's reasoning rules" in reader.repaired.said("en")
    reader.close()
    assert graphs(location) == before


def test_a_reader_after_a_cut_off_redraw_says_the_half_drawn_inferences_were_dropped(tmp_path, monkeypatch):
    location = seeded(tmp_path / "store", monkeypatch)
    store = Store.open(location, redraw=False)
    textindex.begin_write(store.main, textindex.REDRAW)  # (as a redraw killed after its mark leaves the store)
    store.close()
    reader = Store.open(location, read_only=True)  # (drops the half-drawn inferences: the repair a reader may make)
    try:
        assert next(iter(reader.main.quads_for_pattern(None, None, None, INFERRED)), None) is None
        assert reader.repaired is not None and reader.repaired.key == "note.inferences-dropped"
        said = {lang: reader.repaired.said(lang) for lang in ("en", "vi")}
    finally:
        reader.close()
    assert "dropped" in said["en"] and "use them as they are" not in said["en"]
    assert "next command that opens the store for writing" in said["en"]
    assert "đã bỏ" in said["vi"] and "như hiện có" not in said["vi"]
    # a second reader finds them gone already, and says the same
    reader = Store.open(location, read_only=True)
    try:
        assert reader.repaired is not None and reader.repaired.key == "note.inferences-dropped"
    finally:
        reader.close()


def test_inferences_dropped_with_no_redraw_owed_are_not_drawn_unasked(tmp_path, monkeypatch):
    location = seeded(tmp_path / "store", monkeypatch)
    store = Store.open(location, redraw=False)
    store.main.remove_graph(INFERRED)  # (as a write of an earlier version did, marking no redraw)
    store.close()
    store = Store.open(location)
    assert store.repaired is None and not store.main.contains_named_graph(INFERRED)
    store.close()


def test_inferences_with_no_stamp_are_drawn_again(tmp_path, clean):
    # a store reasoned over before the stamp was kept: which rules drew its inferences is not known
    store = Store.open(tmp_path / "store")
    store.main.extend(CHAIN)
    materialize(store)
    for q in inferred.stamps(store.main):
        store.main.remove(q)
    store.main.remove_graph(INFERRED)
    store.main.add(ox.Quad(ox.NamedNode(BASE + "doc/kh3"), OX_DKG.cascadesFrom, ox.NamedNode(BASE + "doc/nq1"), INFERRED))
    store.close()
    store = Store.open(tmp_path / "store")
    assert store.repaired is not None and store.repaired.key == "note.redrawn"
    store.close()
    assert graphs(tmp_path / "store") == clean


def test_the_same_inferences_under_another_digest_get_the_stamp_alone(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "store")
    store.main.extend(CHAIN)
    with monkeypatch.context() as patched:
        patched.setattr(engines, "rules_version", lambda: "a-digest-of-reworded-code")
        materialize(store)
    written = {q for q in store.main.quads_for_pattern(None, None, None, INFERRED)}
    result = materialize(store)
    assert not result.changed and inferred.drawn_by(store.main) == rules_version()
    assert set(store.main.quads_for_pattern(None, None, None, INFERRED)) == written
    assert len(inferred.stamps(store.main)) == 1
    store.close()


def test_a_rebuilt_index_keeps_the_stamp(tmp_path):
    store = Store.open(tmp_path / "store")
    store.main.extend(CHAIN)
    materialize(store)
    store.rebuild_index()  # (dkg reindex: graph/index written anew)
    assert inferred.drawn_by(store.main) == rules_version()
    store.close()
    store = Store.open(tmp_path / "store")
    assert store.repaired is None
    store.close()


def test_a_rebuild_cut_off_during_its_write_keeps_the_stamp(tmp_path, monkeypatch):
    """dkg reindex killed while it writes the index anew (here: stopped before the bodies' task counts) leaves the
    index without its own stamp, done again by the next open, and the inferences' stamp where it was: a reader then
    neither calls the inferences another version's nor draws them again."""
    store = Store.open(tmp_path / "store")
    store.main.extend(CHAIN)
    materialize(store)

    def cut_off(dataset):
        raise KeyboardInterrupt("killed during the rebuild's write")
    with monkeypatch.context() as patched:
        patched.setattr(textindex, "task_counts", cut_off)
        with pytest.raises(KeyboardInterrupt):
            store.rebuild_index()
    assert not textindex.current(store.main)
    assert inferred.drawn_by(store.main) == rules_version()
    store.close()
    reader = Store.open(tmp_path / "store", read_only=True)  # (repairs the index: no other process holds the store)
    assert reader.repaired is None and inferred.reader_note(reader.main) is None
    assert textindex.current(reader.main) and inferred.drawn_by(reader.main) == rules_version()
    reader.close()


@pytest.mark.parametrize("phase", ["inferences-marked", "inferences-written", "inferences-moved"])
def test_a_reasoning_cut_off_leaves_the_inferences_in_place_old_or_new_never_none(tmp_path, monkeypatch, clean, phase):
    """`dkg reason` over inferences it changes (one of them gone, as after a SPARQL update): stopped at any phase,
    the next open (a reader's) finds the old inferences whole, or, once they were put in place, the new ones."""
    location = tmp_path / "store"
    store = Store.open(location)
    store.main.extend(CHAIN)
    materialize(store)
    store.main.remove(next(q for q in store.main.quads_for_pattern(None, OX_DKG.implementedBy, None, INFERRED)))
    store.close()
    before = graphs(location)
    store = Store.open(location)

    def stopped(at: str) -> None:
        if at == phase:
            raise KeyboardInterrupt(f"killed at {at}")
    with monkeypatch.context() as patched:
        patched.setattr(writes, "fault_point", stopped)
        with pytest.raises(KeyboardInterrupt):
            materialize(store)
    store.close()
    reader = Store.open(location, read_only=True)  # (repairs: no other process holds the store)
    assert reader.repaired is not None and reader.repaired.key == "repair.reasoning-kept"
    reader.close()
    assert graphs(location) == (clean if phase == "inferences-moved" else before) != {}
    assert str(INFERRED_DRAFT) not in graphs(location)


def test_the_digest_changes_with_the_rules_code(tmp_path):
    source = Path(engines.__file__).read_text(encoding="utf-8")
    changed = source.replace('ENGINES = ("auto", "rules", "reasonable", "owlrl")', 'ENGINES = ("auto", "rules")', 1)
    assert changed != source
    digests = []
    for name, text in (("same", source), ("again", source), ("changed", changed)):
        (tmp_path / name).mkdir()
        path = tmp_path / name / "engines.py"
        path.write_text(text, encoding="utf-8")
        digests.append(engines.code_digest(((path, 0, 0),)))
    assert digests[0] == digests[1] != digests[2]
    assert rules_version() == rules_version() and len(rules_version()) == 16


def reopened(location: Path, fault: str) -> subprocess.CompletedProcess:
    """Open the store for writing in a process of its own, which ``fault`` kills at that phase."""
    env = {**os.environ, "DKG_FAULT_AT": fault}
    return subprocess.run([sys.executable, "-c", "import sys; from kg.store import Store; Store.open(sys.argv[1])",
                           str(location)], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow  # (a process started per phase: seconds)
@pytest.mark.parametrize("phase", ["redraw-marked", "inferences-written"])
def test_a_redraw_killed_at_each_phase_is_done_by_the_next_open(tmp_path, monkeypatch, clean, phase):
    location = seeded(tmp_path / "store", monkeypatch)
    assert reopened(location, phase).returncode == 137
    # a reader after the kill sees no half-drawn inferences, and says they were dropped
    reader = Store.open(location, read_only=True)
    assert reader.repaired is not None and "note.inferences-dropped" in repr(reader.repaired)
    assert textindex.REDRAW in textindex.write_marks(reader.main)
    held = {q for q in reader.main.quads_for_pattern(None, None, None, INFERRED)}
    reader.close()
    assert held == set()
    store = Store.open(location)
    assert store.repaired is not None and "note.redrawn" in repr(store.repaired)
    assert textindex.write_marks(store.main) == []
    store.close()
    assert graphs(location) == clean


@pytest.mark.slow  # (a process started to be killed: seconds)
def test_readers_after_a_killed_redraw_repair_it_once_and_leave_the_redraw_to_a_writer(tmp_path, monkeypatch):
    location = seeded(tmp_path / "store", monkeypatch)
    assert reopened(location, "inferences-written").returncode == 137
    first = Store.open(location, read_only=True)  # (drops the half-drawn inferences: the repair a reader may make)
    first.close()
    # the redraw alone is owed now, which a reader does not do: a second reader takes no write lock to repair nothing,
    # and so keeps no writer (a load, a backup) out of the store meanwhile
    reader = Store.open(location, read_only=True)
    try:
        assert reader.read_only and not reader.needs_upkeep()
        assert textindex.REDRAW in textindex.write_marks(reader.main)
        assert reader.repaired is not None and reader.repaired.key == "note.inferences-dropped"
    finally:
        reader.close()
    # and the next open for writing draws them
    store = Store.open(location)
    try:
        assert inferred.drawn_by(store.main) == rules_version() and textindex.write_marks(store.main) == []
    finally:
        store.close()


# --- a newer ontology (graph/reference replaced at an open for writing) ------------------------------------------

def older_ontology(folder: Path) -> list[Path]:
    """The installed ontology files as an earlier version might have had them: no `owl:inverseOf` between
    `implements` and `implementedBy`, so the rules draw no `implementedBy`."""
    from kg import resources

    folder.mkdir()
    copies = []
    for path in resources.ontology_files():
        text = path.read_text(encoding="utf-8")
        if path.name == "directive-kg.ttl":
            text = text.replace("owl:inverseOf dkg:implementedBy ;", "").replace("owl:inverseOf dkg:implements ;", "")
        (folder / path.name).write_text(text, encoding="utf-8")
        copies.append(folder / path.name)
    return copies


def seeded_with_older_ontology(location: Path, monkeypatch) -> Path:
    """A store holding CHAIN, its reference data and inferences from :func:`older_ontology`, reasoned over by the
    installed rules."""
    from kg import resources

    files = older_ontology(location.parent / "older-ontology")
    with monkeypatch.context() as patched:
        patched.setattr(resources, "ontology_files", lambda: files)
        store = Store.open(location)
        store.main.extend(CHAIN)
        materialize(store)
        assert not list(store.main.quads_for_pattern(None, OX_DKG.implementedBy, None, INFERRED))
        store.close()
    return location


def test_inferences_drawn_from_an_older_ontology_are_drawn_again_by_the_open_that_replaces_it(tmp_path, monkeypatch,
                                                                                            clean):
    location = seeded_with_older_ontology(tmp_path / "store", monkeypatch)
    said: list[str] = []
    store = Store.open(location, announce=said.append)
    try:
        assert said == ["note.redrawing"]
        notes = repr(store.repaired)
        assert "note.upgraded-reference" in notes and "note.redrawn" in notes and "repair.dropped" not in notes
        assert "run `dkg reason`" not in store.repaired.said("en")
    finally:
        store.close()
    assert graphs(location) == clean and implemented_by(location)


def test_a_reader_of_a_store_with_an_older_ontology_says_its_inferences_are_behind(tmp_path, monkeypatch):
    location = seeded_with_older_ontology(tmp_path / "store", monkeypatch)
    reader = Store.open(location, read_only=True)  # (replaces the reference data: nobody else holds the store)
    try:
        assert "note.inferences-behind" in repr(reader.repaired)
        assert "ontology" in reader.repaired.said("en") and "bản thể học" in reader.repaired.said("vi")
        held = {q for q in reader.main.quads_for_pattern(None, None, None, INFERRED)}
    finally:
        reader.close()
    assert held  # (kept as they are until a writer draws them again, not dropped)
    store = Store.open(location)
    assert store.repaired is not None and "note.redrawn" in repr(store.repaired)
    store.close()
    assert implemented_by(location)


@pytest.mark.slow  # (a process started to be killed: seconds)
def test_an_open_killed_after_it_wrote_a_newer_ontology_leaves_the_redraw_to_the_next(tmp_path, monkeypatch, clean):
    location = seeded_with_older_ontology(tmp_path / "store", monkeypatch)
    assert reopened(location, "reference-written").returncode == 137
    store = Store.open(location)
    assert store.repaired is not None and "note.redrawn" in repr(store.repaired)
    store.close()
    assert graphs(location) == clean


# --- a store on a SPARQL server --------------------------------------------------------------------------------

def served_graphs(url: str) -> dict[str, set]:
    store = Store.remote(url, read_only=True, upkeep=False)
    try:
        out: dict[str, set] = {}
        for q in store.main:
            if q.graph_name in (CHANGES, INDEX):
                continue
            out.setdefault(str(q.graph_name), set()).add((str(q.subject), str(q.predicate), str(q.object)))
        return out
    finally:
        store.close()


def test_a_store_on_a_server_keeps_the_rules_stamp_and_draws_again_what_other_rules_drew(oxigraph_url, monkeypatch):
    store = Store.remote(oxigraph_url)
    store.main.extend(CHAIN)
    materialize(store)
    assert inferred.drawn_by(store.main) == rules_version()
    store.close()
    clean = served_graphs(oxigraph_url)
    store = Store.remote(oxigraph_url)
    with monkeypatch.context() as patched:
        older_rules(patched)
        materialize(store)
    store.close()
    assert not any(t[1] == str(OX_DKG.implementedBy) for t in served_graphs(oxigraph_url)[str(INFERRED)])
    reader = Store.remote(oxigraph_url, read_only=True)  # (a reader draws nothing on a server either: it says so)
    assert reader.repaired is not None and "note.inferences-behind" in repr(reader.repaired)
    reader.close()
    said: list[str] = []
    store = Store.remote(oxigraph_url, announce=said.append)
    try:
        assert said == ["note.redrawing"] and "note.redrawn" in repr(store.repaired)
        assert inferred.drawn_by(store.main) == rules_version() and textindex.write_marks(store.main) == []
    finally:
        store.close()
    assert served_graphs(oxigraph_url) == clean
    again = Store.remote(oxigraph_url)
    assert again.repaired is None
    again.close()


def test_a_redraw_cut_off_on_a_server_is_done_by_the_next_open_for_writing(oxigraph_url, monkeypatch):
    store = Store.remote(oxigraph_url)
    store.main.extend(CHAIN)
    materialize(store)
    store.close()
    clean = served_graphs(oxigraph_url)
    store = Store.remote(oxigraph_url, redraw=False)
    textindex.begin_write(store.main, textindex.REDRAW)  # (as a redraw killed after its mark leaves the server)
    store.main.remove_graph(INFERRED)
    store.main.add(ox.Quad(ox.NamedNode(BASE + "doc/kh3"), OX_DKG.cascadesFrom, ox.NamedNode(BASE + "doc/nq1"), INFERRED))
    store.close()
    store = Store.remote(oxigraph_url)
    try:
        assert "note.redrawn" in repr(store.repaired) and textindex.write_marks(store.main) == []
    finally:
        store.close()
    assert served_graphs(oxigraph_url) == clean


# --- dkg reason on a store whose inferences are behind ------------------------------------------------------------

def reasoned_by_the_cli(location: Path, monkeypatch) -> list[str]:
    """Run ``dkg reason`` on ``location`` in this process; the engines each drawing of the inferences asked for."""
    from click.testing import CliRunner

    from kg.cli import main

    drawn: list[str] = []
    infer = engines._infer

    def counted(store, engine):
        drawn.append(engine)
        return infer(store, engine)
    monkeypatch.setattr(engines, "_infer", counted)
    result = CliRunner().invoke(main, ["--lang", "en", "--store", str(location), "reason"])
    assert result.exit_code == 0, result.output
    return drawn


def test_dkg_reason_on_inferences_of_other_rules_draws_them_once(tmp_path, monkeypatch, clean):
    location = seeded(tmp_path / "store", monkeypatch)
    assert reasoned_by_the_cli(location, monkeypatch) == ["auto"]  # (not the open's redraw, then the command's own)
    assert graphs(location) == clean


def test_dkg_reason_after_a_cut_off_redraw_is_that_redraw(tmp_path, monkeypatch, clean):
    location = seeded(tmp_path / "store", monkeypatch)
    store = Store.open(location, redraw=False)
    textindex.begin_write(store.main, textindex.REDRAW)  # (as a redraw killed after its mark leaves the store)
    store.close()
    assert reasoned_by_the_cli(location, monkeypatch) == ["auto"]
    store = Store.open(location)
    try:
        assert textindex.write_marks(store.main) == [] and store.repaired is None  # (nothing owed: nothing drawn)
    finally:
        store.close()
    assert graphs(location) == clean
