"""A paragraph that opens on a district's or a commune's body issuing its own document is about that document.

News features on a central or provincial document walk down the levels ('Cấp huyện: ...', 'Ở cấp xã: ...') and
open each level's paragraph on what that level issued: 'Huyện ủy Phù Cát ban hành Kế hoạch số 46-KH/HU ... để thực
hiện Chương trình hành động của Tỉnh ủy. Sau 2 năm, toàn huyện kết nạp 486 đảng viên ...'. The figures in the
sentences after such an opening are the results of the document the district or commune issued, not of the
higher document it carries out nor of the one reviewed (kg.extract.scope asks here before handing them up).

Not a provincial document issued under a central one ('UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND ...'): in a
province's review that is the instrument of the reviewed document, and its figures stay the reviewed one's; nor
a paragraph that opens on something else ('Thực hiện Kế hoạch ..., ', a figure) or names another document after
the opening.

    own_level_doc(p, sents, sent_starts, para_starts, keyed, docs, reviewed, pos)
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from kg.extract.bodies import body_regex
from kg.extract.mention_model import DocInfo
from kg.extract.text import Prepared, Segment, folded_pattern
from kg.facts import LEVEL_RANK

# a place the paragraph is at, before its subject: 'Tại Lục Ngạn, Huyện ủy ban hành ...'
_AT_PLACE = folded_pattern(r"[ \t\n]*(?:(?:tại|ở)[ \t]+[^,.;:\n]{1,40},[ \t]*)?")
# after the body and its place name, the verb that issues the document the paragraph is about
_ISSUES = folded_pattern(r"[^,.;:\n\d]{0,40}?(?<![a-z])(?:(?:đã|vừa|cũng)[ \t]+)?(?:ban hành|xây dựng)[ \t]+")


def own_level_doc(p: Prepared, sents: list[Segment], sent_starts: list[int], para_starts: list[int],
                  keyed: list[tuple[int, str]], docs: dict[str, DocInfo], reviewed: list[str], pos: int) -> str | None:
    """The district's or commune's document the paragraph of ``pos`` opens by saying its body issued, where
    ``pos`` lies in a later sentence and no other document is named in between; else None. ``keyed``: (start, key)
    of the document mentions, sorted."""
    pi = bisect_right(para_starts, pos) - 1
    pstart = para_starts[pi] if pi >= 0 else 0
    k0, kp = bisect_left(sent_starts, pstart), bisect_right(sent_starts, pos) - 1
    if not 0 <= k0 < kp:
        return None
    f, first = p.folded, sents[k0]
    body = body_regex().match(f, _AT_PLACE.match(f, first.start).end())
    issues = _ISSUES.match(f, body.end(), first.end) if body is not None else None
    if issues is None:
        return None
    i = bisect_left(keyed, (issues.end(), ""))
    if i >= len(keyed) or keyed[i][0] != issues.end():
        return None
    key = keyed[i][1]
    level = docs[key].level if key in docs else None
    if level not in ("district", "commune") \
            or any(LEVEL_RANK.get(docs[r].level or "", 9) >= LEVEL_RANK[level] for r in reviewed if r in docs):
        return None
    # (the documents of the opening sentence, what the plan carries out among them, do not end it; one named later does)
    j = bisect_left(keyed, (first.end, ""))
    while j < len(keyed) and keyed[j][0] < pos:
        if keyed[j][1] != key:
            return None
        j += 1
    return key
