"""The shapes of the cards (what the pages lay out, their JSON twins return and ``dkg show``
prints), as typed dictionaries: each card's own fields are named and typed here; the lists of
related documents, tasks, targets, events and sources keep their entries as dictionaries (their
fields are those :mod:`kg.cards.document` writes)."""

from __future__ import annotations

from typing import NotRequired, TypedDict


class Labelled(TypedDict):
    iri: str
    label: str | None


class BodyLink(TypedDict):
    iri: str
    label: str | None
    href: str | None


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
    implements: list[dict]
    implemented_by: list[dict]
    tasks: list[dict]
    targets: list[dict]
    outcomes: list[dict]
    events: list[dict]
    sources: list[dict]
    review: dict | None
    review_counts: dict[str, int]
    link_sources: list[dict]
    as_of: NotRequired[str]
    before_issue: NotRequired[bool]


class SearchResult(TypedDict):
    """Search (tìm kiếm): the rows of the ``search`` named query; ``unavailable`` where the
    catalogue has no such query."""

    query: str
    columns: list[str]
    rows: list[dict]
    more: NotRequired[bool]
    unavailable: NotRequired[bool]


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


class EventRow(TypedDict):
    iri: str
    date: str
    kind: str | None
    key: str
    href: str


class Home(TypedDict):
    """The home page: central documents by how many provinces carried them out, the newest
    documents, recent reviews (sơ kết, tổng kết)."""

    central: list[CentralRow]
    newest: list[NewestRow]
    events: list[EventRow]
    search: NotRequired[SearchResult | None]


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
