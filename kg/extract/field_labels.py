"""The label of a plan's field at the opening of a task line (nhãn lĩnh vực): 'Về nhân lực: Sở Nội vụ chủ trì ...',
'- Tài chính: Sở Tài chính chủ trì, phối hợp ...', '3. Về cơ sở vật chất: ...'. Plans group their tasks by field this
way; the label names what the task is about, and the body after its colon is the task's subject
(kg.extract.assignments reads it there). Plans group them by time the same way (nhãn thời gian: 'Năm 2026: Sở Y tế
chủ trì ...', 'Quý III/2026: UBND các xã ...', 'Giai đoạn 2026 - 2027: ...'): a label of either kind stands before the
subject. May import kg.extract.text."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# a few words of letters only, 'về' or not before them, then the colon: no digits ('Năm 2026:', 'Quý II/2026:' are
# times, not fields), no commas ('Các cơ quan, đơn vị: ...' names bodies)
FIELD_LABEL = folded_pattern(r"(?:về[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){0,5}[ \t]*:[ \t]*")
# a time a plan's tasks are grouped by: a unit of time and its number ('Năm 2026', 'Quý III/2026', 'Quý I, II năm 2027',
# 'Tháng 12/2026', '6 tháng đầu năm 2026', 'Giai đoạn 2026 - 2030', 'Năm học 2026 - 2027'), with the word that bounds it
# before ('Trong', 'Từ', 'Đến', 'Trước', 'Từ nay đến'), or a recurrence ('Hằng năm', 'Thường xuyên'); then the colon.
# (A day in a plain sentence, 'Ngày 5/3, Sở Y tế ...', has no colon: it is the opening phrase the sentence reader skips.)
TIME_LABEL = folded_pattern(r"(?:(?:trong|từ|đến|trước|sau|từ nay đến)[ \t]+)?(?:\d{1,2}[ \t]+tháng[ \t]+(?:đầu|cuối)[ \t]+)?"
                            r"(?:năm học|năm|quý|tháng|giai đoạn|học kỳ|đợt)"
                            r"(?:[ \t]*(?:\d{1,4}|[ivx]{1,4}|năm)(?:[ \t]*[/,\-–][ \t]*|[ \t]+(?=\d|[ivx]{1,4}[ \t/,]|năm)|(?=[ \t]*:)))+"
                            r"[ \t]*:[ \t]*|(?:hằng|hàng)[ \t]+(?:năm|quý|tháng)[ \t]*:[ \t]*|thường xuyên[ \t]*:[ \t]*")


def field_label_end(P, line_start: bool, at: int, end: int) -> int | None:
    """Where the subject starts after a field or time label at ``at`` (the opening of a line or of a list item, past its
    marker: ``line_start``), for a clause up to ``end`` that names no body at ``at`` (the caller's test): after the
    colon, where bodies are named there; None where no capitalised label stands at ``at`` or no body follows it."""
    if not line_start or not (P.t[at:at + 1].isupper() or P.t[at:at + 1].isdigit()):
        return None
    label = (FIELD_LABEL.match(P.f, at, end) if P.t[at].isupper() else None) or TIME_LABEL.match(P.f, at, end)
    if label is None or not P.body_list(label.end(), end)[0]:
        return None
    return label.end()
