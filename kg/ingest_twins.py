"""One article in several files (một bài, nhiều tệp): the ``.txt`` with blank lines between its paragraphs, the saved
page, the PDF printed from it. ``kg.ingest`` asks :class:`Twins` for each text it reads whether the store or the run
holds it already under other spacing, or holds a text that is nearly it.

The rule a user expects:

- the same words once their spacing is normalised (every run of spaces, tabs and line breaks one space, the ends
  trimmed, Unicode NFC) are one text: ``kg.text.twin_keys.spacing_key``, compared exactly;
- a text that is nearly another (:data:`NEAR_RATIO` and more of its characters alike, by rapidfuzz's ``ratio`` on
  the normalised words, the same figures and symbols in both) is reported as such and kept apart: two articles of one
  template, or a corrected text, are not to be merged behind the user's back. Only texts with the very same figures and
  symbols (every token holding a digit: days, numbers, "27-KH/TU") are compared, which keeps the comparisons few (a
  dictionary look-up, not every pair) and keeps two articles of one template, whose figures differ, apart unasked.

Each review record keeps the two digests the rule compares (``kg.review.ledger``: ``dkg:wordsKey`` and
``dkg:figuresKey``, ``kg.text.twin_keys.record_keys``), written with it, so that a text is looked up in the store by them, the
engine's index doing the work: an ingest into a store of a year of texts reads only the few records with the same
figures. Records written before the keys (``kg.review.ledger`` wrote none) are read, with their texts, once per
ingest at the first text that needs them, as every record was before; a record gets its keys when its text is
ingested again or a reviewer's decision rewrites it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rapidfuzz import fuzz

from kg.rdf.terms import OX_DKG
from kg.rdf.vocab import DKG
from kg.text.twin_keys import figures_key, spaced, words_key

#: From this share of the normalised words alike (0 to 100), a text that is not another's words is "nearly" it.
NEAR_RATIO = 90.0

def says(info) -> int:
    """How much a file says of its text besides its words (a ``kg.rdf.build.SourceInfo``): its page's address, its
    publisher, its day. Of two files with the same words (a saved page and the Word file made of it, the ``.txt`` with
    its blank lines), the one that says more is the text's source."""
    return sum(1 for value in (info.url, info.publisher, info.published) if value)


#: The records written before the keys, with their meta and text (a record with keys is never read here).
_UNKEYED = (f"SELECT ?meta ?text WHERE {{ GRAPH ?g {{ ?r a <{DKG.ReviewRecord}> ; <{DKG.sourceMeta}> ?meta ; "
            f"<{DKG.sourceText}> ?text FILTER NOT EXISTS {{ ?r <{DKG.wordsKey}> ?k }} }} }}")


@dataclass
class Twins:
    """The texts an ingest has met: the run's, kept here as it writes them (by their words' digest, their source id
    and file name; by their figures' digest, their names and normalised words for the near comparison), and the
    store's, looked up by the keys their records keep (those of records written before the keys: read at the
    first need and kept here with the run's)."""

    store: object
    by_key: dict[str, tuple[str, str]] = field(default_factory=dict)
    by_figures: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    _read: bool = False
    #: the last text asked about and its normalised words with their digests: each text is asked about two or three
    #: times in a row (``same``, ``near``, ``add``), its words normalised once
    _last: tuple[str, str, str, str] = ("", "", "", "")

    def _words(self, text: str) -> tuple[str, str, str]:
        """(normalised words, their digest, that of their figures: ``kg.text.twin_keys``) of ``text``."""
        if self._last[0] is not text:
            words = spaced(text)
            self._last = (text, words, words_key(words), figures_key(words))
        return self._last[1], self._last[2], self._last[3]

    def _main(self):
        """The store's dataset, having noted the records written before the keys the first time it is asked for;
        None where there is no store."""
        main = getattr(self.store, "main", None)
        if main is not None and not self._read:
            self._read = True
            for row in main.query(_UNKEYED):
                meta = json.loads(row["meta"].value)
                self._note(str(meta.get("id")), str(meta.get("name") or meta.get("id")), row["text"].value)
        return main

    def _stored(self, key: ox.NamedNode, value: str) -> Iterator[tuple[dict, ox.Quad]]:
        """The source meta (JSON) of each record in the store that keeps ``value`` as ``key``, with its quad."""
        main = self._main()
        if main is None:
            return
        for q in main.quads_for_pattern(None, key, ox.Literal(value), None):
            meta = next(iter(main.quads_for_pattern(q.subject, OX_DKG.sourceMeta, None, q.graph_name)), None)
            if meta is not None:
                yield json.loads(meta.object.value), q

    def _note(self, sid: str, name: str, text: str) -> None:
        words, key, figured = self._words(text)
        self.by_key[key] = (sid, name)
        self.by_figures.setdefault(figured, []).append((name, words))

    def add(self, sid: str, name: str, text: str) -> None:
        """Note a text the run writes under ``sid``, read from file ``name``."""
        self._note(sid, name, text)

    def same(self, sid: str, text: str) -> tuple[str, str] | None:
        """(source id, file name) of a text met before with ``text``'s words spaced otherwise: another id than
        ``sid``; None where there is none."""
        key = self._words(text)[1]
        main = self._main()
        found = self.by_key.get(key)  # (the run's texts, and the records without keys: the run's last)
        if found is not None:
            return found if found[0] != sid else None
        if main is not None:
            for meta, _ in self._stored(OX_DKG.wordsKey, key):
                if str(meta.get("id")) != sid:
                    return str(meta.get("id")), str(meta.get("name") or meta.get("id"))
        return None

    def near(self, name: str, text: str) -> tuple[str, int] | None:
        """(file name, share of the words alike, rounded) of the text met before that is nearly ``text``, the
        nearest; None where none is (see the module's rule)."""
        words, _, figured = self._words(text)
        main = self._main()
        others = list(self.by_figures.get(figured, ()))
        if main is not None:
            for meta, q in self._stored(OX_DKG.figuresKey, figured):
                theirs = next(iter(main.quads_for_pattern(q.subject, OX_DKG.sourceText, None, q.graph_name)), None)
                if theirs is not None:
                    others.append((str(meta.get("name") or meta.get("id")), spaced(theirs.object.value)))
        best: tuple[str, int] | None = None
        for other, theirs in others:
            if other == name or theirs == words:
                continue
            score = fuzz.ratio(words, theirs, score_cutoff=NEAR_RATIO)
            if score and (best is None or score > best[1]):
                best = (other, int(score))
        return best
