"""Results measured against a goal in the same sentence (kg.extract.goal_compare). Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.goal_compare import compared_goal, is_goal_figure
from kg.extract.text import Segment, prepare


def _goal(text: str):
    p = prepare(text)
    return p.folded, compared_goal(p.folded, Segment(0, len(p.folded)))


def test_where_the_compared_goal_begins_and_which_figure_is_its_own():
    f, g = _goal("Năm 2024 kết nạp 612 đảng viên (chỉ tiêu cả nhiệm kỳ 1.000 đảng viên).")
    assert g is not None and is_goal_figure(f, g, f.index("1.000")) and not is_goal_figure(f, g, f.index("612"))
    # near miss: a goal's word with no figure before it is no comparison
    assert _goal("Mục tiêu đến năm 2025 có 90% hộ dùng nước sạch.")[1] is None


def test_a_margin_over_the_goal_is_a_result():
    f = extract("Năm 2024, tỷ lệ che phủ rừng của huyện đạt 45,5%, cao hơn 0,5% so với mục tiêu.")
    assert sorted((o.value, o.of) for o in f.outcomes) == [(0.5, None), (45.5, None)] and not f.targets
    # near miss: a goal set as a margin over a level is a goal
    f = extract("Huyện phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 47%, cao hơn 1,5% so với năm 2025.")
    assert sorted(t.value for t in f.targets) == [1.5, 47] and not f.outcomes
