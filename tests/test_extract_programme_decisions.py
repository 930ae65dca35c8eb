"""A programme approved by a numbered decision ('Quyết định số ... phê duyệt Chương trình ...') has no symbol of its
own: the decision, which carries it in an annex, is the document (tests/ANNOTATION.md (b)). The programme is no node
of its own; its results, the links to it and its date are the decision's, and the decision's subject names it. Short
texts of our own."""
from __future__ import annotations

import pytest

from extract_helpers import link_rows

from kg.extract import extract

PROGRAMME = "CTMTQG:phát triển lâm nghiệp bền vững giai đoạn 2023-2027"
DECISION = "412/QĐ-TTg"
RESULT = " Đến nay, huyện trồng mới 1.200 ha rừng.\n"


@pytest.mark.parametrize("text", [
    pytest.param("Huyện triển khai Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ phê duyệt Chương trình "
                 "mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027.", id="decision-then-programme"),
    pytest.param("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027, "
                 "được phê duyệt tại Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ.",
                 id="programme-then-decision"),
    pytest.param("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027 "
                 "(Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ).", id="cited-in-brackets"),
])
def test_a_programme_approved_by_a_decision_is_the_decision(text):
    facts = extract(text + RESULT)
    docs = {d.key: d for d in facts.documents}
    assert set(docs) == {DECISION}
    assert docs[DECISION].number == "412" and str(docs[DECISION].date) == "2023-04-08"
    assert {o.document for o in facts.outcomes} == {DECISION}


def test_near_miss_a_programme_named_beside_a_decision_it_is_not_carried_by_stays_itself():
    # the decision approves something else, named with its own word ('về ...'); the programme keeps its title
    text = ("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027 và "
            "Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ về giá giống cây trồng." + RESULT)
    assert PROGRAMME in {d.key for d in extract(text).documents}


def test_a_de_an_approved_by_a_decision_is_the_decision_too():
    text = ("Huyện triển khai Đề án phát triển lâm nghiệp bền vững giai đoạn 2023-2027, được phê duyệt tại "
            "Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ." + RESULT)
    facts = extract(text)
    assert {d.key for d in facts.documents} == {DECISION}
    assert {o.document for o in facts.outcomes} == {DECISION}
    assert "phát triển lâm nghiệp bền vững" in (facts.documents[0].subject or "")


def test_a_plan_that_carries_out_an_approved_programme_carries_out_the_decision():
    text = ("Kế hoạch số 20/KH-UBND ngày 1/6/2023 của UBND huyện về thực hiện Chương trình mục tiêu quốc gia phát triển "
            "lâm nghiệp bền vững giai đoạn 2023-2027. Căn cứ Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính "
            "phủ phê duyệt Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027." + RESULT)
    facts = extract(text)
    assert {d.key for d in facts.documents} == {"20/KH-UBND", DECISION}
    assert ("20/KH-UBND", "implements", DECISION) in {(x.from_, x.type, x.to) for x in facts.links}
    # near miss: without the decision the programme is a node of its own, carried out by the plan
    alone = extract(text[:text.index(" Căn cứ")] + RESULT)
    assert ("20/KH-UBND", "implements", PROGRAMME) in {(x.from_, x.type, x.to) for x in alone.links}


def test_a_decision_alone_is_the_only_node():
    # near miss: no programme's title, only the decision's number and subject
    text = ("Huyện triển khai Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ về phát triển lâm "
            "nghiệp." + RESULT)
    assert {d.key for d in extract(text).documents} == {DECISION}


@pytest.mark.parametrize("text, key", [
    # a programme named by the number of the Prime Minister's decision, which names no title
    pytest.param("Huyện thực hiện Chương trình theo Quyết định số 412/QĐ-TTg ngày 8/4/2023. Xã đã trồng mới 80 ha "
                 "rừng thuộc Chương trình 412.", DECISION, id="decision-only"),
    # ... and with the title the decision approved: the short name is that programme
    pytest.param("Huyện triển khai Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ phê duyệt Chương trình "
                 "mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027. Xã đã trồng mới 80 ha rừng "
                 "thuộc Chương trình 412.", DECISION, id="titled"),
])
def test_a_programme_named_by_its_decision_s_number(text, key):
    keys = {d.key for d in extract(text).documents}
    assert key in keys
    assert not any(k.startswith("412-") for k in keys)


def test_a_programme_numbered_like_a_local_decision_stays_apart():
    # near miss: the decision of that number is a province's, which approves no national programme
    text = ("UBND tỉnh ban hành Quyết định số 412/QĐ-UBND ngày 8/4/2023 về giá đất. Tỉnh ủy triển khai Chương trình "
            "412 về chuyển đổi số.")
    keys = {d.key for d in extract(text).documents}
    assert "412/QĐ-UBND" in keys
    assert len(keys) == 2           # the programme is not taken for the decision


# A programme named back by its word alone ('Chương trình', 'Đề án'): the one decision named before that approved
# one of that word, as (b) keys it.
APPROVING = ("Căn cứ Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu "
             "quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027;\n")
OWN = "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA\nSố: 77/KH-UBND\n\nKẾ HOẠCH\nTrồng rừng năm 2025\n\n"


@pytest.mark.parametrize(("words", "found"), [
    pytest.param("về thực hiện Chương trình năm 2025;", True, id="year"),
    pytest.param("về thực hiện Chương trình LNBV giai đoạn 2025-2027;", True, id="short-name-in-capitals"),
    pytest.param("về thực hiện Chương trình.", True, id="word-alone"),
    # near misses: other words after the cue name no approved programme
    pytest.param("về thực hiện Chương trình khác năm 2025;", False, id="short-name-not-in-capitals"),
    pytest.param("về thực hiện Chương trình hành động năm 2025;", False, id="action-programme"),
    pytest.param("về thực hiện Đề án năm 2025;", False, id="other-word"),
])
def test_a_plan_carrying_out_the_programme_by_its_word_alone_implements_the_approving_decision(words, found):
    text = OWN + APPROVING + f"Căn cứ Kế hoạch số 31/KH-UBND ngày 2/2/2025 của UBND tỉnh {words}\n"
    assert (("31/KH-UBND", "implements", DECISION) in link_rows(text)) is found


def test_near_miss_two_approving_decisions_leave_the_word_alone_unresolved():
    second = ("Căn cứ Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu "
              "quốc gia giảm nghèo bền vững giai đoạn 2021-2025;\n")
    text = OWN + APPROVING + second + "Căn cứ Kế hoạch số 31/KH-UBND ngày 2/2/2025 của UBND tỉnh về thực hiện Chương trình năm 2025;\n"
    assert not {x for x in link_rows(text) if x[0] == "31/KH-UBND" and x[1] == "implements"}


NEWS = ("Ngày 24/9, Hội LHPN tỉnh tổng kết Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025” được phê duyệt tại "
        "Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ. ")


def test_a_plan_issued_to_carry_out_the_de_an_by_its_word_alone_implements_the_decision():
    text = NEWS + "Để triển khai Đề án, Ban Thường vụ Hội đã ban hành Kế hoạch số 45/KH-BTV ngày 12/3/2018.\n"
    assert ("45/KH-BTV", "implements", "939/QĐ-TTg") in link_rows(text)


@pytest.mark.parametrize("sentence", [
    pytest.param("Tại hai huyện, Đề án được triển khai theo Kế hoạch số 125/KH-UBND ngày 4/9/2017 của UBND huyện A và "
                 "Kế hoạch số 126/KH-UBND ngày 5/9/2017 của UBND huyện B.", id="passive-two-plans"),
    pytest.param("Năm 2018, UBND tỉnh triển khai Đề án theo Kế hoạch số 125/KH-UBND ngày 4/9/2017 và Kế hoạch số "
                 "126/KH-UBND ngày 5/9/2017.", id="active"),
])
def test_the_plans_a_de_an_was_carried_out_by_implement_its_decision(sentence):
    links = link_rows(NEWS + sentence + "\n")
    assert {("125/KH-UBND", "implements", "939/QĐ-TTg"), ("126/KH-UBND", "implements", "939/QĐ-TTg")} <= links


@pytest.mark.parametrize("sentence", [
    pytest.param("Năm 2018, UBND tỉnh họp về Đề án theo Kế hoạch số 125/KH-UBND ngày 4/9/2017.", id="no-carrying-verb"),
    pytest.param("Năm 2018, Hội đề nghị Đề án được triển khai theo Kế hoạch số 125/KH-UBND ngày 4/9/2017.",
                 id="passive-not-opening-its-clause"),
])
def test_near_miss_a_plan_after_the_word_without_the_carrying_is_no_implementation(sentence):
    assert ("125/KH-UBND", "implements", "939/QĐ-TTg") not in link_rows(NEWS + sentence + "\n")


# The title named first without the period the approving decision's title gives it is the same programme: the review
# of it, and what bodies are asked after, are the decision's.
SHORT_FIRST = ("Sáng 3/4, Hội Nông dân tỉnh tổ chức hội nghị sơ kết việc thực hiện Đề án trồng rừng gỗ lớn trên địa bàn "
               "tỉnh. Theo báo cáo, sau hai năm triển khai Quyết định số 88/QĐ-UBND ngày 2/3/2023 của UBND tỉnh phê duyệt "
               "Đề án trồng rừng gỗ lớn trên địa bàn tỉnh {tail}, toàn tỉnh trồng mới 900 ha. Hội nghị đề nghị Sở Nông "
               "nghiệp và Môi trường hướng dẫn các xã chọn giống.\n")


@pytest.mark.parametrize("tail", ["đến năm 2025", "giai đoạn 2023 - 2025"])
def test_a_programme_named_first_without_its_period_is_the_approving_decision(tail):
    facts = extract(SHORT_FIRST.format(tail=tail))
    assert {d.key for d in facts.documents} == {"88/QĐ-UBND"}
    assert (facts.documents[0].subject or "").endswith("2025")
    assert {a.document for a in facts.assignments} == {"88/QĐ-UBND"}
    assert [e.reviews for e in facts.events] == [["88/QĐ-UBND"]]


def test_near_miss_a_programme_whose_title_goes_on_with_more_than_a_period_stays_itself():
    # the decision approves a wider đề án (its title goes on past the short one's with words that are no period)
    facts = extract(SHORT_FIRST.format(tail="và phát triển chế biến gỗ"))
    assert "ĐA:trồng rừng gỗ lớn trên địa bàn tỉnh" in {d.key for d in facts.documents}


def test_a_national_programme_named_with_theo_quyet_dinh_is_the_decision():
    # 'theo Quyết định ...' with no verb ends the programme's name as 'được phê duyệt tại Quyết định ...' does
    text = ("Năm 2024, huyện tiếp tục triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững theo "
            "Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ. UBND huyện ban hành Kế hoạch số 20/KH-UBND "
            "ngày 1/2/2024 về thực hiện Chương trình năm 2024." + RESULT)
    facts = extract(text)
    assert {d.key for d in facts.documents} == {DECISION, "20/KH-UBND"}
    assert ("20/KH-UBND", "implements", DECISION) in link_rows(text)


def test_near_miss_theo_before_a_word_that_is_no_document_stays_in_the_name():
    text = ("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững theo hướng bảo tồn rừng "
            "đầu nguồn." + RESULT)
    assert any(k.startswith("CTMTQG:phát triển lâm nghiệp bền vững theo hướng") for k in {d.key for d in extract(text).documents})
