"""kg.validate.batch: the CLI, the web and loads give the same data the same report."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cli import main
from kg.errors import InputError, ValidationFailed
from kg.store import Store, bulk
from kg.validate import read_batch, validate_batch
from kg.web import create_app

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
VOCAB = "https://w3id.org/directive-kg/vocab/"
HEAD = f"""@prefix dkg: <{DKG}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
PARENT = HEAD + f"""
<{ID}doc/party/tw/nq/46/khoa-xiii> a dkg:Resolution ;
    dkg:key "46-NQ/TW" ; dkg:symbol "46-NQ/TW" ; dkg:documentNumber "46" ; dkg:typeCode "NQ" ;
    dkg:issuerCode "TW" ; dkg:level <{VOCAB}level/central> ;
    dkg:dateIssued "2023-12-20"^^xsd:date ; rdfs:label "Nghị quyết 46-NQ/TW"@vi ;
    dkg:implements <{ID}doc/party/tw/kl/21/khoa-xiii> .
<{ID}doc/party/tw/kl/21/khoa-xiii> a dkg:Conclusion ;
    dkg:key "21-KL/TW" ; dkg:symbol "21-KL/TW" ; dkg:documentNumber "21" ; dkg:typeCode "KL" ;
    dkg:issuerCode "TW" ; dkg:level <{VOCAB}level/central> ;
    dkg:dateIssued "2021-10-25"^^xsd:date ; rdfs:label "Kết luận 21-KL/TW"@vi .
"""
# a plan carrying out the resolution above: it conforms on its own and with the store around it
PLAN = HEAD + f"""
<{ID}doc/party/tu/legacy-20/kh/7/term-2020-2025> a dkg:Plan ;
    dkg:key "7-KH/TU" ; dkg:symbol "7-KH/TU" ; dkg:documentNumber "7" ; dkg:typeCode "KH" ;
    dkg:issuerCode "TU" ; dkg:level <{VOCAB}level/province> ;
    dkg:jurisdiction <{ID}place/legacy/20> ;
    dkg:dateIssued "2024-03-01"^^xsd:date ; rdfs:label "Kế hoạch 7-KH/TU"@vi ;
    dkg:implements <{ID}doc/party/tw/nq/46/khoa-xiii> .
"""


def _loaded_store(tmp_path):
    parent = tmp_path / "parent.ttl"
    parent.write_text(PARENT, encoding="utf-8")
    location = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["--store", location, "load", str(parent)])
    assert result.exit_code == 0, result.output
    return location


def test_web_cli_and_load_agree_on_a_plan_implementing_a_stored_document(tmp_path):
    location = _loaded_store(tmp_path)
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")

    cli = CliRunner().invoke(main, ["--store", location, "validate", "--format", "json", str(plan)])
    assert cli.exit_code == 0, cli.output
    cli_report = json.loads(cli.stdout)

    store = Store.open(location)
    try:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        web = client.post("/validate", content=PLAN.encode("utf-8"), headers={"Content-Type": "text/turtle"})
        assert web.status_code == 200, web.text
        # before validate_batch the web judged the document the parent implements on the few
        # facets fetched as context and reported it: "must have exactly one dkg:typeCode"
        assert web.json()["violations"] == cli_report["violations"] == []
        assert web.json()["conforms"] is cli_report["conforms"] is True
        loaded = store.load_files([str(plan)])
        assert loaded.report.conforms and not loaded.quarantined
    finally:
        store.close()


def test_a_batch_is_judged_with_the_store_around_it(tmp_path):
    store = Store.open(None)
    quads = read_batch(["plan.ttl"], {"plan.ttl": PLAN.encode("utf-8")})
    assert validate_batch(quads, store=store).report.conforms
    store.load_files(["parent.ttl"], data={"parent.ttl": PARENT.encode("utf-8")})
    batch = validate_batch(quads, store=store)
    assert batch.report.conforms and len(batch.graph) == len(quads)


def _split_over_graphs(quads):
    """The same triples, each subject's type in one named graph and the rest in another."""
    import pyoxigraph as ox

    first, second = ox.NamedNode("urn:test:graph/one"), ox.NamedNode("urn:test:graph/two")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return [ox.Quad(q.subject, q.predicate, q.object, first if q.predicate == rdf_type else second) for q in quads]


def _verdicts(report):
    return sorted((v.focus, v.shape, v.path or "", v.value or "", v.severity) for v in report.violations)


def test_a_batch_of_quads_is_judged_as_the_union_of_its_graphs_as_an_rdflib_graph_is():
    from kg.rdf.terms import triples_to_graph
    from kg.validate import validate

    store = Store.open(None)
    store.load_files(["parent.ttl"], data={"parent.ttl": PARENT.encode("utf-8")})
    # one plan that conforms, one dated before the resolution it carries out (a violation), and
    # one that says nothing but its type (missing key, symbol ...): split over two graphs
    early = PLAN.replace("2024-03-01", "2020-01-01").replace("kh/7/", "kh/8/").replace('"7-KH/TU"', '"8-KH/TU"')
    bare = HEAD + f"<{ID}doc/party/tu/legacy-20/kh/9/term-2020-2025> a dkg:Plan .\n"
    quads = []
    for i, text in enumerate((PLAN, early, bare)):
        quads += read_batch([f"f{i}.ttl"], {f"f{i}.ttl": text.encode("utf-8")})
    split = _split_over_graphs(quads)
    batch = validate_batch(split, store=store)
    as_graph = validate(triples_to_graph(quads), context=store.context_for(triples_to_graph(quads)),
                        report_context=False)
    assert not batch.report.conforms and _verdicts(batch.report) == _verdicts(as_graph)
    focus = {v.focus for v in batch.report.violations}
    assert f"{ID}doc/party/tu/legacy-20/kh/8/term-2020-2025" in focus
    assert f"{ID}doc/party/tu/legacy-20/kh/9/term-2020-2025" in focus
    assert f"{ID}doc/party/tu/legacy-20/kh/7/term-2020-2025" not in focus
    # the stored context, read as quads, is the same whichever form the batch is given in
    assert triples_to_graph(store.context_quads(split)).isomorphic(store.context_for(triples_to_graph(quads)))
    store.close()


def test_blank_nodes_of_a_batch_keep_the_labels_of_the_file_in_the_report():
    from kg.validate import validate

    # a blank node typed as a plan (so the document shapes target it) with nothing else said
    quads = read_batch(["b.nt"], {"b.nt": (f"_:myPlan <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DKG}Plan> .\n"
                                          f"_:myPlan <{DKG}key> \"3-KH/TU\" .\n").encode("utf-8")})
    report = validate(quads, engine="fast")
    assert report.violations and {v.focus for v in report.violations} == {"myPlan"}
    # pyshacl reads an rdflib copy, whose parser renames blank nodes: the rest of each result agrees
    assert [v[1:] for v in _verdicts(report)] == [v[1:] for v in _verdicts(validate(quads, engine="pyshacl"))]


# a plan issued before the resolution it implements: wrong only with the store around it
EARLY_PLAN = PLAN.replace('"2024-03-01"', '"2020-01-01"')


def test_validate_without_store_uses_the_default_store_as_load_does(tmp_path, monkeypatch):
    """No --store, no DKG_STORE: `dkg validate FILE` judges the file with the default store, the one
    `dkg load FILE` would write to, and both report the same violations."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DKG_STORE", raising=False)
    (tmp_path / "parent.ttl").write_text(PARENT, encoding="utf-8")
    early = tmp_path / "early.ttl"
    early.write_text(EARLY_PLAN, encoding="utf-8")
    assert CliRunner().invoke(main, ["load", str(tmp_path / "parent.ttl")]).exit_code == 0

    checked = CliRunner().invoke(main, ["validate", "--format", "json", str(early)])
    assert checked.exit_code == 1, checked.output
    violations = json.loads(checked.stdout)["violations"]
    assert [v["path"] for v in violations] == ["dkg:implements"]
    loaded = CliRunner().invoke(main, ["load", str(early)])
    assert loaded.exit_code == 1 and "(1 violations)" in loaded.stderr
    # the near miss: the same file with no store around it says nothing of the parent's date
    quads = read_batch([str(early)])
    assert validate_batch(quads).report.conforms


def test_validate_without_any_store_uses_the_bundled_data(tmp_path, monkeypatch):
    """Where no store exists yet, `dkg validate FILE` reads the bundled dataset as the other read
    commands do (it holds 46-NQ/TW, so the early plan is judged against it)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty-home"))
    early = tmp_path / "early.ttl"
    early.write_text(EARLY_PLAN, encoding="utf-8")
    checked = CliRunner().invoke(main, ["validate", "--format", "json", str(early)])
    assert checked.exit_code == 1 and "bundled dataset" in checked.stderr
    assert not (tmp_path / "empty-home" / "directive-kg" / "store").exists()  # nothing created


def test_a_batch_about_to_replace_several_graphs_takes_none_of_them_as_context():
    # an ingest replaces the graphs of all the texts of a batch: what they held is no context for the batch
    import pyoxigraph as ox

    store = Store.open(None)
    one, two = ox.NamedNode("urn:test:graph/one"), ox.NamedNode("urn:test:graph/two")
    parent = read_batch(["parent.ttl"], {"parent.ttl": PARENT.encode("utf-8")})
    store.main.extend(ox.Quad(q.subject, q.predicate, q.object, one if i % 2 else two) for i, q in enumerate(parent))
    plan = read_batch(["plan.ttl"], {"plan.ttl": PLAN.encode("utf-8")})
    graphs_of = lambda batch: {q.graph_name for q in batch.context}  # noqa: E731
    assert {one, two} <= graphs_of(validate_batch(plan, store=store))
    assert graphs_of(validate_batch(plan, store=store, exclude=one)) & {one, two} == {two}
    assert graphs_of(validate_batch(plan, store=store, exclude=[one, two])) & {one, two} == set()


# --- a large batch validated in a child process beside the load (kg.validate.batch.Apart) ---------------

# a plan that breaks a shape (no date of issue, a key with the wrong form would be another): refused
BROKEN = HEAD + f"""
<{ID}doc/party/tu/legacy-20/kh/8/term-2020-2025> a dkg:Plan ;
    dkg:key "8-KH/TU" ; dkg:symbol "8-KH/TU" ; dkg:documentNumber "8" ; dkg:typeCode "KH" ;
    dkg:issuerCode "TU" ; dkg:level <{VOCAB}level/province> ;
    dkg:dateIssued "không rõ" ; rdfs:label "Kế hoạch 8-KH/TU"@vi ;
    dkg:implements <{ID}doc/party/tw/nq/46/khoa-xiii> .
"""


def _data_quads(store: Store) -> set[str]:
    """The store's quads outside its change log (whose entries carry the time of the write)."""
    return {str(q) for q in store.main if not q.graph_name.value.endswith("/graph/changes")}


def _parent_never_validates(monkeypatch) -> None:
    """Validation apart from the loading process: the child is a fresh interpreter, untouched by this."""
    import kg.validate.batch as batch_module

    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", 0)

    def refuse(*args, **kwargs):
        raise AssertionError("validated in the loading process")
    monkeypatch.setattr(batch_module, "validate", refuse)


def _plan_loaded_in_process(tmp_path) -> tuple[Path, set[str]]:
    """The plan's file, and the data of a store that loaded it validated in this process (under ``here``;
    ``apart`` is made beside it for the other store)."""
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    (tmp_path / "here").mkdir()
    (tmp_path / "apart").mkdir()
    here = Store.open(_loaded_store(tmp_path / "here"))
    here.load_files([plan])
    expected = _data_quads(here)
    here.close()
    return plan, expected


def test_a_batch_validated_apart_is_written_as_one_validated_in_process(tmp_path, monkeypatch):
    plan, expected = _plan_loaded_in_process(tmp_path)
    _parent_never_validates(monkeypatch)
    store = Store.open(_loaded_store(tmp_path / "apart"))
    result = store.load_files([plan])
    assert result.report.conforms and result.triples == len(read_batch([plan]))
    assert _data_quads(store) == expected
    store.close()


def test_a_batch_refused_apart_leaves_the_store_and_its_history_as_they_were(tmp_path, monkeypatch):
    broken = tmp_path / "broken.ttl"
    # (with enough quads that its change set's payload would be a file of its own: kg.store.bulk.BULK_MIN)
    notes = "".join(f'<{ID}doc/party/tu/legacy-20/kh/8/term-2020-2025> rdfs:comment "ghi chú {i}"@vi .\n'
                    for i in range(bulk.BULK_MIN))
    broken.write_text(BROKEN + notes, encoding="utf-8")
    location = _loaded_store(tmp_path)
    store = Store.open(location)
    files = sorted(p.name for p in (Path(location) / "changes").glob("*"))
    expected = validate_batch(read_batch([broken]), store=store).report
    assert not expected.conforms
    before, history = _data_quads(store), len(store.history_store)

    _parent_never_validates(monkeypatch)
    with pytest.raises(ValidationFailed) as err:
        store.load_files([broken])
    assert err.value.report.violations == expected.violations
    assert _data_quads(store) == before and len(store.history_store) == history
    assert sorted(p.name for p in (Path(location) / "changes").glob("*")) == files
    # with --force it goes to the quarantine, with the same report
    result = store.load_files([broken], force=True)
    assert result.quarantined and result.report.violations == expected.violations
    assert {q for q in _data_quads(store) if "/graph/asserted" in q} == {q for q in before if "/graph/asserted" in q}
    store.close()


def test_a_child_that_gives_no_verdict_leaves_the_validation_to_the_loading_process(tmp_path, monkeypatch):
    import kg.validate.batch as batch_module

    plan, broken = tmp_path / "plan.ttl", tmp_path / "broken.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    broken.write_text(BROKEN, encoding="utf-8")
    store = Store.open(_loaded_store(tmp_path))
    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", 0)
    monkeypatch.setattr(sys, "executable", shutil.which("false"))  # (a child that exits at once)
    with pytest.raises(ValidationFailed):
        store.load_files([broken])
    assert store.load_files([plan]).report.conforms
    assert any("7-KH/TU" in q for q in _data_quads(store))
    store.close()


def test_a_syntax_error_stops_the_child_and_writes_nothing(tmp_path, monkeypatch):
    import kg.validate.batch as batch_module

    bad = tmp_path / "bad.ttl"
    bad.write_text(PLAN.replace(" ;\n    dkg:implements", " ;;; dkg:implements <"), encoding="utf-8")
    store = Store.open(_loaded_store(tmp_path))
    before = _data_quads(store)
    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", 0)
    with pytest.raises(InputError):
        store.load_files([bad])
    assert _data_quads(store) == before
    store.close()


def test_only_files_past_the_threshold_are_validated_apart(tmp_path, monkeypatch):
    import kg.validate.batch as batch_module

    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    size = plan.stat().st_size
    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", size + 1)
    assert not batch_module.Apart.wanted([str(plan)])
    assert batch_module.Apart.wanted([str(plan), "-"], {"-": b"x"})
    assert not batch_module.Apart.wanted([str(tmp_path / "missing.ttl")])


def test_the_verdict_is_read_without_waiting_for_the_child_to_exit(tmp_path, monkeypatch):
    """The child's report is read by its length: a child still there after its report (one that
    takes long to exit, here one that does not exit at all) does not hold the load back."""
    import threading

    lingering = tmp_path / "lingering-python"
    # (the real child, but one that stays after its report instead of exiting)
    code = ("import os, time; os._exit = lambda code: time.sleep(120); "
            "from kg.validate.batch import serve_apart; serve_apart(); time.sleep(120)")
    lingering.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "{code}"\n', encoding="utf-8")
    lingering.chmod(0o755)
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    store = Store.open(_loaded_store(tmp_path))
    _parent_never_validates(monkeypatch)
    monkeypatch.setattr(sys, "executable", str(lingering))
    results = []
    load = threading.Thread(target=lambda: results.append(store.load_files([plan])), daemon=True)
    load.start()
    load.join(60)
    assert not load.is_alive(), "the load waited for the child to exit"
    assert results[0].report.conforms
    assert any("7-KH/TU" in q for q in _data_quads(store))
    store.close()


def test_a_child_whose_output_is_no_report_leaves_the_validation_to_the_loading_process(tmp_path, monkeypatch):
    import kg.validate.batch as batch_module

    garbled = tmp_path / "garbled-python"
    garbled.write_text("#!/bin/sh\nprintf 'not a report at all, but bytes'\n", encoding="utf-8")
    garbled.chmod(0o755)
    plan, broken = tmp_path / "plan.ttl", tmp_path / "broken.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    broken.write_text(BROKEN, encoding="utf-8")
    store = Store.open(_loaded_store(tmp_path))
    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", 0)
    monkeypatch.setattr(sys, "executable", str(garbled))
    with pytest.raises(ValidationFailed):
        store.load_files([broken])
    assert store.load_files([plan]).report.conforms
    assert any("7-KH/TU" in q for q in _data_quads(store))
    store.close()


# --- the context read by the child itself, beside the loading process (Apart's ``beside``) ---------------

def test_the_child_reads_the_context_beside_the_store_held_for_writing(tmp_path):
    from kg.store.store import context_beside
    from kg.validate.batch import Apart

    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    location = _loaded_store(tmp_path)
    store = Store.open(location)  # (held for writing by this process, as a load holds it)
    quads = read_batch([plan])
    expected = store.context_quads(quads)
    assert any("46-NQ/TW" in str(q) for q in expected)  # (the stored resolution the plan carries out)

    def own():
        raise AssertionError("the context was made in the loading process")
    apart = Apart([str(plan)], None, (context_beside, location))
    try:
        assert set(apart.context(quads, own)) == set(expected)
        assert apart.report().conforms
    finally:
        apart.close()
        store.close()


def test_a_child_that_cannot_read_the_store_is_given_the_loading_processs_context(tmp_path):
    from kg.store.store import context_beside
    from kg.validate.batch import Apart

    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    store = Store.open(_loaded_store(tmp_path))
    quads = read_batch([plan])
    made = []

    def own():
        made.append(store.context_quads(quads))
        return made[-1]
    # (a folder with no store in it: the child's read-only open fails)
    apart = Apart([str(plan)], None, (context_beside, str(tmp_path / "no-store-here")))
    try:
        assert apart.context(quads, own) is made[0] and made[0]
        assert apart.report().conforms
    finally:
        apart.close()
        store.close()


def test_a_load_apart_makes_no_context_in_the_loading_process(tmp_path, monkeypatch):
    plan, expected = _plan_loaded_in_process(tmp_path)
    broken = tmp_path / "broken.ttl"
    broken.write_text(BROKEN, encoding="utf-8")
    location = _loaded_store(tmp_path / "apart")
    _parent_never_validates(monkeypatch)

    def refuse(*args, **kwargs):
        raise AssertionError("the context was made in the loading process")
    monkeypatch.setattr(Store, "context_quads", refuse)
    store = Store.open(location)
    with pytest.raises(ValidationFailed):
        store.load_files([broken])
    assert store.load_files([plan]).report.conforms
    assert _data_quads(store) == expected
    store.close()


def test_the_childs_work_runs_inside_what_the_loading_process_names(tmp_path, monkeypatch):
    import contextlib
    import functools

    from kg.validate.batch import Apart

    (tmp_path / "plan.ttl").write_text(PLAN, encoding="utf-8")
    store = Store.open(None)
    quads = read_batch([tmp_path / "plan.ttl"])
    _parent_never_validates(monkeypatch)
    # (a name the child can read only from inside the folder: run anywhere else, it fails and the
    # loading process would have to validate)
    apart = Apart(["plan.ttl"], None, around=functools.partial(contextlib.chdir, tmp_path))
    try:
        apart.context(quads, lambda: store.context_quads(quads))
        assert apart.report().conforms
    finally:
        apart.close()


def test_a_loads_child_runs_under_the_loading_processs_rule_for_collections(tmp_path, monkeypatch):
    import kg.store.store as store_module

    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    store = Store.open(_loaded_store(tmp_path))
    made = []

    class Recorded(store_module.Apart):
        def __init__(self, *args, **kwargs):
            made.append(args)
            super().__init__(*args, **kwargs)
    monkeypatch.setattr(store_module, "Apart", Recorded)
    monkeypatch.setattr(Recorded, "wanted", staticmethod(lambda names, data=None: True))
    assert store.load_files([plan]).report.conforms
    assert made and made[0][3] is bulk.few_collections
    store.close()


def test_the_child_validates_before_the_loading_process_asks_for_its_context(tmp_path, monkeypatch):
    """A context larger than the pipe holds is taken off it as it comes: the child is not left writing it
    (and not validating) until the loading process asks."""
    import time

    from kg.store.store import context_beside
    from kg.validate.batch import Apart

    notes = "".join(f'<{ID}doc/party/tw/nq/46/khoa-xiii> rdfs:comment "một ghi chú khá dài số {i} về nghị quyết"@vi .\n'
                    for i in range(3000))  # (about 400 KB of context, the pipe holds 64 KiB)
    (tmp_path / "notes.ttl").write_text(HEAD + notes, encoding="utf-8")
    location = _loaded_store(tmp_path)
    assert CliRunner().invoke(main, ["--store", location, "load", str(tmp_path / "notes.ttl")]).exit_code == 0
    plan, done = tmp_path / "plan.ttl", tmp_path / "child-done"
    plan.write_text(PLAN, encoding="utf-8")
    # (the real child, and a mark once it has exited, its report written)
    marking = tmp_path / "marking-python"
    marking.write_text(f'#!/bin/sh\n"{sys.executable}" "$@"\ntouch "{done}"\n', encoding="utf-8")
    marking.chmod(0o755)
    store = Store.open(location)
    quads = read_batch([plan])
    _parent_never_validates(monkeypatch)
    monkeypatch.setattr(sys, "executable", str(marking))
    apart = Apart([str(plan)], None, (context_beside, location))
    try:
        waited = 0.0
        while not done.exists() and waited < 90:
            time.sleep(0.2)
            waited += 0.2
        assert done.exists(), "the child did not finish before the loading process asked for its context"
        assert len(apart.context(quads, lambda: []) ) > 3000
        assert apart.report().conforms
    finally:
        apart.close()
        store.close()


# --- a child forked with the parsed batch (Apart.forked, kg.store.loading) ----------------------------------

#: A child forked from a fresh process (no other thread), given a read of the context that fails its first
#: ``fails`` times: prints whether the context came from the child, and the verdict.
FORKED = """
import json, sys
from kg.validate.batch import Apart, read_batch
fails = int(sys.argv[2])
tries = []

def read(location, quads):
    tries.append(location)
    if len(tries) <= fails:
        raise RuntimeError("No such file or directory: a table the writer has just merged away")
    return []

quads = read_batch([sys.argv[1]])
apart = Apart.forked(quads)
apart.begin((read, "here"))
own = []
context = apart.context(quads, lambda: own.append(1) or [])
print(json.dumps({"own": bool(own), "conforms": apart.report().conforms}))
apart.close()
"""


@pytest.mark.parametrize("fails, own", [(0, False), (1, True)])
def test_a_forked_childs_failed_read_of_the_context_is_left_to_the_loading_process(tmp_path, fails, own):
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", FORKED, str(plan), str(fails)], capture_output=True, text=True,
                          timeout=60, check=True)
    # the child's read is made once (the store's read-only open tries again itself where a writer is tidying,
    # kg.store.readonly, tests/test_store_readonly.py): a read that fails is left to the loading process, with the
    # same verdict (the near miss: one that succeeds, and the loading process reads nothing)
    assert json.loads(done.stdout) == {"own": own, "conforms": True}
