"""A province's plan of our own said to carry out a resolution issued after it, with an article's markup between the
two: the link breaks the shapes' rule on dates and is held back for review (used by the tests of a card's held facts
and of the quarantine page, each with its own number, day, verb and markup)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kg.facts import DocumentRef, Facts, Link, Place

#: the resolution the plan says it carries out, issued after the plan
RESOLUTION = "Nghị quyết số 46-NQ/TW"


def late_plan(number: str, day: dt.date, verb: str, markup: str, province: str,
              source: str) -> tuple[str, Callable[[str], Facts]]:
    """(text, facts): a text in which the Standing Committee issues Kế hoạch số NUMBER-KH/TU on ``day`` and says it
    ``verb`` (carries out) the resolution, ``markup`` between them; ``facts(text)`` what an extractor would read."""
    plan = f"Kế hoạch số {number}-KH/TU"
    text = (f"Ngày {day.day}/{day.month}/{day.year}, Ban Thường vụ Tỉnh ủy ban hành {plan} {verb} {markup} "
            f"{RESOLUTION} ngày 20/12/2023 của Bộ Chính trị.")

    def facts(text: str) -> Facts:
        def span(words: str) -> tuple[int, int]:
            start = text.index(words)
            return start, start + len(words)

        return Facts(
            source=source, place=Place(province=province), text=text,
            documents=[
                DocumentRef(key=f"{number}-KH/TU", type="KH", number=number, issuer="Ban Thường vụ Tỉnh ủy",
                            issuer_code="TU", level="province", date=day, span=span(plan)),
                DocumentRef(key="46-NQ/TW", type="NQ", number="46", issuer="Bộ Chính trị", issuer_code="TW",
                            level="central", date=dt.date(2023, 12, 20), span=span(RESOLUTION)),
            ],
            links=[Link(from_=f"{number}-KH/TU", type="implements", to="46-NQ/TW",
                        span=span(f"{plan} {verb} {markup} {RESOLUTION}"))],
        )

    return text, facts
