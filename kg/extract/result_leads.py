"""A result said right after the goal it answers (kết quả so với chỉ tiêu), in the same sentence ('Kế hoạch giao kết
nạp 300 đảng viên, thực tế kết nạp được 320', '... năm 2025 tỷ lệ này phải đạt 80%, chúng tôi đạt 83,5%'), and the
distance a result still is from its goal ('còn cách mục tiêu 2,6 điểm phần trăm'). The goal's words ('giao', 'phải
đạt') make the sentence a goal's; the part after them that opens on the actual figure ('thực tế', 'kết quả đạt') or
on the speaker's side reaching it ('chúng tôi đạt', 'ngành đã đạt') reports what was done. A goal
split by place keeps its places' figures goals ('tỉnh phấn đấu đạt 90%, trong đó thành thị đạt 95%'): only the
speaker's words and the words of the actual figure open a result. An indicator's plan and actual figures labelled side
by side ('kế hoạch 3.420 tỷ đồng, thực hiện 3.536 tỷ đồng, đạt 103,4%', 'TH 46,5%, KH 46%') are a goal and its results
whatever lead-in they stand under. Patterns are written in Vietnamese with diacritics and folded when compiled."""
from __future__ import annotations

import re

from kg.extract.assignment_cues import MEASURED_RESULT
from kg.extract.quantity_cues import OUT_STRONG, ROUTINE
from kg.extract.text import Segment, folded_pattern

# after a separator: 'thực tế (đã) ', 'kết quả (thực hiện) đạt', 'chúng tôi (đã) (mới) đạt', 'ngành mới đạt', 'đơn vị chỉ
# đạt' (the speaker's side reaching a figure: no aim between the subject and the verb), then words to the figure
_RESULT_LEAD = folded_pattern(r"[,;][ \t]*(?:(?:nhưng|song|và)[ \t]+)?(?:(?:trên[ \t]+)?thực tế(?![ \t]+(?:cần|phải|sẽ))"
                              r"|kết quả(?:[ \t]+thực hiện)?(?:[ \t]+(?:đã|mới|chỉ))?[ \t]+(?:đạt|là|được)(?![a-z])"
                              r"|(?:chúng tôi|chúng ta|ngành|đơn vị|địa phương)(?:[ \t]+(?:đã|mới|chỉ|cũng|đều|thực hiện)){0,2}"
                              r"[ \t]+(?:đạt|vượt|làm được|thực hiện được)(?![a-z]))[^\d,;:.()\n]{0,50}$")
# the distance left to a goal, a result of the span reviewed (point (d) of our sets' conventions: the change or gap
# itself is the figure): 'còn cách mục tiêu 2,6 điểm phần trăm', 'còn cách chỉ tiêu Nghị quyết đề ra 120 hộ' (the
# goal's document may be named between; not a place's distance, 'cách trung tâm xã 12 km')
_GAP_TO_GOAL = folded_pattern(r"(?<![a-z])còn[ \t]+cách[ \t]+(?:mục tiêu|chỉ tiêu|kế hoạch)(?![a-z])[^,;:()\n]{0,60}$")
# how far before a figure its lead is looked for
_REACH = 90
# a plan's figure and the actual one side by side under their labels, as a report lists an indicator ('Tổng giá trị
# sản xuất: kế hoạch 3.420 tỷ đồng, thực hiện 3.536 tỷ đồng, đạt 103,4%', '..., KH 95%, TH 96,2%', 'ước thực hiện 41.000
# tấn, chỉ tiêu 40.000 tấn'): the plan's label right before its figure (a bound may come between) ...
_PLAN_LABEL = folded_pattern(r"(?<![a-z])(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?:[ \t]+(?:giao|đề ra|năm[ \t]+\d{4}))?"
                             r"[ \t]*:?[ \t]*(?:(?:dưới|trên|tối thiểu|tối đa|ít nhất|khoảng|giảm|tăng)[ \t]+)?\d")
# ... and the actual figure's: 'TH', 'ước thực hiện', 'ước đạt', and after a separator (where they are no verb of a task)
# 'thực hiện', 'kết quả' (the share of the plan then follows it: ', đạt 103,4%')
_DONE_LABEL = folded_pattern(r"(?<![a-z])(?:ước[ \t]+(?:thực hiện|th|đạt)|th|(?:^|(?<=[,;:(])|(?<=[,;:(][ \t]))(?:thực hiện|kết quả))"
                             r"(?:[ \t]+(?:được|đạt))?[ \t]*:?[ \t]*"
                             r"(?:(?:dưới|trên|khoảng|hơn|giảm|tăng)[ \t]+)?\d")


def _last(pattern: re.Pattern, f: str, a: int, b: int) -> re.Match | None:
    """The last match of ``pattern`` in ``f[a:b]``, or None."""
    last = None
    for last in pattern.finditer(f, a, b):  # noqa: B007 (the loop keeps the last match)
        pass
    return last


def done_beside_plan(f: str, start: int, at: int, end: int) -> bool:
    """The figure at ``at`` of the folded text ``f`` (its sentence ``f[start:end]``) is the actual one of a plan's
    figure and its own labelled side by side (_PLAN_LABEL, _DONE_LABEL): under its own label or after it (the share
    of the plan), the plan's label before it with no other plan's between, or after it in the sentence."""
    lo = max(start, at - 120, f.rfind(";", start, at) + 1)
    if f.find("ke hoach", lo, min(end, at + 80)) < 0 and f.find("chi tieu", lo, min(end, at + 80)) < 0 \
            and f.find("kh ", lo, min(end, at + 80)) < 0 and f.find("du toan", lo, min(end, at + 80)) < 0 \
            and f.find("muc tieu", lo, min(end, at + 80)) < 0:
        return False
    plan = _last(_PLAN_LABEL, f, lo, at + 1)
    if plan is not None and plan.end() - 1 == at:
        return False            # the plan's own figure: 'kế hoạch 3.420'
    if plan is not None:
        return any(d.end() - 1 <= at for d in _DONE_LABEL.finditer(f, plan.end(), at + 1))
    done = _last(_DONE_LABEL, f, lo, at + 1)
    return done is not None and done.end() - 1 == at and _PLAN_LABEL.search(f, at, min(end, at + 80)) is not None


def plan_beside_done(f: str, start: int, at: int, end: int) -> bool:
    """The figure at ``at`` of the folded text ``f`` (its sentence ``f[start:end]``) is a plan's, right after its label
    (_PLAN_LABEL), with the actual figure labelled beside it (_DONE_LABEL) in the same stretch before the next ';':
    'kế hoạch 3.420 tỷ đồng, thực hiện 3.536 tỷ đồng', 'thực hiện 12.400 tấn, kế hoạch 12.000 tấn'."""
    label = _last(_PLAN_LABEL, f, max(start, at - 40), at + 1)
    if label is None or label.end() - 1 != at:
        return False
    lo = max(start, f.rfind(";", start, at) + 1)
    hi = f.find(";", at, end)
    hi = end if hi < 0 else hi
    return any(d.end() - 1 != at for d in _DONE_LABEL.finditer(f, max(lo, at - 120), min(hi, at + 120)))


def answered_at(f: str, start: int, at: int) -> bool:
    """The figure at ``at`` of the folded text ``f`` (its sentence opening at ``start``) follows the result's lead
    (_RESULT_LEAD) or the distance left to a goal (_GAP_TO_GOAL)."""
    lo = max(start, at - _REACH)
    if f.find("con cach", lo, at) >= 0 and _GAP_TO_GOAL.search(f, lo, at):
        return True
    return (f.find(",", lo, at) >= 0 or f.find(";", lo, at) >= 0) and _RESULT_LEAD.search(f, lo, at) is not None


def routine_after_result(f: str, fp: str, s: Segment) -> bool:
    """In the sentence ``s`` a result comes before its first word of how often ('hằng năm', 'mỗi năm'): 'các cấp ủy đã
    kết nạp 412 đảng viên mới, ...; hằng năm trên 85% tổ chức cơ sở đảng được xếp loại ...', 'kết nạp 2.416 đoàn viên,
    đạt 120,8% chỉ tiêu; 100% chi đoàn được đánh giá, xếp loại hằng năm': in a review, how often the work was done, whose
    figures are results too (``fp``: the folded text with look-alike words masked, as OUT_STRONG reads)."""
    routine = ROUTINE.search(f, s.start, s.end)
    return routine is not None and (OUT_STRONG.search(fp, s.start, routine.start()) is not None
                                    or MEASURED_RESULT.search(f, s.start, routine.start()) is not None)
