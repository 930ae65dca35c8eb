"""A report's section of shortcomings (hạn chế) and the shortfall a new document sets out from give no outcomes
(kg.extract.shortcomings). Texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract
from kg.extract.shortcomings import shortcoming_sections
from kg.extract.text import fold_same_length


def _outcomes(text: str) -> list[float]:
    return sorted(o.value for o in extract(text, date=_dt.date(2026, 1, 8)).outcomes)


_SUPERVISION = """ỦY BAN KIỂM TRA HUYỆN ỦY
Số: 45-BC/UBKTHU

BÁO CÁO
Kết quả giám sát việc thực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy

I. KẾT QUẢ GIÁM SÁT
1. Ưu điểm
Các chi bộ được giám sát đã tổ chức học tập Chỉ thị; 18/20 hợp tác xã đã ký hợp đồng tiêu thụ nông sản.
2. Hạn chế, khuyết điểm
Còn 2 hợp tác xã chưa ký hợp đồng tiêu thụ; 5 hộ nợ quá hạn với tổng số tiền 300 triệu đồng.

II. KIẾN NGHỊ
Đề nghị Đảng ủy các xã chỉ đạo khắc phục các hạn chế nêu trên.
"""


def test_figures_under_a_heading_of_shortcomings_are_no_outcomes():
    assert _outcomes(_SUPERVISION) == [18]


def test_the_same_figures_under_the_results_heading_stay():
    # near miss: without the heading of shortcomings the lines are the section of results going on
    text = _SUPERVISION.replace("2. Hạn chế, khuyết điểm\n", "")
    assert 300 in _outcomes(text)


def test_what_a_heading_of_shortcomings_is():
    f = fold_same_length("1. Ưu điểm\nTốt.\n2. Tồn tại, hạn chế\nChậm.\n3. Nguyên nhân\nÍt vốn.\n")
    (start, end), = shortcoming_sections(f)
    assert f[start:end].strip() == "cham."
    # near miss: a sentence that opens on the word is no heading
    assert shortcoming_sections(fold_same_length("Hạn chế được chỉ ra là vốn còn ít.\n")) == []


_NEW_PLAN = """Xã Hòa Bình ban hành Kế hoạch chuyển đổi số năm 2026

Ngày 5/1/2026, UBND xã Hòa Bình ban hành Kế hoạch số 07/KH-UBND về chuyển đổi số năm 2026.

Sau nửa năm vận hành mô hình mới, tỷ lệ người dân dùng chữ ký số mới đạt 23%.

Kế hoạch đặt mục tiêu đến hết năm 2026, ít nhất 60% người dân trưởng thành dùng chữ ký số.
"""


def test_the_shortfall_a_new_plan_sets_out_from_is_no_outcome():
    assert _outcomes(_NEW_PLAN) == []
    turned = _NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới,",
                               "Thời gian qua, xã đã có nhiều cố gắng; tuy vậy,")
    assert _outcomes(turned) == []


def test_what_an_earlier_plan_achieved_stays_beside_its_shortfall():
    # near miss: the sentence reports work done under an earlier plan, the low rate with it
    text = _NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới, tỷ lệ",
                             "Thực hiện Kế hoạch số 88/KH-UBND của UBND tỉnh, xã đã cấp 1.500 chữ ký số; tỷ lệ")
    assert _outcomes(text) == [23, 1500]


def test_a_plan_issued_long_before_the_text_keeps_its_shortfall():
    # near miss: a page on how a plan of the year before went; its low rate is a result of that plan
    text = _NEW_PLAN.replace("Ngày 5/1/2026", "Ngày 5/1/2025").replace("năm 2026.", "năm 2025.", 1)
    assert 23 in _outcomes(text)
