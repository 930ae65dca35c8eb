"""Who the subject of a task is (kg.extract.assignments): a share of bodies that opens a line is a measure, not an
opening phrase before the subject; a hand-over (giao) goes on over the later clauses of its sentence; the bodies a
body guides are its object, those it directs do their task (in a report, they took part); a bare 'Hội' is the
association named in full before it, a bare 'Sở' after an answer's label the department of the one who answers;
'lãnh, chỉ đạo' leads; a request goes on over a sentence of task verbs; each with a near miss. Texts are our own."""
from __future__ import annotations


from extract_helpers import assignment_rows


_PLAN = "Kế hoạch số 52-KH/HU ngày 4/5/2024 của Huyện ủy về học tập Chỉ thị.\n"


def test_a_share_of_bodies_opening_a_line_is_a_measure():
    rows = assignment_rows(_PLAN + "1. 100% chi bộ, đảng bộ cơ sở tổ chức quán triệt Chỉ thị trước ngày 30/6/2024.\n"
                         "2. 40/45 cơ quan, đơn vị xây dựng chuẩn mực đạo đức công vụ.\n")
    assert rows == set()


def test_an_opening_phrase_before_the_subject_is_still_skipped():
    # near miss: a phrase that is no share of bodies ends at its comma, and the bodies after it are the subject
    rows = assignment_rows(_PLAN + "1. Trên cơ sở kết quả sơ kết, Ban Tuyên giáo Huyện ủy chủ trì tổ chức quán triệt Chỉ thị.\n"
                         "2. Trong năm 2024, Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện.\n")
    assert rows == {("Ban Tuyên giáo Huyện ủy", "lead"), ("Ủy ban Kiểm tra Huyện ủy", "monitor")}


_REVIEW = ("Sáng 2/4, UBND huyện tổ chức hội nghị sơ kết thực hiện Chương trình số 21-CTr/TU ngày 5/1/2024 của Tỉnh ủy "
           "về xây dựng nông thôn mới.\n")


def test_a_hand_over_goes_on_over_the_later_clauses_of_its_sentence():
    rows = assignment_rows(_REVIEW + "Chủ tịch UBND huyện giao Phòng Nông nghiệp huyện chủ trì, phối hợp với Phòng Tài chính huyện "
                           "thẩm định hồ sơ; UBND các xã chỉnh trang đường làng; Đoàn Thanh niên huyện tham gia dọn vệ sinh.\n")
    assert {("Phòng Nông nghiệp huyện", "lead"), ("Phòng Tài chính huyện", "coordinate"), ("UBND các xã", "lead"),
            ("Đoàn Thanh niên huyện", "participate")} == rows


def test_without_a_hand_over_a_later_clause_keeps_the_default_role():
    # near miss: the same sentence with 'đề nghị' hands nothing over: keeping up work takes part (point (af)), while a task
    # of the body's own leads it with or without the hand-over
    rows = assignment_rows(_REVIEW + "Chủ tịch UBND huyện đề nghị Phòng Nông nghiệp huyện chủ trì, phối hợp với Phòng Tài chính "
                           "huyện thẩm định hồ sơ; UBND các xã duy trì vệ sinh đường làng.\n")
    assert ("UBND các xã", "participate") in rows and ("UBND các xã", "lead") not in rows


def test_the_bodies_a_body_guides_are_its_object():
    rows = assignment_rows(_PLAN + "Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy hướng dẫn các chi bộ, đảng bộ "
                         "cơ sở thực hiện quy trình kết nạp đảng viên.\n")
    assert rows == {("Ban Tổ chức Huyện ủy", "lead"), ("Ủy ban Kiểm tra Huyện ủy", "coordinate")}


def test_the_bodies_a_body_directs_do_their_task():
    # near miss: 'chỉ đạo' hands the task on to the bodies after it
    rows = assignment_rows(_PLAN + "Ban Thường vụ Huyện ủy chỉ đạo các chi bộ, đảng bộ cơ sở tuyên truyền Chỉ thị.\n")
    assert ("Các chi bộ", "participate") in rows


def test_drawing_up_a_list_is_a_task_verb():
    rows = assignment_rows("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 77/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề hỗ trợ vùng trồng vải\n\n"
                 "Điều 2. Ủy ban nhân dân huyện Thanh Hà chỉ đạo các xã lập danh sách hộ tham gia.\n")
    assert ("Các xã", "lead") in rows


def test_lap_inside_a_name_is_no_task_verb():
    # near miss: a capitalised 'Lập' is part of a name, and the body is read to its verb
    rows = assignment_rows(_PLAN + "Trường Tiểu học Độc Lập tuyên truyền Chỉ thị.\n")
    assert ("Trường Tiểu học Độc Lập", "participate") in rows


_ASSOCIATION = ("Ngày 12/12, Hội Cựu chiến binh tỉnh tổng kết công tác năm 2024 và triển khai Chương trình số 14-CTr/TU "
                "ngày 3/3/2024 của Tỉnh ủy.\n")


def test_a_bare_hoi_is_the_association_named_before():
    rows = assignment_rows(_ASSOCIATION + "Hội đã phối hợp với Ngân hàng Chính sách xã hội tỉnh giải ngân vốn vay cho hội viên.\n")
    assert {("Hội Cựu chiến binh tỉnh", "coordinate"), ("Ngân hàng Chính sách xã hội tỉnh", "coordinate")} == rows


def test_a_bare_hoi_without_a_name_before_or_a_verb_after_is_no_subject():
    # near misses: no association named before it; 'Hội nghị' (the conference) is no association
    assert assignment_rows("Hội đã phối hợp với Ngân hàng Chính sách xã hội tỉnh giải ngân vốn vay.\n") == set()
    rows = assignment_rows(_ASSOCIATION + "Hội nghị đề nghị Ban Tuyên giáo Tỉnh ủy tuyên truyền Chương trình.\n")
    assert {body for body, _ in rows} == {"Ban Tuyên giáo Tỉnh ủy"}


def test_lanh_chi_dao_is_leading_and_directing():
    # 'lãnh, chỉ đạo' writes the shared word of 'lãnh đạo, chỉ đạo' once
    rows = assignment_rows(_ASSOCIATION + "Đồng chí Bí thư Tỉnh ủy đề nghị các đảng đoàn tập trung, lãnh, chỉ đạo cơ quan, đơn vị mình "
                                "thực hiện đạt các chỉ tiêu.\n")
    assert rows == {("Các đảng đoàn", "lead")}


def test_focusing_alone_is_taking_part():
    # near miss: without 'lãnh, chỉ đạo' the chain carries no role of its own and the call makes it taking part
    rows = assignment_rows(_ASSOCIATION + "Đồng chí Bí thư Tỉnh ủy đề nghị các đảng đoàn tập trung thực hiện đạt các chỉ tiêu.\n")
    assert rows == {("Các đảng đoàn", "participate")}


def test_a_request_goes_on_over_a_sentence_of_task_verbs():
    rows = assignment_rows(_ASSOCIATION + "Đồng chí Bí thư Tỉnh ủy đề nghị Hội Cựu chiến binh tỉnh lãnh đạo hội viên giữ vững an ninh "
                                "ở cơ sở. Tập trung thực hiện tốt công tác giảm nghèo ở các xã.\n")
    assert rows == {("Hội Cựu chiến binh tỉnh", "lead"), ("Hội Cựu chiến binh tỉnh", "participate")}


def test_a_report_does_not_go_on_over_a_sentence_of_task_verbs():
    # near misses: after a report, and a sentence that opens on the noun 'công tác', carry no subject
    rows = assignment_rows(_ASSOCIATION + "Năm qua, Hội Cựu chiến binh tỉnh đã lãnh đạo hội viên giữ vững an ninh ở cơ sở. Tập "
                                "trung thực hiện tốt công tác giảm nghèo ở các xã.\n")
    assert ("Hội Cựu chiến binh tỉnh", "participate") not in rows
    rows = assignment_rows(_ASSOCIATION + "Đồng chí Bí thư Tỉnh ủy đề nghị Hội Cựu chiến binh tỉnh lãnh đạo hội viên giữ vững an ninh "
                                "ở cơ sở. Theo đó, công tác Hội đạt nhiều kết quả.\n")
    assert rows == {("Hội Cựu chiến binh tỉnh", "lead")}


def test_the_bodies_a_report_says_were_directed_took_part():
    rows = assignment_rows(_REVIEW + "Năm qua, Huyện ủy đã chỉ đạo 12 chi bộ làm điểm, sau đó nhân rộng ra toàn huyện.\n")
    assert ("12 chi bộ", "participate") in rows


def test_the_bodies_a_report_says_were_directed_to_a_task_of_their_own_led_it():
    # point (aa): the directed body's own work with no cue is its lead, in a report as in a plan; near miss above: piloting
    # a document ('làm điểm') is carrying it out
    rows = assignment_rows(_REVIEW + "Năm qua, Ban Thường vụ Huyện ủy đã chỉ đạo UBND huyện xây dựng 2 đề án về vùng nguyên liệu.\n")
    assert ("UBND huyện", "lead") in rows and ("UBND huyện", "participate") not in rows


def test_a_report_that_a_body_directed_others_keeps_the_directing_body():
    # 'đã chỉ đạo' right before the bodies directed: the body named before 'đã' is the one that directed them, also where
    # the words before its name are no body ('Thường vụ Hội ...' without 'Ban'); read as a request, it had no row
    rows = assignment_rows(_REVIEW + "Năm qua, Thường vụ Hội Nông dân huyện đã chỉ đạo các cấp Hội Nông dân xây dựng "
                                     "15 mô hình liên kết.\n")
    assert ("Hội Nông dân huyện", "lead") in rows and ("Các cấp Hội Nông dân", "lead") in rows


def test_the_bodies_directed_to_a_non_task_get_no_row():
    # near miss: 'đưa việc học tập thành nền nếp' opens on no task verb
    rows = assignment_rows(_REVIEW + "Năm qua, Huyện ủy đã chỉ đạo các chi bộ đưa việc học tập thành nền nếp.\n")
    assert {body for body, _ in rows} == {"Huyện ủy"}


def test_a_verb_chain_read_twice_is_the_same_and_its_lists_are_the_callers():
    from kg.extract.task_subjects import Parser
    from kg.extract.text import prepare
    p = prepare("Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ kiểm tra việc thực hiện.")
    P = Parser(p)
    at = p.folded.index("chu tri")
    verbs, coord, start, end = P.chain(at, len(p.text))
    assert verbs[:2] == ["chu tri", "phoi hop voi"] and len(coord) == 2 and start == at
    verbs.append("x")
    coord.clear()       # (the caller may change what it was handed: the next ask still reads the clause's own)
    again = P.chain(at, len(p.text))
    assert again[0] == verbs[:-1] and len(again[1]) == 2 and again[2:] == (start, end)


def test_a_directed_body_told_to_make_room_for_others_takes_part():
    # point (af): making room for another's work ('tạo điều kiện cho') is its part, also where a body directs it
    rows = assignment_rows(_PLAN + "Đề nghị UBND huyện chỉ đạo Ngân hàng Chính sách xã hội huyện tạo điều kiện cho hội viên "
                                   "tiếp cận vốn vay.\n")
    assert ("Ngân hàng Chính sách xã hội huyện", "participate") in rows
    assert ("Ngân hàng Chính sách xã hội huyện", "lead") not in rows


def test_near_miss_a_directed_body_told_to_do_a_task_of_its_own_leads_it():
    rows = assignment_rows(_PLAN + "Đề nghị UBND huyện chỉ đạo Ngân hàng Chính sách xã hội huyện rà soát các khoản vay quá "
                                   "hạn.\n")
    assert ("Ngân hàng Chính sách xã hội huyện", "lead") in rows


def test_the_occasion_between_the_bodies_asked_and_their_verbs():
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tôi đề nghị các cấp ủy, "
                           "chính quyền, khi triển khai Nghị quyết, phải bố trí đủ nguồn lực cho chuyển đổi số.")
    assert rows == {("Các cấp ủy", "lead"), ("Chính quyền", "lead")}


def test_a_clause_between_commas_that_carries_nothing_out_is_no_occasion():
    # near miss: 'khi họp bàn' is no carrying out of a document
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tôi đề nghị các cấp ủy, "
                           "chính quyền, khi họp bàn, phải bố trí đủ nguồn lực cho chuyển đổi số.")
    assert rows == set()


def test_members_asked_act_through_a_filler():
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tôi đề nghị các đồng chí "
                           "bí thư cấp ủy trực tiếp chỉ đạo việc chuyển đổi số ở cơ sở.")
    assert rows == {("Các đồng chí bí thư cấp ủy", "lead")}



_PRESS = ("Chiều 20/10/2025, UBND tỉnh tổ chức họp báo thông tin kết quả 9 tháng.\n"
          "Hỏi (Báo Bắc Kạn): Còn nhiều hộ chưa có nhà ở kiên cố, tỉnh xử lý thế nào?\n")


def test_a_bare_so_in_an_answer_is_the_department_of_the_one_who_answers():
    rows = assignment_rows(_PRESS + "Đáp (ông Hoàng Văn Lợi, Phó Giám đốc Sở Xây dựng): Sở phối hợp với UBND các xã "
                                    "rà soát, hoàn thành hỗ trợ làm nhà trước ngày 30/11/2025.\n")
    assert {("Sở Xây dựng", "coordinate"), ("UBND các xã", "coordinate")} == rows


def test_near_miss_a_bare_so_with_no_department_named_before_is_no_subject():
    rows = assignment_rows(_PRESS + "Đáp (ông Hoàng Văn Lợi): Sở phối hợp với UBND các xã rà soát, hoàn thành hỗ trợ làm "
                                    "nhà trước ngày 30/11/2025.\n")
    assert rows == set()
    # nor one that says what the department has done: its report's results
    rows = assignment_rows(_PRESS + "Đáp (ông Hoàng Văn Lợi, Phó Giám đốc Sở Xây dựng): Sở đã kiểm tra 14 xã, hỗ trợ "
                                    "làm mới 212 căn nhà.\n")
    assert rows == set()
