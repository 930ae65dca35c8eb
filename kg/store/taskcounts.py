"""Task counts (số nhiệm vụ được giao): one ``dkg:taskCount`` per body that has tasks in
``graph/index``, the number of distinct tasks assigned to it in any role.

The ``bodies`` query finds the busiest bodies of the whole store by reading these numbers rather
than by counting every assignment, which grows with the store (``bench/RESULTS-notes.md``). Like
the search words of :mod:`kg.store.textindex`, they are derived data: every write recounts the
bodies whose tasks it touches (:func:`recount`, or :func:`grown_counts` and :func:`write_counts`
for a write that only adds), and a rebuild of the index writes them all (:func:`task_counts`).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.rdf import vocab
from kg.rdf.graphs import DERIVED, INDEX
from kg.rdf.terms import OX_DKG, chunked, data_update, values_list
from kg.rdf.vocab import sparql_prefixes

_DKG = sparql_prefixes("dkg")

#: The properties that assign a task to a body (what the ``bodies`` query counts).
ROLES = tuple(r.name for r in (*vocab.ROLES, vocab.ASSIGNED))
_ROLE_VALUES = "VALUES ?_role { " + " ".join(f"dkg:{r}" for r in ROLES) + " }"
# the roles as one path of alternatives: with the nodes as the only VALUES block, Oxigraph starts
# from them (a second VALUES block for the roles made it scan every assignment: bench/RESULTS-notes.md,
# "Task counts")
_ROLE_PATH = "|".join(f"dkg:{r}" for r in ROLES)

_TASK_COUNTS = _DKG + """
SELECT ?body (COUNT(DISTINCT ?task) AS ?tasks) WHERE {
  """ + _ROLE_VALUES + """
  ?task ?_role ?body .
}
GROUP BY ?body"""

_TASK_COUNTS_OF = _DKG + """
SELECT ?body (COUNT(DISTINCT ?task) AS ?tasks) WHERE {
  VALUES ?body { %s }
  ?task """ + _ROLE_PATH + """ ?body .
}
GROUP BY ?body"""

_ROLE_PREDICATES = frozenset(OX_DKG[r] for r in ROLES)


def assignments(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The quads among ``quads`` that assign a task to a named body (in any role): those a
    ``dkg:taskCount`` counts."""
    return [q for q in quads if q.predicate in _ROLE_PREDICATES and isinstance(q.object, ox.NamedNode)]


def assigned_bodies(quads: Iterable[ox.Quad]) -> set[ox.NamedNode]:
    """The bodies that ``quads`` (added or removed by a write) assign a task to: the only bodies
    whose ``dkg:taskCount`` the write can change (graph/inferred aside: see :func:`recount`)."""
    return {q.object for q in assignments(quads) if isinstance(q.object, ox.NamedNode)}


def task_counts(dataset, bodies: list[ox.NamedNode] | None = None) -> Iterator[ox.Quad]:
    """The ``dkg:taskCount`` quads of ``bodies`` (every body with a task when ``None``)."""
    text = _TASK_COUNTS if bodies is None else _TASK_COUNTS_OF % values_list(bodies)
    for row in dataset.query(text, use_default_graph_as_union=True):
        if isinstance(row["body"], ox.NamedNode):
            yield ox.Quad(row["body"], OX_DKG.taskCount, ox.Literal(int(row["tasks"].value)), INDEX)


def recount(dataset, bodies: Iterable[ox.NamedNode] | None = None) -> int:
    """Write the ``dkg:taskCount`` of ``bodies`` anew (of every body when ``None``; a body left
    with no task loses its count). Returns the number of counts written."""
    if bodies is None:
        new = list(task_counts(dataset))
        dataset.update("DELETE { GRAPH %s { ?b %s ?n } } WHERE { GRAPH %s { ?b %s ?n } }"
                       % (INDEX, OX_DKG.taskCount, INDEX, OX_DKG.taskCount))
        dataset.extend(new)
        return len(new)
    chunks = list(chunked(bodies))
    return _replace_counts(dataset, chunks, [q for chunk in chunks for q in task_counts(dataset, chunk)])


def _replace_counts(dataset, chunks: list[list[ox.NamedNode]], new: list[ox.Quad]) -> int:
    """Drop the counts of the bodies in ``chunks`` and write ``new`` (one transaction for the new
    counts: a process killed before it leaves the write's mark, and the next open recounts)."""
    for chunk in chunks:
        dataset.update("DELETE { GRAPH %s { ?b %s ?n } } WHERE { VALUES ?b { %s } GRAPH %s { ?b %s ?n } }"
                       % (INDEX, OX_DKG.taskCount, values_list(chunk), INDEX, OX_DKG.taskCount))
    dataset.extend(new)
    return len(new)


def assigned_in(dataset, graphs: Iterable[ox.NamedNode]) -> bool:
    """Does any of ``graphs`` assign a task to a body (in any role)?"""
    return any(next(iter(dataset.quads_for_pattern(None, role, None, g)), None) is not None
               for g in graphs for role in _ROLE_PREDICATES)


def grown_counts(dataset, assigned: Iterable[ox.Quad],
                 held: Iterable[ox.Quad] | None = None) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Before a write that only adds quads, ``assigned`` being their assignments (see
    :func:`assignments`): the ``dkg:taskCount`` quads of the bodies they name as they are, and as
    they must be after it, for :func:`write_counts`. A body's count grows by the tasks it had in no role before, and no
    other count changes; graph/inferred must hold no assignment (else :func:`recount` every body).

    The same counts as :func:`recount` after the write (a test compares them), without counting
    every task of every body again: the pairs (task, body) are looked up in the store as it was,
    which, before a large bulk write has spread it over many files, costs a fraction of the query.
    ``held``: the store's quads whose subject is an IRI of the batch, outside the derived graphs (the
    context its validation read, as ``kg.store.history.new_quads`` takes it); a named task of which
    it holds nothing had no body in any role, without a lookup (most tasks of a large load), where no
    derived graph assigns tasks either."""
    seen = ({q.subject for q in held} if held is not None and not assigned_in(dataset, DERIVED) else None)
    gained: dict[ox.NamedNode, int] = {}
    for task, body in {(q.subject, q.object) for q in assigned if isinstance(q.object, ox.NamedNode)}:
        if seen is not None and isinstance(task, ox.NamedNode) and task not in seen:
            pass  # (new to the store)
        elif any(q.predicate in _ROLE_PREDICATES for q in dataset.quads_for_pattern(task, None, body)):
            continue  # (the body had this task already)
        gained[body] = gained.get(body, 0) + 1
    before, after = [], []
    for body, more in sorted(gained.items(), key=lambda item: item[0].value):
        old = next(iter(dataset.quads_for_pattern(body, OX_DKG.taskCount, None, INDEX)), None)
        if old is not None:
            before.append(old)
        after.append(ox.Quad(body, OX_DKG.taskCount, ox.Literal(more + (int(old.object.value) if old else 0)), INDEX))
    return before, after


def write_counts(dataset, counts: tuple[list[ox.Quad], list[ox.Quad]]) -> int:
    """Write the counts :func:`grown_counts` gave in place of those it found: the old ones deleted (named one
    by one: most bodies of a large load had none), then the new ones in one transaction, without a SPARQL text
    to write and parse for thousands of them (a process killed in between leaves the write's mark, and the next
    open recounts these bodies, as after a kill anywhere else in the index's upkeep)."""
    before, after = counts
    if before:
        dataset.update(data_update(removed=before))  # (found in graph/index: they are deleted from it)
    dataset.extend(after)
    return len(after)
