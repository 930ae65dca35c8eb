"""Bilingual HTML documentation of the ontology, generated from the Turtle.

:func:`render_ontology_html` turns a graph holding ``ontology/directive-kg.ttl`` (and, if
loaded, the ``vocab-*.ttl`` concept schemes) into one self-contained page: ontology metadata,
the class hierarchy, every class and property with its Vietnamese and English labels and
definitions, domains, ranges, super-properties, inverses and characteristics, and the concept
schemes with their concepts. The web app serves it at ``/ontology``.

Written with jinja2 (autoescaping on, so every label and definition is HTML-escaped); pyLODE
is not used. The page has inline CSS only and no scripts, fonts or links to other hosts:
standard terms (ELI, PROV, ORG ...) are shown as prefixed names with their full IRI as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from jinja2 import Environment
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg import resources
from kg.rdf.vocab import DCTERMS, DKG, ONTOLOGY_IRI, OWL, RDF, RDFS, SKOS, compact

__all__ = ["render_ontology_html", "load_ontology_graph"]

#: Admin-unit file: large and not part of the model's documentation.
_SKIP_FILES = {"admin-units.ttl"}



def load_ontology_graph(include_admin_units: bool = False) -> Graph:
    """The ontology and concept schemes from the installed ``ontology/`` folder."""
    files = resources.ontology_files()
    g = Graph()
    for f in files:
        if include_admin_units or f.name not in _SKIP_FILES:
            g.parse(f, format="turtle")
    return g


# --------------------------------------------------------------------------- model


@dataclass
class Ref:
    """A link to a term: an in-page anchor for dkg terms, plain text for others."""

    text: str
    iri: str
    anchor: str | None = None


@dataclass
class Term:
    iri: str
    name: str
    anchor: str
    kinds: list[str]
    label_vi: str = ""
    label_en: str = ""
    def_vi: str = ""
    def_en: str = ""
    notes: list[str] = field(default_factory=list)
    supers: list[Ref] = field(default_factory=list)
    subs: list[Ref] = field(default_factory=list)
    domain: list[Ref] = field(default_factory=list)
    range: list[Ref] = field(default_factory=list)
    inverse: list[Ref] = field(default_factory=list)
    see_also: list[Ref] = field(default_factory=list)
    disjoint: list[Ref] = field(default_factory=list)


@dataclass
class Concept:
    iri: str
    notation: str
    label_vi: str
    label_en: str
    def_vi: str
    def_en: str
    see_also: list[Ref]


@dataclass
class Scheme:
    iri: str
    anchor: str
    label_vi: str
    label_en: str
    def_vi: str
    def_en: str
    concepts: list[Concept]


def _text(g: Graph, s, p, lang: str | None = None) -> str:
    vals = [o for o in g.objects(s, p) if isinstance(o, Literal)]
    if lang is not None:
        tagged = [o for o in vals if o.language == lang]
        vals = tagged or ([o for o in vals if o.language is None] if lang == "en" else [])
    return str(sorted(vals)[0]) if vals else ""


def _anchor(iri: str) -> str:
    return iri[len(str(DKG._NS)):] if iri.startswith(str(DKG._NS)) else ""


def _ref(g: Graph, node) -> list[Ref]:
    """One node as references (a union expands into its members)."""
    if isinstance(node, BNode):
        members = next(iter(g.objects(node, OWL.unionOf)), None)
        if members is not None:
            return [r for m in Collection(g, members) for r in _ref(g, m)]
        return [Ref("(anonymous class)", "")]
    iri = str(node)
    return [Ref(compact(iri), iri, _anchor(iri) or None)]


def _refs(g: Graph, nodes) -> list[Ref]:
    out = [r for n in nodes for r in _ref(g, n)]
    return sorted(out, key=lambda r: r.text)


def _collect(g: Graph):
    ns = str(DKG._NS)
    class_types = {OWL.Class, RDFS.Class}
    prop_types = {OWL.ObjectProperty: "object property", OWL.DatatypeProperty: "datatype property",
                  OWL.AnnotationProperty: "annotation property", RDF.Property: "property"}
    flags = {OWL.TransitiveProperty: "transitive", OWL.SymmetricProperty: "symmetric",
             OWL.FunctionalProperty: "functional", OWL.InverseFunctionalProperty: "inverse functional"}
    classes: dict[str, Term] = {}
    props: dict[str, Term] = {}
    subjects = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ns)}
    for s in sorted(subjects):
        types = set(g.objects(s, RDF.type))
        iri = str(s)
        base = Term(iri=iri, name=compact(iri), anchor=_anchor(iri), kinds=[],
                    label_vi=_text(g, s, RDFS.label, "vi"), label_en=_text(g, s, RDFS.label, "en"),
                    def_vi=_text(g, s, SKOS.definition, "vi"), def_en=_text(g, s, SKOS.definition, "en"),
                    notes=sorted(str(o) for p in (SKOS.scopeNote, SKOS.note, RDFS.comment)
                                 for o in g.objects(s, p) if isinstance(o, Literal)),
                    see_also=_refs(g, g.objects(s, RDFS.seeAlso)))
        if types & class_types:
            t = replace(base, kinds=["class"])
            t.supers = _refs(g, g.objects(s, RDFS.subClassOf))
            t.subs = _refs(g, g.subjects(RDFS.subClassOf, s))
            t.disjoint = _refs(g, set(g.objects(s, OWL.disjointWith)) | set(g.subjects(OWL.disjointWith, s)))
            classes[iri] = t
        kinds = [prop_types[x] for x in prop_types if x in types] + [flags[x] for x in flags if x in types]
        if any(x in types for x in prop_types):
            t = replace(base, kinds=kinds)
            t.supers = _refs(g, g.objects(s, RDFS.subPropertyOf))
            t.subs = _refs(g, g.subjects(RDFS.subPropertyOf, s))
            t.domain = _refs(g, g.objects(s, RDFS.domain))
            t.range = _refs(g, g.objects(s, RDFS.range))
            t.inverse = _refs(g, set(g.objects(s, OWL.inverseOf)) | set(g.subjects(OWL.inverseOf, s)))
            props[iri] = t
    return classes, props


def _tree(classes: dict[str, Term]) -> list[tuple[int, Term]]:
    """Classes depth-first under their dkg super-classes (a class with several appears under each)."""
    children: dict[str, list[Term]] = {}
    roots = []
    for t in classes.values():
        parents = [r.iri for r in t.supers if r.iri in classes]
        if not parents:
            roots.append(t)
        for p in parents:
            children.setdefault(p, []).append(t)
    out: list[tuple[int, Term]] = []

    def walk(t: Term, depth: int, seen: frozenset[str]) -> None:
        out.append((depth, t))
        for c in sorted(children.get(t.iri, []), key=lambda x: x.name):
            if c.iri not in seen:
                walk(c, depth + 1, seen | {c.iri})

    for r in sorted(roots, key=lambda x: x.name):
        walk(r, 0, frozenset({r.iri}))
    return out


def _schemes(g: Graph) -> list[Scheme]:
    out = []
    for s in sorted(set(g.subjects(RDF.type, SKOS.ConceptScheme)), key=str):
        concepts = []
        for c in set(g.subjects(SKOS.inScheme, s)):
            concepts.append(Concept(
                iri=str(c), notation=_text(g, c, SKOS.notation),
                label_vi=_text(g, c, SKOS.prefLabel, "vi"), label_en=_text(g, c, SKOS.prefLabel, "en"),
                def_vi=_text(g, c, SKOS.definition, "vi"), def_en=_text(g, c, SKOS.definition, "en"),
                see_also=_refs(g, g.objects(c, RDFS.seeAlso))))
        concepts.sort(key=lambda c: (c.notation.casefold(), c.iri))
        iri = str(s)
        out.append(Scheme(iri=iri, anchor="scheme-" + iri.rstrip("/").rsplit("/", 1)[-1],
                          label_vi=_text(g, s, SKOS.prefLabel, "vi"), label_en=_text(g, s, SKOS.prefLabel, "en"),
                          def_vi=_text(g, s, SKOS.definition, "vi"), def_en=_text(g, s, SKOS.definition, "en"),
                          concepts=concepts))
    return out


# --------------------------------------------------------------------------- template

_TEMPLATE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title_vi }} / {{ title_en }}</title>
{% if json_href %}<link rel="alternate" type="application/ld+json" href="{{ json_href }}">{% endif %}
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1d232a;background:#fafbfc;line-height:1.45}
header{background:#8b1a1a;color:#fff;padding:1.2rem 2rem}
header h1{margin:0 0 .3rem;font-size:1.5rem}
header p{margin:.2rem 0;max-width:70rem}
header code{color:#ffe9a8}
header a{color:#ffe9a8;text-decoration:underline}
nav{padding:.6rem 2rem;background:#fff;border-bottom:1px solid #dde1e6;position:sticky;top:0}
nav a{margin-right:1rem}
main{padding:1rem 2rem;max-width:78rem}
a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
h2{border-bottom:2px solid #8b1a1a;padding-bottom:.2rem;margin-top:2rem}
.term{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.7rem 1rem;margin:.8rem 0}
.term h3{margin:0 0 .3rem;font-size:1.1rem}
.kind{font-size:.75rem;background:#eef1f4;border-radius:3px;padding:.05rem .35rem;margin-left:.3rem;color:#445}
.iri{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;color:#667}
.vi{color:#1d232a}.en{color:#3a4654}
.lang{font-size:.7rem;font-weight:bold;color:#8b1a1a;margin-right:.3rem}
dl{display:grid;grid-template-columns:11rem 1fr;gap:.15rem .8rem;margin:.5rem 0 0}
dt{color:#667;font-size:.85rem}dd{margin:0;min-width:0;overflow-wrap:anywhere}
@media (max-width:700px){main{padding:1rem}dl{grid-template-columns:1fr}table{display:block;overflow-x:auto}}
ul.tree{list-style:none;padding-left:0;margin:.3rem 0}
ul.tree li{margin:.1rem 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border:1px solid #dde1e6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4}
.note{font-size:.85rem;color:#556}
</style>
</head>
<body>
<header>
<h1>{{ title_vi }}<br><span style="font-weight:normal">{{ title_en }}</span></h1>
<p><code>{{ ontology_iri }}</code> &middot; version {{ version }}{% if version_iri %} &middot; <code>{{ version_iri }}</code>{% endif %}</p>
{% if desc_vi %}<p><span class="lang">vi</span>{{ desc_vi }}</p>{% endif %}
{% if desc_en %}<p><span class="lang">en</span>{{ desc_en }}</p>{% endif %}
<p>Prefix <code>dkg:</code> = <code>{{ namespace }}</code> &middot; {{ classes|length }} classes / lớp &middot; {{ props|length }} properties / thuộc tính &middot; {{ schemes|length }} concept schemes / bộ khái niệm{% if json_href %} &middot; <a href="{{ json_href }}">JSON-LD</a>{% endif %}</p>
</header>
<nav>{% if home_href %}<a href="{{ home_href }}">Trang chủ / Home</a>{% endif %}<a href="#hierarchy">Phân cấp lớp / Class hierarchy</a><a href="#classes">Lớp / Classes</a><a href="#properties">Thuộc tính / Properties</a><a href="#schemes">Bộ khái niệm / Concept schemes</a></nav>
<main>
{% macro refs(items) -%}
{% for r in items %}{% if r.anchor %}<a href="#{{ r.anchor }}">{{ r.text }}</a>{% else %}<span title="{{ r.iri }}">{{ r.text }}</span>{% endif %}{% if not loop.last %}, {% endif %}{% endfor %}
{%- endmacro %}
{% macro term_block(t) %}
<section class="term" id="{{ t.anchor }}">
<h3>{{ t.name }}{% for k in t.kinds %}<span class="kind">{{ k }}</span>{% endfor %}</h3>
<div class="iri">{{ t.iri }}</div>
<div class="vi"><span class="lang">vi</span><strong>{{ t.label_vi }}</strong>{% if t.def_vi %}: {{ t.def_vi }}{% endif %}</div>
<div class="en"><span class="lang">en</span><strong>{{ t.label_en }}</strong>{% if t.def_en %}: {{ t.def_en }}{% endif %}</div>
{% for n in t.notes %}<p class="note">{{ n }}</p>{% endfor %}
<dl>
{% if t.supers %}<dt>{% if 'class' in t.kinds %}Lớp cha / subclass of{% else %}Thuộc tính cha / subproperty of{% endif %}</dt><dd>{{ refs(t.supers) }}</dd>{% endif %}
{% if t.subs %}<dt>{% if 'class' in t.kinds %}Lớp con / subclasses{% else %}Thuộc tính con / subproperties{% endif %}</dt><dd>{{ refs(t.subs) }}</dd>{% endif %}
{% if t.domain %}<dt>Miền / domain</dt><dd>{{ refs(t.domain) }}</dd>{% endif %}
{% if t.range %}<dt>Miền giá trị / range</dt><dd>{{ refs(t.range) }}</dd>{% endif %}
{% if t.inverse %}<dt>Ngược / inverse of</dt><dd>{{ refs(t.inverse) }}</dd>{% endif %}
{% if t.disjoint %}<dt>Tách rời / disjoint with</dt><dd>{{ refs(t.disjoint) }}</dd>{% endif %}
{% if t.see_also %}<dt>Xem thêm / see also</dt><dd>{{ refs(t.see_also) }}</dd>{% endif %}
</dl>
</section>
{% endmacro %}
<h2 id="hierarchy">Phân cấp lớp / Class hierarchy</h2>
<ul class="tree">
{% for depth, t in tree %}<li style="padding-left:{{ depth * 1.5 }}rem"><a href="#{{ t.anchor }}">{{ t.name }}</a> &mdash; {{ t.label_vi }} / {{ t.label_en }}</li>
{% endfor %}</ul>
<h2 id="classes">Lớp / Classes</h2>
{% for t in classes %}{{ term_block(t) }}{% endfor %}
<h2 id="properties">Thuộc tính / Properties</h2>
{% for t in props %}{{ term_block(t) }}{% endfor %}
<h2 id="schemes">Bộ khái niệm / Concept schemes</h2>
{% if not schemes %}<p class="note">Không có bộ khái niệm nào được nạp / no concept scheme loaded.</p>{% endif %}
{% for s in schemes %}
<section class="term" id="{{ s.anchor }}">
<h3>{{ s.label_vi }} / {{ s.label_en }} <span class="kind">{{ s.concepts|length }} concepts</span></h3>
<div class="iri">{{ s.iri }}</div>
{% if s.def_vi %}<div class="vi"><span class="lang">vi</span>{{ s.def_vi }}</div>{% endif %}
{% if s.def_en %}<div class="en"><span class="lang">en</span>{{ s.def_en }}</div>{% endif %}
<table>
<tr><th>Mã / code</th><th>Tiếng Việt</th><th>English</th><th>Xem thêm / see also</th></tr>
{% for c in s.concepts %}<tr><td><code title="{{ c.iri }}">{{ c.notation }}</code></td><td>{{ c.label_vi }}{% if c.def_vi %}<div class="note">{{ c.def_vi }}</div>{% endif %}</td><td>{{ c.label_en }}{% if c.def_en %}<div class="note">{{ c.def_en }}</div>{% endif %}</td><td>{{ refs(c.see_also) }}</td></tr>
{% endfor %}</table>
</section>
{% endfor %}
</main>
</body>
</html>
"""

_ENV = Environment(autoescape=True, trim_blocks=False, lstrip_blocks=False)


def render_ontology_html(graph: Graph, *, json_href: str | None = None, home_href: str | None = None) -> str:
    """A self-contained bilingual HTML page documenting the dkg ontology in ``graph``; where it is
    served, ``json_href`` links its JSON-LD twin and ``home_href`` the site's start page."""
    classes, props = _collect(graph)
    onto: Node = ONTOLOGY_IRI
    if (onto, RDF.type, OWL.Ontology) not in graph:
        onto = next((s for s in graph.subjects(RDF.type, OWL.Ontology)), onto)
    ctx = dict(
        ontology_iri=str(onto),
        version=_text(graph, onto, OWL.versionInfo) or "?",
        version_iri=str(next(graph.objects(onto, OWL.versionIRI), "") or ""),
        title_vi=_text(graph, onto, DCTERMS.title, "vi") or "directive-kg",
        title_en=_text(graph, onto, DCTERMS.title, "en") or "directive-kg ontology",
        desc_vi=_text(graph, onto, DCTERMS.description, "vi"),
        desc_en=_text(graph, onto, DCTERMS.description, "en"),
        namespace=str(DKG._NS),
        classes=sorted(classes.values(), key=lambda t: t.name),
        props=sorted(props.values(), key=lambda t: t.name),
        tree=_tree(classes),
        schemes=_schemes(graph),
        json_href=json_href,
        home_href=home_href,
    )
    return _ENV.from_string(_TEMPLATE).render(**ctx)

