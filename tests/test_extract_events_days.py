"""A meeting's day written without its month, and a session reported over two days (kg.extract.events,
kg.extract.dates.relative_days): 'Chiều ngày 5, ...' opening the sentence is a day of the month the page's date line
gives (of the month before where that day is still to come); 'Cũng tại kỳ họp, ngày 6/12, ...' is another day of the
meeting reported, not a meeting of its own. Near misses: a day followed by its month ('Ngày 5, 6/12') is not read
alone, and a second meeting dated the next day stays a meeting. Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract


def _ev(text: str) -> list[tuple]:
    return [(e.type, e.date) for e in extract(text).events]


_PAGE = "Cập nhật: 06/12/2025 08:10\n\n"


def test_a_day_alone_takes_the_month_of_the_page_s_date_line():
    assert _ev(_PAGE + "Chiều ngày 5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
                       "05-CT/TW.") == [("tổng kết", dt.date(2025, 12, 5))]
    # (said other ways: a day with no 'ngày', still to come in the page's month: the month before)
    assert _ev("Cập nhật: 03/12/2025 08:10\n\nTối 30, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 66-NQ/TW.") \
        == [("quán triệt", dt.date(2025, 11, 30))]


def test_near_miss_a_day_before_another_with_its_month_is_not_read_alone():
    events = _ev(_PAGE + "Ngày 5, 6/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
                         "05-CT/TW.")
    assert ("tổng kết", dt.date(2025, 12, 5)) not in events


def test_another_day_of_the_same_session_is_no_meeting_of_its_own():
    text = (_PAGE + "Ngày 5/12, HĐND tỉnh khai mạc Kỳ họp thứ 16. Cũng tại kỳ họp, ngày 6/12, HĐND tỉnh biểu quyết thông "
                    "qua 19 nghị quyết.")
    assert _ev(text) == [("hội nghị", dt.date(2025, 12, 5))]


def test_near_miss_a_second_meeting_the_next_day_is_kept():
    text = (_PAGE + "Ngày 5/12, HĐND tỉnh khai mạc Kỳ họp thứ 16. Ngày 6/12, UBND tỉnh tổ chức hội nghị tổng kết công "
                    "tác dân vận.")
    assert ("tổng kết", dt.date(2025, 12, 6)) in _ev(text)
