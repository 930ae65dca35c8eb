"""The document of the tasks a meeting gives (kết luận hội nghị): the one the meeting rolls out or reviews, not the
local plan the report names as background; each rule with a near miss. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

from extract_helpers import assignment_rows


def _docs(text: str) -> dict[tuple[str, str], str | None]:
    return {(a.body, a.role): a.document for a in extract(text).assignments}


_REVIEW = ("Ngày 12/4/2024, Ban Thường vụ Huyện ủy Yên Lập tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số "
           "21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương. Để cụ thể hóa, Huyện ủy đã ban hành Chương trình "
           "hành động số 33-CTr/HU ngày 3/9/2022.\n\n"
           "Sau 2 năm thực hiện Chương trình hành động, toàn huyện kết nạp 310 đảng viên.\n\n")


@pytest.mark.parametrize("text, documents", [
    # a review's conclusion gives its tasks to the reviewed document
    pytest.param(_REVIEW + "Kết luận hội nghị, Ban Thường vụ Huyện ủy yêu cầu Ban Tổ chức Huyện ủy chủ trì, phối hợp với "
                 "Văn phòng Huyện ủy rà soát đội ngũ bí thư chi bộ; Ban Tuyên giáo Huyện ủy tuyên truyền các mô hình hay.",
                 {("Ban Tổ chức Huyện ủy", "lead"): "21-NQ/TW", ("Văn phòng Huyện ủy", "coordinate"): "21-NQ/TW",
                  ("Ban Tuyên giáo Huyện ủy", "participate"): "21-NQ/TW"}, id="review-conclusion"),
    # near miss: 'việc thực hiện Chương trình' names the plan; the task after it in the paragraph goes on with it
    pytest.param(_REVIEW + "Kết luận hội nghị, Ban Thường vụ Huyện ủy giao Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện "
                 "Chương trình tại các chi bộ. Ban Tổ chức Huyện ủy theo dõi, đôn đốc các chi bộ.",
                 {("Ủy ban Kiểm tra Huyện ủy", "monitor"): "33-CTr/HU", ("Ban Tổ chức Huyện ủy", "monitor"): "33-CTr/HU"},
                 id="task-names-the-local-plan"),
    # near miss: 'tuyên truyền Nghị quyết' names the resolution as what is spread, not the task's document
    pytest.param("Ngày 24/5/2024, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị quán triệt Nghị quyết số 46-NQ/TW của "
                 "Bộ Chính trị, đồng thời triển khai Kế hoạch số 71-KH/HNDT của Hội.\n\n"
                 "Ban Thường vụ Hội giao Ban Tuyên huấn chủ trì tuyên truyền Nghị quyết trên trang thông tin của Hội.",
                 {("Ban Tuyên huấn", "lead"): "71-KH/HNDT"}, id="document-spread-is-the-object"),
    # a meeting that reviews a directive and rolls out its successor gives its tasks to the new one
    pytest.param("Chiều 2/4/2024, Ban Thường vụ Thành ủy tổ chức hội nghị tổng kết 1 năm thực hiện Chỉ thị số 05-CT/TU và "
                 "triển khai Chỉ thị số 09-CT/TU năm 2024 của Ban Thường vụ Thành ủy.\n\n"
                 "Chỉ thị số 09-CT/TU được ký ngày 25/3/2024, thay thế Chỉ thị số 05-CT/TU.\n\n"
                 "Công an thành phố chủ trì, phối hợp với Phòng Văn hóa và Thông tin xử lý các hành vi chèo kéo khách.",
                 {("Công an thành phố", "lead"): "09-CT/TU"}, id="reviews-one-rolls-out-its-successor"),
])
def test_the_document_of_a_meeting_s_tasks(text, documents):
    docs = _docs(text)
    assert {row: docs.get(row, "absent") for row in documents} == documents


def test_a_text_about_its_own_document_adopted_at_a_meeting_keeps_it():
    # near miss: the session that adopted the text's document is named after it; the tasks stay the document's own
    docs = _docs("Bộ Chính trị vừa có Kết luận số 140-KL/TW về sắp xếp bộ máy.\n\n"
                 "Kết luận được đưa ra tại phiên họp ngày 28/2/2025, sau khi nghe báo cáo về Kết luận số 126-KL/TW.\n\n"
                 "Nhằm thực hiện Kết luận số 126-KL/TW, Bộ Chính trị yêu cầu các cấp ủy tập trung làm tốt các nội "
                 "dung được nêu.")
    assert docs.get(("Các cấp ủy", "participate")) != "126-KL/TW"


def test_who_chaired_a_meeting_in_the_passive_is_no_task():
    text = ("Sáng 12/4, Huyện ủy Yên Lập tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 10-NQ/HU. Hội nghị do "
            "đồng chí Lê Văn Bình, Phó Bí thư Thường trực Huyện ủy chủ trì, phối hợp với Ban Tuyên giáo Huyện ủy tổ chức.")
    assert not extract(text).assignments


def test_a_lead_named_after_a_comma_without_an_agent_is_a_task():
    # near miss: no 'do' before the lead, so '..., Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với ...' assigns
    text = ("Kế hoạch số 20-KH/HU.\nĐể nâng cao chất lượng học tập Nghị quyết, Ban Tuyên giáo Huyện ủy chủ trì, phối hợp "
            "với Trung tâm Chính trị huyện mở lớp bồi dưỡng.\n")
    got = {(a.body, a.role) for a in extract(text).assignments}
    assert ("Ban Tuyên giáo Huyện ủy", "lead") in got and ("Trung tâm Chính trị huyện", "coordinate") in got


def test_a_body_directed_to_speed_something_up_does_that_task():
    text = ("THÔNG BÁO KẾT LUẬN\nSố 215-TB/HU\n\nNhiệm vụ thời gian tới:\n- Đảng ủy xã tập trung lãnh đạo hoàn thành các "
            "chỉ tiêu; chỉ đạo UBND xã đẩy nhanh tiến độ giải phóng mặt bằng.\n")
    assert ("UBND xã", "lead") in {(a.body, a.role) for a in extract(text).assignments}


def test_speeding_up_ends_a_name_before_it():
    # near miss: 'đẩy nhanh' after a name is the body's task, not a word of its name
    text = ("Kế hoạch số 20/KH-UBND.\nBan Quản lý dự án tỉnh chủ trì, phối hợp với Kho bạc Nhà nước đẩy nhanh giải "
            "ngân.\n")
    assert ("Kho bạc Nhà nước", "coordinate") in {(a.body, a.role) for a in extract(text).assignments}


def test_a_meeting_a_plan_gives_its_lead_to_prepare_is_a_task():
    # ('các nhà tài trợ' is no body the gazetteer knows: the partners' names run on to the ceremony)
    rows = assignment_rows("KẾ HOẠCH số 12-KH/HKH\n\n1. Hội Khuyến học tỉnh: Chủ trì, phối hợp với các nhà tài trợ tổ chức lễ "
                           "trao học bổng.\n")
    assert rows == {("Hội Khuyến học tỉnh", "lead")}


# our own wording: a review of a directive that a district plan carries out, then the meeting's conclusion
_DIRECTIVE_REVIEW = ("Chiều 3/10, Ban Thường vụ Huyện ủy Mường Chà tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị "
                     "số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. "
                     "Ngay sau đó Ban Thường vụ Huyện ủy ban hành Kế hoạch số 52-KH/HU ngày 2 tháng 8 năm 2016 để "
                     "triển khai trên địa bàn.\n\n")


def test_a_passive_in_what_a_task_is_for_reports_nothing():
    # 'để đoàn viên trẻ được học tập' is the purpose of what is asked: the task is the reviewed directive's
    docs = _docs(_DIRECTIVE_REVIEW + "Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục quan tâm "
                                     "lãnh đạo, tạo điều kiện để đoàn viên trẻ được học tập.")
    assert docs[("Các cấp ủy", "lead")] == "05-CT/TW"


def test_what_bodies_did_reported_at_a_review_is_work_on_the_reviewed_document():
    docs = _docs(_DIRECTIVE_REVIEW + "Theo báo cáo, 10 năm qua Ban Thường vụ Huyện ủy đã lãnh đạo các chi bộ đưa nội "
                                     "dung học tập vào sinh hoạt.")
    assert docs[("Ban Thường vụ Huyện ủy", "lead")] == "05-CT/TW"


def test_a_reported_act_after_the_plan_named_in_its_paragraph_keeps_the_plan():
    # near miss: the paragraph names the district plan before what the committee did
    docs = _docs(_DIRECTIVE_REVIEW + "Kế hoạch số 52-KH/HU đặt mục tiêu 100% chi bộ học tập chuyên đề. Theo báo cáo, "
                                     "Ban Thường vụ Huyện ủy đã lãnh đạo các chi bộ đưa nội dung học tập vào sinh hoạt.")
    assert docs[("Ban Thường vụ Huyện ủy", "lead")] == "52-KH/HU"


# our own wording: a study session of a central resolution, then the commune's plan that carries it out
_STUDY = ("Sáng 14/10/2025, Đảng ủy xã Tân Phú tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về "
          "phát triển khoa học, công nghệ.\n\n"
          "Cùng ngày, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU cụ thể hóa Kế hoạch số 40-KH/TU của Ban "
          "Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW.\n\n")
_STUDY_TASKS = ("Để đạt mục tiêu, Ban Thường vụ Đảng ủy xã giao UBND xã chủ trì, phối hợp với Công an xã xây dựng cơ sở "
                "dữ liệu dân cư; Đoàn Thanh niên xã tuyên truyền, vận động thanh niên học kỹ năng số.")


def test_a_study_sessions_tasks_go_to_the_local_plan_issued_after_it():
    docs = _docs(_STUDY + _STUDY_TASKS)
    # (the commune's plan, at the end of the chain 12 -> 40 -> 57)
    assert docs[("UBND xã", "lead")] == "12-KH/ĐU"
    assert docs[("Công an xã", "coordinate")] == "12-KH/ĐU"
    assert docs[("Đoàn Thanh niên xã", "participate")] == "12-KH/ĐU"


def test_a_study_session_with_no_local_plan_keeps_the_studied_document():
    # near miss: no plan carries the resolution out
    docs = _docs(_STUDY.split("\n\n")[0] + "\n\n" + _STUDY_TASKS)
    assert docs[("UBND xã", "lead")] == "57-NQ/TW"


def test_a_plan_named_in_the_study_sessions_sentence_through_another_is_the_tasks():
    # the programme carries out the resolution through the province's plan: it is the one rolled out
    docs = _docs("Sáng 18/11/2025, Đảng ủy phường Tân An tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính "
                 "trị và Chương trình hành động số 05-CTr/ĐU của Ban Thường vụ Đảng ủy phường. Chương trình thực hiện "
                 "Kế hoạch số 40-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW.\n\n"
                 "Về tổ chức thực hiện, UBND phường chủ trì xây dựng cơ sở dữ liệu dân cư.")
    assert docs[("UBND phường", "lead")] == "05-CTr/ĐU"


# point (aa): a body another body leads or directs in a conclusion does a task of its own itself (lead); studying or
# carrying out a document is its part (participate)

_CONCLUSION = ("Ngày 18/12/2025, Đảng ủy xã Ea Tóh tổ chức hội nghị tổng kết thực hiện Nghị quyết số 04-NQ/ĐU về nhiệm vụ "
               "năm 2025.\n\nKết luận hội nghị, đồng chí Bí thư Đảng ủy xã yêu cầu ")


def test_a_body_led_to_a_task_of_its_own_leads_it():
    rows = assignment_rows(_CONCLUSION + "Đảng ủy UBND xã lãnh đạo UBND xã tập trung cấp giấy chứng nhận quyền sử dụng "
                                         "đất cho các hộ còn lại.\n")
    assert {("Đảng ủy UBND xã", "lead"), ("UBND xã", "lead")} <= rows
    rows = assignment_rows(_CONCLUSION + "Ban Thường vụ Đảng ủy xã chỉ đạo UBND xã lập danh sách hộ cần hỗ trợ nhà ở.\n")
    assert ("UBND xã", "lead") in rows


def test_near_miss_a_body_led_to_study_and_carry_out_a_document_takes_part():
    rows = assignment_rows(_CONCLUSION + "Đảng ủy xã lãnh đạo các chi bộ quán triệt, thực hiện nghiêm Nghị quyết.\n")
    assert ("Các chi bộ", "participate") in rows and ("Các chi bộ", "lead") not in rows
    # nor where the text reports what a body led others to do
    rows = assignment_rows("Năm 2025, Đảng ủy xã đã lãnh đạo UBND xã cấp giấy chứng nhận quyền sử dụng đất cho 120 hộ.\n")
    assert ("UBND xã", "lead") not in rows


def test_near_miss_a_cell_told_to_hold_its_meetings_does_not_lead():
    # point (ai): holding a cell's meetings is its part, as studying is, not a task of its own
    rows = assignment_rows(_CONCLUSION + "Đảng ủy xã lãnh đạo các chi bộ thôn tổ chức sinh hoạt chuyên đề mỗi quý một lần.\n")
    assert not any(role == "lead" and "chi bộ" in body.lower() for body, role in rows)


def test_bodies_a_guidance_asks_to_hold_study_conferences_take_part():
    # point (ai): a study conference the bodies hold is their part in carrying the document out, as 'tổ chức quán triệt'
    text = ("Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 05-HD/BTGHU về học tập Nghị quyết số 11-NQ/TU.\n"
            "Các đảng ủy xã tổ chức hội nghị học tập, quán triệt Nghị quyết cho cán bộ chủ chốt.\n")
    assert assignment_rows(text) == {("Các đảng ủy xã", "participate")}
    # near miss: a conference to launch work of their own stays theirs to lead
    text = text.replace("hội nghị học tập, quán triệt Nghị quyết", "hội nghị đối thoại với doanh nghiệp")
    assert ("Các đảng ủy xã", "participate") not in assignment_rows(text)


_SESSION = "HĐND tỉnh bế mạc kỳ họp thứ 12, thông qua 20 nghị quyết.\nPhát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị "


def test_the_committee_a_council_asks_to_carry_out_its_resolutions_leads_them():
    # point (ae): the council's executor leads what the council passed, whether 'tổ chức thực hiện' or 'triển khai'
    rows = assignment_rows(_SESSION + "UBND tỉnh khẩn trương triển khai các nghị quyết vừa thông qua.")
    assert rows == {("UBND tỉnh", "lead")}


def test_near_miss_the_committee_asked_by_a_party_meeting_or_to_study_takes_part():
    # a party committee's meeting asking the executive to carry out its resolution: (aa), taking part; and studying the
    # resolutions at the council's close is no carrying out
    rows = assignment_rows("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12.\nPhát biểu kết luận, Bí thư Tỉnh ủy đề nghị "
                           "UBND tỉnh khẩn trương triển khai các nghị quyết vừa thông qua.")
    assert rows == {("UBND tỉnh", "participate")}
    rows = assignment_rows(_SESSION + "UBND tỉnh tăng cường quán triệt các nghị quyết vừa thông qua.")
    assert rows == {("UBND tỉnh", "participate")}


_VOTERS = ("Sáng 18/12, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Phú Lương sau Kỳ họp thứ 8.\n\n"
           "Cử tri xã Yên Đổ đề nghị Quốc hội, Chính phủ quan tâm điều chỉnh lương hưu. Ông Trần Văn Nam, cử tri xã Động "
           "Đạt, kiến nghị UBND huyện chỉ đạo các xã đẩy nhanh việc cấp giấy chứng nhận.\n\n")


def test_the_voters_requests_at_a_meeting_with_deputies_give_no_rows():
    assert {(a.body, a.role) for a in extract(_VOTERS).assignments} == set()


def test_near_miss_the_official_answering_the_voters_assigns():
    text = _VOTERS + ("Tiếp thu ý kiến cử tri, ông Lê Văn Hùng, Chủ tịch UBND huyện cho biết UBND huyện đã giao Phòng "
                      "Nông nghiệp và Môi trường chủ trì rà soát hồ sơ tồn đọng.\n")
    assert ("Phòng Nông nghiệp và Môi trường", "lead") in {(a.body, a.role) for a in extract(text).assignments}
