"""What the extraction tests read from the facts, written once for the test modules that share it."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract


def assignment_rows(text: str) -> set[tuple[str, str]]:
    """(body, role) of every assignment extracted from ``text``."""
    return {(a.body, a.role) for a in extract(text).assignments}


def assignment_documents(text: str) -> set[tuple[str, str, str | None]]:
    """(body, role, document) of every assignment extracted from ``text``."""
    return {(a.body, a.role, a.document) for a in extract(text).assignments}


def document_keys(text: str) -> list[str]:
    """The key of each document extracted from ``text``, in the extractor's order (a key twice would show)."""
    return [d.key for d in extract(text).documents]


def link_rows(text: str) -> set[tuple[str, str, str]]:
    """(from, type, to) of every link extracted from ``text``."""
    return {(x.from_, x.type, x.to) for x in extract(text).links}


def goal_documents(text: str) -> dict[float, str | None]:
    """The document of each target extracted from ``text``, by its value."""
    return {t.value: t.document for t in extract(text).targets}


def outcome_documents(text: str, date: dt.date | None = None) -> dict[float, str | None]:
    """The document of each outcome extracted from ``text`` (dated ``date``, where given), by its value."""
    return {o.value: o.document for o in extract(text, date=date).outcomes}


def task_documents(text: str) -> dict[str, set[str | None]]:
    """The documents each body is given tasks under in ``text``, by the body's name."""
    out: dict[str, set[str | None]] = {}
    for a in extract(text).assignments:
        out.setdefault(a.body, set()).add(a.document)
    return out


def figure_values(text: str, date: dt.date | None = None) -> tuple[list[float], list[float]]:
    """The values of the targets and of the outcomes extracted from ``text`` (dated ``date``, where given), each
    sorted."""
    f = extract(text, date=date)
    return sorted(t.value for t in f.targets), sorted(o.value for o in f.outcomes)
