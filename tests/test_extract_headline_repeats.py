"""kg.extract.headline_repeats: a share of a plan that no document holds takes the plan of the text's other shares of the
same word. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_MARGIN = ("Hội Nông dân huyện Đông Sơn: Kết nạp hội viên vượt 8% chỉ tiêu\n\n"
           "Ngày 5/1/2026, Hội Nông dân huyện Đông Sơn tổng kết năm 2025. Thực hiện Nghị quyết số 05-NQ/HND ngày "
           "2/1/2025, năm 2025 các cơ sở Hội kết nạp 1.080 hội viên, bằng 108% chỉ tiêu {who}; thành lập 12 tổ hội "
           "nghề nghiệp.\n")


def test_a_headline_margin_is_of_the_plan_the_body_s_share_is_measured_by():
    facts = extract(_MARGIN.format(who="Hội Nông dân tỉnh giao"))
    got = {o.value: o.document for o in facts.outcomes}
    assert got[8] == got[108] and got[8].startswith("KH:Hội Nông dân tỉnh giao")
    assert got[1080] == "05-NQ/HND"


def test_a_headline_margin_stays_unplaced_where_the_body_s_shares_name_two_plans():
    facts = extract(_MARGIN.format(who="Hội Nông dân tỉnh giao, bằng 104% chỉ tiêu của Nghị quyết số 05-NQ/HND"))
    assert {o.value: o.document for o in facts.outcomes}[8] is None
