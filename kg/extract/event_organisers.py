"""Who holds a meeting (đơn vị tổ chức): the subject of the organising verb after the date, the chair ('do đồng chí
..., Bí thư Tỉnh ủy chủ trì'), the council of a sitting; the words around a name that are no part of it (a bracketed
abbreviation, a co-organiser, the members listed after 'gồm'); and the sitting a text was discussed at, held though
its day is not printed. Used by :mod:`kg.extract.events`."""
from __future__ import annotations

import re

from kg.extract.alternation import word_start
from kg.extract.bodies import body_regex, extend_name, may_start_body
from kg.extract.text import fold_same_length, folded_pattern, norm_body, vi

_v = folded_pattern

# the chair named before the meeting: 'Phó Bí thư Thường trực Tỉnh ủy - Chủ tịch HĐND tỉnh chủ trì buổi làm việc',
# or after it: '..., do đồng chí Nguyễn Văn A, Bí thư Huyện ủy chủ trì'
_CHAIR_BEFORE = re.compile(r"[ \t]+chu tri[ \t]+(?:(?:buoi|cuoc|phien)[ \t]+)?$")
_CHAIR_AFTER = re.compile(word_start(r"(?<![a-z])do[ \t]+(?:dong chi[ \t]+)?(?P<who>[^;.]{3,120}?)[ \t]+chu tri(?![a-z])"))

# a bracketed abbreviation after a name, up to the verb: 'Ban Thường vụ (BTV) Tỉnh ủy đã'
_BRACKETED_ABBREVIATION = re.compile(r"[ \t]*\([^()\n]{1,12}\)(?:[ \t]+[^\W\d_]+){0,3}?(?=[ \t]+(?:vừa|đã|có|tổ chức)(?![^\W\d_]))")


def skip_brackets(t: str, pos: int) -> int:
    """Past a bracketed abbreviation after a name: 'Ban Thường vụ (BTV) Tỉnh ủy'."""
    m = _BRACKETED_ABBREVIATION.match(t[pos:pos + 60])
    return pos + m.end() if m else pos


# a co-organiser after the organiser: 'Ban Dân vận Tỉnh ủy phối hợp với Hội LHPN tỉnh tổ chức ...'
_CO_ORGANISER = _v(r"[ \t]+(?:phối hợp[ \t]+(?:với|cùng)|cùng với|cùng)[ \t]+")
# ('... Chủ tịch UBND tỉnh có buổi làm việc với ...': the words before the verb that are no part of the name)
_BEFORE_VERB = _v(r"(?:[ \t]+(?:đã|vừa|sẽ|long trọng|trọng thể|có buổi|có cuộc))+[ \t]*$")
# lower-case words that make the words before the verb a phrase rather than a body's name ('đoàn công tác của ...')
_NOT_A_NAME = re.compile(vi(r"(?<![a-z])(?:của|do|với|làm|tại|trong|để|về|cho|khi|sau|trước|qua|theo|là|các|những"
                         r"|kỳ|phiên|bế mạc|khai mạc|hội nghị)(?![a-z])"))
_BRACKETED = re.compile(r"[ \t]*\([^()\n]{1,20}\)")
# the members listed after a body, which are not who holds the meeting: '..., gồm các xã: ...'
MEMBERS = re.compile(r"(?<![a-z])(?<!thu )gom(?:[ \t]+co)?(?:[ \t]+cac)?[ \t]+(?=[a-z])")
# a council's sitting: 'Kỳ họp thứ 21 HĐND tỉnh ...', 'tại kỳ họp chuyên đề, HĐND huyện ... đã thông qua', '... đã được HĐND
# tỉnh ..., Kỳ họp thứ sáu thông qua ngày ...': the council named in its sentence holds it
SITTING = _v(r"(?<![a-z])kỳ họp(?![a-z])")
_COUNCIL = _v(r"(?<![a-z])(?:hđnd|hội đồng nhân dân)[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![a-z])")


def organiser_clause(df, a: int, verb_start: int) -> str | None:
    """The organiser as the whole subject of the organising verb, from the comma after the date: 'Ngày 14-7-2023,
    Ban Chấp hành Đảng bộ huyện Chương Mỹ tổ chức ...' (the body and its proper name, not the last body read inside
    it); a co-organiser after 'phối hợp với' is left out."""
    f, t = df.f, df.t
    c = max(f.rfind(",", a, verb_start) + 1, a)
    while c < verb_start and f[c] in " \t":
        c += 1
    if not (body_regex().match(f, c) or (t[c:c + 1].isupper() and may_start_body(f, c))):
        return None
    co = _CO_ORGANISER.search(f, c, verb_start)
    end = co.start() if co else verb_start
    bv = _BEFORE_VERB.search(f, c, end)
    if bv:
        end = bv.start()
    seg = _BRACKETED.sub("", t[c:end]).strip(" \t,")
    if not seg or len(seg.split()) > 14 or _NOT_A_NAME.search(fold_same_length(seg.lower())):
        return None
    return norm_body(seg)


def council(df, a: int, b: int) -> str | None:
    """The first council named between ``a`` and ``b``, with its place's name ('HĐND tỉnh Phú Yên', not its term
    'khóa VIII' after it)."""
    m = _COUNCIL.search(df.f, a, b)
    if m is None:
        return None
    return norm_body(df.t[m.start():extend_name(df.t, m.end(), b)])


def chair(df, s, a: int, verb_start: int) -> str | None:
    """The organiser as the chair: '<title> chủ trì buổi làm việc' (the first title of a double one) or
    '..., do đồng chí <name>, <title> chủ trì'."""
    f, t = df.f, df.t
    if _CHAIR_BEFORE.search(f, a, verb_start):
        cm = _CHAIR_BEFORE.search(f, a, verb_start)
        seg = t[a:cm.start()].strip(" ,")
        seg = seg.split(",")[-1].split(" - ")[0].strip()
        return norm_body(seg) if len(seg) >= 3 else None
    m = _CHAIR_AFTER.search(f, s.start, s.end)
    if m:
        who = t[m.start("who"):m.end("who")].rstrip(" \t,")     # ('..., Bí thư Tỉnh ủy, chủ trì': a comma closes the title)
        title = who.split(",")[-1].split(" - ")[0].strip() if "," in who else who.split(" - ")[0].strip()
        return norm_body(title) if len(title) >= 3 else None
    return None


# the sitting what a text says was discussed or concluded at, held before it ('Trên cơ sở thảo luận của các Thành viên
# Chính phủ và kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 4 năm 2025', 'Kết luận của Phó
# Thủ tướng tại cuộc họp về ...'; not one a report is due at, 'báo cáo Chính phủ tại phiên họp tháng 5')
_DISCUSSED_AT = _v(r"(?<![a-z])(?:thảo luận|kết luận|ý kiến)(?![a-z])[^.;\n]{0,160}?(?<![a-z])tại[ \t]+(?:phiên họp|kỳ họp|cuộc họp)"
                   r"(?![a-z])[ \t]*")


def discussed_sitting(t: str, f: str) -> tuple[int, str | None] | None:
    """(where, the body that held it) of the sitting the text says it was discussed at (_DISCUSSED_AT), the body
    named right after the sitting's word ('Phiên họp Chính phủ'), if any; None where the text names none."""
    if "tai phien hop" not in f and "tai ky hop" not in f and "tai cuoc hop" not in f:
        return None
    m = _DISCUSSED_AT.search(f)
    if m is None:
        return None
    b = body_regex().match(f, m.end())
    return m.start(), norm_body(t[b.start():extend_name(t, b.end(), m.end() + 80)]) if b is not None else None
