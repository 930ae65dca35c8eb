"""The digests a review record is looked up by (khóa tra cứu của hồ sơ duyệt): ``dkg:wordsKey`` and
``dkg:sentenceKey`` (``kg.text.twin_keys.record_keys``), written with every record (``kg.review.ledger``), so that an
ingest finds an article already in the store by its sentences (``kg.ingest_twins``), the engine's index doing the
work.

Records written before the sentence keys (rounds before 38) have none: an ingest reads each such record's text to
compare it, which in a store of a year of texts is most of an ingest's time. The first open for writing by this
version gives them their keys (:func:`add_missing`, called by ``kg.store.storeformat.upkeep`` while the store's format
file does not say it was done). The keys are drawn from the record's text alone, as the search index is drawn from
the data: adding them changes nothing a reader or an undo sees, and records no change set. A record an undo takes
away later keeps its keys, which name no text then and which ``kg.ingest_twins`` passes over.
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.terms import OX_DKG
from kg.rdf.vocab import DKG
from kg.text.twin_keys import record_keys

#: The version of the keys this code writes, kept in the store's format file once every record has them: raise it
#: when ``record_keys`` changes, so that the next open for writing gives the records the new ones.
VERSION = "1"


def key_quads(rec: ox.NamedNode, text: str, g: ox.NamedNode,
              keys: tuple[str, tuple[str, ...]] | None = None) -> list[ox.Quad]:
    """The digests ``text`` is looked up by, as record ``rec``'s in graph ``g``: its words', and some of its
    sentences'. ``keys``: ``record_keys(text)`` where the caller drew them already (an ingest, to find the text's
    twins), so that they are not drawn again on the write's path."""
    words, sentences = record_keys(text) if keys is None else keys
    return [ox.Quad(rec, OX_DKG.wordsKey, ox.Literal(words), g),
            *(ox.Quad(rec, OX_DKG.sentenceKey, ox.Literal(key), g) for key in sentences)]


def unkeyed(select: str) -> str:
    """The query of the review records written without sentence keys (``?r`` in graph ``?g``, with its ``?meta`` and
    ``?text``), selecting ``select``: the one rule of which records an ingest reads whole and the upkeep gives keys."""
    return (f"SELECT {select} WHERE {{ GRAPH ?g {{ ?r a <{DKG.ReviewRecord}> ; <{DKG.sourceMeta}> ?meta ; "
            f"<{DKG.sourceText}> ?text FILTER NOT EXISTS {{ ?r <{DKG.sentenceKey}> ?k }} }} }}")


def add_missing(main, *, earlier: bool = False) -> int:
    """Give every review record of ``main`` written without sentence keys its keys (a words key an earlier version
    drew otherwise replaced by this one's); how many records were given them. ``earlier``: the store's records were
    keyed by an earlier :data:`VERSION` of the keys, whose digests this one's lookups would never meet: each record's
    keys are drawn again."""
    if earlier:  # (the keys are a record's alone: dropped, every record is one written without them)
        for q in [q for predicate in (OX_DKG.sentenceKey, OX_DKG.wordsKey)
                  for q in main.quads_for_pattern(None, predicate, None, None)]:
            main.remove(q)
    rows = [(row["r"], row["g"], row["text"].value) for row in main.query(unkeyed("?r ?g ?text"))]
    if not rows:
        return 0
    old = [q for rec, g, _ in rows for q in main.quads_for_pattern(rec, OX_DKG.wordsKey, None, g)]
    for q in old:
        main.remove(q)
    main.extend([q for rec, g, text in rows for q in key_quads(rec, text, g)])
    return len(rows)


__all__ = ["VERSION", "add_missing", "key_quads", "unkeyed"]
