"""Security headers on every response, and CORS for ``/sparql`` and the JSON routes.

* ``Content-Security-Policy``: scripts only from the app itself, plus the inline scripts the
  pages need, each allowed by its hash (the cascade view's start-up call; the ``/docs`` page
  sets its own policy with the hash of its Swagger UI start-up script). Nothing may frame the
  pages (``frame-ancestors 'none'``), forms post only to the app, no plugins.
* ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``, ``X-Frame-Options`` (for browsers
  older than ``frame-ancestors``).
* CORS: ``/sparql`` and the JSON routes may be read by pages of any origin (``*``), without
  credentials: a browser tool elsewhere can query, but never with a user's cookies or the
  update token (``Authorization`` is not an allowed request header).

Written as plain ASGI middleware so that it adds headers without buffering response bodies.
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

from viz.cascade import script_json

#: the cascade view's start-up script, as ``viz.cascade_fragment`` writes it for the app's pages
CASCADE_START = f"dkgCascade(document.getElementById({script_json('dkg-cascade')}));"


def script_hash(script: str) -> str:
    """The CSP source expression allowing the inline script ``script``."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


class _InlineScripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        self._open = tag == "script" and "src" not in names and \
            names.get("type", "text/javascript") in ("text/javascript", "module", "")
        if self._open:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._open = False

    def handle_data(self, data):
        if self._open:
            self.scripts[-1] += data


def inline_scripts(page: str) -> list[str]:
    """The inline scripts of a page the app generated itself (for their hashes)."""
    parser = _InlineScripts()
    parser.feed(page)
    return parser.scripts


def policy(*inline_scripts: str) -> str:
    scripts = " ".join(["'self'", *(script_hash(s) for s in inline_scripts)])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",  # style attributes set by the vendored widgets
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


DEFAULT_POLICY = policy(CASCADE_START)

CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Accept, Content-Type"


def cors_path(path: str) -> bool:
    return path == "/sparql" or path.endswith(".json")


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP response, and CORS preflights."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        cors = cors_path(path)
        request_headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if cors and scope["method"] == "OPTIONS" and b"access-control-request-method" in request_headers:
            await send({"type": "http.response.start", "status": 204,
                        "headers": self._common(cors, preflight=True)})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self._common(cors) if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)

    @staticmethod
    def _common(cors: bool, preflight: bool = False) -> list[tuple[bytes, bytes]]:
        out = [
            (b"content-security-policy", DEFAULT_POLICY.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
        ]
        if cors:
            out.append((b"access-control-allow-origin", b"*"))
            if preflight:
                out += [(b"access-control-allow-methods", CORS_METHODS.encode()),
                        (b"access-control-allow-headers", CORS_HEADERS.encode()),
                        (b"access-control-max-age", b"600")]
            else:
                out.append((b"access-control-expose-headers", b"X-DKG-Truncated, X-DKG-Row-Cap"))
        return out


def install(app) -> None:
    app.add_middleware(SecurityHeaders)


__all__ = ["CASCADE_START", "DEFAULT_POLICY", "SecurityHeaders", "inline_scripts", "install", "policy",
           "script_hash"]
