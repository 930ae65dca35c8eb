"""Targets and outcomes as news of review conferences (sơ kết / tổng kết) write them: the span a result was reached
over, named first; the document the figures belong to; tallies of goals. Each rule with its near miss; texts are
our own."""
from __future__ import annotations

from kg.extract import extract
from extract_helpers import figure_values as _kinds_of

_HEAD = ("Huyện ủy Đông Sơn Hà sơ kết Nghị quyết số 07-NQ/HU\n\n"
         "Ngày 10/11/2025, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 07-NQ/HU "
         "ngày 5/3/2021 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế tập thể.\n\n")


def _kinds(body: str) -> tuple[list, list]:
    """Targets and outcomes of a paragraph told after the review conference's opening."""
    return _kinds_of(_HEAD + body + "\n")


# ---------------------------------------------------------------- the span a result was reached over

def test_a_paragraph_opening_on_the_span_so_far_reports_results():
    # 'hằng năm' there is how often a result came, not a goal's period
    for lead in ("Nửa nhiệm kỳ qua, ", "Từ năm 2021 đến nay, ", "Từ đầu nhiệm kỳ đến nay, ",
                 "Từ khi triển khai Nghị quyết đến nay, "):
        assert _kinds(lead + "hằng năm có trên 90% hợp tác xã hoạt động hiệu quả.") == ([], [90]), lead


def test_the_same_sentence_without_the_span_or_ahead_of_it_sets_a_goal():
    # near miss: no span opens the paragraph
    assert _kinds("Hằng năm có trên 90% hợp tác xã hoạt động hiệu quả.") == ([90], [])
    # near miss: 'từ nay đến năm 2030' looks ahead
    assert _kinds("Từ nay đến năm 2030, hằng năm có trên 90% hợp tác xã hoạt động hiệu quả.") == ([90], [])


def test_a_later_sentence_opening_on_the_span_makes_the_rest_of_its_paragraph_results():
    body = ("Hội hiện có 41 cơ sở. Sau 10 năm thực hiện Nghị quyết, các cấp hội đã phát triển thêm 1.150 hội viên. "
            "Hằng năm, 100% cơ sở hội được xếp loại hoàn thành nhiệm vụ.")
    targets, outcomes = _kinds(body)
    assert targets == [] and 100 in outcomes and 1150 in outcomes
    # near miss: a goal word in the later sentence still sets a goal
    ahead = body.replace("Hằng năm, 100%", "Thời gian tới, phấn đấu hằng năm 100%")
    assert _kinds(ahead)[0] == [100]


# ---------------------------------------------------------------- the document the figures belong to

def test_a_subject_stops_before_the_main_clause_that_counts_results():
    text = ("Sau 3 năm triển khai Kế hoạch số 120/KH-UBND ngày 15/4/2022 của UBND tỉnh về thực hiện Chương trình, "
            "toàn tỉnh có thêm 21 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 96/118 xã.\n")
    got = {(o.value, o.of, o.document) for o in extract("Báo cáo kết quả\n\n" + text).outcomes}
    assert {(21, None, "120/KH-UBND"), (96, 118, "120/KH-UBND")} <= got
    # near miss: a figure inside the subject names the plan ('... đối với 62 xã') and counts nothing
    named = ("Sau 3 năm triển khai Kế hoạch số 120/KH-UBND ngày 15/4/2022 của UBND tỉnh về hỗ trợ 62 xã đặc biệt "
             "khó khăn, toàn tỉnh có thêm 21 xã đạt chuẩn nông thôn mới.\n")
    assert [o.value for o in extract("Báo cáo kết quả\n\n" + named).outcomes] == [21]


def test_a_subject_stops_before_a_year_that_opens_the_main_clause():
    text = ("Thực hiện Chỉ thị số 17-CT/HU của Ban Thường vụ Huyện ủy về vận động xây dựng nhà đại đoàn kết, "
            "năm 2024 huyện đã xóa 120 nhà tạm.\n")
    assert [(o.value, o.document) for o in extract("Tin tức\n\n" + text).outcomes] == [(120, "17-CT/HU")]
    # near miss: a year inside the subject ('... giai đoạn đến năm 2030') is no clause of its own
    inner = ("Thực hiện Chỉ thị số 17-CT/HU của Ban Thường vụ Huyện ủy về xây dựng 120 nhà đại đoàn kết đến năm 2030, "
             "các cấp đã vận động được 5 tỷ đồng.\n")
    assert [o.value for o in extract("Tin tức\n\n" + inner).outcomes] == [5]


_ISSUED = ("Ngày 9/10/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 21-CT/TW của "
           "Ban Bí thư về công tác thanh niên.\n\n"
           "Báo cáo cho biết, thực hiện Chỉ thị số 21-CT/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 30-KH/TU "
           "ngày 2/3/2022 về thực hiện Chỉ thị. Đến nay, toàn tỉnh đã thành lập 48 câu lạc bộ thanh niên.\n")


def test_a_local_plan_issued_for_the_reviewed_directive_goes_on_with_its_paragraph_s_results():
    # (tests/ANNOTATION.md (ak) 2; a directive issued so stays an instrument: tests/test_extract_review_plans.py)
    outcomes = extract(_ISSUED).outcomes
    assert [(o.value, o.document) for o in outcomes] == [(48, "30-KH/TU")]


def test_a_local_plan_the_results_are_said_to_carry_out_keeps_them():
    # near miss: the sentence opens on the local plan ('Thực hiện Kế hoạch số 30-KH/TU ..., đã ...')
    text = _ISSUED.replace("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 30-KH/TU ngày 2/3/2022 về thực hiện Chỉ thị. "
                           "Đến nay, toàn tỉnh",
                           "Ban Thường vụ Tỉnh ủy có Kế hoạch số 30-KH/TU ngày 2/3/2022 về thực hiện Chỉ thị. "
                           "Thực hiện Kế hoạch số 30-KH/TU, toàn tỉnh")
    assert [(o.value, o.document) for o in extract(text).outcomes] == [(48, "30-KH/TU")]


# ---------------------------------------------------------------- tallies of goals

def test_a_tally_names_the_state_of_the_goals_not_which_they_are():
    body = "Qua 5 năm, có 14/16 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo và thu nhập."
    units = {o.value: (o.unit, o.of) for o in extract(_HEAD + body + "\n").outcomes}
    assert units == {14: ("chỉ tiêu (đạt và vượt)", 16), 2: ("chỉ tiêu (chưa đạt)", 16)}


def test_a_tally_state_stops_before_the_goal_named_in_brackets():
    body = "Qua 5 năm, có 6/7 chỉ tiêu đạt và vượt, 1 chỉ tiêu chưa đạt (tỷ lệ đường nội đồng được cứng hóa)."
    units = {o.value: o.unit for o in extract(_HEAD + body + "\n").outcomes}
    assert units == {6: "chỉ tiêu (đạt và vượt)", 1: "chỉ tiêu (chưa đạt)"}


# ---------------------------------------------------------------- a result measured against a plan another level set

def test_a_result_stays_with_the_reviewed_document_and_its_share_goes_to_the_plan_another_level_set():
    # tests/ANNOTATION.md (a): the amount is what the reviewed body achieved; the share is said of the assignment
    body = "Năm 2025, tổng thu ngân sách trên địa bàn ước đạt 520 tỷ đồng, vượt 15% dự toán tỉnh giao."
    docs = {o.value: o.document for o in extract(_HEAD + body + "\n").outcomes}
    assert docs[520] == "07-NQ/HU" and docs[15].startswith("KH:")
    # the same with 'bằng' and a count against a mass organisation's quota
    body = "Năm 2025, kết nạp 1.240 hội viên mới, bằng 124% chỉ tiêu Trung ương Hội giao."
    docs = {o.value: o.document for o in extract(_HEAD + body + "\n").outcomes}
    assert docs[1240] == "07-NQ/HU" and docs[124].startswith("KH:")
    # near misses: a plan with no other level named is the body's own, and an increase over a year before names
    # no plan; both figures keep the reviewed resolution
    for near in ("Năm 2025, tổng thu ngân sách trên địa bàn ước đạt 520 tỷ đồng, bằng 115% kế hoạch.",
                 "Năm 2025, tổng thu ngân sách trên địa bàn ước đạt 520 tỷ đồng, vượt 15% so với năm 2024."):
        assert {o.document for o in extract(_HEAD + near + "\n").outcomes} == {"07-NQ/HU"}, near


# ---------------------------------------------------------------- units of what a review counts

def test_days_of_work_given_are_a_count_and_a_ratio_keeps_its_unit_alone():
    body = ("Qua 5 năm, các cấp hội đã vận động hội viên đóng góp hơn 5.000 ngày công xây dựng nông thôn mới; "
            "tổng vốn huy động đạt 2.300 tỷ đồng, gấp 1,8 lần giai đoạn trước.")
    units = {o.value: o.unit for o in extract(_HEAD + body + "\n").outcomes}
    assert units == {5000: "ngày công", 2300: "tỷ đồng", 1.8: "lần"}
    # near misses: a bare span of days is no result; 'lần' not after 'gấp' keeps what it counts
    near = "Qua 5 năm, mỗi vụ việc được giải quyết trong 5 ngày; các cấp hội đã tổ chức 3 lần kiểm tra."
    assert {o.value: o.unit for o in extract(_HEAD + near + "\n").outcomes} == {3: "lần kiểm tra"}


# ---------------------------------------------------------------- goals under a heading, as plain lines

_PLAN = ("NGHỊ QUYẾT\nvề phát triển kinh tế số của huyện Đông Sơn Hà\n\n"
         "II. MỤC TIÊU\n"
         "1. Các chỉ tiêu chủ yếu đến năm 2030\n"
         "Kinh tế số chiếm 20% giá trị sản xuất\n"
         "Tỷ lệ người trưởng thành có tài khoản thanh toán đạt từ 85 - 90%\n"
         "2. Tầm nhìn đến năm 2045\n"
         "Kinh tế số chiếm trên 35% giá trị sản xuất\n")


def test_plain_lines_under_a_heading_of_goals_are_its_goals():
    got = sorted((x.value, x.comparator, x.period) for x in extract(_PLAN).targets)
    assert got == [(20, "=", "2030"), (35, ">=", "2045"), (85, ">=", "2030")]


def test_a_blank_line_or_the_next_section_ends_the_goals_of_a_heading():
    # near miss: a blank line after the heading's lines; the line after it is no goal of the list
    gap = _PLAN.replace("2. Tầm nhìn đến năm 2045\nKinh tế số chiếm trên 35% giá trị sản xuất\n",
                        "\nKinh tế số hiện chiếm 12% giá trị sản xuất.\n")
    assert sorted(x.value for x in extract(gap).targets) == [20, 85]
    # near miss: a section of tasks ('III. ...') closes the goals
    tasks = _PLAN + "III. NHIỆM VỤ, GIẢI PHÁP\n1. Năm 2024, huyện đã hỗ trợ 120 hộ kinh doanh lên sàn.\n"
    assert 120 not in {x.value for x in extract(tasks).targets}


# ---------------------------------------------------------------- what the meeting itself did

def test_the_speeches_a_meeting_heard_are_no_result():
    body = "Qua 5 năm, hội nghị đã nghe báo cáo tóm tắt và 6 ý kiến phát biểu."
    assert _kinds(body) == ([], [])
    # near miss: opinions gathered from the people over the span are a result of the work
    near = "Qua 5 năm, các cấp hội đã tổ chức 6 cuộc đối thoại với hội viên."
    assert _kinds(near) == ([], [6])


# ---------------------------------------------------------------- lists of results and their lead-ins

def test_a_lead_in_to_results_that_names_its_span_opens_a_list_of_results():
    body = ("Sau 5 năm thực hiện, đạt được một số kết quả nổi bật như sau:\n"
            "• Kết nạp 1.200 hội viên mới;\n• Xây dựng 45 mô hình kinh tế tập thể.")
    assert _kinds(body) == ([], [45, 1200])


def test_a_heading_line_of_results_opens_its_items():
    body = "Kết quả đạt được\n* 18 xã đạt chuẩn nông thôn mới\n* Tỷ lệ hộ nghèo còn 2,3%"
    assert _kinds(body) == ([], [2.3, 18])
    # near miss: a heading line of goals
    assert _kinds(body.replace("Kết quả đạt được", "Chỉ tiêu cụ thể"))[1] == []


def test_in_detail_goes_on_with_what_was_said_before_it():
    results = "Năm 2024, hội đã hỗ trợ 80 hộ. Cụ thể:\n- Xây dựng 12 mô hình;\n- Dạy nghề cho 350 hội viên."
    assert _kinds(results) == ([], [12, 80, 350])
    # near miss: after a goal, its items are goals
    goals = "Hội phấn đấu đến năm 2030 hỗ trợ 80 hộ. Cụ thể:\n- Xây dựng 12 mô hình;\n- Dạy nghề cho 350 hội viên."
    assert _kinds(goals) == ([12, 80, 350], [])


_CHAIN = ("Ngày 6/6/2024, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 9/6/2014 "
          "của Ban Chấp hành Trung ương về phát triển văn hóa và Chương trình hành động số 45-CTr/TU ngày 20/9/2014 "
          "của Tỉnh ủy thực hiện Nghị quyết.\n\n")


def test_a_count_over_the_whole_country_stays_with_the_central_document():
    text = _CHAIN + "Sau 10 năm, cả nước đã có 20 di sản được ghi danh.\n"
    assert [(o.value, o.document) for o in extract(text).outcomes] == [(20, "33-NQ/TW")]
    # near miss: the province's own count belongs to its programme, where the conference reviews the programme (at a
    # review of both, the resolution named first keeps what the text ties to no plan: see test_extract_scope.py)
    chain = ("Ngày 6/6/2024, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình hành động số 45-CTr/TU "
             "ngày 20/9/2014 của Tỉnh ủy thực hiện Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương về "
             "phát triển văn hóa.\n\n")
    local = chain + "Sau 10 năm, toàn tỉnh đã có 35 di tích được xếp hạng.\n"
    assert [(o.value, o.document) for o in extract(local).outcomes] == [(35, "45-CTr/TU")]
    assert [(o.value, o.document) for o in extract(chain + "Sau 10 năm, cả nước đã có 20 di sản được ghi danh.\n")
            .outcomes] == [(20, "33-NQ/TW")]


def test_a_bare_share_of_plan_is_no_share_of_a_budget_estimate_named_before():
    body = ("Năm 2024, thu ngân sách trên địa bàn đạt 356 tỷ đồng, bằng 112% dự toán HĐND huyện giao. "
            "Giải quyết việc làm mới cho 2.150 lao động, đạt 107,5% kế hoạch.")
    docs = {o.value: o.document for o in extract(_HEAD + body + "\n").outcomes}
    assert docs[112].startswith("KH:") and docs[356] == docs[2150] == docs[107.5] == "07-NQ/HU"
    # near miss: a bare share of the estimate goes with the estimate named before it
    near = body.replace("đạt 107,5% kế hoạch", "đạt 107,5% dự toán")
    docs = {o.value: o.document for o in extract(_HEAD + near + "\n").outcomes}
    assert docs[107.5] == docs[112]


def test_the_time_before_a_tally_is_no_state_of_its_goals():
    body = "Theo đó, năm 2024 có 17/19 chỉ tiêu đạt và vượt kế hoạch."
    assert [(o.unit, o.of) for o in extract(_HEAD + body + "\n").outcomes] == [("chỉ tiêu (đạt và vượt kế hoạch)", 19)]


# ---------------------------------------------------------------- aims agreed at the meeting, and the time before

def test_an_aim_the_meeting_agreed_on_is_a_goal():
    for body in ("Hội nghị đã thảo luận, thống nhất mục tiêu đến năm 2030 đón 300.000 lượt khách.",
                 "Ban Thường vụ đã ban hành kế hoạch với mục tiêu hỗ trợ 200 hộ thoát nghèo."):
        assert _kinds(body)[1] == [] and len(_kinds(body)[0]) == 1, body


def test_an_aim_reached_or_followed_by_what_was_done_is_a_result():
    # near misses: 'đã hoàn thành mục tiêu ...'; 'đã đề ra mục tiêu ... và đã đón ...'
    assert _kinds("Qua 5 năm, Đảng bộ đã hoàn thành mục tiêu kết nạp 500 đảng viên.") == ([], [500])
    both = "Năm 2024, huyện đã đề ra mục tiêu thu hút 50.000 lượt khách và đã đón 62.000 lượt."
    assert 62000 in _kinds(both)[1]


def test_how_often_something_happened_before_is_no_goal():
    body = "Trước năm 2021, huyện chỉ đón khoảng 20.000 lượt khách mỗi năm."
    assert _kinds(body)[0] == []
    # near miss: the same words ahead of the text's year set a goal
    assert _kinds("Từ năm 2026, huyện đón khoảng 20.000 lượt khách mỗi năm.")[0] == [20000]


def test_how_often_something_was_done_said_after_results_in_their_paragraph_is_a_result():
    body = ("Năm 2024, toàn huyện kết nạp mới 1.320 hội viên, đạt 110% kế hoạch. Mỗi năm có trên 70% chi hội tổ chức "
            "sinh hoạt chuyên đề.")
    assert _kinds(body) == ([], [70, 110, 1320])
    # the same after a result measured against its goal, which stays a goal
    body = ("Toàn huyện kết nạp mới 1.320 hội viên, đạt 110% chỉ tiêu (1.200 hội viên). Hằng năm có 100% chi hội tổ "
            "chức sinh hoạt chuyên đề.")
    assert _kinds(body) == ([1200], [100, 110, 1320])
    # near miss: in a paragraph of its own, or after goals, 'mỗi năm' sets a goal
    assert _kinds("Năm 2024, toàn huyện kết nạp mới 1.320 hội viên.\n\nMỗi năm có trên 70% chi hội tổ chức "
                  "sinh hoạt chuyên đề.") == ([70], [1320])
    assert _kinds("Phấn đấu đến năm 2030 kết nạp 2.000 hội viên. Mỗi năm có trên 70% chi hội tổ chức sinh hoạt "
                  "chuyên đề.")[0] == [70, 2000]


def test_results_told_before_the_review_names_its_document_are_that_documents():
    text = ("Tin tức\n\n5 năm qua, toàn tỉnh đã cải tạo 1.200 ha chè.\n\n"
            "Đó là kết quả được nêu tại hội nghị sơ kết 5 năm thực hiện Nghị quyết số 09-NQ/TU ngày 10/6/2020 của "
            "Ban Chấp hành Đảng bộ tỉnh về phát triển cây chè, do Tỉnh ủy tổ chức ngày 14/11/2025.\n")
    assert [(o.value, o.document) for o in extract(text).outcomes] == [(1200, "09-NQ/TU")]
    # near miss: a conference that rolls a plan out reviews nothing; the results before it name no document
    rollout = text.replace("hội nghị sơ kết 5 năm thực hiện", "hội nghị triển khai")
    assert [(o.value, o.document) for o in extract(rollout).outcomes] == [(1200, None)]


# ---------------------------------------------------------------- counts that something was done to, and elections

def test_a_count_that_something_was_done_to_is_a_result():
    text = "Tin tức\n\nNăm nay, 1.500 hộ được hỗ trợ vay vốn, 120 nhà được xây mới.\n"
    assert sorted(o.value for o in extract(text).outcomes) == [120, 1500]
    # near misses: money handed down ('được giao') and a present state without 'được'
    near = "Tin tức\n\nNăm nay, 412 tỷ đồng vốn đầu tư được giao cho huyện. Huyện hiện có 320 hộ chăn nuôi.\n"
    assert extract(near).outcomes == []


def test_those_a_congress_elected_are_no_result_and_comrades_are_no_money():
    text = "Tin tức\n\nĐại hội bầu 12 đồng chí đi dự đại hội cấp trên; 35 đồng chí được bầu vào Ban Chấp hành.\n"
    assert extract(text).outcomes == []
    # near miss: comrades admitted over the span are a result, counted in 'đồng chí', not in money
    near = "Tin tức\n\nQua 5 năm, đã kết nạp 45 đồng chí vào Đảng.\n"
    assert [(o.value, o.unit) for o in extract(near).outcomes] == [(45, "đồng chí")]


def test_who_came_to_an_occasion_is_no_result():
    text = ("Tin tức\n\nNgày 5/3/2025, Huyện đoàn tổ chức lễ ra quân. Hơn 500 đoàn viên đã tham gia dọn vệ sinh.\n\n"
            "Ngay sau lễ ra quân, hơn 400 cán bộ và người dân đã thu gom rác.\n")
    assert extract(text).outcomes == []
    # near misses: members trained over a year, people given jobs, no occasion named
    near = ("Tin tức\n\nNăm 2024, 5.000 hội viên đã tham gia các lớp tập huấn.\n\n"
            "Năm 2024, huyện đã giới thiệu việc làm cho 300 người.\n")
    assert sorted(o.value for o in extract(near).outcomes) == [300, 5000]


def test_a_share_inside_a_share_has_no_whole_of_items():
    body = "Qua 5 năm, 100% cơ sở hội được xếp loại hoàn thành nhiệm vụ, trong đó trên 80% hoàn thành xuất sắc."
    assert {o.value: o.of for o in extract(_HEAD + body + "\n").outcomes} == {100: None, 80: None}
    # near miss: a count inside a count keeps its whole
    near = "Qua 5 năm, 45 cơ sở hội được xếp loại hoàn thành nhiệm vụ, trong đó 30 cơ sở hội hoàn thành xuất sắc."
    assert {o.value: o.of for o in extract(_HEAD + near + "\n").outcomes} == {45: None, 30: 45}


def test_a_heading_of_goals_in_a_reports_results_section_heads_results():
    text = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024 của huyện Đông Sơn Hà\n\n"
            "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Các chỉ tiêu chủ yếu\nThu ngân sách đạt 356 tỷ đồng\n"
            "2. Văn hóa - xã hội\nGiải quyết việc làm cho 2.150 lao động.\n")
    assert _kinds_of(text) == ([], [356, 2150])
    # near miss: the same heading under the section of next year's tasks heads goals
    ahead = text + "II. NHIỆM VỤ NĂM 2025\n1. Các chỉ tiêu chủ yếu\nThu ngân sách 380 tỷ đồng\n"
    assert _kinds_of(ahead) == ([380], [356, 2150])


def test_a_tally_of_goals_belongs_to_the_document_named_after_it():
    body = ("Thực hiện Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy, đến nay toàn huyện có 9/12 chỉ tiêu {} "
            "Nghị quyết số 07-NQ/HU đạt và vượt.")
    for gap in ("của", "theo", "thi đua của"):
        f = extract(_HEAD + body.format(gap) + "\n")
        assert [(o.value, o.of, o.document) for o in f.outcomes] == [(9, 12, "07-NQ/HU")], gap
    f = extract(_HEAD + body.format("").replace("  ", " ").replace(" Nghị quyết số 07-NQ/HU đạt và vượt",
                                                                      " đạt và vượt Nghị quyết số 07-NQ/HU") + "\n")
    assert [o.document for o in f.outcomes] == ["07-NQ/HU"]
    # near miss: a document after a comma is no longer the tally's
    f = extract(_HEAD + "Thực hiện Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy, đến nay toàn huyện có 9/12 chỉ tiêu "
                "đạt và vượt, bám sát Nghị quyết số 07-NQ/HU.\n")
    assert [o.document for o in f.outcomes] == ["12-KH/HU"]


# ---------------------------------------------------------------- the goal a tally names, reached 'A/B'

_NAMED = ("Hội nghị sơ kết Kế hoạch số 40-KH/HU ngày 2/3/2021 của Ban Thường vụ Huyện ủy.\n\n"
          "Đối chiếu với các chỉ tiêu của Kế hoạch 40 đến năm 2025, có 5/7 chỉ tiêu đã đạt và vượt; 1 chỉ tiêu đạt trên "
          "80%; 1 chỉ tiêu chưa đạt là số tổ hợp tác thành lập mới (đạt 4/10 tổ hợp tác).\n\n"
          "Đồng chí Bí thư Huyện ủy đề nghị phấn đấu hoàn thành chỉ tiêu 10 tổ hợp tác trong năm 2025.\n")


def test_the_goal_a_tally_names_reached_a_of_b_is_a_result_and_its_goal():
    f = extract(_NAMED)
    assert (4, "tổ hợp tác", None) in [(o.value, o.unit, o.of) for o in f.outcomes]
    # the goal is 10, and named again as a goal in the speech it is kept once
    assert [(t.value, t.unit, t.document) for t in f.targets] == [(10, "tổ hợp tác", "40-KH/HU")]


def test_a_part_of_a_whole_after_a_tally_without_the_verb_is_left_as_it_was():
    # near miss: '(4/10 xã có tổ hợp tác)' says no 'đạt': a part of a whole, no pair of done and planned;
    # the goal named in the speech has no earlier twin and stays
    f = extract(_NAMED.replace("(đạt 4/10 tổ hợp tác)", "(4/10 xã có tổ hợp tác)"))
    assert 4 not in [o.value for o in f.outcomes]
    assert (10, "tổ hợp tác") in [(t.value, t.unit) for t in f.targets]


def test_a_share_after_a_result_is_a_result_but_a_bare_share_is_a_state():
    from kg.extract import extract as _extract
    lead = "Thực hiện Kế hoạch số 12-KH/TU, "
    got = {o.value for o in _extract(lead + "toàn tỉnh đã kết nạp 27.840 hội viên, chiếm 91,3% phụ nữ từ 18 tuổi.").outcomes}
    assert got == {27840, 91.3}
    # near miss: a share with no result before it in its sentence is how things are
    assert _extract(lead + "doanh nghiệp nhỏ và siêu nhỏ chiếm 97%.").outcomes == []


def test_the_size_of_an_elected_committee_and_those_present_are_no_results():
    facts = extract("Đại hội Hội Cựu chiến binh xã đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí. Hội nghị có sự có mặt "
                    "của 60 hội viên tiêu biểu. Nhiệm kỳ qua, Hội kết nạp 240 hội viên mới.\n")
    assert [(o.value, o.unit) for o in facts.outcomes] == [(240, "hội viên mới")]


# ---------------------------------------------------------------- a tally's assessments (point (m) of our conventions)

def test_a_tally_gives_outcomes_only_for_goals_it_reports_reached():
    # 'có khả năng đạt', 'khó đạt', 'đúng / chậm tiến độ' are an interim review's forecast, not results
    f = extract(_HEAD + "Trong 10 chỉ tiêu, có 4 chỉ tiêu đạt, 5 chỉ tiêu có khả năng đạt, 1 chỉ tiêu khó đạt.\n")
    assert [(o.value, o.of) for o in f.outcomes] == [(4, 10)]
    f = extract(_HEAD + "Có 6 chỉ tiêu đạt và vượt, 3 chỉ tiêu đúng tiến độ, 2 chỉ tiêu chậm tiến độ.\n")
    assert [o.value for o in f.outcomes] == [6]


def test_a_tally_said_behind_the_schedule_at_more_length_is_an_assessment():
    f = extract(_HEAD + "Sau 9 tháng, 3/5 chỉ tiêu đạt trên 80% kế hoạch năm; 2 chỉ tiêu còn chậm so với tiến độ.\n")
    assert [(o.value, o.of) for o in f.outcomes] == [(3, 5)]
    # near miss: goals the report says were not reached are a result, whatever follows
    f = extract(_HEAD + "Sau 9 tháng, 3/5 chỉ tiêu đạt trên 80% kế hoạch năm; 2 chỉ tiêu chưa đạt so với kế hoạch.\n")
    assert sorted((o.value, o.of) for o in f.outcomes) == [(2, 5), (3, 5)]


def test_a_tally_of_goals_not_reached_stays_a_result():
    # near miss: 'chưa đạt' at the end of the term is a result
    f = extract(_HEAD + "Trong 10 chỉ tiêu, có 8 chỉ tiêu đạt, 2 chỉ tiêu chưa đạt.\n")
    assert sorted((o.value, o.of) for o in f.outcomes) == [(2, 10), (8, 10)]


def test_the_whole_of_an_assessed_tally_still_counts_for_the_next():
    # the assessed count carries its whole to the rest of the tally
    f = extract(_HEAD + "Có 7/10 chỉ tiêu có khả năng đạt, 3 chỉ tiêu đạt.\n")
    assert [(o.value, o.of) for o in f.outcomes] == [(3, 10)]


# ---------------------------------------------------------------- a level before and after (point (r) of our conventions)

def test_a_change_from_a_level_to_another_after_a_document_s_subject_gives_the_later_level():
    # the clause after the subject 'về ...' is the report, not the subject's tail
    f = extract("Sau 5 năm thực hiện Nghị quyết số 12-NQ/TU ngày 5/6/2020 của Tỉnh ủy về phát triển kinh tế tập thể, "
                "số hợp tác xã tăng từ 140 lên 212; tỷ lệ hộ nghèo giảm từ 6,5% xuống còn 2,1%.\n")
    assert sorted((o.value, o.unit, o.document) for o in f.outcomes) == [(2.1, "%", "12-NQ/TU"), (212, "hợp tác xã", "12-NQ/TU")]


_LABELLED = "Huyện hiện có 41 hợp tác xã. Qua 5 năm, các hợp tác xã mở rộng sản xuất.\n{label}: các hội làm mới 46 công trình; trồng 1.200 cây xanh."


def test_lines_under_labels_of_their_own_after_a_span_s_results_go_on_with_them():
    # 'Phong trào "...": ...' lines right after the paragraph that opened the span: its results, though no 'đã' says so
    assert _kinds(_LABELLED.format(label='Phong trào "Nông dân thi đua"') + "\nVề kinh tế tập thể: thành lập 12 tổ hợp tác.") \
        == ([], [12, 46, 1200])
    # near misses: a label that heads what is to be done; a label line after a paragraph that reports no span; one
    # after another paragraph between it and the span's
    assert _kinds(_LABELLED.format(label="Nhiệm vụ thời gian tới")) == ([], [])
    assert _kinds("Huyện hiện có 41 hợp tác xã, các hợp tác xã mở rộng sản xuất.\nPhong trào \"Nông dân thi đua\": các "
                  "hội làm mới 46 công trình.") == ([], [])
    assert _kinds("Qua 5 năm, các hợp tác xã mở rộng sản xuất.\n\nĐồng chí Bí thư đề nghị các xã tiếp tục cố gắng.\n"
                  "Phong trào \"Nông dân thi đua\": làm mới 46 công trình.") == ([], [])


def test_a_change_whose_later_level_follows_con_alone_gives_the_later_level():
    # 'giảm từ A (when) còn B': 'còn' with no 'xuống' before it still names the later level (point (r))
    assert _kinds("Sau 5 năm, tỷ lệ hộ nghèo giảm từ 4,8% (cuối năm 2020) còn 1,9%.") == ([], [1.9])
    f = extract(_HEAD + "Sau 5 năm, số hộ nghèo giảm từ 320 còn 115.\n")
    assert [(o.value, o.unit) for o in f.outcomes] == [(115, "hộ nghèo")]
    # near miss: 'còn' after a comma opens a clause of its own, whose figure leaves the one before it a result
    body = "Sau 5 năm, toàn huyện hỗ trợ vay vốn cho 210 hộ, mỗi hộ từ 30 triệu đồng, còn 15 hộ chưa được vay."
    assert _kinds(body) == ([], [15, 30, 210])


def test_a_change_of_a_count_named_with_its_kind_before_it_gives_the_later_level():
    # the thing counted with the words of its kind between it and the change ('số hợp tác xã nông nghiệp kiểu mới làm
    # ăn hiệu quả tăng từ 12 lên 27'): the later level, its unit the whole phrase (up to a qualifier: 'có lãi')
    f = extract(_HEAD + "Sau 5 năm, số hợp tác xã nông nghiệp kiểu mới làm ăn hiệu quả tăng từ 12 lên 27.\n")
    assert [(o.value, o.unit) for o in f.outcomes] == [(27, "hợp tác xã nông nghiệp kiểu mới làm ăn hiệu quả")]
    f = extract(_HEAD + "Sau 5 năm, số hợp tác xã nông nghiệp kiểu mới có lãi tăng từ 12 lên 27.\n")
    assert [(o.value, o.unit) for o in f.outcomes] == [(27, "hợp tác xã nông nghiệp kiểu mới")]
    # near miss: a clause break between the count and the change names no unit for it, and the figure is dropped
    assert _kinds("Sau 5 năm, số hợp tác xã được củng cố, nhiều mô hình tăng từ 18 lên 41.") == ([], [])


def test_near_miss_a_stated_change_is_the_outcome():
    # point (d): the change itself is stated, so it is the result
    f = extract("Sau 5 năm thực hiện Nghị quyết số 12-NQ/TU ngày 5/6/2020 của Tỉnh ủy về phát triển kinh tế tập thể, "
                "toàn tỉnh tăng thêm 72 hợp tác xã.\n")
    assert [(o.value, o.unit) for o in f.outcomes] == [(72, "hợp tác xã")]


def test_a_forecast_or_a_pace_with_the_work_named_is_an_assessment_too():
    f = extract(_HEAD + "Có 5 chỉ tiêu đã đạt và vượt, 10 chỉ tiêu đang triển khai đúng tiến độ, 2 chỉ tiêu dự báo khó "
                "đạt, 6 chỉ tiêu dự kiến đạt vào cuối nhiệm kỳ.\n")
    assert [o.value for o in f.outcomes] == [5]


def test_goals_in_hand_with_their_completion_forecast_are_an_assessment():
    # 'đang triển khai, dự kiến hoàn thành ...': the forecast after a comma still says what is not yet reached;
    # near miss: 'đang thực hiện' alone is the state the tally reports (the shared gold's 004 counts it)
    f = extract(_HEAD + "Có 10 chỉ tiêu đạt và vượt, 3 chỉ tiêu đang triển khai, dự kiến hoàn thành trong quý I/2026, "
                "2 chỉ tiêu đang thực hiện.\n")
    assert sorted(o.value for o in f.outcomes) == [2, 10]


def test_near_miss_goals_reached_in_a_year_past_are_results():
    # 'đạt vào năm 2023' with no forecast word is what was reached
    f = extract(_HEAD + "Có 6 chỉ tiêu đạt vào năm 2023, 2 chỉ tiêu sẽ hoàn thành trong năm 2025.\n")
    assert [o.value for o in f.outcomes] == [6]


def test_a_forecast_of_the_term_s_end_before_a_tally_is_an_assessment():
    f = extract(_HEAD + "Đến nay có 12/20 chỉ tiêu đạt; dự kiến đến hết nhiệm kỳ có thêm 5 chỉ tiêu đạt.\n")
    assert [(o.value, o.of) for o in f.outcomes] == [(12, 20)]
    # near miss: 'ước ... đạt' is how a year's report gives its results before the year closes
    f = extract(_HEAD + "Ước đến hết năm 2025 có 18/20 chỉ tiêu đạt.\n")
    assert [(o.value, o.of) for o in f.outcomes] == [(18, 20)]


def test_a_bare_count_after_results_measured_against_a_goal_goes_on_with_them():
    # the goal in brackets belongs to the result before it; the next sentence of the paragraph is one more result
    body = ("Năm 2025, toàn huyện kết nạp 640 hội viên, vượt 28% chỉ tiêu tỉnh giao (500 hội viên). "
            "Các chi hội phối hợp với doanh nghiệp tổ chức 37 buổi tư vấn tại cơ sở.")
    assert 37 in _kinds(body)[1]
    # near miss: after a sentence that sets a goal, a bare count is no result
    goal = "Năm 2026, toàn huyện phấn đấu kết nạp 700 hội viên. Các chi hội tổ chức 37 buổi tư vấn tại cơ sở."
    assert 37 not in _kinds(goal)[1]


def test_a_level_reached_now_after_the_goal_in_its_sentence_is_a_result():
    for tail in ("; hiện đạt 41,5%.", "; đến hết năm 2024 tỷ lệ này đạt 41,5%.", ", mới đạt 41,5%."):
        body = "Nghị quyết đặt mục tiêu đến năm 2025 có trên 60% hợp tác xã ứng dụng công nghệ số" + tail
        assert _kinds(body) == ([60], [41.5]), tail
    # near miss: 'mới' of new ones that meet a standard is no level reached now
    goal = "Nghị quyết đặt mục tiêu hằng năm có ít nhất 5 hợp tác xã mới đạt chuẩn."
    assert _kinds(goal) == ([5], [])


def test_a_price_is_no_result():
    body = "Năm 2025, toàn huyện trồng mới 120 ha vải, giá bán dao động 20.000 - 35.000 đồng/kg."
    assert _kinds(body) == ([], [120])
    # near miss: the value of output per hectare is a result ('giá trị', not 'giá')
    assert _kinds("Năm 2025, giá trị sản xuất trên 1 ha đạt 420 triệu đồng/ha.") == ([], [420])


def test_what_a_body_asks_another_to_consider_is_no_result():
    body = "Năm 2025, xã đã lắp 3 máy bơm. Xã kiến nghị huyện xem xét cấp thêm 4 máy bơm cho vùng cao."
    assert _kinds(body) == ([], [3])
    # near miss: a recovery an inspection proposed is its result ('kiến nghị thu hồi', no 'xem xét')
    assert _kinds("Qua thanh tra, đã kiến nghị thu hồi 2,7 tỷ đồng.") == ([], [2.7])


def test_the_next_part_of_a_whole_after_a_part_rated_in_stars():
    body = "Đến nay toàn huyện có 46 sản phẩm đạt từ 3 sao trở lên; trong đó có 8 sản phẩm 4 sao và 2 sản phẩm 5 sao."
    assert sorted((o.value, o.of) for o in extract(_HEAD + body + "\n").outcomes) == [(2, 46), (8, 46), (46, None)]


_AWARDS = ("Ngày 3/12/2025, Huyện ủy Mỹ Lộc tổ chức hội nghị tổng kết Chỉ thị số 07-CT/HU ngày 2/3/2021 của Ban "
           "Thường vụ Huyện ủy.\n\nQua 4 năm thực hiện Chỉ thị, các xã xây dựng được 46 mô hình dân vận; "
           "{award}. Huyện đã tổ chức 3 hội nghị biểu dương người tốt, việc tốt.\n")


def test_awards_counted_passive_among_a_span_s_results_are_results():
    facts = extract(_AWARDS.format(award="27 tập thể, 58 cá nhân được các cấp khen thưởng"))
    got = {o.value: o.document for o in facts.outcomes}
    assert got == {46: "07-CT/HU", 27: "07-CT/HU", 58: "07-CT/HU", 3: "07-CT/HU"}
    # near miss: the awards handed out at the occasion the page reports are no result
    facts = extract(_AWARDS.format(award="dịp này, 27 tập thể, 58 cá nhân được khen thưởng"))
    assert {o.value for o in facts.outcomes} == {46, 3}


def test_awards_a_body_gave_among_a_span_s_results_are_results():
    # the awarding body named, as the subject ('Ban Thường vụ Huyện ủy khen thưởng ...') or after 'được' ('được UBND huyện khen
    # thưởng'): awards tallied among the span's results are results of it, those handed out at the occasion are not
    # (tests/ANNOTATION.md (ao))
    for award in ("Ban Thường vụ Huyện ủy khen thưởng 21 tập thể, 35 cá nhân",
                  "21 tập thể, 35 cá nhân được UBND huyện khen thưởng",
                  "21 tập thể, 35 cá nhân được Ủy ban nhân dân huyện khen thưởng",
                  "UBND huyện khen thưởng 21 tập thể, 35 cá nhân", "các cấp khen thưởng 21 tập thể, 35 cá nhân"):
        assert {o.value for o in extract(_AWARDS.format(award=award)).outcomes} == {46, 21, 35, 3}, award
    # near misses: the same awards handed out at the occasion
    for award in ("dịp này, Huyện ủy khen thưởng 21 tập thể", "tại hội nghị, 21 tập thể được UBND huyện khen thưởng",
                  "nhân dịp này, UBND huyện khen thưởng 21 tập thể",
                  "21 tập thể được Chủ tịch UBND huyện tặng giấy khen"):
        assert {o.value for o in extract(_AWARDS.format(award=award)).outcomes} == {46, 3}, award


_SECURED = ("Ngày 10/4/2025, Đảng ủy Quân sự huyện tổ chức sơ kết Kế hoạch số 30-KH/ĐU ngày 2/3/2023.\n\n"
            "Qua 2 năm thực hiện Kế hoạch số 30-KH/ĐU, các xã đã huấn luyện 1.150 dân quân. Lực lượng tự vệ được "
            "kiện toàn với 640 đồng chí, {cue} tỷ lệ 1,2% dân số; dân quân thường trực được biên chế đủ đạt 96,5%.\n")


def test_what_the_work_secured_in_a_span_s_results_sets_no_goal():
    facts = extract(_SECURED.format(cue="bảo đảm"))
    assert not facts.targets
    assert {o.value for o in facts.outcomes} == {1150, 640, 1.2, 96.5}
    # near miss: an aim in the same sentence still sets goals
    facts = extract(_SECURED.format(cue="phấn đấu đến năm 2027 đạt"))
    assert {t.value for t in facts.targets} == {640, 1.2, 96.5}
