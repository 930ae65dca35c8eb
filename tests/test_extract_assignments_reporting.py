"""A body's duty to compile and report at fixed times (kg.extract.assignments: 'tổng hợp, báo cáo ... hằng năm') is a
watching task of its own (monitor) beside the task it carries out; a body's report on its own work ('báo cáo kết quả
hằng tháng') is none, and stays in the task it closes (point (y) of tests/ANNOTATION.md); near misses: a one-off report
with a dated deadline, a body whose own task is already to follow the work up ('theo dõi, đôn đốc'), and a report a
review says was made. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/KH-UBND\n\nHà Nam, ngày 6 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
         "Về phát triển nhà ở xã hội năm 2025\n\nUBND tỉnh ban hành Kế hoạch như sau:\n\nII. TỔ CHỨC THỰC HIỆN\n")


def test_a_recurring_report_after_a_semicolon_is_a_watching_task():
    rows = assignment_rows(_PLAN + "1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh bố trí quỹ đất; "
                                   "tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.\n")
    assert rows == {("Sở Xây dựng", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Xây dựng", "monitor")}


def test_a_report_on_its_own_work_stays_in_the_task_it_closes():
    # point (y): after a comma or 'và', a body's recurring report on its own work is no second (monitor) row
    facts = extract(_PLAN + "1. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến, báo cáo kết "
                            "quả hằng tháng.\n"
                            "2. UBND các xã chịu trách nhiệm thực hiện các chỉ tiêu được giao và báo cáo UBND tỉnh trước "
                            "ngày 20 hằng tháng.\n")
    rows = {(a.body, a.role, a.task) for a in facts.assignments}
    assert rows == {
        ("Trung tâm Phục vụ hành chính công tỉnh", "lead",
         "hướng dẫn người dân nộp hồ sơ trực tuyến, báo cáo kết quả hằng tháng"),
        ("UBND các xã", "lead", "chịu trách nhiệm thực hiện các chỉ tiêu được giao và báo cáo UBND tỉnh trước ngày 20 hằng tháng")}


def test_a_bare_duty_to_report_gives_no_row():
    # point (y): a body told only to report on its own work at fixed times ('Các xã định kỳ báo cáo ...') has no task
    rows = assignment_rows(_PLAN + "Giao Sở Tài chính chủ trì thẩm định dự án; UBND các xã định kỳ báo cáo kết quả về UBND "
                                   "tỉnh hằng quý.\n")
    assert rows == {("Sở Tài chính", "lead")}


def test_compiling_after_a_comma_is_still_a_watching_task():
    # near miss: 'tổng hợp, báo cáo' after the body's task compiles the others' reports: monitor, as after a semicolon
    rows = assignment_rows(_PLAN + "1. Sở Xây dựng hướng dẫn các huyện lập danh mục dự án, định kỳ hằng quý tổng hợp, báo cáo "
                                   "UBND tỉnh.\n")
    assert rows == {("Sở Xây dựng", "lead"), ("Sở Xây dựng", "monitor")}


def test_a_body_whose_task_is_to_collect_and_report():
    rows = assignment_rows(_PLAN + "Giao Sở Tài chính chủ trì thẩm định dự án; Văn phòng UBND tỉnh tổng hợp, báo cáo kết quả "
                                   "về Bộ Xây dựng hằng quý.\n")
    assert rows == {("Sở Tài chính", "lead"), ("Văn phòng UBND tỉnh", "monitor")}


def test_a_one_off_report_by_a_date_is_part_of_the_task():
    # near miss: one report by a day, no duty at fixed times
    rows = assignment_rows(_PLAN + "Yêu cầu UBND các huyện rà soát quỹ đất còn thiếu, báo cáo trước ngày 15/4/2025.\n")
    assert rows == {("UBND các huyện", "lead")}


def test_a_body_that_follows_the_work_up_reports_as_part_of_it():
    # near miss: 'theo dõi, đôn đốc ...; hằng năm tổng hợp, báo cáo' is one follow-up task, led
    rows = assignment_rows(_PLAN + "Sở Xây dựng chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; hằng năm tổng hợp, báo cáo "
                                   "UBND tỉnh.\n")
    assert rows == {("Sở Xây dựng", "lead")}


def test_a_report_a_review_says_was_made_is_no_new_task():
    # near miss: what a body did in a review, not a duty set
    rows = assignment_rows("Năm 2024, Sở Xây dựng đã tổng hợp, báo cáo kết quả thực hiện hằng quý về Bộ Xây dựng.\n")
    assert ("Sở Xây dựng", "monitor") not in rows
