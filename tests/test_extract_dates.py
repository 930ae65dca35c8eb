"""Dates read in running text (kg.extract.dates.find_dates): a time word before a day and month dates a meeting, also
with the day of the week between ('Sáng thứ Ba (12/3)'). Texts are our own."""
from __future__ import annotations

from kg.extract.dates import find_dates
from kg.extract.text import fold_same_length


def _time_words(text: str) -> list[bool]:
    return [d.time_word for d in find_dates(fold_same_length(text), 2024)]


def test_the_day_of_the_week_between_the_time_word_and_the_day():
    assert _time_words("Sáng thứ Ba (12/3), Huyện ủy họp.") == [True]
    assert _time_words("Chiều Chủ nhật, 17/3, Tỉnh đoàn ra quân.") == [True]
    assert _time_words("Sáng thứ 3 (12/3), xã họp.") == [True]
    # near misses: an ordinal with no time word before it, and a weekday alone, date nothing
    assert not any(_time_words("Lần thứ ba (12/3), xã họp."))
    assert not any(_time_words("Thứ Ba (12/3) xã họp."))


def _days(text: str) -> list[tuple[int, int]]:
    return [(d.date.month, d.date.day) for d in find_dates(fold_same_length(text), 2024) if d.time_word]


def test_a_span_written_with_spaces_round_its_dash_keeps_its_last_day():
    # the first day's candidate ('14 - 1') once hid the last day ('15/9'): the span was not dated at all
    assert _days("Các ngày 14 - 15/9, Liên đoàn Lao động tỉnh họp đại hội công đoàn.") == [(9, 15)]
    assert _days("Các ngày 14 – 15/9, Liên đoàn Lao động tỉnh họp đại hội công đoàn.") == [(9, 15)]
    # near miss: a term of years is no day
    assert _days("nhiệm kỳ 2024 - 2029, Liên đoàn Lao động tỉnh họp đại hội công đoàn.") == []
