"""A second task of another role joined to a body's first by 'và' or a comma (Vietnamese: hai nhiệm vụ nối tiếp):
'Đề nghị Ủy ban MTTQ tỉnh tham gia giám sát và vận động Nhân dân thực hiện Nghị quyết' asks the Front to watch
(monitor) and to reach out (participate); 'Mặt trận và các đoàn thể vận động xã hội hóa, giám sát việc thực hiện chính
sách' the same in the other order. Only outreach and watching are parted so: a lead verb governs what follows it
('chủ trì tuyên truyền và kiểm tra ...' is one lead row), and 'kiểm tra, giám sát' is one role. Read by
kg.extract.assignment_roles after a clause's first verb chain, as 'đồng thời' is."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.task_verbs import MONITOR_VERBS, PARTICIPATE_VERBS
from kg.extract.text import vi

# the two roles a body's second task may take apart from its first one
PARTED = ("participate", "monitor")
# the joint and the second chain's opening verb: ', giám sát ...', ' và vận động ...' ('cùng' may come between)
_SECOND = re.compile(vi(r"(?:,[ \t]+|[ \t]+và[ \t]+)(?:cùng[ \t]+)?(?P<verb>tuyên truyền|vận động|động viên|tham gia|"
                        r"giám sát|kiểm tra|theo dõi|đôn đốc)(?![a-z])"))
# the words just before a joint past the body's own verbs: a cue verb there is the act of the people or work the first
# task names ('vận động Nhân dân tích cực tham gia và giám sát ...': the people take part and watch, one task of
# outreach), or a list of acts named as a thing ('giám sát việc tuyên truyền, vận động ...'): no second task
_LAST_WORDS = re.compile(r"([a-z]+ [a-z]+|[a-z]+)[ \t]*$")
_ROLE = {**{v: "participate" for v in PARTICIPATE_VERBS}, **{v: "monitor" for v in MONITOR_VERBS}}


def joints(folded: str, chain_end: int, pos: int, end: int) -> Iterator[tuple[int, int]]:
    """The places from ``pos`` to ``end`` where a second task of an outreach or watching verb may begin, as (joint,
    verb) offsets of ``folded``, for a body whose own verbs end at ``chain_end``; the caller reads the verbs on each
    side and keeps a joint whose two sides take the two parted roles."""
    if "," not in folded[pos:end] and " va " not in folded[pos:end]:
        return
    for m in _SECOND.finditer(folded, pos, end):
        before = _LAST_WORDS.search(folded, max(pos, m.start() - 24), m.start()) if m.start() > chain_end else None
        if before and any(w in _ROLE for w in (before.group(1), before.group(1).split()[-1])):
            continue
        yield m.start(), m.start("verb")
