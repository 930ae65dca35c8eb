"""Links of documents that change others (kg.extract.mention_words CUE_WORDS, read by kg.extract.links):
amended, replaced, repealed or suspended in whole or in part. Short texts of our own; each rule with its near misses."""
from __future__ import annotations

import pytest
from extract_helpers import goal_documents

from kg.extract import extract


def links(text: str) -> set[tuple[str, str, str]]:
    return {(x.from_, x.type, x.to) for x in extract(text).links}


@pytest.mark.parametrize("verb, typ", [
    ("bãi bỏ khoản 2 Điều 5", "replaces"),
    ("bãi bỏ điểm a khoản 1 Điều 3 và Điều 7 của", "replaces"),
    ("bãi bỏ một số điều của", "replaces"),
    ("bãi bỏ toàn bộ", "replaces"),
    ("đình chỉ thi hành Điều 4", "replaces"),
    ("tạm dừng hiệu lực thi hành khoản 3 Điều 2 của", "replaces"),
    ("sửa đổi một số điều của", "amends"),
    ("sửa đổi Điều 6", "amends"),
    ("sửa đổi, bổ sung Phụ lục II ban hành kèm theo", "amends"),
])
def test_a_change_to_part_of_a_document_links_the_two(verb, typ):
    text = f"Ngày 4/5/2024, UBND tỉnh ban hành Quyết định số 22/2024/QĐ-UBND {verb} Quyết định số 15/2020/QĐ-UBND."
    assert ("22/2024/QĐ-UBND", typ, "15/2020/QĐ-UBND") in links(text)


def test_a_change_stated_later_in_the_clause_links_the_two():
    text = ("Quyết định số 30/2024/QĐ-UBND có hiệu lực từ ngày 1/7/2024 và bãi bỏ khoản 4 Điều 2 của "
            "Quyết định số 09/2021/QĐ-UBND.")
    assert ("30/2024/QĐ-UBND", "replaces", "09/2021/QĐ-UBND") in links(text)


def test_near_miss_an_article_number_alone_is_no_document():
    # the parts named are no documents of their own, and a change with no document after it links nothing
    text = "UBND tỉnh ban hành Quyết định số 22/2024/QĐ-UBND bãi bỏ khoản 2 Điều 5 của quy chế cũ."
    got = extract(text)
    assert [d.key for d in got.documents] == ["22/2024/QĐ-UBND"]
    assert not got.links


def test_near_miss_repealing_a_procedure_is_no_link_to_the_decision_that_lists_it():
    # 'bãi bỏ' of what a decision lists, the decision named after a comma: not the decision changed
    text = ("Quyết định số 40/2024/QĐ-UBND bãi bỏ 12 thủ tục hành chính, theo Quyết định số 88/QĐ-UBND "
            "của Chủ tịch UBND tỉnh.")
    assert not any(t == "replaces" for _, t, _ in links(text))


def test_near_miss_never_ceasing_to_carry_out_is_an_implementation():
    text = "Kế hoạch số 14-KH/HU không ngừng thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy."
    got = links(text)
    assert ("14-KH/HU", "implements", "05-NQ/TU") in got
    assert not any(t == "replaces" for _, t, _ in got)


@pytest.mark.parametrize("verb, typ", [
    ("điều chỉnh, bổ sung", "amends"),
    ("điều chỉnh bổ sung", "amends"),
    ("thay cho", "replaces"),
])
def test_a_revision_or_a_substitute_worded_otherwise_links_the_two(verb, typ):
    text = (f"Hội đồng nhân dân huyện thông qua Nghị quyết số 41/NQ-HĐND {verb} Nghị quyết số 17/NQ-HĐND "
            "ngày 3/8/2022 về danh mục công trình trọng điểm.")
    assert ("41/NQ-HĐND", typ, "17/NQ-HĐND") in links(text)


def test_a_revision_stated_by_the_document_itself_links_it():
    text = ("Ngày 2/4/2025, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 77-KH/HU về chuyển đổi số.\n"
            "Kế hoạch này điều chỉnh, bổ sung Kế hoạch số 61-KH/HU ngày 9/1/2025 của Ban Thường vụ Huyện ủy.")
    assert ("77-KH/HU", "amends", "61-KH/HU") in links(text)


def test_near_miss_adjusting_alone_is_what_a_rule_governs_not_a_revision():
    # 'điều chỉnh' without 'bổ sung': the matters a decision governs, not a document it revises
    text = ("Quyết định số 19/2025/QĐ-UBND điều chỉnh các hoạt động vận tải theo Thông tư số 12/2024/TT-BGTVT "
            "của Bộ Giao thông vận tải.")
    assert not any(t == "amends" for _, t, _ in links(text))


def _official(kind: str, number: str, title: str, body: str) -> str:
    return (f"HỘI ĐỒNG NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM HÀ\nSố: {number}"
            f"            Lâm Hà, ngày 10 tháng 6 năm 2025\n\n{kind}\n{title}\n\n{body}\n")


@pytest.mark.parametrize("title, typ, other", [
    ("Sửa đổi, bổ sung một số điều của Nghị quyết số 07/2023/NQ-HĐND ngày 4 tháng 7 năm 2023 của Hội đồng nhân "
     "dân tỉnh về hỗ trợ trồng rừng", "amends", "07/2023/NQ-HĐND"),
    ("Bãi bỏ Nghị quyết số 09/2021/NQ-HĐND của Hội đồng nhân dân tỉnh về phí tham quan", "replaces", "09/2021/NQ-HĐND"),
])
def test_an_official_text_changes_what_its_title_line_names(title, typ, other):
    text = _official("NGHỊ QUYẾT", "21/2025/NQ-HĐND", title,
                     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n"
                     "Điều 1. Mức hỗ trợ là 5 triệu đồng/ha.")
    assert ("21/2025/NQ-HĐND", typ, other) in links(text)


def test_an_official_decision_amends_the_decision_whose_rules_its_title_names():
    text = _official("QUYẾT ĐỊNH", "14/2025/QĐ-UBND", "Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo "
                     "Quyết định số 30/2022/QĐ-UBND ngày 2 tháng 8 năm 2022 của UBND tỉnh", "Điều 1. Sửa đổi khoản 1 Điều 3.")
    assert ("14/2025/QĐ-UBND", "amends", "30/2022/QĐ-UBND") in links(text)


def test_near_miss_news_opening_on_a_change_gives_the_text_no_link():
    # a news text has no document of its own: a sentence that opens on the change has no subject
    text = ("Sửa đổi, bổ sung một số điều của Nghị quyết số 07/2023/NQ-HĐND là nội dung được nhiều đại biểu quan tâm "
            "tại kỳ họp.")
    assert not links(text)


def test_documents_replaced_together_with_cung_are_both_replaced():
    text = ("Ngày 2/10/2025, Hội Nông dân tỉnh ban hành Kế hoạch số 36-KH/HNDT. Kế hoạch số 36-KH/HNDT thay thế Kế hoạch "
            "số 112-KH/HNDT ngày 14/3/2023 của Hội Nông dân tỉnh A (cũ) cùng Kế hoạch số 58-KH/HNDT của Hội Nông dân "
            "tỉnh B (cũ).")
    assert {("36-KH/HNDT", "replaces", "112-KH/HNDT"), ("36-KH/HNDT", "replaces", "58-KH/HNDT")} <= links(text)
    # near miss: 'cùng' that opens a new clause is no list
    text = ("Ngày 2/10/2025, Hội Nông dân tỉnh ban hành Kế hoạch số 36-KH/HNDT thay thế Kế hoạch số 112-KH/HNDT; "
            "cùng ngày, Hội ban hành Kế hoạch số 40-KH/HNDT.")
    assert ("36-KH/HNDT", "replaces", "40-KH/HNDT") not in links(text)


def test_a_lower_case_type_word_opening_a_clause_changes_for_the_document_before():
    text = ("Ngày 25/8/2025, UBND tỉnh ban hành Kế hoạch số 188/KH-UBND về phòng, chống sạt lở bờ biển nhằm cụ thể hóa "
            "Nghị quyết số 120/NQ-CP; kế hoạch thay thế Kế hoạch số 162/KH-UBND ngày 8/12/2023 của UBND tỉnh B (cũ).")
    assert ("188/KH-UBND", "replaces", "162/KH-UBND") in links(text)
    text = ("Ngày 25/8/2025, UBND tỉnh ban hành Quyết định số 18/2025/QĐ-UBND; quyết định này bãi bỏ Quyết định số "
            "12/2020/QĐ-UBND.")
    assert ("18/2025/QĐ-UBND", "replaces", "12/2020/QĐ-UBND") in links(text)
    # near miss: the type word inside a clause, not opening it, changes nothing
    text = ("Ngày 25/8/2025, UBND tỉnh ban hành Kế hoạch số 188/KH-UBND; mục tiêu của kế hoạch thay thế 100 căn nhà "
            "tạm theo Kế hoạch số 162/KH-UBND.")
    assert ("188/KH-UBND", "replaces", "162/KH-UBND") not in links(text)


def test_a_plan_task_to_replace_or_amend_a_document_is_no_link():
    # tests/ANNOTATION.md (o): the document to be drafted amends nothing yet, the plan never does; the old one is listed
    text = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 20/KH-UBND\nLạng Sơn, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "1. Sửa đổi, bổ sung Quyết định số 12/2024/QĐ-UBND về quản lý giá. Sở Tài chính chủ trì.\n"
            "2. Xây dựng quyết định thay thế Quyết định số 30/2020/QĐ-UBND. Sở Xây dựng chủ trì thực hiện.\n")
    got = extract(text)
    assert [x for x in got.links if x.type in ("amends", "replaces")] == []
    assert {"12/2024/QĐ-UBND", "30/2020/QĐ-UBND"} <= {d.key for d in got.documents}


def test_near_miss_a_decision_that_replaces_another_links_the_two():
    text = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 21/QĐ-UBND\nLạng Sơn, ngày 10 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
            "Điều 1. Ban hành quy định quản lý giá.\nĐiều 2. Quyết định này thay thế Quyết định số 30/2020/QĐ-UBND.\n")
    assert ("21/QĐ-UBND", "replaces", "30/2020/QĐ-UBND") in links(text)


OWN_DECISION = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 44/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nSửa đổi quy định về giá nước sạch\n\n"
                "Điều 1. Sửa đổi Điều 3 Quy định ban hành kèm theo Quyết định số 12/2022/QĐ-UBND.\n"
                "Điều 2. Hiệu lực thi hành\n")


@pytest.mark.parametrize("marker", ["1. ", "a) ", ""])
def test_an_item_of_an_article_where_the_decision_names_itself_replaces(marker):
    # the decision calls itself by its type and 'này' after a list item's number or letter, as at a sentence's start
    text = OWN_DECISION + f"{marker}Quyết định này thay thế Quyết định số 30/2021/QĐ-UBND ngày 2/3/2021 của UBND tỉnh.\n"
    assert ("44/2025/QĐ-UBND", "replaces", "30/2021/QĐ-UBND") in links(text)


def test_near_miss_an_item_naming_another_decision_of_the_type_is_not_the_text_itself():
    text = OWN_DECISION + "1. Quyết định số 30/2021/QĐ-UBND thay thế Quyết định số 9/2019/QĐ-UBND.\n"
    got = links(text)
    assert ("44/2025/QĐ-UBND", "replaces", "9/2019/QĐ-UBND") not in got
    assert ("30/2021/QĐ-UBND", "replaces", "9/2019/QĐ-UBND") in got


def test_a_document_that_amended_one_of_a_replaced_list_is_replaced_too():
    text = ("Nghị quyết số 50/2025/NQ-HĐND thay thế Nghị quyết số 12/2020/NQ-HĐND ngày 5/7/2020 của HĐND tỉnh về hỗ trợ "
            "giống cây trồng và Nghị quyết số 8/2022/NQ-HĐND ngày 9/7/2022 sửa đổi, bổ sung một số điều của Nghị quyết số "
            "12/2020/NQ-HĐND.")
    got = links(text)
    assert {("50/2025/NQ-HĐND", "replaces", "12/2020/NQ-HĐND"), ("50/2025/NQ-HĐND", "replaces", "8/2022/NQ-HĐND"),
            ("8/2022/NQ-HĐND", "amends", "12/2020/NQ-HĐND")} <= got


def test_near_miss_a_second_document_amending_one_outside_the_list_is_no_item_of_it():
    text = ("Nghị quyết số 50/2025/NQ-HĐND thay thế Nghị quyết số 12/2020/NQ-HĐND ngày 5/7/2020 của HĐND tỉnh về hỗ trợ "
            "giống cây trồng và Nghị quyết số 8/2022/NQ-HĐND ngày 9/7/2022 sửa đổi, bổ sung một số điều của Nghị quyết số "
            "3/2019/NQ-HĐND.")
    assert ("50/2025/NQ-HĐND", "replaces", "8/2022/NQ-HĐND") not in links(text)


# a plan named as replaced is not the plan a later bare 'Kế hoạch' speaks of
REPLACING = ("Ngày 8/5/2025, UBND tỉnh Quảng Bình ban hành Quyết định số 930/QĐ-UBND phê duyệt Kế hoạch phát triển nghề "
             "cá giai đoạn 2025 - 2030, {change} Kế hoạch số 61/KH-UBND ngày 2/3/2020 của UBND tỉnh.\n\n"
             "Kế hoạch đặt mục tiêu đến năm 2030 có 450 tàu cá vỏ thép.")


@pytest.mark.parametrize("change", ["thay thế", "thay thế cho"])
def test_a_bare_plan_after_a_replaced_one_is_the_new_plan(change):
    assert goal_documents(REPLACING.format(change=change))[450] == "930/QĐ-UBND"


def test_near_miss_a_plan_named_as_carried_out_is_still_a_candidate():
    text = REPLACING.format(change="căn cứ").replace("phê duyệt Kế hoạch phát triển nghề cá giai đoạn 2025 - 2030, ", "")
    assert goal_documents(text)[450] == "61/KH-UBND"


_MERGED_PROGRAMME = ("BAN THƯỜNG VỤ TỈNH ỦY\nSố 20-CTr/TU                          Yên Bái, ngày 17 tháng 11 năm 2025\n"
                     "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 57-NQ/TW\n\n")


def test_replaced_programmes_that_carry_out_one_resolution_are_all_replaced():
    # kg.extract.document_mentions object_group(changed=True): the former provinces' programmes, listed with what they
    # carried out after the last of them
    got = links(_MERGED_PROGRAMME + "Chương trình này thay thế Chương trình hành động số 12-CTr/TU ngày 10/3/2023 của Ban "
                "Thường vụ Tỉnh ủy Yên Bái và Chương trình hành động số 33-CTr/TU ngày 06/4/2023 của Ban Thường vụ Tỉnh ủy "
                "Lào Cai thực hiện Nghị quyết số 20-NQ/TW.\n")
    assert {("20-CTr/TU", "replaces", "12-CTr/TU"), ("20-CTr/TU", "replaces", "33-CTr/TU")} <= got


def test_near_miss_a_plan_with_its_own_object_after_a_carried_out_resolution_is_not_carried_out():
    got = links(_MERGED_PROGRAMME + "Chương trình nhằm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành "
                "Trung ương và Kế hoạch số 33-KH/TU ngày 06/4/2023 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số "
                "19-NQ/TW.\n")
    assert ("20-CTr/TU", "implements", "33-KH/TU") not in got


def test_a_second_change_after_dong_thoi_is_the_changing_documents():
    rows = links("Sở Tư pháp phổ biến Quyết định số 18/2026/QĐ-UBND của UBND tỉnh sửa đổi, bổ sung một số điều của Quyết "
                 "định số 30/2021/QĐ-UBND, đồng thời bãi bỏ Quyết định số 11/2019/QĐ-UBND của UBND tỉnh.")
    assert {("18/2026/QĐ-UBND", "amends", "30/2021/QĐ-UBND"), ("18/2026/QĐ-UBND", "replaces", "11/2019/QĐ-UBND")} <= rows
    # in other words: replacing first, amending second
    rows = links("Nghị quyết số 09/2026/NQ-HĐND thay thế Nghị quyết số 20/2022/NQ-HĐND, đồng thời sửa đổi Nghị quyết số "
                 "14/2023/NQ-HĐND của HĐND tỉnh.")
    assert ("09/2026/NQ-HĐND", "amends", "14/2023/NQ-HĐND") in rows


def test_near_miss_a_meetings_second_act_after_dong_thoi_is_no_link_of_the_document_studied():
    rows = links("Hội nghị quán triệt Nghị quyết số 12-NQ/TU của Tỉnh ủy, đồng thời triển khai Kế hoạch số 30-KH/TU.")
    assert ("12-NQ/TU", "implements", "30-KH/TU") not in rows
