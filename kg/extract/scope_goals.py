"""The document whose goals a table's lead-in line names, or a figure's own words (kg.extract.quantities and
kg.extract.scope ask here).

A plan that carries out an approved đề án may set out the đề án's own goals, phased by year, in a table it opens with
'các chỉ tiêu chủ yếu của Đề án được phân kỳ như sau:'. Those goals are the đề án's (tests/ANNOTATION.md (aj)), and a
đề án with no symbol of its own is keyed by the decision that approved it ((b)): the table's goals go to that key, not
to the plan that phases them. The đề án is often named there by its type word alone, meaning the one named before.

    goals_lead_at(folded, bstart)                   # where the document of a table's lead-in 'chỉ tiêu của ...' begins
    approved_word_key(folded, pos, keyed)           # the key of the đề án named before a bare 'Đề án' at ``pos``
    goal_named_with(folded, st, at, end, pos)       # the figure at ``pos`` is a goal the mention at..end sets or owns
    own_plan_of(mentions, up_of, key, paras, sents, pos)   # the local plan said issued for ``key``, whose goal ``pos`` is
"""
from __future__ import annotations

from bisect import bisect_right

from kg.extract.mention_model import Mention
from kg.extract.text import Segment, folded_pattern

# the goals a lead-in line gives, named with their document, up to the colon that opens the table: 'Theo đó, các chỉ
# tiêu chủ yếu của Đề án được phân kỳ như sau:' (not 'Kế hoạch đặt các chỉ tiêu sau:', the plan's own)
_GOALS_LEAD = folded_pattern(r"(?<![a-z])(?:các[ \t]+|những[ \t]+)?(?:mục tiêu|chỉ tiêu)(?:[ \t]+(?:chủ yếu|cơ bản|chính|cụ thể))?"
                             r"[ \t]+của[ \t]+(?=[^.:;\n]*:[ \t]*$)")
# a đề án named by its type word alone
_BARE_DE_AN = folded_pattern(r"đề án(?![a-z])")
# a figure a document is said to set, right after it ('chưa thành lập được (Kế hoạch đề ra 2 chi bộ)'), or a goal tied
# to a document named before it by the goals' words ('hoàn thành các chỉ tiêu của Kế hoạch, trong đó tỷ lệ ... đạt
# trên 70%'): the document's own goal, not the text's (point (aj))
_SETS_FIGURE = folded_pattern(r"[ \t]*(?:đã[ \t]+)?(?:đề ra|đặt ra)[ \t]+(?:(?:là|từ|trên|ít nhất)[ \t]+)?")
_GOAL_WORDS_OF = folded_pattern(r"(?<![a-z])(?:các[ \t]+)?(?:chỉ tiêu|mục tiêu)(?:[ \t]+(?:chủ yếu|cụ thể))?[ \t]+(?:của|theo)[ \t]+$")
# ... and goals' words that lead, with or without 'của', into a list after a colon ('thực hiện các mục tiêu Nghị quyết số 12
# đề ra đến năm 2028: ...; ...'): each of its items, past the semicolons, is the document's goal
_GOAL_WORDS = folded_pattern(r"(?<![a-z])(?:các[ \t]+)?(?:chỉ tiêu|mục tiêu)(?:[ \t]+(?:chủ yếu|cụ thể))?(?:[ \t]+của)?[ \t]+$")
_GOALS_LIST_AFTER = folded_pattern(r"[^.:;\n]{0,60}:")
# ... and a goal given at the document, its figure alone in brackets right after it: 'cao hơn chỉ tiêu Thủ tướng Chính
# phủ giao tại Quyết định số 444/QĐ-TTg (11.800 căn)', 'mục tiêu đề ra tại Kế hoạch số 12-KH/UBND (từ 80% trở lên)'
_GOAL_GIVEN_AT = folded_pattern(r"(?<![a-z])(?:chỉ tiêu|mục tiêu)(?![a-z])[^,;:()\d]{0,50}?(?<![a-z])(?:giao|đề ra|đặt ra)"
                                r"[ \t]+(?:tại|theo)[ \t]+$")
_FIGURE_IN_BRACKET = folded_pattern(r"[ \t]*\([ \t]*(?:(?:từ|trên|dưới|khoảng|ít nhất|tối thiểu)[ \t]+)?")


def goals_lead_at(folded: str, bstart: int) -> int | None:
    """Where the document named in the lead-in line of the table at ``bstart`` (the last line before it with words)
    as the one whose goals the table gives begins, else None."""
    end = bstart
    while True:
        start = folded.rfind("\n", 0, max(end - 1, 0)) + 1
        if folded[start:end].strip() or start == 0:
            break
        end = start
    line_end = start + len(folded[start:end].rstrip())
    stop = folded.rfind(". ", start, line_end)
    sent = stop + 2 if stop >= 0 else start
    m = _GOALS_LEAD.search(folded, sent, line_end)
    return m.end() if m else None


def approved_word_key(folded: str, pos: int, keyed: list[tuple[int, str]]) -> str | None:
    """The key of the đề án the text named before ``pos``, where ``pos`` names one by its type word alone ('của Đề án
    được phân kỳ'); ``keyed`` is the sorted (start, key) of the keyed mentions. None where there is no such word, or
    the đề án mentions before it have two keys."""
    if not _BARE_DE_AN.match(folded, pos):
        return None
    keys = {key for at, key in keyed if at < pos and _BARE_DE_AN.match(folded, at)}
    return keys.pop() if len(keys) == 1 else None


def goal_named_with(folded: str, st: int, at: int, end: int, pos: int) -> bool:
    """The figure at ``pos`` is one the document mentioned at ``at``..``end`` (in the sentence from ``st``) is said to
    set right before it, or in brackets right after it where the goal is said given there, or the goals' words before the mention tie it ('các chỉ tiêu của Kế hoạch, trong đó ...') and
    no semicolon closes the clause between, or they lead a list after a colon that the figure is an item of
    (kg.extract.scope asks it of the document named last before the figure)."""
    if _SETS_FIGURE.fullmatch(folded, end, pos) is not None:
        return True
    if _FIGURE_IN_BRACKET.fullmatch(folded, end, pos) is not None and _GOAL_GIVEN_AT.search(folded, max(st, at - 80), at):
        return True
    if _GOAL_WORDS_OF.search(folded, max(st, at - 24), at) is not None and ";" not in folded[end:pos]:
        return True
    colon = _GOALS_LIST_AFTER.match(folded, end)
    return colon is not None and colon.end() <= pos and "." not in folded[colon.end():pos] \
        and _GOAL_WORDS.search(folded, max(st, at - 24), at) is not None


def own_plan_of(mentions: list[Mention], up_of: dict[str, str], key: str | None, paras: list[Segment],
                sents: list[Segment], pos: int) -> str | None:
    """The plan a body is said to issue, with no number, to carry out ``key`` (the document in context for the goal at
    ``pos``), named before ``pos`` in its paragraph with ``key`` not named again since, nor after it in its sentence: the
    goal is that plan's own, not the one's it carries out ('Đảng ủy xã đã ban hành kế hoạch thực hiện Chương trình số
    12-CTr/TU, phấn đấu năm 2026 kết nạp 15 đảng viên', point (aj) of our sets' annotation conventions)."""
    para = paras[max(0, bisect_right(paras, pos, key=lambda x: x.start) - 1)] if paras else None
    sent = sents[max(0, bisect_right(sents, pos, key=lambda x: x.start) - 1)] if sents else None
    start, end = (para.start if para else 0), (sent.end if sent else pos)
    own, at = None, -1
    for m in mentions:
        if not start <= m.start < end or not m.key:
            continue
        if m.kind == "planned" and m.start < pos and up_of.get(m.key) == key and m.start > at:
            own, at = m.key, max(m.start, m.cue[1] if m.cue else m.start)     # (past what it carries out)
        elif m.key == key and m.kind != "planned" and m.start > at:
            # (the document carried out, named again: 'Chương trình 12 đặt mục tiêu ...', '... theo Chương trình 12')
            own, at = None, m.start
    return own


# a sentence that opens on the year its goals are for and says they were set: 'Năm 2026, Đảng bộ xã đề ra 18 chỉ tiêu,
# trong đó ...', 'Trong năm 2026, xã phấn đấu ...'
_YEAR_GOALS = folded_pattern(r"[ \t\n]*(?:trong[ \t]+)?năm[ \t]+(?P<year>\d{4})[ \t]*,[^.;:\n]{0,60}?(?<![a-z])(?:đề ra|phấn đấu|đặt mục tiêu)(?![a-z])")
# the title of a plan of one year's tasks: 'thực hiện nhiệm vụ năm 2026'
_YEAR_TASKS = folded_pattern(r"(?<![a-z])(?:nhiệm vụ|phương hướng)(?![a-z])[^.;:\n]{0,50}?(?<![a-z])năm[ \t]+(?P<year>\d{4})(?!\d)")


def year_plan_goal(folded: str, sent_start: int, pos: int, plans: dict[str, str]) -> str | None:
    """The plan of one year's tasks whose goal the figure at ``pos`` is, where its sentence opens on that year and says
    the goals were set: the one of ``plans`` (key -> folded subject) titled with that year, if one; else None."""
    m = _YEAR_GOALS.match(folded, sent_start, pos)
    if m is None:
        return None
    found = [k for k, subject in plans.items()
             if (t := _YEAR_TASKS.search(subject)) is not None and t.group("year") == m.group("year")]
    return found[0] if len(found) == 1 else None
