"""``/sparql``: the SPARQL 1.1 Protocol over the store (read-only unless a token allows updates).

* query by ``GET ?query=``, ``POST`` form (``query=``) or ``POST application/sparql-query``;
  ``default-graph-uri`` / ``named-graph-uri`` choose the dataset, otherwise the default graph is
  the union of the data graphs (as ``Store.query``);
* results by ``Accept`` (q-values honoured) or ``format=``: SELECT/ASK as SPARQL JSON, XML, CSV,
  TSV; CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD, RDF/XML;
* ``GET`` without a query: a service description (Turtle, ``sd:`` vocabulary);
* updates (``update=`` or ``application/sparql-update``) are refused (403) unless the app has an
  update token and the request carries ``Authorization: Bearer <token>``;
* ``SERVICE`` and ``LOAD`` are refused (400): the server never fetches from the network;
* a time limit and a row cap. Oxigraph cannot cancel a running query: the query runs in a
  worker thread and the *request* gives up after ``query_timeout`` seconds (503); the worker
  runs on until Oxigraph finishes, so the limit bounds how long a client waits, not the CPU
  spent. The pool has a few workers, so a burst of slow queries queues instead of piling up.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
from dataclasses import dataclass

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg.errors import DkgError, QueryError, UsageError
from kg.web.formats import GRAPH_FORMATS, RESULT_FORMATS, choose, wants_html

router = APIRouter(tags=["SPARQL"])
log = logging.getLogger("kg.web")

SD_TURTLE = "text/turtle"
EXAMPLE = """PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
SELECT ?key ?date ?subject WHERE {
  ?doc dkg:key ?key .
  OPTIONAL { ?doc dkg:dateIssued ?date }
  OPTIONAL { ?doc dkg:subject ?subject }
} ORDER BY DESC(?date) LIMIT 20"""


class Forbidden(DkgError):
    status = 403
    kind = "forbidden"


class NotAcceptable(DkgError):
    status = 406
    kind = "not-acceptable"


class QueryTimeout(DkgError):
    status = 503
    kind = "timeout"


class UnsupportedMedia(DkgError):
    status = 415
    kind = "unsupported-media-type"


# --------------------------------------------------------------------------- refusing SERVICE / LOAD

# One pass over the text, leaving out what cannot hold a keyword: comments, strings (all four
# quote styles, with escapes), IRIs, variables, and prefixed names. What remains is keywords
# and punctuation, where SERVICE and LOAD are looked for as whole words.
_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<long1>'''(?:[^'\\]|\\.|'(?!''))*''')
    | (?P<long2>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
    | (?P<str1>'(?:[^'\\\n\r]|\\.)*')
    | (?P<str2>"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
    | (?P<pname>[\w.\-]*:[\w.\-:%\\]*)
    | (?P<word>[A-Za-z_]\w*)
    """,
    re.X | re.S,
)
_REFUSED = {"SERVICE": "SERVICE (federated queries)", "LOAD": "LOAD"}


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(text: str) -> str:
    """SPARQL applies ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes to the whole query text before parsing."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16)
                       < 0x110000 else m.group(0), text)


def refused_keyword(text: str) -> str | None:
    """The first refused keyword (``SERVICE``, ``LOAD``) used as a keyword in ``text``, else None."""
    for m in _TOKENS.finditer(_unescape(text)):
        if m.lastgroup == "word":
            word = m.group().upper()
            if word in _REFUSED:
                return word
    return None


def _refuse_network_access(text: str) -> None:
    word = refused_keyword(text)
    if word:
        raise QueryError(f"{_REFUSED[word]} is not allowed on this endpoint",
                         hint="this server never fetches data from other servers")


# --------------------------------------------------------------------------- running


@dataclass
class Outcome:
    body: bytes
    media_type: str
    truncated: bool = False


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                             "predicate": _term_json(term.predicate),
                                             "object": _term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def execute(store, query: str, *, accept: str | None, format_name: str | None, row_cap: int,
            default_graphs: list[str], named_graphs: list[str]) -> Outcome:
    """Parse, run and serialise one query (in a worker thread: Oxigraph evaluates lazily,
    so iterating the results is part of the work)."""
    kwargs: dict = {}
    if default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = store.main.query(query, **kwargs)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}") from None
    except ValueError as exc:  # e.g. an invalid IRI in default-graph-uri
        raise QueryError(str(exc)) from None

    if isinstance(result, (ox.QueryTriples, list)):  # a list: triples from a remote store
        fmt = choose(GRAPH_FORMATS, accept, format_name)
        if fmt is None:
            raise NotAcceptable("no acceptable RDF format for a CONSTRUCT or DESCRIBE result",
                                hint="accept one of: " + ", ".join(f.media_type for f in GRAPH_FORMATS))
        triples = []
        truncated = False
        for t in result:
            if len(triples) >= row_cap:
                truncated = True
                break
            triples.append(t)
        body = ox.serialize(triples, format=fmt.oxigraph) if triples or fmt.oxigraph != ox.RdfFormat.JSON_LD \
            else b"[]"
        return Outcome(body or b"", fmt.media_type, truncated)

    fmt = choose(RESULT_FORMATS, accept, format_name)
    if fmt is None:
        raise NotAcceptable("no acceptable format for a SELECT or ASK result",
                            hint="accept one of: " + ", ".join(f.media_type for f in RESULT_FORMATS))
    if isinstance(result, ox.QueryBoolean):
        return Outcome(result.serialize(format=fmt.oxigraph), fmt.media_type)

    names = [v.value for v in result.variables]
    rows = []
    truncated = False
    for solution in result:
        if len(rows) >= row_cap:
            truncated = True
            break
        rows.append({n: _term_json(solution[n]) for n in names if solution[n] is not None})
    if fmt.oxigraph == ox.QueryResultsFormat.JSON:
        body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}},
                          ensure_ascii=False).encode("utf-8")
    else:  # hand the (capped) rows back to Oxigraph's own writers
        data = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}).encode("utf-8")
        capped = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        body = capped.serialize(format=fmt.oxigraph)
    return Outcome(body, fmt.media_type, truncated)


def execute_update(store, update: str, default_graphs: list[str], named_graphs: list[str]) -> None:
    if default_graphs or named_graphs:
        raise UsageError("using-graph-uri / using-named-graph-uri are not supported",
                         hint="write USING / WITH in the update itself")
    try:
        store.update(update, agent="SPARQL update (endpoint)")
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}") from None


def _contained(fn, *args, **kwargs):
    """Run ``fn`` and hand back ``(value, error)``. pyoxigraph's result objects must be freed on
    the thread that made them, so nothing but bytes leaves the worker: an error's traceback
    (whose frames hold the results) is dropped here, on the worker's thread."""
    try:
        return fn(*args, **kwargs), None
    except BaseException as exc:  # re-raised on the request's side, without the frames
        if not isinstance(exc, DkgError):
            log.error("unexpected error in a SPARQL worker", exc_info=exc)
        return None, exc.with_traceback(None)


async def _in_worker(request: Request, fn, *args, **kwargs):
    settings = request.app.state.settings
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(settings.executor, lambda: _contained(fn, *args, **kwargs))
    try:
        value, error = await asyncio.wait_for(asyncio.shield(future), timeout=settings.query_timeout)
    except asyncio.TimeoutError:
        raise QueryTimeout(f"the query took longer than {settings.query_timeout:g} s and was abandoned",
                           hint="narrow it (LIMIT, more specific patterns) or run it with `dkg query` locally") \
            from None
    if error is not None:
        raise error
    return value


# --------------------------------------------------------------------------- protocol


def _service_description(request: Request) -> Response:
    endpoint = str(request.url.replace(query=""))
    results = " , ".join(f"<{f.oxigraph.iri}>" for f in RESULT_FORMATS + GRAPH_FORMATS)
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

[] a sd:Service ;
    rdfs:label "directive-kg SPARQL endpoint"@en , "Điểm truy vấn SPARQL directive-kg"@vi ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query{" , sd:SPARQL11Update" if request.app.state.settings.update_token else ""} ;
    sd:resultFormat {results} ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ;
        rdfs:comment "The default graph is the union of the data graphs (asserted, sources, inferred, reference)."@en ] .
"""
    return Response(ttl, media_type=SD_TURTLE)


def _check_update_allowed(request: Request) -> None:
    token = request.app.state.settings.update_token
    if not token:
        raise Forbidden("this endpoint is read-only: SPARQL Update is disabled",
                        hint="start the server with --update-token to allow updates")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Forbidden("SPARQL Update needs the server's update token",
                        hint="send the header Authorization: Bearer <token>")


async def _respond_query(request: Request, query: str, params) -> Response:
    if not query.strip():
        raise UsageError("empty query", hint="send a SPARQL query in the query parameter")
    _refuse_network_access(query)
    settings = request.app.state.settings
    outcome: Outcome = await _in_worker(
        request, execute, request.app.state.store, query,
        accept=request.headers.get("accept"), format_name=params.get("format"), row_cap=settings.row_cap,
        default_graphs=params.getlist("default-graph-uri"), named_graphs=params.getlist("named-graph-uri"))
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers["X-DKG-Truncated"] = "true"
        headers["X-DKG-Row-Cap"] = str(settings.row_cap)
    media = outcome.media_type
    if media.startswith("text/") or media.endswith("+json") or media.endswith("+xml"):
        media += "; charset=utf-8"
    return Response(outcome.body, headers=headers, media_type=media)


async def _respond_update(request: Request, update: str, params) -> Response:
    _check_update_allowed(request)
    _refuse_network_access(update)
    await _in_worker(request, execute_update, request.app.state.store, update,
                     params.getlist("using-graph-uri"), params.getlist("using-named-graph-uri"))
    return Response(status_code=204)


@router.get("/sparql", summary="SPARQL query (GET) or the service description",
            responses={200: {"description": "query results, or the service description in Turtle"}})
async def sparql_get(request: Request, query: str | None = None) -> Response:
    params = request.query_params
    if "update" in params:
        raise UsageError("updates must be sent with POST")
    if query is None:
        if wants_html(request.headers.get("accept")):  # a browser: a form to write a query in
            from kg.web.render import TEXT, lang_of, page

            return page(request, "sparql.html", title=TEXT[lang_of(request)]["sparql"],
                        endpoint=str(request.url.replace(query="")), example=EXAMPLE)
        return _service_description(request)
    return await _respond_query(request, query, params)


async def _read_limited(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


class PayloadTooLarge(DkgError):
    status = 413
    kind = "too-large"

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than the limit of {limit:,} bytes",
                         hint="send less data at a time")


@router.post("/sparql", summary="SPARQL query or update (POST)",
             openapi_extra={"requestBody": {"content": {
                 "application/sparql-query": {"schema": {"type": "string"}},
                 "application/sparql-update": {"schema": {"type": "string"}},
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                     "query": {"type": "string"}, "update": {"type": "string"}}}}}}})
async def sparql_post(request: Request) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    limit = request.app.state.settings.max_upload
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise PayloadTooLarge(limit)
    body = await _read_limited(request, limit)
    if ctype == "application/sparql-query":
        return await _respond_query(request, body.decode("utf-8", errors="replace"), request.query_params)
    if ctype == "application/sparql-update":
        return await _respond_update(request, body.decode("utf-8", errors="replace"), request.query_params)
    if ctype == "application/x-www-form-urlencoded":
        from starlette.datastructures import FormData
        from urllib.parse import parse_qsl

        form = FormData(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))
        merged = _Params(request.query_params, form)
        if "update" in form:
            if "query" in form:
                raise UsageError("send either query or update, not both")
            return await _respond_update(request, form["update"], merged)
        if "query" in form:
            return await _respond_query(request, form["query"], merged)
        raise UsageError("no query or update in the form")
    raise UnsupportedMedia(f"unsupported Content-Type {ctype or '(none)'!r}",
                           hint="use application/sparql-query, application/sparql-update or a form")


class _Params:
    """Protocol parameters from the URL and the form together."""

    def __init__(self, *sources) -> None:
        self.sources = sources

    def get(self, name: str, default=None):
        for s in self.sources:
            if name in s:
                return s[name]
        return default

    def getlist(self, name: str) -> list[str]:
        out: list[str] = []
        for s in self.sources:
            out.extend(s.getlist(name))
        return out
