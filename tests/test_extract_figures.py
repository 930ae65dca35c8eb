"""kg.extract.figures: which numbers are figures (a number with its unit). Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.figures import find_quantities
from kg.extract.text import Segment, prepare


def _figures(text: str) -> list[tuple]:
    p = prepare(text)
    return [(q.value, q.unit) for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)), lambda _: False)]


def test_stars_after_a_counted_noun_rate_it_and_count_nothing():
    assert _figures("Thị xã có 40 nhà nghỉ, trong đó 6 khách sạn 4 sao.") == [(40, "nhà nghỉ"), (6, "khách sạn")]
    assert _figures("Huyện có 21 sản phẩm đạt 3 sao.") == [(21, "sản phẩm")]


def test_near_miss_a_count_after_a_rating_still_counts():
    # the count of rated things is a figure; only the number of stars is not
    assert _figures("Huyện có 3 khu nghỉ dưỡng 5 sao và 12 homestay.") == [(3, "khu nghỉ dưỡng"), (12, "homestay")]


def test_a_unit_of_area_or_volume_keeps_its_power():
    assert _figures("Nhân dân hiến 8.000 m2 đất, nạo vét 1.200 m3 bùn.") == [(8000, "m2 đất"), (1200, "m3 bùn")]
    # near miss: a number glued after another word is no power of it
    assert _figures("Xã có 3 tổ2 dân phố.") == [(3, "tổ")]


def test_a_noun_that_opens_on_dong_counts_things_not_money():
    assert _figures("Công ty lắp 1.250 đồng hồ nước, thăm 400 đồng bào.") == [(1250, "đồng hồ nước"), (400, "đồng bào")]
    # near miss: the currency, bare or in thousands of millions, ends the unit before the next word
    assert _figures("Chi 12 tỷ đồng hỗ trợ đồng bào, thu 500 đồng mỗi lượt.") == [(12, "tỷ đồng"), (500, "đồng")]


def test_a_negation_ends_the_unit():
    assert _figures("Còn 3 xã chưa có vùng chăn nuôi tập trung.") == [(3, "xã")]
    # near miss: without a negation the unit runs on to the predicate as before
    assert _figures("Có 3 xã vùng cao đã có vùng chăn nuôi.") == [(3, "xã vùng cao")]


def test_the_people_a_rate_counts_per_are_no_figure():
    assert _figures("Số bác sĩ trên 10.000 dân đạt 13 bác sĩ.") == [(13, "bác sĩ")]
    # near misses: a count of people with no rate after it, said with 'trên' (more than)
    assert _figures("Huyện hỗ trợ trên 10.000 dân.") == [(10000, "dân")]
    assert _figures("Huyện hỗ trợ trên 10.000 người dân, 25 hộ.") == [(10000, "người dân"), (25, "hộ")]


def test_a_count_of_goals_in_words_is_a_figure():
    assert _figures("Ba chỉ tiêu không đạt.") == [(3, "chỉ tiêu")]
    # near misses: 'năm' (five) is also the year, and a number word before another noun counts nothing here
    assert _figures("Cả năm chỉ tiêu thu ngân sách đạt 120 tỷ đồng.") == [(120, "tỷ đồng")]
    assert _figures("Ba xã đã về đích.") == []


def _pairs(text: str) -> list[tuple]:
    p = prepare(text)
    return [(q.value, q.of, q.planned) for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)), lambda _: False)]


def test_a_count_over_a_smaller_count_is_done_over_planned():
    assert _pairs("Năm 2024 kết nạp 1.230/1.100 hội viên mới.") == [(1230, None, 1100)]
    # near miss: a count over a larger one is a part of its whole
    assert _pairs("Năm 2024 có 34/55 xã đạt chuẩn.") == [(34, 55, None)]


def test_done_over_planned_in_a_goals_words_gives_a_result_and_its_goal():
    from kg.extract import extract
    f = extract("Thứ Hai, 8/1/2024\nNăm 2023, thu nhập bình quân đầu người đạt 61,5/65 triệu đồng so với mục tiêu đến năm "
                "2025 của Nghị quyết.\n")
    assert [o.value for o in f.outcomes] == [61.5] and [t.value for t in f.targets] == [65]
    # near miss: a single amount in the same words is the goal's
    f = extract("Thứ Hai, 8/1/2024\nMục tiêu đến năm 2025 thu nhập bình quân đầu người đạt 65 triệu đồng.\n")
    assert [t.value for t in f.targets] == [65] and not f.outcomes


def test_people_a_rate_is_counted_over_are_no_figure():
    assert _figures("Đạt 30 giường bệnh trên 10.000 dân.") == [(30, "giường bệnh")]
    assert _figures("Đạt 12 bác sĩ trên 10.000 dân, 3 dược sĩ trên 10.000 dân.") == [(12, "bác sĩ"), (3, "dược sĩ")]
    # near miss: a count of people, alone or after another figure with no 'trên' or '/', is a figure
    assert _figures("Huyện có 10.000 dân.") == [(10000, "dân")]
    assert _figures("Xã có 120 hộ với 10.000 dân.") == [(120, "hộ"), (10000, "dân")]


def test_a_span_of_life_measured_is_a_figure():
    assert _figures("Tuổi thọ trung bình đạt 75,5 tuổi.") == [(75.5, "tuổi")]
    assert _figures("Số năm sống khỏe tối thiểu 68 năm.") == [(68, "năm")]


def test_near_miss_an_age_group_or_a_time_taken_is_no_figure():
    assert [u for _, u in _figures("Tiêm vắc-xin cho 1.200 trẻ dưới 5 tuổi.")] == ["trẻ"]  # (the bound is no word of the unit)
    assert _figures("Công trình thi công trong 3 năm.") == []


def test_a_number_inside_a_quoted_name_is_part_of_the_name():
    assert [v for v, _ in _figures('Có 64/90 chi bộ đạt "chi bộ 4 tốt".')] == [64]
    assert [v for v, _ in _figures('Xã giữ vững tiêu chí “5 không, 3 sạch” ở 9 thôn.')] == [9]
    # near miss: a figure before a quoted name counts what the name names
    assert [v for v, _ in _figures('Hội xây 120 "Mái ấm tình thương".')] == [120]


def test_a_wards_or_hamlets_number_is_its_name():
    assert [v for v, _ in _figures("Khu vực phường 5 cũ có 40 hộ, ấp 3 có 12 hộ.")] == [40, 12]
    # near miss: a count of hamlets and a figure after 'nông thôn' still count
    assert [v for v, _ in _figures("Huyện có 14 thôn; xây dựng nông thôn 12 xã.")] == [14, 12]


def test_a_pair_of_percentages_keeps_the_plans_bound():
    p = prepare("Tỷ lệ hộ nghèo 0,8%/dưới 1%, tỷ lệ bao phủ bảo hiểm y tế 96%/trên 95%, hội viên 78,6%/75%.")
    got = [(q.value, q.planned, q.planned_cmp) for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)),
                                                                        lambda _: False)]
    assert got == [(0.8, 1, "<="), (96, 95, ">="), (78.6, 75, "=")]
    # near miss: a bound word after the slash with no percentage closing the figure makes no pair
    p = prepare("Tỷ lệ 0,8%/dưới 1 năm.")
    assert all(q.planned is None for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)), lambda _: False))


def test_a_bound_after_a_share_qualifies_what_the_share_counts():
    assert [v for v, _ in _figures("Hằng năm có trên 85% cơ sở Hội tổ chức ít nhất 2 buổi sinh hoạt chuyên đề.")] == [85]
    assert [v for v, _ in _figures("Có 11/11 xã có ít nhất 1 hợp tác xã kiểu mới.")] == [11]
    # near miss: a frequency is the norm the share is held to, a figure of its own
    assert [v for v, _ in _figures("100% cơ sở được kiểm tra ít nhất 1 lần/năm.")] == [100, 1]
    # near misses: a bound in a clause of its own, or with no share before it, is a figure
    assert [v for v, _ in _figures("100% cơ sở Hội đạt vững mạnh, tổ chức ít nhất 2 buổi sinh hoạt.")] == [100, 2]
    assert [v for v, _ in _figures("Mỗi thôn duy trì ít nhất 1 đội xung kích.")] == [1]


def test_a_bound_after_a_tally_or_share_qualifies_what_it_counts():
    # what the counted things have, not a figure of its own: 'trên 70%' of each park's area, 'dưới 30%' of each plan
    assert _figures("Đến nay 5/6 khu công nghiệp đã lấp đầy trên 60% diện tích.") == [(5, "khu công nghiệp")]
    assert _figures("Có 7/9 xã, phường giải ngân dưới 40% kế hoạch vốn.") == [(7, "xã")]
    assert _figures("Hằng năm 100% huyện, thị xã mở ít nhất 2 lớp tập huấn.") == [(100, "%")]
    # ... where the unit runs up to the bound (no word left between them), and where the bound is 'dưới' or 'hơn',
    # which is no word of the unit: 'huyện giải ngân', not 'huyện giải ngân dưới'
    assert _figures("Năm 2024, 8/10 huyện giải ngân dưới 30% kế hoạch vốn.") == [(8, "huyện giải ngân")]
    assert _figures("Có 5/6 khu công nghiệp lấp đầy trên 60% diện tích.") == [(5, "khu công nghiệp lấp đầy")]
    assert _figures("Có 90% xã duy trì hơn 2 câu lạc bộ.") == [(90, "%")]
    # near misses: the bound after a comma, or after another subject, opens a figure of its own; a frequency stays
    assert _figures("Đến nay 100% thôn có nhà văn hóa, trên 90% hộ dùng nước sạch.") == [(100, "%"), (90, "%")]
    assert _figures("Đến nay 100% thôn có nhà văn hóa, tỷ lệ hộ nghèo dưới 3%.") == [(100, "%"), (3, "%")]
    assert _figures("Có 12/12 chi bộ và trên 95% đảng viên được học tập.") == [(12, "chi bộ"), (95, "%")]
    assert _figures("Có 12 hộ dưới chuẩn nghèo.") == [(12, "hộ dưới chuẩn nghèo")]  # 'dưới' with no figure after it
    assert _figures("Đến nay 100% thôn, trên 90% hộ dùng nước sạch.") == [(100, "%"), (90, "%")]
    assert _figures("100% trường được kiểm tra ít nhất 1 lần/năm.") == [(100, "%"), (1, "lần/năm")]


def test_a_list_of_the_things_counted_closed_by_the_bound_is_the_unit():
    assert _figures("Mỗi năm kết nạp từ 800 đoàn viên thanh niên, học sinh trở lên.") == [(800, "đoàn viên thanh niên, học sinh")]
    # near miss: a comma before another clause ends the unit as before
    assert _figures("Kết nạp 800 đoàn viên thanh niên, phấn đấu 90% chi đoàn vững mạnh.") == [(800, "đoàn viên thanh niên"), (90, "%")]


def test_near_miss_the_end_of_a_change_after_a_share_is_a_figure():
    assert _figures("Nâng tỷ lệ kênh mương được cứng hóa từ 40% lên trên 65%.") == [(40, "%"), (65, "%")]


def test_people_recruited_or_helped_below_the_quota_are_done_over_planned():
    assert _pairs("Đến nay, chi bộ đã kết nạp 18/25 đảng viên.") == [(18, None, 25)]
    assert _pairs("Năm 2024, Hội đã giới thiệu 210/250 hội viên ưu tú cho Đảng.") == [(210, None, 250)]
    assert _pairs("Huyện đã hỗ trợ sửa chữa nhà cho 640/700 hộ.") == [(640, None, 700)]
    # near misses: places helped, and people in a state, are parts of a whole
    assert _pairs("Huyện đã hỗ trợ 12/15 xã xây dựng nhà văn hóa.") == [(12, 15, None)]
    assert _pairs("Đến nay có 430/450 đảng viên được học tập nghị quyết.") == [(430, 450, None)]


def test_the_number_of_what_a_goal_counts_reached_against_it_is_done_over_planned():
    assert _pairs("Năm 2024, số hợp tác xã thành lập mới đạt 12/15 hợp tác xã.") == [(12, None, 15)]
    # near misses: a state counted ('số xã đạt chuẩn'), and another thing than the one counted, are parts of a whole
    assert _pairs("Năm 2024, số xã đạt chuẩn nông thôn mới đạt 34/55 xã.") == [(34, 55, None)]
    assert _pairs("Năm 2024, số hợp tác xã có lãi đạt 12/15 xã.") == [(12, 15, None)]


def test_places_counted_against_all_the_places_are_a_part_of_a_whole():
    # the thing counted is the place the pair names again: 15 is every commune, not a quota
    assert _pairs("Đến nay, số xã có hợp tác xã nông nghiệp đạt 34/55 xã.") == [(34, 55, None)]
    assert _pairs("Năm 2025, số thôn có nhà văn hóa đạt 120/135 thôn.") == [(120, 135, None)]
    # near miss: the same wording counting things set up keeps the pair as done over planned
    assert _pairs("Năm 2025, số hợp tác xã kiểu mới đạt 34/40 hợp tác xã.") == [(34, None, 40)]


def test_a_clock_time_and_a_plenums_number_are_no_figures():
    # the minutes of '07:45' and of '9h15', the plenum of 'Hội nghị TW 8', are not counts of anything
    assert _figures("Cập nhật 07:45 GMT+7, huyện có 12 xã.") == [(12, "xã")]
    assert _figures("Lúc 9h15, xã trao 40 suất quà.") == [(40, "suất quà")]
    assert _figures("Quán triệt Nghị quyết TW 8 khóa XIII cho 120 đảng viên.") == [(120, "đảng viên")]
    # near miss: a sum from the central budget is an amount ('TW' before a unit of money)
    assert _figures("Vốn TW 35 tỷ đồng.") == [(35, "tỷ đồng")]


def test_a_unit_stops_before_whose_the_things_counted_are_and_the_year_of_the_count():
    # 'trực thuộc' says whose the things counted are; a year after the unit dates the count
    assert _figures("Có 14/14 chi bộ trực thuộc hoàn thành, đón 2 triệu lượt khách năm 2024.") == [
        (14, "chi bộ"), (2, "triệu lượt khách")]
    # near miss: 'trực' with no 'thuộc' after it is part of what is counted
    assert _figures("Bố trí 12 cán bộ trực ban.") == [(12, "cán bộ trực ban")]


def test_an_amount_joined_to_a_share_by_with_is_a_figure_of_its_own():
    # 'với hơn 2.000 tỷ đồng' gives the share's amount, not a bound on what the share counts
    assert _figures("Giải ngân được 85% kế hoạch vốn với hơn 2.000 tỷ đồng.") == [(85, "%"), (2000, "tỷ đồng")]
    assert _figures("Đạt 92% kế hoạch, tương ứng hơn 1.100 hộ.") == [(92, "%"), (1100, "hộ")]
    # near miss: a bound right after what the share counts still qualifies it
    assert _figures("Có 85% cơ sở tổ chức ít nhất 2 buổi.") == [(85, "%")]


def test_a_unit_that_closes_its_clause_within_two_more_words_is_taken_whole():
    assert _figures("Thành lập 7 tổ chức hội liên hiệp thanh niên; 5 câu lạc bộ.") == [
        (7, "tổ chức hội liên hiệp thanh niên"), (5, "câu lạc bộ")]
    assert _figures("Tiếp nhận 4.512 hồ sơ thủ tục hành chính, giải quyết đúng hạn.")[0] == (4512, "hồ sơ thủ tục hành chính")
    # near misses: a phrase that goes on past two more words keeps five, and a predicate still ends the unit
    assert _figures("Thành lập 20 tổ hội nông dân nghề nghiệp mới của huyện nhà.") == [(20, "tổ hội nông dân nghề")]
    assert _figures("Có 12 hợp tác xã nông nghiệp kiểu mới được hỗ trợ.") == [(12, "hợp tác xã nông nghiệp")]


def test_a_relative_clause_ends_the_unit():
    assert _figures("Chưa đạt mức giảm 1,5 điểm phần trăm mà Nghị quyết đề ra.") == [(1.5, "điểm phần trăm")]


def test_a_level_before_and_after_takes_its_unit_from_the_counted_noun_before():
    # point (r) of our conventions: 'tăng từ A lên B' with the unit named before both
    assert _figures("Số hợp tác xã tăng từ 140 lên 212.") == [(212, "hợp tác xã")]
    assert _figures("Số hộ nghèo giảm từ 1.200 hộ xuống còn 800.") == [(1200, "hộ"), (800, "hộ nghèo")]


def test_near_miss_a_bare_number_with_no_change_before_it_is_no_figure():
    # no level before it: nothing names what the bare number counts
    assert _figures("Số hợp tác xã tăng 72.") == []
    assert _figures("Hợp tác xã tăng từ 140 lên 212.") == []


def test_steps_up_a_ranking_are_no_figure():
    # point (q): a rank and the steps it moved compare with others
    assert _figures("Chỉ số PAR INDEX xếp thứ 15/63, tăng 8 bậc so với năm 2020.") == []
    assert _figures("Thứ hạng PCI của tỉnh tăng 3 bậc.") == []


def test_near_miss_a_grade_with_no_ranking_before_it_counts():
    assert _figures("Sau 1 năm, 12 cán bộ được nâng 1 bậc lương.") == [(12, "cán bộ"), (1, "bậc lương")]


def test_a_bare_figure_after_the_number_of_what_it_counts_takes_that_unit():
    # 'số <noun> [what is said of it] đạt / là N': the noun names what the bare figure counts
    assert _figures("Số tổ hợp tác có hợp đồng bao tiêu đạt 1.240.") == [(1240, "tổ hợp tác")]
    assert _figures("Số chủ thể OCOP là 315, tăng 40.") == [(315, "chủ thể OCOP")]
    assert _figures("Số chi bộ chưa có đảng viên nữ giảm từ 9 xuống còn 3.") == [(3, "chi bộ")]


def test_near_miss_a_comparison_or_a_result_named_by_no_noun_gives_no_bare_figure():
    # 'so với' folds like 'số với': no noun counted; 'kết quả đạt 742' names nothing counted
    assert _figures("Tăng trưởng so với cùng kỳ đạt 105.") == []
    assert _figures("Kết quả đạt 742.") == []
    assert _figures("Số tổ hợp tác đạt 1.240 tỷ đồng.") == [(1240, "tỷ đồng")]


def test_the_words_before_a_number_that_name_it_match_as_written_without_word_start():
    # _BEFORE_SKIP is written with word_start (the check of the letter before behind each word): the same matches as
    # the alternation as written, on every window of 24 characters before a place of our own sentences
    import re

    from kg.extract.figures import _BEFORE_SKIP
    as_written = re.compile(r"(?<![a-z])(?:so|(?<!hang )(?<!moi )(?<!quan )nam|khoa|lan thu|thu|dieu|khoan|giai doan"
                            r"|nhiem ky|quy|thang|ngay|phong|tap|trang|trung uong|tw|hoi nghi|luot truy cap|luot xem"
                            r"|dien thoai|hotline|tuan|vanh dai|quoc lo|tinh lo|huyen lo|duong tinh|duong huyen|phuong|khu pho|to dan pho|khom"
                            r"|ap|xom|(?<!nong )thon)[ \t]*:?[ \t]*$")
    f = prepare("Nghị quyết số 12, hằng năm 3 lần, mỗi năm 2 đợt, năm 2024, khóa 5, khoản 2, thôn 3, nông thôn 4, "
                "quốc lộ 1, đường tỉnh 398, phường: 5, lượt xem 300, ấp 3, tháp 4, ngày 2, lần thứ 3, tw 6, nhiệm kỳ 2020").folded
    hits = 0
    for at in range(len(f) + 1):
        before = f[max(0, at - 24):at]
        m, n = _BEFORE_SKIP.search(before), as_written.search(before)
        assert (m and m.span()) == (n and n.span()), before
        hits += m is not None
    assert hits > 10


def _parts(text: str) -> list[tuple]:
    p = prepare(text)
    return [(q.value, q.of, q.unit) for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)), lambda _: False)]


def test_trên_alone_between_a_bare_number_and_a_count_names_the_whole():
    # 'N trên M xã': N has no unit of its own, M is counted; the whole is no figure of its own
    assert _parts("Đến nay có 15 trên 38 xã đạt chuẩn nông thôn mới.") == [(15, 38, "xã")]
    assert _parts("Hội hoàn thành 7 trên 9 chỉ tiêu.") == [(7, 9, "chỉ tiêu")]


def test_near_miss_trên_after_a_year_a_larger_number_or_before_an_amount_stays_a_bound():
    # a year before it dates a goal, whose bound 'trên' is
    assert _parts("Phấn đấu đến 2030 trên 50 xã đạt chuẩn.") == [(50, None, "xã")]
    # a number larger than the count is no part of it
    assert _parts("Có 40 trên 38 xã hoàn thành.") == [(38, None, "xã hoàn thành")]
    # an amount after it, and a rate per people, are not a whole
    assert _parts("Giải ngân 8 trên 10 tỷ đồng.") == [(10, None, "tỷ đồng")]
    assert all(of is None for _, of, _ in _parts("Đạt 12 trên 10.000 dân."))
    # and with no number before it, 'trên' is the bound it always was
    assert _parts("Có trên 38 xã đạt chuẩn.") == [(38, None, "xã")]


def test_a_component_of_a_programme_named_by_its_number_is_no_figure():
    assert _figures("Dự án 1 hỗ trợ nhà ở đã hỗ trợ 1.200 hộ.") == [(1200, "hộ")]
    assert _figures("Tiểu dự án 2 thuộc Dự án 5 đã đào tạo nghề cho 300 lao động.") == [(300, "lao động")]
    assert _figures("Việc sắp xếp dân cư theo Dự án 2 còn chậm, mới đạt 40%.") == [(40, "%")]


def test_near_miss_a_project_s_size_or_share_after_its_name_is_a_figure():
    assert _figures("Dự án 120 căn nhà ở xã hội đã hoàn thành.") == [(120, "căn nhà")]
    assert _figures("Dự án 1.500 căn hộ đã khởi công.")[0][0] == 1500


def test_the_whole_country_s_figure_set_beside_the_text_s_own_is_no_figure():
    assert _figures("Cùng thời gian đó, tỷ lệ lao động qua đào tạo của cả nước tăng thêm 2,5%.") == []
    assert _figures("Tỷ lệ giải quyết tin báo của toàn lực lượng cùng thời điểm là 91,2%.") == []
    assert _figures("Tỷ lệ dân thành thị của tỉnh đạt 22,4%, trong khi cả nước là 40,1%.") == [(22.4, "%")]


def test_near_miss_the_country_s_own_result_or_change_and_a_province_s_force_stay_figures():
    assert _figures("Cả nước có 95% xã đã bố trí công an chính quy.") == [(95, "%")]
    # 'so với cùng kỳ' measures a change, no span set beside another
    assert _figures("Tỷ lệ hộ nghèo của cả nước giảm 1,2% so với cùng kỳ.") == [(1.2, "%")]
    assert _figures("Tỷ lệ giải quyết tin báo của toàn lực lượng Công an tỉnh cùng thời điểm là 91,2%.") == [(91.2, "%")]


def test_the_five_word_bound_does_not_cut_a_fixed_term():
    assert _figures("Sở đã thẩm định 46 dự thảo văn bản quy phạm pháp luật của tỉnh.") == [
        (46, "dự thảo văn bản quy phạm pháp luật")]
    assert _figures("Hoàn thành rà soát 2.352 văn bản quy phạm pháp luật của ba tỉnh cũ.") == [
        (2352, "văn bản quy phạm pháp luật")]
    assert _figures("Tiếp nhận 310 hồ sơ giải quyết thủ tục hành chính của xã.") == [
        (310, "hồ sơ giải quyết thủ tục hành chính")]


def test_near_miss_a_unit_that_ends_before_its_bound_is_not_lengthened():
    # the term starts after the fifth word: the bound cuts as before, nothing is added
    assert _figures("Có 12 cán bộ công chức cấp xã mới thực hiện thủ tục hành chính.") == [
        (12, "cán bộ công chức cấp")]
    assert _figures("Đã rà soát 90 văn bản quy phạm pháp luật.") == [(90, "văn bản quy phạm pháp luật")]


def test_the_village_digital_team_is_a_fixed_term():
    assert _figures("Các xã đã lập 865 tổ công nghệ số cộng đồng với nhiều thành viên trẻ.") == [
        (865, "tổ công nghệ số cộng đồng")]


def test_setting_something_up_ends_the_unit_of_what_did_it():
    # the places counted, not what they set up
    assert _figures("Đến nay 17/20 tổ dân phố thành lập câu lạc bộ dưỡng sinh.") == [(17, "tổ dân phố")]
    assert _figures("Có 9 xã thành lập đội xung kích phòng chống thiên tai.") == [(9, "xã")]


def test_near_miss_a_newly_set_up_thing_keeps_its_words():
    # 'thành lập mới' says which of the things are counted: the new ones
    assert _figures("Trong năm có 14 hợp tác xã thành lập mới.") == [(14, "hợp tác xã thành lập mới")]


def test_places_that_open_a_clause_as_its_frame_are_no_figure():
    assert _figures("Đến nay đã lắp 38 trạm. Tuy vậy, tại 4 thôn vùng cao, sóng còn yếu.") == [(38, "trạm")]
    assert _figures("Qua 5 năm, tại 12 xã biên giới đã có 160 tổ tự quản.") == [(160, "tổ tự quản")]


def test_near_miss_the_places_a_verb_reached_are_a_figure():
    assert _figures("Huyện đã phủ sóng ở 12 thôn vùng cao.") == [(12, "thôn vùng cao")]
    # nor is a share of the places that opens a clause a frame: it counts them
    assert _figures("Đến nay, tại 41/58 xã đã có nhà văn hóa đạt chuẩn.") == [(41, "xã")]


def test_a_percentage_after_the_word_for_year_is_a_figure():
    assert _figures("Tăng trưởng 6 tháng đạt 7,2% (kế hoạch cả năm 7,5%).") == [(7.2, "%"), (7.5, "%")]
    # near miss: a bare number after it is the year's number, no figure
    assert _figures("Hội thi năm 3 được tổ chức với 40 đội.") == [(40, "đội")]


def test_one_with_a_scale_word_after_a_bound_is_an_amount():
    assert _figures("Năm 2026 đón trên 1 triệu lượt khách.") == [(1, "triệu lượt khách")]
    # near misses: one of a unit, or a million people, after 'trên' divides a rate
    assert _figures("Đạt 12 bác sĩ trên 1 triệu dân, 60 tạ trên 1 ha.") == [(12, "bác sĩ"), (60, "tạ")]


def test_fairs_counted_in_days_are_no_span_of_time():
    assert _figures("Tổ chức ít nhất 3 ngày hội việc làm.") == [(3, "ngày hội việc làm")]
    # near miss: days alone, unbounded, are a span of time
    assert _figures("Hội thi kéo dài 3 ngày với 40 đội.") == [(40, "đội")]


def test_two_things_counted_together_before_a_change_name_its_unit():
    assert _figures("Số hợp tác xã, tổ hợp tác chuyển lên doanh nghiệp tăng từ 8 lên 19.") == \
        [(19, "hợp tác xã, tổ hợp tác")]
    # near miss: no 'số' before the things counted names no unit: no figure
    assert _figures("Hợp tác xã, tổ hợp tác tăng từ 8 lên 19.") == []


def test_a_clause_s_figures_are_found_once_and_none_in_a_sentence_of_dates_and_numbers():
    from kg.extract.figures import ClauseFigures
    from kg.extract.text import clauses

    p = prepare("Ngày 5/3/2025, UBND huyện ban hành Kế hoạch số 21/KH-UBND. Huyện đã hỗ trợ 40 hộ; xây 12 nhà.")
    figures = ClauseFigures(p.text, p.folded, lambda _: False)
    dated, counted = p.sentences
    assert figures.none_in(dated)
    # near miss: a sentence with a count in its second clause holds figures
    assert not figures.none_in(counted)
    second = clauses(p.folded, counted)[1]
    assert [(q.value, q.unit) for q in figures.of(second)] == [(12, "nhà")]
    assert figures.of(second) is figures.of(second)


def test_a_clause_s_figures_taken_by_the_step_that_changes_them_are_found_afresh_after():
    from kg.extract.figures import ClauseFigures
    from kg.extract.text import clauses

    p = prepare("Huyện đã hỗ trợ 40 hộ; xây 12 nhà.")
    figures = ClauseFigures(p.text, p.folded, lambda _: False)
    first = clauses(p.folded, p.sentences[0])[0]
    kept = figures.of(first)
    taken = figures.take(first)
    assert taken is kept  # (found once: the step that takes them does not find them again)
    taken[0].unit = "% kế hoạch"  # as the figure reader sets a share of a plan's unit
    again = figures.of(first)
    assert again is not taken and [(q.value, q.unit) for q in again] == [(40, "hộ")]


def test_a_growth_said_as_a_multiple_in_words_is_a_ratio():
    assert _figures("Doanh thu du lịch tăng gấp đôi so với năm 2021.") == [(2, "lần")]
    assert _figures("Số hợp tác xã tăng gấp ba lần.") == [(3, "lần")]
    # near misses: two things compared ('cao gấp đôi'), and a multiple that is no growth, give no figure
    assert _figures("Thu nhập từ rừng gỗ lớn cao gấp đôi so với trồng keo.") == []
    assert _figures("Năm nay gấp đôi năm trước.") == []


def test_a_growth_in_words_is_a_result_of_the_sentence():
    from kg.extract import extract

    f = extract("Sau 5 năm thực hiện Nghị quyết số 09-NQ/TU, giá trị xuất khẩu chè đạt 120 triệu USD, tăng gấp đôi "
                "so với năm 2020.")
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(2, "lần"), (120, "triệu USD")]


def test_a_population_after_dan_so_is_the_size_of_a_place():
    # point (p) of tests/ANNOTATION.md: how many people a place has is no result
    assert _figures("Thị xã sau sáp nhập có dân số trên 210.000 người.") == []
    assert _figures("Xã mới rộng 31,4 km2, dân số khoảng 27.600 người.") == [(31.4, "km2")]
    # near misses: a rate of the population, and a goal with words between, are figures
    assert _figures("Tỷ lệ tăng dân số tự nhiên giảm còn 0,95%.") == [(0.95, "%")]
    assert _figures("Quy mô dân số đến năm 2030 khoảng 1,2 triệu người.") == [(1.2, "triệu người")]


def test_the_points_a_meeting_is_linked_to_are_who_took_part():
    assert _figures("Hội nghị được kết nối trực tuyến tới 86 điểm cầu cơ sở.") == []
    assert _figures("Ban Thường vụ tổ chức hội nghị, kết nối với hơn 40 điểm cầu xã, phường.") == []
    # near misses: points reached by a past study, with no 'kết nối', and a link to other things, are figures
    assert _figures("Năm qua, Đảng ủy đã quán triệt Nghị quyết đến 120 điểm cầu.") == [(120, "điểm cầu")]
    assert _figures("Tỉnh đã kết nối tới 35 bệnh viện.") == [(35, "bệnh viện")]


def test_a_threshold_in_the_subject_of_a_rate_is_no_figure():
    assert _figures("Tỷ lệ hợp tác xã có từ 50 thành viên trở lên có lãi đạt 71%.") == [(71, "%")]
    # near misses: the threshold of a goal's own rate, and a threshold with no rate after it, stay figures
    assert _figures("Tỷ lệ hộ dùng nước sạch đạt từ 85% trở lên.") == [(85, "%")]
    assert _figures("Phấn đấu có từ 50 hợp tác xã trở lên.") == [(50, "hợp tác xã")]


def test_the_level_a_thing_started_from_set_against_now_is_no_figure():
    # point (r): the starting level goes to `extra`, the level now is the figure
    assert _figures("Trước năm 2021, cả xã chỉ có 15 hộ nuôi ong, nay đã có 64 hộ.") == [(64, "hộ")]
    assert _figures("Năm 2020, toàn huyện chỉ có khoảng 9 hợp tác xã; đến nay có 31 hợp tác xã.") == [(31, "hợp tác xã")]
    # near misses: 'chỉ' with no level now after it, and a level now with no 'chỉ', keep their figures
    assert _figures("Năm 2024, xã chỉ có 3 hộ tái nghèo.") == [(3, "hộ tái nghèo")]
    assert _figures("Năm 2020, xã có 15 hộ nuôi ong, nay có 64 hộ.") == [(15, "hộ nuôi ong"), (64, "hộ")]


def test_words_that_fold_alike_do_not_skip_a_figure():
    # 'chi' (to spend) folds as 'chỉ' does: a sum spent then, set against what was spent since, stays a figure
    assert _figures("Năm 2020, tỉnh chi 120 tỷ đồng cho giao thông; đến nay đã chi thêm 80 tỷ đồng.") == [
        (120, "tỷ đồng"), (80, "tỷ đồng")]


def test_the_size_of_a_ranked_group_is_no_figure():
    f = extract("Phấn đấu đến năm 2030, tỉnh có ít nhất 3 bệnh viện thuộc nhóm 100 bệnh viện hàng đầu cả nước và đưa chỉ "
                "số cải cách hành chính vào top 10 tỉnh dẫn đầu.")
    assert [t.value for t in f.targets] == [3]
    # near miss: an amount after 'nhôm' (aluminium, folded like 'nhóm') is a figure
    f = extract("Năm 2025, nhà máy xuất khẩu nhôm 20.000 tấn, tăng 10% so với cùng kỳ.")
    assert 20000 in {o.value for o in f.outcomes}


def test_a_rate_per_people_named_before_its_bare_figure_counts_what_it_names():
    f = extract("Năm 2025, số giường bệnh trên 1 vạn dân đạt 28,5 (mục tiêu 30 giường).")
    assert [(o.value, o.unit) for o in f.outcomes] == [(28.5, "giường bệnh/vạn dân")] and [t.value for t in f.targets] == [30]
    # near miss: with no 'số' naming what is counted, a bare number is no figure
    assert not extract("Năm 2025, giường bệnh trên 1 vạn dân đạt 28,5.").outcomes


def test_a_part_of_all_the_places_written_with_the_places_twice_or_after_trong():
    assert _pairs("Đến nay, 34 xã/55 xã đạt chuẩn nông thôn mới.") == [(34, 55, None)]
    assert _pairs("Sau 5 năm, 34 trong 55 xã đạt chuẩn nông thôn mới.") == [(34, 55, None)]
    # near misses: 'trồng' folds like 'trong'; a part larger than its whole; things done against a plan
    assert _pairs("Năm 2025, 12 hộ trồng 50 ha cà phê.")[0][1] is None
    assert all(p[1] is None for p in _pairs("Đến nay, 40 trong 35 xã đạt chuẩn."))
    assert _pairs("Huyện kết nạp 280 đảng viên/300 đảng viên kế hoạch.")[0][:2] == (280, None)


def test_the_plans_word_between_the_slash_and_its_figure_makes_it_done_over_planned():
    assert _pairs("Diện tích cây ăn quả đạt 24.600 ha/mục tiêu 22.000 ha.") == [(24600, None, 22000)]
    assert _pairs("Số hợp tác xã đạt 48 hợp tác xã/kế hoạch 40 hợp tác xã.") == [(48, None, 40)]
    # near miss: another thing after the slash is no plan of the first
    assert [p[0] for p in _pairs("Huyện trồng 2.400 ha/năm lúa và 300 ha ngô.")][-1] == 300


def test_a_time_cut_down_to_a_level_is_a_figure_and_no_bound():
    # the time a procedure takes, cut down to a level: a figure, reported as a result like any level reached
    text = ("Ngày 8/12/2025, UBND xã sơ kết 1 năm thực hiện Kế hoạch số 15/KH-UBND về cải cách hành chính. Năm 2025, "
            "thời gian giải quyết hồ sơ đất đai giảm còn 12 ngày; thời gian chờ tại bộ phận một cửa rút ngắn xuống còn "
            "20 phút.")
    f = extract(text)
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(12, "ngày"), (20, "phút")] and not f.targets
    # near miss: how long something lasted, with no cut, is still no figure
    assert _figures("Đợt kiểm tra kéo dài 12 ngày, mỗi buổi làm việc 20 phút.") == []


def test_the_next_day_of_a_list_of_days_is_no_figure():
    # the second day of 'ngày D/M và D/M' has no 'ngày' of its own: still a day, not 'D of M'
    assert _figures("Các chi bộ gửi báo cáo về Đảng ủy xã trước ngày 20/6 và 20/12 hằng năm.") == []
    assert _figures("Đoàn kiểm tra làm việc tại xã vào ngày 3/4 hoặc 10/4.") == []
    # near miss: a tally after a day and a comma is a figure
    assert _figures("Đến ngày 30/9, 14/16 thôn có điểm wifi.") == [(14, "thôn")]


def _pair(text: str) -> list[tuple]:
    p = prepare(text)
    return [(q.value, q.of, q.planned) for q in find_quantities(p.text, p.folded, Segment(0, len(p.text)), lambda _: False)]


def test_a_count_against_the_plan_named_after_it_is_done_over_planned():
    assert _pair("Năm 2025, toàn xã giảm được 41/45 hộ nghèo theo kế hoạch.") == [(41, None, 45)]
    # other words: the quota a higher level gave, the unit written twice
    assert _pair("Phường đã tập huấn kỹ năng số cho 8.200/9.000 người dân theo chỉ tiêu tỉnh giao.") == [(8200, None, 9000)]
    assert _pair("Đến cuối năm, huyện xây xong 37 căn/40 căn theo kế hoạch.") == [(37, None, 40)]


def test_near_miss_a_share_of_places_with_a_plan_later_in_the_sentence_stays_a_part():
    # the plan's words come after what the places reached, not after the places counted
    assert _pair("Năm 2025, toàn huyện có 19/23 xã đạt chuẩn nông thôn mới theo kế hoạch.") == [(19, 23, None)]
    # a tally of goals against the plan stays a part of the goals it counts
    assert _pair("Xã hoàn thành 12/15 chỉ tiêu kế hoạch năm 2025.") == [(12, 15, None)]
