"""kg.extract.discussed_plans: the plan of a year's tasks a meeting discusses is a document of the body that holds the
meeting, and the goals the text sets out for that year are its own (kg.extract.scope_goals.year_plan_goal). Short texts
of our own."""
from __future__ import annotations

import pytest

from extract_helpers import goal_documents
from kg.extract import extract

MEETING = ("Xã Tân Hòa sơ kết năm 2025\n\nNgày 18/12/2025, Ban Chấp hành Đảng bộ xã Tân Hòa tổ chức hội nghị lần thứ năm, "
           "đánh giá kết quả thực hiện Nghị quyết số 04-NQ/ĐU ngày 20/7/2025 của Ban Chấp hành Đảng bộ xã và {discussed}.\n\n"
           "Thực hiện Kế hoạch số 11-KH/ĐU của Đảng ủy xã về chuyển đổi số, đã có 4.100 người dân dùng dịch vụ công trực "
           "tuyến.\n\n{goals}\n")
GOALS = "Năm 2026, Đảng bộ xã đề ra 15 chỉ tiêu, trong đó: thu nhập bình quân đầu người trên 72 triệu đồng/năm."


@pytest.mark.parametrize("discussed,key", [
    ("cho ý kiến vào Kế hoạch thực hiện nhiệm vụ năm 2026",
     "KH:thực hiện nhiệm vụ năm 2026 của Ban Chấp hành Đảng bộ xã Tân Hòa"),
    ("thảo luận dự thảo Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026",
     "NQ:lãnh đạo thực hiện nhiệm vụ năm 2026 của Ban Chấp hành Đảng bộ xã Tân Hòa")])
def test_the_plan_of_the_year_a_meeting_discusses_is_a_document_with_the_year_s_goals(discussed, key):
    text = MEETING.format(discussed=discussed, goals=GOALS)
    assert key in {d.key for d in extract(text).documents}
    assert goal_documents(text)[72] == key


def test_near_miss_a_plan_discussed_in_lower_case_is_no_document():
    text = MEETING.format(discussed="thảo luận kế hoạch năm 2026", goals=GOALS)
    assert not [d for d in extract(text).documents if d.key.startswith("KH:")]


def test_near_miss_goals_of_another_year_are_not_the_plan_s():
    text = MEETING.format(discussed="cho ý kiến vào Kế hoạch thực hiện nhiệm vụ năm 2026",
                          goals=GOALS.replace("Năm 2026", "Đến năm 2030"))
    assert not str(goal_documents(text).get(72)).startswith("KH:thực hiện")
