"""The server's log of requests (nhật ký truy cập) without the tokens a client put in an address.

A write's token is read from the ``Authorization`` header or a form's field only (:mod:`kg.web.auth`), but a
client may still send it in the address (``/sparql?access_token=...``): the request is refused, and the address
would be written whole in the log of every request, where whoever reads the log would find the token.
:class:`HideTokens` masks the value of each query parameter so named (:func:`kg.web.auth.looks_like_a_token`)
in the lines of uvicorn's access log; :func:`install` adds it once, when the app starts.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, quote, urlsplit

from kg.web.auth import looks_like_a_token

#: uvicorn's logger of requests, and the place of the path (with its query) among a line's arguments
ACCESS_LOGGER = "uvicorn.access"
PATH_ARGUMENT = 2
MASK = "***"


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
                record.args = (*args[:PATH_ARGUMENT], masked(path), *args[PATH_ARGUMENT + 1:])
        return True


def install() -> None:
    """Add :class:`HideTokens` to uvicorn's access logger (once; uvicorn has configured its logging by the time
    the app starts)."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, HideTokens) for f in logger.filters):
        logger.addFilter(HideTokens())


__all__ = ["ACCESS_LOGGER", "HideTokens", "install", "masked"]
