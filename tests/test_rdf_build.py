"""kg.rdf.build: what the builder notes of each fact (``Built``) is what its triples say."""
from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal

from kg.extract import extract
from kg.rdf.build import SourceInfo, build, build_graph
from kg.rdf.vocab import DKG, OA, RDF

TEXT = ("Ngày 15/4/2024, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU ngày "
        "5/6/2021 của Tỉnh ủy. Thực hiện Kế hoạch số 41-KH/HU, giao Ủy ban nhân dân huyện chủ trì, phối hợp "
        "với Mặt trận Tổ quốc huyện triển khai. Phấn đấu đến năm 2025 tỷ lệ hộ nghèo giảm còn dưới 2%; "
        "kết quả đạt 83,2%/50% kế hoạch. Kế hoạch số 41-KH/HU cụ thể hóa Nghị quyết số 12-NQ/TU.")
SOURCE = SourceInfo(id="0123abcd", name="build.txt", title=None)


def built_and_graph():
    facts = extract(TEXT, source="build.txt", date=dt.date(2024, 4, 15))
    built = build(facts, SOURCE)
    graph = Graph()
    for t in built.triples:
        graph.add(t)
    return built, graph


def test_the_triples_are_those_of_the_graph():
    facts = extract(TEXT, source="build.txt", date=dt.date(2024, 4, 15))
    assert set(build(facts, SOURCE).triples) == set(build_graph(facts, SOURCE))


def test_documents_are_the_nodes_with_each_key():
    built, graph = built_and_graph()
    assert built.documents, "the fixture names documents"
    keys = {str(k) for k in graph.objects(None, DKG.key)}
    assert set(built.documents) == keys
    for key, node in built.documents.items():
        assert set(graph.subjects(DKG.key, Literal(key))) == {node}
        assert built.with_key(key) == {str(node)}
    assert built.with_key("99-XX/YY") == set() and built.with_key(None) == set()


def test_spans_are_the_evidence_of_the_facts_other_than_documents():
    built, graph = built_and_graph()
    documents = set(built.documents.values())
    spans: dict[tuple[int, int], set[str]] = {}
    for ev in graph.subjects(RDF.type, DKG.Evidence):
        body = graph.value(ev, OA.hasBody)
        if body in documents:
            continue
        for target in graph.objects(ev, OA.hasTarget):
            for sel in graph.objects(target, OA.hasSelector):
                start, end = graph.value(sel, OA.start), graph.value(sel, OA.end)
                if start is not None and end is not None:
                    spans.setdefault((int(start), int(end)), set()).add(str(body))
    assert spans, "the fixture has evidence of facts"
    assert built.spans == spans


def test_statements_are_the_links_said_with_evidence():
    built, graph = built_and_graph()
    said = {(graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)): st
            for st in graph.subjects(RDF.type, RDF.Statement)}
    assert said, "the fixture links two documents"
    assert built.statements == said
