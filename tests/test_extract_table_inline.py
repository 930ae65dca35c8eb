"""A table flattened into one sentence (kg.extract.tables): its columns named in brackets with bars between them,
its rows after the colon with ';' between them. Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.tables import table_blocks

_REVIEW = "Ngày 16/12/2026, UBND tỉnh tổng kết Kế hoạch số 30/KH-UBND giai đoạn 2023 - 2026.\n\n"


def _values(body: str) -> tuple[list, list]:
    f = extract(_REVIEW + body + "\n")
    return sorted((t.value, t.period) for t in f.targets), sorted(o.value for o in f.outcomes)


def test_rows_after_a_bracketed_header_are_a_table():
    targets, outcomes = _values("Kết quả các chỉ tiêu (Chỉ tiêu | Kế hoạch | Thực hiện): Hợp tác xã thành lập mới | 25 "
                                "| 26; Thành viên mới | 1.500 | 1.420.")
    assert [v for v, _ in targets] == [25, 1500] and outcomes == [26, 1420]


def test_rows_labelled_by_their_year_keep_each_years_plan_beside_its_result():
    targets, outcomes = _values("Kết quả theo từng năm (Năm | Chỉ tiêu | Kết quả): 2024 | 45 | 58; 2025 | 50 | 61; "
                                "2026 | 55 | 70.")
    assert targets == [(45, "2024"), (50, "2025"), (55, "2026")] and outcomes == [58, 61, 70]


def test_near_miss_a_bracket_with_bars_and_no_rows_of_as_many_cells_is_no_table():
    text = _REVIEW + "Theo báo cáo (nguồn: Sở | Báo cáo | 2025): toàn tỉnh có 12 hợp tác xã mới.\n"
    assert table_blocks(text) == []
    text = _REVIEW + "Kết quả (Chỉ tiêu | Kế hoạch | Thực hiện): Hợp tác xã | 25.\n"
    assert table_blocks(text) == []
