"""The fast validation engine (``kg.validate.fastshacl``) reports what pyshacl reports.

pyshacl is the reference. ``engine="fast"`` and ``engine="auto"`` must give the same results on
every shape fixture and on generated data with injected defects: the same (focus, shape,
severity) set, and in fact the same report (paths, values, labels, messages, order).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import UsageError
from kg.validate import fastshacl
from kg.rdf.terms import triples_to_graph
from kg.validate import engine_plan, shapes_graph, validate, validation
from kg.rdf.vocab import RDF, RDFS, SH

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "shapes"

load = fastshacl.load  # (the engine's own, for the tests that watch what it is given)

pytestmark = pytest.mark.skipif(not fastshacl.available(),
                                reason="the `shacl` package (fast SHACL Core engine) is not installed")


def _keys(report) -> set[tuple[str, str, str]]:
    return {(v.focus, v.shape, v.severity) for v in report.violations}


def _rows(report) -> list[dict]:
    return [asdict(v) for v in report.violations]


def _same(data, context=None) -> tuple:
    ref = validate(data, context=context, engine="pyshacl")
    for engine in ("auto", "fast"):
        got = validate(data, context=context, engine=engine)
        assert _keys(got) == _keys(ref), (engine, _keys(ref) ^ _keys(got))
        assert _rows(got) == _rows(ref), engine
        assert got.conforms == ref.conforms
    return ref, got


@pytest.fixture(scope="module")
def context() -> Graph:
    return Graph().parse(FIXTURES / "_context.ttl", format="turtle")


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.glob("*.ttl") if not p.name.startswith("_")),
                         ids=lambda p: p.stem)
def test_fixture_parity(path, context):
    _same(Graph().parse(path, format="turtle"), context)


def test_context_fixture_parity(context):
    _same(context)


def test_central_party_level_each_branch(context):
    """The TW check holds by issuer code alone, by a party key ending in /TW alone, and not for a
    state key ending so, nor at level central: the same on both engines."""
    data = Graph().parse(data="""
        @prefix dkg: <https://w3id.org/directive-kg/ontology#> .
        @prefix ex: <http://example.org/tw#> .
        @prefix level: <https://w3id.org/directive-kg/vocab/level/> .
        @prefix system: <https://w3id.org/directive-kg/vocab/system/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:byCode a dkg:Resolution ; dkg:key "TW:nghi-quyet-x" ; dkg:typeCode "NQ" ; dkg:issuerCode "TW" ;
            dkg:level level:province ; dkg:dateIssued "2024-01-02"^^xsd:date .
        ex:byKey a dkg:Resolution ; dkg:key "9-NQ/TW" ; dkg:typeCode "NQ" ; dkg:system system:party ;
            dkg:level level:district ; dkg:dateIssued "2024-01-02"^^xsd:date .
        ex:stateKey a dkg:Resolution ; dkg:key "9-NQ/TW" ; dkg:typeCode "NQ" ; dkg:system system:state ;
            dkg:level level:province ; dkg:dateIssued "2024-01-02"^^xsd:date .
        ex:central a dkg:Resolution ; dkg:key "10-NQ/TW" ; dkg:typeCode "NQ" ; dkg:system system:party ;
            dkg:issuerCode "TW" ; dkg:level level:central ; dkg:dateIssued "2024-01-02"^^xsd:date .
    """, format="turtle")
    ref, _ = _same(data, context)
    tw = {v.focus for v in ref.violations if v.shape.endswith("CentralPartyLevelShape")}
    assert tw == {"http://example.org/tw#byCode", "http://example.org/tw#byKey"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[list[ox.Quad], Path]:
    out = tmp_path_factory.mktemp("gen") / "10k.nq"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", "10000", "--seed", "11",
                    "--defects", "2", "--out", str(out)], check=True, cwd=ROOT, capture_output=True)
    return list(ox.parse(out.read_bytes(), format=ox.RdfFormat.N_QUADS)), out


@pytest.mark.slow
def test_generated_10k_parity(generated):
    quads, out = generated
    ref, _ = _same(triples_to_graph(quads))
    assert not ref.conforms
    import json

    manifest = json.loads(out.with_name(out.name + ".defects.json").read_text(encoding="utf-8"))
    flagged = {v.focus for v in ref.violations}
    expected = {iri for iris in manifest.values() for iri in iris}
    assert expected <= flagged  # the defects were injected, and found


@pytest.mark.slow
def test_generated_quads_input_and_split_context(generated):
    """Oxigraph quads are accepted as data and context, with the same report as rdflib graphs."""
    quads, _ = generated
    half = len(quads) // 2
    ref = validate(triples_to_graph(quads[:half]), context=triples_to_graph(quads[half:]),
                   report_context=False, engine="pyshacl")
    got = validate(quads[:half], context=quads[half:], report_context=False, engine="auto")
    assert _rows(got) == _rows(ref)


def test_plan_covers_every_targeted_shape_once():
    sg = shapes_graph()
    targeted = {str(s) for t in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)
                for s in sg.subjects(t, None)}
    plan = engine_plan()
    listed = [s for shapes in plan.values() for s in shapes]
    assert sorted(listed) == sorted(targeted)


def test_unknown_component_falls_back_to_pyshacl():
    sg = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:A a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:maxLength 3 .
        ex:B a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:minCount 1 .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:sparql [ sh:select "SELECT $this WHERE { $this ex:p ?v MINUS { $this ex:q ?v } }" ] .
        """, format="turtle")
    p = fastshacl.plan(sg)
    assert [str(s) for s in p.core] == ["http://example.org/B"]
    assert sorted(str(s) for s in p.fallback) == ["http://example.org/A", "http://example.org/S"]


def test_union_is_distributed_without_changing_answers():
    q = """SELECT DISTINCT ?this ?value WHERE {
        ?this <urn:d> ?value .
        { ?this <urn:l> <urn:x> } UNION { ?this <urn:c> ?c . FILTER (STR(?c) = "{}") }
        FILTER (STR(?value) >= "2")
    }"""
    rewritten = fastshacl.distribute_union(q)
    assert rewritten.count("UNION") == 1 and rewritten.count("<urn:d>") == 2
    store = ox.Store()
    n = ox.NamedNode
    for s, p, o in [("a", "d", "3"), ("b", "d", "1"), ("c", "d", "5"), ("d", "d", "9")]:
        store.add(ox.Quad(n("urn:" + s), n("urn:" + p), ox.Literal(o)))
    store.add(ox.Quad(n("urn:a"), n("urn:l"), n("urn:x")))
    store.add(ox.Quad(n("urn:b"), n("urn:l"), n("urn:x")))
    store.add(ox.Quad(n("urn:c"), n("urn:c"), ox.Literal("{}")))
    answers = lambda text: sorted((r["this"].value, r["value"].value) for r in store.query(text))  # noqa: E731
    assert answers(rewritten) == answers(q) == [("urn:a", "3"), ("urn:c", "5")]


def test_unknown_engine_is_refused():
    with pytest.raises(UsageError):
        validate(Graph(), engine="fastest")


def test_auto_without_the_fast_engine_is_pyshacl(monkeypatch):
    monkeypatch.setattr(fastshacl, "available", lambda: False)
    g = Graph().parse(FIXTURES / "DocumentKeyShape.bad.ttl", format="turtle")
    assert _rows(validate(g, engine="auto")) == _rows(validate(g, engine="pyshacl")) != []
    assert engine_plan()["shacl"] == []
    with pytest.raises(UsageError):
        validate(g, engine="fast")


def test_the_fast_engines_schema_is_the_schema_graph():
    """The class and property hierarchy handed to the fast engine, read by Oxigraph's parser, is the
    graph that pyshacl gets from rdflib's."""
    fast = Graph().parse(data=validation.schema_ntriples(), format="nt")
    assert len(fast) > 100 and isomorphic(fast, validation.schema_graph())


def test_union_with_braces_in_literals_is_distributed_and_a_comment_stops_the_rewrite():
    """The groups are found by the one tokenizer (kg.rdf.sparqllex): a brace in a long or short
    literal is not a group; a comment leaves the query as written (the rewrite joins lines)."""
    q = """SELECT ?this WHERE {
        ?this <urn:d> ?value .
        { ?this <urn:l> \"\"\"a"{\"\"\" } UNION { ?this <urn:c> "}" }
    }"""
    rewritten = fastshacl.distribute_union(q)
    assert rewritten.count("<urn:d>") == 2 and '\"\"\"a"{\"\"\"' in rewritten and '"}"' in rewritten
    store = ox.Store()
    n = ox.NamedNode
    store.extend([ox.Quad(n("urn:a"), n("urn:d"), ox.Literal("1")), ox.Quad(n("urn:a"), n("urn:l"), ox.Literal('a"{')),
                  ox.Quad(n("urn:b"), n("urn:d"), ox.Literal("2")), ox.Quad(n("urn:b"), n("urn:c"), ox.Literal("}")),
                  ox.Quad(n("urn:c"), n("urn:d"), ox.Literal("3"))])
    answers = lambda text: sorted(r["this"].value for r in store.query(text))  # noqa: E731
    assert answers(rewritten) == answers(q) == ["urn:a", "urn:b"]
    commented = q.replace("?value .", "?value . # a { note")
    assert fastshacl.distribute_union(commented) == commented



def test_a_where_in_a_comment_or_string_before_the_clause_does_not_stop_the_rewrite():
    # the clause is found in the code (kg.rdf.sparqllex.where_openings), not in a comment or string that names it
    body = """ WHERE {
        ?this <urn:d> ?value .
        { ?this <urn:l> <urn:x> } UNION { ?this <urn:c> ?c }
    }"""
    for q in ("# the older form read WHERE { ?this <urn:old> ?v }\nSELECT ?this" + body,
              'SELECT ?this ("WHERE {" AS ?w)' + body):
        rewritten = fastshacl.distribute_union(q)
        assert rewritten.count("<urn:d>") == 2 and rewritten.startswith(q[:q.index(body)]), rewritten
    # near miss: without a UNION there is nothing to distribute
    plain = "# WHERE { in a comment\nSELECT ?this WHERE { ?this <urn:d> ?value }"
    assert fastshacl.distribute_union(plain) == plain

# --- kg.validate.fastshacl's term mapping: what it cannot map sends the data to pyshacl ----------
def test_a_blank_node_label_the_engine_cannot_read_is_a_mismatch():
    data = fastshacl.load([], extra_nt="_:a <urn:p> _:b .\n")
    assert data.bnode("0_b1") == "b" and data.bnode("0_b0") == "a"
    with pytest.raises(fastshacl.EngineMismatch):
        data.bnode("0_b2")  # past the data's blank nodes
    with pytest.raises(fastshacl.EngineMismatch):
        data.bnode("x1")  # near miss: not the package's numbering at all (was a TypeError)


def test_holds_answers_no_for_a_pattern_rdf_cannot_hold():
    from rdflib import Literal, URIRef

    data = fastshacl.load([], extra_nt="<urn:s> <urn:p> \"v\" .\n")
    assert data.holds(URIRef("urn:s"), URIRef("urn:p"), Literal("v"))
    assert data.holds(URIRef("urn:s"), None, None) and not data.holds(URIRef("urn:o"), None, None)
    assert not data.holds(Literal("v"), None, None)  # a literal is never a subject
    assert not data.holds(None, Literal("p"), None)  # nor a predicate


def test_a_dataset_with_a_literal_subject_is_left_to_pyshacl():
    from rdflib import Dataset, Literal, URIRef

    ds = Dataset()
    ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("v")))
    assert "<urn:s> <urn:p> \"v\"" in fastshacl.load([ds]).nt
    ds.graph(URIRef("urn:g")).add((Literal("odd"), URIRef("urn:p"), Literal("v")))
    with pytest.raises(fastshacl.EngineMismatch):
        fastshacl.load([ds])


def test_labels_are_the_literal_values_of_the_asked_properties_in_any_graph():
    """The report's labels (``fastshacl.label_graph``): literals of the given properties for the
    given IRIs, from every graph of the data; not an IRI value, not another property, not a node not asked for."""
    from rdflib import Literal, URIRef

    ex, rdfs_label, key = "https://example.org/", URIRef("http://www.w3.org/2000/01/rdf-schema#label"), URIRef("https://example.org/key")
    a, b, c = (ox.NamedNode(ex + n) for n in "abc")
    quads = [ox.Quad(a, ox.NamedNode(str(rdfs_label)), ox.Literal("Kế hoạch", language="vi"), ox.NamedNode(ex + "g1")),
             ox.Quad(a, ox.NamedNode(str(key)), ox.Literal("12-KH/TU"), ox.NamedNode(ex + "g2")),
             ox.Quad(a, ox.NamedNode(str(key)), b),
             ox.Quad(a, ox.NamedNode(ex + "other"), ox.Literal("khác")),
             ox.Quad(c, ox.NamedNode(str(rdfs_label)), ox.Literal("không hỏi"))]
    data = fastshacl.load([quads])
    g = fastshacl.label_graph(data, [URIRef(ex + "a"), URIRef(ex + "b"), URIRef(ex + "a")], [rdfs_label, key])
    assert set(g) == {(URIRef(ex + "a"), rdfs_label, Literal("Kế hoạch", lang="vi")),
                      (URIRef(ex + "a"), key, Literal("12-KH/TU"))}


# --- the in-memory store holds what the SPARQL shapes and the labels read (fastshacl.read_predicates) ----
def test_the_predicates_a_query_reads_include_those_in_paths():
    q = ("SELECT ?this WHERE { ?this <urn:a> ?x . ?x (<urn:b>|^<urn:c>)/<urn:d>* ?y "
         "OPTIONAL { ?y <urn:e> ?z } FILTER(?z != <urn:not-a-predicate>) }")
    assert fastshacl.read_predicates([q]) == {ox.NamedNode(f"urn:{n}") for n in "abcde"}
    assert fastshacl.read_predicates([]) == frozenset()


def test_a_variable_or_negated_predicate_reads_any_predicate():
    fixed = "SELECT ?this WHERE { ?this <urn:a> ?x }"
    assert fastshacl.read_predicates([fixed, "SELECT ?this WHERE { ?this ?p ?x }"]) is None
    assert fastshacl.read_predicates([fixed, "SELECT ?this WHERE { ?this !<urn:a> ?x }"]) is None
    assert fastshacl.read_predicates(["SELECT ?this WHERE { ?this <urn:a> ?x . { ?x ?p ?y } UNION { ?x <urn:b> ?y } }"]) is None
    assert fastshacl.read_predicates(["SELECT ?this WHERE { ?this <urn:a ?x }"]) is None  # not a query: any


def test_the_plan_reads_the_predicates_of_its_sparql_shapes():
    reads = validation._plan().reads
    assert reads is not None
    names = {p.value.rsplit("#", 1)[-1] for p in reads}
    assert {"type", "subClassOf", "key", "dateIssued", "level", "implements"} <= names
    assert "description" not in names  # a predicate no SPARQL shape reads


def test_a_restricted_store_answers_holds_and_labels_from_all_the_data():
    from rdflib import BNode, Literal, URIRef

    a, kept, other = ox.NamedNode("urn:a"), ox.NamedNode("urn:kept"), ox.NamedNode("urn:other")
    quads = [ox.Quad(a, kept, ox.Literal("k")), ox.Quad(a, other, ox.Literal("o")),
             ox.Quad(a, other, ox.BlankNode("b1"), ox.NamedNode("urn:g"))]
    data = fastshacl.load([quads], keep=frozenset({kept}))
    assert set(data.store) == {quads[0]}  # the copy holds the kept predicate only
    assert "<urn:other>" in data.nt  # the text holds everything
    assert data.holds(URIRef("urn:a"), URIRef("urn:other"), BNode("b1"))
    assert data.holds(BNode("b1"), None, None) is False and data.holds(None, None, BNode("b1"))
    assert not data.holds(URIRef("urn:a"), URIRef("urn:other"), Literal("k"))  # near miss: the kept value
    assert data.holds(URIRef("urn:a"), URIRef("urn:kept"), Literal("k"))
    labels = fastshacl.label_graph(data, [URIRef("urn:a")], [URIRef("urn:kept"), URIRef("urn:other")])
    assert set(labels) == {(URIRef("urn:a"), URIRef("urn:kept"), Literal("k")),
                           (URIRef("urn:a"), URIRef("urn:other"), Literal("o"))}


def test_a_restricted_store_keeps_the_types_of_the_classes_read_and_their_subclasses():
    """Of the ``rdf:type`` quads, the store keeps those of the classes given and of their subclasses,
    the ontology's (``extra_nt``) and the data's own (near misses: a class of neither, and a class
    declared a subclass by nothing); a type is still found in all the data (``holds``)."""
    from rdflib import URIRef

    rdf_type, sub = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.subClassOf))
    top, child, own, loose = (ox.NamedNode(f"urn:{n}") for n in ("Top", "Child", "Own", "Loose"))
    a, b, c, d = (ox.NamedNode(f"urn:{n}") for n in "abcd")
    g = ox.NamedNode("urn:g")
    quads = [ox.Quad(a, rdf_type, top, g), ox.Quad(b, rdf_type, child, g), ox.Quad(c, rdf_type, own, g),
             ox.Quad(d, rdf_type, loose, g), ox.Quad(own, sub, child, g)]
    data = fastshacl.load([quads], extra_nt="<urn:Child> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <urn:Top> .\n",
                          keep=frozenset({rdf_type, sub}), classes=frozenset({top}))
    types = {(q.subject, q.object) for q in data.store.quads_for_pattern(None, rdf_type, None)}
    assert types == {(a, top), (b, child), (c, own)}
    assert data.store_for(rdf_type) is not data.store  # (a type is looked for in all the data)
    assert data.holds(URIRef("urn:d"), URIRef(str(RDF.type)), URIRef("urn:Loose"))
    assert data.store_for(sub) is data.store
    whole = fastshacl.load([quads], keep=frozenset({rdf_type, sub}))  # no classes given: every type
    assert len(list(whole.store.quads_for_pattern(None, rdf_type, None))) == 4


def test_a_large_batch_keeps_the_types_its_targets_read(monkeypatch):
    """A large batch's store keeps the types of the SPARQL shapes' target classes (a document of a
    class the data declares a subclass of Document is still checked) and not the evidence's."""
    dkg = "https://w3id.org/directive-kg/ontology#"
    monkeypatch.setattr(validation, "RESTRICTED_FROM", 0)
    made = []
    monkeypatch.setattr(fastshacl, "load", lambda *a, **k: made.append(load(*a, **k)) or made[-1])
    rdf_type, sub = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.subClassOf))
    doc, note = ox.NamedNode("http://example.org/tw#doc"), ox.NamedNode("http://example.org/tw#note")
    kind = ox.NamedNode("http://example.org/tw#LocalResolution")
    quads = [ox.Quad(doc, rdf_type, kind), ox.Quad(kind, sub, ox.NamedNode(dkg + "Resolution")),
             ox.Quad(doc, ox.NamedNode(dkg + "level"), ox.NamedNode("https://w3id.org/directive-kg/vocab/level/province")),
             ox.Quad(doc, ox.NamedNode(dkg + "issuerCode"), ox.Literal("TW")),
             ox.Quad(note, rdf_type, ox.NamedNode(dkg + "Evidence"))]
    shapes = {v.shape.rsplit("#", 1)[-1] for v in validate(quads, engine="fast").violations if v.focus == doc.value}
    assert "CentralPartyLevelShape" in shapes
    types = {q.subject for q in made[0].store.quads_for_pattern(None, rdf_type, None)}
    assert doc in types and note not in types
    assert validation._plan().classes == {ox.NamedNode(dkg + "Document"), ox.NamedNode(dkg + "ReviewEvent")}


def test_the_store_holds_the_union_of_the_graphs_in_its_default_graph():
    a, p = ox.NamedNode("urn:a"), ox.NamedNode("urn:p")
    g1, g2 = ox.NamedNode("urn:g1"), ox.NamedNode("urn:g2")
    quads = [ox.Quad(a, p, ox.Literal("x"), g1), ox.Quad(a, p, ox.Literal("x"), g2),  # one triple, two graphs
             ox.Quad(a, p, ox.Literal("y"), g2), ox.Quad(a, p, ox.Literal("z"))]
    data = fastshacl.load([quads])
    assert set(data.store) == {ox.Quad(a, p, ox.Literal(v)) for v in "xyz"}
    assert "<urn:g2>" in data.nt  # (the text keeps the graph names)


def test_a_sparql_shape_joins_what_different_graphs_say_of_a_node():
    """A document's level in one text's graph and its TW issuer code in another's still violate
    together (validation reads the union of the graphs), on every engine."""
    dkg, level = "https://w3id.org/directive-kg/ontology#", "https://w3id.org/directive-kg/vocab/level/"
    doc, g1, g2 = ox.NamedNode("http://example.org/tw#doc"), ox.NamedNode("urn:g1"), ox.NamedNode("urn:g2")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    quads = [ox.Quad(doc, rdf_type, ox.NamedNode(dkg + "Resolution"), g1),
             ox.Quad(doc, ox.NamedNode(dkg + "level"), ox.NamedNode(level + "province"), g1),
             ox.Quad(doc, ox.NamedNode(dkg + "issuerCode"), ox.Literal("TW"), g2),
             ox.Quad(doc, rdf_type, ox.NamedNode(dkg + "Resolution"), g2)]
    for engine in ("fast", "pyshacl"):
        shapes = {v.shape.rsplit("#", 1)[-1] for v in validate(quads, engine=engine).violations if v.focus == doc.value}
        assert "CentralPartyLevelShape" in shapes, engine
        near = validate([q for q in quads if q.graph_name == g1], engine=engine).violations  # no code: no TW check
        assert "CentralPartyLevelShape" not in {v.shape.rsplit("#", 1)[-1] for v in near}, engine


def test_the_core_text_holds_the_predicates_the_core_shapes_read_and_numbers_its_own_blank_nodes():
    from rdflib import BNode, URIRef

    kept, other = ox.NamedNode("urn:kept"), ox.NamedNode("urn:other")
    quads = [ox.Quad(ox.BlankNode("x"), other, ox.Literal("o")), ox.Quad(ox.BlankNode("y"), kept, ox.BlankNode("z")),
             ox.Quad(ox.NamedNode("urn:a"), other, ox.BlankNode("x"), ox.NamedNode("urn:g"))]
    data = fastshacl.load([quads], extra_nt="<urn:c> <urn:sub> <urn:d> .\n", core=frozenset({kept}))
    assert "<urn:other>" not in data.core_nt and "<urn:kept>" in data.core_nt
    assert "<urn:sub>" in data.core_nt  # (the ontology's lines are all given)
    # the package numbers the blank nodes of the text it read: _:x comes first in the data, not there
    assert [data.bnode("0_b0"), data.bnode("0_b1")] == ["y", "z"]
    with pytest.raises(fastshacl.EngineMismatch):
        data.bnode("0_b2")
    assert data.nt.count("<urn:other>") == 2  # all the data, written when first asked for
    assert data.holds(URIRef("urn:a"), URIRef("urn:other"), BNode("x"))
    unrestricted = fastshacl.load([quads])
    assert unrestricted.nt == unrestricted.core_nt and "<urn:other>" in unrestricted.core_nt


def test_the_plan_gives_the_core_engine_the_predicates_of_the_core_shapes():
    reads = {p.value for p in validation._plan().core_reads}
    dkg, oa = "https://w3id.org/directive-kg/ontology#", "http://www.w3.org/ns/oa#"
    assert {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#subClassOf",
            dkg + "key", dkg + "dateIssued", dkg + "level", oa + "hasSelector"} <= reads
    assert not {dkg + "text", oa + "exact", oa + "suffix"} & reads  # no shape names them (a quote, its context)


@pytest.mark.slow
def test_quads_validated_with_a_restricted_store_report_as_pyshacl(generated, monkeypatch):
    """Quads as data and context (the store restricted to what the SPARQL shapes read, as for a
    large batch): pyshacl's report."""
    quads, _ = generated
    monkeypatch.setattr(validation, "RESTRICTED_FROM", 0)
    loaded = []
    monkeypatch.setattr(fastshacl, "load", lambda *a, **k: loaded.append(k.get("keep")) or load(*a, **k))
    third = len(quads) // 3
    ref = validate(triples_to_graph(quads[third:]), context=triples_to_graph(quads[:third]),
                   report_context=False, engine="pyshacl")
    got = validate(quads[third:], context=quads[:third], report_context=False, engine="fast")
    assert not ref.conforms and _rows(got) == _rows(ref)
    assert loaded and loaded[0] == validation._plan().reads | validation._LABEL_PREDICATES


def test_a_small_batch_is_copied_whole(monkeypatch):
    """Below ``RESTRICTED_FROM`` quads the in-memory store holds every quad (no query is parsed)."""
    loaded = []
    monkeypatch.setattr(fastshacl, "load", lambda *a, **k: loaded.append(k.get("keep")) or load(*a, **k))
    a = ox.NamedNode("urn:a")
    validate([ox.Quad(a, ox.NamedNode("urn:p"), ox.Literal("v"))], engine="fast")
    assert loaded == [None]
