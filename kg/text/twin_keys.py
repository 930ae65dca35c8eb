"""The words of a text once its spacing is normalised, and the digests a review record keeps of them (khóa câu chữ):
what tells that two files hold one article (``kg.ingest_twins`` applies the rule; ``kg.review.ledger`` writes the
keys with each record so that an ingest looks a text up by them)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_FIGURE = re.compile(r"\S*\d\S*")


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


def figures(words: str) -> tuple[str, ...]:
    """The tokens of normalised ``words`` that hold a digit, each once, in order: what two articles of one template
    differ by (their days, figures and symbols) and the same article in two files shares."""
    return tuple(dict.fromkeys(m.group(0).strip(".,;:()\"'") for m in _FIGURE.finditer(words)))


def figures_key(words: str) -> str:
    """A digest of :func:`figures` of normalised ``words``: the texts a text may be nearly are those with the same."""
    return hashlib.sha1(" ".join(figures(words)).encode("utf-8")).hexdigest()


def record_keys(text: str) -> tuple[str, str]:
    """(:func:`spacing_key`, :func:`figures_key`) of ``text``: what its review record keeps to be looked up by."""
    words = spaced(text)
    return words_key(words), figures_key(words)
