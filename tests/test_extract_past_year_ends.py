"""kg.extract.past_year_ends: where things stood at the end of a year past is a result. Texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract
from kg.extract.past_year_ends import past_year_end
from kg.extract.text import prepare

_DAY = _dt.date(2026, 1, 10)
_LEAD = "Thực hiện Nghị quyết số 05-NQ/TU của Huyện ủy, "


def _facts(text: str) -> tuple[list[float], list[float]]:
    f = extract(_LEAD + text, date=_DAY)
    return sorted(o.value for o in f.outcomes), sorted(t.value for t in f.targets)


def test_the_end_of_a_year_past_reports_a_result_with_no_verb_of_one():
    assert _facts("đến cuối năm 2025, tỷ lệ hộ nghèo còn 3,1%.") == ([3.1], [])
    # in other words: the year's end without 'đến', a tally with 'có'
    assert _facts("hết năm 2025, 12/15 xã của huyện có nhà văn hóa.")[0] == [12]


def test_near_miss_the_end_of_the_text_s_year_or_a_later_one_sets_a_goal():
    assert _facts("đến cuối năm 2026, tỷ lệ hộ nghèo còn dưới 3%.") == ([], [3])
    f = prepare("năm học 2024 - 2025 hết năm 2024 - 2025").folded
    assert not past_year_end(f, 0, len(f), 2026)
    # a text of no known year takes no year as past
    assert not past_year_end(prepare("đến cuối năm 2025").folded, 0, 18, None)
