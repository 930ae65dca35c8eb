"""What a plain addition's index upkeep looks up in the store before the write (tra cứu trước khi ghi),
made by the loading process or by the child that validates the batch (``kg.validate.batch.Apart``).

A plain addition refreshes, after its write, the index entries of the nodes it touches and grows the
task counts of the bodies it assigns; both are looked up in the store as it was before the write
(:func:`look_ahead`), which costs a fraction of the queries after it. A large load's validating child
has the same batch and, once its report is sent, nothing to do while the loading process writes the
data: it opens the store read-only at its start and says so first (the loading process writes the data
only once it knows, ``Apart.viewing``, so that view is the store before the write) and makes the same
lookups there after its report (:func:`serve`), while the loading process, which no longer waits for the
verdict before a large write (``kg.store.writes.write_unvalidated``), writes. The loading process checks what comes back (:func:`received`); where the child
promised nothing it makes them itself before the write, and where the child's answer is lost or
wrong, after the write from the written store (``kg.store.textindex.affected``, the task counts
recounted), so that the index and the counts come out the same either way.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, Protocol

import pyoxigraph as ox

from kg.rdf.graphs import INDEX
from kg.rdf.terms import OX_DKG
from kg.store import batchindex, taskcounts, textindex
from kg.validate.batch import serve_apart

#: The child's function for :class:`kg.validate.batch.Apart` (``entry``).
ENTRY = "kg.store.lookahead:serve"

Counts = tuple[list[ox.Quad], list[ox.Quad]]


class Ahead(NamedTuple):
    """The lookups of :func:`look_ahead`: the nodes whose entries the write can change, what the batch
    alone says of those new to the store, their entries made ahead (None: made after the write), and
    the task counts as they are and must be (None: recounted after the write)."""

    nodes: list[ox.NamedNode]
    known: batchindex.Described | None
    made: list[ox.Quad] | None
    grown: Counts | None


def _never() -> bool:
    return False


def look_ahead(dataset, quads: list[ox.Quad], held: list[ox.Quad] | None, *, counts: bool,
               until: Callable[[], bool] = _never) -> Ahead | None:
    """Before a plain addition of ``quads`` is written: what its index refresh and its task counts need
    of the store as it is (``held``: see ``kg.store.taskcounts.grown_counts``; ``counts``: whether the
    counts are grown, not recounted). ``until`` is asked between the steps: where it says so, the
    lookups stop there and None is returned (the loading process makes them while it waits for the
    batch's verdict, and leaves them to the child once the verdict is in)."""
    relevant = batchindex.index_quads(quads)
    if until():
        return None
    nodes = textindex.added_affected(dataset, relevant)
    if until():
        return None
    known = batchindex.described(dataset, relevant, nodes) if nodes else None
    del relevant
    if until():
        return None
    grown = taskcounts.grown_counts(dataset, taskcounts.assignments(quads), held) if counts else None
    if until():
        return None
    made = textindex.entries_ahead(dataset, known) if known is not None else None
    return Ahead(nodes, known, made, grown)


class Source(Protocol):
    """Where a child's lookups come from (``kg.validate.batch.Apart``)."""

    def reported(self) -> bool: ...

    def viewing(self) -> bool: ...

    @property
    def promised(self) -> bool: ...

    def follow_up(self) -> object | None: ...

    def close(self) -> None: ...


@dataclass
class Sent:
    """:class:`Ahead` as the child sends it: the batch's size (checked), IRIs as text and quads as
    N-Quads (pickling a quarter of a million quads costs ten times their text)."""

    count: int
    nodes: list[str]
    known: batchindex.Described | None
    made: bytes | None
    grown: tuple[bytes, bytes]


def _text(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _index_quads(text: object) -> list[ox.Quad]:
    """Quads of graph/index from the child's text; ValueError for anything else."""
    if not isinstance(text, bytes):
        raise ValueError("not N-Quads")
    quads = list(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    if any(q.graph_name != INDEX for q in quads):
        raise ValueError("a quad outside graph/index")
    return quads


def lookups(view: str) -> Callable[[list[ox.Quad], list[ox.Quad]], Callable[[], Sent]]:
    """The child's follow-up (``kg.validate.batch.FollowUp``): the store at ``view`` opened read-only
    now, at the child's start, before the loading process writes anything; the lookups of the batch
    made after the report."""
    dataset = ox.Store.read_only(view)

    def of(quads: list[ox.Quad], context: list[ox.Quad]) -> Callable[[], Sent]:
        def work() -> Sent:
            ahead = look_ahead(dataset, quads, context, counts=True)
            assert ahead is not None
            grown = ahead.grown or ([], [])
            return Sent(len(quads), [n.value for n in ahead.nodes], ahead.known,
                        _text(ahead.made) if ahead.made is not None else None, (_text(grown[0]), _text(grown[1])))
        return work
    return of


def serve() -> None:
    """The validating child with its lookups after the report (:data:`ENTRY`)."""
    serve_apart(follow=lookups)


def received(sent: object, quads: list[ox.Quad], *, counts: bool) -> Ahead | None:
    """The child's lookups, checked: None where they are missing, are not of this batch, or do not
    read as index quads and IRIs (then the caller reads the written store instead)."""
    if not isinstance(sent, Sent) or sent.count != len(quads):
        return None
    if sent.known is not None and not isinstance(sent.known, batchindex.Described):
        return None
    try:
        nodes = [ox.NamedNode(n) for n in sent.nodes]
        made = _index_quads(sent.made) if sent.made is not None else None
        before, after = (_index_quads(t) for t in sent.grown)
    except (ValueError, SyntaxError, TypeError):
        return None
    if any(q.predicate != OX_DKG.taskCount for q in [*before, *after]):
        return None
    return Ahead(nodes, sent.known, made, (before, after) if counts else None)
