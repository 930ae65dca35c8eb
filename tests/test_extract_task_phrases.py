"""The phrases around a task's bodies and verbs (kg.extract.task_phrases), read on folded text of our own; each with a
near miss. How the assignments use them: test_extract_assignments_plan_items, test_extract_assignments_review."""
from __future__ import annotations

from kg.extract.task_phrases import ASKS_LIST, PAST_OPENER, ROLE_LABEL, STANDING, TIME_AFTER_BODIES
from kg.extract.text import prepare


def folded(text: str) -> str:
    return prepare(text).folded


def test_a_time_gone_by_opens_the_sentence():
    for opener in ("Những năm qua, ", "Thời gian vừa qua, ", "Qua 3 năm thực hiện Kết luận số 21-KL/TW, ", "Trong hai năm, "):
        assert PAST_OPENER.match(folded(opener + "Huyện ủy đã ...")), opener


def test_near_miss_a_time_to_come_is_no_time_gone_by():
    for opener in ("Trong 3 năm tới, ", "Năm 2025, ", "Thời gian tới, "):
        assert not PAST_OPENER.match(folded(opener + "Huyện ủy tập trung ...")), opener


def test_a_column_label_names_the_role():
    assert ROLE_LABEL.match(folded("Cơ quan chủ trì: Sở Tư pháp")).group("role") == "chu tri"
    assert ROLE_LABEL.match(folded("Đơn vị phối hợp thực hiện: UBND các xã")).group("role") == "phoi hop"
    assert not ROLE_LABEL.match(folded("Cơ quan chủ trì hội nghị là Sở Tư pháp"))   # no colon: prose, no label


def test_a_directive_word_closing_its_line():
    assert ASKS_LIST.search(folded("Đồng chí Chủ tịch UBND tỉnh đề nghị:"))
    assert not ASKS_LIST.search(folded("Đồng chí Chủ tịch UBND tỉnh đề nghị các sở, ngành:"))


def test_the_standing_office_and_a_time_to_come():
    assert STANDING.search(folded("Văn phòng Tỉnh ủy là cơ quan thường trực"))
    assert not STANDING.search(folded("Văn phòng Tỉnh ủy thường trực tại hội nghị"))
    assert TIME_AFTER_BODIES.match(folded(" trong thời gian tới, sẽ tiếp tục"))
    assert not TIME_AFTER_BODIES.match(folded(" thời gian qua đã tiếp tục"))
