"""A plan's task table left as lines of cells with bars between them (kg.extract.assignment_tables): the lead and
coordinating units of each row, the row's task; and the same units in brackets after a list item's task ('(Chủ trì: ...;
phối hợp: ...)'); each with a near miss. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

_PLAN = ("KẾ HOẠCH\nSố: 25/KH-UBND\nTriển khai chuyển đổi số trong lĩnh vực giáo dục năm 2025\n\n"
         "I. NHIỆM VỤ CỤ THỂ\n")


def _rows(text: str) -> set[tuple[str, str, str | None, str | None]]:
    return {(a.body, a.role, a.document, a.task) for a in extract(text).assignments}


def test_rows_of_a_bar_table_give_lead_and_coordinate_rows():
    text = _PLAN + ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
                    "1 | Xây dựng kho học liệu số dùng chung | Sở Giáo dục và Đào tạo | Sở Khoa học và Công nghệ; "
                    "Sở Tài chính | Quý III/2025\n"
                    "2 | Cấp tài khoản định danh cho học sinh | Công an tỉnh | Sở Giáo dục và Đào tạo | Năm 2025\n")
    rows = _rows(text)
    task1 = "Xây dựng kho học liệu số dùng chung"
    assert ("Sở Giáo dục và Đào tạo", "lead", "25/KH-UBND", task1) in rows
    assert ("Sở Khoa học và Công nghệ", "coordinate", "25/KH-UBND", task1) in rows
    assert ("Sở Tài chính", "coordinate", "25/KH-UBND", task1) in rows
    assert ("Công an tỉnh", "lead", "25/KH-UBND", "Cấp tài khoản định danh cho học sinh") in rows


@pytest.mark.parametrize("table, lead, partner, task", [
    pytest.param("(Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn)\n"
                 "1. Số hóa hồ sơ học bạ | Phòng Giáo dục Trung học | Trung tâm Công nghệ thông tin | Tháng 12/2025\n",
                 "Phòng Giáo dục Trung học", "Trung tâm Công nghệ thông tin", "Số hóa hồ sơ học bạ",
                 id="header-in-brackets-numbered-tasks"),
    pytest.param("| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |\n|---|---|---|---|\n"
                 "| 1 | Tập huấn kỹ năng số cho giáo viên | Sở Giáo dục và Đào tạo | Sở Nội vụ |\n",
                 "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Tập huấn kỹ năng số cho giáo viên", id="markdown-table-with-rule-line"),
])
def test_other_shapes_of_a_table_give_the_same_rows(table, lead, partner, task):
    rows = _rows(_PLAN + table)
    assert (lead, "lead", "25/KH-UBND", task) in rows
    assert (partner, "coordinate", "25/KH-UBND", task) in rows


def test_near_miss_commas_inside_one_name_do_not_split_it():
    text = _PLAN + ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp\n"
                    "1 | Số hóa sổ hộ tịch | Cục Hộ tịch, quốc tịch, chứng thực | Sở Tư pháp, Sở Nội vụ\n")
    rows = {(b, r) for b, r, _, _ in _rows(text)}
    assert ("Cục Hộ tịch, quốc tịch, chứng thực", "lead") in rows
    assert ("Sở Tư pháp", "coordinate") in rows and ("Sở Nội vụ", "coordinate") in rows


def test_near_miss_a_table_of_targets_assigns_nothing():
    # no column of a task and its lead unit: the table holds figures, not tasks
    text = _PLAN + ("Chỉ tiêu | Kế hoạch 2025 | Thực hiện 2025 | Tỷ lệ\n"
                    "Số trường có kho học liệu số | 120 | 96 | 80%\n")
    assert _rows(text) == set()


def test_a_labelled_column_names_its_units_past_a_semicolon():
    text = _PLAN + ("1. Xây dựng kho học liệu số dùng chung\n- Đơn vị chủ trì: Sở Giáo dục và Đào tạo.\n"
                    "- Đơn vị phối hợp: Sở Tài chính; Ủy ban nhân dân các huyện, thành phố.\n")
    rows = {(b, r) for b, r, _, _ in _rows(text)}
    assert {("Sở Giáo dục và Đào tạo", "lead"), ("Sở Tài chính", "coordinate"),
            ("Ủy ban nhân dân các huyện, thành phố", "coordinate")} <= rows


def test_near_miss_a_labelled_list_the_list_reader_splits_stays_split():
    text = _PLAN + ("1. Xây dựng kho học liệu số dùng chung\n- Đơn vị chủ trì: Sở Giáo dục và Đào tạo.\n"
                    "- Đơn vị phối hợp: các sở, ngành liên quan và UBND các huyện.\n")
    rows = {(b, r) for b, r, _, _ in _rows(text)}
    assert ("Các sở, ngành liên quan", "coordinate") in rows and ("UBND các huyện", "coordinate") in rows


@pytest.mark.parametrize("header", [
    "TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian",
    "TT | Nội dung công việc | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian hoàn thành",
    "TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn",
])
def test_columns_named_without_the_word_for_a_unit_or_with_thuc_hien(header):
    # the lead and partner columns as plans also head them: 'Chủ trì', 'Phối hợp', '... chủ trì thực hiện'
    rows = _rows(_PLAN + header + "\n1 | Rà soát thiết bị dạy học | Phòng Giáo dục Tiểu học | Sở Tài chính | Quý I/2026\n")
    task = "Rà soát thiết bị dạy học"
    assert ("Phòng Giáo dục Tiểu học", "lead", "25/KH-UBND", task) in rows
    assert ("Sở Tài chính", "coordinate", "25/KH-UBND", task) in rows


def test_near_miss_a_table_with_no_lead_column_gives_no_rows():
    # a table of figures ('Chỉ tiêu | Kết quả | Ghi chú') names no unit's task
    rows = _rows(_PLAN + "TT | Chỉ tiêu | Kết quả | Phối hợp\n1 | Tỷ lệ trường có mạng | 95% | Sở Tài chính\n")
    assert not any(role == "lead" for _, role, _, _ in rows)


def test_a_table_with_tabs_between_its_cells():
    # (a table copied from a word processor: one tab a cell, two tabs around an empty cell)
    text = _PLAN + ("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\n"
                    "1\tXây dựng kho học liệu số dùng chung\tSở Giáo dục và Đào tạo\tSở Tài chính; Sở Nội vụ\tQuý III/2025\n"
                    "2\tCấp tài khoản định danh cho học sinh\tCông an tỉnh\t\tNăm 2025\n")
    rows = _rows(text)
    task1 = "Xây dựng kho học liệu số dùng chung"
    assert ("Sở Giáo dục và Đào tạo", "lead", "25/KH-UBND", task1) in rows
    assert ("Sở Nội vụ", "coordinate", "25/KH-UBND", task1) in rows
    assert ("Công an tỉnh", "lead", "25/KH-UBND", "Cấp tài khoản định danh cho học sinh") in rows


def test_near_miss_tabs_in_a_table_of_figures_assign_nothing():
    text = _PLAN + ("Chỉ tiêu\tKế hoạch 2025\tThực hiện 2025\tTỷ lệ\n"
                    "Số trường có kho học liệu số\t120\t96\t80%\n"
                    "Số giáo viên được tập huấn\t900\t870\t97%\n")
    assert _rows(text) == set()


_STACKED_HEAD = "STT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n"


def _stacked(lines: str) -> set[tuple[str, str, str | None]]:
    return {(b, r, t) for b, r, _, t in _rows(_PLAN + _STACKED_HEAD + lines)}


def test_a_table_left_a_cell_a_line_with_numbered_rows():
    rows = _stacked("1\nSố hóa hồ sơ học bạ\nPhòng Giáo dục Trung học\nTrung tâm Công nghệ thông tin\nTháng 12/2025\n2.\n"
                    "Tập huấn kỹ năng số cho giáo viên\nSở Nội vụ\nSở Giáo dục và Đào tạo\nHằng năm\n\nII. TỔ CHỨC THỰC HIỆN\n")
    assert ("Phòng Giáo dục Trung học", "lead", "Số hóa hồ sơ học bạ") in rows
    assert ("Trung tâm Công nghệ thông tin", "coordinate", "Số hóa hồ sơ học bạ") in rows
    assert ("Sở Nội vụ", "lead", "Tập huấn kỹ năng số cho giáo viên") in rows


def test_near_miss_a_row_with_a_cell_missing_is_not_misaligned():
    # (the empty coordinating cell left no line: the deadline would be read as a unit)
    bodies = {b for b, _, _ in _stacked("1\nSố hóa hồ sơ học bạ\nPhòng Giáo dục Trung học\nTháng 12/2025\n")}
    assert "Phòng Giáo dục Trung học" not in bodies and "Tháng 12/2025" not in bodies


def test_group_rows_and_an_empty_cell_left_as_a_blank_line_in_a_table_a_cell_a_line():
    # (a group's row, its Roman number alone or with its title, takes no task; a blank line inside a row is an empty
    # cell, so the cells after it stay in their columns)
    rows = _stacked("I\nNHÓM NHIỆM VỤ VỀ HẠ TẦNG SỐ\n1\nNâng cấp mạng cho trường học\nSở Giáo dục và Đào tạo\n\nQuý IV/2025\n"
                    "II. Nhóm nhiệm vụ về nhân lực\n2\nBồi dưỡng giáo viên dạy tin học\nTrường Cao đẳng Sư phạm\nSở Nội vụ\n"
                    "Năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    assert ("Sở Giáo dục và Đào tạo", "lead", "Nâng cấp mạng cho trường học") in rows
    assert ("Trường Cao đẳng Sư phạm", "lead", "Bồi dưỡng giáo viên dạy tin học") in rows
    assert ("Sở Nội vụ", "coordinate", "Bồi dưỡng giáo viên dạy tin học") in rows
    assert not any(b.startswith(("Quý", "NHÓM", "Nhóm")) for b, _, _ in rows)


def test_units_named_in_brackets_after_a_list_item_s_task():
    text = _PLAN + ("1. Cấp tài khoản học tập số cho 100% học sinh. (Chủ trì: Phòng Giáo dục Tiểu học; phối hợp: Công an "
                    "tỉnh, Trung tâm Công nghệ thông tin)\n"
                    "2. 90% giáo viên được bồi dưỡng kỹ năng số. (Cơ quan chủ trì: Phòng Tổ chức cán bộ)\n")
    rows = {(body, role) for body, role, _, _ in _rows(text)}
    assert {("Phòng Giáo dục Tiểu học", "lead"), ("Công an tỉnh", "coordinate"),
            ("Trung tâm Công nghệ thông tin", "coordinate"), ("Phòng Tổ chức cán bộ", "lead")} <= rows
    assert ("Phòng Giáo dục Tiểu học", "lead", "25/KH-UBND", "Cấp tài khoản học tập số cho 100% học sinh") in _rows(text)


def test_near_miss_a_chair_in_brackets_in_prose_names_no_unit():
    # the chair of a meeting the text reports, in brackets mid-sentence and not after a list item, is no task's lead
    text = _PLAN + ("Hội nghị triển khai Kế hoạch (chủ trì: đồng chí Phó Chủ tịch UBND tỉnh) diễn ra sáng 12/3.\n"
                    "- Tổ chức tập huấn kỹ năng số. (chủ trì: đồng chí Phó Giám đốc Sở)\n")
    assert not {body for body, _, _, _ in _rows(text) if "chí" in body}


def test_a_table_of_goals_with_their_lead_and_coordinating_units():
    text = _PLAN + ("TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Đơn vị chủ trì | Đơn vị phối hợp\n"
                    "1 | Trường học có kho học liệu số | trường | 40 | 80 | Phòng Giáo dục Trung học | Sở Tài chính\n")
    rows = _rows(text)
    assert ("Phòng Giáo dục Trung học", "lead", "25/KH-UBND", "Trường học có kho học liệu số") in rows
    assert ("Sở Tài chính", "coordinate", "25/KH-UBND", "Trường học có kho học liệu số") in rows
    # near miss: a table of goals without the units' columns gives no row
    text = _PLAN + ("TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026\n"
                    "1 | Trường học có kho học liệu số | trường | 40 | 80\n")
    assert not _rows(text)


def test_the_lead_unit_named_as_a_noun_is_no_body():
    # 'đơn vị chủ trì, phối hợp' names the columns of an annex, not a body that leads
    text = _PLAN + "Chỉ tiêu theo từng năm và đơn vị chủ trì, phối hợp tại Phụ lục kèm theo Kế hoạch này.\n"
    assert not _rows(text)
    # near miss: a body the gazetteer does not know, named before 'chủ trì, phối hợp', leads
    text = _PLAN + "Ban Quản lý Trung tâm Học liệu chủ trì, phối hợp với Sở Tài chính số hóa học liệu.\n"
    assert ("Ban Quản lý Trung tâm Học liệu", "lead") in {(b, r) for b, r, _, _ in _rows(text)}


@pytest.mark.parametrize("lead, partner", [
    ("Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp"),
    ("Cơ quan/đơn vị chủ trì", "Cơ quan/đơn vị phối hợp"),
])
def test_columns_named_by_both_words_for_a_unit(lead, partner):
    # ('cơ quan, đơn vị' is one column's name: its comma names no body that 'chủ trì' would give a row)
    rows = _rows(_PLAN + f"STT | Nội dung | {lead} | {partner} | Thời gian\n"
                         "1 | Bồi dưỡng kỹ năng số cho giáo viên | Trường Cao đẳng Sư phạm | Sở Nội vụ | Năm 2026\n")
    task = "Bồi dưỡng kỹ năng số cho giáo viên"
    assert rows == {("Trường Cao đẳng Sư phạm", "lead", "25/KH-UBND", task),
                    ("Sở Nội vụ", "coordinate", "25/KH-UBND", task)}


def test_columns_in_another_order_and_rows_after_a_page_break_without_the_header():
    # the header printed on the first page only; the page's number between two rows; the lead column first
    text = _PLAN + ("STT | Cơ quan chủ trì | Nội dung | Thời gian | Cơ quan phối hợp\n"
                    "1 | Sở Giáo dục và Đào tạo | Mua sắm thiết bị phòng học thông minh | Quý II/2026 | Sở Tài chính\n"
                    "2 | Công an tỉnh | Kết nối dữ liệu học sinh | Năm 2026 | Sở Giáo dục và Đào tạo\n"
                    "\nTrang 2\n\n"
                    "3 | Sở Khoa học và Công nghệ | Hỗ trợ trường học kết nối mạng | Quý IV/2026 | UBND các xã, phường\n")
    rows = _rows(text)
    task = "Hỗ trợ trường học kết nối mạng"
    assert ("Sở Khoa học và Công nghệ", "lead", "25/KH-UBND", task) in rows
    assert ("UBND các xã, phường", "coordinate", "25/KH-UBND", task) in rows
    assert ("Sở Tài chính", "coordinate", "25/KH-UBND", "Mua sắm thiết bị phòng học thông minh") in rows


def test_rows_numbered_in_their_task_cell_go_on_after_a_page_number_line():
    text = _PLAN + ("(Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn)\n"
                    "1. Rà soát đội ngũ giáo viên | Phòng Tổ chức cán bộ | Sở Nội vụ | Tháng 3/2026\n"
                    "- 2 -\n"
                    "2. Xây dựng đề án tuyển dụng | Phòng Kế hoạch - Tài chính | Sở Tài chính | Tháng 6/2026\n")
    assert ("Phòng Kế hoạch - Tài chính", "lead", "25/KH-UBND", "Xây dựng đề án tuyển dụng") in _rows(text)


def test_near_miss_a_later_table_whose_rows_start_again_is_not_the_first_one_s():
    # a second table of other columns, its header lost: its numbering starts again, so it does not go on the first
    text = _PLAN + ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp\n"
                    "1 | Số hóa học bạ | Sở Giáo dục và Đào tạo | Sở Nội vụ\n"
                    "\nTrang 2\n\n"
                    "1 | Trường THPT Chu Văn An | 45 | Trung tâm Tin học\n")
    assert {body for body, *_ in _rows(text)} == {"Sở Giáo dục và Đào tạo", "Sở Nội vụ"}


def test_near_miss_prose_between_two_stretches_of_rows_ends_the_table():
    # a paragraph after the table is no page break: the bar line after it is not read under the first header
    text = _PLAN + ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp\n"
                    "1 | Số hóa học bạ | Sở Giáo dục và Đào tạo | Sở Nội vụ\n"
                    "\nCác đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12 hằng năm.\n\n"
                    "2 | Phòng học bộ môn | Trường Tiểu học Hòa Bình | 12 phòng\n")
    assert "Trường Tiểu học Hòa Bình" not in {body for body, *_ in _rows(text)}


def test_labelled_columns_with_both_words_for_a_unit_or_with_none():
    text = _PLAN + ("1. Số hóa hồ sơ học bạ.\n- Cơ quan, đơn vị chủ trì: Sở Giáo dục và Đào tạo.\n"
                    "- Cơ quan/đơn vị phối hợp: Sở Nội vụ, Sở Tài chính.\n"
                    "2. Lắp đặt camera tại điểm thi. Chủ trì: Công an tỉnh; phối hợp: Trường Cao đẳng Kỹ thuật; thời gian: "
                    "năm 2026.\n")
    rows = {(body, role) for body, role, _, _ in _rows(text)}
    assert rows == {("Sở Giáo dục và Đào tạo", "lead"), ("Sở Nội vụ", "coordinate"), ("Sở Tài chính", "coordinate"),
                    ("Công an tỉnh", "lead"), ("Trường Cao đẳng Kỹ thuật", "coordinate")}


def test_units_in_brackets_with_the_time_after_them():
    text = _PLAN + "3. Kiểm tra thiết bị phòng thi (Cơ quan chủ trì: Sở Giáo dục và Đào tạo; cơ quan phối hợp: Sở Tài chính; " \
                   "thời gian: quý II/2026).\n"
    rows = {(body, role, doc) for body, role, doc, _ in _rows(text)}
    assert rows == {("Sở Giáo dục và Đào tạo", "lead", "25/KH-UBND"), ("Sở Tài chính", "coordinate", "25/KH-UBND")}


def test_near_miss_a_meeting_s_chair_labelled_alone_leads_no_task():
    # a bare 'Chủ trì:' with no partners' label beside it names who chairs a meeting
    text = ("Sáng 12/3, UBND tỉnh tổ chức hội nghị triển khai Kế hoạch số 25/KH-UBND.\n"
            "Chủ trì: Chủ tịch UBND tỉnh.\nThành phần: lãnh đạo các sở, ngành.\n")
    assert _rows(text) == set()


def test_a_row_a_narrow_column_wrapped_over_two_lines_keeps_its_units_and_the_rows_after_it():
    text = _PLAN + ("TT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
                    "1 | Xây dựng kho học liệu số dùng chung | Kho học liệu | Sở Giáo dục và Đào tạo | Sở Tài chính | "
                    "Quý III/2025\n"
                    "2 | Cấp tài khoản định danh cho học sinh\n  (giai đoạn 1) | Tài khoản | Công an tỉnh | Sở Giáo dục "
                    "và Đào tạo; Viettel tỉnh | Năm 2025\n"
                    # (the break inside the coordinating cell this time)
                    "3 | Tập huấn giáo viên | Lớp tập huấn | Trường Cao đẳng Sư phạm | Sở Nội vụ;\n"
                    "Sở Tài chính | Hằng năm\n")
    rows = {(b, r) for b, r, _, _ in _rows(text)}
    assert {("Công an tỉnh", "lead"), ("Viettel tỉnh", "coordinate"), ("Trường Cao đẳng Sư phạm", "lead"),
            ("Sở Nội vụ", "coordinate")} <= rows
    assert ("Sở Tài chính", "coordinate") in rows


def test_near_miss_two_short_rows_are_not_joined_into_one():
    # (rows that leave their last cells empty, each opening on its number: two rows, not one row of five cells)
    text = _PLAN + ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
                    "1 | Xây dựng kho học liệu số | Sở Giáo dục và Đào tạo\n"
                    "2 | Cấp tài khoản định danh | Công an tỉnh\n")
    rows = {(b, r) for b, r, _, _ in _rows(text)}
    assert ("Cấp tài khoản định danh", "coordinate") not in rows and ("Công an tỉnh", "coordinate") not in rows
