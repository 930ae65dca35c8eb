"""SHACL validation of directive-kg data (library core: no printing, no CLI).

``validate(data, context=...)`` checks a graph against the shapes in ``shapes/*.ttl`` with
pyshacl. The class hierarchy of the ontology (``ontology/*.ttl``, see ``schema_graph``) is
handed to pyshacl as ``ont_graph`` so that ``rdfs:subClassOf`` is visible while targets are
resolved: a shape with ``sh:targetClass dkg:Document`` reaches a node typed only
``dkg:Resolution``. No inference is run (``inference="none"``); the shapes are written against
asserted data, and SHACL-SPARQL constraints need no ``advanced`` mode.

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
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.vocab import DCTERMS, DKG, OA, OWL, RDF, RDFS, SH, SKOS, XSD

__all__ = [
    "SHAPES_NS",
    "Report",
    "Violation",
    "clear_cache",
    "ontology_graph",
    "schema_graph",
    "shapes_graph",
    "validate",
]

#: Namespace of the project's shapes (``dkgsh:``).
SHAPES_NS = rdflib.Namespace("https://w3id.org/directive-kg/shapes#")

_REPO_ROOT = Path(__file__).resolve().parents[1]

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


def _files(kind: str) -> list[Path]:
    """The ``shapes`` or ``ontology`` Turtle files, from ``kg.resources`` when it exists."""
    try:
        from kg import resources  # written by the lead; optional until it lands
    except ImportError:
        resources = None
    getter = getattr(resources, f"{kind}_files", None) if resources is not None else None
    if getter is not None:
        return [Path(p) for p in getter()]
    return sorted((_REPO_ROOT / kind).glob("*.ttl"))


def _parse_all(paths: Iterable[Path]) -> Graph:
    g = Graph()
    for p in paths:
        g.parse(p, format="turtle")
    return g


_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The union of ``shapes/*.ttl`` (parsed once per process; do not modify it)."""
    with _lock:
        return _parse_all(_files("shapes"))


@functools.lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The union of ``ontology/*.ttl`` (parsed once per process; do not modify it)."""
    with _lock:
        return _parse_all(_files("ontology"))


@functools.lru_cache(maxsize=1)
def schema_graph() -> Graph:
    """The part of the ontology that validation needs: the class and property hierarchy.

    This is what is handed to pyshacl as ``ont_graph``. The ontology folder also holds reference
    data (SKOS schemes, about 800 administrative units); mixing all of it into every batch would
    re-validate that reference data on each call and triple the time, so only
    ``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` and the class declarations are passed. The
    reference data is checked against the shapes once, by the test suite.
    """
    ont = ontology_graph()
    g = Graph()
    for pred in (RDFS.subClassOf, RDFS.subPropertyOf):
        for t in ont.triples((None, pred, None)):
            g.add(t)
    for cls in (OWL.Class, RDFS.Class):
        for t in ont.triples((None, RDF.type, cls)):
            g.add(t)
    return g


def clear_cache() -> None:
    """Forget the parsed shapes and ontology (after editing the files in a running process)."""
    shapes_graph.cache_clear()
    ontology_graph.cache_clear()
    schema_graph.cache_clear()
    _shape_messages.cache_clear()


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

    def message(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" else self.message_vi


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

    def to_text(self, lang: str = "vi") -> str:
        """A readable report grouped by focus node (``lang`` is ``"vi"`` or ``"en"``)."""
        lang = "en" if lang == "en" else "vi"
        t, sev = _TEXT[lang], _SEVERITY_TEXT[lang]
        lines = [f"{t['ok'] if self.conforms else t['bad']}: {t['counts'].format(**self.counts())}"]
        for focus, items in self.by_focus().items():
            label = items[0].focus_label
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


def _label(g: Graph, node: rdflib.term.Node) -> str:
    """dkg:key, then rdfs:label (Vietnamese first), then dkg:canonicalName, then the IRI."""
    for prop in _LABEL_PROPS:
        values = [o for o in g.objects(node, prop) if isinstance(o, Literal)]
        if values:
            values.sort(key=lambda lit: (lit.language not in (None, "vi"), str(lit)))
            return str(values[0])
    return str(node)


# --------------------------------------------------------------------------- validation


@functools.lru_cache(maxsize=256)
def _prepared(text: str):
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


class _PreparedQueryGraph(Graph):
    """A graph whose ``query`` parses each distinct SPARQL text only once.

    pyshacl runs a SHACL-SPARQL constraint once per focus node with the same text (``$this`` is
    passed as an initial binding), and rdflib would parse that text every time: about 30 ms per
    focus node and constraint, which dominated validation. Parsing is cached per process.
    """

    def query(self, query_object, *args, **kwargs):  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def _merge(data: Graph, context: Graph | None) -> Graph:
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


def validate(data: Graph, *, context: Graph | None = None, report_context: bool = True) -> Report:
    """Validate ``data`` (merged with ``context``) against the project's shapes.

    With ``report_context=False`` only results about the batch's own nodes (subjects of
    ``data``) are reported: the store's loader passes partial descriptions of the nodes a
    batch points to as context, and those must not be judged on what was left out."""
    from pyshacl import validate as pyshacl_validate

    merged = _merge(data, context)
    sg = shapes_graph()
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
        raise RuntimeError(f"the SHACL shapes could not be used: {results}")
    messages = _shape_messages()
    violations: list[Violation] = []
    # Only the report's own results: pyshacl also writes the nested results of sh:node
    # constraints (linked by sh:detail), which the outer result already covers.
    for r in results.objects(None, SH.result):
        focus = results.value(r, SH.focusNode)
        shape = results.value(r, SH.sourceShape)
        sev = results.value(r, SH.resultSeverity)
        severity = str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"
        path_node = results.value(r, SH.resultPath)
        if path_node is None:
            path = None
        elif isinstance(path_node, URIRef):
            path = _term(path_node)
        else:  # a blank-node path copied into the report graph
            path = _path_text(results, path_node)
        value_node = results.value(r, SH.value)
        msgs = dict(messages.get(shape, {}))
        if not msgs:  # a shape without language-tagged messages: fall back to pyshacl's
            generic = [str(m) for m in results.objects(r, SH.resultMessage)]
            msgs = {"vi": "; ".join(generic), "en": "; ".join(generic)}
        violations.append(
            Violation(
                focus=str(focus),
                focus_label=_label(merged, focus),
                path=path,
                value=None if value_node is None else _term(value_node),
                message_vi=msgs.get("vi", msgs.get("en", "")),
                message_en=msgs.get("en", msgs.get("vi", "")),
                severity=severity,
                shape=str(shape) if isinstance(shape, URIRef) else _term(shape),
            )
        )
    if context is not None and not report_context:
        own = {str(s) for s in data.subjects()}
        violations = [v for v in violations if v.focus in own]
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    violations.sort(
        key=lambda v: (v.focus_label, v.focus, rank.get(v.severity, 9), v.shape, v.path or "", v.value or "")
    )
    conforms = not any(v.severity == "Violation" for v in violations)
    # pyshacl's own sh:conforms counts warnings too when allow_warnings is off; ours follows
    # the project rule (only sh:Violation blocks), so the report graph is made to agree.
    for rep in results.subjects(RDF.type, SH.ValidationReport):
        results.set((rep, SH.conforms, Literal(conforms)))
    results.bind("sh", SH)
    results.bind("dkg", DKG._NS)
    return Report(conforms=conforms, violations=violations, _graph=results)
