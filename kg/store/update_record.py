"""Recording a SPARQL update (a change set of ``dkg serve``'s endpoint or :meth:`kg.store.store.Store.update`).

An update of ``INSERT DATA`` and ``DELETE DATA`` alone with no blank node (a reviewer's assessment or tie, what the
endpoint writes) is written with its record in one transaction (:func:`recorded_data_update`): its effect is known
from its parse before it runs, so its payload is kept first, marked pending, as a load's is, and a process killed at
any moment leaves the update and its change set both written or neither (the next open drops a pending payload whose
record never committed, ``kg.store.undo.resume``). Any other update is diffed before and after it and recorded by
:func:`kg.store.history.record` (:func:`recording_update`). This module owns both (which quads to compare, read from
the update's parsed form); :mod:`kg.store.history` owns the change sets themselves (recording, listing, undoing)."""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode

from kg.errors import QueryError
from kg.rdf.graphs import CHANGES
from kg.rdf.terms import data_update, has_blank, to_ox
from kg.store import guard, history
from kg.store.canonical import canonical
from kg.store.faults import fault_point
from kg.store.history import data_snapshot, diff_against, is_recorded, record
from kg.store.payloads import COMPLETE, PENDING_WRITE, set_mark, write_payload
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




def recorded_data_update(store, command: str | None, update: str, base_iri: str | None = None,
                         sources: Iterable[str] = ()) -> bool:
    """Run ``update`` with its change set in one transaction where it is made of ``INSERT DATA`` / ``DELETE DATA``
    alone, with no blank node (see the module): its payload kept first, marked pending, then what it really changes
    (the quads the store lacks that it inserts, those the store holds that it deletes, in the form the engine keeps
    them) written as one request with its record. False, having done nothing, for any other update (the caller diffs
    it around its run instead, :func:`recording_update`)."""
    if not is_recorded(store):
        return False
    try:
        effect = guard.data_effect(operations(update, base_iri))
    except QueryError:  # (the engine gives the user its own message for a bad update)
        return False
    if effect is None or any(has_blank(q) or q.graph_name == CHANGES for q in [*effect[0], *effect[1]]):
        return False
    added = [q for q in canonical(effect[0]) if q not in store.main]
    removed = [q for q in canonical(effect[1]) if q in store.main]
    if not added and not removed:
        return True  # (it changes nothing: nothing to write or record)
    number = history.next_number(store)
    entry = history.activity_quads(number, command or history.agent(store), len(added), len(removed),
                                   sources=sources, graphs=[q.graph_name for q in (*added, *removed)],
                                   by=history.analyst(store))
    write_payload(store, number, added, removed, mark=PENDING_WRITE, record=entry)
    fault_point("update-planned")
    store.main.update(data_update([*added, *entry], removed))  # (the data and its record: one transaction)
    fault_point("update-written")
    set_mark(store, number, PENDING_WRITE, COMPLETE)
    return True
