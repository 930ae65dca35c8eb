"""A write's lookups made ahead (tra cứu trước): what :func:`kg.store.writes.write_quads` reads of the store before
it writes a batch that only adds quads (the index entries the batch affects, what the store and the batch say of
them, their new entries, made by :func:`look`), made in a thread of the writing process while that process still
validates the batch (:class:`Ahead`).

Most of that reading waits on the engine, and much of validation on the ``shacl`` package's own thread: the two
share the machine's cores where in sequence they took one (bench/RESULTS.md, section speed37i). The write takes
the lookups only for the quads they were made from, the same objects in the same order at the start of its batch,
and where the rest of its batch gives the index nothing (:meth:`Ahead.fitting`); otherwise it looks up again itself,
as it did before: what it writes never depends on where the lookups were made. Nothing is written here, and the
store does not change while the thread reads it (the writing process holds it, and writes after
:meth:`Ahead.fitting` or the end of the ``with``, which both wait for the thread).
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.rdf.graphs import INDEX, INFERRED
from kg.store import batchindex, textindex

#: Which subjects can matter to the index (``write_quads``'s ``indexed``), None for all.
Indexed = Callable[[Any], bool] | None


@dataclass
class Looked:
    """The lookups of a batch that only adds quads: the index nodes it affects (``textindex.added_affected``),
    what is known of them (``batchindex.described``, None where no node is affected) and their entries made
    ahead (``textindex.entries_ahead``)."""

    nodes: list[ox.NamedNode]
    known: batchindex.Described | None
    made: list[ox.Quad] | None


#: The graphs the store derives from what it holds (the inferences, the search index): a write that names neither
#: only adds what it says (see :func:`look` and ``kg.store.writes.write_quads``).
DRAWN = frozenset({INFERRED, INDEX})


def names_derived(quads: Iterable[ox.Quad]) -> bool:
    """Does a quad of ``quads`` go to graph/inferred or graph/index? Each quad's graph name is read once: every read
    makes a new term, and two tests of it, one after the other, cost a million quads two fifths more CPU
    (bench/RESULTS.md, load44)."""
    return not DRAWN.isdisjoint(q.graph_name for q in quads)


def relevant(quads: list[ox.Quad], indexed: Indexed) -> list[ox.Quad]:
    """The quads of ``quads`` the index reads, of the subjects ``indexed`` keeps."""
    return [q for q in textindex.index_quads(quads) if indexed is None or indexed(q.subject)]


def look(dataset, quads: list[ox.Quad], indexed: Indexed, *, plain: bool) -> Looked | None:
    """The lookups of ``quads``, a batch that only adds, in ``dataset`` as it is before the write; None where a quad
    the index reads goes to a graph the store derives (the write then refreshes the nodes it touches instead).
    ``plain``: an addition to no named graph of the caller's, whose derived quads were refused before."""
    found = relevant(quads, indexed)
    if not plain and names_derived(found):
        return None
    nodes = textindex.added_affected(dataset, found)
    # (and what the batch alone says of those the store knows nothing of: not read back after the write)
    known = batchindex.described(dataset, found, nodes) if nodes else None
    del found
    # (the entries of the nodes new to the store, made while the batch's verdict may still be coming)
    return Looked(nodes, known, textindex.entries_ahead(dataset, known) if known is not None else None)


class Ahead:
    """:func:`look` of ``quads`` (a batch of new graphs, none of them in the store) in a thread started here, for
    a write of several graphs; a ``with`` block waits for the thread at its end, whatever happened in it. Only for
    the embedded engine (the one whose plain additions the write looks up so: a server's dataset is asked nothing)."""

    def __init__(self, dataset, quads: list[ox.Quad], indexed: Indexed) -> None:
        self.quads, self.indexed = quads, indexed
        self._looked: Looked | None = None
        self._thread = threading.Thread(target=self._look, args=(dataset,), name="write-lookups", daemon=True)
        if isinstance(dataset, ox.Store):
            self._thread.start()

    def _look(self, dataset) -> None:
        try:
            self._looked = look(dataset, self.quads, self.indexed, plain=False)
        except Exception:  # noqa: BLE001 - none made: the write looks up itself, and says what goes wrong
            self._looked = None

    def __enter__(self) -> "Ahead":
        return self

    def __exit__(self, *exc: object) -> None:
        self._wait()

    def _wait(self) -> None:
        if self._thread.ident is not None:  # (started)
            self._thread.join()

    def fitting(self, quads: list[ox.Quad], indexed: Indexed) -> Looked | None:
        """The lookups, waited for, where they hold for a write of ``quads``: those they were made from are its
        first (the same objects, in order), the same subjects are indexed, and the rest gives the index nothing."""
        self._wait()
        made_from = self.quads
        if (self._looked is None or indexed is not self.indexed or len(quads) < len(made_from)
                or any(a is not b for a, b in zip(made_from, quads)) or relevant(quads[len(made_from):], indexed)):
            return None
        return self._looked
