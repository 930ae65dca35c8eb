"""Errors at the web edge: one JSON shape for API clients, an HTML page for browsers.

``DkgError`` subclasses carry their HTTP status and ``to_json()`` (``{"error", "message",
"hint"}``). Framework errors (unknown route, wrong method, bad parameters) are given the same
shape. Anything else is a bug: a 500 with a generic message (the traceback goes to the
server log, never to the client).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import DiskFull, DkgError, InputError, NotFound, Words
from kg.store.writes import is_disk_full
from kg.i18n import error_words, page_hint
from kg.web.formats import wants_html
from kg.web.render import TEXT, lang_of, page

log = logging.getLogger("kg.web")


# --- what the web app answers with its own status codes -------------------------------------

class Forbidden(DkgError):
    status = 403
    kind = "forbidden"


class UnsupportedMedia(DkgError):
    status = 415
    kind = "unsupported-media-type"


class PayloadTooLarge(DkgError):
    status = 413
    kind = "too-large"

    def __init__(self, limit: int, code: str = "body-too-large") -> None:
        super().__init__(code=code, details={"limit": limit})


class RequestTooLarge(InputError):
    """A request whose text is over one of ``kg.limits``' settings (413, the setting named)."""

    status = 413
    kind = "too-large"


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, refused with 413 as soon as it passes ``limit`` bytes (by its declared
    length before reading, or while reading when none was declared or it lied)."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise PayloadTooLarge(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


class QueryTimeout(DkgError):
    status = 503
    kind = "timeout"


class Busy(DkgError):
    status = 503
    kind = "busy"


class TooManyRequests(DkgError):
    status = 429
    kind = "too-many-requests"


class Unavailable(DkgError):
    """A part of the library this page needs is not installed or not written yet."""

    status = 503
    kind = "unavailable"


_HTTP_KINDS = {404: "not-found", 405: "method-not-allowed", 406: "not-acceptable", 413: "too-large",
               415: "unsupported-media-type"}


#: The errors of a document key no document has: their page links to a search for the key typed.
_SEARCHABLE = ("document-missing", "document-missing-like", "query-no-document", "query-no-document-like")


def is_api(request: Request) -> bool:
    """API clients get JSON errors; browsers asking for HTML pages get an HTML page."""
    path = request.url.path
    if path.startswith(("/sparql", "/openapi")) or path.endswith((".json", ".csv")):
        return True
    return not wants_html(request.headers.get("accept"))


def said_language(request: Request) -> str:
    """The language an error is said in: the page's (Vietnamese unless ``?lang=en``) on a page a
    browser asked for; for an API client, Vietnamese only when it asked (``?lang=vi``), else English,
    as clients have read it."""
    if is_api(request):
        return "vi" if request.query_params.get("lang") == "vi" else "en"
    return lang_of(request)


def error_response(request: Request, status: int, body: dict, headers: dict | None = None, *,
                   search: str | None = None) -> Response:
    """The error as JSON for a client, else as a page in the reader's language; ``search``: words the page offers to
    search for (the key typed for a document the store does not hold)."""
    if is_api(request):
        return JSONResponse(body, status_code=status, headers=headers)
    t = TEXT[lang_of(request)]
    return page(request, "error.html", title=f"{t['error']} {status}", status=status,
                message=body.get("message", ""), hint=body.get("hint"), search=search)


def install(app: FastAPI) -> None:
    @app.exception_handler(DkgError)
    async def dkg_error(request: Request, exc: DkgError) -> Response:
        return _said_error(request, exc)

    def _said_error(request: Request, exc: DkgError) -> Response:
        body = exc.to_json()
        lang = said_language(request)
        if lang != "en":
            body["message"], hint = exc.said(lang)
            body.pop("hint", None)
            if hint:
                body["hint"] = hint
        if not is_api(request) and (on_page := page_hint(exc, lang)):
            # (a page's reader is told what to do on the pages; the JSON keeps the hint a client or script reads)
            body["hint"] = on_page
        typed = exc.details.get("typed") if exc.code in _SEARCHABLE else None
        return error_response(request, exc.status, body, headers=getattr(exc, "headers", None),
                              search=typed if isinstance(typed, str) and typed.strip() else None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        kind = _HTTP_KINDS.get(exc.status_code, "http")
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            # (an address no route has: said in the page's language, with where to go, as a missing document is)
            return _said_error(request, NotFound(code="page-missing", details={"path": request.url.path}))
        return error_response(request, exc.status_code, {"error": kind, "message": message},
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return error_response(request, 400, {"error": "usage", "message": "; ".join(parts) or "bad request"})

    @app.exception_handler(OSError)
    async def disk_full(request: Request, exc: OSError) -> Response:
        if not is_disk_full(exc):
            raise exc  # (any other: the 500 below)
        # (no bug: the operator has a disk to free, said to the client as any refusal is, and in one log line)
        log.error("%s %s: the disk that holds the store is full: %s", request.method, request.url.path, exc)
        return await dkg_error(request, DiskFull(code="disk-full", details={"what": Words("what.write")}))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        # (in the reader's language on a page, as every other error: what to do, and who can see why)
        message, hint = error_words("internal", {}, said_language(request))
        return error_response(request, 500, {"error": "internal", "message": message, "hint": hint})
