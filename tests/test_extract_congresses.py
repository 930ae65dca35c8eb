"""The resolution of a congress a text reports on (kg.extract.congresses, unnumbered): named by the congress itself
where the text never writes 'Nghị quyết Đại hội', with the goals the congress set; a short name with its level ('Nghị quyết Đại hội
Đảng bộ xã') beside two congresses; a key by the level alone named after the one body of that level the text names.
Short texts of our own; each rule with its near misses."""
from __future__ import annotations

import pytest

from kg.extract import extract, read_text

KEY = "NQ:Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025-2030"
HELD = "Trong hai ngày 18 và 19/8/2025, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "


def test_a_congress_that_sets_goals_names_its_resolution_and_owns_the_goals():
    fx = extract(HELD + "Đại hội xác định mục tiêu đến năm 2030: 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; "
                        "hằng năm kết nạp ít nhất 20 đảng viên mới.")
    assert [d.key for d in fx.documents] == [KEY]
    assert {(t.value, t.document) for t in fx.targets} == {(95, KEY), (20, KEY)}


def test_a_headline_names_the_congress_and_a_later_sentence_what_it_set():
    text = ("Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025 – 2030\n\nSáng 19/8, đại hội khai mạc với "
            "150 đại biểu dự. Đại hội xác định phương hướng nhiệm kỳ tới là xây dựng Đảng bộ trong sạch, vững mạnh.")
    assert [d.key for d in extract(text).documents] == [KEY]


def test_near_miss_a_congress_that_adopts_nothing_names_no_resolution():
    text = HELD + "Tham dự Đại hội có 150 đại biểu, đại diện cho hơn 900 đảng viên của Đảng bộ."
    assert extract(text).documents == []


def test_near_miss_a_congress_only_prepared_for_names_no_resolution():
    text = ("Ban Thường vụ Đảng ủy xã họp chuẩn bị Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025 - 2030. "
            "Đại hội thống nhất thời gian khai mạc vào tháng 8.")
    assert extract(text).documents == []


def test_near_miss_two_congresses_named_leave_the_resolution_unsaid():
    text = (HELD + "Trước đó, Đảng bộ xã Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
            "Đại hội xác định phương hướng nhiệm kỳ tới.")
    assert extract(text).documents == []


TWO = ("Sáng 15/10/2025, Đảng ủy xã Ea Kly quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ I, nhiệm "
       "kỳ 2025-2030 và Nghị quyết Đại hội đại biểu Đảng bộ xã Ea Kly lần thứ I, nhiệm kỳ 2025-2030.\n\n")
COMMUNE = "NQ:Đại hội đại biểu Đảng bộ xã Ea Kly lần thứ I, nhiệm kỳ 2025-2030"
PROVINCE = "NQ:Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ I, nhiệm kỳ 2025-2030"


def test_a_short_congress_name_with_its_level_is_the_congress_of_that_level():
    fx = extract(TWO + "Nghị quyết Đại hội Đảng bộ xã đề ra mục tiêu đến năm 2030 tỷ lệ hộ nghèo giảm còn dưới 2%; "
                       "hằng năm kết nạp từ 25 đảng viên trở lên.")
    assert {(t.value, t.document) for t in fx.targets} == {(2, COMMUNE), (25, COMMUNE)}


def test_near_miss_the_other_level_names_the_other_congress():
    fx = extract(TWO + "Nghị quyết Đại hội Đảng bộ tỉnh đề ra mục tiêu đến năm 2030 tỷ lệ hộ nghèo giảm còn dưới 2%.")
    assert {(t.value, t.document) for t in fx.targets} == {(2, PROVINCE)}


def test_near_miss_results_against_the_resolution_before_the_congress_sets_goals_are_not_its_resolutions():
    fx = extract(HELD + "Nhiệm kỳ 2020-2025, Đảng bộ đã kết nạp 320 đảng viên, đạt 128% chỉ tiêu Nghị quyết. Đại hội xác "
                        "định mục tiêu nhiệm kỳ mới: hằng năm kết nạp ít nhất 20 đảng viên mới.")
    assert {(t.value, t.document) for t in fx.targets} == {(20, KEY)}
    assert all(o.document != KEY for o in fx.outcomes)


def test_a_congress_resolution_keyed_by_its_level_takes_the_name_of_the_one_body_the_text_names():
    text = ("Ngày 12/11, Ban Thường vụ Đảng ủy xã Nà Phặc quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, "
            "nhiệm kỳ 2025-2030 và Chương trình hành động số 04-CTr/ĐU của Ban Chấp hành Đảng bộ xã thực hiện Nghị quyết.")
    named = "NQ:Đại hội đại biểu Đảng bộ xã Nà Phặc lần thứ I, nhiệm kỳ 2025-2030"
    fx = extract(text)
    assert {d.key for d in fx.documents} == {named, "04-CTr/ĐU"}
    assert {(x.from_, x.to) for x in fx.links} == {("04-CTr/ĐU", named)}


def test_near_miss_two_bodies_of_that_level_leave_the_key_as_written():
    text = ("Ngày 12/11, Đảng ủy xã Nà Phặc và Đảng ủy xã Bằng Vân quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần "
            "thứ I, nhiệm kỳ 2025-2030.")
    assert [d.key for d in extract(text).documents] == ["NQ:Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030"]


# ---------------------------------------------------------------- a mass organisation's congress (issue 12)

_UNION = ("Sáng 9/5/2023, Hội Cựu chiến binh huyện Ea Súp tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2023 - 2028. "
          "Dự Đại hội có 150 đại biểu chính thức, đại diện cho hơn 4.200 hội viên.\n\n"
          "Nhiệm kỳ qua, thực hiện Nghị quyết Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VII, toàn huyện xây dựng "
          "được 36 mô hình kinh tế. Trong 9 chỉ tiêu Nghị quyết Đại hội VII đề ra, có 8 chỉ tiêu đạt và vượt.\n\n"
          "Thực hiện Quyết định số 1400/QĐ-TTg của Thủ tướng Chính phủ, Hội đã giới thiệu việc làm cho 310 hội viên.\n\n"
          "Đại hội xác định mục tiêu nhiệm kỳ 2023 - 2028: hằng năm kết nạp từ 120 hội viên trở lên.{after}\n")
_VIII = "NQ:Đại hội đại biểu Hội Cựu chiến binh huyện Ea Súp lần thứ VIII, nhiệm kỳ 2023-2028"


def test_a_mass_organisation_s_congress_sets_its_term_s_goals_and_its_short_name_is_the_one_named_in_full():
    f = extract(_UNION.format(after=" Đại hội bầu 5 đại biểu đi dự Đại hội Hội Cựu chiến binh tỉnh lần thứ VIII."))
    assert [(t.value, t.document) for t in f.targets] == [(120, _VIII)]
    past = {o.value: o.document for o in f.outcomes}
    assert past[36] == past[8] and past[36].startswith("NQ:Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VII")
    assert past[310] == "1400/QĐ-TTg"
    assert 150 not in past and 4200 not in past        # the delegates and members they stand for: no result


def test_near_miss_a_congress_named_in_full_and_not_held_here_is_another_one():
    # the provincial congress the delegates go to is not held here ('đi dự'); with it read as held, two congresses
    # would be named and the goals would lose their resolution
    f = extract(_UNION.format(after=""))
    assert [(t.value, t.document) for t in f.targets] == [(120, _VIII)]
    g = extract(_UNION.format(after=" Hội Cựu chiến binh tỉnh tổ chức Đại hội Hội Cựu chiến binh tỉnh lần thứ VIII vào tháng 7."))
    assert all(t.document != _VIII for t in g.targets)


def test_a_higher_congress_still_to_come_leaves_the_held_one_its_resolution():
    text = (HELD + "Đại hội thông qua Nghị quyết với các chỉ tiêu chủ yếu: hằng năm kết nạp ít nhất 20 đảng viên mới. "
            "Đại hội Đảng bộ tỉnh lần thứ XVIII dự kiến diễn ra vào tháng 10/2025.")
    assert [d.key for d in extract(text).documents] == [KEY]


def test_near_miss_a_second_congress_reported_as_held_still_leaves_the_resolution_unsaid():
    # the same wording without 'dự kiến': two congresses held, the sentence's 'Đại hội' names neither for sure
    text = (HELD + "Đại hội thông qua Nghị quyết với các chỉ tiêu chủ yếu: hằng năm kết nạp ít nhất 20 đảng viên mới. "
            "Đại hội Đảng bộ tỉnh lần thứ XVIII diễn ra vào tháng 10/2025.")
    assert KEY not in [d.key for d in extract(text).documents]


def test_a_congress_that_sets_goals_after_the_term_it_speaks_for_names_its_resolution():
    fx = extract(HELD + "Nhiệm kỳ 2025 - 2030, Đại hội đề ra mục tiêu hằng năm kết nạp ít nhất 20 đảng viên mới.")
    assert {(t.value, t.document) for t in fx.targets} == {(20, KEY)}


def test_near_miss_another_term_before_the_congress_names_no_goal_of_its_resolution():
    fx = extract(HELD + "Nhiệm kỳ 2020 - 2025, Đại hội đề ra mục tiêu hằng năm kết nạp ít nhất 20 đảng viên mới.")
    assert all(t.document != KEY for t in fx.targets)


def test_a_congress_resolution_named_in_full_by_a_unit_with_a_number_or_a_long_body():
    fx = extract("Ngày 3/10, Đảng ủy phường quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường Sơn Trà 2 lần thứ I, "
                 "nhiệm kỳ 2025 - 2030 và Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVIII, nhiệm "
                 "kỳ 2022 - 2027.")
    assert {d.key for d in fx.documents} == {
        "NQ:Đại hội đại biểu Đảng bộ phường Sơn Trà 2 lần thứ I, nhiệm kỳ 2025-2030",
        "NQ:Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVIII, nhiệm kỳ 2022-2027"}


def test_near_miss_a_congress_name_never_runs_over_another_resolutions_name():
    fx = extract("Chi bộ quán triệt Nghị quyết Đại hội Đảng bộ và Nghị quyết Đại hội XIII của Đảng.")
    assert all("và Nghị quyết" not in (d.key or "") for d in fx.documents)


def test_a_congress_that_adopts_its_resolution_after_weighing_the_term_names_it():
    fx = extract(HELD + "Đại hội đã đánh giá kết quả nhiệm kỳ qua, đề ra phương hướng nhiệm kỳ mới và biểu quyết thông "
                        "qua Nghị quyết Đại hội. Ban Chấp hành Đảng bộ xã khóa mới tập trung lãnh đạo cụ thể hóa Nghị "
                        "quyết thành các chương trình hành động.")
    assert [d.key for d in fx.documents] == [KEY]
    assert [(a.body, a.document) for a in fx.assignments] == [("Ban Chấp hành Đảng bộ xã khóa mới", KEY)]


def test_near_miss_a_congress_that_only_weighs_the_term_adopts_nothing():
    text = HELD + "Đại hội đã đánh giá kết quả nhiệm kỳ qua và thảo luận dự thảo Nghị quyết Đại hội."
    assert extract(text).documents == []


_LAST_TERM = ("Báo cáo chính trị cho biết, các đảng bộ tiền thân đã thực hiện Nghị quyết Đại hội Đảng bộ huyện Yên Lạc "
              "nhiệm kỳ 2020-2025 với 14/16 chỉ tiêu đạt và vượt. ")


def test_nghi_quyet_dai_hoi_after_the_congress_adopted_its_own_is_the_new_one():
    # (a decision named between, the last document before the task, is not what the task carries out)
    fx = extract(HELD + _LAST_TERM + "Đại hội thông qua Nghị quyết với các chỉ tiêu chủ yếu đến năm 2030. Đại hội công bố "
                 "Quyết định số 215-QĐ/HU ngày 1/8/2025 của Ban Thường vụ Huyện ủy chỉ định Ban Chấp hành Đảng bộ xã. Đồng "
                 "chí Bí thư Huyện ủy đề nghị Đảng bộ xã tập trung lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.")
    assert [(a.body, a.document) for a in fx.assignments] == [("Đảng bộ xã", KEY)]


def test_near_miss_nghi_quyet_dai_hoi_before_the_congress_adopts_its_own_stays_unsaid():
    # before the sentence that adopts the new resolution, the short name may be the last term's: neither is read
    text = (HELD + _LAST_TERM + "Các chi bộ đã hoàn thành Nghị quyết Đại hội trước thời hạn. Đại hội thông qua Nghị quyết "
            "với các chỉ tiêu chủ yếu đến năm 2030.")
    at = text.index("Nghị quyết Đại hội trước")
    assert [m.key for m in read_text(text, None).df.mentions if m.start == at] in ([], [None])


# a political report whose heading, in capitals, names the congress, and whose goals follow an opening clause that
# says what they carry out
REPORT = ("BÁO CÁO CHÍNH TRỊ TẠI ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n\n"
          "Năm năm qua, xã đã hoàn thành phần lớn nhiệm vụ đề ra.\n\n")
CARRIED = "Nhằm thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, "


def test_a_congress_that_sets_goals_after_an_opening_clause_names_its_resolution_and_carries_out_what_it_names():
    fx = extract(REPORT + CARRIED + "Đại hội thống nhất các chỉ tiêu chủ yếu sau:\n(1) Hằng năm kết nạp ít nhất "
                                    "30 đảng viên mới.\n(2) Đến năm 2030, có 12 thôn đạt chuẩn nông thôn mới kiểu mẫu.")
    assert KEY in {d.key for d in fx.documents}
    assert {(x.from_, x.type, x.to) for x in fx.links} == {(KEY, "implements", "57-NQ/TW")}
    assert {(t.value, t.document) for t in fx.targets} == {(30, KEY), (12, KEY)}


def test_near_miss_an_opening_clause_before_a_congress_that_sets_nothing_names_no_resolution():
    fx = extract(REPORT + CARRIED + "Đại hội đã nghe báo cáo tham luận của 12 đơn vị.")
    assert KEY not in {d.key for d in fx.documents}
    assert fx.links == []


# the congress named short in a headline and in full with its term in the lead: one resolution, and a bare 'Nghị quyết
# Đại hội' after both names it (not a numbered resolution the lead cites for another matter)
WARD = "NQ:Đại hội đại biểu Đảng bộ phường Hòa An lần thứ I, nhiệm kỳ 2025-2030"
TWO_WORDINGS = ("Phường Hòa An học tập Nghị quyết Đại hội Đảng bộ phường lần thứ {n}\n\n"
                "Sáng 2/10, Đảng ủy phường Hòa An tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần "
                "thứ I, nhiệm kỳ 2025 - 2030. Phường được thành lập theo Nghị quyết số 1702/NQ-UBTVQH15 ngày 16/6/2025 của Ủy "
                "ban Thường vụ Quốc hội.\n\nBáo cáo viên trình bày nội dung của Nghị quyết Đại hội. Theo đó, đến năm 2030, "
                "phường phấn đấu 100% tổ dân phố đạt chuẩn văn minh; hằng năm kết nạp từ 30 đảng viên trở lên.\n")


def test_a_bare_congress_resolution_after_two_wordings_of_one_congress_is_that_congress_s():
    fx = extract(TWO_WORDINGS.format(n="I"))
    assert {(t.value, t.document) for t in fx.targets} == {(100, WARD), (30, WARD)}


def test_near_miss_two_congresses_of_other_numbers_are_not_merged_for_a_bare_name():
    fx = extract(TWO_WORDINGS.format(n="II"))
    assert WARD not in {t.document for t in fx.targets}
    assert len([d for d in fx.documents if d.key.startswith("NQ:Đại hội")]) == 2


# a review of the congress's resolution beside a numbered one: a bare 'Nghị quyết' in a paragraph that opened on the
# congress's is the congress's, and the figures after it stay with it
DISTRICT = "NQ:Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XIV, nhiệm kỳ 2020-2025"
MID_TERM = ("Ngày 27/7, Huyện ủy Tân Phú sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Tân Phú lần "
            "thứ XIV, nhiệm kỳ 2020 - 2025 và 2 năm thực hiện Nghị quyết số 07-NQ/HU ngày 5/3/2021 của Huyện ủy về phát triển "
            "cây ăn quả.\n\n{opening}thu ngân sách năm 2022 đạt 310 tỷ đồng (Nghị quyết đề ra 280 tỷ đồng). Toàn huyện có 6 xã "
            "đạt chuẩn nông thôn mới.\n\nRiêng Nghị quyết 07, huyện đã trồng mới 900 ha cây ăn quả.\n")


@pytest.mark.parametrize("opening", ["Sau hơn 2 năm thực hiện Nghị quyết Đại hội, ",
                                     "Báo cáo cho biết, qua nửa nhiệm kỳ thực hiện Nghị quyết Đại hội, "])
def test_a_bare_resolution_in_a_paragraph_on_the_congress_s_is_the_congress_s(opening):
    fx = extract(MID_TERM.format(opening=opening))
    assert {o.value: o.document for o in fx.outcomes} == {310: DISTRICT, 6: DISTRICT, 900: "07-NQ/HU"}
    assert {t.value: t.document for t in fx.targets} == {280: DISTRICT}


def test_near_miss_a_paragraph_that_names_no_congress_leaves_the_bare_resolution_to_the_numbered_one():
    fx = extract(MID_TERM.format(opening="Sau hơn 2 năm, "))
    assert {t.value: t.document for t in fx.targets} == {280: "07-NQ/HU"}


# a mass organisation's congress whose body's name is long ('Đoàn TNCS Hồ Chí Minh phường Bình Minh'), and the higher
# congress its delegates are elected to attend, which holds nothing in this text
YOUTH = "NQ:Đại hội đại biểu Đoàn TNCS Hồ Chí Minh phường Bình Minh lần thứ I, nhiệm kỳ 2025-2030"
YOUTH_HELD = ("Sáng 5/10, Đoàn TNCS Hồ Chí Minh phường Bình Minh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
              "Đại hội thống nhất 10 chỉ tiêu, trong đó hằng năm kết nạp ít nhất 200 đoàn viên mới. {after}")


@pytest.mark.parametrize("after", ["", "Đại hội bầu 15 đại biểu chính thức dự Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành "
                                       "phố lần thứ II."])
def test_a_youth_union_congress_named_with_its_long_body_names_its_resolution(after):
    fx = extract(YOUTH_HELD.format(after=after))
    assert [d.key for d in fx.documents] == [YOUTH]
    assert {(t.value, t.document) for t in fx.targets} == {(200, YOUTH)}


def test_near_miss_a_congress_the_delegates_only_attend_beside_another_held_leaves_it_unsaid():
    # two congresses held (not attended): which one set the goal is not said
    text = YOUTH_HELD.format(after="Trước đó, Đoàn TNCS Hồ Chí Minh phường Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm "
                                   "kỳ 2025 - 2030.")
    assert extract(text).documents == []
