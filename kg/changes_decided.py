"""The facts a change set's review decisions were about (dữ kiện được duyệt): what ``/changes`` and ``dkg changes``
name under "accepted 2 facts", so that a reader sees which facts without opening each text's review page.

Everything is read from the decisions' own quads (:func:`kg.review.ledger.decision_quads`: the fact's id, kind,
text, span and the fact as the reviewer saw it), so a fact a later change took out of the graph is still named; the
sentence is cut from the text's record (:func:`kg.review.model.sentence_around`), read once for each text named, and
falls back to the quote the reviewer saw where the text is gone.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypedDict

import pyoxigraph as ox

from kg.paths import doc_path, fact_path
from kg.rdf.terms import OX_DKG
from kg.review import ledger
from kg.review.model import sentence_around
from kg.review.workflow import documents_named

#: the facts named under one decision line; the rest are counted (an ingest's copies are no reviewer's and not listed)
NAMED = 20


class DecidedFact(TypedDict):
    """One fact a decision was about: its id and page (``/fact/{id}``), its kind (``target``, ``assignment``, ...),
    the document it is about (its key, and its card where the store has it) and the sentence of its text."""

    id: str
    href: str
    kind: str | None
    document: str | None
    document_href: str | None
    sentence: str


def decided_fact(text: Callable[[object, object], str | None], decision) -> tuple[DecidedFact, str | None, int, int] | None:
    """The fact ``decision`` (a decision's node) was about, read with ``text`` (a node's literal of a property, from the
    change set's quads first), with its text's id and the span to cut its sentence from; None for a decision about no
    fact of a text (a tie's, an assessment's)."""
    ident = text(decision, OX_DKG.factId)
    if not ident:
        return None
    kind = text(decision, OX_DKG.factKind)
    try:  # (the fact as corrected where it was, else as the reviewer saw it)
        fact = json.loads(text(decision, OX_DKG.newValue) or text(decision, OX_DKG.previousValue) or "{}")
    except ValueError:
        fact = {}
    named = sorted(documents_named(kind or "", fact if isinstance(fact, dict) else {}) - {""})
    source = (text(decision, OX_DKG.aboutSource) or "").rsplit("/", 1)[-1] or None
    spans = [text(decision, p) for p in (OX_DKG.spanStart, OX_DKG.spanEnd)]
    start, end = (int(s) if s and s.isdigit() else 0 for s in spans)
    said = DecidedFact(id=ident, href=fact_path(ident), kind=kind, document=named[0] if named else None,
                       document_href=None, sentence=(text(decision, OX_DKG.evidenceQuote) or "").strip())
    return said, source, start, end


def with_sentences(store, found: list[tuple[DecidedFact, str | None, int, int]]) -> list[DecidedFact]:
    """``found`` (:func:`decided_fact`) with each fact's sentence cut from its text (each text read once) and its
    document's card linked where the store holds a document of that key."""
    texts: dict[str, str] = {}
    out: list[DecidedFact] = []
    for fact, source, start, end in found:
        if source and source not in texts:
            record = ledger.read_record(store, source)
            texts[source] = record[1] if record else ""
        sentence = sentence_around(texts.get(source or "", ""), start, end)["sentence"].strip()
        key = fact["document"]
        known = key is not None and next(iter(store.main.quads_for_pattern(None, OX_DKG.key, ox.Literal(key))), None)
        out.append(DecidedFact(**{**fact, "sentence": sentence or fact["sentence"],
                                  "document_href": doc_path(key) if key and known else None}))
    return out
