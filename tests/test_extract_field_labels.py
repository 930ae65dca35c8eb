"""A plan's task line that opens on the label of its field ('Về nhân lực: Sở Nội vụ chủ trì ...', '- Tài chính: ...'):
the label is no subject, the body after the colon is (kg.extract.field_labels, read by kg.extract.assignments). Short
texts of our own; each form with its near misses."""
from __future__ import annotations

import pytest

from extract_helpers import assignment_rows

PLAN = ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 41/KH-UBND\n\nKẾ HOẠCH\nPhát triển nguồn nhân lực giai đoạn 2026 - 2030\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n")


def test_a_field_label_with_ve_before_the_body_that_leads():
    rows = assignment_rows(PLAN + "Về nhân lực: Sở Nội vụ chủ trì đào tạo cán bộ cấp xã.\n")
    assert rows == {("Sở Nội vụ", "lead")}


def test_a_field_label_on_a_dashed_item():
    rows = assignment_rows(PLAN + "- Nhân lực: Sở Nội vụ chủ trì bồi dưỡng công chức mới tuyển dụng.\n")
    assert rows == {("Sở Nội vụ", "lead")}


def test_a_field_label_on_a_numbered_item():
    rows = assignment_rows(PLAN + "3. Về nhân lực: Sở Nội vụ chủ trì rà soát biên chế các đơn vị.\n")
    assert rows == {("Sở Nội vụ", "lead")}


def test_a_second_field_in_other_words_with_partners():
    rows = assignment_rows(PLAN + "Về tài chính: Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí đào tạo.\n")
    assert rows == {("Sở Tài chính", "lead"), ("Sở Nội vụ", "coordinate")}


def test_a_longer_field_label_before_two_bodies():
    rows = assignment_rows(PLAN + "- Về cơ sở vật chất trường học: Sở Giáo dục và Đào tạo và UBND các huyện kiểm tra "
                                  "việc sử dụng phòng học.\n")
    assert rows == {("Sở Giáo dục và Đào tạo", "monitor"), ("UBND các huyện", "monitor")}


def test_near_miss_a_label_that_is_a_body_stays_the_subject():
    rows = assignment_rows(PLAN + "- Sở Nội vụ: chủ trì đào tạo cán bộ cấp xã.\n")
    assert rows == {("Sở Nội vụ", "lead")}


def test_near_miss_a_field_label_before_words_that_are_no_task():
    rows = assignment_rows(PLAN + "Về phía tỉnh: Sở Nội vụ cho biết số cán bộ đạt chuẩn tăng 10%.\n")
    assert rows == set()


def test_near_miss_a_place_label_before_a_figure():
    rows = assignment_rows(PLAN + "- Huyện Kim Bảng: 120 cán bộ được đào tạo trong năm.\n")
    assert rows == set()


def test_near_miss_a_time_label_is_no_field():
    rows = assignment_rows(PLAN + "Năm 2026: 100% cán bộ cấp xã đạt chuẩn.\n")
    assert rows == set()



def test_a_time_label_before_the_body_that_leads():
    rows = assignment_rows(PLAN + "Năm 2026: Sở Y tế chủ trì, phối hợp với Sở Tài chính bố trí kinh phí đào tạo.\n")
    assert rows == {("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")}


@pytest.mark.parametrize("label", ["Quý III/2026", "- Giai đoạn 2026 - 2027", "Giai đoạn 2026-2027", "6 tháng đầu năm 2026",
                                   "Từ nay đến năm 2027", "Tháng 12/2026", "Hằng năm"])
def test_time_labels_in_other_words(label):
    rows = assignment_rows(PLAN + f"{label}: UBND các xã, phường rà soát hồ sơ cán bộ.\n")
    assert rows == {("UBND các xã, phường", "lead")}


def test_near_miss_a_time_label_inside_a_line_is_no_label():
    # the time and its colon close what a body reports, mid-line: the clause after it names no body of its own
    rows = assignment_rows(PLAN + "Theo báo cáo của Sở Nội vụ về kết quả năm 2026: các lớp đào tạo đạt 95% kế hoạch.\n")
    assert rows == set()


def test_near_miss_a_time_label_before_a_figure_names_no_body():
    rows = assignment_rows(PLAN + "Quý IV/2026: 85% hồ sơ được số hóa.\n")
    assert rows == set()
