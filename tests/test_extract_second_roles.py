"""A body's second task of another role, joined to its first by 'và' or a comma (kg.extract.second_roles, read by
kg.extract.assignment_roles): outreach and watching asked of one body give a row each. Short texts of our own; each
wording with its near misses."""
from __future__ import annotations

from extract_helpers import assignment_rows

_RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN TỈNH AN HÒA\nSố: 27/NQ-HĐND\nAn Hòa, ngày 9 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
               "Về hỗ trợ nhà ở cho hộ nghèo năm 2027\n\nĐiều 2. Tổ chức thực hiện\n")


def test_watching_then_outreach_joined_by_and_gives_two_rows():
    rows = assignment_rows(_RESOLUTION + "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh tham gia giám sát và vận động các hộ dân "
                                         "đóng góp ngày công.\n")
    assert {("Ủy ban MTTQ Việt Nam tỉnh", "monitor"), ("Ủy ban MTTQ Việt Nam tỉnh", "participate")} <= rows


def test_outreach_then_watching_after_a_comma_gives_two_rows_to_each_body():
    # in other words: the outreach first, the watching after a comma, two bodies sharing both
    rows = assignment_rows(_RESOLUTION + "- Hội Cựu chiến binh tỉnh và Hội Nông dân tỉnh tuyên truyền chủ trương hỗ trợ, "
                                         "kiểm tra việc bình xét hộ được hỗ trợ ở cơ sở.\n")
    for body in ("Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"):
        assert {(body, "participate"), (body, "monitor")} <= rows


def test_near_miss_the_people_asked_to_take_part_and_watch_is_one_task_of_outreach():
    # ('tham gia và giám sát' is what the people are mobilised to do, not the Front's second task: the shared gold
    # gives one participate row)
    rows = assignment_rows(_RESOLUTION + "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động Nhân dân tích cực tham gia và "
                                         "giám sát việc xây dựng nhà.\n")
    assert ("Ủy ban MTTQ Việt Nam tỉnh", "participate") in rows
    assert ("Ủy ban MTTQ Việt Nam tỉnh", "monitor") not in rows


def test_near_miss_acts_named_as_a_thing_one_role_or_a_lead_give_one_row():
    # 'giám sát việc tuyên truyền, vận động': what is watched; 'kiểm tra, giám sát': one role; 'chủ trì' governs both
    rows = assignment_rows(_RESOLUTION + "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh giám sát việc tuyên truyền, vận động hộ "
                                         "nghèo nhận hỗ trợ.\n")
    assert ("Ủy ban MTTQ Việt Nam tỉnh", "participate") not in rows
    rows = assignment_rows(_RESOLUTION + "3. Hội Nông dân tỉnh tăng cường kiểm tra, giám sát việc hỗ trợ.\n")
    assert rows == {("Hội Nông dân tỉnh", "monitor")}
    rows = assignment_rows(_RESOLUTION + "3. Sở Xây dựng chủ trì tuyên truyền và kiểm tra việc xây dựng nhà.\n")
    assert rows == {("Sở Xây dựng", "lead")}
