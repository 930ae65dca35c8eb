"""The forms one thing is written in, made one before any rule reads the text, each of the same length so that every
offset stays: a dash or a curly quote (cách gõ dấu câu: '–', '—', '“ ”', '‘ ’') as a keyboard types it ('-', '"',
"'"); a full day written with dots or dashes ('5.3.2025', '5-3-2025') with slashes ('5/3/2025'); a figure whose
thousands are parted by spaces ('1 500 hộ', '12 345 678 đồng') with dots ('1.500', '12.345.678'), the way the rules
read a Vietnamese figure.

A rule written for the one form then reads the others: 'các tổ chức chính trị – xã hội' is the list of bodies
'chính trị - xã hội' is, '15.10.2025 - 08:40' a page's date line, '1 500 hộ' fifteen hundred households.
"""
from __future__ import annotations

import re

from kg.text.symbols import DIGIT_FIRST

__all__ = ["one_form"]

# (a typesetter's marks and the keyboard's: each one character for one, so the length stays; each looked for and
# replaced on its own, a scan in C each, where ``str.translate`` with a table and a test of a set against the text read
# it character by character through Python objects, which cost more than all the rest of this module)
_PLAIN_MARKS = (("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"), ("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"),
                ("’", "'"))

# a day, month and year parted by the same dot or dash twice, standing alone ('5.3.2025', '05-03-2025'); not a part of
# a longer run of figures and marks ('1.5.2025.3', a symbol's 'số 12-3-2025/QĐ'), and only a day and a month that can be
# (opening on its first figure, with the check of the character before behind it: the engine skips to the figures)
_DAY_PARTED = re.compile(DIGIT_FIRST + r"(?<![\w./-]\d)\d?(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
                         r"(?![\w/]|[.-]\d)")
# what every such day holds: its second dot or dash and a year after it
_YEAR_AFTER_MARK = re.compile(r"[.-](?:19|20)\d\d")

# a figure whose thousands are parted by one space each ('1 500', '12 345 678'): the first group of one to three
# figures not after another figure, a decimal mark or a figure and a space (a telephone's '0203 812 345'), each next
# group of exactly three, and no figure after
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,/-])(?<!\d )[1-9]\d{0,2}(?: \d{3})+(?![\d/]|[.,]\d{3}\b)")
# (opening on the space, one literal character the engine skips to, the figure before it checked behind)
_SPACED_GROUP = re.compile(r" (?<=\d )\d{3}")
# the words a figure follows as a label or an ordinal, not as an amount ('thôn 3 120 hộ', 'Điều 2 100 triệu', 'năm
# 2025 100 hộ' is no thousand either: the first group has four figures)
_NUMBER_LABEL = re.compile(r"(?:^|[^\w])(?:điều|khoản|mục|điểm|chương|phần|đợt|lần|kỳ|khóa|khoá|số|thôn|ấp|bản|xóm|tổ|"
                           r"khu|khối|lớp|tuyến|quốc lộ|tỉnh lộ|đường|phường|quận|ngày|tháng|năm|giờ|phút|trang)\s+$",
                           re.IGNORECASE)
# (the words before a figure looked at: the label is the word just before it)
_LABEL_REACH = 12


def _days(text: str) -> str:
    def slashed(m: re.Match[str]) -> str:
        day = text[m.start():m.start("sep")]
        if not (1 <= int(day) <= 31 and 1 <= int(m.group("m")) <= 12):
            return m.group(0)
        return f"{day}/{m.group('m')}/{m.group('y')}"
    return _DAY_PARTED.sub(slashed, text)


def _thousands(text: str) -> str:
    def dotted(m: re.Match[str]) -> str:
        if _NUMBER_LABEL.search(text, max(0, m.start() - _LABEL_REACH), m.start()):
            return m.group(0)
        return m.group(0).replace(" ", ".")
    return _SPACED_THOUSANDS.sub(dotted, text)


def one_form(text: str) -> str:
    """``text`` (its control characters and odd spaces made spaces already) with each thing in its one form: plain
    dashes and quotes, days parted by slashes, thousands by dots. The same length; the same object where nothing
    changes."""
    for mark, plain in _PLAIN_MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    # (a cheap look for the separator and a year after it before each substitution: most texts write their days with
    # slashes and their thousands with dots)
    if ("." in text or "-" in text) and _YEAR_AFTER_MARK.search(text):
        text = _days(text)
    if _SPACED_GROUP.search(text):
        text = _thousands(text)
    return text
