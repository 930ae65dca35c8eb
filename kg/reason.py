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
  SPARQL property paths so that every engine gives the same.

Left out on purpose: triples already asserted anywhere in the store, triples with a literal
subject, ``x owl:sameAs x`` and other reflexive schema triples, ``x rdf:type owl:Thing`` /
``rdfs:Resource``, anything touching a blank node (its identity is not stable between runs, so
keeping it would break idempotence; blank nodes still take part in the reasoning), and other
schema-level entailments about declared classes and properties, subjects of subclass/subproperty
axioms and both sides of equivalences (domain and range propagation between properties, typing of
datatypes and annotation properties) that no query uses.

Engines (``materialize(store, engine=...)``):

* ``rules``, what ``auto`` uses: forward chaining, in Python, of the OWL 2 RL rules that this
  ontology's T-box can trigger: prp-spo1 (``rdfs:subPropertyOf``), prp-eqp1/2, prp-inv1/2
  (``owl:inverseOf``), prp-symp, prp-trp (``owl:TransitiveProperty``), prp-dom, prp-rng, cax-sco
  and cax-eqc1/2, plus rdfs12 (``rdf:_n`` is a subproperty of ``rdfs:member``, as reasonable has
  it). It reads the axioms from the store, then only the triples of the properties and classes
  they name (``quads_for_pattern`` per predicate, never the whole store, no rdflib terms); terms
  are interned as ints and an edge is one int. Property assertions are closed first: what an edge
  of ``p`` implies under subproperty, inverse and symmetry axioms is closed once over the handful of
  properties, every asserted edge is pushed through it in one pass, then each transitive property
  is closed (semi-naive) and what that adds is pushed again, until nothing is new. Then the types:
  domains and ranges of the closed edges and the asserted types of classes that have superclasses,
  pushed up the reflexive-transitive closure of ``rdfs:subClassOf`` / ``owl:equivalentClass``. The
  result is streamed into ``graph/inferred``.

  Why this is exact here: OWL 2 RL rules fire only on their vocabulary. The ontology uses
  subclass, subproperty, inverse, transitivity, domain and range (plus ``owl:disjointWith``, whose
  rule cax-dw only flags inconsistencies and derives nothing). With no ``owl:sameAs``, functional
  or inverse-functional property, restriction, class expression, property chain or key in the
  store, no other rule can fire, no rule derives a property assertion from a type, and the filter
  above is applied as for the other engines. Each run checks this: every OWL predicate and every
  OWL class used with ``rdf:type`` outside ``graph/inferred`` must be one the engine implements or
  one whose rules derive nothing (declarations, ontology metadata, disjointness, asymmetry ...), and
  no axiom may put RDF/RDFS/OWL vocabulary where a class or a property goes (meta-modelling).
  ``unsupported_constructs(store)`` lists what fails the check; then ``auto`` uses ``reasonable``
  (owlrl for ``owl:propertyChainAxiom``, ``owl:hasKey``, ``owl:maxCardinality``,
  ``owl:maxQualifiedCardinality`` and ``owl:oneOf``, which reasonable 0.4 ignores) and says so in
  ``ReasonResult.note``, and ``rules`` refuses. ``tests/test_reason.py`` checks that it writes the
  same set of triples as ``reasonable`` on the query fixtures, the bundled dataset, generated data
  and a case of every rule above, and that each unsupported construct sends ``auto`` elsewhere.
  Its time and memory against ``engine="reasonable"`` on generated data are in
  ``bench/RESULTS.md`` (``bench/run.py``); the same set of triples.
* ``reasonable`` (Rust, OWL 2 RL; much faster than owlrl), when installed (the ``reasonable``
  extra), else ``owlrl``: every asserted triple goes to rdflib terms and back, which is about
  half of its time (``bench/RESULTS.md``).
  ``reasonable`` ignores ``owl:propertyChainAxiom``; ``tests/test_reason.py`` compares it with owlrl
  on the fixtures.

``ReasonResult.asserted`` counts the statements (quads) outside ``graph/inferred``.

The result depends only on the asserted data, so running it twice on an unchanged store writes the
same set of triples. Every load drops ``graph/inferred`` (see ``Store._write``): run
``dkg reason`` again after loading.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError, UsageError
from kg.store import CHANGES, INDEX, INFERRED
from kg.rdf.terms import to_ox, to_rdflib
from kg.rdf.vocab import DKG, OWL, RDF, RDFS, XSD

#: Graphs reasoning never reads: its own output, and the search index the store derives itself.
_SKIP = (INFERRED, INDEX, CHANGES)  # (the change log is about the data, not data)

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

_REFLEXIVE = {SAME_AS, EQ_CLASS, EQ_PROP, SUBCLASS, SUBPROP}
_TRIVIAL_TYPES = {OWL_NS + "Thing", RDFS_NS + "Resource"}
_SCHEMA_TYPES = {OWL_NS + t for t in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty",
                                      "TransitiveProperty", "SymmetricProperty", "FunctionalProperty",
                                      "InverseFunctionalProperty", "Ontology", "Restriction",
                                      "AsymmetricProperty", "IrreflexiveProperty", "ReflexiveProperty")} | \
                {RDFS_NS + "Class", RDFS_NS + "Datatype", RDF_NS + "Property"}
_SYSTEM_NS = (RDF_NS, RDFS_NS, OWL_NS, XSD_NS)

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

    def __str__(self) -> str:
        top = ", ".join(f"{_short(p)} {n}" for p, n in list(self.by_predicate.items())[:8])
        state = "" if self.changed else " (unchanged)"
        return (f"reasoned with {self.engine} over {self.asserted} asserted triples in {self.seconds:.2f} s: "
                f"{self.inferred} inferred triples in graph/inferred{state}" + (f" [{top}]" if top else "")
                + (f"; {self.note}" if self.note else ""))


def _short(iri: str) -> str:
    for ns, prefix in ((str(DKG), "dkg:"), (RDF_NS, "rdf:"),
                       (RDFS_NS, "rdfs:"), (OWL_NS, "owl:")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


# --- the engines ---------------------------------------------------------------------------------

def _run_reasonable(base: list[ox.Triple]) -> Iterable[tuple]:
    import reasonable  # noqa: PLC0415  (optional extra; ImportError -> the caller falls back)

    r = reasonable.PyReasoner()
    # blank nodes included: restrictions (owl:hasValue, owl:someValuesFrom ...) are blank nodes
    r.from_graph([(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in base])
    return r.reason()


def _run_owlrl(base: list[ox.Triple]) -> Iterable[tuple]:
    import owlrl  # noqa: PLC0415  (slow to import; the last engine to fall back to)

    g = Graph()
    for t in base:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return iter(g)


def _schema_terms(base: Iterable[ox.Triple]) -> set[str]:
    """Declared classes and properties, subjects of subclass/subproperty axioms and both sides of
    equivalences: the triples the engines derive about them are left to ``_schema_closure``."""
    out = set()
    for t in base:
        if t.predicate.value == RDF_TYPE and t.object.value in _SCHEMA_TYPES and isinstance(t.subject, ox.NamedNode):
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


# --- the rules engine ----------------------------------------------------------------------------

#: OWL predicates the rules engine reads, or that no OWL 2 RL rule turns into a triple (their rules
#: only detect inconsistencies: cax-dw, prp-pdw, eq-diff1; or no rule reads them: ontology metadata).
_OWL_PREDICATES_OK = {EQ_CLASS, EQ_PROP, INVERSE_OF} | {OWL_NS + n for n in (
    "disjointWith", "propertyDisjointWith", "differentFrom", "versionIRI", "versionInfo", "priorVersion",
    "backwardCompatibleWith", "incompatibleWith", "imports", "deprecated")}
#: OWL classes an ``rdf:type`` may name: declarations, the two property characteristics the engine
#: implements, and two whose rules only detect inconsistencies (prp-asyp, prp-irp).
_OWL_TYPES_OK = {TRANSITIVE, SYMMETRIC} | {OWL_NS + n for n in (
    "Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty", "OntologyProperty", "Ontology",
    "NamedIndividual", "Thing", "AsymmetricProperty", "IrreflexiveProperty", "DeprecatedClass",
    "DeprecatedProperty")}
#: RDF, RDFS and OWL terms that may stand where an axiom names a class, or a property. Any other
#: (``x rdfs:subPropertyOf rdf:type``, ``rdfs:subClassOf rdfs:domain C``, ``C rdfs:subClassOf
#: owl:Class`` ...) is meta-modelling that would turn data into axioms: left to the OWL reasoners.
_CLASS_TERMS_OK = {OWL_NS + "Thing", OWL_NS + "Nothing", RDFS_NS + "Resource", RDFS_NS + "Literal",
                   RDF_NS + "langString", RDF_NS + "PlainLiteral", RDF_NS + "XMLLiteral"}
_PROPERTY_TERMS_OK = {RDFS_NS + n for n in ("label", "comment", "seeAlso", "isDefinedBy", "member")} | {
    RDF_NS + "value"}
_VOCAB_NS = (RDF_NS, RDFS_NS, OWL_NS)
#: OWL 2 RL rules that reasonable 0.4 does not implement either (prp-spo2, prp-key, cls-maxc2,
#: cls-maxqc3/4, cls-oo): their vocabulary sends ``auto`` to owlrl.
_REASONABLE_LACKS = {OWL_NS + n for n in ("propertyChainAxiom", "hasKey", "maxCardinality",
                                          "maxQualifiedCardinality", "oneOf")}

_IN_USE = """
SELECT DISTINCT ?x WHERE {
  { { ?s ?x ?o } UNION { GRAPH ?g { ?s ?x ?o } FILTER(?g != <%(inferred)s>) } }
}"""
_OWL_TYPES_IN_USE = """
SELECT DISTINCT ?x WHERE {
  { { ?s a ?x } UNION { GRAPH ?g { ?s a ?x } FILTER(?g != <%(inferred)s>) } }
  FILTER(isIRI(?x) && STRSTARTS(STR(?x), "%(owl)s"))
}"""


def _is_container_property(iri: str) -> bool:
    return iri.startswith(RDF_NS + "_") and iri[len(RDF_NS) + 1:].isdigit()


def _asserted(store, s=None, p=None, o=None) -> Iterator[ox.Quad]:
    """The quads of every graph but ``graph/inferred`` and ``graph/index`` that match a pattern."""
    for q in store.main.quads_for_pattern(s, p, o):
        if q.graph_name not in _SKIP:
            yield q


@dataclass
class _TBox:
    """The axioms the rules engine applies, read from everything the store asserts."""

    sub_property: list[tuple] = field(default_factory=list)   # (p, q): p rdfs:subPropertyOf q
    inverse: list[tuple] = field(default_factory=list)        # (p, q): p owl:inverseOf q
    transitive: set = field(default_factory=set)
    symmetric: set = field(default_factory=set)
    domain: list[tuple] = field(default_factory=list)         # (p, c)
    range: list[tuple] = field(default_factory=list)          # (p, c)
    sub_class: list[tuple] = field(default_factory=list)      # (c, d): c rdfs:subClassOf d
    schema: set[str] = field(default_factory=set)             # as _schema_terms
    problems: list[str] = field(default_factory=list)         # what the engine does not implement
    needs_owlrl: bool = False                                  # and neither does reasonable


def _read_tbox(store) -> _TBox:
    tb = _TBox()
    nn = ox.NamedNode

    def pairs(pred: str) -> list[tuple]:
        return [(q.subject, q.object) for q in _asserted(store, None, nn(pred))]

    sub_class, sub_prop, eq_class, eq_prop = pairs(SUBCLASS), pairs(SUBPROP), pairs(EQ_CLASS), pairs(EQ_PROP)
    tb.sub_class = sub_class + eq_class + [(b, a) for a, b in eq_class]           # cax-sco, cax-eqc1/2
    tb.sub_property = sub_prop + eq_prop + [(b, a) for a, b in eq_prop]           # prp-spo1, prp-eqp1/2
    tb.inverse, tb.domain, tb.range = pairs(INVERSE_OF), pairs(DOMAIN), pairs(RANGE)
    tb.transitive = {q.subject for q in _asserted(store, None, nn(RDF_TYPE), nn(TRANSITIVE))}
    tb.symmetric = {q.subject for q in _asserted(store, None, nn(RDF_TYPE), nn(SYMMETRIC))}
    for t in _SCHEMA_TYPES:
        tb.schema.update(q.subject.value for q in _asserted(store, None, nn(RDF_TYPE), nn(t))
                         if isinstance(q.subject, ox.NamedNode))
    for a, _ in sub_class + sub_prop + eq_class + eq_prop:
        if isinstance(a, ox.NamedNode):
            tb.schema.add(a.value)
    for _, b in eq_class + eq_prop:
        if isinstance(b, ox.NamedNode):
            tb.schema.add(b.value)

    problems = set()
    for row in store.main.query(_IN_USE % {"inferred": INFERRED.value}):
        pred = row["x"].value
        if pred.startswith(OWL_NS) and pred not in _OWL_PREDICATES_OK:
            problems.add(_short(pred))
            tb.needs_owlrl |= pred in _REASONABLE_LACKS
        elif _is_container_property(pred):  # rdfs12 (as reasonable): rdf:_n rdfs:subPropertyOf rdfs:member
            tb.sub_property.append((row["x"], nn(MEMBER)))
    for row in store.main.query(_OWL_TYPES_IN_USE % {"inferred": INFERRED.value, "owl": OWL_NS}):
        if row["x"].value not in _OWL_TYPES_OK:
            problems.add("rdf:type " + _short(row["x"].value))
    classes = [t for pair in tb.sub_class for t in pair] + [c for _, c in tb.domain + tb.range]
    props = ([t for pair in tb.sub_property + tb.inverse for t in pair] + [p for p, _ in tb.domain + tb.range]
             + list(tb.transitive | tb.symmetric))
    for t in classes:
        if isinstance(t, ox.NamedNode) and t.value.startswith(_VOCAB_NS) and t.value not in _CLASS_TERMS_OK:
            problems.add(f"{_short(t.value)} as a class in an axiom")
    for t in props:
        if (isinstance(t, ox.NamedNode) and t.value.startswith(_VOCAB_NS) and t.value not in _PROPERTY_TERMS_OK
                and not _is_container_property(t.value)):
            problems.add(f"{_short(t.value)} as a property in an axiom")
    tb.problems = sorted(problems)
    return tb


def unsupported_constructs(store) -> list[str]:
    """What the store asserts that the rules engine does not implement (empty: it is exact here)."""
    return _read_tbox(store).problems


_LOW = (1 << 32) - 1  # an edge s -> o is the int s << 32 | o (term ids < 2**32)


def _swap(edges: set[int]) -> set[int]:
    return {((e & _LOW) << 32) | (e >> 32) for e in edges}


def _transitive_extra(edges: set[int]) -> set[int]:
    """The edges the transitive closure of ``edges`` adds (semi-naive: a path found at step k is
    extended by one edge at step k + 1, and only the first time it is found)."""
    succ: dict[int, list[int]] = defaultdict(list)
    for e in edges:
        succ[e >> 32].append(e & _LOW)
    extra: set[int] = set()
    delta = edges
    while delta:
        step = {((e >> 32) << 32) | c for e in delta for c in succ.get(e & _LOW, ())}
        step -= edges
        step -= extra
        extra |= step
        delta = step
    return extra


def _reach(start, succ: dict) -> set:
    seen, todo = {start}, [start]
    while todo:
        for nxt in succ.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


class _Entailments:
    """The new triples in compact form: interned terms, ``s << 32 | o`` ints per property, subject
    ids per class, and the schema closure as Oxigraph triples."""

    def __init__(self, ids: dict, terms: list, edges: dict[int, set[int]], types: dict[int, set[int]],
                 extra: set[ox.Triple]):
        self.ids, self.terms, self.edges, self.types, self.extra = ids, terms, edges, types, extra
        self.type_id = ids.get(ox.NamedNode(RDF_TYPE))

    def __len__(self) -> int:
        return sum(map(len, self.edges.values())) + sum(map(len, self.types.values())) + len(self.extra)

    def triples(self) -> Iterator[ox.Triple]:
        terms = self.terms
        for p, edges in self.edges.items():
            pt = terms[p]
            for e in edges:
                yield ox.Triple(terms[e >> 32], pt, terms[e & _LOW])
        rdf_type = ox.NamedNode(RDF_TYPE)
        for c, subjects in self.types.items():
            ct = terms[c]
            for s in subjects:
                yield ox.Triple(terms[s], rdf_type, ct)
        yield from self.extra

    def has(self, s, p, o) -> bool:
        ids = self.ids
        si, pi, oi = ids.get(s), ids.get(p), ids.get(o)
        if si is not None and pi is not None and oi is not None:
            if pi == self.type_id and si in self.types.get(oi, ()):
                return True
            if (si << 32 | oi) in self.edges.get(pi, ()):
                return True
        return ox.Triple(s, p, o) in self.extra

    def by_predicate(self) -> Counter:
        counts = Counter({self.terms[p].value: len(e) for p, e in self.edges.items()})
        counts[RDF_TYPE] += sum(map(len, self.types.values()))
        counts.update(t.predicate.value for t in self.extra)
        return +counts


class _TripleSet:
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


def _run_rules(store, tb: _TBox) -> _Entailments:
    """Forward chaining of the OWL 2 RL rules the T-box can trigger, given that ``tb.problems`` is
    empty: prp-spo1, prp-eqp1/2, prp-inv1/2, prp-symp, prp-trp, prp-dom, prp-rng, cax-sco,
    cax-eqc1/2 (and rdfs12). Property assertions never depend on types here, so the property
    assertions are closed first, then the types."""
    ids: dict = {}
    terms: list = []

    def intern(t) -> int:
        i = ids.get(t)
        if i is None:
            i = ids[t] = len(terms)
            terms.append(t)
        return i

    def load(pid: int, subjects: bool = True, objects: bool = True, pairs: bool = True):
        """Asserted edges of a property: as ints, or the sets of their subjects and objects."""
        prop = terms[pid]
        edges, subs, objs = set(), set(), set()
        if not isinstance(prop, ox.NamedNode):
            return edges if pairs else (subs, objs)
        get = ids.get
        for q in _asserted(store, None, prop):
            s, o = q.subject, q.object
            if pairs or subjects:
                i = get(s)
                if i is None:
                    i = ids[s] = len(terms)
                    terms.append(s)
            if pairs or (objects and not isinstance(o, ox.Literal)):  # a literal cannot be typed
                j = get(o)
                if j is None:
                    j = ids[o] = len(terms)
                    terms.append(o)
            if pairs:
                edges.add(i << 32 | j)
            else:
                if subjects:
                    subs.add(i)
                if objects and not isinstance(o, ox.Literal):
                    objs.add(j)
        return edges if pairs else (subs, objs)

    # what an edge of p implies: (q, False) for s q o, (q, True) for o q s, closed under the axioms
    succ: dict[tuple[int, bool], set] = defaultdict(set)
    for p, q in tb.sub_property:                                     # prp-spo1
        a, b = intern(p), intern(q)
        succ[a, False].add((b, False))
        succ[a, True].add((b, True))
    for p, q in tb.inverse:                                          # prp-inv1/2
        a, b = intern(p), intern(q)
        succ[a, False].add((b, True))
        succ[a, True].add((b, False))
        succ[b, False].add((a, True))
        succ[b, True].add((a, False))
    for p in tb.symmetric:                                           # prp-symp
        a = intern(p)
        succ[a, False].add((a, True))
        succ[a, True].add((a, False))
    implies = {a: _reach((a, False), succ) - {(a, False)} for a, flipped in list(succ) if not flipped}
    transitive = {intern(p) for p in tb.transitive}
    linked = set(implies) | {q for targets in implies.values() for q, _ in targets} | transitive

    asserted = {p: load(p) for p in sorted(linked)}
    full = {p: set(e) for p, e in asserted.items()}

    def spread(p: int, edges: set[int], grown: set[int]) -> None:
        swapped = None
        for q, flipped in implies.get(p, ()):
            if flipped and swapped is None:
                swapped = _swap(edges)
            before = len(full[q])
            full[q] |= swapped if flipped else edges
            if len(full[q]) != before:
                grown.add(q)

    for p in sorted(asserted):
        spread(p, asserted[p], set())  # `implies` is closed: one pass gives every consequence
    todo = sorted(transitive)
    while todo:                                                      # prp-trp, then what follows
        grown: set[int] = set()
        for p in todo:
            extra = _transitive_extra(full[p])
            if extra:
                full[p] |= extra
                spread(p, extra, grown)
        todo = sorted(grown & transitive)

    # types: prp-dom, prp-rng, then cax-sco over the reflexive-transitive closure of the classes
    typed: dict[int, set[int]] = defaultdict(set)
    plain = {intern(p) for p, _ in tb.domain + tb.range} - linked
    with_domain = {intern(p) for p, _ in tb.domain}
    with_range = {intern(p) for p, _ in tb.range}
    ends = {p: load(p, p in with_domain, p in with_range, pairs=False) for p in sorted(plain)}
    for p, c in tb.domain:
        a = ids[p]
        typed[intern(c)] |= {e >> 32 for e in full[a]} if a in full else ends[a][0]
    for p, c in tb.range:
        a = ids[p]
        typed[intern(c)] |= ({e & _LOW for e in full[a] if not isinstance(terms[e & _LOW], ox.Literal)}
                             if a in full else ends[a][1])
    sup: dict[int, set[int]] = defaultdict(set)
    for c, d in tb.sub_class:
        sup[intern(c)].add(intern(d))
    rdf_type = ox.NamedNode(RDF_TYPE)
    intern(rdf_type)  # for _Entailments.has
    typed_as: dict[int, set[int]] = {}

    def asserted_types(c: int, all_subjects: bool) -> set[int]:
        """Subjects asserted to have type ``c``: all of them, or those already interned (a subject
        that no edge or asserted type brought in cannot have been derived)."""
        if c not in typed_as:
            if all_subjects:
                typed_as[c] = {intern(q.subject) for q in _asserted(store, None, rdf_type, terms[c])}
            else:
                found = (ids.get(q.subject) for q in _asserted(store, None, rdf_type, terms[c]))
                typed_as[c] = {i for i in found if i is not None}
        return typed_as[c]

    for c in list(sup):
        typed[c] |= asserted_types(c, True)
    derived: dict[int, set[int]] = defaultdict(set)
    for c, subjects in typed.items():
        for d in _reach(c, sup):
            derived[d] |= subjects
    for c in derived:
        derived[c] -= asserted_types(c, False)

    # what is kept: as _keep, and nothing asserted
    schema, trivial = tb.schema, _TRIVIAL_TYPES
    subject_ok = bytearray(len(terms))
    object_ok = bytearray(len(terms))
    for i, t in enumerate(terms):
        object_ok[i] = not isinstance(t, ox.BlankNode)
        subject_ok[i] = isinstance(t, ox.NamedNode) and t.value not in schema and not t.value.startswith(_SYSTEM_NS)
    edges_out: dict[int, set[int]] = {}
    for p, edges in full.items():
        if not isinstance(terms[p], ox.NamedNode):
            continue
        reflexive = terms[p].value in _REFLEXIVE
        new = {e for e in edges - asserted[p] if subject_ok[e >> 32] and object_ok[e & _LOW]
               and not (reflexive and e >> 32 == e & _LOW)}
        if new:
            edges_out[p] = new
    types_out: dict[int, set[int]] = {}
    for c, subjects in derived.items():
        if not object_ok[c] or (isinstance(terms[c], ox.NamedNode) and terms[c].value in trivial):
            continue
        new = {s for s in subjects if subject_ok[s]}
        if new:
            types_out[c] = new
    extra = {t for t in _schema_closure(store)
             if next(_asserted(store, t.subject, t.predicate, t.object), None) is None}
    return _Entailments(ids, terms, edges_out, types_out, extra)


# --- choosing the engine -------------------------------------------------------------------------

def _asserted_count(store) -> int:
    """Statements (quads) outside ``graph/inferred``."""
    rows = list(store.main.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED.value}> {{ ?s ?p ?o }} }}"))
    return len(store.main) - (int(rows[0]["n"].value) if rows else 0)


def _external(store, engine: str) -> tuple[str, set[ox.Triple]]:
    """reasonable (engine ``auto`` or ``reasonable``), else owlrl, over every asserted quad."""
    base = [ox.Triple(q.subject, q.predicate, q.object) for q in store.main if q.graph_name not in _SKIP]
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
    del base
    out: set[ox.Triple] = set()
    for s, p, o in raw:
        try:  # a literal subject cannot make an ox.Triple: dropped here
            t = ox.Triple(to_ox(s), to_ox(p), to_ox(o))
        except (TypeError, ValueError):
            continue
        if t not in asserted and _keep(t, schema):
            out.add(t)
    for t in _schema_closure(store):
        if t not in asserted:
            out.add(t)
    return used, out


def _infer(store, engine: str):
    """(engine used, entailments, asserted statements, note)."""
    if engine not in ENGINES:
        raise UsageError(f"unknown reasoning engine {engine!r}", hint="one of: " + ", ".join(ENGINES))
    note = ""
    if engine in ("auto", "rules"):
        tb = _read_tbox(store)
        if not tb.problems:
            return "rules", _run_rules(store, tb), _asserted_count(store), note
        if engine == "rules":
            raise UsageError("the rules engine does not implement what the store uses: " + ", ".join(tb.problems),
                             hint="use engine auto or reasonable")
        note = "not the rules engine, which does not implement " + ", ".join(tb.problems)
        if tb.needs_owlrl and engine == "auto":
            engine = "owlrl"
            note += ", nor does reasonable"
    used, triples = _external(store, engine)
    return used, _TripleSet(triples), _asserted_count(store), note


def inferences(store, engine: str = "auto") -> tuple[str, set[ox.Triple], int]:
    """The new triples OWL 2 RL entails from what the store asserts (nothing is written), with the
    engine used and the number of asserted statements (quads outside ``graph/inferred``)."""
    used, result, n_asserted, _ = _infer(store, engine)
    return used, set(result.triples()), n_asserted


def _same_as_inferred_graph(store, result) -> bool:
    n = 0
    for q in store.main.quads_for_pattern(None, None, None, INFERRED):
        n += 1
        if not result.has(q.subject, q.predicate, q.object):
            return False
    return n == len(result)


def materialize(store, engine: str = "auto") -> ReasonResult:
    """Compute the entailments and replace ``graph/inferred`` with them."""
    start = time.perf_counter()
    used, result, n_asserted, note = _infer(store, engine)
    changed = not _same_as_inferred_graph(store, result)
    if changed:
        store.replace_inferred(ox.Quad(t.subject, t.predicate, t.object, INFERRED) for t in result.triples())
    counts = result.by_predicate()
    return ReasonResult(engine=used, asserted=n_asserted, inferred=len(result),
                        seconds=time.perf_counter() - start,
                        by_predicate=dict(counts.most_common()), changed=changed, note=note)
