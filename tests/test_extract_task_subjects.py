"""The bodies a task names (kg.extract.task_subjects): an inspectorate named by its level alone, the heads of bodies
listed with them, the body a helper helps; each with a near miss. Texts are our own."""
from __future__ import annotations

import pytest
from extract_helpers import assignment_rows


def test_inspectorate_named_by_its_level_is_a_body_of_the_list():
    rows = assignment_rows("Chỉ thị số 03-CT/TU yêu cầu UBND tỉnh chỉ đạo Thanh tra tỉnh, Sở Tài chính phối hợp rà soát "
                           "các khoản chi.")
    assert ("Thanh tra tỉnh", "coordinate") in rows and ("Sở Tài chính", "coordinate") in rows


def test_inspecting_in_lower_case_is_an_act():
    # near miss: 'thanh tra tình hình' is what the body does, no inspectorate
    rows = assignment_rows("Kế hoạch số 40-KH/UBND giao Sở Xây dựng thanh tra tình hình chấp hành quy định về xây dựng.")
    assert rows == {("Sở Xây dựng", "monitor")}


def test_heads_listed_with_the_bodies():
    rows = assignment_rows("Chỉ thị số 05-CT/TU yêu cầu: Các cấp ủy, chính quyền, người đứng đầu cơ quan, đơn vị lãnh đạo "
                           "việc kê khai tài sản đúng hạn.")
    assert rows == {("Các cấp ủy", "lead"), ("Chính quyền", "lead"), ("Người đứng đầu cơ quan, đơn vị", "lead")}


def test_a_head_alone_answers_for_a_task_and_is_no_body():
    # near miss: 'người đứng đầu chịu trách nhiệm' holds a person to account
    rows = assignment_rows("Kế hoạch số 12-KH/TU: người đứng đầu chịu trách nhiệm nếu để xảy ra sai phạm.")
    assert rows == set()


def test_the_body_a_helper_helps_is_no_partner():
    rows = assignment_rows("Kế hoạch số 27-KH/TU giao Văn phòng Tỉnh ủy giúp Thường trực Tỉnh ủy theo dõi, đôn đốc việc "
                           "thực hiện.")
    assert rows == {("Văn phòng Tỉnh ủy", "monitor")}


def test_helping_with_outreach_is_taking_part():
    # near miss: the helper's verbs after the body it helps set its role
    rows = assignment_rows("Kế hoạch số 27-KH/TU đề nghị Đoàn Thanh niên xã giúp Hội Nông dân xã tuyên truyền đến hội viên.")
    assert ("Đoàn Thanh niên xã", "participate") in rows and all(r != "coordinate" for _, r in rows)


def test_tax_office_named_by_its_level():
    rows = assignment_rows("Kết luận số 3-KL/ĐU đề nghị UBND xã phối hợp với Thuế cơ sở rà soát các hộ kinh doanh.")
    assert rows == {("UBND xã", "coordinate"), ("Thuế cơ sở", "coordinate")}


def test_tax_in_lower_case_is_no_body():
    # near miss: 'thuế tỉnh' in a task is what it is about
    rows = assignment_rows("Kết luận số 3-KL/ĐU đề nghị UBND xã tuyên truyền chính sách thuế cơ sở kinh doanh.")
    assert rows == {("UBND xã", "participate")}


def test_party_committees_of_the_armed_forces_are_bodies():
    rows = assignment_rows("Kế hoạch số 12-KH/TU.\nĐảng ủy Quân sự tỉnh, Đảng ủy Biên phòng tỉnh lãnh đạo lực lượng vũ trang "
                           "thực hiện.\n")
    assert rows == {("Đảng ủy Quân sự tỉnh", "lead"), ("Đảng ủy Biên phòng tỉnh", "lead")}


def test_near_miss_military_work_is_no_body():
    rows = assignment_rows("Kế hoạch số 12-KH/TU.\nCông tác quân sự địa phương được lãnh đạo chặt chẽ.\n")
    assert rows == set()


def test_a_registry_branch_is_named_in_full():
    # 'Đăng ký' inside the name registers, it signs nothing: the name goes on
    rows = assignment_rows("Kế hoạch số 77/KH-UBND.\nChi nhánh Văn phòng Đăng ký đất đai khu vực phối hợp cấp giấy chứng "
                           "nhận quyền sử dụng đất.\n")
    assert rows == {("Chi nhánh Văn phòng Đăng ký đất đai khu vực", "coordinate")}


def test_near_miss_a_body_that_signs_ends_its_name_before_the_act():
    rows = assignment_rows("Kế hoạch số 77/KH-UBND.\nSở Nội vụ ký kết quy chế phối hợp với Sở Tư pháp.\n")
    assert not any(body.startswith("Sở Nội vụ ký") for body, _ in rows)


def test_the_associations_that_lend_on_the_banks_behalf_are_one_body():
    rows = assignment_rows("Chỉ thị số 40-CT/TW.\nĐề nghị các tổ chức chính trị - xã hội nhận ủy thác củng cố tổ tiết kiệm "
                           "và vay vốn; Phòng giao dịch Ngân hàng Chính sách xã hội huyện nâng cao chất lượng tín dụng.\n")
    assert rows == {("Các tổ chức chính trị - xã hội nhận ủy thác", "lead"),
                    ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện", "lead")}     # (their own work: point (af))


def test_near_miss_receiving_a_trust_after_no_body_names_none():
    rows = assignment_rows("Chỉ thị số 40-CT/TW.\nNguồn vốn nhận ủy thác tăng 12 tỷ đồng so với năm trước.\n")
    assert rows == set()


def test_the_party_committee_of_the_front_and_mass_organisations_is_one_body():
    rows = assignment_rows("Kế hoạch số 15-KH/TU.\nĐảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo Ủy ban MTTQ Việt Nam "
                           "tỉnh tổ chức giám sát.\n")
    assert ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "lead") in rows
    assert ("Các đoàn thể tỉnh", "lead") not in rows


def test_a_steering_committee_named_by_its_field_up_to_its_level():
    rows = assignment_rows("Kế hoạch số 15-KH/TU.\nBan Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số tỉnh theo dõi, "
                           "đôn đốc việc thực hiện.\n")
    assert rows == {("Ban Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số tỉnh", "monitor")}


def test_near_miss_a_steering_committee_whose_level_no_verb_follows_keeps_its_short_name():
    rows = assignment_rows("Kế hoạch số 15-KH/TU.\nBan Chỉ đạo tỉnh kiểm tra việc thực hiện ở các xã.\n")
    assert rows == {("Ban Chỉ đạo tỉnh", "monitor")}


def test_the_cells_of_the_villages_are_one_body():
    rows = assignment_rows("Kế hoạch số 09-KH/ĐU.\nChi bộ các thôn, tổ dân phố lãnh đạo nhân dân chỉnh trang khu dân cư.\n")
    assert rows == {("Chi bộ các thôn, tổ dân phố", "lead")}


def test_the_villages_a_commune_directs_lead_the_task():
    # point (x) of tests/ANNOTATION.md: the villages are the last link of the chain and do the work themselves
    rows = assignment_rows("Phó Chủ tịch UBND xã cho biết xã đã chỉ đạo các thôn rà soát nguồn thu.\n")
    assert rows == {("Các thôn", "lead")}


def test_near_miss_villages_a_report_names_as_subject_take_no_directed_role():
    # no 'chỉ đạo' before them: the villages' own reported work is no task the commune directed
    rows = assignment_rows("Phó Chủ tịch UBND xã cho biết các thôn đã rà soát nguồn thu.\n")
    assert ("Các thôn", "lead") not in rows


def test_departments_named_after_one_plural_head():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác sở: Nội vụ, Tài chính, Tư pháp phối hợp rà soát thủ tục hành chính.\n"
                           "Các Sở Y tế, Giáo dục và Đào tạo tăng cường kiểm tra.\n")
    assert rows == {("Sở Nội vụ", "coordinate"), ("Sở Tài chính", "coordinate"), ("Sở Tư pháp", "coordinate"),
                    ("Sở Y tế", "monitor"), ("Sở Giáo dục và Đào tạo", "monitor")}


def test_near_miss_names_that_are_no_known_department_give_no_list():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác sở: Ngọc Lặc, Thạch Thành phối hợp rà soát thủ tục hành chính.\n")
    assert not any(body in ("Sở Ngọc Lặc", "Sở Thạch Thành") for body, _ in rows)


# an opening sentence that names the document the tasks after it carry out (the tasks start sentences of their own)
PLAN = "Ngày 5/3/2025, UBND tỉnh ban hành Kế hoạch số 14-KH/UBND về tiêm chủng. "
CONCLUSION = "Ngày 5/3/2025, Tỉnh ủy ban hành Kết luận số 52-KL/TU về cán bộ. "

def test_a_plural_narrowed_by_what_its_units_have_keeps_the_qualifier():
    rows = assignment_rows(PLAN + "UBND các xã, phường có tỷ lệ tiêm chủng thấp phải rà "
                           "soát danh sách trẻ em chưa tiêm.")
    assert rows == {("UBND các xã, phường có tỷ lệ tiêm chủng thấp", "lead")}


def test_a_qualifier_ends_at_the_first_verb_without_a_modal():
    rows = assignment_rows(CONCLUSION + "Các huyện ủy, thị ủy có làng nghề truyền thống xây dựng đề án bảo tồn "
                           "làng nghề.")
    assert rows == {("Các huyện ủy, thị ủy có làng nghề truyền thống", "lead")}


def test_near_miss_a_count_or_a_duty_after_co_is_no_qualifier():
    # 'có 12 xã' states a count and 'có trách nhiệm' is the verb itself: the body ends before 'có'
    assert assignment_rows(PLAN + "Các huyện có 12 xã đạt chuẩn nông thôn mới.") == set()
    rows = assignment_rows(PLAN + "UBND các xã có trách nhiệm rà soát hộ nghèo.")
    assert rows == {("UBND các xã", "lead")}


def test_units_under_a_body_named_before_their_verb():
    rows = assignment_rows(CONCLUSION + "Đồng chí Bí thư đề nghị các cơ sở Đoàn trực thuộc duy trì sinh hoạt chi đoàn "
                                        "định kỳ.")
    assert ("Các cơ sở Đoàn trực thuộc", "participate") in rows


def test_near_miss_under_a_named_committee_ends_on_the_committee():
    rows = assignment_rows(CONCLUSION + "Tỉnh ủy yêu cầu các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện.")
    assert rows == {("Các đảng ủy trực thuộc Tỉnh ủy", "lead")}


def test_the_committees_of_the_districts_named_by_kind_are_one_addressee():
    # point (w): 'huyện ủy, thị ủy, thành ủy' is one list of one tier, one row
    rows = assignment_rows(CONCLUSION + "Các huyện ủy, thị ủy, thành ủy chỉ đạo rà soát quy hoạch cán bộ.")
    assert rows == {("Các huyện ủy, thị ủy, thành ủy", "lead")}


def test_near_miss_committees_named_without_a_plural_stay_apart():
    rows = assignment_rows(CONCLUSION + "Huyện ủy, Thành ủy chỉ đạo rà soát quy hoạch cán bộ.")
    assert rows == {("Huyện ủy", "lead"), ("Thành ủy", "lead")}


def test_the_levels_of_an_association_listed_after_a_call():
    rows = assignment_rows(PLAN + "Đồng chí Chủ tịch đề nghị Hội LHPN huyện phối hợp với Phòng Y tế tổ "
                           "chức khám sàng lọc; các cấp Hội vận động hội viên tham gia bảo hiểm y tế.")
    assert ("Các cấp Hội", "participate") in rows


def test_the_levels_of_an_association_right_after_the_word_that_asks_or_directs_them():
    rows = assignment_rows(PLAN + "Kết luận hội nghị, đồng chí Chủ tịch đề nghị các cấp Hội tiếp tục đổi mới cách tập hợp "
                           "hội viên trẻ.")
    assert ("Các cấp Hội", "lead") in rows          # (renewing its own work: point (af))
    rows = assignment_rows(PLAN + "Năm qua, Ban Thường vụ Hội LHPN huyện đã chỉ đạo các cấp Hội rà soát hộ phụ nữ "
                           "nghèo để hỗ trợ sinh kế.")
    assert ("Ban Thường vụ Hội LHPN huyện", "lead") in rows and ("Các cấp Hội", "lead") in rows


def test_near_miss_the_levels_of_an_association_after_a_word_that_asks_nothing():
    # the levels that report what they did, after the meeting's review: no call names them
    rows = assignment_rows(PLAN + "Theo báo cáo tại hội nghị, các cấp Hội rà soát 420 hộ phụ nữ nghèo.")
    assert not any(body == "Các cấp Hội" for body, _ in rows)


def test_near_miss_the_levels_of_an_association_reporting_results():
    # no call before them, or a result marked done: the association's results, no task
    text = (PLAN + "Năm qua Hội LHPN huyện tổ chức 12 lớp tập huấn; các cấp Hội vận động 300 hội viên "
            "tham gia bảo hiểm y tế.")
    assert not any(body == "Các cấp Hội" for body, _ in assignment_rows(text))
    text = PLAN + "Đồng chí đề nghị Hội LHPN huyện rà soát; các cấp Hội đã vận động 300 hội viên."
    assert not any(body == "Các cấp Hội" for body, _ in assignment_rows(text))


def test_a_proper_name_goes_on_past_a_comma_before_a_word_that_only_opens_other_names():
    # 'Thú' folds as 'Thủ' of 'Thủ tướng' does, which opens a name but starts no body here
    rows = assignment_rows(PLAN + "Sở Nông nghiệp chỉ đạo Chi cục Trồng trọt, Thú y và Thủy sản kiểm tra các cơ sở giết mổ.")
    assert ("Chi cục Trồng trọt, Thú y và Thủy sản", "monitor") in rows


def test_near_miss_a_body_after_the_comma_starts_the_next_of_the_list():
    rows = assignment_rows(PLAN + "Sở Nông nghiệp chỉ đạo Chi cục Kiểm lâm, Công an huyện kiểm tra các cơ sở chế biến gỗ.")
    assert ("Chi cục Kiểm lâm", "monitor") in rows and ("Công an huyện", "monitor") in rows


@pytest.mark.parametrize("sentence, row", [
    ("Sở Công Thương chỉ đạo các ngân hàng thương mại cổ phần rà soát hồ sơ vay vốn.",
     ("Các ngân hàng thương mại cổ phần", "lead")),
    ("UBND xã chỉ đạo hợp tác xã vận động xã viên tiêm phòng cho đàn gia cầm.", ("Hợp tác xã", "participate")),
    ("Hội Phụ nữ xã chỉ đạo chi Hội, tổ Hội lồng ghép nội dung tiêm chủng trong sinh hoạt.", ("Chi Hội, tổ Hội", "lead")),
    # a known body with qualifiers the gazetteer lacks
    ("Đảng ủy xã chỉ đạo các chi bộ khu dân cư vận động người dân đưa trẻ đi tiêm chủng.",
     ("Các chi bộ khu dân cư", "participate")),
    # a partner after 'phối hợp với', named by a word for an organisation or by a proper name
    ("Trạm Y tế xã phối hợp với nhà trường tổ chức tiêm chủng cho học sinh.", ("Nhà trường", "coordinate")),
    ("Sở Y tế chủ trì, phối hợp với các cục, vụ chuyên môn hoàn thiện danh mục vắc xin.",
     ("Các cục, vụ chuyên môn", "coordinate")),
    ("Trung tâm Y tế huyện phối hợp với VNPT Tân Phú triển khai gửi giấy mời tiêm chủng.", ("VNPT Tân Phú", "coordinate")),
])
def test_a_body_the_gazetteer_lacks_named_after_a_directing_verb_or_phoi_hop_voi(sentence, row):
    assert row in assignment_rows(PLAN + sentence)


@pytest.mark.parametrize("sentence, bodies", [
    # a body's own forces are no second body (point (aa)); an organisation named with no task verb after it gives none
    ("Công an tỉnh chỉ đạo lực lượng chức năng tuần tra các tuyến đường.", {"Công an tỉnh"}),
    ("UBND tỉnh chỉ đạo các ngành của tỉnh về công tác tiêm chủng năm 2025.", {"UBND tỉnh"}),
    # the people or a person after 'phối hợp với' is no partner
    ("Hội Phụ nữ xã phối hợp với Nhân dân Thôn Hai tổ chức tiêm chủng.", {"Hội Phụ nữ xã"}),
    ("Trạm Y tế xã phối hợp với ông Nguyễn Văn Ba tổ chức tiêm chủng.", {"Trạm Y tế xã"}),
])
def test_near_miss_no_organisation_named_or_no_task_verb_after_it(sentence, bodies):
    assert {body for body, _ in assignment_rows(PLAN + sentence)} <= bodies


@pytest.mark.parametrize("text", [
    "2. Xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ.",
    "Xác định cụ thể nhiệm vụ, cơ quan chủ trì, thời hạn và sản phẩm để tổ chức thực hiện kịp thời.",
    "Kế hoạch xác định rõ nội dung, đơn vị chủ trì, thời gian thực hiện.",
])
def test_a_role_named_as_a_noun_among_what_a_plan_settles_is_no_body(text):
    # the lead unit, the deadline and the product a plan fixes for each task: 'đơn vị chủ trì' is a column, not a unit
    assert assignment_rows("Kế hoạch số 25/KH-UBND.\n" + text) == set()


def test_near_miss_units_that_lead_their_task_are_a_body():
    # 'chủ trì, phối hợp với ...' goes on in verbs and partners: the units lead a task
    rows = assignment_rows("Kế hoạch số 25/KH-UBND.\nCác đơn vị chủ trì, phối hợp với Phòng Tài chính - Kế hoạch bảo đảm "
                           "kinh phí thực hiện.")
    assert ("Các đơn vị", "lead") in rows and ("Phòng Tài chính - Kế hoạch", "coordinate") in rows


@pytest.mark.parametrize(("task", "row"), [
    ("ưu tiên cho vay đối với hợp tác xã.", ("Các tổ chức tín dụng trên địa bàn", "lead")),
    ("về lãi suất cho vay.", None),        # near miss: no task verb after the place, no directed body
])
def test_a_directed_body_the_gazetteer_lacks_may_end_on_its_place(task, row):
    # 'trên địa bàn', 'trong tỉnh' end a directed body's name as they end a known body's
    rows = assignment_rows("Kế hoạch số 25/KH-UBND.\nNgân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng trên địa "
                           "bàn " + task)
    directed = {r for r in rows if r[0].startswith("Các tổ chức tín dụng")}
    assert directed == ({row} if row else set())


@pytest.mark.parametrize("sentence, partner", [
    # an office named inside a Party committee's name goes on to its own end, lower-case words included
    ("Nghị quyết số 40-NQ/TW giao Ban Tổ chức Trung ương chủ trì, phối hợp với Đảng ủy Bộ Y tế tổ chức tập huấn cán bộ.",
     "Đảng ủy Bộ Y tế"),
    ("Kế hoạch số 9-KH/TU giao Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Công đoàn Sở Giáo dục và Đào tạo tổ chức hội thi.",
     "Công đoàn Sở Giáo dục và Đào tạo"),
    # a word after 'và' that may open a body ('Công' of 'Công an') carries the name on where no body is read there
    ("Nghị quyết số 41-NQ/TW giao Ban Tuyên giáo Trung ương chủ trì, phối hợp với Bộ Khoa học và Công nghệ xây dựng đề án.",
     "Bộ Khoa học và Công nghệ"),
])
def test_an_office_ends_where_its_name_ends(sentence, partner):
    rows = assignment_rows(sentence)
    assert (partner, "coordinate") in rows
    assert not any(body.endswith((" Y", " Khoa học", " Giáo dục")) for body, _ in rows)


def test_near_miss_a_body_of_its_own_after_va_is_still_a_second_body():
    # near miss: 'Công an phường' after 'và' is a body of its own, not the end of the office's name
    rows = assignment_rows("Kế hoạch số 5-KH/UBND giao Sở Khoa học và Công an tỉnh phối hợp với Đoàn Thanh niên tuyên truyền "
                           "cho người dân.")
    assert {("Sở Khoa học", "coordinate"), ("Công an tỉnh", "coordinate")} <= rows


def test_near_miss_a_name_the_gazetteer_reads_past_va_ends_there():
    # near miss: a name the gazetteer knows past its 'và' ends where it says, not in the task's words after it
    rows = assignment_rows("Kế hoạch số 9-KH/UBND giao Ban Dân tộc phối hợp với Sở Khoa học và Công nghệ gắn nhiệm vụ số hóa "
                           "với bình xét cuối năm.")
    assert ("Sở Khoa học và Công nghệ", "coordinate") in rows


_MEETING = ("Sáng 11/3, Ban Thường vụ Tỉnh ủy làm việc với Ban cán sự đảng UBND tỉnh về thực hiện Nghị quyết số "
            "57-NQ/TW.\n\n")


def test_a_speech_of_direction_is_no_direction():
    assert assignment_rows(_MEETING + "Báo Quảng Trị trân trọng giới thiệu bài phát biểu chỉ đạo của đồng chí Bí thư "
                                      "Tỉnh ủy tại hội nghị.") == set()
    # near miss: 'chỉ đạo' a body does, with the bodies after it
    assert ("Các chi bộ", "lead") in assignment_rows(_MEETING + "Ban Thường vụ Đảng ủy chỉ đạo các chi bộ rà soát đảng viên.")


def test_a_name_goes_on_over_a_word_before_its_dash():
    assert ("Phòng Hậu cần - Kỹ thuật", "lead") in assignment_rows(
        _MEETING + "Phòng Hậu cần - Kỹ thuật chủ trì lập dự án cải tạo doanh trại.")
    # near miss: the same word with no dash after it ends the name
    assert ("Phòng Tổ chức", "coordinate") in assignment_rows(
        _MEETING + "Phòng Tổ chức cần phối hợp với Sở Nội vụ rà soát biên chế.")


def test_logistics_in_a_name_goes_on_with_it():
    # 'Hậu cần' (logistics) is a noun of the name, not the modal 'cần' that ends it
    rows = assignment_rows("Kế hoạch số 31-KH/ĐU giao Phòng Hậu cần - Kỹ thuật chủ trì, phối hợp với Phòng Chính trị rà "
                           "soát doanh trại các đơn vị.")
    assert rows == {("Phòng Hậu cần - Kỹ thuật", "lead"), ("Phòng Chính trị", "coordinate")}


def test_the_modal_after_a_name_still_ends_it():
    # near miss: the modal 'cần' after the name, even after 'Hậu cần', is no word of it
    rows = assignment_rows("Kế hoạch số 31-KH/ĐU yêu cầu Phòng Hậu cần cần rà soát doanh trại; Phòng Chính trị cần tuyên "
                           "truyền đến cán bộ, chiến sĩ.")
    assert {b for b, _ in rows} == {"Phòng Hậu cần", "Phòng Chính trị"}


def test_commanders_listed_with_their_committees():
    rows = assignment_rows("Kế hoạch số 31-KH/ĐU yêu cầu cấp ủy, chỉ huy các cơ quan, đơn vị tiếp tục quán triệt Kế hoạch.")
    assert rows == {("Cấp ủy", "participate"), ("Chỉ huy các cơ quan, đơn vị", "participate")}


def test_commanding_is_no_head_without_the_units():
    # near miss: 'chỉ huy lực lượng' is what the committee does, no second body
    rows = assignment_rows("Kế hoạch số 31-KH/ĐU yêu cầu cấp ủy, chỉ huy lực lượng dân quân tuần tra biên giới.")
    assert ("Chỉ huy lực lượng dân quân", "participate") not in rows and all(not b.startswith("Chỉ huy") for b, _ in rows)


def test_short_names_of_the_military_command_and_the_social_insurance_office():
    rows = assignment_rows("Kế hoạch số 31-KH/UBND giao Ban CHQS các xã, phường rà soát dân quân; BHXH cơ sở Đức Trọng "
                           "phối hợp với cơ quan chức năng của tỉnh rà soát lao động.")
    assert rows == {("Ban CHQS các xã, phường", "lead"), ("BHXH cơ sở Đức Trọng", "coordinate"),
                    ("Cơ quan chức năng của tỉnh", "coordinate")}


def test_the_insurance_without_its_level_is_no_office():
    # near miss: 'tham gia BHXH bắt buộc' is the insurance people join
    rows = assignment_rows("Kế hoạch số 31-KH/UBND giao UBND các xã vận động người lao động tham gia BHXH tự nguyện.")
    assert {b for b, _ in rows} == {"UBND các xã"}


def test_a_verb_whose_doer_follows_is_a_noun():
    # 'chỉ đạo của đồng chí Bí thư' is the secretary's direction, no task of the paper that publishes it
    rows = assignment_rows("Ngày 8/10, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Báo Hà Tĩnh trân trọng "
                           "giới thiệu toàn văn bài phát biểu chỉ đạo của đồng chí Bí thư Tỉnh ủy tại hội nghị.")
    assert rows == set()


def test_the_same_verb_with_its_object_is_a_task():
    # near miss: 'chỉ đạo các chi bộ' directs
    rows = assignment_rows("Ngày 8/10, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Yêu cầu Ban Tuyên giáo "
                           "Tỉnh ủy chỉ đạo các chi bộ tuyên truyền Nghị quyết.")
    assert ("Ban Tuyên giáo Tỉnh ủy", "lead") in rows


def test_the_members_a_speaker_asks_one_by_one():
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tôi đề nghị mỗi đồng chí "
                           "Tỉnh ủy viên trực tiếp theo dõi một xã khó khăn.")
    assert rows == {("Mỗi đồng chí Tỉnh ủy viên", "monitor")}


def test_members_no_one_asks_are_no_body():
    # near miss: the members named in a report of what they did, with no word that asks them
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Mỗi đồng chí Tỉnh ủy viên "
                           "theo dõi một xã khó khăn.")
    assert rows == set()


def test_a_verb_with_its_object_whose_owner_follows_is_a_task():
    # near miss: the programme is the committee's own, the verb still a verb
    rows = assignment_rows("Ngày 8/10, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Đồng chí Bí thư yêu cầu "
                           "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh xây dựng chương trình hành động của UBND tỉnh.")
    assert ("UBND tỉnh", "lead") in rows


_PLAN = "KẾ HOẠCH\nSố: 25/KH-UBND\nTriển khai chuyển đổi số năm 2026\n\nI. NHIỆM VỤ CỤ THỂ\n"


def test_the_word_after_opening_a_column_is_its_subject_not_an_act():
    # 'mở chuyên mục tuyên truyền ...': the paper opens a column of its own, a task it leads
    assert assignment_rows(_PLAN + "1. Báo Quảng Trị mở chuyên mục tuyên truyền về chuyển đổi số.\n") == {
        ("Báo Quảng Trị", "lead")}
    assert assignment_rows(_PLAN + "2. Đài Phát thanh huyện mở chuyên trang phổ biến pháp luật.\n") == {
        ("Đài Phát thanh huyện", "lead")}


def test_near_miss_outreach_listed_after_the_column_with_a_comma_is_an_act():
    assert assignment_rows(_PLAN + "3. Báo Quảng Trị mở chuyên trang, tuyên truyền về chuyển đổi số.\n") == {
        ("Báo Quảng Trị", "participate")}
