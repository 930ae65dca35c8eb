"""``/sparql``: the SPARQL 1.1 Protocol over the store (read-only unless a token allows updates).

* query by ``GET ?query=``, ``POST`` form (``query=``) or ``POST application/sparql-query``;
  ``default-graph-uri`` / ``named-graph-uri`` choose the dataset, otherwise the default graph is
  the union of the data graphs (as ``Store.query``); relative IRIs resolve against the
  endpoint's own URL;
* results by ``format=`` (the first usable of several values, short names or media types) or
  ``Accept`` (q-values honoured): SELECT/ASK as SPARQL JSON, XML, CSV, TSV; CONSTRUCT/DESCRIBE
  as Turtle, N-Triples, JSON-LD, RDF/XML; a browser (``Accept: text/html``) gets a results page;
* ``GET`` without a query: a service description (Turtle, ``sd:`` vocabulary), or the query
  form for a browser;
* updates (``update=`` or ``application/sparql-update``) are refused (403) unless the app has an
  update token and the request carries ``Authorization: Bearer <token>``;
  ``using-graph-uri`` / ``using-named-graph-uri`` are written into the update as ``USING``;
* ``SERVICE`` and ``LOAD`` are refused (400) on the parsed request (:mod:`kg.queries.safety`);
* queries run in worker processes that are killed at the time limit (:mod:`kg.web.workers`);
  a remote store's queries run on its server, and the request gives up at the limit.
"""

from __future__ import annotations

import asyncio
import json
import logging
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg.errors import DkgError, UsageError
from kg.queries import catalog
from kg.rdf.vocab import PREFIXES
from kg.web import engine, updates
from kg.web.address import public_base
from kg.web.auth import analyst_of, require_update_token
from kg.limits import QUERY_BYTES
from kg.web.errors import PayloadTooLarge, QueryTimeout, RequestTooLarge, UnsupportedMedia, read_body
from kg.web.formats import GRAPH_FORMATS, RESULT_FORMATS, wants_html
from kg.i18n import SPARQL, TEXT
from kg.web.render import lang_of, page

router = APIRouter(tags=["SPARQL"])
log = logging.getLogger("kg.web")

SD_TURTLE = "text/turtle"
EXAMPLE = """PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
SELECT ?key ?date ?subject WHERE {
  ?doc dkg:key ?key .
  OPTIONAL { ?doc dkg:dateIssued ?date }
  OPTIONAL { ?doc dkg:subject ?subject }
} ORDER BY DESC(?date) LIMIT 20"""


# --------------------------------------------------------------------------- parameters


class Params:
    """Protocol parameters from the URL and (for a form) the body, as ordered pairs."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs

    def getlist(self, name: str) -> list[str]:
        return [v for k, v in self.pairs if k == name]

    def one(self, name: str) -> str | None:
        """The single value of ``name``; a parameter given twice is an error (400)."""
        values = self.getlist(name)
        if len(values) > 1:
            raise UsageError(f"the {name} parameter is given {len(values)} times",
                             hint=f"send exactly one {name} per request")
        return values[0] if values else None

    def __contains__(self, name: str) -> bool:
        return any(k == name for k, _ in self.pairs)


def decode_text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"the {what} is not UTF-8 (byte {exc.start})",
                         hint="SPARQL requests must be encoded in UTF-8") from None


def parse_pairs(data: bytes, what: str) -> list[tuple[str, str]]:
    """``a=b&c=d`` (percent-encoded UTF-8) as pairs; bytes that are not UTF-8 are an error."""
    text = decode_text(data, what)
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise UsageError(f"the {what} is not UTF-8 once percent-decoded (byte {exc.start})",
                         hint="percent-encode the UTF-8 bytes of the text") from None


def url_params(request: Request) -> Params:
    return Params(parse_pairs(request.scope.get("query_string", b""), "URL query string"))


def endpoint_url(request: Request) -> str:
    """The endpoint's absolute address (its service description names it, relative IRIs resolve against it)."""
    return public_base(request) + "/sparql"


# --------------------------------------------------------------------------- running


async def _in_thread(request: Request, fn, *args, bounded: bool = True):
    """For a remote store: run ``fn`` in a thread and give up waiting at the time limit (its
    server does the work and is told nothing; set its own timeout too). ``bounded=False``: wait for its end (a write,
    which the thread goes on with whatever the request is told: answering it abandoned would let the next write take
    the write lock beside it)."""
    settings = request.app.state.settings
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(settings.executor, lambda: engine.contained(fn, *args))
    try:
        value, failure = await asyncio.wait_for(asyncio.shield(future),
                                                timeout=settings.query_timeout if bounded else None)
    except asyncio.TimeoutError:
        raise QueryTimeout(code="query-abandoned", details={"seconds": f"{settings.query_timeout:g}"}) from None
    if failure is not None:
        raise failure.error()
    return value


def client_key(request: Request) -> str:
    """Who a request comes from, for the per-client limits: its address (behind a reverse
    proxy every request shares the proxy's: give each proxy its own limits there)."""
    return request.client.host if request.client else "unknown"


async def run_query(request: Request, job: engine.Job) -> engine.Outcome:
    pool = request.app.state.query_pool
    if pool is None:
        return await _in_thread(request, engine.execute, request.app.state.store.main, job)
    return await pool.run(client_key(request), job)


# --------------------------------------------------------------------------- protocol


def _service_description(request: Request) -> Response:
    endpoint = endpoint_url(request)
    results = " , ".join(f"<{f.oxigraph.iri}>" for f in RESULT_FORMATS + GRAPH_FORMATS)
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

[] a sd:Service ;
    rdfs:label "directive-kg SPARQL endpoint"@en , "Điểm truy vấn SPARQL directive-kg"@vi ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query{" , sd:SPARQL11Update" if request.app.state.settings.takes_writes else ""} ;
    sd:resultFormat {results} ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ;
        rdfs:comment "The default graph is the union of the data graphs (asserted, sources, inferred, reference)."@en ] .
"""
    return Response(ttl, media_type=SD_TURTLE)


def _html_wanted(request: Request, params: Params) -> bool:
    """A results page: asked for by the query form (``format=html``), or a browser following a
    link without ``format``."""
    names = [n.strip().lower() for n in params.getlist("format") + params.getlist("output")]
    if names:
        return names[0] == "html"
    return wants_html(request.headers.get("accept"))


def _within_query_limit(text: str) -> None:
    """Refuse a request over ``DKG_MAX_QUERY_BYTES`` before anything parses it."""
    size = len(text.encode("utf-8"))
    if size > QUERY_BYTES.value():
        raise QUERY_BYTES.exceeded(size, file="SPARQL request", advice="split-query", error=RequestTooLarge)


async def _respond_query(request: Request, query: str, params: Params) -> Response:
    html = _html_wanted(request, params)
    try:
        if not query.strip():
            raise UsageError("empty query", hint="send a SPARQL query in the query parameter")
        _within_query_limit(query)
        settings = request.app.state.settings
        job = engine.Job(
            text=query, accept=request.headers.get("accept"),
            format_names=["srj", "ttl"] if html else params.getlist("format") + params.getlist("output"),
            row_cap=settings.row_cap, default_graphs=params.getlist("default-graph-uri"),
            named_graphs=params.getlist("named-graph-uri"), base_iri=endpoint_url(request))
        # (a text that is an update is told so by the worker: kg.web.engine.execute)
        outcome: engine.Outcome = await run_query(request, job)
    except DkgError as exc:
        if not html:  # (a client gets the protocol's JSON error)
            raise
        # the query form's answer: the error under the query, in the form, to correct and run again
        message, hint = exc.said(lang_of(request))
        return _results_page(request, query, None, error=(exc.status, message, hint))
    if html:
        return _results_page(request, query, outcome)
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers["X-DKG-Truncated"] = "true"
        headers["X-DKG-Row-Cap"] = str(settings.row_cap)
    media = outcome.media_type
    if media.startswith("text/") or media.endswith("+json") or media.endswith("+xml"):
        media += "; charset=utf-8"
    return Response(outcome.body, headers=headers, media_type=media)


def _results_page(request: Request, query: str, outcome: engine.Outcome | None,
                  error: tuple[int, str, str | None] | None = None) -> Response:
    """The results as an HTML table (SELECT), a yes/no (ASK) or Turtle text (CONSTRUCT); or, with
    ``error`` (status, message, hint) and no outcome, the query's error under it."""
    words = SPARQL[lang_of(request)]
    context: dict = {"query": query, "words": words, "truncated": outcome is not None and outcome.truncated,
                     "row_cap": request.app.state.settings.row_cap, "columns": [], "rows": [],
                     "boolean": None, "graph_text": None, "endpoint": endpoint_url(request),
                     "downloads": [(name, "?" + urlencode({"query": query, "format": name}))
                                   for name in ("json", "csv", "tsv", "xml")], "error": error}
    if outcome is None:
        response = page(request, "sparql_results.html", title=words["title"], **context)
        response.status_code = error[0] if error else 400
        response.headers["Vary"] = "Accept"
        return response
    if outcome.media_type == "text/turtle":
        context["graph_text"] = outcome.body.decode("utf-8")
        context["downloads"] = [(name, "?" + urlencode({"query": query, "format": name}))
                                for name in ("ttl", "nt", "jsonld", "xml")]
    else:
        data = json.loads(outcome.body)
        if "boolean" in data:
            context["boolean"] = data["boolean"]
        else:
            columns = data["head"]["vars"]
            context["columns"] = columns
            context["rows"] = [[b.get(c) for c in columns] for b in data["results"]["bindings"]]
    response = page(request, "sparql_results.html", title=words["title"], **context)
    response.headers["Vary"] = "Accept"
    return response


async def _respond_update(request: Request, update: str, params: Params) -> Response:
    require_update_token(request, "sparql-update")
    if not update.strip():
        raise UsageError("empty update", hint="send a SPARQL update in the update parameter")
    _within_query_limit(update)
    text = await asyncio.to_thread(updates.prepare, update, params.getlist("using-graph-uri"),
                                   params.getlist("using-named-graph-uri"))
    store = request.app.state.store
    async with request.app.state.write_lock:  # one write at a time, with those of kg.web.writes
        store.analyst = analyst_of(request)  # (the change log names the analyst whose own token sent it)
        try:
            # (not bounded by the queries' time: at a million triples an update's redraw of the inferences took longer
            # than DKG_MAX_QUERY_SECONDS, was answered 503 "abandoned" and went on writing after the lock was let go)
            await _in_thread(request, updates.run, store, text, endpoint_url(request), bounded=False)
        finally:
            store.analyst = None
    pool = request.app.state.query_pool
    if pool is not None:  # the workers read the store as it was: give them the new one
        await pool.refresh()
    return Response(status_code=204)


def _dispatch_form(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """("query" | "update", text) from protocol parameters; exactly one of them, once."""
    params = Params(pairs)
    query, update = params.one("query"), params.one("update")
    if query is not None and update is not None:
        raise UsageError("send either query or update, not both")
    if update is not None:
        return "update", update
    if query is not None:
        return "query", query
    raise UsageError("no query or update in the request", hint="send query=... or update=...")


@router.get("/sparql", summary="SPARQL query (GET) or the service description",
            responses={200: {"description": "query results, or the service description in Turtle"}})
async def sparql_get(request: Request) -> Response:
    params = url_params(request)
    if "update" in params:
        # (a researcher who tries an update in the address bar: say how it is sent, not only that this is not it)
        raise UsageError(code="sparql-update-get")
    query = params.one("query")
    if query is None:
        if wants_html(request.headers.get("accept")):  # a browser: a form to write a query in
            return _query_form(request, params.one("example"))
        return _service_description(request)
    return await _respond_query(request, query, params)


def _query_form(request: Request, chosen: str | None) -> Response:
    """The query form: an editor (``static/sparql-editor.js`` over the vendored CodeMirror), the
    prefixes, and the named queries as examples; ``?example=NAME`` opens one without script."""
    lang = lang_of(request)
    entries = catalog()
    texts = {e.name: e.sparql for e in entries}
    if chosen is not None and chosen not in texts:
        raise UsageError(f"no named query called {chosen!r}", hint="choose one of: " + ", ".join(texts))
    titles = [(e.name, e.title_en if lang == "en" else e.title_vi) for e in entries]
    return page(request, "sparql.html", title=TEXT[lang]["sparql"], endpoint=endpoint_url(request),
                example=texts[chosen] if chosen else EXAMPLE, examples=titles, chosen=chosen,
                # (no JSON link under it: the named queries' list it led to read, under a query's results, as their JSON;
                # the results come in JSON from the form's own format field)
                prefixes=sorted(PREFIXES.items()), words=SPARQL[lang], row_cap=request.app.state.settings.row_cap)


@router.post("/sparql", summary="SPARQL query or update (POST)",
             openapi_extra={"requestBody": {"content": {
                 "application/sparql-query": {"schema": {"type": "string"}},
                 "application/sparql-update": {"schema": {"type": "string"}},
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                     "query": {"type": "string"}, "update": {"type": "string"}}}}}}})
async def sparql_post(request: Request) -> Response:
    ctype, _, options = request.headers.get("content-type", "").partition(";")
    ctype = ctype.strip().lower()
    for option in options.split(";"):
        name, _, value = option.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise UsageError(f"the request body is declared as {value.strip()}, not UTF-8",
                             hint="SPARQL requests must be encoded in UTF-8")
    limit = request.app.state.settings.max_upload
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise PayloadTooLarge(limit)
    params = url_params(request)
    body = await read_body(request, limit)
    if ctype in ("application/sparql-query", "application/sparql-update"):
        if "query" in params or "update" in params:
            raise UsageError("a query or update is both in the body and in the URL",
                             hint="send it once, in the body")
        text = decode_text(body, "request body")
        if ctype == "application/sparql-query":
            return await _respond_query(request, text, params)
        return await _respond_update(request, text, params)
    if ctype == "application/x-www-form-urlencoded":
        merged = Params(params.pairs + parse_pairs(body, "form body"))
        kind, text = _dispatch_form(merged.pairs)
        if kind == "update":
            return await _respond_update(request, text, merged)
        return await _respond_query(request, text, merged)
    raise UnsupportedMedia(f"unsupported Content-Type {ctype or '(none)'!r}",
                           hint="use application/sparql-query, application/sparql-update or a form")
