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


def test_a_plan_s_goal_competes_only_for_the_outcomes_reported_on_that_plan():
    # the programme's goal, and a plan carrying it out (KH-5) with a goal in fewer words that any figure of
    # the kind matches better: a review conference's figure on the programme itself is the programme's, one
    # reported on KH-5 is KH-5's, and one reported on another plan (KH-6) does not lose to KH-5's goal
    goal_text = "đến năm 2026 giảm ít nhất 20% số phòng chuyên môn thuộc các sở so với trước khi hợp nhất"
    said = "toàn tỉnh đã giảm 40 phòng chuyên môn thuộc các sở, đạt 21% so với trước khi hợp nhất, vượt mục tiêu"
    rows = [_row("own", said), _row("on-kh5", said, on="KH-5", day=dt.date(2025, 7, 1)),
            _row("on-kh6", said, on="KH-6", day=dt.date(2025, 7, 2)),
            {"reported": DOC, "rival": PLAN_GOAL, "r_on": "KH-5", "r_text": "giảm số phòng chuyên môn thuộc các sở",
             "r_unit": "%"}]
    goals = {DOC: {GOAL: Goal(iri=GOAL, text=goal_text, unit="%")}}
    found = read_candidates(rows)
    assert found.rival_on == {PLAN_GOAL: {"KH-5"}}
    matched = matched_outcomes(goals, found, {DOC: "2025-01-01"})
    assert [row["candidate"] for _, row in matched[GOAL]] == ["own", "on-kh6"]
    # near miss: a rival whose plan's key is not known competes for every outcome, as before
    unknown = read_candidates([{**r, "r_on": None} if "rival" in r else r for r in rows])
    assert GOAL not in matched_outcomes(goals, unknown, {DOC: "2025-01-01"})
