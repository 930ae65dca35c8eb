"""What review is about, without a store: fact items, their stable ids, decisions and states.

A *fact item* (dữ kiện cần duyệt) is one fact of one ingested text, as the facts format writes
it (``kg.facts``), with its kind, evidence span, confidence and, when it failed a shape, the
violation. Its id is a digest of the source id, the kind, the fields that say which fact it is
(not a counter, so the same text ingested again gives the same ids) and, for identical facts
read twice in one text, its rank among them.

A *decision* (quyết định duyệt) is what a reviewer said about an item: accepted, corrected or
rejected, with the fact as it was and as it is now. A decision is about the fact as it stands when
the reviewer takes it (the extracted fact, or the reviewer's correction where there is one), and the
state of an item is what its decisions give when applied in the order they were taken (``state_of``):

* a correction sets the fact; it holds whatever the extractor reads next, and a later correction
  starts from it;
* an acceptance of an extracted fact holds while the evidence quote and the fact are unchanged (then
  ``accepted``; after a change ``pending`` again, the acceptance stale); an acceptance after a
  correction confirms the correction, which stands (the state stays ``corrected``: the graph holds the
  reviewer's fact, not the extractor's), however the text is read again;
* a rejection takes the fact out of the graph, corrected or not, and holds whatever the extractor
  does; the fact it rejected stays the one shown, so that accepting it again brings back that fact,
  its correction included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypedDict

from kg.asof import parse_day
from kg.errors import Conflict, Words, moment
from kg.rdf.build import SourceInfo
from kg.rdf.vocab import ROLE_BY_CODE
from kg.facts import LEVELS as LEVELS  # (kept here: the review pages and tables read the levels from the review model)
from kg.facts import Assignment, DocumentRef, Event, Facts, Link, Outcome, Place, Target
from kg.i18n import REVIEW, day_said, figure_said, task_said
from kg.text.dockeys import key_name
from kg.text.typed_place import read_place

KINDS = ("document", "link", "assignment", "target", "outcome", "event")
#: The list in ``Facts`` that holds each kind.
LIST_OF = {"document": "documents", "link": "links", "assignment": "assignments", "target": "targets",
           "outcome": "outcomes", "event": "events"}
STATES = ("pending", "accepted", "corrected", "rejected")
DECISIONS = ("accepted", "corrected", "rejected")

#: The fields that say which fact an item is; the others (a target's value, an event's
#: organiser ...) may change between extractor versions without making it another fact.
IDENTITY_FIELDS = {
    "document": ("key",),
    "link": ("from", "type", "to"),
    "assignment": ("body", "role", "document", "task"),
    "target": ("document", "text"),
    "outcome": ("document", "text"),
    "event": ("type", "date", "reviews"),
}

LINK_TYPES = ("implements", "continues", "amends", "replaces", "guides", "based_on", "cites")
ROLES = tuple(ROLE_BY_CODE)  # (the codes a correction may give, from the one table of roles)
COMPARATORS = (">=", "<=", "=", ">", "<", "~")
EVENT_TYPES = ("sơ kết", "tổng kết", "quán triệt", "làm việc", "hội nghị")

#: Which fields a correction may set, per kind, and how each value is read.
CORRECTABLE = {
    "document": ("type", "number", "issuer", "issuer_code", "level", "date", "subject", "place"),
    "link": ("from", "type", "to"),
    "assignment": ("body", "role", "document", "task"),
    "target": ("document", "text", "value", "unit", "comparator", "period"),
    "outcome": ("document", "text", "value", "unit", "of"),
    "event": ("type", "date", "organizer", "reviews"),
}
#: The fields of a fact that name documents by their keys (a link's two ends, a fact's document, an event's reviewed ones).
KEY_FIELDS = ("from", "to", "document", "reviews")
#: Other spellings of field names a reviewer may type.
FIELD_ALIASES = {"organiser": "organizer", "link_type": "type", "target": "to", "link": "type"}


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def identity(kind: str, fact: dict) -> str:
    """What says which fact ``fact`` is (its ``IDENTITY_FIELDS``), written canonically."""
    ident = {k: fact.get(k) for k in IDENTITY_FIELDS[kind]}
    if kind == "event":
        ident["reviews"] = sorted(ident.get("reviews") or [])
    return _canonical(ident)


def fact_id(source_id: str, kind: str, fact: dict, rank: int = 0) -> str:
    """The stable id of a fact: the same text read by the same (or a later) extractor gives
    the same id for the same fact."""
    return _id_of(source_id, kind, identity(kind, fact), rank)


def _id_of(source_id: str, kind: str, ident: str, rank: int) -> str:
    """:func:`fact_id` of a fact whose :func:`identity` is ``ident``."""
    digest = hashlib.sha1(f"{source_id}|{kind}|{ident}|{rank}".encode()).hexdigest()
    return "f" + digest[:12]


#: The shape of every :func:`fact_id` ("f" and twelve hexadecimal digits).
_FACT_ID = re.compile(r"f[0-9a-f]{12}")


def is_fact_id(value: str) -> bool:
    """Whether ``value`` has the shape of a fact's id (an address checked before the store is asked)."""
    return _FACT_ID.fullmatch(value) is not None


def comparable(fact: dict) -> dict:
    """The fact without what is not a claim about the world (the extractor's confidence)."""
    return {k: v for k, v in fact.items() if k not in ("confidence", "doubts", "evidence")}


@dataclass
class Item:
    """One fact of one source, as extracted, with where the text says it."""

    id: str
    source: str          # the source id (graph/source/{id})
    kind: str
    fact: dict           # as the facts format writes it
    start: int = 0
    end: int = 0
    quote: str = ""
    position: int = 0    # rank in reading order within the source
    confidence: float = 1.0
    violation_vi: str | None = None
    violation_en: str | None = None
    obj: object = field(default=None, repr=False, compare=False)  # the kg.facts item, when just extracted

    def violation(self, lang: str = "en") -> str | None:
        return self.violation_vi if lang == "vi" else self.violation_en


@dataclass
class Decision:
    """One reviewer's decision about one item (a prov:Activity)."""

    fact: str                 # the item id
    state: str                # accepted | corrected | rejected
    reviewer: str
    at: dt.datetime
    previous: dict            # the fact as the reviewer saw it
    new: dict | None = None   # the corrected fact (corrections), else None
    quote: str = ""           # the evidence quote the reviewer saw
    reason: str | None = None
    iri: str | None = None
    # where the fact was read (so that a confirmed fact outlives an extractor that no longer reads it)
    source: str | None = None
    kind: str | None = None
    start: int = 0
    end: int = 0
    # the decision this one was copied from (the same fact in an earlier version of the text)
    derived_from: str | None = None
    # the decision in force that this one replaced, where another reviewer took it (:func:`overridden`)
    overrides: str | None = None


def carried_decisions(earlier_source: str, earlier: dict[str, list[Decision]], items: list[Item]) -> dict[str, list[Decision]]:
    """The decisions about the facts of an earlier version of a text (``earlier``: by item id, the
    items of the source ``earlier_source``) copied to the same facts of its new version (``items``):
    a reviewer who rejected or corrected a fact does not see it come back when a corrected file
    replaces the text. Two items are the same fact where their identity fields are (and, for a fact
    read twice, their rank among its repeats); each copy keeps who decided, when, and the quote the
    reviewer saw, so an acceptance holds only where the new text says the same (``state_of``)."""
    out: dict[str, list[Decision]] = {}
    repeats = Counter((it.kind, identity(it.kind, it.fact)) for it in items)
    for it in items:
        # the rank its id was made with (its place among its repeats as the extractor listed them,
        # :func:`items_of`), which its place in reading order need not be
        ranks = range(repeats[(it.kind, identity(it.kind, it.fact))])
        rank = next((r for r in ranks if fact_id(it.source, it.kind, it.fact, r) == it.id), None)
        about = earlier.get(fact_id(earlier_source, it.kind, it.fact, rank)) if rank is not None else None
        if about:
            out[it.id] = [replace(d, fact=it.id, source=it.source, start=it.start, end=it.end, iri=None,
                                  derived_from=d.iri) for d in about]
    return out


def carried_item(source: str, text: str, decisions: list[Decision]) -> Item | None:
    """The item a reviewer confirmed (accepted or corrected) that the latest extraction of the same
    text no longer yields: the text is the same (a source id is a digest of it), so the evidence
    still says what the reviewer saw, and the confirmed fact stays."""
    ordered = sorted(decisions, key=lambda d: d.at)
    last = ordered[-1]
    if last.state not in ("accepted", "corrected") or last.kind not in KINDS or last.end <= last.start:
        return None
    # as the extractor gave it: before the first correction (which stands, accepted or not), else as accepted
    fact = next((d.previous for d in ordered if d.state == "corrected"), last.previous)
    return Item(id=last.fact, source=source, kind=last.kind, fact=fact, start=last.start, end=last.end,
                quote=text[last.start:last.end])


@dataclass
class Status:
    """An item's state and the fact as the graph should hold it."""

    state: str
    fact: dict
    decision: Decision | None = None   # the decision in force
    stale: Decision | None = None      # an acceptance the text or the extractor no longer supports


class Assessment(TypedDict):
    """A reviewer's assessment of a target (đánh giá mức đạt): a status code and a note."""

    status: str
    note: str | None


class MarkFact(TypedDict):
    """One fact item behind a graph node: its id, the source it came from and its state."""

    id: str
    source: str
    state: str


class ReviewMark(TypedDict):
    """How a graph node was reviewed, as the cards and the cascade mark it
    (``kg.review.review_marks`` says what each field holds)."""

    state: str
    reviewed: bool
    reviewer: str | None
    at: str | None
    facts: list[MarkFact]
    assessment: Assessment | None


def state_of(item: Item, decisions: list[Decision]) -> Status:
    """The state of ``item`` given every decision about it, applied in the order they were taken (see
    the module's docstring): the latest says the state, a correction before it what the fact is."""
    status = Status("pending", item.fact)
    corrected = False  # does the fact stand as a reviewer corrected it?
    for d in sorted(decisions, key=lambda d: d.at):
        if d.state == "rejected":
            status = Status("rejected", status.fact, d)
        elif d.state == "corrected" and d.new is not None:
            status, corrected = Status("corrected", d.new, d), True
        elif corrected:  # an acceptance of the corrected fact: the correction stands, confirmed
            status = Status("corrected", status.fact, d)
        elif d.quote == item.quote and comparable(d.previous) == comparable(item.fact):
            status = Status("accepted", item.fact, d)
        else:  # accepted as the text or the extractor no longer gives it
            status = Status("pending", item.fact, stale=d)
    return status


def overrides(in_force: Decision | None, reviewer: str, agrees: bool) -> Decision | None:
    """The one rule of every kind of review decision (a fact's word, a reviewer's word on a matched pair, a target's
    assessment): a new word undoes the word in force (``in_force``) where another reviewer gave it and the new word
    does not agree with it (``agrees``, which each kind judges: :func:`overridden` for facts). None where nothing is in
    force, where the same reviewer changes their own mind, or where the words agree: a colleague's word is never undone
    without it being said (recorded as ``dkg:overrides``, named in the answer, refused when the page showed another:
    :func:`replacing`)."""
    if in_force is None or in_force.reviewer == reviewer or agrees:
        return None
    return in_force


def overridden(status: Status, state: str, reviewer: str) -> Decision | None:
    """The decision in force (``status``'s) that a new decision ``state`` by ``reviewer`` on a fact would undo
    (:func:`overrides`): a correction or an acceptance of a fact another rejected, a rejection of a fact another
    accepted or corrected, a correction of another's correction. A second rejection and an acceptance of the fact as
    it stands (corrected or not) agree with the word in force."""
    return overrides(status.decision, reviewer, fact_agrees(status, state))


def fact_agrees(status: Status, state: str) -> bool:
    """Does a new word ``state`` on a fact agree with the one in force (``status``): a second rejection, or an
    acceptance of the fact as it stands (corrected or not)?"""
    return state == "rejected" == status.state or (state == "accepted" and status.state in ("accepted", "corrected"))


def replacing(in_force: Decision | None, reviewer: str, agrees: bool, seen: str | None, *,
              what: str = "fact") -> Decision | None:
    """The word in force a new word undoes (:func:`overrides`), checked against ``seen``, the IRI of the word in
    force the reviewer was shown ("" for none; None where the client says nothing of it, as the CLI): where
    another reviewer's word came since and the new one would undo it, :class:`kg.errors.Conflict` (409) naming
    who gave which word, when and why, and nothing is written. ``what``: ``fact``, ``tie`` or ``assessment``,
    how the refusal names the word. Every kind of review decision goes through it."""
    earlier = overrides(in_force, reviewer, agrees)
    if earlier is not None and seen is not None and seen != (earlier.iri or ""):
        raise Conflict(code="decision-changed", details={
            "reviewer": earlier.reviewer, "fact": earlier.fact,
            "word": Words("decided." + (earlier.state if what == "fact" else f"{what}-{earlier.state}")),
            "at": moment(earlier.at.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")),
            "why": f" ({earlier.reason})" if earlier.reason else ""})
    return earlier


def replaced_json(earlier: Decision, lang: str = "en", what: str = "fact") -> dict:
    """Another reviewer's decision that a decision replaced, as the answers and the history say it: who, the word
    they gave (``what``: on a ``fact``, a ``tie`` or an ``assessment``, and ``state``), when and why, and ``said``,
    the sentence :func:`replaced_text` makes in ``lang``."""
    out = {"reviewer": earlier.reviewer, "state": earlier.state, "what": what, "at": earlier.at.isoformat(),
           "reason": earlier.reason, "decision": earlier.iri}
    return {**out, "said": replaced_text(out, lang)}


def replaced_text(earlier: dict, lang: str = "en") -> str:
    """"This replaces Lan's rejection of 2026-12-05 09:30 UTC (reason)" in ``lang``, of :func:`replaced_json`'s fields
    (a server's answer read back by the CLI is said in the CLI's language). The name and the reason are the words
    reviewers gave: escaped wherever they are shown."""
    words = REVIEW[lang if lang in REVIEW else "en"]
    at = day_said(dt.datetime.fromisoformat(earlier["at"]).astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"), lang) + " UTC"
    what = earlier.get("what") or "fact"
    word = words["word_" + (earlier["state"] if what == "fact" else f"{what}_{earlier['state']}")]
    said = words["replaces"].format(reviewer=earlier["reviewer"], word=word, at=at)
    return said + (f" ({earlier['reason']})" if earlier.get("reason") else "")


# --- reading facts back ------------------------------------------------------------------
def _date(value: Any, field_name: str = "date") -> dt.date | None:
    return parse_day(value, field_name)


def fact_object(kind: str, d: dict, span: tuple[int, int] = (0, 0)):
    """The ``kg.facts`` item for a fact dict of ``kind``."""
    if kind == "document":
        return DocumentRef(key=d["key"], type=d.get("type"), number=d.get("number"), issuer=d.get("issuer"),
                           issuer_code=d.get("issuer_code"), level=d.get("level"), date=_date(d.get("date")),
                           subject=d.get("subject"), span=span,
                           place=place_of(d["place"]) if d.get("place") else None)
    if kind == "link":
        return Link(from_=d["from"], type=d["type"], to=d["to"], span=span)
    if kind == "assignment":
        return Assignment(body=d["body"], role=d["role"], document=d.get("document"), task=d.get("task"), span=span)
    if kind == "target":
        return Target(document=d.get("document"), text=d.get("text") or "", value=d.get("value"),
                      unit=d.get("unit"), comparator=d.get("comparator"), period=d.get("period"), span=span)
    if kind == "outcome":
        return Outcome(document=d.get("document"), text=d.get("text") or "", value=d.get("value"),
                       unit=d.get("unit"), of=d.get("of"), as_of=_date(d.get("as_of")), span=span)
    if kind == "event":
        return Event(type=d["type"], date=_date(d.get("date")), organizer=d.get("organizer"),
                     reviews=list(d.get("reviews") or []), span=span)
    raise ValueError(f"unknown fact kind {kind!r}")


def assemble(source: SourceInfo, text: str | None, pairs: list[tuple[Item, object]]) -> Facts:
    """A ``Facts`` object of one source holding the ``kg.facts`` objects of (item, object) pairs."""
    out = Facts(source=source.name, place=Place(province=source.place.province, district=source.place.district,
                                                scheme=source.place.scheme),
                text=text, date=source.date)
    for item, obj in pairs:
        getattr(out, LIST_OF[item.kind]).append(obj)
    return out


def place_of(raw: str) -> Place:
    """The place (địa bàn) a reviewer gives a document, read as :func:`kg.text.typed_place.read_place` reads a typed
    place: "Lào Cai", "huyện Cao Lộc, Lạng Sơn", "phường Minh Xuân, Tuyên Quang", "xã Xuân Long, Cao Lộc, Lạng Sơn"."""
    typed = read_place(raw, f"place={raw!r}")
    return Place(province=typed.province.name, district=typed.district, commune=typed.commune, scheme=typed.scheme)


def one_line(kind: str, fact: dict, relation: Callable[[str], str] | None = None,
             role: Callable[[str], str] | None = None, lang: str = "en") -> str:
    """A fact in one line, for tables and the review page, read as a short sentence: the link's type
    between its documents, the body with its role, a figure before the words it came from.
    ``relation`` and ``role`` name a link's type and a body's role in the reader's language (their
    codes where None); documents are named as a reader names them (``kg.text.dockeys.key_name``: 'Kế hoạch
    thực hiện ...' for the key 'KH:thực hiện ...', which the correction form keeps); ``lang`` says figures (``≥ 1.500``, the sign apart) and a task done in it (``kg.i18n``)."""
    if kind == "document":
        return " · ".join(str(x) for x in (key_name(fact.get("key")), fact.get("issuer"), fact.get("date"), fact.get("place")) if x)
    if kind == "link":
        code = fact.get("type") or ""
        return f"{key_name(fact.get('from'))} {relation(code) if relation else code} {key_name(fact.get('to'))}"
    if kind == "assignment":
        code = fact.get("role") or ""
        # a fact the text ties to no document says so by naming none (it printed '?', which read as a fault)
        head = " · ".join(x for x in (f"{fact.get('body')} ({role(code) if role else code})", key_name(fact.get("document"))) if x)
        task = task_said(fact.get("task"), lang)
        return f"{head}: {task}" if task else head
    if kind in ("target", "outcome"):
        value = fact.get("value")
        figure = "" if value is None else figure_said(value, fact.get("unit"), fact.get("comparator"), lang)
        document = key_name(fact.get("document"))
        head = f"{document}: {figure}" if document and figure else document or figure
        return " · ".join(x for x in (head, fact.get("text")) if x)
    reviewed = ", ".join(key_name(k) for k in fact.get("reviews") or [])
    return " · ".join(str(x) for x in (fact.get("type"), fact.get("date"), fact.get("organizer"), reviewed) if x)


def items_of(source_id: str, facts: Facts) -> list[Item]:
    """The items of one text's facts, in reading order (by evidence start, then kind)."""
    out: list[Item] = []
    seen: dict[tuple, int] = {}
    order = 0
    for kind in KINDS:
        for obj in getattr(facts, LIST_OF[kind]):
            fact = obj.to_dict()
            ident = identity(kind, fact)
            key = (kind, ident)
            rank = seen.get(key, 0)
            seen[key] = rank + 1
            start, end = obj.quoted_span(facts.text) if obj.span else (0, 0)
            quote = facts.text[start:end] if facts.text and end > start else ""
            confidence = fact.get("confidence", getattr(obj, "confidence", None))
            out.append(Item(id=_id_of(source_id, kind, ident, rank), source=source_id, kind=kind, fact=fact,
                            start=start, end=end, quote=quote, position=order,
                            confidence=1.0 if confidence is None else float(confidence), obj=obj))
            order += 1
    out.sort(key=lambda i: (i.start if i.end > i.start else 10**9, KINDS.index(i.kind), i.position))
    for n, item in enumerate(out):
        item.position = n
    return out


_SENTENCE_END = re.compile(r"[.!?;…]\s|\n")
_SPACE = re.compile(r"\s+")


def sentence_around(text: str, start: int, end: int, margin: int = 200) -> dict:
    """The sentence that holds ``text[start:end]`` and up to ``margin`` characters either side, in whole words."""
    if not text or end <= start:
        return {"before": "", "sentence": "", "after": ""}
    a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    b = m.start() + 1 if m else len(text)
    # (the margins end at a space, so that no word is shown cut: "ận xã hội" for "dư luận xã hội")
    first = max(0, a - margin)
    if first > 0 and not text[first - 1].isspace():
        space = _SPACE.search(text, first, a)
        first = space.end() if space else a
    last = min(len(text), b + margin)
    if last < len(text) and not text[last].isspace():
        last = max((m.start() for m in _SPACE.finditer(text, b, last)), default=b)
    return {"before": text[first:a], "sentence": text[a:b], "after": text[b:last], "start": a, "end": b}
