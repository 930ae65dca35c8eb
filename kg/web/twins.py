"""A page's twins by the ``Accept`` header: ``curl -H 'Accept: application/json' /doc/46-NQ/TW`` gets what
``/doc/46-NQ/TW.json`` gives, and ``Accept: text/csv`` on a named query its ``.csv``, as ``/sparql`` answers by
``Accept`` too (a researcher's client asks by media type, and got the HTML page).

One rule, as ASGI middleware: a GET or HEAD of a page address without a twin's suffix, from a client that prefers
a twin's media type to HTML (:func:`kg.web.formats.negotiate`: a browser's ``text/html, ..., */*;q=0.8`` and
curl's ``*/*`` keep the page), is routed to the twin's address; those answers, and the page's, say ``Vary: Accept``
so that a cache keeps them apart. The pages that have twins are named by their routes' paths in :data:`TWINS`.
"""

from __future__ import annotations

from starlette.routing import compile_path

from kg.web.formats import negotiate

#: the route of each page that has twins, and its twins' suffixes (the route's handler reads the suffix off its
#: path parameter, ``kg.web.render.split_suffix``, or a route of its own serves it: ``/changes.json``)
TWINS: dict[str, tuple[str, ...]] = {
    "/": ("json",), "/queries": ("json",), "/queries/{name}": ("json", "csv"), "/doc/{key:path}": ("json",),
    "/graph/{key:path}": ("json",), "/bodies": ("json",), "/bodies/{body_id:path}": ("json",),
    "/fact/{fid}": ("json",), "/quarantine": ("json",), "/changes": ("json",), "/changes/{number}/undo": ("json",), "/review": ("json",),
    "/review/{source}": ("json",), "/scoreboard/{key:path}": ("json",), "/ontology": ("json",),
    "/validate": ("json",), "/review/doubtful": ("json",),
}

#: the media type a client names for each twin
MEDIA = {"json": "application/json", "csv": "text/csv"}


def twin_path(route: str, path: str, accept: str | None) -> str | None:
    """The address of the twin that ``accept`` prefers to the page at ``path`` (matched by the route ``route``);
    None for the page itself."""
    suffixes = TWINS.get(route, ())
    home = route == "/"  # (its twin is /index.json)
    if not suffixes or path.endswith(tuple("." + s for s in suffixes)) or (path.endswith("/") and not home):
        return None
    chosen = negotiate(accept, ["text/html", *(MEDIA[s] for s in suffixes)])
    if chosen in (None, "text/html"):
        return None
    suffix = next(s for s in suffixes if MEDIA[s] == chosen)
    return (path + "index" if home else path) + "." + suffix


#: each route of :data:`TWINS` as the pattern it matches (starlette's own reading of a route's path)
_PATTERNS = [(route, compile_path(route)[0]) for route in TWINS]


def route_of(path: str) -> str | None:
    """The route of :data:`TWINS` that serves ``path`` (the address under the app's root), None for another page."""
    return next((route for route, pattern in _PATTERNS if pattern.match(path)), None)


class Twins:
    """ASGI middleware: :func:`twin_path` applied to each GET and HEAD, and ``Vary: Accept`` on pages with twins."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        route = route_of(path[len(root):] if root and path.startswith(root) else path)
        if route is None:
            return await self.app(scope, receive, send)
        accept = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == b"accept"), None)
        twin = twin_path(route, path, accept)
        if twin is not None:
            added = twin[len(path):]  # (".json", or "index.json" after the home page's "/")
            raw = scope.get("raw_path") or path.encode("utf-8")
            scope = {**scope, "path": twin, "raw_path": raw + added.encode("ascii")}

        async def varying(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"vary", b"Accept")]}
            await send(message)

        await self.app(scope, receive, varying)


def install(app) -> None:
    app.add_middleware(Twins)


__all__ = ["MEDIA", "TWINS", "Twins", "install", "route_of", "twin_path"]
