"""kg.validate.batch: the CLI, the web and loads give the same data the same report."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cli import main
from kg.store import Store
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
