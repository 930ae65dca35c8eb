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

What is read of the store is asked in batches, by SPARQL through the dataset's ``query`` (``VALUES`` blocks of
the quotes and of the sources, written by pyoxigraph: ``kg.rdf.terms.values_list``), not a lookup a quote: on a
remote engine (``kg.store.remote``) each lookup is an HTTP request.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import pyoxigraph as ox

from kg.facts import evidence_of
from kg.rdf.terms import OX_DKG, OX_OA, OX_RDF, chunked, values_list

#: Quotes asked of the store in one query (a row each, about half a kilobyte of an engine's answer).
QUOTES_A_QUERY = 1000
#: Sources whose texts are asked in one query (a text is a few to some tens of kilobytes).
TEXTS_A_QUERY = 100

_TEXTS = """SELECT ?source ?text WHERE { VALUES ?source { %s }
  GRAPH ?g { ?record <%s> ?source ; <%s> ?text } }""" % ("%s", OX_DKG.aboutSource.value, OX_DKG.sourceText.value)

# Each selector of a quote's target (what points to it by oa:hasSelector in the graph of its type), with a context
# the store holds for the quote already (any graph), the target's source and the selector's start and end (a row a
# selector: the quote's own and the position's). The anchor binds ?quote (named quotes) or ?g (a graph's blank
# ones, which no VALUES block can name). (Optional lookups of bound nodes, as Oxigraph does them one by one: a union,
# or an optional group of the start and the end together, made it scan the store's selectors each query.)
_QUOTES = """SELECT ?quote ?g ?target ?selector ?own ?source ?start ?end WHERE { %s
  GRAPH ?g { ?target <{has}> ?quote . ?target <{has}> ?selector }
  OPTIONAL { GRAPH ?og { ?quote <{prefix}>|<{suffix}> ?own } }
  OPTIONAL { GRAPH ?sg { ?target <{source}> ?source } }
  OPTIONAL { GRAPH ?g1 { ?selector <{start}> ?start } } OPTIONAL { GRAPH ?g2 { ?selector <{end}> ?end } } }""".replace(
    "{has}", OX_OA.hasSelector.value).replace("{source}", OX_OA.hasSource.value).replace(
    "{start}", OX_OA.start.value).replace("{end}", OX_OA.end.value).replace(
    "{prefix}", OX_OA.prefix.value).replace("{suffix}", OX_OA.suffix.value)
_NAMED = "VALUES ?quote { %s }"
_BLANK = "VALUES ?g { %s } GRAPH ?g { ?quote a <%s> FILTER(isBlank(?quote)) }" % ("%s", OX_OA.TextQuoteSelector.value)


class SourceTexts:
    """The texts of sources, by their IRIs, read from ``main`` (a store's dataset) once each; :meth:`load` reads
    many in a few queries."""

    def __init__(self, main: Any) -> None:  # (a store's dataset: what has query)
        self.main = main
        self.texts: dict[ox.NamedNode, str | None] = {}

    def load(self, sources: Iterable[Any]) -> None:
        """Read the texts of those of ``sources`` not read yet (a source without a record has none)."""
        for chunk in chunked((s for s in sources if isinstance(s, ox.NamedNode) and s not in self.texts),
                             TEXTS_A_QUERY):
            found: dict[ox.NamedNode, str] = {}
            for row in self.main.query(_TEXTS % values_list(chunk)):
                source, text = row["source"], row["text"].value
                if source not in found or text < found[source]:  # (two records of a source: one text, the same)
                    found[source] = text
            self.texts.update((s, found.get(s)) for s in chunk)

    def __call__(self, source: ox.NamedNode) -> str | None:
        if source not in self.texts:
            self.load([source])
        return self.texts[source]

    def context(self, source: ox.NamedNode, start: int, end: int) -> tuple[str, str] | None:
        """The prefix and suffix of the quote at ``start``-``end`` of ``source``'s text (None without its text)."""
        text = self(source)
        ev = evidence_of(text, (start, end)) if text is not None else None
        return (ev["prefix"], ev["suffix"]) if ev else None


def context_quads(main: Any, quads: Iterable[ox.Quad], texts: SourceTexts | None = None) -> Iterator[ox.Quad]:
    """The ``oa:prefix`` and ``oa:suffix`` quads of each ``oa:TextQuoteSelector`` typed among ``quads`` that
    ``main`` does not hold, in the graph of its type: its target is what points to it by ``oa:hasSelector``, the
    text its target's ``oa:hasSource``'s, the span its target's ``oa:TextPositionSelector``'s. Read a thousand
    quotes a query, and their sources' texts a hundred a query."""
    texts = texts or SourceTexts(main)
    typed = (q for q in quads if q.predicate == OX_RDF.type and q.object == OX_OA.TextQuoteSelector)
    while batch := list(islice(typed, QUOTES_A_QUERY)):
        found = _targets(main, batch)
        texts.load(source for source, _ in found.values())
        for q in batch:
            source, span = found.get((q.subject, q.graph_name), (None, None))
            context = texts.context(source, *span) if source is not None and span is not None else None
            if context is not None:
                yield ox.Quad(q.subject, OX_OA.prefix, ox.Literal(context[0]), q.graph_name)
                yield ox.Quad(q.subject, OX_OA.suffix, ox.Literal(context[1]), q.graph_name)


def _targets(main: Any, batch: list[ox.Quad]) -> dict[tuple[Any, Any], tuple[Any, tuple[int, int] | None]]:
    """The source and span of each quote of ``batch`` in the graph of its type, by (quote, graph); a quote the
    store holds a context for already is left out (kept as it is). Named graphs only, where the store writes its
    data."""
    named = [q.subject for q in batch if isinstance(q.subject, ox.NamedNode)]
    anchors = [_NAMED % values_list(c) for c in chunked(named, QUOTES_A_QUERY)]
    blank = [q.graph_name for q in batch if isinstance(q.subject, ox.BlankNode) and isinstance(q.graph_name, ox.NamedNode)]
    anchors += [_BLANK % values_list(c) for c in chunked(blank, QUOTES_A_QUERY)]
    own: set[Any] = set()
    # (quote, graph) -> target -> (its sources, its spans by selector)
    seen: dict[tuple[Any, Any], dict[Any, tuple[set, dict[Any, tuple[int, int]]]]] = {}
    for anchor in anchors:
        for quote, graph, target, selector, held, source, start, end in main.query(_QUOTES % anchor):
            if held is not None:
                own.add(quote)
                continue
            found = seen.setdefault((quote, graph), {})
            sources, spans = found.get(target) or found.setdefault(target, (set(), {}))
            if source is not None:
                sources.add(source)
            if start is not None and end is not None and start.value.isdigit() and end.value.isdigit():
                spans.setdefault(selector, (int(start.value), int(end.value)))
    out: dict[tuple[Any, Any], tuple[Any, tuple[int, int] | None]] = {}
    for key, targets in seen.items():
        if key[0] in own:
            continue  # (written with its context: kept as it is)
        # one target, one source and one position each, as the builder writes them; of several, the first by IRI
        sources, spans = targets[min(targets, key=str)]
        source = min(sources, key=str) if sources else None
        out[key] = (source if isinstance(source, ox.NamedNode) else None,
                    spans[min(spans, key=str)] if spans else None)
    return out


def quote_selectors(main: Any) -> Iterator[ox.Quad]:
    """The type quads of every quote selector ``main`` holds (what :func:`context_quads` reads of a whole store)."""
    return main.quads_for_pattern(None, OX_RDF.type, OX_OA.TextQuoteSelector, None)
