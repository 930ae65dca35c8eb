"""A tally of goals said done (kiểm đếm chỉ tiêu đã đạt): 'hoàn thành 15/20 chỉ tiêu Kế hoạch đề ra', 'đạt 11/14 tiêu
chí'. The 'đề ra' that names whose goals they are ('chỉ tiêu Nghị quyết Đại hội đề ra') reads elsewhere as a goal being
set (kg.extract.quantity_cues.GOAL_STATED); after a verb of completion and a share of the goals counted, it only says
which goals the result is counted against, whether or not 'đã' marks the past. A goal to complete them ('phấn đấu
hoàn thành 20/20 chỉ tiêu', 'để đạt 20/20 tiêu chí') stays a goal. Patterns are written in Vietnamese with diacritics
and folded when compiled."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# the verb of completion, then the share of the goals: 'hoàn thành 15/20 chỉ tiêu', 'đạt và vượt 9/11 chỉ tiêu', 'thực
# hiện đạt 17/19 tiêu chí' (no aim before the verb: 'phấn đấu', 'để', 'nhằm', 'sẽ', 'phải', 'cần', 'bảo đảm', 'mục
# tiêu', 'là')
_DONE_TALLY = folded_pattern(r"(?<![a-z])(?<!phấn đấu )(?<!để )(?<!nhằm )(?<!sẽ )(?<!phải )(?<!cần )(?<!bảo đảm )(?<!đảm bảo )(?<!mục tiêu )(?<!là )"
                             r"(?:thực hiện[ \t]+)?(?:hoàn thành|đạt)(?:[ \t]+(?:và[ \t]+)?vượt)?[ \t]+\d{1,3}[ \t]*/[ \t]*\d{1,3}[ \t]+"
                             r"(?:chỉ tiêu|tiêu chí|nhóm chỉ tiêu|mục tiêu)(?![a-z])")


def done_tally(f: str, start: int, end: int) -> bool:
    """The folded text ``f`` between ``start`` and ``end`` (a sentence) counts goals said done (see the module)."""
    return "/" in f[start:end] and _DONE_TALLY.search(f, start, end) is not None
