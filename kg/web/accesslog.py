"""The server's log of requests (nhật ký truy cập) without the tokens a client put in an address.

A write's token is read from the ``Authorization`` header or a form's field only (:mod:`kg.web.auth`), but a
client may still send it in the address (``/sparql?access_token=...``): the request is refused, and the address
would be written whole in the log of every request, where whoever reads the log would find the token.
:class:`HideTokens` masks the value of each query parameter so named (:func:`kg.web.auth.looks_like_a_token`)
in the lines of uvicorn's access log; :func:`install` adds it once, when the app starts.

A write made with an analyst's own token (``--tokens-file``) names that analyst in its line, after the client's
address (``127.0.0.1:50412 [analyst: Nguyễn Thị Lan] - "POST /store/review ..."``), so that an operator reading the
log knows who sent what; the token itself is never written. The name is the one the token check found
(:func:`kg.web.auth.analyst_of`, kept in the request's state), carried to the log line by :class:`NameAnalyst`,
which sees the response start in the same task as uvicorn writes the line.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from urllib.parse import parse_qsl, quote, urlsplit

from kg.web.auth import looks_like_a_token

#: uvicorn's logger of requests, and the place of the path (with its query) among a line's arguments
ACCESS_LOGGER = "uvicorn.access"
CLIENT_ARGUMENT, PATH_ARGUMENT = 0, 2
MASK = "***"

#: the analyst whose own token the response being sent answers (None: no token, or the shared one)
_ANALYST: ContextVar[str | None] = ContextVar("dkg_analyst", default=None)


def masked(path: str) -> str:
    """``path`` with the value of each token-like query parameter masked (the rest as sent)."""
    parts = urlsplit(path)
    if not parts.query:
        return path
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(looks_like_a_token(name) for name, _ in pairs):
        return path
    query = "&".join(f"{quote(name, safe='')}={MASK if looks_like_a_token(name) else quote(value, safe='')}"
                     for name, value in pairs)
    return parts._replace(query=query).geturl()


class HideTokens(logging.Filter):
    """Masks tokens in the path of an access log line (never drops the line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) > PATH_ARGUMENT:
            path = args[PATH_ARGUMENT]
            if isinstance(path, str):
                args = (*args[:PATH_ARGUMENT], masked(path), *args[PATH_ARGUMENT + 1:])
            name = _ANALYST.get()
            if name and isinstance(args[CLIENT_ARGUMENT], str) and not hasattr(record, "analyst"):
                # (the analyst beside the address, once: uvicorn's formatter takes the line's arguments by place, so
                # none is added; the name is on the record too, for a handler of the operator's own)
                record.analyst = name
                args = (f"{args[CLIENT_ARGUMENT]} [analyst: {printable(name)}]", *args[1:])
            record.args = args
        return True


def printable(name: str) -> str:
    """``name`` with no character that would break the log's line (a control character becomes ``?``)."""
    return "".join("?" if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in name)


class NameAnalyst:
    """ASGI middleware: while a response starts (when uvicorn writes its access line), the analyst the request's
    token named (``request.state.analyst``, set by :mod:`kg.web.auth`) is known to :class:`HideTokens`."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def named(message) -> None:
            state = scope.get("state")
            name = state.get("analyst") if message["type"] == "http.response.start" and isinstance(state, dict) \
                else None
            if not isinstance(name, str):
                await send(message)
                return
            token = _ANALYST.set(name)
            try:
                await send(message)
            finally:
                _ANALYST.reset(token)

        await self.app(scope, receive, named)


def install() -> None:
    """Add :class:`HideTokens` to uvicorn's access logger (once; uvicorn has configured its logging by the time
    the app starts)."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, HideTokens) for f in logger.filters):
        logger.addFilter(HideTokens())


__all__ = ["ACCESS_LOGGER", "HideTokens", "NameAnalyst", "install", "masked", "printable"]
