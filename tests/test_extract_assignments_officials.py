"""Officials as the holders of a task (kg.extract.bodies): a chỉ thị of a chair writes its tasks to the heads of the
bodies under him ('Chủ tịch UBND các xã ...', 'Giám đốc Sở ...', 'Thủ trưởng các cơ quan ...'); near misses: the chair
who speaks ('Chủ tịch UBND tỉnh yêu cầu:'), chairs a meeting, or is the one a body answers to, and a director quoted
in a report. Texts are our own."""
from __future__ import annotations

from extract_helpers import assignment_rows

_DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 04/CT-UBND\n\nLâm Đồng, ngày 8 tháng 1 năm 2026\n\nCHỈ THỊ\n"
              "Về tăng cường phòng cháy, chữa cháy rừng mùa khô 2025 - 2026\n\n"
              "Để chủ động phòng ngừa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:\n")


def test_the_chair_of_the_communes_holds_the_task():
    rows = assignment_rows(_DIRECTIVE + "1. Chủ tịch UBND các xã, phường khẩn trương rà soát, bố trí lực lượng canh gác tại "
                                        "các điểm có nguy cơ cao; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra "
                                        "cháy rừng.\n"
                                        "2. Giám đốc Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị này.\n")
    assert rows == {("Chủ tịch UBND các xã, phường", "lead"), ("Giám đốc Sở Nông nghiệp và Môi trường", "monitor")}


def test_the_chair_who_speaks_or_chairs_a_meeting_holds_none():
    rows = assignment_rows("Ngày 11/3, UBND xã chủ trì cuộc họp với các ngành về vệ sinh môi trường. Sau khi nghe báo cáo, "
                           "Chủ tịch UBND xã yêu cầu Công an xã tăng cường tuần tra bãi biển.\n"
                           "Ngày 12/3, Chủ tịch UBND các xã chủ trì hội nghị về phòng, chống sốt xuất huyết.\n")
    assert rows == {("Công an xã", "monitor")}


def test_a_body_that_leads_a_work_with_its_partners_is_no_meeting_chair():
    # near miss: 'chủ trì, phối hợp với ... tổ chức hội nghị' in a plan is a task
    rows = assignment_rows(_DIRECTIVE + "3. UBND các xã chủ trì, phối hợp với Công an xã tổ chức hội nghị tuyên truyền cho "
                                        "chủ rừng.\n")
    assert rows == {("UBND các xã", "lead"), ("Công an xã", "coordinate")}


def test_a_director_quoted_in_a_report_holds_none():
    rows = assignment_rows("Đồng chí Trần Văn Sơn, Giám đốc Sở Xây dựng cho biết Sở đã kiến nghị UBND tỉnh tháo gỡ khó khăn "
                           "về vật liệu.\n")
    assert not {r for r in rows if r[0].startswith("Giám đốc")}


def test_the_closing_line_that_names_the_heads_is_no_task():
    # near miss: the formula that ends a decision or a chỉ thị
    rows = assignment_rows(_DIRECTIVE + "1. Chủ tịch UBND các xã, phường khẩn trương rà soát lực lượng canh gác.\n"
                                        "Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, phường tổ chức thực hiện "
                                        "nghiêm túc./.\n"
                                        "Giám đốc các sở, ngành; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Chỉ thị "
                                        "này./.\n")
    assert rows == {("Chủ tịch UBND các xã, phường", "lead")}


_CHI_THI = ("Ban Thường vụ Huyện ủy ban hành Chỉ thị số 14-CT/HU về đẩy mạnh chuyển đổi số trong các cơ quan đảng.\n")


def test_the_heads_of_bodies_named_first_hold_the_task_they_are_given():
    rows = assignment_rows(_CHI_THI + "Người đứng đầu cấp ủy các cấp trực tiếp chỉ đạo và chịu trách nhiệm về kết quả "
                                      "chuyển đổi số tại địa phương. UBND huyện bố trí kinh phí; người đứng đầu chính "
                                      "quyền địa phương trực tiếp đối thoại với người dân mỗi quý một lần.\n")
    assert rows == {("Người đứng đầu cấp ủy các cấp", "lead"), ("UBND huyện", "lead"),
                    ("Người đứng đầu chính quyền địa phương", "lead")}


def test_near_miss_a_head_named_by_no_body_or_only_held_to_account_holds_none():
    rows = assignment_rows(_CHI_THI + "Người đứng đầu chịu trách nhiệm trước Ban Thường vụ Huyện ủy nếu chậm tiến độ. "
                                      "Người đứng đầu cấp ủy, chính quyền chịu trách nhiệm trước Huyện ủy nếu để xảy ra "
                                      "sai phạm.\n")
    assert rows == set()
    assert assignment_rows(_CHI_THI + "Cần nâng cao trách nhiệm của người đứng đầu cấp ủy trong chuyển đổi số.\n") == set()


def test_the_cell_secretaries_answer_for_a_work_they_lead():
    rows = assignment_rows(_CHI_THI + "Bí thư các chi bộ chịu trách nhiệm trước Ban Thường vụ Huyện ủy về số hóa hồ sơ "
                                      "đảng viên của chi bộ.\n")
    assert rows == {("Bí thư các chi bộ", "lead")}
    # near miss: held to account for a failure, no work named
    rows = assignment_rows(_CHI_THI + "Bí thư các chi bộ chịu trách nhiệm trước Ban Thường vụ Huyện ủy nếu để lộ, lọt "
                                      "thông tin.\n")
    assert rows == set()


def test_the_directors_of_the_departments_in_a_list_of_heads():
    rows = assignment_rows("Ngày 2/3/2026, UBND tỉnh ban hành Kế hoạch số 41/KH-UBND về cải cách hành chính. UBND tỉnh yêu "
                           "cầu Giám đốc các sở, Thủ trưởng các ban, ngành rà soát thủ tục còn chồng chéo.\n")
    assert rows == {("Giám đốc các sở", "lead"), ("Thủ trưởng các ban, ngành", "lead")}
    # in other words: the directors named last, after 'và'
    rows = assignment_rows("Ngày 2/3/2026, UBND tỉnh ban hành Kế hoạch số 41/KH-UBND về cải cách hành chính. Chủ tịch UBND "
                           "tỉnh yêu cầu Chủ tịch UBND các xã và Giám đốc các sở, ngành bố trí cán bộ tiếp dân.\n")
    assert rows == {("Chủ tịch UBND các xã", "lead"), ("Giám đốc các sở, ngành", "lead")}


def test_near_miss_a_deputy_director_speaking_of_the_departments_holds_none():
    rows = assignment_rows("Phó Giám đốc các sở, ngành dự hội nghị trực tuyến tại điểm cầu tỉnh.\n")
    assert rows == set()


_DISPATCH = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 98/CĐ-TTg\nHà Nội, ngày 12 tháng 9 năm 2025\nCÔNG ĐIỆN\nVề đẩy nhanh giải ngân\n\n"


def test_the_ministers_a_prime_minister_asks_are_the_asked_bodies():
    rows = assignment_rows(_DISPATCH + "Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh:\n"
                           "- Rà soát các dự án chậm giải ngân, báo cáo trước ngày 15/4/2026.\n")
    assert {("Bộ trưởng các Bộ", "lead"), ("Chủ tịch Ủy ban nhân dân các tỉnh", "lead")} <= rows
    assert ("Thủ tướng Chính phủ", "lead") not in rows
    # (in a sentence, not a list: the same)
    rows = assignment_rows(_DISPATCH + "Thủ tướng Chính phủ yêu cầu Bộ trưởng các bộ, cơ quan ngang bộ rà soát các dự án "
                           "chậm giải ngân.\n")
    assert ("Bộ trưởng các bộ, cơ quan ngang bộ", "lead") in rows


def test_near_miss_one_minister_chairing_a_meeting_has_no_task():
    rows = assignment_rows(_DISPATCH + "Sáng 10/9, Bộ trưởng Bộ Tài chính chủ trì hội nghị trực tuyến với các địa phương.\n")
    assert not any(body.startswith("Bộ trưởng") for body, _ in rows)
