"""The shapes of the cards (what the pages lay out, their JSON twins return and ``dkg show``
prints), as typed dictionaries: each card and each entry of its lists (related documents, tasks,
targets, outcomes, events, sources, the evidence of links, the rows of a search) is named and
typed here. A field's place in its class is its place in the JSON, which the pages' JSON twins
and ``dkg show --format json`` keep."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired, TypeAlias, TypedDict, cast

from kg.review.model import Assessment, ReviewMark


class Labelled(TypedDict):
    iri: str
    label: str | None


class BodyLink(TypedDict):
    """A body and its page; a document's issuer known only by its code has neither IRI nor page."""

    iri: str | None
    label: str | None
    href: str | None


class Quote(TypedDict):
    """A quote (trích dẫn) that states a fact: the exact words, the text around them and, where
    the source says so, their offsets."""

    exact: str
    prefix: str | None
    suffix: str | None
    start: str | None
    end: str | None


class Source(TypedDict):
    """A source a fact was extracted (``extractedFrom``) or curated (``curatedFrom``) from."""

    iri: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    how: str
    quotes: list[Quote]
    review: str | None  #: the review page of a text ingested here (``/review/ID``), where its facts are checked
    #: the other sites that carry its article (``name``, ``publisher``, ``published``, ``url``: kg.rdf.carriers), only
    #: where there are any
    carriers: NotRequired[list[dict]]


class RelatedDocument(TypedDict):
    """A document linked to the card's: its relations (property names, as seen from the card's
    document: ``implements`` out, ``implementedBy`` in), named in the card's language."""

    relation: str
    relations: list[str]
    iri: str
    key: str
    date: str | None
    label: str | None
    relation_label: str
    href: str | None
    review: ReviewMark | None
    #: where it applies, as its own card says ("Xã Gia Viễn, Ninh Bình"): which province's plan carries the
    #: card's document out
    place: NotRequired[str | None]
    #: how many sources state its link with the card's document (texts that say it, records an editor made from a
    #: source): a link two articles state is one row, its sources counted (kg.cards.sources.link_source_counts)
    source_count: NotRequired[int]


class TaskBody(TypedDict):
    """A body in one role of a task."""

    iri: str
    href: str | None
    label: str | None


class Task(TypedDict):
    """A task (nhiệm vụ) of the document, with the bodies in each role: one field per role of
    ``kg.cards.TASK_ROLES``, named by its property (read them with :func:`role_bodies`)."""

    iri: str
    description: str | None
    deadline: str | None
    leadBody: list[TaskBody]
    coordinatingBody: list[TaskBody]
    participatingBody: list[TaskBody]
    monitoringBody: list[TaskBody]
    assignedBody: list[TaskBody]
    sources: list[Source]
    review: ReviewMark | None


class Outcome(TypedDict):
    """A reported outcome (kết quả): its figure, out of ``denominator`` where given, and, under a
    target in the same unit, the share of the target reached."""

    iri: str
    value: float | None
    denominator: float | None
    unit: str | None
    as_of: str | None
    status: str | None
    status_code: str | None
    text: str | None
    #: The share of the target reached, in % (None for a ceiling, "<=": ``share`` says how far under it)
    achievement_percent: float | None
    #: How far it went against the target, in the card's language (``kg.i18n.share_said``: "115%", or
    #: "thấp hơn mức chỉ tiêu 0,6 điểm %" for a ceiling); None elsewhere.
    share: str | None
    sources: list[Source]
    review: ReviewMark | None
    #: Under a target: ``stated`` (the source tied it, ``dkg:reportsTarget``), ``confirmed`` (a reviewer confirmed a
    #: matched pair, ``kg.review.ties``) or ``words`` (matched by its unit and words, ``kg.text.matching``; the
    #: analyst judges it); None elsewhere.
    link: str | None
    #: How close the words of a matched outcome are to its target's (0 to 100); None unless ``link`` is ``words``.
    similarity: float | None
    #: The key of the document the outcome was reported on where it is not the card's (a plan carrying it out).
    reported_on: str | None
    #: Under a target: whether the figure meets it by the target's comparator (None: not comparable).
    met: bool | None
    #: A reviewer's word in force on the pair (``link`` ``confirmed``): ``reviewer``, ``at``, ``iri`` (what the card's
    #: form sends back as ``seen``: ``kg.review.model.replacing``); None elsewhere.
    tie: dict | None


class Target(TypedDict):
    """A target (chỉ tiêu) the document sets, its outcomes and a reviewer's assessment."""

    iri: str
    text: str | None
    value: float | None
    unit: str | None
    comparator: str | None
    year: str | None
    period: str | None
    outcomes: list[Outcome]
    sources: list[Source]
    review: ReviewMark | None
    assessment: Assessment | None
    #: reviewers' words on a pair of an earlier version of this target or of its outcome, which could not be carried
    #: to the corrected facts (``kg.review.ties.earlier_ties``): ``reviewer``, ``state``, ``at``, ``reason``, ``outcome``
    earlier_ties: list[dict]


class Event(TypedDict):
    """A review event (sơ kết, tổng kết) of the document."""

    iri: str
    kind: str | None
    date: str | None
    organiser: str | None
    organiser_href: str | None
    period_start: str | None
    period_end: str | None
    place: str | None
    sources: list[Source]
    review: ReviewMark | None


class LinkSource(TypedDict):
    """The evidence for one of the document's links (subject and object by their labels)."""

    subject: str | None
    relation: str
    relation_label: str
    object: str | None
    sources: list[Source]
    review: ReviewMark | None


class SubjectMet(TypedDict):
    """One wording of what a document is about (trích yếu) as a text gave it, with the texts that gave it: a document
    met in several texts (one plan named twice, merged by its number) may be described differently in each."""

    subject: str
    sources: list[Source]  # the card's sources that gave it (each with its quotes), none where no text did
    facts: list[str]  # the pages of the document's facts read from those texts (/fact/ID: the sentence, to cite)


class DocumentSummary(TypedDict):
    """One of several documents that share a key."""

    iri: str
    key: str
    href: str
    label: str | None
    date: str | None
    place: str | None


class Ambiguous(TypedDict):
    """The answer for a key several documents share: each of them, to choose from."""

    key: str
    ambiguous: list[DocumentSummary]


class HeldFact(TypedDict):
    """A fact naming the document that a violation keeps out of the graph (chưa vào đồ thị): the
    document itself or a link, task, target, outcome or review said of it, waiting for a reviewer."""

    id: str
    kind: str
    line: str
    reason: str | None
    confidence: float
    quote: str
    review_href: str


class DocumentCard(TypedDict):
    """A document card (thẻ văn bản); ``as_of`` and ``before_issue`` when it is shown as of a day."""

    iri: str
    key: str
    symbol: str | None
    label: str | None
    types: list[Labelled]
    document_type: str | None
    issuer: BodyLink | None
    issuer_code: str | None
    level: str | None
    level_code: str | None
    jurisdiction: str | None
    date: str | None
    party_term: str | None
    subject: str | None
    graph_href: str
    scoreboard_href: str
    implements: list[RelatedDocument]
    implemented_by: list[RelatedDocument]
    tasks: list[Task]
    targets: list[Target]
    outcomes: list[Outcome]
    events: list[Event]
    sources: list[Source]
    #: every wording of its subject the graph holds, each with the texts that gave it (one where all agree)
    subjects: list[SubjectMet]
    review: ReviewMark | None
    review_counts: dict[str, int]
    link_sources: list[LinkSource]
    held: list[HeldFact]
    as_of: NotRequired[str]
    before_issue: NotRequired[bool]


#: A cell of a search result as JSON has it (dates written out).
Cell: TypeAlias = str | int | float | bool | None
#: A row of the ``search`` query: its columns are the query's, so a row is keyed by column name.
SearchRow: TypeAlias = dict[str, Cell]


class Merger(TypedDict):
    """A province of a search before and after 1 July 2025 (sắp xếp đơn vị hành chính)."""

    before: list[str]
    after: str


class CommuneMerger(TypedDict):
    """A commune, ward or town before 1 July 2025 (with its district and province) and the one after that took it
    over; ``search`` the words that find the documents of the new one."""

    before: str
    after: str
    search: str


class SearchResult(TypedDict):
    """Search (tìm kiếm): the rows of the ``search`` named query; ``unavailable`` where the
    catalogue has no such query."""

    query: str
    columns: list[str]
    rows: list[SearchRow]
    more: NotRequired[bool]
    unavailable: NotRequired[bool]
    #: the words searched where the query as typed found nothing and had a key glued to its number ("NQ68")
    searched: NotRequired[str]
    #: where the query names a province the 2025 reform merged: the provinces before and after ("Bình Định" ->
    #: "Gia Lai"; "Gia Lai" -> "Gia Lai", "Bình Định"), each searched by a click
    merger: NotRequired[Merger]
    #: where the query names a commune, ward or town before or after the reform: what it was and became
    communes: NotRequired[list[CommuneMerger]]


class CentralRow(TypedDict):
    iri: str
    key: str
    href: str
    date: str | None
    subject: str | None
    provinces: int
    documents: int


class NewestRow(TypedDict):
    iri: str
    key: str
    href: str
    date: str
    label: str | None
    level: str | None
    subject: str | None  # what it is about (trích yếu), where the graph knows it
    issuer: str | None  # the body that issued it, by its name
    place: str | None  # where it applies, as its card names it


class NodeName(TypedDict):
    """A node of the graph as an analyst reads it: its kind and its name, a document's card where it is one."""

    iri: str
    kind: str | None  # its class, in the reader's language ("Nhiệm vụ")
    name: str  # its label ("Chương trình 115-CTr/TU", a task's words), else the last part of its IRI
    href: str | None  # a document's card
    undated: bool  # an event the graph holds no day of (a text that did not say when it was held)


class EventRow(TypedDict):
    iri: str
    date: str
    kind: str | None
    key: str
    href: str


class BodyMatch(TypedDict):
    """A body whose name (or kind) a search names, as the directory lists it: its page lists the tasks it was
    given, each with its document and sentence."""

    name: str
    href: str | None
    kind_label: str | None
    place: str | None
    tasks: int
    issued: int


class Home(TypedDict):
    """The home page: central documents by how many provinces carried them out, the newest
    documents, recent reviews (sơ kết, tổng kết); with a search, the documents and the bodies it finds."""

    central: list[CentralRow]
    newest: list[NewestRow]
    events: list[EventRow]
    search: NotRequired[SearchResult | None]
    bodies: NotRequired[list[BodyMatch] | None]
    bodies_total: NotRequired[int]


class IssuedRow(TypedDict):
    key: str
    href: str
    date: str | None


class BodyTask(TypedDict):
    role: str
    role_label: str
    description: str | None
    key: str | None
    href: str | None


class BodyEvent(TypedDict):
    date: str | None
    kind: str | None
    key: str | None
    href: str | None


class BodyCard(TypedDict):
    """A body's card (cơ quan): what it is, where it sits, what it issued, its tasks by role."""

    iri: str
    id: str | None
    label: str | None
    canonical_name: str | None
    types: list[str | None]
    kind: str | None
    level: str | None
    jurisdiction: str | None
    parents: list[BodyLink]
    children: list[BodyLink]
    issued: list[IssuedRow]
    tasks: list[BodyTask]
    events: list[BodyEvent]


def role_bodies(task: Task, role: str) -> list[TaskBody]:
    """The bodies of ``task`` in the role whose property's local name is ``role`` (``leadBody``)."""
    # (a field named at run time: Task has one field per role, which tests/test_cards.py checks)
    return cast("list[TaskBody]", task.get(role, []))


def shows_review_legend(card: Mapping[str, object]) -> bool:
    """Does the card explain its ✓ (the legend of the reviewed facts)? Only where a fact on it was
    accepted or corrected, so that a ✓ is shown: facts only pending carry no ✓ to explain. The one
    rule of the document page and ``dkg show``."""
    counts = card.get("review_counts")
    return isinstance(counts, dict) and bool(counts.get("accepted") or counts.get("corrected"))
