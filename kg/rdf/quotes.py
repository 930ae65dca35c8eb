"""A quote's context (ngữ cảnh của trích dẫn): the ``oa:prefix`` and ``oa:suffix`` of an evidence's
``oa:TextQuoteSelector``, which the builder does not write for a store (``dkg extract --format ttl`` has them:
``kg.rdf.build.build_graph``), made again where a reader shows them.

Both are the characters of the source's text just before and after the quote, so they repeat what the
text and the target's ``oa:TextPositionSelector`` (``oa:start``, ``oa:end``) already say; the text is kept
once per source, as its review record's ``dkg:sourceText``. Writing them was two quads of every evidence,
about a fifteenth of an ingested text's quads, read by nothing that queries. Each is made here by
:func:`kg.facts.evidence_of`, the one rule the builder used to write them with, so they are what it wrote.

Readers: the source card's quotes (``kg.cards.sources``), ``dkg export`` and the store's export
(``kg.store.store``) and the export of a slice (``kg.exporting``). A selector that has its context (a store
written before, a file loaded with it) keeps its own, and one whose source has no record (no text) has none.
The selectors and the texts are read a batch a query, not a few lookups a selector: on a store served over SPARQL
(``kg.store.remote``) each lookup is a request, and an export holds a selector for every fact.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from kg.facts import evidence_of
from kg.rdf.terms import OX_DKG, OX_OA, OX_RDF


#: quote selectors looked up at once: one query a batch, not a few lookups a quote (on a store served over SPARQL
#: each lookup is a request, and an export holds a quote for every fact)
_BATCH = 200


class SourceTexts:
    """The texts of sources, by their IRIs, read from ``main`` (a store's dataset) once each."""

    def __init__(self, main: Any) -> None:  # (a store's dataset: what has query and quads_for_pattern)
        self.main = main
        self.texts: dict[ox.NamedNode, str | None] = {}

    def __call__(self, source: ox.NamedNode) -> str | None:
        if source not in self.texts:
            self.read([source])
        return self.texts[source]

    def read(self, sources: Iterable[ox.NamedNode]) -> None:
        """Read the texts of ``sources`` not read yet, a batch a query."""
        todo = list(dict.fromkeys(s for s in sources if s not in self.texts))
        for start in range(0, len(todo), _BATCH):
            chunk = todo[start:start + _BATCH]
            for r in self.main.query(f"""SELECT ?src ?text WHERE {{ VALUES ?src {{ {' '.join(map(str, chunk))} }}
                GRAPH ?g {{ ?r {OX_DKG.aboutSource} ?src ; {OX_DKG.sourceText} ?text }} }}"""):
                if isinstance(r["text"], ox.Literal):
                    self.texts.setdefault(r["src"], r["text"].value)
            for s in chunk:
                self.texts.setdefault(s, None)

    def context(self, source: ox.NamedNode, start: int, end: int) -> tuple[str, str] | None:
        """The prefix and suffix of the quote at ``start``-``end`` of ``source``'s text (None without its text)."""
        text = self(source)
        ev = evidence_of(text, (start, end)) if text is not None else None
        return (ev["prefix"], ev["suffix"]) if ev else None


def _spans(main: Any, quotes: list[ox.NamedNode]) -> dict[tuple[ox.NamedNode, Any], tuple[ox.NamedNode, int, int]]:
    """(quote, graph of its target) -> (its target's source, start, end) for each of ``quotes`` written without its
    context: its target points to it by ``oa:hasSelector``, the span is its target's position selector's."""
    out: dict[tuple[ox.NamedNode, Any], tuple[ox.NamedNode, int, int]] = {}
    for r in main.query(f"""SELECT ?quote ?g ?src ?start ?end WHERE {{ VALUES ?quote {{ {' '.join(map(str, quotes))} }}
        GRAPH ?g {{ ?t {OX_OA.hasSelector} ?quote , ?pos }}
        GRAPH ?gs {{ ?t {OX_OA.hasSource} ?src }} GRAPH ?ga {{ ?pos {OX_OA.start} ?start }} GRAPH ?gb {{ ?pos {OX_OA.end} ?end }}
        FILTER NOT EXISTS {{ GRAPH ?gp {{ ?quote {OX_OA.prefix}|{OX_OA.suffix} ?context }} }} }}"""):
        src, start, end = r["src"], r["start"], r["end"]
        if isinstance(src, ox.NamedNode) and start.value.isdigit() and end.value.isdigit():
            out.setdefault((r["quote"], r["g"]), (src, int(start.value), int(end.value)))
    return out


def context_quads(main: Any, quads: Iterable[ox.Quad], texts: SourceTexts | None = None) -> Iterator[ox.Quad]:
    """The ``oa:prefix`` and ``oa:suffix`` quads of each ``oa:TextQuoteSelector`` typed among ``quads`` that
    ``main`` does not hold, in the graph of its type: its target is what points to it by ``oa:hasSelector``, the
    text its target's ``oa:hasSource``'s, the span its target's ``oa:TextPositionSelector``'s. Read a batch of
    quotes a query (:data:`_BATCH`), their texts a query too; a selector that is a blank node (only a file loaded
    has them, and it comes with its context) is not looked up."""
    texts = texts or SourceTexts(main)
    wanted = dict.fromkeys((q.subject, q.graph_name) for q in quads
                           if q.predicate == OX_RDF.type and q.object == OX_OA.TextQuoteSelector
                           and isinstance(q.subject, ox.NamedNode))
    quotes = list(dict.fromkeys(quote for quote, _ in wanted))
    for start in range(0, len(quotes), _BATCH):
        spans = _spans(main, quotes[start:start + _BATCH])
        texts.read(source for source, _, _ in spans.values())
        for (quote, graph), (source, a, b) in spans.items():
            if (quote, graph) in wanted and (found := texts.context(source, a, b)) is not None:
                yield ox.Quad(quote, OX_OA.prefix, ox.Literal(found[0]), graph)
                yield ox.Quad(quote, OX_OA.suffix, ox.Literal(found[1]), graph)


def quote_selectors(main: Any) -> Iterator[ox.Quad]:
    """The type quads of every quote selector ``main`` holds (what :func:`context_quads` reads of a whole store)."""
    return main.quads_for_pattern(None, OX_RDF.type, OX_OA.TextQuoteSelector, None)
