"""``/validate``: check Turtle, N-Triples or JSON-LD against the shapes without touching the store.

``POST /validate`` takes the data as the request body (format from Content-Type) or as a form
(pasted text with a format, or an uploaded file whose name gives the format). The SHACL report
comes back as JSON (default), Turtle (``Accept: text/turtle``) or an HTML page (``Accept:
text/html``, or any form post from the page). The body is counted while it is read and refused
with 413 once it passes ``max_upload`` bytes.

Any reader may call it, without a token, and what a check costs depends on what the upload holds (documents that
break many shapes cost far more than their size: bench/RESULTS.md has the figures). So the server's own process never
parses it: a worker of the ``/sparql`` pool checks it (:mod:`kg.web.checking`), stopped at ``DKG_MAX_VALIDATE_SECONDS``
and bounded at ``DKG_MAX_VALIDATE_MEMORY_BYTES`` (413 naming the setting hit, and saying to split the file or run
``dkg validate``), then replaced. Uploads are also checked one at a time, and one sent while another is checked is
refused at once (503 with ``Retry-After``, :class:`ValidateBusy`) rather than queued, so that one reader cannot hold
every worker. A store behind a remote SPARQL server has no workers: its uploads are checked in a thread of the
server's process, as before the workers took them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from pathlib import PurePosixPath

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request as StarletteRequest

from kg.errors import InputError, UsageError
from kg.limits import VALIDATE_MEMORY, VALIDATE_SECONDS
from kg.validate import read_batch, validate_batch
from kg.web.checking import Check
from kg.web.engine import Outcome
from kg.web.formats import UPLOAD_EXTENSIONS, UPLOAD_TYPES, negotiate
from kg.web.render import TEXT, href, json_response, lang_of, page
from kg.web.errors import Busy, QueryTimeout, RequestTooLarge, UnsupportedMedia, read_body
from kg.web.sparql import client_key
from kg.web.workers import WorkerStopped

router = APIRouter(tags=["validation"])
log = logging.getLogger("kg.web")

_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
#: the formats the form's list offers for pasted text (its ``format`` field)
FORM_FORMATS = ("ttl", "nt", "jsonld")


class ValidateBusy(Busy):
    """Another upload is being checked (see the module's docstring)."""

    headers = {"Retry-After": "10"}


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n:,} B"


@router.get("/validate", response_class=HTMLResponse, summary="The validation form")
def form(request: Request):
    t = TEXT[lang_of(request)]
    return page(request, "validate.html", title=t["validate"], report=None, json_href=href(request, "/validate.json"),
                max_upload=_size(request.app.state.settings.max_upload))


@router.get("/validate.json", summary="What the validation form takes: where to post, the formats, the largest upload (JSON)")
def form_json(request: Request):
    # (the form's facts for a script: the media types it may post as the body, the file names' endings, and the bound)
    return json_response({"post": href(request, "/validate"), "max_upload": request.app.state.settings.max_upload,
                          "media_types": {media: ext.lstrip(".") for media, ext in UPLOAD_TYPES.items()},
                          "file_endings": sorted(UPLOAD_EXTENSIONS), "form_formats": FORM_FORMATS})


async def _from_form(request: Request, body: bytes, limit: int) -> tuple[str, bytes, dict]:
    """(file name giving the format, data, what to show back in the form)."""
    sent = False

    async def replay():  # the body was already read (and counted): hand it to the form parser
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    form = await StarletteRequest(request.scope, replay).form(max_files=1, max_fields=10, max_part_size=limit)
    try:
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str) and upload.filename:
            data = await upload.read()
            if data:
                return upload.filename, data, {}
        text = form.get("data")
        if isinstance(text, str) and text.strip():
            fmt = str(form.get("format") or "ttl").lower().lstrip(".")
            ext = UPLOAD_EXTENSIONS.get("." + fmt)
            if ext is None:
                raise UsageError(f"unknown format {fmt!r}", hint="ttl, nt or jsonld")
            return "pasted" + ext, text.encode("utf-8"), {"data": text, "fmt": fmt}
        raise UsageError("nothing to validate", hint="paste data or choose a file")
    finally:
        await form.close()


def _run_validation(store, job: Check) -> Outcome:
    """A check in a thread of the server's process: for a store behind a remote SPARQL server (no workers)."""
    report = validate_batch(read_batch([job.name], {job.name: job.data}), store=store).report
    if job.turtle:
        return Outcome(report.to_graph().serialize(format="turtle").encode("utf-8"), "text/turtle")
    return Outcome(json.dumps(report.to_json(), ensure_ascii=False).encode("utf-8"), "application/json")


async def _checked(request: Request, job: Check) -> Outcome:
    """``job`` checked in a worker (see the module); the bound it passed, named, with what to do."""
    pool = request.app.state.query_pool
    if pool is None:
        return await run_in_threadpool(_run_validation, request.app.state.store, job)
    try:
        return await pool.run(client_key(request), job)
    except QueryTimeout:
        bound = VALIDATE_SECONDS
    except WorkerStopped as stopped:
        bound = VALIDATE_SECONDS if stopped.exitcode == -signal.SIGXCPU else VALIDATE_MEMORY
    # (the worker's own words were silenced, kg.web.checking: one line for the operator, the upload's name quoted,
    # since a client chose it)
    log.warning("/validate: the check of %r passed %s (%s): its worker was stopped and replaced; answered 413",
                job.name, bound.env, f"{bound.value():,}")
    raise bound.exceeded(None, file=job.name, advice="validate-locally", error=RequestTooLarge)


@router.post("/validate", summary="Validate RDF against the shapes (the store is never changed)",
             responses={200: {"content": {"application/json": {}, "text/turtle": {}, "text/html": {}}}},
             openapi_extra={"requestBody": {"content": {
                 "text/turtle": {"schema": {"type": "string"}},
                 "application/n-triples": {"schema": {"type": "string"}},
                 "application/ld+json": {"schema": {"type": "object"}},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"}, "data": {"type": "string"},
                     "format": {"type": "string", "enum": ["ttl", "nt", "jsonld"]}}}}}}})
async def validate(request: Request) -> Response:
    settings = request.app.state.settings
    # (the body is read before the turn is taken: a client that sends it slowly must not hold the turn)
    body = await read_body(request, settings.max_upload)
    lock: asyncio.Lock = request.app.state.validate_lock
    if lock.locked():  # (no await between this look and the acquisition below: no other request runs between)
        raise ValidateBusy(code="validate-busy")
    async with lock:
        return await _validated(request, settings, body)


async def _validated(request: Request, settings, body: bytes) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    shown: dict = {}
    from_form = ctype in _FORM_TYPES
    if from_form:
        name, data, shown = await _from_form(request, body, settings.max_upload)
        suffix = PurePosixPath(name).suffix.lower()
        if suffix not in UPLOAD_EXTENSIONS:
            raise InputError(f"unknown file type {suffix or '(none)'!r}", file=PurePosixPath(name).name,
                             hint="use .ttl, .nt or .jsonld")
        name = PurePosixPath(name).name
        data_name = PurePosixPath(name).stem + UPLOAD_EXTENSIONS[suffix]
    elif ctype in UPLOAD_TYPES:
        data, data_name = body, "upload" + UPLOAD_TYPES[ctype]
    else:
        raise UnsupportedMedia(f"unsupported Content-Type {ctype or '(none)'!r}",
                               hint="send text/turtle, application/n-triples, application/ld+json or a form")
    accept = request.headers.get("accept")
    choice = negotiate(accept, ["application/json", "text/turtle", "text/html"])
    if from_form and (choice == "text/html" or "text/html" in (accept or "")):
        choice = "text/html"
    outcome = await _checked(request, Check(data_name, data, turtle=choice == "text/turtle",
                                            seconds=VALIDATE_SECONDS.value(), memory=VALIDATE_MEMORY.value()))
    if choice == "text/turtle":
        return Response(outcome.body, media_type="text/turtle; charset=utf-8")
    report = json.loads(outcome.body)  # (the report's JSON, which the worker wrote: no RDF is parsed here)
    if choice == "text/html":
        t = TEXT[lang_of(request)]
        return page(request, "validate.html", title=t["validate"], report=report,
                    max_upload=_size(settings.max_upload), json_href=None, **shown)
    return json_response(report)


__all__ = ["router", "href"]
