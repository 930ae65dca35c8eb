"""kg.reason on the query fixtures: what is inferred, what is never written, idempotence, engines."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.reason import inferences, materialize
from kg.store import INFERRED

from test_queries import load_fixture

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
NQ46 = ox.NamedNode(ID + "doc/party/tw/nq/46/khoa-xiii")
CTR115 = ox.NamedNode(ID + "doc/party/tu/legacy-20/ctr/115/term-2020-2025")
KH74 = ox.NamedNode(ID + "doc/party/hu/legacy-20-182/kh/74/term-2020-2025")


def p(name: str) -> ox.NamedNode:
    return ox.NamedNode(DKG + name)


@pytest.fixture
def store():
    from kg.store import Store

    s = Store.open(None)
    load_fixture(s)
    return s


def inferred(store) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.main.quads_for_pattern(None, None, None, INFERRED)}


def not_inferred(store) -> set[ox.Quad]:
    return {q for q in store.main if q.graph_name != INFERRED}


def test_the_entailments_the_queries_use(store):
    result = materialize(store)
    got = inferred(store)
    assert result.inferred == len(got) > 0 and result.changed
    # transitive cascade and its inverse
    assert ox.Triple(KH74, p("cascadesFrom"), NQ46) in got
    assert ox.Triple(NQ46, p("cascadesTo"), KH74) in got
    assert ox.Triple(NQ46, p("implementedBy"), CTR115) in got
    # subclass and subproperty closure
    assert ox.Triple(NQ46, RDF_TYPE, p("Document")) in got
    assert ox.Triple(ox.NamedNode(ID + "task/t1"), p("assignedBody"),
                     ox.NamedNode(ID + "body/legacy-20/ban-tuyen-giao-tinh-uy")) in got
    assert ox.Triple(p("InterimReview"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
                     ox.NamedNode("http://www.w3.org/ns/prov#Activity")) in got
    # inverse of the merger links of the admin units
    assert ox.Triple(ox.NamedNode(ID + "place/2025/19"), p("succeeds"), ox.NamedNode(ID + "place/legacy/06")) \
        in got | {ox.Triple(q.subject, q.predicate, q.object) for q in not_inferred(store)}
    assert "reasoned with" in str(result) and result.to_json()["inferred"] == len(got)


def test_never_asserted_data_literal_subjects_or_trivial_triples(store):
    asserted_before = not_inferred(store)
    materialize(store)
    assert not_inferred(store) == asserted_before          # asserted graphs untouched
    asserted = {ox.Triple(q.subject, q.predicate, q.object) for q in asserted_before}
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    for t in inferred(store):
        assert t not in asserted
        assert isinstance(t.subject, ox.NamedNode)
        assert not isinstance(t.object, ox.BlankNode)
        assert not (t.predicate == same_as and t.subject == t.object)
        assert not (t.predicate == RDF_TYPE and t.object.value == "http://www.w3.org/2002/07/owl#Thing")


def test_idempotent(store):
    first = materialize(store)
    got = inferred(store)
    second = materialize(store)
    assert inferred(store) == got and second.inferred == first.inferred and not second.changed


def test_load_invalidates_and_rerun_restores(store):
    materialize(store)
    got = inferred(store)
    store.main.remove_graph(INFERRED)        # what every load does (Store._write)
    assert inferred(store) == set()
    materialize(store)
    assert inferred(store) == got


def test_reasonable_and_owlrl_agree_on_the_fixtures(store):
    pytest.importorskip("reasonable")
    used_r, fast, _ = inferences(store, "reasonable")
    used_o, slow, _ = inferences(store, "owlrl")
    assert (used_r, used_o) == ("reasonable", "owlrl")
    assert fast == slow


def test_unknown_engine(store):
    with pytest.raises(ValueError):
        inferences(store, "hermit")
