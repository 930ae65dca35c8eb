"""A storm's, a flood's or heavy rain's damage is background in a review, not a result of the plan reviewed,
unless the text sets a goal on the damage itself (kg.extract.damage). Texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract
from kg.extract.damage import is_damage


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


def test_outbreaks_counted_as_they_broke_out_and_animals_culled_are_no_outcome():
    text = _REVIEW + "Từ đầu năm đến nay, toàn tỉnh xảy ra 41 ổ dịch tả lợn, buộc tiêu hủy hơn 3.600 con lợn."
    assert _outcomes(text) == [72]
    assert is_damage("riêng tháng 11 phát sinh thêm 9 ổ dịch mới")
    # near miss: the outbreaks dealt with are what the plan's work did
    assert not is_damage("lực lượng thú y đã xử lý dứt điểm 12 ổ dịch")
    assert _outcomes(_REVIEW + "Lực lượng thú y đã xử lý dứt điểm 12 ổ dịch.") == [12, 72]


def test_words_that_fold_like_a_storm_s_cause_no_damage():
    # 'huy động đạt' folds as 'động đất' does, 'sau báo cáo' as 'sau bão', 'mua bảo hiểm' as 'mưa bão': a sum raised or
    # a report read is no earthquake nor storm, whatever 'làm' or 'gây' follows
    assert not is_damage("tổng nguồn lực huy động đạt 96 tỷ đồng, Nhân dân hiến 2,3 ha đất làm đường")
    assert not is_damage("hoạt động đạt hiệu quả, các hợp tác xã tạo việc làm cho 1.200 lao động")
    assert not is_damage("sau báo cáo của xã, đại biểu làm rõ việc xây mới 12 km đường")
    assert not is_damage("vận động 900 hộ mua bảo hiểm y tế, gây quỹ 30 triệu đồng")
    text = _REVIEW + "Tổng nguồn lực huy động đạt 96 tỷ đồng, trong đó Nhân dân hiến 2,3 ha đất làm đường."
    assert _outcomes(text) == [2.3, 72, 96]
    # near miss: the real causes, written with their marks or typed without any, still are
    assert is_damage("động đất làm nứt 14 ngôi nhà")
    assert is_damage("dong dat lam nut 14 ngoi nha")
    assert is_damage("Mưa bão làm sập 3 nhà")
