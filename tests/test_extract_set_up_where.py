"""'thành lập X ở 100% thôn' in a plan's task says where X is to be set up, not that it was (kg.extract.quantity_cues,
OUTCOME); a count before 'thành lập', or right after it, still reports what was set up. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_PLAN = ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 40/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chương trình số 07-CTr/TU về kinh tế số\n\n"
         "III. NHIỆM VỤ\n1. Sở Công Thương chủ trì tổ chức hội chợ trực tuyến.\n")


def test_a_task_setting_up_teams_in_every_village_is_no_outcome():
    facts = extract(_PLAN + "2. UBND các xã thành lập đội hỗ trợ bán hàng trực tuyến ở 100% thôn, khu dân cư.\n")
    assert facts.outcomes == []


def test_near_miss_villages_that_set_up_teams_are_counted():
    text = "Báo cáo của huyện cho biết đến tháng 6, 30/32 thôn thành lập đội hỗ trợ bán hàng trực tuyến.\n"
    assert [(o.value, o.of) for o in extract(text).outcomes] == [(30, 32)]


def test_near_miss_teams_counted_after_setting_up_are_an_outcome():
    text = "Năm 2025, Hội Phụ nữ huyện thành lập 14 tổ hợp tác do phụ nữ làm chủ.\n"
    assert [o.value for o in extract(text).outcomes] == [14]
