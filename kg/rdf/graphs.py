"""The named graphs of a directive-kg dataset, as Oxigraph terms (đồ thị có tên).

``graph/asserted`` holds loaded data, ``graph/source/{id}`` the facts of one ingested text,
``graph/inferred`` entailments, ``graph/reference`` the ontology and vocabularies,
``graph/index`` derived lookups, ``graph/changes`` the log of change sets and ``graph/quarantine``
data that failed validation.
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.vocab import GRAPH

ASSERTED = ox.NamedNode(str(GRAPH.asserted))
INFERRED = ox.NamedNode(str(GRAPH.inferred))
REFERENCE = ox.NamedNode(str(GRAPH.reference))
QUARANTINE = ox.NamedNode(str(GRAPH.quarantine))
INDEX = ox.NamedNode(GRAPH["index"])  # the search index (kg.store.textindex)
CHANGES = ox.NamedNode(GRAPH["changes"])  # the change log (kg.store.history)
#: New inferences drawn beside the ones in place, which one request then puts in their place (kg.store.inferred).
INFERRED_DRAFT = ox.NamedNode(GRAPH["inferred/draft"])
#: Graphs the store writes itself, from the data or about it: never exported, validated or read
#: as context.
DERIVED = (REFERENCE, INFERRED, INDEX, CHANGES, INFERRED_DRAFT)
SOURCE_PREFIX = str(GRAPH) + "source/"
#: Graphs the store writes itself (and those beneath them): data files may not name them.
RESERVED = (REFERENCE, INFERRED, INDEX, QUARANTINE, CHANGES)


#: What to do instead of writing a reserved graph (a load's refusal and an update's say it alike).
RESERVED_HINT = ("put the triples in the default graph or a graph of your own; the store writes that graph "
                 "itself")


def is_reserved(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> bool:
    """True for a graph the store derives or owns, which loaded data may not write."""
    if not isinstance(graph, ox.NamedNode):
        return False
    return any(graph.value == r.value or graph.value.startswith(r.value + "/") for r in RESERVED)


def source_graph(source_id: str) -> ox.NamedNode:
    return ox.NamedNode(SOURCE_PREFIX + source_id)


def quarantine_graph(source_id: str | None = None, *, stamp: str | None = None, report: bool = False) -> ox.NamedNode:
    """The quarantine graph of one batch that failed validation: an ingested text's
    (``graph/quarantine/source/{id}``, so that ingesting it again replaces it) or a load's, by its
    time ``stamp``; with ``report``, the graph of its validation report beside it."""
    if (source_id is None) == (stamp is None):
        raise ValueError("a quarantine batch is named by a source id or by a time stamp")
    batch = f"{QUARANTINE.value}/source/{source_id}" if source_id is not None else f"{QUARANTINE.value}/{stamp}"
    return ox.NamedNode(batch + "/report" if report else batch)
