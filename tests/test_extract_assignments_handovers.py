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
