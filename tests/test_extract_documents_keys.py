"""One key per document (kg.extract.documents, kg.extract.unnumbered): a symbol printed two ways in one text,
and a project named by the number of the decision that approved it. Short texts of our own."""
from __future__ import annotations

import pytest

from kg.extract import extract


def keys(text: str) -> set[str]:
    return {d.key for d in extract(text + "\n").documents}


@pytest.mark.parametrize("text, want", [
    pytest.param("Thông báo số 27-TB/BCĐ35 ngày 3/4/2024 của Ban Chỉ đạo. Thực hiện Thông báo số 27-TB/BCĐ, các xã "
                 "rà soát hồ sơ.", {"27-TB/BCĐ35"}, id="issuer-with-and-without-its-number"),
    pytest.param("Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh. Thực hiện Kế hoạch số 45/KH-UBND-VX, các xã "
                 "rà soát hồ sơ.", {"45/KH-UBND"}, id="with-and-without-a-unit"),
    pytest.param("Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng. Thực hiện Quyết định số 6/QĐ-TTg, các xã "
                 "rà soát hồ sơ.", {"06/QĐ-TTg"}, id="with-and-without-a-leading-zero"),
    # near misses: another issuer, another year, another date, or a third printing are other documents
    pytest.param("Thông báo số 27-TB/VPTU ngày 3/4/2024. Thực hiện Thông báo số 27-TB/BCĐ, các xã rà soát.",
                 {"27-TB/VPTU", "27-TB/BCĐ"}, id="near-miss-another-issuer"),
    pytest.param("Nghị quyết số 15/2023/NQ-HĐND của HĐND tỉnh và Nghị quyết số 15/2024/NQ-HĐND của HĐND tỉnh.",
                 {"15/2023/NQ-HĐND", "15/2024/NQ-HĐND"}, id="near-miss-another-year"),
    pytest.param("Kế hoạch số 45/KH-UBND ngày 12/3/2024 và Kế hoạch số 45/KH-UBND-VX ngày 1/4/2024 của UBND tỉnh.",
                 {"45/KH-UBND", "45/KH-UBND-VX"}, id="near-miss-another-date"),
    pytest.param("Kế hoạch số 45/KH-UBND, Kế hoạch số 45/KH-UBND-VX và Kế hoạch số 45/KH-UBND-KT của UBND tỉnh.",
                 {"45/KH-UBND", "45/KH-UBND-VX", "45/KH-UBND-KT"}, id="near-miss-three-printings"),
])
def test_one_symbol_printed_two_ways_is_one_document(text, want):
    assert keys(text) == want


def test_a_project_named_by_its_decisions_number_is_that_decision():
    got = keys("Thực hiện Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ phê duyệt Đề án 06, tỉnh đã "
               "cấp 500.000 tài khoản. Đến nay, Đề án 06 đạt nhiều kết quả.")
    assert got == {"06/QĐ-TTg"}
    # with the Government as its issuer: the Prime Minister's decision of that number
    assert keys("Tỉnh triển khai Đề án 06 của Chính phủ. Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng "
                "Chính phủ giao Bộ Công an chủ trì.") == {"06/QĐ-TTg"}


def test_a_project_named_by_its_number_after_its_title_in_brackets_is_the_titled_one():
    got = keys("Quyết định số 06/QĐ-TTg ngày 6/1/2022 phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư giai "
               "đoạn 2022 - 2025 (Đề án 06). Tỉnh đã triển khai Đề án 06.")
    assert got == {"06/QĐ-TTg", "ĐA:phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022-2025"}


def test_near_miss_a_decision_of_the_same_number_that_approves_no_project():
    # a decision of another body that the text does not show approving a đề án is another document
    got = keys("Huyện triển khai Đề án 01 của Huyện ủy. Quyết định số 01/QĐ-UBND ngày 3/1/2024 của UBND huyện về "
               "khen thưởng.")
    assert "01/QĐ-UBND" in got and len(got) == 2


def test_near_miss_two_decisions_of_that_number():
    got = keys("Thực hiện Quyết định số 06/QĐ-TTg phê duyệt Đề án 06 và Quyết định số 06/QĐ-UBND của UBND tỉnh, "
               "tỉnh triển khai.")
    assert len(got) == 3
