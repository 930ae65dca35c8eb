"""Whether two texts are one article (cùng một bài) in two files, decided on their words alone (never on the files'
names): the saved page and the PDF a browser printed of it, the Word file and the ``.txt`` made of it, a page saved
twice with other menus, the article as two sites carry it under their own credits.

The two texts' words are aligned (rapidfuzz's ``Indel`` alignment, word by word, line breaks no part of it), and
each stretch where they differ is judged where it lies in the file that holds it:

- whole lines that one file has and the other lacks (a date line, a share bar, a menu, a box of links, a footer,
  a byline on its line) are what a site or a reader adds around the article;
- a few words (:data:`EDGE_WORDS` at most, none of them a figure) at a line's opening or end are a credit or a byline
  ("CTTĐT -", "(YBĐT) -", "Minh Anh"), and a line of no more words is one of those lines, whatever changed in it (a
  date line with the page's count of views: "28/09/2023 10:48 39");
- anything else (a word changed inside a sentence, a figure changed anywhere) is the text itself changed: a corrected
  article, or another article of the same template or on the same event, which is not the same article.

Two texts are the same article when every stretch is of the first two kinds and what each adds stays under
:data:`ADDED_SHARE` of its words. A text that is not, but whose only changes in place hold no figure and whose
characters are :data:`NEAR_RATIO` alike or more (rapidfuzz's ``ratio``), is nearly the other: the ingest reports
it and keeps the two apart, for the user to choose.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from kg.text.twin_keys import spaced

#: At most this many words at a line's opening or end are a credit or a byline, not a change of the text.
EDGE_WORDS = 5
#: A file may add to the article at most this share of its words (lines of its own, credits) and still hold it.
ADDED_SHARE = 0.15
#: From this share of their normalised characters alike (0 to 100), a text changed in place is "nearly" the other.
NEAR_RATIO = 90.0


@dataclass(frozen=True)
class Likeness:
    """What two texts are to each other: ``same`` one article; else ``share`` (0 to 100, rounded) where one is nearly
    the other, 0 where neither."""

    same: bool
    share: int = 0


@dataclass(frozen=True)
class Lines:
    """A text's words in order, each with whether it opens or closes its line (what a stretch is judged by)."""

    words: list[str]
    opens: list[bool]
    closes: list[bool]
    sizes: list[int]  # (the number of words of each word's line)

    @classmethod
    def of(cls, text: str) -> "Lines":
        words: list[str] = []
        opens: list[bool] = []
        closes: list[bool] = []
        sizes: list[int] = []
        for line in unicodedata.normalize("NFC", text).splitlines():
            said = line.split()
            if said:
                n = len(said)
                words += said
                opens += [True] + [False] * (n - 1)
                closes += [False] * (n - 1) + [True]
                sizes += [n] * n
        return cls(words, opens, closes, sizes)

    def added(self, lo: int, hi: int, other: "Lines", at: int, *, alone: bool) -> bool:
        """Whether words ``lo:hi`` (which ``other`` lacks, at its word ``at``) are something a file adds around the
        article: whole lines, or a few words without a figure at a line's edge. Words the other text has nothing in
        place of (``alone``) that the alignment placed a word or so off their lines (a line whose last word is also
        the word before it) are slid along the words the two texts share on either side, as far as that goes."""
        if lo == hi:
            return True
        return any(self._around(lo + shift, hi + shift) for shift in (self._shifts(lo, hi, other, at) if alone else (0,)))

    def _around(self, lo: int, hi: int) -> bool:
        """Whether each line's part of words ``lo:hi`` is the whole line, a line of a few words, or a few words without a
        figure at its opening or end."""
        start = lo
        for i in range(lo, hi):
            if i + 1 < hi and not self.closes[i]:
                continue
            whole = (self.opens[start] and self.closes[i]) or self.sizes[i] <= EDGE_WORDS
            edge = (i + 1 - start <= EDGE_WORDS and (self.opens[start] or self.closes[i])
                    and not _figured(self.words[start:i + 1]))
            if not (whole or edge):
                return False
            start = i + 1
        return True

    def _shifts(self, lo: int, hi: int, other: "Lines", at: int) -> list[int]:
        """0, then how far ``lo:hi`` slides left and right with the same words on both texts (a pure addition)."""
        out = [0]
        w, o = self.words, other.words
        k = 0
        while lo - k - 1 >= 0 and at - k - 1 >= 0 and w[lo - k - 1] == w[hi - k - 1] == o[at - k - 1]:
            k += 1
            out.append(-k)
        k = 0
        while hi + k < len(w) and at + k < len(o) and w[lo + k] == w[hi + k] == o[at + k]:
            k += 1
            out.append(k)
        return out


def _figured(words: list[str]) -> bool:
    return any(any(c.isdigit() for c in w) for w in words)


def compare(a: str, b: str, *, lines: tuple[Lines, Lines] | None = None) -> Likeness:
    """What texts ``a`` and ``b`` are to each other (see the module's rule); ``lines``: theirs, made already."""
    la, lb = lines or (Lines.of(a), Lines.of(b))
    na, nb = len(la.words), len(lb.words)
    if not na or not nb or min(na, nb) < 0.8 * max(na, nb):
        return Likeness(False)  # (too unlike in length to be one article, or nearly)
    blocks: list[tuple[int, int, int, int]] = []
    for op in Indel.opcodes(la.words, lb.words):
        if op.tag == "equal":
            continue
        if blocks and blocks[-1][1] == op.src_start and blocks[-1][3] == op.dest_start:
            blocks[-1] = (blocks[-1][0], op.src_end, blocks[-1][2], op.dest_end)
        else:
            blocks.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    added_a = added_b = 0
    changed = False  # the text itself changed somewhere
    figures = False  # a change in place touches a figure
    for a1, a2, b1, b2 in blocks:
        if la.added(a1, a2, lb, b1, alone=b1 == b2) and lb.added(b1, b2, la, a1, alone=a1 == a2):
            added_a += a2 - a1
            added_b += b2 - b1
        else:
            changed = True
            figures = figures or _figured(la.words[a1:a2]) or _figured(lb.words[b1:b2])
    if not changed and added_a <= ADDED_SHARE * na and added_b <= ADDED_SHARE * nb:
        return Likeness(True)
    if figures:
        return Likeness(False)
    score = fuzz.ratio(spaced(a), spaced(b), score_cutoff=NEAR_RATIO)
    return Likeness(False, int(score) if score else 0)
