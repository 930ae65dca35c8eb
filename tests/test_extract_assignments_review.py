"""A review's report of what bodies did and what it asks of them next (kg.extract.assignments, kg.extract.bodies):
bodies 'từ huyện đến cơ sở', a time adverbial without its comma after 'đề nghị', and a body that did a task in a
role and is asked to go on in it, a sentence that opens on a time gone by ('Những năm qua, ...'); each with a near
miss. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows, assignment_documents as _docs

_REVIEW = ("Sáng 15/4, Huyện ủy Lục Ngạn tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU về phát triển "
           "cây ăn quả.\n\n")


def _rows(text: str) -> set[tuple[str, str, bool]]:
    return {(a.body, a.role, bool(a.task and a.task.endswith("(reported)"))) for a in extract(text).assignments}


def test_bodies_from_the_district_down_to_the_grassroots():
    rows = _rows(_REVIEW + "Sau 3 năm, các cấp ủy, chính quyền từ huyện đến cơ sở đã tích cực lãnh đạo, chỉ đạo thực hiện.")
    assert ("Các cấp ủy", "lead", True) in rows and ("Chính quyền từ huyện đến cơ sở", "lead", True) in rows


def test_a_span_from_a_level_to_a_number_is_no_body_modifier():
    # near miss: 'từ huyện đến 2025' is no span of levels
    rows = _rows(_REVIEW + "Sau 3 năm, chính quyền từ năm 2021 đến nay đã tích cực chỉ đạo thực hiện.")
    assert not any("từ năm" in body for body, _, _ in rows)


def test_a_time_adverbial_without_its_comma_after_de_nghi():
    rows = _rows(_REVIEW + "Đồng chí Bí thư Huyện ủy đề nghị thời gian tới các cấp ủy, chính quyền tiếp tục quán triệt "
                           "Nghị quyết.")
    assert ("Các cấp ủy", "participate", False) in rows and ("Chính quyền", "participate", False) in rows


def test_a_time_adverbial_without_bodies_after_it_names_none():
    # near miss: 'đề nghị thời gian tới cần ...' names no body
    rows = _rows(_REVIEW + "Đồng chí Bí thư Huyện ủy đề nghị thời gian tới cần tiếp tục quán triệt Nghị quyết.")
    assert not rows


def test_a_body_that_did_a_task_and_is_asked_to_go_on_has_two_rows():
    rows = _rows(_REVIEW + "Các cấp ủy đã tích cực lãnh đạo, chỉ đạo thực hiện. Đồng chí Bí thư đề nghị các cấp ủy tập "
                           "trung lãnh đạo, chỉ đạo chuyển đổi cơ cấu cây trồng.")
    assert ("Các cấp ủy", "lead", True) in rows and ("Các cấp ủy", "lead", False) in rows


def test_a_task_asked_twice_is_one_row():
    # near miss: two requests to the same body in the same role about the same document stay one row
    got = extract(_REVIEW + "Đồng chí Bí thư đề nghị các cấp ủy tập trung lãnh đạo, chỉ đạo chuyển đổi cơ cấu cây trồng; "
                            "các cấp ủy chỉ đạo xây dựng vùng nguyên liệu.").assignments
    assert [a.role for a in got if a.body == "Các cấp ủy"] == ["lead"]


_CT21 = ("Sáng 24/8, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về "
         "công tác phụ nữ.\n\n")


def test_work_reported_with_the_plan_issued_to_carry_a_directive_out_is_the_directives():
    got = _docs(_CT21 + "Triển khai Chỉ thị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 95-KH/TU ngày 5/4/2018, đồng "
                        "thời đã lãnh đạo, chỉ đạo các cấp ủy đưa chỉ tiêu cán bộ nữ vào nghị quyết đại hội.")
    assert ("Ban Thường vụ Tỉnh ủy", "lead", "21-CT/TW") in got


def test_work_reported_on_a_directive_and_its_local_plan_named_together_is_the_plans():
    # near miss: the plan is named as what was carried out, not as issued in the clause
    got = _docs(_CT21 + "Triển khai Chỉ thị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 95-KH/TU ngày 5/4/2018.\n\nSau "
                        "5 năm, các cấp ủy đã thực hiện nghiêm Chỉ thị số 21-CT/TW và Kế hoạch số 95-KH/TU, đồng thời đã "
                        "lãnh đạo, chỉ đạo đưa chỉ tiêu cán bộ nữ vào nghị quyết đại hội.")
    assert ("Các cấp ủy", "lead", "95-KH/TU") in got


def test_the_departments_of_the_province_are_one_body():
    rows = _rows(_REVIEW + "Kết luận buổi làm việc, đồng chí Bí thư đề nghị Huyện ủy tiếp tục lãnh đạo thực hiện tốt Nghị "
                           "quyết; các sở, ngành của tỉnh quan tâm hỗ trợ huyện tháo gỡ khó khăn.")
    assert ("Các sở, ngành của tỉnh", "participate", False) in rows


def test_cua_tinh_after_no_body_names_none():
    # near miss: 'của tỉnh' goes on a body, it is none by itself ('tiềm năng của tỉnh')
    rows = _rows(_REVIEW + "Đồng chí Bí thư đề nghị phát huy tiềm năng của tỉnh, hỗ trợ huyện tháo gỡ khó khăn.")
    assert not any("của tỉnh" in body for body, _, _ in rows)


def test_subject_after_an_opening_phrase_and_a_time_phrase():
    rows = assignment_rows("Báo cáo nêu rõ, qua 3 năm, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các chi bộ xây dựng "
                           "kế hoạch thực hiện Nghị quyết số 07-NQ/HU.")
    assert ("Ban Thường vụ Huyện ủy", "lead") in rows


def test_second_phrase_without_a_time_is_no_opening():
    # near miss: after 'chủ trì, phối hợp với A, B' the next names are partners, not a subject after two phrases
    rows = assignment_rows("Kế hoạch số 12-KH/UBND giao Phòng Nội vụ chủ trì, phối hợp với Huyện đoàn, Hội Nông dân huyện "
                           "kiểm tra việc thực hiện.")
    assert ("Huyện đoàn", "coordinate") in rows and ("Hội Nông dân huyện", "coordinate") in rows
    assert ("Huyện đoàn", "monitor") not in rows


def test_a_body_reporting_its_own_work():
    rows = assignment_rows("Tại buổi làm việc, Sở Công Thương cho biết đã phối hợp với UBND phường Bắc Sơn hỗ trợ các "
                           "tiểu thương.")
    assert rows == {("Sở Công Thương", "coordinate"), ("UBND phường Bắc Sơn", "coordinate")}


def test_a_body_saying_what_others_think_reports_no_task():
    # near miss: 'cho biết' followed by no act of the body ('cho biết nhiều hộ dân còn khó khăn')
    rows = assignment_rows("Tại buổi làm việc, Sở Công Thương cho biết nhiều tiểu thương vẫn còn khó khăn.")
    assert rows == set()


def test_a_meeting_held_with_a_partner_is_news_whatever_the_verb_chain():
    # ('phối hợp với B tổ chức hội nghị sơ kết ...': the meeting the text reports; the partners' list ends before it)
    rows = assignment_rows("Ngày 2/10/2025, Hội Cựu chiến binh tỉnh phối hợp với Sở Nội vụ tổ chức hội nghị sơ kết "
                           "chương trình phối hợp.\n\nThời gian tới, Hội Cựu chiến binh các xã phối hợp với các hợp tác "
                           "xã nhân rộng mô hình kinh tế.")
    assert rows == {("Hội Cựu chiến binh các xã", "coordinate"), ("Các hợp tác xã", "coordinate")}


def test_a_sentence_opening_on_a_time_gone_by_reports_what_bodies_did():
    for opener in ("Những năm qua", "Thời gian qua", "Qua 3 năm thực hiện Nghị quyết", "Trong 3 năm"):
        text = _REVIEW + f"{opener}, Ủy ban Kiểm tra Huyện ủy thường xuyên kiểm tra, giám sát các tổ chức đảng."
        assert _rows(text) == {("Ủy ban Kiểm tra Huyện ủy", "monitor", True)}, opener


def test_near_miss_a_time_to_come_reports_nothing():
    text = _REVIEW + "Trong 3 năm tới, Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát các tổ chức đảng."
    assert _rows(text) == {("Ủy ban Kiểm tra Huyện ủy", "monitor", False)}


def _district_report(basis: str) -> str:
    # our own wording: a district report's tasks section, the report written on the basis given
    return ("ỦY BAN NHÂN DÂN HUYỆN KỲ SƠN\nSố: 41/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện\n\n"
            f"{basis}, UBND huyện báo cáo như sau:\n\nI. KẾT QUẢ\nThu ngân sách năm 2024 đạt 105% dự toán.\n\n"
            "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Chi cục Thuế khu vực rà "
            "soát nguồn thu.\n")


def test_a_reports_tasks_are_not_the_letters_that_asked_for_it():
    facts = extract(_district_report("Thực hiện Công văn số 77-CV/HU ngày 2/3/2025 của Ban Thường vụ Huyện ủy về việc "
                                     "chuẩn bị báo cáo chính trị"))
    assert {(a.body, a.document) for a in facts.assignments} == {
        ("Phòng Tài chính - Kế hoạch", "41/BC-UBND"), ("Chi cục Thuế khu vực", "41/BC-UBND")}


def test_a_reports_tasks_ahead_are_its_own_also_where_it_reports_on_a_plan():
    # point (an): the tasks a report gives for the time ahead are the report's, not the plan's it reports on
    facts = extract(_district_report("Thực hiện Kế hoạch số 35/KH-UBND ngày 2/3/2024 của UBND huyện về phát triển kinh tế"))
    assert {a.document for a in facts.assignments} == {"41/BC-UBND"}


def test_near_miss_what_a_report_says_bodies_did_is_the_plans_it_reports_on():
    facts = extract(_district_report("Thực hiện Kế hoạch số 35/KH-UBND ngày 2/3/2024 của UBND huyện về phát triển kinh tế")
                    .replace("đạt 105% dự toán.", "đạt 105% dự toán. Năm 2024, Phòng Nông nghiệp và Phát triển nông thôn đã "
                             "chủ trì rà soát 120 hộ nghèo."))
    assert {(a.body, a.document) for a in facts.assignments} == {
        ("Phòng Nông nghiệp và Phát triển nông thôn", "35/KH-UBND"), ("Phòng Tài chính - Kế hoạch", "41/BC-UBND"),
        ("Chi cục Thuế khu vực", "41/BC-UBND")}


def test_a_partner_named_after_a_subject_behind_two_opening_phrases():
    rows = assignment_rows("Triển khai Kế hoạch số 46-KH/HU ngày 12/4/2018 của Ban Thường vụ Huyện ủy về tín dụng chính "
                           "sách, 6 năm qua, Hội Cựu chiến binh huyện đã phối hợp với Ngân hàng Chính sách xã hội huyện "
                           "quản lý 40 tổ tiết kiệm và vay vốn.")
    assert rows == {("Hội Cựu chiến binh huyện", "coordinate"), ("Ngân hàng Chính sách xã hội huyện", "coordinate")}


def test_near_miss_partners_named_by_no_body_give_no_row():
    # 'hai bên' (the two sides) names no body: no subject before 'đã phối hợp'
    rows = assignment_rows("Triển khai Kế hoạch số 46-KH/HU ngày 12/4/2018 của Ban Thường vụ Huyện ủy về tín dụng chính "
                           "sách, 6 năm qua, hai bên đã phối hợp mở 45 lớp tập huấn.")
    assert rows == set()

