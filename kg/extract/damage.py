"""The damage a storm, a flood, heavy rain or cold did (thiệt hại do thiên tai), and the cases and outbreaks
of a disease (ca bệnh, ổ dịch), are background, not a result.

A review of a plan often recalls what the last storm cost ('Cơn bão số 3 làm 16 người chết, hư hỏng hơn
48.000 ngôi nhà, ước thiệt hại trên 24.000 tỷ đồng'): no document set out to reach those figures, so they
are no outcome of it; nor are the cases of a disease a ward recorded ('ghi nhận 86 ca sốt xuất huyết, tăng 12 ca
so với cùng kỳ'), where what was done against it is ('xử lý 9 ổ dịch'). The exception is a text that sets a goal on the damage itself ('giảm diện tích lúa
thiệt hại xuống dưới 300 ha', 'giảm 10% số ca mắc'): there the harm reported is what the goal is measured by, and stays.
Losses a text that issues a document gives among the shortcomings it sets out from are its starting point, which
kg.extract.shortcomings drops with the rest of that shortfall.

    outcomes[:] = without_damage(targets, outcomes)      # once targets and outcomes are classified
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract.literals import may_match_in
from kg.extract.text import fold_same_length, folded_pattern
from kg.facts import Outcome, Target
from kg.text.symbols import DIGIT_FIRST

# a natural event as the cause of what follows: 'bão số 3 ... làm', 'mưa lớn làm sạt lở', 'hoàn lưu sau bão gây ngập'
# (read on the folded text: 'bão' folds like 'bao', 'bảo', so the storm is named by the words around it:
# 'cơn bão', 'bão số', 'sau bão', 'mưa bão', 'bão lũ')
_CAUSE_WORDS = (r"cơn bão|bão số|(?:hoàn lưu )?sau bão|mưa bão|bão lũ|hoàn lưu|mưa lớn|mưa lũ|"
                r"lũ quét|lũ ống|lũ lụt|lốc xoáy|mưa đá|triều cường|động đất|rét đậm|rét hại")
_CAUSE = folded_pattern(
    r"(?<![a-z])(" + _CAUSE_WORDS + r"|bão(?= và hoàn lưu))(?![a-z])"
    r"[^.;\n]{0,90}?(?<![a-z])(?:làm|gây)(?![a-z])"
    # an outbreak of a disease where it broke out: 'bệnh Dịch tả lợn Châu Phi đã xảy ra tại 87 ổ dịch thuộc 41 xã' (not
    # what was done against it: 'xử lý ổ dịch tại 9/11 khóm', 'công tác phòng, chống dịch bệnh được làm tốt')
    r"|(?<![a-z])(?:bệnh|dịch)(?![a-z])[^.;\n]{0,60}?(?<![a-z])(?:xảy ra|xuất hiện|phát sinh|bùng phát)[ \t]+(?:tại|ở)[ \t]+\d")
# cases of a disease counted: '86 ca sốt xuất huyết', '12 ca mắc sởi' ('ca' after a figure, with the disease's word)
# (written to open on its first characters, which the engine's scan skips to: a digit, then the character before it)
_CASES = folded_pattern(DIGIT_FIRST + r"(?<![a-z]\d)[\d.,]*[ \t]+ca[ \t]+(?:mắc|bệnh|nhiễm|sốt|sởi|tay chân miệng|dương tính|tử vong)(?![a-z])")
# outbreaks counted as they broke out, and the animals culled: 'cả nước xảy ra 412 ổ dịch', 'phát sinh 97 ổ dịch mới',
# 'buộc tiêu hủy hơn 36.000 con lợn' (not the outbreaks dealt with: 'xử lý 9 ổ dịch', 'khống chế 12 ổ dịch')
_OUTBREAKS = folded_pattern(r"(?<![a-z])(?:xảy ra|phát sinh|xuất hiện|bùng phát|ghi nhận)(?:[ \t]+thêm)?[ \t]+(?:hơn[ \t]+|trên[ \t]+|gần[ \t]+)?"
                            r"\d[\d.,]*[ \t]+ổ dịch(?![a-z])"
                            r"|(?<![a-z])tiêu hủy[ \t]+(?:hơn[ \t]+|trên[ \t]+|gần[ \t]+)?\d[\d.,]*[ \t]+(?:con|tấn)(?![a-z])")
# the word of harm a goal on it uses ('giảm diện tích lúa thiệt hại', 'rừng bị thiệt hại do cháy dưới 3 ha', 'số ca mắc')
_DAMAGE = folded_pattern(r"(?<![a-z])(?:thiệt hại|hư hại|hư hỏng|ca mắc|ca bệnh)(?![a-z])")


# ... as written: folded, the cause's words are common ones ('huy động đạt' folds as 'động đất' does, 'sau báo cáo' as
# 'sau bão', 'mua bảo hiểm' as 'mưa bão', 'bảo lưu' as 'bão lũ'), so the words matched must carry the cause's marks
# (or none at all, a text typed without them)
_CAUSE_AS_WRITTEN = re.compile(r"(?:" + _CAUSE_WORDS + r"|bão)$")


def _caused(text: str, f: str) -> bool:
    """A natural event (or a disease's outbreak, _CAUSE's second branch) causes what follows in ``text`` (``f``
    folded, of the same length), its words as written."""
    for m in _CAUSE.finditer(f):
        if m.group(1) is None:
            return True
        written = unicodedata.normalize("NFC", text[m.start(1):m.end(1)].lower())
        if written == m.group(1) or _CAUSE_AS_WRITTEN.match(written):
            return True
    return False


def is_damage(text: str) -> bool:
    """The clause tells what a storm, a flood, heavy rain or cold did, or counts the cases or outbreaks of a
    disease."""
    f = fold_same_length(text)
    return (may_match_in(_CAUSE, f, 0, len(f)) and _caused(text, f)) or _CASES.search(f) is not None \
        or (("dich" in f or "tieu huy" in f) and _OUTBREAKS.search(f) is not None)


def without_damage(targets: list[Target], outcomes: list[Outcome]) -> list[Outcome]:
    """The outcomes but those that count a natural event's damage or a disease's cases, unless a target of the text
    is set on such harm."""
    if any(_DAMAGE.search(fold_same_length(t.text or "")) for t in targets):
        return outcomes
    return [o for o in outcomes if not is_damage(o.text or "")]
