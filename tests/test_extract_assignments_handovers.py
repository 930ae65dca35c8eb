"""Tasks handed over to bodies: a second hand-over to a body already given a task of the same role and document
(kg.extract.assignment_clauses.handed_anew), and a speaker's requests split per body. Each with a near miss. Texts
are our own."""
from __future__ import annotations

from kg.extract import extract

_PLAN = "UBND tỉnh ban hành Kế hoạch số 31/KH-UBND ngày 2/3/2025 về phát triển nghề gốm truyền thống năm 2025. "


def _tasks(text: str, body: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.role, a.document, a.task) for a in extract(text).assignments if a.body == body]


def test_a_body_handed_a_second_task_of_one_document_gets_two_rows():
    rows = _tasks(_PLAN + "Kế hoạch giao Sở Công Thương chủ trì lập danh mục sản phẩm gốm chủ lực; đồng thời giao Sở Công "
                  "Thương chủ trì tổ chức hội chợ gốm vào tháng 9.\n", "Sở Công Thương")
    assert [(r, d) for r, d, _ in rows] == [("lead", "31/KH-UBND"), ("lead", "31/KH-UBND")]
    assert {t for _, _, t in rows} == {"chủ trì lập danh mục sản phẩm gốm chủ lực",
                                       "chủ trì tổ chức hội chợ gốm vào tháng 9"}


def test_a_body_named_again_as_a_subject_keeps_one_row():
    # near miss: named again as the subject of a clause, with no hand-over word before it, the body is told again what
    # it leads, not handed a second task
    rows = _tasks(_PLAN + "Kế hoạch giao Sở Công Thương chủ trì lập danh mục sản phẩm gốm chủ lực. Sở Công Thương tổ "
                  "chức hội chợ gốm vào tháng 9.\n", "Sở Công Thương")
    assert len(rows) == 1


_CONFERENCE = "Ngày 14/5/2025, UBND tỉnh tổ chức hội nghị trực tuyến về thúc đẩy giải ngân vốn đầu tư công. "


def test_a_chairmans_request_to_two_bodies_split_by_a_comma_gives_each_its_task():
    rows = _tasks(_CONFERENCE + "Đồng chí Chủ tịch UBND tỉnh đề nghị UBND các huyện bàn giao mặt bằng trước ngày 30/9, "
                  "Sở Tài chính tham mưu điều chuyển vốn.\n", "Sở Tài chính")
    assert [(r, t) for r, _, t in rows] == [("lead", "tham mưu điều chuyển vốn")]


def test_a_list_of_bodies_after_a_chairmans_request_is_not_split():
    # near miss: the comma separates two bodies asked together, not two tasks
    text = _CONFERENCE + "Đồng chí Chủ tịch UBND tỉnh đề nghị UBND các huyện, Sở Tài chính tham mưu điều chuyển vốn.\n"
    assert {(a.body, a.task) for a in extract(text).assignments} == {
        ("UBND các huyện", "tham mưu điều chuyển vốn"), ("Sở Tài chính", "tham mưu điều chuyển vốn")}


def test_the_prime_ministers_request_goes_on_to_the_bodies_of_the_next_clause():
    rows = _tasks(_CONFERENCE + "Thủ tướng yêu cầu các bộ, ngành đẩy nhanh giải phóng mặt bằng; Bộ Tài chính rà soát vốn "
                  "của các dự án chậm giải ngân.\n", "Bộ Tài chính")
    assert [(r, t) for r, _, t in rows] == [("lead", "rà soát vốn của các dự án chậm giải ngân")]


def test_a_reported_clause_after_a_request_is_not_asked():
    # near miss: the clause after the request says what a body did ('đã'), which no request gives it
    rows = _tasks(_CONFERENCE + "Thủ tướng yêu cầu các bộ, ngành đẩy nhanh giải phóng mặt bằng; Bộ Tài chính đã rà soát "
                  "vốn của các dự án chậm giải ngân.\n", "Bộ Tài chính")
    assert not [r for r in rows if r[0] == "lead" and not (r[2] or "").endswith("(reported)")]
