"""Outcomes matched to the targets they answer (kết quả ứng với chỉ tiêu) by their unit and words: the
rule alone, no RDF (the document card, ``kg.cards``, and the targets query, ``kg.queries``, both call it).

Extraction gives a target (chỉ tiêu) and an outcome (kết quả) with no tie between them, and a target is
usually set in one text while its outcome is reported in a later one; only curated data and a
reviewer state ``dkg:reportsTarget``. This module pairs them where the data does not: an outcome
reported on a target's document (or on a plan that carries that document out, where point (aj) of
the annotation guide puts a plan's results) answers the target that measures the same thing:

- the same unit once folded (``hội viên`` with ``Hội viên``, ``%`` only with ``%``; a unit that
  only adds words after the other's, ``hội viên`` and ``hội viên nông dân mới``, is the same);
- words close enough: the folded words of both texts, without figures, without the unit's own
  words and without the words that frame a goal or a report rather than name what is measured
  (``phấn đấu``, ``đạt``, ``ít nhất``, ``trở lên`` ...), compared by rapidfuzz's token-set ratio;
  at least :data:`THRESHOLD` (how it was chosen: ``bench/RESULTS.md``, section match24).

Each outcome answers at most one target (the one it is closest to; a tie answers none, since
the words cannot tell which), a target may have several outcomes, one a day (the closest; several
figures of one day equally close, as one sentence often gives, answer none), none reported before the
target was set; a link a source or a reviewer
stated always wins and its outcome is not matched again, and a pair a reviewer rejected is never matched. A matched pair is shown as matched by its
words, with its score, never as stated by the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from kg.text.symbols import fold

#: The least token-set ratio (0 to 100) of two texts' indicator words for an outcome to answer a target.
THRESHOLD = 85.0

# Words that frame a goal or a report (how much, by when, how it went), not what is measured; written in
# Vietnamese, folded when compiled like every pattern of ours.
_FRAME_WORDS = frozenset(fold(w) for w in (
    "phấn đấu đạt được từ trở lên ít nhất tối thiểu tối đa trên dưới khoảng gần hơn có thêm là ước "
    "đến năm mỗi hằng hàng cả toàn tỉnh huyện xã thành phố phường thị trấn còn mới chỉ so với kế hoạch "
    "mục tiêu chỉ tiêu bằng và với trong đó").split())
_FIGURE = re.compile(r"\d[\d.,]*")
_NOT_A_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Goal:
    """A target as the matcher sees it: its IRI, words and unit."""

    iri: str
    text: str | None
    unit: str | None


@dataclass(frozen=True)
class Report:
    """An outcome as the matcher sees it: its IRI, words, unit, the day it was reported as of, and the targets
    a reviewer said it does not answer (``refused``: their IRIs; it is never matched to them)."""

    iri: str
    text: str | None
    unit: str | None
    as_of: str | None = None
    refused: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Match:
    """An outcome matched to a target by its words (``score``: the token-set ratio, 0 to 100)."""

    target: str
    outcome: str
    score: float


def unit_words(unit: str | None) -> list[str]:
    """A unit's folded words (``Tỷ đồng`` -> ``["ty", "dong"]``); a percentage is the one word ``%``."""
    return fold(unit or "").split()


def same_unit(a: str | None, b: str | None) -> bool:
    """Do two units measure alike: equal once folded, or one only adds words after the other's
    (``hội viên`` and ``hội viên nông dân mới``)? ``%`` is a unit of its own: a percentage never
    matches a count, ``%/năm`` not ``%``."""
    wa, wb = unit_words(a), unit_words(b)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    return long[:len(short)] == short


def indicator_words(text: str | None, unit: str | None) -> str:
    """What a text measures: its folded words without figures, the unit's words and the frame words."""
    words = _NOT_A_WORD.sub(" ", _FIGURE.sub(" ", fold(text or ""))).split()
    drop = _FRAME_WORDS | set(unit_words(unit))
    return " ".join(w for w in words if w not in drop and not w.isdigit())


def similarity(goal: Goal, report: Report) -> float:
    """How close an outcome's words are to a target's (0 to 100); 0 where the units differ, either
    text has nothing left that names what it measures, or a reviewer refused the pair."""
    if goal.iri in report.refused or not same_unit(goal.unit, report.unit):
        return 0.0
    a, b = indicator_words(goal.text, goal.unit), indicator_words(report.text, report.unit)
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(a, b))


def match(goals: list[Goal], reports: list[Report], threshold: float = THRESHOLD, since: str | None = None) -> list[Match]:
    """Each report matched to the goal it is closest to, at ``threshold`` or above (a tie between two
    goals: none); of the reports of one day matched to one goal, only the closest (a tie: none, as
    when one sentence gives several figures in the goal's unit); a report dated before ``since``
    (the day the goals were set) answers none. Oldest report first per goal."""
    best: dict[tuple[str, str], list[Match]] = {}
    for report in reports:
        if since and report.as_of and report.as_of < since:
            continue
        scored = sorted(((similarity(g, report), g.iri) for g in goals), reverse=True)
        if not scored or scored[0][0] < threshold or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue
        best.setdefault((scored[0][1], report.as_of or ""), []).append(
            Match(target=scored[0][1], outcome=report.iri, score=round(scored[0][0], 1)))
    found = []
    for (_, day), same_day in best.items():
        same_day.sort(key=lambda m: -m.score)
        if len(same_day) == 1 or same_day[1].score < same_day[0].score:
            found.append((day, same_day[0]))
    found.sort(key=lambda x: (x[1].target, x[0], x[1].outcome))
    return [m for _, m in found]
