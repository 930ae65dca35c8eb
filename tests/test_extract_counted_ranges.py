"""kg.extract.counted_ranges: a range after a count of things qualifies what is counted. Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.counted_ranges import qualifies_count
from kg.extract.text import prepare


def _values(text: str) -> list[float]:
    return sorted(o.value for o in extract(text).outcomes)


def test_a_range_after_a_count_is_no_result_of_its_own():
    text = ("Thực hiện Kế hoạch số 12-KH/UBND, toàn tỉnh hiện có 58/124 xã đạt chuẩn nông thôn mới; "
            "9 xã đạt từ 15 đến 18 tiêu chí.")
    assert _values(text) == [9, 58]
    # in other words: the households each village has, after the villages counted
    assert _values("Thực hiện Kế hoạch số 12-KH/UBND, đến nay 12 thôn đã có từ 20 đến 30 hộ tham gia mô hình.") == [12]
    f = prepare("4 hợp tác xã đều đạt từ 3 sao").folded
    assert qualifies_count(f, 0, f.index("3 sao"))


def test_near_miss_a_range_with_no_count_before_it_is_the_level_reached():
    assert _values("Thực hiện Kế hoạch số 12-KH/UBND, năng suất lúa đạt từ 60 đến 65 tạ/ha.") == [60]
    # ... and a count in another clause before it does not make it one
    f = prepare("Năm 2025, 3 xã về đích; năng suất đạt từ 60 tạ").folded
    assert not qualifies_count(f, f.index("nang suat"), f.index("60"))
    # ... nor an item's number before a goal's range
    f = prepare("6. Hằng năm có từ 5 - 7 sáng chế").folded
    assert not qualifies_count(f, 0, f.index("5 -"))
