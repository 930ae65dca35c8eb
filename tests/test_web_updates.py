"""kg.web.updates.with_dataset: the protocol's using-graph-uri / using-named-graph-uri written into an
update as USING clauses, placed by the parse (never inside a string), refused where the update names
its dataset itself or a value is no IRI."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.queries.safety import parse_request
from kg.web.updates import with_dataset

G = "urn:test:graph"


def datasets(update: str) -> list:
    """The USING clauses of each Modify operation of ``update``, as rdflib parses them."""
    return [[(u.get("default") or u.get("named")) for u in dict.get(op, "using") or []]
            for op in parse_request(update, update=True)["request"] if op.name == "Modify"]


def test_a_using_clause_goes_before_the_where_of_each_operation():
    update = ("INSERT { GRAPH <urn:test:out> { ?s ?p ?o } } WHERE { ?s ?p ?o } ;\n"
              "DELETE { GRAPH <urn:test:out> { ?s ?p 1 } } WHERE { ?s ?p 1 }")
    found = datasets(with_dataset(update, [G], []))
    assert [[str(g) for g in op] for op in found] == [[G], [G]]


def test_a_where_inside_a_string_is_never_chosen():
    update = 'INSERT { GRAPH <urn:test:out> { ?s <urn:test:note> "put it where it was" } } WHERE { ?s ?p ?o }'
    text = with_dataset(update, [G], [])
    assert '"put it where it was"' in text
    assert [[str(g) for g in op] for op in datasets(text)] == [[G]]


def test_an_update_naming_its_dataset_and_the_parameters_is_refused():
    update = f"INSERT {{ GRAPH <urn:test:out> {{ ?s ?p ?o }} }} USING <{G}> WHERE {{ ?s ?p ?o }}"
    with pytest.raises(UsageError, match="names its dataset"):
        with_dataset(update, [G], [])


def test_a_parameter_that_is_no_iri_is_refused_naming_it():
    with pytest.raises(UsageError, match="using-named-graph-uri"):
        with_dataset("INSERT { GRAPH <urn:test:out> { ?s ?p ?o } } WHERE { ?s ?p ?o }", [], ["not an iri"])
