"""A body's short name in brackets where the body is named (Vietnamese: tên viết tắt trong ngoặc): 'Sở Văn hóa, Thể
thao và Du lịch (VH,TT&DL) chủ trì ...', 'yêu cầu Sở Nông nghiệp và Môi trường (Sở NN&MT) chủ trì ...', 'Liên đoàn Lao
động (LĐLĐ) tỉnh'. News defines the short form once, at the body's first naming, then uses it. The assignments are read
on a copy of the text with such brackets blanked (the same length, so every offset holds): the bracket's commas then
cut no clause and its capitals stand between no body and its verbs. The short form used later is left as written, as
the annotators keep a body's wording. A bracket that says anything else ('(cũ)', '(tỉnh Lâm Đồng)', '(sau đây gọi chung
là ...)', a date) is kept."""
from __future__ import annotations

import dataclasses
import re

from kg.text.symbols import letters

# the bracket after a name's last word: an optional head word or two in capitals ('Sở', 'Bộ', 'Ban'), one abbreviation
# of two capitals or more, joined by '&', ',', '-' or '.' ('NN&MT', 'VH,TT&DL', 'LĐ-TB&XH', 'BHXH'), and the level
# after it ('BHXH tỉnh'); no figure, no other small word
_SHORT_NAME = re.compile(letters(r"\([ \t]*(?:[{U}][{L}]+[ \t]+){0,2}[{U}](?:[{U}]|[&,.\-][{U}])+"
                                 r"(?:[ \t]+(?:tỉnh|huyện|xã|phường|thành phố|TP))?[ \t]*\)"))


def without_short_names(p):
    """``p`` (a ``kg.extract.text.Prepared``) with each body's bracketed short name blanked; ``p`` itself where the text
    holds none."""
    if "(" not in p.text:
        return p
    t = p.text
    spans = []
    # (looked for at each bracket, after a word with a space between: not at every character of the text)
    at = t.find("(")
    while at >= 0:
        if at > 1 and t[at - 1] in " \t" and t[at - 2].isalpha() and (m := _SHORT_NAME.match(t, at)):
            spans.append(m.span())
        at = t.find("(", at + 1)
    if not spans:
        return p
    text, folded = list(p.text), list(p.folded)
    for a, b in spans:
        text[a:b] = folded[a:b] = " " * (b - a)
    return dataclasses.replace(p, text="".join(text), folded="".join(folded))
