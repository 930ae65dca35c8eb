"""A body's short name in brackets where the body is named (Vietnamese: tên viết tắt trong ngoặc): 'Sở Văn hóa, Thể
thao và Du lịch (VH,TT&DL) chủ trì ...', 'yêu cầu Sở Nông nghiệp và Môi trường (Sở NN&MT) chủ trì ...', 'Liên đoàn Lao
động (LĐLĐ) tỉnh', 'Trung tâm Khuyến nông tỉnh (sau đây gọi tắt là Trung tâm)'. News defines the short form once, at
the body's first naming, then uses it. The assignments are read on a copy of the text with such brackets blanked (the
same length, so every offset holds): the bracket's commas then cut no clause and its capitals stand between no body
and its verbs. The short form used later is left as written, as the annotators keep a body's wording, and is read as a
body's name where the gazetteer does not know it ('BQLDA chủ trì ...', 'Trung tâm phối hợp với ...'); a name the
gazetteer cuts short runs on to the bracket that gives its short form ('Ban Quản lý dự án đầu tư xây dựng các công trình
nông nghiệp (BQLDA) phối hợp ...'). A bracket that says anything else ('(cũ)', '(tỉnh Lâm Đồng)', '(sau đây gọi chung
là ...)', a date) is kept."""
from __future__ import annotations

import dataclasses
import re

from kg.text.symbols import fold, letters

# the bracket after a name's last word: an optional head word or two in capitals ('Sở', 'Bộ', 'Ban'), one abbreviation
# of two capitals or more, joined by '&', ',', '-' or '.' ('NN&MT', 'VH,TT&DL', 'LĐ-TB&XH', 'BHXH'), and the level
# after it ('BHXH tỉnh'); no figure, no other small word; or the words that define a short name before one to four
# words, the first a capital's ('(sau đây gọi tắt là Trung tâm)', '(viết tắt là Ban QLDA)')
_SHORT_NAME = re.compile(letters(r"\([ \t]*(?:(?P<abbr>(?:[{U}][{L}]+[ \t]+){0,2}[{U}](?:[{U}]|[&,.\-][{U}])+"
                                 r"(?:[ \t]+(?:tỉnh|huyện|xã|phường|thành phố|TP))?)"
                                 r"|(?:sau đây[ \t]+)?(?:gọi tắt|viết tắt)[ \t]+là[ \t]+"
                                 r"(?P<called>[{U}][{L}]*(?:[ \t]+[^\W\d_]+){0,3}))[ \t]*\)"))
# the words a name before its short form may not hold: a role, a hand-over or a link between two bodies ('Sở Y tế phối
# hợp với Bảo hiểm xã hội tỉnh (BHXH)' names two bodies, the bracket the second's)
_NOT_IN_NAME = re.compile(r"(?<![a-z])(?:voi|cua|cho|giao|chu tri|phoi hop|lanh dao|chi dao|tham muu|de nghi|yeu cau"
                          r"|kiem tra|giam sat|theo doi|don doc)(?![a-z])")
_NAME_GAP = re.compile(r"(?:[ \t]+[^\W\d_]+){1,10}[ \t]*")


def _spans(t: str) -> list[re.Match]:
    """The short-name brackets of ``t``, each right after a word with a space between (looked for at each bracket, not
    at every character of the text)."""
    out = []
    at = t.find("(")
    while at >= 0:
        if at > 1 and t[at - 1] in " \t" and t[at - 2].isalpha() and (m := _SHORT_NAME.match(t, at)):
            out.append(m)
        at = t.find("(", at + 1)
    return out


class ShortNames:
    """The short names a text defines for its bodies, read where a body's name is asked for (kg.extract.task_subjects)."""

    def __init__(self, t: str):
        found = _spans(t) if "(" in t else []
        self.spans = [m.span() for m in found]      # (each bracket, to blank)
        self._brackets = [(m.start(), (m.group("abbr") or m.group("called")).strip()) for m in found]
        forms = sorted({form for _, form in self._brackets}, key=len, reverse=True)
        self._forms = re.compile("(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W_])") if forms else None

    def form_end(self, t: str, pos: int, end: int) -> int | None:
        """End of a short name the text defined before ``pos``, written at ``pos`` (``t`` as the reader reads it, the
        brackets blanked); None where none is."""
        if self._forms is None or not t[pos:pos + 1].isupper():
            return None
        m = self._forms.match(t, pos, end)
        return m.end() if m and any(a < pos for a, form in self._brackets if form == m.group()) else None

    def name_end(self, t: str, f: str, a: int, b: int, end: int) -> int:
        """Where a body's name read from ``a`` to ``b`` ends: at the bracket of its short name where a few words of the
        name go on before it ('Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp (BQLDA)'), the short
        name's first letter the name's; else ``b``."""
        if not self._brackets or t[b:b + 1] not in (" ", "\t"):
            return b
        for x, form in self._brackets:
            if b < x <= b + 90 and fold(form[:1]) == f[a:a + 1]:
                gap = _NAME_GAP.fullmatch(t, b, x)
                if gap and x <= end and not _NOT_IN_NAME.search(f, b, x):
                    return len(t[:x].rstrip())
            if x > b:
                break
        return b


def without_short_names(p, names: ShortNames | None = None):
    """``p`` (a ``kg.extract.text.Prepared``) with each body's bracketed short name blanked (those ``names`` found, where
    given: the text's, read once); ``p`` itself where the text holds none."""
    if "(" not in p.text:
        return p
    spans = names.spans if names is not None else [m.span() for m in _spans(p.text)]
    if not spans:
        return p
    text, folded = list(p.text), list(p.folded)
    for a, b in spans:
        text[a:b] = folded[a:b] = " " * (b - a)
    return dataclasses.replace(p, text="".join(text), folded="".join(folded))
