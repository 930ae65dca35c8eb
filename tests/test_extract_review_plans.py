"""A review's figures and the local plan that carries out the reviewed document (kg.extract.review_plans, asked by
kg.extract.scope; tests/ANNOTATION.md point (ak)). Short texts of our own: each case gives the document of some of
its figures, a rule and its near misses side by side."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.review_plans import share_of_plan
from kg.extract.text import fold_same_length

HEAD = ("Sơ kết 2 năm thực hiện Nghị quyết số 21-NQ/TW\n\n"
        "Ngày 3/6/2025, Huyện ủy Tân Lạc tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2023 "
        "của Bộ Chính trị về tăng cường củng cố tổ chức cơ sở đảng.\n\n"
        "Để thực hiện Nghị quyết, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 40-KH/HU ngày 2/8/2023 thực hiện Nghị "
        "quyết số 21-NQ/TW.\n\n")
TWO = ("Ngày 3/10/2025, UBND xã Tân Phú tổ chức hội nghị sơ kết 6 tháng thực hiện Kế hoạch số 880/KH-UBND ngày 2/3/2025 "
       "của UBND tỉnh về xóa nhà tạm năm 2025 và Kế hoạch số 41/KH-UBND ngày 5/5/2025 của UBND xã về triển khai trên "
       "địa bàn xã.\n\n")
CT = ("Tổng kết 5 năm thực hiện Chỉ thị 05\n\n"
      "Ngày 20/5/2021, Huyện ủy Tân Trụ tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
      "của Bộ Chính trị về đẩy mạnh học tập và làm theo Bác.\n\n")
PLAN_FOR_IT = ("Trong 5 năm qua, Ban Thường vụ Huyện ủy ban hành {doc} ngày 2/8/2016 triển khai thực hiện Chỉ thị 05 "
               "và chỉ đạo mỗi năm xây dựng chuyên đề học tập. Kết quả, 100% tổ chức cơ sở đảng đưa nội dung học tập vào "
               "sinh hoạt chi bộ; xây dựng 188 mô hình, cách làm hay.\n")
CT21 = ("Sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW\n\n"
        "Ngày 3/6/2024, Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí "
        "thư về công tác phụ nữ. Tỉnh ủy đã ban hành Kế hoạch số 96-KH/TU ngày 5/4/2018 thực hiện Chỉ thị.\n\n")

CASES = {
    # (1) the clause measures a result against the plan by its bare word: the result, its share and the goal are the
    # plan's; the clause before the semicolon is measured against nothing: the reviewed document's
    "share of the plan in the clause": (
        HEAD + "Sau 2 năm, 14/16 xã có chi bộ ở mọi thôn; toàn huyện kết nạp 321 đảng viên, vượt 7% so với kế hoạch "
        "(300 đảng viên).\n",
        {321: "40-KH/HU", 7: "40-KH/HU", 300: "40-KH/HU", 14: "21-NQ/TW"}),
    # (2) a paragraph opening on such a result stays with the plan
    "paragraph opening on a share of the plan": (
        HEAD + "Sau 2 năm, toàn huyện kết nạp 321 đảng viên, đạt 107% kế hoạch. Có 14 chi bộ được công nhận trong "
        "sạch, vững mạnh tiêu biểu.\n",
        {321: "40-KH/HU", 107: "40-KH/HU", 14: "40-KH/HU"}),
    "near miss: a share of the capital plan": (
        HEAD + "Sau 2 năm, huyện đã giải ngân 12,4 tỷ đồng, đạt 81% kế hoạch. Có 14 chi bộ được hỗ trợ xây dựng nhà "
        "văn hóa.\n",
        {12.4: "21-NQ/TW", 14: "21-NQ/TW"}),
    "near miss: a new paragraph measured against nothing": (
        HEAD + "Sau 2 năm, toàn huyện kết nạp 321 đảng viên; 14 chi bộ được công nhận trong sạch, vững mạnh.\n",
        {321: "21-NQ/TW", 14: "21-NQ/TW"}),
    "a plan paragraph leading into a list goes on over its items": (
        HEAD.replace("thực hiện Nghị quyết số 21-NQ/TW.\n\n", "thực hiện Nghị quyết số 21-NQ/TW. Kết quả cụ thể:\n")
        + "+ 321 đảng viên mới được kết nạp;\n+ 14 chi bộ được công nhận trong sạch, vững mạnh.\n",
        {321: "40-KH/HU", 14: "40-KH/HU"}),
    # (3) a review of two documents: a new paragraph that names none is the first one's
    "a new paragraph of a review of two documents": (
        TWO + "Đến ngày 30/9, xã đã khởi công 120 căn, hoàn thành 96 căn.\n",
        {120: "880/KH-UBND", 96: "880/KH-UBND"}),
    "near miss: a paragraph that opens on the second": (
        TWO + "Thực hiện Kế hoạch số 41/KH-UBND, xã đã khởi công 120 căn, hoàn thành 96 căn.\n",
        {120: "41/KH-UBND", 96: "41/KH-UBND"}),
    # (1) the clause names the plan the result was achieved under, or whose goal it falls short of
    "the clause names the plan it was achieved under": (
        "Đảng bộ xã Tân Hòa tổng kết năm 2024\n\nNăm 2024, Đảng ủy xã kết nạp 21 đảng viên mới; lãnh đạo hoàn thành "
        "việc sáp nhập 5 thôn, theo Kế hoạch số 77-KH/HU ngày 2/2/2024 của Huyện ủy về sắp xếp thôn.\n",
        {5: "77-KH/HU"}),
    "the clause measures against a named plan's goal": (
        CT21 + "Sau 5 năm, các cấp Hội đã giúp 1.420 hộ thoát nghèo. Tỷ lệ nữ cấp ủy viên đạt 17,5%, chưa đạt chỉ tiêu "
        "của Kế hoạch 96 (từ 20% trở lên).\n",
        {17.5: "96-KH/TU", 1420: "21-CT/TW"}),
    # (2) a plan issued in the paragraph to carry the reviewed document out goes on with its results; a directive
    # issued so stays an instrument
    "a plan issued for the reviewed document": (
        CT + PLAN_FOR_IT.format(doc="Kế hoạch số 61-KH/HU"), {188: "61-KH/HU", 100: "61-KH/HU"}),
    "near miss: a directive issued for it": (
        CT + PLAN_FOR_IT.format(doc="Chỉ thị số 12-CT/HU"), {188: "05-CT/TW", 100: "05-CT/TW"}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_review_s_figures_go_to_the_document_their_clause_or_paragraph_ties_them_to(case):
    text, want = CASES[case]
    facts = extract(text)
    got = {x.value: x.document for x in facts.outcomes + facts.targets}
    assert {v: got.get(v) for v in want} == want


def test_near_miss_another_level_s_quota_is_not_the_plan_s_own_goal():
    folded = fold_same_length("Toàn huyện kết nạp 321 đảng viên, đạt 107% kế hoạch tỉnh giao.")
    assert not share_of_plan(folded, 0, len(folded), folded.index("321"))
    folded = fold_same_length("Toàn huyện kết nạp 321 đảng viên, đạt 107% kế hoạch năm (kế hoạch 300 đảng viên).")
    assert share_of_plan(folded, 0, len(folded), folded.index("321"))


# at a review, the shortfalls a sentence lists after one measured against a named plan's goal go on against that plan
# (measured_earlier); a clause after a plan named only as issued does not
SHORTFALLS = ("Năm 2024, mới có 150/172 chi bộ đưa nội dung học tập vào sinh hoạt, {lead} Kế hoạch số 62-KH/HU đề ra; "
              "số mô hình dân vận khéo chỉ đạt 17 mô hình.\n")


@pytest.mark.parametrize("lead", ["chưa đạt mục tiêu", "không đạt chỉ tiêu của"])
def test_shortfalls_listed_after_one_measured_against_a_plan_are_that_plan_s(lead):
    f = extract(CT + SHORTFALLS.format(lead=lead))
    assert {o.value: o.document for o in f.outcomes}[17] == "62-KH/HU"


def test_near_miss_a_clause_after_a_plan_said_issued_is_the_reviewed_document_s():
    f = extract(CT + SHORTFALLS.format(lead="sau khi Ban Thường vụ ban hành").replace(" đề ra;", ";"))
    assert {o.value: o.document for o in f.outcomes}[17] == "05-CT/TW"
