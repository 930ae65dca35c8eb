"""Confidence of each extracted fact, in [0, 1], so that review can start with the doubtful ones.

The score says how directly the text states the fact, not how likely it is true in the world:
* high (0.85-0.95) where a symbol and a cue word state it in the same sentence ('Kế hoạch số
  74-KH/HU ... thực hiện Nghị quyết số 46-NQ/TW'; 'Sở Nội vụ chủ trì, phối hợp với ...');
* middle (0.65-0.8) where the kind of fact comes from its position (an item of a goal list, a
  figure in a paragraph that opens on a past span), the role from a generic verb, or a
  document from its number and issuer rather than a printed symbol;
* lower again where the document a fact belongs to is not named in its sentence but inferred from
  the paragraph or heading (scope), or where an event's year, or the event itself, is undated.
Rules, not a model: each step is a cue word or a fact field, listed below with the step it costs. Each step that
costs names itself in the fact's ``doubts`` (:data:`DOUBTS`), which review says in words (why a fact is doubtful).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from kg.extract.alternation import word_start
from kg.extract.text import fold_same_length
from kg.facts import Facts
from kg.text.doctypes import document_types
from kg.text.symbols import SPACES

_LINK_CUE = re.compile(word_start(fold_same_length(
    r"(?<![a-z])(?:căn cứ|thực hiện|triển khai|cụ thể hóa|tiếp tục|thay thế|sửa đổi|bổ sung|hướng dẫn|"
    r"quy định chi tiết|trên cơ sở|xét)(?![a-z])")))
_ROLE_CUE = {
    "lead": re.compile(word_start(fold_same_length(r"(?<![a-z])(?:chủ trì|lãnh đạo|chỉ đạo|phụ trách|tham mưu)(?![a-z])"))),
    "coordinate": re.compile(word_start(fold_same_length(r"(?<![a-z])phối hợp(?![a-z])"))),
    "monitor": re.compile(word_start(fold_same_length(r"(?<![a-z])(?:kiểm tra|giám sát|theo dõi|đôn đốc)(?![a-z])"))),
    "participate": re.compile(word_start(fold_same_length(r"(?<![a-z])(?:tham gia|tuyên truyền|vận động|thực hiện|phổ biến)(?![a-z])"))),
}
_DIRECTIVE_CUE = re.compile(word_start(fold_same_length(r"(?<![a-z])(?:giao|yêu cầu|đề nghị|phân công)(?![a-z])")))
_TARGET_CUE = re.compile(word_start(fold_same_length(
    r"(?<![a-z])(?:phấn đấu|mục tiêu|chỉ tiêu|đến năm|hằng năm|hàng năm|ít nhất|tối thiểu|trở lên|không quá)(?![a-z])")))
_OUTCOME_CUE = re.compile(word_start(fold_same_length(
    r"(?<![a-z])(?:đã|đạt|vượt|hoàn thành|kết nạp|thành lập|huy động|giải ngân|đến nay)(?![a-z])")))
_EVENT_TYPE_WORD = re.compile(word_start(fold_same_length(r"(?<![a-z])(?:sơ kết|tổng kết|quán triệt|làm việc)(?![a-z])")))
_SENT_STOP = re.compile(r"[.!?;\n](?=\s)|\n")
_YEAR = re.compile(word_start(r"(?<!\d)(?:19|20)\d\d(?!\d)"))

#: the steps that cost a fact confidence, by the code its ``doubts`` lists (kg.i18n says each in words)
DOUBTS = ("unnumbered", "symbol-built", "unnumbered-end", "no-cue", "position", "scope", "undated", "year-inferred",
          "no-type-word")


def assign_confidence(facts: Facts, folded: str | None = None, stops: list[int] | None = None) -> None:
    """Set ``confidence`` on every document, link, assignment, target, outcome and event.
    ``folded``: the folded source text when the caller has it (offsets must match the source's);
    ``stops``: the sorted offsets where its sentences end, likewise."""
    f = folded if folded is not None else fold_same_length(facts.text or "")
    if stops is None:
        stops = [m.end() for m in _SENT_STOP.finditer(f)]
    cache: dict[tuple[int, int], str] = {}

    def _sentence(span: tuple[int, int]) -> str:
        """The folded sentence around a span."""
        if span not in cache:
            cache[span] = _sentence_at(f, stops, span)
        return cache[span]

    printed = f.replace(" ", "").replace("\n", "")
    for d in facts.documents:
        if d.number is None or ":" in d.key:
            d.confidence, d.doubts = 0.6, ("unnumbered",)       # no number: found by its type word and description
        elif SPACES.sub("", fold_same_length(d.key)) in printed:
            d.confidence = 0.95         # the symbol is printed
        else:
            d.confidence, d.doubts = 0.8, ("symbol-built",)     # built from a number and an issuer, or an alias
    for x in facts.links:
        s = _sentence(x.span)
        cued = _LINK_CUE.search(s) is not None
        c = 0.9 if cued else 0.7
        unnumbered = sum(":" in k for k in (x.from_, x.to))
        c -= 0.1 * unnumbered
        x.confidence = _clip(c)
        x.doubts = ("no-cue",) * (not cued) + ("unnumbered-end",) * bool(unnumbered)
    for a in facts.assignments:
        s = _sentence(a.span)
        rx = _ROLE_CUE.get(a.role)
        cued = rx is not None and rx.search(s) is not None
        c = 0.85 if cued else 0.65     # else: the role from a generic verb
        if _DIRECTIVE_CUE.search(s):
            c += 0.05
        scoped = bool(a.document) and not _names(s, a.document or "")
        if scoped:
            c -= 0.15                   # the document comes from the paragraph or heading
        a.confidence = _clip(c)
        a.doubts = ("no-cue",) * (not cued) + ("scope",) * scoped
    for t in facts.targets:
        s = _sentence(t.span)
        placed = _TARGET_CUE.search(s) is None
        c = 0.7 if placed else 0.85     # placed: its place in a goal list says it is a target
        scoped = bool(t.document) and not _names(s, t.document or "")
        if scoped:
            c -= 0.1
        t.confidence = _clip(c)
        t.doubts = ("position",) * placed + ("scope",) * scoped
    for o in facts.outcomes:
        s = _sentence(o.span)
        placed = _OUTCOME_CUE.search(s) is None
        c = 0.65 if placed else 0.85    # placed: a paragraph on a past span says it is an outcome
        scoped = bool(o.document) and not _names(s, o.document or "")
        if scoped:
            c -= 0.1
        o.confidence = _clip(c)
        o.doubts = ("position",) * placed + ("scope",) * scoped
    for e in facts.events:
        s = _sentence(e.span)
        doubts: tuple[str, ...] = ()
        if e.date is None:
            c, doubts = 0.6, ("undated",)          # the meeting is reported, its day is not
        elif str(e.date.year) in _YEAR.findall(s):
            c = 0.9
        else:
            c, doubts = 0.75, ("year-inferred",)   # the year comes from the page's date line or the headline
        if e.type != "hội nghị" and not _EVENT_TYPE_WORD.search(s):
            c -= 0.1
            doubts += ("no-type-word",)
        e.confidence = _clip(c)
        e.doubts = doubts


def _sentence_at(f: str, stops: list[int], span: tuple[int, int]) -> str:
    """The folded sentence around a span (at most 400 characters either side): from the last
    sentence stop before it to the first after it."""
    a, b = span
    if a == b == 0 or not f:
        return ""
    k = bisect_right(stops, a) - 1
    start = max(stops[k] if k >= 0 else 0, a - 400)
    j = bisect_right(stops, b)
    end = min(stops[j] - 1 if j < len(stops) else len(f), b + 400)
    return f[start:max(end, b)]


@lru_cache(maxsize=1)
def _type_words() -> dict[str, tuple[str, ...]]:
    """Type code -> the folded Vietnamese words for it ('KH' -> ('ke hoach',); 'QĐ' -> both
    'quyet dinh' and 'quy dinh')."""
    return {code: tuple(fold_same_length(n) for n in t.names) for code, t in document_types().items()}


_CODE_IN_KEY = re.compile(r"^[^-/:]*[-/](?:\d{4}/)?([^\W\d_]+)[-/]|^([^\W\d_]+):")


def _names(sentence: str, key: str) -> bool:
    """Does the sentence name the document: its number, its type word ('Kế hoạch giao ...'), or the
    first words of a description?"""
    rx = _type_word_rx(key)
    if rx is not None and rx.search(sentence):
        return True
    if ":" in key:
        words = fold_same_length(key.split(":", 1)[1]).split()[:2]
        return bool(words) and " ".join(words) in sentence
    rx = _number_rx(key)
    return rx is not None and rx.search(sentence) is not None


@lru_cache(maxsize=4096)
def _type_word_rx(key: str) -> re.Pattern | None:
    cm = _CODE_IN_KEY.match(key)
    words = _type_words().get(cm.group(1) or cm.group(2)) if cm else None
    if not words:
        return None
    return re.compile(word_start(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])"))


@lru_cache(maxsize=4096)
def _number_rx(key: str) -> re.Pattern | None:
    num = re.match(r"\d+[a-z]?", fold_same_length(key))
    return re.compile(word_start(rf"(?<!\d){re.escape(num.group(0))}(?!\d)")) if num else None


def _clip(c: float) -> float:
    return round(min(1.0, max(0.0, c)), 2)
