"""A page without a date line whose lead dates a meeting by day and month alone and whose photo caption or a later line
gives the full date of that day (kg.extract.events): the meeting takes that year, and the caption ('... Ảnh: X') is no
meeting of its own. Near misses: two years for that day, a different day, and a long line that only mentions a photo.
And a meeting over a span written with spaces round its dash ('Các ngày 14 - 15/9') opened on its first day.
Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_LEAD = ("Sáng 14/11, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát "
         "triển kinh tế tư nhân.\n\n")


def _events(text: str) -> list[tuple[str, dt.date | None]]:
    return [(e.type, e.date) for e in extract(text).events]


def test_the_caption_gives_the_year_and_is_no_meeting():
    text = _LEAD + "Các đại biểu dự hội nghị tại hội trường xã, ngày 14/11/2025. Ảnh: Minh Châu\n\nNội dung khác."
    assert _events(text) == [("quán triệt", dt.date(2025, 11, 14))]
    credit = _LEAD + "Toàn cảnh hội nghị sáng 14/11/2025 (Ảnh: TL)\n"
    assert _events(credit) == [("quán triệt", dt.date(2025, 11, 14))]


def test_a_later_line_with_the_full_date_of_that_day():
    text = _LEAD + "Hội nghị ngày 14/11/2025 kết thúc trong ngày, các chi bộ sẽ quán triệt trước ngày 30/11.\n"
    assert ("quán triệt", dt.date(2025, 11, 14)) in _events(text)


def test_near_misses_keep_the_day_without_a_year():
    two = _LEAD + "Ngày 14/11/2024 xã đã ban hành kế hoạch; ngày 14/11/2025 xã sơ bộ đánh giá.\n"
    assert ("quán triệt", None) in _events(two)
    other = _LEAD + "Các đại biểu dự hội nghị, ngày 15/11/2025. Ảnh: Minh Châu\n"
    assert ("quán triệt", None) in _events(other)


def test_a_dated_line_that_only_mentions_a_photo_is_read():
    # not a caption: a long report line that mentions a photo exhibition in passing is read as any other
    line = ("Ngày 20/11/2025, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/HU; bên lề hội nghị "
            "có triển lãm ảnh về thành tựu của huyện qua các kỳ đại hội và nhiều hoạt động khác. " * 3)
    assert ("sơ kết", dt.date(2025, 11, 20)) in _events(line)


def test_a_congress_over_a_span_of_two_days_opened_on_the_first():
    text = ("Ngày đăng: 16/09/2024 07:45\n\nCác ngày 14 - 15/9, Liên đoàn Lao động tỉnh tổ chức Đại hội Công đoàn tỉnh lần "
            "thứ XII, nhiệm kỳ 2024 - 2029.\n")
    assert _events(text) == [("hội nghị", dt.date(2024, 9, 14))]


def test_another_page_s_meeting_in_a_related_list_is_no_event():
    page = ("Thứ Sáu, 12/12/2025 09:10\n\nNgày 11/12/2025, Đảng ủy Tổng công ty Lương thực miền Nam tổ chức hội nghị "
            "sơ kết một năm thực hiện Nghị quyết số 57-NQ/TW.\n\n")
    f = extract(page + "Bài liên quan:\n- Hội nghị quán triệt Nghị quyết 68 tại Tổng công ty\n- Ra mắt sàn gạo số\n")
    assert [e.type for e in f.events] == ["sơ kết"]
    # near miss: the same words as the page's own heading line, outside a list of other pages, give its meeting
    g = extract(page + "Hội nghị quán triệt Nghị quyết 68 tại Tổng công ty\n")
    assert sorted(e.type for e in g.events) == ["quán triệt", "sơ kết"]
