"""The app's absolute address (địa chỉ công khai), the one beginning of every absolute link it writes: the Atom
feed's links and ids, ``/sparql``'s endpoint in its service description and form, and the base IRI its queries
and updates resolve relative IRIs against.

Set by the operator (``dkg serve --public-url``, ``$DKG_PUBLIC_URL``), it is the only one used, whatever a request
says. Without it the app answers under the name or IP address each reader used, read from the request's ``Host``
header; that header is the client's to write, so one that is not a well-formed ``host[:port]`` is refused with 400
before any route reads it (:class:`HostCheck`): a forged one (``evil.example/x?y``, markup, two hosts) never reaches a
link, and a well-formed one names only a host, never a path. A cache in front of the server that keys on the path
alone could still keep a feed made for a well-formed forged host: the public address closes that too (README, "Running
it for an office").

Before the server starts, :func:`check_port` refuses a port another program listens on, in the user's language."""

from __future__ import annotations

import errno
import ipaddress
import json
import re
import socket
from urllib.parse import urlsplit

from fastapi import Request

from kg.errors import UsageError

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
#: a name (labels of letters, digits and inner hyphens; an IPv4 address is one) or an IPv6 address in brackets,
#: then an optional port
_HOST = re.compile(rf"(?P<name>{_LABEL}(?:\.{_LABEL})*\.?|\[(?P<ipv6>[0-9A-Fa-f:.]+)\])(?::(?P<port>[0-9]{{1,5}}))?")
#: the path of a public address: segments of unreserved characters, sub-delimiters and percent escapes
_PATH = re.compile(r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)*")


def well_formed_host(value: str) -> bool:
    """Is ``value`` a ``Host`` header's host[:port] (RFC 9110's ``uri-host [ ":" port ]``, without the
    percent-escaped names no browser sends): a DNS name or IPv4 address, or an IPv6 address in brackets, and a port
    up to 65535?"""
    found = _HOST.fullmatch(value)
    if found is None or len(value) > 255:
        return False
    if found["port"] is not None and not 0 < int(found["port"]) <= 65535:
        return False
    if found["ipv6"] is not None:
        try:
            ipaddress.IPv6Address(found["ipv6"])
        except ValueError:
            return False
    return True


def parse_public_url(text: str) -> str:
    """``--public-url``'s value as the app's absolute address, without its last slash: ``http`` or ``https``, a
    well-formed host[:port], an optional path (where a proxy mounts the app); no user, query or fragment."""
    value = text.strip()
    try:
        parts = urlsplit(value)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok, parts = False, None
    if parts is None or not port_ok or parts.scheme not in ("http", "https") or "@" in parts.netloc \
            or not well_formed_host(parts.netloc) or parts.query or parts.fragment or "?" in value or "#" in value \
            or not _PATH.fullmatch(parts.path):
        raise UsageError(code="public-url-bad", details={"value": repr(text)})
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def public_base(request: Request) -> str:
    """The app's absolute address for ``request``, without a last slash: the public address where one is set, else
    the scheme, the host the reader asked for (checked by :class:`HostCheck`; the server's own address where the
    request named none) and the path the app is mounted at."""
    configured = request.app.state.settings.public_url
    if configured:
        return configured
    host = request.headers.get("host", "")
    if not host:
        server = request.scope.get("server") or ("127.0.0.1", 80)
        name = f"[{server[0]}]" if ":" in str(server[0]) else str(server[0])
        host = name if server[1] is None else f"{name}:{server[1]}"
    return f"{request.url.scheme}://{host}{request.scope.get('root_path', '').rstrip('/')}"


class HostCheck:
    """ASGI middleware: 400 for a request whose ``Host`` header is not one well-formed host[:port] (two of them, a
    path, a user, markup, a space): nothing of the app runs for it. (Two of them uvicorn's parser refuses first.)"""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        hosts = [value for name, value in scope.get("headers", []) if name.lower() == b"host"]
        text = hosts[0].decode("latin-1") if len(hosts) == 1 else None
        if hosts and (text is None or (text and not well_formed_host(text))):
            error = UsageError(code="bad-host")  # (the header not said back: nothing of it is written anywhere)
            body = json.dumps(error.to_json(), ensure_ascii=False).encode("utf-8")
            await send({"type": "http.response.start", "status": 400,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def install(app) -> None:
    app.add_middleware(HostCheck)


def check_port(host: str, port: int, url: str) -> None:
    """Refuse, before the server starts, a ``port`` of ``host`` that another program listens on (``url``: the address
    said): uvicorn would report it only after the server's start had been announced, in its own English words. The
    socket is set as uvicorn sets its own (reusing an address a closed connection still waits on), so only a
    listener is refused."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror:
        return  # (a host that does not resolve: uvicorn says so)
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UsageError(code="port-in-use", details={
                    "url": url, "port": str(port), "other": str(port + 1 if port < 65535 else 8000)}) from None


__all__ = ["HostCheck", "check_port", "install", "parse_public_url", "public_base", "well_formed_host"]
