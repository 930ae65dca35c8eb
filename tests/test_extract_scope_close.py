"""Where a document stops being in context (kg.extract.scope_close): a numbered item's document ends with the item,
the document a plan carries out opens no scope of its own, another level's plan named as a share's yardstick is named
in passing, a review's section under a heading goes on about the document named in it, a document named inside one
of the requests listed after an asking line ends with that request. Short texts of our own, each
with a near miss."""
from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract_helpers import goal_documents, outcome_documents as outcome_docs


ITEMS = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nThực hiện Nghị quyết số 12/NQ-HĐND ngày 15/12/2024 của HĐND "
         "xã về kế hoạch phát triển kinh tế - xã hội năm 2025, UBND xã báo cáo như sau:\n\n"
         "1. Kinh tế: tổng giá trị sản xuất tăng 7,2%.\n\n"
         "2. Nông thôn mới: thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, năm 2025 xã có thêm 2 thôn "
         "đạt chuẩn nông thôn mới kiểu mẫu.\n\n"
         "{marker}Xã hội: tỷ lệ hộ nghèo giảm còn 3,1%.\n")


def test_the_next_item_of_a_numbered_list_is_not_about_the_document_an_item_named():
    got = outcome_docs(ITEMS.format(marker="3. "))
    assert got[2] == "CTMTQG:xây dựng nông thôn mới"
    assert got[3.1] == "12/NQ-HĐND"


def test_near_miss_a_sub_item_under_the_item_stays_with_its_document():
    # ('a)' is no sibling of '2.': it is read as a part of the item that named the programme)
    assert outcome_docs(ITEMS.format(marker="a) "))[3.1] == "CTMTQG:xây dựng nông thôn mới"


CARRY = ("Ngày 5/12, Đảng ủy xã Tân Lập tổ chức hội nghị. Xã triển khai Chương trình hành động số 05-CTr/ĐU ngày "
         "1/10/2025 của Đảng ủy xã {joint} Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - "
         "2030. Sau 3 tháng, xã đã làm mới 6 km đường giao thông nông thôn.\n")


def test_results_after_a_plan_and_what_it_carries_out_are_the_plan_s():
    assert outcome_docs(CARRY.format(joint="thực hiện"))[6] == "05-CTr/ĐU"


def test_near_miss_a_document_named_in_a_clause_of_its_own_opens_its_scope():
    assert outcome_docs(CARRY.format(joint="; bám sát"))[6] != "05-CTr/ĐU"


SHARE = ("Thực hiện Kế hoạch số 30-KH/HĐTN ngày 2/6/2025 của Huyện Đoàn về chiến dịch tình nguyện hè, sau 2 tháng các "
         "đội hình đã hỗ trợ 1.200 lượt người dân, đạt 120% chỉ tiêu Kế hoạch 25 của Tỉnh Đoàn {tail}. Toàn huyện làm "
         "mới 12 km đường giao thông nông thôn.\n")


def test_the_sentence_after_a_share_of_another_level_s_plan_is_not_about_that_plan():
    got = outcome_docs(SHARE.format(tail="giao"))
    assert got[120] == "25-KH"            # the share itself is the assigning plan's, point (a)
    assert got[12] == "30-KH/HĐTN"


def test_near_miss_a_plan_named_with_what_it_set_itself_stays_in_context():
    # ('chỉ tiêu Kế hoạch 25 đề ra': no other level gave it, the plan is what the text goes on about)
    assert outcome_docs(SHARE.format(tail="đề ra"))[12] == "25-KH"


SECTIONS = ("Sơ kết 3 năm thực hiện Nghị quyết 19-NQ/TW\n\nSáng 12/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm "
            "thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng.\n\n{first}"
            "Sau 3 năm, toàn tỉnh có 150 xã đạt chuẩn nông thôn mới.\n\nCấp xã: nghị quyết chuyên đề\n\n"
            "Đảng ủy xã Hòa Mỹ ra Nghị quyết chuyên đề số 7-NQ/ĐU ngày 20/3/2023 về trồng dược liệu dưới tán rừng. "
            "Cuối năm 2024, cả xã có 64 ha dược liệu.\n\n"
            "Theo Chủ tịch UBND xã, năm 2024 xã đã cấp giống cho 96 hộ trồng sâm.\n\n{last}"
            "Ngoài ra, các xã đã thành lập mới 42 hợp tác xã.\n")


def test_a_review_s_section_goes_on_about_the_document_named_under_its_heading():
    got = outcome_docs(SECTIONS.format(first="Cấp tỉnh: kế hoạch cụ thể\n\n", last=""))
    assert got[150] == "19-NQ/TW"
    assert got[96] == "7-NQ/ĐU"            # a new paragraph, the same section


def test_near_miss_the_next_heading_hands_the_results_back_to_the_reviewed_document():
    got = outcome_docs(SECTIONS.format(first="Cấp tỉnh: kế hoạch cụ thể\n\n", last="Những việc cần làm tiếp\n\n"))
    assert got[96] == "7-NQ/ĐU"
    assert got[42] == "19-NQ/TW"


def test_near_miss_a_body_with_one_heading_is_read_paragraph_by_paragraph():
    assert outcome_docs(SECTIONS.format(first="", last=""))[96] == "19-NQ/TW"


def test_near_miss_a_byline_or_a_share_bar_at_the_foot_heads_no_section():
    # (short lines with no closing mark, as a heading is, but no statement follows them: the body keeps its one heading)
    for foot in ("\nMinh Anh\n", "\nChia sẻ: Facebook | Zalo\n", "\nTM. BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nLê Văn Hải\n"):
        assert outcome_docs(SECTIONS.format(first="", last="") + foot)[96] == "19-NQ/TW", foot


def test_near_miss_a_table_row_before_a_statement_heads_no_section():
    table = "Chỉ tiêu | Kế hoạch | Thực hiện\n\nSố xã đạt chuẩn | 140 | 150\n\n"
    assert outcome_docs(SECTIONS.format(first=table, last=""))[96] == "19-NQ/TW"


_SOURCE = ("Ngày 5/3/2025, Bộ Y tế có Quyết định số 1234/QĐ-BYT về việc ban hành Kế hoạch hành động của ngành Y tế "
           "triển khai Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị.\n\n"
           "Kế hoạch nhằm cụ thể hóa các {what} Nghị quyết đề ra, phân công rõ đơn vị chủ trì và thời hạn. "
           "Mục tiêu đến năm 2030, tỷ lệ bác sĩ đạt 19 bác sĩ/vạn dân.\n")


def test_a_document_named_as_the_source_of_a_plan_s_tasks_is_named_in_passing():
    # 'các nhiệm vụ, giải pháp mà Nghị quyết đề ra': the plan spells them out; the goal after is the plan's (the decision
    # that issued it, point (b))
    assert {t.value: t.document for t in extract(_SOURCE.format(what="nhiệm vụ, giải pháp mà")).targets}[19] == "1234/QĐ-BYT"


def test_near_miss_a_document_named_as_what_a_goal_is_measured_against_is_not_the_source_of_tasks():
    # ('chỉ tiêu mà Nghị quyết đề ra' is no source of tasks: the clause rule of the older cases holds, unchanged)
    text = ("Thứ Hai, 3/3/2025\nSau 3 năm thực hiện Nghị quyết số 05-NQ/HU, trong 12 chỉ tiêu mà Nghị quyết đề ra, "
            "huyện đã đạt 10 chỉ tiêu.\n")
    assert {o.value: o.document for o in extract(text).outcomes}[10] == "05-NQ/HU"


SET_APART_GOAL = ("Thứ Sáu, 9/1/2026\nBáo cáo tại kỳ họp cho biết, năm 2025 xã hoàn thành 12/14 chỉ tiêu Nghị quyết số "
                  "07/NQ-HĐND ngày 12/7/2025 của HĐND xã. {apart}\n\n"
                  "Thu ngân sách trên địa bàn năm 2025 đạt 16,2 tỷ đồng.\n")


def test_a_goal_set_apart_under_another_resolution_is_its_alone():
    # the set-apart goal is the older resolution's; the next paragraph names none and goes back to the one reviewed
    got = outcome_docs(SET_APART_GOAL.format(
        apart="Riêng chỉ tiêu bê tông hóa đường thôn theo Nghị quyết số 21/NQ-HĐND của HĐND xã Tân Mỹ (cũ) đã hoàn "
              "thành 9 km."))
    assert got[9] == "21/NQ-HĐND"
    assert got[16.2] == "07/NQ-HĐND"


def test_near_miss_a_paragraph_set_apart_for_a_document_goes_on_with_it():
    # 'Riêng <document>' opens on the document itself: the next sentence of its paragraph is about it too
    text = SET_APART_GOAL.format(apart="Riêng Nghị quyết số 21/NQ-HĐND của HĐND xã Tân Mỹ (cũ), đã hoàn thành 9 km "
                                       "đường thôn. Xã cũng cứng hóa 3,5 km kênh mương.")
    got = outcome_docs(text)
    assert got[9] == got[3.5] == "21/NQ-HĐND"


ASKED = ("Chiều 5/3, Bộ trưởng Bộ Nông nghiệp và Môi trường chủ trì cuộc họp đánh giá việc thực hiện Đề án \"Phát triển "
         "bền vững một triệu héc-ta lúa chất lượng cao\" được phê duyệt tại Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của "
         "Thủ tướng Chính phủ.\n\n{lead}\n\nCục Trồng trọt hoàn thiện dự thảo Thông tư sửa đổi, bổ sung Thông tư số "
         "17/2024/TT-BNNMT, trình Bộ trưởng trước ngày 30/4/2025.\n\nUBND các tỉnh trong vùng bảo đảm có thêm ít nhất "
         "120.000 ha lúa chất lượng cao trong năm 2025.\n")


@pytest.mark.parametrize("lead", ["Kết luận cuộc họp, để hoàn thành mục tiêu năm 2025 của Đề án, Bộ trưởng giao:",
                                  "Kết luận cuộc họp, Bộ trưởng đề nghị các đơn vị:"])
def test_a_document_named_inside_one_listed_request_is_not_what_the_next_request_is_about(lead):
    # (the circular is what the first request changes; the second is the đề án's, named in the asking line or before it)
    assert goal_documents(ASKED.format(lead=lead))[120000] == "1490/QĐ-TTg"


def test_near_miss_paragraphs_after_a_line_that_asks_nothing_go_on_about_the_document_named():
    assert goal_documents(ASKED.format(lead="Kết quả cụ thể như sau:"))[120000] == "17/2024/TT-BNNMT"


_AMENDED = ("Thực hiện Nghị định số 15/2025/NĐ-CP ngày 3/2/2025 của Chính phủ {amender}, huyện đã hỗ trợ 320 hộ chuyển đổi "
            "nghề.\n\nNgoài ra, huyện đã đào tạo nghề cho 540 lao động nông thôn.\n")


def test_the_decree_that_amended_one_named_in_brackets_is_an_aside():
    got = outcome_docs(_AMENDED.format(amender="(đã được sửa đổi, bổ sung bởi Nghị định số 41/2026/NĐ-CP)"))
    assert got[320] == "15/2025/NĐ-CP" and got[540] == "15/2025/NĐ-CP"


def test_near_miss_a_decree_named_in_brackets_as_carried_out_with_it_is_no_aside():
    # ('cùng' names a second document the work carries out: the text goes on about the one named last)
    got = outcome_docs(_AMENDED.format(amender="(cùng Nghị định số 41/2026/NĐ-CP)"))
    assert got[540] == "41/2026/NĐ-CP"


def test_a_body_named_after_a_document_opens_no_scope():
    lead = ("Qua 2 năm thực hiện Kế hoạch số 31/KH-UBND ngày 2/2/2024 của UBND xã về chuyển đổi số, toàn xã đã kích hoạt "
            "4.100 tài khoản định danh điện tử. ")
    # the working group is named after the national scheme: its count is the plan's work, not the scheme's
    docs = outcome_docs(lead + "Tổ công tác Đề án 06 của xã đã thu nhận 960 hồ sơ cấp căn cước.\n")
    assert docs[960] == "31/KH-UBND"
    # in other words: a steering committee named after a programme
    docs = outcome_docs(lead + "Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới xã đã tổ chức 12 "
                               "cuộc kiểm tra.\n")
    assert docs[12] == "31/KH-UBND"


def test_near_miss_the_document_itself_as_the_subject_opens_its_scope():
    text = ("Qua 2 năm thực hiện Kế hoạch số 31/KH-UBND ngày 2/2/2024 của UBND xã về chuyển đổi số, toàn xã đã kích hoạt "
            "4.100 tài khoản định danh điện tử. Thực hiện Đề án 06 của Chính phủ, xã đã thu nhận 960 hồ sơ cấp căn cước.\n")
    assert outcome_docs(text)[960] != "31/KH-UBND"
