"""The rules engine: forward chaining, over interned terms, of the OWL 2 RL rules this ontology's
T-box can trigger, and the check that the store uses nothing else (:func:`unsupported_constructs`);
see the package docstring of :mod:`kg.reason`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.reason.entailments import (DOMAIN, EQ_CLASS, EQ_PROP, INVERSE_OF, MEMBER, OWL_NS, RANGE, RDF_NS, RDF_TYPE,
                                   RDFS_NS, REFLEXIVE, SCHEMA_TYPES, SKIP, SUBCLASS, SUBPROP, SYMMETRIC, SYSTEM_NS,
                                   TRANSITIVE, TRIVIAL_TYPES, schema_closure)
from kg.rdf.vocab import compact
from kg.rdf.graphs import INFERRED

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
        if q.graph_name not in SKIP:
            yield q


@dataclass
class TBox:
    """The axioms the rules engine applies, read from everything the store asserts."""

    sub_property: list[tuple] = field(default_factory=list)   # (p, q): p rdfs:subPropertyOf q
    inverse: list[tuple] = field(default_factory=list)        # (p, q): p owl:inverseOf q
    transitive: set = field(default_factory=set)
    symmetric: set = field(default_factory=set)
    domain: list[tuple] = field(default_factory=list)         # (p, c)
    range: list[tuple] = field(default_factory=list)          # (p, c)
    sub_class: list[tuple] = field(default_factory=list)      # (c, d): c rdfs:subClassOf d
    schema: set[str] = field(default_factory=set)             # as schema_terms
    problems: list[str] = field(default_factory=list)         # what the engine does not implement
    needs_owlrl: bool = False                                  # and neither does reasonable


def read_tbox(store) -> TBox:
    tb = TBox()
    nn = ox.NamedNode

    def pairs(pred: str) -> list[tuple]:
        return [(q.subject, q.object) for q in _asserted(store, None, nn(pred))]

    sub_class, sub_prop, eq_class, eq_prop = pairs(SUBCLASS), pairs(SUBPROP), pairs(EQ_CLASS), pairs(EQ_PROP)
    tb.sub_class = sub_class + eq_class + [(b, a) for a, b in eq_class]           # cax-sco, cax-eqc1/2
    tb.sub_property = sub_prop + eq_prop + [(b, a) for a, b in eq_prop]           # prp-spo1, prp-eqp1/2
    tb.inverse, tb.domain, tb.range = pairs(INVERSE_OF), pairs(DOMAIN), pairs(RANGE)
    tb.transitive = {q.subject for q in _asserted(store, None, nn(RDF_TYPE), nn(TRANSITIVE))}
    tb.symmetric = {q.subject for q in _asserted(store, None, nn(RDF_TYPE), nn(SYMMETRIC))}
    for t in SCHEMA_TYPES:
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
            problems.add(compact(pred))
            tb.needs_owlrl |= pred in _REASONABLE_LACKS
        elif _is_container_property(pred):  # rdfs12 (as reasonable): rdf:_n rdfs:subPropertyOf rdfs:member
            tb.sub_property.append((row["x"], nn(MEMBER)))
    for row in store.main.query(_OWL_TYPES_IN_USE % {"inferred": INFERRED.value, "owl": OWL_NS}):
        if row["x"].value not in _OWL_TYPES_OK:
            problems.add("rdf:type " + compact(row["x"].value))
    classes = [t for pair in tb.sub_class for t in pair] + [c for _, c in tb.domain + tb.range]
    props = ([t for pair in tb.sub_property + tb.inverse for t in pair] + [p for p, _ in tb.domain + tb.range]
             + list(tb.transitive | tb.symmetric))
    for t in classes:
        if isinstance(t, ox.NamedNode) and t.value.startswith(_VOCAB_NS) and t.value not in _CLASS_TERMS_OK:
            problems.add(f"{compact(t.value)} as a class in an axiom")
    for t in props:
        if (isinstance(t, ox.NamedNode) and t.value.startswith(_VOCAB_NS) and t.value not in _PROPERTY_TERMS_OK
                and not _is_container_property(t.value)):
            problems.add(f"{compact(t.value)} as a property in an axiom")
    tb.problems = sorted(problems)
    return tb


def unsupported_constructs(store) -> list[str]:
    """What the store asserts that the rules engine does not implement (empty: it is exact here)."""
    return read_tbox(store).problems


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


class Entailments:
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


def run_rules(store, tb: TBox) -> Entailments:
    """Forward chaining of the OWL 2 RL rules the T-box can trigger, given that ``tb.problems`` is
    empty: prp-spo1, prp-eqp1/2, prp-inv1/2, prp-symp, prp-trp, prp-dom, prp-rng, cax-sco,
    cax-eqc1/2 (and rdfs12). Property assertions never depend on types here, so the property
    assertions are closed first, then the types."""
    ids: dict[object, int] = {}
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
        edges: set[int] = set()
        subs: set[int] = set()
        objs: set[int] = set()
        i = j = 0
        if not isinstance(prop, ox.NamedNode):
            return edges if pairs else (subs, objs)
        get = ids.get
        for q in _asserted(store, None, prop):
            s, o = q.subject, q.object
            if pairs or subjects:
                found = get(s)
                if found is None:
                    found = ids[s] = len(terms)
                    terms.append(s)
                i = found
            if pairs or (objects and not isinstance(o, ox.Literal)):  # a literal cannot be typed
                found = get(o)
                if found is None:
                    found = ids[o] = len(terms)
                    terms.append(o)
                j = found
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
        swapped: set[int] | None = None
        for q, flipped in implies.get(p, ()):
            if flipped and swapped is None:
                swapped = _swap(edges)
            before = len(full[q])
            full[q] |= swapped if flipped and swapped is not None else edges
            if len(full[q]) != before:
                grown.add(q)

    for p in sorted(asserted):
        spread(p, asserted[p], set())  # `implies` is closed: one pass gives every consequence
    todo = sorted(transitive)
    while todo:                                                      # prp-trp, then what follows
        grown: set[int] = set()
        for p in todo:
            more = _transitive_extra(full[p])
            if more:
                full[p] |= more
                spread(p, more, grown)
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
    intern(rdf_type)  # for Entailments.has
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

    # what is kept: as keep, and nothing asserted
    schema, trivial = tb.schema, TRIVIAL_TYPES
    subject_ok = bytearray(len(terms))
    object_ok = bytearray(len(terms))
    for i, t in enumerate(terms):
        object_ok[i] = not isinstance(t, ox.BlankNode)
        subject_ok[i] = isinstance(t, ox.NamedNode) and t.value not in schema and not t.value.startswith(SYSTEM_NS)
    edges_out: dict[int, set[int]] = {}
    for p, edges in full.items():
        if not isinstance(terms[p], ox.NamedNode):
            continue
        reflexive = terms[p].value in REFLEXIVE
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
    closure = {t for t in schema_closure(store)
               if next(_asserted(store, t.subject, t.predicate, t.object), None) is None}
    return Entailments(ids, terms, edges_out, types_out, closure)

