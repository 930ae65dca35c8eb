"""The recommendations part of a review or a supervision report (Vietnamese: phần kiến nghị, đề xuất): a section under
a heading of its own ('II. KIẾN NGHỊ', 'III. KIẾN NGHỊ, ĐỀ XUẤT', 'IV. Đề xuất, kiến nghị') whose numbered lines
address one body each ('1. Đối với UBND tỉnh' with its tasks on the lines under it, or '2. Đối với UBND các xã: phối
hợp tuyên truyền ...' on the same line). The conventions (tests/ANNOTATION.md (am), (an)) give each such line's tasks
to the body addressed, on the report; kg.extract.assignments reads the line as it reads '4. Đề nghị Ủy ban MTTQ
huyện:' and asks here whether a line sits in such a section. A line 'Đối với ...' elsewhere (a review's 'Đối với
các chỉ tiêu ...', a supervision plan's 'Giám sát trực tiếp đối với: ...') addresses no one. The word 'kiến nghị'
asks as 'đề nghị' does where a supervision recommends (``supervision_recommends``), not where voters petition. May
import kg.extract.text and kg.text."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from kg.extract.text import folded_pattern
from kg.text.symbols import fold

# the section's heading line, numbered or not: 'II. KIẾN NGHỊ', 'III. KIẾN NGHỊ, ĐỀ XUẤT', 'Đề xuất, kiến nghị:'
_HEADING = folded_pattern(r"^[ \t]*(?:(?:[ivxl]{1,5}|[a-z]|\d{1,2})[.)][ \t]*)?(?:kiến nghị|đề xuất)"
                          r"(?:[ \t]*(?:,|và)[ \t]*(?:kiến nghị|đề xuất))?[ \t]*:?[ \t]*$", re.M)
# a line that opens the next part: a Roman numeral's heading ('III. TỔ CHỨC THỰC HIỆN') or a signature block's 'TM.'
_NEXT_PART = re.compile(r"^[ \t]*(?:[IVXL]{1,5}\.[ \t]+\S|TM\.|KT\.|Nơi nhận)", re.M)
# the words before the body a line addresses: '1. Đối với UBND tỉnh'
ADDRESSED = folded_pattern(r"(?<![a-z])đối với[ \t]+")


# the start of the sentence or line a recommendation is read back to
_SENTENCE_START = re.compile(r"[.;:!?\n][^.;:!?\n]*$")
# a list item's marker or number, all a line may hold before its 'Kiến nghị ...'
_MARKER_ONLY = re.compile(r"[ \t]*(?:[-+•–*]|\d{1,2}[.)]|[a-z]\))?[ \t]*$")
# a supervision named before the word: 'Đoàn giám sát kiến nghị ...', 'Qua giám sát, Ban Pháp chế HĐND tỉnh kiến nghị ...'
_SUPERVISION = folded_pattern(r"(?<![a-z])giám sát(?![a-z])")


def supervision_recommends(t: str, at: int) -> bool:
    """Whether 'kiến nghị' at ``at`` asks bodies as a supervision's 'đề nghị' does: the word opens its line ('Kiến
    nghị UBND tỉnh chỉ đạo ...', '2. Kiến nghị Sở Y tế ...'), or a supervision is named before it in its sentence ('Qua
    đợt giám sát, Thường trực HĐND huyện kiến nghị UBND huyện ...'). Voters' and firms' petitions ('cử
    tri kiến nghị UBND tỉnh sớm sửa đường') ask no body for a task."""
    start = t.rfind("\n", 0, at) + 1
    if _MARKER_ONLY.match(t[start:at]):
        return True
    tail = _SENTENCE_START.search(t, max(0, at - 300), at)
    before = t[tail.start() + 1 if tail else max(0, at - 300):at]
    return _SUPERVISION.search(fold(before)) is not None


def recommendation_sections(t: str, f: str) -> Callable[[int], bool]:
    """Whether an offset of the text lies in a recommendations section: after a heading line of its own and before
    the next part's heading. ``t``: the text; ``f``: its folded copy."""
    if "kien nghi" not in f and "de xuat" not in f:
        return lambda pos: False
    spans: list[tuple[int, int]] = []
    for m in _HEADING.finditer(f):
        after = _NEXT_PART.search(t, m.end())
        spans.append((m.end(), after.start() if after else len(t)))
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]
    return inside
