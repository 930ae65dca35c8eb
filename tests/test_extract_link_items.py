"""The documents a basis heading lists one a line (kg.extract.link_items heading_bases). Short texts of our own; each
rule with its near misses."""
from __future__ import annotations

from tests.extract_helpers import link_rows

HEAD = ("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 64/KH-UBND\nKẾ HOẠCH\n"
        "Triển khai thực hiện Quyết định số 812/QĐ-TTg ngày 2/7/2025 của Thủ tướng Chính phủ\n\n")


def test_each_line_under_a_bare_basis_heading_is_a_basis_of_the_text_s_document():
    text = HEAD + ("Căn cứ:\n"
                   "- Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ;\n"
                   "- Quyết định số 812/QĐ-TTg ngày 2/7/2025 của Thủ tướng Chính phủ.\n\n"
                   "UBND tỉnh ban hành Kế hoạch như sau:\n")
    got = link_rows(text)
    assert ("64/KH-UBND", "based_on", "73/2024/NĐ-CP") in got
    # (the title's 'Triển khai thực hiện' and the list's line both hold: the two links are kept)
    assert {("64/KH-UBND", "based_on", "812/QĐ-TTg"), ("64/KH-UBND", "implements", "812/QĐ-TTg")} <= got


def test_a_numbered_heading_that_names_the_kind_of_basis_opens_the_list_too():
    text = ("HUYỆN ỦY ĐẠI LỘC\nSố 41-KH/HU\nKẾ HOẠCH\nvề công tác dân vận năm 2026\n\n"
            "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
            "1. Kết luận số 120-KL/TW ngày 7/1/2025 của Bộ Chính trị;\n"
            "2. Chương trình số 33-CTr/TU ngày 4/3/2025 của Tỉnh ủy và Kế hoạch số 58-KH/TU ngày 9/3/2025 của "
            "Ban Thường vụ Tỉnh ủy.\n"
            "II. MỤC ĐÍCH, YÊU CẦU\n"
            "Thực hiện có hiệu quả Quyết định số 99-QĐ/TW trong hệ thống chính trị.\n")
    got = {(a, b) for a, t, b in link_rows(text) if t == "based_on"}
    assert got == {("41-KH/HU", "120-KL/TW"), ("41-KH/HU", "33-CTr/TU"), ("41-KH/HU", "58-KH/TU")}


def test_a_heading_on_other_grounds_or_one_over_tasks_lists_no_basis():
    # near misses: 'Căn cứ tình hình thực tế' (no colon, no kind of basis) and a tasks heading over lines that name
    # documents
    text = HEAD + ("Căn cứ tình hình thực tế\n"
                   "- Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ đã được triển khai.\n"
                   "II. NHIỆM VỤ\n"
                   "- Kế hoạch số 12/KH-SNV ngày 3/3/2025 của Sở Nội vụ tiếp tục được thực hiện.\n")
    assert not any(t == "based_on" for _, t, _ in link_rows(text))


def test_the_list_ends_at_the_first_line_that_opens_on_no_document():
    text = HEAD + ("Căn cứ:\n"
                   "- Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ.\n"
                   "- Tình hình thực tế, UBND tỉnh giao Sở Nội vụ rà soát Quyết định số 15/QĐ-UBND năm 2025.\n"
                   "- Nghị định số 45/2025/NĐ-CP ngày 1/3/2025 của Chính phủ.\n")
    got = {b for _, t, b in link_rows(text) if t == "based_on"}
    assert got == {"73/2024/NĐ-CP"}
