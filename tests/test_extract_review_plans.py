"""A review's figures and the local plan that carries out the reviewed document (kg.extract.review_plans, asked by
kg.extract.scope; tests/ANNOTATION.md point (ak)). Short texts of our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.review_plans import share_of_plan
from kg.extract.text import fold_same_length


def docs_by_value(text: str) -> dict[float, str | None]:
    facts = extract(text)
    return {x.value: x.document for x in facts.outcomes + facts.targets}


HEAD = ("Sơ kết 2 năm thực hiện Nghị quyết số 21-NQ/TW\n\n"
        "Ngày 3/6/2025, Huyện ủy Tân Lạc tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2023 "
        "của Bộ Chính trị về tăng cường củng cố tổ chức cơ sở đảng.\n\n"
        "Để thực hiện Nghị quyết, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 40-KH/HU ngày 2/8/2023 thực hiện Nghị "
        "quyết số 21-NQ/TW.\n\n")


def test_a_result_measured_against_the_plan_by_its_bare_word_is_the_plan_s():
    text = HEAD + ("Sau 2 năm, 14/16 xã có chi bộ ở mọi thôn; toàn huyện kết nạp 321 đảng viên, vượt 7% so với kế "
                   "hoạch (300 đảng viên).\n")
    got = docs_by_value(text)
    assert got[321] == "40-KH/HU" and got[7] == "40-KH/HU" and got[300] == "40-KH/HU"
    # (the clause before the semicolon is measured against nothing: the reviewed document's, rule 3)
    assert got[14] == "21-NQ/TW"


def test_a_paragraph_opening_on_a_result_measured_against_the_plan_stays_with_the_plan():
    text = HEAD + ("Sau 2 năm, toàn huyện kết nạp 321 đảng viên, đạt 107% kế hoạch. Có 14 chi bộ được công nhận "
                   "trong sạch, vững mạnh tiêu biểu.\n")
    got = docs_by_value(text)
    assert got[321] == "40-KH/HU" and got[107] == "40-KH/HU" and got[14] == "40-KH/HU"


def test_near_miss_a_share_of_the_capital_plan_is_not_the_local_plan_s():
    text = HEAD + ("Sau 2 năm, huyện đã giải ngân 12,4 tỷ đồng, đạt 81% kế hoạch. Có 14 chi bộ được hỗ trợ xây dựng "
                   "nhà văn hóa.\n")
    got = docs_by_value(text)
    assert got[12.4] == "21-NQ/TW" and got[14] == "21-NQ/TW"


def test_near_miss_a_new_paragraph_measured_against_nothing_is_the_reviewed_document_s():
    text = HEAD + "Sau 2 năm, toàn huyện kết nạp 321 đảng viên; 14 chi bộ được công nhận trong sạch, vững mạnh.\n"
    got = docs_by_value(text)
    assert got[321] == "21-NQ/TW" and got[14] == "21-NQ/TW"


def test_near_miss_another_level_s_quota_is_not_the_plan_s_own_goal():
    folded = fold_same_length("Toàn huyện kết nạp 321 đảng viên, đạt 107% kế hoạch tỉnh giao.")
    assert not share_of_plan(folded, 0, len(folded), folded.index("321"))
    folded = fold_same_length("Toàn huyện kết nạp 321 đảng viên, đạt 107% kế hoạch năm (kế hoạch 300 đảng viên).")
    assert share_of_plan(folded, 0, len(folded), folded.index("321"))


def test_a_plan_paragraph_that_leads_into_a_list_goes_on_over_its_items():
    text = HEAD.replace("thực hiện Nghị quyết số 21-NQ/TW.\n\n", "thực hiện Nghị quyết số 21-NQ/TW. Kết quả cụ thể:\n") \
        + "+ 321 đảng viên mới được kết nạp;\n+ 14 chi bộ được công nhận trong sạch, vững mạnh.\n"
    got = docs_by_value(text)
    assert got[321] == "40-KH/HU" and got[14] == "40-KH/HU"


TWO = ("Ngày 3/10/2025, UBND xã Tân Phú tổ chức hội nghị sơ kết 6 tháng thực hiện Kế hoạch số 880/KH-UBND ngày 2/3/2025 "
       "của UBND tỉnh về xóa nhà tạm năm 2025 và Kế hoạch số 41/KH-UBND ngày 5/5/2025 của UBND xã về triển khai trên "
       "địa bàn xã.\n\n")


def test_a_new_paragraph_of_a_review_of_two_documents_is_the_first_one_s():
    text = TWO + "Đến ngày 30/9, xã đã khởi công 120 căn, hoàn thành 96 căn.\n"
    got = docs_by_value(text)
    assert got[120] == "880/KH-UBND" and got[96] == "880/KH-UBND"


def test_near_miss_a_paragraph_that_names_the_second_one_is_its():
    text = TWO + "Thực hiện Kế hoạch số 41/KH-UBND, xã đã khởi công 120 căn, hoàn thành 96 căn.\n"
    got = docs_by_value(text)
    assert got[120] == "41/KH-UBND" and got[96] == "41/KH-UBND"


def test_a_result_s_clause_names_the_plan_it_was_achieved_under():
    text = ("Đảng bộ xã Tân Hòa tổng kết năm 2024\n\n"
            "Năm 2024, Đảng ủy xã kết nạp 21 đảng viên mới; lãnh đạo hoàn thành việc sáp nhập 5 thôn, theo Kế hoạch "
            "số 77-KH/HU ngày 2/2/2024 của Huyện ủy về sắp xếp thôn.\n")
    got = docs_by_value(text)
    assert got[5] == "77-KH/HU"
    assert got[21] != "77-KH/HU"         # (near miss: the clause before the semicolon is not tied to it)


def test_a_result_measured_against_a_named_plan_s_goal_is_that_plan_s():
    text = ("Sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW\n\n"
            "Ngày 3/6/2024, Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí "
            "thư về công tác phụ nữ. Tỉnh ủy đã ban hành Kế hoạch số 96-KH/TU ngày 5/4/2018 thực hiện Chỉ thị.\n\n"
            "Sau 5 năm, các cấp Hội đã giúp 1.420 hộ thoát nghèo. Tỷ lệ nữ cấp ủy viên đạt 17,5%, chưa đạt chỉ tiêu "
            "của Kế hoạch 96 (từ 20% trở lên).\n")
    got = docs_by_value(text)
    assert got[17.5] == "96-KH/TU"
    assert got[1420] == "21-CT/TW"      # (near miss: a result of the new paragraph measured against nothing)


CT = ("Tổng kết 5 năm thực hiện Chỉ thị 05\n\n"
      "Ngày 20/5/2021, Huyện ủy Tân Trụ tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
      "của Bộ Chính trị về đẩy mạnh học tập và làm theo Bác.\n\n")


PLAN_FOR_IT = ("Trong 5 năm qua, Ban Thường vụ Huyện ủy ban hành {doc} ngày 2/8/2016 triển khai thực hiện Chỉ thị 05 "
               "và chỉ đạo mỗi năm xây dựng chuyên đề học tập. Kết quả, 100% tổ chức cơ sở đảng đưa nội dung học tập vào "
               "sinh hoạt chi bộ; xây dựng 188 mô hình, cách làm hay.\n")


def test_a_plan_issued_for_the_reviewed_document_goes_on_with_its_results_in_its_paragraph():
    got = docs_by_value(CT + PLAN_FOR_IT.format(doc="Kế hoạch số 61-KH/HU"))
    assert got[188] == "61-KH/HU" and got[100] == "61-KH/HU"


def test_near_miss_a_directive_issued_for_it_is_its_instrument():
    got = docs_by_value(CT + PLAN_FOR_IT.format(doc="Chỉ thị số 12-CT/HU"))
    assert got[188] == "05-CT/TW" and got[100] == "05-CT/TW"
