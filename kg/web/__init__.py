"""The web app: SPARQL endpoint, validation service and the directive pages (``dkg serve``).

``create_app(store, ...)`` builds a FastAPI app around an open :class:`kg.store.Store`.
Routers by concern: ``sparql`` (``/sparql``; SPARQL Update through ``updates``), ``validate``
(``/validate``), ``pages`` (``/``, ``/doc/{key}``, ``/graph/{key}``, ``/bodies/{id}``, ``/ontology``,
``/queries``; the named queries' words and links in ``querytext``), ``bodies`` (``/bodies``), ``changes``
(``/changes`` and its feed), ``scoreboard`` (``/scoreboard/{key}``), ``review`` (``/review``) ``facts``
(``/fact/{id}``: one fact read from a text, the page to cite it) and ``quarantine`` (``/quarantine``: the facts a
violation holds back, to correct or reject). Writes
with the update token (``/store/load``, ``/store/ingest``, review decisions, ...) are in ``writes``, the
one check of that token in ``auth`` (a plain form's token field read before its files in ``form_token``). Handlers parse input, call the library and format output; what
pages show is read by the library's read models (``kg.cards``, ``kg.changes``, ``kg.directory``,
``kg.scoreboard``), which the CLI calls too. Around them: ``render`` (the one jinja2 environment, the
two languages), ``errors`` (one JSON shape for clients, a page for browsers), ``formats`` (media types
and ``Accept``; ``twins``, a page's ``.json`` or ``.csv`` twin for a client whose ``Accept`` asks for it) and ``headers`` (the security headers of every response); ``address`` the app's absolute address (a
public one set, or each request's ``Host``, refused unless well-formed); ``accesslog`` keeps tokens sent in an address out of the
log, ``room`` refuses to serve a store whose disk has no room for the workers' snapshot; ``serving`` runs the app under
uvicorn and says when it listens.

Everything is served from the app itself, with nothing from the network: the cascade view's
vis-network and the ``/docs`` page's Swagger UI are vendored under the static folders.
``/sparql`` queries run in killable worker processes (``workers``: the pool of them; ``worker_process``: one worker's
process and the data it reads; ``lanes``: who gets
the next free one; ``engine``: one request run on a dataset, with no web framework), and so do ``/validate``'s
checks (``checking``: one upload checked there, bounded in CPU and memory).

May import the library below it (``kg.store``, ``kg.queries``, ``kg.cards``, ``kg.scoreboard``,
``kg.views``, ``kg.changes``, ``kg.changes_model``, ``kg.changes_text``, ``kg.changes_undo``, ``kg.exporting``, ``kg.directory``, ``kg.review``, ``kg.ingest``, ``kg.ingest_folder`` (the kinds of file it reads), ``kg.sources``, ``kg.validate``, ``kg.reason``, ``kg.rdf``,
``kg.ontodoc``, ``kg.asof``, ``kg.text`` (a document's readable name), ``kg.paths``, ``kg.i18n``, ``kg.limits``,
``kg.resources``, ``kg.errors``) and the cascade view (``viz``); only ``kg.cli`` imports it.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles

import viz

from kg.limits import QUERY_SECONDS, RESULT_ROWS, SERVER as SERVER_LIMITS
from kg.store import holder
from kg.web import (accesslog, address, bodies, changes, errors, facts, headers, pages, quarantine, review, room, scoreboard,
                    sparql, twins, validate, writes)
from kg.web.auth import TokensFile
from kg.web.render import STATIC, root_of
from kg.web.worker_process import folder_source, memory_source, remove_stale_snapshots
from kg.web.workers import QueryPool

SWAGGER = "vendor/swagger-ui-5.17.14/"


@dataclass
class Settings:
    update_token: str | None
    query_timeout: float
    row_cap: int
    max_upload: int
    executor: ThreadPoolExecutor
    #: (name, token) of each analyst the server knows by a token of their own (``kg.web.auth.read_tokens``)
    fixed_analysts: tuple[tuple[str, str], ...] = ()
    #: the tokens file those come from, read again when it changes (``dkg serve --tokens-file``)
    tokens_file: TokensFile | None = None
    #: the app's absolute address, without its last slash (``dkg serve --public-url``): None, each reader's own
    public_url: str | None = None

    @property
    def takes_writes(self) -> bool:
        return bool(self.update_token or self.fixed_analysts or self.tokens_file)

    @property
    def analysts(self) -> bool:
        """Does the server know analysts by their own tokens (the review page says whose name a decision takes)?"""
        return bool(self.fixed_analysts) or (self.tokens_file is not None and self.tokens_file.known())

    def credentials(self) -> list[tuple[str | None, str]]:
        """Every token the server takes, with the analyst it names (None: the one shared token); the tokens file
        looked at again (:class:`kg.web.auth.TokensFile`: refused while it is invalid)."""
        listed = self.tokens_file.analysts() if self.tokens_file is not None else ()
        shared: list[tuple[str | None, str]] = [(None, self.update_token)] if self.update_token else []
        return shared + list(self.fixed_analysts) + list(listed)

    def readers(self) -> tuple[tuple[str, str], ...]:
        """The tokens that read only (``kg.web.auth.READ_ONLY``), with whom they name: every write sent with one is
        refused, 403 (reads need no token)."""
        return self.tokens_file.readers() if self.tokens_file is not None else ()


def create_app(store, *, update_token: str | None = None, analysts: tuple[tuple[str, str], ...] = (),
               tokens_file: TokensFile | None = None, query_timeout: float | None = None, row_cap: int | None = None,
               max_upload: int = 5_000_000, query_workers: int = 4, per_client: int | None = None,
               query_slice: float = 0.5, advertise: str | None = None, public_url: str | None = None) -> FastAPI:
    """The app for ``store``.

    ``update_token``: allow SPARQL Update for requests with ``Authorization: Bearer <token>``
    (read-only without it). ``analysts``: (name, token) pairs, each analyst's own token, which also allows writes
    and records them under the name (``kg.web.auth``); ``tokens_file``: the same from a file read again when it changes.
    ``query_timeout``: seconds a ``/sparql`` query may run (None: ``DKG_MAX_QUERY_SECONDS``, :mod:`kg.limits`); its worker
    process is killed then (at most ``query_workers`` run at once, a client at most
    ``per_client`` running or waiting, by default twice the workers; one worker is the fast lane
    where every query runs its first ``query_slice`` seconds, see :mod:`kg.web.workers`). ``row_cap``: most rows
    (or triples) a SPARQL response holds (None: ``DKG_MAX_RESULT_ROWS``); a capped response says so in ``X-DKG-Truncated``.
    ``max_upload``: largest request body accepted by ``/validate`` and ``POST /sparql``, in bytes (5 MB: ``dkg serve``
    does not change it).
    ``advertise``: the address this app listens on (``dkg serve``); while it runs, a folder store
    records it as its holder (:mod:`kg.store.holder`), so that CLI writes come here.
    ``public_url``: the address readers reach the app at, which every absolute link it writes begins with
    (:mod:`kg.web.address`; checked there); without it, the host each request names.
    """
    # (an operator sets them for `dkg serve` in the environment: a bad value stops the start here, named, rather than
    # failing a reader's request later)
    for limit in SERVER_LIMITS:
        limit.value()
    query_timeout = float(QUERY_SECONDS.value()) if query_timeout is None else query_timeout
    row_cap = RESULT_ROWS.value() if row_cap is None else row_cap
    executor = ThreadPoolExecutor(max_workers=query_workers, thread_name_prefix="dkg-query")
    if store.url is not None:  # a SPARQL server runs the queries: nothing to kill here
        pool = None
    elif store.location is not None:
        remove_stale_snapshots(store.location)
        room.require_room(store.location)
        pool = QueryPool(lambda: folder_source(store.location, store.main), size=query_workers,
                         timeout=query_timeout, per_client=per_client, first_slice=query_slice)
    else:
        pool = QueryPool(lambda: memory_source(store.main), size=query_workers, timeout=query_timeout,
                         per_client=per_client, first_slice=query_slice)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        accesslog.install()  # (no token a client put in an address is written in the log)
        advertised = store.location if advertise is not None and not store.read_only else None
        if advertised is not None:
            holder.record(advertised, "dkg serve", url=advertise, writes=bool(update_token or analysts or tokens_file))
        try:
            if pool is not None:  # the first query should not wait for the snapshot and the workers
                await pool.start()
            yield
        finally:
            if advertised is not None:
                holder.release(advertised)
        executor.shutdown(wait=False, cancel_futures=True)
        if pool is not None:
            pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="directive-kg",
        summary="Knowledge graph of Vietnamese Party and State directives: SPARQL, validation and pages",
        # (what a client script needs before any route: how a page gives its data; kg.web.twins)
        description="A page's data is its `.json` twin (`/doc/46-NQ/TW.json`, `/queries/cascade.json?doc=46-NQ/TW`), "
                    "which its own address also gives to a client whose `Accept` prefers `application/json`; a named "
                    "query's CSV is its `.csv` twin, or `Accept: text/csv`.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = Settings(update_token=update_token or None, query_timeout=float(query_timeout),
                                  row_cap=int(row_cap), max_upload=int(max_upload),
                                  executor=executor, fixed_analysts=tuple(analysts), tokens_file=tokens_file,
                                  public_url=address.parse_public_url(public_url) if public_url else None)
    app.state.query_pool = pool
    app.state.write_lock = asyncio.Lock()  # writes through the server run one at a time (kg.web.writes)
    app.state.validate_lock = asyncio.Lock()  # so does /validate, which any reader may call (kg.web.validate)
    errors.install(app)
    twins.install(app)  # (innermost: a page asked for by Accept goes to its twin's route)
    address.install(app)  # (before headers: the security headers wrap its refusal too)
    headers.install(app)
    app.add_middleware(accesslog.NameAnalyst)  # (outermost: it sees the response start as uvicorn logs it)
    app.mount("/static/viz", StaticFiles(directory=str(viz.static_dir())), name="viz-static")
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.include_router(sparql.router)
    app.include_router(validate.router)
    app.include_router(bodies.router)  # (before pages: /bodies/ is the list, not a body)
    app.include_router(review.router)
    app.include_router(facts.router)
    app.include_router(quarantine.router)
    app.include_router(pages.router)
    app.include_router(scoreboard.router)
    app.include_router(changes.router)
    app.include_router(writes.router)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request):
        root = root_of(request)
        response = get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title="directive-kg API",
            swagger_js_url=f"{root}/static/{SWAGGER}swagger-ui-bundle.js",
            swagger_css_url=f"{root}/static/{SWAGGER}swagger-ui.css",
            swagger_favicon_url=f"{root}/static/{SWAGGER}favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )
        # Swagger UI starts from an inline script of FastAPI's: allow exactly that one
        scripts = headers.inline_scripts(response.body.decode("utf-8"))
        response.headers["Content-Security-Policy"] = headers.policy(*scripts)
        return response

    return app


__all__ = ["create_app"]
