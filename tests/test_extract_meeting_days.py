"""The day of a meeting told in the sentence after the one that reports it (kg.extract.meeting_days): one meeting,
dated and with its organiser; near misses: a sentence that names a meeting of its own, or a later meeting. Short
texts of our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_PAGE = "BÁO AN HÒA\n5/4/2026\n\nQuán triệt Nghị quyết\n\n"


def _events(text: str) -> set[tuple[str, dt.date | None, str | None]]:
    return {(e.type, e.date, e.organizer) for e in extract(_PAGE + text).events}


def test_a_meeting_reported_then_dated_by_the_next_sentence_is_one_meeting():
    got = _events("Đảng ủy xã Tân Phú vừa tổ chức hội nghị học tập, quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính "
                  "trị. Hội nghị diễn ra ngày 4/4.\n")
    assert got == {("quán triệt", dt.date(2026, 4, 4), "Đảng ủy xã Tân Phú")}
    # in other words: a review, 'được tổ chức vào sáng ...'
    got = _events("Ban Thường vụ Huyện ủy vừa tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TU. Hội nghị "
                  "được tổ chức vào sáng 3/4 tại hội trường Huyện ủy.\n")
    assert got == {("sơ kết", dt.date(2026, 4, 3), "Ban Thường vụ Huyện ủy")}


def test_near_miss_the_next_sentence_names_a_meeting_of_its_own():
    got = _events("Đảng ủy xã Tân Phú vừa tổ chức hội nghị học tập, quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính "
                  "trị. Ngày 4/4, Huyện ủy tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TU.\n")
    assert ("quán triệt", None, "Đảng ủy xã Tân Phú") in got
    assert not any(t == "quán triệt" and d is not None for t, d, _ in got)
