"""The ingested texts a page at a time (danh sách văn bản theo trang): what ``/review``, its twin ``/review.json`` and
``dkg review sources`` list, in one order (:func:`kg.review.source_summaries`), a page of :data:`PER_PAGE` texts
(a year of daily ingests is thousands), with which page it is, how many there are and how many texts in all.
Likewise the facts to review, most doubtful first (:func:`doubtful_page`: ``/review/doubtful`` and ``dkg review list``),
chosen by source, document, kind and state."""

from __future__ import annotations

from typing import TypedDict

from kg.errors import UsageError
from kg.review.model import KINDS, STATES
from kg.review.workflow import Entry, queue, source_summaries

#: the texts a page lists unless asked otherwise, and the most a page may list
PER_PAGE, MOST_PER_PAGE = 100, 1000


class SourcesPage(TypedDict):
    sources: list[dict]
    page: int
    pages: int
    size: int
    total: int
    sort: str


def whole(value: str | int | None, name: str, default: int, most: int | None = None) -> int:
    """``value`` as a whole number from 1 (up to ``most``), ``default`` where none is given; else a usage error
    naming ``name`` (``page``, ``size``)."""
    try:
        number = int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        number = 0
    if number < 1 or (most is not None and number > most):
        raise UsageError(code="review-page", details={"name": name, "most": most or "…"})
    return number


def sources_page(store, order: str = "pending", page: str | int | None = None,
                 size: str | int | None = None) -> SourcesPage:
    """The texts in ``order``, page ``page`` (from 1; one past the last is the last) of ``size`` (:data:`PER_PAGE`)."""
    found = source_summaries(store, order)
    per = whole(size, "size", PER_PAGE, MOST_PER_PAGE)
    pages = max(1, -(-len(found) // per))
    number = min(whole(page, "page", 1), pages)
    return SourcesPage(sources=found[(number - 1) * per:number * per], page=number, pages=pages, size=per,
                       total=len(found), sort=order)


class DoubtfulPage(TypedDict):
    entries: list[Entry]
    page: int
    pages: int
    size: int
    total: int


def doubtful_page(store, *, source: str | None = None, document: str | None = None, kinds: tuple[str, ...] = (),
                  states: tuple[str, ...] = (), held: bool = False, page: str | int | None = None,
                  size: str | int | None = None) -> DoubtfulPage:
    """The facts to review, most doubtful first (:func:`kg.review.workflow.doubt`: pending ones, those a violation
    holds first, then the least confident), of one source or all, about one document or any, of some kinds and
    states or all; page ``page`` of ``size`` (:data:`PER_PAGE`). An unknown kind or state is refused, naming it."""
    for value, known in ((kinds, KINDS), (states, STATES)):
        if unknown := [v for v in value if v not in known]:
            raise UsageError(f"unknown {'kind' if known is KINDS else 'state'} {unknown[0]!r}",
                             hint="one of: " + ", ".join(known))
    found = queue(store, source=source or None, states=states, held=held, document=document or None, kinds=kinds)
    per = whole(size, "size", PER_PAGE, MOST_PER_PAGE)
    pages = max(1, -(-len(found) // per))
    number = min(whole(page, "page", 1), pages)
    return DoubtfulPage(entries=found[(number - 1) * per:number * per], page=number, pages=pages, size=per,
                        total=len(found))
