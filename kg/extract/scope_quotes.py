"""The new wording an amending document quotes for the document it amends (Vietnamese: sửa đổi ... như sau: "..."):
'Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch ban hành kèm theo Quyết định số 1120/QĐ-UBND như sau: / 1.
Sửa đổi khoản 2 Mục I như sau: / "2. Mục tiêu cụ thể: Đến năm 2025, toàn tỉnh có ít nhất 180 chuỗi ..."'. The goals in
the quotes are the amended plan's, as it now reads; what the amending text says outside them (its annex, its tasks)
stays its own. Read by kg.extract.scope_index."""
from __future__ import annotations

from bisect import bisect_right

from kg.extract.text import folded_pattern

# the line that leads into the new wording: it changes something and ends on 'như sau:', the quote opens the next line
_AMENDING_LEAD = folded_pattern(r"(?<![a-z])(?:sửa đổi|bổ sung|điều chỉnh|thay thế)(?![a-z])[^\n]{0,200}?như sau:[ \t]*\n[ \t]*(?=[\"“])")
# how far a quoted wording may run (a clause or a few: a stray quote mark never takes the rest of the text)
_QUOTE_REACH = 3000


def quoted_wordings(folded: str) -> list[tuple[int, int]]:
    """The spans of the quoted new wordings of ``folded`` (the prepared text's folded form), in order; none where the
    text quotes nothing after an amending lead."""
    if "nhu sau:" not in folded:
        return []
    out: list[tuple[int, int]] = []
    for m in _AMENDING_LEAD.finditer(folded):
        start = m.end()
        if out and start < out[-1][1]:
            continue
        close = folded.find("”" if folded[start] == "“" else '"', start + 1, start + _QUOTE_REACH)
        if close > start:
            out.append((start, close + 1))
    return out


def in_quoted(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` stands inside one of ``spans`` (from quoted_wordings)."""
    if not spans:
        return False
    i = bisect_right([a for a, _ in spans], pos) - 1
    return i >= 0 and pos < spans[i][1]
