"""Clients and browsers: SPARQLWrapper's formats, the HTML results page, security headers, CORS."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.web.headers import script_hash
from test_web_support import DKG, EVIL, server, web_app, http, web_store  # noqa: F401  (fixtures)

CONSTRUCT = f'PREFIX dkg: <{DKG}> CONSTRUCT {{ ?d dkg:key ?k }} WHERE {{ ?d dkg:key ?k }}'


@pytest.mark.parametrize("fmt,parse_as", [("JSONLD", "json-ld"), ("N3", "turtle"), ("TURTLE", "turtle"),
                                          ("RDFXML", "xml")])
def test_sparqlwrapper_construct_in_every_format(server, web_store, fmt, parse_as):
    import SPARQLWrapper as sw_module
    from SPARQLWrapper import SPARQLWrapper

    sw = SPARQLWrapper(server + "/sparql")
    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(getattr(sw_module, fmt))
    response = sw.query()
    assert response.response.status == 200
    got = Graph().parse(data=response.response.read(), format=parse_as)
    assert isomorphic(got, web_store.construct(CONSTRUCT))


@pytest.mark.parametrize("values,media", [
    (["json-ld", "application/ld+json"], "application/ld+json"),
    (["n3"], "text/turtle"),
    (["nonsense", "turtle"], "text/turtle"),
    (["application/n-triples"], "application/n-triples"),
])
def test_the_first_usable_format_value_wins(server, values, media):
    r = http.get(server + "/sparql", params=[("query", CONSTRUCT), *[("format", v) for v in values]], timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media


def test_a_browser_gets_an_html_results_page_with_escaped_values(server):
    q = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?s rdfs:label ?l FILTER(CONTAINS(?l, "script")) }'
    r = http.get(server + "/sparql", params={"query": q}, timeout=60,
                  headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert EVIL not in r.text and "<script>alert(1)" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert re.search(r'<td>(?:<span lang="vi">)?[^<]*&lt;script&gt;', r.text)  # a cell of the table (in its language)
    assert "format=csv" in r.text and "format=json" in r.text and "<textarea" in r.text
    ask = http.get(server + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/html"}, timeout=60)
    assert "true" in ask.text and ask.headers["content-type"].startswith("text/html")


def test_security_headers_everywhere(server):
    for path in ("/", "/sparql", "/queries", "/index.json", "/no-such-page"):
        r = http.get(server + path, headers={"Accept": "text/html"}, timeout=60)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in \
            csp.split("script-src", 1)[1].split(";")[0]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_the_docs_page_allows_exactly_its_own_start_script(server):
    r = http.get(server + "/docs", timeout=60)
    scripts = re.findall(r"<script>(.*?)</script>", r.text, re.S)
    assert scripts and all(script_hash(s) in r.headers["content-security-policy"] for s in scripts)


def test_cors_for_sparql_and_json_without_credentials(server):
    r = http.get(server + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://tool.example"},
                  timeout=60)
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers
    pre = http.options(server + "/sparql", timeout=60, headers={
        "Origin": "https://tool.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 204 and "POST" in pre.headers["access-control-allow-methods"]
    assert "authorization" not in pre.headers["access-control-allow-headers"].lower()
    assert http.get(server + "/index.json", timeout=60).headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in http.get(server + "/", timeout=60).headers


def test_the_query_form_asks_for_a_results_page(server):
    r = http.get(server + "/sparql", params={"query": "SELECT (1 AS ?one) {}", "format": "html"}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<th scope=\"col\">one</th>" in r.text
    form = http.get(server + "/sparql", headers={"Accept": "text/html"}, timeout=60).text
    assert '<option value="html">' in form


def test_a_browser_following_a_construct_link_gets_turtle_in_a_page(server):
    r = http.get(server + "/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/html"}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<pre class="graph">' in r.text and "46-NQ/TW" in r.text and "format=ttl" in r.text
