"""A document's type is the one its symbol states, whatever an earlier mention called it."""
from __future__ import annotations

from kg.extract import extract

# our own wording: a headline names the action programme that a numbered resolution carries
CARRIED = ("Chính phủ ban hành Chương trình hành động thực hiện Kết luận số 70-KL/TW về hợp tác xã\n\n"
           "Ngày 14/5/2021, Chính phủ ban hành Nghị quyết số 58/NQ-CP kèm theo Chương trình hành động của "
           "Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị.\n")


def types(text: str) -> dict[str, str | None]:
    return {d.key: d.type for d in extract(text).documents}


def test_the_symbols_type_wins_over_an_earlier_mention_resolved_to_it():
    got = types(CARRIED)
    assert got.get("58/NQ-CP") == "NQ"
    assert got.get("70-KL/TW") == "KL"


def test_a_programme_with_its_own_symbol_stays_a_programme():
    got = types("Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU ngày 3/4/2022 thực hiện "
                "Kết luận số 70-KL/TW của Bộ Chính trị.\n")
    assert got.get("12-CTr/TU") == "CTr"
