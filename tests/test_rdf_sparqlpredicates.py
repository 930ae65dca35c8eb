"""kg.rdf.sparqlpredicates: the predicates of a query's patterns read from its tokens, the same as
rdflib's algebra gives (``fastshacl.algebra_predicates``), or refused where the reader does not follow."""
import pyoxigraph as ox
import pytest

from kg.rdf.sparqlpredicates import Unread, pattern_classes, pattern_predicates
from kg.validate import fastshacl, validation

P = "PREFIX ex: <urn:ex:> PREFIX dkg: <https://w3id.org/directive-kg/ontology#> "

SAME_AS_RDFLIB = [
    "SELECT ?this WHERE { ?this <urn:a> ?x }",
    P + "SELECT DISTINCT ?this ?value (dkg:level AS ?path) WHERE { ?this dkg:level ?value ; dkg:key ?k , ?j . }",
    P + "SELECT * WHERE { ?this a ex:C ; ex:p [ ex:q ?x ; ex:r [ ex:s 1 ] ] . [] ex:t ?this . }",
    P + "SELECT * WHERE { ?x (ex:a|^ex:b)/ex:c* ?y . ?y ex:d+ ?z . ?z ex:e? ?w . ?w (ex:f/ex:g)|a ?v }",
    P + "SELECT * WHERE { ?x ex:a ?y OPTIONAL { ?y ex:b ?z } MINUS { ?y ex:c ?z } { ?x ex:d ?w } UNION { ?x ex:e ?w } }",
    P + 'SELECT * WHERE { ?x ex:a "x"@vi , "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> , -3 , 1.5e3 , true }',
    P + "SELECT * WHERE { { SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ex:a ?y } GROUP BY ?x HAVING (COUNT(?y) > 1) } ?x ex:b ?z }",
    P + "SELECT * WHERE { VALUES ?x { ex:v1 ex:v2 } ?x ex:a ?y . VALUES (?y ?z) { (ex:v3 UNDEF) } } ORDER BY DESC(?x) LIMIT 5",
    P + "SELECT * WHERE { ?x ex:a ( ?y ex:item ) . ( 1 2 ) ex:b ?z } # a comment: ?x ?p ?o",
    P + "SELECT * WHERE { ?x ex:a ?y } VALUES ?y { ex:v }",
    P + "SELECT * WHERE { ?x ex:a ?y { ?y ex:b ?z } [ ex:c ?w ] { ?w ex:d ?v } }",  # groups right after triples
    # any predicate
    "SELECT ?this WHERE { ?this ?p ?x }",
    "SELECT ?this WHERE { ?this !<urn:a> ?x }",
    "SELECT ?this WHERE { ?this !(<urn:a>|^<urn:b>) ?x }",
    "SELECT ?this WHERE { ?this <urn:a> ?x . { ?x ?p ?y } UNION { ?x <urn:b> ?y } }",
    "SELECT ?this WHERE { ?this <urn:a> [ ?p ?y ] }",
]


@pytest.mark.parametrize("query", SAME_AS_RDFLIB)
def test_the_predicates_read_from_the_tokens_are_rdflib_s(query):
    assert pattern_predicates(query) == fastshacl.algebra_predicates(query)


def test_the_patterns_of_exists_are_read_too():
    """(rdflib's algebra, as ``fastshacl`` walks it, does not reach them: no shape the fast engine
    runs has one, since ``EXISTS`` is left to pyshacl, but the reader takes them as patterns.)"""
    ex = {n: ox.NamedNode(f"urn:ex:{n}") for n in "abc"}
    assert pattern_predicates(
        P + "SELECT * WHERE { ?x ex:a ?y FILTER NOT EXISTS { ?y ex:b ?z } "
            "FILTER (?y != ex:not-a-predicate && EXISTS { ?y ex:c ?q }) }") == set(ex.values())
    assert pattern_predicates(
        P + 'SELECT * WHERE { ?x ex:a ?y . BIND (IF(EXISTS { ?y ex:b ?o }, 1, 0) AS ?n) FILTER REGEX(STR(?y), "}{#") }'
    ) == {ex["a"], ex["b"]}
    assert pattern_predicates("SELECT ?this WHERE { ?this <urn:a> ?x FILTER EXISTS { ?x ?p ?y } }") is None


def test_the_shapes_queries_are_read_as_rdflib_reads_them():
    queries = [q for qs in validation._plan().sparql.values() for q in qs]
    assert queries
    for q in queries:
        assert pattern_predicates(q) == fastshacl.algebra_predicates(q) is not None


@pytest.mark.parametrize("query", [
    "ASK { ?x <urn:a> ?y }",  # another form
    "BASE <urn:b> SELECT * WHERE { ?x <a> ?y }",
    "SELECT * WHERE { ?x <a> ?y }",  # a relative IRI
    "SELECT * FROM <urn:g> WHERE { ?x <urn:a> ?y }",
    "SELECT * WHERE { GRAPH ?g { ?x <urn:a> ?y } }",
    "SELECT * WHERE { ?x ex:a ?y }",  # an undeclared prefix
    "SELECT ?this WHERE { ?this <urn:a ?x }",  # not a query
    r"PREFIX ex: <urn:ex:> SELECT * WHERE { ?x ex:a\.b ?y }",  # an escape in a name
    "SELECT * WHERE { ?x <urn:a> ?y ",
])
def test_what_the_reader_does_not_follow_is_left_to_rdflib(query):
    with pytest.raises(Unread):
        pattern_predicates(query)


def test_a_query_the_reader_leaves_is_read_by_rdflib():
    graph = "SELECT * WHERE { GRAPH ?g { ?x <urn:a> ?y } }"
    assert fastshacl.read_predicates([graph, "SELECT * WHERE { ?x <urn:b> ?y }"]) == {
        ox.NamedNode("urn:a"), ox.NamedNode("urn:b")}
    assert fastshacl.read_predicates(["SELECT * WHERE { GRAPH ?g { ?x ?p ?y } }"]) is None


T = P + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


@pytest.mark.parametrize(("query", "classes"), [
    ("SELECT * WHERE { ?x a ex:C ; ex:p ?y }", {"C"}),
    ("SELECT * WHERE { ?x rdf:type/rdfs:subClassOf* ex:D , ex:E }", {"D", "E"}),
    ("SELECT * WHERE { ?x <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ex:C }", {"C"}),
    ("SELECT * WHERE { [ a ex:F ] ex:p ?y FILTER NOT EXISTS { ?y a ex:G } }", {"F", "G"}),
    ("SELECT * WHERE { ?x ex:p ?y . ?y rdfs:subClassOf* ex:C }", set()),  # no type read
    # near misses: a type of any class can match
    ("SELECT * WHERE { ?x a ?c }", None),
    ("SELECT * WHERE { ?x ^rdf:type ?c }", None),
    ("SELECT * WHERE { ?x rdf:type|ex:p ex:D }", None),
    ("SELECT * WHERE { ?x rdf:type/rdfs:subClassOf+ ex:D }", None),
    ("SELECT * WHERE { ?x a [ ex:p ?y ] }", None),
    ("SELECT * WHERE { ?x ?p ex:C }", None),
])
def test_the_classes_whose_types_a_query_reads(query, classes):
    got = pattern_classes(T + query)
    assert got == (None if classes is None else {ox.NamedNode(f"urn:ex:{c}") for c in classes})


def test_a_query_the_reader_leaves_reads_types_of_any_class():
    assert fastshacl.read_classes(["SELECT * WHERE { GRAPH ?g { ?x a <urn:C> } }"]) is None
    assert fastshacl.read_classes(["SELECT * WHERE { ?x a <urn:C> }", "SELECT * WHERE { ?x a <urn:D> }"]) == {
        ox.NamedNode("urn:C"), ox.NamedNode("urn:D")}
