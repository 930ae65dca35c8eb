"""The lead-in a list's figures are read under (kg.extract.goal_leads). Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_HEAD = ("NGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027\n\n"
         "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2027 với các nội dung chủ yếu sau:\n\n")


def _kinds(body: str) -> tuple[list, list]:
    f = extract(_HEAD + body, date=dt.date(2026, 12, 10))
    return sorted(t.value for t in f.targets), sorted(o.value for o in f.outcomes)


def test_a_heading_a_level_down_keeps_the_goals_heading_over_its_items():
    body = ("2. Các chỉ tiêu chủ yếu\n\n2.1. Về kinh tế\n\na) Tốc độ tăng trưởng kinh tế đạt 8% trở lên.\n\n"
            "b) Thu ngân sách trên địa bàn đạt 2.500 tỷ đồng.\n\n2.2. Về xã hội\n\n"
            "c) Tỷ lệ hộ nghèo giảm 1% so với cuối năm 2026.\n\nd) Tỷ lệ lao động qua đào tạo đạt 70%.\n")
    assert _kinds(body) == ([1, 8, 70, 2500], [])
    # in other words: no dot after the sub-heading's number, items marked with dashes
    body = ("3. Chỉ tiêu chủ yếu năm 2027\n\n3.1 Lĩnh vực xã hội\n\n- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.\n\n"
            "3.2 Lĩnh vực môi trường\n\n- Tỷ lệ chất thải rắn được thu gom đạt 92%.\n")
    assert _kinds(body) == ([92, 96], [])


def test_near_miss_a_sub_numbered_line_with_a_figure_closes_the_goals():
    body = ("2. Các chỉ tiêu chủ yếu\n\n2.1. Về kinh tế\n\na) Tốc độ tăng trưởng kinh tế đạt 8% trở lên.\n\n"
            "2.2. Năm 2026, tỉnh đã tạo việc làm cho 5.000 lao động\n\nTỷ lệ lao động qua đào tạo năm 2026 đã đạt 68%.\n")
    targets, outcomes = _kinds(body)
    assert 8 in targets and 68 in outcomes and 68 not in targets
