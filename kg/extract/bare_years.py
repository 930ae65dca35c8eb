"""A deadline year written without 'năm' (mốc năm không có chữ 'năm'): 'Đến 2030, tỷ lệ đô thị hóa đạt 45%', 'phấn
đấu tới cuối 2027 ...', 'xác định đến 2030 có 80% xã ...'.

News pages and the summaries of plans drop the word 'năm' before a deadline's year as often as they keep it; the goal
cues of kg.extract.modality read 'đến năm 2030' only. The pattern is kept apart from them (a cue of a sentence's every
reader there), so that it is asked only where a sentence may hold it and cannot widen the cues other rules share.
A year a range ends ('từ 2021 đến 2025', '2021 đến 2025'), one that has passed for the text, and one that opens a
clause of its own telling what has been done ('đã') set no goal."""
from __future__ import annotations

import re

from kg.extract.literals import may_match_in
from kg.extract.text import Segment, folded_pattern

# the year after 'đến' / 'tới' (with 'hết', 'cuối'), not a day's or a month's ('đến 30/6/2026' is no bare year, nor
# '2030-2035' a single one), and not a figure's ('đến 2030 ha' counts)
DEADLINE_YEAR = folded_pattern(r"(?<![a-z])(?:đến|tới)(?:[ \t]+(hết|cuối))?[ \t]+(20\d\d)(?![\d/]|[.,]\d|[ \t]*[-–]"
                               r"|[ \t]+(?:ha|người|hộ|tỷ|triệu|tấn|km|con|cơ sở|doanh nghiệp|hội viên|đảng viên)(?![a-z]))")
# the start of the range the year ends, read on the text as written (folded, 'từ' is also the issuer code 'TU'): a
# year just before the 'đến', or a 'từ' earlier in the clause (not 'từ nay', which counts from now)
_RANGE_BEFORE = re.compile(r"(?:(?<![\d.,])\d{4}[ \t]*|(?<![^\W\d_])từ(?![ \t]+nay)(?![^\W\d_])[^,;:\n]*)$", re.IGNORECASE)
# what has been done, in the year's clause
_DONE = folded_pattern(r"(?<![a-z])(?:đã|đạt được|ước đạt)(?![a-z])")


def bare_deadline(t: str, f: str, s: Segment, ref_year: int | None, closing: bool = False) -> bool:
    """The sentence ``s`` of the text ``t`` (``f`` folded, of the same length) sets a goal by a year written without
    'năm', one not passed for a text of ``ref_year``, whose own year counts with 'hết' or 'cuối' unless the text is ``closing`` that year (any year where the text's is not known)."""
    if not may_match_in(DEADLINE_YEAR, f, s.start, s.end):
        return False
    for m in DEADLINE_YEAR.finditer(f, s.start, s.end):
        year = int(m.group(2))
        # (the end of the text's own year is still ahead: 'Đến cuối 2026, ...' in a page of March 2026)
        if ref_year is not None and (year < ref_year or (year == ref_year and (m.group(1) is None or closing))):
            continue
        if _RANGE_BEFORE.search(t if len(t) == len(f) else f, max(s.start, m.start() - 60), m.start()):
            continue
        end = min((i for i in (f.find(c, m.end(), s.end) for c in ";.") if i >= 0), default=s.end)
        if _DONE.search(f, m.end(), end):
            continue
        return True
    return False
