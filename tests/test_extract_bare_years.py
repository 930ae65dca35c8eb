"""kg.extract.bare_years: a deadline's year written without 'năm'. Texts are our own."""
from __future__ import annotations

import datetime as dt

from extract_helpers import figure_values
from kg.extract.bare_years import bare_deadline
from kg.extract.text import Segment, prepare

SPRING = dt.date(2026, 3, 10)


def figures(text: str, day: dt.date = SPRING) -> tuple[list[float], list[float]]:
    return figure_values(text, day)


def sets_goal(sentence: str, ref_year: int | None = 2026, closing: bool = False) -> bool:
    p = prepare(sentence)
    return bare_deadline(p.text, p.folded, Segment(0, len(p.text)), ref_year, closing)


def test_a_year_after_den_without_nam_sets_goals():
    text = ("Kế hoạch số 41/KH-UBND về phát triển đô thị được ban hành. Đến 2030, tỷ lệ đô thị hóa của tỉnh đạt 45%; "
            "thu nhập bình quân đầu người đạt 150 triệu đồng.")
    assert figures(text) == ([45, 150], [])
    # in other words: 'tới cuối', the year after the verb that states the goal
    assert figures("Tỉnh phấn đấu tới cuối 2028 có 1.000 doanh nghiệp mới thành lập.") == ([1000], [])
    assert figures("Chương trình số 05-CTr/TU xác định đến 2030 có 80% xã đạt chuẩn nông thôn mới nâng cao.") == ([80], [])


def test_near_miss_a_range_a_year_passed_and_a_clause_of_what_was_done_set_none():
    assert not sets_goal("Từ 2021 đến 2030, toàn tỉnh có thêm 12 xã đạt chuẩn.")
    assert not sets_goal("Giai đoạn 2021 đến 2030 có thêm 12 xã đạt chuẩn.")
    assert not sets_goal("Đến 2025, toàn tỉnh có thêm 12 xã đạt chuẩn.")
    assert not sets_goal("Đến 2030, huyện đã hoàn thành 20 công trình thủy lợi.")
    assert not sets_goal("Các sở báo cáo đến 30/6/2027 về tiến độ.")
    # the text's own year is ahead at its end, unless the text closes that year
    assert sets_goal("Đến cuối 2026, 100% trạm y tế xã có bác sĩ.")
    assert not sets_goal("Đến cuối 2026, 100% trạm y tế xã có bác sĩ.", closing=True)
    assert not sets_goal("Đến 2026, 100% trạm y tế xã có bác sĩ.")
    # 'TU' (an issuer's code) folds like 'từ' and opens no range
    assert sets_goal("Chương trình 05-CTr/TU xác định đến 2030 có 80% xã đạt chuẩn.")
    # and the results of a range stay results in a text
    assert figures("Từ 2021 đến 2025, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới.") == ([], [12])
