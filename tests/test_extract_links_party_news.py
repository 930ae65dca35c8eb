"""Links as Party news states them (kg.extract.links, document_mentions): how a document is to be carried out, said
between the cue and the document or after the document an opener names; the plans of two levels named side by side
before one cue; an opener on a back reference ('Thực hiện Nghị quyết này, ...'); a title that ends before the body's
second act ('Đề án ... và lãnh đạo các xã ...'); a plan that follows a resolution closely ('bám sát'); 'Để cụ thể hóa,
...' after a chain. Short texts of our own; each rule with its near misses."""
from __future__ import annotations

from extract_helpers import link_rows

from kg.extract import extract


def test_the_manner_between_the_cue_and_the_document_keeps_the_link():
    for manner in ("hiệu quả", "nghiêm túc và hiệu quả", "quyết liệt, đồng bộ"):
        text = f"Kế hoạch số 45-KH/HU nhằm triển khai thực hiện {manner} Nghị quyết số 57-NQ/TW của Bộ Chính trị."
        assert link_rows(text) == {("45-KH/HU", "implements", "57-NQ/TW")}, manner


def test_near_miss_a_manner_before_other_words_links_nothing():
    text = "Kế hoạch số 45-KH/HU nhằm triển khai thực hiện hiệu quả các giải pháp phát triển kinh tế số."
    assert link_rows(text) == set()


def test_an_opener_that_says_how_links_the_document_issued_after_its_comma():
    text = ("Để triển khai Nghị quyết số 57-NQ/TW có hiệu quả, Ban Thường vụ Huyện ủy đã xây dựng và ban hành Kế hoạch "
            "số 45-KH/HU.")
    assert link_rows(text) == {("45-KH/HU", "implements", "57-NQ/TW")}


def test_near_miss_an_opener_that_says_how_before_no_issued_document_links_nothing():
    text = ("Để triển khai Nghị quyết số 57-NQ/TW có hiệu quả, hội nghị đã thảo luận nhiều giải pháp về chuyển đổi số "
            "trong các cơ quan đảng.")
    assert link_rows(text) == set()


def test_the_plans_of_two_levels_side_by_side_share_the_cue_after_them():
    text = ("Hội nghị quán triệt Nghị quyết số 57-NQ/TW; Kế hoạch số 20-KH/TU của Tỉnh ủy và Kế hoạch số 45-KH/HU của "
            "Huyện ủy thực hiện Nghị quyết số 57-NQ/TW.")
    assert link_rows(text) == {("20-KH/TU", "implements", "57-NQ/TW"), ("45-KH/HU", "implements", "57-NQ/TW")}


def test_near_miss_a_resolution_beside_a_plan_does_not_share_the_plans_cue():
    text = ("Hội nghị quán triệt Nghị quyết số 05-NQ/TU của Tỉnh ủy và Kế hoạch số 45-KH/HU của Huyện ủy thực hiện Nghị "
            "quyết số 57-NQ/TW.")
    assert link_rows(text) == {("45-KH/HU", "implements", "57-NQ/TW")}


def test_near_miss_a_plan_is_not_its_own_objects_co_subject():
    text = ("Hội nghị quán triệt Kế hoạch số 20-KH/TU của Tỉnh ủy và Kế hoạch số 45-KH/HU của Huyện ủy thực hiện Kế hoạch "
            "số 20-KH/TU.")
    assert link_rows(text) == {("45-KH/HU", "implements", "20-KH/TU")}


def test_an_opener_on_a_back_reference_links_the_document_issued_after_it():
    text = ("Năm 2021, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về phát triển du lịch. Thực hiện Nghị quyết "
            "này, Huyện ủy Đà Bắc đã xây dựng Đề án phát triển du lịch sinh thái và lãnh đạo các xã làm đường vào bản.")
    assert link_rows(text) == {("ĐA:phát triển du lịch sinh thái", "implements", "07-NQ/TU")}


def test_near_miss_an_opener_on_a_back_reference_before_no_issued_document_links_nothing():
    text = ("Năm 2021, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về phát triển du lịch. Thực hiện Nghị quyết "
            "này, các xã đã làm đường vào bản.")
    assert link_rows(text) == set()


def test_a_plan_that_follows_a_resolution_closely_is_based_on_it():
    text = ("Ngày 5/3/2025, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số. Kế hoạch cũng bám "
            "sát Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert link_rows(text) == {("12-KH/ĐU", "based_on", "57-NQ/TW")}


def test_near_miss_bodies_that_follow_a_resolution_closely_make_no_basis():
    text = ("Ngày 5/3/2025, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số. Các chi bộ bám sát "
            "Nghị quyết số 57-NQ/TW của Bộ Chính trị để triển khai.")
    assert link_rows(text) == set()


def test_a_bare_opener_makes_concrete_the_programme_that_carries_the_resolution_out():
    text = ("Ngày 10/4/2024, Hội Nông dân tỉnh triển khai Chương trình hành động số 115-CTr/TU của Tỉnh ủy thực hiện Nghị "
            "quyết số 46-NQ/TW của Bộ Chính trị. Để cụ thể hóa, Ban Thường vụ Hội ban hành Kế hoạch số 210-KH/HND.")
    assert link_rows(text) == {("115-CTr/TU", "implements", "46-NQ/TW"), ("210-KH/HND", "implements", "115-CTr/TU")}


def test_near_miss_a_bare_opener_after_a_resolution_alone_makes_that_resolution_concrete():
    text = ("Nghị quyết số 05-NQ/TU của Tỉnh ủy được ban hành ngày 16/6/2022. Để cụ thể hóa, Huyện ủy đã ban hành Chương "
            "trình hành động số 21-CTr/HU.")
    assert link_rows(text) == {("21-CTr/HU", "implements", "05-NQ/TU")}


def test_guidance_stated_after_its_issuer_guides_what_it_names():
    # 'của Bộ Nội vụ hướng dẫn thực hiện ...': the guidance is the act, not a word of the issuer's name
    text = ("Công văn số 2207/BNV-CQĐP ngày 5/5/2025 của Bộ Nội vụ hướng dẫn thực hiện Nghị định số 150/2025/NĐ-CP "
            "của Chính phủ.\n")
    assert ("2207/BNV-CQĐP", "guides", "150/2025/NĐ-CP") in link_rows(text)
    assert next(d for d in extract(text).documents if d.key == "2207/BNV-CQĐP").issuer == "Bộ Nội vụ"


def test_near_miss_a_resolution_named_along_with_the_act_carries_nothing_out():
    # 'Cùng với Nghị quyết Đại hội, xã thực hiện Kế hoạch ...': the commune carries the plan out, not the resolution
    text = ("Đảng bộ xã Tân Lập thực hiện Nghị quyết Đại hội Đảng bộ xã Tân Lập lần thứ XX, nhiệm kỳ 2020-2025. Cùng với "
            "Nghị quyết Đại hội, xã thực hiện Kế hoạch số 61-KH/HU ngày 5/4/2021 của Huyện ủy về phát triển làng nghề.")
    assert not any(b == "61-KH/HU" for _, _, b in link_rows(text))


def test_near_miss_the_act_as_a_noun_after_va_is_the_meetings_second_act():
    text = ("Ngày 5-6, Thường trực Huyện ủy làm việc với Đảng ủy xã về kết quả thực hiện Nghị quyết Đại hội Đảng bộ xã "
            "nhiệm kỳ 2020 - 2025 và việc triển khai Chỉ thị số 11-CT/HU của Ban Thường vụ Huyện ủy.")
    assert not any(b == "11-CT/HU" for _, _, b in link_rows(text))
