"""Where the issuer read after 'của' / 'do' ends (kg.extract.document_mentions, MentionReader._issuer_at): not on the
clause that follows its name ('và được ...', 'do <body> tổ chức', 'theo hướng ...'), the act done with the document
('ký', 'chỉ định ...') or 'trước đây'; each with a near miss where the words belong to the name. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract


def _issuer(text: str, key: str) -> str | None:
    return next(d.issuer for d in extract(text).documents if d.key == key)


@pytest.mark.parametrize("text", [
    "Chỉ thị này thay thế Chỉ thị số 04-CT/HU ngày 2/3/2020 của Ban Thường vụ Huyện ủy và được phổ biến đến chi bộ.",
    "Đảng ủy dự Hội nghị quán triệt Chỉ thị số 04-CT/HU của Ban Thường vụ Huyện ủy do Ban Tuyên giáo tổ chức.",
    "Huyện kiến nghị sửa đổi Chỉ thị số 04-CT/HU của Ban Thường vụ Huyện ủy theo hướng giao thêm quyền cho xã.",
    "Đại hội công bố Chỉ thị số 04-CT/HU ngày 2/3/2020 của Ban Thường vụ Huyện ủy chỉ định 15 đồng chí.",
    "Thực hiện Chỉ thị số 04-CT/HU của Ban Thường vụ Huyện ủy trước đây về phòng, chống ma túy, xã đã xóa 3 tụ điểm.",
])
def test_the_issuer_ends_before_the_next_clause(text):
    assert _issuer(text, "04-CT/HU") == "Ban Thường vụ Huyện ủy"


def test_a_plan_signed_by_the_chair_is_issued_by_the_chair():
    text = "Kế hoạch số 50/KH-UBND do Chủ tịch UBND huyện ký ban hành ngày 3/4/2024 nhằm phát triển nông nghiệp."
    assert _issuer(text, "50/KH-UBND") == "Chủ tịch UBND huyện"


def test_near_miss_words_of_the_name_stay():
    # 'và' before a capital goes on with the name; 'Thư ký' is a title, not the signing
    text = "Thực hiện Kế hoạch số 12/KH-SKHĐT của Sở Kế hoạch và Đầu tư về thu hút đầu tư, huyện đã rà soát 12 dự án."
    assert _issuer(text, "12/KH-SKHĐT") == "Sở Kế hoạch và Đầu tư"
    text = "Thực hiện Thông báo số 15/TB-TTKQH ngày 3/3/2025 của Tổng Thư ký Quốc hội về kỳ họp, tỉnh đã rà soát 12 dự án."
    assert _issuer(text, "15/TB-TTKQH") == "Tổng Thư ký Quốc hội"
    # 'đô' of 'đô thị' folds as 'do' does
    text = "Xã triển khai Kế hoạch số 12/KH-QLĐT ngày 3/3/2025 của Phòng Quản lý đô thị huyện về trật tự xây dựng."
    assert _issuer(text, "12/KH-QLĐT") == "Phòng Quản lý đô thị huyện"


def test_the_issuer_ends_before_the_document_that_carries_its_document_out():
    from extract_helpers import link_rows
    text = "Huyện ủy đã cụ thể hóa Kế hoạch số 15-KH/TU của Tỉnh ủy bằng Kế hoạch số 22-KH/HU ngày 3/4/2025."
    assert _issuer(text, "15-KH/TU") == "Tỉnh ủy"
    assert ("22-KH/HU", "implements", "15-KH/TU") in link_rows(text)


def test_near_miss_bang_of_a_place_s_name_stays_in_the_issuer():
    text = "Thực hiện Kế hoạch số 15/KH-UBND của UBND tỉnh Cao Bằng về du lịch, huyện đã mở 12 lớp học."
    assert _issuer(text, "15/KH-UBND") == "UBND tỉnh Cao Bằng"


def test_the_issuer_ends_before_what_the_document_says():
    # 'là' opens the figure the document set, in a bracket of a report ('dự toán theo Nghị quyết ... là ...')
    text = ("Thu ngân sách ước đạt 9.120 tỷ đồng, bằng 91,2% dự toán (dự toán theo Nghị quyết số 41/NQ-HĐND ngày 8/12/2025 "
            "của HĐND tỉnh là 10.000 tỷ đồng).")
    assert _issuer(text, "41/NQ-HĐND") == "HĐND tỉnh"
    # in other words: a plan's figure given after its issuer
    text = "Mức vốn giao tại Quyết định số 77/QĐ-UBND của UBND huyện là 45 tỷ đồng, đến nay đã giải ngân 30 tỷ đồng."
    assert _issuer(text, "77/QĐ-UBND") == "UBND huyện"


def test_near_miss_la_of_a_province_stays():
    # 'Sơn La' folds to the same letters as '... là': the word written without its mark is the province's
    text = "Thực hiện Kế hoạch số 15-KH/UBND ngày 3/2/2025 của UBND tỉnh Sơn La về chuyển đổi số, huyện đã lập 4 tổ."
    assert _issuer(text, "15-KH/UBND") == "UBND tỉnh Sơn La"
