"""What a violation holds back of one text's triples (giữ lại chờ duyệt): the nodes it is about
with their evidence, or only the link between documents it is about.

The ingest and the review workflow both cut what :mod:`kg.rdf.build` made for a text into the part
that enters the graph and the part that waits in the review queue; this module is that cut.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.rdf.build import LINK_PROPERTY
from kg.rdf.terms import OX_OA, OxTriple


def split_off(triples: set[OxTriple], focus: set[str]) -> set[OxTriple]:
    """Take the nodes ``focus`` (IRIs), the evidence about them and its parts (``…#target``, the
    selectors) out of ``triples``; return what was taken."""
    nodes = {ox.NamedNode(f) for f in focus}
    nodes |= {s for s, p, o in triples if p == OX_OA.hasBody and o in nodes}
    names = {n.value for n in nodes}
    held = {tr for tr in triples if tr[0] in nodes or tr[0].value.split("#")[0] in names}
    triples -= held
    return held


#: The links between documents (IRIs of ``LINK_PROPERTY``): a violation about one of them holds it back alone.
_LINK_IRIS = frozenset(str(p) for p in LINK_PROPERTY.values())


def held_parts(triples: set[OxTriple], results: Iterable[tuple[str, str | None, str | None]]
               ) -> tuple[set[str], set[OxTriple]]:
    """What violating ``results`` (focus IRI, path IRI, value IRI; see ``kg.validate.Violation``)
    hold back of ``triples``: the links between documents they are about, and the nodes of all other results.

    A result about one link ("implements a resolution dated after it", "implements a document of a
    lower level") holds back that link alone: the document, its date and its other links stay in
    the graph, and the doubtful link waits in the review queue with its reason. Any other result
    holds back its focus node whole (:func:`split_off`)."""
    nodes: set[str] = set()
    links: set[OxTriple] = set()
    for focus, path, value in results:
        link = held_link(triples, focus, path, value)
        if link is None:
            nodes.add(focus)
        else:
            links.add(link)
    return nodes, {link for link in links if link[0].value not in nodes}  # (a node held whole takes its links)


def held_link(triples: set[OxTriple], focus: str, path: str | None, value: str | None) -> OxTriple | None:
    """The link between documents that a violating result (focus, path IRI, value IRI) is about,
    when it is one of ``triples``; None for a result about anything else (see :func:`held_parts`)."""
    if path not in _LINK_IRIS or value is None:
        return None
    link = (ox.NamedNode(focus), ox.NamedNode(path), ox.NamedNode(value))
    return link if link in triples else None


def split_off_links(triples: set[OxTriple], links: set[OxTriple],
                    statements: dict[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode], ox.NamedNode]) -> set[OxTriple]:
    """Take the ``links`` and the statements that say them (``Built.statements``), with their
    evidence, out of ``triples``; return what was taken."""
    held = links & triples
    triples -= held
    return held | split_off(triples, {statements[link].value for link in held if link in statements})


__all__ = ["held_link", "held_parts", "split_off", "split_off_links"]
