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
    (``rivals``), with the key of the plan that sets each (``rival_on``, where the plan has one); and the
    targets a reviewer said each candidate does not answer (``refused``)."""

    found: dict[str, dict[str, dict]] = field(default_factory=dict)
    rivals: dict[str, list[Goal]] = field(default_factory=dict)
    rival_on: dict[str, set[str]] = field(default_factory=dict)
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
            if row["rival"] not in out.rival_on:  # (one Goal a rival, whatever rows its plan's keys give)
                out.rivals.setdefault(doc, []).append(Goal(iri=row["rival"], text=row.get("r_text"), unit=row.get("r_unit")))
            out.rival_on.setdefault(row["rival"], set())
            if row.get("r_on") is not None:
                out.rival_on[row["rival"]].add(str(row["r_on"]))
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
    document was ``issued``, none to a target a reviewer refused for it. A rival competes only for the outcomes
    reported on its own plan: an outcome reported on the document itself (a review conference's figure on the
    province's programme) cannot answer the goal of a plan that carries the programme out, and losing to it
    left the figure under no target at all (a rival whose plan has no key competes for every outcome)."""
    out: dict[str, list[tuple[float, dict]]] = {}
    for doc, found in candidates.found.items():
        own = goals.get(doc)
        if not own:
            continue
        rivals = candidates.rivals.get(doc, ())
        reports = [Report(iri=iri, text=c.get("c_text"), unit=c.get("c_unit"), as_of=day_of(c.get("c_as_of")),
                          refused=frozenset(candidates.refused.get(iri, ())) | _not_its_plan(rivals, candidates, c))
                   for iri, c in found.items()]
        for m in match([*own.values(), *rivals], reports, since=issued.get(doc)):
            if m.target in own:
                out.setdefault(m.target, []).append((m.score, found[m.outcome]))
    return out


def _not_its_plan(rivals: Iterable[Goal], candidates: Candidates, row: dict) -> frozenset[str]:
    """The rivals a candidate (its details ``row``) cannot answer: those set by a plan other than the one it was
    reported on (``c_on``; none where it was reported on the document itself)."""
    on = row.get("c_on")
    return frozenset(g.iri for g in rivals
                     if (plans := candidates.rival_on.get(g.iri)) and (on is None or str(on) not in plans))
