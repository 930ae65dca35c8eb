"""One article in several files (một bài, nhiều tệp): the ``.txt`` with blank lines between its paragraphs, the saved
page, the PDF printed from it. ``kg.ingest`` asks :class:`Twins` for each text it reads whether the store or the run
holds it already under other spacing, or holds a text that is nearly it.

The rule a user expects:

- the same words once their spacing is normalised (every run of spaces, tabs and line breaks one space, the ends
  trimmed, Unicode NFC) are one text: :func:`spacing_key`, compared exactly;
- a text that is nearly another (:data:`NEAR_RATIO` and more of its characters alike, by rapidfuzz's ``ratio`` on
  the normalised words, the same figures and symbols in both) is reported as such and kept apart: two articles of one
  template, or a corrected text, are not to be merged behind the user's back. Only texts with the very same figures and
  symbols (every token holding a digit: days, numbers, "27-KH/TU") are compared, which keeps the comparisons few (a
  dictionary look-up, not every pair) and keeps two articles of one template, whose figures differ, apart unasked.

The texts already in the store are read once per ingest, at the first text that needs them, from the review records
(``kg.review.ledger``: each record keeps its text); a new store has none, and an ingest into it reads nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg.rdf.vocab import DKG

#: From this share of the normalised words alike (0 to 100), a text that is not another's words is "nearly" it.
NEAR_RATIO = 90.0

_FIGURE = re.compile(r"\S*\d\S*")


def spaced(text: str) -> str:
    """``text`` with its spacing normalised: NFC, each run of white space one space, the ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def spacing_key(text: str) -> str:
    """A digest of :func:`spaced` ``text``: equal for the same words however they are spaced."""
    return hashlib.sha1(spaced(text).encode("utf-8")).hexdigest()


def figures(words: str) -> tuple[str, ...]:
    """The tokens of normalised ``words`` that hold a digit, each once, in order: what two articles of one template
    differ by (their days, figures and symbols) and the same article in two files shares."""
    return tuple(dict.fromkeys(m.group(0).strip(".,;:()\"'") for m in _FIGURE.finditer(words)))


def says(info) -> int:
    """How much a file says of its text besides its words (a ``kg.rdf.build.SourceInfo``): its page's address, its
    publisher, its day. Of two files with the same words (a saved page and the Word file made of it, the ``.txt`` with
    its blank lines), the one that says more is the text's source."""
    return sum(1 for value in (info.url, info.publisher, info.published) if value)


@dataclass
class Twins:
    """The texts an ingest has met (the store's, read at the first need, and the run's): by :func:`spacing_key`, their
    source id and file name; by :func:`figures`, their normalised words for the near comparison."""

    store: object
    by_key: dict[str, tuple[str, str]] = field(default_factory=dict)
    by_figures: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    _read: bool = False
    #: the last text asked about and its normalised words with their digest: each text is asked about two or three
    #: times in a row (``same``, ``near``, ``add``), its words normalised once
    _last: tuple[str, str, str] = ("", "", "")

    def _words(self, text: str) -> tuple[str, str]:
        """(normalised words, :func:`spacing_key`) of ``text``."""
        if self._last[0] is not text:
            words = spaced(text)
            self._last = (text, words, hashlib.sha1(words.encode("utf-8")).hexdigest())
        return self._last[1], self._last[2]

    def _read_store(self) -> None:
        self._read = True
        main = getattr(self.store, "main", None)
        if main is None:
            return
        import json  # noqa: PLC0415

        sparql = (f"SELECT ?meta ?text WHERE {{ GRAPH ?g {{ ?r a <{DKG.ReviewRecord}> ; <{DKG.sourceMeta}> ?meta ; "
                  f"<{DKG.sourceText}> ?text }} }}")
        for row in main.query(sparql):
            meta = json.loads(row["meta"].value)
            self.add(str(meta.get("id")), str(meta.get("name") or meta.get("id")), row["text"].value)

    def add(self, sid: str, name: str, text: str) -> None:
        """Note a text the run writes (or the store holds) under ``sid``, read from file ``name``."""
        words, key = self._words(text)
        self.by_key[key] = (sid, name)
        self.by_figures.setdefault(figures(words), []).append((name, words))

    def same(self, sid: str, text: str) -> tuple[str, str] | None:
        """(source id, file name) of a text met before with ``text``'s words spaced otherwise: another id than
        ``sid``; None where there is none."""
        if not self._read:
            self._read_store()
        found = self.by_key.get(self._words(text)[1])
        return found if found is not None and found[0] != sid else None

    def near(self, name: str, text: str) -> tuple[str, int] | None:
        """(file name, share of the words alike, rounded) of the text met before that is nearly ``text``, the
        nearest; None where none is (see the module's rule)."""
        if not self._read:
            self._read_store()
        words = self._words(text)[0]
        best: tuple[str, int] | None = None
        for other, theirs in self.by_figures.get(figures(words), ()):
            if other == name or theirs == words:
                continue
            score = fuzz.ratio(words, theirs, score_cutoff=NEAR_RATIO)
            if score and (best is None or score > best[1]):
                best = (other, int(score))
        return best
