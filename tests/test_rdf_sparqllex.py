"""kg.rdf.sparqllex: the one SPARQL tokenizer."""
import pytest

from kg.rdf.sparqllex import (blank_out, closing_brace, query_form, split_top_level, tokens, top_level_groups,
                              where_openings)


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


# hostile texts: a brace or a semicolon inside a literal (short and long), an IRI or a comment,
# and a quote inside a comment, which opens no string
HOSTILE = [
    '"} ;"', "'} ;'", '"""a "} ;" \n b"""', "'''} ; '''", '"\\" } ;"',
]


@pytest.mark.parametrize("literal", HOSTILE)
def test_a_brace_or_semicolon_in_a_literal_is_not_code(literal):
    text = f"INSERT DATA {{ <urn:s> <urn:p> {literal} }} ; DELETE DATA {{ <urn:s> <urn:p> 1 }}"
    close = closing_brace(text, text.index("{") + 1)
    assert close == text.index(" ; DELETE") - 1
    spans = split_top_level(text)
    assert [text[a:b].strip()[:6] for a, b in spans] == ["INSERT", "DELETE"]
    assert literal in text[spans[0][0]:spans[0][1]]


def test_a_comment_hides_braces_and_quotes_and_ends_at_the_line():
    text = '{ ?s ?p ?o # it\'s a """ } ; {\n ?s ?p "x" } ; ASK { ?s ?p ?o }'
    assert closing_brace(text, 1) == text.index('"x" }') + 4
    assert len(split_top_level(text)) == 2
    assert [k for k, _, _ in tokens(text)] == ["comment", "string"]


def test_an_iri_is_the_grammar_s_iriref_and_nothing_else():
    text = "?a <urn:x#a;b> ?b < ?c"  # a '#' or ';' in an IRI is neither a comment nor a separator
    assert [(k, text[a:b]) for k, a, b in tokens(text)] == [("iri", "<urn:x#a;b>")]
    assert len(split_top_level(text)) == 1
    # a '{' may not be in an IRI: '<a{b>' is code, so the brace counts
    assert closing_brace("{ <a{b> } }", 1) == 10  # (the second "}" closes: the inner "{" opened a group)
    assert blank_out("<urn:a> # c\n") == " " * 7 + " " + " " * 3 + "\n"


def test_top_level_groups_keep_literals_whole_and_refuse_unpaired_braces():
    body = ' ?x <urn:p> ?v . { ?v <urn:q> "}{" } UNION { ?v <urn:r> """{""" } '
    pieces = top_level_groups(body)
    assert [k for k, _ in pieces] == ["text", "group", "text", "group", "text"]
    assert pieces[1][1].strip() == '?v <urn:q> "}{"' and pieces[3][1].strip() == '?v <urn:r> """{"""'
    assert top_level_groups("{ ?s ?p ?o") is None and top_level_groups("?s } {") is None
    assert closing_brace("{ ?s ?p '}' ", 1) is None


def test_all_tokens_reads_code_between_strings_iris_and_comments():
    from kg.rdf.sparqllex import all_tokens

    got = all_tokens('select ?s WHERE { ?s a ex:T ; ex:p "# not a comment"@vi } # a comment\nlimit 5')
    assert got == [("word", "SELECT"), ("var", "?s"), ("word", "WHERE"), ("punct", "{"), ("var", "?s"),
                   ("word", "a"), ("pname", "ex:T"), ("punct", ";"), ("pname", "ex:p"),
                   ("string", '"# not a comment"'), ("langtag", "@vi"), ("punct", "}"), ("word", "LIMIT"),
                   ("number", "5")]


def test_all_tokens_refuses_what_is_no_sparql_token():
    from kg.rdf.sparqllex import UnknownToken, all_tokens

    with pytest.raises(UnknownToken, match="cannot read"):
        all_tokens("SELECT ?s WHERE { ?s ?p ?o } ~ 1")


def test_where_openings_are_the_groups_in_code_the_outer_first():
    q = ('SELECT ?d WHERE { ?d <urn:p> "where { not a group" . # WHERE { nor this\n'
         '  { SELECT ?d where{ ?d a <urn:C> } } }')
    at = where_openings(blank_out(q))
    assert [q[a - 1] for a in at] == ["{", "{"] and q[:at[0]].endswith("WHERE {") and q[:at[1]].endswith("where{")
    # near miss: a query without the keyword (ASK { ... }) opens no WHERE group; the raw text finds the string's
    assert where_openings(blank_out('ASK { ?s <urn:p> "WHERE {" }')) == []
    assert len(where_openings('ASK { ?s <urn:p> "WHERE {" }')) == 1
