"""Links of the documents a sentence says were issued to what they carry out (kg.extract.links): several plans issued
together, a plan issued 'để triển khai thực hiện.' with nothing after the cue, and an official text whose own plan is named again as a remit ('Căn cứ Kế hoạch
này, ...'). Short texts of our own; each rule with its near misses."""
from __future__ import annotations

import pytest
from extract_helpers import link_rows

RESOLUTION = "Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy. "


def test_each_document_issued_together_carries_out_the_one_the_opener_names():
    text = RESOLUTION + ("Thực hiện Nghị quyết, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU và Chương trình "
                         "hành động số 12-CTr/HU.")
    assert link_rows(text) == {("35-KH/HU", "implements", "18-NQ/TW"), ("12-CTr/HU", "implements", "18-NQ/TW")}


def test_near_miss_a_document_named_later_in_other_words_is_not_issued_with_the_plan():
    text = RESOLUTION + ("Thực hiện Nghị quyết, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU, trong đó giao "
                         "rà soát Quyết định số 12-QĐ/HU về chức năng của các ban.")
    assert link_rows(text) == {("35-KH/HU", "implements", "18-NQ/TW")}


def test_a_document_between_ends_the_list_an_opener_carries_out():
    # the issued plan is no item of the list 'Thực hiện <list>, ...': the document after it is issued with it
    text = ("Thực hiện Nghị quyết số 57-NQ/TW, Tỉnh ủy ban hành Kế hoạch số 20-KH/TU và Chương trình số 08-CTr/TU.")
    assert link_rows(text) == {("20-KH/TU", "implements", "57-NQ/TW"), ("08-CTr/TU", "implements", "57-NQ/TW")}


def test_a_document_named_in_an_items_title_does_not_end_the_list():
    text = ("Nhằm thực hiện các nhiệm vụ tại Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương về tổng kết "
            "Nghị quyết số 18-NQ/TW và Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch "
            "số 30-KH/TU.")
    rows = link_rows(text)
    assert {("30-KH/TU", "implements", "121-KL/TW"), ("30-KH/TU", "implements", "126-KL/TW")} <= rows
    assert ("30-KH/TU", "implements", "18-NQ/TW") not in rows


def test_a_plan_issued_to_carry_out_with_no_object_carries_out_the_document_named_before():
    for tail in ("để triển khai thực hiện.", "nhằm cụ thể hóa.", "để triển khai thực hiện có hiệu quả."):
        text = RESOLUTION + "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU " + tail
        assert link_rows(text) == {("35-KH/HU", "implements", "18-NQ/TW")}, tail


def test_sentences_about_the_document_may_come_between():
    text = RESOLUTION + ("Nghị quyết xác định nhiều mục tiêu. Đây là chủ trương lớn. Ban Thường vụ Huyện ủy đã ban hành Kế "
                         "hoạch số 35-KH/HU để triển khai thực hiện.")
    assert link_rows(text) == {("35-KH/HU", "implements", "18-NQ/TW")}


def test_near_miss_a_document_of_another_paragraph_is_not_the_one_carried_out():
    text = RESOLUTION + "\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU để triển khai thực hiện."
    assert link_rows(text) == set()


def test_near_miss_no_document_before_the_plan_links_nothing():
    text = ("Hội nghị diễn ra sáng 12/3. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU để triển khai thực hiện.")
    assert link_rows(text) == set()


def test_near_miss_the_cue_not_closing_the_sentence_is_read_as_usual():
    text = RESOLUTION + ("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU để triển khai thực hiện các nhiệm vụ "
                         "về chuyển đổi số.")
    assert ("35-KH/HU", "implements", "18-NQ/TW") not in link_rows(text)


def test_a_study_opener_alone_leaves_the_plan_to_its_trailing_cue():
    # 'Quán triệt ...' alone carries nothing out (test_extract_links_basis); the cue closing the sentence does
    text = RESOLUTION + "Quán triệt Nghị quyết trên, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 35-KH/HU để triển khai thực hiện."
    assert link_rows(text) == {("35-KH/HU", "implements", "18-NQ/TW")}


def test_near_miss_a_study_opener_before_no_issued_document_links_nothing():
    text = RESOLUTION + "Quán triệt Nghị quyết trên, các chi bộ đã đưa nội dung vào sinh hoạt định kỳ."
    assert link_rows(text) == set()


OFFICIAL = ("ĐẢNG ỦY XÃ HÒA AN\nSố 08-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ "
            "các cấp\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ trực thuộc\n")


def test_an_official_text_naming_its_own_plan_as_a_remit_keeps_its_links():
    text = OFFICIAL + "Căn cứ Kế hoạch này, xây dựng kế hoạch tổ chức đại hội chi bộ.\n"
    assert link_rows(text) == {("08-KH/ĐU", "implements", "45-CT/TW")}


def test_near_miss_a_text_without_a_heading_that_opens_on_its_basis_keeps_no_own_links():
    text = ("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;\nThực hiện Kết luận số 121-KL/TW "
            "của Ban Chấp hành Trung ương, các cơ quan rà soát bộ máy.\n")
    assert ("18-NQ/TW", "implements", "121-KL/TW") not in link_rows(text)


def test_a_plural_word_before_the_list_a_cue_points_to():
    for words in ("các Nghị quyết số 18-NQ/TW, 19-NQ/TW", "các nghị quyết số 18-NQ/TW và 19-NQ/TW"):
        text = f"Tỉnh ủy ban hành Kế hoạch số 50-KH/TU thực hiện {words} của Ban Chấp hành Trung ương."
        assert link_rows(text) == {("50-KH/TU", "implements", "18-NQ/TW"), ("50-KH/TU", "implements", "19-NQ/TW")}, words


def test_near_miss_a_plural_word_before_no_document_links_nothing():
    text = ("Tỉnh ủy ban hành Kế hoạch số 50-KH/TU thực hiện các nhiệm vụ trọng tâm năm 2025. Nghị quyết số 18-NQ/TW được "
            "quán triệt đến chi bộ.")
    assert ("50-KH/TU", "implements", "18-NQ/TW") not in link_rows(text)


# a type word alone opening a sentence names the document of its type the sentence before says was issued, not the
# first of that type the text says was issued
EARLIER_PROGRAMME = ("Năm 2018, Tỉnh ủy ban hành Chương trình hành động số 14-CTr/TU thực hiện Nghị quyết số 18-NQ/TW "
                     "của Ban Chấp hành Trung ương. ")


def test_a_type_word_opening_a_sentence_is_the_one_issued_in_the_sentence_before():
    text = EARLIER_PROGRAMME + ("Tháng 9/2025, Hội Nông dân tỉnh ban hành Chương trình số 25-CTr/HND. Chương trình "
                                "nhằm triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    rows = link_rows(text)
    assert ("25-CTr/HND", "implements", "57-NQ/TW") in rows
    assert ("14-CTr/TU", "implements", "57-NQ/TW") not in rows


def test_a_change_stated_by_the_type_word_is_the_one_issued_just_before():
    text = ("Kỳ họp thông qua Nghị quyết số 80/NQ-HĐND về dự toán ngân sách năm 2026. Kỳ họp cũng ban hành Nghị quyết số "
            "12/2025/NQ-HĐND quy định mức hỗ trợ cán bộ thôn. Nghị quyết thay thế Nghị quyết số 05/2021/NQ-HĐND.")
    assert ("12/2025/NQ-HĐND", "replaces", "05/2021/NQ-HĐND") in link_rows(text)


def test_near_miss_two_of_its_type_issued_in_the_sentence_before_keep_the_first_issued():
    # two programmes issued in the sentence before: which one the type word names is not said; the rule before stands
    text = EARLIER_PROGRAMME + ("Năm 2025, Tỉnh đoàn ban hành Chương trình số 25-CTr/TĐTN và ban hành Chương trình số "
                                "26-CTr/TĐTN. Chương trình nhằm triển khai Nghị quyết số 57-NQ/TW.")
    rows = link_rows(text)
    assert ("25-CTr/TĐTN", "implements", "57-NQ/TW") not in rows
    assert ("26-CTr/TĐTN", "implements", "57-NQ/TW") not in rows


def test_near_miss_a_document_only_named_in_the_sentence_before_is_not_the_one_meant():
    # the sentence before names a programme without saying it was issued: the first one issued stays the subject
    text = EARLIER_PROGRAMME + ("Báo cáo nhắc lại Chương trình số 25-CTr/TĐTN. Chương trình nhằm triển khai Nghị quyết số "
                                "57-NQ/TW.")
    rows = link_rows(text)
    assert ("25-CTr/TĐTN", "implements", "57-NQ/TW") not in rows


def test_a_plan_issued_then_made_to_concretise_another_carries_it_out():
    text = ("Thực hiện Kế hoạch số 410/KH-UBND của UBND tỉnh, UBND xã đã ban hành Kế hoạch số 15/KH-UBND; đồng thời cụ thể "
            "hóa Kế hoạch số 04-KH/ĐU ngày 2/6/2025 của Ban Thường vụ Đảng ủy xã.")
    got = link_rows(text)
    assert ("15/KH-UBND", "implements", "410/KH-UBND") in got
    assert ("15/KH-UBND", "implements", "04-KH/ĐU") in got


def test_near_miss_a_document_studied_then_a_second_act_is_no_link():
    # the resolution is studied, not issued: what is made concrete after it is the meeting's second act
    text = ("Ngày 3/6/2025, Đảng ủy xã quán triệt Nghị quyết số 57-NQ/TW; đồng thời cụ thể hóa Kế hoạch số 04-KH/ĐU "
            "của Ban Thường vụ Đảng ủy xã.")
    assert ("57-NQ/TW", "implements", "04-KH/ĐU") not in link_rows(text)


def test_each_body_that_issued_its_own_after_a_resolution_was_issued_carries_it_out():
    # (the former provinces of a merged one, each with its own document after the resolution, its title before the comma)
    text = ("Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW ngày 30/4/2025 về đổi mới công tác xây dựng và thi "
            "hành pháp luật, hai tỉnh khi chưa hợp nhất đều đã cụ thể hóa: Tỉnh ủy Gia Lai ban hành Chương trình hành "
            "động số 31-CTr/TU ngày 20/5/2025; Tỉnh ủy Bình Định ban hành Kế hoạch số 40-KH/TU ngày 28/5/2025.")
    rows = link_rows(text)
    assert ("31-CTr/TU", "implements", "66-NQ/TW") in rows and ("40-KH/TU", "implements", "66-NQ/TW") in rows


@pytest.mark.parametrize("second", [
    "UBND tỉnh ban hành Kế hoạch số 95/KH-UBND thực hiện Chương trình số 31-CTr/TU",
    # (no colon before the list: the province's follow-up, not each body's own document for the resolution)
    "UBND tỉnh ban hành Kế hoạch số 95/KH-UBND ngày 2/6/2025 về phổ biến pháp luật",
])
def test_near_miss_a_later_document_issued_after_the_first_is_not_the_resolutions(second):
    text = ("Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW ngày 30/4/2025 về đổi mới công tác xây dựng và thi "
            "hành pháp luật, Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU ngày 20/5/2025; " + second + ".")
    rows = link_rows(text)
    assert ("31-CTr/TU", "implements", "66-NQ/TW") in rows
    assert ("95/KH-UBND", "implements", "66-NQ/TW") not in rows


def test_a_document_another_body_issued_after_a_semicolon_carries_out_the_same_one():
    text = RESOLUTION + ("Để cụ thể hóa Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 40-KH/TU về sắp xếp bộ "
                         "máy; UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về tinh giản biên chế.")
    assert link_rows(text) == {("40-KH/TU", "implements", "18-NQ/TW"), ("88/KH-UBND", "implements", "18-NQ/TW")}
    # in other words: an opening with the document's number, the second clause's issuer a council
    text = ("Thực hiện Nghị quyết số 57-NQ/TW, UBND tỉnh đã ban hành Quyết định số 15/QĐ-UBND phê duyệt danh mục nhiệm "
            "vụ; HĐND tỉnh ban hành Nghị quyết số 21/2025/NQ-HĐND về chính sách hỗ trợ.")
    assert ("21/2025/NQ-HĐND", "implements", "57-NQ/TW") in link_rows(text)


def test_near_miss_a_second_document_with_its_own_cue_or_not_said_issued_carries_out_its_own():
    text = RESOLUTION + ("Để cụ thể hóa Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 40-KH/TU; Hội Nông dân "
                         "tỉnh ban hành Kế hoạch số 12-KH/HNDT thực hiện Kế hoạch của Tỉnh ủy.")
    assert ("12-KH/HNDT", "implements", "18-NQ/TW") not in link_rows(text)
    text = RESOLUTION + ("Để cụ thể hóa Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 40-KH/TU; Sở Nội vụ tổ "
                         "chức tập huấn theo Quyết định số 30/QĐ-SNV.")
    assert ("30/QĐ-SNV", "implements", "18-NQ/TW") not in link_rows(text)


# signing a decision is issuing it: a type word opening a later sentence names the decision signed, not one named after
# it as what approved the scheme the decision carries out
SIGNED = ("Bộ trưởng Bộ Xây dựng vừa ký Quyết định số 310/QĐ-BXD ngày 2/3/2026 ban hành Kế hoạch triển khai năm 2026 Đề án "
          "\"Phát triển nhà ở xã hội cho công nhân\", được Thủ tướng Chính phủ phê duyệt tại Quyết định số 444/QĐ-TTg ngày "
          "2/4/2023. ")


def test_a_type_word_after_a_signed_decision_is_the_signed_one():
    rows = link_rows(SIGNED + "Quyết định căn cứ Nghị định số 52/2025/NĐ-CP của Chính phủ, và thay thế Quyết định số "
                              "95/QĐ-BXD ngày 8/2/2025.")
    assert {("310/QĐ-BXD", "based_on", "52/2025/NĐ-CP"), ("310/QĐ-BXD", "replaces", "95/QĐ-BXD")} <= rows
    assert not any(a == "444/QĐ-TTg" for a, _, _ in rows)
    # in other words: signed with no 'vừa', the next sentence opening on the type word
    rows = link_rows("Chủ tịch UBND tỉnh ký Quyết định số 77/QĐ-UBND phê duyệt phương án, theo Quyết định số 12/QĐ-TTg "
                     "của Thủ tướng Chính phủ. Quyết định thay thế Quyết định số 40/QĐ-UBND ngày 5/1/2024.")
    assert ("77/QĐ-UBND", "replaces", "40/QĐ-UBND") in rows


def test_the_scheme_a_signed_plan_carries_out_is_the_decision_that_approved_it():
    # the approver named between 'được' and 'phê duyệt', and the plan's year between the cue and the scheme
    assert ("310/QĐ-BXD", "implements", "444/QĐ-TTg") in link_rows(SIGNED)


def test_near_miss_a_decision_only_named_before_is_not_taken_for_signed():
    # nothing says which was issued: the type word keeps the one named last, as before
    rows = link_rows("Thư ký hội đồng đọc Quyết định số 310/QĐ-BXD và Quyết định số 444/QĐ-TTg. Quyết định thay thế "
                     "Quyết định số 95/QĐ-BXD ngày 8/2/2025.")
    assert ("310/QĐ-BXD", "replaces", "95/QĐ-BXD") not in rows
