"""Aims and spans ahead that a sentence states without the goal cues of kg.extract.modality (mục tiêu phía trước):
a verb of resolve ('quyết tâm', 'nỗ lực', 'hướng tới'), a span of years that starts at the text's year or later
('Giai đoạn 2026 - 2030, tỉnh trồng mới 25.000 ha rừng' in 2026), years ahead counted ('trong 5 năm tới'), the end
of the text's year not yet reached ('vào cuối năm' in a page of spring), and a quota handed down ('giao chỉ tiêu
cho huyện trồng 1.200 ha', 'Chỉ tiêu được giao năm 2026 là ...').

Each is a goal's mark only in a sentence that tells nothing done: a result's words ('đã', 'đạt được', 'vượt', 'so
với', 'ước', 'đến nay', '6 tháng đầu năm') anywhere in it leave it to the other rules ('Với quyết tâm cao, huyện đã hoàn thành ...', 'vượt chỉ
tiêu được giao'). Read on the text as written where the folded copy would blur a word ('đã' folds like 'đa').
Asked only for a sentence no other cue made a goal, after a test of its words."""
from __future__ import annotations

import re

from kg.extract.literals import may_match_in
from kg.extract.text import Segment, folded_pattern

# the marks, on the folded text (group 1: a span's first year; group 2: 'cuối năm' without a year); resolve as a
# verb, not the noun of a review's praise ('với quyết tâm cao', 'nhờ sự nỗ lực của ...'); a quota a share is
# measured against is a result's ('đạt 105% chỉ tiêu được giao'); 'ảnh hưởng đến' folds like 'hướng đến'
AHEAD_MARK = folded_pattern(
    r"(?<![a-z])(?:(?<!với )(?<!sự )(?<!nhờ )(?<!những )(?<!các )(?<!thần )(?<!bằng )(?:quyết tâm|nỗ lực)"
    r"|(?<!ảnh )hướng tới|(?<!ảnh )hướng đến|giao chỉ tiêu|(?<!%)(?<!% )chỉ tiêu được giao"
    r"|giai đoạn[ \t]+(20\d\d)[ \t]*[-–][ \t]*20\d\d"
    r"|(?:\d{1,2}|hai|ba|bốn|năm|mười)[ \t]+năm[ \t]+tới"
    r"|(?:vào|đến|trước)[ \t]+(cuối năm)(?![ \t]*(?:20\d\d|nay|qua|trước|ngoái)))(?![a-z])")
# what tells something done, on the text as written
_DONE = re.compile(r"(?<![^\W\d_])(?:đã|đạt được|vượt|so với|ước|hoàn thành được|thực hiện được|đến nay|hiện nay|tính đến"
                   r"|lũy kế|tháng đầu năm|quý I)(?![^\W\d_])", re.IGNORECASE)


def aim_ahead(t: str, f: str, s: Segment, ref_year: int | None, closing: bool = False) -> bool:
    """The sentence ``s`` (of ``t``, ``f`` its folded copy) marks its figures as aims ahead (AHEAD_MARK) and tells
    nothing done; a span of years counts where it starts in ``ref_year`` or later, the year's end where the text
    is not ``closing`` its year (neither where the text's year is not known)."""
    if not may_match_in(AHEAD_MARK, f, s.start, s.end):
        return False
    src = t if len(t) == len(f) else f
    if _DONE.search(src, s.start, s.end):
        return False
    for m in AHEAD_MARK.finditer(f, s.start, s.end):
        if m.group(1) is not None and (ref_year is None or int(m.group(1)) < ref_year):
            continue
        if m.group(2) is not None and (ref_year is None or closing):
            continue
        return True
    return False
