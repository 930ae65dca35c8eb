"""The one check of the update token, for every route that writes: SPARQL Update, review
decisions and assessments, loads, ingests and the other ``/store`` writes.

403 when the server was started without a token (it takes no writes at all); 401, with
``WWW-Authenticate: Bearer``, when a token is configured and the request lacks it or sends
another one. The comparison takes the same time whatever the token sent. The token comes in the
``Authorization: Bearer`` header, except from the review pages' plain forms (the upload, a fact's
decision), which a browser sends without JavaScript: there it is the form's password field
(:func:`require_form_token`), checked in the same way. No cookie carries it (a cookie would need defences against cross-site requests).
"""

from __future__ import annotations

import hmac

from fastapi import Request

from kg.errors import DkgError
from kg.web.errors import Forbidden


class Unauthorized(DkgError):
    """A write without the right update token."""

    status = 401
    kind = "unauthorized"
    headers = {"WWW-Authenticate": "Bearer"}


def server_token(request: Request, what: str = "a write") -> str:
    """The server's update token; 403 for ``what`` where the server was started without one."""
    token = request.app.state.settings.update_token
    if not token:
        raise Forbidden(f"{what} is refused: this server was started without an update token, so it takes no writes",
                        hint="start `dkg serve` with --update-token (or $DKG_UPDATE_TOKEN) to allow writes")
    return token


def require_update_token(request: Request, what: str = "a write") -> None:
    """Refuse ``what`` (e.g. "SPARQL Update") unless the request carries the server's update token."""
    token = server_token(request, what)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized(f"{what} needs the server's update token",
                           hint="send Authorization: Bearer <token>; the CLI reads it from $DKG_UPDATE_TOKEN")


def require_form_token(request: Request, given: str | None, what: str = "a write") -> None:
    """Refuse ``what`` unless ``given``, the token field of a form the request posted, is the server's
    update token (the check of :func:`require_update_token`, for a browser without JavaScript)."""
    token = server_token(request, what)
    if given is None or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized(f"{what} needs the server's update token",
                           hint="type the server's update token (DKG_UPDATE_TOKEN where it runs) in the form's token field")


__all__ = ["Unauthorized", "require_form_token", "require_update_token", "server_token"]
