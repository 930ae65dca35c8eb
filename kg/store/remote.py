"""A SPARQL 1.1 endpoint as the store's dataset.

``RemoteDataset`` offers the part of ``pyoxigraph.Store``'s interface that ``kg.store.Store``
and the web app use (``query``, ``update``, ``extend``, ``quads_for_pattern``,
``named_graphs``, ``remove_graph``, ``flush``, ``len`` and iteration), over the SPARQL 1.1
Protocol, so every command works the same on a local folder or on a triple store server.

Endpoint layouts are data (``LAYOUTS``): an Oxigraph server's base URL works as it is
(``/query``, ``/update``, ``/store``); Fuseki, GraphDB and QLever are given by
``DKG_STORE_LAYOUT`` or explicit ``DKG_QUERY_URL`` / ``DKG_UPDATE_URL`` / ``DKG_GSP_URL``.
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
from kg.rdf.sparqllex import blank_out, query_form

#: Endpoint paths below a base URL, and how to ask for the union of the graphs as the
#: default graph (``None``: the server must be configured so, see the README).
LAYOUTS: dict[str, dict[str, str | None]] = {
    "oxigraph": {"query": "/query", "update": "/update", "gsp": "/store", "union_param": "union-default-graph"},
    "fuseki": {"query": "/query", "update": "/update", "gsp": "/data", "union_param": None},
    "graphdb": {"query": "", "update": "/statements", "gsp": "/rdf-graphs/service", "union_param": None},
    "qlever": {"query": "", "update": "", "gsp": None, "union_param": None},
}

RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


@dataclass
class Endpoints:
    query: str
    update: str
    gsp: str | None
    union_param: str | None

    @classmethod
    def from_url(cls, url: str, layout: str | None = None) -> "Endpoints":
        layout = layout or os.environ.get("DKG_STORE_LAYOUT") or "oxigraph"
        if layout not in LAYOUTS:
            raise StoreError(f"unknown store layout {layout!r}", hint="one of: " + ", ".join(LAYOUTS))
        paths = LAYOUTS[layout]
        base = url.rstrip("/")
        return cls(
            query=os.environ.get("DKG_QUERY_URL") or base + (paths["query"] or ""),
            update=os.environ.get("DKG_UPDATE_URL") or base + (paths["update"] or ""),
            gsp=os.environ.get("DKG_GSP_URL") or (base + paths["gsp"] if paths["gsp"] else None),
            union_param=paths["union_param"],
        )


def _auth() -> tuple[dict[str, str], httpx.BasicAuth | None]:
    token = os.environ.get("DKG_STORE_TOKEN")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    user = os.environ.get("DKG_STORE_USER")
    auth = httpx.BasicAuth(user, os.environ.get("DKG_STORE_PASSWORD", "")) if user else None
    return headers, auth


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


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
    m = _WHERE.search(code)
    if m is None:
        brace = code.find("{")
        if brace < 0:
            raise QueryError("cannot bind parameters: the query has no group pattern")
        return query[: brace + 1] + block + query[brace + 1:]
    return query[: m.end()] + block + query[m.end():]


class RemoteDataset:
    """A SPARQL 1.1 Query/Update endpoint (with Graph Store Protocol) seen as a dataset."""

    def __init__(self, url: str, *, layout: str | None = None, timeout: float = 60.0) -> None:
        self.url = url
        self.endpoints = Endpoints.from_url(url, layout)
        headers, auth = _auth()
        self.client = httpx.Client(timeout=timeout, headers=headers, auth=auth)

    def __repr__(self) -> str:
        return f"RemoteDataset({self.url!r})"

    # --- HTTP ------------------------------------------------------------------------
    def _post(self, url: str, content: str, content_type: str, accept: str | None = None,
              params: Sequence[tuple[str, str]] | None = None) -> httpx.Response:
        headers = {"Content-Type": content_type + "; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        try:
            resp = self.client.post(url, content=content.encode("utf-8"), headers=headers, params=list(params or ()))
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL store at {self.url}: {exc}",
                             hint="is the server running, and is the URL right?") from None
        if resp.status_code == 400:
            raise QueryError(f"the store refused the request: {resp.text.strip()[:500]}")
        if resp.status_code in (401, 403):
            raise StoreError(f"the store at {self.url} refused access ({resp.status_code})",
                             hint="set DKG_STORE_TOKEN or DKG_STORE_USER/DKG_STORE_PASSWORD")
        if resp.status_code >= 300:
            raise StoreError(f"the store at {self.url} answered {resp.status_code}: {resp.text.strip()[:300]}")
        return resp

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
        self._post(self.endpoints.update, update, "application/sparql-update")

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one INSERT DATA request (one transaction on the server)."""
        by_graph: dict[str, list[str]] = {}
        for q in quads:
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
        if not by_graph:
            return
        blocks = []
        for g, lines in by_graph.items():
            body = "\n".join(lines)
            blocks.append(f"GRAPH {g} {{\n{body}\n}}" if g else body)
        self.update("INSERT DATA {\n" + "\n".join(blocks) + "\n}")

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
            yield ox.Quad(subject if subject is not None else row["s"],
                          predicate if predicate is not None else row["p"],
                          object if object is not None else row["o"],
                          graph_name if graph_name is not None else row["g"])

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
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
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value) if rows else 0

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()

    def close(self) -> None:
        self.client.close()
