"""A person's or program's description (a ``prov:Agent`` with its name) is shared by every record that names them:
a reviewer's first decision writes it, and their later decisions, finding it in the store, write none of their own.

So an undo must not read it as a part of the one change set that happened to write it first: a later decision that
names the same reviewer does not rest on that change set (:func:`kg.store.undo.dependents`), and undoing it keeps
the description while any record left in the store still names the agent (:func:`kg.store.undo.plan`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

import pyoxigraph as ox

from kg.rdf.vocab import PROV, RDF

_TYPE = ox.NamedNode(str(RDF.type))
_AGENT = ox.NamedNode(str(PROV.Agent))


def described(quads: Iterable[ox.Quad]) -> set[ox.NamedNode]:
    """The agents ``quads`` describe (a subject said to be a ``prov:Agent``)."""
    return {q.subject for q in quads
            if q.predicate == _TYPE and q.object == _AGENT and isinstance(q.subject, ox.NamedNode)}


def still_named(store, removing: Collection[ox.Quad]) -> set[ox.Quad]:
    """The quads of ``removing`` that describe an agent some quad of the store still names once ``removing`` is
    gone: a description the undo keeps."""
    keep: set[ox.Quad] = set()
    for agent in described(removing):
        if any(q not in removing for q in store.main.quads_for_pattern(None, None, agent, None)):
            keep.update(q for q in removing if q.subject == agent)
    return keep


__all__ = ["described", "still_named"]
