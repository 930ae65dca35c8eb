"""The document whose goals a table's lead-in line names (kg.extract.quantities and kg.extract.scope ask here).

A plan that carries out an approved đề án may set out the đề án's own goals, phased by year, in a table it opens with
'các chỉ tiêu chủ yếu của Đề án được phân kỳ như sau:'. Those goals are the đề án's (tests/ANNOTATION.md (aj)), and a
đề án with no symbol of its own is keyed by the decision that approved it ((b)): the table's goals go to that key, not
to the plan that phases them. The đề án is often named there by its type word alone, meaning the one named before.

    goals_lead_at(folded, bstart)                   # where the document of a table's lead-in 'chỉ tiêu của ...' begins
    approved_word_key(folded, pos, keyed)           # the key of the đề án named before a bare 'Đề án' at ``pos``
"""
from __future__ import annotations

from kg.extract.text import folded_pattern

# the goals a lead-in line gives, named with their document, up to the colon that opens the table: 'Theo đó, các chỉ
# tiêu chủ yếu của Đề án được phân kỳ như sau:' (not 'Kế hoạch đặt các chỉ tiêu sau:', the plan's own)
_GOALS_LEAD = folded_pattern(r"(?<![a-z])(?:các[ \t]+|những[ \t]+)?(?:mục tiêu|chỉ tiêu)(?:[ \t]+(?:chủ yếu|cơ bản|chính|cụ thể))?"
                             r"[ \t]+của[ \t]+(?=[^.:;\n]*:[ \t]*$)")
# a đề án named by its type word alone
_BARE_DE_AN = folded_pattern(r"đề án(?![a-z])")


def goals_lead_at(folded: str, bstart: int) -> int | None:
    """Where the document named in the lead-in line of the table at ``bstart`` (the last line before it with words)
    as the one whose goals the table gives begins, else None."""
    end = bstart
    while True:
        start = folded.rfind("\n", 0, max(end - 1, 0)) + 1
        if folded[start:end].strip() or start == 0:
            break
        end = start
    line_end = start + len(folded[start:end].rstrip())
    stop = folded.rfind(". ", start, line_end)
    sent = stop + 2 if stop >= 0 else start
    m = _GOALS_LEAD.search(folded, sent, line_end)
    return m.end() if m else None


def approved_word_key(folded: str, pos: int, keyed: list[tuple[int, str]]) -> str | None:
    """The key of the đề án the text named before ``pos``, where ``pos`` names one by its type word alone ('của Đề án
    được phân kỳ'); ``keyed`` is the sorted (start, key) of the keyed mentions. None where there is no such word, or
    the đề án mentions before it have two keys."""
    if not _BARE_DE_AN.match(folded, pos):
        return None
    keys = {key for at, key in keyed if at < pos and _BARE_DE_AN.match(folded, at)}
    return keys.pop() if len(keys) == 1 else None
