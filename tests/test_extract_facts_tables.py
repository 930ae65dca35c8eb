"""Tables of targets and results, as pipe tables or flattened to lines (tabs or runs of spaces),
with columns named by year, plan, result, ratio, unit and index. Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.tables import column_headings, table_blocks


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
    # the ratio column is the share of the plan done: reported beside the result, an outcome of its own
    assert outcomes == [(97, "người"), (107.8, "% kế hoạch"), (110.4, "% kế hoạch"), (452.5, "tỷ đồng")]


def test_an_assessment_cell_that_gives_a_share_is_a_result():
    text = ("Kết quả thực hiện Nghị quyết số 07-NQ/ĐU (Chỉ tiêu | Nghị quyết | Thực hiện | Đánh giá):\n"
            "Trồng rừng mới | 300 ha | 276 ha | Đạt 92%\n"
            "Kết nạp đảng viên | 40 người | 45 người | Vượt\n")
    targets, outcomes = _both(text)
    assert targets == [(40, "người"), (300, "ha")]
    # near miss: 'Vượt' alone assesses without a number
    assert outcomes == [(45, "người"), (92, "% kế hoạch"), (276, "ha")]


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


_BARS = ("Ngày 5/1/2025, Huyện ủy tổng kết Chương trình số 04-CTr/HU.\n"
         "Một số kết quả (Chỉ tiêu | Nghị quyết | Thực hiện | Đánh giá):\n"
         "Thu ngân sách năm 2024 | 310 tỷ đồng | 296,5 tỷ đồng | Đạt 95,6%\n"
         "Tỷ lệ hộ nghèo | dưới 3% | 2,4% | Vượt\n"
         "Tăng trưởng bình quân | 8%/năm | 8,6%/năm | Vượt\n")


def test_rows_with_bars_between_cells_and_the_header_in_brackets_before_them():
    f = extract(_BARS)
    assert sorted((t.value, t.comparator, t.unit) for t in f.targets) == [
        (3, "<=", "%"), (8, "=", "%/năm"), (310, "=", "tỷ đồng")]
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(2.4, "%"), (8.6, "%/năm"), (95.6, "% kế hoạch"),
                                                             (296.5, "tỷ đồng")]


def test_a_line_with_bars_inside_brackets_is_no_row():
    # near miss: the header line itself and a page's date line with bars are prose, not rows
    f = extract("Cập nhật 08/12/2023 19:30 | Thời sự | Bản in\nTổng vốn đã giải ngân 120 tỷ đồng, đạt 60% "
                "(Chương trình | Vốn | Tỷ lệ).\n")
    assert sorted(o.value for o in f.outcomes) == [60, 120]


_PROGRAMME_ROWS = ("Kết quả giải ngân (Chương trình | Kế hoạch vốn | Đã giải ngân):\n"
                   "Giảm nghèo bền vững | 240 tỷ đồng | 150 tỷ đồng\n"
                   "Du lịch cộng đồng | 30 tỷ đồng | 12 tỷ đồng\n\n"
                   "Đối với Chương trình giảm nghèo bền vững (Quyết định số 90/QĐ-TTg ngày 18/01/2022), huyện đã "
                   "hỗ trợ 40 hộ làm nhà.\n")


def test_a_row_naming_a_programme_is_the_programme_s():
    # the programme is the decision that approved it (tests/ANNOTATION.md (b)); the row names it by its subject
    docs = {o.value: o.document for o in extract(_PROGRAMME_ROWS).outcomes}
    assert docs[150] == "90/QĐ-TTg"
    assert docs[12] != "90/QĐ-TTg"      # near miss: a row naming no known document
    # named with no decision, the programme keeps its own key, and the row finds it by that
    alone = extract(_PROGRAMME_ROWS.replace(" (Quyết định số 90/QĐ-TTg ngày 18/01/2022)", ""))
    assert {o.value: o.document for o in alone.outcomes}[150] == "CTMTQG:giảm nghèo bền vững"


def test_a_table_the_text_opens_as_results_holds_results():
    text = ("Năm 2024, Phòng Giao dịch huyện báo cáo. Kết quả cho vay (chương trình | doanh số, tỷ đồng | số hộ vay):\n"
            "Hộ nghèo | 42,5 | 1.230\nHộ mới thoát nghèo | 18 | 610\n")
    targets, outcomes = _both(text)
    assert not targets and sorted(v for v, _ in outcomes) == [18, 42.5, 610, 1230]
    # near miss: a table opened without saying it reports results keeps its unnamed columns as goals
    targets, outcomes = _both(text.replace("Kết quả cho vay", "Dự kiến cho vay"))
    assert not outcomes and sorted(v for v, _ in targets) == [18, 42.5, 610, 1230]


REPORT_TABLE = ("Thực hiện Nghị quyết số 30/NQ-HĐND ngày 15/12/2023 của HĐND huyện, UBND huyện báo cáo như sau:\n\n"
                "TT | Chỉ tiêu | ĐVT | KH 2024 | Ước TH 2024 | {ratio}\n"
                "1 | Thu ngân sách trên địa bàn | tỷ đồng | 300 | 330 | 110\n"
                "2 | Tỷ lệ hộ nghèo | % | 2,5 | 2,2 |\n")


def test_a_column_compared_with_the_plan_is_a_ratio_and_a_row_with_its_last_cell_empty_is_read():
    targets, outcomes = _both(REPORT_TABLE.format(ratio="So KH (%)"))
    assert targets == [(2.5, "%"), (300, "tỷ đồng")]
    assert outcomes == [(2.2, "%"), (110, "% kế hoạch"), (330, "tỷ đồng")]


def test_a_header_that_only_begins_with_so_is_no_ratio_column():
    # near miss: 'Số hộ' (a count) folds like 'so' but is a word of its own, not 'so với'
    targets, _ = _both(REPORT_TABLE.format(ratio="Số hộ"))
    assert (110, "tỷ đồng") in targets


def test_a_column_of_the_share_reached_is_a_ratio():
    targets, outcomes = _both(REPORT_TABLE.format(ratio="Đạt (%)"))
    assert (110, "% kế hoạch") in outcomes and all(v != 110 for v, _ in targets)
    # near miss: 'Đạt được' (what was reached) is the result column itself, not a share
    targets, outcomes = _both(REPORT_TABLE.replace("Ước TH 2024 | {ratio}", "Đạt được").replace(" | 110", "")
                              .format())
    assert (330, "tỷ đồng") in outcomes and (300, "tỷ đồng") in targets


POVERTY_ROW = ("Kết quả thực hiện Kế hoạch số 35/KH-UBND năm 2023 (Chỉ tiêu | Kế hoạch năm 2023 | Thực hiện | Tỷ lệ %):\n"
               "Số xã đạt chuẩn nông thôn mới | 10 xã | 11 xã | 110\nTỷ lệ hộ nghèo đa chiều | {plan} | {done} | -\n")


def test_a_change_written_before_the_figure_in_a_cell_keeps_the_figure():
    assert _both(POVERTY_ROW.format(plan="giảm 1,5%", done="giảm 1,72%")) == (
        [(1.5, "%"), (10, "xã")], [(1.72, "%"), (11, "xã"), (110, "% kế hoạch")])
    # near miss: a sentence in a cell is no figure ('giảm' alone before it is read)
    assert _both(POVERTY_ROW.format(plan="phấn đấu giảm nhanh 1,5%", done="đã giảm 1,72%")) == (
        [(10, "xã")], [(11, "xã"), (110, "% kế hoạch")])


# ---------------------------------------------------------------- a plan column beside what was done

_MEASURED = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẠC HÀ\nSố: 41/BC-UBND\n\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2025\n\n"
             "Thực hiện Công văn số 300/UBND-VP ngày 1/9/2025 của UBND tỉnh về chế độ báo cáo, UBND xã báo cáo như sau:\n\n"
             "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 12/NQ-HĐND NGÀY 20/7/2025 CỦA HĐND XÃ\n"
             "TT | Chỉ tiêu | ĐVT | KH năm 2025 | TH quý III | So KH (%)\n"
             "1 | Thu ngân sách | tỷ đồng | 20 | 11 | 55\n"
             "2 | Trồng rừng | ha | 150 | 90 | 60\n")


def test_a_plan_column_beside_results_is_the_goal_of_the_results_document():
    f = extract(_MEASURED)
    assert {o.document for o in f.outcomes} == {"12/NQ-HĐND"}
    assert [(t.value, t.document) for t in f.targets] == [(20, "12/NQ-HĐND"), (150, "12/NQ-HĐND")]


def test_a_table_of_goals_alone_stays_the_text_s_own():
    # near miss: no column of what was done; the plan column is the report's own (handed on to the letter it answers)
    text = (_MEASURED.replace(" | TH quý III | So KH (%)", "").replace(" | 11 | 55", "").replace(" | 90 | 60", "")
            .replace("I. KẾT QUẢ THỰC HIỆN", "I. CHỈ TIÊU THEO"))
    f = extract(text)
    assert f.outcomes == [] and [(t.value, t.document) for t in f.targets] == [(20, "300/UBND-VP"), (150, "300/UBND-VP")]


def test_a_table_flattened_with_single_spaces_under_named_columns():
    text = ("Đánh giá thực hiện Nghị quyết số 40/NQ-HĐND năm 2024.\n\n"
            "TT Chỉ tiêu Đơn vị Kế hoạch 2024 Ước thực hiện 2024\n"
            "1 Thu ngân sách nhà nước trên địa bàn tỷ đồng 2.150 2.310\n"
            "2 Tỷ lệ hộ nghèo giảm điểm % 1,5 1,8\n"
            "3 Số xã đạt chuẩn nông thôn mới tăng thêm xã 4 3\n")
    targets, outcomes = _both(text)
    assert targets == [(1.5, "điểm %"), (4, "xã"), (2150, "tỷ đồng")]
    assert outcomes == [(1.8, "điểm %"), (3, "xã"), (2310, "tỷ đồng")]


def test_rows_labelled_by_year_give_that_years_goals():
    f = extract("Kế hoạch số 15/KH-UBND về nhà ở xã hội.\n\nTT Năm Chỉ tiêu được giao (căn) Kế hoạch của tỉnh (căn)\n"
                "1 2026 1.200 1.300\n2 2027 1.450 1.500\n")
    assert sorted((t.value, t.unit, t.period) for t in f.targets) == [
        (1200, "căn", "2026"), (1300, "căn", "2026"), (1450, "căn", "2027"), (1500, "căn", "2027")]


_QUOTAS = ("Căn cứ Quyết định số 310/QĐ-TTg ngày 4/2/2026 của Thủ tướng Chính phủ về việc giao chỉ tiêu nhà ở công nhân.\n\n"
           "Kế hoạch số 15/KH-UBND về nhà ở công nhân.\n\n"
           "TT Năm Chỉ tiêu {who} giao (căn) Kế hoạch của tỉnh (căn)\n1 2026 800 900\n2 2027 950 1.000\n")


def test_a_column_of_quotas_another_body_assigned_goes_to_that_body_s_document():
    f = extract(_QUOTAS.format(who="Thủ tướng Chính phủ"))
    assert sorted((t.value, t.document) for t in f.targets) == [
        (800, "310/QĐ-TTg"), (900, "15/KH-UBND"), (950, "310/QĐ-TTg"), (1000, "15/KH-UBND")]


def test_near_miss_a_column_of_quotas_from_a_body_whose_document_the_text_does_not_name():
    # ('Chỉ tiêu Trung ương giao': no document of the text is that body's, so the column stays the plan's)
    f = extract(_QUOTAS.format(who="Trung ương"))
    assert {t.document for t in f.targets} == {"15/KH-UBND"}


def test_near_misses_a_sentence_or_a_header_without_a_plan_or_result_column():
    # a numbered line of prose under a header line that names no plan or result column is no table
    text = ("Thực hiện Nghị quyết số 40/NQ-HĐND năm 2024.\n\nTT Chỉ tiêu Đơn vị Ghi chú\n"
            "1 Thu ngân sách nhà nước trên địa bàn tỷ đồng 2.150 2.310\n")
    assert _both(text)[0] == []


# a review's table flattened with dashes, its columns named in brackets on the line before its rows
_DASHED = ("Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 08-NQ/HU về phát triển chăn nuôi.\n\n"
           "Kết quả các chỉ tiêu (chỉ tiêu Nghị quyết - kết quả thực hiện - đánh giá):\n")


def test_a_table_flattened_with_dashes_under_a_bracketed_header():
    f = extract(_DASHED + "1. Tổng đàn bò: 12.000 con - 13.450 con - Vượt.\n"
                          "2. Sản lượng sữa: 800 tấn/năm - 760 tấn/năm - Chưa đạt.\n"
                          "3. Tỷ lệ trang trại có chuồng đạt chuẩn: 60% - 61,5% - Vượt.\n")
    assert sorted((t.value, t.unit, t.document) for t in f.targets) == [
        (60, "%", "08-NQ/HU"), (800, "tấn/năm", "08-NQ/HU"), (12000, "con", "08-NQ/HU")]
    assert sorted((o.value, o.unit) for o in f.outcomes) == [(61.5, "%"), (760, "tấn/năm"), (13450, "con")]


def test_near_misses_of_a_dashed_table():
    from kg.extract.tables import table_blocks
    # a row whose cell holds a range of its own has one cell too many: the table ends before it
    assert table_blocks(_DASHED + "1. Tốc độ tăng giá trị chăn nuôi: 6 - 7% - 6,4% - Đạt.\n") == []
    # lines with dashes and no header in brackets are no table
    assert table_blocks("Các chỉ tiêu:\n1. Tổng đàn bò: 12.000 con - 13.450 con - Vượt.\n") == []


def test_column_headings_are_the_header_cells_after_the_first():
    t = "Chi tiết (Chương trình | Kế hoạch vốn | Đã giải ngân | Tỷ lệ):\nNông thôn mới | 1.120 tỷ đồng | 742 tỷ đồng | 66,2%\n"
    # (the first column names what the rows are, documents maybe: a type word there stays a mention)
    assert [t[i:i + 9] for i in sorted(column_headings(t))] == ["Kế hoạch ", "Đã giải n", "Tỷ lệ):\nN"]


def test_near_miss_a_line_with_bars_but_no_rows_of_figures_has_no_headings():
    assert column_headings("Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện\nSở đã tổ chức 14 lớp tập huấn.\n") == set()


def test_a_text_s_blocks_are_read_once_and_an_equal_copy_or_another_text_anew():
    from kg.extract.tables import table_blocks
    t = "Chỉ tiêu | Kế hoạch | Thực hiện\nSố hộ thoát nghèo | 120 hộ | 134 hộ\nSố lớp tập huấn | 8 lớp | 9 lớp\n"
    first = table_blocks(t)
    assert first and table_blocks(t) is first          # (the figures' reader and the column headings share them)
    # near misses: an equal text made anew, and another text between, are read again, with the same blocks
    copy = "".join(list(t))
    assert copy is not t and table_blocks(copy) is not first and table_blocks(copy) == first
    assert table_blocks("Sở đã tổ chức 14 lớp tập huấn.\n") == []
    assert table_blocks(t) is not first and table_blocks(t) == first


def test_a_goal_s_range_in_a_cell_keeps_its_lower_bound():
    text = ("Kết quả thực hiện Nghị quyết số 19/NQ-HĐND năm 2025.\n\n"
            "Chỉ tiêu | Nghị quyết | Thực hiện | Đánh giá\n"
            "- Tốc độ tăng trưởng kinh tế (%) | 6,5-7 | 6,8 | Đạt\n"
            "- Tỷ lệ hộ nghèo giảm | 1,2 - 1,5% | 1,3% | Đạt\n"
            "- Số xã đạt chuẩn nông thôn mới nâng cao | 2021-2025 | 4 xã | Đạt\n")
    goals = {(t.value, t.comparator) for t in extract(text).targets}
    assert goals == {(6.5, ">="), (1.2, ">=")}
    # near miss: a span of years is no goal, and a result column never holds a range's bound
    targets, outcomes = _both(text)
    assert outcomes == [(1.3, "%"), (4, "xã"), (6.8, "%")]


# ---------------------------------------------------------------- a report based on a plan, with a cumulative column

_CUMULATIVE = ("SỞ XÂY DỰNG TỈNH HÀ TÂY NAM\nSố: 77/BC-SXD\nHà Tây Nam, ngày 02 tháng 7 năm 2026\n\nBÁO CÁO\n"
               "Tiến độ thực hiện kế hoạch giao thông nông thôn 6 tháng đầu năm 2026\n\n"
               "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND tỉnh về giao thông nông thôn năm 2026, "
               "Sở Xây dựng báo cáo như sau:\n\n"
               "STT | Chỉ tiêu | Đơn vị | Kế hoạch năm | Thực hiện quý II | Lũy kế 6 tháng | Tỷ lệ %\n"
               "1 | Bê tông hóa đường thôn | km | 240 | 70 | 132 | 55,0\n"
               "2 | Cầu dân sinh xây mới | cầu | 12 | - | 5 | 41,7\n")


def test_a_cumulative_column_holds_results():
    outcomes = [(o.value, o.unit) for o in extract(_CUMULATIVE).outcomes]
    assert (132, "km") in outcomes and (5, "cầu") in outcomes
    # near miss: a column named by no word of a plan, a result or a year holds a goal, as before
    text = _CUMULATIVE.replace("Lũy kế 6 tháng", "Cột phụ 6 tháng")
    assert (132, "km") not in [(o.value, o.unit) for o in extract(text).outcomes]


def test_the_plan_column_goes_with_its_row_s_results_to_the_plan_the_report_is_based_on():
    f = extract(_CUMULATIVE)
    assert {o.document for o in f.outcomes} == {"15/KH-UBND"}
    assert sorted((t.value, t.document) for t in f.targets) == [(12, "15/KH-UBND"), (240, "15/KH-UBND")]


def test_near_miss_a_goal_of_the_report_s_own_outside_the_table_stays_the_report_s():
    text = _CUMULATIVE + "\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\nPhấn đấu bê tông hóa thêm 108 km đường thôn.\n"
    targets = {t.value: t.document for t in extract(text).targets}
    assert targets[108] == "77/BC-SXD" and targets[240] == "15/KH-UBND"


WRAPPED = ("Báo cáo số 186/BC-SCT kết quả 6 tháng đầu năm 2026.\n"
           "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU UBND TỈNH GIAO\n\n"
           "TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 6 tháng | So KH (%)\n"
           "1 | Sản lượng chè búp tươi | tấn | 50.000 | 21.000 | 42,0\n"
           "2 | Tổng giá trị sản phẩm chăn nuôi và dịch\n"
           "vụ thú y | tỷ đồng | 1.200 | 540 | 45,0\n"
           "3 | Số hợp tác xã kiểu mới | hợp tác xã | 40 | 18³ | 45,0\n")


def test_a_row_whose_label_wraps_to_the_next_line_stays_one_row():
    f = extract(WRAPPED)
    # the wrapped row's plan is a goal and its result a result, and the table goes on after it (a footnote's mark
    # after a result is no part of it)
    assert sorted(t.value for t in f.targets) == [40, 1200, 50000]
    assert sorted(o.value for o in f.outcomes) == [18, 42, 45, 45, 540, 21000]
    assert {t.value: t.unit for t in f.targets}[1200] == "tỷ đồng"
    # near miss: a line of two cells that does not make up the header's count with the next line parts the table
    # as before (a caption between two tables)
    two = WRAPPED.replace("2 | Tổng giá trị sản phẩm chăn nuôi và dịch\nvụ thú y | tỷ đồng | 1.200 | 540 | 45,0\n",
                          "Ghi chú | số liệu sơ bộ\n")
    assert [len(rows) for _, _, rows in table_blocks(two)] == [2, 1]
    assert [len(rows) for _, _, rows in table_blocks(WRAPPED)] == [4]


def test_a_flattened_row_whose_last_cell_is_empty_keeps_its_row():
    # the ratio left blank on one row: its tab stays, and the row lines up with the header still
    text = ("Số: 40/BC-UBND\tAn Phú, ngày 10 tháng 12 năm 2025\n\nKết quả thực hiện các chỉ tiêu năm 2025:\n\n"
            "TT\tChỉ tiêu\tĐVT\tKH năm 2025\tTH năm 2025\tTH/KH (%)\n"
            "1\tThu ngân sách\tTỷ đồng\t80,0\t86,4\t108,0\n"
            "2\tTỷ lệ che phủ rừng\t%\t55,0\t55,3\t\n"
            "3\tTỷ lệ hộ nghèo\t%\t3,0\t2,8\t\n")
    targets, outcomes = _both(text)
    assert [v for v, _ in targets] == [3, 55, 80]
    assert {2.8, 55.3, 86.4} <= {v for v, _ in outcomes}


def test_near_miss_a_line_of_tabbed_words_ending_on_a_tab_adds_no_row():
    text = "Nơi nhận:\tBan Thường vụ\tVăn phòng\t\nLưu\tVT\tTH\t\n"
    assert _both(text) == ([], [])


def test_columns_of_a_month_and_the_months_so_far_hold_results():
    text = ("Thứ Sáu, 30/10/2026 16:00\n\nBảng: Một số chỉ tiêu chủ yếu\n"
            "Chỉ tiêu | ĐVT | Tháng 10/2026 | 10 tháng 2026\n"
            "Thu ngân sách | tỷ đồng | 310 | 2.950\nKhách du lịch | nghìn lượt | 84 | 905\n")
    targets, outcomes = _both(text)
    assert not targets and {84, 310, 905, 2950} <= {v for v, _ in outcomes}
    # other words: a quarter's column
    targets, outcomes = _both("Thứ Sáu, 30/10/2026 16:00\n\nChỉ tiêu | ĐVT | Quý III/2026\nThu ngân sách | tỷ đồng | 905\n"
                              "Khách du lịch | nghìn lượt | 240\n")
    assert not targets and {240, 905} <= {v for v, _ in outcomes}


def test_near_miss_a_plan_column_of_months_holds_goals():
    text = ("Thứ Sáu, 30/6/2026 16:00\n\nChỉ tiêu | ĐVT | Kế hoạch 6 tháng cuối năm 2026 | Thực hiện 6 tháng đầu năm\n"
            "Thu ngân sách | tỷ đồng | 1.400 | 1.310\nKhách du lịch | nghìn lượt | 460 | 415\n")
    targets, outcomes = _both(text)
    assert [v for v, _ in targets] == [460, 1400] and {415, 1310} <= {v for v, _ in outcomes}
