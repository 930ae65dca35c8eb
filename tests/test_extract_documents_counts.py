"""A type word in lower case and a bare number that count things are no document (kg.extract.documents).
Texts are our own."""
from __future__ import annotations

from kg.extract import extract


def keys(text: str) -> set[str]:
    return {d.key for d in extract(text).documents}


def test_a_count_after_a_lower_case_type_word_is_no_document():
    text = ("Thứ Hai, 12/6/2023\nToàn tỉnh thành lập mới 87 hợp tác xã, vượt kế hoạch 80 hợp tác xã. Phòng Nông "
            "nghiệp hướng dẫn 3 xã hoàn thiện hồ sơ.\n")
    assert not any(k.startswith(("80", "3-")) for k in keys(text))


def test_a_short_name_with_a_number_stays_a_document():
    # near misses: the same words naming a plan ('của', 'số', a capital type word)
    base = "Thứ Hai, 12/6/2023\nTỉnh ủy sơ kết {} đề ra mục tiêu phát triển hợp tác xã.\n"
    for wording in ("kế hoạch 80 của Ban Thường vụ Tỉnh ủy,", "kế hoạch số 80 hợp tác xã", "Kế hoạch 80 hợp tác xã"):
        assert any(k.startswith("80") for k in keys(base.format(wording))), wording


def test_a_type_word_inside_an_agency_name_is_no_document():
    text = ("Thứ Hai, 12/6/2023\nUBND tỉnh ban hành Kế hoạch số 311/KH-UBND ngày 28/10/2022. Ban cán sự đảng UBND "
            "tỉnh chỉ đạo Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Phòng Tài chính - Kế hoạch rà soát chỉ tiêu.\n")
    # the plan is named once: 'Kế hoạch' in the two agencies' names refers to nothing
    assert [(d.key, len(d.mentions)) for d in extract(text).documents] == [("311/KH-UBND", 1)]
    # near miss: the type word alone after the plan was named refers back to it
    again = text.replace(" rà soát chỉ tiêu", " thực hiện Kế hoạch")
    assert [(d.key, len(d.mentions)) for d in extract(again).documents] == [("311/KH-UBND", 2)]


def test_a_type_word_after_a_common_word_that_folds_like_an_agency_stays():
    # near miss of the rule above: 'cơ sở' and 'số' fold to the same letters as 'Sở'
    text = ("Thứ Hai, 12/6/2023\nỦy ban Dân tộc sơ kết Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Quyết "
            "định được ban hành ngày 14/10/2021, trên cơ sở Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội.\n")
    f = extract(text)
    assert ("1719/QĐ-TTg", "based_on", "120/2020/QH14") in {(x.from_, x.type, x.to) for x in f.links}


def test_a_headline_plan_without_its_number_is_the_numbered_plan_of_the_lead():
    text = ("Trang chủ > Xây dựng Đảng\nĐăng ngày: 16/09/2025\n\nĐảng ủy phường triển khai Kế hoạch thực hiện Nghị "
            "quyết 57 về chuyển đổi số\n\nSáng 15/9, Ban Thường vụ Đảng ủy phường quán triệt Nghị quyết số 57-NQ/TW "
            "của Bộ Chính trị và triển khai Kế hoạch số 14-KH/ĐU của Đảng ủy phường thực hiện Nghị quyết.\n")
    assert keys(text) == {"57-NQ/TW", "14-KH/ĐU"}
    # near miss: the headline's plan carries out another document than the numbered plan does
    other = text.replace("Kế hoạch thực hiện Nghị quyết 57", "Kế hoạch thực hiện Chỉ thị số 05-CT/TW")
    assert any(k.startswith("KH:") for k in keys(other))


def test_an_amount_after_a_type_word_is_no_number():
    # 'Đề án 1 triệu ha' names a scheme by its size; '5 nghìn tỷ đồng' is a plan's money
    text = "Thứ Hai, 12/6/2023\nTỉnh triển khai Đề án 1 triệu ha lúa chất lượng cao và Đề án 06 về dữ liệu dân cư.\n"
    assert keys(text) == {"06-ĐA"}
    text = "Thứ Hai, 12/6/2023\nHuyện hoàn thành Kế hoạch 5 nghìn tỷ đồng đầu tư công trước thời hạn.\n"
    assert not any(k.startswith("5") for k in keys(text))


def test_near_miss_a_number_before_a_word_that_folds_like_a_magnitude():
    # 'ngăn' and 'ngàn' fold alike; 'vẫn' follows a resolution's number
    text = "Thứ Hai, 12/6/2023\nNghị quyết 68 ngăn chặn tình trạng lãng phí; Chỉ thị 05 vẫn còn hiệu lực.\n"
    assert {"68-NQ", "05-CT"} <= keys(text)
