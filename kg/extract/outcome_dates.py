"""The day an outcome is counted to: 'tính đến ngày 31/10/2025, toàn tỉnh đã rà soát 1.890 văn bản' is a count as of
31 October, whatever day the text came out (tính đến ngày / đến hết năm / đến hết tháng). 'đến nay' (to this day)
is the text's own day. A day after the text's is a deadline, not a count, and dates nothing, unless an estimate runs
to it ('ước thực hiện đến 31/12/2025', 'ước cả năm': the year's last day, in a report before it ends)."""
from __future__ import annotations

import calendar
import datetime as _dt
from bisect import bisect_right
from collections.abc import Sequence

from kg.extract.dates import DateMention
from kg.extract.text import Prepared, Segment, folded_pattern
from kg.facts import Outcome

# the words before a day that make it the day a count runs to: 'tính đến ngày', 'đến hết ngày', 'đến ngày'
_TO_DAY = folded_pattern(r"(?<![a-z])đến(?:[ \t]+hết)?(?:[ \t]+ngày)?[ \t]*$")
# a month or a year counted to its end ('đến hết năm 2025', 'tính đến hết tháng 9/2025', 'đến hết tháng 9 năm 2025'),
# or to this day, the text's own ('đến nay'); read from 'đến', a literal the scan skips to
_TO_END = folded_pattern(r"(?<![a-z])đến[ \t]+(?:hết[ \t]+(?:năm[ \t]+(\d{4})|tháng[ \t]+(\d{1,2})"
                         r"(?:[ \t]*(?:/|năm)[ \t]*(\d{4}))?)(?!\d)|(nay)(?![a-z]))")
# an estimate ('ước tính', 'dự ước', 'ước thực hiện'), and one for the whole year ('ước cả năm 2025', 'dự ước cả năm')
_ESTIMATE = folded_pattern(r"(?<![a-z])(?:dự[ \t]+)?ước(?![a-z])")
_WHOLE_YEAR = folded_pattern(r"(?<![a-z])(?:dự[ \t]+)?ước(?:[ \t]+(?:tính|thực hiện))?[ \t]+cả năm(?:[ \t]+(\d{4}))?(?![a-z\d])")


def _month_end(year: int, month: int) -> _dt.date | None:
    if not 1 <= month <= 12:
        return None
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _cues(p: Prepared, s: Segment, dates: Sequence[DateMention],
          tdate: _dt.date | None) -> list[tuple[int, _dt.date | None]]:
    """Where each 'counted to' cue of the sentence ``s`` ends (an offset of the source) and its day (None: the
    text's), in order."""
    f = p.folded
    out: list[tuple[int, _dt.date | None]] = []
    for d in dates:
        if s.start <= d.start < s.end and _TO_DAY.search(f, max(s.start, d.start - 20), d.start):
            out.append((d.end, d.date))
    for m in _TO_END.finditer(f, s.start, s.end):
        if m.group(4):
            out.append((m.end(), None))
            continue
        year = m.group(1) or m.group(3)
        y = int(year) if year else (tdate.year if tdate else None)
        if y is not None and _dt.MINYEAR <= y:      # ('năm 0000' is no year a day can be made in)
            out.append((m.end(), _dt.date(y, 12, 31) if m.group(1) else _month_end(y, int(m.group(2)))))
    for m in _WHOLE_YEAR.finditer(f, s.start, s.end) if "uoc" in f[s.start:s.end] else ():
        y = int(m.group(1)) if m.group(1) else (tdate.year if tdate else None)
        if y is not None and _dt.MINYEAR <= y:
            out.append((m.end(), _dt.date(y, 12, 31)))
    # a day after the text's is a deadline (a goal's), and no count runs to it, but an estimate's
    out = [(p.to_source(end), day if day is None or tdate is None or day <= tdate
            or _ESTIMATE.search(f, s.start, end) is not None else None) for end, day in out]
    return sorted(out, key=lambda c: c[0])


def date_outcomes(p: Prepared, sents: Sequence[Segment], dates: Sequence[DateMention], tdate: _dt.date | None,
                  outcomes: Sequence[Outcome]) -> None:
    """Give each outcome the day its sentence counts it to, the last such cue before its figure (in place)."""
    if not outcomes or not sents:
        return
    starts = [p.to_source(s.start) for s in sents]
    cues: dict[int, list[tuple[int, _dt.date | None]]] = {}
    for o in outcomes:
        at = o.span[0]
        i = bisect_right(starts, at) - 1
        if i < 0 or at > p.to_source(sents[i].end):
            continue
        if i not in cues:
            cues[i] = _cues(p, sents[i], dates, tdate)
        before = [day for end, day in cues[i] if end <= at]
        if before and before[-1] != tdate:
            o.as_of = before[-1]
