"""The documents a sitting or a conference says it considers the carrying out of (xem xét tình hình thực hiện): 'Kỳ họp
xem xét tình hình thực hiện Nghị quyết số 88/NQ-HĐND ... và kết quả 5 năm thực hiện Nghị quyết số 46/NQ-HĐND ...'.

    session_reviewed(p, mentions)   # their keys, in the order named

A council's sitting is no sơ kết, and its sentence may stand apart from the one that dates it, so the event may carry
no reviewed documents; for the scope of the figures after it (kg.extract.scope_index) it reviews them all the same
(tests/ANNOTATION.md (ak) rule 3: a section that names none goes to the first of them)."""
from __future__ import annotations

from bisect import bisect_left

from kg.extract.mention_model import Mention
from kg.extract.text import Prepared, folded_pattern

# the meeting considers how documents were carried out; the documents follow in the same sentence
_CONSIDERS = folded_pattern(r"(?<![a-z])(?:kỳ họp|hội nghị|phiên họp|cuộc họp|hội đồng nhân dân|hđnd)(?![a-z])"
                            r"[^.;\n]{0,90}?(?<![a-z])xem xét(?:[ \t]*,[ \t]*(?:đánh giá|thảo luận))?[ \t]+"
                            r"(?:(?:các[ \t]+)?báo cáo[ \t]+(?:về[ \t]+)?)?(?:tình hình|kết quả)(?![a-z])[^.;\n]*")
# what comes right before a document it considers: '... thực hiện <Nghị quyết ...>'
_CARRIED_OUT = folded_pattern(r"(?<![a-z])thực hiện[ \t]+$")


def session_reviewed(p: Prepared, mentions: list[Mention]) -> list[str]:
    """The keys of the documents a sentence says a sitting considers the carrying out of ('Kỳ họp xem xét tình hình
    thực hiện Nghị quyết số 45/NQ-HĐND ...'); each named right after 'thực hiện'. Not a plan the sitting passes ('Kỳ
    họp xem xét, thông qua 9 nghị quyết'), nor a document named as a basis in the same sentence."""
    f = p.folded
    if "xem xet" not in f:
        return []
    keyed = sorted((m.start, m.key) for m in mentions if m.key and m.kind != "planned")
    starts = [a for a, _ in keyed]
    out: list[str] = []
    for c in _CONSIDERS.finditer(f):
        for at, key in keyed[bisect_left(starts, c.start()):bisect_left(starts, c.end())]:
            if _CARRIED_OUT.search(f, max(c.start(), at - 16), at):
                out.append(key)
    return list(dict.fromkeys(out))
