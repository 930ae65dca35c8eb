"""No request from /sparql, the named queries or /validate reaches the network.

A real HTTP listener on a loopback port stands for a server inside the network. A positive
control shows that the engine, asked directly, does call it; then every disguise of SERVICE
and LOAD is sent to the endpoint by GET, POST form and POST direct, and the listener must have
seen nothing, and every disguise must be refused with 400 (refused on its parse, or not parsed).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from kg.errors import DkgError, QueryError
from kg.queries import safety
from test_web_support import TOKEN, make_store, running, http


class Listener:
    """An HTTP server on 127.0.0.1 that counts the requests it gets and answers every one with
    a valid SPARQL result (so that a federated query would succeed)."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                hits.append((self.command, self.path))
                body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
                    {"x": {"type": "literal", "value": "leaked"}}]}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener():
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def endpoint():
    with running(_app()) as url:
        yield url


def _app():
    from kg.web import create_app

    return create_app(make_store(), update_token=TOKEN, query_timeout=20.0, query_workers=2, per_client=64)


def queries(u: str) -> list[str]:
    """Read-only requests that reach ``u`` if SERVICE is run. ``u`` has no trailing slash."""
    host_port = u.removeprefix("http://")
    pat = "{ ?x ?y ?z }"
    return [
        f"SELECT * WHERE {{ SERVICE <{u}/a> {pat} }}",
        f"select * where {{ service <{u}/b> {pat} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{u}/c> {pat} }}",
        f"PREFIX ex: <urn:ex:> SELECT * WHERE {{ VALUES ?v {{ ex:a\\#b }} SERVICE <{u}/d> {pat} }}",
        f"PREFIX ex: <urn:ex:> SELECT * WHERE {{ VALUES ?v {{ ex:a\\#b }} SERVICE <{u}/e> {pat} }}\n}}\n",
        f"PREFIX ex: <urn:ex:> SELECT * WHERE {{ ?s ?p ex:a\\# }} SERVICE <{u}/f> {pat} \n }}",
        f"SELECT * WHERE {{ # a comment\n SERVICE <{u}/g> {pat} }}",
        f"SELECT * WHERE {{ ?s ?p '#' . SERVICE <{u}/h> {pat} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{u}/i> {pat} }} }} }}",
        f"SELECT * WHERE {{ OPTIONAL {{ SERVICE <{u}/j> {pat} }} }}",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{u}/k> {pat} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{u}/l> {pat} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{u}/m> {pat} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ SERVICE <{u}/n> {pat} }} }}",
        f"SELECT * WHERE {{ BIND(EXISTS {{ SERVICE <{u}/o> {pat} }} AS ?b) }}",
        f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{u}/p> {pat} }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{u}/q> {pat} }}",
        f"SELECT * WHERE {{ SERVIC\\u0045 <{u}/r> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <\\u0068ttp://{host_port}/s> {pat} }}",
        f"SELECT * WHERE {{ \\U00000053ERVICE <{u}/t> {pat} }}",
        f"PREFIX svc: <{u}/> SELECT * WHERE {{ SERVICE svc:u {pat} }}",
        f"PREFIX : <{u}/> SELECT * WHERE {{ SERVICE :v {pat} }}",
        f"BASE <{u}/> SELECT * WHERE {{ SERVICE <w> {pat} }}",
        f"BASE <{u}/base/> PREFIX r: <../> SELECT * WHERE {{ SERVICE r:x {pat} }}",
        f"SELECT * WHERE {{ SERVICE <//{host_port}/y> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <z> {pat} }}",
        f"SELECT * WHERE {{ VALUES ?svc {{ <{u}/aa> }} SERVICE ?svc {pat} }}",
        f"SELECT * WHERE {{ BIND(<{u}/ab> AS ?svc) SERVICE ?svc {pat} }}",
        f"SELECT * WHERE {{ BIND('SERVICE' AS ?w) SERVICE <{u}/ac> {pat} }}",
        f"SELECT * WHERE {{ BIND('\\u005C' AS ?w) SERVICE <{u}/ad> {pat} BIND('x' AS ?w2) }}",
        f"SELECT * WHERE {{ BIND(\"\\u0022\" AS ?w) SERVICE <{u}/ae> {pat} }}",
        f"SELECT * WHERE {{ BIND('''a\n'b''' AS ?w) SERVICE <{u}/af> {pat} }}",
        f"SELECT * WHERE {{{{{{ SERVICE <{u}/ag> {pat} }}}}}}",
        f"SELECT * WHERE {{ SERVICE\t\n<{u}/ah>\n{pat} }}",
        f"SELECT * WHERE {{ SERVICE<{u}/ai>{{?x ?y ?z}}}}",
        f"SELECT * WHERE {{ SERVICE <{u}/%61j> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <http://localhost:{u.rsplit(':', 1)[1]}/ak> {pat} }}",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SERVICE <{u}/al> {pat} }} GROUP BY ?x",
        f"SELECT * WHERE {{ ?s ?p ?o }} VALUES ?s {{ <urn:a> }} # SERVICE <{u}/am>\n",
        f"SELECT * WHERE {{ SERVICE <{u}/an> {{ SERVICE <{u}/ao> {pat} }} }}",
        f"SELECT * WHERE {{ ?s <urn:p>/<urn:q>* ?o . SERVICE <{u}/ap> {pat} }}",
        f"ASK {{ SERVICE <{u}/aq> {pat} }}",
        f"ASK WHERE {{ OPTIONAL {{ SERVICE SILENT <{u}/ar> {pat} }} }}",
        f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{u}/as> {pat} }}",
        f"CONSTRUCT {{ <s> <p> 1 }} WHERE {{ SERVICE <{u}/at> {pat} }}",
        f"DESCRIBE ?x WHERE {{ SERVICE <{u}/au> {pat} }}",
        f"DESCRIBE <{u}/av>",  # not a fetch: DESCRIBE reads the store (checked below: no hit)
        f"SELECT * FROM <{u}/aw> WHERE {{ ?s ?p ?o }}",  # not a fetch either: FROM names a graph
        f"SELECT * WHERE {{ SERVICE <{u}/ax> {{ }} }}",
        f"SELECT * WHERE {{ SERVICE <{u}/ay> {{ SELECT * WHERE {{ ?x ?y ?z }} }} }}",
    ]


def refused_queries(u: str) -> list[str]:
    return [q for q in queries(u) if "/av>" not in q and "/aw>" not in q and "# SERVICE" not in q]


def updates(u: str) -> list[str]:
    pat = "{ ?x ?y ?z }"
    return [
        f"LOAD <{u}/ba>",
        f"LOAD SILENT <{u}/bb> INTO GRAPH <urn:g>",
        f"load <{u}/bc>",
        f"\\u004COAD <{u}/bd>",
        f"LOAD # comment\n <{u}/be>",
        f"PREFIX p: <{u}/> LOAD p:bf",
        f"BASE <{u}/> LOAD <bg>",
        f"INSERT DATA {{ <urn:s> <urn:p> 'LOAD' }} ; LOAD <{u}/bh>",
        f"INSERT {{ ?x ?y ?z }} WHERE {{ SERVICE <{u}/bi> {pat} }}",
        f"DELETE {{ ?x ?y ?z }} WHERE {{ SERVICE SILENT <{u}/bj> {pat} }}",
        f"WITH <urn:g> DELETE {{ ?x ?y ?z }} INSERT {{ ?x ?y 1 }} WHERE {{ OPTIONAL {{ SERVICE <{u}/bk> {pat} }} }}",
        f"INSERT {{ ?x ?y ?z }} WHERE {{ {{ SELECT * WHERE {{ SERVICE <{u}/bl> {pat} }} }} }}",
        f"INSERT {{ ?x ?y ?z }} WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{u}/bm> {pat} }} }}",
    ]


def test_the_listener_is_reachable_and_the_engine_would_call_it(listener):
    """Positive control: without the endpoint's check, Oxigraph calls the listener."""
    before = len(listener.hits)
    rows = list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}/control> {{ ?x ?y ?z }} }}"))
    assert len(listener.hits) == before + 1 and listener.hits[-1][1].startswith("/control")
    del listener.hits[before:]
    assert rows  # the listener's answer came back: this is what an attacker would read


def test_every_disguise_is_refused_on_its_parse(listener):
    texts = refused_queries(listener.url)
    assert len(texts) + len(updates(listener.url)) >= 50
    for text in texts:
        with pytest.raises(QueryError):
            safety.checked(text)
    for text in updates(listener.url):
        with pytest.raises(QueryError):
            safety.checked(text, update=True)


@pytest.mark.slow
def test_no_disguise_reaches_the_listener_through_the_endpoint(listener, endpoint):
    for text in queries(listener.url):
        for kwargs in ({"params": {"query": text}},
                       {"data": {"query": text}, "method": "POST"},
                       {"content": text.encode(), "method": "POST",
                        "headers": {"Content-Type": "application/sparql-query"}}):
            method = kwargs.pop("method", "GET")
            r = http.request(method, endpoint + "/sparql", timeout=60, **kwargs)
            if text in refused_queries(listener.url):
                assert r.status_code == 400, (text, r.status_code, r.text)
            else:
                assert r.status_code in (200, 400), (text, r.status_code, r.text)
            assert listener.hits == [], (text, listener.hits)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for text in updates(listener.url):
        for kwargs in ({"data": {"update": text}, "headers": auth},
                       {"content": text.encode(), "headers": {**auth, "Content-Type": "application/sparql-update"}}):
            r = http.post(endpoint + "/sparql", timeout=60, **kwargs)
            assert r.status_code == 400, (text, r.status_code, r.text)
            assert listener.hits == [], (text, listener.hits)


@pytest.mark.slow  # (every named query parsed and run: over a second)
def test_named_queries_hold_no_network_access(listener):
    """The named queries are ours and take their parameters as RDF terms, never as text: none
    holds SERVICE or LOAD (checked on its parse), and running them all calls nobody."""
    from kg.queries import catalog, run

    store = make_store()
    for entry in catalog():
        for text in filter(None, (entry.sparql, entry.details_sparql)):
            names = safety.node_names(safety.parse_request(text))
            assert not names & set(safety.REFUSED_NODES), entry.name
        params = {p.name: listener.url + "/param" for p in entry.parameters if p.required}
        try:
            run(store, entry.name, params)
        except DkgError:  # a parameter of the wrong kind is refused: what matters is no request
            pass
    assert listener.hits == []


@pytest.mark.parametrize("name,data,ctype", [
    ("ctx.jsonld", lambda u: json.dumps({"@context": u + "/context.jsonld", "@id": "urn:x", "name": "a"}),
     "application/ld+json"),
    ("imports.ttl", lambda u: f"<urn:o> a <http://www.w3.org/2002/07/owl#Ontology> ; "
                              f"<http://www.w3.org/2002/07/owl#imports> <{u}/onto.ttl> .", "text/turtle"),
    ("base.ttl", lambda u: f"@base <{u}/> . <a> <b> <c> .", "text/turtle"),
])
def test_validate_never_fetches(listener, endpoint, name, data, ctype):
    r = http.post(endpoint + "/validate", content=data(listener.url).encode(),
                   headers={"Content-Type": ctype}, timeout=60)
    assert r.status_code < 500, r.text
    assert listener.hits == []
