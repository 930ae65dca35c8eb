"""Targets and outcomes as State-side reports write them: a report titled by the results it gives, an official
text's own results, tables whose header names no column. Each rule with its near miss; texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract
from kg.extract.text import prepare
from extract_helpers import figure_values as _kinds


# ---------------------------------------------------------------- a report titled by its results

_LIST = ("Các chỉ tiêu chủ yếu:\n"
         "- Thu ngân sách trên địa bàn: 912 tỷ đồng, bằng 104,5% dự toán.\n"
         "- Sản lượng cà phê nhân: 61 nghìn tấn.\n")


def test_an_indicator_list_in_a_report_of_results_gives_results():
    text = "BÁO CÁO\nKết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2023 của huyện Đông Sơn Hà\n\n" + _LIST
    assert _kinds(text) == ([], [61, 104.5, 912])


def test_the_same_list_in_a_plan_or_ahead_of_the_report_gives_goals():
    # near miss: a plan's title, not a report's
    plan = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2024 của huyện Đông Sơn Hà\n\n" + _LIST
    assert _kinds(plan)[1] == [] and 912 in _kinds(plan)[0]
    # near miss: the list stands under the report's heading of what comes next
    ahead = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023 của huyện Đông Sơn Hà\n\n"
             "I. Kết quả\nCó 9/12 chỉ tiêu đạt kế hoạch.\nII. Phương hướng, nhiệm vụ năm 2024\n" + _LIST)
    targets, outcomes = _kinds(ahead)
    assert outcomes == [9] and 912 in targets
    # near miss: the lead-in names a year after the report's own
    later = ("Huyện Đông Sơn Hà, ngày 12/12/2023\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023\n\n"
             + _LIST.replace("chủ yếu:", "chủ yếu năm 2024:"))
    assert 912 in _kinds(later)[0]
    # near misses: the list after a line of aims, or headed 'Chỉ tiêu cụ thể:', in the same report gives goals
    aims = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023 của huyện Đông Sơn Hà\n\n"
            "Năm 2024, huyện phấn đấu phát triển nhanh.\n" + _LIST)
    specific = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023 của huyện Đông Sơn Hà\n\n"
                + _LIST.replace("Các chỉ tiêu chủ yếu:", "Chỉ tiêu cụ thể:"))
    assert 912 in _kinds(aims)[0] and 912 in _kinds(specific)[0]


def test_the_place_a_report_is_about_is_no_result_of_it():
    text = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023 của huyện Đông Sơn Hà\n\n"
            "Dân số toàn huyện khoảng 96.000 người. Diện tích tự nhiên 410 km2. Huyện gồm 14 xã, 1 thị trấn.\n"
            "Sản lượng lương thực 52.000 tấn.\n")
    # near miss: the harvest of the same body is a result
    assert _kinds(text) == ([], [52000])


def test_a_title_running_over_two_lines_opens_the_body_after_it():
    text = ("BÁO CÁO\nTình hình thực hiện kế hoạch năm 2023,\nphương hướng nhiệm vụ năm 2024\n\n"
            "- Tổng đàn gia súc 8.300 con.\n")
    assert _kinds(text) == ([], [8300])


# ---------------------------------------------------------------- an official text's own results

def test_a_council_resolution_reviewing_a_term_owns_its_goals_but_not_its_results():
    f = extract("HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG SƠN\nSố: 31/NQ-HĐND\n\nNGHỊ QUYẾT\n"
                "Về kết quả thực hiện kế hoạch 5 năm 2021-2025 và kế hoạch 5 năm 2026-2030\n\n"
                "Điều 1. Thu nhập bình quân đầu người năm 2025 đạt 71 triệu đồng.\n"
                "Điều 2. Phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 110 triệu đồng.\n")
    assert [(o.value, o.document) for o in f.outcomes] == [(71, None)]
    assert [(t.value, t.document) for t in f.targets] == [(110, "31/NQ-HĐND")]


def test_a_report_s_results_go_to_the_plan_it_implements_and_its_own_aims_to_itself():
    f = extract("UBND HUYỆN ĐÔNG SƠN HÀ\nSố: 64/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2024\n\n"
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND huyện, UBND huyện báo cáo như sau:\n"
                "Đã cấp 4.100 tài khoản định danh điện tử mức độ 2.\n")
    assert [(o.value, o.document) for o in f.outcomes] == [(4100, "12/KH-UBND")]
    g = extract("UBND HUYỆN ĐÔNG SƠN HÀ\nSố: 65/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2024\n\n"
                "Đã cấp 4.100 tài khoản định danh điện tử mức độ 2. "
                "Phấn đấu đến hết năm 2024 cấp 9.000 tài khoản.\n")
    assert [(o.value, o.document) for o in g.outcomes] == [(4100, None)]
    # (the aims a report sets are its own, tests/ANNOTATION.md (an) as regold25b decided it; null before that)
    assert [(t.value, t.document) for t in g.targets] == [(9000, "65/BC-UBND")]


def test_a_news_page_on_a_plan_just_issued_keeps_the_plan_s_results():
    # near miss: a plan named as issued in a news page (no symbol in a heading) is no text's own document
    f = extract("Huyện ủy Đông Sơn Hà ban hành Chương trình số 14-CTr/HU ngày 5/3/2022 về phát triển nông nghiệp. "
                "Sau 2 năm thực hiện Chương trình, toàn huyện có 6/11 xã đạt chuẩn nông thôn mới.")
    assert [(o.value, o.of, o.document) for o in f.outcomes] == [(6, 11, "14-CTr/HU")]


# ---------------------------------------------------------------- tables whose header names no column

def test_a_row_of_plan_result_and_share_is_read_by_its_arithmetic():
    f = extract("Một số chỉ tiêu của huyện năm 2023 như sau.\nThu ngân sách (tỷ đồng) | 640 | 688 | 107,5%\n"
                "Diện tích lúa (ha) | 5.200 | 5.150 | 99%\nTỷ lệ hộ nghèo (%) | 4 | 3,6 |\n")
    assert sorted(t.value for t in f.targets) == [4, 640, 5200]
    assert sorted(o.value for o in f.outcomes) == [3.6, 99, 107.5, 688, 5150]
    assert {o.unit for o in f.outcomes if o.value in (99, 107.5)} == {"% kế hoạch"}


def test_a_single_flattened_row_is_read_the_same_way():
    f = extract("Kết quả năm 2023 như sau.\nThu ngân sách | 640 | 688 | 107,5%\n")
    assert [t.value for t in f.targets] == [640] and sorted(o.value for o in f.outcomes) == [107.5, 688]


def test_figures_that_are_no_share_of_each_other_stay_as_they_were():
    # near miss: the last figure is not the second as a share of the first: no roles are read
    assert extract("Kết quả năm 2023 như sau.\nThu ngân sách | 640 | 688 | 35%\n").targets == []
    # near miss: a header that names its columns keeps its own roles
    f = extract("Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ\nThu ngân sách (tỷ đồng) | 640 | 688 | 107,5%\n")
    assert [t.value for t in f.targets] == [640] and sorted(o.value for o in f.outcomes) == [107.5, 688]


# ---------------------------------------------------------------- what a report says was done so far

def test_disbursed_estimated_and_share_of_plan_are_results():
    f = extract("Tính đến ngày 31/10/2023, giá trị giải ngân vốn đầu tư công của huyện là 214 tỷ đồng. "
                "Thu ngân sách ước thực hiện 97,5 tỷ đồng. Doanh thu du lịch 86 tỷ đồng, bằng 106% kế hoạch.")
    assert sorted(o.value for o in f.outcomes) == [86, 97.5, 106, 214] and f.targets == []
    f = extract("Lũy kế 5 năm, toàn huyện làm mới 140 km đường giao thông nông thôn.")
    assert [o.value for o in f.outcomes] == [140]
    # near miss: money set aside for disbursing is a budget, and an aim to disburse a goal
    g = extract("Năm 2024, huyện bố trí 40 tỷ đồng để giải ngân cho các công trình. "
                "Huyện phấn đấu giải ngân 100% kế hoạch vốn. Phấn đấu lũy kế đến năm 2030 làm mới 300 km đường.")
    assert g.outcomes == [] and [t.value for t in g.targets] == [100, 300]


def test_a_part_of_a_whole_that_reached_a_standard_is_a_result_even_when_said_as_present():
    f = extract("Toàn huyện hiện có 14/18 xã đạt chuẩn nông thôn mới.")
    assert [(o.value, o.of) for o in f.outcomes] == [(14, 18)]
    # near miss: a present count that reached nothing stays the present state
    assert extract("Toàn huyện hiện có 18 xã, 2 thị trấn.").outcomes == []


# ---------------------------------------------------------------- units complete

def test_a_rate_keeps_what_it_is_per():
    f = extract("Năm 2023, năng suất lúa bình quân đạt 58 tạ/ha; thu nhập bình quân đạt 52 triệu đồng/người/năm.")
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(52, "triệu đồng/người/năm"), (58, "tạ/ha")]
    # near miss: two things joined by a slash are not a rate
    g = extract("Năm 2023, đã có 9 xã/thị trấn hoàn thành.")
    assert [(o.value, o.unit) for o in g.outcomes] == [(9, "xã")]


def test_a_sum_or_a_measure_ends_its_unit():
    f = extract("Năm 2023, huyện đã huy động 310 tỷ đồng xây dựng nông thôn mới, trồng mới 45 ha chè.")
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(45, "ha"), (310, "tỷ đồng")]
    # near miss: a count keeps the words of what it counts
    g = extract("Năm 2023, huyện đã thành lập 4 hợp tác xã nông nghiệp.")
    assert [(o.value, o.unit) for o in g.outcomes] == [(4, "hợp tác xã nông nghiệp")]


def test_the_name_of_a_national_target_programme_is_no_goal_cue():
    f = extract("Kết quả thực hiện 3 chương trình mục tiêu quốc gia năm 2023: giải ngân được 412 tỷ đồng, đạt 86,2%.")
    assert f.targets == [] and sorted(o.value for o in f.outcomes) == [86.2, 412]
    # near miss: 'mục tiêu' as a word of its own sets a goal
    g = extract("Huyện đặt mục tiêu năm 2024 giải ngân 412 tỷ đồng.")
    assert [t.value for t in g.targets] == [412]


def test_awards_a_report_tallies_over_its_span_are_results_but_not_those_of_the_occasion():
    f = extract("Sau 3 năm, các cấp đã biểu dương, khen thưởng 96 tập thể, 140 cá nhân tiêu biểu.")
    assert sorted(o.value for o in f.outcomes) == [96, 140]
    # near misses: the awards handed out at the occasion, awards without 'đã', and awards outside a span of results
    assert extract("Năm 2023, huyện đã khen thưởng 96 tập thể.").outcomes == []
    assert extract("Nhân dịp này, UBND huyện đã khen thưởng 9 tập thể, 14 cá nhân.").outcomes == []
    assert extract("Hội nghị khen thưởng 9 tập thể và 14 cá nhân có thành tích xuất sắc.").outcomes == []


def test_what_a_page_says_was_done_in_a_year_past_is_a_result():
    page = "Thứ Hai, 13/01/2025\n\n{}\n"
    f = extract(page.format("Năm 2024, huyện hỗ trợ xây mới 85 căn nhà cho hộ nghèo."))
    assert [o.value for o in f.outcomes] == [85]
    # near misses: how things stood that year, and the same sentence about the page's own year
    assert extract(page.format("Năm 2024, huyện có 214 hợp tác xã.")).outcomes == []
    assert extract(page.format("Năm 2025, huyện hỗ trợ xây mới 85 căn nhà cho hộ nghèo.")).outcomes == []


def test_in_a_report_of_results_the_column_of_its_own_year_holds_results():
    head = "Đông Sơn Hà, ngày 12 tháng 12 năm 2023\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023\n\n"
    table = ("Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | So sánh (%)\n"
             "Thu ngân sách | tỷ đồng | 150 | 162 | 108\n"
             "Diện tích lúa | ha | 5.100 | 5.180 | 101,6\n")
    f = extract(head + table)
    assert f.targets == []
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(101.6, "%"), (108, "%"), (162, "tỷ đồng"), (5180, "ha")]
    # near miss: the same table in a plan's text: the year's column holds goals
    g = extract(head.replace("BÁO CÁO\nKết quả thực hiện nhiệm vụ", "KẾ HOẠCH\nNhiệm vụ") + table)
    assert sorted(t.value for t in g.targets) == [162, 5180]


def test_a_section_on_the_situation_over_a_past_span_holds_results():
    body = "\nDiện tích lúa đông xuân 8.400 ha, năng suất 61,5 tạ/ha.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\nHướng dẫn 3 xã.\n"
    f = extract("I. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024" + body)
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(61.5, "tạ/ha"), (8400, "ha")]
    # near miss: a heading on the situation that names no span (the place's background)
    assert extract("I. TÌNH HÌNH CHUNG" + body).outcomes == []


# ---------------------------------------------------------------- goals of a plan

def test_a_sub_heading_by_year_gives_the_period_of_the_goals_under_it():
    f = extract("2. Chỉ tiêu cụ thể\na) Đến năm 2025\n- 100% xã có nhà văn hóa.\nb) Đến năm 2030\n"
                "- Có ít nhất 40 sản phẩm OCOP.\n")
    assert [(t.value, t.period) for t in f.targets] == [(100, "2025"), (40, "2030")]
    # near miss: a sub-heading that says more than the year is an item of its own, and sets no period
    g = extract("2. Chỉ tiêu cụ thể\na) Đến năm 2025 hoàn thành quy hoạch\n- 100% xã có nhà văn hóa.\n")
    assert [t.period for t in g.targets] == [None]


_ON_PLAN = ("BÁO CÁO\nKết quả thực hiện Kế hoạch số 20/KH-UBND ngày 2/2/2023 của UBND huyện về giảm nghèo năm 2023\n\n"
            "Thực hiện Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh về hỗ trợ nhà ở, huyện đã hỗ trợ 140 hộ.\n"
            "{line}\n")


def test_in_a_report_on_a_plan_a_paragraph_on_another_document_ends_with_it():
    f = extract(_ON_PLAN.format(line="Toàn huyện có 310 hộ thoát nghèo, vượt 5% kế hoạch."))
    assert sorted((o.value, o.document) for o in f.outcomes) == [
        (5, "20/KH-UBND"), (140, "07/2022/NQ-HĐND"), (310, "20/KH-UBND")]


def test_near_misses_a_heading_line_goes_on_and_a_news_headline_names_no_report_s_plan():
    # a heading line naming a document goes on over the lines under it
    f = extract(_ON_PLAN.format(line="2. Thực hiện Nghị quyết số 07/2022/NQ-HĐND\nToàn huyện có 310 hộ được hỗ trợ thêm."))
    assert (310, "07/2022/NQ-HĐND") in [(o.value, o.document) for o in f.outcomes]
    # a news page's headline is no report's title
    g = extract(_ON_PLAN.replace("BÁO CÁO\n", "").format(line="Toàn huyện có 310 hộ thoát nghèo, vượt 5% kế hoạch."))
    assert (310, "20/KH-UBND") not in [(o.value, o.document) for o in g.outcomes]


def test_a_document_s_subject_ends_at_a_comma_before_what_was_done():
    f = extract("Thực hiện Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh về hỗ trợ nhà ở, đã hỗ trợ 140 hộ làm nhà.")
    assert [(o.value, o.document) for o in f.outcomes] == [(140, "07/2022/NQ-HĐND")]
    # near miss: a figure inside the subject names the document, it is no result
    g = extract("Thực hiện Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh về hỗ trợ nhà ở cho 140 hộ nghèo.")
    assert g.outcomes == []


def test_a_report_s_results_go_to_the_document_its_title_reports_on_when_it_implements_none():
    f = extract("UBND TỈNH ĐÔNG SƠN\nSố: 31/BC-UBND\n\nBÁO CÁO\nKết quả 2 năm thực hiện Nghị quyết số 09/2022/NQ-HĐND "
                "của HĐND tỉnh về hỗ trợ sản xuất\n\nCăn cứ Quyết định số 255/QĐ-TTg của Thủ tướng Chính phủ, "
                "UBND tỉnh báo cáo như sau:\nSau 2 năm, ngân sách tỉnh đã hỗ trợ 64 tỷ đồng cho 910 hộ.\n")
    assert sorted((o.value, o.document) for o in f.outcomes) == [(64, "09/2022/NQ-HĐND"), (910, "09/2022/NQ-HĐND")]
    # near miss: a title that names no document leaves them to none
    g = extract("UBND TỈNH ĐÔNG SƠN\nSố: 31/BC-UBND\n\nBÁO CÁO\nKết quả 2 năm hỗ trợ sản xuất\n\n"
                "Sau 2 năm, ngân sách tỉnh đã hỗ trợ 64 tỷ đồng cho 910 hộ.\n")
    assert sorted((o.value, o.document) for o in g.outcomes) == [(64, None), (910, None)]


def test_a_count_of_programmes_the_funds_belong_to_names_them():
    text = ("Năm 2024, tổng vốn 3 chương trình mục tiêu quốc gia của huyện Đông Sơn Hà được giao 210 tỷ đồng, đã giải "
            "ngân 168 tỷ đồng, đạt 80%.")
    assert _kinds(text) == ([210], [80, 168])     # the sum given is a target, point (z); the count names no figure
    # near miss: a count of projects finished is a result of its own
    assert _kinds("Năm 2024, huyện đã hoàn thành 3 dự án, giải ngân 168 tỷ đồng.") == ([], [3, 168])


_SESSION = ("HĐND huyện Đông Sơn Hà họp cuối năm\n\n"
            "Ngày 12/12/2024, HĐND huyện Đông Sơn Hà đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm "
            "2025. Theo đó, thu nhập bình quân đầu người đạt 61 triệu đồng; tỷ lệ trường đạt chuẩn quốc gia đạt 88%.\n\n"
            "Tỷ lệ hộ dùng nước sạch đạt 71%.\n\n"
            "Năm 2024, thu nhập bình quân đầu người ước đạt 57 triệu đồng.\n")


def test_a_council_s_plan_for_the_year_ahead_states_its_goals_with_dat():
    f = extract(_SESSION)
    assert sorted((t.value, t.period) for t in f.targets) == [(61, "2025"), (71, "2025"), (88, "2025")]
    assert [o.value for o in f.outcomes] == [57]


def test_the_same_sentences_in_a_report_on_the_year_are_results():
    # near miss: the year the session reviews is the text's own, no plan ahead
    f = extract(_SESSION.replace("xã hội năm 2025", "xã hội năm 2024"))
    assert f.targets == [] and sorted(o.value for o in f.outcomes) == [57, 61, 71, 88]


def test_who_came_to_a_congress_is_no_result():
    f = extract("Ngày 5/5/2024, Hội Cựu chiến binh huyện Đông Sơn Hà tổ chức Đại hội lần thứ VIII. Dự Đại hội có bà Lò Thị "
                "Mai - Phó Chủ tịch Hội tỉnh; ông Hà Văn Bình - Phó Bí thư Huyện ủy cùng 150 đại biểu chính thức đại diện "
                "cho hơn 8.200 hội viên toàn huyện. Nhiệm kỳ qua, Hội đã kết nạp 640 hội viên.")
    assert f.targets == [] and [o.value for o in f.outcomes] == [640]


def test_what_is_left_to_reach_a_goal_is_no_goal():
    f = extract("Kế hoạch đặt chỉ tiêu đến năm 2030 có 80% hộ dùng nước sạch, như vậy còn 6 điểm phần trăm phải phấn đấu.")
    assert [t.value for t in f.targets] == [80]
    # near miss: 'còn' before a goal's own figure
    g = extract("Phấn đấu đến năm 2030 tỷ lệ hộ nghèo còn 2%.")
    assert [t.value for t in g.targets] == [2]


def test_a_figure_said_bare_after_results_goes_on_with_them():
    f = extract("Tin tổng kết\n\nNăm 2024, huyện Đông Sơn Hà có 17/21 chỉ tiêu đạt và vượt kế hoạch. Thu nhập bình quân "
                "đầu người 58 triệu đồng.\n\nCác ngành:\n- Nông nghiệp: sản lượng lúa 41.000 tấn, tăng 2%.\n"
                "- Dịch vụ: tổng mức bán lẻ hàng hóa 1.900 tỷ đồng.\n", date=_dt.date(2024, 12, 20))
    assert f.targets == [] and sorted(o.value for o in f.outcomes) == [2, 17, 58, 1900, 41000]


def test_a_bare_figure_after_a_blank_line_or_in_a_plan_is_no_result():
    # near misses: a new paragraph after the results, and the same figure after a plan's goal
    f = extract("Tin tổng kết\n\nNăm 2024, huyện Đông Sơn Hà có 17/21 chỉ tiêu đạt và vượt kế hoạch.\n\nThu nhập bình "
                "quân đầu người 58 triệu đồng.\n", date=_dt.date(2024, 12, 20))
    assert [o.value for o in f.outcomes] == [17]
    g = extract("Tin kỳ họp\n\nNăm 2025, huyện phấn đấu tăng trưởng 8%. Thu nhập bình quân đầu người 62 triệu đồng.\n",
                date=_dt.date(2024, 12, 20))
    assert g.outcomes == []


def test_a_year_heading_a_tab_separated_column_is_no_document():
    f = extract("Chỉ tiêu\tKế hoạch 2024\tThực hiện 2024\nThu ngân sách (tỷ đồng)\t180\t205\n")
    assert f.documents == []


def test_a_tally_of_goals_in_words_before_their_list_is_a_result():
    f = extract("Năm 2024, huyện Đông Sơn Hà đạt và vượt 15/18 chỉ tiêu. Ba chỉ tiêu không đạt gồm: thu hút đầu tư, "
                "lao động có việc làm mới, hợp tác xã thành lập mới.", date=_dt.date(2024, 12, 20))
    assert f.targets == [] and sorted((o.value, o.of) for o in f.outcomes) == [(3, None), (15, 18)]
    assert f.outcomes[-1].unit == "chỉ tiêu (không đạt)"
    # near miss: goals listed after a colon with no state are goals
    g = extract("Nghị quyết xác định chỉ tiêu chủ yếu: tỷ lệ hộ nghèo còn dưới 2%.")
    assert [t.value for t in g.targets] == [2] and g.outcomes == []


# ---------------------------------------------------------------- a result measured against two plans

def test_a_result_measured_against_two_plans_stays_with_the_document_in_context():
    text = ("Thực hiện Nghị quyết số 22/NQ-HĐND của HĐND tỉnh, năm 2024 thu ngân sách trên địa bàn ước đạt 2.310 tỷ "
            "đồng, bằng 108,4% dự toán Trung ương giao và 101,6% dự toán HĐND tỉnh giao.\n")
    f = extract(text)
    plans = {d.key for d in f.documents if d.type == "KH"}
    got = {o.value: o.document for o in f.outcomes}
    assert got[2310] == "22/NQ-HĐND"
    assert len(plans) == 2 and got[108.4] in plans and got[101.6] in plans and got[108.4] != got[101.6]
    # one plan only: the same, the result stays and its share goes to the plan (tests/ANNOTATION.md (a))
    one = extract(text.replace(" và 101,6% dự toán HĐND tỉnh giao", ""))
    got = {o.value: o.document for o in one.outcomes}
    assert got[2310] == "22/NQ-HĐND" and got[108.4].startswith("KH:")


# ---------------------------------------------------------------- a threshold of what is counted; the way of a change

def test_a_threshold_after_an_earlier_figure_qualifies_what_it_counts():
    text = ("Thực hiện Kế hoạch số 17-KH/TU, đến nay toàn tỉnh đã có 212 hợp tác xã có từ 10 thành viên trở lên "
            "được hỗ trợ; đã kiểm tra 100% phương tiện từ 12 m trở lên.\n")
    assert _kinds(text)[1] == [100, 212]
    # near miss: the floor alone in its clause is the figure itself
    alone = extract("Thực hiện Kế hoạch số 17-KH/TU, năm 2024 huyện đã kết nạp từ 300 hội viên trở lên.\n")
    assert [o.value for o in alone.outcomes] == [300]
    # near miss: a range of the figure counted ('từ 10 đến 15') is no threshold
    rng = extract("Thực hiện Kế hoạch số 17-KH/TU, đến nay đã có 212 hợp tác xã, mỗi hợp tác xã từ 10 đến 15 "
                  "thành viên.\n")
    assert 212 in [o.value for o in rng.outcomes]


def test_the_way_of_a_change_is_no_unit_of_its_start():
    f = extract("Thực hiện Kế hoạch số 17-KH/TU, số thôn chưa có chi bộ giảm từ 7 xuống còn 3.\n")
    assert all(o.unit != "xuống còn" and o.value != 7 for o in f.outcomes)
    # near miss: a change with its unit keeps its end and drops its start
    g = extract("Thực hiện Kế hoạch số 17-KH/TU, tỷ lệ hộ nghèo giảm từ 6,2% xuống còn 3,1%.\n")
    assert [o.value for o in g.outcomes] == [3.1]


def test_the_next_item_after_a_present_figure_is_the_same_present_state():
    text = ("Nhiệm kỳ trước, Đảng bộ xã Tân Lập hoàn thành 15/17 chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2020 - 2025. "
            "Xã hiện có hơn 9.000 nhân khẩu, 21 thôn.\n")
    assert _kinds(text)[1] == [15]
    # near miss: the next item of a list of results is a result
    done = text.replace("Xã hiện có hơn 9.000 nhân khẩu, 21 thôn.", "Năm 2024, xã đã kết nạp 14 đảng viên, 21 đoàn viên.")
    assert _kinds(done)[1] == [14, 15, 21]


# ---------------------------------------------------------------- a lead-in that counts the goals met

_MET = ("BÁO CÁO\nTình hình kinh tế - xã hội của xã Tân Lạc Hà\n\n"
        "Trong năm, xã có 7/10 chỉ tiêu đạt và vượt kế hoạch, cụ thể:\n"
        "- Thu ngân sách trên địa bàn đạt 18,4 tỷ đồng.\n"
        "- Tỷ lệ hộ nghèo còn 2,1%.\n")


def test_a_lead_in_that_counts_goals_met_lists_results():
    targets, outcomes = _kinds(_MET)
    assert targets == [] and outcomes == [2.1, 7, 18.4]


def test_a_lead_in_of_goals_with_no_count_met_still_lists_goals():
    # near misses: the goals to reach, and a count of goals set, not met
    for lead in ("Năm tới, xã phấn đấu các chỉ tiêu cụ thể:", "Kế hoạch đề ra 10 chỉ tiêu, cụ thể:"):
        targets, outcomes = _kinds(_MET.replace("Trong năm, xã có 7/10 chỉ tiêu đạt và vượt kế hoạch, cụ thể:", lead))
        assert 18.4 in targets and 18.4 not in outcomes


# ---------------------------------------------------------------- a report on the document it is based on

_BASED = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẠC HÀ\nSố: 77/BC-UBND\n\nBÁO CÁO\nKết quả 6 tháng đầu năm 2025\n\n"
          "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 10/01/2025 của HĐND xã về nhiệm vụ năm 2025, UBND xã báo cáo như sau:\n"
          "1. Thu ngân sách đạt 6,2/10 tỷ đồng.\n"
          "2. Năm 2026 phấn đấu thu ngân sách trên 12 tỷ đồng.\n")


def test_a_report_s_results_go_to_the_one_document_it_is_based_on():
    f = extract(_BASED)
    assert {(o.value, o.document) for o in f.outcomes} == {(6.2, "09/NQ-HĐND")}
    # the goal of the 'A/B' pair goes with its result; the report's goal for the next year stays its own
    assert {(t.value, t.document) for t in f.targets} == {(10, "09/NQ-HĐND"), (12, "77/BC-UBND")}


def test_a_report_based_on_two_documents_gives_its_results_to_neither():
    # near miss: two bases, no way to tell which one the results answer
    two = _BASED.replace("về nhiệm vụ năm 2025,", "về nhiệm vụ năm 2025; Nghị quyết số 11/NQ-HĐND ngày 10/01/2025 "
                                                  "của HĐND xã về dự toán ngân sách năm 2025,")
    f = extract(two)
    assert [o.document for o in f.outcomes if o.value == 6.2] == [None]


def test_a_count_of_a_texts_groups_of_tasks_is_no_goal():
    # how the programme is laid out ('6 nhóm nhiệm vụ, giải pháp'), even where the sentence states an aim
    assert _kinds("Để đạt các mục tiêu trên, Kế hoạch đề ra 6 nhóm nhiệm vụ, giải pháp chủ yếu.") == ([], [])
    assert _kinds("Chương trình phấn đấu năm 2026 có 30 xã đạt chuẩn, với 4 nhóm giải pháp.") == ([30], [])
    # near miss: a tally of the groups done is a result, of all of them
    f = extract("Đến nay, Kế hoạch đã có 5/8 nhóm nhiệm vụ hoàn thành đúng tiến độ.")
    assert [(o.value, o.of) for o in f.outcomes] == [(5, 8)]


# ---------------------------------------------------------------- a result said before the goal it is measured by

_REVIEW_HEAD = "BÁO CÁO\nKết quả thực hiện Nghị quyết số 05-NQ/ĐU năm 2025 của Đảng bộ xã Bình An\n\n"


def test_a_result_before_its_goal_in_the_same_clause_stays_a_result():
    targets, outcomes = _kinds(_REVIEW_HEAD + "Tỷ lệ lao động qua đào tạo đạt 31,5%, mục tiêu trên 35%.")
    assert (targets, outcomes) == ([35], [31.5])
    # each bracket holds its own result and goal, and the count before them qualifies neither
    targets, outcomes = _kinds(_REVIEW_HEAD + "Còn 2 chỉ tiêu chưa đạt là tỷ lệ rác thải được thu gom (đạt 93%, mục tiêu "
                                              "100%) và tỷ lệ lao động qua đào tạo (đạt 31,5%, mục tiêu trên 35%).")
    assert targets == [35, 100] and {31.5, 93} <= set(outcomes)


def test_a_goal_marker_before_the_figure_or_right_after_it_keeps_a_goal():
    # near misses: the marker comes first; a yearly goal's marker right after its figure; a later clause's own goal
    assert _kinds(_REVIEW_HEAD + "Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 45%, phấn đấu có 60% lao động có chứng chỉ.")[0] \
        == [45, 60]
    assert _kinds(_REVIEW_HEAD + "Kết nạp trên 250 đảng viên mỗi năm.")[0] == [250]
    assert 9 in _kinds(_REVIEW_HEAD + "Đề nghị hoàn thành 9 trường nội trú; hằng năm bồi dưỡng 500 giáo viên.")[0]


def test_a_clause_of_results_before_a_later_clauses_goal_stays_results():
    # in a report the clauses are items of a list of results: the goal of the last one measures that one only
    targets, outcomes = _kinds(_REVIEW_HEAD + "Toàn xã có thêm 2 thôn đạt chuẩn văn hóa, nâng tổng số lên 9/11 thôn; thu "
                                              "nhập bình quân đạt 61/65 triệu đồng so với mục tiêu của Nghị quyết đến năm 2025.")
    assert (targets, outcomes) == ([65], [2, 9, 61])
    # and a goal's word in an earlier clause is that clause's: the later result keeps its own goal in brackets
    targets, outcomes = _kinds(_REVIEW_HEAD + "Tổng lượt khách đạt 1,2 triệu lượt, vượt 15% so với mục tiêu; toàn xã có 7 "
                                              "cơ sở lưu trú đạt chuẩn (mục tiêu 5 cơ sở).")
    assert (targets, outcomes) == ([5], [1.2, 7, 15])


def test_near_miss_a_clause_before_an_aim_or_with_its_own_goal_word_keeps_goals():
    # an aim after it ('phấn đấu'): the sentence gives tasks and aims, not results measured against a goal
    targets, outcomes = _kinds(_REVIEW_HEAD + "Yêu cầu các chi bộ tập trung hoàn thành 2 chỉ tiêu còn chưa đạt; phấn đấu "
                                              "đến năm 2026 có 100% thôn đạt chuẩn văn hóa, ít nhất 3 thôn đạt chuẩn kiểu mẫu.")
    assert outcomes == [] and {3, 100} <= set(targets)
    # the marker in the figure's own clause, before it
    assert _kinds(_REVIEW_HEAD + "Đến năm 2025 có thêm 2 thôn đạt chuẩn văn hóa; thu nhập bình quân đạt 61/65 triệu "
                                 "đồng so với mục tiêu.")[0] == [2, 65]


def test_a_figure_after_the_goals_own_figure_goes_on_with_the_result():
    # 'đạt A, Nghị quyết đề ra là B, gấp N lần ...': the multiple is the result's
    targets, outcomes = _kinds(_REVIEW_HEAD + "Thu nhập bình quân đạt 58 triệu đồng, Nghị quyết đề ra là 55 triệu đồng, gấp "
                                              "1,3 lần so với năm 2020.")
    assert (targets, outcomes) == ([55], [1.3, 58])
    # near miss: a part with an aim of its own after the goal's figure is a goal
    targets, outcomes = _kinds(_REVIEW_HEAD + "Thu nhập bình quân đạt 58 triệu đồng, Nghị quyết đề ra là 55 triệu đồng, phấn "
                                              "đấu năm 2026 đạt 62 triệu đồng.")
    assert (targets, outcomes) == ([55, 62], [58])


def test_a_part_of_a_result_measured_against_a_goal_is_a_result():
    f = extract(_REVIEW_HEAD + "Số hợp tác xã thành lập mới đạt 14/10 hợp tác xã theo mục tiêu của Nghị quyết, trong đó 6 hợp "
                               "tác xã có sản phẩm OCOP.")
    assert sorted((o.value, o.of) for o in f.outcomes) == [(6, 14), (14, None)]
    assert [t.value for t in f.targets] == [10]
    # near miss: a part of an aim is an aim
    assert _kinds(_REVIEW_HEAD + "Phấn đấu thành lập mới 14 hợp tác xã, trong đó 6 hợp tác xã có sản phẩm OCOP.") == ([6, 14], [])


def test_results_before_the_level_a_resolution_set_stay_results():
    targets, outcomes = _kinds(_REVIEW_HEAD + "Tỷ lệ hộ nghèo còn 3,2%, giảm 1,1 điểm phần trăm, chưa đạt mức giảm 1,5 điểm "
                                              "phần trăm mà Nghị quyết đề ra.")
    assert (targets, outcomes) == ([1.5], [1.1, 3.2])
    # near miss: the level aimed at after 'phấn đấu' is a goal
    assert _kinds(_REVIEW_HEAD + "Phấn đấu tỷ lệ hộ nghèo còn dưới 2%, mục tiêu Nghị quyết đề ra.") == ([2], [])


def test_the_parts_by_source_of_a_sum_raised_in_the_next_sentence_are_results():
    # (a text that issues its plan: a bare figure after results is no result there unless a rule says so)
    lead = ("UBND huyện ban hành Kế hoạch số 15/KH-UBND ngày 10/01/2024 về thực hiện Chương trình năm 2024.\n\n"
            "Thực hiện Kế hoạch số 15/KH-UBND, ")
    facts = extract(lead + "tổng nguồn lực huy động năm 2024 đạt 210 tỷ đồng. Trong đó: ngân sách tỉnh 40 tỷ đồng; "
                           "vốn tín dụng 95 tỷ đồng; Nhân dân đóng góp 21 tỷ đồng.")
    assert sorted(o.value for o in facts.outcomes) == [21, 40, 95, 210]
    assert {o.document for o in facts.outcomes} == {"15/KH-UBND"}
    # near misses: after a result that is no sum, in a new paragraph, and after a goal, the parts are nobody's result
    facts = extract(lead + "năm 2024 huyện có thêm 3 xã đạt chuẩn nông thôn mới. Trong đó: ngân sách tỉnh 40 tỷ đồng.")
    assert [o.value for o in facts.outcomes] == [3]
    facts = extract(lead + "tổng nguồn lực huy động năm 2024 đạt 210 tỷ đồng.\n\nTrong đó: ngân sách tỉnh 40 tỷ đồng.")
    assert [o.value for o in facts.outcomes] == [210]
    facts = extract(lead + "năm 2025 huyện phấn đấu huy động 250 tỷ đồng. Trong đó: ngân sách tỉnh 40 tỷ đồng.")
    assert not facts.outcomes


# ---------------------------------------------------------------- a plan's baseline inside its list of goals

_GOALS = ("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 204/KH-UBND\nNam Định, ngày 14 tháng 4 năm 2026\nKẾ HOẠCH\n"
          "Phát triển trường học đạt chuẩn giai đoạn 2026 - 2030\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
          "Cụ thể hóa các chỉ tiêu của tỉnh về trường học đạt chuẩn.\n\nII. MỤC TIÊU\n"
          "{opener}, toàn tỉnh có 57% trường tiểu học đạt chuẩn quốc gia.\n"
          "Đến năm 2030, phấn đấu 80% trường tiểu học đạt chuẩn quốc gia.\n")


def test_a_past_year_s_state_opening_a_line_of_the_goals_is_the_plan_s_baseline():
    # how things stood before the plan, said under its goals' heading: neither a goal nor a result
    assert _kinds(_GOALS.format(opener="Năm 2024")) == ([80], [])


def test_a_past_school_year_or_crop_year_opens_a_baseline_as_a_year_does():
    assert _kinds(_GOALS.format(opener="Năm học 2024 - 2025")) == ([80], [])
    assert _kinds(_GOALS.format(opener="Niên vụ 2024-2025")) == ([80], [])


def test_near_miss_the_plan_s_own_year_or_a_goal_word_keeps_the_goal():
    assert _kinds(_GOALS.format(opener="Năm 2026")) == ([57, 80], [])
    assert _kinds(_GOALS.format(opener="Năm 2024, phấn đấu")) == ([57, 80], [])


def test_a_past_crop_year_in_a_plan_s_situation_is_no_result():
    text = ("ỦY BAN NHÂN DÂN HUYỆN EA KAR\nSố: 41/KH-UBND\nEa Kar, ngày 9 tháng 2 năm 2026\nKẾ HOẠCH\n"
            "Tái canh cây cà phê năm 2026\n\nI. THỰC TRẠNG\n"
            "Niên vụ 2024 - 2025, toàn huyện có khoảng 21.300 ha cà phê.\n\nII. MỤC TIÊU\n"
            "Năm 2026, tái canh 750 ha cà phê.\n")
    assert _kinds(text) == ([750], [])


# ---------------------------------------------------------------- a report's contrasts and the programme's components

_CONTRAST = ("Sở Y tế tỉnh Hà Giang báo cáo kết quả thực hiện Kế hoạch số 45/KH-UBND\n\n"
             "Ngày 05/12/2025, Sở Y tế tỉnh Hà Giang có Báo cáo số 120/BC-SYT về kết quả thực hiện Kế hoạch số "
             "45/KH-UBND ngày 10/3/2023 của UBND tỉnh.\n\n"
             "Thực hiện Kế hoạch số 45/KH-UBND, tỷ lệ trẻ em suy dinh dưỡng của tỉnh giảm bình quân 1,2%/năm. "
             "{lead}tỷ lệ trẻ em suy dinh dưỡng của cả nước giảm bình quân 0,8%/năm.\n\n"
             "Theo từng dự án thành phần, Dự án 3 nâng cấp trạm y tế đã cải tạo 42 trạm y tế xã.\n")


def test_the_country_s_rate_for_contrast_and_a_component_s_number_are_no_results():
    assert _kinds(_CONTRAST.format(lead="Cùng giai đoạn, ")) == ([], [1.2, 42])


def test_near_miss_the_country_s_rate_said_as_a_change_stays_a_result():
    assert _kinds(_CONTRAST.format(lead="So với cùng kỳ, ")) == ([], [0.8, 1.2, 42])


def _sentences_weighed(monkeypatch, text: str) -> tuple[list[str], object]:
    """The sentences of ``text`` the figure reader weighs as a goal or a result (its search for a result's verb)."""
    import kg.extract.quantities as quantities

    weighed: list[tuple[int, int]] = []

    class Recorded:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, s, a=0, b=None):
            weighed.append((a, b))
            return self.pattern.search(s, a, len(s) if b is None else b)

        def finditer(self, *args):
            return self.pattern.finditer(*args)
    monkeypatch.setattr(quantities, "OUTCOME", Recorded(quantities.OUTCOME))
    facts = extract(text)
    p = prepare(text)
    return [p.text[s.start:s.end] for s in p.sentences if any(a == s.start for a, _ in weighed)], facts


def test_a_sentence_of_dates_and_document_numbers_alone_is_not_weighed(monkeypatch):
    read, facts = _sentences_weighed(monkeypatch, "Ngày 5/3/2025, UBND huyện Yên Hòa ban hành Kế hoạch số 21/KH-UBND. "
                                                  "Năm 2024, huyện đã giải quyết việc làm cho 1.200 lao động.")
    assert read == ["Năm 2024, huyện đã giải quyết việc làm cho 1.200 lao động."]
    assert [(o.value, o.unit) for o in facts.outcomes] == [(1200, "lao động")]


def test_near_miss_after_results_such_a_sentence_is_weighed_and_ends_them(monkeypatch):
    # a bare figure right after results goes on with them; a sentence between that names a document ends the run
    text = ("Năm 2024, huyện Yên Hòa đã giải quyết việc làm cho 1.200 lao động. Việc này theo Quyết định số "
            "15/QĐ-UBND ngày 3/2/2024 của UBND huyện. Thu nhập bình quân đầu người 62 triệu đồng.")
    read, facts = _sentences_weighed(monkeypatch, text)
    assert "Việc này theo Quyết định số 15/QĐ-UBND ngày 3/2/2024 của UBND huyện." in read
    assert [(o.value, o.unit) for o in facts.outcomes] == [(1200, "lao động")]
    assert [(o.value, o.unit) for o in extract(text.replace(
        " Việc này theo Quyết định số 15/QĐ-UBND ngày 3/2/2024 của UBND huyện.", "")).outcomes] == [
        (1200, "lao động"), (62, "triệu đồng")]
