"""The records of document mentions (đề cập văn bản) and documents: :class:`Mention` (one mention and what its tail
says), :class:`Mentions` (a text's mentions, counting its changes), :class:`DocInfo` (a document as the text
names it), and the cut of a list of objects before a sibling of the subject. Imports no other documents module."""
from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Self

from kg.extract.mention_words import PERIOD_ONLY
from kg.extract.text import fold_same_length
from kg.text.symbols import Symbol


@dataclass
class Mention:
    start: int
    end: int
    type: str | None = None
    number: str | None = None
    symbol: Symbol | None = None
    tail_end: int = 0
    issuer: str | None = None
    issuer_code: str | None = None
    issuer_level: str | None = None
    term: str | None = None
    date: _dt.date | None = None
    subject: str | None = None
    key: str | None = None
    kind: str = "numbered"        # numbered | named | resolved | planned
    cue: tuple[str, int] | None = None   # (link type, position of the first object)
    explicit_issuer: bool = False
    yardstick: bool = False       # a plan another level set, named only as what a figure is measured against
    subject_span: tuple[int, int] | None = None
    approves: "Mention | None" = None    # the programme or đề án this decision approved
    draft: bool = False           # a plan still to be drafted (point (j)): no document nor link, only what a task is about


def without_siblings(objects: list[Mention], type_code: str | None, issuer_code: str | None,
                     level: str | None = None, date: _dt.date | None = None) -> list[Mention]:
    """A list of objects cut before its first later numbered item of the subject's own type and issuer: issued
    beside the subject, not carried out by it ('Kế hoạch số 30/KH-SNN về triển khai Đề án ... và Kế hoạch số
    31/KH-SNN về ...', 'UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 05-NQ/TU và Kế hoạch số 99/KH-UBND';
    a Tỉnh ủy's resolution that carries on two of the Central Committee's keeps both). An item whose issuer is named
    at another level than the subject's is no sibling ('Kế hoạch số 66/KH-UBND của UBND huyện thực hiện Nghị quyết
    số 30-NQ/TU và Kế hoạch số 140/KH-UBND của UBND tỉnh'). Nor is one dated after the subject's ``date`` carried
    out by it ('Kế hoạch số 96/KH-UBND ngày 14/7/2017 triển khai thi hành Luật Trẻ em và Quyết định số 25/2018/QĐ-UBND
    ngày 10/8/2018 ban hành Quy chế ...': the decision was issued beside it, a year later)."""
    for i, o in enumerate(objects[1:], 1):
        if date is not None and o.date is not None and o.date > date:
            return objects[:i]
        if o.symbol is not None and o.type == type_code and o.symbol.issuer == issuer_code \
                and not (level and o.explicit_issuer and o.issuer_level and o.issuer_level != level):
            return objects[:i]
    return objects


@dataclass
class DocInfo:
    key: str
    type: str | None
    number: str | None
    issuer: str | None = None
    issuer_code: str | None = None
    level: str | None = None
    date: _dt.date | None = None
    subject: str | None = None
    system: str | None = None
    span: tuple[int, int] = (0, 0)
    mentions: list[tuple[int, int]] = field(default_factory=list)


class Mentions(list[Mention]):
    """A text's mentions in the order the passes found them, counting the changes made to the list, so
    that what is looked up by position (:meth:`MentionReader.by_start`) is sorted once between changes:
    sorted or scanned once per cue, a crafted text of thousands of mentions took seconds."""

    _serials = itertools.count()

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.serial = next(self._serials)
        self.version = 0

    def _changed(self) -> None:
        self.version += 1

    def append(self, item) -> None:
        self._changed()
        super().append(item)

    def extend(self, items) -> None:
        self._changed()
        super().extend(items)

    def insert(self, index, item) -> None:
        self._changed()
        super().insert(index, item)

    def remove(self, item) -> None:
        self._changed()
        super().remove(item)

    def pop(self, index=-1):
        self._changed()
        return super().pop(index)

    def clear(self) -> None:
        self._changed()
        super().clear()

    def sort(self, *args, **kwargs) -> None:
        self._changed()
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._changed()
        super().reverse()

    def __setitem__(self, index, value) -> None:
        self._changed()
        super().__setitem__(index, value)

    def __delitem__(self, index) -> None:
        self._changed()
        super().__delitem__(index)

    def __iadd__(self, items: Iterable[Mention]) -> Self:  # type: ignore[override,misc]  # as typeshed has it
        self._changed()
        return super().__iadd__(items)


def key_by_approving_decision(mentions: list[Mention]) -> None:
    """A programme, đề án or strategy with no symbol of its own, approved or issued by a numbered decision the text
    names ('Quyết định số 12/QĐ-UBND phê duyệt Chương trình ...', 'Đề án ... ban hành kèm theo Quyết định số ...'),
    is that decision, as the decision carries it in an annex (tests/ANNOTATION.md (b)): every mention of it takes the
    decision's key, type and number, and the decision's subject names it. A programme approved by two decisions
    stays itself (which one is meant is not said). The same title named without the period the decision's title
    gives it ('Đề án xóa nhà tạm ...' beside '... phê duyệt Đề án xóa nhà tạm ... đến năm 2025') is the same
    programme."""
    decisions: dict[str, set[str]] = {}
    by_key: dict[str, Mention] = {}
    for m in mentions:
        a = m.approves
        if a is not None and a.key and a.symbol is None and m.key and m.kind == "numbered" and m.key != a.key:
            decisions.setdefault(a.key, set()).add(m.key)
            by_key[a.key] = m
    for m in mentions:
        if m.kind == "named" and m.symbol is None and m.key and m.key not in decisions:
            full = _titled_with_period(m.key, decisions)
            if full is not None:
                decisions[m.key], by_key[m.key] = decisions[full], by_key[full]
                # (the decision's subject is the full title, read where it is named)
                if len(decisions[full]) == 1 and by_key[full].subject is None:
                    by_key[full].subject = next((x.subject for x in mentions if x.key == full and x.subject), None) \
                        or full.split(":", 1)[-1]
    for m in mentions:
        if m.key not in decisions or len(decisions[m.key]) != 1:
            continue
        decision = by_key[m.key]
        if decision.subject is None:
            decision.subject = m.subject or m.key.split(":", 1)[-1]
        m.key, m.type, m.number = decision.key, decision.type, decision.number


def _titled_with_period(key: str, approved) -> str | None:
    """The one approved key that is ``key``'s title followed by a period only ('... đến năm 2025', '... giai đoạn
    2021 - 2025'), else None."""
    kind, _, title = key.partition(":")
    folded = fold_same_length(title)
    found = [k for k in approved if k.startswith(kind + ":") and len(k) > len(key)
             and fold_same_length(k.partition(":")[2]).startswith(folded)
             and PERIOD_ONLY.fullmatch(fold_same_length(k.partition(":")[2]), len(title))]
    return found[0] if len(found) == 1 else None
