"""kg.extract.aims_ahead: aims and spans ahead said without a goal cue. Texts are our own."""
from __future__ import annotations

import datetime as dt

from extract_helpers import figure_values
from kg.extract.aims_ahead import aim_ahead
from kg.extract.text import Segment, prepare

SPRING = dt.date(2026, 3, 10)


def figures(text: str, day: dt.date = SPRING) -> tuple[list[float], list[float]]:
    return figure_values(text, day)


def marks(sentence: str, ref_year: int | None = 2026, closing: bool = False) -> bool:
    p = prepare(sentence)
    return aim_ahead(p.text, p.folded, Segment(0, len(p.text)), ref_year, closing)


def test_a_verb_of_resolve_sets_goals():
    assert figures("Huyện quyết tâm hoàn thành 100% kế hoạch thu ngân sách năm 2026.") == ([100], [])
    assert figures("Năm 2026, tỉnh hướng tới tăng trưởng GRDP 8,5%.") == ([8.5], [])
    # near miss: resolve as the noun of a review's praise, and a clause of what was done
    assert not marks("Với quyết tâm cao, năm 2026 toàn tỉnh giải ngân 95% vốn đầu tư công.")
    assert not marks("Nhờ sự nỗ lực của các cấp, tỷ lệ tiêm chủng lên 95%.")
    assert not marks("Huyện quyết tâm cao và đã hoàn thành 100% kế hoạch.")


def test_a_span_of_years_ahead_and_years_to_come_set_goals():
    assert figures("Giai đoạn 2026 - 2030, tỉnh trồng mới 25.000 ha rừng.") == ([25000], [])
    assert figures("Trong 5 năm tới, tỉnh thu hút 20 dự án đầu tư vào khu công nghiệp.") == ([20], [])
    # near miss: a span past, and one ahead over what the first months did
    assert not marks("Giai đoạn 2021 - 2025, tỉnh trồng mới 25.000 ha rừng.")
    assert not marks("Thực hiện Kế hoạch giai đoạn 2026 - 2030, 6 tháng đầu năm tỉnh trồng mới 5.000 ha rừng.")
    assert not marks("Giai đoạn 2026 - 2030, tỉnh trồng mới 25.000 ha rừng.", ref_year=None)


def test_the_end_of_the_year_ahead_and_a_quota_handed_down_set_goals():
    assert figures("Ngành y tế nỗ lực đưa tỷ lệ tiêm chủng đầy đủ lên 95% vào cuối năm.") == ([95], [])
    assert marks("Tỉnh đưa tỷ lệ tiêm chủng lên 95% vào cuối năm.")
    assert not marks("Tỉnh đưa tỷ lệ tiêm chủng lên 95% vào cuối năm.", closing=True)
    assert not marks("Tỷ lệ tiêm chủng vào cuối năm 2025 là 95%.")
    assert figures("UBND tỉnh giao chỉ tiêu cho huyện trồng 1.200 ha rừng trong năm nay.") == ([1200], [])
    assert figures("Chỉ tiêu được giao năm 2026 là trồng mới 1.200 ha rừng.") == ([1200], [])
    # near miss: a share measured against the quota is a result
    assert not marks("Huyện đạt 105% chỉ tiêu được giao.")
    assert figures("Huyện đạt 105% chỉ tiêu được giao.") == ([], [105])


def test_near_miss_what_a_loss_affects_is_no_aim():
    # 'ảnh hưởng đến' (affects) folds like 'hướng đến' (aims at)
    assert not marks("Đợt hạn hán làm hơn 6.200 ha cây trồng bị thiệt hại, ảnh hưởng đến thu nhập của người dân.")
    assert marks("Tỉnh hướng đến 6.200 ha cây trồng có chứng nhận hữu cơ.")
