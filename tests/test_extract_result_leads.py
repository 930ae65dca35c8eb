"""kg.extract.result_leads: a result said right after the goal it answers, and the distance left to a goal, are
results. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.result_leads import answered_at, done_beside_plan
from kg.extract.text import fold_same_length

_PAGE = "Thứ Ba, 13/01/2026 09:15\n\n{}\n"


@pytest.mark.parametrize("body,goal,result", [
    ("Bà Lê Thị Hoa, Giám đốc Sở Y tế: Theo Nghị quyết số 20/NQ-HĐND, năm 2025 tỷ lệ tiêm chủng đầy đủ phải đạt 95%, "
     "chúng tôi đạt 96,4%.", 95, 96.4),
    # other words: the goal a resolution asks for, the result opening on 'thực tế'
    ("Theo Nghị quyết số 15/NQ-HĐND, năm 2025 tỷ lệ hồ sơ trực tuyến phải đạt 70%, thực tế đạt 74,5%.", 70, 74.5),
])
def test_the_result_after_its_goal_is_a_result(body, goal, result):
    f = extract(_PAGE.format(body))
    assert [t.value for t in f.targets] == [goal] and result in [o.value for o in f.outcomes]


def test_the_distance_left_to_a_goal_is_a_result():
    f = extract(_PAGE.format("Tỷ lệ trường đạt chuẩn quốc gia: còn cách mục tiêu Nghị quyết số 20/NQ-HĐND 2,6 điểm "
                             "phần trăm."))
    assert [o.value for o in f.outcomes] == [2.6] and not f.targets


def test_near_miss_a_goal_split_by_place_or_a_result_still_to_reach_stays_a_goal():
    f = extract(_PAGE.format("Năm 2026, tỉnh phấn đấu tỷ lệ hộ dùng nước sạch đạt 90%, trong đó thành thị đạt 95%, nông "
                             "thôn đạt 85%."))
    assert sorted(t.value for t in f.targets) == [85, 90, 95] and not f.outcomes
    aim = fold_same_length("năm 2026 phấn đấu đạt 90%, thực tế cần đạt 92%")
    assert not answered_at(aim, 0, aim.index("92"))
    distance = fold_same_length("trụ sở còn cách trung tâm xã 12 km")
    assert not answered_at(distance, 0, distance.index("12"))


@pytest.mark.parametrize("body,goals,results", [
    # an indicator's plan and actual figures under their labels, under a lead-in of indicators
    ("Kết quả một số chỉ tiêu theo Nghị quyết số 30/NQ-HĐND như sau:\n"
     "- Giá trị sản xuất công nghiệp: kế hoạch 2.150 tỷ đồng, thực hiện 2.208 tỷ đồng, đạt 102,7%.\n"
     "- Tỷ lệ trẻ em suy dinh dưỡng: kế hoạch dưới 18%, thực hiện 17,2%.", [18, 2150], [17.2, 102.7, 2208]),
    # other words: abbreviated labels, the actual figure first and the plan after it
    ("Trong năm, tổng sản lượng thủy sản ước thực hiện 12.400 tấn, kế hoạch 12.000 tấn; tỷ lệ che phủ rừng TH 46,5%, "
     "KH 46%.", [46, 12000], [46.5, 12400]),
])
def test_a_plan_and_its_actual_figure_labelled_side_by_side(body, goals, results):
    f = extract(_PAGE.format(body))
    assert sorted(t.value for t in f.targets) == goals
    assert sorted(o.value for o in f.outcomes) == results


def test_near_miss_a_goal_list_with_a_task_verb_keeps_its_figures_goals():
    # 'thực hiện' here is the goal's own verb, and no plan's figure is labelled beside it
    f = extract(_PAGE.format("Năm 2026, huyện phấn đấu: thu ngân sách đạt 150 tỷ đồng, thực hiện 12 công trình "
                             "giao thông nông thôn."))
    assert sorted(t.value for t in f.targets) == [12, 150] and not f.outcomes
    row = fold_same_length("thu ngân sách: kế hoạch 150 tỷ đồng, thực hiện 162 tỷ đồng")
    assert done_beside_plan(row, 0, row.index("162"), len(row))
    assert not done_beside_plan(row, 0, row.index("150"), len(row))


def test_how_often_after_a_result_in_a_review_is_a_result():
    f = extract(_PAGE.format("Sau 5 năm, các cấp ủy đã kết nạp 380 đảng viên mới; hằng năm trên 88% chi bộ được xếp "
                             "loại hoàn thành tốt nhiệm vụ trở lên."))
    assert sorted(o.value for o in f.outcomes) == [88, 380] and not f.targets
    # other words: the result measured against its goal, the yearly grading in a later clause
    f = extract(_PAGE.format("Đánh giá các chỉ tiêu Chương trình giao cho huyện: phát triển 1.900 đoàn viên, đạt 105% "
                             "chỉ tiêu; 100% chi đoàn được đánh giá, xếp loại mỗi năm."))
    assert {100, 105, 1900} <= {o.value for o in f.outcomes} and not f.targets


def test_near_miss_how_often_after_a_goal_stays_a_goal():
    f = extract(_PAGE.format("Năm 2026, huyện phấn đấu kết nạp 400 đảng viên mới; hằng năm trên 85% chi bộ được xếp "
                             "loại hoàn thành tốt nhiệm vụ trở lên."))
    assert sorted(t.value for t in f.targets) == [85, 400] and not f.outcomes
