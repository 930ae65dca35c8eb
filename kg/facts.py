"""Typed view of the `facts` interchange format (shared contract `facts.md`).

Every item carries ``span``: (start, end) character offsets into the source text it was read
from, for Web Annotation selectors, and, when extracted, a ``confidence`` in [0, 1] (written as
the extra key ``confidence``, which the scorer ignores, and why it is lower where it is, the extra key ``doubts``). ``to_dict()`` gives the contract JSON; with
``evidence=True`` each item also gets an ``evidence`` object {start, end, exact, prefix, suffix}
(extra keys are ignored by the scorer).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LEVELS", "LEVEL_RANK", "Span", "Place", "DocumentRef", "Link", "Assignment", "Target", "Outcome", "Event", "Facts",
           "evidence_of"]

Span = tuple[int, int]

#: The administrative levels a document is issued at (cấp: trung ương, tỉnh, huyện, xã), top to bottom:
#: the values of ``DocumentRef.level``, in the order the cascade draws them.
LEVELS = ("central", "province", "district", "commune")
#: Each level's place in :data:`LEVELS` (0 for central), for sorting documents top down.
LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}


def evidence_of(text: str, span: Span | None, context: int = 32) -> dict[str, Any] | None:
    """Web-Annotation-style selector parts for a span of ``text``."""
    if span is None or text is None:
        return None
    a, b = span
    a = max(0, min(a, len(text)))
    b = max(a, min(b, len(text)))
    return {"start": a, "end": b, "exact": text[a:b],
            "prefix": text[max(0, a - context):a], "suffix": text[b:b + context]}


def _iso(d: _dt.date | str | None) -> str | None:
    if d is None:
        return None
    if isinstance(d, _dt.date):
        return d.isoformat()
    return str(d)


@dataclass
class _Item:
    span: Span = field(default=(0, 0), kw_only=True)
    #: how sure the extractor is, in [0, 1]: high where a symbol and a cue word state the fact, lower
    #: where it was inferred from scope or position (``None`` for curated facts)
    confidence: float | None = field(default=None, kw_only=True)
    #: why the confidence is below the top, by code (``kg.extract.confidence.DOUBTS``: "scope" where the document
    #: was inferred from the paragraph or heading, "position", "no-cue" ...), said in words on review
    doubts: tuple[str, ...] = field(default=(), kw_only=True)

    def _contract(self) -> dict[str, Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def quoted_span(self, text: str | None) -> Span:
        """The span the graph and the review page quote as its evidence: its own."""
        return self.span

    def to_dict(self, text: str | None = None, evidence: bool = False) -> dict[str, Any]:
        d = self._contract()
        if self.confidence is not None:
            d["confidence"] = round(float(self.confidence), 2)
            if self.doubts:
                d["doubts"] = list(self.doubts)
        if evidence:
            ev = evidence_of(text, self.span) if text is not None else {"start": self.span[0], "end": self.span[1]}
            d["evidence"] = ev
        return d


@dataclass
class Place(_Item):
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    #: the map the place is on where no day says it: "2025" where it names a unit only the map from 1 July 2025 has
    #: (kg.extract.place, kg.text.typed_place); None: the map of the text's day (not in the contract)
    scheme: str | None = None

    def _contract(self) -> dict[str, Any]:
        return {"province": self.province, "district": self.district}


@dataclass
class DocumentRef(_Item):
    key: str
    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    issuer_code: str | None = None
    level: str | None = None
    date: _dt.date | None = None
    subject: str | None = None
    system: str | None = None          # party | state (not in the contract)
    mentions: list[Span] = field(default_factory=list)   # every span that refers to it
    place: Place | None = None         # where a reviewer placed it, over the text's place (not in the contract)

    def quoted_span(self, text: str | None) -> Span:
        """Its own span, unless that does not give its number (a headline's bare "Kế hoạch", which a reader cannot
        tell from another plan) and a later mention does ("Kế hoạch số 12-KH/TU ngày ..."): that mention's."""
        if not self.number or text is None:
            return self.span
        number = str(self.number)
        return next((m for m in (self.span, *self.mentions) if _gives_number(text, number, m[0], m[1])), self.span)

    def _contract(self) -> dict[str, Any]:
        return {"key": self.key, "type": self.type, "number": self.number, "issuer": self.issuer,
                "issuer_code": self.issuer_code, "level": self.level, "date": _iso(self.date),
                "subject": self.subject}


def _gives_number(text: str, number: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds ``number`` as a number: the '5' of 5-KH/HU is not the 5 of '2025' in 'Kế
    hoạch năm 2025' (no digit before it, even before ``start``, nor after it within ``end``). Found without a
    pattern: one compiled for each document's number filled ``re``'s cache, whose oldest patterns, the extractor's
    and the builder's, were then compiled again."""
    end = min(end, len(text))
    at = text.find(number, start, end)
    while at >= 0:
        after = at + len(number)
        if not (at and text[at - 1].isdecimal()) and not (after < end and text[after].isdecimal()):
            return True
        at = text.find(number, at + 1, end)
    return False


@dataclass
class Link(_Item):
    from_: str
    type: str
    to: str

    def _contract(self) -> dict[str, Any]:
        return {"from": self.from_, "type": self.type, "to": self.to}


@dataclass
class Assignment(_Item):
    body: str
    role: str
    document: str | None = None
    task: str | None = None

    def _contract(self) -> dict[str, Any]:
        return {"body": self.body, "role": self.role, "document": self.document, "task": self.task}


@dataclass
class Target(_Item):
    document: str | None
    text: str
    value: float | int | None
    unit: str | None = None
    comparator: str | None = "="
    period: str | None = None

    def _contract(self) -> dict[str, Any]:
        return {"document": self.document, "text": self.text, "value": self.value, "unit": self.unit,
                "comparator": self.comparator, "period": self.period}


@dataclass
class Outcome(_Item):
    document: str | None
    text: str
    value: float | int | None
    unit: str | None = None
    of: float | int | None = None
    #: the day the figure is counted to where its sentence gives one ('tính đến ngày 31/10/2025'); None: the text's
    #: day (kg.extract.outcome_dates)
    as_of: _dt.date | None = None

    def _contract(self) -> dict[str, Any]:
        d = {"document": self.document, "text": self.text, "value": self.value, "unit": self.unit, "of": self.of}
        if self.as_of is not None:
            d["as_of"] = _iso(self.as_of)
        return d


@dataclass
class Event(_Item):
    type: str
    date: _dt.date | None = None
    organizer: str | None = None
    reviews: list[str] = field(default_factory=list)

    def _contract(self) -> dict[str, Any]:
        return {"type": self.type, "date": _iso(self.date), "organizer": self.organizer,
                "reviews": list(self.reviews)}


@dataclass
class Facts:
    source: str = ""
    place: Place = field(default_factory=Place)
    documents: list[DocumentRef] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    text: str | None = field(default=None, repr=False)     # the source text the spans refer to
    date: _dt.date | None = None                            # the text's own date, where known

    def to_dict(self, evidence: bool = False) -> dict[str, Any]:
        t = self.text
        place = self.place.to_dict(t, evidence) if (self.place.province or self.place.district) else None
        return {
            "source": self.source,
            "place": place,
            "documents": [d.to_dict(t, evidence) for d in self.documents],
            "links": [x.to_dict(t, evidence) for x in self.links],
            "assignments": [x.to_dict(t, evidence) for x in self.assignments],
            "targets": [x.to_dict(t, evidence) for x in self.targets],
            "outcomes": [x.to_dict(t, evidence) for x in self.outcomes],
            "events": [x.to_dict(t, evidence) for x in self.events],
        }
