"""The fast validation engine behind ``kg.validate.validation.validate(engine="fast"|"auto")``.

pyshacl is the reference for what the shapes mean, but it evaluates every constraint node by node
in Python: minutes at 1M triples, and most of it in the SHACL-SPARQL constraints, which it runs
once per focus node. This engine splits the shapes graph in three:

* **core shapes** (every constraint component listed in ``CORE_COMPONENTS``) go to the ``shacl``
  package, a SHACL Core validator written in Rust;
* **SHACL-SPARQL shapes** whose query can be evaluated set-wise (``sparql_plan`` says which) run
  as *one* query each over an in-memory Oxigraph store: ``$this`` becomes a variable joined with
  the shape's targets, instead of one pre-bound query per focus node. The results are read the way
  pyshacl reads them (``?this``/``?path``/``?value``, the focus node when ``?value`` is unbound on a
  node shape, duplicate rows dropped);
* **the rest** (a component or target nobody has checked here, a SPARQL query this module cannot
  rewrite) is left to pyshacl by ``kg.validate.validation``.

Which components count as "handled identically" is a list kept in code, not a guess: it holds the
components the project's shapes use, and ``tests/test_validate_engines.py`` checks on every shape
fixture and on generated data with injected defects that the results equal pyshacl's. A shape
that uses anything else is validated by pyshacl until that list (and the test) says otherwise.

Known limits, and why they do not bite on these shapes: an Oxigraph store keeps typed literals in
canonical form (``"60.0"^^xsd:decimal`` is read back as ``"60"``), so a SPARQL filter over
``STR()`` of a non-canonical decimal or integer would see another string than pyshacl; the
project's queries apply ``STR()`` to plain strings (keys, issuer codes) and to ``xsd:date`` values,
whose canonical form is the written one, and reported values are mapped back to their written
form. The ``shacl`` package renames blank nodes; they are mapped back by their order of appearance
and checked against the data (``EngineMismatch`` makes ``kg.validate.validation`` use pyshacl instead).

The ``shacl`` package is optional: ``available()`` is False when it is not installed, and
``kg.validate.validation`` then uses pyshacl for everything. The data graph it reads, in both forms,
is ``kg.validate.fastdata``'s (:func:`load`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Graph, URIRef
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.term import Node

from kg.errors import InputError
from kg.rdf.sparqllex import blank_out, tokens, top_level_groups, where_openings
from kg.rdf.sparqlpredicates import Unread, pattern_classes, pattern_predicates
from kg.rdf.terms import to_rdflib
from kg.rdf.vocab import RDF, RDFS, SH
from kg.validate.fastdata import Data, EngineMismatch, bnode_order, load

__all__ = ["CORE_COMPONENTS", "EngineMismatch", "Plan", "RawResult", "available", "load", "plan", "run"]

#: Constraint parameters the ``shacl`` package evaluates exactly as pyshacl does on this
#: project's shapes (checked by ``tests/test_validate_engines.py``). Add one only with a fixture.
CORE_COMPONENTS = frozenset(
    SH[n]
    for n in (
        "minCount", "maxCount", "datatype", "nodeKind", "minLength", "pattern", "in", "class",
        "lessThanOrEquals", "node", "property",
    )
)
#: Predicates of a shape that are not constraints (targets are checked separately).
_NON_CONSTRAINTS = frozenset(
    {RDF.type, SH.path, SH.severity, SH.message, SH.name, SH.description, SH.order, SH.group,
     RDFS.label, RDFS.comment, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
)
_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)


def available() -> bool:
    """True when the ``shacl`` package (the Rust SHACL Core validator) can be imported."""
    try:
        import shacl  # noqa: F401, PLC0415  (the optional `shacl` extra)
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- planning


@dataclass
class Plan:
    """Which targeted shapes each engine runs."""

    core: list[URIRef] = field(default_factory=list)  # by the ``shacl`` package
    sparql: dict[URIRef, list[str]] = field(default_factory=dict)  # shape -> set-wise queries (Oxigraph)
    fallback: list[Node] = field(default_factory=list)  # by pyshacl
    core_shapes_nt: str = ""  # the shapes graph restricted to ``core``, as N-Triples
    core_bnodes: int = 0  # distinct blank nodes in ``core_shapes_nt``

    @functools.cached_property
    def reads(self) -> frozenset[ox.NamedNode] | None:
        """The predicates the ``sparql`` queries read (None: any), when first asked for (only a
        large batch restricts its store to them)."""
        return read_predicates(q for queries in self.sparql.values() for q in queries)

    @functools.cached_property
    def classes(self) -> frozenset[ox.NamedNode] | None:
        """The classes whose instances' ``rdf:type`` triples the ``sparql`` queries read, each with
        its subclasses (``?this rdf:type/rdfs:subClassOf* C``, a target class's form); None: of any
        class. A large batch's store keeps only those types (``kg.validate.fastdata.Data``)."""
        return read_classes(q for queries in self.sparql.values() for q in queries)

    @functools.cached_property
    def core_reads(self) -> frozenset[ox.NamedNode]:
        """The predicates whose triples the ``core`` shapes can read: every IRI of their shapes
        graph (the paths, the targets' predicates, ``sh:lessThanOrEquals``'s, among others), and
        ``rdf:type`` and ``rdfs:subClassOf`` (the instances of a target or ``sh:class``). None of
        ``CORE_COMPONENTS`` reads a triple by any other predicate (``sh:closed``, which would, is not
        one of them)."""
        found = {ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.subClassOf))}
        for t in ox.parse(self.core_shapes_nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            found.update(term for term in (t.subject, t.predicate, t.object) if isinstance(term, ox.NamedNode))
        return frozenset(found)


def _constraint_predicates(sg: Graph, shape: Node, seen: set[Node]) -> set[Node] | None:
    """Constraint predicates used by ``shape`` and by the shapes it reaches through sh:property
    and sh:node; ``None`` when one of them is something this engine does not take."""
    if shape in seen:
        return set()
    seen.add(shape)
    preds: set[Node] = set()
    for p, o in sg.predicate_objects(shape):
        if p in _NON_CONSTRAINTS:
            continue
        preds.add(p)
        if p in (SH.property, SH.node):
            inner = _constraint_predicates(sg, o, seen)
            if inner is None:
                return None
            preds |= inner
    return preds


def _prefix_lines(sg: Graph, node: Node) -> str:
    lines = []
    for decl_owner in sg.objects(node, SH.prefixes):
        for decl in sg.objects(decl_owner, SH.declare):
            prefix, ns = sg.value(decl, SH.prefix), sg.value(decl, SH.namespace)
            if prefix is not None and ns is not None:
                lines.append(f"PREFIX {prefix}: <{ns}>")
    return "\n".join(lines)


_SELECT_HEAD = re.compile(r"^\s*SELECT\s+(DISTINCT\s+|REDUCED\s+)?(?P<proj>.*?)\s*WHERE\b", re.I | re.S)
# What pre-binding means differently from a join, or what needs pyshacl's own variables.
_UNREWRITABLE = re.compile(r"\$(?!this\b)\w+|\?this\b|\bMINUS\b|\bSERVICE\b|\bVALUES\b|\bEXISTS\b"
                           r"|\bGROUP\b|\bLIMIT\b|\bOFFSET\b|\bORDER\b|\bHAVING\b", re.I)


def _target_pattern(sg: Graph, shape: Node) -> str | None:
    branches = []
    for pred in _TARGETS:
        for t in sg.objects(shape, pred):
            if not isinstance(t, URIRef) and pred != SH.targetNode:
                return None
            if pred == SH.targetClass:
                branches.append(f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* {t.n3()} }}")
            elif pred == SH.targetSubjectsOf:
                branches.append(f"{{ ?this {t.n3()} ?_o }}")
            elif pred == SH.targetObjectsOf:
                branches.append(f"{{ ?_s {t.n3()} ?this }}")
            else:
                if isinstance(t, BNode):
                    return None
                branches.append(f"{{ BIND ({t.n3()} AS ?this) }}")
    return " UNION ".join(branches) if branches else None


def _sparql_queries(sg: Graph, shape: Node) -> list[str] | None:
    """The set-wise rewriting of a node shape's SHACL-SPARQL constraints, or ``None``."""
    if (shape, RDF.type, SH.PropertyShape) in sg or sg.value(shape, SH.path) is not None:
        return None  # $PATH pre-binding: left to pyshacl
    targets = _target_pattern(sg, shape)
    if targets is None:
        return None
    queries = []
    for c in sg.objects(shape, SH.sparql):
        if set(sg.predicates(c)) - {RDF.type, SH.select, SH.prefixes, SH.message}:
            return None  # sh:deactivated, sh:ask ...
        selects = list(sg.objects(c, SH.select))
        if len(selects) != 1:
            return None
        text = str(selects[0])
        if _UNREWRITABLE.search(text) or len(re.findall(r"\bSELECT\b", text, re.I)) != 1:
            return None
        head = _SELECT_HEAD.match(text)
        if head is None:
            return None
        text = distribute_union(text.replace("$this", "?this"))
        proj = head["proj"].replace("$this", "?this")
        if proj.strip() != "*" and not re.search(r"\?this\b", proj):
            # $this pre-bound but not projected: project it so that the join keeps it
            start = head.start("proj")
            text = text[:start] + "?this " + text[start:]
        queries.append(f"{_prefix_lines(sg, c)}\nSELECT * WHERE {{\n"
                       f"  {{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}\n  {{ {text} }}\n}}")
    return queries or None


def _top_level(body: str) -> list[tuple[str, str]] | None:
    """``body`` (a group's inside) as top-level pieces (:func:`kg.rdf.sparqllex.top_level_groups`);
    ``None`` when it holds a comment (the rewrite joins lines, so a comment would swallow code) or
    braces that do not pair."""
    if any(kind == "comment" for kind, _, _ in tokens(body)):
        return None
    return top_level_groups(body)


_NOT_DISTRIBUTABLE = re.compile(r"\b(OPTIONAL|MINUS|BIND|VALUES|GRAPH|SERVICE|UNION)\b", re.I)


def distribute_union(select: str) -> str:
    """``P {A} UNION {B} F`` -> ``{P {A} F} UNION {P {B} F}`` in the WHERE clause of ``select``.

    The same solutions (join and filter distribute over union), but Oxigraph 0.5 plans the first
    form badly once ``$this`` is a variable: it starts a branch from its least selective pattern
    for every row of ``P`` (minutes at 1M triples where each branch alone takes milliseconds).
    Queries of any other form are returned unchanged."""
    openings = where_openings(blank_out(select))
    if not openings:
        return select
    open_at, close_at = openings[0] - 1, select.rstrip().rfind("}")
    pieces = _top_level(select[open_at + 1:close_at])
    if pieces is None:
        return select
    groups = [i for i, (kind, _) in enumerate(pieces) if kind == "group"]
    if len(groups) < 2:
        return select
    first, last = groups[0], groups[-1]
    between = pieces[first:last + 1]
    if any(kind == "text" and text.strip().upper() != "UNION" for kind, text in between):
        return select
    outside = [text for kind, text in pieces[:first] + pieces[last + 1:]]
    if any(_NOT_DISTRIBUTABLE.search(t) for t in outside):
        return select
    before, after = outside[0].strip(), " ".join(t.strip() for t in outside[1:]).strip()
    if before and after and not before.endswith("."):
        before += " ."
    rest = f"{before} {after}".strip()
    branches = [text for kind, text in between if kind == "group"]
    body = " UNION ".join(f"{{ {rest} {{ {b} }} }}" for b in branches)
    return select[:open_at + 1] + " " + body + " " + select[close_at:]


def plan(sg: Graph) -> Plan:
    """Split the targeted shapes of ``sg`` between the engines."""
    shapes = {s for t in (*_TARGETS, SH.target) for s in sg.subjects(t, None)}
    p = Plan()
    for shape in sorted(shapes, key=str):
        is_class = any((shape, RDF.type, c) in sg for c in (RDFS.Class, rdflib.OWL.Class))
        if not isinstance(shape, URIRef) or is_class or (shape, SH.target, None) in sg \
                or (shape, SH.deactivated, None) in sg:
            p.fallback.append(shape)
            continue
        preds = _constraint_predicates(sg, shape, set())
        if preds is not None and preds == {SH.sparql}:
            queries = _sparql_queries(sg, shape)
            if queries is not None:
                p.sparql[shape] = queries
                continue
        if preds is not None and preds <= CORE_COMPONENTS and _target_pattern(sg, shape) is not None:
            p.core.append(shape)
        else:
            p.fallback.append(shape)
    p.core_shapes_nt = restrict(sg, set(p.core)).serialize(format="nt")
    p.core_bnodes = len(bnode_order(p.core_shapes_nt))
    return p


def read_predicates(queries: Iterable[str]) -> frozenset[ox.NamedNode] | None:
    """The predicates the triple patterns (and property paths) of ``queries`` can match; ``None``
    when one can match any predicate (a variable or a negated path), or a query cannot be read.

    Each query is read from its tokens (``kg.rdf.sparqlpredicates``, far cheaper than rdflib's parse);
    one that reader does not follow is read from rdflib's algebra of it."""
    found: set[ox.NamedNode] = set()
    for query in queries:
        try:
            read = pattern_predicates(query)
        except Unread:
            read = algebra_predicates(query)
        if read is None:
            return None
        found |= read
    return frozenset(found)


def read_classes(queries: Iterable[str]) -> frozenset[ox.NamedNode] | None:
    """The classes whose ``rdf:type`` triples the patterns of ``queries`` can match
    (:func:`kg.rdf.sparqlpredicates.pattern_classes`); ``None`` for any class, or where a query is
    one that reader does not follow."""
    found: set[ox.NamedNode] = set()
    for query in queries:
        try:
            read = pattern_classes(query)
        except Unread:
            return None
        if read is None:
            return None
        found |= read
    return frozenset(found)


def algebra_predicates(query: str) -> frozenset[ox.NamedNode] | None:
    """:func:`read_predicates` of one query, by rdflib's parser and algebra."""
    # (rdflib's SPARQL grammar is the heaviest import of a load, which reads no query it does not follow)
    from rdflib.plugins.sparql import prepareQuery  # noqa: PLC0415  (only for such a query)
    found: set[ox.NamedNode] = set()
    try:
        algebra = prepareQuery(query).algebra
    except Exception:  # noqa: BLE001  (rdflib raises parser errors of several kinds; then: any predicate)
        return None
    return frozenset(found) if _pattern_predicates(algebra, found) else None


def _pattern_predicates(node: object, found: set[ox.NamedNode]) -> bool:
    """Add the predicates of the basic graph patterns under ``node`` (rdflib's query algebra) to
    ``found``; False when one is not a fixed IRI or a path of IRIs."""
    from rdflib.plugins.sparql.parserutils import CompValue  # noqa: PLC0415  (loaded by prepareQuery before this)
    if isinstance(node, CompValue):
        if node.name == "BGP" and not all(_path_predicates(t[1], found) for t in node.triples):
            return False
        return all(_pattern_predicates(v, found) for v in node.values())
    if isinstance(node, (list, tuple)):
        return all(_pattern_predicates(v, found) for v in node)
    return True


def _path_predicates(path: object, found: set[ox.NamedNode]) -> bool:
    if isinstance(path, URIRef):
        found.add(ox.NamedNode(str(path)))
        return True
    if isinstance(path, (SequencePath, AlternativePath)):
        return all(_path_predicates(a, found) for a in path.args)
    if isinstance(path, MulPath):
        return _path_predicates(path.path, found)
    if isinstance(path, InvPath):
        return _path_predicates(path.arg, found)
    return False  # a variable, a negated path: any predicate


def restrict(sg: Graph, keep: set[Node]) -> Graph:
    """A copy of the shapes graph in which only the shapes in ``keep`` have targets."""
    g = Graph()
    for t in sg:
        if t[1] in (*_TARGETS, SH.target) and t[0] not in keep:
            continue
        g.add(t)
    return g


# --------------------------------------------------------------------------- running



@dataclass
class RawResult:
    """One result, in rdflib terms, before messages and labels are attached."""

    focus: Node
    shape: Node
    severity: str
    path: Node | str | None  # a path node of the shapes graph, or SPARQL ?path term
    value: Node | None


class CoreResult(Protocol):
    """What this module reads of a result of the ``shacl`` package (terms written as N-Triples)."""

    focus_node: str
    value: str | None
    root_shape: str | None
    source_shape: str | None
    severity: str


class CoreReport(Protocol):
    @property
    def results(self) -> Sequence[CoreResult]: ...


class CoreShapes(Protocol):
    """The compiled shapes of the ``shacl`` package (which has no type information of its own)."""

    def validate_text(self, text: str, *, format: str, allow_warnings: bool) -> CoreReport: ...


@functools.lru_cache(maxsize=4)
def _compiled(core_shapes_nt: str) -> CoreShapes:
    import shacl  # noqa: PLC0415  (the optional `shacl` extra)

    shapes: CoreShapes = shacl.Shapes.from_text(core_shapes_nt, format="ntriples")
    return shapes


def _parse_nt_terms(texts: list[str], data: Data) -> list[Node]:
    """N-Triples terms (as the ``shacl`` package writes them) -> rdflib terms of ``data``."""
    if not texts:
        return []
    texts = [f"_:{data.bnode(t[2:])}" if t.startswith("_:") else t for t in texts]
    doc = "".join(f"<urn:t> <urn:t> {t} .\n" for t in texts)
    return [to_rdflib(t.object) for t in ox.parse(doc.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]


def run_core(p: Plan, data: Data, sg: Graph) -> list[RawResult]:
    if not p.core:
        return []
    return read_core(p, data, sg, _compiled(p.core_shapes_nt).validate_text(
        data.core_nt, format="nquads", allow_warnings=True))


def read_core(p: Plan, data: Data, sg: Graph, report: CoreReport) -> list[RawResult]:
    """The results of the ``shacl`` package's ``report`` on ``data``, in rdflib terms."""
    data.bnode_offset = p.core_bnodes
    results = report.results
    focus = _parse_nt_terms([r.focus_node for r in results], data)
    with_value = [i for i, r in enumerate(results) if r.value is not None]
    values = dict(zip(with_value, _parse_nt_terms([v for r in results if (v := r.value) is not None], data)))
    out = []
    for i, r in enumerate(results):
        shape = URIRef((r.root_shape or r.source_shape or "").strip("<>"))
        path, value = sg.value(shape, SH.path), values.get(i)
        if isinstance(value, BNode) and isinstance(path, URIRef) and not data.holds(focus[i], path, value):
            raise EngineMismatch(f"{shape}: blank node {value.n3()} is no value of {focus[i].n3()}")
        if isinstance(focus[i], BNode) and not data.holds(focus[i], None, None) \
                and not data.holds(None, None, focus[i]):
            raise EngineMismatch(f"{shape}: blank node {focus[i].n3()} is not in the data")
        out.append(RawResult(focus=focus[i], shape=shape, severity=r.severity, path=path, value=value))
    return out


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """The solutions of a SELECT query over the union of the store's graphs."""
    result = store.query(query, use_default_graph_as_union=True)
    if not isinstance(result, ox.QuerySolutions):  # (every query here is a SELECT this module wrote)
        raise EngineMismatch(f"expected the solutions of a SELECT query, got {type(result).__name__}")
    return result


def run_sparql(p: Plan, data: Data, sg: Graph) -> list[RawResult]:
    out: list[RawResult] = []
    for shape, queries in p.sparql.items():
        sev = sg.value(shape, SH.severity)
        severity = str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"
        for q in queries:
            result = _select(data.store, q)
            names = [v.value for v in result.variables]
            seen: set[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, ...]] = set()
            for sol in result:
                row = tuple(sol[n] for n in names)
                if row in seen:
                    continue
                seen.add(row)
                b = dict(zip(names, row))
                if b.get("failure") is not None:
                    raise InputError(f"{shape}: the SPARQL constraint reported a failure (sh:failure)", file="shapes/",
                                     hint="fix the constraint's query in the shapes file that defines it")
                this, path, value = b.get("this"), b.get("path"), b.get("value")
                focus = to_rdflib(this)
                path_term = None if path is None else to_rdflib(path)
                shown = focus if value is None else data.written(focus, path_term, to_rdflib(value))
                out.append(RawResult(focus=focus, shape=shape, severity=severity, path=path_term, value=shown))
    return out


def run(p: Plan, data: Data, sg: Graph) -> list[RawResult]:
    """Results of the core and SPARQL shapes of ``p`` on ``data`` (the fallback ones are not run).

    The ``shacl`` package reads and validates ``data.core_nt`` in a thread of its own, beside this
    one making the in-memory store and running the SPARQL shapes: its call lets go of the
    interpreter, so the two use two cores (the results are the same, in the same order)."""
    if not p.core:
        return run_sparql(p, data, sg)
    shapes = _compiled(p.core_shapes_nt)
    with ThreadPoolExecutor(1, thread_name_prefix="shacl-core") as pool:
        core = pool.submit(shapes.validate_text, data.core_nt, format="nquads", allow_warnings=True)
        sparql = run_sparql(p, data, sg)
        report = core.result()
    return read_core(p, data, sg, report) + sparql


def label_graph(data: Data, nodes: Iterable[Node], props: Iterable[URIRef]) -> Graph:
    """The literal values of ``props`` for ``nodes`` (for the report's labels), as rdflib triples.

    One lookup per node and property: a query joining the nodes (``VALUES``) with ``?s ?p ?o``
    over the union of the graphs took the engine a scan of the whole data (bench/RESULTS.md,
    section ingest200d)."""
    g = Graph()
    preds = [ox.NamedNode(str(p)) for p in props]
    for n in set(nodes):
        if not isinstance(n, URIRef):
            continue
        node = ox.NamedNode(str(n))
        for p in preds:
            for q in data.store_for(p).quads_for_pattern(node, p, None):
                if isinstance(q.object, ox.Literal):
                    g.add((n, to_rdflib(p), to_rdflib(q.object)))
    return g

