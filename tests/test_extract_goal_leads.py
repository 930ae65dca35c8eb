"""kg.extract.goal_leads: the lead-in a list's figures are read under. A numbered subsection line and the letter items
i), v), x) stay inside a list of goals; a bare lead-in of indicators right after results heads results. Texts are our
own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_PLAN = ("Số: 12/NQ-HĐND\tAn Phú, ngày 8 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026\n\n"
         "Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026 như sau:\n\n2. Các chỉ tiêu chủ yếu\n\n{}\n\n"
         "Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n")


def test_a_numbered_subsection_keeps_the_list_of_goals_open():
    # (an item said against the year before would read as a result, and the items after it with it, were the list closed)
    body = ("2.1. Về kinh tế\n\na) Thu nhập bình quân đầu người đạt 75 triệu đồng.\n\n2.2. Về xã hội\n\n"
            "b) Tỷ lệ hộ nghèo giảm 1% so với cuối năm 2025.\n\nc) Tỷ lệ lao động qua đào tạo đạt 70%.\n\n"
            "d) Có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.")
    f = extract(_PLAN.format(body))
    assert sorted(t.value for t in f.targets) == [1, 3, 70, 75] and not f.outcomes


def test_the_letter_item_i_is_no_roman_heading():
    # other words: the letters run on across the fields, 'i)' the first item under its field's subsection
    body = ("2.1. Về xã hội\n\nh) Tỷ lệ che phủ rừng duy trì ở mức 52%.\n\n2.2. Về môi trường\n\n"
            "i) Tỷ lệ chất thải rắn được thu gom, xử lý đạt 96%.\n\nk) Tỷ lệ hộ dùng nước sạch đạt 99%.")
    f = extract(_PLAN.format(body))
    assert sorted(t.value for t in f.targets) == [52, 96, 99] and not f.outcomes


def test_near_miss_a_roman_heading_still_ends_the_goals():
    body = ("a) Tỷ lệ hộ nghèo giảm 1,5%.\n\nII. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n"
            "Năm 2025, toàn huyện đã giải quyết việc làm cho 2.300 lao động.")
    f = extract(_PLAN.format(body))
    assert [t.value for t in f.targets] == [1.5] and [o.value for o in f.outcomes] == [2300]


_NEWS = "Thứ Hai, 22/12/2025 10:05\n\n{}\n"


def test_a_bare_lead_in_of_indicators_after_results_heads_results():
    f = extract(_NEWS.format(
        "Tại kỳ họp, UBND xã báo cáo năm 2025 xã có 15/17 chỉ tiêu đạt và vượt kế hoạch.\n\nMột số chỉ tiêu chủ yếu:\n"
        "- Thu ngân sách trên địa bàn 41,2 tỷ đồng, bằng 132% dự toán.\n- Tỷ lệ hộ nghèo còn 2,1%."))
    assert {2.1, 41.2} <= {o.value for o in f.outcomes} and not f.targets
    # other words: the lead-in names the resolution the indicators are of
    f = extract(_NEWS.format(
        "Năm 2025, huyện hoàn thành 18/20 chỉ tiêu Nghị quyết HĐND huyện giao.\n\nCác chỉ tiêu chính theo Nghị quyết "
        "HĐND huyện như sau:\n- Tổng sản lượng lương thực 52.300 tấn.\n- Tỷ lệ trẻ em suy dinh dưỡng 12,4%."))
    assert {12.4, 52300} <= {o.value for o in f.outcomes} and not f.targets


def test_near_miss_a_lead_in_of_the_year_ahead_after_results_heads_goals():
    f = extract(_NEWS.format(
        "Năm 2025, xã có 15/17 chỉ tiêu đạt và vượt kế hoạch.\n\nCác chỉ tiêu chủ yếu năm 2026:\n"
        "- Thu ngân sách trên địa bàn 45 tỷ đồng.\n- Tỷ lệ hộ nghèo giảm còn 1,8%."))
    assert {1.8, 45} <= {t.value for t in f.targets}


# a heading a level down in a council resolution's goals, in two more wordings, and its near miss
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
