"""As of a date (tính đến ngày): the day a read model answers for, and what of a document's card
was known on that day.

The named queries carry the rule for the cascade, coverage, targets, outcomes and reviews
(``queries/*.rq``: documents issued and not replaced by then, texts published by then, the
administrative map in force). The document card (``kg.cards``) is built from its own lookups;
:func:`card_as_of` cuts it down to the same day with the dates and sources it already holds.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping

from kg.errors import UsageError, Words
from kg.i18n.messages import ERRORS


def day(value) -> _dt.date | None:
    """A date from a date, a datetime or ISO text (its first ten characters); None otherwise."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


#: How a day may be typed, wherever one is asked for (a CLI option, a web or query parameter).
DAY_FORMS = ERRORS["en"]["day-forms"]  # (the options' help; a refusal says them in the user's language)
_DAY_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}")
# the day as Vietnamese write it, day first (ngày/tháng/năm): 30/6/2024, 30/06/2024, 30.6.2024, 30-06-2024.
# Never month first: a Vietnamese analyst does not write 6/30/2024, and reading 5/3/2024 as 3 May would be wrong.
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")


def parse_day(value, option: str) -> _dt.date | None:
    """The day a user typed for ``option`` (``--as-of``, ``as_of`` ...): a date, ``YYYY-MM-DD``,
    ``YYYYMMDD``, ``DD/MM/YYYY`` (ngày/tháng/năm, also with dots or dashes) or ``today`` (hôm nay); None when none was given. Anything else is a
    ``UsageError`` naming ``option`` and the accepted forms: the one rule of every command and
    page that takes a day."""
    if value is None or isinstance(value, _dt.date):
        return value.date() if isinstance(value, _dt.datetime) else value
    text = str(value).strip()
    if not text:
        return None
    if text.lower() == "today":
        return _dt.date.today()
    try:
        if _DAY_TEXT.fullmatch(text):
            return _dt.date.fromisoformat(text)
        if m := _DAY_FIRST.fullmatch(text):
            return _dt.date(int(m[4]), int(m[3]), int(m[1]))
    except ValueError:
        pass  # the right shape, no such day (2024-02-30, 31/4/2024): the same error
    raise UsageError(code="not-a-day", details={"option": option, "text": repr(text), "forms": Words("day-forms")})


def parse_as_of(value, option: str = "as_of") -> _dt.date:
    """The day of reckoning (:func:`parse_day`), today when none is given."""
    return parse_day(value, option) or _dt.date.today()


def after(value, on: _dt.date) -> bool:
    """Is ``value`` a day later than ``on``? (An unknown day is not: nothing says it came later.)"""
    found = day(value)
    return found is not None and found > on


def add_years(on: _dt.date, years: int) -> _dt.date:
    """The same day ``years`` later (a review milestone after issue); 29 February falls on the 28th
    in a year without it."""
    try:
        return on.replace(year=on.year + years)
    except ValueError:
        return on.replace(year=on.year + years, day=28)


def _known(item: dict, on: _dt.date) -> bool:
    """A fact of the card was known on ``on`` unless every text it was read from came out later
    (a fact without a source is curated data, known all along)."""
    sources = item.get("sources") or []
    return not sources or any(not after(s.get("published"), on) for s in sources)


def _sources(item: dict, on: _dt.date) -> None:
    if item.get("sources"):
        item["sources"] = [s for s in item["sources"] if not after(s.get("published"), on)]


def card_as_of(card: Mapping, on: _dt.date) -> dict:
    """The card (``kg.cards.document_card``) as it stood on ``on``: related documents issued by
    then, tasks, targets and events known by then, outcomes reported by then, the sources
    published by then. ``before_issue`` says the document itself was not issued yet."""
    out = dict(card, as_of=on.isoformat(), before_issue=after(card.get("date"), on))
    for name in ("implements", "implemented_by"):
        out[name] = [x for x in card.get(name) or [] if not after(x.get("date"), on)]
    for name in ("tasks", "events", "outcomes"):
        kept = [dict(x) for x in card.get(name) or [] if _known(x, on)
                and not after(x.get("as_of") if name == "outcomes" else x.get("date"), on)]
        for x in kept:
            _sources(x, on)
        out[name] = kept
    targets = []
    for t in card.get("targets") or []:
        if not _known(t, on):
            continue
        t = dict(t, outcomes=[dict(o) for o in t.get("outcomes") or []
                              if _known(o, on) and not after(o.get("as_of"), on)])
        for x in (t, *t["outcomes"]):
            _sources(x, on)
        targets.append(t)
    out["targets"] = targets
    out["sources"] = [s for s in card.get("sources") or [] if not after(s.get("published"), on)]
    out["link_sources"] = [dict(x, sources=[s for s in x.get("sources") or [] if not after(s.get("published"), on)])
                           for x in card.get("link_sources") or []
                           if _known(x, on)]
    return out
