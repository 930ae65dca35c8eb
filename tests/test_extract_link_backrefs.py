"""A link stated of a document named back by its type word at the opening of a sentence (kg.extract.link_backrefs):
'Kế hoạch nêu rõ, tiếp tục thực hiện ...'. Short texts of our own; each rule with its near misses."""
from __future__ import annotations

from tests.extract_helpers import link_rows

NEWS = ("Thành ủy ban hành kế hoạch thu hút nhân tài\n\nBan Thường vụ Thành ủy vừa ban hành Kế hoạch số 64-KH/TU ngày "
        "3/3/2025 về thu hút người có tài năng vào khu vực công. ")


def test_the_plan_named_back_by_its_type_word_continues_what_it_says_it_carries_on():
    got = link_rows(NEWS + "Kế hoạch nêu rõ, tiếp tục thực hiện Nghị định số 140/2017/NĐ-CP của Chính phủ về chính sách thu "
                           "hút sinh viên tốt nghiệp xuất sắc.\n")
    assert ("64-KH/TU", "continues", "140/2017/NĐ-CP") in got


def test_near_miss_bodies_told_to_carry_on_or_another_type_word_give_no_link():
    got = link_rows(NEWS + "Kế hoạch nêu rõ, các cơ quan tiếp tục thực hiện Nghị định số 140/2017/NĐ-CP. Nghị quyết xác "
                           "định tiếp tục thực hiện Nghị định số 62/2020/NĐ-CP.\n")
    assert not any(t == "continues" for _, t, _ in got)
