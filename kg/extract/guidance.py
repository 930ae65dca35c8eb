"""What a guidance (hướng dẫn) guides where its title names the work before the document: 'Hướng dẫn số 143-HD/BTGTW
ngày 29/7/2020 hướng dẫn tuyên truyền Chỉ thị', 'Hướng dẫn số 1520/HD-SNN ... hướng dẫn hồ sơ, trình tự hỗ trợ theo Nghị
quyết' (the shared README: 'hướng dẫn' is guides). Reads the document finder's mentions; imports no links module."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.mention_model import Mention

# the work named between the cue and the document: words and commas, in one clause, a short way
_WORK_REACH = 60
_CLAUSE_BREAK = re.compile(r"[.;:()\n]")


def work_guided(mentions: list[Mention], starts: list[int], f: str, guide: Mention, cue_end: int) -> list[Mention]:
    """The document the guidance ``guide`` (its cue 'hướng dẫn' ending at ``cue_end`` in the folded text ``f``) guides
    where the work comes first: the first document named after the cue in the same clause, a short way on (``mentions``:
    the keyed mentions in order, ``starts`` their places). None for any other type than a guidance."""
    if guide.type != "HD":
        return []
    i = bisect_left(starts, cue_end)
    nxt = mentions[i] if i < len(mentions) else None
    if nxt is None or nxt.key == guide.key or nxt.start - cue_end > _WORK_REACH \
            or _CLAUSE_BREAK.search(f, cue_end, nxt.start):
        return []
    return [nxt]
