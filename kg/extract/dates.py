"""Dates in Vietnamese news: 20/12/2023, 09/09/2025, 18-8-2023, 24.10.2017, 'ngày 16 tháng 10 năm
2020', and day/month without a year ('Sáng 12/6', 'ngày 1/12') when a time word precedes it (the
year then comes from the text's own date; without one the date is left out, never guessed)."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import partial

from kg.extract.text import fold_same_length, folded_pattern, line_matches, vi
from kg.text.symbols import DIGIT_FIRST

_TIME_WORDS = r"(?:ngay|sang|trua|chieu|toi|dem|hom|khuya|rang sang|sang ngay|chieu ngay|toi ngay|trua ngay|dem ngay)"

# all on the folded text (the character before a date is checked by find_dates)
# (a slash or a dash may have a space on either side, and the dash be an en dash: '12 /3/2024', '15 - 5 - 2016',
# '12–3–2024'; a full stop may not: '12. 3. 2024' are figures)
_FULL = re.compile(r"(?P<d>\d{1,2})(?:(?P<s>\.)|[ \t]?(?P<s2>[/\-–])[ \t]?)(?P<m>\d{1,2})"
                   r"(?:(?(s)\.|[ \t]?(?P=s2)[ \t]?))(?P<y>(?:19|20)\d\d)(?![\w/-]|\.\d)")
# ('ngày 12 tháng 3, năm 2024': a comma before the year)
_LONG = re.compile(r"(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2}),?\s+nam\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# the time word may be followed by 'nay'/'qua' and a bracket: 'Sáng nay (15/4)', 'Chiều qua (3/6)'
# ('ngày mùng 6 tháng 10', 'ngày mồng 1/12': the word for the first ten days of a month between), or by the day of
# the week: 'Sáng thứ Ba (12/3)', 'Chiều Chủ nhật, 17/3'
_TW_BEFORE = re.compile(rf"(?:{_TIME_WORDS})(?:\s+(?:nay|qua|mung|mong)|\s+(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)"
                        rf"\s*[(,])?\s*\(?\s*$")
# the first day of a span before its last ('ngày 13 và 14/12', 'từ ngày 30 đến ngày 31/7/2025'): the last day is dated
# by a time word as the first is, and a meeting held over the span opened on the first (kg.extract.events)
SPAN_FIRST_DAY = re.compile(vi(r"(?<![a-z0-9])(?:từ[ \t]+)?ngày[ \t]+(?P<d>\d{1,2})[ \t]*(?:đến|và|-|–)[ \t]*(?:ngày[ \t]+)?$"))
_TIGHT_SPAN = re.compile(vi(r"(?<![a-z0-9])ngày[ \t]+\d{1,2}[-–]$"))


def _time_word_before(f: str, a: int) -> bool:
    return bool(_TW_BEFORE.search(f, max(0, a - 20), a) or SPAN_FIRST_DAY.search(f, max(0, a - 16), a))


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: _dt.date
    time_word: bool      # preceded by ngày/sáng/chiều ...
    has_year: bool


def _mk(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


# 'ngày22/7/2010', 'ngày22 tháng 7 năm 2010': a page copied without the space after 'ngày'
_GLUED_DAY = re.compile(fold_same_length(r"(?:^|[^\w])ngày"))
# (one or two digits and a separator; written to open on one digit, which a scan skips to; the rest is looked ahead at,
# not taken, so that a span's first day does not hide its last: 'ngày 24 - 25/8', 'ngày 24-25/8/2023')
_CAND = re.compile(DIGIT_FIRST + r"(?=\d?[ \t]?[/.\-–][ \t]?\d|\d?\s+thang)")
# a full stop after the month ends the sentence ('... ban hành ngày 12/3.'); one before a digit is a third part
_SHORT_AT = re.compile(r"(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?![\w/-]|[.][\w/-])")
# the day and month in words without a year: 'ngày 6 tháng 10', 'ngày mùng 6 tháng 10.' (one with 'năm' after it is _LONG's;
# 'ngày 6 tháng 10 năm' cut before its year is none)
_SHORT_WORDS_AT = re.compile(r"(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})(?![\w/-]|[.][\w/-]|,?\s+nam(?![a-z]))")


class _Scan:
    """A text's date candidates and what the patterns read at each, read once a text: the text is scanned with its
    year, and again (kg.extract.events) with a stand-in year; only the short dates' year differs between the two."""
    __slots__ = ("folded", "starts", "full", "short")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        # (a candidate glued to a word or a number is none: 'ngày22/7' is, see _GLUED_DAY; nor one after a dash, but for
        # the last day of a span written tight, 'trong 2 ngày 18-19/12')
        self.starts = [a for a in (c.start() for c in _CAND.finditer(folded))
                       if not (a > 0 and (folded[a - 1].isalnum() or folded[a - 1] in "/.-_")
                               and not _GLUED_DAY.fullmatch(folded, max(0, a - 5), a)
                               and not _TIGHT_SPAN.search(folded, max(0, a - 12), a))]
        self.full: dict[int, tuple[int, _dt.date | None, bool] | None] = {}
        self.short: dict[int, tuple[int, int, int] | None] = {}

    def full_at(self, a: int) -> tuple[int, _dt.date | None, bool] | None:
        """(end, date or None where the day does not exist, time word before) of a date with its year at ``a``."""
        if a not in self.full:
            f = self.folded
            m = _LONG.match(f, a) or _FULL.match(f, a)
            self.full[a] = None if m is None else (
                m.end(), _mk(int(m["y"]), int(m["m"]), int(m["d"])), _time_word_before(f, a))
        return self.full[a]

    def short_at(self, a: int) -> tuple[int, int, int] | None:
        """(end, month, day) of a day and month after a time word at ``a``."""
        if a not in self.short:
            f = self.folded
            m = _SHORT_AT.match(f, a) or _SHORT_WORDS_AT.match(f, a)
            self.short[a] = (m.end(), int(m["m"]), int(m["d"])) \
                if m and _time_word_before(f, a) else None
        return self.short[a]


_LAST_SCAN: list[_Scan | None] = [None]


def find_dates(folded: str, base_year: int | None = None) -> list[DateMention]:
    """One scan for digit candidates, then the date patterns at each candidate."""
    scan = _LAST_SCAN[0]
    if scan is None or scan.folded is not folded:
        scan = _LAST_SCAN[0] = _Scan(folded)
    out: list[DateMention] = []
    last = -1
    for a in scan.starts:
        if a < last:
            continue
        full = scan.full_at(a)
        if full is not None:
            end, dt, tw = full
            if dt is not None:
                out.append(DateMention(a, end, dt, tw, True))
                last = end
            continue
        if base_year is None:
            continue
        short = scan.short_at(a)
        if short is not None:
            dt = _mk(base_year, short[1], short[2])
            if dt is not None:
                out.append(DateMention(a, short[0], dt, True, False))
                last = short[0]
    return out


# a day the text names by its own: 'Sáng nay, ...', 'Chiều hôm nay', 'Hôm qua, ...', 'Ngày hôm qua, ...' ('ngày nay' is
# 'nowadays'; 'hiện nay' no time word): the page's day, or the day before it
_TODAY = re.compile(vi(r"(?<![a-z])(?:(?:sáng|trưa|chiều|tối|đêm)(?:[ \t]+hôm)?|(?:ngày[ \t]+)?hôm)[ \t]+(?P<which>nay|qua)(?![a-z])"))
# (only where the words open the sentence, after a news site's credit if any, '(PLO) - ' or 'QTO - ': 'Hội nghị hôm nay là
# dịp ...' dates no meeting;
# or after a broadcast's address to its audience, which a transcript runs into the sentence: 'Thưa quý vị, chiều qua, ...')
_CREDIT_BEFORE = re.compile(vi(r"[ \t]*(?:(?:\([^()\n]{1,40}\)|[a-z][a-z.]{1,14})[ \t]*[-–—][ \t]*"
                               r"|(?:kính[ \t]+)?thưa[ \t]+[^\W\d_][^,.:;\n\d]{2,30},[ \t]*\n?[ \t]*)?"))
_OPENS_SENTENCE = 60


# a day of the month alone opening the sentence, its month and year left to the page's date line: 'Chiều ngày 5, Ban
# Thường vụ ...', 'Sáng 12, ...' (not 'Ngày 5, 6/12 ...' nor 'ngày 5 tháng 12', which name their month)
_DAY_ALONE = re.compile(_CREDIT_BEFORE.pattern + vi(r"(?:(?:sáng|trưa|chiều|tối)[ \t]+(?:ngày[ \t]+)?|ngày[ \t]+)"
                                                  r"(?P<day>\d{1,2})(?![\d/.-])[ \t]*,(?![^\n]{0,12}?(?:/\d|tháng))"))


def relative_days(folded: str, starts: list[int], text_day: _dt.date | None) -> list[DateMention]:
    """The day of each sentence (``starts``: where each opens) that opens on words naming the page's own day or the
    one before ('Sáng nay, Đảng ủy xã tổ chức ...'), or a day of its month alone ('Chiều ngày 5, ...': the last such
    day up to the page's), dated by the page's date line ``text_day``; none without it."""
    if text_day is None:
        return []
    today = "nay" in folded or "qua" in folded
    out = []
    for a in starts:
        m = _TODAY.search(folded, a, min(len(folded), a + _OPENS_SENTENCE)) if today else None
        if m is not None and _CREDIT_BEFORE.fullmatch(folded, a, m.start()):
            day = text_day - _dt.timedelta(days=1) if m["which"] == "qua" else text_day
            out.append(DateMention(m.start(), m.end(), day, True, True))
        elif (alone := _DAY_ALONE.match(folded, a)) is not None and (nth := _day_of_month(text_day, int(alone["day"]))):
            out.append(DateMention(alone.start("day"), alone.end("day"), nth, True, True))
    return out


def _day_of_month(text_day: _dt.date, n: int) -> _dt.date | None:
    """Day ``n`` of the page's month, or of the month before where that is still to come."""
    month = text_day if n <= text_day.day else text_day.replace(day=1) - _dt.timedelta(days=1)
    try:
        return month.replace(day=n)
    except ValueError:
        return None


def parse_date(s: str) -> _dt.date | None:
    """A single date string ('20/12/2023', '18-8-2023', 'ngày 5 tháng 2 năm 2026', ISO)."""
    s = (s or "").strip()
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        pass
    ds = find_dates(fold_same_length(s))
    return ds[0].date if ds else None


# a date at the head of a text (page header "28/09/2023 10:48", "14-08-2018 - 15:38"), or a line of its own; the
# first of the two in the text counts (the header where both start at one place). (Two patterns: the first opens on
# its digit, with the check of the character before behind it, and the second is tried at line starts only.)
_HEADER = re.compile(r"(" + DIGIT_FIRST + r"(?<![\w/.-]\d)\d?)([/-]|[ \t]+thang[ \t]+)(\d{1,2})(?:\2|(?<=\d)[ \t]+nam[ \t]+)((?:19|20)\d\d)[ \t]*(?:(?:[-|,–][ \t]*)?\d{1,2}:\d{2}|\|"
                     r"|[-–][ \t]*(?:luot xem|cap nhat))")
_DATE_ALONE = re.compile(r"^[ \t]*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)[ \t]*$", re.M)


# diacritic patterns for the folded text (kg.extract.text), multi-line: some open on a line's start
_v = partial(folded_pattern, flags=re.M)


# a page's day as its labelled date line writes it, in figures or in words ('Thời sự | 15/04/2024', 'Tin tức | ngày 15
# tháng 4 năm 2024'): day, month and year (written in Vietnamese, folded where it is compiled); a byline's is written in
# figures ('Thu Hà - 14:25, 16/5/2025': 'Kim Sơn, ngày 14 tháng 11 năm 2024' is an official text's place and date)
_PAGE_DAY = r"(\d{1,2})(?:[/.-]|[ \t]+tháng[ \t]+)(\d{1,2})(?:(?<=\d)[/.-]|[ \t]+năm[ \t]+)((?:19|20)\d\d)"


# a page's own date line: 'Thứ Hai, 15/04/2024 08:30', 'Cập nhật: 30/06/2025', 'Cập nhật ngày 3/8/2023',
# 'Ngày đăng: 12/03/2022', 'Chủ nhật, ngày 5/5/2024'
_DATE_LINE = _v(r"^[ \t]*\(?[ \t]*(?:\d{1,2}:\d{2}[ \t]*(?:[|,–-][ \t]*)?)?"
                # (a dash or bullet may open the line before the weekday or the label: '- Thứ Hai: 15/04/2024')
                r"(?:(?:[-–•][ \t]*)?(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)[ \t]*[,:–-]?"
                # (a broadcast's day: 'Phát sóng: 18/3/2026', 'Ngày phát sóng: 18/03/2026')
                r"|cập nhật(?: lúc| ngày)?[ \t]*:?|(?:ngày )?(?:xuất bản|phát sóng)(?: lúc| ngày)?[ \t]*:?"
                r"|ngày (?:đăng|cập nhật)[ \t]*:?|đăng(?: lúc| ngày)?[ \t]*:|đăng (?:ngày|lúc)(?=[ \t]+\d))"
                r"|(?<=\d\d)[ \t]*|(?<=[|,–-])[ \t]*|(?<=[|,–-] ))[ \t]*"
                # the time between the label and the date: 'Cập nhật: 08:15 ngày 21/06/2024'
                r"(?:(?<=[a-z:,])[ \t]*\d{1,2}[:h]\d{2}[ \t]*(?:[|,–-][ \t]*)?)?(?:ngày[ \t]+)?"
                # 'Thứ Năm, 20 tháng 6, 2024': a comma before the year of a date with the month in words
                r"(\d{1,2})(?:[ \t]?[/.-][ \t]?|[ \t]+tháng[ \t]+)(\d{1,2})(?:[ \t]?[/.-][ \t]?|[ \t]+năm[ \t]+|(?<=\d),[ \t]*(?=\d{4}))((?:19|20)\d\d)")
# the same date after a section label and a bar, or after the time of an update, with or without the weekday:
# 'Thời sự | Thứ Sáu, 17/05/2024', 'Tin hoạt động | 24/10/2025', 'Cập nhật lúc 16:40, Thứ Sáu, 22/8/2025'
_LABELLED_DATE_LINE = _v(r"^(?:[^\n\d|]{1,40}\|[ \t]*|[ \t]*cập nhật(?: lúc)?[ \t]*:?[ \t]*\d{1,2}[:h]\d{2}[ \t]*,[ \t]*)"
                         r"(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)[ \t]*,[ \t]*)?"
                         # (the date ends its line, but for a time or a time zone: a sentence goes on after a date)
                         r"(?:ngày[ \t]+)?" + _PAGE_DAY + r"[ \t]*(?:[-|,–][ \t]*\d{1,2}:\d{2}[ \t]*)?(?:\(gmt[ \t]*[+-][ \t]*\d{1,2}\)[ \t]*)?$")
# a date alone on its line in the other ways pages write it: in brackets, '(14/03/2023)', after a bare 'Ngày', 'Ngày 14
# tháng 03 năm 2023 | 08:40', or with the month in words and a comma before the year, '14 Tháng 3, 2023' (alone on its
# line, with at most the time after it: 'Ngày 14/3/2023, UBND tỉnh ...' opens a sentence on the day of what it reports)
_DATE_ALONE_WORDED = _v(r"^[ \t]*(?:\([ \t]*(?:ngày[ \t]+)?(\d{1,2})(?:[ \t]?[/.-][ \t]?|[ \t]+tháng[ \t]+)(\d{1,2})"
                        r"(?:[ \t]?[/.-][ \t]?|[ \t]+năm[ \t]+)((?:19|20)\d\d)"
                        r"[ \t]*(?:[|,–-][ \t]*\d{1,2}[:h]\d{2}[ \t]*)?\)"
                        # (after a bare 'Ngày' the time must follow: an official text's 'Ngày 20 tháng 8 năm 2025' under
                        # its motto, with no place, is no date of it)
                        r"|ngày[ \t]+(\d{1,2})(?:[ \t]?[/.-][ \t]?|[ \t]+tháng[ \t]+)(\d{1,2})"
                        r"(?:[ \t]?[/.-][ \t]?|[ \t]+năm[ \t]+)((?:19|20)\d\d)[ \t]*[|,–-][ \t]*\d{1,2}[:h]\d{2}"
                        r"|(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]*,[ \t]*((?:19|20)\d\d))[ \t]*$")
# a byline that ends on the page's date, after the author or the place and the time: 'Thu Trang | 09:40 | 05/08/2025',
# 'Quang Minh - 16:05, 30/10/2025', 'Đà Lạt, 14/02/2024', 'Lê Minh - 15:20 ngày 23/12/2025', 'Thanh Tâm - Sơn La, ngày
# 25/3/2026' (a short name, and a place after it, with no figure before the first mark; the date ends its line)
_BYLINE_DATE = _v(r"^[ \t]*[^\W\d_][^\n\d|,–-]{1,40}?(?:[ \t]*[|–-][ \t]*[^\W\d_][^\n\d|,–-]{1,30}?)?[ \t]*[|,–-][ \t]*"
                  r"(?:\d{1,2}[:h]\d{2}[ \t]*(?:[|,–-][ \t]*|(?=ngày)))?(?:ngày[ \t]+)?"
                  r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)[ \t]*(?:[|,–-]?[ \t]*\d{1,2}:\d{2}[ \t]*)?$")
# the lead of an agency's or a provincial paper's post opens on its credit and the day it reports: '(QTO) - Ngày
# 25/11/2025, ...', '(Baohaiphong) - Sáng 3-6, ...', '(Dân trí) – Chiều 4/7/2025, ...'; or on the place it is written in
# and the day, then a dash: 'HÀ NỘI, ngày 4/7/2025 - Chiều nay, ...'. (A credit is a name of one to three words with no
# figure; the place's date is followed by a dash and a word, not by a comma as a sentence's is.)
_LEAD_DATE = _v(r"^[ \t]*(?:\([ \t]*[^\W\d_][\w.-]{1,29}(?: [^\W\d_][\w.-]{0,15}){0,2}[ \t]*\)[ \t]*[-–—][ \t]*"
                r"(?:(?:sáng|trưa|chiều|tối|đêm|khuya|ngày)(?:[ \t]+(?:nay|qua))?[ \t]*,?[ \t]*)?(?:ngày[ \t]+)?"
                r"(?P<d>\d{1,2})[ \t]?([/.-])[ \t]?(?P<m>\d{1,2})(?:[ \t]?\2[ \t]?(?P<y>(?:19|20)\d\d))?(?![\d/.-]?\d)"
                r"|[^\W\d_]+(?: [^\W\d_]+){0,3}[ \t]*,[ \t]*(?:ngày[ \t]+)?"
                r"(?P<pd>\d{1,2})[/.-](?P<pm>\d{1,2})[/.-](?P<py>(?:19|20)\d\d)[ \t]*[-–—][ \t]+(?=[^\W\d_]))")
# a congress of a term is held in the term's first year: 'Đại hội đại biểu Đảng bộ xã ... lần thứ I,
# nhiệm kỳ 2025 – 2030' in a headline dates 'Sáng 29/7' to 2025
_CONGRESS_TERM = _v(r"(?<![a-z])đại hội[^.\n]{0,120}?nhiệm kỳ[ \t]+((?:19|20)\d\d)[ \t]*[-–][ \t]*(?:19|20)\d\d")


def text_date(folded: str) -> _dt.date | None:
    head = min(len(folded), 1500)
    m = next(line_matches(_DATE_LINE, folded, 0, head), None) or next(line_matches(_LABELLED_DATE_LINE, folded, 0, head), None) \
        or next(line_matches(_BYLINE_DATE, folded, 0, head), None)
    if m:
        d = _mk(int(m[3]), int(m[2]), int(m[1]))
        if d is not None:
            return d
    m = next(line_matches(_DATE_ALONE_WORDED, folded, 0, head), None)
    if m:
        day, month, year = next((m[i], m[i + 1], m[i + 2]) for i in (1, 4, 7) if m[i])
        if (d := _mk(int(year), int(month), int(day))) is not None:
            return d
    m = _HEADER.search(folded, 0, head)
    while m is not None and _table_cell(folded, m):
        m = _HEADER.search(folded, m.end(), head)
    alone = next(line_matches(_DATE_ALONE, folded, 0, head), None)
    if alone is not None and (m is None or alone.start() < m.start()):
        return _mk(int(alone[3]), int(alone[2]), int(alone[1]))
    if m:
        return _mk(int(m[4]), int(m[3]), int(m[1]))
    lead = lead_date(folded)
    if lead is not None:
        return lead
    # a page whose date stands alone on its last line, under the byline ('Thanh Tâm - Báo Đồng Tháp' / '15/12/2023'), or
    # closes the byline on that line ('Thanh Tâm - Sơn La, ngày 25/3/2026'), or is a date line among its last lines
    # ('Đăng ngày 01/11/2025' under the byline)
    # (counted from the last word: the lines of a page's chrome under it are blank, kg.extract.headline_repeats)
    tail = max(0, len(folded.rstrip()) - 200)
    last = _LAST_LINE_DATE.search(folded, tail) or next(
        (b for b in line_matches(_BYLINE_DATE, folded, tail) if not folded[b.end():].strip()), None) \
        or next(line_matches(_DATE_LINE, folded, max(head, _last_lines_start(folded, _TAIL_LINES))), None)
    return _mk(int(last[3]), int(last[2]), int(last[1])) if last else None


def on_date_line(folded: str, pos: int) -> bool:
    """Whether ``pos`` is on a page's own date line ('Thời sự | Ngày 18/3/2026', 'Cập nhật: 16:05, 24/08/2023', a
    byline's): the day the page was put up, not one its text writes out for what it reports."""
    a = folded.rfind("\n", 0, pos) + 1
    b = folded.find("\n", pos)
    b = len(folded) if b < 0 else b
    return any(x.match(folded, a, b) for x in (_DATE_LINE, _LABELLED_DATE_LINE, _BYLINE_DATE))


#: How many of a text's first lines its lead may stand under (the headline, a lead set apart, a byline).
_LEAD_LINES = 8


def lead_date(folded: str) -> _dt.date | None:
    """The day a post's lead opens on after its credit or its place (``_LEAD_DATE``), among its first lines: the
    source's own day, as a date line's. A day without its year ('(Baohaiphong) - Sáng 3-6') is dated only where the
    text's headline makes the year plain (``context_year``); a date that opens a paragraph of the body with no credit
    before it ('Ngày 25/11/2025, UBND tỉnh ban hành ...') is the day of what it reports, not the text's."""
    m = next(line_matches(_LEAD_DATE, folded, 0, _last_lines_end(folded, _LEAD_LINES)), None)
    if m is None:
        return None
    if m["pd"] is not None:
        return _mk(int(m["py"]), int(m["pm"]), int(m["pd"]))
    year = int(m["y"]) if m["y"] is not None else context_year(folded)
    return _mk(year, int(m["m"]), int(m["d"])) if year is not None else None


def _last_lines_end(text: str, n: int) -> int:
    """Where the first ``n`` lines of ``text`` end (blank lines not counted)."""
    pos, seen = 0, 0
    while seen < n:
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        seen += bool(text[pos:nl].strip())
        pos = nl + 1
    return pos


#: How many of a page's last lines may carry its date line (under the byline, above the footer's links).
_TAIL_LINES = 10


def _last_lines_start(text: str, n: int) -> int:
    """Where the last ``n`` lines of ``text`` start (trailing blank lines not counted)."""
    pos = len(text.rstrip())
    for _ in range(n):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return 0
    return pos + 1


def _table_cell(folded: str, m: re.Match) -> bool:
    """A date and a bar after it, without a time, after words of its own cell: a cell of a table flattened to lines
    ('Chỉ tiêu | Kế hoạch năm 2024 | Đạt đến 30/9/2024 | %'), not the page's header, where the date opens its line or
    stands alone between bars ('Hội Nông dân tỉnh | 12/03/2024 | Lượt xem: 845')."""
    line = folded[folded.rfind("\n", 0, m.start()) + 1:m.start()]
    # (the word 'ngày' before the day is the date's own: 'Ngày 12 tháng 3 năm 2024 | Lượt xem: 845')
    return m.group(0).endswith("|") and line.rsplit("|", 1)[-1].strip() not in ("", "ngay")


_LAST_LINE_DATE = re.compile(r"\n[ \t]*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)[ \t]*\s*$")


def context_year(folded: str) -> int | None:
    """A year the text's own headline makes unambiguous where it has no date line: the congress of a
    term named in the first lines is held in the term's first year."""
    head = folded[:400]
    m = _CONGRESS_TERM.search(head)
    return int(m.group(1)) if m else None
