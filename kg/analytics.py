"""Cascade analytics with networkx: the graph of a document's cascade and what it says.

``cascade_graph(store, doc)`` is the graph the viz module and the web app draw: the root document
and every document that reaches it through ``dkg:implements``, ``dkg:continues`` or ``dkg:guides``
(directly or through others), with those links as edges (child -> parent, attribute ``relation``).
Node attributes are plain strings or None: ``key, label, level, type, issuer, place, date`` (ISO)
and ``iri``; edges also carry ``lag_days`` (int or None: days from the parent's date to the child's).

``analyze(store, doc)`` reports, for that cascade: depth and breadth per level, the critical path
(the root-to-leaf chain of implementing links with the largest sum of lag days), the centrality of
the bodies in the assignment network of the cascade's tasks (bodies and tasks as a bipartite graph:
degree and betweenness, the latter estimated from 100 sampled sources beyond 1,000 nodes),
and for the whole store the orphans (non-central documents that implement no document the store
knows) and the central documents with no known implementation (leaving
out central documents that themselves implement or guide another, such as a guidance).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox

from kg.errors import NotFound
from kg.facts import LEVEL_RANK
from kg.i18n import CLI_TEXT, day_said, format_number, query_code, words_said
from kg.queries import execute, python_value, resolve_document, run, values_block
from kg.rdf.identity import concept
from kg.rdf.terms import OxTerm
from kg.rdf.vocab import ASSIGNED, ROLES, role_path, sparql_prefixes
from kg.text.dockeys import key_name

RELATIONS = ("implements", "continues", "guides")
#: How many orphans / unimplemented documents a report lists (the counts are complete).
LIST_LIMIT = 100

_PREFIXES = sparql_prefixes("dkg", "rdfs")

_ROOTS = _PREFIXES + """
SELECT DISTINCT ?doc ?root WHERE {
  { ?root dkg:key ?doc } UNION { ?doc dkg:key ?k . ?root dkg:key ?k . FILTER(?root = ?doc) }
}"""

_NODES = _PREFIXES + """
SELECT DISTINCT ?doc ?node WHERE {
  # the root and what reaches it (not a `*` path: Oxigraph enumerates every node for its zero
  # length when the subject is unbound)
  { { { ?root dkg:key ?doc } UNION { ?doc dkg:key ?k . ?root dkg:key ?k . FILTER(?root = ?doc) } } BIND(?root AS ?node) }
  UNION { { { ?root dkg:key ?doc } UNION { ?doc dkg:key ?k . ?root dkg:key ?k . FILTER(?root = ?doc) } } ?node (dkg:implements|dkg:continues|dkg:guides)+ ?root }
}"""

#: What the graph shows of each node (given as ``VALUES ?node``), one row per value: a branch per
#: attribute rather than one row joining them all, whose rows multiply (two labels, three issuers'
#: labels in two languages, two places ...) with every text that names the same document.
_NODE_VALUES = _PREFIXES + """
SELECT ?node ?what ?value WHERE {
  { ?node dkg:key ?value BIND("key" AS ?what) }
  UNION { ?node rdfs:label ?value BIND("label" AS ?what) }
  UNION { ?node dkg:level ?lv BIND(REPLACE(STR(?lv), "^.*/", "") AS ?value) BIND("level" AS ?what) }
  UNION { ?node dkg:typeCode ?value BIND("type" AS ?what) }
  UNION { ?node dkg:issuer/rdfs:label ?value BIND("issuer" AS ?what) }
  UNION { ?node dkg:issuerCode ?value BIND("issuer_code" AS ?what) }
  UNION { ?node dkg:jurisdiction/rdfs:label ?value BIND("place" AS ?what) }
  UNION { ?node dkg:dateIssued ?value BIND("date" AS ?what) }
}"""

_EDGES = _PREFIXES + """
SELECT DISTINCT ?doc ?child ?parent ?rel WHERE {
  { ?root dkg:key ?doc } UNION { ?doc dkg:key ?k . ?root dkg:key ?k . FILTER(?root = ?doc) }
  ?child (dkg:implements|dkg:continues|dkg:guides)+ ?root .
  VALUES (?p ?rel) { (dkg:implements "implements") (dkg:continues "continues") (dkg:guides "guides") }
  ?child ?p ?parent .
  ?parent (dkg:implements|dkg:continues|dkg:guides)* ?root .
}"""

_TASKS = _PREFIXES + """
SELECT DISTINCT ?doc ?task ?body ?role ?name WHERE {
  { { { ?root dkg:key ?doc } UNION { ?doc dkg:key ?k . ?root dkg:key ?k . FILTER(?root = ?doc) } } BIND(?root AS ?src) }
  UNION { { { ?root dkg:key ?doc } UNION { ?doc dkg:key ?k . ?root dkg:key ?k . FILTER(?root = ?doc) } } ?src (dkg:implements|dkg:continues|dkg:guides)+ ?root }
  ?task dkg:underDocument ?src .
  {
    VALUES (?p ?role) { """ + " ".join(f'(<{r.prop}> "{r.column}")' for r in ROLES) + """ }
    ?task ?p ?body .
  } UNION {
    # assigned with no more specific role (an inferred dkg:assignedBody adds nothing)
    ?task <""" + str(ASSIGNED.prop) + """> ?body .
    FILTER NOT EXISTS { ?task """ + role_path() + """ ?body }
    BIND(""" + f'"{ASSIGNED.column}"' + """ AS ?role)
  }
  OPTIONAL { ?body rdfs:label ?name }
}"""

_ORPHANS = _PREFIXES + """
SELECT ?document (SAMPLE(?key_) AS ?key) (SAMPLE(?level_) AS ?level) (SAMPLE(?place_) AS ?place)
       (SAMPLE(?date_) AS ?date) WHERE {
  ?document dkg:key ?key_ ; dkg:level ?lv .
  FILTER(?lv != <""" + str(concept("level", "central")) + """>)
  # OPTIONAL + !BOUND rather than FILTER NOT EXISTS over a join: the engine plans it far better
  # (bench/RESULTS-notes.md, "Orphans")
  OPTIONAL { ?document dkg:implements ?known . ?known dkg:key ?anyKey }
  FILTER(!BOUND(?known))
  BIND(REPLACE(STR(?lv), "^.*/", "") AS ?level_)
  OPTIONAL { ?document dkg:jurisdiction/rdfs:label ?place_ }
  OPTIONAL { ?document dkg:dateIssued ?date_ }
}
GROUP BY ?document ORDER BY ?key"""

_UNIMPLEMENTED = _PREFIXES + """
SELECT ?document (SAMPLE(?key_) AS ?key) (SAMPLE(?type_) AS ?type) (SAMPLE(?date_) AS ?date) WHERE {
  ?document dkg:key ?key_ ; dkg:level <""" + str(concept("level", "central")) + """> .
  FILTER NOT EXISTS { ?other dkg:implements ?document }
  FILTER NOT EXISTS { ?document dkg:implements|dkg:guides ?carried }
  OPTIONAL { ?document dkg:typeCode ?type_ }
  OPTIONAL { ?document dkg:dateIssued ?date_ }
}
GROUP BY ?document ORDER BY ?key"""


#: The most documents of a cascade the as-of view asks the cascade query for.
CASCADE_ROWS = 100_000


def _rows(store, sparql: str, bindings: Mapping[str, OxTerm] | None = None) -> list[dict]:
    result = execute(store, sparql, bindings)
    names = [v.value for v in result.variables]
    return [{n: python_value(sol[n]) for n in names} for sol in result]


def _str(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def roots(store, doc: str) -> list[str]:
    """The IRIs a ``doc`` key or IRI designates (NotFound when none)."""
    term = resolve_document(store, doc)
    found = sorted({r["root"] for r in _rows(store, _ROOTS, {"doc": term})})
    if not found:
        raise NotFound(code="query-no-document", details={"key": repr(doc)})
    return found


def cascade_graph(store, doc: str, as_of: str | None = None) -> nx.DiGraph:
    """The cascade of ``doc`` as a directed graph (edges child -> parent). ``graph.graph`` holds
    ``doc`` and ``roots`` (the root IRIs; more than one when a key names several documents).
    With ``as_of`` (``YYYY-MM-DD``), the documents the cascade query keeps on that day (issued,
    not replaced and made known by then) and the roots."""
    term = resolve_document(store, doc)
    b = {"doc": term}
    g = nx.DiGraph(doc=doc, roots=roots(store, doc))
    for node, r in _node_values(store, [r["node"] for r in _rows(store, _NODES, b)]).items():
        key = _str(r.get("key"))
        g.add_node(node, iri=node, key=key, key_name=key_name(key) if key else None, label=_str(r.get("label")),
                   level=_str(r.get("level")), type=_str(r.get("type")),
                   issuer=_str(r.get("issuer", r.get("issuer_code"))), place=_str(r.get("place")), date=_str(r.get("date")))
    for r in _rows(store, _EDGES, b):
        child, parent = r["child"], r["parent"]
        if child not in g or parent not in g:
            continue
        g.add_edge(child, parent, relation=r["rel"], lag_days=_lag(g.nodes[parent].get("date"),
                                                                     g.nodes[child].get("date")))
    if as_of is not None:
        known = {r["document"] for r in run(store, "cascade", {"doc": doc, "as_of": as_of,
                                                               "limit": str(CASCADE_ROWS)}).rows}
        g.remove_nodes_from([n for n in list(g) if n not in known and n not in g.graph["roots"]])
        g.graph["as_of"] = as_of
    return g


def _node_values(store, nodes: list[str]) -> dict[str, dict]:
    """Each of ``nodes`` (IRIs, in order) with the first value the store gives of each attribute
    (an issuer's label before its code)."""
    out: dict[str, dict] = {node: {} for node in dict.fromkeys(nodes)}
    if out:
        sparql = values_block(_NODE_VALUES, {"node": [ox.NamedNode(n) for n in out]})
        for r in _rows(store, sparql):
            out[r["node"]].setdefault(r["what"], r["value"])
    return out


def _lag(parent_date: str | None, child_date: str | None) -> int | None:
    if not parent_date or not child_date:
        return None
    try:
        return (_dt.date.fromisoformat(child_date[:10]) - _dt.date.fromisoformat(parent_date[:10])).days
    except ValueError:
        return None


@dataclass
class Analysis:
    doc: str
    roots: list[str]
    documents: int
    edges: int
    depth: int
    levels: dict[str, dict] = field(default_factory=dict)
    breadth_by_depth: dict[int, int] = field(default_factory=dict)
    critical_path: list[dict] = field(default_factory=list)
    critical_path_days: int | None = None
    bodies: list[dict] = field(default_factory=list)
    orphans: list[dict] = field(default_factory=list)
    orphans_total: int = 0
    unimplemented: list[dict] = field(default_factory=list)
    unimplemented_total: int = 0

    def to_json(self) -> dict:
        return {
            "doc": self.doc, "roots": self.roots, "documents": self.documents, "edges": self.edges,
            "depth": self.depth, "levels": self.levels,
            "breadth_by_depth": {str(k): v for k, v in self.breadth_by_depth.items()},
            "critical_path": self.critical_path, "critical_path_days": self.critical_path_days,
            "bodies": self.bodies,
            "orphans": {"total": self.orphans_total, "listed": self.orphans},
            "unimplemented_central": {"total": self.unimplemented_total, "listed": self.unimplemented},
        }

    def to_text(self, lang: str = "en") -> str:
        """The analysis as ``dkg analyze`` prints it, in ``lang`` (vi or en)."""
        words = CLI_TEXT[lang]

        # (its days, counts and measures as the other commands write them, kg.i18n: "15/04/2024", "0,300" in
        # Vietnamese; a document by the name a reader gives it, as the tables name it)
        def said(key: str, **values) -> str:
            return words_said(words[key], lang, **values)

        def level_name(level: str | None) -> str:
            return (query_code("level", level, lang) if level else None) or level or ""

        def measure(value: float) -> str:
            return format_number(value, lang, places=3)

        out = [said("analyze.cascade", doc=key_name(self.doc), documents=self.documents, edges=self.edges,
                    depth=self.depth)]
        out.append(words["analyze.levels"])
        for level, info in self.levels.items():
            out.append(f"  {level_name(level):<10} {format_number(info['documents'], lang):>5}   "
                       f"{words['analyze.depth']} {info['min_depth']}-{info['max_depth']}")
        out.append(words["analyze.breadth"] + " " + ", ".join(f"{d}: {format_number(n, lang)}"
                                                              for d, n in self.breadth_by_depth.items()))
        if self.critical_path:
            days = (said("analyze.days", days=self.critical_path_days)
                    if self.critical_path_days is not None else words["analyze.unknown"])
            out.append(said("analyze.critical", days=days))
            for step in self.critical_path:
                lag = "" if step.get("lag_days") is None else "  " + said("analyze.lag", days=step["lag_days"])
                out.append(f"  {key_name(step.get('key')) or step['iri']}  {level_name(step.get('level'))}  "
                           f"{day_said(step.get('date'), lang)}{lag}".rstrip())
        if self.bodies:
            out.append(words["analyze.bodies"])
            for b in self.bodies[:10]:
                out.append(f"  {format_number(b['tasks'], lang):>4}  {measure(b['degree'])}  {measure(b['betweenness'])}  "
                           f"{b.get('name') or b['body']}")
        out.append(said("analyze.orphans", count=self.orphans_total))
        for o in self.orphans[:20]:
            out.append(f"  {key_name(o['key'])}  {level_name(o.get('level'))}  {o.get('place') or ''}".rstrip())
        out.append(said("analyze.unimplemented", count=self.unimplemented_total))
        for u in self.unimplemented[:20]:
            out.append(f"  {key_name(u['key'])}  {day_said(u.get('date'), lang)}".rstrip())
        return "\n".join(out)


def _depths(g: nx.DiGraph, roots: list[str]) -> dict[str, int]:
    """Fewest links from each node up to a root."""
    rev = g.reverse(copy=False)
    depth: dict[str, int] = {}
    for r in roots:
        if r in g:
            for node, d in nx.single_source_shortest_path_length(rev, r).items():
                depth[node] = min(d, depth.get(node, d))
    return depth


def critical_path(g: nx.DiGraph, roots: list[str]) -> tuple[list[str], int]:
    """The root-to-leaf chain of ``implements`` links with the largest sum of lag days (a lag that
    is unknown counts 0). Ties go to the longer chain, then to the chain whose IRIs sort last."""
    down = nx.DiGraph()
    down.add_nodes_from(g.nodes)
    down.add_edges_from((v, u, d) for u, v, d in g.edges(data=True) if d.get("relation") == "implements")
    if not nx.is_directed_acyclic_graph(down):  # bad data: keep a DFS tree from the roots
        tree = nx.DiGraph()
        tree.add_nodes_from(down.nodes)
        for r in roots:
            if r in down:
                tree.add_edges_from((a, b, down.edges[a, b]) for a, b in nx.dfs_edges(down, r)
                                    if not nx.has_path(tree, b, a))
        down = tree
    best: dict[str, tuple[int, int, list[str]]] = {}
    for node in nx.topological_sort(down):
        if node in roots:
            best[node] = (0, 1, [node])
            continue
        cands = [(best[p][0] + (down.edges[p, node].get("lag_days") or 0), best[p][1] + 1, best[p][2] + [node])
                 for p in down.predecessors(node) if p in best]
        if cands:
            best[node] = max(cands, key=lambda c: (c[0], c[1], c[2]))
    leaves = [n for n in best if not any(s in best for s in down.successors(n))]
    if not leaves:
        return [], 0
    total, _, path = max((best[n] for n in leaves), key=lambda c: (c[0], c[1], c[2]))
    return path, total


def body_centrality(store, doc: str) -> list[dict]:
    term = resolve_document(store, doc)
    rows = _rows(store, _TASKS, {"doc": term})
    g = nx.Graph()
    names: dict[str, str | None] = {}
    roles: dict[str, dict[str, int]] = {}
    for r in rows:
        body, task = "body:" + r["body"], "task:" + r["task"]
        g.add_node(body, bipartite=0)
        g.add_node(task, bipartite=1)
        g.add_edge(body, task)
        names[r["body"]] = names.get(r["body"]) or r.get("name")
        roles.setdefault(r["body"], {}).setdefault(r["role"], 0)
        roles[r["body"]][r["role"]] += 1
    if not g:
        return []
    bodies = [n for n, d in g.nodes(data=True) if d["bipartite"] == 0]
    degree = nx.bipartite.degree_centrality(g, bodies)
    # exact up to 1,000 nodes; beyond, estimated from 100 sampled sources (seeded: reproducible)
    k = None if g.number_of_nodes() <= 1000 else 100
    between = nx.betweenness_centrality(g, k=k, seed=7, normalized=True)
    out = []
    for b in bodies:
        iri = b[len("body:"):]
        out.append({"body": iri, "name": names.get(iri), "tasks": g.degree(b),
                    "roles": dict(sorted(roles.get(iri, {}).items())),
                    "degree": round(degree[b], 4), "betweenness": round(between[b], 4)})
    out.sort(key=lambda x: (-x["tasks"], -x["betweenness"], x["name"] or x["body"]))
    return out


def analyze(store, doc: str) -> Analysis:
    g = cascade_graph(store, doc)
    rts = g.graph["roots"]
    depth = _depths(g, rts)
    levels: dict[str, dict] = {}
    for node, data in g.nodes(data=True):
        lv = data.get("level") or "unknown"
        d = depth.get(node)
        info = levels.setdefault(lv, {"documents": 0, "min_depth": None, "max_depth": None})
        info["documents"] += 1
        if d is not None:
            info["min_depth"] = d if info["min_depth"] is None else min(info["min_depth"], d)
            info["max_depth"] = d if info["max_depth"] is None else max(info["max_depth"], d)
    levels = dict(sorted(levels.items(), key=lambda kv: LEVEL_RANK.get(kv[0], 9)))
    breadth: dict[int, int] = {}
    for d in depth.values():
        breadth[d] = breadth.get(d, 0) + 1
    path, days = critical_path(g, rts)
    steps = []
    for i, n in enumerate(path):
        data = g.nodes[n]
        lag = g.edges[n, path[i - 1]].get("lag_days") if i else None
        steps.append({"iri": n, "key": data.get("key"), "level": data.get("level"), "date": data.get("date"),
                      "lag_days": lag})
    orphans = [{k: _str(v) for k, v in r.items()} for r in _rows(store, _ORPHANS)]
    unimpl = [{k: _str(v) for k, v in r.items()} for r in _rows(store, _UNIMPLEMENTED)]
    return Analysis(
        doc=doc, roots=rts, documents=g.number_of_nodes(), edges=g.number_of_edges(),
        depth=max(depth.values(), default=0), levels=levels, breadth_by_depth=dict(sorted(breadth.items())),
        critical_path=steps, critical_path_days=days if len(path) > 1 else None,
        bodies=body_centrality(store, doc)[:25],
        orphans=orphans[:LIST_LIMIT], orphans_total=len(orphans),
        unimplemented=unimpl[:LIST_LIMIT], unimplemented_total=len(unimpl),
    )
