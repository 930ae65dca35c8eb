"""Funding a work is led by the body told to fund it (kg.extract.assignments): 'Sở Tài chính cân đối, bố trí kinh phí
...', 'Văn phòng Tỉnh ủy bảo đảm kinh phí', 'cân đối, bố trí 350 triệu đồng'; near misses: the units' own counterpart
resources ('bố trí nguồn lực đối ứng'), setting aside a budget to entrust ('dành ngân sách ... ủy thác') and placing
staff ('bố trí lực lượng'), which keep the default role. Texts are our own."""
from __future__ import annotations

from extract_helpers import assignment_rows

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 27/KH-UBND\n\nKon Tum, ngày 9 tháng 1 năm 2026\n\nKẾ HOẠCH\n"
         "Về phòng cháy, chữa cháy rừng năm 2026\n\nUBND tỉnh ban hành Kế hoạch như sau:\n\nII. TỔ CHỨC THỰC HIỆN\n")


def test_the_body_told_to_fund_the_work_leads_it():
    rows = assignment_rows(_PLAN + "1. Sở Tài chính cân đối, bố trí kinh phí cho công tác phòng cháy rừng từ nguồn dự phòng "
                                   "ngân sách tỉnh.\n"
                                   "2. Văn phòng UBND tỉnh bảo đảm kinh phí tổ chức diễn tập.\n"
                                   "3. Phòng Tài chính - Kế hoạch huyện cân đối, bố trí 350 triệu đồng cho các tổ đội "
                                   "xung kích.\n")
    assert rows == {("Sở Tài chính", "lead"), ("Văn phòng UBND tỉnh", "lead"),
                    ("Phòng Tài chính - Kế hoạch huyện", "lead")}


def test_counterpart_resources_a_budget_set_aside_and_staff_keep_the_default_role():
    # no funding of the work, and each still a task of the body's own with no cue: lead by point (af), one row each
    rows = assignment_rows(_PLAN + "1. UBND các xã bố trí nguồn lực đối ứng.\n"
                                   "2. UBND các huyện tiếp tục dành ngân sách địa phương ủy thác sang Ngân hàng Chính sách xã "
                                   "hội.\n"
                                   "3. Sở Y tế bố trí lực lượng trực 24/24 giờ.\n")
    assert rows == {("UBND các xã", "lead"), ("UBND các huyện", "lead"), ("Sở Y tế", "lead")}


_CONCLUSION = ("Phát biểu bế mạc hội nghị, Chủ tịch UBND huyện Hướng Hóa yêu cầu các xã đẩy mạnh phong trào khuyến học; ")


def test_a_yearly_sum_set_aside_between_the_body_and_its_verb():
    # 'hằng năm' between the body and its verb, in the speech's next clause and right after 'yêu cầu'
    rows = assignment_rows(_CONCLUSION + "UBND huyện hằng năm dành ít nhất 500 triệu đồng cho quỹ khuyến học.")
    assert ("UBND huyện", "lead") in rows
    rows = assignment_rows("Chủ tịch UBND huyện Hướng Hóa yêu cầu UBND các xã hằng năm bố trí ít nhất 50 triệu đồng cho quỹ "
                           "khuyến học.")
    assert rows == {("UBND các xã", "lead")}


def test_near_miss_a_yearly_figure_of_a_body_is_no_task():
    # 'hằng năm' with no verb after it: the sentence reports a sum, no body is asked
    rows = assignment_rows("Nguồn vốn UBND huyện hằng năm ủy thác qua Ngân hàng Chính sách xã hội đạt 2 tỷ đồng.")
    assert rows == set()
