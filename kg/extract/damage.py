"""The damage a storm, a flood, heavy rain or cold did (thiệt hại do thiên tai), and the cases and outbreaks
of a disease (ca bệnh, ổ dịch), are background, not a result.

A review of a plan often recalls what the last storm cost ('Cơn bão số 3 làm 16 người chết, hư hỏng hơn
48.000 ngôi nhà, ước thiệt hại trên 24.000 tỷ đồng'): no document set out to reach those figures, so they
are no outcome of it; nor are the cases of a disease a ward recorded ('ghi nhận 86 ca sốt xuất huyết, tăng 12 ca
so với cùng kỳ'), where what was done against it is ('xử lý 9 ổ dịch'). The exception is a text that sets a goal on the damage itself ('giảm diện tích lúa
thiệt hại xuống dưới 300 ha', 'giảm 10% số ca mắc'): there the harm reported is what the goal is measured by, and stays.
Losses a text that issues a document gives among the shortcomings it sets out from are background too
(without_prompting_losses).

    outcomes[:] = without_damage(targets, outcomes)      # once targets and outcomes are classified
"""
from __future__ import annotations

from kg.extract.literals import may_match_in
from kg.extract.text import fold_same_length, folded_pattern, sentence_start
from kg.facts import Outcome, Target

# a natural event as the cause of what follows: 'bão số 3 ... làm', 'mưa lớn làm sạt lở', 'hoàn lưu sau bão gây ngập'
# (read on the folded text: 'bão' folds like 'bao', 'bảo', so the storm is named by the words around it:
# 'cơn bão', 'bão số', 'sau bão', 'mưa bão', 'bão lũ')
_CAUSE = folded_pattern(
    r"(?<![a-z])(?:cơn bão|bão số|(?:hoàn lưu )?sau bão|mưa bão|bão lũ|bão(?= và hoàn lưu)|hoàn lưu|mưa lớn|mưa lũ|"
    r"lũ quét|lũ ống|lũ lụt|lốc xoáy|mưa đá|triều cường|động đất|rét đậm|rét hại)(?![a-z])"
    r"[^.;\n]{0,90}?(?<![a-z])(?:làm|gây)(?![a-z])"
    # an outbreak of a disease where it broke out: 'bệnh Dịch tả lợn Châu Phi đã xảy ra tại 87 ổ dịch thuộc 41 xã' (not
    # what was done against it: 'xử lý ổ dịch tại 9/11 khóm', 'công tác phòng, chống dịch bệnh được làm tốt')
    r"|(?<![a-z])(?:bệnh|dịch)(?![a-z])[^.;\n]{0,60}?(?<![a-z])(?:xảy ra|xuất hiện|phát sinh|bùng phát)[ \t]+(?:tại|ở)[ \t]+\d")
# cases of a disease counted: '86 ca sốt xuất huyết', '12 ca mắc sởi' ('ca' after a figure, with the disease's word)
_CASES = folded_pattern(r"(?<![a-z])\d[\d.,]*[ \t]+ca[ \t]+(?:mắc|bệnh|nhiễm|sốt|sởi|tay chân miệng|dương tính|tử vong)(?![a-z])")
# the word of harm a goal on it uses ('giảm diện tích lúa thiệt hại', 'rừng bị thiệt hại do cháy dưới 3 ha', 'số ca mắc')
_DAMAGE = folded_pattern(r"(?<![a-z])(?:thiệt hại|hư hại|hư hỏng|ca mắc|ca bệnh)(?![a-z])")

# a loss counted: 'xảy ra 5 vụ cháy rừng', 'thiệt hại 12,5 ha'
_LOSS = folded_pattern(r"(?<![a-z])(?:xảy ra[ \t]+\d[\d.,]*[ \t]+vụ|thiệt hại[ \t]+(?:khoảng[ \t]+|hơn[ \t]+|trên[ \t]+)?\d)")
# the shortcomings a new document sets out from, said after the results before it: 'Tuy vậy, tình trạng phá rừng vẫn
# còn; ...', 'Tuy nhiên, ...', 'hạn chế'
_SHORTCOMING = folded_pattern(r"(?<![a-z])(?:tuy vậy|tuy nhiên|hạn chế|vẫn còn|vẫn xảy ra|còn xảy ra)(?![a-z])")


def is_damage(text: str) -> bool:
    """The clause tells what a storm, a flood, heavy rain or cold did, or counts the cases or outbreaks of a
    disease."""
    f = fold_same_length(text)
    return (may_match_in(_CAUSE, f, 0, len(f)) and _CAUSE.search(f) is not None) or _CASES.search(f) is not None


def without_damage(targets: list[Target], outcomes: list[Outcome]) -> list[Outcome]:
    """The outcomes but those that count a natural event's damage or a disease's cases, unless a target of the text
    is set on such harm."""
    if any(_DAMAGE.search(fold_same_length(t.text or "")) for t in targets):
        return outcomes
    return [o for o in outcomes if not is_damage(o.text or "")]



def without_prompting_losses(text: str, own_document: str | None, outcomes: list[Outcome],
                             folded: str | None = None) -> list[Outcome]:
    """The outcomes but the losses a text that issues a document gives among the shortcomings that prompt it
    ('Tuy vậy, tình trạng phá rừng vẫn còn; riêng năm 2024 xảy ra 5 vụ cháy rừng, làm thiệt hại 12,5 ha' before the
    directive's tasks), or tied to no document but the text's own ('Mùa khô 2023-2024, trên địa bàn xảy ra 7 vụ cháy
    rừng' at the opening of a plan or under its 'TÌNH HÌNH'; ``own_document`` is the key of the document the text
    issues, None where it issues none): the situation the document sets out from, not a result (point (u) of our sets'
    annotation conventions). A report's losses after carrying out a document ('Thực hiện Chỉ thị ..., mùa khô vừa qua xảy ra 3
    vụ cháy rừng') stay its outcomes. ``folded``: ``text`` folded, where the caller has it already."""
    if own_document is None:
        return outcomes
    if folded is None:
        folded = fold_same_length(text)
    kept = []
    for o in outcomes:
        a = o.span[0]
        start = sentence_start(text, a)      # (the sentence the clause is in)
        if _LOSS.search(fold_same_length(o.text or "")) and (_SHORTCOMING.search(folded, start, a)
                                                              or o.document in (None, own_document)):
            # (or tied to no document another: the season's fires a directive opens on, or its 'Tình hình' section,
            # were not reached by carrying out anything the text names, and a new document has no results yet)
            continue
        kept.append(o)
    return kept
