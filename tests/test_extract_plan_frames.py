"""kg.extract.plan_frames: the figures a sentence reads from the plan it opens on, before its results. Texts are our own."""
from __future__ import annotations

from extract_helpers import figure_values
from kg.extract.plan_frames import plan_framed
from kg.extract.text import prepare

_REVIEW = "Ngày 5/12/2025, UBND huyện Bình An tổ chức sơ kết Kế hoạch số 45-KH/HU về phát triển hội viên. "


def _split(text: str) -> tuple[list[float], list[float]]:
    return figure_values(_REVIEW + text + "\n")


def test_the_plans_figure_before_the_result_is_a_goal():
    assert _split("Theo kế hoạch, năm 2025 kết nạp 300 hội viên, đến nay đã kết nạp 310 hội viên, vượt chỉ tiêu.") \
        == ([300], [310])
    # in other words: the plan named by its number, the result after 'đã hoàn thành'
    assert _split("Theo Kế hoạch số 45-KH/HU, năm 2025 huyện hỗ trợ xây mới 180 nhà, đến hết tháng 11 đã hoàn thành "
                  "150 nhà.") == ([180], [150])


def test_near_miss_a_result_or_a_state_under_the_plan_stays_one():
    assert _split("Theo Kế hoạch số 45-KH/HU, huyện đã tổ chức 42 lớp tập huấn, thu hút 3.000 lượt người.") == ([], [42, 3000])
    f = prepare("Theo kế hoạch, huyện hiện có 12 chợ. Theo kế hoạch, đến nay kết nạp 31 hội viên.")
    assert not plan_framed(f.folded, f.folded, 0, f.folded.index("12 cho") + 6)
    at = f.folded.index("theo ke hoach, den")
    assert not plan_framed(f.folded, f.folded, at, f.folded.index("31") + 2)
    # a sentence that does not open on the plan
    g = prepare("Năm 2025, theo kế hoạch kết nạp 300 hội viên.").folded
    assert not plan_framed(g, g, 0, g.index("300") + 3)


def test_near_miss_a_count_made_on_a_day_or_a_figure_managed_is_a_result():
    # 'đến ngày 30/9' dates a count made so far, and 'giải ngân được 3.120' says what was managed: results both
    assert _split("Theo Kế hoạch số 45-KH/HU, đến ngày 30/9 toàn huyện giải ngân được 3.120 triệu đồng.") == ([], [3120])
    # in other words: the figure managed with 'hơn', no date
    assert _split("Theo kế hoạch của huyện, các cơ sở hội kết nạp được hơn 70 hội viên.") == ([], [70])
    # near miss: the passive 'được giao' sets the plan's figure, a goal still
    assert _split("Theo kế hoạch, năm 2025 huyện được giao kết nạp 300 hội viên, đến nay đã kết nạp 310 hội viên.") \
        == ([300], [310])
