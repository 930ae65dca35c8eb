"""Tasks of an official plan's 'Tổ chức thực hiện' as the pages write them (kg.extract.assignments, task_verbs): a bare
numbered heading naming groups of bodies split by ';', a line under it opening on the bodies' remit, a plan named as
the remit without 'này', the standing office ('là cơ quan đầu mối'), 'tổ chức triển khai', and a capitalised cue that is
a name's ('Ban Chỉ đạo'). Short texts of our own; each rule with its near misses."""
from __future__ import annotations

from extract_helpers import assignment_rows

PLAN = ("ỦY BAN NHÂN DÂN HUYỆN LỤC YÊN\nSố: 77/KH-UBND\n\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 05-NQ/HU của Ban "
        "Chấp hành Đảng bộ huyện\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_a_line_under_a_bare_heading_may_open_on_the_remit():
    rows = assignment_rows(PLAN + "1. UBND các xã, thị trấn\nCăn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch "
                                  "thực hiện tại địa phương.\n")
    assert rows == {("UBND các xã, thị trấn", "lead")}


def test_near_miss_a_line_of_prose_under_a_bare_heading_that_opens_on_no_verb_is_no_task():
    rows = assignment_rows(PLAN + "1. UBND các xã, thị trấn\nCăn cứ vào tình hình thực tế năm 2024 còn nhiều khó khăn.\n")
    assert rows == set()


def test_a_plan_named_as_the_remit_without_a_demonstrative():
    rows = assignment_rows(PLAN + "UBND các xã, thị trấn căn cứ Kế hoạch xây dựng kế hoạch thực hiện tại địa phương.\n")
    assert rows == {("UBND các xã, thị trấn", "lead")}


def test_a_heading_names_groups_of_bodies_split_by_a_semicolon():
    rows = assignment_rows(PLAN + "2. Các cơ quan, đơn vị; UBND các xã, thị trấn\nCăn cứ chức năng, nhiệm vụ, tổ chức "
                                  "triển khai thực hiện Kế hoạch này.\n")
    assert rows == {("Các cơ quan, đơn vị", "lead"), ("UBND các xã, thị trấn", "lead")}


def test_near_miss_a_semicolon_before_words_that_name_no_body_ends_the_heading():
    rows = assignment_rows(PLAN + "2. UBND các xã, thị trấn; trong quý III/2025\nTổ chức triển khai thực hiện Kế hoạch.\n")
    assert ("UBND các xã, thị trấn", "lead") not in rows


def test_the_standing_office_leads_its_task_whatever_verbs_follow():
    for standing in ("là đầu mối", "là cơ quan thường trực"):
        rows = assignment_rows(PLAN + f"Giao Văn phòng HĐND và UBND huyện {standing}, tổng hợp kết quả, báo cáo UBND "
                                      "tỉnh.\n")
        assert rows == {("Văn phòng HĐND và UBND huyện", "lead")}, standing


def test_near_miss_reporting_verbs_alone_give_no_role():
    rows = assignment_rows(PLAN + "Giao Văn phòng HĐND và UBND huyện tổng hợp kết quả, báo cáo UBND tỉnh.\n")
    assert ("Văn phòng HĐND và UBND huyện", "lead") not in rows


def test_a_capitalised_cue_further_on_is_a_names():
    rows = assignment_rows("Ban Thường vụ Tỉnh ủy phân công: Đồng chí Bí thư Tỉnh ủy làm Trưởng Ban Chỉ đạo.\n")
    assert rows == set()


def test_near_miss_a_lower_case_cue_further_on_is_the_bodys_task():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nỦy ban Kiểm tra Huyện ủy đưa nội dung này vào chương trình kiểm tra.\n")
    assert ("Ủy ban Kiểm tra Huyện ủy", "monitor") in rows


def test_a_table_column_of_bodies_flattened_into_prose_gives_their_role():
    rows = assignment_rows(PLAN + "1. Số hóa hồ sơ hộ tịch\n- Cơ quan chủ trì: Sở Tư pháp\n- Cơ quan phối hợp: UBND các xã, "
                                  "thị trấn\n- Thời gian thực hiện: Quý III/2025\n2. Rà soát quỹ đất. Đơn vị chủ trì: Phòng "
                                  "Nông nghiệp và Môi trường.\n")
    assert rows == {("Sở Tư pháp", "lead"), ("UBND các xã, thị trấn", "coordinate"),
                    ("Phòng Nông nghiệp và Môi trường", "lead")}


def test_near_miss_a_label_that_names_no_body_gives_no_row():
    rows = assignment_rows(PLAN + "- Cơ quan chủ trì: chưa xác định\n- Thời gian thực hiện: năm 2025\n")
    assert rows == set()


SPEECH = "Kế hoạch số 30/KH-UBND của UBND tỉnh.\nTại hội nghị, đồng chí Chủ tịch UBND tỉnh đề nghị:\n"


def test_a_speakers_request_closing_on_a_colon_asks_the_bodies_of_the_items_under_it():
    rows = assignment_rows(SPEECH + "- Các sở, ban, ngành tiếp tục rà soát thủ tục hành chính.\n")
    assert rows == {("Các sở, ban, ngành", "lead")}          # (a task of their own with no cue: point (af))


def test_near_miss_items_under_a_line_that_asks_nothing_give_no_task():
    rows = assignment_rows("Kế hoạch số 30/KH-UBND của UBND tỉnh.\nTại hội nghị, các đại biểu cho biết:\n- Các sở, ban, "
                           "ngành tiếp tục rà soát thủ tục hành chính.\n")
    assert rows == set()


def test_a_hand_over_of_responsibility_gives_the_task_to_the_body_named():
    rows = assignment_rows(PLAN + "Giao trách nhiệm cho Phòng Văn hóa - Thông tin huyện tổ chức các hoạt động tuyên truyền.\n")
    assert rows == {("Phòng Văn hóa - Thông tin huyện", "lead")}


def test_a_task_named_first_and_its_lead_after_it():
    rows = assignment_rows(PLAN + "Xây dựng cơ sở dữ liệu dân cư do Công an huyện chủ trì, Phòng Văn hóa - Thông tin huyện "
                                  "phối hợp thực hiện.\n")
    assert rows == {("Công an huyện", "lead"), ("Phòng Văn hóa - Thông tin huyện", "coordinate")}


def test_near_miss_the_chair_of_a_meeting_leads_no_task():
    rows = assignment_rows(PLAN + "Hội nghị sơ kết do UBND huyện chủ trì đã đánh giá kết quả thực hiện.\n")
    assert ("UBND huyện", "lead") not in rows


def test_partners_named_after_the_lead_with_cung():
    rows = assignment_rows(PLAN + "Phòng Y tế chủ trì cùng Phòng Tài chính - Kế hoạch rà soát danh mục trang thiết bị.\n")
    assert rows == {("Phòng Y tế", "lead"), ("Phòng Tài chính - Kế hoạch", "coordinate")}


def test_near_miss_cung_before_no_body_names_no_partner():
    rows = assignment_rows(PLAN + "Phòng Y tế chủ trì cùng lúc nhiều nhiệm vụ rà soát trang thiết bị.\n")
    assert rows == {("Phòng Y tế", "lead")}


def test_a_time_to_come_between_the_bodies_and_their_verbs():
    for when in ("thời gian tới", "trong năm 2025", "trong thời gian tới,"):
        rows = assignment_rows(PLAN + f"Hội Nông dân huyện {when} tiếp tục vận động hội viên tham gia.\n")
        assert rows == {("Hội Nông dân huyện", "participate")}, when


def test_near_miss_a_time_before_no_verb_gives_no_task():
    rows = assignment_rows(PLAN + "Hội Nông dân huyện năm 2025 có 12.000 hội viên.\n")
    assert rows == set()


def test_the_remit_given_to_a_body_reports_nothing():
    # 'được giao' names what the body was given to do ('theo chức năng, nhiệm vụ được giao', 'từ dự toán được giao'), not
    # what it did: the plan's own task keeps the default role of its verbs
    rows = assignment_rows(PLAN + "Các sở, ngành theo chức năng, nhiệm vụ được giao triển khai thực hiện Kế hoạch.\n")
    assert rows == {("Các sở, ngành", "participate")}
    rows = assignment_rows(PLAN + "Phòng Tài chính - Kế hoạch bảo đảm kinh phí thực hiện từ dự toán được giao.\n")
    assert rows == {("Phòng Tài chính - Kế hoạch", "lead")}


def test_near_miss_what_a_body_did_or_received_is_reported():
    # 'đã' says the work was done; 'được tặng' is no remit either
    assert assignment_rows(PLAN + "Năm 2024, Phòng Tài chính - Kế hoạch đã bảo đảm kinh phí thực hiện.\n") == set()
    assert assignment_rows(PLAN + "Phòng Văn hóa được tặng Bằng khen, bảo đảm kinh phí thực hiện.\n") == set()


def test_a_task_named_first_its_lead_after_it_and_partners_after_the_lead():
    rows = assignment_rows(PLAN + "Việc kiểm kê đất công do Phòng Tài nguyên huyện chủ trì, phối hợp với Chi cục Thuế khu "
                                  "vực và UBND các xã thực hiện, hoàn thành trong quý III.\n")
    assert rows == {("Phòng Tài nguyên huyện", "lead"), ("Chi cục Thuế khu vực", "coordinate"),
                    ("UBND các xã", "coordinate")}
    # in other words: the partners joined by 'cùng' after the lead
    rows = assignment_rows(PLAN + "Nhiệm vụ đào tạo nghề cho lao động nông thôn do Trung tâm Giáo dục nghề nghiệp huyện "
                                  "chủ trì cùng Hội Nông dân huyện tổ chức.\n")
    assert rows == {("Trung tâm Giáo dục nghề nghiệp huyện", "lead"), ("Hội Nông dân huyện", "coordinate")}


def test_near_miss_a_meeting_chaired_with_its_partners_gives_no_task():
    rows = assignment_rows(PLAN + "Buổi tọa đàm do UBND huyện chủ trì, phối hợp với Huyện đoàn tổ chức đã thu hút 200 đoàn "
                                  "viên.\n")
    assert not {r for r in rows if r[1] in ("lead", "coordinate")}


def test_the_columns_flattened_onto_one_line_each_end_at_the_next_label():
    rows = assignment_rows(PLAN + "1. Cập nhật bản đồ số quy hoạch. Cơ quan chủ trì: Phòng Kinh tế huyện. Cơ quan phối "
                                  "hợp: Văn phòng HĐND và UBND huyện, UBND các xã. Thời gian: năm 2025.\n"
                                  "2. Tuyên truyền về quy hoạch. Đơn vị chủ trì: Trung tâm Văn hóa huyện; đơn vị phối "
                                  "hợp: Huyện đoàn.\n")
    assert rows == {("Phòng Kinh tế huyện", "lead"), ("Văn phòng HĐND và UBND huyện", "coordinate"),
                    ("UBND các xã", "coordinate"), ("Trung tâm Văn hóa huyện", "lead"), ("Huyện đoàn", "coordinate")}


def test_near_miss_a_label_cell_keeps_the_commas_of_one_unit_list():
    rows = assignment_rows(PLAN + "- Cơ quan phối hợp: các phòng, ban chuyên môn thuộc UBND huyện. Thời gian: hằng năm.\n")
    assert rows == {("Các phòng, ban chuyên môn thuộc UBND huyện", "coordinate")}


_DUTIES = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 88/KH-UBND\nAn Hòa, ngày 4 tháng 3 năm 2026\n\nKẾ HOẠCH\nChuyển đổi số năm "
           "2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_a_duty_heading_names_the_bodies_of_the_tasks_under_it():
    rows = assignment_rows(_DUTIES + "1. Trách nhiệm của Sở Tài chính\n- Chủ trì tham mưu bố trí kinh phí thực hiện Kế "
                                     "hoạch.\n2. Trách nhiệm của Sở Nội vụ:\n- Chủ trì hướng dẫn sắp xếp bộ máy.\n")
    assert {("Sở Tài chính", "lead"), ("Sở Nội vụ", "lead")} <= rows
    # in other words: 'Nhiệm vụ cụ thể của' with the task after its colon
    rows = assignment_rows(_DUTIES + "2. Nhiệm vụ cụ thể của UBND các xã, phường: chủ trì rà soát hộ nghèo trên địa bàn.\n")
    assert ("UBND các xã, phường", "lead") in rows


def test_near_miss_a_judgement_on_a_bodys_duty_hands_nothing_over():
    text = ("BÁO AN HÒA\n12/5/2026\n\nKiểm tra công tác\n\nTrách nhiệm của UBND các xã trong việc kiểm tra chưa cao, nhiều "
            "nơi còn buông lỏng.\n")
    assert assignment_rows(text) == set()
