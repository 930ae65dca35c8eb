"""The documents a sentence says were issued together, which carry out (or stand on) what its opening names: those
named right after the first one, joined by a comma or 'và' alone ('ban hành Kế hoạch số 35-KH/HU và Chương trình hành
động số 12-CTr/HU'), and those another body issued in a clause of its own after a semicolon ('Để cụ thể hóa Nghị quyết,
Chính phủ ban hành Nghị quyết số 03/NQ-CP ...; Quốc hội ban hành Nghị quyết số 193/2025/QH15 ...')."""
from __future__ import annotations

import re

from kg.extract.mention_model import Mention

# what joins documents issued together: ', ', ' và ', '; '
_ISSUED_GAP = re.compile(r"[ \t]*(?:[,;][ \t]*(?:va[ \t]+)?|va[ \t]+)")


def issued_with(f: str, first: Mention, after: list[Mention]) -> list[Mention]:
    """The documents named right after ``first``, each joined to the one before by a comma or 'và' alone: issued with
    it."""
    out: list[Mention] = []
    last = max(first.tail_end, first.end)
    for m in after:
        if m.start < last:
            continue
        if m.key == first.key or not _ISSUED_GAP.fullmatch(f, last, m.start):
            break
        out.append(m)
        last = max(m.tail_end, m.end)
    return out


def issued_after(f: str, issued: list[Mention]) -> list[Mention]:
    """Of ``issued`` (the documents of one sentence each named after an issuing verb, in order), those after the first,
    each in a clause of its own after a semicolon, up to one that names what it carries out itself ('...; Hội Nông dân
    ban hành Kế hoạch số 120-KH/HNDT thực hiện Kế hoạch của Tỉnh ủy' carries out the plan, not the sentence's
    opening)."""
    out: list[Mention] = []
    for prev, m in zip(issued, issued[1:]):
        if m.cue or ";" not in f[max(prev.end, prev.tail_end):m.start]:
            break
        out.append(m)
    return out
