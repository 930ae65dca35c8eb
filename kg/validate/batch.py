"""One way to validate a batch: parse the files, fetch the store's context, run the shapes.

``dkg validate FILE``, ``POST /validate``, every load (``dkg load``, ``dkg ingest``), an update from
outside (``kg.store.guard``) and a review decision's rebuild of its source call :func:`validate_batch`, so that the same data gets the same report wherever it is checked.
The context is what the store already says about the nodes the batch mentions (see
``Store.context_for``); results about those context nodes are left out, since the store's
description of a node a batch only points to is partial on purpose.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph

from kg.rdf.files import parse_file
from kg.rdf.terms import triples_to_graph
from kg.validate.validation import Report, validate


#: The graphs a batch is about to replace (one, several or none): their quads are no context.
Exclude = ox.NamedNode | Iterable[ox.NamedNode] | None


class ContextSource(Protocol):
    """What a batch needs of a store: the quads it already holds about the batch's IRIs."""

    def context_quads(self, batch: Iterable, *, exclude: Exclude = None) -> list[ox.Quad]: ...


@dataclass
class Batch:
    """A validated batch: its quads (graph names kept) and the report; ``graph`` gives the same
    data as an rdflib graph, made only when asked for (at a million triples it costs more than
    the validation itself). ``context``: what the store said about the batch's IRIs (see
    ``Store.context_quads``), when a store was given."""

    quads: list[ox.Quad]
    report: Report
    context: list[ox.Quad] | None = None

    @functools.cached_property
    def graph(self) -> Graph:
        return triples_to_graph(self.quads)


def read_batch(names: Iterable[str | Path], data: Mapping[str, bytes] | None = None) -> list[ox.Quad]:
    """Parse the files ``names`` into one list of quads; ``data`` gives the bytes of names that
    are not files (stdin, an upload). A syntax error names the file and line."""
    quads: list[ox.Quad] = []
    for name in names:
        quads.extend(parse_file(str(name), (data or {}).get(str(name))))
    return quads


def validate_batch(quads: list[ox.Quad], *, store: ContextSource | None = None,
                   exclude: Exclude = None) -> Batch:
    """Validate ``quads`` against the shapes, with ``store``'s context when a store is given.

    ``exclude``: a graph (or several) the batch is about to replace, whose triples are not context."""
    context = store.context_quads(quads, exclude=exclude) if store is not None else None
    return Batch(quads, validate(quads, context=context, report_context=False), context)
