"""Bad input at the edges answers 4xx with a message, never 500, and the connection stays usable."""

from __future__ import annotations

import httpx
import pytest

from test_web_support import TOKEN, server, web_app, http, web_store  # noqa: F401  (fixtures)

ASK = "ASK {}"
BAD_GETS = [
    ("/sparql", {"query": ASK, "default-graph-uri": "not an iri"}),
    ("/sparql", {"query": ASK, "named-graph-uri": "<bad>"}),
    ("/sparql", {"query": ASK, "default-graph-uri": ""}),
    ("/sparql", [("query", ASK), ("query", ASK)]),
    ("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT -1"}),
    ("/sparql", {"query": "SELECT ?x WHERE { BIND(<not an iri> AS ?x) }"}),
    ("/sparql", {"query": ASK, "format": "image/png"}),
    ("/sparql", {"update": "CLEAR ALL"}),
    ("/sparql", {"query": "\x00"}),
    ("/bodies/a b", None),
    ("/bodies/<script>", None),
    ("/bodies/a\"b.json", None),
    ("/bodies/%3Cx%3E", None),
    ("/doc/https://w3id.org/directive-kg/id/a b", None),
    ("/doc/<x>", None),
    ("/doc/46-NQ/TW", {"iri": "not an iri"}),
    ("/graph/<x>", None),
    ("/graph/a b.json", None),
    ("/queries/nope<", None),
    ("/queries/search", {"q": "<>\"{}"}),
    ("/queries/search", {"limit": "many"}),
]


@pytest.mark.parametrize("path,params", BAD_GETS, ids=[f"{p} {q}" for p, q in BAD_GETS])
def test_bad_input_is_a_client_error(server, path, params):
    with httpx.Client(timeout=60) as client:
        r = client.get(server + path, params=params)
        assert 400 <= r.status_code < 500 or r.status_code == 200, (r.status_code, r.text)
        if r.status_code >= 400 and r.headers.get("content-type", "").startswith("application/json"):
            assert r.json()["message"]
        # the same connection still answers
        assert client.get(server + "/sparql", params={"query": ASK}).status_code == 200


@pytest.mark.parametrize("body,ctype", [
    ("ASK {}".encode("utf-16"), "application/sparql-query"),
    (b"ASK { ?s ?p \"\xff\xfe\" }", "application/sparql-query"),
    (b"query=ASK%20%7B%7D%FF", "application/x-www-form-urlencoded"),
    (b"query=%FF%FE", "application/x-www-form-urlencoded"),
    ("ASK {}".encode("utf-8"), "application/sparql-query; charset=ISO-8859-1"),
])
def test_a_body_that_is_not_utf8_is_refused(server, body, ctype):
    r = http.post(server + "/sparql", content=body, headers={"Content-Type": ctype}, timeout=60)
    assert r.status_code == 400, r.text
    assert "UTF-8" in r.json()["message"]


def test_two_queries_or_two_updates_are_refused(server):
    r = http.post(server + "/sparql", content=b"query=ASK%20%7B%7D&query=ASK%20%7B%7D", timeout=60,
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "2 times" in r.json()["message"]
    r = http.post(server + "/sparql", content=b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", timeout=60,
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "2 times" in r.json()["message"]
    r = http.post(server + "/sparql?query=ASK%20%7B%7D", content=b"ASK {}", timeout=60,
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400


def test_relative_iris_resolve_against_the_endpoint(server):
    from rdflib import Graph, Literal, URIRef

    r = http.post(server + "/sparql", content=b"CONSTRUCT { <s> <p> 1 } WHERE {}", timeout=60,
                   headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    assert r.status_code == 200, r.text
    got = Graph().parse(data=r.text, format="turtle")
    assert set(got) == {(URIRef(server + "/s"), URIRef(server + "/p"), Literal(1))}


def test_a_request_over_the_query_limit_is_refused_before_it_runs(server, monkeypatch):
    """DKG_MAX_QUERY_BYTES counts bytes of the request's text (not characters), for a query sent by GET,
    by POST and in a form, and for an update, which then writes nothing."""
    monkeypatch.setenv("DKG_MAX_QUERY_BYTES", "2000")
    padded = "ASK {}\n#" + "đ" * 1000  # 2,008 bytes in UTF-8, 1,008 characters
    answers = [
        http.get(server + "/sparql", params={"query": padded}, timeout=60),
        http.post(server + "/sparql", content=padded.encode(), timeout=60,
                  headers={"Content-Type": "application/sparql-query"}),
        http.post(server + "/sparql", data={"query": padded}, timeout=60),
    ]
    for r in answers:
        assert r.status_code == 413, r.text
        said = r.json()
        assert "DKG_MAX_QUERY_BYTES" in said["message"] and "2,008" in said["message"], said
    insert = "INSERT DATA { <urn:dkg:test:a> <urn:dkg:test:b> <urn:dkg:test:c> }\n#" + "x" * 2000
    r = http.post(server + "/sparql", data={"update": insert}, timeout=60,
                  headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413, r.text
    asked = http.get(server + "/sparql", params={"query": "ASK { <urn:dkg:test:a> ?p ?o }"},
                     headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert asked.json()["boolean"] is False
    # just under the limit, the same query runs
    under = http.get(server + "/sparql", params={"query": "ASK {}\n#" + "đ" * 990},
                     headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert under.status_code == 200 and under.json()["boolean"] is True
