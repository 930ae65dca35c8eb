"""The damage a storm, a flood or heavy rain did (thiệt hại do thiên tai) is background, not a result.

A review of a plan often recalls what the last storm cost ('Cơn bão số 3 làm 16 người chết, hư hỏng hơn
48.000 ngôi nhà, ước thiệt hại trên 24.000 tỷ đồng'): no document set out to reach those figures, so they
are no outcome of it. The exception is a text that sets a goal on the damage itself ('giảm diện tích lúa
thiệt hại xuống dưới 300 ha'): there the damage reported is what the goal is measured by, and stays.

    outcomes[:] = without_damage(targets, outcomes)      # once targets and outcomes are classified
"""
from __future__ import annotations

from kg.extract.text import fold_same_length, folded_pattern
from kg.facts import Outcome, Target

# a natural event as the cause of what follows: 'bão số 3 ... làm', 'mưa lớn làm sạt lở', 'hoàn lưu sau bão gây ngập'
# (read on the folded text: 'bão' folds like 'bao', 'bảo', so the storm is named by the words around it:
# 'cơn bão', 'bão số', 'sau bão', 'mưa bão', 'bão lũ')
_CAUSE = folded_pattern(
    r"(?<![a-z])(?:cơn bão|bão số|(?:hoàn lưu )?sau bão|mưa bão|bão lũ|bão(?= và hoàn lưu)|hoàn lưu|mưa lớn|mưa lũ|"
    r"lũ quét|lũ ống|lũ lụt|lốc xoáy|mưa đá|triều cường|động đất)(?![a-z])[^.;\n]{0,90}?(?<![a-z])(?:làm|gây)(?![a-z])")
# the word of damage a goal on it uses ('giảm diện tích lúa thiệt hại', 'rừng bị thiệt hại do cháy dưới 3 ha')
_DAMAGE = folded_pattern(r"(?<![a-z])(?:thiệt hại|hư hại|hư hỏng)(?![a-z])")


def is_damage(text: str) -> bool:
    """The clause tells what a storm, a flood or heavy rain did."""
    return _CAUSE.search(fold_same_length(text)) is not None


def without_damage(targets: list[Target], outcomes: list[Outcome]) -> list[Outcome]:
    """The outcomes but those that count a natural event's damage, unless a target of the text is set on damage."""
    if any(_DAMAGE.search(fold_same_length(t.text or "")) for t in targets):
        return outcomes
    return [o for o in outcomes if not is_damage(o.text or "")]

