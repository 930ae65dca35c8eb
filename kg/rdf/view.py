"""A read-only view over a set of triples (rdflib terms), indexed for the few lookups of
``rdflib.Graph`` that the review intake makes (``subjects``, ``objects``, ``value``, ``in``).

An ingest builds each text's triples once; copying them into an ``rdflib.Graph`` only to ask
who has which key cost more than building them (each ``Graph.add`` updates three indexes and
fires an event). The view indexes the triples in two dictionaries and answers the same questions
with the same results, in no particular order, as a graph of those triples does.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib.term import Node


class TripleView:
    """The triples ``triples``, looked up by subject and by (predicate, object)."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._by_subject: dict[Node, dict[Node, list[Node]]] = {}
        self._by_po: dict[tuple[Node, Node], list[Node]] = {}
        self._by_p: dict[Node, list[Node]] = {}
        # (each triple once: a set is taken as it is, since hashing every triple again costs more
        # than indexing it)
        for s, p, o in triples if isinstance(triples, (set, frozenset)) else set(triples):
            self._by_subject.setdefault(s, {}).setdefault(p, []).append(o)
            self._by_po.setdefault((p, o), []).append(s)
            self._by_p.setdefault(p, []).append(s)

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator[Node]:  # noqa: A002
        """The subjects of the triples with ``predicate`` and ``object`` (either may be None: any);
        each once, as ``Graph.subjects(..., unique=True)`` gives them."""
        if predicate is not None and object is not None:
            found: Iterable[Node] = self._by_po.get((predicate, object), ())
        elif predicate is not None:
            found = self._by_p.get(predicate, ())
        elif object is not None:
            found = (s for (_, o), ss in self._by_po.items() if o == object for s in ss)
        else:
            found = self._by_subject
        return iter(dict.fromkeys(found))

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self._by_subject.get(subject, {}).get(predicate, ()))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of ``subject`` and ``predicate`` (any one, as ``Graph.value`` gives), or None."""
        return next(self.objects(subject, predicate), None)

    def __contains__(self, triple: tuple[Node | None, Node | None, Node | None]) -> bool:
        """Whether a triple matches ``triple``, where None stands for anything."""
        s, p, o = triple
        if s is None:
            return any(True for _ in self.subjects(p, o))
        by_p = self._by_subject.get(s, {})
        if p is None:
            return any(o is None or o in objs for objs in by_p.values())
        return p in by_p and (o is None or o in by_p[p])

    def __len__(self) -> int:
        return sum(len(objs) for by_p in self._by_subject.values() for objs in by_p.values())
