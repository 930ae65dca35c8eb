"""What the extraction tests read from the facts, written once for the test modules that share it."""
from __future__ import annotations

from kg.extract import extract


def assignment_rows(text: str) -> set[tuple[str, str]]:
    """(body, role) of every assignment extracted from ``text``."""
    return {(a.body, a.role) for a in extract(text).assignments}


def link_rows(text: str) -> set[tuple[str, str, str]]:
    """(from, type, to) of every link extracted from ``text``."""
    return {(x.from_, x.type, x.to) for x in extract(text).links}
