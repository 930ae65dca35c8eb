"""OWL 2 RL entailments for ``graph/inferred``.

``materialize(store)`` reasons over everything the store asserts (reference graph with the
ontology, curated data, source graphs; never the inferred graph itself) and writes the *new*
triples to ``graph/inferred`` with ``Store.replace_inferred``:

* instance entailments: types through ``rdfs:subClassOf`` (a Resolution is a Document ...),
  properties through ``rdfs:subPropertyOf`` (``dkg:leadBody`` -> ``dkg:assignedBody``,
  ``dkg:implements`` -> ``dkg:cascadesFrom``), inverses (``dkg:implementedBy``, ``dkg:cascadesTo``,
  ``dkg:succeeds`` ...), transitive properties (``dkg:cascadesFrom``, ``dkg:partOf``), domains and
  ranges, and whatever else OWL 2 RL derives about the data;
* schema entailments: the transitive closure of ``rdfs:subClassOf`` and ``rdfs:subPropertyOf``
  (and non-trivial ``owl:equivalentClass`` / ``owl:equivalentProperty``), computed here with
  SPARQL property paths so that both engines give the same.

Left out on purpose: triples already asserted anywhere in the store, triples with a literal
subject, ``x owl:sameAs x`` and other reflexive schema triples, ``x rdf:type owl:Thing`` /
``rdfs:Resource``, anything touching a blank node (its identity is not stable between runs, so
keeping it would break idempotence), and other schema-level entailments (domain and range
propagation between properties, typing of datatypes and annotation properties) that no query uses.

Engines: ``reasonable`` (Rust, OWL 2 RL; measured about 40 times faster than owlrl on the query
fixtures and the generated data) when it is installed, else ``owlrl``. ``reasonable`` ignores
``owl:propertyChainAxiom``; the ontology declares none, and ``tests/test_reason.py`` compares the two
engines on the fixtures so that a chain added later shows up as a difference.

The result depends only on the asserted data, so running it twice on an unchanged store writes the
same set of triples. Every load drops ``graph/inferred`` (see ``Store._write``): run
``dkg reason`` again after loading.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import StoreError
from .store import INFERRED

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"

RDF_TYPE = RDF_NS + "type"
SUBCLASS = RDFS_NS + "subClassOf"
SUBPROP = RDFS_NS + "subPropertyOf"
SAME_AS = OWL_NS + "sameAs"
EQ_CLASS = OWL_NS + "equivalentClass"
EQ_PROP = OWL_NS + "equivalentProperty"

_REFLEXIVE = {SAME_AS, EQ_CLASS, EQ_PROP, SUBCLASS, SUBPROP}
_TRIVIAL_TYPES = {OWL_NS + "Thing", RDFS_NS + "Resource"}
_SCHEMA_TYPES = {OWL_NS + t for t in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty",
                                      "TransitiveProperty", "SymmetricProperty", "FunctionalProperty",
                                      "InverseFunctionalProperty", "Ontology", "Restriction",
                                      "AsymmetricProperty", "IrreflexiveProperty", "ReflexiveProperty")} | \
                {RDFS_NS + "Class", RDFS_NS + "Datatype", RDF_NS + "Property"}
_SYSTEM_NS = (RDF_NS, RDFS_NS, OWL_NS, XSD_NS)

ENGINES = ("auto", "reasonable", "owlrl")


@dataclass
class ReasonResult:
    """What a materialisation did."""

    engine: str
    asserted: int
    inferred: int
    seconds: float
    by_predicate: dict[str, int] = field(default_factory=dict)
    changed: bool = True

    def to_json(self) -> dict:
        return {"engine": self.engine, "asserted": self.asserted, "inferred": self.inferred,
                "seconds": round(self.seconds, 3), "changed": self.changed, "by_predicate": self.by_predicate}

    def __str__(self) -> str:
        top = ", ".join(f"{_short(p)} {n}" for p, n in list(self.by_predicate.items())[:8])
        state = "" if self.changed else " (unchanged)"
        return (f"reasoned with {self.engine} over {self.asserted} asserted triples in {self.seconds:.2f} s: "
                f"{self.inferred} inferred triples in graph/inferred{state}" + (f" [{top}]" if top else ""))


def _short(iri: str) -> str:
    for ns, prefix in (("https://w3id.org/directive-kg/ontology#", "dkg:"), (RDF_NS, "rdf:"),
                       (RDFS_NS, "rdfs:"), (OWL_NS, "owl:")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


# --- term conversion -----------------------------------------------------------------------------

def _to_rdflib(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt == XSD_NS + "string" else URIRef(dt))


def _to_ox(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unexpected term {term!r}")


# --- the engines ---------------------------------------------------------------------------------

def _run_reasonable(base: list[ox.Triple]) -> Iterable[tuple]:
    import reasonable  # noqa: F401  (ImportError -> the caller falls back)

    r = reasonable.PyReasoner()
    r.from_graph([(_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object))
                  for t in base if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)])
    return r.reason()


def _run_owlrl(base: list[ox.Triple]) -> Iterable[tuple]:
    import owlrl
    from rdflib import Graph

    g = Graph()
    for t in base:
        g.add((_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return iter(g)


def _schema_terms(base: Iterable[ox.Triple]) -> set[str]:
    out = set()
    for t in base:
        if t.predicate.value == RDF_TYPE and t.object.value in _SCHEMA_TYPES and isinstance(t.subject, ox.NamedNode):
            out.add(t.subject.value)
        elif t.predicate.value in (SUBCLASS, SUBPROP, EQ_CLASS, EQ_PROP) and isinstance(t.subject, ox.NamedNode):
            out.add(t.subject.value)
    return out


_SCHEMA_CLOSURE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
CONSTRUCT { ?a ?rel ?b } WHERE {
  { ?a rdfs:subClassOf/rdfs:subClassOf+ ?b . BIND(rdfs:subClassOf AS ?rel) }
  UNION { ?a rdfs:subPropertyOf/rdfs:subPropertyOf+ ?b . BIND(rdfs:subPropertyOf AS ?rel) }
  UNION { ?x (owl:equivalentClass|^owl:equivalentClass)+ ?a . ?x (owl:equivalentClass|^owl:equivalentClass)+ ?b .
          BIND(owl:equivalentClass AS ?rel) }
  UNION { ?x (owl:equivalentProperty|^owl:equivalentProperty)+ ?a . ?x (owl:equivalentProperty|^owl:equivalentProperty)+ ?b .
          BIND(owl:equivalentProperty AS ?rel) }
  FILTER(isIRI(?a) && isIRI(?b) && ?a != ?b)
}"""


def _schema_closure(store) -> list[ox.Triple]:
    # Over the union of the graphs: an explicit list of graphs is very slow on Oxigraph when there
    # are many source graphs, and the inferred graph only holds part of this same closure.
    return list(store.main.query(_SCHEMA_CLOSURE, use_default_graph_as_union=True))


def _keep(t: ox.Triple, schema: set[str]) -> bool:
    s, p, o = t.subject, t.predicate, t.object
    if not isinstance(s, ox.NamedNode) or isinstance(o, ox.BlankNode):
        return False
    if p.value in _REFLEXIVE and s == o:
        return False
    if p.value == RDF_TYPE and o.value in _TRIVIAL_TYPES:
        return False
    if s.value in schema or s.value.startswith(_SYSTEM_NS):
        return False  # schema-level entailments come from _schema_closure only
    return True


def inferences(store, engine: str = "auto") -> tuple[str, set[ox.Triple], int]:
    """The new triples OWL 2 RL entails from what the store asserts (nothing is written)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {ENGINES}")
    base = [ox.Triple(q.subject, q.predicate, q.object) for q in store.main if q.graph_name != INFERRED]
    asserted = set(base)
    schema = _schema_terms(base)
    raw = None
    used = engine
    if engine in ("auto", "reasonable"):
        try:
            raw = _run_reasonable(base)
            used = "reasonable"
        except ImportError:
            if engine == "reasonable":
                raise StoreError("the `reasonable` package is not installed", hint="pip install reasonable") from None
        except Exception as exc:  # noqa: BLE001 - a panic on odd data: fall back on owlrl
            if engine == "reasonable":
                raise StoreError(f"reasonable failed: {exc}") from None
        except BaseException as exc:  # pyo3 PanicException derives from BaseException
            if isinstance(exc, (KeyboardInterrupt, SystemExit)) or engine == "reasonable":
                raise
    if raw is None:
        raw = _run_owlrl(base)
        used = "owlrl"
    out: set[ox.Triple] = set()
    for s, p, o in raw:
        try:  # a literal subject cannot make an ox.Triple: dropped here
            t = ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o))
        except (TypeError, ValueError):
            continue
        if t not in asserted and _keep(t, schema):
            out.add(t)
    for t in _schema_closure(store):
        if t not in asserted:
            out.add(t)
    return used, out, len(asserted)


def materialize(store, engine: str = "auto") -> ReasonResult:
    """Compute the entailments and replace ``graph/inferred`` with them."""
    start = time.perf_counter()
    used, triples, n_asserted = inferences(store, engine)
    before = {ox.Triple(q.subject, q.predicate, q.object)
              for q in store.main.quads_for_pattern(None, None, None, INFERRED)}
    changed = before != triples
    if changed:
        store.replace_inferred(ox.Quad(t.subject, t.predicate, t.object, INFERRED) for t in triples)
    counts = Counter(t.predicate.value for t in triples)
    return ReasonResult(engine=used, asserted=n_asserted, inferred=len(triples),
                        seconds=time.perf_counter() - start,
                        by_predicate=dict(counts.most_common()), changed=changed)
