"""The resolution of a congress a text reports on (Nghị quyết Đại hội), where the text never writes 'Nghị quyết' before
the congress's name: 'Đảng bộ xã An Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. ... Đại hội thống nhất
xác định mục tiêu ...'. The congress is named once in full (with its body, number and term); a sentence that opens on
'Đại hội' and says what the congress adopted or set ('thông qua', 'xác định', 'đề ra', 'thống nhất') names its
resolution, keyed as the congress resolution named in full would be ('NQ:Đại hội đại biểu Đảng bộ xã An Phú lần thứ I,
nhiệm kỳ 2025-2030'). A congress only prepared for ('tiến tới Đại hội ...', 'chuẩn bị Đại hội ...') or said to be still
to come ('... dự kiến diễn ra vào tháng 10') adopts nothing yet.
A congress resolution keyed by its level alone ('Đảng bộ xã lần thứ I') takes the name of the one body of that level
the text names."""
from __future__ import annotations

import re

from kg.extract.mention_model import Mention
from kg.extract.text import clean_ws, folded_pattern, letters

# the body that holds a congress: a Party organisation or a mass organisation, by its own words
# (up to eight words after it: 'Đoàn TNCS Hồ Chí Minh xã Tam Sơn', the Youth Union's name is four words long)
_BODY = r"(?:đảng bộ|hội|đoàn|công đoàn|liên đoàn|mặt trận)(?:[ \t]+[^\W\d_]+){1,8}?"
_NUMBER = r"lần[ \t]+thứ[ \t]+(?P<n>[ivxlc]{1,6}|\d{1,2})(?![a-z\d])"
_TERM = r"(?:[ \t]*,?[ \t]*nhiệm kỳ[ \t]+(?P<y1>(?:19|20)\d\d)[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d\d))?"
# 'Đại hội đại biểu Đảng bộ xã An Phú lần thứ I, nhiệm kỳ 2025 - 2030' (a headline or the sentence that reports it)
_FULL_NAME = folded_pattern(r"(?<![a-z])đại hội[ \t]+(?P<delegates>đại biểu[ \t]+)?(?P<body>" + _BODY + r")[ \t]+"
                            + _NUMBER + _TERM)
# 'Đảng bộ xã An Phú (đã) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030': the body before the congress
_HELD_BY = folded_pattern(r"(?<![a-z])(?P<body>" + _BODY + r")[ \t]+(?:đã[ \t]+|long trọng[ \t]+)*(?:tổ chức|khai mạc|tiến hành)"
                          r"[ \t]+đại hội[ \t]+(?P<delegates>đại biểu[ \t]+)?" + _NUMBER + _TERM)
# what a congress is named after when it is still to come, or as a resolution's name ('Nghị quyết Đại hội ...'), or as
# the higher one the delegates elected go to ('bầu 7 đại biểu đi dự Đại hội Hội Nông dân tỉnh lần thứ XI', '... đại biểu
# chính thức dự Đại hội ...')
_NOT_HELD_BEFORE = folded_pattern(r"(?<![a-z])(?:tiến tới|chuẩn bị|trình|phục vụ|hướng tới|chào mừng|nghị quyết|nq|đi dự"
                                  r"|đại biểu(?:[ \t]+(?:chính thức|dự khuyết))?[ \t]+dự)(?:[ \t]+của)?[ \t]+$")
# ... or said after its name to be still to come: 'Đại hội Đảng bộ thành phố lần thứ XVIII dự kiến diễn ra vào tháng 10',
# '... sẽ được tổ chức trong quý III'
_TO_COME_AFTER = folded_pattern(r"[^.;\n]{0,40}?(?<![a-z])(?:dự kiến|sẽ[ \t]+(?:được[ \t]+)?(?:tổ chức|diễn ra|khai mạc|tiến hành)"
                                r"|sắp[ \t]+(?:được[ \t]+)?(?:tổ chức|diễn ra|khai mạc))(?![a-z])")
# a sentence opening on the congress as the one that adopts or sets: 'Đại hội (đã) (thảo luận,) (thống nhất) thông qua /
# xác định / đề ra ...'
# (after the term it speaks for, set off by a comma: 'Nhiệm kỳ 2020 - 2025, Đại hội đề ra 12 mục tiêu ...', 'Trong nhiệm kỳ
# tới, Đại hội xác định ...'; a term other than the congress's names no goal of it)
# (or after an opening clause that says what for, set off by a comma: 'Để triển khai Nghị quyết số 19-NQ/TW ..., Đại hội
# thống nhất các chỉ tiêu ...', 'Trên cơ sở quán triệt ..., Đại hội xác định ...')
_ADOPTS = folded_pattern(r"[ \t\n\"“]*(?P<lead>(?:để|nhằm|trên cơ sở|với|từ)(?![a-z])[^.;:\n]{0,300}?,[ \t]*(?=đại hội))?"
                         r"(?:(?:trong[ \t]+)?nhiệm kỳ[ \t]+(?:tới|mới|(?P<y1>(?:19|20)\d\d)[ \t]*[-–][ \t]*"
                         r"(?P<y2>(?:19|20)\d\d))[ \t]*,[ \t]*)?(?P<word>đại hội)[ \t]+(?:(?:đã|cũng|đã thảo luận,?|thảo luận,?|thống nhất|biểu quyết)[ \t]+)*"
                         r"(?:thông qua|xác định|đề ra|đặt ra|thống nhất)(?![a-z])")

# ... or that says, after what the congress weighed, that it adopted its resolution: 'Đại hội đã đánh giá kết quả nhiệm kỳ
# qua, đề ra phương hướng nhiệm kỳ mới và biểu quyết thông qua Nghị quyết Đại hội'
_ADOPTS_LATER = folded_pattern(r"[ \t\n\"“]*(?P<word>đại hội)[ \t]+(?:đã[ \t]+)?[^.;:\n]{0,200}?(?<![a-z])thông qua[ \t]+"
                               r"nghị quyết(?![a-z])")


def _congress_names(t: str, f: str) -> set[str]:
    """The congresses the text names in full as held, each as 'Đại hội (đại biểu) <body> lần thứ N(, nhiệm kỳ Y-Z)'."""
    names: set[str] = set()
    for m in _FULL_NAME.finditer(f):
        if not _NOT_HELD_BEFORE.search(f, max(0, m.start() - 32), m.start()) and not _TO_COME_AFTER.match(f, m.end()):
            names.add(_name(t, m))
    for m in _HELD_BY.finditer(f):
        names.add(_name(t, m))
    return names


_UNIT_WORD = re.compile(r"(?:^|(?<= ))(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh) ")


def _name(t: str, m: re.Match) -> str:
    body = clean_ws(t[m.start("body"):m.end("body")])
    if body.isupper():
        # (a headline in capitals: the body's words in small letters up to its unit, the unit's name capitalised)
        body = body.lower()
        u = _UNIT_WORD.search(body)
        if u is not None:
            body = body[:u.end()] + " ".join(w.capitalize() for w in body[u.end():].split())
    name = f"Đại hội {'đại biểu ' if m.group('delegates') else ''}{body[:1].upper()}{body[1:]} lần thứ {m.group('n').upper()}"
    if m.group("y1"):
        name += f", nhiệm kỳ {m.group('y1')}-{m.group('y2')}"
    return name


def _same_congress(names: set[str]) -> str | None:
    """The one congress ``names`` name, by its longest wording (a wording that gives no term or no 'đại biểu' is the same
    congress when its words are the longest's); None where two congresses are named."""
    if not names:
        return None
    longest = max(names, key=lambda n: (len(n), n))
    words = set(longest.lower().replace(",", " ").split())
    if all(set(n.lower().replace(",", " ").split()) <= words for n in names):
        return longest
    return None


# what an opening clause carries out, right before the first document it names: 'Để triển khai (thực hiện) <document>'
_CARRIES_OUT = folded_pattern(r"(?<![a-z])(?:triển khai|thực hiện|quán triệt|cụ thể hóa)(?:[ \t]+thực hiện)?[ \t]+(?:các[ \t]+)?")


def adopted_resolutions(t: str, f: str, sentences, mentions=()) -> list[Mention]:
    """A mention of the reported congress's resolution at the opening 'Đại hội' of each sentence that says what the
    congress adopted or set (see the module's docstring); none where the text holds no congress, or two. Where the
    sentence opens on what it carries out, the document named first there (one of ``mentions``), the resolution's cue
    points to it."""
    if "dai hoi" not in f:
        return []
    starts = {mn.start for mn in mentions}
    name = _same_congress(_congress_names(t, f))
    if name is None:
        return []
    out = []
    for s in sentences:
        m = _ADOPTS.match(f, s.start, s.end) or _ADOPTS_LATER.match(f, s.start, s.end)
        if m and (m.groupdict().get("y1") is None or f"nhiệm kỳ {m.group('y1')}-{m.group('y2')}" in name):
            mn = Mention(m.start("word"), m.end("word"), "NQ", None, None, kind="named", key=f"NQ:{name}")
            mn.issuer = name.split(",")[0]
            if m.groupdict().get("lead") and (c := _CARRIES_OUT.search(f, m.start("lead"), m.end("lead"))) and c.end() in starts:
                mn.cue = ("implements", c.end())    # the documents its opening clause carries out
            out.append(mn)
    return out


# a congress resolution's key whose body gives its level and no name: '... Đảng bộ xã lần thứ I, nhiệm kỳ ...'
_UNITS = "xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh"
_UNNAMED_BODY = re.compile(r"(?P<body>Đảng bộ (?P<unit>" + _UNITS + r"))(?= (?:lần thứ|khóa|nhiệm kỳ) )")
# the Party body of one unit, by its name: 'Đảng ủy xã Chợ Đồn', 'Đảng bộ huyện Yên Sơn', 'Ban Chấp hành Đảng bộ tỉnh ...'
# (the name's words capitalised, up to four)
# (the check of the letter before stands behind the word, so that the scan skips to 'Đảng')
_NAMED_BODY = re.compile(letters(r"Đảng(?<![^\W\d_]Đảng) (?:bộ|ủy|uỷ)[ \t]+(?P<unit>" + _UNITS + r")[ \t]+"
                                 r"(?P<name>[{U}][{L}]*(?:[ \t]+[{U}][{L}]*){0,3})"))


def name_the_unit(t: str, mentions: list[Mention]) -> None:
    """A congress resolution keyed by its level alone ('NQ:Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030')
    takes the unit's name where the text names the Party body of one unit of that level and no other ('Đảng ủy xã Chợ
    Đồn'): each commune's first congress is a document of its own, not one for every commune."""
    unnamed = [mn for mn in mentions if mn.kind == "named" and mn.type == "NQ" and mn.key and _UNNAMED_BODY.search(mn.key)]
    if not unnamed:
        return
    names: dict[str, set[str]] = {}
    for m in _NAMED_BODY.finditer(t):
        names.setdefault(m.group("unit"), set()).add(clean_ws(m.group("name")))
    renamed: dict[str, str] = {}
    for mn in unnamed:
        u = _UNNAMED_BODY.search(mn.key or "")
        known = names.get(u.group("unit"), set()) if u else set()
        if u is None or len(known) != 1:
            continue
        name = next(iter(known))
        renamed[mn.key or ""] = f"{(mn.key or '')[:u.end()]} {name}{(mn.key or '')[u.end():]}"
        b = _UNNAMED_BODY.search(mn.issuer + " ") if mn.issuer else None
        if mn.issuer and b:
            mn.issuer = f"{mn.issuer[:b.end()]} {name}{mn.issuer[b.end():]}"
    for mn in mentions:         # (and the short wordings read as that resolution)
        if mn.key in renamed:
            mn.key = renamed[mn.key]
