"""The recommendations section of a supervision report or a review (kg.extract.recommendations, read by
kg.extract.assignments): a numbered line 'Đối với <body>' under a 'KIẾN NGHỊ' heading addresses its tasks to the body,
on the next lines or after its colon; the same line outside such a section, or naming no body, addresses no one.
Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.recommendations import recommendation_sections
from kg.extract.text import prepare

_HEAD = ("HĐND TỈNH QUẢNG TRỊ\nĐOÀN GIÁM SÁT\nSố: 45/BC-ĐGS\nQuảng Trị, ngày 10 tháng 11 năm 2025\n\nBÁO CÁO\n"
         "Kết quả giám sát việc thực hiện Nghị quyết số 08/2022/NQ-HĐND về hỗ trợ phát triển chăn nuôi\n\n"
         "I. KẾT QUẢ GIÁM SÁT\nSau 3 năm, toàn tỉnh đã hỗ trợ 120 hộ chăn nuôi.\n\n")
_LINES = ("1. Đối với UBND tỉnh\nChỉ đạo Sở Tài chính bố trí đủ kinh phí hỗ trợ còn lại trong năm 2026.\n"
          "2. Đối với UBND các xã: rà soát danh sách hộ đủ điều kiện hưởng hỗ trợ; thu hồi kinh phí sử dụng sai mục "
          "đích.\n")


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(a.body, a.role, a.document) for a in extract(text).assignments}


def test_a_body_addressed_under_the_recommendations_heading_is_given_its_tasks():
    rows = _rows(_HEAD + "II. KIẾN NGHỊ\n" + _LINES)
    assert ("UBND tỉnh", "lead", "45/BC-ĐGS") in rows          # the line under the heading line
    assert ("Sở Tài chính", "lead", "45/BC-ĐGS") in rows       # the body it is asked to direct
    assert ("UBND các xã", "lead", "45/BC-ĐGS") in rows        # the tasks after the colon


def test_the_heading_in_two_words_and_lower_case():
    rows = _rows(_HEAD + "III. Đề xuất, kiến nghị\n" + _LINES)
    assert ("UBND tỉnh", "lead", "45/BC-ĐGS") in rows and ("UBND các xã", "lead", "45/BC-ĐGS") in rows


def test_near_miss_the_same_lines_under_another_heading_address_no_one():
    # a review's part on what bodies did is no request: 'Đối với UBND tỉnh' there only sorts the findings
    rows = _rows(_HEAD + "II. KẾT QUẢ CỦA CÁC CƠ QUAN\n" + _LINES)
    assert ("UBND tỉnh", "lead", "45/BC-ĐGS") not in rows
    assert ("UBND các xã", "lead", "45/BC-ĐGS") not in rows


def test_near_miss_a_line_on_a_field_names_no_body():
    rows = _rows(_HEAD + "II. KIẾN NGHỊ\n1. Đối với lĩnh vực thú y\nCần tăng cường công tác tiêm phòng.\n")
    assert not rows


def test_near_miss_the_section_ends_at_the_next_part():
    text = _HEAD + "II. KIẾN NGHỊ\n1. Đối với UBND tỉnh: bố trí kinh phí.\nIII. KẾT LUẬN\n2. Đối với UBND các xã\n"
    p = prepare(text)
    inside = recommendation_sections(p.text, p.folded)
    assert inside(text.index("1. Đối với")) and not inside(text.index("2. Đối với"))
    assert not inside(text.index("I. KẾT QUẢ"))


def test_near_miss_a_text_without_recommendations_has_no_section():
    p = prepare(_HEAD + _LINES)
    inside = recommendation_sections(p.text, p.folded)
    assert not any(inside(i) for i in range(0, len(p.text), 7))


def test_a_supervision_s_kien_nghi_asks_as_de_nghi():
    rows = _rows("Qua đợt giám sát chuyên đề, Ban Kinh tế - Ngân sách HĐND tỉnh kiến nghị UBND tỉnh chỉ đạo Sở Công Thương "
                 "chủ trì, phối hợp với UBND các xã kiểm tra các chợ nông thôn xuống cấp.")
    assert {(b, r) for b, r, _ in rows} == {("UBND tỉnh", "lead"), ("Sở Công Thương", "lead"), ("UBND các xã", "coordinate")}


def test_a_line_opening_on_kien_nghi_asks_the_bodies_named():
    rows = _rows(_HEAD + "II. ĐỀ XUẤT\nKiến nghị UBND tỉnh chỉ đạo Sở Y tế rà soát đội ngũ y tế cơ sở.\n")
    assert ("UBND tỉnh", "lead", "45/BC-ĐGS") in rows and ("Sở Y tế", "lead", "45/BC-ĐGS") in rows


def test_near_miss_voters_petitions_and_a_request_to_the_centre_ask_no_body():
    assert not _rows("Tại buổi tiếp xúc, cử tri kiến nghị UBND tỉnh sớm sửa chữa tuyến đường liên xã.")
    assert not _rows("Đoàn giám sát kiến nghị với Trung ương sớm sửa đổi Nghị định số 56/2017/NĐ-CP.")
    assert not _rows("Sở Y tế đã tổng hợp các kiến nghị của cử tri gửi UBND tỉnh.")
