"""The quarantine (khu cách ly): facts the shapes refused, kept with their report in a dataset beside the main one
(``STORE/quarantine``), so that they never reach the union default graph the queries read.

An ingest changes the quarantine with its data: the facts of a text that violate go in, the entry of a text now whole
(or replaced by a newer version) goes out. The two datasets share no transaction, so a write of source graphs
(``kg.store.writes.write_quads``) takes what it does to the quarantine as a :class:`Held`, keeps it with its change
set's payload before the data, marked pending (:func:`kept`, :mod:`kg.store.payloads`), and applies it after the data
in one request to the quarantine dataset (:func:`apply`). A process killed after the write's mark is finished forward
by the next open, data and quarantine both (``kg.store.undo.resume`` reads it back, :func:`read_kept`); one killed
before the mark leaves both as they were. Applying it twice gives what applying it once does.

What the write takes out is kept too (the entries of the texts it clears, as they were before it), so that an undo of
the write (``kg.store.undo.rollback``) puts the quarantine back as it was, after the data, in the same way
(:func:`undoing`).
"""
from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import pyoxigraph as ox

from kg.rdf.graphs import QUARANTINE, quarantine_graph
from kg.rdf.terms import data_update, graph_to_quads
from kg.rdf.vocab import DKG
from kg.store.payloads import HIST, change_iri

#: In a pending payload's graph: the text whose quarantine entry the write takes out (one quad each), and the
#: entries it puts in, as one N-Quads literal (its blank nodes, the report's, keep their labels in it).
CLEARS = ox.NamedNode(HIST + "clearsQuarantine")
ENTRIES = ox.NamedNode(HIST + "quarantineEntries")
#: In the same graph: the entries the texts it clears had before it, as one N-Quads literal, so that an undo of the
#: write puts them back (:func:`undoing`).
PRIOR = ox.NamedNode(HIST + "quarantinePrior")
_TEXT = ox.NamedNode(str(DKG.text))


@dataclass
class Held:
    """What one write does to the quarantine: the texts whose entries go (source ids), then the entries that come."""

    cleared: list[str] = field(default_factory=list)
    quads: list[ox.Quad] = field(default_factory=list)
    #: the entries of the texts in ``cleared`` before the write (kept with its payload, read by an undo)
    prior: list[ox.Quad] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.cleared or self.quads)

    def clear(self, source: str) -> None:
        """Take out the entry an earlier ingest of text ``source`` left."""
        if source not in self.cleared:
            self.cleared.append(source)

    def hold(self, quads: Iterable[ox.Quad], report: Any, files: list[str], source: str) -> None:
        """Put ``quads`` with their ``report`` in as text ``source``'s entry, in place of any it had."""
        self.clear(source)
        self.quads += entry(quads, report, files, source=source)


def entry(quads: Iterable[ox.Quad], report: Any, files: list[str], *, source: str | None = None) -> list[ox.Quad]:
    """The quads of one quarantine entry: ``quads`` in the batch's graph, the validation ``report`` (a
    ``kg.validate.Report``) in the graph beside it, and which files it came from. ``source``: the id of the ingested
    text they came from (its entry replaces the earlier one); else the entry is named by the time (a forced load)."""
    stamp = None if source is not None else datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    batch, report_graph = quarantine_graph(source, stamp=stamp), quarantine_graph(source, stamp=stamp, report=True)
    out = [ox.Quad(q.subject, q.predicate, q.object, batch) for q in quads]
    out += [ox.Quad(t.subject, t.predicate, t.object, report_graph)
            for t in graph_to_quads(report.to_graph(), ox.DefaultGraph())]
    out.append(ox.Quad(batch, _TEXT, ox.Literal(", ".join(files)), QUARANTINE))
    return out


def apply(dataset: ox.Store, held: Held) -> None:
    """Do ``held`` to the quarantine ``dataset`` in one request (a process killed during it leaves all or none)."""
    first = []
    for source in held.cleared:
        batch = quarantine_graph(source)
        first += [f"DROP SILENT GRAPH {batch}", f"DROP SILENT GRAPH {quarantine_graph(source, report=True)}",
                  f"DELETE WHERE {{ GRAPH {QUARANTINE} {{ {batch} ?p ?o }} }}"]
    update = data_update(held.quads, first=first)
    if update:
        dataset.update(update)


def of_texts(quads: Iterable[ox.Quad], sources: Iterable[str]) -> list[ox.Quad]:
    """The quads of ``quads`` that belong to the entries of texts ``sources``: their batch and report graphs and the
    line naming the batch's files."""
    batches = {quarantine_graph(s) for s in sources}
    graphs = batches | {quarantine_graph(s, report=True) for s in sources}
    return [q for q in quads if q.graph_name in graphs or (q.graph_name == QUARANTINE and q.subject in batches)]


def held_now(store, sources: Iterable[str]) -> list[ox.Quad]:
    """The entries texts ``sources`` have in ``store``'s quarantine now (none where no quarantine was ever made)."""
    sources = list(sources)
    if not sources or (store.quarantine_dir is not None and not store.quarantine_dir.exists()):
        return []
    dataset = store.quarantine_store
    out = []
    for source in sources:
        batch = quarantine_graph(source)
        for graph in (batch, quarantine_graph(source, report=True)):
            out += dataset.quads_for_pattern(None, None, None, graph)
        out += dataset.quads_for_pattern(batch, None, None, QUARANTINE)
    return out


def kept(number: int, held: Held | None) -> list[ox.Quad]:
    """``held`` as quads of change set ``number``'s payload graph (``kg.store.payloads.write_payload(extra=...)``)."""
    if not held:
        return []
    c = change_iri(number)
    out = [ox.Quad(c, CLEARS, ox.Literal(source), c) for source in held.cleared]
    for predicate, quads in ((ENTRIES, held.quads), (PRIOR, held.prior)):
        if quads:
            out.append(ox.Quad(c, predicate, ox.Literal(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()), c))
    return out


def _parsed(history: ox.Store, c: ox.NamedNode, predicate: ox.NamedNode) -> list[ox.Quad]:
    texts = [q.object.value for q in history.quads_for_pattern(c, predicate, None, c)]
    return [q for text in texts for q in ox.parse(io.BytesIO(text.encode()), format=ox.RdfFormat.N_QUADS)
            if isinstance(q, ox.Quad)]


def read_kept(history: ox.Store, number: int) -> Held | None:
    """What change set ``number``'s payload says to do (or did) to the quarantine, else None."""
    c = change_iri(number)
    cleared = sorted(q.object.value for q in history.quads_for_pattern(c, CLEARS, None, c))
    held = Held(cleared, _parsed(history, c, ENTRIES), _parsed(history, c, PRIOR))
    return held if held else None


def undoing(store, numbers: Iterable[int]) -> Held:
    """What an undo of change sets ``numbers`` does to the quarantine: each text one of them cleared gets back the
    entry it had before the first of them that touched it (none, where it had none: an entry a write added goes), and
    the entries it has now are kept as the undo's own prior, so that undoing the undo restores them."""
    out = Held()
    for number in sorted(numbers):
        held = read_kept(store.history_store, number)
        if held is None:
            continue
        fresh = [source for source in held.cleared if source not in out.cleared]
        out.cleared += fresh
        out.quads += of_texts(held.prior, fresh)
    out.prior = held_now(store, out.cleared)
    return out


__all__ = ["CLEARS", "ENTRIES", "PRIOR", "Held", "apply", "entry", "held_now", "kept", "of_texts", "read_kept", "undoing"]
