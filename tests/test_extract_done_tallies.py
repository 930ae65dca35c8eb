"""kg.extract.done_tallies: a tally of goals said done is a result even where 'đề ra' names whose goals they are.
Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.done_tallies import done_tally
from kg.extract.text import fold_same_length

_PAGE = "Thứ Ba, 13/01/2026 09:15\n\n{}\n"


@pytest.mark.parametrize("body,tally", [
    ("Năm 2025, phường hoàn thành 15/20 chỉ tiêu Kế hoạch số 18/KH-UBND đề ra.", (15, 20)),
    # other words: another verb and level of government, the goals called criteria
    ("Năm 2025, thị xã đạt 9/11 tiêu chí Chương trình số 04-CTr/TU đặt ra.", (9, 11)),
])
def test_a_tally_said_done_is_a_result(body, tally):
    f = extract(_PAGE.format(body))
    assert tally in [(o.value, o.of) for o in f.outcomes]
    assert not f.targets


def test_near_miss_a_goal_to_complete_the_tally_stays_a_goal():
    f = extract(_PAGE.format("Nghị quyết số 05-NQ/ĐU đề ra năm 2026 xã phấn đấu hoàn thành 20/20 chỉ tiêu."))
    assert not f.outcomes and [t.value for t in f.targets] == [20]
    aim = fold_same_length("Đại hội đề ra mục tiêu hoàn thành 20/20 chỉ tiêu")
    assert not done_tally(aim, 0, len(aim))
