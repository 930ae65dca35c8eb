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
``kg.validate.validation`` then uses pyshacl for everything.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeGuard

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from kg.errors import InputError
from kg.rdf.sparqllex import tokens, top_level_groups
from kg.rdf.terms import to_ox, to_rdflib
from kg.rdf.vocab import RDF, RDFS, SH

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
        """The predicates the ``sparql`` queries read (None: any), when first asked for: rdflib's
        parser takes about half a second over them, which only a large batch pays back."""
        return read_predicates(q for queries in self.sparql.values() for q in queries)


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
    m = re.search(r"\bWHERE\s*\{", select, re.I)
    if m is None:
        return select
    open_at, close_at = m.end() - 1, select.rstrip().rfind("}")
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
    p.core_bnodes = len({m[1] or m[2] for m in _NT_BNODE.finditer(p.core_shapes_nt)})
    return p


def read_predicates(queries: Iterable[str]) -> frozenset[ox.NamedNode] | None:
    """The predicates the triple patterns (and property paths) of ``queries`` can match; ``None``
    when one can match any predicate (a variable or a negated path), or a query cannot be read."""
    found: set[ox.NamedNode] = set()
    for query in queries:
        try:
            algebra = prepareQuery(query).algebra
        except Exception:  # noqa: BLE001  (rdflib raises parser errors of several kinds; then: any predicate)
            return None
        if not _pattern_predicates(algebra, found):
            return None
    return frozenset(found)


def _pattern_predicates(node: object, found: set[ox.NamedNode]) -> bool:
    """Add the predicates of the basic graph patterns under ``node`` (rdflib's query algebra) to
    ``found``; False when one is not a fixed IRI or a path of IRIs."""
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


# --------------------------------------------------------------------------- data


def _ox_triples(source: Graph) -> Iterable[ox.Triple]:
    """The triples of an rdflib graph (all graphs of a Dataset) as Oxigraph triples."""
    if isinstance(source, rdflib.ConjunctiveGraph):
        items: Iterable[tuple[Node, Node, Node]] = ((s, p, o) for s, p, o, _ in source.quads((None, None, None, None)))
    else:
        items = iter(source)
    for s, p, o in items:
        subject, predicate = to_ox(s), to_ox(p)
        if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
            # (rdflib lets a graph hold a literal subject; RDF and the shacl package do not)
            raise EngineMismatch(f"the triple {s.n3()} {p.n3()} {o.n3()} is not RDF")
        yield ox.Triple(subject, predicate, to_ox(o))


@dataclass
class Data:
    """The data graph in the two forms the engine reads.

    ``nt`` is the N-Quads text given to the ``shacl`` package (which validates the union of its
    graphs), with every term as written (an Oxigraph store would rewrite typed literals to their
    canonical form: ``"60.0"^^xsd:decimal`` becomes ``"60"``, which is not what pyshacl reports).
    Lines from an rdflib graph carry no graph name (N-Triples lines are N-Quads lines too); quads
    keep theirs, so that they are written by Oxigraph without being rebuilt one by one in Python.
    ``store`` is an in-memory Oxigraph store of the same quads, read through the union of its
    graphs, for the SPARQL constraints and the labels; a literal it returns is mapped back to its
    written form through ``written``. When ``keep`` is given, ``store`` holds only the quads of those
    predicates (what the SPARQL constraints and the labels read: at a million quads, copying the rest
    cost more than all those queries); :meth:`store_for` says which store answers a pattern.
    """

    nt: str
    store: ox.Store
    keep: frozenset[ox.NamedNode] | None = None
    _bnodes: list[str] | None = None
    bnode_offset: int = 0  # blank nodes of the shapes graph, numbered before the data's
    _whole: ox.Store | None = None

    def bnode(self, label: str) -> str:
        """The blank-node label of ``nt`` behind a label the ``shacl`` package made up.

        The package numbers blank nodes ``_:0_b1``, ``_:0_b2`` ... in the order in which they
        first appear in its input (subject before object, line by line), after those of the
        shapes graph, counted from 0 (measured on 600k triples). ``run_core`` checks each mapped
        value against the data and raises ``EngineMismatch`` when one is not there."""
        if self._bnodes is None:
            order: dict[str, None] = {}
            for found in _NT_BNODE.finditer(self.nt):
                order.setdefault(found[1] or found[2], None)
            self._bnodes = list(order)
        m = re.fullmatch(r"\d+_b(\d+)", label)
        index = int(m[1]) - self.bnode_offset if m is not None else -1  # (numbered from 0)
        if not 0 <= index < len(self._bnodes):
            raise EngineMismatch(f"cannot map the blank node _:{label} back to the data")
        return self._bnodes[index]

    def written(self, subject: Node, predicate: Node | None, value: Node) -> Node:
        """The written form of literal ``value`` as an object of ``subject predicate`` (all
        rdflib terms); ``value`` itself when nothing else matches."""
        if not isinstance(value, Literal) or predicate is None or not isinstance(predicate, URIRef):
            return value
        originals = _written_forms(self.nt, subject, predicate)
        canon = {o: _canonical(o) for o in originals}
        hits = [o for o, c in canon.items() if c == value]
        return hits[0] if len(hits) == 1 else value

    def store_for(self, predicate: ox.NamedNode | None) -> ox.Store:
        """A store that holds every quad of ``predicate`` (of any predicate: ``None``): ``store``, or
        where it was restricted to other predicates, one of all the data made from ``nt`` when first
        asked for (only a check of a rare result needs it)."""
        if self.keep is None or (predicate is not None and predicate in self.keep):
            return self.store
        if self._whole is None:
            self._whole = ox.Store()
            _add_text(self._whole, self.nt)
        return self._whole

    def holds(self, subject: Node | None, predicate: Node | None, value: Node | None) -> bool:
        """Is ``subject predicate value`` (rdflib terms; ``None`` for any) in some graph of the data?"""
        s = None if subject is None else to_ox(subject)
        p = None if predicate is None else to_ox(predicate)
        if isinstance(s, ox.Literal) or (p is not None and not isinstance(p, ox.NamedNode)):
            return False  # (a literal is no subject, and only an IRI a predicate)
        found = self.store_for(p).quads_for_pattern(s, p, None if value is None else to_ox(value))
        return next(found, None) is not None


#: A blank node as the subject of a line, or as its object (before the graph name, if any).
_NT_BNODE = re.compile(r"^_:(\S+) | _:(\S+) (?:<[^<>\s]*> )?\.$", re.M)


def _written_forms(nt: str, subject: Node, predicate: URIRef) -> list[Node]:
    """The objects of ``subject predicate`` as written in ``nt`` (rdflib terms)."""
    head = f"{to_ox(subject)} {to_ox(predicate)} "
    out: list[Node] = []
    start = 0
    while (i := nt.find(head, start)) != -1:
        if i == 0 or nt[i - 1] == "\n":
            end = nt.index("\n", i)
            out.extend(to_rdflib(t.object) for t in ox.parse(nt[i:end + 1].encode("utf-8"),
                                                             format=ox.RdfFormat.N_QUADS))
        start = i + 1
    return out


def _canonical(term: Node) -> Node:
    """``term`` as an Oxigraph store gives it back."""
    s = ox.Store()
    node = ox.NamedNode("urn:x")
    s.add(ox.Quad(node, node, to_ox(term)))
    return to_rdflib(next(iter(s)).object)


def _serialized(items: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat) -> str:
    buf = io.BytesIO()
    ox.serialize(items, buf, format=fmt)
    return buf.getvalue().decode("utf-8")


def _add_text(store: ox.Store, text: str) -> None:
    """Add N-Triples/N-Quads ``text`` to ``store``. ``Store.bulk_load`` renames blank nodes and
    ``ox.parse`` keeps their labels (which the report shows): lines with a blank node go through
    ``ox.parse``, the others (most) through ``bulk_load``."""
    if "_:" in text:
        with_bnodes = "".join(_BNODE_LINE.findall(text))
        store.bulk_extend(ox.parse(with_bnodes.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
        del with_bnodes
        text = _BNODE_LINE.sub("", text)
    store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)


def load(sources: Iterable[Graph | Iterable[ox.Quad | ox.Triple] | None], extra_nt: str = "",
         keep: frozenset[ox.NamedNode] | None = None) -> Data:
    """Merge the sources (rdflib graphs or lists of Oxigraph quads/triples) and ``extra_nt``
    (the ontology's class hierarchy) into one data graph: the union of their triples.

    Oxigraph quads are written out as they are, in Rust: at a million quads, rebuilding each as a
    triple in Python cost several times the validation itself. ``keep``: the predicates whose
    quads the in-memory store needs (see :class:`Data`); the text holds all of them in any case."""
    store = ox.Store()
    parts: list[str] = []
    for source in sources:
        if source is None:
            continue
        if isinstance(source, Graph):
            text = (source.serialize(format="nt", encoding="utf-8").decode("utf-8")
                    if not isinstance(source, rdflib.ConjunctiveGraph)
                    else _serialized(_ox_triples(source), ox.RdfFormat.N_TRIPLES))
            _add_text(store, text)
            parts.append(text)
            continue
        items = source if isinstance(source, list) else list(source)
        quads = items if _all_quads(items) else [
            q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in items]
        # Quads given as objects keep their blank-node labels in the store (bulk_extend does not
        # rename them, as bulk_load of a text would), and the text is written in Rust.
        store.bulk_extend(quads if keep is None else (q for q in quads if q.predicate in keep))
        parts.append(_serialized(quads, ox.RdfFormat.N_QUADS))
    if extra_nt:
        _add_text(store, extra_nt)
        parts.append(extra_nt)
    nt = "".join(p if p.endswith("\n") or not p else p + "\n" for p in parts)
    del parts  # (at 1M triples each copy of the text is hundreds of MB: keep as few as possible)
    return Data(nt=nt, store=store, keep=keep)


def _all_quads(items: list[ox.Quad | ox.Triple]) -> TypeGuard[list[ox.Quad]]:
    return all(isinstance(q, ox.Quad) for q in items)


_BNODE_LINE = re.compile(r"^[^\n]*_:[^\n]*(?:\n|$)", re.MULTILINE)


# --------------------------------------------------------------------------- running


class EngineMismatch(RuntimeError):
    """The fast engine's output could not be mapped back to the data: use pyshacl instead."""


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
    data.bnode_offset = p.core_bnodes
    report = _compiled(p.core_shapes_nt).validate_text(data.nt, format="nquads", allow_warnings=True)
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
    """Results of the core and SPARQL shapes of ``p`` on ``data`` (the fallback ones are not run)."""
    return run_core(p, data, sg) + run_sparql(p, data, sg)


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

