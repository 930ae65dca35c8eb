"""The items of a clause around its figures (kg.extract.quantities asks for each figure of a clause):
the comma/'và'-separated piece a figure stands in (the bounds of a tally's status words), and the text
of the list item a figure opens or closes (a fact's ``text``, without the words that open its sentence before what it
says: 'Báo cáo tại hội nghị cho biết, ', 'Thực hiện Kế hoạch số ..., ', 'Sau 3 năm, ').

The separators of the clause are found in one pass when the clause is first asked about, then each
figure looks its neighbours up by bisection: the same answers as scanning the clause again for every
figure, without reading it once per figure."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.extract.text import Segment, clean_ws, folded_pattern

# what separates the items of a clause: punctuation, or 'và' before a number ('12 xã và 3 thị trấn')
# (the check of the letter before stands behind 'và', so that every branch opens on a character the scan skips to)
_ITEM_CUT = folded_pattern(r",|;|:|và(?<![a-z]và)(?=[ \t]+\d)")
# where a list item opens: '(3)', after ';' or ':', or the text's first character (given by ClauseItems: a pattern with
# '^' as a branch opens on no character the engine can skip to, and is tried at every position of the clause)
_ITEM_START = re.compile(r"\(\d{1,2}\)|[;:]")
# where a figure's phrase ends: ';', an opening bracket, or a full stop before a space or the clause's end; but not
# the bracket that marks a place as the one before or after a merger, part of its name: '... ba tỉnh Vĩnh Phúc, Hòa
# Bình, Phú Thọ (cũ) ban hành được rà soát, xử lý' runs on to what is done
_ITEM_END = folded_pattern(r";|\((?!(?:cũ|mới|(?:trước|sau)(?: khi)? (?:sáp nhập|sắp xếp|hợp nhất))\))|\.(?:\s|$)")
_BLANKS = re.compile(r"[ \t]+")
# the words that open a sentence before what it says of its figure, left out of the fact's text: who says it ('Báo
# cáo tại hội nghị cho biết, '), by what ('Theo đánh giá của Ban Thường vụ, ', 'Thực hiện Chương trình số ..., '),
# after how long ('Sau 3 năm, ') or how it is grouped ('Theo từng dự án thành phần, '); one after another. Not a
# period ('Đến năm 2025, ': the goal's year) nor a heading of its own ('Về thu ngân sách, ': the figure's subject)
_LEAD_IN = folded_pattern(r"(?:(?:theo|thực hiện|triển khai|sau|qua|bên cạnh)(?![a-z])[^,;:%()\n]{0,80}?"
                          r"|[^,;:%()\n]{0,60}?(?<![a-z])cho biết),[ \t]+")


class ClauseItems:
    """The separators of one clause ``c`` of the folded text ``f`` (``t``: the source text, same offsets)."""

    def __init__(self, t: str, f: str, c: Segment):
        self.t, self.f, self.c = t, f, c
        cuts = list(_ITEM_CUT.finditer(f, c.start, c.end))
        self._cut_starts = [m.start() for m in cuts]
        self._cut_ends = [m.end() for m in cuts]
        # how far a cut reads the text: 'và' looks ahead to the digit after it, so a figure starting at that
        # digit does not see it as a cut before it (the scan stopped at the figure saw no digit)
        self._cut_reads = [m.end() if m.end() == m.start() + 1 else _BLANKS.match(f, m.end()).end() + 1 for m in cuts]
        opens = list(_ITEM_START.finditer(f, c.start, c.end))
        self._open_ends = [m.end() for m in opens]
        self._open_at = [m.start() if m.group(0).startswith("(") else m.end() for m in opens]
        if c.start == 0 and not (opens and opens[0].start() == 0):
            self._open_ends.insert(0, 0)        # (the text's first character opens an item)
            self._open_at.insert(0, 0)
        ends = list(_ITEM_END.finditer(f, c.start, c.end))
        self._end_starts = [m.start() for m in ends]
        self._end_ends = [m.end() for m in ends]

    def bounds(self, q_start: int, q_end: int) -> tuple[int, int]:
        """The comma/'và'-separated item around the figure at ``q_start``..``q_end``."""
        k = bisect_right(self._cut_reads, q_start)
        a = self._cut_ends[k - 1] if k else self.c.start
        i = bisect_left(self._cut_starts, q_end)
        if i and self._cut_ends[i - 1] > q_end:
            # (a cut that runs over the figure's end: the scan from the figure's end finds what it finds)
            m = _ITEM_CUT.search(self.f, q_end, self.c.end)
            return a, (m.start() if m else self.c.end)
        return a, (self._cut_starts[i] if i < len(self._cut_starts) else self.c.end)

    def text(self, q_start: int, q_end: int) -> str:
        """From the start of the list item or clause to the end of the figure's phrase."""
        k = bisect_right(self._open_ends, q_start)
        start = self._open_at[k - 1] if k else self.c.start
        i = bisect_left(self._end_starts, q_end)
        if i and self._end_ends[i - 1] > q_end:
            m = _ITEM_END.search(self.f, q_end, self.c.end)
            end = m.start() if m else self.c.end
        else:
            end = self._end_starts[i] if i < len(self._end_starts) else self.c.end
        while (lead := _LEAD_IN.match(self.f, start, q_start)) is not None:
            start = lead.end()
        return quote_of_figure(clean_ws(self.t[start:end]).strip(" ,:"))


#: the longest quote a figure is given
MAX_QUOTE = 300


def quote_of_figure(text: str) -> str:
    """``text`` (from an item's start to its figure's phrase) cut to ``MAX_QUOTE`` from its end, on a whole word: a
    long clause keeps the figure it quotes for, not its opening words."""
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[-MAX_QUOTE:]
    space = cut.find(" ")
    return cut[space + 1:] if 0 <= space < 40 else cut
