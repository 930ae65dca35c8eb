"""Results measured against a goal in the same sentence (kg.extract.goal_compare). Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.goal_compare import compared_goal, is_goal_figure, named_as_goal, named_goal_before, names_goal_after_figure
from kg.extract.text import Segment, prepare
from extract_helpers import figure_values as _kinds


def _goal(text: str):
    p = prepare(text)
    return p.folded, compared_goal(p.folded, Segment(0, len(p.folded)))


def test_where_the_compared_goal_begins_and_which_figure_is_its_own():
    f, g = _goal("Năm 2024 kết nạp 612 đảng viên (chỉ tiêu cả nhiệm kỳ 1.000 đảng viên).")
    assert g is not None and is_goal_figure(f, g, f.index("1.000")) and not is_goal_figure(f, g, f.index("612"))
    # near miss: a goal's word with no figure before it is no comparison
    assert _goal("Mục tiêu đến năm 2025 có 90% hộ dùng nước sạch.")[1] is None


def test_a_margin_over_the_goal_is_a_result():
    f = extract("Năm 2024, tỷ lệ che phủ rừng của huyện đạt 45,5%, cao hơn 0,5% so với mục tiêu.")
    assert sorted((o.value, o.of) for o in f.outcomes) == [(0.5, None), (45.5, None)] and not f.targets
    # near miss: a goal set as a margin over a level is a goal
    f = extract("Huyện phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 47%, cao hơn 1,5% so với năm 2025.")
    assert sorted(t.value for t in f.targets) == [1.5, 47] and not f.outcomes


_PAGE = "Thứ Sáu, 8/3/2024\nThực hiện {doc} của Ban Thường vụ Huyện ủy, {body}\n"
# (document, body, the goal's figure, the results, (the goal's words, a near miss in their place))
_GOAL_IN_BRACKETS = [
    ("Nghị quyết số 14-NQ/HU", "đến nay diện tích cam đạt 2.140 ha, vượt 7% mục tiêu Nghị quyết (2.000 ha).", 2000, [7, 2140],
     ("vượt 7% mục tiêu Nghị quyết (2.000 ha)", "trong đó cam đường (1.200 ha)")),
    ("Kế hoạch số 21-KH/HU", "năm 2023 huyện đã hỗ trợ nhà ở cho 230 hộ, vượt 15% so với kế hoạch (200 hộ).", 200, [15, 230],
     ("vượt 15% so với kế hoạch (200 hộ)", "vượt 15% so với kế hoạch, tập trung ở 3 xã")),
    ("Kế hoạch số 21-KH/HU", "tỷ lệ lao động qua đào tạo đạt 68%, thấp hơn chỉ tiêu Kế hoạch đề ra (70%); 12/15 xã có trung "
     "tâm học tập cộng đồng.", 70, [12, 68], ("thấp hơn chỉ tiêu Kế hoạch đề ra (70%)", "tăng so với năm trước (65%)")),
]


@pytest.mark.parametrize("doc,body,goal,results,near_miss", _GOAL_IN_BRACKETS)
def test_a_goal_figure_in_brackets_after_the_goal_s_words(doc, body, goal, results, near_miss):
    text = _PAGE.format(doc=doc, body=body)
    f = extract(text)
    assert [(t.value, t.document) for t in f.targets] == [(goal, doc.split()[-1])]
    assert sorted(o.value for o in f.outcomes) == results
    # near miss: a figure in brackets after no goal's words, or a plan's word with no figure after it, is no goal
    assert not any(t.value == goal for t in extract(text.replace(*near_miss)).targets)


def test_a_bound_in_the_brackets_after_the_goal_of_a_document():
    f = extract(_PAGE.format(doc="Nghị quyết số 14-NQ/HU", body="đến nay diện tích cam đạt 2.140 ha, chưa đạt chỉ tiêu "
                             "của Nghị quyết (từ 2.500 ha trở lên)."))
    assert [(t.value, t.comparator) for t in f.targets] == [(2500, ">=")] and [o.value for o in f.outcomes] == [2140]


def test_a_document_word_alone_before_the_goal_figure_in_brackets():
    text = ("UBND HUYỆN AN PHÚ\nBÁO CÁO\nKết quả thực hiện các chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ huyện "
            "nhiệm kỳ 2020 - 2025\n\nI. KẾT QUẢ\n1. Tốc độ tăng giá trị sản xuất bình quân 6,9%/năm (Nghị quyết 6,5%/năm).\n"
            "2. Tỷ lệ hộ nghèo còn 2,4% (Nghị quyết dưới 3%).\n3. Có 7/12 xã đạt chuẩn nông thôn mới (Nghị quyết 9 xã).\n")
    f = extract(text)
    assert sorted((t.value, t.comparator) for t in f.targets) == [(3, "<="), (6.5, "="), (9, "=")]
    assert sorted(o.value for o in f.outcomes) == [2.4, 6.9, 7]
    # the goal is the resolution's the results are measured against, and '(Nghị quyết 9 xã)' is no document of its own
    assert {t.document for t in f.targets} == {o.document for o in f.outcomes} and len({o.document for o in f.outcomes}) == 1
    assert not any(d.number == "9" for d in f.documents)
    # near miss: a resolution named by its number in brackets stays a document
    f = extract(text.replace("(Nghị quyết 9 xã)", "(Nghị quyết 09 của Huyện ủy)"))
    assert any(d.number == "09" for d in f.documents)


def test_a_document_word_and_a_colon_before_the_goal_figure_in_brackets():
    text = ("UBND HUYỆN AN PHÚ\nBÁO CÁO\nKết quả thực hiện Nghị quyết số 41/NQ-HĐND năm 2025\n\nI. KẾT QUẢ\n"
            "1. Tốc độ tăng giá trị sản xuất ước đạt 7,2% (Nghị quyết: 7%).\n")
    f = extract(text)
    assert [(t.value, t.document) for t in f.targets] == [(7, "41/NQ-HĐND")]
    assert [(o.value, o.document) for o in f.outcomes] == [(7.2, "41/NQ-HĐND")]
    # near miss: a colon after the word with no figure after it names no goal
    f = extract(text.replace("(Nghị quyết: 7%)", "(Nghị quyết: đạt)"))
    assert not f.targets and [o.value for o in f.outcomes] == [7.2]


def test_a_multiple_of_the_goal_is_a_result():
    f = extract("Thứ Hai, 8/12/2025\nĐến hết tháng 11/2025, toàn tỉnh có 5.200 hộ đạt danh hiệu gia đình văn hóa từ 3 năm "
                "trở lên, gấp 1,3 lần mục tiêu; trong đó 1.100 hộ ở vùng cao.\n")
    assert sorted(o.value for o in f.outcomes) == [1.3, 1100, 5200] and not f.targets
    # near miss: a multiple set as the goal is a goal
    f = extract("Thứ Hai, 8/12/2025\nMục tiêu đến năm 2030 số hộ đạt danh hiệu gia đình văn hóa gấp 1,5 lần năm 2025.\n")
    assert not f.outcomes


def test_the_goal_s_document_named_between_its_words_and_its_figure():
    f = extract(_PAGE.format(doc="Nghị quyết số 14-NQ/HU", body="năm 2024 huyện thành lập mới 23 doanh nghiệp, vượt chỉ tiêu "
                             "cả năm mà Kế hoạch số 30-KH/UBND đề ra (20 doanh nghiệp)."))
    assert [(t.value, t.document) for t in f.targets] == [(20, "30-KH/UBND")]


_SET_OFF = ("Huyện Đông Sơn Hà tổng kết nhiệm kỳ\n\nNgày 5/10/2025, HĐND huyện tổng kết 5 năm thực hiện Nghị quyết số "
            "30/NQ-HĐND ngày 1/1/2021 của HĐND huyện về phát triển kinh tế - xã hội 5 năm 2021 - 2025.\n\n"
            "Thu nhập bình quân đầu người đạt 64 triệu đồng, nghị quyết đề ra là 60 triệu đồng.\n")


def test_a_goal_set_off_by_a_comma_after_a_result_is_the_one_it_is_measured_against():
    f, g = _goal("Thu nhập bình quân đầu người đạt 64 triệu đồng, nghị quyết đề ra là 60 triệu đồng.")
    assert g is not None and is_goal_figure(f, g, f.index("60")) and not is_goal_figure(f, g, f.index("64"))
    f = extract(_SET_OFF)
    assert [o.value for o in f.outcomes] == [64] and [t.value for t in f.targets] == [60]


def test_a_goal_for_later_after_a_comma_is_no_compared_goal():
    # near miss: the clause after the comma aims ahead, it names no document's goal for the result
    assert _goal("Thu nhập bình quân đầu người đạt 64 triệu đồng, năm 2030 phấn đấu 80 triệu đồng.")[1] is None


def test_a_goal_named_before_its_figure_in_a_report_is_a_target():
    # 'chỉ tiêu' / 'mục tiêu' and then the goal's own figure, with no result's verb between
    text = ("Đến nay, trong 10 chỉ tiêu Kế hoạch đặt ra, có 6 chỉ tiêu đã vượt, 4 chỉ tiêu đạt, trong đó có chỉ tiêu "
            "ít nhất 25 thôn đạt chuẩn văn hóa.")
    targets, outcomes = _kinds(text)
    assert targets == [25] and outcomes == [4, 6]
    # near misses: a goal reached ('vượt chỉ tiêu', 'đạt mục tiêu'), and a result's verb between the goal's words and
    # the figure, leave the figure a result
    assert _kinds("Đến nay, xã đã vượt chỉ tiêu, có 27 thôn đạt chuẩn văn hóa.") == ([], [27])
    assert _kinds("Năm 2024, chỉ tiêu thu ngân sách của xã đã đạt 14 tỷ đồng.") == ([], [14])


def test_a_plans_figure_right_after_so_voi_ke_hoach_is_the_goal():
    assert _kinds("Năm 2024, huyện đã sửa chữa 430 căn nhà, đạt 86% so với kế hoạch 500 căn.") == ([500], [86, 430])
    # a margin of a count or an amount before 'so với mục tiêu', the goal's figure in brackets after it
    text = "Đến nay, toàn huyện có 5.300 ha chè, vượt 300 ha so với mục tiêu Kế hoạch 15 đề ra cho năm 2025 (5.000 ha)."
    assert _kinds(text) == ([5000], [300, 5300])
    # near miss: a year after 'so với kế hoạch' is no figure, and the rise stays a result
    assert _kinds("Năm 2024, xã đã giải ngân 12 tỷ đồng, tăng 5% so với kế hoạch năm 2023.") == ([], [5, 12])


_REPORT = "ĐẢNG ỦY XÃ AN HẢI\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch số 12-KH/ĐU năm 2024\n\n{}\n"


def test_a_goal_named_before_its_figure_in_a_report_is_a_target():
    f = extract(_REPORT.format("Năm 2024, Đảng ủy đặt chỉ tiêu kết nạp 20 đảng viên."))
    assert [t.value for t in f.targets] == [20] and not f.outcomes
    f = extract(_REPORT.format("Chỉ tiêu huyện giao cho xã năm 2024 là xóa 14 căn nhà tạm."))
    assert [t.value for t in f.targets] == [14]


def test_a_figure_done_after_the_goal_s_words_is_a_result():
    # 'kết nạp được 12': the verb with 'được' says what was done, whatever goal is named before it
    f = extract(_REPORT.format("Chỉ tiêu phát triển đảng viên năm 2024 kết nạp được 12 đảng viên mới, đạt 100% kế hoạch."))
    assert 12 in [o.value for o in f.outcomes] and 12 not in [t.value for t in f.targets]
    f = extract(_REPORT.format("Chỉ tiêu giảm nghèo năm 2024 đã giảm 15 hộ nghèo."))
    assert [o.value for o in f.outcomes] == [15] and not f.targets
    # near miss: 'được giao' (assigned) before the figure names the goal's own figure
    f = extract(_REPORT.format("Chỉ tiêu được giao năm 2024 là kết nạp 20 đảng viên."))
    assert [t.value for t in f.targets] == [20]


def test_a_goal_after_a_result_inside_one_bracket_set_off_by_a_comma():
    # '(mới đạt 58%, kế hoạch 70%)': the first figure is the result, the one after the plan's word its goal
    text = ("Năm 2025, Hội Nông dân xã đạt 4 chỉ tiêu, 1 chỉ tiêu chưa đạt là tỷ lệ hội viên tham gia tổ hợp tác "
            "(mới đạt 58%, kế hoạch 70%).")
    f, g = _goal(text)
    assert g is not None and is_goal_figure(f, g, f.index("70%")) and not is_goal_figure(f, g, f.index("58%"))
    facts = extract(text)
    assert [t.value for t in facts.targets] == [70] and 70 not in [o.value for o in facts.outcomes]
    assert 58 in [o.value for o in facts.outcomes]
    # near miss: two results in one bracket, no plan's word after the comma
    f, g = _goal("Năm 2025, tỷ lệ hội viên tham gia tổ hợp tác tăng (năm 2024 đạt 52%, năm 2025 đạt 58%).")
    assert g is None


def test_a_later_clause_s_result_has_its_own_compared_goal():
    # two results in one sentence, each measured against a goal: the second goal's figure is a goal too
    text = ("Nhiệm kỳ qua, Hội kết nạp mới 12.600 hội viên, vượt 26% chỉ tiêu Nghị quyết; tỷ lệ hộ hội viên được "
            "vay vốn đạt 72,4%, vượt chỉ tiêu đề ra (70%).")
    facts = extract(text)
    assert [t.value for t in facts.targets] == [70]
    assert sorted(o.value for o in facts.outcomes) == [26, 72.4, 12600]
    # near miss: a later clause with a result and no goal of its own goes on with results
    facts = extract("Nhiệm kỳ qua, Hội kết nạp mới 12.600 hội viên, vượt 26% chỉ tiêu Nghị quyết; tỷ lệ hộ hội viên "
                    "được vay vốn đạt 72,4% (năm 2020 là 61%).")
    assert not facts.targets and sorted(o.value for o in facts.outcomes) == [26, 61, 72.4, 12600]


_SETS = ("Ngày 21/9/2025, UBND phường Tân An tổng kết việc sửa nhà cho hộ nghèo.\n\n"
         "Kế hoạch 44/KH-UBND của phường {verb} huy động 1.050 ngày công giúp các gia đình sửa nhà; kết quả thanh niên "
         "phường đã góp {done} ngày công.\n")


def test_a_figure_a_document_is_said_to_set_is_its_goal_in_a_sentence_of_results():
    f = extract(_SETS.format(verb="đề ra", done="1.236"))
    assert [(t.value, t.document) for t in f.targets] == [(1050, "44/KH-UBND")]
    assert [o.value for o in f.outcomes] == [1236]


def test_the_plan_of_a_result_said_a_over_b_is_the_goal_set_before_it_not_a_second_one():
    f = extract(_SETS.format(verb="đề ra", done="1.236/1.050"))
    assert [(t.value, t.document) for t in f.targets] == [(1050, "44/KH-UBND")]
    assert [o.value for o in f.outcomes] == [1236]


def test_near_miss_a_document_carried_out_sets_nothing():
    f = extract(_SETS.replace("Kế hoạch 44/KH-UBND của phường {verb} huy động", "Thực hiện Kế hoạch 44/KH-UBND của "
                              "phường, các chi đoàn đã huy động").format(done="1.236"))
    assert not f.targets and sorted(o.value for o in f.outcomes) == [1050, 1236]


_AIM_DONE = ("Ngày 17/11/2024, Thị ủy họp bàn việc thực hiện Chỉ thị số 07-CT/TU ngày 9/5/2024 của Ban Thường vụ Thị ủy về "
             "nhà ở cho hộ nghèo.\n\n{body}\n")


def test_a_goal_s_counted_things_said_already_reviewed_keep_it_a_goal():
    # ('số nhà tạm đã được rà soát': which houses the 100% counts, not a result reached)
    f = extract(_AIM_DONE.format(body="Chỉ thị đặt mục tiêu trong quý III/2025 giúp các hộ dựng lại 90% số căn nhà hư "
                                      "hỏng đã được thống kê."))
    assert [t.value for t in f.targets] == [90] and not f.outcomes


def test_near_miss_things_said_done_with_no_aim_before_are_a_result():
    f = extract(_AIM_DONE.format(body="Đến nay, 90% số căn nhà hư hỏng đã được thống kê, giúp dựng lại."))
    assert not f.targets and [o.value for o in f.outcomes] == [90]


_YEAR_REVIEW = ("Ngày 18/12/2025, UBND tỉnh Quảng Trị tổng kết năm 2025 thực hiện Kế hoạch số 31/KH-UBND về xóa nhà "
                "tạm, nhà dột nát.\n\n{body}\n")


@pytest.mark.parametrize("body, done", [
    ("Năm 2025, toàn tỉnh đã hoàn thành 1.000 căn nhà là mục tiêu Kế hoạch đề ra từ đầu năm.", 1000),
    ("Đến nay, toàn tỉnh đã có 13 xã hoàn thành là chỉ tiêu năm 2025 của Kế hoạch.", 13),
    ("Trong năm, các huyện đã kết nạp được 1.520 hội viên mới là chỉ tiêu cao nhất từ trước đến nay.", 1520),
])
def test_a_result_told_done_then_named_the_goal_it_meets_stays_a_result(body, done):
    # ('đã ... là mục tiêu ...': what was done, said to be what the plan aimed at; the figure was reached, so it is
    # the plan's result, not a goal set anew by the review)
    f = extract(_YEAR_REVIEW.format(body=body))
    assert [o.value for o in f.outcomes] == [done] and not f.targets


def test_a_level_reached_against_another_level_s_quota_stays_with_its_document():
    # point (a): the share and the quota go to the assigning plan (a KH: key), the amount reached to the resolution
    f = extract("Thực hiện Nghị quyết số 05/NQ-HĐND của HĐND xã, thu ngân sách nhà nước trên địa bàn năm 2025 đạt 21,4 "
                "tỷ đồng, bằng 118% dự toán tỉnh giao (18,1 tỷ đồng).")
    got = {o.value: o.document for o in f.outcomes}
    assert got[21.4] == "05/NQ-HĐND" and got[118].startswith("KH:")
    assert [t.document for t in f.targets if t.value == 18.1] == [got[118]]


def test_near_miss_a_result_over_a_numbered_plan_s_goal_is_that_plan_s():
    # (ak) rule 1: the text's own numbered plan, not another level's quota
    f = extract("Thực hiện Nghị quyết số 05/NQ-HĐND của HĐND xã, năm 2025 xã kết nạp 120 đảng viên, vượt chỉ tiêu Kế hoạch "
                "số 12-KH/ĐU đề ra (100 đảng viên).")
    assert {o.value: o.document for o in f.outcomes}[120] == "12-KH/ĐU"


def test_capital_stated_with_la_before_its_disbursement_is_the_goal_it_is_measured_by():
    # point (z): the capital of a programme, its disbursement right after it, is a target of the same document
    f = extract("Năm 2025, xã Tân Lập được giao thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững. Trong tổng "
                "kế hoạch vốn, vốn đầu tư phát triển là 30 tỷ đồng, đã giải ngân 15 tỷ đồng, đạt 50%; vốn sự nghiệp là 12 "
                "tỷ đồng, đã giải ngân 6 tỷ đồng. Cùng với vốn năm 2025, vốn năm 2024 được kéo dài thời gian thực hiện "
                "sang năm 2025 là 4,5 tỷ đồng, đến nay đã giải ngân 2,1 tỷ đồng.")
    assert sorted(t.value for t in f.targets) == [4.5, 12, 30]
    assert sorted(o.value for o in f.outcomes) == [2.1, 6, 15, 50]
    assert {t.document for t in f.targets} == {o.document for o in f.outcomes}


def test_near_miss_capital_raised_or_with_no_disbursement_after_it_stays_a_result():
    f = extract("Năm 2024, tổng vốn huy động là 50 tỷ đồng, đã giải ngân cho vay 40 tỷ đồng.")
    assert not f.targets and sorted(o.value for o in f.outcomes) == [40, 50]
    g = extract("Năm 2024, các hợp tác xã đã huy động vốn, tổng vốn huy động là 50 tỷ đồng, vượt 10% kế hoạch.")
    assert not g.targets and 50 in [o.value for o in g.outcomes]


_DONE_AGAINST = ("Sau 5 năm thực hiện Nghị quyết số 20-NQ/TU, tỉnh đã đạt nhiều kết quả: 100% xã có đường nhựa; xây dựng "
                 "30 trường học. ")


def test_a_goal_said_set_by_a_document_after_its_figure_is_that_document_s():
    f = extract(_DONE_AGAINST + "Chỉ tiêu 100% cơ quan cấp tỉnh, cấp huyện sử dụng hồ sơ điện tử mà Chương trình số "
                "45-CTr/TU đề ra đã hoàn thành.")
    assert [(t.value, t.document) for t in f.targets] == [(100, "45-CTr/TU")]
    # near miss: a document named after the figure without setting it leaves the goal with the text's document
    g = extract(_DONE_AGAINST + "Chỉ tiêu 100% cơ quan cấp huyện sử dụng hồ sơ điện tử mà Chương trình số 45-CTr/TU "
                "nêu đã hoàn thành.")
    assert [(t.value, t.document) for t in g.targets] == [(100, "20-NQ/TU")]


def test_a_goal_s_level_before_the_result_that_falls_short_of_it_is_the_goal():
    f = extract(_DONE_AGAINST + "Riêng chỉ tiêu tỷ lệ hộ dùng nước sạch đạt trên 90% mới đạt 82%.")
    assert [(t.value, t.comparator) for t in f.targets] == [(90, ">=")]
    assert 82 in [o.value for o in f.outcomes] and 90 not in [o.value for o in f.outcomes]
    # near miss: a goal's words before a result with none after it: the figure is the result
    g = extract(_DONE_AGAINST + "Riêng chỉ tiêu tỷ lệ hộ dùng nước sạch đạt 82%, chưa đạt.")
    assert not g.targets and 82 in [o.value for o in g.outcomes]


def test_a_quota_a_place_is_given_to_complete_is_a_goal_though_its_verb_reports():
    f = extract("Theo Quyết định số 58/QĐ-TTg của Thủ tướng Chính phủ, năm 2026 tỉnh Hà Giang được giao hoàn thành "
                "640 căn nhà ở xã hội. Đến nay, toàn tỉnh đã hoàn thành 410 căn.")
    assert [t.value for t in f.targets] == [640] and [o.value for o in f.outcomes] == [410]


def test_near_miss_land_already_given_is_a_result():
    # ('đã được giao': done; and 45 hộ are no place given a quota)
    f = extract("Thực hiện Nghị quyết số 12-NQ/HU, năm 2025 toàn huyện đã được giao 540 ha rừng cho 45 hộ quản lý.")
    assert [o.value for o in f.outcomes] == [540, 45] and not f.targets


def test_a_goal_s_figure_right_after_its_word_with_its_document_after_it_is_the_goal():
    f = extract(_DONE_AGAINST + "Tỷ lệ lao động qua đào tạo có chứng chỉ mới đạt 31,6%, thấp hơn mục tiêu 40% của "
                "Nghị quyết.")
    assert [t.value for t in f.targets] == [40] and 31.6 in [o.value for o in f.outcomes]
    assert 40 not in [o.value for o in f.outcomes]
    # near miss: a margin said after the goal's word, with no document after it, stays a result
    g = extract(_DONE_AGAINST + "Tỷ lệ lao động qua đào tạo có chứng chỉ đã đạt 31,6%, vượt mục tiêu 4% so với năm "
                "trước.")
    assert not g.targets and {4, 31.6} <= {o.value for o in g.outcomes}


def test_the_plan_right_after_the_verb_that_measures_against_it_gives_its_figure_in_brackets():
    f = extract("Năm 2025, tốc độ tăng trưởng ngành công nghiệp ước đạt 9,2%, vượt kế hoạch đề ra (8,5%).")
    assert [(t.value, t.comparator) for t in f.targets] == [(8.5, "=")]
    assert [o.value for o in f.outcomes] == [9.2]
    # near miss: a margin over the plan with no bracket is a result
    g = extract("Năm 2025, thu ngân sách trên địa bàn đạt 48 tỷ đồng, vượt kế hoạch 12%.")
    assert sorted(o.value for o in g.outcomes) == [12, 48] and not g.targets


def test_the_goal_right_after_vuot_chi_tieu_below_the_rate_reached():
    text = "Sau 3 năm thực hiện Kế hoạch số 21-KH/HU, tỷ lệ thôn có nhà văn hóa đạt 93,5%, vượt chỉ tiêu 90%."
    assert _kinds(text) == ([90], [93.5])
    text = "Sau 3 năm thực hiện Kế hoạch số 21-KH/HU, tỷ lệ đảng viên nữ đạt 31%, chưa đạt chỉ tiêu 35%."
    assert _kinds(text) == ([35], [31])
    # near misses: a margin over a plan (the level reached is over 100%), and a margin after a count, are results
    text = "Sau 3 năm thực hiện Kế hoạch số 21-KH/HU, thu ngân sách đạt 125% kế hoạch, vượt chỉ tiêu 25%."
    assert 25 not in _kinds(text)[0]
    text = "Sau 3 năm thực hiện Kế hoạch số 21-KH/HU, xã kết nạp 125 đảng viên, vượt chỉ tiêu 25%."
    assert _kinds(text) == ([], [25, 125])


def test_a_goal_with_a_verdict_after_its_words_is_a_target():
    review = "Tổng kết 5 năm thực hiện Nghị quyết số 07-NQ/HU.\n\nHội nghị chỉ ra hạn chế: {}; hạ tầng còn yếu.\n"
    assert _kinds(review.format("chỉ tiêu tỷ trọng dịch vụ đạt 40% GRDP của huyện không đạt")) == ([40], [])
    assert _kinds(review.format("chỉ tiêu diện tích lúa hữu cơ chiếm 15% diện tích lúa chưa đạt")) == ([15], [])
    # near miss: the level reached with no verdict after it stays a result
    assert _kinds(review.format("chỉ tiêu tỷ trọng dịch vụ đạt 38% GRDP của huyện")) == ([], [38])


_COMMUNE_REVIEW = "Đảng ủy xã tổng kết 5 năm thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/3/2021 của Đảng ủy xã.\n\n{}\n"


def test_the_count_right_after_chua_dat_chi_tieu_above_the_count_reached_is_the_goal():
    f = extract(_COMMUNE_REVIEW.format("Qua 5 năm thực hiện Nghị quyết, số hợp tác xã kiểu mới mới đạt 5 hợp tác xã, "
                                       "chưa đạt chỉ tiêu 9 hợp tác xã."))
    assert [(t.value, t.document) for t in f.targets] == [(9, "05-NQ/ĐU")] and [o.value for o in f.outcomes] == [5]
    # near miss: after 'vượt chỉ tiêu' a count may be the margin over the goal: both stay results
    assert _kinds(_COMMUNE_REVIEW.format("Qua 5 năm thực hiện Nghị quyết, toàn xã kết nạp 125 đảng viên, vượt chỉ tiêu "
                                         "25 đảng viên.")) == ([], [25, 125])


_FUND_REVIEW = "Hội Liên hiệp Phụ nữ tỉnh sơ kết thực hiện Kế hoạch số 60-KH/TU ngày 4/5/2021 của Ban Thường vụ Tỉnh ủy.\n\n{}\n"


def test_a_goal_in_its_own_clause_before_a_result_measured_against_it_stays_a_goal():
    f = extract(_FUND_REVIEW.format("Theo Kế hoạch, đến năm 2025 nguồn vốn tín dụng cho phụ nữ khởi nghiệp phải đạt 12 tỷ "
                                    "đồng; đến nay nguồn vốn đã đạt 9 tỷ đồng, bằng 75% mục tiêu."))
    assert [(t.value, t.period) for t in f.targets] == [(12, "2025")]
    assert sorted(o.value for o in f.outcomes) == [9, 75]
    # near miss: a clause before the ';' with no goal's words of its own reports a result too
    assert _kinds(_FUND_REVIEW.format("Năm 2023, nguồn vốn tín dụng cho phụ nữ khởi nghiệp tăng thêm 2 tỷ đồng; đến nay "
                                      "nguồn vốn đã đạt 9 tỷ đồng, bằng 75% mục tiêu.")) == ([], [2, 9, 75])


_PLAN_THEN_SHARE = [
    # the goal named before its figure, set off from the result by ';'
    "Chỉ tiêu năm 2024 là 500 hộ dùng ví điện tử; đến nay đã có 430 hộ, đạt 86% chỉ tiêu năm.",
    # ... by a comma that turns to what was done by now, the quota given to the place
    "Năm 2024, hội được giao kế hoạch kết nạp 40 hội viên mới, đến nay đã kết nạp 31 hội viên, đạt 77,5% kế hoạch.",
    # ... the plan that gives the place its share
    "Kế hoạch năm 2024 giao xã trồng 120 ha quế; tính đến hết tháng 9 xã đã trồng 96 ha, đạt 80% kế hoạch.",
]


@pytest.mark.parametrize("body", _PLAN_THEN_SHARE)
def test_a_plan_s_figure_before_a_result_given_as_its_share_is_the_goal(body):
    targets, outcomes = _kinds(_FUND_REVIEW.format(body))
    assert len(targets) == 1 and len(outcomes) == 2 and targets[0] > outcomes[0]


def test_a_figure_before_a_share_of_the_plan_with_no_goal_s_words_stays_a_result():
    # near miss: a clause that names no goal before its figure reports a result, though a share of the plan follows
    assert _kinds(_FUND_REVIEW.format("Năm 2023, hội kết nạp 35 hội viên mới, đến nay đã kết nạp thêm 31 hội viên, đạt "
                                      "77,5% kế hoạch.")) == ([], [31, 35, 77.5])
    # near miss: a plan that 'giao' nothing to a place ('giao thông') names no goal's figure
    assert _kinds(_FUND_REVIEW.format("Kế hoạch giao thông nông thôn năm 2024 làm xong 12 km; đến nay đã làm thêm 9 km, "
                                      "đạt 75% kế hoạch.")) == ([], [9, 12, 75])


def test_a_rate_above_or_below_the_goal_named_with_mục_tiêu():
    f = extract("Năm 2025, tốc độ tăng giá trị sản xuất bình quân đạt 4,1%/năm, vượt mục tiêu 3,5%/năm.")
    assert [t.value for t in f.targets] == [3.5] and [o.value for o in f.outcomes] == [4.1]
    f = extract("Năm 2025, tỷ lệ sản phẩm liên kết mới đạt 18%, thấp hơn mục tiêu 25%.")
    assert [t.value for t in f.targets] == [25] and [o.value for o in f.outcomes] == [18]
    # near miss: over 100% the figure after the goal's word is the margin, a result
    f = extract("Năm 2025, giải ngân đạt 125%, vượt mục tiêu 25%.")
    assert f.targets == [] and sorted(o.value for o in f.outcomes) == [25, 125]


_PLAN = "Ngày 10/3/2025, Ban Thường vụ Huyện ủy Tân Phú ban hành Kế hoạch số 45-KH/HU về phát triển kinh tế tập thể.\n\n"
_REVIEW = "Ngày 12/11/2025, Huyện ủy Tân Phú tổng kết 5 năm thực hiện Kế hoạch số 45-KH/HU.\n\n"


def test_a_bracket_naming_a_goal_with_no_figure_labels_the_figure_before_it():
    assert _goal("Đến năm 2027, kết nạp mới 1.500 hội viên (chỉ tiêu cả nhiệm kỳ).")[1] is None
    assert _kinds(_PLAN + "Đến năm 2027, kết nạp mới 1.500 hội viên (chỉ tiêu cả nhiệm kỳ).\n") == ([1500], [])
    # in other words: an aim, the goal's document named in the bracket
    assert _kinds(_PLAN + "Phấn đấu đến năm 2027 thành lập 20 hợp tác xã (mục tiêu của Kế hoạch).\n") == ([20], [])
    # near misses: a bracket with the goal's own figure is the goal a result is measured against; a result stays one
    assert _kinds(_REVIEW + "Trong năm 2025, huyện kết nạp 1.500 hội viên (chỉ tiêu 1.200 hội viên).\n") == ([1200], [1500])
    assert _kinds(_REVIEW + "Năm 2025, huyện kết nạp 1.500 hội viên (chỉ tiêu cả nhiệm kỳ).\n") == ([], [1500])


def test_a_figure_named_a_goal_after_it_is_a_target():
    text = _PLAN + "1.500 hội viên là chỉ tiêu kết nạp mới của cả nhiệm kỳ.\n"
    f = prepare(text).folded
    assert named_as_goal(f, f.index("1.500"), f.index(" la ")) and names_goal_after_figure(f, Segment(0, len(f)))
    assert _kinds(text) == ([1500], [])
    # in other words: no verb at all, and a verb of a result before the figure
    assert _kinds(_PLAN + "20 hợp tác xã mới là mục tiêu Kế hoạch giao cho các xã.\n") == ([20], [])
    assert _kinds(_PLAN + "Số hội viên kết nạp mới đạt 1.500 người là mục tiêu chính của Kế hoạch.\n") == ([1500], [])
    # near misses: set off by a comma (what a result was), another noun after 'là', a count of goals by their state
    assert _kinds(_REVIEW + "Huyện kết nạp 1.500 hội viên, là chỉ tiêu vượt cao nhất.\n") == ([], [1500])
    assert _kinds(_REVIEW + "1.500 hội viên là con số huyện đã kết nạp trong 5 năm.\n") == ([], [1500])
    assert _kinds(_REVIEW + "Trong 10 chỉ tiêu, có 3 chỉ tiêu chưa đạt là chỉ tiêu giảm nghèo, thu nhập và nhà ở.\n") == ([], [3])


def test_a_document_that_sets_its_figure_with_dat_names_a_goal():
    lead = "Thực hiện Nghị quyết số 68/NQ-HĐND, ngành y tế đã đạt 9/10 chỉ tiêu. "
    f = extract(lead + "Riêng số giường bệnh/vạn dân, Nghị quyết đặt 36 giường, ngành mới đạt 34,2 giường.")
    assert [t.value for t in f.targets] == [36] and sorted(o.value for o in f.outcomes) == [9, 34.2]
    # the same in a review that names no document first
    f = extract("Ngày 20/12/2026, Sở Y tế tổ chức tổng kết năm 2026. "
                "Riêng số giường bệnh/vạn dân, Nghị quyết đặt 36 giường, ngành mới đạt 34,2 giường.\n")
    assert [t.value for t in f.targets] == [36] and [o.value for o in f.outcomes] == [34.2]
    # in other words: a plan sets a level ('đặt mức'), or a count a district reached less of
    f = extract(lead + "Riêng số bác sĩ, Kế hoạch của tỉnh đặt mức 12 bác sĩ/vạn dân, ngành đã có 11,4 bác sĩ.")
    assert [t.value for t in f.targets] == [12]
    f = extract("Ngày 20/12/2026, UBND huyện tổng kết Kế hoạch số 45/KH-UBND. Kế hoạch đặt 40 hợp tác xã, huyện mới "
                "thành lập 32 hợp tác xã.\n")
    assert [t.value for t in f.targets] == [40] and [o.value for o in f.outcomes] == [32]
    # near miss: 'đạt' (reaches) folds as 'đặt' does; a plan's figure reached is a result
    f = extract(lead + "Riêng số giường bệnh, kế hoạch đạt 36 giường, vượt 2 giường.")
    assert f.targets == [] and 36 in [o.value for o in f.outcomes]


def test_near_miss_a_plan_that_reaches_a_figure_names_no_goal():
    # 'đạt' folds as 'đặt' does: the source text tells them apart
    p = prepare("Kế hoạch vốn đạt 95 tỷ đồng")
    assert not named_goal_before(p.text, p.folded, 0, p.folded.index("95"))
    p = prepare("Kế hoạch vốn đặt 95 tỷ đồng")
    assert named_goal_before(p.text, p.folded, 0, p.folded.index("95"))
