"""Money a document sets aside (point (z) of tests/ANNOTATION.md): which sums of a clause are allocated or estimated,
targets of the document that allocates them, not results (kg.extract.quantities asks here; the budgets that are
neither, and the words of money spent, are in kg.extract.quantity_cues). Patterns are written in Vietnamese and folded
when compiled, but for those read on the source text."""
from __future__ import annotations

import re

from kg.extract.excluded_figures import DOC_SUM_LEAD
from kg.extract.figures import Quantity
from kg.extract.quantity_cues import MONEY
from kg.extract.text import folded_pattern, vi

_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)

# Point (z) of tests/ANNOTATION.md: money a document allocates or estimates is a target of it. The sum is named as
# the subject of its sentence ('Tổng vốn ... được giao 612 tỷ đồng', 'Kinh phí dự kiến cho năm 2026 là 3 tỷ đồng',
# 'Dự toán chi năm 2026 là 58 tỷ đồng', 'Kế hoạch vốn năm 2023 huyện giao 9 tỷ đồng', 'Dự toán thu năm 2027 huyện giao
# là 14 tỷ đồng'), or given to a body ('huyện được giao 231 tỷ đồng vốn Chương trình'), or set aside by a task of the
# plan the text issues ('bố trí kinh phí khoảng 18 tỷ đồng cho ...'). A sum the sentence says was spent stays a
# result; a body's plain allocation in a report ('năm 2024, tỉnh bố trí 18 tỷ đồng để ...') is left as it was.
_FUNDS_SUBJECT = _v(r"[ \t]*(?:(?:[-+*•]|\d{1,2}[.)]|[a-d]\))[ \t]*)?(?:(?:năm|sau|giai đoạn)[^,;:]{1,24},[ \t]*)?(?:tổng[ \t]+)?"
                    r"(?:(kế hoạch)[ \t]+)?(vốn|kinh phí|dự toán chi|dự toán thu)(?![a-z])")
# the words that tell an amount set aside from one spent, after the subject ('vốn' alone is also money invested:
# 'Tổng vốn đầu tư toàn xã hội ước đạt ...')
_SET_ASIDE = _v(r"(?<![a-z])(?:giao|bố trí|phân bổ|dự kiến|khoảng)(?![a-z])")
_SPENT = _v(r"(?<![a-z])(?:đã|giải ngân|huy động|đạt|ước|được[ \t]+(?:hỗ trợ|chi)|thực hiện được|chi trả)(?![a-z])")
# 'Kinh phí 1,2 tỷ đồng từ ngân sách huyện': the amount right after the word
_FUNDS_NEXT = _v(r"[ \t]+(?:là[ \t]+)?$")
_GIVEN = _v(r"(?<![a-z])được[ \t]+(?:giao|bố trí|phân bổ)[ \t]+(?:khoảng[ \t]+|hơn[ \t]+|trên[ \t]+)?$")
_TASK_SETS_ASIDE = _v(r"(?<![a-z])(?<!đã )bố trí(?:[ \t]+(?:kinh phí|vốn)(?:[^,;:\d]{0,60}?,?[ \t]+(?:dự kiến|khoảng))?"
                      r"|[ \t]+(?:dự kiến|khoảng))?[ \t]+$")

# a sum a document is named with after its subject (DOC_SUM_LEAD), and the sums named after the first: its parts or
# its fellows ('... với tổng vốn 3.260 tỷ đồng, trong đó vốn ngân sách tỉnh 1.900 tỷ đồng', '... với tổng thu ... là
# 6.500 tỷ đồng và tổng chi ... là 11.300 tỷ đồng'): the document allocates them, point (z)
_DOC_SUM = re.compile(DOC_SUM_LEAD.pattern + vi(r"(?:[^\d.;:\n]|(?<![^ \t])\d[\d.,]*[ \t]+(?:tỷ|triệu|nghìn)[ \t]+đồng){0,120}?$"))

# a later part of a sum, after 'trong đó' and the parts before it: '... là 2.846 tỷ đồng, trong đó vốn đầu tư phát triển
# 1.712 tỷ đồng, vốn sự nghiệp 1.134 tỷ đồng' (group 1: the whole's figure; each part is what the whole is)
_SUM_PART = r"\d[\d.,]*[ \t]+(?:tỷ|triệu|nghìn)[ \t]+đồng"
_LATER_PART = _v(r"(?<![\d.,])(" + _SUM_PART + r")[ \t]*[,;]?[ \t]*\(?[ \t]*trong đó[ \t]*:?[ \t]+"
                 r"(?:[^\d,;.()]{1,50}[ \t]" + _SUM_PART + r"[ \t]*[,;][ \t]*(?:và[ \t]+)?)*[^\d,;.()]{1,50}[ \t]$")

# the words without which no sum in a sentence is allocated (a cheap test before allocated_sum's)
FUNDS_WORD = _v(r"(?<![a-z])(?:kinh phí|vốn|dự toán chi|dự toán thu|bố trí|được giao)(?![a-z])")


def allocated_sum(t: str, f: str, s_start: int, c_start: int, q_start: int, issues: bool) -> bool:
    """Whether the money figure at ``q_start`` is a sum allocated or estimated (point (z)): named as the subject of
    its sentence or clause with a word of setting aside and none of spending before it, given to a body ('được giao
    N'), set aside by a task of the plan the text issues (``issues``), or named with a document's subject (_DOC_SUM);
    or a later part of such a sum (_LATER_PART)."""
    if _SPENT.search(f, s_start, q_start):
        return False
    if _GIVEN.search(f, max(c_start, q_start - 30), q_start):
        return True
    if issues and _TASK_SETS_ASIDE.search(f, max(s_start, q_start - 110), q_start):
        return True
    if _DOC_SUM.search(f, max(s_start, q_start - 400), q_start):
        return True
    for start in (c_start, s_start) if c_start != s_start else (s_start,):
        m = _FUNDS_SUBJECT.match(f, start, q_start)
        if m is None or q_start - m.end() > 110:
            continue
        if m.group(1) or m.group(2) == "du toan chi" or (m.group(2) == "kinh phi" and _FUNDS_NEXT.fullmatch(f, m.end(), q_start)):
            return True
        if any(t[g.start():g.start() + 4].lower() != "giáo" for g in _SET_ASIDE.finditer(f, m.end(), q_start)):
            return True
    part = _LATER_PART.search(f, max(s_start, q_start - 240), q_start)
    return part is not None and allocated_sum(t, f, s_start, s_start, part.start(1), issues)


def allocated_in(t: str, f: str, s_start: int, c_start: int, qs: list[Quantity], issues: bool) -> set[int]:
    """The starts of the money figures ``qs`` of a clause that are sums allocated or estimated (allocated_sum)."""
    return {q.start for q in qs if not q.pct and q.unit and MONEY.match(f, q.end - len(q.unit))
            and allocated_sum(t, f, s_start, c_start, q.start, issues)}
