"""The words of a text once its spacing is normalised, and the digests a review record keeps of them (khóa câu chữ):
what finds the files that may hold one article (``kg.text.same_article`` decides whether they do, ``kg.ingest_twins``
applies the rule; ``kg.review.ledger`` writes the keys with each record so that an ingest looks a text up by them)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: The end of a sentence in normalised words: its stop, or its stop and a closing quote or bracket, then the space.
_SENTENCE_END = re.compile(r"(?<=[.!?…]) |(?<=[.!?…][”\"’)]) ")
#: How many digests of its sentences a text is looked up by: the smallest, so that two files of one article, which
#: share all their sentences but the few next to what one of them adds (a date line, a share bar, a credit), share
#: some of them whatever they add (a sketch: every one of its sentences would be as many keys as sentences).
SKETCH = 8
#: Fewer words than this are no sentence to look a text up by: a date line, a credit, a byline, a menu's entry.
SENTENCE_WORDS = 6


def spaced(text: str) -> str:
    """``text`` with its spacing normalised: NFC, each run of white space one space, the ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def spacing_key(text: str) -> str:
    """A digest of :func:`spaced` ``text``: equal for the same words however they are spaced."""
    return words_key(spaced(text))


def words_key(words: str) -> str:
    """The digest of words already normalised (:func:`spaced`): the one rule of :func:`spacing_key` and of a record's
    ``dkg:wordsKey``, for a caller that holds the words already."""
    return hashlib.sha1(words.encode("utf-8")).hexdigest()


def sentence_keys(words: str) -> tuple[str, ...]:
    """The :data:`SKETCH` smallest digests of the sentences of normalised ``words`` (of :data:`SENTENCE_WORDS` words
    or more): a text that may be the same article as another shares one of them (line breaks play no part)."""
    digests = {hashlib.sha1(s.encode("utf-8")).hexdigest()[:16] for s in _SENTENCE_END.split(words)
               if s.count(" ") + 1 >= SENTENCE_WORDS}
    return tuple(sorted(digests)[:SKETCH])


def record_keys(text: str) -> tuple[str, tuple[str, ...]]:
    """(:func:`spacing_key`, :func:`sentence_keys`) of ``text``: what its review record keeps to be looked up by."""
    words = spaced(text)
    return words_key(words), sentence_keys(words)
