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
"""
from __future__ import annotations

import datetime as _dt
import re

from kg.extract.bodies import body_regex, extend_name
from kg.extract.dates import DateMention
from kg.extract.text import folded_pattern, norm_body, vi

# the meeting as the subject of the clause: 'Hội nghị đã thông qua', 'Kỳ họp thống nhất ban hành'
_MEETING_SUBJECT = folded_pattern(r"[ \t\n]*(?:[^,;.\n]{0,20},[ \t]*)?(?:hội nghị|kỳ họp)(?:[ \t]+[a-z]+){0,3}?[ \t]+$")
# the body that held it, in the text before: 'Ban Chấp hành Đảng bộ xã Bản Lầu tổ chức hội nghị tổng kết ...'
_HELD = folded_pattern(r"[ \t]+(?:đã[ \t]+)?(?:tổ chức|họp)[ \t]+(?:hội nghị|kỳ họp)(?![a-z])")
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
    held = None
    for b in body_regex().finditer(f, 0, clause_start):
        if _HELD.match(f, extend_name(t, b.end(), clause_start)):
            held = b
    if held is None:
        return None, None
    # ('Ban Chấp hành' before the party committee's name is part of the body's: its executive committee)
    start = held.start() - len("ban chap hanh ") if f.endswith("ban chap hanh ", 0, held.start()) else held.start()
    day = next((d.date for d in reversed(dates or []) if d.end <= start and d.time_word
                and not f[d.end:start].strip(" \t,")), None)
    return norm_body(t[start:extend_name(t, held.end(), clause_start)]), day


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
