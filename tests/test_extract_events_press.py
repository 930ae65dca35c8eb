"""A press conference is a meeting (kg.extract.events): 'tổ chức họp báo', 'tổ chức buổi họp báo', dated by the day
its sentence writes or by the page's date line where it opens on 'Chiều nay' after a paper's credit without brackets
('BKO - ', kg.extract.dates.relative_days). Near misses: a get-together ('họp mặt') is no meeting, nor is a trip
organised for the press. The sitting a resolution says it was discussed at is a meeting held, its day unknown where
none is printed (kg.extract.event_organisers.discussed_sitting), not one a report is due at. Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_PAGE = "Bắc Kạn thông tin kết quả 9 tháng\n\n20/10/2025 16:30\n\n"


def _ev(text: str) -> list[tuple]:
    return [(e.type, e.date) for e in extract(text).events]


def test_a_press_conference_held_is_a_meeting():
    assert _ev(_PAGE + "Sáng 20/10, UBND tỉnh tổ chức họp báo thông tin tình hình kinh tế - xã hội 9 tháng.") \
        == [("hội nghị", dt.date(2025, 10, 20))]
    assert _ev(_PAGE + "Ngày 20/10, Văn phòng Tỉnh ủy tổ chức buổi họp báo công bố kết quả Đại hội.") \
        == [("hội nghị", dt.date(2025, 10, 20))]


def test_a_press_conference_this_afternoon_after_a_paper_s_credit_takes_the_page_s_day():
    assert _ev(_PAGE + "BKO - Chiều nay, UBND tỉnh tổ chức họp báo thông tin tình hình kinh tế - xã hội 9 tháng.") \
        == [("hội nghị", dt.date(2025, 10, 20))]


def test_near_miss_a_get_together_or_a_trip_for_the_press_is_no_meeting():
    assert _ev(_PAGE + "Sáng 20/10, Hội Cựu chiến binh tỉnh tổ chức họp mặt các hội viên cao tuổi.") == []
    assert _ev(_PAGE + "Sáng 20/10, UBND tỉnh tổ chức cho phóng viên báo chí đi thực tế tại công trình.") == []


_SESSION = ("CHÍNH PHỦ\nSố: 140/NQ-CP\nHà Nội, ngày 10 tháng 6 năm 2025\nNGHỊ QUYẾT\nVề nhiệm vụ tháng 6 năm 2025\n"
            "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n")
_TASKS = ("QUYẾT NGHỊ:\n1. Bộ Tài chính chủ trì rà soát chi thường xuyên.\n"
          "2. Bộ Công an theo dõi, báo cáo Chính phủ tại phiên họp thường kỳ tháng 6 năm 2025.\n")


def test_the_sitting_a_resolution_was_discussed_at_is_a_meeting_held_its_day_unknown():
    text = _SESSION + ("Trên cơ sở thảo luận của các Thành viên Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 5 "
                       "năm 2025,\n") + _TASKS
    assert [(e.type, e.date, e.organizer) for e in extract(text).events] == [("hội nghị", None, "Chính phủ")]


def test_near_miss_a_sitting_a_report_is_due_at_is_none_held():
    assert extract(_SESSION + _TASKS).events == []
