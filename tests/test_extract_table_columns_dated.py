"""A report's table whose plan column names its year and whose result column names the day it is counted to ('Kế
hoạch năm 2027 | Thực hiện đến 31/10/2026'), and a result given as a part of its whole ('52/52'), in
kg.extract.tables. Texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract

_TABLE = ("BÁO CÁO\nKết quả thực hiện Kế hoạch số 30/KH-UBND năm 2026\n\n"
          "TT | Chỉ tiêu | Kế hoạch năm 2027 | Thực hiện đến 30/9/2026\n"
          "1 | Tỷ lệ hộ dùng nước sạch | 95% | 88%\n"
          "2 | Trạm y tế xã đạt chuẩn | 100% | 52/52\n")


def test_the_plan_columns_year_is_the_goals_period():
    assert sorted((t.value, t.period) for t in extract(_TABLE).targets) == [(95, "2027"), (100, "2027")]


def test_the_result_columns_day_dates_its_results_and_a_pair_is_a_part_of_a_whole():
    got = sorted((o.value, o.of, o.as_of) for o in extract(_TABLE).outcomes)
    assert got == [(52, 52, _dt.date(2026, 9, 30)), (88, None, _dt.date(2026, 9, 30))]


def test_near_miss_columns_without_year_or_day():
    text = _TABLE.replace("Kế hoạch năm 2027", "Kế hoạch").replace("Thực hiện đến 30/9/2026", "Thực hiện")
    f = extract(text)
    assert [t.period for t in f.targets] == [None, None]
    assert sorted((o.value, o.as_of) for o in f.outcomes) == [(52, None), (88, None)]


def test_near_miss_a_pair_in_a_plan_column_is_no_goal():
    # 'A/B' under a plan's heading says no single goal: left out, as before
    text = _TABLE.replace("| 100% | 52/52", "| 50/52 | 52/52")
    assert sorted(t.value for t in extract(text).targets) == [95]


def test_near_miss_a_plan_column_of_a_term_names_no_year():
    text = _TABLE.replace("Kế hoạch năm 2027", "Kế hoạch 2026 - 2030")
    assert [t.period for t in extract(text).targets] == [None, None]
