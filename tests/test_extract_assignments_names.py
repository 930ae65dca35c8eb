"""Names of bodies the gazetteer does not know, read up to their role verb (kg.extract.assignments): a word that
folds like an action verb, a comma and 'và' inside a name, a field after 'về', the heads 'Đội', 'Hạt' and 'Hợp tác
xã', what a board manages or directs ('Ban Quản lý các khu công nghiệp'); each with a near miss. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

from extract_helpers import assignment_rows


def test_a_name_word_that_folds_like_an_action_verb_stays_in_the_name():
    rows = assignment_rows("Kế hoạch số 40-KH/TĐTN giao Ban Phong trào chủ trì, phối hợp với Hội Sinh viên tỉnh tổ chức tập huấn.")
    assert ("Ban Phong trào", "lead") in rows and ("Hội Sinh viên tỉnh", "coordinate") in rows


def test_an_action_verb_after_a_name_still_ends_it():
    # near miss: 'trao' (to award), with its own spelling, is what the body does, not part of its name
    rows = assignment_rows("Kế hoạch số 40-KH/TĐTN giao Ban Tổ chức Kiểm tra trao giấy khen, phối hợp với Hội Sinh viên tỉnh.")
    assert not any(body.startswith("Ban Tổ chức Kiểm tra trao") for body, _ in rows)


def test_a_name_with_a_comma_and_va_inside():
    rows = assignment_rows("Kế hoạch số 87/KH-UBND giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường "
                 "lập lại trật tự vỉa hè.")
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị", "lead") in rows and ("Công an phường", "coordinate") in rows


def test_two_bodies_joined_by_va_stay_two():
    # near miss: after 'và' a known body starts a body of its own
    rows = assignment_rows("Kế hoạch số 87/KH-UBND giao Phòng Văn hóa - Thông tin và Công an phường chủ trì tuyên truyền.")
    assert ("Công an phường", "lead") in rows


def test_a_field_after_ve_before_chu_tri_ends_the_name():
    rows = assignment_rows("Chỉ thị số 12-CT/BCA đề nghị Cục Cảnh sát điều tra tội phạm về ma túy chủ trì, phối hợp với Bộ Tư lệnh "
                 "Bộ đội Biên phòng triệt phá các đường dây.")
    assert ("Cục Cảnh sát điều tra tội phạm về ma túy", "lead") in rows
    assert ("Bộ Tư lệnh Bộ đội Biên phòng", "coordinate") in rows


def test_ve_without_chu_tri_after_it_is_the_task_not_the_name():
    # near miss: 'về' followed by a task, not by the body's role
    rows = assignment_rows("Chỉ thị số 12-CT/BCA đề nghị Cục Cảnh sát giao thông tuyên truyền về an toàn giao thông.")
    assert all("về" not in body for body, _ in rows)


def test_doi_hat_and_hop_tac_xa_head_names():
    rows = assignment_rows("Kế hoạch số 15-KH/UBND giao Công an thành phố chủ trì, phối hợp với Đội Quản lý trật tự đô thị xử lý "
                 "vi phạm. Kế hoạch giao Ủy ban nhân dân xã chủ trì, phối hợp với Hạt Kiểm lâm khu vực và Hợp tác xã "
                 "Du lịch Bản Lác xây dựng kế hoạch.")
    assert {("Đội Quản lý trật tự đô thị", "coordinate"), ("Hạt Kiểm lâm khu vực", "coordinate"),
            ("Hợp tác xã Du lịch Bản Lác", "coordinate")} <= rows


def test_one_office_of_two_councils():
    rows = assignment_rows("Kế hoạch số 112/KH-UBND giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Công an phường rà "
                 "soát hồ sơ.")
    assert ("Văn phòng HĐND và UBND phường", "lead") in rows and ("UBND phường", "lead") not in rows


def test_an_office_and_another_body_stay_two():
    # near miss: 'Văn phòng Huyện ủy và Ban Tuyên giáo' are two bodies
    rows = assignment_rows("Kế hoạch số 12-KH/HU giao Văn phòng Huyện ủy và Ban Tuyên giáo Huyện ủy chủ trì tổng hợp ý kiến.")
    assert {("Văn phòng Huyện ủy", "lead"), ("Ban Tuyên giáo Huyện ủy", "lead")} <= rows


def test_the_units_a_plural_names_one_by_one_stay_in_its_name():
    rows = assignment_rows("Kế hoạch số 96/KH-UBND giao UBND các phường Ninh Diêm, Ninh Thủy, Ninh Hải tham gia vận động diêm dân.")
    assert "UBND các phường Ninh Diêm, Ninh Thủy, Ninh Hải" in {body for body, _ in rows}


def test_a_body_after_the_units_is_one_of_its_own():
    # near miss: after the comma a known body starts
    rows = assignment_rows("Kế hoạch số 96/KH-UBND giao UBND các phường Ninh Diêm, Sở Tài chính tham gia vận động diêm dân.")
    assert {"UBND các phường Ninh Diêm", "Sở Tài chính"} <= {body for body, _ in rows}


def test_a_capitalised_place_word_that_folds_like_a_verb_stays_in_the_name():
    # 'Cần' folds like 'cần' (must), 'Đà' and 'Đa' like 'đã', 'Giao' like 'giao': in capitals they are the place's
    rows = assignment_rows("Kế hoạch số 20/KH-UBND.\n1. UBND thành phố Cần Thơ chủ trì, phối hợp với UBND huyện Giao Thủy rà soát "
                 "hạ tầng.\n2. UBND huyện Đà Bắc chủ trì triển khai thực hiện.\n3. UBND xã Đa Phước phối hợp với các "
                 "đơn vị liên quan giám sát việc thực hiện.\n")
    assert ("UBND thành phố Cần Thơ", "lead") in rows and ("UBND huyện Giao Thủy", "coordinate") in rows
    assert ("UBND huyện Đà Bắc", "lead") in rows and ("UBND xã Đa Phước", "coordinate") in rows


def test_a_lower_case_verb_after_a_name_still_ends_it():
    # near miss: 'cần' and 'đã' in lower case are the body's own words, not its name
    rows = assignment_rows("Kế hoạch số 20/KH-UBND.\nUBND huyện Đà Bắc cần chủ trì triển khai thực hiện.\n")
    assert ("UBND huyện Đà Bắc", "lead") in rows


def test_a_capitalised_da_in_a_name_does_not_make_the_task_reported():
    text = ("Ban Thường vụ Huyện ủy đề nghị Đảng ủy xã Phước Thể, Chi bộ Trường THPT Hòa Đa chuẩn bị các điều kiện "
            "để tổ chức đại hội điểm.")
    got = {a.body: a.task for a in extract(text).assignments}
    assert "Chi bộ Trường THPT Hòa Đa" in got
    assert not any(task.endswith("(reported)") for task in got.values())
    # near miss: 'đã' in lower case reports what the bodies did
    done = extract("Đảng ủy xã Phước Thể, Chi bộ Trường THPT Hòa Đa đã chủ trì tổ chức đại hội điểm.").assignments
    assert len(done) == 2 and all(a.task.endswith("(reported)") for a in done)


def test_a_known_head_with_lower_case_words_that_fold_like_verbs_reads_up_to_its_role():
    rows = assignment_rows("Kế hoạch số 20/KH-UBND.\nBan Quản lý dự án Đầu tư xây dựng tỉnh chủ trì, phối hợp với Kho bạc Nhà "
                 "nước tỉnh đẩy nhanh giải ngân.\n")
    assert ("Ban Quản lý dự án Đầu tư xây dựng tỉnh", "lead") in rows
    # the level word ends a name before lower-case words of the task
    assert ("Kho bạc Nhà nước tỉnh", "coordinate") in rows


def test_a_name_is_not_read_on_past_a_verb_that_hands_the_task_on():
    # 'giao' between two names: the first gives the task, the second leads it
    rows = assignment_rows("Nghị quyết số 12/NQ-CP.\nChính phủ giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành theo dõi "
                 "việc thực hiện.\n")
    assert ("Bộ Tài chính", "lead") in rows
    assert not any(body.startswith("Chính phủ giao") for body, _ in rows)
    # near miss: lower-case words of a name that are not a hand-over verb are still read on
    rows = assignment_rows("Kế hoạch số 20/KH-UBND.\nBan Quản lý dự án Đầu tư xây dựng tỉnh chủ trì, phối hợp với Sở Tài chính "
                 "rà soát.\n")
    assert ("Ban Quản lý dự án Đầu tư xây dựng tỉnh", "lead") in rows


def test_a_name_that_reaches_its_role_only_through_a_comma_is_not_read_on():
    # near miss: 'xây dựng kế hoạch, chủ trì ...' is the body's task, the name ends before it
    rows = assignment_rows("Kế hoạch số 20/KH-UBND.\nBan Quản lý dự án xây dựng kế hoạch, chủ trì, phối hợp với Sở Tài chính "
                 "rà soát.\n")
    assert not any(body.startswith("Ban Quản lý dự án xây dựng") for body, _ in rows)


def test_a_capitalised_tinh_inside_a_name_does_not_end_it():
    rows = assignment_rows("Ban Kiểm tra Tỉnh đoàn thường xuyên kiểm tra việc triển khai Kế hoạch ở cơ sở.")
    assert ("Ban Kiểm tra Tỉnh đoàn", "monitor") in rows


def test_the_levels_of_a_named_mass_organisation_are_a_body():
    rows = assignment_rows("Năm qua, các cấp Hội Nông dân trong tỉnh đã phối hợp với Ngân hàng Chính sách xã hội mở 200 buổi tập huấn.")
    assert ("Các cấp Hội Nông dân trong tỉnh", "coordinate") in rows
    rows = assignment_rows("Chỉ thị số 42-CT/TW.\nĐề nghị các cấp bộ Đoàn tiếp tục đổi mới nội dung giáo dục lý tưởng cho đoàn viên.")
    assert ("Các cấp bộ Đoàn", "lead") in rows          # (renewing its own work: point (af))


def test_the_levels_of_an_unnamed_association_are_no_body():
    # near miss: 'các cấp Hội' alone reports the association's results ('đã giúp 1.236 hộ thoát nghèo'); asked
    # ('Đề nghị các cấp Hội ...') they are a body (tests/test_extract_task_subjects.py)
    rows = assignment_rows("Chỉ thị số 21-CT/TW.\nNăm qua, các cấp Hội đã giúp 1.236 hộ phụ nữ nghèo thoát nghèo.")
    assert not any(body.startswith("Các cấp Hội") for body, _ in rows)


@pytest.mark.parametrize(("text", "row"), [
    ("Các cơ sở Hội tổ chức quán triệt Nghị quyết đến cán bộ, hội viên.", ("Các cơ sở Hội", "participate")),
    ("Các chi hội vận động hội viên góp vốn xây dựng tổ hợp tác.", ("Các chi hội", "participate")),
    ("Chỉ đạo chi hội, tổ hội lồng ghép nội dung pháp luật trong sinh hoạt định kỳ.", ("Chi hội, tổ hội", "lead")),
    ("Đề nghị các huyện hội tiếp tục vận động hội viên tham gia bảo hiểm xã hội.", ("Các huyện hội", "participate")),
])
def test_an_associations_units_named_by_their_level_are_a_body(text, row):
    # 'cơ sở Hội', 'chi hội', 'tổ hội', 'các huyện hội': the units of the association a plan or a call tasks, by their
    # level and kind (the cell and the team named together stay one body, as 'chi, đảng bộ cơ sở' does)
    assert row in assignment_rows("Kế hoạch số 12-KH/HND.\n" + text)


@pytest.mark.parametrize("text", [
    "Đến năm 2030, 100% cơ sở Hội có mô hình kinh tế tập thể.",    # a share of the units, no task
    "Các tỉnh hội nhập sâu vào chuỗi giá trị toàn cầu.",           # 'hội nhập' (to integrate) is no association
    "Các huyện hội ý trước mỗi kỳ họp.",                           # 'hội ý' (to confer)
    "Các chi hội viên tổ chức sinh hoạt định kỳ.",                  # 'hội viên' are members, not a unit
])
def test_words_that_only_look_like_an_associations_units_are_no_body(text):
    rows = assignment_rows("Kế hoạch số 12-KH/HND.\n" + text)
    assert not any(body.lower().endswith("hội") for body, _ in rows)


def test_issuing_a_named_guidance_is_no_task():
    # 'Hướng dẫn' with its capital is the document issued, not the verb 'hướng dẫn' (to guide)
    assert not assignment_rows("Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 12-HD/BTGTU hướng dẫn tuyên truyền kỷ niệm ngày "
                     "thành lập Đảng.")


def test_guiding_in_lower_case_after_another_verb_is_a_task():
    # near miss: 'tổ chức, hướng dẫn' in lower case is the body's work
    rows = assignment_rows("Kế hoạch số 20/KH-UBND.\nBan Tuyên giáo Huyện ủy chủ trì tổ chức, hướng dẫn học tập Nghị quyết.\n")
    assert ("Ban Tuyên giáo Huyện ủy", "lead") in rows


def test_a_station_named_in_capitals_is_a_body():
    rows = assignment_rows("Kế hoạch số 25-KH/ĐU.\nỦy ban nhân dân xã xây dựng kế hoạch cụ thể, chỉ đạo Trạm Y tế xã chủ trì, phối "
                 "hợp với Bảo hiểm xã hội huyện triển khai hồ sơ sức khỏe điện tử.\n")
    assert ("Trạm Y tế xã", "lead") in rows and ("Bảo hiểm xã hội huyện", "coordinate") in rows


def test_a_station_in_lower_case_is_no_body():
    # near miss: 'Trạm bơm' (a pumping station) is a thing, not a body with a name
    rows = assignment_rows("Kế hoạch số 25-KH/ĐU.\nĐề nghị Trạm bơm số 3 vận hành liên tục trong mùa khô.\n")
    assert not any(body.startswith("Trạm") for body, _ in rows)


def test_som_before_the_verbs_asked_of_a_body():
    rows = assignment_rows("Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm ban hành kế hoạch triển khai các nghị "
                 "quyết, hoàn thành trước ngày 31/12/2023.")
    assert ("UBND tỉnh", "lead") in rows
    # near miss: 'sớm' with no task verb after it asks nothing the body leads or takes part in
    assert not assignment_rows("Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm có ý kiến.")


def test_a_body_the_gazetteer_does_not_know_before_chu_tri_phoi_hop():
    # the words 'chủ trì' are looked for in the 90 characters after the name before the pattern reads them
    head = "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 11/KH-UBND\n\nBến Tre, ngày 05 tháng 6 năm 2023\n\nKẾ HOẠCH\nVề giảm nghèo\n\n"
    assert ("Tổ điều phối dự án huyện", "lead") in assignment_rows(
        head + "Tổ điều phối dự án huyện chủ trì, phối hợp với các xã rà soát hộ nghèo.")
    # near misses: 'chủ trì' too far after the name, or capitalised
    assert assignment_rows(head + "Tổ điều phối dự án huyện tiếp tục rà soát, phân loại, theo dõi và cập nhật đầy đủ danh sách "
                        "các hộ nghèo trên địa bàn, chủ trì, phối hợp với các xã.") == set()
    assert assignment_rows(head + "Tổ điều phối dự án huyện Chủ trì, phối hợp với các xã rà soát hộ nghèo.") == set()


def test_a_lead_and_its_partners_share_one_task_without_the_role_words():
    got = {(a.body, a.role): a.task for a in extract(
        "Kế hoạch số 20/KH-UBND.\nGiao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh rà soát văn bản "
        "quy phạm pháp luật.\n").assignments}
    assert got[("Sở Tư pháp", "lead")] == "rà soát văn bản quy phạm pháp luật"
    assert got[("Sở Nội vụ", "coordinate")] == got[("Công an tỉnh", "coordinate")] == got[("Sở Tư pháp", "lead")]
    # near miss: a task word between the role and the partners keeps the clause as written
    got = {(a.body, a.role): a.task for a in extract(
        "Kế hoạch số 20/KH-UBND.\nGiao Sở Tư pháp chủ trì tổ chức, phối hợp với Sở Nội vụ rà soát văn bản.\n"
    ).assignments}
    assert got[("Sở Tư pháp", "lead")].startswith("chủ trì tổ chức, phối hợp với Sở Nội vụ")


def test_what_a_board_manages_or_directs_is_in_its_name():
    rows = assignment_rows("Kế hoạch số 30-KH/TU giao Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp với Cục Thuế tỉnh rà "
                 "soát. Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh chủ trì, phối hợp với Sở Tài chính kiểm tra "
                 "tiến độ.")
    assert {("Ban Quản lý các khu công nghiệp tỉnh", "lead"), ("Cục Thuế tỉnh", "coordinate"),
            ("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh", "lead"), ("Sở Tài chính", "coordinate")} == rows


def test_what_a_body_manages_as_its_task_stays_the_task():
    # near miss: 'quản lý các công trình' after a name's level is the body's task, not part of its name
    rows = assignment_rows("Kế hoạch số 30-KH/TU giao Ban Quản lý dự án tỉnh quản lý các công trình.")
    assert {body for body, _ in rows} == {"Ban Quản lý dự án tỉnh"}


def test_the_commune_party_building_board_with_its_committee():
    rows = assignment_rows("KẾ HOẠCH số 4-KH/ĐU\n\n3. Ban Xây dựng Đảng Đảng ủy xã tham mưu sơ kết việc thực hiện Kế hoạch.\n")
    assert rows == {("Ban Xây dựng Đảng Đảng ủy xã", "lead")}


def test_party_committees_and_organisations_are_two_rows_with_their_qualifier():
    # point (w): 'các cấp ủy, tổ chức đảng' names two parts of the Party; the qualifier after the second covers both
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "1. Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy lãnh đạo xây dựng kế hoạch thực hiện.\n")
    assert rows == {("Các cấp ủy trực thuộc Tỉnh ủy", "lead"), ("Tổ chức đảng trực thuộc Tỉnh ủy", "lead")}


def test_the_committee_after_a_list_of_its_boards_names_each_board():
    # 'Ban Tuyên giáo' alone would be any committee's board; the committee after the last board is every board's
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "1. Ban Tổ chức, Ban Tuyên giáo và Ủy ban Kiểm tra Tỉnh ủy theo dõi việc thực hiện Kế hoạch.\n")
    assert rows == {("Ban Tổ chức Tỉnh ủy", "monitor"), ("Ban Tuyên giáo Tỉnh ủy", "monitor"),
                    ("Ủy ban Kiểm tra Tỉnh ủy", "monitor")}


def test_a_board_before_a_body_of_another_kind_keeps_its_words():
    # near misses: a department's place is no committee, and a board with a committee of its own keeps it
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "1. Ban Tuyên giáo và Sở Văn hóa tỉnh tuyên truyền về du lịch.\n"
                           "2. Ban Dân vận Huyện ủy và Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác dân vận.\n")
    assert {"Ban Tuyên giáo", "Ban Dân vận Huyện ủy", "Ban Tuyên giáo Tỉnh ủy"} <= {body for body, _ in rows}


def test_party_organisations_at_every_level_leave_the_committees_name_alone():
    # 'các cấp' after the pair adds nothing to 'các cấp ủy'; a grassroots organisation's words are kept
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "1. Các cấp ủy, tổ chức đảng các cấp lãnh đạo xây dựng kế hoạch thực hiện.\n"
                           "2. Cấp ủy, tổ chức cơ sở đảng lãnh đạo sơ kết Kế hoạch.\n")
    assert {("Các cấp ủy", "lead"), ("Tổ chức đảng các cấp", "lead"),
            ("Cấp ủy", "lead"), ("Tổ chức cơ sở đảng", "lead")} <= rows
    assert not any("," in body for body, _ in rows)


def test_party_committees_and_the_government_stay_two_bodies():
    # near miss: 'các cấp ủy, chính quyền' names two kinds of body
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "1. Các cấp ủy, chính quyền lãnh đạo xây dựng kế hoạch thực hiện.\n")
    assert {("Các cấp ủy", "lead"), ("Chính quyền", "lead")} <= rows


def test_a_steering_committee_named_by_its_number_is_one_body():
    rows = assignment_rows("TỈNH ỦY LẠNG SƠN\nSố: 12-CT/TU\nCHỈ THỊ\n\n2. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:\n"
                           "- Chỉ đạo Ban Chỉ đạo 389 tỉnh chủ trì, phối hợp với Công an tỉnh mở các đợt cao điểm.\n")
    assert {("Ban Chỉ đạo 389 tỉnh", "lead"), ("Công an tỉnh", "coordinate")} <= rows
    # near miss: a number with a symbol's slash is no part of the name
    rows = assignment_rows("TỈNH ỦY LẠNG SƠN\nSố: 12-CT/TU\nCHỈ THỊ\n\n"
                           "1. Ban Chỉ đạo tỉnh chủ trì, phối hợp với Công an tỉnh mở các đợt cao điểm.\n")
    assert ("Ban Chỉ đạo tỉnh", "lead") in rows


# point (x): village-level units told to do something are bodies; places, audiences and counts are not
_COMMUNE = "ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 09/KH-UBND\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"


def test_villages_a_commune_directs_lead_their_task():
    rows = assignment_rows(_COMMUNE + "1. UBND xã chỉ đạo các thôn, bản ký cam kết không đốt nương.\n"
                                      "2. Công an xã chỉ đạo các xóm, tổ dân phố rà soát người tạm trú.\n")
    assert rows == {("UBND xã", "lead"), ("Các thôn, bản", "lead"), ("Công an xã", "lead"),
                    ("Các xóm, tổ dân phố", "lead")}


def test_villages_as_subjects_take_the_role_their_verb_gives():
    rows = assignment_rows(_COMMUNE + "1. Các tổ dân phố vận động Nhân dân tham gia học nghề.\n"
                                      "2. Các khu phố tuyên truyền việc phân loại rác.\n")
    assert rows == {("Các tổ dân phố", "participate"), ("Các khu phố", "participate")}


def test_near_miss_villages_as_places_audiences_or_counts_have_no_row():
    rows = assignment_rows(_COMMUNE + "1. UBND xã tổ chức tuyên truyền đến các thôn, bản.\n"
                                      "2. Công an xã tuần tra tại các thôn có rừng.\n"
                                      "3. Mỗi thôn duy trì 01 tổ tự quản.\n")
    assert {body for body, _ in rows} == {"UBND xã", "Công an xã"}


def test_near_miss_boards_and_pressures_are_no_villages():
    # 'các ban' (boards) folds as 'các bản' does; 'các áp lực' folds as 'các ấp' does
    rows = assignment_rows(_COMMUNE + "1. Các ban, ngành phối hợp tuyên truyền Kế hoạch.\n"
                                      "2. UBND xã giải quyết các áp lực về việc làm.\n")
    assert not any(body.startswith(("Các bản", "Các ấp")) for body, _ in rows)


def test_residential_units_and_their_cells_are_bodies():
    # a village or ward area with 'khu dân cư' among its kinds, a Youth Union or association cell named by its village
    # without 'các', and a ward's areas' party cells
    rows = assignment_rows(_COMMUNE + "1. Các thôn, khu dân cư phổ biến Kế hoạch đến hộ kinh doanh.\n"
                                      "2. Các chi đoàn thôn tuyên truyền, vận động đoàn viên hiến máu tình nguyện.\n"
                                      "3. Các chi hội khu dân cư vận động hội viên phân loại rác.\n"
                                      "4. Chi bộ các khu vực tổ chức sinh hoạt chuyên đề về phòng, chống ma túy.\n")
    assert rows == {("Các thôn, khu dân cư", "participate"), ("Các chi đoàn thôn", "participate"),
                    ("Các chi hội khu dân cư", "participate"), ("Chi bộ các khu vực", "participate")}


def test_near_miss_areas_and_residential_places_are_no_bodies():
    # areas with no cell before them, and a residential area as a place, are no body
    rows = assignment_rows(_COMMUNE + "1. Các khu vực tuyên truyền, vận động thanh niên nhập ngũ.\n"
                                      "2. Công an xã tuần tra tại các khu dân cư.\n"
                                      "3. Chi đoàn xã vận động thanh niên các khu vực tham gia hiến máu.\n")
    assert {body for body, _ in rows} == {"Công an xã", "Chi đoàn xã"}


def test_a_name_whose_field_folds_like_giao_is_read_up_to_its_role():
    # 'giáo' of 'giáo dục' folds like 'giao' (to assign) but hands nothing on: the name runs to 'chủ trì'
    rows = assignment_rows("Quyết định số 210/QĐ-BGDĐT ngày 3/3/2026 ban hành Kế hoạch như sau.\n\nCục Nhà giáo và Cán bộ "
                           "quản lý giáo dục chủ trì, phối hợp với Vụ Pháp chế rà soát định mức giáo viên.")
    assert ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "lead") in rows


def test_a_verb_that_hands_the_task_on_still_ends_the_unknown_name():
    # near miss: a real 'giao' between the first name and 'chủ trì' names two bodies, the giver and the lead
    rows = assignment_rows("Quyết định số 210/QĐ-BGDĐT ngày 3/3/2026 ban hành Kế hoạch như sau.\n\nCục Nhà giáo giao Trung tâm "
                           "bồi dưỡng nhà giáo chủ trì, phối hợp với Vụ Pháp chế rà soát định mức giáo viên.")
    assert not any(body.startswith("Cục Nhà giáo giao") for body, _ in rows)


@pytest.mark.parametrize("partner", ["Viễn thông Phú Thọ", "Công ty Điện lực Quảng Trị"])
def test_a_state_firm_named_as_partner_is_a_body(partner):
    rows = assignment_rows(f"Kế hoạch số 12/KH-UBND giao Sở Công Thương chủ trì, phối hợp với {partner} phủ sóng di động "
                           "đến các thôn vùng lõm sóng.")
    assert (partner, "coordinate") in rows and ("Sở Công Thương", "lead") in rows


def test_the_investigating_office_a_party_committee_leads_is_a_body():
    rows = assignment_rows("Thông báo số 40-TB/TU đề nghị Đảng ủy Công an tỉnh lãnh đạo Cơ quan Cảnh sát điều tra Công an "
                           "tỉnh chủ động xác minh, kê biên tài sản.")
    assert ("Cơ quan Cảnh sát điều tra Công an tỉnh", "lead") in rows


def test_a_lower_case_firm_word_names_no_body():
    # near miss: 'công ty' in lower case is a common noun, the firms a task is about
    rows = assignment_rows("Kế hoạch số 12/KH-UBND giao Sở Công Thương chủ trì, phối hợp với công ty điện lực phủ sóng di "
                           "động đến các thôn.")
    assert not any(body.lower().startswith("công ty") for body, _ in rows)


def test_the_kinds_of_units_written_short_stay_one_body():
    rows = assignment_rows("Kế hoạch số 12/KH-UBND yêu cầu UBND tỉnh và UBND các huyện, thành, thị hằng năm ưu tiên bố trí "
                           "ngân sách cho hạ tầng số.")
    assert ("UBND các huyện, thành, thị", "lead") in rows


def test_a_word_after_the_units_that_only_starts_like_a_kind_is_no_unit():
    # near miss: 'thịt' is no 'thị' (a town): the list of kinds ends before it
    rows = assignment_rows("Kế hoạch số 12/KH-UBND yêu cầu UBND các huyện, thịt lợn được kiểm dịch.")
    assert not any(body.endswith("thịt") for body, _ in rows)


def test_the_heads_of_a_ministrys_own_units_answer_for_their_tasks():
    rows = assignment_rows("QUYẾT ĐỊNH\n\nĐiều 2. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm trước Bộ trưởng về kết quả "
                           "thực hiện nhiệm vụ được giao tại Kế hoạch này.")
    assert ("Thủ trưởng các đơn vị thuộc Bộ", "lead") in rows


def test_the_heads_held_to_carry_out_the_decision_have_no_task():
    # near miss: the closing formula of an official text gives no row (point (n))
    rows = assignment_rows("QUYẾT ĐỊNH\n\nĐiều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi "
                           "hành Quyết định này.")
    assert rows == set()


def test_a_steering_committee_before_its_role_and_a_partner_whose_task_opens_with_a_verb_stays_two_bodies():
    # 'mở các đợt cao điểm' is a verb: the steering committee's field never runs past 'chủ trì' to the partner
    rows = assignment_rows("TỈNH ỦY LẠNG SƠN\nSố: 12-CT/TU\nCHỈ THỊ\n\n"
                           "1. Ban Chỉ đạo huyện chủ trì, phối hợp với Công an tỉnh mở các đợt cao điểm.\n")
    assert {("Ban Chỉ đạo huyện", "lead"), ("Công an tỉnh", "coordinate")} <= rows


_PLAN = ("UBND TỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhát triển nông nghiệp "
         "hữu cơ năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_a_short_name_in_brackets_before_the_standing_office_s_words():
    rows = assignment_rows(_PLAN + "1. Sở Nông nghiệp và Môi trường (Sở NN&MT) là cơ quan thường trực, giúp UBND tỉnh "
                                   "theo dõi, đôn đốc việc thực hiện Kế hoạch.\n")
    assert rows == {("Sở Nông nghiệp và Môi trường", "monitor")}


def test_near_miss_a_bracket_before_no_verb_and_no_standing_gives_no_row():
    rows = assignment_rows(_PLAN + "1. Sở Nông nghiệp và Môi trường (Sở NN&MT) là một trong những sở có nhiều kết quả "
                                   "trong năm qua.\n")
    assert rows == set()
