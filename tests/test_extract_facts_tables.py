"""Tables of targets and results, as pipe tables or flattened to lines (tabs or runs of spaces),
with columns named by year, plan, result, ratio, unit and index. Texts are our own."""
from __future__ import annotations

from kg.extract import extract


def _both(text: str) -> tuple[list, list]:
    f = extract(text)
    return sorted((t.value, t.unit) for t in f.targets), sorted((o.value, o.unit) for o in f.outcomes)


def test_flattened_plan_and_result_columns():
    text = ("Kết quả thực hiện Nghị quyết số 12-NQ/HU năm 2024.\n\n"
            "Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\n"
            "Thu ngân sách (tỷ đồng)\t410\t452,5\t110,4\n"
            "Kết nạp đảng viên (người)\t90\t97\t107,8\n")
    targets, outcomes = _both(text)
    assert targets == [(90, "người"), (410, "tỷ đồng")]
    assert outcomes == [(97, "người"), (452.5, "tỷ đồng")]        # the ratio column repeats them


def test_unit_and_index_columns_separated_by_spaces():
    text = ("Kế hoạch số 20-KH/UBND năm 2024:\n\n"
            "TT    Chỉ tiêu    ĐVT    Kế hoạch    Thực hiện\n"
            "1    Diện tích trồng rừng mới    ha    1.200    1.315\n")
    assert _both(text) == ([(1200, "ha")], [(1315, "ha")])


def test_a_ratio_column_alone_is_the_result_against_the_plan():
    text = ("Chỉ tiêu    Kế hoạch    So với kế hoạch (%)\n"
            "Thu ngân sách (tỷ đồng)    300    104\n")
    assert _both(text) == ([(300, "tỷ đồng")], [(104, "% kế hoạch")])


def test_year_columns_are_goals_and_past_years_are_left_out():
    text = ("Cập nhật: 05/01/2025\n\n"
            "Chỉ tiêu\t2020\t2025\t2030\n"
            "Tỷ lệ hộ nghèo (%)\t6\tdưới 3\tdưới 1\n")
    f = extract(text)
    assert sorted((t.value, t.comparator, t.period) for t in f.targets) == [(1, "<=", "2030"), (3, "<=", "2025")]


def test_prose_with_double_spaces_is_not_a_table():
    # near miss: double spaces inside running text ('chính quyền,  MTTQ') split nothing into cells
    f = extract("Năm 2024, các cấp ủy, chính quyền,  MTTQ  và các đoàn thể đã kết nạp 120 hội viên.")
    assert [(o.value, o.unit) for o in f.outcomes] == [(120, "hội viên")]
