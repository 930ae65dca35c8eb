"""A body that directs or leads others mid-clause, after opening phrases that hide it from the sentence's start
(kg.extract.assignment_clauses.directing_subject), and the social policy bank's local board and branch as bodies
(kg.extract.bodies); each with a near miss. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows

_REVIEW = ("Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết Nghị quyết số 09-NQ/HU ngày 2/4/2023 của Huyện ủy về phát triển "
           "cây dược liệu.\n")


def test_a_directing_body_after_a_speaker_and_a_time_adverb_gets_its_row():
    rows = assignment_rows(_REVIEW + "Phát biểu kết luận, đồng chí Bí thư Huyện ủy lưu ý, năm tới UBND huyện chỉ đạo Phòng "
                           "Kinh tế chủ trì, phối hợp với Trạm Khuyến nông mở rộng vùng trồng quế.\n")
    assert {("UBND huyện", "lead"), ("Phòng Kinh tế", "lead"), ("Trạm Khuyến nông", "coordinate")} <= rows


def test_a_leading_body_after_a_purpose_phrase_gets_its_row():
    rows = assignment_rows(_REVIEW + "Kết luận hội nghị, đồng chí Bí thư yêu cầu, để hoàn thành Nghị quyết số 09-NQ/HU, "
                           "Đảng ủy UBND huyện lãnh đạo Phòng Kinh tế chủ trì, phối hợp với Trạm Khuyến nông lập bản đồ "
                           "vùng trồng.\n")
    assert {("Đảng ủy UBND huyện", "lead"), ("Phòng Kinh tế", "lead"), ("Trạm Khuyến nông", "coordinate")} <= rows


def test_a_body_named_as_the_leader_of_what_others_did_gets_no_row():
    # near miss: 'nhờ sự lãnh đạo của Huyện ủy' names no body right before the verb, and no bodies with verbs after it
    rows = assignment_rows(_REVIEW + "Kết luận hội nghị, đồng chí Bí thư nêu rõ, nhờ sự lãnh đạo của Huyện ủy, các xã đã "
                           "vượt chỉ tiêu trồng mới.\n")
    assert not any(body == "Huyện ủy" for body, _ in rows)


def test_the_social_policy_banks_board_and_branch_are_bodies():
    rows = assignment_rows(_REVIEW + "Hội nghị thống nhất UBND huyện hằng năm dành 2 tỷ đồng để ủy thác; Ban đại diện Hội "
                           "đồng quản trị Ngân hàng Chính sách xã hội huyện chủ trì, phối hợp với Hội Nông dân huyện nâng cao "
                           "chất lượng tín dụng; Phòng giao dịch NHCSXH huyện phối hợp với Hội Cựu chiến binh huyện rà soát "
                           "nợ quá hạn.\n")
    assert ("Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện", "lead") in rows
    assert ("Phòng giao dịch NHCSXH huyện", "coordinate") in rows


def test_a_trading_room_of_another_kind_is_no_body():
    # near miss: 'phòng giao dịch' of a market names no branch of the bank
    rows = assignment_rows(_REVIEW + "Hội nghị thống nhất UBND huyện hằng năm dành 2 tỷ đồng để ủy thác; phòng giao dịch "
                           "chứng khoán phối hợp với Hội Nông dân huyện tổ chức tập huấn.\n")
    assert not any(body.lower().startswith("phòng giao dịch") for body, _ in rows)


def test_a_chain_handed_over_keeps_the_hand_overs_reading():
    # near miss: the body directing others is itself handed the task ('giao A chỉ đạo B ...'): the bodies it directs to
    # carry out a resolution take part, as the hand-over reads them, and the first link keeps its row
    rows = assignment_rows("Nghị quyết số 21/NQ-HĐND ngày 5/7/2024 của HĐND tỉnh về chính sách hỗ trợ nông nghiệp.\n"
                           "Điều 2. Giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tổ chức thực hiện Nghị quyết.\n"
                           "Điều 3. Yêu cầu Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Tài chính chủ trì, "
                           "phối hợp với Kho bạc Nhà nước tỉnh bố trí kinh phí.\n")
    assert ("Các sở, ngành", "participate") in rows and ("Ban cán sự đảng UBND tỉnh", "lead") in rows


def test_bodies_after_a_request_and_a_month_are_asked():
    rows = assignment_rows(_REVIEW + "Phát biểu kết luận, đồng chí Bí thư đề nghị trong tháng 4, Phòng Kinh tế huyện rà soát "
                           "diện tích trồng mới.\n")
    assert ("Phòng Kinh tế huyện", "lead") in rows


_CONCLUSION = _REVIEW + ("Về tổ chức thực hiện, Phòng Kinh tế huyện chủ trì, phối hợp với Trạm Khuyến nông hướng dẫn kỹ thuật "
                         "trồng quế. Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Nghị quyết. ")


def test_a_paragraph_of_tasks_goes_on_in_a_sentence_whose_task_has_no_cue():
    rows = assignment_rows(_CONCLUSION + "Các chi bộ thôn cụ thể hóa chỉ tiêu trồng mới phù hợp với thực tế.\n")
    assert ("Các chi bộ thôn", "lead") in rows


def test_a_paragraph_of_reported_work_does_not_make_the_next_sentence_a_task():
    # near miss: the sentences before report what bodies did ('đã'): the next one is no task either
    rows = assignment_rows(_REVIEW + "Năm qua, Phòng Kinh tế huyện đã chủ trì, phối hợp với Trạm Khuyến nông hướng dẫn kỹ thuật "
                           "trồng quế. Các chi bộ thôn cụ thể hóa chỉ tiêu trồng mới phù hợp với thực tế.\n")
    assert not any(body == "Các chi bộ thôn" for body, _ in rows)


def test_the_community_digital_technology_teams_are_bodies():
    rows = assignment_rows(_CONCLUSION + "Các tổ công nghệ số cộng đồng tuyên truyền, vận động người dân cài đặt ứng dụng "
                           "định danh.\n")
    assert ("Các tổ công nghệ số cộng đồng", "participate") in rows


def test_clearing_obstacles_of_its_own_work_leads_and_of_anothers_takes_part():
    # (the verb was read by no chain: neither body had a row); near miss: clearing firms' obstacles helps them
    rows = assignment_rows(_REVIEW + "Kết luận hội nghị, đồng chí Chủ tịch đề nghị Phòng Tài chính huyện tháo gỡ khó khăn "
                           "cho doanh nghiệp; UBND các xã tháo gỡ vướng mắc về mặt bằng của các dự án.\n")
    assert {("Phòng Tài chính huyện", "participate"), ("UBND các xã", "lead")} <= rows


def test_a_request_naming_no_body_asks_the_bodies_of_the_sentences_after_it():
    rows = assignment_rows(_REVIEW + "Phát biểu kết luận, đồng chí Bí thư yêu cầu thời gian tới tiếp tục thực hiện Nghị quyết. "
                           "Các chi bộ thôn cụ thể hóa chỉ tiêu trồng mới phù hợp với thực tế.\n")
    assert ("Các chi bộ thôn", "lead") in rows


def test_a_body_reported_directing_work_asks_nobody():
    # near miss: 'đã chỉ đạo tổ chức học tập' is what the committee did, no request of the bodies named after it
    rows = assignment_rows(_REVIEW + "Ngay sau đó, Ban Thường vụ Huyện ủy đã chỉ đạo tổ chức học tập Nghị quyết. "
                           "Các chi bộ thôn cụ thể hóa chỉ tiêu trồng mới phù hợp với thực tế.\n")
    assert not any(body == "Các chi bộ thôn" for body, _ in rows)


def test_the_owner_of_a_programme_named_before_its_task_leads_it():
    rows = assignment_rows("Quyết định số 15/QĐ-TTg ngày 3/3/2025 của Thủ tướng Chính phủ phê duyệt Chương trình.\n"
                           "1. Bộ Lao động là cơ quan chủ quản Chương trình, chủ trì, phối hợp với Bộ Nội vụ xây dựng bộ tiêu "
                           "chí đánh giá trước quý III.\n")
    assert {("Bộ Lao động", "lead"), ("Bộ Nội vụ", "coordinate")} <= rows


def test_a_quotation_that_opens_the_sentence_hands_its_tasks_over():
    # (the task ends where the quotation closes, before the speaker is named)
    for q1, q2 in (('"', '"'), ("“", "”")):
        found = extract(_REVIEW + f"{q1}Chúng tôi giao Phòng Kinh tế huyện chủ trì, phối hợp với Trạm Khuyến nông lập bản đồ "
                        f"vùng trồng{q2}, ông Nguyễn Văn An, Chủ tịch UBND huyện cho biết.\n").assignments
        assert {(a.body, a.role, a.task) for a in found} >= {
            ("Phòng Kinh tế huyện", "lead", "lập bản đồ vùng trồng"), ("Trạm Khuyến nông", "coordinate", "lập bản đồ vùng trồng")}


def test_a_title_quoted_mid_sentence_hands_nothing_over():
    # near miss: a quotation opened mid-sentence is a title, its words no hand-over
    rows = assignment_rows(_REVIEW + "Báo huyện đăng loạt bài “Giao Phòng Kinh tế huyện rà soát vùng trồng” vào tuần trước.\n")
    assert rows == set()


def test_the_boards_of_the_district_committees_are_one_body():
    rows = assignment_rows("Kế hoạch số 31-KH/TU ngày 2/5/2025 của Tỉnh ủy về thực hiện Quy định.\n"
                           "1. Ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy chủ trì rà soát hồ sơ kỷ luật năm 2024, "
                           "báo cáo trước tháng 9.\n")
    assert ("Ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy", "lead") in rows


def test_the_districts_before_a_kind_of_body_stay_its_place():
    # near miss: 'các huyện' with no 'ủy' after it is the place of the body named before it
    rows = assignment_rows("Kế hoạch số 31-KH/TU ngày 2/5/2025 của Tỉnh ủy về thực hiện Quy định.\n"
                           "1. UBND các huyện, thị xã chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy rà soát đội ngũ cán bộ.\n")
    assert ("UBND các huyện, thị xã", "lead") in rows


def test_the_heads_of_a_tiers_units_named_by_their_kinds_are_one_body():
    rows = assignment_rows("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 210/UBND-TH\n\nBắc Kạn, ngày 2 tháng 8 năm 2024\n\n"
                           "Chủ tịch UBND tỉnh yêu cầu:\n1. Thủ trưởng các sở, ban, ngành và các chủ đầu tư tập trung chỉ đạo "
                           "quyết liệt công tác giải ngân.\n")
    assert {("Thủ trưởng các sở, ban, ngành", "lead"), ("Các chủ đầu tư", "lead")} <= rows


# a ministry's letter that names the provinces in full, then the short name it gives them, then its request
_LETTER = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 631/BNNMT-TT\nV/v triển khai Chỉ thị số 41-CT/TW\n\n"
           "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
           "Để triển khai Chỉ thị số 41-CT/TW, Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố "
           "trực thuộc Trung ương{short} chỉ đạo rà soát diện tích lúa bị hạn.\n")


def test_the_short_name_a_letter_gives_its_addressees_is_passed_over():
    rows = assignment_rows(_LETTER.format(short=" (sau đây gọi chung là UBND cấp tỉnh)"))
    assert ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead") in rows


def test_near_miss_a_bracket_that_gives_no_short_name_still_ends_the_subject():
    # (what the bracket says of the bodies is no name of theirs: nothing is passed over)
    rows = assignment_rows(_LETTER.format(short=" (có diện tích lúa lớn)"))
    assert ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead") not in rows


_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 88/KH-UBND\nAn Hòa, ngày 4 tháng 3 năm 2026\n\nKẾ HOẠCH\nChuyển đổi số năm "
         "2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_a_body_that_hands_a_task_over_with_giao_cho_names_its_lead():
    rows = assignment_rows(_PLAN + "Ủy ban nhân dân tỉnh giao cho Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng số "
                                   "dùng chung; Sở Nội vụ phối hợp thực hiện.\n")
    assert {("Sở Khoa học và Công nghệ", "lead"), ("Sở Nội vụ", "coordinate")} <= rows
    # in other words: a chairman hands it over to a council's office
    rows = assignment_rows(_REVIEW + "Chủ tịch UBND huyện giao cho Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các xã "
                                     "thực hiện.\n")
    assert ("Văn phòng HĐND và UBND huyện", "monitor") in rows


def test_near_miss_giao_cho_a_body_a_quota_reported_is_no_new_lead():
    rows = assignment_rows(_REVIEW + "Năm 2025, UBND huyện đã giao cho các xã 120 ha rừng trồng mới.\n")
    assert not any(b == "các xã" and r == "lead" for b, r in rows)


_URGENT = ("BỘ TÀI CHÍNH\nSố: 512/BTC-NSNN\nHà Nội, ngày 3 tháng 3 năm 2026\nV/v kiểm kê tài sản công\n\n"
           "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n")


def test_numbered_items_under_an_urgent_ask_are_the_asked_body_s_tasks():
    rows = assignment_rows(_URGENT + "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố khẩn trương thực hiện các "
                           "nội dung sau:\n1. Bố trí kinh phí từ ngân sách địa phương cho việc kiểm kê tài sản công.\n"
                           "2. Báo cáo kết quả về Bộ Tài chính trước ngày 30/6/2026.\n")
    assert ("Ủy ban nhân dân các tỉnh, thành phố", "lead") in rows
    # (said another way: 'yêu cầu ... tập trung thực hiện tốt các nhiệm vụ sau')
    rows = assignment_rows(_URGENT + "Bộ Tài chính yêu cầu Kho bạc Nhà nước khu vực tập trung thực hiện tốt các nhiệm vụ "
                           "sau:\n1. Rà soát các khoản chi thường xuyên.\n")
    assert ("Kho bạc Nhà nước khu vực", "lead") in rows


def test_near_miss_numbered_items_under_work_reported_done_give_no_task():
    rows = assignment_rows(_URGENT + "Năm 2025, Bộ Tài chính đã yêu cầu Ủy ban nhân dân các tỉnh khẩn trương thực hiện các "
                           "nội dung sau:\n1. Bố trí kinh phí cho việc kiểm kê tài sản công.\n")
    assert ("Ủy ban nhân dân các tỉnh", "lead") not in rows
