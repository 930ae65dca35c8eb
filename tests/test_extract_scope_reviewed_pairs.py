"""Which document a fact belongs to (kg.extract.scope) at a review of a central document and the local programme that
carries it out, and where a document that is its sentence's subject sets goals by their horizon ('xác định đến năm
2030 ...'). Short texts of our own; each rule with a second wording or a near miss."""
from __future__ import annotations

import pytest

from kg.extract import extract


def outcome_docs(text: str) -> dict[float, str | None]:
    return {o.value: o.document for o in extract(text).outcomes}


def target_docs(text: str) -> dict[float, str | None]:
    return {t.value: t.document for t in extract(text).targets}


REVIEW = ("Chiều 10/12, Huyện ủy Nam Sơn tổ chức hội nghị sơ kết 1 năm thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ "
          "Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 150-KH/TU ngày 2/7/2024 của Tỉnh ủy thực hiện Chỉ thị.\n\n"
          "Ngay sau đó, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 88-KH/HU để triển khai trên địa bàn; chỉ đạo 25/25 tổ "
          "chức cơ sở đảng học tập, quán triệt.\n\n{last}các chi bộ kết nạp 320 đảng viên mới.\n")


def test_a_review_s_results_after_the_body_s_own_plan_are_the_central_document_s():
    # the province's plan is reviewed beside the directive, named only in the lead: not what the district reports on
    assert outcome_docs(REVIEW.format(last="Trong năm, ")) == {25: "35-CT/TW", 320: "35-CT/TW"}


def test_near_miss_a_paragraph_that_names_the_programme_keeps_its_results_with_it():
    assert outcome_docs(REVIEW.format(last="Thực hiện Kế hoạch số 150-KH/TU, "))[320] == "150-KH/TU"


TWO_PLANS = ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 20-KH/TU ngày 6/1/2025 thực hiện Chỉ thị số 39-CT/TW và Chương "
             "trình hành động số 15-CTr/TU ngày 14/1/2025 thực hiện Nghị quyết số 57-NQ/TW.\n\n"
             "Kế hoạch 20 đặt mục tiêu đến năm 2030 dư nợ tín dụng chính sách tăng 8%/năm.\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, value", [
    ("Chương trình hành động số 15 xác định đến năm 2030 kinh tế số chiếm 30% GRDP của tỉnh.", 30),
    ("Chương trình 15 đề ra đến hết năm 2027 có 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến.", 90)])
def test_a_document_that_sets_goals_by_their_horizon_owns_them(sentence, value):
    assert target_docs(TWO_PLANS.format(sentence=sentence)) == {8: "20-KH/TU", value: "15-CTr/TU"}


def test_near_miss_a_horizon_set_by_a_body_stays_with_the_text_s_plan():
    text = TWO_PLANS.format(sentence="Tỉnh xác định đến năm 2030 kinh tế số chiếm 30% GRDP của tỉnh.")
    assert target_docs(text) == {8: "20-KH/TU", 30: "20-KH/TU"}


QUOTA = ("Ngày 5/12/2025, Đảng ủy xã Hòa Bình sơ kết 6 tháng thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị "
         "và Kế hoạch số 12-KH/ĐU ngày 20/7/2025 của Đảng ủy xã thực hiện Nghị quyết. Kế hoạch 12-KH/ĐU cụ thể hóa Chương "
         "trình hành động số 07-CTr/TU ngày 15/8/2025 của Tỉnh ủy thực hiện Nghị quyết 68.\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "Chương trình hành động 07-CTr/TU giao xã Hòa Bình chỉ tiêu đến năm 2030 có ít nhất 300 doanh nghiệp hoạt động.",
    "Chương trình 07-CTr/TU giao cho xã mục tiêu đến năm 2030 có ít nhất 300 doanh nghiệp hoạt động."])
def test_a_document_that_gives_a_body_its_quota_owns_the_goal(sentence):
    assert target_docs(QUOTA.format(sentence=sentence))[300] == "07-CTr/TU"


def test_near_miss_a_body_given_work_by_the_document_sets_no_goal_of_it():
    # 'giao ... chủ trì' gives work, not a quota: the goal after it is the reviewed plan's, as it was
    text = QUOTA.format(sentence="Chương trình hành động 07-CTr/TU giao Đảng ủy xã chủ trì thực hiện; đến năm 2030 xã phấn "
                                 "đấu có ít nhất 300 doanh nghiệp hoạt động.")
    assert target_docs(text).get(300) != "07-CTr/TU"


def test_near_miss_a_programme_whose_goals_measured_a_paragraph_keeps_the_results_after_it():
    # named last where a paragraph weighed results against its goals, not only in the lead beside the directive
    text = REVIEW.format(last="Đối chiếu với các chỉ tiêu của Kế hoạch 150, có 5/7 chỉ tiêu đã đạt.\n\nRiêng Nghị quyết số "
                              "08-NQ/HU của Huyện ủy, 12 chi bộ đã hoàn thành.\n\nHuyện ủy đề nghị ")
    got = outcome_docs(text)
    assert got[320] == got[5] == "150-KH/TU" and got[12] == "08-NQ/HU"


LIST_LEAD = ("Ngày 20/3, Huyện ủy Yên Thế tổng kết 10 năm thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2012 của Ban Chấp hành Trung "
             "ương về đất đai.\n\nTriển khai Nghị quyết, Huyện ủy đã ban hành Chương trình hành động số 21-CTr/HU ngày "
             "3/9/2012.\n\n{lead}\n- Diện tích đất được đo đạc lại: 9.800 ha/9.500 ha.\n- Số hộ được cấp giấy chứng nhận: "
             "12.400/12.000 hộ.\n\n{after}")


@pytest.mark.parametrize("lead", ["Các chỉ tiêu chủ yếu so với mục tiêu Chương trình hành động đề ra:",
                                  "Kết quả một số chỉ tiêu của Chương trình hành động số 21-CTr/HU:"])
def test_the_items_of_a_list_whose_lead_names_the_programme_are_its(lead):
    f = extract(LIST_LEAD.format(lead=lead, after=""))
    assert {o.value: o.document for o in f.outcomes} == {9800: "21-CTr/HU", 12400: "21-CTr/HU"}
    assert {t.value: t.document for t in f.targets} == {9500: "21-CTr/HU", 12000: "21-CTr/HU"}


def test_near_miss_a_statement_after_the_list_is_the_reviewed_document_s_again():
    text = LIST_LEAD.format(lead="Các chỉ tiêu chủ yếu so với mục tiêu Chương trình hành động đề ra:",
                            after="Sau 10 năm, toàn huyện đã thu hồi 320 ha đất sử dụng sai mục đích.\n")
    assert outcome_docs(text)[320] == "19-NQ/TW"
