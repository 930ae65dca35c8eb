"""Assignments as directives state them and as reviews report them, each rule with a near miss.
Texts are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows, assignment_documents as _docs


def test_lists_of_bodies_split_into_one_row_per_body_and_role():
    rows = assignment_rows("Kế hoạch số 20-KH/TU yêu cầu các cấp ủy, chính quyền, MTTQ và các tổ chức chính trị - xã hội "
                 "tiếp tục tuyên truyền, vận động Nhân dân.")
    assert {("Các cấp ủy", "participate"), ("Chính quyền", "participate"), ("MTTQ", "participate"),
            ("Các tổ chức chính trị - xã hội", "participate")} <= rows


def test_giao_chu_tri_phoi_hop_and_no_body_coordinating_with_itself():
    rows = assignment_rows("Kế hoạch số 20-KH/TU giao Sở Nội vụ chủ trì, phối hợp với Sở Nội vụ và Sở Tài chính rà soát "
                 "biên chế.")
    assert ("Sở Nội vụ", "lead") in rows and ("Sở Tài chính", "coordinate") in rows
    assert ("Sở Nội vụ", "coordinate") not in rows


def test_phoi_hop_without_voi_names_the_partners():
    rows = assignment_rows("Chương trình số 12-CTr/TU đề nghị Hội Nông dân tỉnh phối hợp Sở Công Thương, các địa phương "
                 "xây dựng chuỗi liên kết.")
    assert {("Hội Nông dân tỉnh", "coordinate"), ("Sở Công Thương", "coordinate"),
            ("Các địa phương", "coordinate")} <= rows


def test_giao_is_not_giao_of_tuyen_giao():
    # near miss: 'Ban Tuyên giáo' folds to '... giao' but assigns nothing to what follows it
    rows = assignment_rows("Kế hoạch số 12-KH/HU giao Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền.")
    assert rows == {("Ban Tuyên giáo Huyện ủy", "lead")}


def test_a_sentence_that_goes_on_with_the_previous_subject():
    text = ("Chủ tịch UBND tỉnh đề nghị Liên đoàn Lao động tỉnh tập trung chỉ đạo Đại hội Công đoàn các cấp. "
            "Phối hợp các cơ quan theo dõi tình hình công nhân.")
    rows = assignment_rows(text)
    assert ("Liên đoàn Lao động tỉnh", "lead") in rows
    assert {("Liên đoàn Lao động tỉnh", "coordinate"), ("Các cơ quan", "coordinate")} <= rows
    # near miss: in a new paragraph the subject is not carried over
    rows = assignment_rows("Chủ tịch UBND tỉnh đề nghị Liên đoàn Lao động tỉnh tập trung chỉ đạo Đại hội Công đoàn.\n\n"
                 "Phối hợp các cơ quan theo dõi tình hình công nhân.")
    assert ("Liên đoàn Lao động tỉnh", "coordinate") not in rows


def test_a_speaker_directions_go_on_over_the_next_sentences():
    text = ("Phát biểu kết luận, Bí thư Tỉnh ủy đề nghị các đảng đoàn tập trung lãnh đạo thực hiện nhiệm vụ năm 2024. "
            "Tỉnh đoàn phát huy vai trò xung kích trong chuyển đổi số.")
    assert ("Tỉnh đoàn", "participate") in assignment_rows(text)
    # near miss: without a direction, a body's report of what it does is not a task
    assert assignment_rows("Năm 2023, Tỉnh đoàn phát huy vai trò xung kích trong chuyển đổi số.") == set()


def test_reviews_report_roles_and_mark_them():
    text = ("Theo báo cáo, thời gian qua, trên cơ sở Kết luận số 15-KL/TW, các cấp ủy, chính quyền trong tỉnh đã "
            "quan tâm lãnh đạo, chỉ đạo công tác dân vận.")
    f = extract(text)
    rows = {(a.body, a.role) for a in f.assignments}
    assert {("Các cấp ủy", "lead"), ("Chính quyền trong tỉnh", "lead")} <= rows
    assert all(a.task.endswith("(reported)") for a in f.assignments)
    f = extract("Ngay từ đầu nhiệm kỳ Đảng ủy xã đã tập trung lãnh đạo, chỉ đạo học tập nghị quyết.")
    assert [(a.body, a.role) for a in f.assignments] == [("Đảng ủy xã", "lead")]


def test_courtesy_phrases_are_not_assignments():
    rows = assignment_rows("Được sự lãnh đạo, chỉ đạo của Tỉnh ủy, sự phối hợp của các sở, ngành, năm 2023 huyện đã hoàn "
                 "thành các chỉ tiêu.")
    assert rows == set()


def test_purpose_clause_and_charge_name_the_bodies():
    rows = assignment_rows("Chương trình số 5-CTr/TU xác định các nhiệm vụ để các bộ, ngành, địa phương tập trung chỉ đạo, "
                 "tổ chức thực hiện.")
    assert ("Các bộ, ngành, địa phương", "lead") in rows
    rows = assignment_rows("Đồng chí Bí thư Huyện ủy đã giao nhiệm vụ cho Ban Chấp hành Đảng bộ xã trong thời gian tới.")
    assert ("Ban Chấp hành Đảng bộ xã", "lead") in rows


def test_announcing_and_deciding_are_lead_roles():
    rows = assignment_rows("Tại buổi lễ, HĐND tỉnh công bố các nghị quyết về nhân sự; Ủy ban MTTQ Việt Nam tỉnh ra quyết "
                 "định thành lập Ban công tác Mặt trận.")
    assert {("HĐND tỉnh", "lead"), ("Ủy ban MTTQ Việt Nam tỉnh", "lead")} <= rows


def test_the_task_ends_where_its_clause_ends():
    f = extract("Kế hoạch số 20-KH/TU giao Sở Tài chính bố trí kinh phí; Sở Nội vụ hướng dẫn thực hiện.")
    tasks = {a.body: a.task for a in f.assignments}
    assert tasks["Sở Tài chính"] == "bố trí kinh phí"


def test_list_items_name_their_subject_before_a_colon():
    f = extract("Kế hoạch số 15-KH/UBND.\n- Sở Tài chính: chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí.\n"
                "- Ủy ban Kiểm tra Huyện ủy: kiểm tra, giám sát việc thực hiện.")
    rows = {(a.body, a.role) for a in f.assignments}
    assert {("Sở Tài chính", "lead"), ("Sở Nội vụ", "coordinate"), ("Ủy ban Kiểm tra Huyện ủy", "monitor")} <= rows
    # near miss: a colon after a heading that is not a body assigns nothing
    assert assignment_rows("Nhiệm vụ trọng tâm: kiểm tra, giám sát việc thực hiện.") == set()


def test_a_name_keeps_its_level_after_a_proper_name():
    rows = assignment_rows("Kế hoạch số 3-KH/TU đề nghị Đảng đoàn MTTQ Việt Nam tỉnh tập trung chỉ đạo Đại hội MTTQ các cấp.")
    assert ("Đảng đoàn MTTQ Việt Nam tỉnh", "lead") in rows


def test_a_directive_verb_followed_by_a_colon():
    rows = assignment_rows("Kế hoạch số 5-KH/TU. Ban Thường vụ Tỉnh ủy yêu cầu: các cấp ủy, tổ chức đảng tăng cường tuyên "
                 "truyền, vận động Nhân dân.")
    # ('các cấp ủy, tổ chức đảng' is two addressees, kg.extract.assignment_clauses.party_pair)
    assert {("Các cấp ủy", "participate"), ("Tổ chức đảng", "participate")} <= rows


def test_a_body_that_opens_its_task_by_guiding_leads_it():
    rows = assignment_rows("Kế hoạch số 31-KH/TU giao Ban Tổ chức Tỉnh ủy hướng dẫn các đảng bộ cơ sở rà soát quy hoạch cán bộ.")
    assert ("Ban Tổ chức Tỉnh ủy", "lead") in rows


def test_guiding_after_outreach_verbs_stays_participation():
    # near miss: 'tuyên truyền, vận động, hướng dẫn hội viên' is outreach, not a lead role
    rows = assignment_rows("Kế hoạch số 31-KH/TU yêu cầu Hội Cựu chiến binh tỉnh tuyên truyền, vận động, hướng dẫn hội viên "
                 "tham gia bảo vệ môi trường.")
    assert ("Hội Cựu chiến binh tỉnh", "participate") in rows
    assert ("Hội Cựu chiến binh tỉnh", "lead") not in rows


def test_state_agencies_beyond_the_departments_split_from_a_partner_list():
    rows = assignment_rows("Kế hoạch số 64/KH-UBND giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Bảo hiểm xã hội tỉnh, "
                 "Kho bạc Nhà nước tỉnh bảo đảm kinh phí khám chữa bệnh.")
    assert {("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate"), ("Bảo hiểm xã hội tỉnh", "coordinate"),
            ("Kho bạc Nhà nước tỉnh", "coordinate")} <= rows


def test_the_objects_of_a_reported_lanh_dao_chi_dao_pair_get_their_own_task():
    facts = extract("Sáng 4/4/2024, Tỉnh ủy sơ kết Nghị quyết số 09-NQ/TU. Thời gian qua, Ban Thường vụ Tỉnh ủy đã "
                    "lãnh đạo, chỉ đạo các huyện ủy xây dựng kế hoạch thực hiện.")
    rows = {(a.body, a.role): a.task or "" for a in facts.assignments}
    assert ("Ban Thường vụ Tỉnh ủy", "lead") in rows
    assert rows.get(("Các huyện ủy", "lead"), "").startswith("xây dựng kế hoạch")
    assert rows[("Các huyện ủy", "lead")].endswith("(reported)")


def test_a_pair_without_a_causative_last_word_takes_no_object():
    # near miss: 'lãnh đạo, kiểm tra các huyện ủy ...' ends on a monitoring verb, the bodies after it are its object
    rows = assignment_rows("Kế hoạch số 31-KH/TU giao Ban Thường vụ Tỉnh ủy lãnh đạo, kiểm tra các huyện ủy xây dựng kế hoạch.")
    assert ("Các huyện ủy", "lead") not in rows


def test_task_verbs_without_a_role_of_their_own_in_a_directive():
    # point (af): keeping up work ('làm tốt công tác ...') takes part, a task of the body's own with no cue ('chỉnh trang
    # đô thị') leads it
    rows = assignment_rows("Kế hoạch số 31-KH/TU yêu cầu Ban Tổ chức Tỉnh ủy chủ trì rà soát quy hoạch; Tỉnh đoàn làm tốt công tác "
                 "giới thiệu đoàn viên ưu tú; UBND thị trấn Phong Điền chỉnh trang đô thị.")
    assert {("Ban Tổ chức Tỉnh ủy", "lead"), ("Tỉnh đoàn", "participate"),
            ("UBND thị trấn Phong Điền", "lead")} <= rows


def test_a_task_verb_in_a_report_is_no_assignment():
    # near miss: outside a directive, 'Tỉnh đoàn làm tốt ...' describes, it does not assign
    rows = assignment_rows("Sáng 4/4/2024, Tỉnh ủy sơ kết Nghị quyết số 09-NQ/TU. Năm qua, Tỉnh đoàn làm tốt công tác giới thiệu "
                 "đoàn viên ưu tú.")
    assert ("Tỉnh đoàn", "participate") not in rows


def test_a_time_adverbial_between_the_directive_word_and_the_bodies():
    rows = assignment_rows("Sáng 4/4/2024, Tỉnh ủy sơ kết Nghị quyết số 09-NQ/TU. Đồng chí Bí thư Tỉnh ủy đề nghị thời gian tới, "
                 "các cấp ủy, chính quyền cần tiếp tục lãnh đạo thực hiện Nghị quyết.")
    assert {("Các cấp ủy", "lead"), ("Chính quyền", "lead")} <= rows


def test_a_time_adverbial_without_bodies_after_it_assigns_nothing():
    # near miss: 'đề nghị thời gian tới, cần ...' names no body
    rows = assignment_rows("Sáng 4/4/2024, Tỉnh ủy sơ kết Nghị quyết số 09-NQ/TU. Đồng chí Bí thư Tỉnh ủy đề nghị thời gian tới, "
                 "cần tiếp tục lãnh đạo thực hiện Nghị quyết.")
    assert rows == set()


_SK = "Thứ Năm, 20/06/2024\nSáng 19/6, Tỉnh ủy sơ kết 5 năm thực hiện Chỉ thị số 35-CT/TU.\n"


def test_issuing_a_plan_of_ones_own_and_directing_others_is_leading():
    rows = assignment_rows(_SK + "Ủy ban nhân dân tỉnh ban hành kế hoạch và chỉ đạo các sở, ngành triển khai.")
    assert {("Ủy ban nhân dân tỉnh", "lead"), ("Các sở, ngành", "participate")} <= rows


def test_issuing_a_named_document_is_no_task():
    # near misses: the headline's 'ban hành Kế hoạch ...' and 'ban hành kế hoạch số 12' name documents
    rows = assignment_rows("UBND tỉnh ban hành Kế hoạch thực hiện Chỉ thị 35\nNgày 3/2/2024, UBND tỉnh ban hành kế hoạch số "
                 "12/KH-UBND thực hiện Chỉ thị số 35-CT/TU.")
    assert not any(role == "lead" and body.startswith("UBND") for body, role in rows)


def test_issuing_a_plan_in_a_headline_line_is_the_news_not_a_task():
    # a headline without closing punctuation reports the text's own plan, even in lower case
    rows = assignment_rows("Ban Thường vụ Huyện ủy ban hành kế hoạch phát triển du lịch\n\n14/05/2021\n\nNgày 12/5/2021, Ban "
                 "Thường vụ Huyện ủy ký ban hành Kế hoạch số 36-KH/HU thực hiện Nghị quyết số 06-NQ/TU về du lịch.")
    assert ("Ban Thường vụ Huyện ủy", "lead") not in rows


def test_issuing_a_plan_in_a_sentence_of_prose_still_leads():
    # near miss: the same words closed by a full stop are a sentence of the report
    rows = assignment_rows(_SK + "Ban Thường vụ Huyện ủy ban hành kế hoạch phát triển du lịch.")
    assert ("Ban Thường vụ Huyện ủy", "lead") in rows


def test_bodies_directly_under_a_committee_written_without_naming_it():
    rows = assignment_rows(_SK + "Các huyện ủy, thành ủy, đảng ủy trực thuộc đã xây dựng kế hoạch thực hiện.")
    assert ("Các huyện ủy, thành ủy, đảng ủy trực thuộc", "lead") in rows


def test_a_proper_name_ends_before_a_lower_case_action_word():
    rows = assignment_rows("Hội Cựu chiến binh huyện phối hợp với Quỹ Tín dụng nhân dân cho vay 40 hộ làm kinh tế.")
    assert ("Quỹ Tín dụng nhân dân", "coordinate") in rows
    # near miss: the lower-case nouns of a name stay in it
    rows = assignment_rows("Phòng Văn hóa phối hợp với Trung tâm Y tế dự phòng huyện tuyên truyền phòng dịch.")
    assert any(b.startswith("Trung tâm Y tế dự phòng") for b, _ in rows)


def test_a_body_given_a_task_by_giao_leads_it():
    rows = assignment_rows("HĐND huyện giao UBND huyện tổ chức triển khai thực hiện Nghị quyết.")
    assert ("UBND huyện", "lead") in rows
    # near miss: asked by 'đề nghị', the same task is taking part
    assert assignment_rows("HĐND huyện đề nghị UBND huyện tuyên truyền Nghị quyết.") == {("UBND huyện", "participate")}


def test_the_council_s_own_bodies_and_member_organisations_split_into_rows():
    rows = assignment_rows("Thường trực HĐND huyện, các Ban HĐND huyện, các Tổ đại biểu và đại biểu HĐND huyện giám sát việc thực hiện.")
    assert {r for r, role in rows if role == "monitor"} == {"Thường trực HĐND huyện", "Các Ban HĐND huyện",
                                                           "Các Tổ đại biểu", "Đại biểu HĐND huyện"}


def test_a_second_task_after_dong_thoi_gives_its_own_role():
    rows = assignment_rows("Đề nghị Ủy ban MTTQ huyện và các tổ chức thành viên tham gia giám sát, đồng thời tuyên truyền, "
                 "vận động nhân dân thực hiện Nghị quyết.")
    assert {("Ủy ban MTTQ huyện", "monitor"), ("Ủy ban MTTQ huyện", "participate"),
            ("Các tổ chức thành viên", "monitor"), ("Các tổ chức thành viên", "participate")} <= rows
    # near miss: a second task with the same role gives no second row
    assert assignment_rows("Giao Sở Y tế kiểm tra, giám sát các cơ sở, đồng thời kiểm tra hồ sơ.") == {("Sở Y tế", "monitor")}


def test_a_name_word_that_folds_like_a_verb_stays_in_the_name():
    assert ("Sở Dân tộc và Tôn giáo", "monitor") in assignment_rows("Sở Dân tộc và Tôn giáo đôn đốc tiến độ các dự án.")


def test_a_task_naming_a_central_document_and_its_local_programme_is_the_local_one_s():
    f = extract("Ngày 2/3/2024, Tỉnh ủy sơ kết Chương trình hành động số 31-CTr/TU thực hiện Nghị quyết số 21-NQ/TW.\n\n"
                "Đồng chí Bí thư đề nghị các cấp ủy, chính quyền tiếp tục thực hiện nghiêm Nghị quyết 21 và Chương trình 31.\n")
    assert {a.document for a in f.assignments} == {"31-CTr/TU"}
    # near miss: a task naming only the central document keeps it
    g = extract("Ngày 2/3/2024, Tỉnh ủy sơ kết Chương trình hành động số 31-CTr/TU thực hiện Nghị quyết số 21-NQ/TW.\n\n"
                "Đồng chí Bí thư đề nghị các cấp ủy tiếp tục nghiên cứu Nghị quyết số 21-NQ/TW.\n")
    assert {a.document for a in g.assignments} == {"21-NQ/TW"}


# ---------------------------------------------------------------- round 6

def test_de_nghi_tiep_tuc_with_a_task_of_its_own():
    rows = assignment_rows("Kết luận hội nghị, lãnh đạo Ủy ban Dân tộc đề nghị các bộ, ngành, địa phương tiếp tục tháo gỡ vướng "
                 "mắc, đẩy nhanh giải ngân vốn năm 2024.\n")
    assert ("Các bộ, ngành, địa phương", "lead") in rows     # clearing its own obstacles is its task (point (af))
    # near miss: 'tiếp tục' closing the clause names no task
    assert not assignment_rows("Đồng chí Bộ trưởng đề nghị các bộ, ngành tiếp tục.\n")


def test_a_vu_leads_and_a_body_asked_in_the_passive():
    rows = assignment_rows("Vụ Kế hoạch - Tài chính chủ trì, phối hợp với Bộ Tài chính rà soát định mức phân bổ vốn. "
                 "Ủy ban Mặt trận Tổ quốc Việt Nam được đề nghị tăng cường giám sát việc thực hiện Chương trình.\n")
    assert {("Vụ Kế hoạch - Tài chính", "lead"), ("Bộ Tài chính", "coordinate"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", "monitor")} <= rows
    # near miss: 'được' reporting what was done is no request
    assert not assignment_rows("Ủy ban Mặt trận Tổ quốc Việt Nam được khen thưởng vì thành tích giám sát.\n")


OFFICIAL = ("ỦY BAN NHÂN DÂN\nHUYỆN YÊN THÀNH\nSố: 512/BC-UBND\nYên Thành, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
            "Thực hiện Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND huyện, UBND huyện báo cáo như sau:\n")


def test_a_report_keeps_its_tasks_and_asks_upward_for_nothing():
    # tests/ANNOTATION.md (an): the tasks a report gives are its own, not the resolution's it reports on
    got = _docs(OFFICIAL + "UBND huyện giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ đẩy nhanh "
                "giải ngân.\nĐề nghị UBND tỉnh bổ sung 25 tỷ đồng vốn cho chương trình nông thôn mới.\n")
    assert ("Phòng Tài chính - Kế hoạch", "lead", "512/BC-UBND") in got
    assert not any(b == "UBND tỉnh" for b, _, _ in got)
    # near miss: a request to a body of the text's own level is a task
    got = _docs(OFFICIAL + "Đề nghị UBND các xã rà soát các tiêu chí còn thiếu.\n")
    assert any(b == "UBND các xã" for b, _, _ in got)


def test_items_under_a_heading_go_on_with_its_subject_and_the_body_directed_leads():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 03/CT-UBND\nBắc Kạn, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\n"
            "Chủ tịch UBND tỉnh yêu cầu:\n"
            "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an tỉnh:\n"
            "+ Chỉ đạo Chi cục Kiểm lâm rà soát, cập nhật phương án phòng cháy, chữa cháy rừng;\n"
            "+ Tổ chức kiểm tra việc đốt nương, đốt thực bì trong mùa khô.\n")
    rows = assignment_rows(text)
    assert {("Sở Nông nghiệp và Phát triển nông thôn", "lead"), ("Công an tỉnh", "coordinate"),
            ("Chi cục Kiểm lâm", "lead"), ("Sở Nông nghiệp và Phát triển nông thôn", "monitor")} <= rows
    # near miss: a news report of what a body directed others to do leaves them taking part
    rows = assignment_rows("Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị. Đồng thời, Tỉnh ủy chỉ đạo các cấp ủy tăng cường quán "
                 "triệt Chỉ thị đến đảng viên.\n")
    assert ("Các cấp ủy", "lead") not in rows


def test_the_texts_own_issue_and_a_co_organised_conference_are_no_tasks():
    assert not assignment_rows(OFFICIAL.replace("UBND huyện báo cáo như sau:", "Ban Thường vụ Huyện ủy xây dựng Kế hoạch "
                                      "thực hiện như sau:"))
    rows = assignment_rows("Sáng 24/8/2023, Ban Dân vận Tỉnh ủy phối hợp với Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị sơ "
                 "kết 5 năm thực hiện Chỉ thị số 21-CT/TW.\n")
    assert not rows
    # near miss: coordinating on a task of substance is one
    rows = assignment_rows("Kế hoạch số 20-KH/TU giao Ban Dân vận Tỉnh ủy phối hợp với Hội LHPN tỉnh tổ chức tuyên truyền Chỉ thị.\n")
    assert ("Ban Dân vận Tỉnh ủy", "coordinate") in rows


def test_a_reviews_conclusion_is_about_the_reviewed_document_not_the_plan_that_carries_it_out():
    text = ("Thứ Bảy, 20/12/2025\nChiều 19/12, Thành đoàn tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị số 42-CT/TW "
            "ngày 24/3/2015 của Ban Bí thư.\n"
            "Để thực hiện Chỉ thị, Thành ủy đã ban hành Kế hoạch số 64-KH/TU ngày 9-6-2015. Các chỉ tiêu của Kế hoạch "
            "này cơ bản đạt.\n"
            "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thành ủy đề nghị Ban Thường vụ Thành đoàn chủ trì, phối hợp với Sở "
            "Giáo dục và Đào tạo xây dựng chương trình giáo dục truyền thống.\n")
    got = _docs(text)
    assert ("Ban Thường vụ Thành đoàn", "lead", "42-CT/TW") in got
    assert ("Sở Giáo dục và Đào tạo", "coordinate", "42-CT/TW") in got
    # near miss: a task that names the plan stays with the plan
    got = _docs(text.replace("xây dựng chương trình giáo dục truyền thống", "rà soát các chỉ tiêu của Kế hoạch số "
                             "64-KH/TU"))
    assert ("Ban Thường vụ Thành đoàn", "lead", "64-KH/TU") in got


def test_a_body_an_official_directive_directs_to_set_something_up_leads_it():
    rows = assignment_rows("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 03/CT-UBND\nBắc Kạn, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\n"
                 "2. UBND các huyện, thành phố chỉ đạo UBND cấp xã thành lập tổ xung kích tại các thôn có rừng.\n")
    assert ("UBND cấp xã", "lead") in rows
    # near miss: a news report of a body setting something up is no task
    assert not assignment_rows("Ngày 3/3/2024, UBND tỉnh thành lập Ban Chỉ đạo phòng cháy, chữa cháy rừng.\n")
