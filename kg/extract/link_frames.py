"""What frames a sentence before the opener that says what a document carries out (kg.extract.links): a report's words
('Báo cáo nhấn mạnh, thực hiện Chỉ thị số 09-CT/TU, Huyện ủy đã ban hành ...', 'Báo cáo cho biết, sau khi Chỉ thị ra
đời, ...'), the news site's name that opens a report's first sentence ('(Báo huyện) - Triển khai ...'), an explainer's
answer ('Đáp: Để ...'), a year ('Năm 2025, thực hiện ...'). Patterns are written in Vietnamese and folded when compiled
(kg.extract.text.vi)."""
from __future__ import annotations

import re

from kg.extract.literals import may_match
from kg.extract.text import vi

# the speaker's words: '<who> cho biết,' ...
_SPEAKER = r"[^,.;:\n]{2,60}?[ \t]+(?:cho biết|nêu rõ|khẳng định|thông tin|nhấn mạnh)[ \t]*,"
# ... between the site's name or an answer's label and the year
_EDGES = (r"[ \t\n]*(?:\([^()\n]{1,40}\)[ \t]*[-–—][ \t]*|(?:đáp|trả lời)[ \t]*:[ \t]*)?",
          r"(?:[ \t]*(?:trong[ \t]+)?năm[ \t]+\d{4}[ \t]*,[ \t]*)?")
REPORTED_FRAME = re.compile(vi(f"(?:{_SPEAKER})?".join(_EDGES)))
# the frame without the speaker's words, for a text that holds none of its verbs: the same match (the optional words
# cannot match there), without the lazy scan for the verbs at each sentence's start, which is most of the frame's cost
_UNSPOKEN_FRAME = re.compile(vi("".join(_EDGES)))
_SPOKEN = re.compile(vi(_SPEAKER))


def frame_reader(f: str) -> re.Pattern:
    """The pattern that reads the frame of each sentence of the folded text ``f``: the same matches as
    ``REPORTED_FRAME``."""
    return REPORTED_FRAME if may_match(_SPOKEN, f) else _UNSPOKEN_FRAME
