"""Figures a text gives as shortcomings (hạn chế, tồn tại), not as results.

Two places hold them. A report's or a supervision's section headed as its shortcomings ('2. Hạn chế, khuyết điểm',
'3. Tồn tại, hạn chế') lists what went wrong ('Còn 3 hợp tác xã chậm nộp thuế, số tiền 1,2 tỷ đồng'): the results are in the section before it, and a shortfall repeated here is no result of its own (our sets'
annotation conventions, point (ak), last paragraph). A level the work has reached, said there as falling short ('mới
có 212/241 chi bộ (đạt 88%) ..., chưa đạt mục tiêu Kế hoạch', 'năm 2023 chỉ đạt 21 mô hình'), is a result all the
same: how far what was checked got. And a text that issues a document opens on the shortfall that
prompts it ('Sau một năm, số hộ dùng ví điện tử mới đạt 30%', 'tuy vậy, hiện mới có khoảng 40% trường học có
phòng máy'): the starting point it sets out from, which no document of the text achieved (point
(ah)). What carrying out an earlier document achieved stays a result even there: a sentence that reports work done
('xã đã cấp 900 chữ ký số ...; tỷ lệ dùng chữ ký số mới đạt 25%') keeps its figures, unless it turns against that
work ('đã có nhiều cố gắng; tuy vậy, ... mới có ...'); so does a level its sentence says measures the carrying out
of an earlier document it is tied to ('Qua theo dõi việc thực hiện Nghị định ..., đến ngày 15/10 mới có 12/34 tỉnh
...'). The losses such a text opens on are its starting point
too ('Mùa khô vừa qua, trên địa bàn xảy ra 7 vụ cháy rừng, thiệt hại 11 ha' under its 'Tình hình', point (u)), said
as a shortfall or tied to no document but its own: nothing the text names carried out gave them.

    outcomes = without_shortcomings(text, own_document, outcomes, targets, folded=...)
"""
from __future__ import annotations

import re

from kg.extract.modality import past_marked
from kg.extract.text import fold_same_length, folded_pattern, line_matches, sentence_start
from kg.facts import Outcome, Target

# a heading line that names the shortcomings, numbered or not: '2. Hạn chế', '2. Hạn chế, khuyết điểm', 'b) Tồn tại,
# hạn chế và nguyên nhân', 'Những hạn chế:' (not a sentence that opens on the word: 'Hạn chế được chỉ ra là ...')
_WORD = r"(?:tồn tại|hạn chế|khuyết điểm|yếu kém|bất cập|vướng mắc|nguyên nhân)"
_HEADING = re.compile(fold_same_length(
    rf"^[ \t]*((?:[ivx]{{1,4}}|\d{{1,2}}(?:\.\d{{1,2}})?|[a-zđ])[.)][ \t]*)?(?:(?:những|một số|các)[ \t]+)?"
    rf"(?:tồn tại|hạn chế|khuyết điểm|yếu kém)(?:[ \t]*(?:,|và)[ \t]*{_WORD})*[ \t]*:?[ \t]*$"), re.M)
# the next heading of a numbered outline: 'II. KIẾN NGHỊ', '3. Nguyên nhân', 'c) ...'
_NEXT_HEADING = re.compile(r"^[ \t]*(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})?|[a-z])[.)][ \t]", re.M)

# a shortfall said of a level ('mới đạt 38%', 'mới có khoảng 52%', 'vẫn còn 43 điểm', 'còn thiếu'), of harm that
# goes on ('vẫn xảy ra', 'còn xảy ra'), or a turn from what went well to what did not ('tuy vậy', 'tuy nhiên')
_SHORTFALL = folded_pattern(r"(?<![a-z])(?:(?:chỉ )?mới (?:đạt|có|chỉ)|vẫn còn|còn thiếu|(?:vẫn|còn) xảy ra|"
                            r"tuy vậy|tuy nhiên)(?![a-z])")
# a loss counted: 'xảy ra 5 vụ cháy rừng', 'thiệt hại 12,5 ha'
_LOSS = folded_pattern(r"(?<![a-z])(?:xảy ra[ \t]+\d[\d.,]*[ \t]+vụ|thiệt hại[ \t]+(?:khoảng[ \t]+|hơn[ \t]+|trên[ \t]+)?\d)")
# a level reached, said as short of the goal: 'mới có 212/241 chi bộ', 'chỉ đạt 21 mô hình' (not what is left wrong after
# it: 'mới có 5 xã đạt chuẩn, còn 3 xã nợ đọng')
_LEVEL_SHORT = folded_pattern(r"(?<![a-z])(?:mới|chỉ)[ \t]+(?:có|đạt)(?![a-z])")
_LEFT_WRONG = folded_pattern(r"(?<![a-z])còn(?![a-z])")
# the turn alone, after which work done before it no longer speaks for the figure
_TURN = folded_pattern(r"(?<![a-z])(?:tuy vậy|tuy nhiên|song|nhưng)(?![a-z])")
# work reported done ('đã kích hoạt', 'đã giải ngân'), on the text where look-alikes of 'đã' are masked
_DONE = folded_pattern(r"(?<![a-z])đã(?![a-z])")
# the sentence says it measures the carrying out of a document ('Qua theo dõi việc thực hiện Nghị định, đến ngày
# 15/10 mới có 12/34 tỉnh ...', 'Thực hiện Quyết định số 1245/QĐ-BNNMT ..., mới có 9/34 tỉnh ...')
_CARRYING_OUT = folded_pattern(r"(?<![a-z])(?:thực hiện|triển khai)(?![a-z])")


def shortcoming_sections(f: str) -> list[tuple[int, int]]:
    """The spans of the sections of the folded text ``f`` headed as shortcomings (_HEADING): from the heading to the
    next numbered heading, or, under a heading with no number, to the end of its first paragraph."""
    if "han che" not in f and "ton tai" not in f:
        return []
    out = []
    for m in line_matches(_HEADING, f):
        if m.group(1):
            nxt = _NEXT_HEADING.search(f, m.end())
            end = nxt.start() if nxt else len(f)
        else:
            gap = f.find("\n\n", m.end() + 1)
            end = gap if gap >= 0 else len(f)
        out.append((m.end(), end))
    return out


def level_short(text: str, f: str, start: int) -> bool:
    """The figure at ``start`` of the folded text ``f`` is a level reached, said as short of a goal (_LEVEL_SHORT
    before it in its clause, nothing left wrong between)."""
    s = max(sentence_start(text, start), text.rfind(";", 0, start) + 1)
    last = max((m.end() for m in _LEVEL_SHORT.finditer(f, s, start)), default=None)
    return last is not None and _LEFT_WRONG.search(f, last, start) is None


def prompting_shortfall(text: str, fp: str, start: int) -> bool:
    """The figure at ``start`` is said as a shortfall (_SHORTFALL before it in its sentence) with no work reported
    done (_DONE) in the sentence since its last turn (_TURN). ``fp``: the text folded, look-alikes of 'đã' masked."""
    s = sentence_start(text, start)
    if _SHORTFALL.search(fp, s, start) is None:
        return False
    turns = list(_TURN.finditer(fp, s, start))
    return _DONE.search(fp, turns[-1].end() if turns else s, start) is None


def earlier_work(text: str, f: str, o: Outcome, own_document: str) -> bool:
    """The shortfall ``o`` is how far carrying out an earlier document got, which its sentence says before it
    (_CARRYING_OUT) and which it is tied to: a result of that document, not the issued one's starting point."""
    if o.document in (None, own_document):
        return False
    return _CARRYING_OUT.search(f, sentence_start(text, o.span[0]), o.span[0]) is not None


def without_shortcomings(text: str, own_document: str | None, outcomes: list[Outcome], targets: list[Target],
                         folded: str | None = None) -> list[Outcome]:
    """The outcomes but those in a section headed as shortcomings (unless a level reached, level_short), and, where the text issues ``own_document`` (the
    key of the document it is the news or the text of; None where it issues none or reports on an older one), its
    starting point before any of its goals: a figure said as the shortfall that prompts it (prompting_shortfall), or
    a loss counted (_LOSS) that no other document is tied to. ``folded``: ``text`` folded, where the caller has it
    already."""
    if not outcomes:
        return outcomes
    if folded is None:
        folded = fold_same_length(text)
    sections = shortcoming_sections(folded)
    first_goal = min((t.span[0] for t in targets), default=len(text))
    fp = past_marked(text, folded) if own_document is not None and len(text) == len(folded) else folded
    kept = []
    for o in outcomes:
        a = o.span[0]
        if any(s <= a < e for s, e in sections) and not level_short(text, folded, a):
            continue
        if own_document is not None and a < first_goal and (
                (prompting_shortfall(text, fp, a) and not earlier_work(text, folded, o, own_document))
                or o.document in (None, own_document) and _LOSS.search(fold_same_length(o.text or ""))):
            continue
        kept.append(o)
    return kept
