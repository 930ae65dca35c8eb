"""Where a body's name ends (kg.extract.bodies.extend_name): over the proper name after it, not into a document's type
written after it ('Ban Chỉ đạo Đề án 06'); and the generic heads of a state enterprise's boards (kg.extract.bodies). Texts
are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.bodies import extend_name


def _name(text: str, head: str) -> str:
    end = text.index(head) + len(head)
    return text[:extend_name(text, end)]


def test_a_proper_name_after_the_body_is_part_of_it():
    assert _name("Huyện ủy Ninh Phước họp", "Huyện ủy") == "Huyện ủy Ninh Phước"
    # near miss: capitalised words that are not a document's type ('Quy Nhơn', 'Kế Sách') stay in the name
    assert _name("Thành ủy Quy Nhơn họp", "Thành ủy") == "Thành ủy Quy Nhơn"
    assert _name("Huyện ủy Kế Sách họp", "Huyện ủy") == "Huyện ủy Kế Sách"


def test_a_document_type_after_the_body_is_no_part_of_it():
    assert _name("Ban Chỉ đạo Đề án 06 tỉnh họp", "Ban Chỉ đạo") == "Ban Chỉ đạo"
    assert _name("Ban Chỉ đạo Chương trình mục tiêu quốc gia", "Ban Chỉ đạo") == "Ban Chỉ đạo"
    assert _name("Ban Chỉ đạo Tỉnh Kế hoạch 12", "Ban Chỉ đạo") == "Ban Chỉ đạo Tỉnh"


def _rows(text: str) -> set[tuple[str, str]]:
    from extract_helpers import assignment_rows
    return assignment_rows("Kế hoạch số 45-KH/ĐU của Đảng ủy Tập đoàn thực hiện Nghị quyết số 70-NQ/TW.\n\n" + text)


def test_a_state_owned_group_s_boards_and_units_are_bodies():
    got = _rows("Hội đồng thành viên Tập đoàn chỉ đạo Ban Tổng giám đốc hoàn thành thủ tục đầu tư. Ủy ban Kiểm tra "
                "Đảng ủy Tập đoàn đưa việc thực hiện Kế hoạch vào chương trình kiểm tra năm 2026.\n")
    assert {("Hội đồng thành viên Tập đoàn", "lead"), ("Ủy ban Kiểm tra Đảng ủy Tập đoàn", "monitor")} <= got


def test_schools_and_faculties_are_bodies_but_sciences_are_not():
    got = _rows("Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục phổ thông rà soát đội ngũ giáo viên. Phòng Đào tạo chủ "
                "trì, phối hợp với các khoa chuyên môn cập nhật chương trình.\n")
    assert {("Các cơ sở giáo dục phổ thông", "lead"), ("Các khoa chuyên môn", "coordinate")} <= got
    # near miss: 'các khoa học' is a field, no faculty
    got = _rows("Phòng Đào tạo chủ trì, phối hợp với các khoa học xã hội cập nhật chương trình.\n")
    assert not any(body.startswith("Các khoa") for body, _ in got)


def test_a_group_s_member_units_are_a_body():
    got = _rows("Ban Tổng giám đốc chỉ đạo các đơn vị thành viên hoàn thành chuyển đổi hạ tầng mạng lõi trong năm 2026.\n")
    assert {("Ban Tổng giám đốc", "lead"), ("Các đơn vị thành viên", "lead")} <= got
    # near miss: a count of the group's units is no body given a task
    got = _rows("Tập đoàn có 14 đơn vị thành viên hoạt động tại 34 tỉnh, thành phố.\n")
    assert not any("thành viên" in body for body, _ in got)


_ENTERPRISE = ("Kế hoạch số 40-KH/ĐU.\n\nKế hoạch giao Hội đồng thành viên Tổng công ty chỉ đạo Ban Quản lý dự án hoàn thành "
               "thủ tục đầu tư trong năm 2026. Ủy ban Kiểm tra Đảng ủy Tổng công ty đưa việc thực hiện Kế hoạch vào chương "
               "trình kiểm tra năm 2026.\n")


def test_a_state_enterprise_s_boards_are_bodies():
    rows = {(a.body, a.role) for a in extract(_ENTERPRISE).assignments}
    assert ("Hội đồng thành viên Tổng công ty", "lead") in rows
    assert ("Ủy ban Kiểm tra Đảng ủy Tổng công ty", "monitor") in rows


def test_near_miss_a_company_closing_a_phrase_is_no_body():
    text = "Kế hoạch số 40-KH/ĐU.\n\nĐảng ủy giao Ban Tuyên giáo tuyên truyền đến người lao động của công ty.\n"
    assert {a.body for a in extract(text).assignments} == {"Ban Tuyên giáo"}


def test_the_council_s_boards_named_bare_before_its_delegations_are_bodies():
    from extract_helpers import assignment_rows
    rows = assignment_rows("Giao UBND xã tổ chức thực hiện Nghị quyết. Thường trực HĐND, các Ban, các Tổ đại biểu và đại "
                           "biểu HĐND xã giám sát việc thực hiện Nghị quyết.")
    assert {body for body, role in rows if role == "monitor"} == {"Thường trực HĐND", "Các Ban", "Các Tổ đại biểu",
                                                                 "Đại biểu HĐND xã"}


def test_the_council_s_boards_named_bare_before_its_deputies_are_bodies():
    from extract_helpers import assignment_rows
    rows = assignment_rows("Giao UBND tỉnh tổ chức thực hiện Nghị quyết; Thường trực HĐND tỉnh, các Ban và đại biểu HĐND "
                           "tỉnh giám sát việc thực hiện.")
    assert {body for body, role in rows if role == "monitor"} == {"Thường trực HĐND tỉnh", "Các Ban", "Đại biểu HĐND tỉnh"}


def test_near_miss_bare_boards_before_deputies_of_a_conference_are_no_body():
    from extract_helpers import assignment_rows
    rows = assignment_rows("Giao UBND tỉnh tổ chức thực hiện Nghị quyết; các ban và đại biểu dự hội nghị thảo luận kỹ.")
    assert not any(body == "Các Ban" for body, _ in rows)


def test_near_miss_bare_boards_not_before_the_delegations_are_no_body():
    from extract_helpers import assignment_rows
    rows = assignment_rows("Đảng ủy xã giao Văn phòng Đảng ủy phối hợp với các ban, ngành theo dõi việc thực hiện.")
    assert not any(body == "Các Ban" for body, _ in rows)


_MEETING = ("Sáng 11/3, Ban Thường vụ Tỉnh ủy làm việc với Ban cán sự đảng UBND tỉnh về thực hiện Nghị quyết số "
            "57-NQ/TW.\n\n")


def test_a_request_to_a_level_above_the_asker_gives_no_task():
    from extract_helpers import assignment_rows
    assert assignment_rows(_MEETING + "Huyện đề nghị UBND tỉnh bố trí thêm kinh phí cho huyện.") == set()
    assert assignment_rows(_MEETING + "UBND huyện kiến nghị UBND tỉnh sớm phân bổ vốn cho các dự án.") == set()
    # the asker goes on over a semicolon: 'tỉnh kiến nghị Trung ương ...; đề nghị Bộ Tài chính ...'
    assert assignment_rows(_MEETING + "Tỉnh kiến nghị Trung ương sớm ban hành hướng dẫn; đề nghị Bộ Tài chính bố trí "
                                      "vốn cho các dự án trọng điểm.") == set()


def test_near_miss_a_request_downward_or_sideways_or_with_no_asker_is_a_task():
    from extract_helpers import assignment_rows
    assert assignment_rows(_MEETING + "Thứ trưởng Bộ Tài chính đề nghị UBND tỉnh đẩy nhanh giải ngân.") == {
        ("UBND tỉnh", "lead")}
    assert assignment_rows(_MEETING + "Đồng chí Bí thư Tỉnh ủy đề nghị Sở Tài chính bố trí kinh phí cho các xã.") == {
        ("Sở Tài chính", "lead")}
    assert assignment_rows(_MEETING + "Huyện đã hoàn thành 12 công trình; đề nghị UBND các xã đẩy nhanh giải ngân.") == {
        ("UBND các xã", "lead")}
    # a body whose name gives no level ('quản' folds as 'quận' does) says nothing of the asker's
    assert ("Bộ Tài chính", "lead") in assignment_rows(_MEETING + "Lãnh đạo Hội đồng quản trị đề nghị Bộ Tài chính chủ "
                                                                  "trì nghiên cứu cơ chế bảo đảm nguồn vốn.")


def test_the_centre_written_short_is_central_and_a_word_tu_of_a_name_is_not():
    from kg.extract.bodies import issuer_info
    assert issuer_info("Ban Bí thư TƯ")[1] == "central"
    # near miss: 'Tư' of 'Tư pháp' and 'tư' of 'Đầu tư' say nothing of the Centre
    assert issuer_info("Sở Tư pháp")[1] != "central"
    assert issuer_info("Sở Kế hoạch và Đầu tư")[1] != "central"
    from extract_helpers import assignment_rows
    assert ("Sở Tư pháp", "coordinate") in assignment_rows(
        _MEETING + "Ban Thường vụ Hội Nông dân tỉnh đề nghị Sở Tư pháp phối hợp cử báo cáo viên.")


def test_the_social_insurance_office_and_the_military_command_written_short_are_bodies():
    from extract_helpers import assignment_rows
    rows = assignment_rows(_MEETING + "Đồng chí Phó Giám đốc đề nghị BHXH cơ sở Bình Minh phối hợp với UBND các xã rà soát "
                                      "lao động; Ban CHQS các xã làm tốt công tác tư tưởng.")
    assert {("BHXH cơ sở Bình Minh", "coordinate"), ("UBND các xã", "coordinate")} <= rows
    assert any(body.startswith("Ban CHQS các xã") for body, _ in rows)
    # near miss: the insurance itself ('tham gia BHXH tự nguyện') is no body
    rows = assignment_rows(_MEETING + "Đề nghị UBND các xã vận động người dân tham gia BHXH tự nguyện.")
    assert {body for body, _ in rows} == {"UBND các xã"}


def test_the_commanders_named_beside_their_committees_and_the_competent_agencies_are_bodies():
    from extract_helpers import assignment_rows
    rows = assignment_rows(_MEETING + "Đồng chí Chính ủy yêu cầu cấp ủy, chỉ huy các cơ quan, đơn vị tiếp tục quán triệt "
                                      "Nghị quyết; Phòng Hậu cần - Kỹ thuật chủ trì, phối hợp với cơ quan chức năng của "
                                      "tỉnh lập dự án cải tạo doanh trại.")
    assert {("Chỉ huy các cơ quan, đơn vị", "participate"), ("Phòng Hậu cần - Kỹ thuật", "lead"),
            ("Cơ quan chức năng của tỉnh", "coordinate")} <= rows
    # near miss: a word that ends a name before no dash still ends it ('Ngân hàng ... cần ...' is no 'Hậu cần')
    rows = assignment_rows(_MEETING + "Phòng Tổ chức cần phối hợp với Sở Nội vụ rà soát biên chế.")
    assert ("Phòng Tổ chức", "coordinate") in rows



def test_a_commune_s_civil_servants_sections_and_tax_office_are_bodies():
    got = _rows("Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Trường Tiểu học Hòa Bình lập hồ sơ công nhận trường "
                "chuẩn. Bộ phận tài chính - kế toán xã phối hợp với Thuế cơ sở 4 đôn đốc hộ kinh doanh nộp thuế.\n")
    assert {("Công chức Văn hóa - Xã hội", "lead"), ("Trường Tiểu học Hòa Bình", "coordinate"),
            ("Bộ phận tài chính - kế toán xã", "coordinate"), ("Thuế cơ sở 4", "coordinate")} <= got
    # near miss: 'một bộ phận cán bộ' is a share of the cadres, and a section of no named kind is no body
    got = _rows("Một bộ phận cán bộ còn ngại khó. Bộ phận kỹ thuật tuyên truyền đến học sinh.\n")
    assert not any("bộ phận" in body.lower() for body, _ in got)


def test_an_inspection_unit_keeps_its_number_and_a_zone_s_union_its_zones():
    got = _rows("Phòng Kiểm tra số 3 theo dõi, đôn đốc việc thực hiện Kế hoạch. Công đoàn các khu công nghiệp giám sát việc "
                "thực hiện chế độ cho người lao động.\n")
    assert {("Phòng Kiểm tra số 3", "monitor"), ("Công đoàn các khu công nghiệp", "monitor")} <= got


def test_the_schools_are_partners_but_the_cases_are_not():
    got = _rows("UBND xã chủ trì, phối hợp với các trường rà soát cơ sở vật chất.\n")
    assert {("UBND xã", "lead"), ("Các trường", "coordinate")} <= got
    # near misses: 'các trường hợp' are cases, 'các trưởng thôn' the villages' heads
    got = _rows("UBND xã chủ trì, phối hợp với các trường hợp vi phạm được xử lý nghiêm. UBND xã chủ trì, phối hợp với các "
                "trưởng thôn rà soát hộ nghèo.\n")
    assert not any(body.lower() in ("các trường", "các trưởng") for body, _ in got)


def test_a_central_commission_named_by_its_head_with_the_level_after_it():
    bodies = {a.body for a in extract("Nghị quyết số 71-NQ/TW yêu cầu Ban Tuyên giáo và Dân vận Trung ương chủ trì tuyên "
                                      "truyền về đổi mới giáo dục.").assignments}
    assert "Ban Tuyên giáo và Dân vận Trung ương" in bodies


def test_near_miss_the_level_after_another_body_is_not_taken_into_its_name():
    # (the provincial commission keeps its own name: the level word is read only where it follows the head)
    bodies = {a.body for a in extract("Nghị quyết số 71-NQ/TW yêu cầu Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên "
                                      "truyền về đổi mới giáo dục.").assignments}
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in bodies


def test_units_named_by_what_they_hold_are_bodies():
    got = _rows("Kế hoạch yêu cầu UBND huyện bố trí kinh phí; các đảng ủy xã có rừng chỉ đạo 100% thôn, bản ký cam kết "
                "không đốt nương trong mùa khô.\n")
    assert ("Các đảng ủy xã có rừng", "lead") in got
    # near miss: 'có trách nhiệm' is the verb of the body before it, no part of its name
    got = _rows("UBND các xã có trách nhiệm rà soát diện tích rừng trồng mới.\n")
    assert ("UBND các xã", "lead") in got and not any("trách nhiệm" in body for body, _ in got)


def test_the_remaining_units_and_the_merged_ones_are_bodies():
    got = _rows("Đảng ủy giao UBND xã chỉ đạo các thôn còn lại hoàn thành kiện toàn tổ công nghệ số trong quý IV. UBND các "
                "xã, phường sau sắp xếp kiện toàn ngay các tổ tự quản đường biên.\n")
    assert {("Các thôn còn lại", "lead"), ("UBND các xã, phường sau sắp xếp", "lead")} <= got
    # near miss: the goals that remain are no body
    got = _rows("Đảng ủy yêu cầu UBND xã tập trung hoàn thành các chỉ tiêu còn lại trong quý IV.\n")
    assert not any("còn lại" in body for body, _ in got)


@pytest.mark.parametrize("text, row", [
    # the provinces' party committees named one by one are one body
    pytest.param("Các tỉnh ủy, thành ủy trực thuộc Trung ương xây dựng chương trình hành động thực hiện Nghị quyết.\n",
                 ("Các tỉnh ủy, thành ủy trực thuộc Trung ương", "lead"), id="provinces-committees-one-by-one"),
    # the communes of a project's area are a body; near miss: the area as a place after the task is no part of it
    pytest.param("Kế hoạch giao UBND các xã trong vùng Đề án rà soát quỹ đất, vận động Nhân dân tham gia liên kết.\n",
                 ("UBND các xã trong vùng Đề án", "lead"), id="communes-of-a-project-area"),
    pytest.param("Kế hoạch giao UBND các xã rà soát quỹ đất trong vùng Đề án.\n", ("UBND các xã", "lead"),
                 id="area-after-the-task"),
    # an inspection commission's unit of an area is a body; near miss: the area named after the verb is the place watched
    pytest.param("Giao Phòng Kiểm tra, giám sát địa bàn số 2 theo dõi, đôn đốc việc thực hiện Kế hoạch.\n",
                 ("Phòng Kiểm tra, giám sát địa bàn số 2", "monitor"), id="inspection-unit-of-an-area"),
    pytest.param("Giao Phòng Kiểm tra số 2 theo dõi địa bàn số 3.\n", ("Phòng Kiểm tra số 2", "monitor"),
                 id="area-after-the-verb"),
    # a state regional office keeps its number; near miss: a count after the region is no part of the name
    pytest.param("Sở Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước khu vực 5 tháo gỡ khó khăn về vốn.\n",
                 ("Ngân hàng Nhà nước khu vực 5", "coordinate"), id="regional-office-number"),
    pytest.param("Sở Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước khu vực hỗ trợ 15 hợp tác xã.\n",
                 ("Ngân hàng Nhà nước khu vực", "coordinate"), id="count-after-the-region"),
])
def test_a_body_named_with_its_area_or_number(text, row):
    assert row in _rows(text)
