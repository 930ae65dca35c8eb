"""/sparql: the SPARQL 1.1 Protocol, driven by real clients against a real uvicorn server."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.web.formats import negotiate, parse_accept
from kg.errors import QueryError
from kg.queries import safety
from test_web_support import (http,   # noqa: F401  (fixtures)
    DKG, TOKEN, client, make_store, running, server, web_app, web_store,
)

PREFIX = f"PREFIX dkg: <{DKG}>\n"
DOCS = PREFIX + "SELECT ?d ?k WHERE { ?d dkg:key ?k } ORDER BY ?k"
CONSTRUCT = PREFIX + "CONSTRUCT { ?d dkg:key ?k } WHERE { ?d dkg:key ?k }"
ASK = PREFIX + 'ASK { ?d dkg:key "46-NQ/TW" }'
ASSERTED = "https://w3id.org/directive-kg/graph/asserted"
REFERENCE = "https://w3id.org/directive-kg/graph/reference"


def expected_keys(store) -> set[str]:
    _, rows = store.select(DOCS)
    return {r["k"].value for r in rows}


# --------------------------------------------------------------------------- real clients


def test_sparqlwrapper_select_json(server, web_store):
    from SPARQLWrapper import JSON, SPARQLWrapper

    sw = SPARQLWrapper(server + "/sparql")
    sw.setQuery(PREFIX + "SELECT ?k WHERE { ?d dkg:key ?k } ORDER BY ?k LIMIT 20")
    sw.setReturnFormat(JSON)
    res = sw.query().convert()
    keys = [b["k"]["value"] for b in res["results"]["bindings"]]
    assert "46-NQ/TW" in keys and len(keys) == 20


def test_sparqlwrapper_post_and_xml_and_ask(server):
    from SPARQLWrapper import JSON, POST, XML, SPARQLWrapper

    sw = SPARQLWrapper(server + "/sparql")
    sw.setMethod(POST)
    sw.setQuery(ASK)
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setQuery(PREFIX + 'SELECT ?d WHERE { ?d dkg:key "46-NQ/TW" }')
    sw.setReturnFormat(XML)
    doc = sw.query().convert()  # an xml.dom document
    uris = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
    assert uris == ["https://w3id.org/directive-kg/id/doc/party/tw/nq/46/khoa-xiii"]


def test_sparqlwrapper_construct_parses_into_the_same_graph(server, web_store):
    from SPARQLWrapper import TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(server + "/sparql")
    sw.setQuery(PREFIX + 'CONSTRUCT { ?d ?p ?o } WHERE { ?d dkg:key "46-NQ/TW" ; ?p ?o }')
    sw.setReturnFormat(TURTLE)
    data = sw.query().convert()
    got = Graph().parse(data=data, format="turtle")
    want = web_store.construct(PREFIX + 'CONSTRUCT { ?d ?p ?o } WHERE { ?d dkg:key "46-NQ/TW" ; ?p ?o }')
    assert len(got) > 5 and isomorphic(got, want)


def test_rdflib_sparqlstore_select_and_construct(server, web_store):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = SPARQLStore(server + "/sparql")  # SPARQL XML for SELECT, RDF/XML for CONSTRUCT
    g = Graph(store=remote)
    rows = list(g.query(PREFIX + 'SELECT ?d WHERE { ?d dkg:key "140/2017/NĐ-CP" }'))
    assert [str(r[0]) for r in rows] == ["https://w3id.org/directive-kg/id/doc/state/cp/nd/140/2017"]
    result = g.query(CONSTRUCT)
    got = Graph()
    for t in result:
        got.add(t)
    want = web_store.construct(CONSTRUCT)
    assert isomorphic(got, want)
    assert (URIRef("https://w3id.org/directive-kg/id/doc/state/cp/nd/140/2017"),
            URIRef(DKG + "key"), None) in got


# --------------------------------------------------------------------------- protocol details over HTTP


@pytest.mark.parametrize("accept,media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
    (None, "application/sparql-results+json"),
])
def test_select_formats_by_accept(server, accept, media):
    headers = {"Accept": accept} if accept else {}
    r = http.get(server + "/sparql", params={"query": PREFIX + "SELECT ?k WHERE { ?d dkg:key ?k } LIMIT 3"},
                  headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    if media.endswith("json"):
        assert len(r.json()["results"]["bindings"]) == 3
    elif media.endswith("xml"):
        assert len(ET.fromstring(r.content).findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 3
    elif media == "text/csv":
        assert list(csv.reader(io.StringIO(r.text)))[0] == ["k"]
    else:
        assert r.text.splitlines()[0] == "?k"


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/rdf+xml;q=0.2, text/turtle;q=0.8", "turtle"),
])
def test_construct_formats_parse_back_into_the_same_graph(server, web_store, accept, fmt):
    r = http.post(server + "/sparql", content=CONSTRUCT.encode(),
                   headers={"Content-Type": "application/sparql-query", "Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept.split(";")[0].split(",")[0].strip() or fmt == "turtle"
    got = Graph().parse(data=r.content, format=fmt)
    assert isomorphic(got, web_store.construct(CONSTRUCT))


def test_a_turtle_answer_declares_the_project_s_prefixes_it_uses(server):
    """``dkg:key`` on each line, not the whole IRI; only the prefixes the answer writes (no ``prov:`` here), and none
    for the plain strings' datatype; N-Triples (which has no prefixes) is written whole."""
    r = http.post(server + "/sparql", content=CONSTRUCT.encode(),
                  headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    lines = r.text.splitlines()
    assert [x for x in lines if x.startswith("@prefix")] == [f"@prefix dkg: <{DKG}> ."]
    assert " dkg:key " in r.text and f"<{DKG}key>" not in r.text
    typed = http.post(server + "/sparql", content=(PREFIX + 'CONSTRUCT { ?d dkg:dateIssued ?day } WHERE { ?d dkg:key '
                                                   '"46-NQ/TW" ; dkg:dateIssued ?day }').encode(),
                      headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"}).text
    assert "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ." in typed and '"2023-12-20"^^xsd:date' in typed
    whole = http.post(server + "/sparql", content=CONSTRUCT.encode(),
                      headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"}).text
    assert "@prefix" not in whole and f"<{DKG}key>" in whole


def test_an_rdf_xml_answer_declares_the_project_s_prefixes_it_uses_too(server):
    r = http.post(server + "/sparql", content=CONSTRUCT.encode(),
                  headers={"Content-Type": "application/sparql-query", "Accept": "application/rdf+xml"})
    assert r.status_code == 200 and f'xmlns:dkg="{DKG}"' in r.text and "<dkg:key" in r.text
    # near miss: no prefix the answer does not use
    assert "xmlns:prov=" not in r.text


def test_post_form_and_format_parameter(server):
    r = http.post(server + "/sparql", data={"query": ASK, "format": "xml"})
    assert r.status_code == 200
    assert "<boolean>true</boolean>" in r.text


def test_dataset_parameters_choose_the_graphs(server):
    q = PREFIX + 'SELECT ?d WHERE { ?d dkg:key "46-NQ/TW" }'
    only_reference = http.get(server + "/sparql", params={"query": q, "default-graph-uri": REFERENCE})
    assert only_reference.json()["results"]["bindings"] == []
    asserted = http.get(server + "/sparql", params={"query": q, "default-graph-uri": ASSERTED})
    assert len(asserted.json()["results"]["bindings"]) == 1
    named = http.get(server + "/sparql", params=[
        ("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), ("named-graph-uri", REFERENCE)])
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [REFERENCE]
    union = http.get(server + "/sparql", params={"query": q})  # no parameters: the union
    assert len(union.json()["results"]["bindings"]) == 1


def test_syntax_error_is_a_400_with_the_parsers_message(server):
    r = http.get(server + "/sparql", params={"query": "SELEC ?x WHERE { ?x ?y ?z }"})
    assert r.status_code == 400
    body = r.json()
    assert body["error"] == "query" and "syntax error" in body["message"] and "1:" in body["message"]


def test_service_description_without_a_query(server):
    r = http.get(server + "/sparql")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef(server + "/sparql")) in g
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in g


def test_not_acceptable(server):
    r = http.get(server + "/sparql", params={"query": ASK}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and r.json()["error"] == "not-acceptable"


def test_row_cap_truncates_and_says_so(server):
    r = http.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 50
    assert r.headers["x-dkg-truncated"] == "true" and r.headers["x-dkg-row-cap"] == "50"
    r = http.get(server + "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                  headers={"Accept": "application/n-triples"})
    assert len(r.text.strip().splitlines()) == 50 and r.headers["x-dkg-truncated"] == "true"


# --------------------------------------------------------------------------- updates and refusals


UPDATE = 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> "o" } }'


def test_an_update_by_get_is_refused_with_how_to_send_it(server, web_store):
    before = len(web_store)
    r = http.get(server + "/sparql", params={"update": UPDATE})
    assert r.status_code == 400 and r.json()["message"] == "updates must be sent with POST"
    assert "application/sparql-update" in r.json()["hint"] and "Bearer" in r.json()["hint"], r.json()
    # (in the reader's language where asked: the refusal is coded, its words in both languages)
    vi = http.get(server + "/sparql", params={"update": UPDATE, "lang": "vi"}).json()
    assert vi["message"] == "lệnh cập nhật SPARQL phải gửi bằng POST" and "application/sparql-update" in vi["hint"], vi
    assert len(web_store) == before
    # near miss: a query by GET runs
    assert http.get(server + "/sparql", params={"query": ASK}).status_code == 200


def test_updates_are_refused_without_the_token(server, web_store):
    before = len(web_store)
    for kwargs in ({"data": {"update": UPDATE}},
                   {"content": UPDATE.encode(), "headers": {"Content-Type": "application/sparql-update"}},
                   {"content": UPDATE.encode(), "headers": {"Content-Type": "application/sparql-update",
                                                            "Authorization": "Bearer wrong"}}):
        r = http.post(server + "/sparql", **kwargs)
        assert r.status_code == 401, r.text  # a token is configured: this request lacks it
        assert r.json()["error"] == "unauthorized" and r.headers["www-authenticate"] == "Bearer"
    assert len(web_store) == before


def test_updates_with_the_token_and_refused_on_a_read_only_app(web_store):
    from kg.web import create_app

    store = make_store()
    with running(create_app(store, update_token=TOKEN)) as url:
        r = http.post(url + "/sparql", content=UPDATE.encode(), headers={
            "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 204, r.text
        ask = http.get(url + "/sparql", params={"query": "ASK { GRAPH <urn:test:g> { ?s ?p ?o } }"})
        assert ask.json()["boolean"] is True
        load = http.post(url + "/sparql", data={"update": "LOAD <http://example.org/data.ttl>"},
                          headers={"Authorization": f"Bearer {TOKEN}"})
        assert load.status_code == 400 and "LOAD" in load.json()["message"]
    with running(create_app(make_store())) as url:  # no token configured: never
        r = http.post(url + "/sparql", content=UPDATE.encode(), headers={
            "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403


def test_service_is_refused(server):
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    r = http.get(server + "/sparql", params={"query": q})
    assert r.status_code == 400 and r.json()["message"] == "SERVICE (federated query) is not allowed on this endpoint"
    assert r.json()["hint"] == "this server never fetches data from other servers"
    # the query form of a Vietnamese page says it in Vietnamese (it said the client's English words)
    page = http.get(server + "/sparql", params={"query": q}, headers={"Accept": "text/html"})
    assert page.status_code == 400 and "điểm truy vấn này không chạy SERVICE (truy vấn tới máy chủ khác)" in page.text
    assert "never fetches" not in page.text and "không bao giờ lấy dữ liệu từ máy chủ khác" in page.text
    english = http.get(server + "/sparql", params={"query": q, "lang": "en"}, headers={"Accept": "text/html"})
    assert "SERVICE (federated query) is not allowed on this endpoint" in english.text
    load = http.post(server + "/sparql", data={"update": "LOAD <http://example.org/a.ttl>"},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    assert load.status_code == 400 and load.json()["message"] == "LOAD is not allowed on this endpoint"


@pytest.mark.parametrize("text,found", [
    ("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * where { service silent <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE {SERVICE<http://x/>{?s ?p ?o}}", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE in a comment\n", None),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }', None),
    ("SELECT * WHERE { ?s ?p 'LOAD' }", None),
    ('SELECT * WHERE { ?s ?p """a "quoted" \nSERVICE""" }', None),
    ("SELECT * WHERE { ?s ?p '''it's\nLOAD''' }", None),
    (r'SELECT * WHERE { ?s ?p "escaped \" SERVICE" }', None),
    ("SELECT ?service ?load WHERE { ?service ?p $load }", None),
    ("PREFIX service: <http://x/> SELECT * WHERE { ?s service:load ?o }", None),
    ("SELECT * WHERE { ?s <http://x/SERVICE#LOAD> ?o }", None),
    ("SELECT * WHERE { ?s <http://x/a#b> ?o . SERVICE <http://y/> { } }", "SERVICE"),
    ("SELECT * WHERE { \\u0053ERVICE <http://y/> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://x/data.ttl> INTO GRAPH <urn:g>", "LOAD"),
    ("load silent <http://x/data.ttl>", "LOAD"),
    ('INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }', "SERVICE"),
    ("PREFIX ex: <urn:ex:> SELECT * WHERE { ?s a ex:SERVICE }", None),
])
def test_refused_only_where_the_parse_has_service_or_load(text, found):
    update = text.lower().startswith(("load", "insert"))
    if found is None:
        assert safety.checked(text, update=update).text
    else:  # refused by name, or (rdflib's parser failing on a few valid forms) as unparsable
        with pytest.raises(QueryError, match=f"{found}|syntax error"):
            safety.checked(text, update=update)


@pytest.mark.parametrize("text, where, vi, en", [
    ("SELECT ?s WHRE { ?s ?p ?o }", "1, cột 11", "không nhận “WHRE”", "does not expect “WHRE” there"),
    ("PREFIX dkg: <urn:dkg:>\nSELECT ?d WHERE {\n  ?d a dkg:Document ;\n  dkg:issuer ?i\n  ?d dkg:label ?l }",
     "5, cột 3", "không nhận “?d”", "does not expect “?d”"),     # the '.' missing at the line's end before
    ("SELECT * WHERE { ?s ?p ?o ", "1, cột 27", "dừng giữa chừng", "stops short"),
    ("SELECT * WHERE { ?s ?p ?o } LIMT 10", "1, cột 29", "đã trọn trước “LIMT”", "complete before “LIMT”"),
])
def test_a_syntax_error_says_in_plain_words_what_is_wrong_and_where(text, where, vi, en):
    """Not the grammar's words ("Expected SelectQuery"): the line, the column, the word met there and
    what is likely missing, in both languages."""
    with pytest.raises(QueryError) as caught:
        safety.checked(text)
    said_vi, said_en = caught.value.said("vi")[0], caught.value.said("en")[0]
    assert f"dòng {where}" in said_vi and vi in said_vi
    assert f"line {where.replace('cột', 'column')}" in said_en and en in said_en
    assert "Expected" not in said_vi + said_en


def test_a_prefix_used_without_its_declaration_is_named_with_the_line_to_add(server):
    """What a newcomer types first (``dkg:Resolution``, ``rdfs:label`` without PREFIX lines) is said as
    that, with the line to add, not as the list of characters the engine's parser would have taken."""
    r = http.get(server + "/sparql", params={"query": "SELECT ?d ?l WHERE { ?d a dkg:Resolution ; rdfs:label ?l }"})
    assert r.status_code == 400
    assert "“dkg:”" in r.json()["message"] and "u{00B7}" not in r.json()["message"]
    assert "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>" in r.json()["hint"]
    with pytest.raises(QueryError) as caught:  # a prefix this data does not know: no IRI is guessed
        safety.checked("SELECT * WHERE { ?s ex:p ?o }")
    assert "“ex:”" in caught.value.said("vi")[0] and "PREFIX ex: <…>" in caught.value.said("vi")[1]
    # near misses: declared (the empty prefix too), a prefix's letters inside an IRI or a string, and a
    # declared prefix beside an undeclared one
    for fine in ("PREFIX : <urn:x:> SELECT * WHERE { ?s :p ?o }", "SELECT * WHERE { ?s <urn:dkg:p> 'dkg:x' }",
                 "PREFIX dkg: <urn:x:> SELECT * WHERE { ?s a dkg:Plan }"):
        assert safety.checked(fine).form == "SelectQuery"
    with pytest.raises(QueryError, match="“rdfs:”"):
        safety.checked("PREFIX dkg: <urn:x:> SELECT * WHERE { ?s a dkg:Plan ; rdfs:label ?l }")


def test_unparsable_requests_are_refused_not_run():
    with pytest.raises(QueryError, match="syntax error"):
        safety.checked("SELECT * WHERE { ?s ?p ?o ")
    with pytest.raises(QueryError):  # an escape that decodes to another escape is not guessed at
        safety.checked("SELECT * WHERE { ?s ?p '\\u005Cu0041' }")


# --------------------------------------------------------------------------- time limit


def test_time_limit_stops_the_query_with_503():
    """A query of many seconds against a limit of 1 s: the request gets 503 and the worker that
    ran it is killed, so the next query is answered by a fresh one."""
    import pyoxigraph as ox

    from kg.store import Store
    from kg.web import create_app

    store = Store(ox.Store())
    store.main.extend([ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)),
                               ox.DefaultGraph()) for i in range(1500)])
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:p> ?x . ?b <urn:p> ?y . ?c <urn:p> ?z "
            "FILTER(STRLEN(CONCAT(?x, ?y, ?z)) < 0) }")
    app = create_app(store, query_timeout=1.0, query_workers=1)
    with running(app) as url:
        assert http.get(url + "/sparql", params={"query": "ASK {}"}, timeout=60).json()["boolean"] is True
        pids = {w.process.pid for w in app.state.query_pool.workers}
        r = http.get(url + "/sparql", params={"query": slow}, timeout=60)
        assert r.status_code == 503, r.text
        assert r.json()["error"] == "timeout"
        assert r.json()["message"] == "the query ran longer than 1 s and was stopped"
        # the query form says it in the page's language (it said the client's English words)
        page = http.get(url + "/sparql", params={"query": slow}, headers={"Accept": "text/html"}, timeout=60)
        assert page.status_code == 503 and "truy vấn chạy quá 1 giây nên đã bị dừng" in page.text
        assert "thu hẹp truy vấn" in page.text and "ran longer" not in page.text
        assert http.get(url + "/sparql", params={"query": "ASK {}"}, timeout=60).json()["boolean"] is True
        assert not pids & {w.process.pid for w in app.state.query_pool.workers}  # replaced
        app.state.query_pool.close()


# --------------------------------------------------------------------------- negotiation as data


def test_accept_parsing_orders_by_q_then_specificity():
    assert [m for m, _, _ in parse_accept("text/*;q=0.5, text/csv, */*;q=0.1")] == ["text/csv", "text/*", "*/*"]
    assert negotiate("text/csv;q=0.2, text/*;q=0.9", ["text/csv", "text/tab-separated-values"]) == \
        "text/tab-separated-values"
    assert negotiate("application/json;q=0", ["application/json"]) is None
    assert negotiate(None, ["a/b", "c/d"]) == "a/b"


def test_browsers_get_a_query_form_and_clients_the_description(server):
    r = http.get(server + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<textarea id="query" name="query"' in r.text
    # its footer's "JSON" led to the named queries' list, which a reader took for the results' JSON (newcomer40)
    assert "<footer></footer>" in r.text and 'rel="alternate"' not in r.text
    r = http.get(server + "/sparql", headers={"Accept": "text/turtle"})
    assert r.headers["content-type"].startswith("text/turtle")


def test_query_form_opens_a_named_query_as_an_example(server):
    html = {"Accept": "text/html"}
    r = http.get(server + "/sparql", params={"example": "bodies", "lang": "en"}, headers=html)
    assert r.status_code == 200
    assert "# title@en" in r.text.split('<textarea id="query"', 1)[1].split("</textarea>", 1)[0]
    assert 'data-prefix="dkg"' in r.text and "vendor/codemirror-5.65.20/codemirror.js" in r.text
    r = http.get(server + "/sparql", params={"example": "<script>nope"}, headers=html)
    assert r.status_code == 400 and r.headers["content-type"].startswith("application/json")
    assert r.json()["message"] == "no named query called '<script>nope'"  # data in JSON, never HTML


def test_the_query_form_shows_an_error_under_the_query_and_a_client_gets_json(server):
    """A browser's form with a query that does not parse is answered with the form again, the query in it
    (escaped) and the error under it; a client gets the protocol's JSON error."""
    from page_markup import inert

    bad = 'SELECT ?s WHERE { ?s ?p "<script>alert(1)</script>" } GARBAGE'
    r = http.get(server + "/sparql", params={"query": bad, "format": "html"}, headers={"Accept": "text/html"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    form = r.text.split('<textarea id="query" name="query"', 1)[1].split("</textarea>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in form
    assert 'class="error" role="alert">lỗi cú pháp SPARQL ở dòng 1' in r.text
    assert inert(r.text.split("<script src=")[0])
    en = http.get(server + "/sparql", params={"query": bad, "lang": "en"}, headers={"Accept": "text/html"})
    assert en.status_code == 400 and "SPARQL syntax error at line 1" in en.text
    assert "the query is complete before “GARBAGE”" in en.text and "Expected" not in en.text
    client = http.get(server + "/sparql", params={"query": bad})
    assert client.status_code == 400 and client.json()["error"] == "query"


@pytest.mark.parametrize("bad, word", [
    ("SELECT * WHERE { ?s ?p ?o . <script>alert(1)</script> }", "<script>alert(1)</script>"),  # a word not expected
    ("SELECT * WHERE { ?s ?p ?o } <img/src/onerror=alert(1)>", "<img/src/onerror=alert(1)>"),  # a word after the end
])
def test_the_word_a_syntax_error_names_is_text_in_the_page(server, bad, word):
    """The plain-words message quotes the query's own word where the parser stopped: it is shown as
    text in the page under the form, never as markup."""
    from page_markup import inert

    r = http.get(server + "/sparql", params={"query": bad, "format": "html", "lang": "en"},
                 headers={"Accept": "text/html"})
    assert r.status_code == 400
    error = r.text.split('class="error" role="alert">', 1)[1].split("</", 1)[0]
    assert f"“{word.replace('<', '&lt;').replace('>', '&gt;')}”" in error
    assert word not in r.text and inert(r.text.split("<script src=")[0])


def test_an_update_sent_as_a_query_is_said_to_be_one_and_writes_nothing(server, web_store):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    count = len(web_store)
    page = http.get(server + "/sparql", params={"query": update, "format": "html"}, headers={"Accept": "text/html"})
    assert page.status_code == 400 and "đây là một lệnh cập nhật (SPARQL Update)" in page.text
    client = http.get(server + "/sparql", params={"query": update})
    assert client.status_code == 400 and client.json()["message"] == "this is a SPARQL Update, sent where only queries are run"
    assert "Authorization: Bearer" in client.json()["hint"]
    assert len(web_store) == count


def test_whether_a_text_is_an_update_is_decided_in_the_worker_not_in_the_app_process(server, monkeypatch):
    """A text built to parse slowly (seconds per request) that is neither query nor update must cost its worker,
    within the time limit, not the app's own process, where every page would wait while it is parsed again."""
    from rdflib.plugins.sparql import parser

    calls = []
    for name in ("parseQuery", "parseUpdate"):  # (what kg.queries.safety calls, looked up at each call)
        real = getattr(parser, name)
        monkeypatch.setattr(parser, name, lambda *a, real=real, **k: calls.append(a) or real(*a, **k))
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    refused = http.get(server + "/sparql", params={"query": update}, timeout=60)
    assert refused.status_code == 400 and refused.json()["message"].startswith("this is a SPARQL Update")
    broken = http.post(server + "/sparql", content="SELECT * WHERE { ?s ?p ?o } LIMIT 1 }",
                       headers={"Content-Type": "application/sparql-query"}, timeout=60)
    assert broken.status_code == 400 and "syntax error" in broken.json()["message"]
    assert calls == []  # (the app's process parsed neither: its workers did)
    # the near miss: a query that parses is answered as before
    fine = http.get(server + "/sparql", params={"query": "ASK { }"}, timeout=60)
    assert fine.status_code == 200 and fine.json()["boolean"] is True


def test_a_literal_s_language_tag_stands_apart_from_its_text_and_the_json_keeps_it(server):
    """The results page shows "Nghị định 140/2017/NĐ-CP" in its language with the tag beside it, apart
    and quiet (not "Nghị định 140/2017/NĐ-CP@vi"); the JSON twin keeps the tag as the protocol has it."""
    q = ('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l ?plain WHERE { ?d rdfs:label ?l '
         'FILTER(STR(?l) = "Nghị định 140/2017/NĐ-CP") BIND(STR(?l) AS ?plain) } LIMIT 1')
    page = http.get(server + "/sparql", params={"query": q, "format": "html"}, headers={"Accept": "text/html"})
    assert page.status_code == 200
    row = page.text.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert ('<td><span lang="vi">Nghị định 140/2017/NĐ-CP</span> <span class="lang" title="ngôn ngữ của chuỗi '
            '(thẻ ngôn ngữ)">vi</span></td>') in row
    assert "@vi" not in row and "<td>Nghị định 140/2017/NĐ-CP</td>" in row  # near miss: a plain string, no tag
    twin = http.get(server + "/sparql", params={"query": q})
    assert twin.json()["results"]["bindings"][0]["l"] == {
        "type": "literal", "value": "Nghị định 140/2017/NĐ-CP", "xml:lang": "vi"}


def test_a_query_too_deep_for_the_parser_is_refused_in_the_page_s_language(server):
    deep = "SELECT * WHERE " + "{ " * 5_000 + "?s ?p ?o " + "} " * 5_000
    vi = http.post(server + "/sparql", data={"query": deep, "format": "html"}, headers={"Accept": "text/html"})
    assert vi.status_code == 400 and f"truy vấn ({len(deep)} ký tự) lồng quá sâu" in vi.text
    en = http.post(server + "/sparql", params={"lang": "en"}, data={"query": deep}, headers={"Accept": "text/html"})
    assert en.status_code == 400 and "is nested too deeply" in en.text and "recursion" not in en.text
