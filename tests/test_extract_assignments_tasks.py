"""Where a task is and is not (kg.extract.assignments): a clause that only gives the deadline of the task before it is
no task of its own; with a near miss. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 61/KH-UBND\n\nNam Định, ngày 3 tháng 2 năm 2025\n\nKẾ HOẠCH\n"
         "Về chuyển đổi số năm 2025\n\nUBND tỉnh ban hành Kế hoạch như sau:\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG\n")


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.body, a.role) for a in extract(text).assignments}


def test_a_deadline_clause_is_no_task():
    rows = _rows(_PLAN + "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành quy "
                         "chế; hoàn thành trong quý III/2025.\n"
                         "2. Sở Nội vụ kiểm tra biên chế; xong trước ngày 30/6/2025.\n")
    assert rows == {("Sở Khoa học và Công nghệ", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Nội vụ", "monitor")}


def test_completing_a_work_is_a_task():
    # near miss: 'hoàn thành' with its object is the task itself
    rows = _rows(_PLAN + "Yêu cầu UBND các xã hoàn thành hồ sơ đất đai.\n")
    assert rows == {("UBND các xã", "participate")}
