"""POST /validate: formats in, JSON / Turtle / HTML out, size limit, and the store left alone."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Namespace

from test_web_support import DKG, EVIL, client, server, web_app, http, web_store  # noqa: F401  (fixtures)

SH = Namespace("http://www.w3.org/ns/shacl#")

# a resolution without the key, type code or date the shapes ask for
BAD_TTL = f"""@prefix dkg: <{DKG}> .
<https://w3id.org/directive-kg/id/doc/party/tw/nq/999/khoa-xiii> a dkg:Resolution ;
    dkg:subject "{EVIL.replace('"', '&quot;')}"@vi .
"""
GOOD_TTL = f"""@prefix dkg: <{DKG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/directive-kg/id/body/central/x> a dkg:Body ; rdfs:label "X"@vi ; dkg:canonicalName "X"@vi .
"""


def _as_nt(ttl: str) -> str:
    return Graph().parse(data=ttl, format="turtle").serialize(format="nt")


def _as_jsonld(ttl: str) -> str:
    return Graph().parse(data=ttl, format="turtle").serialize(format="json-ld")


def test_turtle_body_gives_a_json_report_and_changes_nothing(server, web_store):
    before = len(web_store)
    r = http.post(server + "/validate", content=BAD_TTL.encode(), headers={"Content-Type": "text/turtle"},
                   timeout=120)
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["conforms"] is False and report["violations"]
    assert len(web_store) == before


@pytest.mark.parametrize("ctype,convert", [("application/n-triples", _as_nt), ("application/ld+json", _as_jsonld)])
def test_other_formats_by_content_type(client, ctype, convert):
    r = client.post("/validate", content=convert(BAD_TTL).encode(), headers={"Content-Type": ctype})
    assert r.status_code == 200, r.text
    assert r.json()["conforms"] is False


def test_turtle_report_on_request(client):
    r = client.post("/validate", content=BAD_TTL.encode(),
                    headers={"Content-Type": "text/turtle", "Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    assert (None, SH.conforms, None) in g


def test_uploaded_file_named_by_extension(client):
    r = client.post("/validate", files={"file": ("batch.nt", _as_nt(GOOD_TTL).encode(), "application/octet-stream")},
                    headers={"Accept": "application/json"})
    assert r.status_code == 200, r.text
    assert "conforms" in r.json()


def test_form_gives_an_html_page_with_the_report_escaped(client):
    form = client.get("/validate", headers={"Accept": "text/html"})
    assert form.status_code == 200 and 'name="data"' in form.text and 'type="file"' in form.text
    r = client.post("/validate", data={"data": BAD_TTL, "format": "ttl"},
                    headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'id="report"' in r.text and "<script>alert(1)" not in r.text


def test_syntax_error_is_a_400_naming_the_line(client):
    r = client.post("/validate", content=b"@prefix x: <urn:x#> .\nx:a x:b ", headers={"Content-Type": "text/turtle"})
    assert r.status_code == 400
    body = r.json()
    assert body["error"] == "input" and body["line"] == 2


def test_unknown_content_type_is_415(client):
    r = client.post("/validate", content=b"hello", headers={"Content-Type": "application/pdf"})
    assert r.status_code == 415 and r.json()["error"] == "unsupported-media-type"


def test_size_limit_is_enforced_while_reading(server):
    """A chunked body (no Content-Length) is cut off once it passes the limit (200 kB in the fixture)."""
    sent = {"bytes": 0}

    def chunks():
        line = b"<urn:a> <urn:b> \"" + b"x" * 1000 + b"\" .\n"
        for _ in range(5000):  # 5 MB if all of it were read
            sent["bytes"] += len(line)
            yield line

    r = http.post(server + "/validate", content=chunks(), headers={"Content-Type": "application/n-triples"},
                   timeout=60)
    assert r.status_code == 413
    body = r.json()
    assert body["error"] == "too-large" and "200,000" in body["message"]
    declared = http.post(server + "/validate", content=b"x" * 300_000, headers={"Content-Type": "text/turtle"})
    assert declared.status_code == 413


def test_empty_form_is_a_usage_error(client):
    r = client.post("/validate", data={"data": "  "}, headers={"Accept": "application/json"})
    assert r.status_code == 400 and json.loads(r.text)["error"] == "usage"


def _nested_jsonld(levels: int) -> bytes:
    """Objects nested ``levels`` deep, each with an ``@id`` (no blank node), and brackets in a string that are text."""
    opening = '{"@id": "http://example.org/n", "http://example.org/p": ' * levels
    return (opening + '"[[[{{{ \\" ]]" ' + "}" * levels).encode()


def test_deeply_nested_json_ld_is_refused_before_the_engine_parses_it(server):
    """The engine's JSON-LD parser keeps memory that grows with the square of the depth (a small file deeply nested
    filled a server's memory, bench/RESULTS.md): a reader without a token is refused, naming the setting."""
    deep = http.post(server + "/validate", content=_nested_jsonld(300), headers={"Content-Type": "application/ld+json"},
                     timeout=60)
    assert deep.status_code == 400, deep.text
    assert "DKG_MAX_JSONLD_DEPTH" in deep.json()["message"]
    shallow = http.post(server + "/validate", content=_nested_jsonld(60), headers={"Content-Type": "application/ld+json"},
                        timeout=120)
    assert shallow.status_code == 200, shallow.text
    assert "conforms" in shallow.json()
