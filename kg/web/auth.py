"""The one check of the update token, for every route that writes: SPARQL Update, review
decisions and assessments, loads, ingests and the other ``/store`` writes.

403 when the server was started without a token (it takes no writes at all); 401, with
``WWW-Authenticate: Bearer``, when a token is configured and the request lacks it or sends
another one. The comparison takes the same time whatever the token sent. The token comes in the
``Authorization: Bearer`` header, except from the review pages' plain forms (the upload, a fact's
decision), which a browser sends without JavaScript: there it is the form's password field
(:func:`require_form_token`), checked in the same way. No cookie carries it (a cookie would need defences against cross-site requests).
A form is a request any site may make a browser send (no CORS preflight), so a form's write is also refused,
403, when the browser says it comes from a page of another site (:func:`foreign_origin`): only the server's own
pages post its forms, and a page elsewhere that knew the token would otherwise write with it.
A refusal names what was refused by a phrase of ``kg.i18n.ERRORS``, so that a page says it in its language.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import Request

from kg.errors import DkgError, Words
from kg.web.errors import Forbidden


class Unauthorized(DkgError):
    """A write without the right update token."""

    status = 401
    kind = "unauthorized"
    headers = {"WWW-Authenticate": "Bearer"}


def _what(what: str) -> dict:
    """The details of a refusal: what was refused, a phrase of ``kg.i18n.ERRORS`` (``what.<what>``), said in the
    reader's language (a page in Vietnamese says it in Vietnamese)."""
    return {"what": Words("what." + what)}


def server_token(request: Request, what: str = "write") -> str:
    """The server's update token; 403 for ``what`` (``write``, ``sparql-update``, ``review-decision``,
    ``assessment``, ``upload``) where the server was started without one."""
    token = request.app.state.settings.update_token
    if not token:
        raise Forbidden(code="writes-off", details=_what(what))
    return token


def require_update_token(request: Request, what: str = "write") -> None:
    """Refuse ``what`` (see :func:`server_token`) unless the request carries the server's update token."""
    token = server_token(request, what)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized(code="needs-token", details=_what(what))


def foreign_origin(request: Request) -> str | None:
    """The other site a browser says the request comes from, or None where it comes from this server's pages or
    from a client that is no browser (which sends neither header). ``Sec-Fetch-Site`` is the browser's own word
    and holds behind a reverse proxy; a browser without it is judged by ``Origin`` against the host it asked for
    (``X-Forwarded-Host`` where a proxy gives it), the scheme left aside since a proxy may end HTTPS."""
    origin = request.headers.get("origin")
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return None if site in ("same-origin", "none") else (origin or site)
    if origin is None:
        return None
    hosts = {h.strip().lower() for name in ("host", "x-forwarded-host") for h in request.headers.get(name, "").split(",")}
    return None if urlsplit(origin).netloc.lower() in hosts - {""} else origin


def require_form_token(request: Request, given: str | None, what: str = "write") -> None:
    """Refuse ``what`` unless ``given``, the token field of a form the request posted, is the server's
    update token (the check of :func:`require_update_token`, for a browser without JavaScript), and the
    form was posted from this server's own pages (403 naming the other site, see :func:`foreign_origin`)."""
    token = server_token(request, what)
    if (other := foreign_origin(request)) is not None:
        raise Forbidden(code="cross-origin", details={**_what(what), "origin": other})
    if given is None or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized(code="needs-form-token", details=_what(what))


__all__ = ["Unauthorized", "foreign_origin", "require_form_token", "require_update_token", "server_token"]
