"""The level an official text's heading gives its own document (kg.extract.document_headings.heading_level): the unit word
as the heading spells it, not a word of the unit's name that folds to one ('XÃ KIM QUAN' is a commune, not a 'quận');
with near misses. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

_BODY = "\n\nKẾ HOẠCH\nTriển khai công tác y tế cơ sở năm 2026\n\nTrạm Y tế tổ chức tiêm chủng.\n"


def _level(heading: str) -> str | None:
    return extract(heading + _BODY).documents[0].level


@pytest.mark.parametrize("heading", [
    "ĐẢNG BỘ TỈNH TUYÊN QUANG\nĐẢNG ỦY XÃ KIM QUAN\n*\nSố 3-KH/ĐU",
    "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC HUYÊN\nSố: 12/KH-UBND",
    "ỦY BAN NHÂN DÂN\nXÃ YÊN QUAN\nSố: 21/KH-UBND",
])
def test_a_name_word_that_folds_to_a_unit_is_no_unit(heading):
    assert _level(heading) == "commune"


@pytest.mark.parametrize("heading", [
    "ỦY BAN NHÂN DÂN\nHUYỆN NHO QUAN\nSố: 40/KH-UBND",
    "ỦY BAN NHÂN DÂN\nQUẬN HOÀN KIẾM\nSố: 8/KH-UBND",
])
def test_near_miss_a_unit_spelled_as_one_keeps_its_level(heading):
    assert _level(heading) == "district"


def test_near_miss_a_heading_typed_without_diacritics_keeps_the_folded_reading():
    assert _level("UY BAN NHAN DAN\nQUAN HOAN KIEM\nSố: 8/KH-UBND") == "district"
