"""Recording a SPARQL update (a change set of ``dkg serve``'s endpoint or :meth:`kg.store.store.Store.update`): what
the update can have changed is diffed before and after it and recorded by :func:`kg.store.history.record`. This
module owns that diff (which quads to compare, read from the update's parsed form); :mod:`kg.store.history` owns the
change sets themselves (recording, listing, undoing)."""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode

from kg.errors import QueryError
from kg.rdf.graphs import CHANGES
from kg.rdf.terms import to_ox
from kg.store.history import data_snapshot, diff_against, is_recorded, record
from kg.store.updateparse import operations


def data_patterns(update: str, base_iri: str | None = None) -> set[tuple] | None:
    """For an update made only of ``INSERT DATA`` and ``DELETE DATA`` operations (read from its
    parsed form), the (subject, predicate, graph) of every quad it names: all it can change lies
    within them. None for any other update, or one that names a blank node as a subject (the engine
    renames those as it inserts them)."""
    try:
        ops = operations(update, base_iri)
    except QueryError:  # (the engine gives the user its own message for a bad update)
        return None
    patterns = set()
    for op in ops:
        if op.name not in ("InsertData", "DeleteData"):
            return None
        named = [(g, t) for g, triples in (op.get("quads") or {}).items() for t in triples]
        for g, (subj, pred, _obj) in [(None, t) for t in op.get("triples") or []] + named:
            if isinstance(subj, BNode):
                return None
            try:
                patterns.add((to_ox(subj), to_ox(pred), ox.DefaultGraph() if g is None else ox.NamedNode(str(g))))
            except ValueError:  # an IRI rdflib left relative: let the whole-store diff find what changed
                return None
    return patterns


def _matching(store, patterns: set[tuple]) -> set[ox.Quad]:
    return {q for s, p, g in patterns for q in store.main.quads_for_pattern(s, p, None, g)}


@contextlib.contextmanager
def recording_update(store, command: str | None = None, update: str = "",
                     base_iri: str | None = None, sources: Iterable[str] = ()) -> Iterator[None]:
    """Around a SPARQL update: diff what it can have changed before and after, and record the
    difference (``sources``: what it is about, see :func:`record`). An update of data alone is diffed over the quads with the subjects and predicates
    it names; any other is diffed over a copy of every data graph (a pass over the whole store)."""
    if not is_recorded(store):
        yield
        return
    patterns = data_patterns(update, base_iri)
    if patterns is not None:
        before = _matching(store, patterns)
        yield
        after = _matching(store, patterns)
        added, removed = [q for q in after if q not in before], [q for q in before if q not in after]
    else:
        snapshot = data_snapshot(store)
        yield
        added, removed = diff_against(store, snapshot)
    added = [q for q in added if q.graph_name != CHANGES]
    removed = [q for q in removed if q.graph_name != CHANGES]
    if added or removed:
        record(store, added, removed, sources=sources, command=command)


