"""The W3C SPARQL 1.1 Protocol test suite, every case, against a live endpoint.

The manifest (W3C's, kept as a fixture with its licence) describes each test as a sequence of
HTTP requests with the status class, result kind and ASK answer each must get. Before each test
the store is reset to the suite's graph data, through the endpoint itself. The suite expects an
endpoint that accepts updates from anyone; this one needs its update token, which the runner
sends with every request (the suite's "bad" requests must still fail for what they are).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.collection import Collection

from kg.store import Store
from kg.web import create_app
from kg.web.formats import GRAPH_FORMATS, RESULT_FORMATS
from test_web_support import TOKEN, running, http

SUITE = Path(__file__).parent / "fixtures" / "w3c-sparql-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")


@dataclass
class Step:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]  # "2xx", "3xx", "4xx"
    boolean: bool | None
    result_kind: str | None  # "boolean", "tabular", "RDF"


@dataclass
class Case:
    name: str
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> N-Triples file
    steps: list[Step] = field(default_factory=list)


def load_suite() -> list[Case]:
    g = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    cases = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        case = Case(str(entry).rsplit("#", 1)[-1])
        for data in g.objects(entry, UT.graphData):
            case.graphs[str(g.value(data, RDFS.label))] = Path(str(g.value(data, UT.graph))).name
        action = g.value(entry, MF.action)
        for request in Collection(g, g.value(action, HT.requests)):
            headers = {}
            header_list = g.value(request, HT.headers)
            if header_list is not None:
                for h in Collection(g, header_list):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = None
            content = g.value(request, HT.body)
            if content is not None:
                encoding = str(g.value(content, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(content, CNT.chars)).encode(encoding)
            response = g.value(request, HT.resp)
            statuses = {str(s).rsplit("StatusCode", 1)[-1] for s in g.objects(response, MF.expectedStatus)}
            boolean = g.value(response, MF.expectedBoolean)
            kind = g.value(response, MF.expectedFormat)
            case.steps.append(Step(str(g.value(request, HT.methodName)), str(g.value(request, HT.absolutePath)),
                                   headers, body, statuses, None if boolean is None else boolean.toPython(),
                                   None if kind is None else str(kind)))
        cases.append(case)
    return cases


CASES = load_suite()


@pytest.fixture(scope="module")
def endpoint():
    app = create_app(Store(ox.Store()), update_token=TOKEN, query_timeout=20, query_workers=2, per_client=32)
    with running(app) as url:
        yield url
    app.state.query_pool.close()


def reset(url: str, graphs: dict[str, str]) -> None:
    inserts = []
    for iri, name in graphs.items():
        triples = (SUITE / name).read_text(encoding="utf-8")
        inserts.append(f"INSERT DATA {{ GRAPH <{iri}> {{ {triples} }} }}")
    update = " ;\n".join(["DROP SILENT ALL", *inserts])
    r = http.post(url + "/sparql", content=update.encode(), timeout=60,
                   headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text


def test_the_whole_suite_is_here():
    assert len(CASES) == 34 and len({c.name for c in CASES}) == 34


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_w3c_protocol(endpoint, case: Case):
    reset(endpoint, case.graphs)
    for step in case.steps:
        path = step.path.replace("/sparql/", "/sparql", 1)
        headers = {**step.headers, "Authorization": f"Bearer {TOKEN}"}
        r = http.request(step.method, endpoint + path, content=step.body, headers=headers, timeout=60)
        assert f"{r.status_code // 100}xx" in step.statuses, (step.method, path, r.status_code, r.text)
        media = r.headers.get("content-type", "").split(";")[0]
        if step.result_kind in ("boolean", "tabular"):
            assert media in {f.media_type for f in RESULT_FORMATS}, media
        elif step.result_kind == "RDF":
            assert media in {f.media_type for f in GRAPH_FORMATS}, media
            assert len(Graph().parse(data=r.content, format="turtle" if media == "text/turtle" else None)) >= 0
        if step.boolean is not None:
            assert r.json()["boolean"] is step.boolean, r.text
