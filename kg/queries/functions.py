"""The custom SPARQL functions given to every query run here: ``dkgf:fold(text)`` (accent- and
case-folded form) and ``dkgf:match(text, words)`` (every word of ``words`` occurs in ``text`` as a
word, diacritics optional; the last word may be a prefix).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pyoxigraph as ox

from kg.rdf.vocab import BASE
from kg.store import textindex
from kg.text.symbols import fold

#: Namespace of the custom SPARQL functions.
FN = BASE + "fn#"


@lru_cache(maxsize=65536)
def _haystack(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    exact = textindex.words(text)
    folded = textindex.words(fold(text))
    return frozenset(exact), frozenset(folded), tuple(folded) + tuple(exact)


def text_matches(text: str, query: str) -> bool:
    """Every word of ``query`` occurs in ``text`` as a whole word; a word typed without
    diacritics matches with or without them ("nong dan" finds "nông dân"), a word typed with
    them only matches exactly ("nông" does not find "nống"). The last word may be a prefix."""
    words = textindex.words(query)
    if not words:
        return False
    exact, folded, all_words = _haystack(text)
    for i, w in enumerate(words):
        has_marks = fold(w) != w
        pool = exact if has_marks else folded
        if w in pool:
            continue
        if i == len(words) - 1 and any(h.startswith(w) for h in (all_words if has_marks else folded)):
            continue
        return False
    return True


def _fn_fold(term):
    return ox.Literal(fold(term.value)) if isinstance(term, ox.Literal) else None


def _fn_match(text, words):
    if not isinstance(text, ox.Literal) or not isinstance(words, ox.Literal):
        return None
    return ox.Literal(text_matches(text.value, words.value))


#: Custom functions given to every query run here (also usable by the web app's endpoint).
CUSTOM_FUNCTIONS: dict[ox.NamedNode, Callable] = {
    ox.NamedNode(FN + "fold"): _fn_fold,
    ox.NamedNode(FN + "match"): _fn_match,
}
