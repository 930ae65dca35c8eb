"""kg.rdf.sparqllex: the one SPARQL tokenizer."""
import pytest

from kg.rdf.sparqllex import blank_out, query_form


def test_blank_out_keeps_offsets_and_hides_strings_iris_comments():
    q = 'SELECT ?x WHERE { ?x <urn:a#b> "say # not a comment" } # a comment'
    out = blank_out(q)
    assert len(out) == len(q)
    assert "urn" not in out and "say" not in out and "comment" not in out
    assert out.index("WHERE") == q.index("WHERE")


@pytest.mark.parametrize("query,form", [
    ("PREFIX s: <http://example.org/select#>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("# ask me\nASK { ?s ?p ?o }", "ASK"),
    ("select * where { ?s ?p ?o }", "SELECT"),
    ("DESCRIBE <urn:x>", "DESCRIBE"),
    # a prefix, a variable or a string named like a form is not the form
    ("PREFIX construct: <urn:c#>\nSELECT ?ask WHERE { ?ask construct:p 'DESCRIBE' }", "SELECT"),
    ("PREFIX ex: <urn:e#>\nASK { ex:select ex:p ?construct }", "ASK"),
])
def test_query_form(query, form):
    assert query_form(query) == form
