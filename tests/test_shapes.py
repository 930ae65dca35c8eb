"""The SHACL shapes in ``shapes/``, checked against the fixtures in ``tests/fixtures/shapes/``.

Every shape with a target has fixtures named after it: ``<Shape>.ok[-x].ttl`` must produce no
result at all (of any severity), ``<Shape>.bad[-x].ttl`` must produce results from that shape and
from no other. A bad fixture declares what it expects in its header comment::

    # expect-focus: ex:doc          (one line per focus node the shape must flag)
    # expect-message: A document must have exactly one dkg:key   (part of the English message)

Every fixture is validated with ``_context.ttl`` as context (documents, a body, a source that
the fixtures point to), which also exercises the ``context`` argument of ``validate``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib import Graph, URIRef

from kg.validate import SHAPES_NS, ontology_graph, shapes_graph, validate
from kg.rdf.vocab import DKG, RDF, RDFS, SH

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
CONTEXT_FILE = FIXTURES / "_context.ttl"
SHAPES_DIR = Path(__file__).resolve().parents[1] / "shapes"
FIXTURE_NAME = re.compile(r"^(?P<shape>[A-Za-z0-9]+)\.(?P<kind>ok|bad)(?:-[a-z0-9-]+)?\.ttl$")
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def _targeted_shapes() -> list[URIRef]:
    sg = shapes_graph()
    shapes = {s for t in TARGETS for s in sg.subjects(t, None) if isinstance(s, URIRef)}
    return sorted(shapes)


def _fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*.ttl") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def context() -> Graph:
    return Graph().parse(CONTEXT_FILE, format="turtle")


def _expectations(path: Path, graph: Graph) -> tuple[list[str], list[str]]:
    focus, messages = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            continue
        if m := re.match(r"#\s*expect-focus:\s*(\S+)", line):
            focus.append(str(graph.namespace_manager.expand_curie(m[1])))
        elif m := re.match(r"#\s*expect-message:\s*(.+?)\s*$", line):
            messages.append(m[1])
    return focus, messages


# --------------------------------------------------------------------------- the shapes themselves


def test_shapes_exist():
    assert len(_targeted_shapes()) >= 30


@pytest.mark.parametrize("shape", _targeted_shapes(), ids=lambda s: s.fragment)
def test_shape_has_messages_and_severity(shape):
    sg = shapes_graph()
    messages = list(sg.objects(shape, SH.message))
    langs = sorted(m.language for m in messages if isinstance(m, rdflib.Literal))
    assert langs == ["en", "vi"], f"{shape.fragment}: needs one sh:message @vi and one @en, has {langs}"
    assert all(str(m).strip() for m in messages)
    severities = list(sg.objects(shape, SH.severity))
    assert len(severities) == 1 and severities[0] in (SH.Violation, SH.Warning, SH.Info), shape.fragment
    assert str(shape).startswith(str(SHAPES_NS))


def test_untargeted_named_shapes_are_used_through_sh_node():
    sg = shapes_graph()
    targeted = set(_targeted_shapes())
    named = {
        s
        for cls in (SH.NodeShape, SH.PropertyShape)
        for s in sg.subjects(RDF.type, cls)
        if isinstance(s, URIRef)
    }
    for shape in named - targeted:
        assert any(sg.subjects(SH.node, shape)), f"{shape.fragment} has no target and nothing uses it"


@pytest.mark.parametrize("shape", _targeted_shapes(), ids=lambda s: s.fragment)
def test_every_shape_has_fixtures(shape):
    kinds = {
        m["kind"] for p in _fixture_files() if (m := FIXTURE_NAME.match(p.name)) and m["shape"] == shape.fragment
    }
    assert kinds == {"ok", "bad"}, f"{shape.fragment}: add {shape.fragment}.ok.ttl and .bad.ttl fixtures"


def test_every_fixture_names_an_existing_shape():
    names = {s.fragment for s in _targeted_shapes()}
    for p in _fixture_files():
        m = FIXTURE_NAME.match(p.name)
        assert m, f"{p.name}: fixture names are <Shape>.ok[-x].ttl or <Shape>.bad[-x].ttl"
        assert m["shape"] in names, f"{p.name}: no shape {m['shape']}"


def test_every_shapes_file_starts_with_a_header_comment():
    for p in sorted(SHAPES_DIR.glob("*.ttl")):
        first = p.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("#"), f"{p.name} has no header comment"


def test_sparql_order_comparisons_use_strings():
    """Every < or > in a SPARQL filter compares STR() values (ISO dates order as strings, and
    some validators order only xsd:dateTime) or the integer level ranks."""
    sg = shapes_graph()
    for query in sg.objects(None, SH.select):
        for line in str(query).splitlines():
            if "FILTER" in line and re.search(r"[<>]", line):
                assert "STR(" in line or "Rank" in line, f"order comparison without STR(): {line.strip()}"


# --------------------------------------------------------------------------- subclass targets


def test_ontology_puts_document_subclasses_under_document():
    ont = ontology_graph()
    for cls in (DKG.Resolution, DKG.Programme, DKG.Plan):
        supers = set(ont.transitive_objects(cls, RDFS.subClassOf))
        assert DKG.Document in supers, f"the ontology must say {cls} rdfs:subClassOf dkg:Document"


def test_target_class_document_reaches_a_resolution():
    data = Graph().parse(
        data="""
        @prefix dkg: <https://w3id.org/directive-kg/ontology#> .
        <http://example.org/r> a dkg:Resolution ; dkg:typeCode "NQ" ;
            dkg:level <https://w3id.org/directive-kg/vocab/level/central> .
        <http://example.org/e> a dkg:FinalReview ; dkg:curatedFrom <http://example.org/s> ;
            dkg:reviews <http://example.org/r> ; dkg:eventDate "23/6" .
        <http://example.org/s> a dkg:Source ; <http://purl.org/dc/terms/title> "s" .
        """,
        format="turtle",
    )
    report = validate(data)
    shapes = {(v.focus, v.shape.rsplit("#", 1)[-1]) for v in report.violations}
    assert ("http://example.org/r", "DocumentKeyShape") in shapes
    assert ("http://example.org/e", "ReviewEventDateShape") in shapes  # dkg:FinalReview ⊑ dkg:ReviewEvent
    assert not report.conforms


# --------------------------------------------------------------------------- fixtures


def test_context_fixture_is_clean(context):
    report = validate(context)
    assert report.violations == [], report.to_text("en")


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.stem)
def test_fixture(path, context):
    m = FIXTURE_NAME.match(path.name)
    assert m, path.name
    shape = SHAPES_NS[m["shape"]]
    data = Graph().parse(path, format="turtle")
    report = validate(data, context=context)

    if m["kind"] == "ok":
        assert report.violations == [], report.to_text("en")
        assert report.conforms
        return

    focus, messages = _expectations(path, data)
    assert focus and messages, f"{path.name}: declare # expect-focus: and # expect-message: lines"
    others = [v for v in report.violations if v.shape != str(shape)]
    assert others == [], f"{path.name} also trips other shapes:\n{report.to_text('en')}"
    flagged = {v.focus for v in report.violations}
    assert set(focus) <= flagged, f"{path.name}: expected {focus}, got {sorted(flagged)}"
    severity = shapes_graph().value(shape, SH.severity)
    for v in report.violations:
        for text in messages:
            assert text in v.message_en, (v.message_en, text)
        assert v.message_vi and v.message_vi != v.message_en
        assert v.severity == severity.fragment
    assert report.conforms == (severity != SH.Violation)
