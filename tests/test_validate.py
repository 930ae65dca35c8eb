"""kg.validate.validation: the Report API (grouping, labels, text/JSON/RDF output) and validation options."""

from __future__ import annotations

import json

import pytest
import rdflib
from rdflib import Graph, URIRef

from kg.validate import validation as V
from kg.validate import Report, Violation, validate
from kg.rdf.vocab import RDF, SH

PREFIXES = """
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix dkg:     <https://w3id.org/directive-kg/ontology#> .
@prefix ex:      <http://example.org/v#> .
@prefix level:   <https://w3id.org/directive-kg/vocab/level/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix system:  <https://w3id.org/directive-kg/vocab/system/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""

CONTEXT = PREFIXES + """
ex:src a dkg:Source ; dcterms:title "Bài báo"@vi .
ex:nq46 a dkg:Resolution ; dkg:key "46-NQ/TW" ; dkg:typeCode "NQ" ; dkg:system system:party ;
    dkg:issuerCode "TW" ; dkg:level level:central ; dkg:dateIssued "2023-12-20"^^xsd:date .
"""

# One problem per labelling rule: a keyed document, a labelled and a named body, a bare task.
BATCH = PREFIXES + """
ex:ctr a dkg:Programme ; dkg:key "115-CTr/TU" ; dkg:typeCode "KL" ; dkg:system system:party ;
    dkg:issuerCode "TU" ; dkg:level level:province ; dkg:dateIssued "2020-01-01"^^xsd:date ;
    dkg:implements ex:nq46 .
ex:labelled a dkg:PeoplesCommittee ; rdfs:label "UBND tỉnh Lạng Sơn"@vi , "Lang Son PC"@en ;
    dkg:canonicalName 42 .
ex:named a dkg:StandingCommittee ; dkg:canonicalName "Ban Thường vụ Tỉnh ủy"@vi , 7 .
ex:task a dkg:Task ; dkg:underDocument ex:ctr ; dkg:leadBody ex:named ; dkg:extractedFrom ex:src .
"""


def _graph(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


@pytest.fixture(scope="module")
def report() -> Report:
    return validate(_graph(BATCH), context=_graph(CONTEXT))


def _shapes(report: Report, focus: str) -> set[str]:
    return {v.shape.rsplit("#", 1)[-1] for v in report.violations if v.focus == focus}


def test_results_and_conformance(report):
    assert not report.conforms
    assert _shapes(report, "http://example.org/v#ctr") == {"KeyTypeCodeShape", "ImplementsDateOrderShape"}
    assert _shapes(report, "http://example.org/v#task") == {"TaskDescriptionShape"}
    assert {v.severity for v in report.violations} == {"Violation"}


def test_bodies_with_a_name_are_not_flagged(report):
    assert _shapes(report, "http://example.org/v#labelled") == set()


def test_labels_prefer_key_then_label_then_canonical_name_then_iri():
    g = _graph(PREFIXES + """
        ex:a dkg:key "46-NQ/TW" ; rdfs:label "Nghị quyết 46"@vi .
        ex:b rdfs:label "Lang Son PC"@en , "UBND tỉnh Lạng Sơn"@vi ; dkg:canonicalName "Ủy ban nhân dân tỉnh"@vi .
        ex:c dkg:canonicalName "Ban Thường vụ Tỉnh ủy"@vi .
    """)
    ex = rdflib.Namespace("http://example.org/v#")
    assert V._label(g, ex.a) == "46-NQ/TW"
    assert V._label(g, ex.b) == "UBND tỉnh Lạng Sơn"
    assert V._label(g, ex.c) == "Ban Thường vụ Tỉnh ủy"
    assert V._label(g, ex.d) == "http://example.org/v#d"


def test_focus_labels_in_report(report):
    labels = {v.focus: v.focus_label for v in report.violations}
    assert labels["http://example.org/v#ctr"] == "115-CTr/TU"
    assert labels["http://example.org/v#task"] == "http://example.org/v#task"


def test_by_focus_groups_every_result_once(report):
    groups = report.by_focus()
    assert set(groups) == {"http://example.org/v#ctr", "http://example.org/v#task"}
    assert sum(len(vs) for vs in groups.values()) == len(report.violations)
    assert all(v.focus == focus for focus, vs in groups.items() for v in vs)


def test_violation_fields(report):
    (v,) = [v for v in report.violations if v.shape.endswith("#KeyTypeCodeShape")]
    assert v.path == "dkg:typeCode"
    assert v.value == '"KL"'
    assert "typeCode" in v.message_en and v.message_vi.startswith("Mã loại")
    (d,) = [v for v in report.violations if v.shape.endswith("#ImplementsDateOrderShape")]
    assert d.path == "dkg:implements" and d.value == "<http://example.org/v#nq46>"
    (t,) = [v for v in report.violations if v.shape.endswith("#TaskDescriptionShape")]
    assert t.value is None and t.path == "dkg:description"


def test_text_report_is_grouped_by_focus_in_vietnamese_by_default(report):
    text = report.to_text()
    assert text.startswith("Dữ liệu không hợp lệ: 3 vi phạm, 0 cảnh báo, 0 gợi ý")
    lines = text.splitlines()
    header = lines.index("115-CTr/TU <http://example.org/v#ctr>")
    block = "\n".join(lines[header:header + 5])
    assert "[Vi phạm] Mã loại dkg:typeCode không khớp" in block
    assert "thuộc tính: dkg:typeCode; giá trị: \"KL\"" in block
    assert "[Vi phạm] Văn bản thực hiện" in block
    assert "http://example.org/v#task" in text
    assert "A task must have a description" not in text


def test_text_report_in_english(report):
    text = report.to_text(lang="en")
    assert text.startswith("Data does not conform: 3 violations, 0 warnings, 0 infos")
    assert "[Violation] A task must have a description (dkg:description)." in text
    assert "path: dkg:implements; value: <http://example.org/v#nq46>" in text
    assert "Nhiệm vụ" not in text


def test_json_report(report):
    data = json.loads(json.dumps(report.to_json()))
    assert data["conforms"] is False
    assert data["counts"] == {"Violation": 3, "Warning": 0, "Info": 0}
    assert len(data["violations"]) == 3
    assert set(data["violations"][0]) == {
        "focus", "focus_label", "path", "value", "message_vi", "message_en", "severity", "shape", "path_iri", "value_iri",
        "value_label",
    }
    # the triple a result is about, in full IRIs, where its path is one property and its value an IRI
    (link,) = [v for v in data["violations"] if v["path"] == "dkg:implements"]
    assert (link["path_iri"], link["value_iri"]) == ("https://w3id.org/directive-kg/ontology#implements", "http://example.org/v#nq46")
    assert all(v["value_iri"] is None for v in data["violations"] if v is not link)
    # (the value's name where the data gives one; a node the data does not name has none)
    assert all(v["value_label"] is None for v in data["violations"] if v is not link)


def test_report_graph_round_trips_through_turtle(report):
    ttl = report.to_graph().serialize(format="turtle")
    g = Graph().parse(data=ttl, format="turtle")
    (rep,) = list(g.subjects(RDF.type, SH.ValidationReport))
    assert g.value(rep, SH.conforms).toPython() is False
    results = list(g.objects(rep, SH.result))
    assert len(results) == len(report.violations)
    assert {str(g.value(r, SH.focusNode)) for r in results} == set(report.by_focus())


def test_report_built_by_hand_still_has_a_graph():
    v = Violation("http://example.org/x", "x", None, None, "vi", "en", "Warning", "https://w3id.org/directive-kg/shapes#S")
    r = Report(conforms=True, violations=[v])
    g = Graph().parse(data=r.to_graph().serialize(format="turtle"), format="turtle")
    assert (None, RDF.type, SH.ValidationReport) in g
    assert (None, SH.resultSeverity, SH.Warning) in g


def test_warnings_and_infos_do_not_block():
    batch = _graph(PREFIXES + """
        ex:kh a dkg:Plan ; dkg:key "25-KH/TU" ; dkg:typeCode "KH" ; dkg:system system:party ;
            dkg:issuerCode "TU" ; dkg:level level:province .
    """)
    report = validate(batch)
    assert {v.severity for v in report.violations} == {"Warning", "Info"}
    assert report.conforms
    g = report.to_graph()
    assert g.value(next(g.subjects(RDF.type, SH.ValidationReport)), SH.conforms).toPython() is True
    assert report.to_text("en").startswith("Data conforms: 0 violations, 1 warnings, 1 infos")


def test_context_satisfies_references_and_is_reported_too():
    task = _graph(PREFIXES + """
        ex:task a dkg:Task ; dkg:underDocument ex:nq46 ; dkg:description "tuyên truyền"@vi ;
            dkg:leadBody ex:body ; dkg:extractedFrom ex:src .
    """)
    # Without the context, ex:nq46 is not known to be a document and ex:src not a source.
    alone = validate(task)
    assert {"TaskDocumentShape", "ProvenanceSourceShape"} <= _shapes(alone, "http://example.org/v#task")
    with_context = validate(task, context=_graph(CONTEXT))
    assert with_context.conforms and with_context.violations == []
    # A broken stored document is reported as well (every result is reported).
    broken = _graph(CONTEXT.replace('dkg:typeCode "NQ" ;', ""))
    report = validate(task, context=broken)
    assert _shapes(report, "http://example.org/v#nq46") == {"DocumentTypeCodeShape"}


def test_inputs_are_not_modified():
    data, ctx = _graph(BATCH), _graph(CONTEXT)
    before = (len(data), len(ctx))
    validate(data, context=ctx)
    assert (len(data), len(ctx)) == before


def test_dataset_input_is_validated_as_its_union():
    ds = rdflib.Dataset()
    ds.graph(URIRef("https://w3id.org/directive-kg/graph/asserted")).parse(data=CONTEXT, format="turtle")
    ds.graph(URIRef("https://w3id.org/directive-kg/graph/source/1")).parse(data=BATCH, format="turtle")
    report = validate(ds)
    assert _shapes(report, "http://example.org/v#task") == {"TaskDescriptionShape"}


def test_shapes_and_ontology_are_parsed_once():
    assert V.shapes_graph() is V.shapes_graph()
    assert V.ontology_graph() is V.ontology_graph()
    assert len(V.schema_graph()) > 0


def test_reference_data_in_the_ontology_folder_conforms():
    """Administrative units and vocabularies shipped in ontology/ pass the shapes."""
    report = validate(V.ontology_graph())
    assert report.violations == [], report.to_text("en")
