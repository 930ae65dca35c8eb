"""The documents a link cue points to (kg.extract.document_mentions objects_at, kg.extract.mention_model
without_siblings): a list cut before a document issued beside the subject. Short texts of our own; each rule with its near misses."""
from __future__ import annotations

from kg.extract import extract


def links(text: str) -> set[tuple[str, str, str]]:
    return {(x.from_, x.type, x.to) for x in extract(text).links}


def keys(text: str) -> set[str]:
    return {d.key for d in extract(text).documents}


def test_a_plan_listed_after_the_object_with_the_subjects_type_and_issuer_is_its_sibling():
    text = ("Sở ban hành Kế hoạch số 30/KH-SNN về triển khai Đề án tái cơ cấu ngành chăn nuôi và Kế hoạch số "
            "31/KH-SNN về phòng, chống dịch bệnh.")
    got = links(text)
    assert ("30/KH-SNN", "implements", "ĐA:tái cơ cấu ngành chăn nuôi") in got
    assert ("30/KH-SNN", "implements", "31/KH-SNN") not in got


def test_an_unnumbered_plan_does_not_take_its_sibling_into_its_title():
    text = ("UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy và Kế hoạch số "
            "99/KH-UBND về chuyển đổi số.")
    got = links(text)
    plan = next(k for k in keys(text) if k.startswith("KH:"))
    assert "99/KH-UBND" not in plan
    assert (plan, "implements", "05-NQ/TU") in got
    assert (plan, "implements", "99/KH-UBND") not in got


def test_near_miss_two_objects_of_the_subjects_type_from_another_issuer_are_both_carried_out():
    text = ("Ngày 3/4/2024, Tỉnh ủy ban hành Nghị quyết số 15-NQ/TU tiếp tục thực hiện Nghị quyết số 26-NQ/TW "
            "và Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.")
    got = links(text)
    assert ("15-NQ/TU", "continues", "26-NQ/TW") in got
    assert ("15-NQ/TU", "continues", "19-NQ/TW") in got


def test_near_miss_the_first_object_of_the_subjects_own_kind_is_carried_out():
    text = "UBND huyện ban hành Kế hoạch số 12/KH-UBND thực hiện Kế hoạch số 45/KH-UBND của UBND huyện."
    assert ("12/KH-UBND", "implements", "45/KH-UBND") in links(text)


def test_a_second_act_joined_after_the_object_is_the_first_documents():
    text = ("Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy và triển khai "
            "Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy.")
    got = links(text)
    assert ("12-KH/HU", "implements", "08-CT/TU") in got
    assert ("05-NQ/TU", "implements", "08-CT/TU") not in got
    issuer = next(d.issuer for d in extract(text).documents if d.key == "05-NQ/TU")
    assert issuer == "Tỉnh ủy"


def test_a_repeal_joined_after_an_amendment_is_the_amending_documents():
    text = ("Nghị quyết số 30/2024/NQ-HĐND sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND và bãi "
            "bỏ Nghị quyết số 08/2020/NQ-HĐND của HĐND tỉnh.")
    got = links(text)
    assert ("30/2024/NQ-HĐND", "replaces", "08/2020/NQ-HĐND") in got
    assert ("12/2021/NQ-HĐND", "replaces", "08/2020/NQ-HĐND") not in got


def test_near_miss_a_meetings_second_act_links_nothing():
    # the review is of the directive; rolling out the next one is the meeting's act, not the directive's
    text = ("Ngày 5/3/2024, Huyện ủy tổng kết 10 năm thực hiện Chỉ thị số 07-CT/TU và triển khai Chỉ thị số "
            "11-CT/TU của Ban Thường vụ Tỉnh ủy.")
    assert ("07-CT/TU", "implements", "11-CT/TU") not in links(text)


def test_near_miss_two_documents_of_the_subjects_kind_and_issuer_replaced_are_both_objects():
    # what a decision replaces or amends is often of its own kind and issuer: no sibling cut for changes
    text = ("Quyết định số 25/2024/QĐ-UBND thay thế Quyết định số 12/2018/QĐ-UBND ngày 2/5/2018 và Quyết định số "
            "30/2019/QĐ-UBND của UBND tỉnh.")
    got = links(text)
    assert ("25/2024/QĐ-UBND", "replaces", "12/2018/QĐ-UBND") in got
    assert ("25/2024/QĐ-UBND", "replaces", "30/2019/QĐ-UBND") in got


def test_two_resolutions_named_by_their_congresses_are_one_list():
    text = ("Chiều 14/12/2023, Huyện ủy tổ chức hội nghị sơ kết Chương trình hành động số 10-CTr/HU của Huyện ủy thực hiện "
            "Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.")
    got = links(text)
    assert ("10-CTr/HU", "implements", "NQ:Đại hội XIII") in got
    assert ("10-CTr/HU", "implements", "NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX") in got


def test_near_miss_a_congress_resolution_after_a_second_act_is_no_item():
    text = ("Huyện ủy ban hành Chương trình hành động số 10-CTr/HU thực hiện Nghị quyết Đại hội XIII của Đảng, đồng thời "
            "quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.")
    got = links(text)
    assert ("10-CTr/HU", "implements", "NQ:Đại hội XIII") in got
    assert ("10-CTr/HU", "implements", "NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX") not in got


def test_the_plan_above_that_carries_out_the_same_resolution_is_an_object_too():
    # the commune's plan carries out the resolution and the province's plan for it
    text = ("Đảng ủy phường ban hành Kế hoạch số 14-KH/ĐU thực hiện Nghị quyết số 66-NQ/TW và Kế hoạch số 52-KH/TU "
            "ngày 3/6/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW.")
    got = links(text)
    assert {("14-KH/ĐU", "implements", "66-NQ/TW"), ("14-KH/ĐU", "implements", "52-KH/TU"),
            ("52-KH/TU", "implements", "66-NQ/TW")} <= got


def test_near_miss_parallel_programmes_after_a_comma_are_no_objects():
    # each programme of the list carries out the resolution: neither carries out the other
    text = ("Hội tiếp tục thực hiện Nghị quyết số 11-NQ/TW, Chương trình hành động số 23-CTr/TU của Tỉnh ủy về "
            "thực hiện Nghị quyết số 11-NQ/TW, Chương trình hành động số 31-CTr/HU của Huyện ủy về thực hiện "
            "Nghị quyết số 11-NQ/TW.")
    got = links(text)
    assert ("23-CTr/TU", "implements", "31-CTr/HU") not in got
    assert ("23-CTr/TU", "implements", "11-NQ/TW") in got


def test_near_miss_a_plan_carrying_out_another_resolution_is_no_object():
    # what the second plan carries out is not in the list: it is issued beside, not carried out
    text = ("Huyện ủy ban hành Kế hoạch số 40-KH/HU thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 41-KH/HU "
            "thực hiện Nghị quyết số 68-NQ/TW.")
    got = links(text)
    assert ("40-KH/HU", "implements", "41-KH/HU") not in got
    assert ("41-KH/HU", "implements", "68-NQ/TW") in got


def test_a_title_on_continuing_does_not_end_the_list():
    # 'về tiếp tục đổi mới ...' is the resolution's title, not a second act: the programme after it is listed too
    text = ("UBND tỉnh ban hành Kế hoạch số 27/KH-UBND thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp "
            "hành Trung ương về tiếp tục đổi mới kinh tế tập thể và Chương trình hành động số 44-CTr/TU ngày "
            "05/01/2023 của Tỉnh ủy.")
    got = links(text)
    assert {("27/KH-UBND", "implements", "20-NQ/TW"), ("27/KH-UBND", "implements", "44-CTr/TU")} <= got


def test_near_miss_continuing_as_a_second_act_ends_the_list():
    text = ("UBND tỉnh ban hành Kế hoạch số 28/KH-UBND thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp "
            "hành Trung ương về nông nghiệp, nông dân, nông thôn và tiếp tục thực hiện Chương trình số 45-CTr/TU "
            "của Tỉnh ủy.")
    got = links(text)
    assert ("28/KH-UBND", "implements", "19-NQ/TW") in got
    assert ("28/KH-UBND", "implements", "45-CTr/TU") not in got


def test_the_plan_above_named_after_the_title_and_carrying_out_this_resolution_is_an_object():
    text = ("UBND tỉnh ban hành Kế hoạch số 77/KH-UBND ngày 3/7/2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
            "của Bộ Chính trị về khoa học, công nghệ và Chương trình hành động số 64-CTr/TU ngày 2/6/2025 của Ban "
            "Thường vụ Tỉnh ủy thực hiện Nghị quyết này.")
    got = links(text)
    assert {("77/KH-UBND", "implements", "57-NQ/TW"), ("77/KH-UBND", "implements", "64-CTr/TU")} <= got


def test_a_programme_and_the_plan_of_the_level_below_share_the_cue_after_them():
    text = ("Ngày 13/3, Hội Nông dân huyện sơ kết 1 năm thực hiện Nghị quyết số 46-NQ/TW ngày 20/12/2023 của Bộ Chính "
            "trị, Chương trình hành động số 70-CTr/TU ngày 15/3/2024 của Tỉnh ủy và Kế hoạch số 140-KH/HU ngày "
            "02/4/2024 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết.")
    got = links(text)
    assert {("70-CTr/TU", "implements", "46-NQ/TW"), ("140-KH/HU", "implements", "46-NQ/TW")} <= got
    assert ("70-CTr/TU", "implements", "140-KH/HU") not in got


def test_near_miss_the_body_that_holds_a_review_did_not_issue_the_document():
    text = ("Ngày 9/3/2024, Tỉnh ủy ban hành Chương trình số 28-CTr/TU thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 "
            "của Ban Chấp hành Trung ương. Tại hội nghị sơ kết 2 năm thực hiện Nghị quyết 21 do Ban Thường vụ Tỉnh ủy "
            "tổ chức ngày 14/8, các huyện báo cáo kết quả.")
    assert keys(text) == {"28-CTr/TU", "21-NQ/TW"}


def test_a_plan_of_another_level_listed_after_the_first_object_is_carried_out():
    # 'Kế hoạch số 66/KH-UBND (of the district) ... thực hiện Chương trình ... và Kế hoạch số 140/KH-UBND của UBND
    # tỉnh': the province's plan, its issuer named at another level, is carried out, not issued beside it
    rows = links("Tin tức\n\nUBND huyện ban hành Kế hoạch số 66/KH-UBND thực hiện Chương trình số 30-CTr/TU của "
                     "Tỉnh ủy và Kế hoạch số 140/KH-UBND của UBND tỉnh.\n")
    assert rows == {("66/KH-UBND", "implements", "30-CTr/TU"), ("66/KH-UBND", "implements", "140/KH-UBND")}


def test_near_miss_a_plan_of_the_same_issuer_with_no_level_is_issued_beside():
    rows = links("Tin tức\n\nUBND huyện ban hành Kế hoạch số 66/KH-UBND thực hiện Nghị quyết số 30-NQ/TU và Kế hoạch "
                     "số 140/KH-UBND.\n")
    assert ("66/KH-UBND", "implements", "140/KH-UBND") not in rows


def test_a_second_object_after_the_firsts_title_joined_by_cung_voi():
    text = ("Ngày 3/3/2022, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 95-KH/TU thực hiện Kết luận số 21-KL/TW ngày "
            "25/10/2021 của Ban Chấp hành Trung ương về xây dựng, chỉnh đốn Đảng, cùng với Quy định số 37-QĐ/TW ngày "
            "25/10/2021 về những điều đảng viên không được làm.")
    got = links(text)
    assert ("95-KH/TU", "implements", "21-KL/TW") in got
    assert ("95-KH/TU", "implements", "37-QĐ/TW") in got


# a plan that carries out a decision named with its title, then a second item after 'và'
_STRATEGY = ("Ngày 10/5/2021, UBND tỉnh ban hành Kế hoạch số 88/KH-UBND triển khai Quyết định số 340/QĐ-TTg ngày 12/3/2021 "
             "của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển kinh tế tập thể và {second}.")


def test_a_decree_detailing_a_law_after_the_firsts_title_is_carried_out_too():
    got = links(_STRATEGY.format(second="Nghị định 193/2013/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật "
                                        "Hợp tác xã"))
    assert ("88/KH-UBND", "implements", "340/QĐ-TTg") in got
    assert ("88/KH-UBND", "implements", "193/2013/NĐ-CP") in got


def test_near_miss_a_guide_without_a_year_after_the_title_is_its_own_document():
    # an individual act (no year in its symbol) with a cue of its own is a parallel item, not an object
    got = links(_STRATEGY.format(second="Hướng dẫn số 12/HD-UBND hướng dẫn thực hiện Kế hoạch số 40/KH-UBND"))
    assert ("88/KH-UBND", "implements", "12/HD-UBND") not in got


def test_a_new_programme_continues_former_ones_of_its_own_type_and_issuer():
    # (a merged province's programme carries on what each former province issued)
    text = ("Ngày 15/9/2025, Tỉnh ủy Gia Lai ban hành Chương trình hành động số 09-CTr/TU thực hiện Nghị quyết số "
            "66-NQ/TW, kế thừa và tiếp tục thực hiện các nội dung còn phù hợp của Chương trình số 31-CTr/TU, "
            "Chương trình số 40-CTr/TU và Kế hoạch số 112-KH/TU.")
    got = links(text)
    assert ("09-CTr/TU", "implements", "66-NQ/TW") in got
    assert {("09-CTr/TU", "continues", k) for k in ("31-CTr/TU", "40-CTr/TU", "112-KH/TU")} <= got


def test_near_miss_a_plan_listed_beside_the_one_carrying_out_is_still_no_object():
    # (implements keeps the sibling cut: the second plan is issued beside the first)
    text = ("Ngày 2/5/2025, Sở ban hành Kế hoạch số 41/KH-SYT thực hiện Nghị quyết số 20-NQ/TW và Kế hoạch số "
            "42/KH-SYT về tiêm chủng.")
    got = links(text)
    assert ("41/KH-SYT", "implements", "20-NQ/TW") in got
    assert ("41/KH-SYT", "implements", "42/KH-SYT") not in got


def test_near_miss_a_later_programme_is_not_continued():
    text = ("Ngày 15/3/2025, Tỉnh ủy ban hành Chương trình số 09-CTr/TU tiếp tục thực hiện Chương trình số "
            "31-CTr/TU ngày 02/02/2021 và Chương trình số 44-CTr/TU ngày 20/6/2025.")
    got = links(text)
    assert ("09-CTr/TU", "continues", "31-CTr/TU") in got
    assert ("09-CTr/TU", "continues", "44-CTr/TU") not in got


def test_a_bare_type_word_after_a_programme_that_continues_others_names_the_new_one():
    # (the former programmes, carried on by the new one, are not what 'Để cụ thể hóa Chương trình' makes concrete)
    text = ("Trước khi hợp nhất, Tỉnh ủy Gia Lai ban hành Chương trình số 31-CTr/TU; Tỉnh ủy Bình Định ban hành "
            "Chương trình số 40-CTr/TU.\n\nNgày 15/9/2025, Tỉnh ủy Gia Lai ban hành Chương trình hành động số 09-CTr/TU "
            "thực hiện Nghị quyết số 66-NQ/TW, tiếp tục thực hiện các nội dung còn phù hợp của Chương trình số 31-CTr/TU "
            "và Chương trình số 40-CTr/TU. Chương trình đặt mục tiêu đến năm 2030 kinh tế số chiếm 25% GRDP.\n\nĐể cụ "
            "thể hóa Chương trình, ngày 1/10/2025 UBND tỉnh ban hành Kế hoạch số 150/KH-UBND.")
    got = links(text)
    assert ("150/KH-UBND", "implements", "09-CTr/TU") in got
    assert ("150/KH-UBND", "implements", "31-CTr/TU") not in got


def test_near_miss_a_programme_named_after_a_bare_cue_is_still_upstream():
    text = ("Ngày 15/9/2025, Tỉnh ủy ban hành Chương trình hành động số 09-CTr/TU thực hiện Chương trình số 31-CTr/TU. "
            "Chương trình đặt mục tiêu đến năm 2030 kinh tế số chiếm 25% GRDP.\n\nĐể cụ thể hóa Chương trình, ngày "
            "1/10/2025 UBND tỉnh ban hành Kế hoạch số 150/KH-UBND.")
    assert ("150/KH-UBND", "implements", "09-CTr/TU") in links(text)
