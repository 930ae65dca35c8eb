"""A table with one cell a line, as a PDF's table comes out when its text is copied (kg.extract.stacked_tables), and a
table's figure the running text says again (kg.extract.table_repeats). Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_REPORT = "Thực hiện Nghị quyết số 31/NQ-HĐND ngày 12/12/2025 của HĐND xã về nhiệm vụ năm 2026, UBND xã báo cáo như sau:\n\n"


def _values(body: str) -> tuple[list, list]:
    f = extract(_REPORT + body)
    return sorted(t.value for t in f.targets), sorted(o.value for o in f.outcomes)


def test_cells_one_a_line_under_named_columns_are_a_table():
    body = ("Bảng: Một số chỉ tiêu chủ yếu\nSTT\nChỉ tiêu\nĐVT\nKế hoạch 2026\nThực hiện 2026\n"
            "1\nTỷ lệ hộ nghèo\n%\n1,8\n1,45\n2\nThu ngân sách trên địa bàn\ntỷ đồng\n42\n47,3\n")
    targets, outcomes = _values(body)
    assert targets == [1.8, 42] and outcomes == [1.45, 47.3]


def test_a_table_of_one_cell_a_line_without_numbers_or_units():
    # in other words: no row numbers, the units in the header's brackets, a column of shares
    body = ("Giải ngân vốn đầu tư công năm 2026\nNguồn vốn\nKế hoạch (tỷ đồng)\nGiải ngân (tỷ đồng)\nTỷ lệ (%)\n"
            "Vốn ngân sách xã\n12,4\n9,1\n73,4\nVốn ngân sách tỉnh hỗ trợ\n20,5\n17,2\n83,9\n")
    targets, outcomes = _values(body)
    assert targets == [12.4, 20.5] and outcomes == [9.1, 17.2, 73.4, 83.9]


def test_near_miss_short_lines_whose_rows_do_not_fill_the_columns_are_no_table():
    # a list of short lines after a line of results: the 'rows' hold words where figures should stand
    body = ("Thực hiện năm 2026\nCác tổ chức tham gia\nHội Nông dân\nHội Phụ nữ\nĐoàn Thanh niên\nHội Cựu chiến binh\n"
            "Mặt trận Tổ quốc\nCông an xã\n")
    assert _values(body) == ([], [])


def test_a_tables_figure_the_text_says_again_is_one_result():
    body = ("Giải ngân vốn đầu tư công năm 2026\nNguồn vốn\nKế hoạch (tỷ đồng)\nGiải ngân (tỷ đồng)\nTỷ lệ (%)\n"
            "Vốn ngân sách xã\n12,4\n9,1\n73,4\nVốn chương trình mục tiêu quốc gia\n20,5\n17,2\n83,9\n\n"
            "Riêng vốn chương trình mục tiêu quốc gia, xã đã giải ngân được 17,2/20,5 tỷ đồng, đạt 83,9%.\n")
    targets, outcomes = _values(body)
    assert outcomes == [9.1, 17.2, 73.4, 83.9] and targets == [12.4, 20.5]
    # near miss: another figure in the text is a result of its own beside the table's
    body = body.replace("17,2/20,5 tỷ đồng, đạt 83,9%", "15,6/20,5 tỷ đồng, đạt 76,1%")
    assert _values(body)[1] == [9.1, 15.6, 17.2, 73.4, 76.1, 83.9]
