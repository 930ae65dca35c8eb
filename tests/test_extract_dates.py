"""Dates read in running text (kg.extract.dates.find_dates): a time word before a day and month dates a meeting, also
with the day of the week between ('Sáng thứ Ba (12/3)'). Texts are our own."""
from __future__ import annotations

import datetime as dt

import pytest

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


def _source_day(text: str):
    from kg.extract.dates import text_date

    return text_date(fold_same_length(text))


def test_a_post_s_lead_opening_on_its_credit_or_its_place_and_the_day_dates_the_post():
    import datetime as dt

    head = "Tỉnh thử đưa nghị quyết vào trường học\n\n"
    assert _source_day(head + "(HTO) - Ngày 25/11/2025, Ban Thường vụ Tỉnh ủy họp.") == dt.date(2025, 11, 25)
    assert _source_day(head + "(Baothu) – Sáng 3-6-2025, Thành ủy họp.") == dt.date(2025, 6, 3)
    assert _source_day(head + "(Dân thử) - Chiều 4/7/2025, Bộ họp.") == dt.date(2025, 7, 4)
    assert _source_day(head + "HÀ TĨNH, ngày 4/7/2025 - Chiều nay, Tỉnh ủy họp.") == dt.date(2025, 7, 4)
    # a day without its year is dated where the headline makes the year plain (a congress of a term), else not
    congress = "Đại hội Đảng bộ xã thử lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
    assert _source_day(congress + "(BTH) - Sáng 29/7, đại hội khai mạc.") == dt.date(2025, 7, 29)
    assert _source_day(head + "(Baothu) - Sáng 3-6, Thành ủy họp.") is None


def test_a_broadcast_s_line_dates_the_page():
    import datetime as dt

    body = "\nTổng kết công tác năm\n\nThưa quý vị, chiều qua, Tỉnh ủy họp.\n"
    assert _source_day("Phát sóng: 18/3/2026" + body) == dt.date(2026, 3, 18)
    assert _source_day("Ngày phát sóng: 18/03/2026" + body) == dt.date(2026, 3, 18)
    # near miss: a sentence that opens on the day it reports is no line of the page's own
    assert _source_day("Tổng kết công tác năm\n\nNgày 18/3/2026, Tỉnh ủy phát sóng chương trình mới.\n") is None


@pytest.mark.parametrize("text", [
    # a date that opens a paragraph of the body, no credit before it: the day of what it reports
    "Ngày 25/11/2025, UBND tỉnh ban hành Kế hoạch số 15/KH-UBND.",
    # a place in a sentence, the date followed by a comma, not a dash; a span of two days
    "Tại Hà Tĩnh, ngày 4/7/2025, Tỉnh ủy họp.",
    "Hà Tĩnh, ngày 4/7/2025 - 5/7/2025 là đợt học tập nghị quyết.",
    # a credit that names a figure (a footnote's mark) is none
    "(1) - Ngày 25/11/2025, UBND tỉnh ban hành kế hoạch.",
])
def test_near_misses_of_a_post_s_lead_date_do_not_date_the_post(text):
    assert _source_day("Tỉnh thử đưa nghị quyết vào trường học\n\n" + text) is None


def test_the_source_of_a_post_is_dated_by_its_lead_and_a_body_s_day_is_not_the_source_s():
    import datetime as dt
    from pathlib import Path

    from kg.extracting import extract_one, source_info
    from kg.sources import read_source

    folder = Path(__file__).parent / "fixtures" / "newcomer33b"
    days = {}
    for name in ("tin-thong-tan.txt", "than-bai.txt"):
        src = read_source(str(folder / name))
        facts = extract_one(src.name, src.text, on=None, place=None, hints=src)
        days[name] = source_info(src.name, src.text, facts, None, src).published
    assert days == {"tin-thong-tan.txt": dt.date(2025, 11, 25), "than-bai.txt": None}


def test_a_span_written_tight_round_its_dash_keeps_its_last_day():
    assert _days("Trong 2 ngày 18-19/12, Hội Nông dân tỉnh tổ chức đại hội.") == [(12, 19)]
    assert _days("Trong hai ngày 18–19/12, Hội Nông dân tỉnh tổ chức đại hội.") == [(12, 19)]
    # near miss: a dash after a number that no 'ngày' opens is no span
    assert _days("Sáng nay, xã cấp 18-19/12 suất quà.") == []


def _relative(text: str, day: dt.date | None = dt.date(2026, 2, 20)) -> list[dt.date]:
    from kg.extract.dates import relative_days

    folded = fold_same_length(text)
    starts = [0] + [i + 2 for i in range(len(folded)) if folded.startswith(". ", i)]
    return [d.date for d in relative_days(folded, starts, day)]


def test_a_sentence_opening_on_this_morning_or_yesterday_is_dated_by_the_page():
    assert _relative("Sáng nay, Đảng ủy xã họp.") == [dt.date(2026, 2, 20)]
    assert _relative("Xã đã họp. (Báo Quảng Trị) - Chiều hôm qua, Huyện ủy họp.") == [dt.date(2026, 2, 19)]


def test_the_day_before_said_in_full_is_dated_by_the_page():
    assert _relative("Ngày hôm qua, Huyện ủy họp.") == [dt.date(2026, 2, 19)]
    assert _relative("Ngày hôm nay, Huyện ủy họp.") == [dt.date(2026, 2, 20)]


def test_near_miss_today_inside_a_sentence_nowadays_or_no_page_date_dates_nothing():
    assert _relative("Hội nghị hôm nay là dịp để xã nhìn lại.") == []
    assert _relative("Ngày nay, xã có 12 hợp tác xã.") == []
    assert _relative("Sáng nay, Đảng ủy xã họp.", None) == []


def test_this_afternoon_after_a_paper_s_credit_without_brackets_is_dated_by_the_page():
    assert _relative("BKO - Chiều nay, Huyện ủy họp.") == [dt.date(2026, 2, 20)]
    # near miss: words of a sentence before a dash are no credit
    assert _relative("Theo lịch làm việc - chiều nay, Huyện ủy họp.") == []
