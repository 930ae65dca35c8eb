"""How a review names the plans it weighs, beyond their symbols (kg.extract.scope asks here).

A provincial review of a central document often says the province issued its own plan with a count of goals ('Thực
hiện Chương trình 18-CTr/TU, Ban Thường vụ Hội ban hành Kế hoạch số 32-KH/HNDT ngày 20/4/2024 với 8 chỉ tiêu cụ thể.
Sau 2 năm, có 6 chỉ tiêu vượt ...'): the results that follow are counted against that plan's goals, so the plan is
not a mere instrument of the reviewed document. A later sentence may name the reviewed document again by its bare
type word ('Sau 5 năm thực hiện Đề án, các cấp Hội đã ...'), which takes the results back to it. A result measured
against the year's plan by its bare word ('đạt 103,5% kế hoạch', 'vượt 9% so với kế hoạch (240 hộ)') is the local plan's
that carries the reviewed document out (tests/ANNOTATION.md (ak)), and so is its paragraph where it opens on one.

    plans_with_own_goals(mentions, folded)          # keys of plans said issued with goals of their own
    share_of_plan(folded, start, end, pos)          # the clause of pos measured against a plan by its bare word
    last_plan_carrying_out(keyed, docs, up_of, reviewed)    # the local plan a review measures against
    reviewed_by_type_word(folded, at, mentions, reviewed)   # the reviewed document a bare type word at ``at`` means
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from kg.extract.mention_model import DocInfo, Mention
from kg.extract.text import folded_pattern

# a count of goals right after a plan's mention and its date: '... số 32-KH/HNDT ngày 20/4/2024 với 8 chỉ tiêu cụ thể'
_WITH_OWN_GOALS = folded_pattern(r"[ \t]*(?:ngày[ \t]+[\d/.-]+[ \t]*)?,?[ \t]*(?:gồm|với)[ \t]+\d{1,3}[ \t]+(?:nhóm[ \t]+)?"
                                 r"(?:chỉ tiêu|mục tiêu)(?![a-z])")
# a type word alone before a comma, the document named before it meant: 'thực hiện Đề án, ...'
_BARE_TYPE = folded_pattern(r"(nghị quyết|chỉ thị|kết luận|kế hoạch|chương trình|đề án|quyết định)[ \t]*,")


def plans_with_own_goals(mentions: list[Mention], folded: str) -> set[str]:
    """The documents a numbered mention says were issued with a count of goals of their own."""
    return {m.key for m in mentions if m.key and m.kind == "numbered"
            and _WITH_OWN_GOALS.match(folded, max(m.end, m.tail_end))}


def reviewed_by_type_word(folded: str, at: int, mentions: list[Mention], reviewed: list[str]) -> str | None:
    """The one reviewed document the text names with the bare type word at ``at`` ('Đề án,' for the reviewed
    'Đề án "Hỗ trợ phụ nữ khởi nghiệp"'), else None (none, or two reviewed documents of that type)."""
    bare = _BARE_TYPE.match(folded, at)
    if bare is None:
        return None
    named = {m.key for m in mentions if m.key in reviewed and folded.startswith(bare.group(1), m.start)}
    return named.pop() if len(named) == 1 else None


# a result measured against the year's plan the text named, by its bare word: 'đạt 40% kế hoạch năm (kế hoạch giảm
# 2%)', 'đạt 103,5% kế hoạch,', 'vượt 9% so với kế hoạch (240 hộ)', 'đạt 80% so với kế hoạch 900 căn' (not another
# level's 'kế hoạch huyện giao', a numbered 'kế hoạch số ...', nor 'kế hoạch vốn')
_SHARE_OF_PLAN = folded_pattern(r"(?<![a-z])(?:đạt|bằng|vượt)[ \t]+(?:\d[\d.,]*[ \t]*%[ \t]+)?(?:so với[ \t]+)?kế hoạch"
                                r"(?:[ \t]+năm)?(?=[ \t]*(?:[,.;(\n]|\d|$))")
# money spent or allotted: a share of it is of the capital plan ('giải ngân 96 tỷ đồng, đạt 31% kế hoạch'), not
# of the plan that carries a document out
_MONEY = folded_pattern(r"(?<![a-z])(?:giải ngân|vốn|kinh phí)(?![a-z])")


def share_of_plan(folded: str, start: int, end: int, pos: int) -> bool:
    """The clause of ``pos`` (between semicolons within ``start``..``end``, its sentence) measures a result against a
    plan's own goal by the bare word 'kế hoạch', and is not about money."""
    a = max(folded.rfind(";", start, pos) + 1, start)
    b = folded.find(";", pos, end)
    return _clause_shares(folded, a, end if b < 0 else b)


@lru_cache(maxsize=256)
def _clause_shares(folded: str, a: int, b: int) -> bool:
    # (asked once per clause, not once per figure in it: a text's hash is cached by the string)
    return _SHARE_OF_PLAN.search(folded, a, b) is not None and _MONEY.search(folded, a, b) is None


def last_plan_carrying_out(keyed: list[tuple[int, str]], docs: dict[str, DocInfo], up_of: dict[str, str],
                           reviewed: list[str]) -> str | None:
    """The plan or programme named last in ``keyed`` (offset, key) that is not central nor reviewed and carries out a
    reviewed document, up its chain of ``up_of`` (the document each one implements or continues)."""
    for _, key in reversed(keyed):
        d = docs.get(key)
        if key in reviewed or d is None or d.level == "central" or d.type not in ("KH", "CTr"):
            continue
        k, seen = up_of.get(key), {key}
        while k and k not in seen:
            if k in reviewed:
                return key
            seen.add(k)
            k = up_of.get(k)
    return None


# what a result's own clause says it was achieved under, or whose goal it is measured against, right before the
# document's mention: '..., theo Kế hoạch số 30-KH/HU', 'chưa đạt chỉ tiêu của Kế hoạch 41', '9/11 chỉ tiêu ngành giao
# trong Kế hoạch năm 2023 của Sở'
# ('vượt mục tiêu của Chương trình ...' is left with the review: tests/test_as_of.py and a near miss of
# tests/test_extract_facts_quantities.py read it so, (ak) 1 otherwise; the lead decides)
_TIED_BEFORE = folded_pattern(r"(?<![a-z])(?:theo|chỉ tiêu(?:[ \t]+của)?|chỉ tiêu[^.;,\n]{0,20}?trong)[ \t]+$")


def tied_in_clause(folded: str, pos: int, end: int, starts: list[int], mention_at: dict[int, Mention]) -> str | None:
    """The plan a mention after ``pos`` in its clause (up to a semicolon, a line's end or ``end``, its sentence's) ties the result
    at ``pos`` to (_TIED_BEFORE), else None; ``starts`` are the sorted starts of ``mention_at``."""
    b = min((x for x in (folded.find(";", pos, end), folded.find("\n", pos, end)) if x >= 0), default=end)
    for at in starts[bisect_right(starts, pos):bisect_left(starts, b)]:
        mn = mention_at[at]
        if mn.type in ("KH", "CTr") and _TIED_BEFORE.search(folded, max(pos, at - 40), at):
            return mn.key
    return None


# a result measured against a named plan's goal: 'chưa đạt mục tiêu Kế hoạch số 56-KH/HU đề ra', 'vượt chỉ tiêu của Kế
# hoạch số ...' (read before the plan's mention)
_MEASURED_AGAINST = folded_pattern(r"(?<![a-z])(?:chưa đạt|không đạt|đạt|vượt)[ \t]+(?:\d+(?:,\d+)?[ \t]*%[ \t]+)?(?:so với[ \t]+)?"
                                   r"(?:mục tiêu|chỉ tiêu)(?:[ \t]+của)?[ \t]+$")


def measured_earlier(folded: str, start: int, pos: int, starts: list[int], mention_at: dict[int, Mention]) -> str | None:
    """At a review, the plan an earlier clause of the sentence (``start`` to ``pos``) measured a result against by name,
    where a semicolon then opens the clause of ``pos`` and no document is named between: '..., chưa đạt mục tiêu Kế hoạch
    số 56-KH/HU đề ra; số mô hình ... chỉ đạt 21 mô hình' (the shortfalls listed go on against that plan); else None."""
    i = bisect_left(starts, pos) - 1
    if i < 0 or starts[i] < start:
        return None
    mn = mention_at[starts[i]]
    if mn.type not in ("KH", "CTr") or folded.find(";", mn.end, pos) < 0 \
            or not _MEASURED_AGAINST.search(folded, max(start, mn.start - 40), mn.start):
        return None
    return mn.key
