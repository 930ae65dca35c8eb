"""A document a meeting adopts without a number is the body's that held the meeting, and the goals it is adopted
with are its own (kg.extract.meeting_documents, kg.extract.unnumbered, kg.extract.scope). Texts are our own."""
from __future__ import annotations

import datetime as _dt

import pytest

from kg.extract import extract
from kg.extract.meeting_documents import meeting_issuer
from kg.extract.text import prepare

_OPEN = ("Sáng 27/12, Ban Chấp hành Đảng bộ xã Hòa Lạc tổ chức hội nghị tổng kết thực hiện Nghị quyết số 11-NQ/ĐU "
         "ngày 5/01/2024 của Đảng ủy xã về nhiệm vụ năm 2024.\n\nNăm 2024, xã kết nạp 7 đảng viên mới.\n\n")


def _facts(text: str):
    return extract(text, date=_dt.date(2024, 12, 28))


def test_a_resolution_the_meeting_adopts_is_the_bodys_and_carries_its_goals():
    f = _facts(_OPEN + "Hội nghị đã thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025 với các chỉ tiêu: thu "
                       "nhập bình quân đầu người đạt 60 triệu đồng; kết nạp từ 8 đảng viên trở lên.")
    new = [d.key for d in f.documents if d.key.startswith("NQ:")]
    assert new == ["NQ:Ban Chấp hành Đảng bộ xã Hòa Lạc về lãnh đạo thực hiện nhiệm vụ năm 2025"]
    assert {(t.value, t.document) for t in f.targets} == {(60, new[0]), (8, new[0])}
    # adopted at the meeting, it is dated the day the meeting was held
    assert next(d.date for d in f.documents if d.key == new[0]) == _dt.date(2024, 12, 27)


def test_one_adopted_with_about_keeps_its_subject():
    f = _facts(_OPEN + "Hội nghị thống nhất ban hành Nghị quyết về nhiệm vụ năm 2025 với các chỉ tiêu chủ yếu: kết nạp "
                       "ít nhất 6 đảng viên mới.")
    assert "NQ:Ban Chấp hành Đảng bộ xã Hòa Lạc về nhiệm vụ năm 2025" in {d.key for d in f.documents}


def test_near_misses_no_meeting_as_subject_or_no_body_that_held_it():
    p = prepare("Xã đã thông qua Nghị quyết")
    assert meeting_issuer(p.text, p.folded, 0, p.folded.index("da thong")) == (None, None)
    # a meeting no body was said to hold gives no issuer, and so no document keyed by a guess
    p = prepare("Hội nghị đã thông qua Nghị quyết")
    assert meeting_issuer(p.text, p.folded, 0, p.folded.index("da thong")) == (None, None)
    # a title without the year's tasks after a meeting's verb names nothing new
    f = _facts(_OPEN + "Hội nghị đã thông qua Nghị quyết với tỷ lệ 100% đại biểu tán thành.")
    assert [d.key for d in f.documents if d.key.startswith("NQ:")] == []


def test_a_tally_names_the_resolution_whose_goals_it_counts_by_its_body_and_subject():
    f = _facts("Theo báo cáo của UBND huyện, năm 2024 có 17/21 chỉ tiêu của Nghị quyết HĐND huyện về nhiệm vụ năm "
               "2024 đạt và vượt.")
    assert [(o.value, o.of, o.document) for o in f.outcomes] == [(17, 21, "NQ:HĐND huyện về nhiệm vụ năm 2024")]
    # near miss: a bare 'Nghị quyết' after the goals names no new document
    f = _facts("Theo báo cáo, năm 2024 có 17/21 chỉ tiêu của Nghị quyết đạt và vượt.")
    assert [d.key for d in f.documents] == []


SITTING = "Thứ Sáu, 20/12/2024\n\nNgày 19/12, HĐND huyện Yên Lạc khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 22. "


def test_a_sittings_list_of_resolutions_names_each_by_its_subject():
    keys = {d.key: d.date for d in extract(SITTING + "Kỳ họp thông qua các nghị quyết: dự toán thu, chi ngân sách năm "
                                                     "2025; kế hoạch đầu tư công năm 2025 và một số nghị quyết về nhân sự.").documents}
    assert keys == {"NQ:HĐND huyện Yên Lạc về dự toán thu, chi ngân sách năm 2025": _dt.date(2024, 12, 19),
                    "NQ:HĐND huyện Yên Lạc về kế hoạch đầu tư công năm 2025": _dt.date(2024, 12, 19)}


def test_a_sittings_list_after_gom_with_the_type_word_repeated_names_each_by_its_subject():
    keys = {d.key for d in extract(SITTING + "Kỳ họp đã xem xét, thông qua 5 nghị quyết, gồm: Nghị quyết về dự toán thu, chi "
                                             "ngân sách năm 2025; Nghị quyết về chương trình giám sát năm 2025 của HĐND "
                                             "huyện và hai nghị quyết về công tác cán bộ.").documents}
    assert keys == {"NQ:HĐND huyện Yên Lạc về dự toán thu, chi ngân sách năm 2025",
                    "NQ:HĐND huyện Yên Lạc về chương trình giám sát năm 2025"}


def test_one_resolution_named_after_trong_do_is_the_councils():
    keys = [d.key for d in extract(SITTING + "Kỳ họp đã xem xét các báo cáo và thông qua 8 nghị quyết, trong đó có Nghị "
                                             "quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025.").documents]
    assert keys == ["NQ:HĐND huyện Yên Lạc về nhiệm vụ phát triển kinh tế - xã hội năm 2025"]


def test_near_miss_a_conference_of_a_party_committee_is_no_councils_sitting():
    text = ("Ngày 19/12, Ban Chấp hành Đảng bộ xã Tân Hòa tổ chức hội nghị lần thứ 10. Hội nghị thông qua các nghị quyết: "
            "phát triển kinh tế năm 2025; công tác xây dựng Đảng năm 2025.")
    assert [d.key for d in extract(text).documents if "HĐND" in (d.key or "")] == []


def test_near_miss_vague_and_numbered_items_are_left_out():
    keys = [d.key for d in extract(SITTING + "Kỳ họp thông qua các nghị quyết: Nghị quyết số 45/NQ-HĐND về dự toán "
                                             "ngân sách năm 2025; một số nghị quyết về nhân sự.").documents]
    assert keys == ["45/NQ-HĐND"]


def test_a_resolution_of_the_sitting_cited_again_by_its_subject_takes_its_goals():
    text = SITTING + ("Năm 2024, huyện đã hoàn thành 14/16 chỉ tiêu Nghị quyết số 30/NQ-HĐND ngày 15/12/2023 của HĐND "
                      "huyện.\n\nKỳ họp thông qua 4 nghị quyết, gồm: Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội "
                      "năm 2025; Nghị quyết về dự toán thu, chi ngân sách năm 2025 và hai nghị quyết về nhân sự.\n\n"
                      "Theo Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025, huyện phấn đấu thu nhập bình "
                      "quân đầu người đạt 65 triệu đồng; có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.")
    goals = {(t.value, t.document) for t in extract(text).targets}
    year = "NQ:HĐND huyện Yên Lạc về nhiệm vụ phát triển kinh tế - xã hội năm 2025"
    assert goals == {(65, year), (3, year)}


def test_near_miss_a_subject_cited_with_another_type_word_is_not_the_resolution():
    # 'Kế hoạch' with the same words is another document, not the resolution passed: the goals keep the sentence's
    text = SITTING + ("Kỳ họp thông qua 2 nghị quyết, gồm: Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025 "
                      "và Nghị quyết về dự toán thu, chi ngân sách năm 2025.\n\nThực hiện Kế hoạch số 12/KH-UBND về "
                      "nhiệm vụ phát triển kinh tế - xã hội năm 2025, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới.")
    assert {(t.value, t.document) for t in extract(text).targets} == {(3, "12/KH-UBND")}


@pytest.mark.parametrize("lead_in", ["Kỳ họp đã thông qua 2 nghị quyết, gồm: ", "Kỳ họp đã thông qua "])
def test_two_resolutions_joined_by_va_with_the_type_word_repeated_are_two_documents(lead_in):
    # (after a list's lead or right after the issuing verb; the council named with its term before 'tổ chức kỳ họp' is
    # the one that held the sitting)
    keys = {d.key for d in extract(SITTING + lead_in + "Nghị quyết về dự toán thu, chi ngân sách năm 2025 và Nghị quyết "
                                   "về chính sách hỗ trợ cán bộ dôi dư.").documents}
    assert keys == {"NQ:HĐND huyện Yên Lạc về dự toán thu, chi ngân sách năm 2025",
                    "NQ:HĐND huyện Yên Lạc về chính sách hỗ trợ cán bộ dôi dư"}


def test_a_party_conferences_list_of_resolutions_after_gom_names_each_by_its_subject():
    f = _facts(_OPEN + "Hội nghị đã thông qua 2 nghị quyết chuyên đề, gồm: Nghị quyết về phát triển cây dược liệu và "
                       "Nghị quyết về chuyển đổi số trong các chi bộ.")
    assert sorted(d.key for d in f.documents if d.key.startswith("NQ:")) == [
        "NQ:Ban Chấp hành Đảng bộ xã Hòa Lạc về chuyển đổi số trong các chi bộ",
        "NQ:Ban Chấp hành Đảng bộ xã Hòa Lạc về phát triển cây dược liệu"]


def test_near_miss_a_resolution_still_to_be_submitted_after_va_is_not_issued():
    # the second type word follows 'trình', not the list's join: it is the next sitting's draft, not adopted here
    keys = {d.key for d in extract(SITTING + "Kỳ họp đã thông qua Nghị quyết về dự toán thu, chi ngân sách năm 2025 và "
                                             "giao UBND huyện trình Nghị quyết về chính sách hỗ trợ cán bộ dôi dư tại kỳ "
                                             "họp sau.").documents}
    assert not any("dôi dư" in k for k in keys)


def test_near_miss_va_giao_thong_in_a_title_does_not_end_it():
    # 'và giao thông' is a word of the title, not the council handing a task on ('và giao UBND huyện ...')
    keys = {d.key for d in extract(SITTING + "Kỳ họp đã thông qua Nghị quyết về phát triển đô thị và giao thông nông "
                                             "thôn năm 2025.").documents}
    assert keys == {"NQ:HĐND huyện Yên Lạc về phát triển đô thị và giao thông nông thôn năm 2025"}


def test_the_goals_a_sittings_resolution_is_passed_with_are_no_part_of_its_subject():
    facts = extract(SITTING + "Kỳ họp đã thông qua 7 nghị quyết, trong đó có Nghị quyết về kế hoạch phát triển kinh tế "
                              "- xã hội năm 2026 với mục tiêu tốc độ tăng trưởng từ 8% đến 8,5%; thu nhập bình quân đầu "
                              "người trên 71 triệu đồng.")
    key = "NQ:HĐND huyện Yên Lạc về kế hoạch phát triển kinh tế - xã hội năm 2026"
    assert [d.key for d in facts.documents] == [key]
    assert {(t.value, t.comparator, t.document) for t in facts.targets} == {(8, ">=", key), (71, ">=", key)}
    # near miss: the count of resolutions passed is the sitting's work, no goal nor result
    assert 7 not in {x.value for x in [*facts.targets, *facts.outcomes]}


def test_the_goals_a_plenums_resolution_is_issued_with_end_its_title_but_a_title_may_strive():
    text = ("Ngày 24/12/2025, Ban Chấp hành Đảng bộ huyện Vĩnh Lợi tổ chức hội nghị. Hội nghị đã thống nhất ban hành Nghị "
            "quyết về phát triển nông nghiệp sạch giai đoạn 2026 - 2030, phấn đấu đến năm 2030 có 40 cơ sở sản xuất đạt "
            "chứng nhận VietGAP.")
    facts = extract(text)
    key = "NQ:Ban Chấp hành Đảng bộ huyện Vĩnh Lợi về phát triển nông nghiệp sạch giai đoạn 2026-2030"
    assert [d.key for d in facts.documents] == [key]
    assert [(t.value, t.document) for t in facts.targets] == [(40, key)]
    # near miss: 'phấn đấu' followed by no time nor figure of a goal is a word of the title
    text = ("Ngày 24/12/2025, Ban Chấp hành Đảng bộ huyện Vĩnh Lợi tổ chức hội nghị. Hội nghị đã thống nhất ban hành Nghị "
            "quyết về phát triển kinh tế vùng ven biển, phấn đấu giảm nghèo bền vững ở các xã bãi ngang.")
    assert any(d.key.endswith("phấn đấu giảm nghèo bền vững ở các xã bãi ngang") for d in extract(text).documents)


_SITTING = ("Ngày 10/7/2025, HĐND tỉnh Hòa Bình khóa XVII, nhiệm kỳ 2021 - 2026 đã tổ chức Kỳ họp thứ Mười hai.\n"
            "Kỳ họp đã biểu quyết thông qua 9 nghị quyết, gồm 4 nghị quyết quy phạm pháp luật và 5 nghị quyết cá biệt, "
            "trong đó:\n1. Nghị quyết số 18/2025/NQ-HĐND quy định mức hỗ trợ cán bộ dôi dư.\n"
            "2. Nghị quyết điều chỉnh dự toán ngân sách năm 2025, tổng chi sau điều chỉnh 9.120 tỷ đồng.\n"
            "3. Nghị quyết về kế hoạch tổ chức các kỳ họp năm 2026 của HĐND tỉnh.\n{after}")


def test_a_sittings_resolutions_listed_one_a_line_are_the_councils():
    keys = {d.key for d in _facts(_SITTING.format(after="")).documents}
    assert {"NQ:HĐND tỉnh Hòa Bình về điều chỉnh dự toán ngân sách năm 2025",
            "NQ:HĐND tỉnh Hòa Bình về kế hoạch tổ chức các kỳ họp năm 2026", "18/2025/NQ-HĐND"} <= keys


def test_near_miss_a_numbered_heading_after_the_list_is_no_item():
    after = "\n4. Nghị quyết về phát triển du lịch cộng đồng đã được tổng kết năm 2024.\n"
    keys = {d.key for d in _facts(_SITTING.format(after=after)).documents}
    assert not any("du lịch cộng đồng" in k for k in keys)
