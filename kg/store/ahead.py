"""A write's parts made ahead (phần làm trước): what a write of new graphs reads of each graph's quads (their
N-Quads text, its typed literals, the quads the index and the task counts read), made where each graph's quads
are made (an ingest's text as it is built, while a worker extracts the next ones) rather than by passes over
the whole batch in the write (``kg.store.writes.write_quads``, ``kg.store.history.prepare_many``).

Each :class:`Made` is one graph's; :class:`Ahead` is a write's, the quads of its parts first among the write's,
in their order. A part is made from the quads as they will be written: a caller that changes them (a text
whose violating facts are held back) makes the part again.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.store.batchindex import index_quads
from kg.store.canonical import typed_texts
from kg.store.taskcounts import assignments

__all__ = ["Ahead", "Made", "made"]


@dataclass(eq=False)
class Made:
    """One graph's part: ``count`` quads, all in ``graph``, each once; ``texts``: their N-Quads text, in
    their order, in one or more pieces; ``typed``: the typed literals in it (``canonical.typed_texts``:
    None where one cannot be read from it); ``index``, ``assigned``: those of the quads the index reads
    (``batchindex.index_quads``) and the task counts count (``taskcounts.assignments``)."""

    graph: ox.NamedNode
    count: int
    texts: tuple[bytes, ...]
    typed: dict[bytes, None] | None
    index: list[ox.Quad]
    assigned: list[ox.Quad]


def made(graph: ox.NamedNode, quads: Sequence[ox.Quad], texts: tuple[bytes, ...]) -> Made:
    """The part of ``quads`` (distinct, all in ``graph``), whose N-Quads text in their order is ``texts`` joined."""
    typed: dict[bytes, None] | None = {}
    for text in texts:
        found = typed_texts(text)
        if found is None or typed is None:
            typed = None
        else:
            typed.update(found)
    return Made(graph, len(quads), texts, typed, index_quads(quads), assignments(quads))


@dataclass(eq=False)
class Ahead:
    """A write's parts made ahead: the write's quads begin with theirs, part after part."""

    parts: list[Made]

    @property
    def count(self) -> int:
        """How many of the write's first quads the parts are."""
        return sum(part.count for part in self.parts)

    @property
    def graphs(self) -> set[ox.NamedNode]:
        return {part.graph for part in self.parts}

    def fits(self, quads: Sequence[ox.Quad]) -> bool:
        """Can the parts stand for the first quads of ``quads``: as many, in distinct graphs (each of their
        quads then once in the write), the first and last of each part in its graph?"""
        if len(self.graphs) != len(self.parts) or self.count > len(quads):
            return False
        at = 0
        for part in self.parts:
            if part.count and (quads[at].graph_name != part.graph or quads[at + part.count - 1].graph_name != part.graph):
                return False
            at += part.count
        return True

    def take_text(self, after: bytes = b"") -> bytes:
        """The N-Quads text of the parts' quads, in their order (and ``after`` it), which the parts then hold no
        longer (a batch's text is large: 83 MB at 1,000 texts, held once)."""
        text = b"".join([*(text for part in self.parts for text in part.texts), after])
        for part in self.parts:
            part.texts = ()
        return text

    @property
    def typed(self) -> dict[bytes, None] | None:
        """The typed literals of :attr:`text` (None where one cannot be read from it)."""
        out: dict[bytes, None] = {}
        for part in self.parts:
            if part.typed is None:
                return None
            out.update(part.typed)
        return out

    @property
    def index(self) -> list[ox.Quad]:
        return [q for part in self.parts for q in part.index]

    @property
    def assigned(self) -> list[ox.Quad]:
        return [q for part in self.parts for q in part.assigned]
