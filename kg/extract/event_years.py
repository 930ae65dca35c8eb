"""The year of a meeting's day written without one (kg.extract.events): from the dated document its sentence carries
out or reviews, or from the same day written in full elsewhere in the text."""
from __future__ import annotations

import re

from kg.extract.dates import DateMention
from kg.extract.text import vi


def year_after_document(df, start: int, d: DateMention) -> int | None:
    """The year of a meeting's day written without one, where its sentence first names the dated document the meeting
    carries out ('Thực hiện Kế hoạch số 96/KH-UBND ngày 26/02/2024 ..., ngày 11/3 Chủ tịch UBND xã chủ trì cuộc họp'):
    the meeting follows the document, so a day and month on or after the document's are of its year. A day before
    it (the next year, or a year later still) stays unknown, as does a sentence naming dated documents of two years."""
    days = [mn.date for mn in df.mentions if start <= mn.start < d.start and mn.date is not None]
    if len({x.year for x in days}) != 1:
        return None
    return _year_after_day(max(days), d)


# a span of years said of what a meeting reviews ('sơ kết 5 năm thực hiện ...', 'giai đoạn 2021-2025'): the meeting may
# be years after the document
_YEARS_SPAN = re.compile(vi(r"(?<![a-z0-9])(?:\d{1,2}[ \t]+năm|giai đoạn|nhiệm kỳ)(?![a-z])"))


# the words of a review before what it reviews (a meeting that carries a document out, 'triển khai Kế hoạch số ...', may
# be held before it was issued or years after: its day is not dated by it)
_REVIEWS = re.compile(vi(r"(?<![a-z])(?:sơ kết|tổng kết|đánh giá(?:[ \t]+(?:kết quả|việc))?)(?![a-z])"))


def year_of_reviewed(df, start: int, end: int, d: DateMention) -> int | None:
    """The year of a meeting's day written without one, from the documents its own sentence names after a review's words
    as what it reviews ('Ngày 2/10, Đảng ủy xã tổ chức hội nghị sơ kết 3 tháng ...; đồng thời đánh giá kết quả thực hiện Kế hoạch
    số 02-KH/ĐU ngày 10/7/2025'): a meeting is held after the latest of them, so a day and month on or after that
    document's are of its year. Where the sentence reviews a span of years, or the day falls before the document's, the
    year stays unknown."""
    review = _REVIEWS.search(df.f, d.end, end)
    days = [mn.date for mn in df.mentions if review and review.end() <= mn.start < end and mn.date is not None]
    if not days or _YEARS_SPAN.search(df.f, start, end):
        return None
    return _year_after_day(max(days), d)


def year_of_same_day(dates, d: DateMention) -> int | None:
    """The year of the one full date elsewhere in the text with the same day and month: a page's lead says 'Sáng 23/10'
    and a photo caption or a later line 'ngày 23/10/2025'."""
    years = {x.date.year for x in dates if x.has_year and (x.date.month, x.date.day) == (d.date.month, d.date.day)}
    return years.pop() if len(years) == 1 else None


def _year_after_day(day, d: DateMention) -> int | None:
    try:
        on = d.date.replace(year=day.year)
    except ValueError:          # (29/2 of a year that has none)
        return None
    return day.year if on >= day else None
