"""Undated document names resolved to the nodes already known (văn bản nêu không kèm ngày).

"Kế hoạch 12-KH/TU" without its date or term cannot be minted as the dated node a text that gave
the date made; :class:`DocumentResolver` finds that node by its key (``dkg:key``) in the store and
in the texts of the batch built so far, where exactly one node has the key and its IRI extends the
undated identity's. A text written after 1 July 2025 places a province's documents under the 2025 code scheme;
where that province is one the reform left whole (it took over exactly one old province), a document it names
without a date may be one issued before the reform, so a node of the old province's code is found too. The ingest and the review's rebuild of a source both build with it, so a text
and its rebuild after a decision meet the same document nodes.

The store is anything with ``select(sparql, bindings) -> (variables, rows)`` (``kg.store.Store``);
this module does not import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import dataclasses
import re

import pyoxigraph as ox
from rdflib import URIRef

from kg.rdf import identity
from kg.rdf.vocab import DKG
from kg.text import places

_BY_KEY = "SELECT DISTINCT ?d ?k WHERE { ?d <%s> ?k } LIMIT 2" % DKG.key


class Selects(Protocol):
    """What the resolver asks of a store."""

    def select(self, sparql: str, bindings: Mapping[str, object] | None = ...) -> tuple[list[str], list[dict]]: ...


class DocumentResolver:
    """Map an undated document identity to the one node with that key, in the store or in the
    texts noted so far (:meth:`note`); the store is asked once per key until :meth:`new_batch`."""

    def __init__(self, store: Selects) -> None:
        self.store = store
        self.stored: dict[str, set[str]] = {}
        self.batch: dict[str, set[str]] = {}

    def __call__(self, ident: identity.DocumentIdentity) -> URIRef | None:
        if ident.key not in self.stored:
            _, rows = self.store.select(_BY_KEY, {"k": ox.Literal(ident.key)})
            self.stored[ident.key] = {r["d"].value for r in rows}
        # the undated node itself (minted by an earlier text that named the document without its date)
        # is no other node: it does not keep the name from the one dated node
        nodes = (self.stored[ident.key] | self.batch.get(ident.key, set())) - {str(ident.iri())}
        if len(nodes) != 1:
            return None
        iri = next(iter(nodes))
        return URIRef(iri) if any(iri.startswith(p) for p in _prefixes(ident)) else None

    def note(self, documents: Mapping[str, ox.NamedNode]) -> None:
        """Remember the documents of a text just built: the node of each key."""
        for key, node in documents.items():
            self.batch.setdefault(key, set()).add(node.value)

    def outdated(self, documents: Mapping[str, ox.NamedNode]) -> bool:
        """Whether a text built earlier in the batch named a document by an undated node that a text
        built after it dated: built again now, it meets the dated node, as it would have in the other
        order (the batch's texts come in their files' order, which says nothing of the documents)."""
        for key, node in documents.items():
            others = (self.stored.get(key, set()) | self.batch.get(key, set())) - {node.value}
            if len(others) == 1 and next(iter(others)).startswith(node.value + "/"):
                return True
        return False

    def new_batch(self) -> None:
        """Forget what was asked and noted: the store has changed since."""
        self.stored.clear()
        self.batch.clear()


_PROVINCE_2025 = re.compile(r"2025-(\d+)")


def _prefixes(ident: identity.DocumentIdentity) -> tuple[str, ...]:
    """What the IRI of a node an undated identity may stand for begins with."""
    own = str(ident.iri())
    m = _PROVINCE_2025.fullmatch(ident.jurisdiction or "")
    old = places.continued_province(m[1]) if m else None
    if old is None:
        return (own,)
    return own, str(dataclasses.replace(ident, jurisdiction=identity.place_slug("legacy", old)).iri())
