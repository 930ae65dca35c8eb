"""A meeting the body tells as a bare 'hội nghị' is the review its headline names (kg.extract.events): its type, and
its organiser and reviewed documents where the body names none. Each with a near miss. Texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract


def _events(text: str) -> list[tuple[str, _dt.date | None, str | None, list[str]]]:
    return [(e.type, e.date, e.organizer, e.reviews) for e in extract(text).events]


def test_a_bare_conference_in_the_body_is_the_review_its_headline_names():
    text = ("Đảng ủy xã Phú Lộc sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU\n\n"
            "Ngày 12/6/2025, hội nghị đã diễn ra tại hội trường xã với 120 đại biểu. Báo cáo cho biết xã đã trồng mới "
            "40 ha rừng.\n")
    assert _events(text) == [("sơ kết", _dt.date(2025, 6, 12), "Đảng ủy xã Phú Lộc", ["08-CT/TU"])]


def test_a_headline_conference_and_the_bodys_dated_one_are_one_meeting():
    text = ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 15-NQ/TU\n\n"
            "Sáng 3/4/2025, hội nghị đã diễn ra tại hội trường Tỉnh ủy với 250 đại biểu.\n")
    assert _events(text) == [("tổng kết", _dt.date(2025, 4, 3), None, ["15-NQ/TU"])]


def test_near_miss_two_dated_meetings_keep_their_own_types():
    # the headline's review may be either meeting: neither takes it
    text = ("Đảng ủy xã Phú Lộc sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU\n\n"
            "Ngày 12/6/2025, hội nghị đã diễn ra tại hội trường xã. Ngày 20/6/2025, Đảng ủy xã tổ chức hội nghị "
            "tổng kết công tác dân vận.\n")
    assert ("hội nghị", _dt.date(2025, 6, 12), None, []) in _events(text)


def test_near_miss_a_review_the_headline_plans_is_not_the_meeting_held():
    text = ("Đảng ủy xã Phú Lộc sẽ sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU vào quý IV\n\n"
            "Ngày 12/6/2025, hội nghị đã diễn ra tại hội trường xã với 120 đại biểu.\n")
    assert [e[0] for e in _events(text)] == ["hội nghị"]


def test_near_miss_a_tally_of_meetings_is_no_meeting():
    # a report counts the study sessions its cells held: no one meeting, though the words read as a headline's
    text = ("Hội nghị sơ kết công tác tuyên truyền năm 2025\n\n"
            "Sau khi Chỉ thị số 09-CT/HU ban hành, các chi đoàn đã tổ chức 38 hội nghị quán triệt cho 2.150 đoàn viên.\n")
    assert [e[0] for e in _events(text)] == ["sơ kết"]
    text = text.replace("38 hội nghị", "hội nghị")
    assert sorted(e[0] for e in _events(text)) == ["quán triệt", "sơ kết"]


def test_a_conference_that_names_the_headlines_document_takes_the_headlines_type():
    # the body tells the review in other words ('đánh giá kết quả'), of the document the headline names
    text = ("Thị ủy An Lạc sơ kết 2 năm thực hiện Nghị quyết số 11-NQ/TU\n\n"
            "Sáng 9/4/2026, Ban Thường vụ Thị ủy An Lạc tổ chức hội nghị trực tuyến đến 14 điểm cầu để đánh giá kết quả "
            "2 năm thực hiện Nghị quyết số 11-NQ/TU về phát triển đô thị.\n")
    assert _events(text) == [("sơ kết", _dt.date(2026, 4, 9), "Ban Thường vụ Thị ủy An Lạc", ["11-NQ/TU"])]


def test_near_miss_a_conference_on_another_document_keeps_its_own_type():
    # the body's meeting rolls out a document the headline does not name: it may be another meeting than the review
    text = ("Thị ủy An Lạc sơ kết 2 năm thực hiện Nghị quyết số 11-NQ/TU\n\n"
            "Sáng 9/4/2026, Ban Thường vụ Thị ủy An Lạc tổ chức hội nghị triển khai Chỉ thị số 07-CT/TU về công tác "
            "dân vận.\n")
    assert [e[0] for e in _events(text)] == ["hội nghị"]


def test_a_headline_that_names_a_bare_conference_is_the_meeting_the_body_dates():
    text = ("Thị ủy An Lạc tổ chức hội nghị\n"
            "Thứ Năm, 09/04/2026 10:15\n"
            "Hôm nay (9/4), hội nghị sơ kết 2 năm thực hiện Nghị quyết số 11-NQ/TU đã được tổ chức tại hội trường Thị ủy.\n")
    assert [(e[0], e[1]) for e in _events(text)] == [("sơ kết", _dt.date(2026, 4, 9))]


def test_near_miss_a_bare_conference_in_the_body_is_a_meeting_of_its_own():
    # a sentence that goes on in its paragraph is no headline: the undated meeting it reports is a second one
    text = ("Thứ Năm, 09/04/2026 10:15\n"
            "Hôm nay (9/4), hội nghị sơ kết 2 năm thực hiện Nghị quyết số 11-NQ/TU đã được tổ chức tại hội trường Thị ủy. "
            "Ban Thường vụ Thị ủy An Lạc vừa tổ chức hội nghị với các doanh nghiệp trên địa bàn.\n")
    assert sorted(e[0] for e in _events(text)) == ["hội nghị", "sơ kết"]
