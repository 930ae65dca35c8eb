"""SHACL validation of directive-kg data (library core: no printing, no CLI).

``validate(data, context=...)`` checks a graph against the shapes in ``shapes/*.ttl`` with
pyshacl. The class hierarchy of the ontology (``ontology/*.ttl``, see ``schema_graph``) is
handed to pyshacl as ``ont_graph`` so that ``rdfs:subClassOf`` is visible while targets are
resolved: a shape with ``sh:targetClass dkg:Document`` reaches a node typed only
``dkg:Resolution``. No inference is run (``inference="none"``); the shapes are written against
asserted data, and SHACL-SPARQL constraints need no ``advanced`` mode.

Engines (``engine=``): ``"pyshacl"`` is the reference and runs every shape. ``"auto"`` (the
default) and ``"fast"`` hand the shapes that ``kg.validate.fastshacl`` handles identically (a list of
constraint components kept in code, checked against pyshacl by
``tests/test_validate_engines.py``) to the ``shacl`` package (SHACL Core, in Rust) and to set-wise
SPARQL over an in-memory Oxigraph store (SHACL-SPARQL), and only the others to pyshacl; without the
``shacl`` package installed they mean pyshacl. The report is built the same way whatever the
engine (same focus labels, messages, severities, paths, values and order). ``data`` and
``context`` may also be lists of pyoxigraph quads, which spares large inputs the rdflib graph.

Shapes and ontology are parsed once per process and cached (``clear_cache()`` forgets them).

``context`` is data already in the store that the batch refers to (the documents a new
programme implements, the sources its facts cite ...). It is merged with ``data`` for
validation, and **every** result is reported, including results whose focus node comes from the
context: a batch that links to a broken stored document shows that document's problems too. A
caller that only wants the batch's own problems can filter ``Report.violations`` on the focus
nodes of ``data``.

Messages: each result carries the Vietnamese and English ``sh:message`` of the shape that
produced it, read from the shapes graph (pyshacl drops language tags on SPARQL-based results).
``conforms`` is False only when at least one result has severity ``sh:Violation``; warnings
and infos never block.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.errors import InputError, UsageError
from kg.rdf.terms import triples_to_graph
from kg.rdf.vocab import BASE, DCTERMS, DKG, OA, RDF, RDFS, SH, SKOS, XSD
from kg.validate import fastshacl
from kg.validate.shapes import ontology_graph, schema_graph, schema_ntriples, shapes_graph

if TYPE_CHECKING:  # (importing it loads rdflib's whole SPARQL grammar, which _prepared loads when a shape needs it)
    from rdflib.plugins.sparql.sparql import Query

#: A batch or its context as :func:`validate` takes it: an rdflib graph (a Dataset is validated as the union
#: of its graphs) or Oxigraph quads or triples (graph names ignored).
Data = Graph | Iterable[ox.Quad | ox.Triple]

__all__ = [
    "SHAPES_NS",
    "Report",
    "Violation",
    "clear_cache",
    "engine_plan",
    "ontology_graph",
    "schema_graph",
    "shapes_graph",
    "validate",
]

#: Namespace of the project's shapes (``dkgsh:``).
SHAPES_NS = rdflib.Namespace(BASE + "shapes#")


#: Order used to sort results and to name severities.
SEVERITIES = ("Violation", "Warning", "Info")
_SEVERITY_TEXT = {
    "vi": {"Violation": "Vi phạm", "Warning": "Cảnh báo", "Info": "Gợi ý"},
    "en": {"Violation": "Violation", "Warning": "Warning", "Info": "Info"},
}
_TEXT = {
    "vi": {
        "ok": "Dữ liệu hợp lệ",
        "bad": "Dữ liệu không hợp lệ",
        "counts": "{Violation} vi phạm, {Warning} cảnh báo, {Info} gợi ý",
        "path": "thuộc tính",
        "value": "giá trị",
    },
    "en": {
        "ok": "Data conforms",
        "bad": "Data does not conform",
        "counts": "{Violation} violations, {Warning} warnings, {Info} infos",
        "path": "path",
        "value": "value",
    },
}


# --------------------------------------------------------------------------- resources


def clear_cache() -> None:
    """Forget the parsed shapes and ontology (after editing the files in a running process)."""
    shapes_graph.cache_clear()
    ontology_graph.cache_clear()
    schema_graph.cache_clear()
    _shape_messages.cache_clear()
    _plan.cache_clear()
    schema_ntriples.cache_clear()


@functools.lru_cache(maxsize=1)
def _shape_messages() -> dict[rdflib.term.Node, dict[str, str]]:
    """``{shape: {"vi": ..., "en": ...}}`` read from the shapes graph."""
    out: dict[rdflib.term.Node, dict[str, str]] = {}
    sg = shapes_graph()
    for shape, msg in sg.subject_objects(SH.message):
        if isinstance(msg, Literal) and msg.language in ("vi", "en"):
            out.setdefault(shape, {})[msg.language] = str(msg)
    return out


# --------------------------------------------------------------------------- report


@dataclass
class Violation:
    """One validation result (of any severity, despite the name)."""

    focus: str
    focus_label: str
    path: str | None
    value: str | None
    message_vi: str
    message_en: str
    severity: str  # "Violation" | "Warning" | "Info"
    shape: str
    #: The result's path when it is one property, and its value when it is an IRI (both as full
    #: IRIs): with the focus, the one triple the result is about (what an ingest can hold back
    #: alone, see ``kg.rdf.held.held_parts``); None otherwise.
    path_iri: str | None = None
    value_iri: str | None = None
    #: What a reader calls the value when it is a node the data names (its key or label), so that a
    #: note can say which other document a link goes to; None when the data gives it no name.
    value_label: str | None = None

    def message(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" else self.message_vi

    def reason(self, lang: str = "vi") -> str:
        """One line for a note on held-back facts: the focus, the value's name when the data gives one
        (the other end of a link: '25-KH/TU → 10-NQ/TU: ...'), and the message in ``lang``."""
        who = f"{self.focus_label} → {self.value_label}" if self.value_label else self.focus_label
        return f"{who}: {self.message(lang)}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    _graph: Graph | None = field(default=None, repr=False, compare=False)

    def by_focus(self) -> dict[str, list[Violation]]:
        """Results grouped by focus node, in report order."""
        groups: dict[str, list[Violation]] = {}
        for v in self.violations:
            groups.setdefault(v.focus, []).append(v)
        return groups

    def counts(self) -> dict[str, int]:
        c = dict.fromkeys(SEVERITIES, 0)
        for v in self.violations:
            c[v.severity] = c.get(v.severity, 0) + 1
        return c

    def to_text(self, lang: str = "vi", name: Callable[[str], str] | None = None) -> str:
        """A readable report grouped by focus node (``lang`` is ``"vi"`` or ``"en"``); ``name`` turns a
        focus node's label into what a reader calls it (the CLI passes ``kg.text.dockeys.key_name``, so that
        a document without a number reads 'Kết luận tiếp tục ...', not its key 'KL:tiếp tục ...')."""
        lang = "en" if lang == "en" else "vi"
        t, sev = _TEXT[lang], _SEVERITY_TEXT[lang]
        lines = [f"{t['ok'] if self.conforms else t['bad']}: {t['counts'].format(**self.counts())}"]
        for focus, items in self.by_focus().items():
            label = items[0].focus_label
            label = name(label) if name is not None else label
            lines.append("")
            lines.append(label if label == focus else f"{label} <{focus}>")
            for v in items:
                lines.append(f"  [{sev.get(v.severity, v.severity)}] {v.message(lang)}")
                details = []
                if v.path:
                    details.append(f"{t['path']}: {v.path}")
                if v.value is not None:
                    details.append(f"{t['value']}: {v.value}")
                if details:
                    lines.append("      " + "; ".join(details))
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict:
        """A JSON-ready dict: ``conforms``, ``counts`` and the flat list of ``violations``."""
        return {
            "conforms": self.conforms,
            "counts": self.counts(),
            "violations": [asdict(v) for v in self.violations],
        }

    @classmethod
    def from_json(cls, d: dict) -> "Report":
        """The report of :meth:`to_json` (as a server sends it back to the CLI)."""
        return cls(conforms=bool(d["conforms"]), violations=[Violation(**v) for v in d["violations"]])

    def to_graph(self) -> Graph:
        """The SHACL validation report as an RDF graph (an ``sh:ValidationReport``)."""
        if self._graph is not None:
            return self._graph
        return _graph_from_violations(self)


def _graph_from_violations(report: Report) -> Graph:
    g = Graph()
    g.bind("sh", SH)
    rep = BNode()
    g.add((rep, RDF.type, SH.ValidationReport))
    g.add((rep, SH.conforms, Literal(report.conforms)))
    for v in report.violations:
        r = BNode()
        g.add((rep, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        g.add((r, SH.focusNode, URIRef(v.focus)))
        g.add((r, SH.resultSeverity, SH[v.severity]))
        g.add((r, SH.sourceShape, URIRef(v.shape)))
        g.add((r, SH.resultMessage, Literal(v.message_vi, lang="vi")))
        g.add((r, SH.resultMessage, Literal(v.message_en, lang="en")))
    return g


# --------------------------------------------------------------------------- rendering


def _namespaces() -> rdflib.namespace.NamespaceManager:
    nm = rdflib.namespace.NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in (
        ("dkg", DKG._NS),
        ("dkgsh", SHAPES_NS),
        ("rdf", RDF._NS),
        ("rdfs", RDFS._NS),
        ("xsd", XSD._NS),
        ("dcterms", DCTERMS._NS),
        ("oa", OA),
        ("skos", SKOS._NS),
        ("sh", SH._NS),
    ):
        nm.bind(prefix, ns, override=True)
    return nm


_NM = _namespaces()


def _term(node: rdflib.term.Node) -> str:
    """Compact N3 form of a term: ``dkg:key``, ``"2025"^^xsd:integer``, ``<iri>``."""
    return node.n3(_NM)


def _path_text(sg: Graph, node: rdflib.term.Node) -> str:
    """A SHACL path (IRI or blank-node path expression) in SPARQL property-path syntax."""
    if isinstance(node, URIRef):
        return _term(node)
    alt = sg.value(node, SH.alternativePath)
    if alt is not None:
        return "(" + "|".join(_path_text(sg, p) for p in Collection(sg, alt)) + ")"
    inv = sg.value(node, SH.inversePath)
    if inv is not None:
        return "^" + _path_text(sg, inv)
    for pred, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = sg.value(node, pred)
        if inner is not None:
            return _path_text(sg, inner) + suffix
    if sg.value(node, RDF.first) is not None:
        return "/".join(_path_text(sg, p) for p in Collection(sg, node))
    return str(node)


_LABEL_PROPS = (DKG.key, RDFS.label, DKG.canonicalName)
_LABEL_PREDICATES = frozenset(ox.NamedNode(str(p)) for p in _LABEL_PROPS)
#: From this many quads of data and context on, the fast engine's in-memory store holds only the
#: predicates its SPARQL shapes and the labels read (``fastshacl.Data``); below it, reading those
#: predicates from the queries costs more than copying every quad.
RESTRICTED_FROM = 200_000


def _label(g: Graph, node: rdflib.term.Node) -> str:
    """dkg:key, then rdfs:label (Vietnamese first), then dkg:canonicalName, then the IRI."""
    for prop in _LABEL_PROPS:
        values = [o for o in g.objects(node, prop) if isinstance(o, Literal)]
        if values:
            values.sort(key=lambda lit: (lit.language not in (None, "vi"), str(lit)))
            return str(values[0])
    return str(node)


def _named(g: Graph, node: rdflib.term.Node | None) -> str | None:
    """:func:`_label` of an IRI the data names, else None (an IRI is no name to show a reader)."""
    if not isinstance(node, URIRef):
        return None
    label = _label(g, node)
    return None if label == str(node) else label


# --------------------------------------------------------------------------- validation


@functools.lru_cache(maxsize=256)
def _prepared(text: str) -> Query:
    from rdflib.plugins.sparql import prepareQuery  # noqa: PLC0415  (heavy to import: only when a shape needs it)

    return prepareQuery(text)


class _PreparedQueryGraph(Graph):
    """A graph whose ``query`` parses each distinct SPARQL text only once.

    pyshacl runs a SHACL-SPARQL constraint once per focus node with the same text (``$this`` is
    passed as an initial binding), and rdflib would parse that text every time, which dominated
    validation. Parsing is cached per process.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def _merge(data: Graph | None, context: Graph | None) -> Graph:
    merged = _PreparedQueryGraph()
    for g in (data, context):
        if g is None:
            continue
        if isinstance(g, rdflib.ConjunctiveGraph):  # Dataset too: validate the union
            for s, p, o, _ in g.quads((None, None, None, None)):
                merged.add((s, p, o))
        else:
            merged += g
    return merged


ENGINES = ("auto", "pyshacl", "fast")


@functools.lru_cache(maxsize=1)
def _plan() -> fastshacl.Plan:
    return fastshacl.plan(shapes_graph())


def engine_plan() -> dict[str, list[str]]:
    """Which shapes each engine runs under ``engine="auto"`` (empty lists for the fast engines
    when the ``shacl`` package is not installed)."""
    if not fastshacl.available():
        return {"shacl": [], "oxigraph-sparql": [], "pyshacl": [str(s) for s in _plan_all_shapes()]}
    p = _plan()
    return {"shacl": [str(s) for s in p.core], "oxigraph-sparql": [str(s) for s in p.sparql],
            "pyshacl": [str(s) for s in p.fallback]}


def _plan_all_shapes() -> list:
    sg = shapes_graph()
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    return sorted({s for t in targets for s in sg.subjects(t, None)}, key=str)


#: One result before messages and labels: (focus, shape, severity, path text, value node).
_Raw = tuple


def _raw_from_pyshacl(results: Graph) -> list[_Raw]:
    out = []
    # Only the report's own results: pyshacl also writes the nested results of sh:node
    # constraints (linked by sh:detail), which the outer result already covers.
    for r in results.objects(None, SH.result):
        sev = results.value(r, SH.resultSeverity)
        path_node = results.value(r, SH.resultPath)
        if path_node is None:
            path = None
        elif isinstance(path_node, URIRef):
            path = _term(path_node)
        else:  # a blank-node path copied into the report graph
            path = _path_text(results, path_node)
        out.append((results.value(r, SH.focusNode), results.value(r, SH.sourceShape),
                    str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation", path,
                    results.value(r, SH.value), [str(m) for m in results.objects(r, SH.resultMessage)],
                    path_node if isinstance(path_node, URIRef) else None))
    return out


def _run_pyshacl(merged: Graph, sg: Graph) -> Graph:
    from pyshacl import validate as pyshacl_validate  # noqa: PLC0415  (heavy: only for the shapes the fast engine leaves)

    _, results, _ = pyshacl_validate(
        merged,
        shacl_graph=sg,
        ont_graph=schema_graph(),
        inference="none",
        advanced=False,  # SHACL-SPARQL constraints are core pyshacl; no SHACL-AF features used
        inplace=True,  # ``merged`` is our own copy: the ontology is mixed into it in place
        allow_warnings=True,
        allow_infos=True,
    )
    if not isinstance(results, Graph):  # pyshacl refused the shapes graph itself
        raise InputError(f"the SHACL shapes could not be used: {results}", file="shapes/",
                         hint="check the .ttl files added to shapes/ (`dkg validate` on the shapes file shows where)")
    return results


def _as_graph(source: Data | None) -> Graph | None:
    """An rdflib graph for pyshacl: rdflib graphs as they are, Oxigraph quads/triples converted."""
    if source is None or isinstance(source, Graph):
        return source
    return triples_to_graph(source)


def _subjects(source: Data) -> set[str]:
    if isinstance(source, Graph):
        return {str(s) for s in source.subjects()}
    return {q.subject.value for q in source}  # str() of the rdflib term, without making one


def _run_fast(data: Data, context: Data | None, sg: Graph) -> tuple[list[_Raw], Graph]:
    p = _plan()
    # a large batch: the in-memory store gets only what the SPARQL shapes and the labels read
    large = sum(len(s) for s in (data, context) if isinstance(s, list)) >= RESTRICTED_FROM
    keep = None if not large or p.reads is None else p.reads | _LABEL_PREDICATES
    fdata = fastshacl.load([data, context], extra_nt=schema_ntriples(), keep=keep, core=p.core_reads,
                           classes=None if keep is None else p.classes)
    raw: list[_Raw] = []
    for r in fastshacl.run(p, fdata, sg):
        path = None if r.path is None else (
            _term(r.path) if isinstance(r.path, (URIRef, Literal)) else
            _path_text(sg, r.path) if isinstance(r.path, rdflib.term.Node) else r.path)
        raw.append((r.focus, r.shape, r.severity, path, r.value, [], r.path))
    if p.fallback:  # shapes the fast engines do not take: pyshacl, on those shapes only
        merged = _merge(_as_graph(data), _as_graph(context))
        raw.extend(_raw_from_pyshacl(_run_pyshacl(merged, fastshacl.restrict(sg, set(p.fallback)))))
    # (the values of violations too: a note on held-back facts names a link's other end; warnings and
    # hints, which can be many, do not need it)
    named = [r[0] for r in raw] + [r[4] for r in raw if r[2] == "Violation" and isinstance(r[4], URIRef)]
    return raw, fastshacl.label_graph(fdata, named, _LABEL_PROPS)


def _report_graph(raw: list[_Raw], sg: Graph, messages: dict) -> Graph:
    """An ``sh:ValidationReport`` with what pyshacl's says of each result (focus, shape, severity,
    path, value, messages), for results that did not come from pyshacl."""
    g = Graph()
    rep = BNode()
    g.add((rep, RDF.type, SH.ValidationReport))
    for focus, shape, severity, _path, value, generic, *rest in raw:
        r = BNode()
        g.add((rep, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        g.add((r, SH.focusNode, focus))
        g.add((r, SH.sourceShape, shape))
        g.add((r, SH.resultSeverity, SH[severity]))
        if value is not None:
            g.add((r, SH.value, value))
        path_node = rest[0] if rest else None
        if path_node is not None:
            g.add((r, SH.resultPath, path_node))
            if isinstance(path_node, BNode):  # copy the path expression (lists, alternatives)
                todo, seen = [path_node], set()
                while todo:
                    node = todo.pop()
                    if node in seen:
                        continue
                    seen.add(node)
                    for p, o in sg.predicate_objects(node):
                        g.add((node, p, o))
                        if isinstance(o, BNode):
                            todo.append(o)
        msgs = messages.get(shape, {})
        for lang, text in msgs.items():
            g.add((r, SH.resultMessage, Literal(text, lang=lang)))
        if not msgs:
            for text in generic:
                g.add((r, SH.resultMessage, Literal(text)))
    return g


def validate(data: Data, *, context: Data | None = None, report_context: bool = True, engine: str = "auto") -> Report:
    """Validate ``data`` (merged with ``context``) against the project's shapes.

    ``data`` and ``context`` are rdflib graphs (a Dataset or ConjunctiveGraph is validated as
    the union of its graphs) or lists of pyoxigraph quads or triples (graph names ignored).

    With ``report_context=False`` only results about the batch's own nodes (subjects of
    ``data``) are reported: the store's loader passes partial descriptions of the nodes a
    batch points to as context, and those must not be judged on what was left out.

    ``engine``: ``"pyshacl"`` runs pyshacl on every shape (the reference); ``"fast"`` and
    ``"auto"`` run the shapes that ``kg.validate.fastshacl`` handles identically with the ``shacl`` package
    and Oxigraph, and the others with pyshacl (``engine_plan()`` lists the split). ``"auto"``
    falls back to pyshacl as a whole when the ``shacl`` package is missing or its output cannot
    be mapped back to the data; ``"fast"`` raises instead. The report is built the same way
    whatever the engine.
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown validation engine {engine!r}", hint="one of: " + ", ".join(ENGINES))
    if not isinstance(data, Graph):
        data = list(data)
    if context is not None and not isinstance(context, Graph):
        context = list(context)
    sg = shapes_graph()
    if engine == "fast" and not fastshacl.available():
        raise UsageError('engine="fast" needs the `shacl` package', hint='pip install "directive-kg[shacl]"; "auto" falls back to pyshacl')
    use_fast = engine != "pyshacl" and fastshacl.available()
    results_graph: Graph | None = None
    raw: list[_Raw] = []
    label_source: Graph = Graph()
    if use_fast:
        try:
            raw, label_source = _run_fast(data, context, sg)
        except fastshacl.EngineMismatch:
            if engine == "fast":
                raise
            use_fast = False  # the fast engine's output could not be read back: pyshacl decides
    if not use_fast:
        merged = _merge(_as_graph(data), _as_graph(context))
        results_graph = _run_pyshacl(merged, sg)
        raw = _raw_from_pyshacl(results_graph)
        label_source = merged

    messages = _shape_messages()
    violations: list[Violation] = []
    for focus, shape, severity, path, value_node, generic, path_node in raw:
        msgs = dict(messages.get(shape, {}))
        if not msgs:  # a shape without language-tagged messages: fall back to the engine's
            msgs = {"vi": "; ".join(generic), "en": "; ".join(generic)}
        violations.append(
            Violation(
                focus=str(focus),
                focus_label=_label(label_source, focus),
                path=path,
                value=None if value_node is None else _term(value_node),
                message_vi=msgs.get("vi", msgs.get("en", "")),
                message_en=msgs.get("en", msgs.get("vi", "")),
                severity=severity,
                shape=str(shape) if isinstance(shape, URIRef) else _term(shape),
                path_iri=str(path_node) if isinstance(path_node, URIRef) else None,
                value_iri=str(value_node) if isinstance(value_node, URIRef) else None,
                value_label=_named(label_source, value_node),
            )
        )
    if violations and context is not None and not report_context:  # (a set of every subject: only when needed)
        own = _subjects(data)
        violations = [v for v in violations if v.focus in own]
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    violations.sort(
        key=lambda v: (v.focus_label, v.focus, rank.get(v.severity, 9), v.shape, v.path or "", v.value or "")
    )
    conforms = not any(v.severity == "Violation" for v in violations)
    if results_graph is None:  # the fast engines write no report graph: one is built from the results
        results_graph = _report_graph(raw, sg, messages)
    # pyshacl's own sh:conforms counts warnings too when allow_warnings is off; ours follows
    # the project rule (only sh:Violation blocks), so the report graph is made to agree.
    for rep in results_graph.subjects(RDF.type, SH.ValidationReport):
        results_graph.set((rep, SH.conforms, Literal(conforms)))
    results_graph.bind("sh", SH)
    results_graph.bind("dkg", DKG._NS)
    return Report(conforms=conforms, violations=violations, _graph=results_graph)
