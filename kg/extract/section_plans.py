"""A section or paragraph that opens on a result measured against a named plan's goals: 'Năm 2025, phường hoàn thành
15/20 chỉ tiêu Kế hoạch số 18/KH-UBND đề ra. ...', 'Kết nạp 5.126 đảng viên, đạt 102,5% chỉ tiêu Chương trình 28. ...'
(tests/ANNOTATION.md (ak) rule 2): the figures after it in the section are that plan's, not those of the document the
report's title names (kg.extract.scope).

    measured_against(folded, sent_start, at)   # the mention at ``at`` is the plan its sentence's tally is of
    under_heading(folded, paras, pa, pp)       # paragraph ``pp`` stands in the section numbered heading ``pa`` opens

A numbered heading that names a document ('I. KẾT QUẢ CÁC CHỈ TIÊU GIAO TẠI QUYẾT ĐỊNH SỐ 4870/QĐ-UBND') gives its section
to that document the same way (kg.extract.scope)."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# right before the plan: a tally of its goals ('15/20 chỉ tiêu', 'trong 19 chỉ tiêu chủ yếu của') or a share of one
# ('đạt 102,5% chỉ tiêu', 'vượt 8% kế hoạch của'); a bare count of goals the plan sets ('Kế hoạch đề ra 20 chỉ tiêu')
# measures nothing
_MEASURED_BEFORE = folded_pattern(
    r"(?:(?<![\d/])\d{1,3}[ \t]*/[ \t]*\d{1,3}|(?<![a-z])(?:trong|trong tổng số|trong số)[ \t]+\d{1,3}"
    r"|(?<![a-z])(?:đạt|vượt|bằng)[ \t]+\d{1,3}(?:[.,]\d+)?[ \t]*%)[ \t]+(?:chỉ tiêu|mục tiêu|tiêu chí|kế hoạch)"
    r"(?:[ \t]+(?:chủ yếu|cơ bản|chính|cụ thể))?(?:[ \t]+(?:của|theo|tại|trong))?[ \t]+$")


def measured_against(folded: str, sent_start: int, at: int) -> bool:
    """The mention at ``at`` is the plan a result of its sentence (from ``sent_start``) is measured against, by a tally
    or a share of its goals written right before it."""
    if "%" not in folded[max(sent_start, at - 60):at] and "chi tieu" not in folded[max(sent_start, at - 60):at] \
            and "muc tieu" not in folded[max(sent_start, at - 60):at] and "tieu chi" not in folded[max(sent_start, at - 60):at]:
        return False
    return _MEASURED_BEFORE.search(folded, max(sent_start, at - 60), at) is not None


# a numbered heading line: 'I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 15/KH-SCT', '2. Kết quả thực hiện Nghị quyết số 12-NQ/HU'
_NUMBERED_HEADING = folded_pattern(r"[ \t]*(?:[ivx]{1,4}|\d{1,2})[.)][ \t]+\S")
_HEADING_LONGEST = 200
_SECTION_REACH = 40      # (paragraphs: a section read no further, a table's rows each one)


def heading_line(folded: str, start: int, end: int) -> bool:
    """The paragraph [start, end) is a numbered heading line: short, its mark first, no closing punctuation (an item
    '1. Phát triển công nghiệp: ... 14 dự án.' is a statement, not a heading)."""
    line = folded[start:end].rstrip(" \t\n\u00b9\u00b2\u00b3")
    return 0 < len(line) <= _HEADING_LONGEST and line[-1] not in ".;:," and _NUMBERED_HEADING.match(line) is not None


def under_heading(folded: str, paras, pa: int, pp: int) -> bool:
    """Paragraph ``pa`` is a numbered heading line and ``pp`` stands in its section: after it, with no numbered heading
    line between (within _SECTION_REACH paragraphs)."""
    if not pa < pp <= pa + _SECTION_REACH or not heading_line(folded, paras[pa].start, paras[pa].end):
        return False
    return not any(heading_line(folded, paras[i].start, paras[i].end) for i in range(pa + 1, pp + 1))
