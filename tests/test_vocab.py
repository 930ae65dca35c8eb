"""The namespaces and how an IRI is shown to people (``kg.rdf.vocab``)."""
from __future__ import annotations

import pytest

from kg.rdf.vocab import DISPLAY_PREFIXES, DKG, PROV, compact
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
