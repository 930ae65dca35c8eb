"""kg.extract.place_sizes: a place's area and people said beside a result are no result. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.place_sizes import place_size

_REVIEW = ("Ngày 10/12/2025, Đảng ủy xã Phú Lộc sơ kết 1 năm thực hiện Nghị quyết số 08-NQ/ĐU về xây dựng nông thôn "
           "mới.\n\n{}\n")


@pytest.mark.parametrize("body,results,sizes", [
    ("Xã có diện tích tự nhiên 4.500 ha với 12.300 nhân khẩu, năm 2025 xã đã xây 3 trường học mới.", [3], [4500, 12300]),
    # other words: the units of the place then its people, after the result
    ("Năm 2025, xã đã bê tông hóa 14 km đường thôn; xã có 24 thôn với hơn 19.800 nhân khẩu.", [14], [24, 19800]),
    ("Năm 2025, xã có diện tích 56,2 km2 và 9.400 nhân khẩu, đã trồng mới 85 ha rừng.", [85], [56.2, 9400]),
])
def test_the_size_of_a_place_is_no_result(body, results, sizes):
    values = [o.value for o in extract(_REVIEW.format(body)).outcomes]
    assert all(v in values for v in results) and not any(v in values for v in sizes)


def test_near_miss_people_a_work_reached_and_a_share_of_the_area_stay_results():
    values = [o.value for o in extract(_REVIEW.format("Năm 2025, xã đã hỗ trợ gạo cho 3.500 nhân khẩu thuộc hộ nghèo; "
                                                      "đã có 120 hộ với 450 nhân khẩu được hỗ trợ nhà ở.")).outcomes]
    assert 3500 in values and 450 in values
    share = "xã trồng 2.000 ha rừng, chiếm 36% diện tích tự nhiên"
    assert not place_size(share, share.index("36"))
    field = "xã có diện tích lúa 1.200 ha đạt chuẩn VietGAP"
    assert not place_size(field, field.index("1.200"))


def test_the_former_units_a_place_was_merged_from_are_no_result():
    body = ("Nhiệm kỳ 2020 - 2025, Đảng bộ 4 xã cũ đã lãnh đạo thực hiện 16/18 chỉ tiêu đạt và vượt. Xã mới hình thành "
            "từ 2 phường và 2 xã cũ.")
    values = [o.value for o in extract(_REVIEW.format(body)).outcomes]
    assert 16 in values and 4 not in values and 2 not in values
    # near miss: former units counted as reaching something are a result, a share of them too
    reached = "trước sáp nhập, 8 xã cũ đã đạt chuẩn nông thôn mới"
    assert not place_size(reached, reached.index("8"))
    share = "12/15 xã cũ đạt chuẩn"
    assert not place_size(share, 0)
