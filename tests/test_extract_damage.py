"""A storm's, a flood's or heavy rain's damage is background in a review, not a result of the plan reviewed,
unless the text sets a goal on the damage itself (kg.extract.damage). Texts are our own."""
from __future__ import annotations

import datetime as _dt

import pytest

from kg.extract import extract
from kg.extract.damage import is_damage, without_prompting_losses
from kg.extract.text import fold_same_length
from kg.facts import Outcome


def _outcomes(text: str) -> list[float]:
    return sorted(o.value for o in extract(text, date=_dt.date(2024, 6, 1)).outcomes)


_REVIEW = "Sau 5 năm thực hiện Kế hoạch số 41-KH/TU, toàn tỉnh đã xây mới 72 km đê sông. "


def test_a_storms_toll_beside_a_plans_results_is_no_outcome():
    text = _REVIEW + "Riêng cơn bão số 4 năm 2023 làm 9 người chết, ước thiệt hại trên 1.300 tỷ đồng."
    assert _outcomes(text) == [72]


def test_rain_and_floods_that_caused_damage_are_no_outcome():
    text = _REVIEW + "Trong năm, trên địa bàn xảy ra 3 đợt mưa lớn làm sạt lở 820 m đường, hư hại 15 ha lúa."
    assert _outcomes(text) == [72]
    assert is_damage("lũ quét gây ngập 40 nhà dân")
    assert is_damage("bão số 2 và hoàn lưu sau bão làm 600 ha lúa bị ngập úng")


def test_what_was_done_after_a_storm_stays_a_result():
    # near miss: the storm names what was repaired, it caused nothing in the clause
    text = _REVIEW + "Năm 2023, huyện đã hỗ trợ sửa chữa 140 nhà bị tốc mái sau bão."
    assert 140 in _outcomes(text)
    # near miss: 'bảo' and 'bao' fold like 'bão'; 'bảo vệ ... làm' is no storm
    assert not is_damage("lực lượng bảo vệ rừng làm đường băng cản lửa dài 12 km")
    assert not is_damage("bao gồm 12 xã làm điểm")


def test_damage_stays_where_the_text_sets_a_goal_on_it():
    # near miss: the plan aims to cut the damage, so the damage reported is what it is measured by
    text = ("Năm 2023, triều cường làm thiệt hại 900 ha lúa trên địa bàn tỉnh. Thực hiện Kế hoạch số 41-KH/TU, "
            "mục tiêu năm 2025 giảm diện tích lúa thiệt hại xuống dưới 200 ha.")
    assert 900 in _outcomes(text)
    # and without the goal, the same toll is background
    assert 900 not in _outcomes(text.split(" Thực hiện")[0] + " Thực hiện Kế hoạch số 41-KH/TU, toàn tỉnh đã xây mới 72 km đê sông.")


def test_cases_of_a_disease_are_no_outcome_but_what_was_done_against_it_is():
    text = ("Thực hiện Kế hoạch số 19/KH-UBND của UBND phường, từ đầu năm đến nay phường ghi nhận 64 ca sốt xuất huyết, "
            "tăng 9 ca so với cùng kỳ; phường đã xử lý 7/8 ổ dịch.")
    assert _outcomes(text) == [7]
    # near miss: 'cá' (fish) folds like 'ca'; a figure of fish released is no case of a disease
    assert not is_damage("thả 2.000 con cá giống")


def test_cold_that_caused_damage_is_no_outcome():
    text = _REVIEW + "Đợt rét đậm, rét hại đầu năm làm chết 210 con trâu, bò."
    assert _outcomes(text) == [72]
    # near miss: 'rét' in what was done before the cold is no harm
    assert 160 in _outcomes(_REVIEW + "Trước đợt rét, huyện đã hỗ trợ 160 hộ làm chuồng trại.")


def test_an_outbreak_where_it_broke_out_is_no_outcome():
    text = _REVIEW + "Từ đầu năm, bệnh cúm gia cầm đã xảy ra tại 14 ổ dịch thuộc 6 xã, làm 2.100 con gia cầm bị tiêu hủy."
    assert _outcomes(text) == [72]
    # near misses: what was done against the disease stays a result
    assert not is_damage("phường đã xử lý ổ dịch tại 9/11 khóm, ấp có ca bệnh")
    assert not is_damage("công tác phòng, chống dịch bệnh được làm tốt, tiêm phòng 12.000 con gia súc")


_DIRECTIVE = ("HUYỆN ỦY ĐỒNG SƠN\nSố 15-CT/HU\nCHỈ THỊ\nvề tăng cường công tác phòng cháy, chữa cháy rừng\n\n"
              "Qua 5 năm thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư, nhận thức của Nhân dân về bảo vệ "
              "rừng có chuyển biến; toàn huyện trồng mới 2.100 ha rừng. {}\n\n"
              "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:\n"
              "1. Phấn đấu đến năm 2026 tỷ lệ che phủ rừng đạt 40%.\n")


def test_near_miss_losses_a_report_gives_after_carrying_out_a_document_stay():
    # no document issued: the fires of the season are what carrying out the directive achieved
    text = ("Thực hiện Chỉ thị số 04/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh, mùa khô vừa qua toàn tỉnh xảy ra "
            "3 vụ cháy rừng, giảm 6 vụ so với mùa khô trước. Tuy vậy, vẫn còn tình trạng đốt nương; xảy ra 2 vụ cháy "
            "rừng, thiệt hại 4 ha.\n")
    assert sorted(o.value for o in extract(text).outcomes) == [2, 3, 4, 6]


_PLAN = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 21/KH-UBND\nKẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô năm 2025-2026\n\n"
         "I. TÌNH HÌNH\n{}\n\nII. MỤC TIÊU\nPhấn đấu diện tích rừng bị cháy dưới 2 ha.\n")


_OPENING = ("UBND TỈNH HÒA AN\nSố: 05/CT-UBND\nCHỈ THỊ\nVề phòng cháy, chữa cháy rừng năm 2026\n\n{} Để chủ động "
            "ứng phó, Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:\n"
            "1. Không để xảy ra cháy rừng lớn.\n")


@pytest.mark.parametrize("frame, clause, kept", [
    # among the shortcomings after the results of the document carried out
    (_DIRECTIVE, "Tuy vậy, tình trạng phá rừng vẫn còn; riêng năm 2024 trên địa bàn xảy ra 5 vụ cháy rừng, làm thiệt "
                 "hại 12,5 ha.", [2100]),
    # the 'Tình hình' section of a new plan, no shortcoming word and no document carried out named (what was done
    # stays a result, tied to no document)
    (_PLAN, "Mùa khô 2024-2025, trên địa bàn xã xảy ra 4 vụ cháy rừng, làm thiệt hại 6,5 ha rừng trồng; lực lượng "
            "kiểm lâm đã xử lý 3 trường hợp đốt thực bì trái phép.", [3]),
    # the opening paragraph of a new directive
    (_OPENING, "Năm 2025, trên địa bàn tỉnh xảy ra 11 vụ cháy rừng, thiệt hại 19 ha, giảm 4 vụ so với năm 2024.", []),
])
def test_losses_that_prompt_a_new_document_are_no_outcome(frame: str, clause: str, kept: list[float]):
    # point (u) of our conventions: the situation a new document sets out from
    assert sorted(o.value for o in extract(frame.format(clause)).outcomes) == kept


def test_near_miss_a_new_plans_losses_under_a_document_it_names_as_carried_out_stay():
    # the same section, but the fires are said as what carrying out a named directive gave: its outcomes
    text = _PLAN.format("Thực hiện Chỉ thị số 04/CT-UBND ngày 10/01/2024 của Chủ tịch UBND huyện, mùa khô 2024-2025 "
                        "trên địa bàn xã xảy ra 2 vụ cháy rừng, giảm 3 vụ so với mùa khô trước.")
    assert sorted((o.value, o.document) for o in extract(text).outcomes) == [(2, "04/CT-UBND"), (3, "04/CT-UBND")]


def test_prompting_losses_read_on_the_folded_text_handed_in_as_on_their_own():
    """A caller that has the text folded hands it in; the losses kept and dropped are the same either way."""
    text = ("Tuy vậy, tình trạng phá rừng vẫn còn; riêng năm 2024 xảy ra 5 vụ cháy rừng. "
            "Năm 2024 trồng mới 300 ha rừng.")
    a = text.index("xảy ra")
    b = text.index("trồng mới")
    losses = [Outcome("KH:rừng", "xảy ra 5 vụ cháy rừng", 5, span=(a, a + 21)),
              Outcome("KH:rừng", "trồng mới 300 ha rừng", 300, span=(b, b + 21))]
    alone = without_prompting_losses(text, "KH:rừng", losses)
    assert [o.value for o in alone] == [300]
    assert without_prompting_losses(text, "KH:rừng", losses, folded=fold_same_length(text)) == alone
