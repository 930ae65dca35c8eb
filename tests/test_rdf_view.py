"""kg.rdf.view: the triple view answers as an rdflib graph of the same triples does."""
from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal, URIRef

from kg.extract import extract
from kg.rdf.build import SourceInfo, build_triples
from kg.rdf.view import TripleView
from kg.rdf.vocab import DKG, OA, RDF

TEXT = ("Ngày 15/4/2024, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU ngày "
        "5/6/2021 của Tỉnh ủy. Thực hiện Kế hoạch số 41-KH/HU, giao Ủy ban nhân dân huyện chủ trì, phối hợp "
        "với Mặt trận Tổ quốc huyện triển khai. Phấn đấu đến năm 2025 tỷ lệ hộ nghèo giảm còn dưới 2%; "
        "kết quả đạt 83,2%/50% kế hoạch.")


def fixture_triples() -> set[tuple]:
    facts = extract(TEXT, source="view.txt", date=dt.date(2024, 4, 15))
    return build_triples(facts, SourceInfo(id="0123abcd", name="view.txt", title=None))


def test_lookups_match_an_rdflib_graph():
    triples = fixture_triples()
    graph, view = Graph(), TripleView(triples)
    for t in triples:
        graph.add(t)
    assert len(view) == len(graph)
    predicates = {p for _, p, _ in triples}
    objects = {o for _, _, o in triples}
    for p in predicates:
        assert set(view.subjects(p)) == set(graph.subjects(p))
    for s, p, o in triples:
        assert sorted(view.subjects(p, o)) == sorted(set(graph.subjects(p, o)))
        assert sorted(view.objects(s, p)) == sorted(graph.objects(s, p))
        assert view.value(s, p) in set(graph.objects(s, p))
        assert (s, p, o) in view and (s, p, None) in view and (s, None, o) in view and (None, p, o) in view
    for o in list(objects)[:20]:
        assert set(view.subjects(None, o)) == set(graph.subjects(None, o))
    assert set(view.subjects()) == set(graph.subjects(unique=True))
    assert any(True for _ in view.subjects(RDF.type, DKG.Evidence)), "the fixture has evidence to look up"


def test_absent_triples_are_not_found():
    view = TripleView(fixture_triples())
    nowhere = URIRef("urn:x-test:nowhere")
    assert view.value(nowhere, OA.hasBody) is None
    assert list(view.objects(nowhere, OA.hasBody)) == []
    assert list(view.subjects(DKG.key, Literal("no such key"))) == []
    assert (nowhere, None, None) not in view and (None, None, nowhere) not in view
