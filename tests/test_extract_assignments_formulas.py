"""Assignments by the points of tests/ANNOTATION.md met in round 17 (kg.extract.assignments with
kg.extract.assignment_cues.CLOSING, kg.extract.task_documents): (n) the formulas that open or close an official text
give no rows; (o) a task that amends or replaces a named document is the listing plan's; (v) a body that 'chủ trì' a
monitoring task has one lead row; (g) a closing speech's tasks with no document named have none. Each with its near
misses. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

_DECISION = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 15/QĐ-UBND\nLạng Sơn, ngày 10 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
             "Ban hành Kế hoạch cải cách hành chính năm 2026\n"
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n")
_DIRECTIVE = ("TỈNH ỦY LẠNG SƠN\nSố: 05-CT/TU\nLạng Sơn, ngày 10 tháng 3 năm 2026\nCHỈ THỊ\n"
              "về tăng cường công tác phòng cháy rừng\n")
_PLAN = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 20/KH-UBND\nLạng Sơn, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
         "Rà soát văn bản quy phạm pháp luật năm 2026\n")


def rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(a.body, a.role, a.document) for a in extract(text).assignments}


def test_near_miss_strict_work_on_a_named_task_or_more_than_the_formula_is_a_task():
    got = rows(_DIRECTIVE + "1. Đề nghị Sở Tài chính nghiêm túc thực hiện việc rà soát các khoản chi thường xuyên.\n"
                            "2. Các sở, ngành tổ chức thực hiện nghiêm túc Chỉ thị này và báo cáo kết quả về Ban Thường "
                            "vụ Tỉnh ủy trước ngày 15/12.\n")
    assert {b for b, _, _ in got} == {"Sở Tài chính", "Các sở, ngành"}


def test_near_miss_in_news_drafting_a_programme_for_a_document_is_about_that_document():
    # a news text whose plan carries the resolution out: drafting the programme for the higher body is about the
    # resolution (kg.extract.task_documents)
    got = rows("Ngày 2/6/2025, Huyện ủy ban hành Kế hoạch số 31-KH/HU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị. "
               "Kế hoạch giao Ban Tổ chức Huyện ủy chủ trì tham mưu xây dựng Chương trình hành động thực hiện Nghị quyết "
               "số 57-NQ/TW.\n")
    assert ("Ban Tổ chức Huyện ủy", "lead", "57-NQ/TW") in got


def test_a_body_that_chairs_the_monitoring_has_one_lead_row():
    got = rows(_PLAN + "1. Sở Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
                       "2. Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp theo dõi, đôn đốc, tổng hợp, báo cáo kết "
                       "quả thực hiện.\n")
    assert {(b, r) for b, r, _ in got} == {("Sở Nội vụ", "lead"), ("Văn phòng UBND tỉnh", "lead"),
                                           ("Sở Tư pháp", "coordinate")}


def test_near_miss_a_second_clause_with_its_own_monitoring_verbs_is_a_monitor_row():
    got = rows(_PLAN + "1. Sở Tài chính chủ trì tổ chức tập huấn; theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh.\n")
    assert {(b, r) for b, r, _ in got} == {("Sở Tài chính", "lead"), ("Sở Tài chính", "monitor")}


def test_a_closing_speech_that_names_no_document_gives_tasks_without_one():
    got = rows("Kết luận hội nghị sơ kết công tác năm 2026\nNgày 20/12/2026, Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết. "
               "Phát biểu kết luận, Bí thư Tỉnh ủy đề nghị thời gian tới, Sở Tài chính tập trung tham mưu các giải pháp "
               "thu ngân sách; Sở Nội vụ đẩy mạnh cải cách hành chính.\n")
    assert {b for b, _, _ in got} == {"Sở Tài chính", "Sở Nội vụ"}
    assert {d for _, _, d in got} == {None}


_CLOSING_SPEECH = ("Kết luận hội nghị sơ kết công tác năm 2026\nNgày 20/12/2026, Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết. "
                   "Phát biểu kết luận, Bí thư Tỉnh ủy đề nghị")


@pytest.mark.parametrize("text, expected", [
    # the closing article of a decision gives no row, but its monitor does
    pytest.param(_DECISION + "Điều 2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Quyết định này.\n"
                 "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm thi hành "
                 "Quyết định này.\n", {("Văn phòng UBND tỉnh", "monitor", "15/QĐ-UBND")}, id="decision-closing-article"),
    # a call to carry out this directive strictly is a formula
    pytest.param(_DIRECTIVE + "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền thực hiện tốt các nội "
                 "dung sau:\n1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tuần tra rừng trong mùa khô.\n"
                 "Yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện Chỉ thị này.\nChỉ thị này được phổ biến đến chi bộ.\n",
                 {("Sở Nông nghiệp và Môi trường", "lead", "05-CT/TU")}, id="carry-out-this-directive-strictly"),
    # drafting a replacement or an amendment is a task of the plan
    pytest.param(_PLAN + "1. Sở Xây dựng chủ trì xây dựng quyết định thay thế Quyết định số 30/2020/QĐ-UBND của UBND tỉnh.\n"
                 "2. Sở Tài chính chủ trì sửa đổi, bổ sung Quyết định số 12/2024/QĐ-UBND về quản lý giá.\n",
                 {("Sở Xây dựng", "lead", "20/KH-UBND"), ("Sở Tài chính", "lead", "20/KH-UBND")},
                 id="drafting-a-replacement-or-amendment"),
    # drafting a plan that carries out a document is a task of the official text that gives it (the official text states
    # the task, as a Government resolution's 'Bộ Tư pháp chủ trì ... xây dựng, trình Chính phủ ban hành Chương trình hành
    # động thực hiện Nghị quyết số 66-NQ/TW' is the resolution's: tests/ANNOTATION.md (am))
    pytest.param(_PLAN + "1. Sở Nội vụ chủ trì tham mưu xây dựng Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW "
                 "của Bộ Chính trị.\n", {("Sở Nội vụ", "lead", "20/KH-UBND")}, id="drafting-a-plan-for-a-document"),
    # a closing speech ties its tasks to the document the sentence names, after its verb or after a colon
    *(pytest.param(_CLOSING_SPEECH + ask + " tập trung tham mưu các giải pháp thu ngân sách; Sở Nội vụ đẩy mạnh cải cách "
                   "hành chính.\n", {("Sở Tài chính", "lead", "05-NQ/TU"), ("Sở Nội vụ", "lead", "05-NQ/TU")},
                   id=f"closing-speech-names-the-document-{i}")
      for i, ask in enumerate((" thời gian tới, để thực hiện thắng lợi Nghị quyết số 05-NQ/TU của Tỉnh ủy, Sở Tài chính",
                               ": để thực hiện thắng lợi Nghị quyết số 05-NQ/TU của Tỉnh ủy, thời gian tới Sở Tài chính"))),
    # near miss: a time adverbial before a verb names no body
    pytest.param(_CLOSING_SPEECH + " thời gian tới tiếp tục đẩy mạnh cải cách hành chính.\n", set(),
                 id="time-adverbial-before-a-verb"),
])
def test_the_rows_of_a_formula_or_a_task(text, expected):
    assert rows(text) == expected


_LETTER = ("BỘ TÀI CHÍNH\nSố: 512/BTC-NSNN\nHà Nội, ngày 3 tháng 3 năm 2026\nV/v kiểm kê tài sản công\n\n"
           "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n")


@pytest.mark.parametrize("closing", [
    "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh quan tâm, chỉ đạo thực hiện./.",
    "Đề nghị Kho bạc Nhà nước khu vực quan tâm, phối hợp thực hiện.",
    "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
])
def test_a_letter_s_closing_words_of_care_give_no_row(closing):
    rows = {(a.body, a.role) for a in extract(_LETTER + closing + "\n").assignments}
    assert rows == set()


def test_near_miss_care_for_named_work_is_a_task():
    rows = {(a.body, a.role) for a in extract(_LETTER + "Đề nghị Ủy ban nhân dân các xã quan tâm chỉ đạo rà soát hộ nghèo "
                                                        "trên địa bàn.\n").assignments}
    assert ("Ủy ban nhân dân các xã", "lead") in rows
