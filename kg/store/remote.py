"""A SPARQL 1.1 endpoint as the store's dataset.

``RemoteDataset`` offers the part of ``pyoxigraph.Store``'s interface that ``kg.store.Store``
and the web app use (``query``, ``update``, ``extend``, ``quads_for_pattern``,
``named_graphs``, ``remove_graph``, ``flush``, ``len`` and iteration), over the SPARQL 1.1
Protocol, so every command works the same on a local folder or on a triple store server.

Endpoint layouts are data (``LAYOUTS``): an Oxigraph server's base URL works as it is
(``/query``, ``/update``, ``/store``); Fuseki, GraphDB, QLever and Virtuoso are given by
``DKG_STORE_LAYOUT`` or explicit ``DKG_QUERY_URL`` / ``DKG_UPDATE_URL`` / ``DKG_GSP_URL`` (which win
over a layout); a caller that knows the server (the CLI, of a ``dkg serve``) names its layout.
``DKG_STORE_TOKEN`` (a bearer token) or ``DKG_STORE_USER`` / ``DKG_STORE_PASSWORD`` (basic
authentication) are sent with every request.

Writes are single SPARQL Update requests (a server applies one request as one transaction),
so a load is atomic on the server as it is locally.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import httpx
import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.sparqllex import blank_out, closing_brace, query_form, split_top_level, where_openings

@dataclass(frozen=True)
class Layout:
    """How one kind of server is spoken to (paths below the base URL and its habits)."""

    query: str
    update: str
    gsp: str | None
    #: how to ask for the union of the graphs as the default graph (``None``: the server answers
    #: so by itself, or must be configured so, see the README)
    union_param: str | None = None
    #: the path of both endpoints when a user is configured (``None``: the same paths)
    auth_path: str | None = None
    #: "basic" or "digest" authentication for ``DKG_STORE_USER`` / ``DKG_STORE_PASSWORD``
    auth_scheme: str = "basic"
    #: send queries and updates as HTML form fields rather than as a bare body
    form: bool = False
    #: at most this many triples in one ``INSERT DATA``/``DELETE DATA`` block (``None``: no limit)
    block_limit: int | None = None
    #: graphs the server keeps for itself in the same dataset (a pattern on the graph IRI)
    system_graphs: str | None = None
    #: at most this many characters in one update request (``None``: no limit); a larger write is
    #: sent in several requests, each its own transaction on the server
    request_limit: int | None = None


#: Endpoint layouts by server kind: an Oxigraph server's base URL works as it is.
LAYOUTS: dict[str, Layout] = {
    "oxigraph": Layout("/query", "/update", "/store", union_param="union-default-graph"),
    "fuseki": Layout("/query", "/update", "/data"),
    "graphdb": Layout("", "/statements", "/rdf-graphs/service"),
    "qlever": Layout("", "", None),
    # a dkg server (`dkg serve`): one /sparql whose default graph is already the union of the data graphs,
    # taking updates with its update token (DKG_STORE_TOKEN); no graph store protocol. The CLI writes to
    # such a server through its write routes (kg.client), not through this layout.
    "dkg": Layout("/sparql", "/sparql", None),
    # Virtuoso: one /sparql endpoint whose default graph is already the union of all graphs;
    # writes need a user with SPARQL_UPDATE on /sparql-auth (digest authentication). Its parser
    # gives up on a data block of a few thousand triples, and it keeps graphs of its own
    # (virtrdf#, the LDP ontology, its service description at <host>/sparql) beside ours. It
    # refuses a request of more than 10 MB.
    "virtuoso": Layout("/sparql", "/sparql", "/sparql-graph-crud", auth_path="/sparql-auth",
                       auth_scheme="digest", form=True, block_limit=1000, request_limit=4_000_000,
                       system_graphs=r"^http://www\.openlinksw\.com/schemas/virtrdf#|^http://www\.w3\.org/ns/ldp#$"
                                     r"|^https?://[^/]+/sparql$"),
}



def server_root(url: str, layout: Layout) -> str:
    """The base URL of the server ``url`` names, given as its root or as its query endpoint (a dkg server's
    ``.../sparql``, an Oxigraph server's ``.../query``)."""
    base = url.rstrip("/")
    return base[: -len(layout.query)] if layout.query and base.endswith(layout.query) else base


RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


@dataclass
class Endpoints:
    query: str
    update: str
    gsp: str | None
    union_param: str | None
    layout: Layout = LAYOUTS["oxigraph"]

    @classmethod
    def from_url(cls, url: str, layout: str | None = None) -> "Endpoints":
        layout = layout or os.environ.get("DKG_STORE_LAYOUT") or "oxigraph"
        if layout not in LAYOUTS:
            raise StoreError(f"unknown store layout {layout!r}", hint="one of: " + ", ".join(LAYOUTS))
        paths = LAYOUTS[layout]
        base = server_root(url, paths)
        signed_in = bool(os.environ.get("DKG_STORE_USER")) and paths.auth_path is not None
        query = paths.auth_path if signed_in and paths.auth_path is not None else paths.query
        update = paths.auth_path if signed_in and paths.auth_path is not None else paths.update
        return cls(
            query=os.environ.get("DKG_QUERY_URL") or base + query,
            update=os.environ.get("DKG_UPDATE_URL") or base + update,
            gsp=os.environ.get("DKG_GSP_URL") or (base + paths.gsp if paths.gsp else None),
            union_param=paths.union_param,
            layout=paths,
        )


def _auth(scheme: str = "basic") -> tuple[dict[str, str], httpx.Auth | None]:
    token = os.environ.get("DKG_STORE_TOKEN")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    user = os.environ.get("DKG_STORE_USER")
    password = os.environ.get("DKG_STORE_PASSWORD", "")
    auth: httpx.Auth | None = None
    if user:
        auth = httpx.DigestAuth(user, password) if scheme == "digest" else httpx.BasicAuth(user, password)
    return headers, auth


def bind_values(query: str, bindings: Mapping[ox.Variable, object]) -> str:
    """Bind variables by a ``VALUES`` block at the start of the WHERE clause.

    The values are RDF terms serialised by pyoxigraph (N-Triples syntax, escaped), never
    raw text; this is how a remote endpoint gets what ``substitutions`` does locally."""
    if not bindings:
        return query
    names = " ".join(f"?{v.value}" for v in bindings)
    row = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    code = blank_out(query)  # a 'WHERE {' inside a string, IRI or comment is not the clause
    openings = where_openings(code)
    if not openings:
        brace = code.find("{")
        if brace < 0:
            raise QueryError("cannot bind parameters: the query has no group pattern")
        return query[: brace + 1] + block + query[brace + 1:]
    return query[: openings[0]] + block + query[openings[0]:]


class RemoteDataset:
    """A SPARQL 1.1 Query/Update endpoint (with Graph Store Protocol) seen as a dataset."""

    #: at most this many operations in one request when a layout has a block limit (a larger write
    #: is sent in several requests, each its own transaction on the server)
    blocks_per_request = 200

    def __init__(self, url: str, *, layout: str | None = None, timeout: float = 60.0) -> None:
        self.url = url
        self.endpoints = Endpoints.from_url(url, layout)
        self.layout = self.endpoints.layout
        self._system = re.compile(self.layout.system_graphs) if self.layout.system_graphs else None
        headers, auth = _auth(self.layout.auth_scheme)
        self.client = httpx.Client(timeout=timeout, headers=headers, auth=auth)

    def __repr__(self) -> str:
        return f"RemoteDataset({self.url!r})"

    # --- HTTP ------------------------------------------------------------------------
    def _post(self, url: str, content: str, content_type: str, accept: str | None = None,
              params: Sequence[tuple[str, str]] | None = None) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        try:
            if self.layout.form:  # the operation as a form field, the protocol's other way
                field = "update" if content_type == "application/sparql-update" else "query"
                fields: dict[str, list[str]] = {field: [content]}
                for key, value in params or ():
                    fields.setdefault(key, []).append(value)
                resp = self.client.post(url, data=fields, headers=headers)
            else:
                headers["Content-Type"] = content_type + "; charset=utf-8"
                resp = self.client.post(url, content=content.encode("utf-8"), headers=headers,
                                        params=list(params or ()))
        except httpx.HTTPError as exc:
            raise StoreError(code="store-unreachable", details={"url": self.url, "why": str(exc)}) from None
        if resp.status_code == 400:
            raise QueryError(f"the store refused the request: {resp.text.strip()[:500]}")
        if resp.status_code in (401, 403):
            raise StoreError(f"the store at {self.url} refused access ({resp.status_code})",
                             hint="set DKG_STORE_TOKEN or DKG_STORE_USER/DKG_STORE_PASSWORD")
        if resp.status_code >= 300:
            raise StoreError(f"the store at {self.url} answered {resp.status_code}: {resp.text.strip()[:300]}")
        return resp

    def is_system_graph(self, graph) -> bool:
        """Is ``graph`` one the server keeps for itself (Virtuoso's virtrdf#, say)? Such graphs
        are left out of :meth:`named_graphs`, ``len`` and iteration, though a query over the
        union default graph still sees them (the README's table of servers says so)."""
        return self._system is not None and isinstance(graph, ox.NamedNode) and bool(self._system.search(graph.value))

    # --- the pyoxigraph.Store surface ----------------------------------------------------
    def query(self, query: str, *, use_default_graph_as_union: bool = False, default_graph=None,
              named_graphs=None, substitutions=None, **_ignored):
        query = bind_values(query, substitutions or {})
        params: list[tuple[str, str]] = []
        if default_graph is not None:
            graphs = default_graph if isinstance(default_graph, list) else [default_graph]
            params += [("default-graph-uri", g.value) for g in graphs if isinstance(g, ox.NamedNode)]
        elif use_default_graph_as_union and self.endpoints.union_param:
            params.append((self.endpoints.union_param, ""))
        params += [("named-graph-uri", g.value) for g in (named_graphs or [])]
        kind = query_form(query)
        accept = NTRIPLES if kind in ("CONSTRUCT", "DESCRIBE") else RESULTS_JSON
        resp = self._post(self.endpoints.query, query, "application/sparql-query", accept, params)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            return [ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(resp.content, format=ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(resp.content, format=ox.QueryResultsFormat.JSON)

    def update(self, update: str, **_ignored) -> None:
        if self.layout.block_limit is None:
            self._post(self.endpoints.update, update, "application/sparql-update")
        else:
            self._send(data_operations(update, self.layout.block_limit))

    def _send(self, ops: list[str]) -> None:
        """Operations in as few requests as the layout allows (one unless they pass its limits)."""
        size = self.layout.request_limit
        batch: list[str] = []
        used = 0
        for op in ops:
            if batch and (len(batch) >= self.blocks_per_request or (size is not None and used + len(op) > size)):
                self._post(self.endpoints.update, " ;\n".join(batch), "application/sparql-update")
                batch, used = [], 0
            batch.append(op)
            used += len(op) + 3
        if batch:
            self._post(self.endpoints.update, " ;\n".join(batch), "application/sparql-update")

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads by ``INSERT DATA``: one request (one transaction on the server), or for a
        server with a block limit, operations of at most that many triples (see
        :func:`data_operations`), up to ``blocks_per_request`` of them a request."""
        by_graph: dict[str, list[str]] = {}
        for q in quads:
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
        if not by_graph:
            return
        text = "INSERT DATA {\n" + "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" if g else "\n".join(lines)
                                             for g, lines in by_graph.items()) + "\n}"
        if self.layout.block_limit is None:
            self.update(text)
            return
        self._send(data_operations(text, self.layout.block_limit))

    def add(self, quad: ox.Quad) -> None:
        self.extend([quad])

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        s = str(subject) if subject is not None else "?s"
        p = str(predicate) if predicate is not None else "?p"
        o = str(object) if object is not None else "?o"
        if graph_name is None:
            sparql = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ {s} {p} {o} }} }}"
        else:
            sparql = f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph_name} {{ {s} {p} {o} }} }}"
        for row in self.query(sparql):
            if graph_name is None and self.is_system_graph(row["g"]):
                continue
            yield ox.Quad(subject if subject is not None else row["s"],
                          predicate if predicate is not None else row["p"],
                          object if object is not None else row["o"],
                          graph_name if graph_name is not None else row["g"])

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if not self.is_system_graph(row["g"]):
                yield row["g"]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def remove(self, quad: ox.Quad) -> None:
        triple = f"{quad.subject} {quad.predicate} {quad.object} ."
        graph = quad.graph_name
        self.update("DELETE DATA { " + (triple if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ {triple} }}") + " }")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def clear_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"CLEAR SILENT GRAPH {graph}")

    def flush(self) -> None:  # the server persists on its own
        return None

    def __len__(self) -> int:
        rows = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sum(int(row["n"].value) for row in rows if not self.is_system_graph(row["g"]))

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()

    def close(self) -> None:
        self.client.close()


# (on blanked code: the prologue's IRIs are spaces)
_OPERATION = re.compile(r"(\s*(?:(?:PREFIX\s+[\w.\-]*:|BASE)\s*)*)(INSERT|DELETE)\s+DATA\s*\{", re.IGNORECASE)
_GRAPH = re.compile(r"\s*GRAPH\b([^{]*)\{", re.IGNORECASE)


def _closing(text: str, i: int) -> int:
    """The index of the brace that closes the one opened just before ``text[i]``."""
    end = closing_brace(text, i)
    if end is None:
        raise QueryError("unbalanced braces in a SPARQL update")
    return end


def _statements(text: str, code: str) -> list[tuple[str, str]]:
    """The triple statements of a block, each as (text, code) (``code``: the same text blanked by
    ``blank_out``), split at the full stops that end them (a number's dot is followed by a digit)."""
    out, start = [], 0
    for m in [*re.finditer(r"\.(?=\s|$)", code), None]:
        end = m.start() if m is not None else len(code)
        if text[start:end].strip():
            out.append((text[start:end].strip(), code[start:end]))
        if m is not None:
            start = m.end()
    return out


_BNODE = re.compile(r"_:[A-Za-z0-9_][A-Za-z0-9_.\-]*")


def _components(items: list[tuple[str, str, str]]) -> list[list[int]]:
    """The statements grouped so that those sharing a blank node label stay together."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    first: dict[str, int] = {}
    for i, (_, _, code) in enumerate(items):
        for label in _BNODE.findall(code):
            parent[root(i)] = root(first.setdefault(label, i))
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def data_operations(update: str, limit: int) -> list[str]:
    """The operations of ``update``, with every ``INSERT DATA``/``DELETE DATA`` of more than
    ``limit`` triple statements cut into several of at most ``limit`` each (statements that share
    a blank node stay in one), and an ``INSERT DATA`` with blank nodes written as ``INSERT {...}
    WHERE {}``, which means the same. Virtuoso's parser gives up on a block of a few thousand
    triples and refuses blank nodes in ``INSERT DATA``. The text is cut only where its structure
    says: strings, IRIs and comments are hidden by :func:`kg.rdf.sparqllex.blank_out` first,
    and an update using ``[ ]`` blank nodes is left whole."""
    code = blank_out(update)
    if "[" in code:
        return [update]
    out = []
    for a, b in split_top_level(update, ";"):
        text, blank = update[a:b], code[a:b]
        m = _OPERATION.match(blank)
        if m is None:
            out.append(text)
            continue
        close = _closing(text, m.end())
        items: list[tuple[str, str, str]] = []  # (graph, statement, its code)
        i = m.end()
        while i < close:
            g = _GRAPH.match(blank, i, close)
            if g is None:
                nxt = blank.upper().find("GRAPH", i, close)
                stop = nxt if nxt >= 0 else close
                items += [("", st, c) for st, c in _statements(text[i:stop], blank[i:stop])]
                i = stop
                continue
            end = _closing(text, g.end())
            graph = text[g.start(1): g.end(1)].strip()
            items += [(graph, st, c) for st, c in _statements(text[g.end(): end], blank[g.end(): end])]
            i = end + 1
        prologue, kind = text[: m.end(1)], m.group(2).upper()
        bnodes = "_:" in blank
        if len(items) <= limit and not bnodes:
            out.append(text)
            continue
        chunks: list[list[int]] = [[]]
        for component in _components(items) if bnodes else [[i] for i in range(len(items))]:
            if chunks[-1] and len(chunks[-1]) + len(component) > limit:
                chunks.append([])
            chunks[-1].extend(component)
        for n, chunk in enumerate(chunks):
            groups: dict[str, list[str]] = {}
            for j in chunk:
                groups.setdefault(items[j][0], []).append(items[j][1])
            body = " ".join(f"GRAPH {g} {{ {_joined(sts)} }}" if g else _joined(sts) for g, sts in groups.items())
            with_bnodes = bnodes and any(_BNODE.search(items[j][2]) for j in chunk)
            out.append((prologue if n == 0 else "")
                       + (f"{kind} {{ {body} }} WHERE {{}}" if with_bnodes and kind == "INSERT" else f"{kind} DATA {{ {body} }}"))
    return [t for t in out if t.strip()]


def _joined(statements: list[str]) -> str:
    return " .\n".join(statements) + " ."


def split_data_blocks(update: str, limit: int) -> str:
    """``update`` rewritten by :func:`data_operations`, still one request (one transaction)."""
    return " ;\n".join(data_operations(update, limit))

