"""The benchmark data generator (bench/generate.py): deterministic, sized, parseable, and its
injected defects are exactly what the SHACL shapes report."""

from __future__ import annotations

import collections
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
GENERATE = ROOT / "bench" / "generate.py"


def _load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()

#: The shape of shapes/ that must catch each injected kind.
SHAPE_OF_KIND = {
    "missing-required-field": "DocumentKeyShape",
    "bad-symbol-pattern": "PartyKeyPatternShape",
    "implements-earlier-document-date": "ImplementsDateOrderShape",
    "implements-lower-level": "ImplementsLevelOrderShape",
    "target-without-unit": "TargetUnitShape",
    "target-non-numeric-value": "TargetValueShape",
    "outcome-exceeds-denominator": "OutcomeWithinDenominatorShape",
    "review-before-reviewed-document": "ReviewAfterDocumentShape",
    "district-body-after-reform": "DistrictAfterReformShape",
    "fact-without-provenance": "FactProvenanceShape",
}


def run(tmp_path: Path, name: str, *args: str) -> Path:
    out = tmp_path / name
    assert gen.main(["--out", str(out), *args]) == 0
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """10k statements with 3 defects of every kind."""
    return run(tmp_path_factory.mktemp("gen"), "10k.nq", "--triples", "10000", "--seed", "3", "--defects", "3")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_defect_kinds_match_the_test_table():
    assert set(gen.DEFECT_KINDS) == set(SHAPE_OF_KIND)


def test_same_seed_same_bytes(tmp_path, small):
    again = run(tmp_path, "again.nq", "--triples", "10000", "--seed", "3", "--defects", "3")
    assert _digest(again) == _digest(small)
    assert again.with_name("again.nq.defects.json").read_text() == Path(str(small) + ".defects.json").read_text()


def test_other_seed_other_data(tmp_path, small):
    other = run(tmp_path, "other.nq", "--triples", "10000", "--seed", "4", "--defects", "3")
    assert _digest(other) != _digest(small)


@pytest.mark.parametrize("size", [10_000, 50_000])
def test_size_knob_within_20_percent(tmp_path, size):
    out = run(tmp_path, f"{size}.nq", "--triples", str(size), "--seed", "11")
    with out.open("rb") as f:
        quads = list(ox.parse(f, format=ox.RdfFormat.N_QUADS))
    assert abs(len(quads) - size) <= 0.2 * size, len(quads)
    # distinct statements: the generator never writes a statement twice
    assert len(set(quads)) == len(quads)


def test_turtle_output_parses(tmp_path):
    out = run(tmp_path, "small.ttl", "--triples", "3000", "--seed", "5")
    with out.open("rb") as f:
        triples = list(ox.parse(f, format=ox.RdfFormat.TURTLE))
    assert len(triples) > 2000


def test_output_parses_and_is_realistic(small):
    with small.open("rb") as f:
        quads = list(ox.parse(f, format=ox.RdfFormat.N_QUADS))
    dkg = "https://w3id.org/directive-kg/ontology#"
    types = collections.Counter(
        q.object.value[len(dkg):] for q in quads if q.predicate.value.endswith("#type") and q.object.value.startswith(dkg)
    )
    for cls in ("Resolution", "Programme", "Plan", "Task", "Target", "Outcome", "Source", "Evidence", "Province"):
        assert types[cls] > 0, cls
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert "https://w3id.org/directive-kg/graph/asserted" in graphs
    assert any(g.startswith("https://w3id.org/directive-kg/graph/source/") for g in graphs)
    # the long tail (tasks, targets, outcomes, provenance) outweighs the documents
    assert types["Task"] + types["Target"] + types["Outcome"] + types["Evidence"] > 5 * (
        types["Programme"] + types["Plan"]
    )


def test_manifest_counts_match_injection(small):
    manifest = json.loads(Path(str(small) + ".defects.json").read_text(encoding="utf-8"))
    assert set(manifest) == set(gen.DEFECT_KINDS)
    foci = [f for focus in manifest.values() for f in focus]
    assert all(len(v) == 3 for v in manifest.values()), {k: len(v) for k, v in manifest.items()}
    assert len(set(foci)) == len(foci), "each focus node carries one defect"
    text = small.read_text(encoding="utf-8")
    for focus in foci:
        assert f"<{focus}>" in text


def test_no_defects_no_manifest(tmp_path):
    out = run(tmp_path, "clean.nq", "--triples", "2000")
    assert not Path(str(out) + ".defects.json").exists()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's N-Quads parser on Dataset
def test_validator_finds_exactly_the_injected_defects(small):
    validate_mod = pytest.importorskip("kg.validate.validation", reason="kg.validate.validation is not written yet")
    if not hasattr(validate_mod, "validate"):
        pytest.skip("kg.validate.validation.validate does not exist yet")
    import rdflib

    ds = rdflib.Dataset()
    ds.parse(small, format="nquads")
    data = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        data.add((s, p, o))
    report = validate_mod.validate(data)
    found: dict[str, set[str]] = collections.defaultdict(set)
    for v in report.violations:
        if v.severity == "Violation":
            found[v.focus].add(v.shape.rsplit("#", 1)[-1])
    manifest = json.loads(Path(str(small) + ".defects.json").read_text(encoding="utf-8"))
    expected = {focus: kind for kind, foci in manifest.items() for focus in foci}
    missed = {focus: kind for focus, kind in expected.items() if SHAPE_OF_KIND[kind] not in found.get(focus, set())}
    assert not missed, f"injected defects the validator did not report: {missed}"
    unexpected = {focus: shapes for focus, shapes in found.items() if focus not in expected}
    assert not unexpected, f"violations on nodes that were not injected: {unexpected}"
