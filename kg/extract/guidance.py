"""What a guidance (hướng dẫn) guides where its title names the work before the document: 'Hướng dẫn số 143-HD/BTGTW
ngày 29/7/2020 hướng dẫn tuyên truyền Chỉ thị', 'Hướng dẫn số 1520/HD-SNN ... hướng dẫn hồ sơ, trình tự hỗ trợ theo Nghị
quyết' (the shared README: 'hướng dẫn' is guides); and what a text's own document guides where its scope article names
the work first: 'Thông tư này hướng dẫn hồ sơ, trình tự ... quy định tại Nghị định số 81/2021/NĐ-CP'. Reads the document
finder's mentions; imports no links module."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.mention_model import Mention
from kg.extract.text import folded_pattern
from kg.facts import Link

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


# the text's own document as the subject of its scope: 'Thông tư này hướng dẫn ...', 'Nghị định này quy định chi tiết ...'
_OWN_GUIDES = folded_pattern(r"(?<![a-z])(?:thông tư|nghị định|quyết định|nghị quyết|quy định|hướng dẫn)[ \t]+này[ \t]+"
                             r"(?:quy định chi tiết|hướng dẫn)(?![a-z])")
# ... and the rules the work is set by, right before the document that sets them: '... quy định tại', 'theo quy định của'
_SET_AT = folded_pattern(r"(?<![a-z])(?:(?:theo[ \t]+)?(?:được[ \t]+)?quy định[ \t]+(?:tại|của)|nêu tại)[ \t]+$")
_SCOPE_REACH = 300
_SCOPE_CLAUSE_END = re.compile(r"[.;:\n]")


def own_work_guided(mentions: list[Mention], f: str, span) -> list[Link]:
    """The guides links of a text's own document whose scope names the work before the document that sets its rules:
    from the mention of 'Thông tư này' (keyed as the text's own) to the first document of its clause named after
    'quy định tại' (``span(a, b)``: the evidence span of a stretch of the text)."""
    if "nay huong dan" not in f and "nay quy dinh chi tiet" not in f:
        return []
    keyed = sorted((m for m in mentions if m.key and m.kind != "planned"), key=lambda m: m.start)
    at = {m.start: m for m in keyed}
    out = []
    for g in _OWN_GUIDES.finditer(f):
        guide = at.get(g.start())
        if guide is None:
            continue
        stop = _SCOPE_CLAUSE_END.search(f, g.end(), min(len(f), g.end() + _SCOPE_REACH))
        end = stop.start() if stop else min(len(f), g.end() + _SCOPE_REACH)
        obj = next((m for m in keyed if g.end() <= m.start < end and m.key != guide.key
                    and _SET_AT.search(f, max(g.end(), m.start - 40), m.start)), None)
        if obj is not None:
            out.append(Link(str(guide.key), "guides", str(obj.key), span=span(guide.start, obj.end)))
    return out
