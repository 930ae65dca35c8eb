"""Outcomes tied to targets by their words and unit (``kg.text.matching``), read from the candidate rows of the
targets query's details (``queries/details/targets.rq``: ``?candidate`` and its ``c_*`` columns, ``?rival``,
``?c_refused``). The targets query's post step and the document card both read them here, so that a card and the
targets table tie the same outcome to the same target."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.text.matching import Goal, Report, match


@dataclass
class Candidates:
    """The details rows of some documents' candidate outcomes, read once: by the document they may answer
    (``?reported``), each candidate's first row by IRI (``found``); the plans' targets that compete for them
    (``rivals``); and the targets a reviewer said each candidate does not answer (``refused``)."""

    found: dict[str, dict[str, dict]] = field(default_factory=dict)
    rivals: dict[str, list[Goal]] = field(default_factory=dict)
    refused: dict[str, set[str]] = field(default_factory=dict)


def read_candidates(more: Iterable[dict], known: Callable[[dict], bool] | None = None) -> Candidates:
    """The candidate rows of a details result (``more``), with only those ``known`` accepts (the targets query
    keeps those known on its date: reported by then, in a text published by then)."""
    out = Candidates()
    for row in more:
        if row.get("c_refused") is not None:
            out.refused.setdefault(row["candidate"], set()).add(row["c_refused"])
        doc = row.get("reported")
        if doc is None:
            continue
        if row.get("rival") is not None:
            out.rivals.setdefault(doc, []).append(Goal(iri=row["rival"], text=row.get("r_text"), unit=row.get("r_unit")))
        elif row.get("candidate") is not None and (known is None or known(row)):
            out.found.setdefault(doc, {}).setdefault(row["candidate"], row)  # (one row a candidate: the first)
    return out


def day_of(value) -> str | None:
    """A candidate's ``c_as_of`` as the matcher and the pages take it: ``YYYY-MM-DD`` (or its lexical form)."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    return None if value is None else str(value)


def matched_outcomes(goals: dict[str, dict[str, Goal]], candidates: Candidates,
                     issued: dict[str, str | None]) -> dict[str, list[tuple[float, dict]]]:
    """Of each document in ``goals`` (its targets by IRI), the candidates that answer its targets, by target, each
    with its similarity, oldest first: matched against its own targets and the targets of the plans carrying it out
    (rivals: a plan's own goal answered by its own report is not the document's), none reported before the
    document was ``issued``, none to a target a reviewer refused for it."""
    out: dict[str, list[tuple[float, dict]]] = {}
    for doc, found in candidates.found.items():
        own = goals.get(doc)
        if not own:
            continue
        reports = [Report(iri=iri, text=c.get("c_text"), unit=c.get("c_unit"), as_of=day_of(c.get("c_as_of")),
                          refused=frozenset(candidates.refused.get(iri, ()))) for iri, c in found.items()]
        for m in match([*own.values(), *candidates.rivals.get(doc, ())], reports, since=issued.get(doc)):
            if m.target in own:
                out.setdefault(m.target, []).append((m.score, found[m.outcome]))
    return out
