"""Where a task is and is not (kg.extract.assignments): a clause that only gives the deadline of the task before it is
no task of its own; a comma that opens a new subject with its own verbs ends the task before it; each with a near
miss. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 61/KH-UBND\n\nNam Định, ngày 3 tháng 2 năm 2025\n\nKẾ HOẠCH\n"
         "Về chuyển đổi số năm 2025\n\nUBND tỉnh ban hành Kế hoạch như sau:\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG\n")


def test_a_deadline_clause_is_no_task():
    rows = assignment_rows(_PLAN + "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành quy "
                         "chế; hoàn thành trong quý III/2025.\n"
                         "2. Sở Nội vụ kiểm tra biên chế; xong trước ngày 30/6/2025.\n")
    assert rows == {("Sở Khoa học và Công nghệ", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Nội vụ", "monitor")}


def test_completing_a_work_is_a_task():
    # near miss: 'hoàn thành' with its object is the task itself
    rows = assignment_rows(_PLAN + "Yêu cầu UBND các xã hoàn thành hồ sơ đất đai.\n")
    assert rows == {("UBND các xã", "lead")}                 # (its own work, as point (af) has 'hoàn thành hồ sơ')


def test_a_comma_that_opens_a_new_subject_ends_the_task_before():
    rows = {(a.body, a.role, a.task) for a in extract(
        _PLAN + "1. Giao Sở Tài chính bố trí kinh phí, Sở Nội vụ hướng dẫn thực hiện.\n"
                "2. Sở Thông tin và Truyền thông chủ trì tuyên truyền Kế hoạch, Văn phòng UBND tỉnh theo dõi, tổng hợp "
                "kết quả.\n").assignments}
    assert rows == {("Sở Tài chính", "lead", "bố trí kinh phí"), ("Sở Nội vụ", "lead", "hướng dẫn thực hiện"),
                    ("Sở Thông tin và Truyền thông", "lead", "chủ trì tuyên truyền Kế hoạch"),
                    ("Văn phòng UBND tỉnh", "monitor", "theo dõi, tổng hợp kết quả")}


def test_a_comma_inside_a_list_of_bodies_opens_no_subject():
    # near misses: partners listed after 'phối hợp với', and a name with a comma inside
    rows = assignment_rows(_PLAN + "Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ tổ chức tập huấn.\n"
                         "Sở Văn hóa, Thể thao và Du lịch tuyên truyền về chuyển đổi số.\n")
    assert rows == {("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Nội vụ", "coordinate"),
                    ("Sở Văn hóa, Thể thao và Du lịch", "participate")}


def test_a_body_charged_with_a_task_leads_it():
    rows = assignment_rows(_PLAN + "3. Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí thực hiện Kế hoạch.\n")
    assert rows == {("Sở Tài chính", "lead")}


def test_a_body_answering_for_a_task_its_verbs_do_not_name_leads_it():
    # 'chịu trách nhiệm' + a task whose verb names no role ('giải phóng mặt bằng'), as 'có trách nhiệm' + one
    rows = assignment_rows(_PLAN + "4. UBND các huyện, thành phố chịu trách nhiệm giải phóng mặt bằng các dự án.\n")
    assert rows == {("UBND các huyện, thành phố", "lead")}
    rows = assignment_rows(_PLAN + "4. UBND các xã có trách nhiệm giải phóng mặt bằng các dự án.\n")
    assert rows == {("UBND các xã", "lead")}


def test_near_miss_answering_for_a_failure_or_for_carrying_out_the_text_is_no_task():
    rows = assignment_rows(_PLAN + "5. Chủ tịch UBND các huyện chịu trách nhiệm thi hành Kế hoạch này.\n"
                           "6. Thủ trưởng các đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm tiến độ.\n")
    assert rows == set()


def test_answering_to_someone_about_a_work_leads_it():
    # point (h) of our sets' annotation conventions: 'chịu trách nhiệm trước Chủ tịch UBND tỉnh về ...' makes the body
    # lead on that work, and a body already leading on the same document gets no second row
    rows = assignment_rows(_PLAN + "5. UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ giải phóng mặt "
                           "bằng.\n"
                           "6. Sở Xây dựng chủ trì thẩm định hồ sơ; chịu trách nhiệm trước Chủ tịch UBND tỉnh về chất "
                           "lượng thẩm định.\n")
    assert rows == {("UBND các huyện", "lead"), ("Sở Xây dựng", "lead")}


def test_charged_with_outreach_keeps_its_role():
    # near miss: the verbs after 'có trách nhiệm' name a role of their own
    rows = assignment_rows(_PLAN + "4. Hội Nông dân tỉnh có trách nhiệm tuyên truyền đến hội viên.\n")
    assert rows == {("Hội Nông dân tỉnh", "participate")}


def test_a_party_committee_leads_the_body_it_stands_over():
    rows = assignment_rows(_PLAN + "5. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành "
                           "chính.\n")
    assert {("Đảng ủy UBND tỉnh", "lead"), ("UBND tỉnh", "lead")} <= rows


def test_leading_the_people_names_no_body():
    # near miss: 'lãnh đạo Nhân dân ...' directs no body
    rows = assignment_rows(_PLAN + "6. Đảng ủy xã lãnh đạo Nhân dân chuyển đổi cơ cấu cây trồng.\n")
    assert rows == {("Đảng ủy xã", "lead")}


def test_each_body_of_a_chain_of_hand_overs_has_its_row():
    # 'giao A lãnh đạo B chỉ đạo C chủ trì ...': the party committee leads the body it stands over, which directs C
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "Ban Thường vụ Tỉnh ủy giao Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Y tế chủ trì, "
                           "phối hợp với Sở Tài chính rà soát mạng lưới trạm y tế xã.")
    assert {("Đảng ủy UBND tỉnh", "lead"), ("UBND tỉnh", "lead"), ("Sở Y tế", "lead"),
            ("Sở Tài chính", "coordinate")} <= rows


def test_working_closely_with_partners_names_them():
    # 'phối hợp chặt chẽ với A và B' names its partners as 'phối hợp với' does; near miss: 'phối hợp chặt chẽ' with no
    # 'với' names none
    rows = assignment_rows(_PLAN + "1. Liên đoàn Lao động tỉnh phối hợp chặt chẽ với Sở Nội vụ và Ban Quản lý các khu công "
                                   "nghiệp tỉnh nắm bắt tình hình việc làm.\n"
                                   "2. Sở Y tế phối hợp chặt chẽ trong quá trình triển khai.\n")
    assert rows == {("Liên đoàn Lao động tỉnh", "coordinate"), ("Sở Nội vụ", "coordinate"),
                    ("Ban Quản lý các khu công nghiệp tỉnh", "coordinate"), ("Sở Y tế", "coordinate")}


_NEWS_PLAN = ("Ngày 12/3/2025, UBND huyện Yên Lạc ban hành Kế hoạch số 45/KH-UBND về phát triển nông nghiệp hữu cơ. Theo Kế "
              "hoạch, Phòng Kinh tế huyện chủ trì lập đề án vùng nguyên liệu. ")


def test_organising_training_in_a_plans_run_of_tasks_is_a_task():
    rows = assignment_rows(_NEWS_PLAN + "Trung tâm Dịch vụ nông nghiệp huyện tổ chức tập huấn kỹ thuật cho nông dân.\n")
    assert ("Trung tâm Dịch vụ nông nghiệp huyện", "lead") in rows


def test_near_miss_organising_a_meeting_in_the_run_is_no_task():
    # 'tổ chức hội nghị' reports a meeting, which no role word makes a task
    rows = assignment_rows(_NEWS_PLAN + "Trung tâm Dịch vụ nông nghiệp huyện tổ chức hội nghị với nông dân.\n")
    assert not any(b == "Trung tâm Dịch vụ nông nghiệp huyện" for b, _ in rows)
