"""The label of a plan's field at the opening of a task line (nhãn lĩnh vực): 'Về nhân lực: Sở Nội vụ chủ trì ...',
'- Tài chính: Sở Tài chính chủ trì, phối hợp ...', '3. Về cơ sở vật chất: ...'. Plans group their tasks by field this
way; the label names what the task is about, and the body after its colon is the task's subject
(kg.extract.assignments reads it there). May import kg.extract.text."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# a few words of letters only, 'về' or not before them, then the colon: no digits ('Năm 2026:', 'Quý II/2026:' are
# times, not fields), no commas ('Các cơ quan, đơn vị: ...' names bodies)
FIELD_LABEL = folded_pattern(r"(?:về[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){0,5}[ \t]*:[ \t]*")


def field_label_end(P, line_start: bool, at: int, end: int) -> int | None:
    """Where the subject starts after a field label at ``at`` (the opening of a line or of a list item, past its
    marker: ``line_start``), for a clause up to ``end`` that names no body at ``at`` (the caller's test): after the
    colon, where bodies are named there; None where no capitalised label stands at ``at`` or no body follows it."""
    if not line_start or not P.t[at:at + 1].isupper():
        return None
    label = FIELD_LABEL.match(P.f, at, end)
    if label is None or not P.body_list(label.end(), end)[0]:
        return None
    return label.end()
