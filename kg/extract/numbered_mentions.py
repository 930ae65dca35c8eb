"""The numbered mentions of one text indexed by position, for the passes that find unnumbered documents
(kg.extract.unnumbered): the one named last before a point, the one starting at a point, and the text's own
decision or resolution that carries an annex."""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.document_dates import heading_number
from kg.extract.mention_model import Mention
from kg.extract.text import vi

# 'kèm theo' later in the clause, before the document that carries the one named
_KEM_THEO_AFTER = re.compile(vi(r"[^.;\n]{0,160}?(?<![a-z])kèm theo[ \t]+"))


class NumberedMentions:
    """The numbered mentions of a text, looked up by position: the one named last before a point
    (the greatest start among those whose tail ends before it) and the one starting at a point.
    Looked up, not scanned: a text of thousands of mentions scanned them all once per type word."""

    def __init__(self, known: list[Mention], f: str, type_hits: list[tuple[int, int, str]]) -> None:
        ranked = sorted(((max(k.tail_end, k.end), i, k) for i, k in enumerate(known) if k.kind == "numbered"),
                        key=lambda x: x[0])
        self.reaches = [r for r, _, _ in ranked]
        self.best: list[Mention] = []       # the last named among ranked[:j + 1] (the earlier listed on a tie)
        top: tuple[int, Mention] | None = None
        for _, i, k in ranked:
            if top is None or k.start > top[1].start or (k.start == top[1].start and i < top[0]):
                top = (i, k)
            self.best.append(top[1])
        self.starting: dict[int, Mention] = {}
        for k in known:
            if k.kind == "numbered":
                self.starting.setdefault(k.start, k)
        # the text's own decision or resolution, by type, and the type words by their end (see _OWN_CARRIES in kg.extract.unnumbered)
        self.own = {k.type: k for k in known if k.kind == "numbered" and k.type in ("QĐ", "NQ")
                    and heading_number(f, k.start, k.end)}
        self.type_words = {e: (s, code) for s, e, code in type_hits} if self.own else {}
        self.f, self.hits = f, type_hits

    def carries_own(self, code: str) -> bool:
        """Whether a type word ``code`` is carried by a numbered document named after it in its clause ('Chương trình
        ..., ban hành kèm theo Quyết định số 1500/QĐ-UBND'): the text has its own document of that type."""
        return any(c == code and (m := _KEM_THEO_AFTER.match(self.f, e)) is not None and m.end() in self.starting
                   for _, e, c in self.hits)

    def last_before(self, pos: int) -> Mention | None:
        j = bisect_right(self.reaches, pos)
        return self.best[j - 1] if j else None

    def at(self, pos: int) -> Mention | None:
        return self.starting.get(pos)
