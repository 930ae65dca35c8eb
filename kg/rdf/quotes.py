"""A quote's context (ngữ cảnh của trích dẫn): the ``oa:prefix`` and ``oa:suffix`` of an evidence's
``oa:TextQuoteSelector``, which the builder does not write, made again where a reader shows them.

Both are the characters of the source's text just before and after the quote, so they repeat what the
text and the target's ``oa:TextPositionSelector`` (``oa:start``, ``oa:end``) already say; the text is kept
once per source, as its review record's ``dkg:sourceText``. Writing them was two quads of every evidence,
about a fifteenth of an ingested text's quads, read by nothing that queries. Each is made here by
:func:`kg.facts.evidence_of`, the one rule the builder used to write them with, so they are what it wrote.

Readers: the source card's quotes (``kg.cards.sources``), ``dkg export`` and the store's export
(``kg.store.store``) and the export of a slice (``kg.exporting``). A selector that has its context (a store
written before, a file loaded with it) keeps its own, and one whose source has no record (no text) has none.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from kg.facts import evidence_of
from kg.rdf.terms import OX_DKG, OX_OA, OX_RDF


class SourceTexts:
    """The texts of sources, by their IRIs, read from ``main`` (a store's dataset) once each."""

    def __init__(self, main: Any) -> None:  # (a store's dataset: what has quads_for_pattern)
        self.main = main
        self.texts: dict[ox.NamedNode, str | None] = {}

    def __call__(self, source: ox.NamedNode) -> str | None:
        if source not in self.texts:
            self.texts[source] = next((t.object.value
                                       for r in self.main.quads_for_pattern(None, OX_DKG.aboutSource, source, None)
                                       for t in self.main.quads_for_pattern(r.subject, OX_DKG.sourceText, None,
                                                                            r.graph_name)), None)
        return self.texts[source]

    def context(self, source: ox.NamedNode, start: int, end: int) -> tuple[str, str] | None:
        """The prefix and suffix of the quote at ``start``-``end`` of ``source``'s text (None without its text)."""
        text = self(source)
        ev = evidence_of(text, (start, end)) if text is not None else None
        return (ev["prefix"], ev["suffix"]) if ev else None


def _one(main: Any, subject: Any, predicate: ox.NamedNode) -> Any:
    return next((q.object for q in main.quads_for_pattern(subject, predicate, None, None)), None)


def context_quads(main: Any, quads: Iterable[ox.Quad], texts: SourceTexts | None = None) -> Iterator[ox.Quad]:
    """The ``oa:prefix`` and ``oa:suffix`` quads of each ``oa:TextQuoteSelector`` typed among ``quads`` that
    ``main`` does not hold, in the graph of its type: its target is what points to it by ``oa:hasSelector``, the
    text its target's ``oa:hasSource``'s, the span its target's ``oa:TextPositionSelector``'s."""
    texts = texts or SourceTexts(main)
    for q in quads:
        if q.predicate != OX_RDF.type or q.object != OX_OA.TextQuoteSelector:
            continue
        quote = q.subject
        if _one(main, quote, OX_OA.prefix) is not None or _one(main, quote, OX_OA.suffix) is not None:
            continue  # (written with its context: kept as it is)
        for t in main.quads_for_pattern(None, OX_OA.hasSelector, quote, q.graph_name):
            source = _one(main, t.subject, OX_OA.hasSource)
            span = next(((int(s.value), int(e.value))
                         for p in main.quads_for_pattern(t.subject, OX_OA.hasSelector, None, q.graph_name)
                         if (s := _one(main, p.object, OX_OA.start)) is not None and s.value.isdigit()
                         and (e := _one(main, p.object, OX_OA.end)) is not None and e.value.isdigit()), None)
            found = texts.context(source, *span) if isinstance(source, ox.NamedNode) and span else None
            if found is not None:
                yield ox.Quad(quote, OX_OA.prefix, ox.Literal(found[0]), q.graph_name)
                yield ox.Quad(quote, OX_OA.suffix, ox.Literal(found[1]), q.graph_name)
            break


def quote_selectors(main: Any) -> Iterator[ox.Quad]:
    """The type quads of every quote selector ``main`` holds (what :func:`context_quads` reads of a whole store)."""
    return main.quads_for_pattern(None, OX_RDF.type, OX_OA.TextQuoteSelector, None)
