"""Resolutions named short: a committee's resolution on the year's tasks ('Nghị quyết Tỉnh ủy năm 2024') named
again without its year, a congress resolution named by its term alone. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

LATER = "\n\nCác đơn vị cần tập trung hoàn thành các chỉ tiêu của NQ Huyện ủy năm 2024.\n"
TALLY = "Hội thực hiện 8 chỉ tiêu đăng ký thực hiện Nghị quyết (NQ) Huyện ủy: vượt 2 chỉ tiêu, đạt 5 chỉ tiêu."


def test_the_resolution_named_without_its_year_is_the_one_the_text_dates():
    f = extract(TALLY + LATER)
    assert [d.key for d in f.documents] == ["NQ:Huyện ủy năm 2024"]
    # the abbreviation in brackets is no second mention; the tally counts in the lead's whole, for that resolution
    assert len(f.documents[0].mentions) == 2
    assert sorted((o.value, o.of, o.document) for o in f.outcomes) == [
        (2, 8, "NQ:Huyện ủy năm 2024"), (5, 8, "NQ:Huyện ủy năm 2024")]


def test_near_miss_no_year_or_two_years_name_no_document():
    assert [d.key for d in extract(TALLY).documents] == []
    two = extract(TALLY + "\n\nNQ Huyện ủy năm 2023 và NQ Huyện ủy năm 2024 đều nhấn mạnh chuyển đổi số.\n")
    assert sorted(d.key for d in two.documents) == ["NQ:Huyện ủy năm 2023", "NQ:Huyện ủy năm 2024"]
    assert [o.document for o in two.outcomes] == [None, None]


def test_near_miss_a_resolution_with_a_title_of_its_own_is_not_the_year_s():
    f = extract("Huyện đã triển khai Nghị quyết Huyện ủy về phát triển du lịch cộng đồng." + LATER)
    assert [(d.key, len(d.mentions)) for d in f.documents] == [("NQ:Huyện ủy năm 2024", 1)]


TERM = "Trong 5 năm qua, Đảng bộ xã hoàn thành các chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025. Thu nhập bình quân tăng 9%/năm."


def test_a_congress_resolution_named_by_its_term_alone_is_a_document_its_results_belong_to():
    f = extract(TERM)
    assert [d.key for d in f.documents] == ["NQ:nhiệm kỳ 2020-2025"]
    assert [(o.value, o.document) for o in f.outcomes] == [(9, "NQ:nhiệm kỳ 2020-2025")]


def test_the_term_names_the_congress_resolution_the_text_names_in_full():
    full = "Đại hội thảo luận việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX, nhiệm kỳ 2020 - 2025.\n\n"
    key = "NQ:Đại hội đại biểu Đảng bộ xã lần thứ XX, nhiệm kỳ 2020-2025"
    f = extract(full + TERM)
    assert [d.key for d in f.documents] == [key] and [o.document for o in f.outcomes] == [key]


def test_near_miss_a_term_without_a_resolution_names_no_document():
    f = extract("Trong nhiệm kỳ 2020 - 2025, Đảng bộ xã đã kết nạp 120 đảng viên.")
    assert f.documents == [] and [(o.value, o.document) for o in f.outcomes] == [(120, None)]


def test_a_year_after_a_plan_word_in_a_table_column_is_no_number():
    text = ("Thực hiện Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND huyện, UBND huyện báo cáo:\n"
            "Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024\nThu ngân sách (tỷ đồng) | 300 | 320\n")
    assert [d.key for d in extract(text).documents] == ["45/NQ-HĐND"]
    # near misses: the same number going on with its issuer, or after 'số' at a cell's end, is a document's number
    assert [d.key for d in extract("Thực hiện Kế hoạch 2024 của Tỉnh ủy, huyện đã làm.").documents] == ["2024-KH/TU"]
    assert [d.key for d in extract("Văn bản | Kế hoạch số 2024 |\nNgày | 5/3/2023 |\n").documents] == ["2024-KH"]


def test_a_bare_resolution_with_a_year_is_the_one_named_with_that_year():
    text = ("Cập nhật: 28/12/2024\n\nNgày 27/12, Ban Chấp hành Đảng bộ xã Hòa Bình tổ chức hội nghị tổng kết thực hiện "
            "Nghị quyết số 11-NQ/ĐU ngày 27/12/2023 về nhiệm vụ năm 2024.\n\nHội nghị thống nhất ban hành Nghị quyết về "
            "nhiệm vụ năm 2025.\n\nNghị quyết năm 2025 đề ra: thu nhập bình quân đầu người đạt 60 triệu đồng trở lên.")
    f = extract(text)
    new = [d for d in f.documents if d.key.startswith("NQ:")]
    assert len(new) == 1 and "2025" in new[0].key
    # named twice: adopted, then by its type and year (not the resolution on 2024's tasks)
    assert len(new[0].mentions) == 2
    assert [len(d.mentions) for d in f.documents if d.key == "11-NQ/ĐU"] == [1]
    assert [(t.value, t.document) for t in f.targets] == [(60, new[0].key)]


def test_near_miss_a_bare_resolution_with_a_year_no_document_is_named_with():
    # no document of that type is named with 2025: the bare word is read as before, the one numbered resolution
    text = ("Năm 2024, Ban Chấp hành Đảng bộ xã Hòa Bình lãnh đạo thực hiện Nghị quyết số 11-NQ/ĐU ngày 27/12/2023 về "
            "nhiệm vụ năm 2024.\n\nNghị quyết năm 2025 đề ra: thu nhập bình quân đầu người đạt 60 triệu đồng trở lên.")
    f = extract(text)
    assert [d.key for d in f.documents] == ["11-NQ/ĐU"]
