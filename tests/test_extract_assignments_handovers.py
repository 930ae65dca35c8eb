"""Tasks handed over to bodies: a second hand-over to a body already given a task of the same role and document
(kg.extract.assignment_clauses.handed_anew), and a speaker's requests split per body. Each with a near miss. Texts
are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows

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


_REVIEW = "Ngày 12/3/2025, Công an tỉnh tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 12-NQ/TW. "


def test_a_request_with_a_comma_and_a_time_or_purpose_after_it_asks_the_bodies_that_follow():
    for lead_in in ("thời gian tới,", "để tiếp tục thực hiện hiệu quả Nghị quyết,"):
        rows = _tasks(_REVIEW + f"Đồng chí Giám đốc yêu cầu, {lead_in} Công an các huyện tập trung trấn áp tội phạm.\n",
                      "Công an các huyện")
        assert [(r, d) for r, d, _ in rows] == [("lead", "12-NQ/TW")], lead_in


def test_near_miss_a_comma_after_a_report_is_no_request():
    # 'cho biết,' reports: what the bodies after it did is no task asked of them
    rows = _tasks(_REVIEW + "Đồng chí Giám đốc cho biết, thời gian qua, Công an các huyện tập trung trấn áp tội phạm.\n",
                  "Công an các huyện")
    assert not [r for r in rows if not (r[2] or "").endswith("(reported)") and r[0] == "lead"]


def test_village_heads_and_operational_units_are_bodies():
    text = ("UBND xã ban hành Kế hoạch số 41/KH-UBND ngày 2/10/2025 về định danh điện tử. Kế hoạch giao Công an xã chủ "
            "trì, phối hợp với các đơn vị nghiệp vụ hướng dẫn người dân. Trưởng các thôn phối hợp với Công an xã rà "
            "soát danh sách người dân.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert {("Các đơn vị nghiệp vụ", "coordinate"), ("Trưởng các thôn", "coordinate")} <= rows


def test_near_miss_a_boards_head_is_no_village_head():
    # 'Trưởng ban' heads a board (folded, 'ban' is also a mountain village): no body of the villages
    text = ("UBND xã ban hành Kế hoạch số 41/KH-UBND ngày 2/10/2025 về định danh điện tử. Trưởng ban Chỉ đạo xã phối hợp "
            "với Công an xã rà soát danh sách người dân.\n")
    assert not any(a.body.lower().startswith("trưởng ban") for a in extract(text).assignments if a.body != "Ban Chỉ đạo xã")


def test_opening_a_column_is_a_task_of_the_body_directed():
    text = ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 205-KH/TU ngày 3/6/2025 về xây dựng Đảng. Theo Kế hoạch, Ban "
            "Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí trong tỉnh mở chuyên mục về xây dựng Đảng.\n")
    assert ("Các cơ quan báo chí trong tỉnh", "lead") in {(a.body, a.role) for a in extract(text).assignments}


def test_near_miss_mo_hinh_is_no_opening():
    # 'mô hình' folds as 'mở': only 'mở' with what it opens is a verb
    text = ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 205-KH/TU ngày 3/6/2025 về xây dựng Đảng. Theo Kế hoạch, các cơ "
            "quan báo chí trong tỉnh mô hình hóa các chuyên mục.\n")
    assert not any(a.body == "Các cơ quan báo chí trong tỉnh" for a in extract(text).assignments)


_PLAN2 = "Đảng ủy xã ban hành Kế hoạch số 08-KH/ĐU ngày 4/8/2025 về hỗ trợ hộ kinh doanh. Theo Kế hoạch, "


def test_a_lead_that_then_works_with_partners_after_a_comma_coordinates_with_them():
    text = _PLAN2 + ("Phòng Kinh tế xã chủ trì hướng dẫn hộ kinh doanh chuyển đổi, phối hợp với Trung tâm Phục vụ hành "
                     "chính công xã rút ngắn thời gian giải quyết hồ sơ.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert rows == {("Phòng Kinh tế xã", "lead"), ("Phòng Kinh tế xã", "coordinate"),
                    ("Trung tâm Phục vụ hành chính công xã", "coordinate")}


def test_near_miss_partners_of_the_lead_chain_itself_give_the_lead_no_coordinate_row():
    text = _PLAN2 + ("Phòng Kinh tế xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã rút ngắn thời gian giải "
                     "quyết hồ sơ.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert rows == {("Phòng Kinh tế xã", "lead"), ("Trung tâm Phục vụ hành chính công xã", "coordinate")}


def test_a_movement_the_body_steps_up_before_its_partners_is_no_body_directed():
    # 'phong trào' folds as the head word of a department ('Phòng'): the words after the verb are a task, so the partners
    # after the comma work with the body itself
    text = _PLAN2 + ("Các cấp Hội Nông dân tiếp tục đẩy mạnh phong trào thi đua sản xuất giỏi, phối hợp với Ngân hàng "
                     "Chính sách xã hội huyện quản lý tốt nguồn vốn ủy thác.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert rows == {("Các cấp Hội Nông dân", "participate"), ("Các cấp Hội Nông dân", "coordinate"),
                    ("Ngân hàng Chính sách xã hội huyện", "coordinate")}


def test_near_miss_partners_after_a_body_directed_are_that_bodys():
    text = _PLAN2 + ("Đảng ủy xã chỉ đạo Phòng Kinh tế xã rà soát hộ kinh doanh, phối hợp với Công an xã kiểm tra giấy phép.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert ("Đảng ủy xã", "coordinate") not in rows
    assert ("Phòng Kinh tế xã", "coordinate") in rows


def test_a_partner_of_a_second_task_after_a_comma_coordinates_too():
    text = _PLAN2 + ("Đề nghị Hội Nông dân xã phối hợp với Đoàn Thanh niên xã hướng dẫn hộ kinh doanh, phối hợp với Công an "
                     "xã rà soát các hộ chưa đăng ký.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert rows == {("Hội Nông dân xã", "coordinate"), ("Đoàn Thanh niên xã", "coordinate"), ("Công an xã", "coordinate")}


def test_near_miss_a_second_partner_with_no_verbs_of_its_own_gives_no_row():
    text = _PLAN2 + ("Đề nghị Hội Nông dân xã phối hợp với Đoàn Thanh niên xã hướng dẫn hộ kinh doanh, phối hợp với Công an "
                     "xã.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert ("Công an xã", "coordinate") not in rows


def test_a_body_that_takes_part_then_works_with_partners_after_a_comma_coordinates_with_them():
    # (kg.extract.assignment_clauses.partners_later: the first task is the body's own part, cut at the comma)
    text = _PLAN2 + ("Đề nghị Hội Cựu chiến binh xã tiếp tục tuyên truyền, vận động hội viên, phối hợp với Ngân hàng Chính sách "
                     "xã hội huyện quản lý tốt nguồn vốn vay.\n")
    rows = {(a.body, a.role, a.task) for a in extract(text).assignments}
    assert rows == {("Hội Cựu chiến binh xã", "participate", "tiếp tục tuyên truyền, vận động hội viên"),
                    ("Hội Cựu chiến binh xã", "coordinate", "quản lý tốt nguồn vốn vay"),
                    ("Ngân hàng Chính sách xã hội huyện", "coordinate", "quản lý tốt nguồn vốn vay")}


def test_near_miss_a_partner_named_with_no_work_after_it_gives_no_row():
    text = _PLAN2 + ("Đề nghị Hội Cựu chiến binh xã tiếp tục tuyên truyền, vận động hội viên, phối hợp với Ngân hàng Chính sách "
                     "xã hội huyện.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert rows == {("Hội Cựu chiến binh xã", "participate")}


def test_near_miss_partners_of_a_body_directed_are_not_the_director_s():
    text = _PLAN2 + ("Đảng ủy xã lãnh đạo UBND xã chủ trì, phối hợp với Công an xã rà soát các hộ kinh doanh. Đảng ủy xã "
                     "chỉ đạo các thôn tuyên truyền đến hộ kinh doanh, phối hợp với Đoàn Thanh niên xã treo băng rôn.\n")
    rows = {(a.body, a.role) for a in extract(text).assignments}
    assert ("Đảng ủy xã", "coordinate") not in rows
    assert {("Đảng ủy xã", "lead"), ("UBND xã", "lead"), ("Công an xã", "coordinate")} <= rows


def test_a_council_handing_its_resolution_to_the_committee_that_directs_bodies_gives_each_one_row():
    # point (ae): the committee leads, the bodies it directs take part, with or without the document named after the
    # verbs; the council's hand-over is read once, not again from 'chỉ đạo' as a directive of its own
    text = ("HĐND tỉnh thông qua Nghị quyết số 21/2026/NQ-HĐND về hỗ trợ học sinh bán trú.\n"
            "HĐND tỉnh giao UBND tỉnh chỉ đạo các sở, ngành và UBND các xã tổ chức thực hiện; Thường trực HĐND tỉnh giám sát "
            "việc thực hiện Nghị quyết.\n")
    assert assignment_rows(text) == {("UBND tỉnh", "lead"), ("Các sở, ngành", "participate"),
                                     ("UBND các xã", "participate"), ("Thường trực HĐND tỉnh", "monitor")}
    # near miss: a task of their own after the directing verb stays theirs to lead
    text = text.replace("tổ chức thực hiện;", "rà soát danh sách học sinh;")
    assert ("Các sở, ngành", "lead") in assignment_rows(text)
