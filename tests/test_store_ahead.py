"""kg.store.ahead: what a write needs of its quads, worked out by the caller as it makes them, is what
the write would work out itself, and a write given it leaves the same store and change set."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.rdf.terms import OX_DKG
from kg.store import Store, history, taskcounts, textindex
from kg.store.ahead import Ahead, as_quads, joined

PREFIXES = """@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""

# a document with its key, date and issuer, a task given to two bodies, a quote's place (written as
# xsd:nonNegativeInteger, which the engine keeps as xsd:integer) and a province
TEXT_A = PREFIXES + """
<urn:x:doc/a> a dkg:Plan ; dkg:key "12-KH/UBND" ; dkg:dateIssued "2024-03-05"^^xsd:date ;
    dkg:issuer <urn:x:body/ubnd> ; rdfs:label "Kế hoạch 12" .
<urn:x:task/a1> a dkg:Task ; dkg:leadBody <urn:x:body/syt> ; dkg:coordinatingBody <urn:x:body/sgd> ;
    dkg:deadline "2025"^^xsd:gYear .
<urn:x:sel/a> a oa:TextPositionSelector ; oa:start "007"^^xsd:nonNegativeInteger ; oa:end "19"^^xsd:nonNegativeInteger .
"""
TEXT_B = PREFIXES + """
<urn:x:province/1> a dkg:Province ; rdfs:label "Tỉnh Một" .
<urn:x:task/b1> a dkg:Task ; dkg:assignedBody <urn:x:body/syt> ; dkg:monitoringBody "một ban" .
<urn:x:sel/b> a oa:TextPositionSelector ; oa:start "+3"^^xsd:nonNegativeInteger ; oa:end "3.50"^^xsd:decimal .
"""


def _triples(text: str) -> list[tuple]:
    return [(t.subject, t.predicate, t.object) for t in ox.parse(text.encode(), format=ox.RdfFormat.TURTLE)]


def _graph(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"https://w3id.org/directive-kg/graph/source/{name}")


def test_what_is_made_ahead_is_what_the_write_finds_itself():
    quads, ahead = as_quads(_triples(TEXT_A), _graph("a"))
    assert quads == [ox.Quad(s, p, o, _graph("a")) for s, p, o in _triples(TEXT_A)]
    assert ahead.count == len(quads)
    assert ahead.typed == [i for i, q in enumerate(quads) if history.rewritable(q.object)]
    assert len(ahead.typed) == 4  # (the date, the year and the two places; the strings are kept as written)
    assert ahead.subjects == textindex.index_subjects(quads) == {ox.NamedNode("urn:x:doc/a")}
    assert ahead.assignments == taskcounts.assignments(quads)
    assert {q.object for q in ahead.assignments} == {ox.NamedNode("urn:x:body/syt"), ox.NamedNode("urn:x:body/sgd")}


def test_parts_joined_are_the_parts_written_one_after_another():
    qa, a = as_quads(_triples(TEXT_A), _graph("a"))
    qb, b = as_quads(_triples(TEXT_B), _graph("b"))
    both = joined([a, b])
    whole = [*qa, *qb]
    assert both.count == len(whole)
    assert both.typed == [i for i, q in enumerate(whole) if history.rewritable(q.object)]
    assert both.subjects == textindex.index_subjects(whole)
    assert both.subjects >= {ox.NamedNode("urn:x:doc/a"), ox.NamedNode("urn:x:province/1")}
    assert both.assignments == taskcounts.assignments(whole)  # (a body named only in words assigns nothing counted)
    assert joined([]) == Ahead()


def test_canonical_told_where_the_typed_literals_are_gives_the_same_quads():
    qa, a = as_quads(_triples(TEXT_A), _graph("a"))
    qb, _ = as_quads(_triples(TEXT_B), _graph("b"))  # (the rest, not worked out ahead: looked for)
    told = history.canonical([*qa, *qb], ahead=a.count, typed=a.typed)
    assert list(told) == list(history.canonical([*qa, *qb]))
    rewritten = {q.object for q in told} - {q.object for q in [*qa, *qb]}
    assert ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) in rewritten
    assert ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) in rewritten


def _written(ahead: bool) -> tuple[set, list]:
    store = Store.open(None)
    qa, a = as_quads(_triples(TEXT_A), _graph("a"))
    qb, b = as_quads(_triples(TEXT_B), _graph("b"))
    queue = [ox.Quad(ox.NamedNode("urn:x:review/a"), OX_DKG.dateIssued, ox.Literal("5", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")), ox.NamedNode("urn:x:graph/review/a"))]
    store.write_quads([*qa, *qb, *queue], [_graph("a"), _graph("b"), ox.NamedNode("urn:x:graph/review/a")],
                      ahead=joined([a, b]) if ahead else None)
    stamps = {ox.NamedNode("http://www.w3.org/ns/prov#startedAtTime"), ox.NamedNode("http://www.w3.org/ns/prov#endedAtTime")}
    data = {q for q in store.main if q.predicate not in stamps}
    change = history.read_payload(store, 1)
    return data, [change.added, change.removed]


def test_a_write_given_what_was_made_ahead_leaves_the_same_store_and_change_set():
    with_ahead, without = _written(True), _written(False)
    assert with_ahead == without
    data, (added, _) = with_ahead
    assert any(q.predicate == ox.NamedNode("https://w3id.org/directive-kg/ontology#taskCount") for q in data)
    assert any(q.object.value == "7" for q in added)  # (the payload holds the engine's form)


def test_what_was_made_ahead_is_refused_where_it_cannot_be_about_the_write():
    store = Store.open(None)
    quads, ahead = as_quads(_triples(TEXT_A), _graph("a"))
    with pytest.raises(ValueError, match="ahead"):  # one graph replaced: a write that does not read it
        store.write_quads(quads, _graph("a"), ahead=ahead)
    with pytest.raises(ValueError, match="ahead"):  # about more quads than the write has
        store.write_quads(quads[:2], [_graph("a")], ahead=ahead)
    assert len(store.main) == len([q for q in store.main if q.graph_name != _graph("a")])
