"""The heading of an official text (văn bản): the body that issued it and its level, read from the lines above its
number ('ỦY BAN NHÂN DÂN / HUYỆN YÊN THÀNH / Số: 12/KH-UBND'). Used by kg.extract.document_info and the text's own
document's level in kg.extract."""
from __future__ import annotations

import re

from kg.extract.bodies import department_named
from kg.extract.text import norm_body, vi


# the unit an official text's heading names above its number: 'ỦY BAN NHÂN DÂN / HUYỆN YÊN THÀNH' (not 'xã hội')
_HEADING_UNIT = re.compile(vi(r"(?<![a-z])(thị trấn|thị xã|thành phố|xã(?![ \t]+hội)|phường|huyện|quận|tỉnh)(?![a-z])"))
_UNIT_LEVEL = {"thi tran": "commune", "xa": "commune", "phuong": "commune", "thi xa": "district", "huyen": "district",
               "quan": "district", "thanh pho": "province", "tinh": "province"}
_UNIT_SPELLED = frozenset(("thị trấn", "thị xã", "thành phố", "xã", "phường", "huyện", "quận", "tỉnh"))


def heading_level(text: str, f: str, start: int) -> str | None:
    """The level of the body that issued the official text whose heading number is at ``start``: the last of
    the (up to three) lines above it that names a unit. A folded unit word the text spells otherwise is a word of a
    name ('ĐẢNG ỦY XÃ NHO QUAN': 'Quan' is no 'quận'); a line typed without diacritics keeps the folded reading."""
    b = f.rfind("\n", 0, start)
    for _ in range(3):
        if b < 0:
            break
        a = f.rfind("\n", 0, b) + 1
        plain = text[a:b].isascii()
        units = [m.group(1) for m in _HEADING_UNIT.finditer(f, a, b)
                 if plain or text[m.start():m.end()].lower() in _UNIT_SPELLED]
        if units:
            return _UNIT_LEVEL[units[-1]]
        b = a - 1
    return None


# the body an official text's heading names with its unit, on one line or over two ('ĐẢNG ỦY PHƯỜNG NÔNG TRANG',
# 'ỦY BAN NHÂN DÂN / PHƯỜNG HÒA AN'): the issuer where the text names none in words
_HEADING_BODY = vi(r"ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|đảng ủy|đảng uỷ|ban thường vụ đảng ủy")
_HEADING_ISSUER = re.compile(vi(r"(?:(?P<body>{B})[ \t]+)?(?P<unit>thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)"
                                r"[ \t]+(?P<name>[^\W\d_][^\d\n]{1,40})").replace("{B}", _HEADING_BODY))
_HEADING_BODY_LINE = re.compile(_HEADING_BODY)
# (the people's committee and council by the short names the texts and our annotations use: 'UBND phường Hòa An')
_HEADING_SHORT = {"uy ban nhan dan": "UBND", "hoi dong nhan dan": "HĐND"}
_COLUMN_GAP = re.compile(r"\S(?:[ ]{2,}|\t)\S")


def _first_column(f: str, a: int, b: int) -> int:
    """Where the first column of the line ``a``..``b`` ends: a heading set in two columns ('ỦY BAN NHÂN DÂN HUYỆN    CỘNG
    HÒA XÃ HỘI ...') is read up to the gap."""
    cut = _COLUMN_GAP.search(f, a, b)
    return cut.start() + 1 if cut else b


def heading_issuer(t: str, f: str, start: int) -> str | None:
    """The body an official text's heading names in capitals above its number at ``start``, with its unit ('Ủy ban
    nhân dân phường Hòa An', as 'UBND phường Hòa An'); None where the lines above name none (a line of the unit alone takes the body from the
    line before it)."""
    line_start = f.rfind("\n", 0, start) + 1
    below = line_start
    for _ in range(3):
        if below <= 0:
            break
        a = f.rfind("\n", 0, below - 1) + 1
        stop = _first_column(f, a, below - 1)
        line, raw = f[a:stop].strip(), t[a:stop].strip()
        m = _HEADING_ISSUER.fullmatch(line)
        if m is None and raw == raw.upper() and (department := department_named(raw)):
            # (with its province, from the committee's line above it: 'UBND TỈNH QUẢNG TRỊ / SỞ Y TẾ')
            above = f.rfind("\n", 0, max(0, a - 1)) + 1
            u = _HEADING_ISSUER.search(f, above, _first_column(f, above, max(above, a - 1))) if a else None
            if u is None or u.group("unit") not in ("tinh", "thanh pho") or not t[u.start():u.end()].isupper():
                return department
            name = " ".join(w.capitalize() for w in t[u.start("name"):u.end()].split())
            return norm_body(f"{department} {t[u.start('unit'):u.end('unit')].lower()} {name}")
        if m and raw == raw.upper():
            body = m.group("body")
            if body is None:
                above = f.rfind("\n", 0, max(0, a - 1)) + 1
                end_above = _first_column(f, above, max(above, a - 1))
                body = f[above:end_above].strip() if a and _HEADING_BODY_LINE.fullmatch(f[above:end_above].strip()) else None
                head = t[above:end_above].strip() if body else ""
            else:
                head = raw[:m.end("body")]
            if body:
                name = " ".join(w.capitalize() for w in raw[m.start("name"):].split())
                unit = raw[m.start("unit"):m.end("unit")].lower()
                head = _HEADING_SHORT.get(body, head.capitalize())
                return norm_body(f"{head} {unit} {name}")
        below = a
    return None
