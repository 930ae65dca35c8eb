"""The issuer an official text's heading names in capitals above its number (kg.extract.document_headings.heading_issuer,
used by kg.extract.document_info): a commune's or ward's body with its unit, on one line or over two, or a department
under its province's committee (kg.extract.bodies.department_named); with near misses.
Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract


def _own(text: str):
    return extract(text).documents[0]


@pytest.mark.parametrize("heading, issuer", [
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 31/KH-UBND", "UBND xã Tân Lập"),
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐẢNG ỦY PHƯỜNG ĐỨC TRỌNG\n*\nSố 7-KH/ĐU", "Đảng ủy phường Đức Trọng"),
    ("HỘI ĐỒNG NHÂN DÂN\nTHỊ TRẤN PHÚ MỸ\nSố: 5/NQ-HĐND", "HĐND thị trấn Phú Mỹ"),
])
def test_the_heading_names_the_issuer_and_its_unit(heading, issuer):
    doc = _own(heading + "\n\nKẾ HOẠCH\nTriển khai công tác y tế cơ sở năm 2026\n\nTrạm Y tế tổ chức tiêm chủng.\n")
    assert doc.issuer == issuer
    assert doc.level == "commune"


def test_near_miss_the_issuer_named_in_words_wins():
    text = "Số 9-KH/ĐU ngày 2/3/2026 của Đảng ủy xã Tân Lập về y tế cơ sở\n\nTrạm Y tế xã tổ chức tiêm chủng.\n"
    assert _own(text).issuer == "Đảng ủy xã Tân Lập"


def test_near_miss_a_unit_line_with_no_body_above_names_no_issuer():
    # near miss: a line of the unit alone under no body's name (a place line) gives no issuer
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN LẬP\nSố: 31/KH-UBND\n\nTrạm Y tế tổ chức tiêm chủng.\n"
    assert _own(text).issuer is None


def test_near_miss_a_heading_in_sentence_case_is_no_heading():
    text = "Ủy ban nhân dân\nxã Tân Lập chủ trì\nSố: 31/KH-UBND\n\nTrạm Y tế tổ chức tiêm chủng.\n"
    assert _own(text).issuer is None


def test_a_heading_in_two_columns_is_read_up_to_the_gap():
    text = ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN LẬP          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 31/KH-UBND\n\nTrạm Y tế tổ chức tiêm chủng.\n")
    assert _own(text).issuer == "UBND xã Tân Lập"


def test_near_miss_a_unit_with_no_name_before_the_gap_names_no_issuer():
    # near miss: the unit's name on the next line ('HUYỆN' ends the first column) is not read across the gap
    text = "ỦY BAN NHÂN DÂN HUYỆN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 31/KH-UBND\n\nTrạm Y tế tổ chức tiêm chủng.\n"
    assert _own(text).issuer is None


@pytest.mark.parametrize("heading, issuer", [
    ("UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\nSố: 88/BC-SYT", "Sở Y tế tỉnh Quảng Trị"),
    ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 140/BC-SKHĐT", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSỞ TƯ PHÁP\nSố: 9/BC-STP", "Sở Tư pháp thành phố Hải Phòng"),
    ("SỞ Y TẾ\nSố: 88/BC-SYT", "Sở Y tế"),                                  # no committee's line above it
])
def test_a_department_under_its_province_s_committee_is_the_issuer(heading, issuer):
    assert _own(heading + "\n\nBÁO CÁO\nKết quả công tác quý I năm 2026\n\nSở đã hoàn thành các nhiệm vụ.\n").issuer == issuer


@pytest.mark.parametrize("heading", [
    "UBND TỈNH QUẢNG TRỊ\nSỞ\nSố: 88/BC-SYT",                  # the bare word names no department
    "UBND TỈNH QUẢNG TRỊ\nSở Y tế chủ trì\nSố: 88/BC-SYT",     # a line in sentence case is no heading
])
def test_near_miss_no_department_no_issuer_from_the_heading(heading):
    assert _own(heading + "\n\nBÁO CÁO\nKết quả công tác quý I năm 2026\n\nCác đơn vị đã hoàn thành nhiệm vụ.\n").issuer is None
