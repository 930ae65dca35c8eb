"""The namespaces, written there alone, and how an IRI is shown to people (``kg.rdf.vocab``)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.rdf.vocab import BASE, DISPLAY_PREFIXES, DKG, PREFIXES, PROV, compact
from kg.reason.entailments import ReasonResult


@pytest.mark.parametrize("iri, shown", [
    (str(PROV) + "wasDerivedFrom", "prov:wasDerivedFrom"),
    ("http://data.europa.eu/eli/ontology#passed_by", "eli:passed_by"),
    (str(DKG._NS) + "assignedBody", "dkg:assignedBody"),
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "rdf:type"),
    # near misses: a namespace without a local name, an IRI of no known namespace
    (str(PROV), str(PROV)),
    ("https://example.org/x#y", "https://example.org/x#y"),
])
def test_an_iri_is_shown_with_its_namespace_s_prefix(iri, shown):
    assert compact(iri) == shown


def test_every_display_prefix_ends_with_a_colon_and_names_one_namespace():
    assert all(p.endswith(":") for p in DISPLAY_PREFIXES.values())
    assert len(set(DISPLAY_PREFIXES.values())) == len(DISPLAY_PREFIXES)


def test_a_reasoning_summary_names_predicates_by_prefix():
    result = ReasonResult("rules", 10, 3, 0.1, by_predicate={str(PROV) + "wasDerivedFrom": 2,
                                                             "http://data.europa.eu/eli/ontology#number": 1})
    assert "[prov:wasDerivedFrom 2, eli:number 1]" in str(result)


ROOT = Path(__file__).resolve().parents[1]
#: modules that still write a namespace of their own, with why (strict: the day one stops, its line must go)
OWN_NAMESPACE = {
    "kg/resources.py": "the bottom module imports nothing of kg: the vocabulary would bring rdflib to every command",
}


def namespaces_written(source: str) -> list[tuple[int, str]]:
    """(line, string) of each string of ``source`` that begins with a namespace ``kg.rdf.vocab`` holds: an IRI of
    its vocabularies spelt out where it should be named (``XSD.date``, ``BASE + ...``). SPARQL and Turtle text,
    which begin with a keyword, are not such strings."""
    spaces = {BASE, *PREFIXES.values(), *DISPLAY_PREFIXES}
    return [(node.lineno, node.value) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and any(node.value.startswith(ns) for ns in spaces)]


def test_a_namespace_is_written_in_the_vocabulary_alone():
    files = sorted(p for folder in ("kg", "viz") for p in (ROOT / folder).rglob("*.py") if p.name != "vocab.py")
    written = {str(p.relative_to(ROOT)) for p in files if namespaces_written(p.read_text(encoding="utf-8"))}
    assert written == set(OWN_NAMESPACE)


def test_a_namespace_spelt_out_is_found():
    source = '''XSD = "http://www.w3.org/2001/XMLSchema#"
SHAPES = "https://w3id.org/directive-kg/shapes#"
QUERY = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * {}"
ATOM = "http://www.w3.org/2005/Atom"
'''
    assert namespaces_written(source) == [(1, "http://www.w3.org/2001/XMLSchema#"),
                                          (2, "https://w3id.org/directive-kg/shapes#")]
