"""Where a document named in a text stops being in context (kg.extract.scope asks here).

A figure is given the document in context, which a mention opens and the next mention replaces. Three ways of naming
a document close it before that:
- a document named inside one item of a numbered list is what that item reports on; the next item of the same list
  is a new field, about whatever was in context before the first one named it ('3. Giao thông: thực hiện Đề án
  ..., làm mới 12 km đường ...', then '4. Giáo dục: có thêm 2 trường đạt chuẩn ...'); so is one named inside one of
  the requests a speaker lists, a paragraph each, after a line that asks ('..., để hoàn thành mục tiêu của Đề án, Phó
  Thủ tướng giao:', then 'Bộ Tư pháp hoàn thiện dự thảo sửa đổi Nghị định số 12/2024/NĐ-CP ...' and 'UBND các tỉnh
  bảo đảm khởi công thêm 20 dự án': the decree is what the first task changes, the second is the Đề án's);
- a document named as what the one just named carries out, in its own clause ('huyện triển khai Kế hoạch số 9-KH/HU
  ... thực hiện Nghị quyết Đại hội ...'), is no new subject: what follows is about the first one;
- another level's plan named only as the yardstick of a share ('đạt 110% chỉ tiêu Kế hoạch 7 của Tỉnh hội
  giao') is named in passing: the next sentence is not about it (point (a) of our conventions gives it the share).
And one way keeps it open longer: at a review, a document named in an earlier paragraph hands the results of a new
paragraph back to the reviewed one, but a body read section by section under headings of its own ('Cấp xã: nghị quyết
chuyên đề') goes on about a document named under its heading until the next one.

    item_closed(folded, paras, para_starts, at, pos)    # start of the item that closes the mention at ``at``, or None
    carries_out(folded, before, mention)                # ``mention`` names what ``before`` carries out
    share_yardstick(folded, mention)                    # ``mention`` is another level's plan a share is measured by
    named_in_passing(p, mentions)                       # starts of the mentions named in passing (those and others)
    mention_groups(mentions, folded, up_of)             # the runs of mentions that each open a scope
    section_headings(folded, paras)                     # indices of the paragraphs that head a section of the body
    same_section(headings, pa, pp)                      # paragraphs pa < pp stand under one body heading
    past_span(folded, sent_starts, pos)                 # the sentence of ``pos`` opens on a span of carrying out alone
"""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.mention_model import Mention
from kg.extract.mention_words import LIST_GAP
from kg.extract.tables import column_headings
from kg.extract.text import Prepared, Segment, folded_pattern

# the marker that opens a list item: '4. ', '4) ', 'b) ' (the kind of marker is what makes two items siblings)
_NUMBER_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[^\W\d_])")
_LETTER_ITEM = re.compile(r"[ \t]*[a-zđ]\)[ \t]+(?=[^\W\d_])")
# what a document just named carries out: '... (để | nhằm | về) (triển khai) thực hiện <document>'
_CARRIES_OUT_BEFORE = folded_pattern(r"(?<![a-z])(?:(?:để|nhằm|về)[ \t]+)?(?:triển khai[ \t]+)?thực hiện[ \t]+$")
_CLAUSE_END = re.compile(r"[.;:\n]")
# a heading line of the body: short, no closing punctuation ('Cấp xã: Quý Sơn với nghị quyết chuyên đề')
_HEADING_MAX = 90
_HEADING_END = re.compile(r"[.;,!?…:)\]\"”]\s*$")
# a share of a plan named right before it, and the level that set it after it: 'bằng 80% kế hoạch <plan> ... giao'
_SHARE_BEFORE = folded_pattern(r"(?<![a-z])(?:đạt|vượt|bằng)[ \t]+\d{1,3}(?:,\d{1,2})?[ \t]*%[ \t]+(?:chỉ tiêu|kế hoạch)[ \t]+$")
_GIVEN_AFTER = folded_pattern(r"[^.;:\n]{0,40}?(?<![a-z])giao(?![a-z])")


def _marker(folded: str, seg: Segment) -> re.Pattern | None:
    """The kind of item marker that opens ``seg``, if any."""
    for kind in (_NUMBER_ITEM, _LETTER_ITEM):
        if kind.match(folded, seg.start, seg.end):
            return kind
    return None


def item_closed(folded: str, paras: list[Segment], para_starts: list[int], at: int, pos: int) -> int | None:
    """The start of the list item that names the document at ``at``, where ``pos`` stands in a later item of the
    same list (a sibling opened by the same kind of marker, with no paragraph between them that is no item of that
    kind); None where the document is still in context at ``pos``."""
    pa, pp = bisect_right(para_starts, at) - 1, bisect_right(para_starts, pos) - 1
    if pa < 0 or pp <= pa:
        return None
    kind = _marker(folded, paras[pa])
    if kind is None:
        return paras[pa].start if asked_item(folded, paras, pa) else None
    # every paragraph from the named one's to pos's is an item of that kind: one list, read item by item
    if any(kind.match(folded, paras[i].start, paras[i].end) is None for i in range(pa + 1, pp + 1)):
        return None
    return paras[pa].start


# a line that opens a list of requests, one a paragraph after it: '..., Thủ tướng yêu cầu:', '... đồng chí đề nghị các sở:'
ASKED_LIST = folded_pattern(r"(?<![a-z])(?:yêu cầu|đề nghị|giao|chỉ đạo)(?![a-z])[^:\n]{0,80}:[ \t]*$")
# how many paragraphs of requests may stand between the asking line and the one read
_ASKED_REACH = 8


def _last_mark(folded: str, seg: Segment) -> str:
    """The last character of ``seg`` that is no blank (read from its end: a long paragraph is not copied)."""
    i = seg.end - 1
    while i > seg.start and folded[i].isspace():
        i -= 1
    return folded[i] if seg.end > seg.start else ""


def asked_item(folded: str, paras: list[Segment], pa: int) -> bool:
    """Paragraph ``pa`` is one of the requests listed after an asking line (ASKED_LIST), with no other line that ends on
    a colon between: a task of its own, not the opening of what the paragraphs after it are about."""
    for j in range(pa - 1, max(-1, pa - 1 - _ASKED_REACH), -1):
        if _last_mark(folded, paras[j]) == ":":
            return ASKED_LIST.search(folded, paras[j].start, paras[j].end) is not None
    return False


def section_headings(folded: str, paras: list[Segment]) -> list[int]:
    """Indices of the paragraphs that head a section of a text's body: short lines with no closing punctuation after
    its first statement (a paragraph that ends on a full stop; the headline and date lines above it are none), not a
    table's row, each followed by a statement before the next such line. A byline, a share bar or a signature block
    at the foot of a page are short unpunctuated lines too, but no statement follows them: they head nothing."""
    ends = [folded[s.start:s.end].rstrip().endswith(".") for s in paras]
    first = next((i for i, stated in enumerate(ends) if stated), None)
    if first is None:
        return []
    short = [i for i in range(first + 1, len(paras)) if paras[i].end - paras[i].start <= _HEADING_MAX
             and len(folded[paras[i].start:paras[i].end].split()) >= 2
             and _HEADING_END.search(folded, paras[i].start, paras[i].end) is None
             and "|" not in folded[paras[i].start:paras[i].end]]
    return [i for i, nxt in zip(short, [*short[1:], len(paras)]) if any(ends[i + 1:nxt])]


def same_section(headings: list[int], pa: int, pp: int) -> bool:
    """Paragraphs ``pa`` < ``pp`` stand under one heading of a body with two headings or more (none between them)."""
    if len(headings) < 2:
        return False
    k = bisect_right(headings, pa) - 1
    return k >= 0 and (k + 1 >= len(headings) or headings[k + 1] > pp)


def carries_out(folded: str, before: Mention, mention: Mention) -> bool:
    """``mention`` is named, in the clause of ``before``, as what ``before`` carries out ('... thực hiện <it>')."""
    return bool(_CARRIES_OUT_BEFORE.search(folded, max(before.start, mention.start - 40), mention.start)) \
        and not _CLAUSE_END.search(folded, before.start, mention.start)


def share_yardstick(folded: str, mention: Mention) -> bool:
    """``mention`` is the plan a share is of, set by another level: 'đạt 110% chỉ tiêu Kế hoạch 7 ... giao'."""
    return bool(_SHARE_BEFORE.search(folded, max(0, mention.start - 30), mention.start)) \
        and _GIVEN_AFTER.match(folded, mention.end) is not None


# a document named in passing, as a point in time, as the goal a result falls short of, as the source of tasks or as the
# one that amended another: 'tăng
# 9,2% so với thời điểm ban hành Nghị quyết', 'chưa đạt mục tiêu Kế hoạch 95 đề ra'; what follows is not about it
_IN_PASSING_BEFORE = folded_pattern(r"(?<![a-z])(?:(?:thời điểm|khi)[ \t]+(?:ban hành|có|triển khai|thực hiện|ra đời)"
                                    r"|(?:đạt|vượt)[ \t]+(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu)"
                                    # (the old one a document replaced: 'Luật ... được thông qua ..., thay thế Luật năm 2005')
                                    r"|,[ \t]*thay thế"
                                    # (the one that amended it, in brackets after it: 'Nghị định số 178/2024/NĐ-CP (đã được
                                    # sửa đổi, bổ sung bởi Nghị định số 67/2025/NĐ-CP)': an aside, the text goes on about the first)
                                    r"|\([ \t]*(?:đã[ \t]+)?(?:được[ \t]+)?(?:sửa đổi|bổ sung|thay thế)(?:,?[ \t]+bổ sung)?"
                                    r"[ \t]+(?:bởi|tại|theo)"
                                    # (the source of the tasks a plan spells out: 'Kế hoạch đưa các nhiệm vụ, giải pháp mà
                                    # Nghị quyết đề ra vào từng năm': what follows is the plan's)
                                    r"|(?:nhiệm vụ|giải pháp|chủ trương|quan điểm|định hướng)[ \t]+mà"
                                    # (a body named after the document it works on: 'Tổ công tác Đề án 06 phường đã thu
                                    # nhận ...', 'Ban Chỉ đạo Chương trình ... huyện họp': a name, not what follows is about)
                                    r"|(?:tổ công tác|ban chỉ đạo|tổ giúp việc|văn phòng điều phối)(?:[ \t]+(?:triển khai|thực hiện))?)[ \t]+$")


def named_in_passing(p: Prepared, mentions: list[Mention]) -> set[int]:
    """Starts of the mentions that open no scope: named as a point in time or a goal fallen short of
    (_IN_PASSING_BEFORE), as another level's yardstick (share_yardstick), or a type word alone that heads a table's
    column of figures ('Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 11 tháng': the planned figures, not the plan a
    report's title names; kg.extract.tables.column_headings)."""
    f = p.folded
    heads = column_headings(p.text, p.source) if any(m.kind == "resolved" for m in mentions) else set()
    return {m.start for m in mentions if _IN_PASSING_BEFORE.search(f, max(0, m.start - 40), m.start)
            or share_yardstick(f, m) or (m.kind == "resolved" and m.start in heads)}


# one goal set apart from the rest, under the document it was set by: 'Riêng chỉ tiêu xây dựng thôn kiểu mẫu theo Nghị
# quyết số 38/NQ-HĐND của HĐND xã A (cũ) đã hoàn thành 4/4 thôn' (kg.extract.scope reads its sentence as opening on it)
SET_APART = r"riêng[ \t]+(?:chỉ tiêu|mục tiêu)(?![a-z])[^.;:\n]{0,80}?[ \t]theo"
_SET_APART_BEFORE = folded_pattern(r"(?<![a-z])" + SET_APART + r"[ \t]+$")


def _set_apart(f: str, m: Mention) -> bool:
    """The mention ``m`` of the folded text ``f`` names the document of one goal set apart (SET_APART): the sentence
    opens on it, and what a later sentence says is not about it."""
    return "rieng" in f[max(0, m.start - 100):m.start] and _SET_APART_BEFORE.search(f, max(0, m.start - 100), m.start) \
        is not None


def mention_groups(mentions: list[Mention], f: str, up_of: dict[str, str] | None = None) -> list[tuple[int, str]]:
    """Runs of mentions that form one list ('Nghị quyết 25, Kết luận 43 và Chương trình 43'):
    (start, key of the list's first document). ``up_of`` maps a document to the one it carries out, for those
    whose mention after it in its clause opens no run of its own (carries_out). The document of one goal set apart
    opens none (_set_apart)."""
    groups: list[tuple[int, str]] = []
    prev = None
    # (a plan named only as the yardstick of a figure, 'bằng 87% dự toán tỉnh giao', is not what follows is about)
    for m in sorted((m for m in mentions if m.key and m.kind != "planned" and not m.yardstick and not _set_apart(f, m)),
                    key=lambda x: x.start):
        if prev is not None and m.approves is not None and m.approves.key == prev.key:
            prev = m                # the decision that approved the programme just named: the programme stays in context
            continue
        if prev is not None and up_of and up_of.get(str(prev.key)) == m.key and groups and groups[-1][1] == prev.key \
                and carries_out(f, prev, m):
            continue                # what the document just named carries out
        # (a document whose cue names what came before it is the subject after an opening clause, no item of its list:
        # 'Để triển khai Nghị quyết số 19-NQ/TW ..., Đại hội thống nhất ...')
        if prev is not None and not (m.cue and m.cue[1] < m.start):
            end = max(prev.tail_end, prev.end)
            g = LIST_GAP.match(f, end, m.start) if m.start >= end else None
            if g and g.end() == m.start and m.start - end <= 8:
                prev = m
                continue
        groups.append((m.start, str(m.key)))
        prev = m
    return groups


# a sentence that opens on a span of carrying out what the text has just named, naming nothing itself: 'Sau gần 4 năm thi
# hành, 63/63 tỉnh ...', 'Qua 3 năm thực hiện, ...'
_PAST_SPAN = folded_pattern(r"[ \t\n]*(?:sau|qua)[ \t]+(?:(?:hơn|gần|tròn)[ \t]+)?(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|mười)[ \t]+"
                            r"(?:năm|tháng)[ \t]+(?:triển khai[ \t]+)?(?:thi hành|thực hiện)[ \t]*,")


def past_span(folded: str, sent_starts: list[int], pos: int) -> bool:
    """The sentence of ``pos`` opens on a span of carrying out with no document after it: the results it gives are
    those of the document in context over that span, not of a plan the text's own document issues for it now."""
    k = bisect_right(sent_starts, pos) - 1
    return k >= 0 and _PAST_SPAN.match(folded, sent_starts[k]) is not None
