"""kg.extract.allocations: money a document sets aside is a target of it (point (z) of tests/ANNOTATION.md), each
rule with a near miss. Texts are our own."""
from __future__ import annotations

from extract_helpers import figure_values

_REVIEW = ("Sơ kết 2 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.\n\n"
           "{total}, trong đó vốn ngân sách trung ương 310 tỷ đồng, vốn ngân sách tỉnh 95 tỷ đồng, vốn lồng ghép 45 tỷ "
           "đồng. Đến nay, toàn tỉnh đã giải ngân 388 tỷ đồng.\n")


def test_every_later_part_of_an_allocated_sum_is_allocated_too():
    # the total is set aside ('bố trí'); its parts after 'trong đó' are what it is, however far from its words
    targets, outcomes = figure_values(_REVIEW.format(
        total="Tổng vốn bố trí thực hiện Chương trình giai đoạn 2024 - 2025 của tỉnh là 450 tỷ đồng"))
    assert targets == [45, 95, 310, 450] and outcomes == [388]


def test_near_miss_the_parts_of_a_sum_spent_stay_results():
    targets, outcomes = figure_values(_REVIEW.format(
        total="Tổng vốn đã giải ngân thực hiện Chương trình giai đoạn 2024 - 2025 của tỉnh là 450 tỷ đồng"))
    assert targets == [] and 310 in outcomes and 45 in outcomes
