"""What reasoning writes (suy diễn): the vocabulary the engines reason with, the result of a run, and
which entailments are kept for ``graph/inferred`` whichever engine found them (no reflexive or
trivial triples, nothing about schema terms but their closure, no blank nodes), as the package
docstring of :mod:`kg.reason` describes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.i18n import CLI_TEXT, format_number
from kg.rdf.graphs import CHANGES, INDEX, INFERRED
from kg.rdf.vocab import OWL, RDF, RDFS, XSD, compact

#: Graphs reasoning never reads: its own output, and the search index the store derives itself.
SKIP = (INFERRED, INDEX, CHANGES)  # (the change log is about the data, not data)

RDF_NS = str(RDF)
RDFS_NS = str(RDFS)
OWL_NS = str(OWL)
XSD_NS = str(XSD)

RDF_TYPE = RDF_NS + "type"
SUBCLASS = RDFS_NS + "subClassOf"
SUBPROP = RDFS_NS + "subPropertyOf"
SAME_AS = OWL_NS + "sameAs"
EQ_CLASS = OWL_NS + "equivalentClass"
EQ_PROP = OWL_NS + "equivalentProperty"
DOMAIN = RDFS_NS + "domain"
RANGE = RDFS_NS + "range"
INVERSE_OF = OWL_NS + "inverseOf"
TRANSITIVE = OWL_NS + "TransitiveProperty"
SYMMETRIC = OWL_NS + "SymmetricProperty"
MEMBER = RDFS_NS + "member"

REFLEXIVE = {SAME_AS, EQ_CLASS, EQ_PROP, SUBCLASS, SUBPROP}
TRIVIAL_TYPES = {OWL_NS + "Thing", RDFS_NS + "Resource"}
SCHEMA_TYPES = {OWL_NS + t for t in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty",
                                      "TransitiveProperty", "SymmetricProperty", "FunctionalProperty",
                                      "InverseFunctionalProperty", "Ontology", "Restriction",
                                      "AsymmetricProperty", "IrreflexiveProperty", "ReflexiveProperty")} | \
                {RDFS_NS + "Class", RDFS_NS + "Datatype", RDF_NS + "Property"}
SYSTEM_NS = (RDF_NS, RDFS_NS, OWL_NS, XSD_NS)

ENGINES = ("auto", "rules", "reasonable", "owlrl")


@dataclass
class ReasonResult:
    """What a materialisation did."""

    engine: str
    asserted: int
    inferred: int
    seconds: float
    by_predicate: dict[str, int] = field(default_factory=dict)
    changed: bool = True
    note: str = ""  # why ``auto`` did not use the rules engine, when it did not

    def to_json(self) -> dict:
        return {"engine": self.engine, "asserted": self.asserted, "inferred": self.inferred,
                "seconds": round(self.seconds, 3), "changed": self.changed, "by_predicate": self.by_predicate,
                "note": self.note}

    @classmethod
    def from_json(cls, data: dict) -> ReasonResult:
        """The result back from ``to_json`` (what the server answers ``POST /store/reason`` with)."""
        return cls(engine=str(data["engine"]), asserted=int(data["asserted"]), inferred=int(data["inferred"]),
                   seconds=float(data["seconds"]), by_predicate=dict(data.get("by_predicate") or {}),
                   changed=bool(data.get("changed", True)), note=str(data.get("note") or ""))

    def to_text(self, lang: str = "en") -> str:
        """The one-line summary ``dkg reason`` prints, in ``lang`` (vi or en), its counts and seconds written as the
        language writes figures (``19.730``, ``0,44`` in Vietnamese); the note on the engine stays in English, as the
        engines word it."""
        words = CLI_TEXT[lang]
        top = ", ".join(f"{compact(p)} {format_number(n, lang)}" for p, n in list(self.by_predicate.items())[:8])
        state = "" if self.changed else " " + words["reason.unchanged"]
        return (words["reason.done"].format(engine=self.engine, asserted=format_number(self.asserted, lang),
                                            seconds=format_number(round(self.seconds, 2), lang),
                                            inferred=format_number(self.inferred, lang))
                + state + (f" [{top}]" if top else "") + (f"; {self.note}" if self.note else ""))

    def __str__(self) -> str:
        return self.to_text("en")


def schema_terms(base: Iterable[ox.Triple]) -> set[str]:
    """Declared classes and properties, subjects of subclass/subproperty axioms and both sides of
    equivalences: the triples the engines derive about them are left to ``schema_closure``."""
    out = set()
    for t in base:
        if t.predicate.value == RDF_TYPE and t.object.value in SCHEMA_TYPES and isinstance(t.subject, ox.NamedNode):
            out.add(t.subject.value)
        elif t.predicate.value in (SUBCLASS, SUBPROP, EQ_CLASS, EQ_PROP) and isinstance(t.subject, ox.NamedNode):
            out.add(t.subject.value)
        if t.predicate.value in (EQ_CLASS, EQ_PROP) and isinstance(t.object, ox.NamedNode):
            out.add(t.object.value)
    return out


# Every path starts from a variable bound by a plain triple pattern (p+ written p/p*), which
# means the same and which Virtuoso needs: it refuses a transitive path with neither end bound.
_SCHEMA_CLOSURE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
CONSTRUCT { ?a ?rel ?b } WHERE {
  { ?a rdfs:subClassOf ?m . ?m rdfs:subClassOf+ ?b . BIND(rdfs:subClassOf AS ?rel) }
  UNION { ?a rdfs:subPropertyOf ?m . ?m rdfs:subPropertyOf+ ?b . BIND(rdfs:subPropertyOf AS ?rel) }
  UNION { ?x owl:equivalentClass|^owl:equivalentClass ?y . ?y (owl:equivalentClass|^owl:equivalentClass)* ?a .
          ?x (owl:equivalentClass|^owl:equivalentClass)+ ?b . BIND(owl:equivalentClass AS ?rel) }
  UNION { ?x owl:equivalentProperty|^owl:equivalentProperty ?y . ?y (owl:equivalentProperty|^owl:equivalentProperty)* ?a .
          ?x (owl:equivalentProperty|^owl:equivalentProperty)+ ?b . BIND(owl:equivalentProperty AS ?rel) }
  FILTER(isIRI(?a) && isIRI(?b) && ?a != ?b)
}"""


def schema_closure(store) -> list[ox.Triple]:
    # Over the union of the graphs: an explicit list of graphs is very slow on Oxigraph when there
    # are many source graphs, and the inferred graph only holds part of this same closure.
    return list(store.main.query(_SCHEMA_CLOSURE, use_default_graph_as_union=True))


def keep(t: ox.Triple, schema: set[str]) -> bool:
    s, p, o = t.subject, t.predicate, t.object
    if not isinstance(s, ox.NamedNode) or isinstance(o, ox.BlankNode):
        return False
    if p.value in REFLEXIVE and s == o:
        return False
    if p.value == RDF_TYPE and o.value in TRIVIAL_TYPES:
        return False
    if s.value in schema or s.value.startswith(SYSTEM_NS):
        return False  # schema-level entailments come from schema_closure only
    return True



class TripleSet:
    """The same interface over a plain set of triples (the reasonable and owlrl engines)."""

    def __init__(self, triples: set[ox.Triple]):
        self.set = triples

    def __len__(self) -> int:
        return len(self.set)

    def triples(self) -> Iterator[ox.Triple]:
        return iter(self.set)

    def has(self, s, p, o) -> bool:
        return ox.Triple(s, p, o) in self.set

    def by_predicate(self) -> Counter:
        return Counter(t.predicate.value for t in self.set)

