"""kg.cli: exit codes and messages at the command line's edge."""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import holder

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_stats_works_on_the_bundled_dataset_when_no_store_exists():
    result = run("stats", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["store"] == "bundled"
    assert data["classes"]["Programme"] >= 1


def test_bundled_dataset_conforms():
    result = run("validate")
    assert result.exit_code == 0, result.output


def test_load_then_query(store_location):
    store = store_location
    result = run("--store", store, "load", str(FIXTURES / "store" / "good.ttl"))
    assert result.exit_code == 0, result.output
    assert "loaded" in result.stderr
    result = run("--store", store, "query",
                 "SELECT ?k WHERE { ?d <https://w3id.org/directive-kg/ontology#key> ?k } ORDER BY ?k",
                 "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "115-CTr/TU" in result.stdout and "46-NQ/TW" in result.stdout


def test_a_new_store_says_the_sample_is_not_in_it_and_load_bundled_adds_it(store_location):
    result = run("--store", store_location, "load", str(FIXTURES / "store" / "good.ttl"))
    assert result.exit_code == 0, result.output
    if "://" not in store_location:  # (a server's store is not created by the load, so it says nothing)
        assert "dkg load --bundled" in result.stderr, result.output
    result = run("--store", store_location, "load", "--bundled")
    assert result.exit_code == 0, result.output
    result = run("--store", store_location, "show", "17-CTr/TU", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["key"] == "17-CTr/TU", result.output
    if "://" not in store_location:  # the change log (and /changes) names the sample, not where it is installed
        history = run("--store", store_location, "history").stdout
        assert "dkg load (bundled/corpus.ttl)" in history and "site-packages" not in history and "/kg/data/" not in history
    # a store made by `dkg load --bundled` itself says the sample is in it, not the hint to add it
    if "://" not in store_location:
        fresh = str(Path(store_location).parent / "made-with-sample")
        result = run("--store", fresh, "--lang", "en", "load", "--bundled")
        assert result.exit_code == 0 and "with the bundled sample dataset in it" in result.stderr, result.output
        assert "dkg load --bundled" not in result.stderr, result.output
    # near miss: nothing named and no --bundled is a usage error that says what to name
    result = run("--store", store_location, "load")
    assert result.exit_code == 2 and "--bundled" in result.stderr


def test_syntax_error_names_file_and_line(store_location):
    result = run("--store", store_location, "load", str(FIXTURES / "store" / "syntax-error.ttl"))
    assert result.exit_code == 2
    assert "syntax-error.ttl:3" in result.stderr and "syntax error" in result.stderr


def test_missing_file(tmp_path, store_location):
    result = run("--store", store_location, "load", str(tmp_path / "nope.ttl"))
    assert result.exit_code == 2
    assert "nope.ttl: no such file" in result.stderr


def test_nonconforming_file_is_refused_with_the_report(store_location):
    store = store_location
    assert run("--store", store, "load", str(FIXTURES / "store" / "good.ttl")).exit_code == 0
    result = run("--store", store, "load", str(FIXTURES / "store" / "nonconforming.ttl"))
    assert result.exit_code == 1
    assert "9-CTr/TU" in result.stderr  # the report names the node by its symbol
    assert "--force" in result.stderr


def test_validate_file_exit_codes_and_formats(tmp_path):
    good = FIXTURES / "store" / "good.ttl"
    assert run("validate", str(good)).exit_code == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text((FIXTURES / "store" / "good.ttl").read_text(encoding="utf-8")
                   + (FIXTURES / "store" / "nonconforming.ttl").read_text(encoding="utf-8").split("\n", 1)[1],
                   encoding="utf-8")
    result = run("validate", str(bad), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["conforms"] is False
    assert run("validate", "--format", "xml").exit_code == 2


def test_an_ill_typed_date_is_said_by_the_report_without_rdflibs_traceback(tmp_path, caplog):
    bad = tmp_path / "bad-date.ttl"
    bad.write_text("@prefix dkg: <https://w3id.org/directive-kg/ontology#> .\n"
                   "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                   '<https://example.org/doc/1> a dkg:Plan ; dkg:key "1-KH/UBND" ; dkg:typeCode "KH" ;\n'
                   '    dkg:dateIssued "2024-13-45"^^xsd:date .\n', encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert "2024-13-45" in result.stdout and "dkg:dateIssued" in result.stdout  # the report names it
    assert not [r for r in caplog.records if r.name.startswith("rdflib")], [r.getMessage() for r in caplog.records]
    assert "Traceback" not in result.output


def test_stdin_is_read_as_turtle(tmp_path):
    data = (FIXTURES / "store" / "good.ttl").read_text(encoding="utf-8")
    assert run("validate", "-", input=data).exit_code == 0


def test_unknown_query_name_is_a_usage_error():
    result = run("query", "no-such-query")
    assert result.exit_code == 2
    assert "no-such-query" in result.stderr


def test_bad_parameter_syntax():
    result = run("query", "cascade", "-p", "doc")
    assert result.exit_code == 2
    assert "name=value" in result.stderr


def test_export_nquads_keeps_graphs():
    result = run("export", "--format", "nq")
    assert result.exit_code == 0
    assert "graph/asserted>" in result.stdout


@pytest.mark.skipif(shutil.which("dkg") is None and not (Path(sys.executable).parent / "dkg").exists(),
                    reason="the dkg console script is not installed")
def test_console_script_runs(tmp_path):
    exe = shutil.which("dkg") or str(Path(sys.executable).parent / "dkg")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    out = subprocess.run([exe, "stats"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "bundled dataset" in out.stdout


@pytest.mark.slow
def test_reason_with_each_engine_writes_the_same_inferences(store_location):
    assert run("--store", store_location, "load", str(FIXTURES / "store" / "good.ttl")).exit_code == 0
    counts = {}
    for engine in ("rules", "reasonable", "auto"):
        result = run("--store", store_location, "reason", "--engine", engine)
        assert result.exit_code == 0, result.output
        counts[engine] = re.search(r"(\d+) inferred triples", result.output).group(1)
    assert len(set(counts.values())) == 1 and int(counts["rules"]) > 0
    assert run("--store", store_location, "reason", "--engine", "magic").exit_code == 2


def test_reindex_rebuilds_the_search_index(store_location):
    assert run("--store", store_location, "load", str(FIXTURES / "store" / "good.ttl")).exit_code == 0
    result = run("--store", store_location, "reindex")
    assert result.exit_code == 0 and "2 documents" in result.output
    found = run("--store", store_location, "query", "search", "-p", "q=chuong trinh", "--format", "json")
    assert "115-CTr/TU" in found.output


def test_a_missing_dependency_is_one_line_naming_it(monkeypatch, tmp_path):
    """`python3 -m kg` run by a Python without the dependencies: the command names the missing
    module and how to install it (exit 2) instead of a traceback (Turtle needs rdflib)."""
    monkeypatch.delitem(sys.modules, "kg.ingest", raising=False)
    monkeypatch.setitem(sys.modules, "rdflib", None)  # importing it now fails as if it were absent
    article = tmp_path / "a.txt"
    article.write_text("Nghị quyết số 46-NQ/TW.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "ttl", str(article)])
    assert result.exit_code == 2
    assert "lacks 'rdflib'" in result.output and "pip install ." in result.output


def test_extracting_json_imports_no_rdf_store_or_review(monkeypatch, tmp_path):
    """`dkg extract FILE` (JSON) is run one file at a time: it must not pay for importing the RDF
    library, the store or the review queue, which only Turtle and ingest use."""
    for name in ("rdflib", "pyoxigraph", "kg.store", "kg.review", "kg.validate"):
        monkeypatch.setitem(sys.modules, name, None)  # importing any of them now fails
    monkeypatch.delitem(sys.modules, "kg.extracting", raising=False)
    article = tmp_path / "a.txt"
    article.write_text("Nghị quyết số 46-NQ/TW.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert [d["key"] for d in json.loads(result.output)["documents"]] == ["46-NQ/TW"]


def test_a_write_on_a_store_held_by_a_command_names_that_command(tmp_path):
    """The CLI tells a held store by the error's type (StoreLocked) and names the holder."""
    location = tmp_path / "store"
    data = tmp_path / "a.ttl"
    data.write_text('<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n', encoding="utf-8")
    assert CliRunner().invoke(main, ["--store", str(location), "load", str(data)]).exit_code == 0
    env = {**os.environ, "DKG_FAULT_PAUSE": "marked:60"}
    first = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(location), "load", str(data)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while holder.current(location) is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert holder.current(location) is not None
        result = CliRunner().invoke(main, ["--store", str(location), "load", str(data)])
        assert result.exit_code == 3, result.output
        assert "is held by `dkg load`" in result.stderr and "commands that only read" in result.stderr
    finally:
        first.kill()
        first.wait()


def test_a_place_that_names_no_province_is_refused_before_anything_is_written(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Ngày 12/5/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.\n", encoding="utf-8")
    store = tmp_path / "store"
    for command in ("extract", "ingest"):
        result = run("--store", str(store), command, str(text), "--place", "Atlantis")
        assert result.exit_code == 2 and "--place 'Atlantis' is no province" in result.stderr, result.output
    assert not store.exists()
    # near miss: a province written without diacritics, or by its code, is one
    result = run("extract", str(text), "--place", "lang son")
    assert result.exit_code == 0 and json.loads(result.stdout)["place"]["province"] == "Lạng Sơn", result.output


def test_validate_names_a_document_without_a_number_as_a_reader_does(tmp_path):
    """The text report heads a focus node by what a reader calls it ('Kế hoạch thực hiện ...'), not by the
    document's key ('KH:thực hiện ...'); the JSON report keeps the key as its label."""
    data = tmp_path / "plan.ttl"
    data.write_text("""@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
<https://w3id.org/directive-kg/id/doc/unnumbered/test/1> a dkg:Plan ; dkg:key "KH:thực hiện Nghị quyết số 46-NQ/TW" .
""", encoding="utf-8")
    text = run("validate", str(data))
    assert "Kế hoạch thực hiện Nghị quyết số 46-NQ/TW <https://w3id.org/directive-kg/id/doc/unnumbered/test/1>" in text.stdout
    assert "KH:thực hiện" not in text.stdout
    labels = {v["focus_label"] for v in json.loads(run("validate", str(data), "--format", "json").stdout)["violations"]}
    assert labels == {"KH:thực hiện Nghị quyết số 46-NQ/TW"}
