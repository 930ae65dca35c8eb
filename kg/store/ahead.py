"""What a write works out of its quads, worked out ahead (tính trước) by a caller that makes the quads
itself: an ingest, text by text as each text is built while the worker extracts the next ones,
instead of over the whole batch after its verdict, where the write is the one process's work alone.

:func:`as_quads` makes a text's triples into quads and notes, with the write's own rules, what
``kg.store.writes.write_quads`` and ``kg.store.history.prepare_many`` would look for among them: the
positions of the literals the engine may write in another form (``history.rewritable``), the subjects
whose index entries they can change (``textindex.index_subjects``: ``batchindex.makes_entry``) and the
quads that assign a task (``taskcounts.assignments``: ``taskcounts.assigns``). :func:`joined` puts the parts of a batch's texts together, in the
order of their quads. The write reads nothing else of them: the rest of its quads (a review queue,
what the replaced graphs held) it works out itself.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.store.batchindex import ENTRY_OR_KIND, makes_entry
from kg.store.history import rewritable
from kg.store.taskcounts import assigns


@dataclass
class Ahead:
    """What the write needs of the first ``count`` quads it is given."""

    count: int = 0
    typed: list[int] = field(default_factory=list)  # where the literals the engine may rewrite are, among them
    subjects: set[Any] = field(default_factory=set)  # textindex.index_subjects of them
    assignments: list[ox.Quad] = field(default_factory=list)  # taskcounts.assignments of them


def as_quads(triples: Iterable[tuple], graph: ox.NamedNode) -> tuple[list[ox.Quad], Ahead]:
    """``triples`` (Oxigraph terms) as quads in ``graph``, with what the write needs of them."""
    out = Ahead()
    quads: list[ox.Quad] = []
    # (read from the triples: a quad's terms are made anew each time they are read)
    for s, p, o in triples:
        q = ox.Quad(s, p, o, graph)
        if rewritable(o):
            out.typed.append(len(quads))
        if p in ENTRY_OR_KIND and makes_entry(s, p, o):
            out.subjects.add(s)
        if assigns(p, o):
            out.assignments.append(q)
        quads.append(q)
    out.count = len(quads)
    return quads, out


def joined(parts: Iterable[Ahead]) -> Ahead:
    """The parts of quads written one after another, as one."""
    out = Ahead()
    for part in parts:
        out.typed += [i + out.count for i in part.typed]
        out.subjects |= part.subjects
        out.assignments += part.assignments
        out.count += part.count
    return out
