"""Choosing the engine and writing ``graph/inferred``: the rules engine where the store uses only
what it implements, else reasonable, else owlrl (see the package docstring of :mod:`kg.reason`); and the digest of
the rules (:func:`rules_version`) the store keeps with the inferences they drew.
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError, UsageError
from kg.rdf.terms import to_ox, to_rdflib
from kg.reason.entailments import SKIP, ReasonResult, TripleSet, keep, schema_closure, schema_terms
from kg.reason.rules import read_tbox, run_rules
from kg.rdf.graphs import INFERRED

ENGINES = ("auto", "rules", "reasonable", "owlrl")


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

# --- choosing the engine -------------------------------------------------------------------------

def _asserted_count(store) -> int:
    """Statements (quads) outside ``graph/inferred``."""
    rows = list(store.main.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED.value}> {{ ?s ?p ?o }} }}"))
    return len(store.main) - (int(rows[0]["n"].value) if rows else 0)


def _external(store, engine: str) -> tuple[str, set[ox.Triple]]:
    """reasonable (engine ``auto`` or ``reasonable``), else owlrl, over every asserted quad."""
    base = [ox.Triple(q.subject, q.predicate, q.object) for q in store.main if q.graph_name not in SKIP]
    asserted = set(base)
    schema = schema_terms(base)
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
        try:
            subject, predicate, obj = to_ox(s), to_ox(p), to_ox(o)
        except (TypeError, ValueError):
            continue
        if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
            continue  # a literal subject cannot make an ox.Triple: dropped here
        t = ox.Triple(subject, predicate, obj)
        if t not in asserted and keep(t, schema):
            out.add(t)
    for t in schema_closure(store):
        if t not in asserted:
            out.add(t)
    return used, out


def _infer(store, engine: str):
    """(engine used, entailments, asserted statements, note)."""
    if engine not in ENGINES:
        raise UsageError(f"unknown reasoning engine {engine!r}", hint="one of: " + ", ".join(ENGINES))
    note = ""
    if engine in ("auto", "rules"):
        tb = read_tbox(store)
        if not tb.problems:
            return "rules", run_rules(store, tb), _asserted_count(store), note
        if engine == "rules":
            raise UsageError("the rules engine does not implement what the store uses: " + ", ".join(tb.problems),
                             hint="use engine auto or reasonable")
        note = "not the rules engine, which does not implement " + ", ".join(tb.problems)
        if tb.needs_owlrl and engine == "auto":
            engine = "owlrl"
            note += ", nor does reasonable"
    used, triples = _external(store, engine)
    return used, TripleSet(triples), _asserted_count(store), note


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


def rules_version() -> str:
    """A digest of the code of this package (its rules, what they keep, how an engine is chosen): the stamp a store
    keeps with the inferences drawn, so that a store whose inferences another version's rules drew has them drawn
    again. Of the files as they are, read again only where a module's size or time changed: a docstring reworded
    draws a store's inferences once more, the same triples (its stamp alone rewritten), which costs less than telling
    code from prose at every command that opens a store (bench/RESULTS.md, round 39)."""
    return code_digest(tuple((path, path.stat().st_size, path.stat().st_mtime_ns)
                             for path in sorted(Path(__file__).resolve().parent.glob("*.py"))))


@functools.lru_cache(maxsize=4)
def code_digest(files: tuple[tuple[Path, int, int], ...]) -> str:
    """The digest of the names and contents of ``files`` (path, size, time: the key of the cache)."""
    digest = hashlib.sha1()
    for path, _, _ in files:
        digest.update(path.name.encode() + b"\0" + hashlib.sha1(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def materialize(store, engine: str = "auto", *, mark: str | None = None) -> ReasonResult:
    """Compute the entailments and replace ``graph/inferred`` with them, stamped with :func:`rules_version` (where the
    graph holds them already, the stamp alone is brought up to date). ``mark``: the store's mark of the write, where
    the caller began it (``kg.store.inferred.REDRAW``); else the store's own for ``dkg reason``."""
    start = time.perf_counter()
    used, result, n_asserted, note = _infer(store, engine)
    changed = not _same_as_inferred_graph(store, result)
    if changed:
        store.replace_inferred((ox.Quad(t.subject, t.predicate, t.object, INFERRED) for t in result.triples()),
                               rules=rules_version(), mark=mark)
    else:
        store.confirm_inferred(rules_version(), mark=mark)
    counts = result.by_predicate()
    return ReasonResult(engine=used, asserted=n_asserted, inferred=len(result),
                        seconds=time.perf_counter() - start,
                        by_predicate=dict(counts.most_common()), changed=changed, note=note)
