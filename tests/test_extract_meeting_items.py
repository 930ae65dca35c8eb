"""A meeting's later items that review or study a document (kg.extract.meeting_items, read by kg.extract.events): a
study session whose sentence goes on to a review after a semicolon, and a sentence opening on the meeting that lists a
review among what it did. Short texts of our own; each wording with its near misses."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_PAGE = "BÁO AN HÒA\n12/3/2026\n\nHội nghị của Đảng bộ\n\n"


def _events(text: str) -> dict[tuple[str, dt.date | None], list[str]]:
    return {(e.type, e.date): e.reviews for e in extract(_PAGE + text).events}


def test_a_review_after_a_semicolon_in_a_study_sessions_sentence_is_an_event_of_that_day():
    got = _events("Sáng 10/3, Đảng ủy xã Tân Phú tổ chức hội nghị học tập, quán triệt Nghị quyết số 66-NQ/TW của Bộ "
                  "Chính trị; tổng kết Chỉ thị số 35-CT/TW của Bộ Chính trị.\n")
    assert got[("tổng kết", dt.date(2026, 3, 10))] == ["35-CT/TW"]
    assert got[("quán triệt", dt.date(2026, 3, 10))] == ["66-NQ/TW"]
    # in other words: 'đồng thời sơ kết N năm thực hiện ...'
    got = _events("Chiều 11/3, Huyện ủy tổ chức hội nghị quán triệt Kết luận số 12-KL/TW, đồng thời sơ kết 2 năm thực "
                  "hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy.\n")
    assert ("sơ kết", dt.date(2026, 3, 11)) in got


def test_near_miss_the_years_usual_close_after_a_study_is_no_review_of_a_document():
    got = _events("Sáng 10/3, Đảng ủy xã Tân Phú tổ chức hội nghị học tập, quán triệt Nghị quyết số 66-NQ/TW của Bộ "
                  "Chính trị về đổi mới công tác pháp luật; tổng kết công tác năm 2025.\n")
    assert set(got) == {("quán triệt", dt.date(2026, 3, 10))}


def test_a_review_listed_among_what_the_meeting_did_is_an_event_of_its_day():
    got = _events("Chiều 11/3, Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh bế mạc. Hội nghị đã đánh giá tình hình quý "
                  "I; sơ kết 3 năm thực hiện Nghị quyết số 10-NQ/TU về du lịch; cho ý kiến về nhân sự.\n")
    assert got[("sơ kết", dt.date(2026, 3, 11))] == ["10-NQ/TU"]
    # in other words: 'Hội nghị cũng ...' with a study item
    got = _events("Chiều 11/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh bế mạc. Hội nghị cũng thảo luận tình hình quý I; "
                  "quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.\n")
    assert ("quán triệt", dt.date(2026, 3, 11)) in got


def test_near_miss_a_sentence_not_about_the_meeting_lists_no_item():
    got = _events("Chiều 11/3, Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh bế mạc. Năm 2027, tỉnh sẽ đánh giá tình "
                  "hình; sơ kết 3 năm thực hiện Nghị quyết số 10-NQ/TU về du lịch.\n")
    assert not any(k == "sơ kết" for k, _ in got)
