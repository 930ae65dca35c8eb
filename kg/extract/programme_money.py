"""Money of a programme the text names only by the bare word (vốn Chương trình): 'giải ngân 1.265 tỷ đồng vốn Chương
trình', 'Tổng vốn ngân sách tỉnh bố trí cho Chương trình năm 2023 là 1.250 tỷ đồng'. The capitalised word stands for
the one programme the text has named before, so the sum is that programme's, on the document that keys it (its own
key, or the decision that approved it, tests/ANNOTATION.md (b)), not the local plan whose paragraph tells it. A pass
after the figures are placed (kg.extract.extract)."""
from __future__ import annotations

import re

from kg.extract.mention_model import Mention
from kg.extract.text import Prepared, folded_pattern

# the money the bare word owns, in the figure's clause: 'vốn Chương trình', 'nguồn vốn của Chương trình', 'kinh phí
# thực hiện Chương trình', 'vốn ngân sách tỉnh bố trí cho Chương trình' (not a programme named after it: 'Chương trình
# mục tiêu quốc gia ...', 'Chương trình số 12-CTr/TU')
_PROGRAMME_MONEY = folded_pattern(r"(?:vốn|kinh phí)(?:[ \t]+[a-z]+){0,5}?[ \t]+(?:(?:của|cho|thực hiện)[ \t]+)?"
                                  r"(?P<word>chương trình)(?![ \t]+(?:mục tiêu|số|\d))(?![a-z])")
# a sum of money as a figure's unit ('tỷ đồng'; not a rate such as 'triệu đồng/người/năm')
_MONEY = re.compile(r"(?:(?:tỷ|triệu|nghìn|ngàn)[ \t]+)?đồng")
_CLAUSE_BREAK = re.compile(r"[,;:.\n]")


def programme_money(p: Prepared, mentions: list[Mention], targets, outcomes) -> None:
    """Give a sum whose clause says it is the bare-named programme's money to that programme's document: the one the
    bare word was read as, else the one named before the sum, where the programmes named before it are one (two named
    before leave it where it is)."""
    if len(p.text) != len(p.source) or "chuong trinh" not in p.folded:
        return
    programmes = sorted((m.start, m.key) for m in mentions if m.key
                        and (m.key.startswith("CTMTQG:") or p.folded.startswith("chuong trinh", m.start)))
    if not programmes:
        return
    for item in (*targets, *outcomes):
        if item.span is None or not _MONEY.fullmatch(item.unit or ""):
            continue
        start, end = item.span
        a = max((m.end() for m in _CLAUSE_BREAK.finditer(p.text, max(0, start - 160), start)), default=max(0, start - 160))
        b = m.start() if (m := _CLAUSE_BREAK.search(p.text, end, end + 160)) else min(len(p.text), end + 160)
        cue = next((c for c in _PROGRAMME_MONEY.finditer(p.folded, a, b) if _bare(p.text, c.start("word"), c.end("word"))),
                   None)
        if cue is None:
            continue
        # (the bare word itself read as a mention of the programme says which; else the one named before)
        said = {k for at, k in programmes if at == cue.start("word")}
        before = said or {k for at, k in programmes if at < min(start, cue.start())}
        if len(before) == 1:
            item.document = before.pop()


def _bare(text: str, start: int, end: int) -> bool:
    """The word as a name standing for a programme: capitalised, and no name of its own after it ('Chương trình
    "Mái ấm Công đoàn"', 'Chương trình Sữa học đường')."""
    after = text[end:end + 3].lstrip(" \t")
    return text[start] == "C" and not (after[:1].isupper() or after[:1] in "\"“'«(")

