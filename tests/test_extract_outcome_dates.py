"""kg.extract.outcome_dates: the day a result is counted to is the day its sentence gives ('tính đến ngày ...'),
not the day the text came out. Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.rdf.build import SourceInfo, build_graph
from kg.rdf.vocab import DKG, RDF

OUT = dt.date(2025, 11, 10)        # the day each text below came out


def _days(text: str, day: dt.date | None = OUT) -> dict:
    return {o.value: o.as_of for o in extract(text, source="t.txt", date=day).outcomes}


def test_the_day_a_count_runs_to_dates_it():
    text = ("Báo cáo kết quả thực hiện Kế hoạch số 8/KH-UBND. Tính đến ngày 31/10/2025, toàn huyện đã rà soát "
            "640 văn bản quy phạm pháp luật, đạt 80% kế hoạch.")
    assert _days(text) == {640: dt.date(2025, 10, 31), 80: dt.date(2025, 10, 31)}
    assert _days(text.replace("Tính đến ngày", "Đến ngày")) == {640: dt.date(2025, 10, 31), 80: dt.date(2025, 10, 31)}


def test_a_month_or_a_year_counted_to_its_end():
    text = "Thực hiện Kế hoạch số 8/KH-UBND, tính đến hết tháng 9/2025, toàn huyện đã cấp 1.230 thẻ bảo hiểm y tế."
    assert _days(text) == {1230: dt.date(2025, 9, 30)}
    text = "Thực hiện Kế hoạch số 8/KH-UBND, đến hết năm 2025 toàn huyện đã cấp 1.230 thẻ bảo hiểm y tế."
    assert _days(text, dt.date(2026, 1, 8)) == {1230: dt.date(2025, 12, 31)}


def test_near_misses_keep_the_text_s_day():
    # to this day: the text's own
    assert _days("Thực hiện Kế hoạch số 8/KH-UBND, đến nay toàn huyện đã cấp 1.230 thẻ bảo hiểm y tế.") == {1230: None}
    # a day after the text's is a deadline, not the day of a count
    assert _days("Thực hiện Kế hoạch số 8/KH-UBND, toàn huyện đã cấp 1.230 thẻ bảo hiểm y tế, phấn đấu đến ngày "
                 "31/12/2025 hoàn thành.") == {1230: None}
    # a day in another sentence, or after the figure, dates nothing
    assert _days("Tính đến ngày 31/10/2025, huyện đã họp 3 lần. Thực hiện Kế hoạch số 8/KH-UBND, toàn huyện "
                 "đã cấp 1.230 thẻ bảo hiểm y tế.").get(1230) is None
    # a later 'đến nay' in the sentence counts what follows it to the text's day
    days = _days("Thực hiện Kế hoạch số 8/KH-UBND, tính đến ngày 30/6/2025 toàn huyện đã cấp 1.100 thẻ bảo hiểm "
                 "y tế, đến nay đã cấp 1.230 thẻ bảo hiểm y tế.")
    assert days == {1100: dt.date(2025, 6, 30), 1230: None}

_YEAR_REVIEW = "Báo cáo kết quả thực hiện Nghị quyết số 30/NQ-HĐND về nhiệm vụ năm 2025. {}"


def test_an_estimate_to_the_years_end_is_a_result_counted_to_that_day():
    # a report of November: the year's last day is still ahead, but the estimate counts to it
    estimated = _YEAR_REVIEW.format("Ước tính đến hết năm 2025, thu ngân sách trên địa bàn đạt 182 tỷ đồng.")
    got = extract(estimated, source="t.txt", date=OUT)
    assert [(o.value, o.as_of) for o in got.outcomes] == [(182, dt.date(2025, 12, 31))] and not got.targets
    assert _days(_YEAR_REVIEW.format("Dự ước cả năm, giá trị sản xuất nông nghiệp tăng 4,2%.")) == \
        {4.2: dt.date(2025, 12, 31)}
    assert _days(_YEAR_REVIEW.format("Ước thực hiện đến 31/12/2025, toàn huyện cấp 1.500 thẻ bảo hiểm y tế.")) == \
        {1500: dt.date(2025, 12, 31)}


def test_near_miss_a_goal_to_the_years_end_is_no_estimate():
    # the same words with an aim, not an estimate: a goal, which no day of a count dates
    got = extract(_YEAR_REVIEW.format("Phấn đấu đến hết năm 2025, thu ngân sách trên địa bàn đạt 182 tỷ đồng."),
                  source="t.txt", date=OUT)
    assert [t.value for t in got.targets] == [182] and not got.outcomes



def test_the_graph_dates_an_outcome_by_its_own_day_else_the_text_s():
    text = ("Thực hiện Kế hoạch số 8/KH-UBND, tính đến ngày 31/10/2025 toàn huyện đã cấp 1.100 thẻ bảo hiểm y tế. "
            "Đến nay huyện đã cấp 1.230 thẻ bảo hiểm y tế.")
    g = build_graph(extract(text, source="t.txt", date=OUT), SourceInfo(id="0a1b2c3d", name="t.txt", title=None))
    days = {int(g.value(o, DKG.value).toPython()): g.value(o, DKG.asOf).toPython()
            for o in g.subjects(RDF.type, DKG.Outcome)}
    assert days == {1100: dt.date(2025, 10, 31), 1230: OUT}


def test_a_year_no_calendar_has_dates_nothing_and_breaks_nothing():
    # hostile input: 'năm 0000' (no such year) crashed the extraction with "year 0 is out of range"
    for cue in ("Đến hết năm 0000", "Tính đến hết tháng 9/0000", "Tính đến hết tháng 9 năm 0000"):
        assert _days(cue + ", toàn huyện đã rà soát 640 văn bản.") == {640: None}, cue
