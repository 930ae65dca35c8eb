"""A document a meeting adopts without a number (nghị quyết hội nghị thông qua): 'Hội nghị đã thông qua Nghị quyết
lãnh đạo thực hiện nhiệm vụ năm 2024 với các chỉ tiêu: ...', 'hội nghị thống nhất ban hành Nghị quyết về nhiệm vụ
năm 2025'. The subject of the sentence is the meeting, not a body: the document is the body's that held it ('Ban
Chấp hành Đảng bộ xã Xuân Trung tổ chức hội nghị ...'), and its title may open on the year's tasks with no 'về'.
kg.extract.unnumbered keys it ``TYPE:<body> về <subject>`` as any document a body is said to issue; and so one
whose goals a tally counts, named by its body and subject with no 'của' between ('18/20 chỉ tiêu của Nghị quyết HĐND
huyện về nhiệm vụ năm 2024 đạt và vượt').

    meeting_issuer(t, f, clause_start, verb_start, dates)   # (the body that held the meeting, its day) or (None, None)
    tasks_title(f, e)                                   # where a title of the year's tasks opens after the type word
    goals_owner(t, f, e)                                # ('về' after the body, the body) right after a type word
    sitting_resolutions(t, f, dates)                    # the resolutions a council's sitting passes, named by subject
    issued_list_item(f, s, e)                           # the issuing verb of a list of documents named by subject

A council's sitting (kỳ họp) passes resolutions the report names by their subjects alone, in a list after a colon
('kỳ họp thông qua các nghị quyết: dự toán thu, chi ngân sách năm 2024; kế hoạch đầu tư công năm 2024; ... và một số
nghị quyết về nhân sự', 'thông qua 5 nghị quyết, bao gồm: Nghị quyết về ...; Nghị quyết về ... và ba nghị quyết về nhân sự') or one of them after 'trong đó' ('thông qua 8 nghị quyết, trong đó có Nghị quyết về nhiệm vụ
...'): each is the council's, keyed ``NQ:<council> về <subject>``, dated by the day the text opens the sitting on; a
vague item ('một số nghị quyết về nhân sự') and one named with its number are left to the other passes. The text
may cite one of them again by its type word and subject ('Theo Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm
2026, xã phấn đấu ...'): the same resolution, so its goals are found on it.
"""
from __future__ import annotations

import datetime as _dt
import re

from kg.extract.bodies import body_regex, extend_name, issuer_info
from kg.extract.dates import DateMention
from kg.extract.mention_model import Mention
from kg.extract.text import clean_ws, folded_pattern, norm_body, vi

# the meeting as the subject of the clause: 'Hội nghị đã thông qua', 'Kỳ họp thống nhất ban hành'
_MEETING_SUBJECT = folded_pattern(r"[ \t\n]*(?:[^,;.\n]{0,20},[ \t]*)?(?:hội nghị|kỳ họp)(?:[ \t]+[a-z]+){0,3}?[ \t]+$")
# the body that held it, in the text before: 'Ban Chấp hành Đảng bộ xã Bản Lầu tổ chức hội nghị tổng kết ...'
# (after the council's term, if named: 'HĐND huyện Yên Lạc khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp ...')
_HELD = folded_pattern(r"(?:[ \t]*,?[ \t]*(?:khóa[ \t]+[ivxlc]+|nhiệm kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4})(?![a-z\d]))*"
                       r"[ \t]+(?:đã[ \t]+)?(?:tổ chức|họp)[ \t]+(?:hội nghị|kỳ họp)(?![a-z])")
# a title of the year's tasks right after the type word: 'Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024'
_TASKS_TITLE = folded_pattern(r"[ \t]+(?=(?:lãnh đạo[ \t]+)?(?:thực hiện[ \t]+)?(?:nhiệm vụ|phương hướng)(?![a-z])"
                              r"[^.;:\n]{0,50}?(?<![a-z])năm[ \t]+\d{4})")


def meeting_issuer(t: str, f: str, clause_start: int, verb_start: int,
                   dates: list[DateMention] | None = None) -> tuple[str | None, _dt.date | None]:
    """The body that held the meeting the clause ``f[clause_start:verb_start]`` names as its subject, the last one the
    text said held a meeting before it, and the day it held it where the text opens on it ('Sáng 25/12, Ban Chấp hành
    ... tổ chức hội nghị': what a meeting adopts is dated that day); (None, None) where the subject is no meeting or
    no such body was named."""
    if not _MEETING_SUBJECT.fullmatch(f, clause_start, verb_start):
        return None, None
    found = meeting_holder(t, f, clause_start)
    if found is None:
        return None, None
    name, start = found
    return name, meeting_day(f, start, dates)


def meeting_day(f: str, start: int, dates: list[DateMention] | None) -> _dt.date | None:
    """The day the text opens on right before the body that held a meeting, its name at ``start`` ('Sáng 25/12, Ban
    Chấp hành ... tổ chức hội nghị'), else None."""
    return next((d.date for d in reversed(dates or []) if d.end <= start and d.time_word
                 and not f[d.end:start].strip(" \t,")), None)


def meeting_holder(t: str, f: str, before: int) -> tuple[str, int] | None:
    """The body the text last says held a meeting before ``before`` ('Ban Chấp hành Đảng bộ xã Bản Lầu tổ chức hội
    nghị ...'), and where its name starts; None where no body is said to."""
    held = None
    for b in body_regex().finditer(f, 0, before):
        if _HELD.match(f, extend_name(t, b.end(), before)):
            held = b
    if held is None:
        return None
    # ('Ban Chấp hành' before the party committee's name is part of the body's: its executive committee)
    start = held.start() - len("ban chap hanh ") if f.endswith("ban chap hanh ", 0, held.start()) else held.start()
    return norm_body(t[start:extend_name(t, held.end(), before)]), start


def tasks_title(f: str, e: int) -> re.Match | None:
    """Where a title of the year's tasks opens right after a type word ending at ``e`` (its match's end)."""
    return _TASKS_TITLE.match(f, e)


_BODY_GAP = re.compile(r"[ \t]+")
_ABOUT_NEXT = re.compile(vi(r"[ \t]+về[ \t]+"))


def goals_owner(t: str, f: str, e: int) -> tuple[re.Match | None, str]:
    """The body named right after a type word ending at ``e`` and the 'về' that opens the subject after it
    ('Nghị quyết HĐND huyện về ...'); (None, '') where the words after it are no body and its subject."""
    gap = _BODY_GAP.match(f, e)
    body = body_regex().match(f, gap.end()) if gap else None
    end = extend_name(t, body.end()) if body is not None else e
    about = _ABOUT_NEXT.match(f, end) if body is not None else None
    return (about, norm_body(t[gap.end():end])) if about is not None and gap is not None else (None, "")


# 'kỳ họp (đã xem xét ... và) thông qua các / 9 nghị quyết' and what names them: ': <list>.', ', trong đó (có) Nghị quyết về'
_SITTING_PASSES = folded_pattern(r"(?<![a-z])kỳ họp[^.;:\n]{0,120}?(?<![a-z])thông qua[ \t]+(?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy"
                                 r"|tám|chín|mười)[ \t]+nghị quyết[ \t]*(?:(?P<list>(?:,?[ \t]*(?:bao[ \t]+)?gồm[ \t]*)?:)|,[ \t]*trong đó(?:[ \t]+có)?[ \t]+nghị quyết[ \t]+về"
                                 # (or one numbered item a line after the lead: ', trong đó:\n1. Nghị quyết ...\n2. ...')
                                 r"|(?P<lines>,[^.:\n]{0,100}?(?:trong đó|gồm|bao gồm)[ \t]*:(?=[ \t]*\n[ \t]*\d{1,2}[.)][ \t])))"
                                 r"[ \t]*")
# such a numbered line: its item runs to the line's first comma (what follows is said of the resolution)
_NUMBERED_LINE = re.compile(r"\n[ \t]*\d{1,2}[.)][ \t]+(?P<item>[^,\n]*)")
# the council that holds the sitting, before it: 'HĐND huyện Tam Nông khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp'
_SITTING_HELD = folded_pattern(r"[^.;\n]{0,50}?[ \t]+(?:đã[ \t]+)?(?:tổ chức|khai mạc|bế mạc|họp)[ \t]+kỳ họp(?![a-z])")
# an item that names no one resolution ('một số nghị quyết về nhân sự') or one with its number (read elsewhere)
_VAGUE_ITEM = folded_pattern(r"(?:một số|các|những|nghị quyết[ \t]+số)(?![a-z])")
_LAST_ITEM = folded_pattern(r"[ \t]+và[ \t]+(?=(?:một số|các|những|hai|ba|bốn|năm|\d{1,2})[ \t]+nghị quyết(?![a-z]))")
# an item that repeats the type word before its subject: 'gồm: Nghị quyết về kế hoạch ...; Nghị quyết về ...'
_ITEM_TYPE = folded_pattern(r"nghị quyết[ \t]+(?:về[ \t]+(?:việc[ \t]+)?)?")
# ... and closes on the council that passes it, which the key names first: '... kế hoạch giám sát năm 2025 của HĐND phường'
_OWN_COUNCIL = folded_pattern(r"[ \t]+của[ \t]+(?:hđnd|hội đồng nhân dân)(?:[ \t]+[^\W\d_]+){0,4}[ \t]*$")
_ITEM_END = re.compile(r"[.:\n]|;|$")
# the goals the resolution sets, after its subject: '... năm 2026 với mục tiêu tốc độ tăng trưởng từ 9% đến 9,5%', '...,
# phấn đấu đến năm 2030 ...' (a subject is no goal, and a goal's figures inside a document's name are lost)
_GOALS_AFTER = folded_pattern(r"[ \t]*,?[ \t]+(?:với|đặt|xác định)[ \t]+(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu)(?![a-z])"
                              r"|[ \t]*,[ \t]*phấn đấu[ \t]+(?:đến|tới|trong|năm|có|đạt|hoàn thành)(?![a-z])")


# the type word again after 'và' or a comma, opening the next item: '... cấp xã và Nghị quyết về chính sách ...'
_NEXT_TYPED = folded_pattern(r"[ \t]*(?:,[ \t]*và|,|và)[ \t]+(?=nghị quyết[ \t]+về[ \t])")


def _typed_items(f: str, a: int, b: int) -> list[tuple[int, int]]:
    """The item ``f[a:b]`` split where the type word opens another after 'và' or a comma ('gồm: Nghị quyết về sắp xếp
    đơn vị hành chính và Nghị quyết về chính sách hỗ trợ ...' names two resolutions, not one)."""
    out = []
    for m in _NEXT_TYPED.finditer(f, a, b):
        out.append((a, m.start()))
        a = m.end()
    return [*out, (a, b)]


def _sitting_council(t: str, f: str, at: int) -> tuple[str | None, int]:
    """The council the text last said held a sitting before ``at``, and where its name starts."""
    held, name = None, -1
    for b in body_regex().finditer(f, max(0, at - 1500), at):
        if _SITTING_HELD.match(f, b.end()):
            held, name = norm_body(t[b.start():extend_name(t, b.end(), at)]), b.start()
    return held, name


def sitting_resolutions(t: str, f: str, dates: list[DateMention]) -> list[Mention]:
    """The resolutions a council's sitting passes, named by their subjects (see the module's docstring)."""
    if "thong qua" not in f or "ky hop" not in f:
        return []
    out: list[Mention] = []
    for m in _SITTING_PASSES.finditer(f):
        council, at = _sitting_council(t, f, m.start())
        if council is None or issuer_info(council)[0] != "HĐND":
            continue
        day = next((d.date for d in reversed(dates) if d.end <= at and at - d.end <= 40 and d.time_word), None)
        end = _ITEM_END.search(f, m.end()).start() if not m.group("list") else f.find(".", m.end())
        end = len(f) if end < 0 else end
        spans = []
        a = m.end()
        for b in [*(i for i in range(m.end(), end) if f[i] == ";"), end] if not m.group("lines") else ():
            spans.append((a, b))
            a = b + 1
        while m.group("lines") and (line := _NUMBERED_LINE.match(f, a)) is not None:
            spans.append((line.start("item"), line.end("item") - (1 if line.group("item").endswith(".") else 0)))
            a = f.find("\n", line.end())
            a = len(f) if a < 0 else a
        if spans:
            last = _LAST_ITEM.search(f, *spans[-1])
            if last is not None:
                spans[-1] = (spans[-1][0], last.start())
        spans = [part for a, b in spans for part in _typed_items(f, a, b)]
        for a, b in spans:
            a += len(f[a:b]) - len(f[a:b].lstrip())
            typed = _ITEM_TYPE.match(f, a, b) if not _VAGUE_ITEM.match(f, a) else None
            a = typed.end() if typed is not None else a
            own = _OWN_COUNCIL.search(f, a, b)
            b = own.start() if own is not None else b
            goals = _GOALS_AFTER.search(f, a, b)
            b = goals.start() if goals is not None else b
            subject = clean_ws(t[a:b]).strip(" ,")
            if len(subject) < 8 or _VAGUE_ITEM.match(f, a):
                continue
            mn = Mention(a, b, "NQ", None, None, kind="named", key=f"NQ:{council} về {subject}")
            mn.issuer, mn.subject, mn.tail_end, mn.date, mn.explicit_issuer = council, subject, b, day, True
            mn.issuer_code, mn.issuer_level, _ = issuer_info(council)
            out.append(mn)
    return out + _cited_again(t, f, out)


# the type word a resolution is cited again by, before its subject: 'Nghị quyết về ...'
_CITED_BY_TYPE = folded_pattern(r"(?<![a-z])nghị quyết[ \t]+về[ \t]+$")


def _cited_again(t: str, f: str, passed: list[Mention]) -> list[Mention]:
    """The later citations of the resolutions ``passed`` by type word and subject ('Nghị quyết về <subject>'), after
    the list that names them."""
    out: list[Mention] = []
    for mn in passed:
        words = f[mn.start:mn.end]
        at = f.find(words, mn.end)
        while at >= 0:
            lead = _CITED_BY_TYPE.search(f, max(0, at - 20), at)
            if lead is not None and not f[at + len(words):at + len(words) + 1].isalnum():
                again = Mention(lead.start(), at + len(words), "NQ", None, None, kind="resolved", key=mn.key)
                again.issuer, again.subject, again.tail_end, again.date = mn.issuer, mn.subject, again.end, mn.date
                again.issuer_code, again.issuer_level, again.explicit_issuer = mn.issuer_code, mn.issuer_level, True
                out.append(again)
            at = f.find(words, at + len(words))
    return out


# the verb that says a document was issued, right before it: 'đã ban hành Nghị quyết về ...', 'HĐND huyện thống nhất
# thông qua Nghị quyết về ...' (a council adopting one at its session)
ISSUED_JUST_BEFORE = re.compile(vi(r"(?:đã|vừa|thống nhất|nhất trí|biểu quyết)[ \t]+(?:ký[ \t]+)?(?:ban hành|thông qua)[ \t]+$"))
# ... and before a list of documents: 'Hội nghị đã thông qua 2 nghị quyết, gồm: ...', 'Ban Thường vụ Tỉnh ủy ban hành hai
# nghị quyết chuyên đề gồm ...', 'Kỳ họp đã thông qua Nghị quyết về A và Nghị quyết về B'
_ISSUES_LIST = folded_pattern(r"(?<![a-z])(?P<done>(?:đã|vừa|cũng|thống nhất|nhất trí|biểu quyết)[ \t]+)?(?:ký[ \t]+)?(?:ban hành"
                              r"|thông qua)[ \t]+(?P<lead>(?:các|\d{1,2}|hai|ba|bốn|năm)[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}?[ \t]*,?"
                              r"[ \t]*(?:bao[ \t]+)?gồm[ \t]*:?[ \t]*)?")
# what joins an item of such a list to the one before it
# where a list ends before an item: a full stop (not a figure's thousands, '1.120 tỷ đồng'), a colon, a line's end
_LIST_ENDS = re.compile(r"\.(?!\d)|[:\n]")
_ITEM_JOIN = folded_pattern(r"(?:[ \t]*(?:,|;|,[ \t]*và|và))[ \t]+$")


def issued_list_item(f: str, s: int, e: int) -> re.Match | None:
    """The verb that issues a list of documents named by their subjects, where the type word at ``f[s:e]`` opens an item
    of it: the first, right after a list's lead ('thông qua 2 nghị quyết, gồm: Nghị quyết về ...'), or a later one that
    repeats the first item's type word after 'và' or a comma ('... thông qua Nghị quyết về A và Nghị quyết về B': two
    documents, the second issued as the first is). None where no such list runs up to ``s`` within its sentence."""
    lo = max(0, s - 400)
    v = None
    for m in _ISSUES_LIST.finditer(f, lo, s) if "thong qua" in f[lo:s] or "ban hanh" in f[lo:s] else ():
        if m.group("done") or m.group("lead"):
            v = m
    if v is None or _LIST_ENDS.search(f, v.end(), s):
        return None
    if (v.end() == s and v.group("lead")) or (v.end() < s and _ITEM_JOIN.search(f, max(v.end(), s - 8), s)
                                              and f.startswith(f[s:e], v.end())):
        return v
    return None
