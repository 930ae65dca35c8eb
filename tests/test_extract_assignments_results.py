"""A measured result a review states is no task of the body named before it (kg.extract.assignments, with
kg.extract.assignment_cues.states_result): 'Huyện ủy, UBND huyện đã chỉ đạo ...; hỗ trợ nhà ở cho 412 hộ, vượt 12% so
với kế hoạch' gives the bodies their lead only. Near misses: a body's own reported act with a count and no comparison
keeps its row, and so does a goal or an order measured against a plan ('phấn đấu ...', 'yêu cầu ...'). An
inspection's tally said of the bodies that inspected ('các chi bộ đã kiểm tra 214 đảng viên') is no task of theirs
(kg.extract.assignment_cues.result_not_task). Texts are our own."""
from __future__ import annotations

from extract_helpers import assignment_rows

from kg.extract import extract
from kg.extract.assignment_cues import states_result
from kg.extract.text import prepare

_NEWS = ("BÁO CAO BẰNG\n12/6/2025\n\nSơ kết 3 năm thực hiện Nghị quyết số 09-NQ/HU ngày 3/3/2022 của Huyện ủy về "
         "giảm nghèo\n\nSáng 12/6, Huyện ủy Hà Quảng tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/HU.\n\n")


def _states(sentence: str) -> bool:
    p = prepare(sentence)
    return states_result(p.text, p.folded, 0, len(p.folded))


def test_a_figure_set_against_a_plan_a_quota_or_a_year_is_a_result():
    assert _states("hỗ trợ nhà ở cho 412 hộ, vượt 12% so với kế hoạch")
    assert _states("tỷ lệ nữ trong ban chấp hành đạt 18,2%, vượt chỉ tiêu Kế hoạch đề ra")
    assert _states("thu ngân sách tăng 7,5% so với năm 2024")


def test_a_goal_an_order_or_a_bare_count_is_no_stated_result():
    assert not _states("phấn đấu thu ngân sách tăng 10% so với năm 2024")
    assert not _states("yêu cầu các xã giải ngân đạt 100% kế hoạch vốn")
    assert not _states("vận động được 18,6 tỷ đồng")
    assert not _states("kết nạp 1.240 hội viên mới")


def test_a_result_clause_after_a_reported_act_gives_its_bodies_no_second_row():
    facts = extract(_NEWS + "Huyện ủy, UBND huyện đã chỉ đạo quyết liệt việc lồng ghép các nguồn vốn; 36/41 công trình "
                            "đã hoàn thành; hỗ trợ nhà ở cho 412 hộ, vượt 12% so với kế hoạch.\n")
    tasks = {(a.body, a.role, a.task) for a in facts.assignments}
    assert {(b, r) for b, r, _ in tasks} == {("Huyện ủy", "lead"), ("UBND huyện", "lead")}
    assert not any("412 hộ" in (task or "") for _, _, task in tasks)


def test_a_body_s_own_reported_act_and_an_order_against_a_plan_keep_their_rows():
    rows = assignment_rows(_NEWS + "Hội Nông dân huyện đã phối hợp với Ngân hàng Chính sách xã hội huyện quản lý dư nợ "
                                   "ủy thác 210 tỷ đồng, tăng 8,4% so với cùng kỳ. Phát biểu kết luận, đồng chí Bí thư "
                                   "Huyện ủy yêu cầu UBND huyện chỉ đạo giải ngân đạt 100% kế hoạch vốn năm 2025.\n")
    assert rows == {("Hội Nông dân huyện", "coordinate"), ("Ngân hàng Chính sách xã hội huyện", "coordinate"),
                    ("UBND huyện", "lead")}


_REVIEW = ("BÁO CAO BẰNG\n20/12/2025\n\nNgày 19/12, Ban Thường vụ Huyện ủy Hà Quảng tổ chức hội nghị tổng kết 5 năm thực "
           "hiện Chỉ thị số 07-CT/HU ngày 2/3/2020 của Ban Thường vụ Huyện ủy về công tác kiểm tra, giám sát.\n\n")


def test_an_inspection_s_tally_is_no_task_of_the_bodies_that_inspected():
    got = assignment_rows(_REVIEW + "Sau 5 năm, các chi bộ đã kiểm tra 214 đảng viên; giám sát chuyên đề 96 tổ chức đảng. "
                                    "Ủy ban Kiểm tra Huyện ủy kiểm tra 18 tổ chức đảng khi có dấu hiệu vi phạm.\n")
    assert not {body for body, role in got if role == "monitor"}


def test_near_miss_a_directed_tally_an_inspection_planned_and_one_without_a_count_keep_their_rows():
    # the body another had inspect: its part in the chain the review reports (as the gold of such reviews writes it)
    got = assignment_rows(_REVIEW + "Sau 5 năm, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các chi bộ kiểm tra 214 đảng "
                                    "viên.\n")
    assert ("Các chi bộ", "monitor") in got
    # the count of the work ahead is the task
    got = assignment_rows(_REVIEW + "Thời gian tới, Ủy ban Kiểm tra Huyện ủy kiểm tra 18 tổ chức đảng có dấu hiệu vi "
                                    "phạm.\n")
    assert ("Ủy ban Kiểm tra Huyện ủy", "monitor") in got
    # an inspection of a matter, with no tally right after its verb
    got = assignment_rows(_REVIEW + "Các chi bộ đã kiểm tra việc thực hiện Chỉ thị tại 45 thôn.\n")
    assert ("Các chi bộ", "monitor") in got
