"""kg.extract.figures: numbers that name or describe rather than count (a unit's number in its name, sessions a day
of schooling). Texts are our own."""
from __future__ import annotations

from kg.extract.figures import find_quantities
from kg.extract.text import Segment, prepare


def _figures(text: str) -> list[tuple]:
    p = prepare(text)
    return [(q.value, q.unit) for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)), lambda _: False)]


def test_a_unit_s_number_before_its_role_is_no_figure():
    text = "Công ty Điện lực Miền Tây 2 chủ trì, phối hợp với các xã lắp 300 bộ đèn."
    assert _figures(text) == [(300, "bộ đèn")]


def test_near_miss_a_count_before_a_role_word_without_a_name_still_counts():
    # (no capitalised name closes on the number: a count of what is led)
    assert _figures("Tỉnh có 3 chủ trì hội thi và 5 xã tham gia.")[0][0] == 3


def test_sessions_a_day_are_the_mode_of_schooling_not_a_figure():
    assert _figures("Phấn đấu 80% học sinh tiểu học được học 2 buổi/ngày.") == [(80, "%")]


def test_near_miss_an_amount_a_day_is_still_a_figure():
    assert _figures("Nhà máy xử lý 300 tấn/ngày.")[0][0] == 300


def test_a_steering_committees_number_is_its_name():
    text = "Ban Chỉ đạo 389 tỉnh chủ trì mở 3 đợt cao điểm chống buôn lậu."
    assert _figures(text) == [(3, "đợt cao điểm chống buôn lậu")]


def test_near_miss_a_count_of_steering_committees_is_a_figure():
    assert _figures("Huyện kiện toàn 12 ban chỉ đạo cấp xã.")[0][0] == 12


def test_a_unit_ends_with_its_line():
    # a headline's figure takes no word of the line under it
    assert _figures("Tân Phú có thêm 26 hợp tác xã\nSáng 12/11, huyện tổng kết.") == [(26, "hợp tác xã")]
    # near miss: the unit runs on within its line
    assert _figures("Tân Phú có thêm 26 hợp tác xã nông nghiệp.") == [(26, "hợp tác xã nông nghiệp")]
