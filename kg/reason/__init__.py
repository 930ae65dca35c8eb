"""OWL 2 RL entailments for ``graph/inferred`` (suy diễn).

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
same set of triples. Every write of the data drops ``graph/inferred`` and, where the store held inferences, draws
them again over the new data as its last step (``kg.store.writes.write_quads``): ``dkg reason`` is run once, on a
store that has none yet.

Which rules drew a store's inferences is kept with them: ``rules_version()`` is a digest of this package's code, written with ``graph/inferred`` in the transaction that ends the write; a
store whose inferences another version's rules drew has them drawn again at its next open for writing, and a
reader says they are behind (``kg.store.inferred``).

Modules: ``entailments`` (the vocabulary, the result, what is kept), ``rules`` (the rules engine and
its check of the store), ``engines`` (choosing the engine, the external ones, writing the graph, the rules'
digest). May import ``kg.rdf``, ``kg.errors`` and ``kg.i18n`` (the words of the summary); never the store (which
calls it to draw its inferences again), the queries or the adapters.
"""

from kg.reason.engines import ENGINES, inferences, materialize, rules_version
from kg.reason.entailments import ReasonResult
from kg.reason.rules import unsupported_constructs

__all__ = ["ENGINES", "ReasonResult", "inferences", "materialize", "rules_version", "unsupported_constructs"]
