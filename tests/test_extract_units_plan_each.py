"""Many units that each issue a plan ('40 xã, phường đã ban hành kế hoạch ...') issue their own plans: the bare word
names none of the documents the text names, so a count of them is not put on the one commune's plan named next
(kg.extract.unnumbered, _UNITS_PLAN_EACH). Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_BODY = ("\n\nĐến ngày 20/11/2026, đã có 40/52 xã, phường trên địa bàn tỉnh ban hành kế hoạch chuyển đổi số năm 2027."
         "\n\nUBND xã Tân Lập ban hành Kế hoạch số 21/KH-UBND ngày 2/11/2026 về chuyển đổi số năm 2027.\n")


def _outcomes(headline: str) -> list[tuple]:
    return [(o.value, o.document) for o in extract(headline + _BODY).outcomes]


def test_a_headline_on_units_plans_names_no_plan_of_the_text():
    assert _outcomes("Phú Thọ: 40 xã, phường đã ban hành kế hoạch chuyển đổi số năm 2027") == [(40, None)]
    assert _outcomes("Các huyện xây dựng kế hoạch chuyển đổi số năm 2027") == [(40, None)]


def test_near_miss_one_commune_that_issued_its_plan():
    # one body's plan named by the bare word is the one numbered plan of the text (the rule leaves it)
    assert _outcomes("Xã Tân Lập đã ban hành kế hoạch chuyển đổi số năm 2027") == [(40, "21/KH-UBND")]
