"""The year of a meeting dated by day and month alone (kg.extract.events): on a page from the first days of a year, a
day and month that the date line would put more than half a year ahead is of the year before ('05/01/2026' and 'Ngày
29/12, ... tổ chức hội nghị tổng kết'); near misses: a meeting the page announces as coming ('ngày 15/12 tới'), a
day a few weeks ahead, and a date with its year keep their year. Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_PAGE = "Cao Bằng: hoạt động đầu năm\n\n05/01/2026 07:45\n\n"
_REVIEW = ("Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 12-CT/TU ngày 10/8/2020 của Ban "
           "Thường vụ Tỉnh ủy về phòng, chống tham nhũng.")


def _dates(text: str) -> list[tuple[str, dt.date | None]]:
    return [(e.type, e.date) for e in extract(text).events]


def test_a_meeting_reported_at_the_end_of_last_year():
    assert _dates(_PAGE + "Ngày 29/12, " + _REVIEW) == [("tổng kết", dt.date(2025, 12, 29))]


def test_a_meeting_announced_as_coming_keeps_the_page_s_year():
    assert _dates(_PAGE + "Ngày 15/12 tới, " + _REVIEW) == [("tổng kết", dt.date(2026, 12, 15))]


def test_a_day_a_few_weeks_after_the_page_and_a_dated_day_keep_their_year():
    assert _dates(_PAGE + "Ngày 20/1, " + _REVIEW) == [("tổng kết", dt.date(2026, 1, 20))]
    assert _dates(_PAGE + "Ngày 29/12/2026, " + _REVIEW) == [("tổng kết", dt.date(2026, 12, 29))]


def test_a_meeting_held_this_morning_is_dated_by_the_page():
    assert _dates(_PAGE + "Sáng nay, " + _REVIEW) == [("tổng kết", dt.date(2026, 1, 5))]


def test_near_miss_this_morning_on_a_page_with_no_date_line_stays_undated():
    assert _dates("Cao Bằng: hoạt động đầu năm\n\nSáng nay, " + _REVIEW) == [("tổng kết", None)]


def test_a_meeting_held_lately_keeps_its_organiser_and_what_it_reviews():
    got = extract(_PAGE + "Vừa qua, " + _REVIEW).events
    assert [(e.type, e.date, e.organizer, e.reviews) for e in got] == [
        ("tổng kết", None, "Ban Thường vụ Tỉnh ủy", ["12-CT/TU"])]
    # near miss: a sentence that opens on the period's work ('Thời gian qua, ...') names no one meeting's organiser
    got = extract(_PAGE + "Thời gian qua, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận.").events
    assert [(e.type, e.organizer) for e in got] == [("sơ kết", None)]


def test_near_miss_today_in_a_speech_after_the_dated_lead_adds_no_meeting():
    text = (_PAGE + "Ngày 4/1, " + _REVIEW + "\n\nThưa các đồng chí!\n\nHôm nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị "
            "tổng kết để nhìn lại 5 năm.")
    assert _dates(text) == [("tổng kết", dt.date(2026, 1, 4))]


# a broadcast's page: its date line opens with 'Ngày', which the page writes out as a day of its own
_BROADCAST = "Thời sự Cao Bằng | Ngày 05/01/2026\nTổng kết công tác phòng, chống tham nhũng\n\n"


def test_yesterday_on_a_page_whose_date_line_writes_out_its_day():
    assert _dates(_BROADCAST + "Chiều qua, " + _REVIEW) == [("tổng kết", dt.date(2026, 1, 4))]


def test_a_broadcast_s_address_to_its_audience_before_yesterday():
    assert _dates(_BROADCAST + "Thưa quý vị, chiều qua, " + _REVIEW) == [("tổng kết", dt.date(2026, 1, 4))]


def test_near_miss_a_day_the_text_writes_out_before_yesterday_is_the_meeting_s():
    # (a sentence dated in the text comes first: a later 'Chiều qua' is not read over it)
    text = _BROADCAST + "Ngày 02/01/2026, " + _REVIEW + " Chiều qua, xã tổ chức hội nghị quán triệt."
    assert ("tổng kết", dt.date(2026, 1, 2)) in _dates(text)
    assert ("quán triệt", dt.date(2026, 1, 4)) not in _dates(text)
