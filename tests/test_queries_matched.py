"""kg.queries.matched: the one reading of the targets' details rows that the targets table and the card share."""

import datetime as dt

from kg.queries.matched import day_of, matched_outcomes, read_candidates
from kg.text.matching import Goal

DOC, PLAN_GOAL = "https://example.org/doc/nq-1", "https://example.org/t/plan-goal"
GOAL = "https://example.org/t/poor"


def _row(candidate, text, unit="%", on=None, refused=None, day=dt.date(2025, 6, 30)):
    return {"reported": DOC, "candidate": candidate, "c_text": text, "c_unit": unit, "c_on": on,
            "c_as_of": day, "c_refused": refused}


def test_a_candidate_is_read_once_and_a_refused_target_never_matches_it():
    rows = [_row("o1", "tỷ lệ hộ nghèo giảm còn 2,1%"), _row("o1", "tỷ lệ hộ nghèo giảm còn 2,1%"),
            _row("o2", "tỷ lệ hộ nghèo còn 1,9%", refused=GOAL)]
    found = read_candidates(rows)
    assert list(found.found[DOC]) == ["o1", "o2"]
    assert found.refused == {"o2": {GOAL}}
    goals = {DOC: {GOAL: Goal(iri=GOAL, text="giảm tỷ lệ hộ nghèo xuống dưới 3%", unit="%")}}
    matched = matched_outcomes(goals, found, {DOC: "2025-01-01"})
    assert [row["candidate"] for _, row in matched[GOAL]] == ["o1"]


def test_a_plan_s_own_goal_takes_its_own_outcome_and_what_is_unknown_is_left_out():
    rows = [_row("o1", "số hợp tác xã thành lập mới 12 hợp tác xã", unit="hợp tác xã", on="KH-5"),
            {"reported": DOC, "rival": PLAN_GOAL, "r_text": "thành lập mới hợp tác xã", "r_unit": "hợp tác xã"},
            _row("o2", "tỷ lệ hộ nghèo còn 2%", day=dt.date(2031, 1, 1))]
    goals = {DOC: {GOAL: Goal(iri=GOAL, text="thành lập mới hợp tác xã", unit="hợp tác xã")}}
    before_2030 = read_candidates(rows, known=lambda row: row["c_as_of"] <= dt.date(2030, 12, 31))
    assert list(before_2030.found[DOC]) == ["o1"]
    assert before_2030.rivals[DOC][0].iri == PLAN_GOAL
    matched = matched_outcomes(goals, before_2030, {DOC: None})
    assert GOAL not in matched  # (as close to the plan's own goal: the plan's, not the document's)
    without_rival = read_candidates([r for r in rows if "rival" not in r])
    assert [row["candidate"] for _, row in matched_outcomes(goals, without_rival, {DOC: None})[GOAL]] == ["o1"]


def test_a_day_is_said_as_the_pages_say_it():
    assert day_of(dt.date(2025, 6, 30)) == "2025-06-30"
    assert day_of("2025") == "2025" and day_of(None) is None
