"""The goals a sentence reads from a plan before it turns to what was done: 'Theo kế hoạch, năm 2025 kết nạp 300 hội
viên, đến nay đã kết nạp 310 hội viên' (Theo kế hoạch ... : the plan's figure, a goal; then the result measured against
it). kg.extract.quantities asks ``plan_framed`` of each figure of a sentence with a result in it; a sentence that
opens on the plan and holds no result at all is read whole by kg.extract.quantity_cues's ``per_plan``."""
from __future__ import annotations

from kg.extract.quantity_cues import OUT_STRONG, PER_PLAN, PRESENT_WORD
from kg.extract.text import folded_pattern

# the words that turn a sentence from what the plan sets to what was reached so far: 'đến nay', 'tính đến', 'kết quả',
# 'lũy kế', a day the count was made on ('đến ngày 30/9', 'đến thời điểm báo cáo'), a verb 'được' a figure ('giải ngân
# được 3.120 tỷ đồng', 'thực hiện được': what was managed; not the passive 'được giao', 'được hỗ trợ'), and a result's
# own verb, OUT_STRONG: 'đã', 'vượt', 'đạt được', 'ước đạt'
_SO_FAR = folded_pattern(r"(?<![a-z])(?:đến nay|tính đến|kết quả|lũy kế|thực hiện được|đến (?:hết )?ngày|"
                         r"đến thời điểm|được(?=[ \t]+(?:(?:hơn|trên|gần)[ \t]+)?\d))(?![a-z])")


def plan_framed(f: str, fp: str, start: int, end: int) -> bool:
    """A figure ending at ``end``, in the sentence from ``start`` (``f`` folded, ``fp`` with the lookalikes of a
    result's words masked), is still under the plan the sentence opens on ('Theo kế hoạch, ...', 'Theo Nghị quyết số
    ..., ...'): no word of a result nor of the present state stands between the sentence's start and the figure. Near misses: 'Theo Kế
    hoạch số 96, tỉnh đã tổ chức 420 lớp' (done), 'Theo kế hoạch, huyện hiện có 12 chợ' (how things stand)."""
    return PER_PLAN.match(f, start) is not None and OUT_STRONG.search(fp, start, end) is None \
        and _SO_FAR.search(f, start, end) is None and PRESENT_WORD.search(f, start, end) is None
