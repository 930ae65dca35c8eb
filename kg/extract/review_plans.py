"""How a review names the plans it weighs, beyond their symbols (kg.extract.scope asks here).

A provincial review of a central document often says the province issued its own plan with a count of goals ('Thực
hiện Chương trình 18-CTr/TU, Ban Thường vụ Hội ban hành Kế hoạch số 32-KH/HNDT ngày 20/4/2024 với 8 chỉ tiêu cụ thể.
Sau 2 năm, có 6 chỉ tiêu vượt ...'): the results that follow are counted against that plan's goals, so the plan is
not a mere instrument of the reviewed document. A later sentence may name the reviewed document again by its bare
type word ('Sau 8 năm thực hiện Đề án, các cấp Hội đã ...'), which takes the results back to it.

    plans_with_own_goals(mentions, folded)          # keys of plans said issued with goals of their own
    reviewed_by_type_word(folded, at, mentions, reviewed)   # the reviewed document a bare type word at ``at`` means
"""
from __future__ import annotations

from kg.extract.mention_model import Mention
from kg.extract.text import folded_pattern

# a count of goals right after a plan's mention and its date: '... số 32-KH/HNDT ngày 20/4/2024 với 8 chỉ tiêu cụ thể'
_WITH_OWN_GOALS = folded_pattern(r"[ \t]*(?:ngày[ \t]+[\d/.-]+[ \t]*)?,?[ \t]*(?:gồm|với)[ \t]+\d{1,3}[ \t]+(?:nhóm[ \t]+)?"
                                 r"(?:chỉ tiêu|mục tiêu)(?![a-z])")
# a type word alone before a comma, the document named before it meant: 'thực hiện Đề án, ...'
_BARE_TYPE = folded_pattern(r"(nghị quyết|chỉ thị|kết luận|kế hoạch|chương trình|đề án|quyết định)[ \t]*,")


def plans_with_own_goals(mentions: list[Mention], folded: str) -> set[str]:
    """The documents a numbered mention says were issued with a count of goals of their own."""
    return {m.key for m in mentions if m.key and m.kind == "numbered"
            and _WITH_OWN_GOALS.match(folded, max(m.end, m.tail_end))}


def reviewed_by_type_word(folded: str, at: int, mentions: list[Mention], reviewed: list[str]) -> str | None:
    """The one reviewed document the text names with the bare type word at ``at`` ('Đề án,' for the reviewed
    'Đề án "Hỗ trợ phụ nữ khởi nghiệp"'), else None (none, or two reviewed documents of that type)."""
    bare = _BARE_TYPE.match(folded, at)
    if bare is None:
        return None
    named = {m.key for m in mentions if m.key in reviewed and folded.startswith(bare.group(1), m.start)}
    return named.pop() if len(named) == 1 else None
