"""kg.reason on the query fixtures: what is inferred, what is never written, idempotence, engines;
the rules engine against reasonable (fixtures, bundled dataset, generated data, every rule it
implements) and its fallback on constructs it does not implement."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import UsageError
from kg.reason import inferences, materialize, unsupported_constructs
from kg.store import ASSERTED, CHANGES, INFERRED, Store
from kg.store.inferred import stamps as inferred_stamps

from test_queries import fixture_store

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
    return fixture_store()


def inferred(store) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.main.quads_for_pattern(None, None, None, INFERRED)}


def not_inferred(store) -> set[ox.Quad]:
    # (reasoning is logged, and stamps the inferences with the rules that drew them: kg.store.inferred)
    return {q for q in store.main if q.graph_name not in (INFERRED, CHANGES) and q not in inferred_stamps(store.main)}


def test_the_entailments_the_queries_use(store):
    result = materialize(store)
    got = inferred(store)
    assert result.engine == "rules" and result.note == ""   # what auto uses on this ontology
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


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["auto", "reasonable"])
def test_never_asserted_data_literal_subjects_or_trivial_triples(store, engine):
    if engine == "reasonable":
        pytest.importorskip("reasonable")
    asserted_before = not_inferred(store)
    materialize(store, engine)
    assert not_inferred(store) == asserted_before          # asserted graphs untouched
    asserted = {ox.Triple(q.subject, q.predicate, q.object) for q in asserted_before}
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    for t in inferred(store):
        assert t not in asserted
        assert isinstance(t.subject, ox.NamedNode)
        assert not isinstance(t.object, ox.BlankNode)
        assert not (t.predicate == same_as and t.subject == t.object)
        assert not (t.predicate == RDF_TYPE and t.object.value == "http://www.w3.org/2002/07/owl#Thing")


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["auto", "reasonable"])
def test_idempotent(store, engine):
    if engine == "reasonable":
        pytest.importorskip("reasonable")
    first = materialize(store, engine)
    got = inferred(store)
    second = materialize(store, engine)
    assert inferred(store) == got and second.inferred == first.inferred and not second.changed


def test_a_different_inferred_graph_of_the_same_size_is_rewritten(store):
    materialize(store)
    got = inferred(store)
    dropped = next(iter(got))
    store.main.remove(ox.Quad(dropped.subject, dropped.predicate, dropped.object, INFERRED))
    store.main.add(ox.Quad(NQ46, p("cascadesFrom"), NQ46, INFERRED))
    assert len(inferred(store)) == len(got)
    again = materialize(store)
    assert again.changed and inferred(store) == got


def test_load_invalidates_and_rerun_restores(store):
    materialize(store)
    got = inferred(store)
    store.main.remove_graph(INFERRED)        # what every load does (Store._write)
    assert inferred(store) == set()
    materialize(store)
    assert inferred(store) == got


@pytest.mark.slow
def test_reasonable_and_owlrl_agree_on_the_fixtures(store):
    pytest.importorskip("reasonable")
    used_r, fast, _ = inferences(store, "reasonable")
    used_o, slow, _ = inferences(store, "owlrl")
    assert (used_r, used_o) == ("reasonable", "owlrl")
    assert fast == slow


def test_unknown_engine(store):
    with pytest.raises(UsageError):
        inferences(store, "hermit")


# --- the rules engine against reasonable ----------------------------------------------------------

def _same_as_reasonable(store) -> set[ox.Triple]:
    pytest.importorskip("reasonable")
    used_rules, fast, n_rules = inferences(store, "rules")
    used_r, reference, n_r = inferences(store, "reasonable")
    assert (used_rules, used_r) == ("rules", "reasonable")
    assert fast == reference, (sorted(map(str, fast - reference))[:5], sorted(map(str, reference - fast))[:5])
    assert n_rules == n_r == sum(1 for q in store.main if q.graph_name != INFERRED)
    return fast


def test_rules_engine_equals_reasonable_on_the_fixtures(store):
    got = _same_as_reasonable(store)
    assert ox.Triple(KH74, p("cascadesFrom"), NQ46) in got and len(got) > 1000


@pytest.mark.slow
def test_rules_engine_equals_reasonable_on_the_bundled_dataset():
    got = _same_as_reasonable(Store.bundled())
    predicates = {t.predicate.value for t in got}
    assert {DKG + "cascadesTo", DKG + "implementedBy", RDF_TYPE.value} <= predicates


def _generator():
    path = Path(__file__).resolve().parents[1] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate_for_reason", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_rules_engine_equals_reasonable_on_generated_data(tmp_path):
    out = tmp_path / "10k.nq"
    assert _generator().main(["--out", str(out), "--triples", "10000", "--seed", "1", "--defects", "3"]) == 0
    s = Store.open(None)
    s.main.bulk_load(path=str(out), format=ox.RdfFormat.N_QUADS)
    got = _same_as_reasonable(s)
    counts = {}
    for t in got:
        counts[t.predicate.value] = counts.get(t.predicate.value, 0) + 1
    # transitive cascades beyond the asserted links, their inverses, and types from the class tree
    assert counts[DKG + "cascadesFrom"] > counts.get(DKG + "implements", 0)
    assert counts[DKG + "cascadesTo"] > 0 and counts[RDF_TYPE.value] > 1000


#: One or more cases of every rule the engine implements, including those the ontology does not use
#: today (owl:SymmetricProperty, owl:equivalentClass / owl:equivalentProperty, rdf:_n).
RULES_TTL = """
@prefix : <http://example.org/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:near a owl:ObjectProperty, owl:SymmetricProperty ; rdfs:domain :Place .
:a :near :b .
:linked owl:equivalentProperty :connected . :x1 :linked :x2 . :x3 :connected :x4 .
:Town owl:equivalentClass :Commune . :Commune rdfs:subClassOf :Place . :t1 a :Town . :t2 a :Commune .
:within a owl:TransitiveProperty ; owl:inverseOf :contains ; rdfs:range :Area .
:directlyWithin rdfs:subPropertyOf :within .
:v1 :directlyWithin :v2 . :v2 :directlyWithin :v3 . :v3 :within :v1 .
:v4 :within [ :within :v5 ] .
:code owl:inverseOf :codeOf . :codeOf rdfs:range :Coded ; rdfs:domain :Code .
:c1 :code "C-1" . :c2 :code "7"^^xsd:integer .
:named rdfs:subPropertyOf rdfs:label . :n1 :named "nom"@fr .
:Area rdfs:subClassOf :Region . :Region owl:equivalentClass :Zone .
:bag rdf:_1 :m1 ; rdf:_2 :m2 .
"""
EX = "http://example.org/"


def _bare_store(ttl: str) -> Store:
    """A store with only these triples (no ontology): small enough for owlrl."""
    s = Store(ox.Store())
    s.main.extend(ox.Quad(t.subject, t.predicate, t.object, ASSERTED)
                  for t in ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))
    return s


def test_every_rule_of_the_engine_against_reasonable_and_owlrl():
    s = _bare_store(RULES_TTL)
    assert unsupported_constructs(s) == []
    got = _same_as_reasonable(s)
    n = ox.NamedNode

    def has(a, prop, b):
        return ox.Triple(n(EX + a), RDF_TYPE if prop == "a" else n(EX + prop), n(EX + b)) in got

    assert has("b", "near", "a") and has("b", "a", "Place")                        # prp-symp, prp-dom
    assert has("x1", "connected", "x2") and has("x3", "linked", "x4")               # prp-eqp1/2
    assert has("t1", "a", "Commune") and has("t2", "a", "Town") and has("t1", "a", "Place")  # cax-eqc, cax-sco
    assert has("v1", "within", "v3") and has("v1", "within", "v1") and has("v3", "contains", "v1")  # prp-trp, cycle
    assert has("v4", "within", "v5") and has("v5", "contains", "v4")               # through a blank node
    assert has("v5", "a", "Area") and has("v5", "a", "Zone")                       # prp-rng, cax-sco, cax-eqc
    assert has("c1", "a", "Coded") and has("c2", "a", "Coded")                     # inverse through a literal
    label = n("http://www.w3.org/2000/01/rdf-schema#label")
    assert ox.Triple(n(EX + "n1"), label, ox.Literal("nom", language="fr")) in got      # literal object
    member = n("http://www.w3.org/2000/01/rdf-schema#member")
    assert ox.Triple(n(EX + "bag"), member, n(EX + "m1")) in got                   # rdfs12, as reasonable
    _, slow, _ = inferences(s, "owlrl")
    assert got - slow == {ox.Triple(n(EX + "bag"), member, n(EX + m)) for m in ("m1", "m2")}  # owlrl has no rdfs12
    assert slow <= got


def test_the_shipped_ontology_needs_nothing_the_rules_engine_lacks(store):
    assert unsupported_constructs(store) == []


#: Constructs the rules engine does not implement: (T-box and data, what it reports, the engine
#: ``auto`` then uses, a triple that engine entails).
UNSUPPORTED = {
    "property chain": (":g owl:propertyChainAxiom ( :a :b ) . :s :a :m . :m :b :o .",
                       "owl:propertyChainAxiom", "owlrl", ("s", "g", "o")),
    "hasValue": (":X owl:equivalentClass [ a owl:Restriction ; owl:onProperty :p ; owl:hasValue :v ] . :x :p :v .",
                 "owl:hasValue", "reasonable", ("x", "a", "X")),
    "someValuesFrom": (":Y owl:equivalentClass [ a owl:Restriction ; owl:onProperty :q ; owl:someValuesFrom :C ] . "
                       ":y :q :c . :c a :C .", "owl:someValuesFrom", "reasonable", ("y", "a", "Y")),
    "functional": (":f a owl:FunctionalProperty . :k :f :l1 , :l2 .", "rdf:type owl:FunctionalProperty",
                   "reasonable", ("l1", "sameAs", "l2")),
    "sameAs": (":a owl:sameAs :b . :a :p :c .", "owl:sameAs", "reasonable", ("b", "p", "c")),
    "meta-modelling": (":kind rdfs:subPropertyOf rdf:type . :d :kind :Doc .", "rdf:type as a property",
                       "reasonable", ("d", "a", "Doc")),
}


@pytest.mark.parametrize("case", sorted(UNSUPPORTED))
def test_auto_falls_back_where_the_rules_engine_does_not_reach(case):
    body, problem, engine, (a, prop, b) = UNSUPPORTED[case]
    if engine == "reasonable":
        pytest.importorskip("reasonable")
    s = _bare_store(RULES_TTL.split(":near")[0] + body)
    assert any(problem in x for x in unsupported_constructs(s)), unsupported_constructs(s)
    with pytest.raises(UsageError):
        materialize(s, "rules")
    result = materialize(s)
    assert result.engine == engine and problem.split(" as ")[0].split()[-1] in result.note
    props = {"a": RDF_TYPE, "sameAs": ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")}
    expected = ox.Triple(ox.NamedNode(EX + a), props.get(prop, ox.NamedNode(EX + prop)), ox.NamedNode(EX + b))
    assert expected in inferred(s)


def test_the_search_index_is_not_reasoned_over(store):
    """graph/index is the store's own derived data: its dkg:searchWord (domain dkg:Document)
    must not make the reasoner type anything."""
    import pyoxigraph as ox

    from kg.reason import materialize
    from kg.store import INDEX

    thing = ox.NamedNode("https://w3id.org/directive-kg/id/not-a-document")
    store.main.add(ox.Quad(thing, ox.NamedNode("https://w3id.org/directive-kg/ontology#searchWord"),
                           ox.Literal(" x "), INDEX))
    try:
        for engine in ("rules", "reasonable"):
            materialize(store, engine)
            assert not list(store.main.quads_for_pattern(thing, None, None, INFERRED)), engine
    finally:
        store.main.remove(ox.Quad(thing, ox.NamedNode("https://w3id.org/directive-kg/ontology#searchWord"),
                                  ox.Literal(" x "), INDEX))
