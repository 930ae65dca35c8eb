"""kg.extract.compared_levels: a wider area's average set beside a result is no result. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.compared_levels import compared_level

_REVIEW = ("Ngày 10/12/2025, UBND xã Hòa Bình sơ kết 1 năm thực hiện Kế hoạch số 21/KH-UBND về chuyển đổi số.\n\n"
           "Năm 2025, {}\n")


@pytest.mark.parametrize("body,own,wider", [
    ("tỷ lệ hộ dùng ví điện tử của xã đạt 68%, thấp hơn mức bình quân cả nước là 79%.", 68, 79),
    ("tỷ lệ hồ sơ trực tuyến đạt 91%, cao hơn bình quân chung của tỉnh: 84%.", 91, 84),
    # other words: the average named with 'so với' and the region's name before its figure
    ("xã đã cấp 1.240 chữ ký số, tỷ lệ người dùng đạt 46%, gần bằng so với mức trung bình vùng Tây Nguyên, khoảng 47%.",
     46, 47),
    # a contrast instead of a comparison: 'trong khi', 'còn', the figure after 'đạt' or 'là'
    ("tỷ lệ hộ dùng ví điện tử của xã đạt 68%, trong khi bình quân vùng Bắc Trung Bộ mới đạt 59%.", 68, 59),
    ("tỷ lệ người dân dùng dịch vụ công trực tuyến đạt 74%, còn mức trung bình cả nước là 61%.", 74, 61),
])
def test_the_wider_area_s_average_is_no_result(body, own, wider):
    f = extract(_REVIEW.format(body))
    values = [o.value for o in f.outcomes]
    assert own in values and wider not in values


def test_near_miss_a_comparison_with_a_past_level_or_the_goal_keeps_its_figures():
    # a change over last year is a result of its own; so is the margin over the goal
    f = extract(_REVIEW.format("tỷ lệ hộ dùng ví điện tử đạt 68%, tăng 12% so với cùng kỳ."))
    assert sorted(o.value for o in f.outcomes) == [12, 68]
    # the average of the commune's own villages is its own figure, not a wider area's
    assert not compared_level("số hộ bình quân mỗi thôn là 120", len("số hộ bình quân mỗi thôn là "))
    # a contrast with the commune's own average is no wider area's: 'trong khi thu nhập bình quân đầu người ...'
    assert not compared_level("trong khi bình quân đầu người đạt 52", len("trong khi bình quân đầu người đạt "))
