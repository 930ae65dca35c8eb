"""The SPARQL preprocessor of named queries, resting on the one tokenizer
(:func:`kg.rdf.sparqllex.blank_out`, which hides strings, IRIs and comments with offsets intact). ``#if`` sections, ``LIMIT N  # limit`` slots and the ``VALUES`` blocks of resolved
parameters are applied to the text here; no caller's text is ever pasted into it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence


from kg.errors import QueryError
from kg.rdf.sparqllex import blank_out, closing_brace, where_openings
from kg.rdf.terms import OxTerm

# a section holding no other section (sections nest: the innermost are resolved first)
_SECTION = re.compile(r"^[ \t]*#if[ \t]+(!?)(\w+(?:\|\w+)*)[ \t]*\n((?:(?!^[ \t]*#if[ \t]).)*?)^[ \t]*#end[ \t]*(?:\n|$)",
                      re.MULTILINE | re.DOTALL)


def select_sections(sparql: str, values: Mapping[str, object]) -> str:
    """Keep the lines between ``#if NAME`` and ``#end`` when parameter NAME is given (``#if !NAME``:
    when it is not; ``#if A|B``: when A or B is, ``#if !A|B``: when neither is), drop them
    otherwise; sections may nest. A query thus takes a different plan when, say, PLACE is
    given; only the presence of a parameter chooses, its value never enters the text. Run as a
    plain SPARQL file elsewhere, the markers are comments and every section is kept."""
    def keep(m: re.Match) -> str:
        given = any(values.get(name) is not None for name in m[2].split("|"))
        return m[3] if given != bool(m[1]) else ""
    while True:
        out = _SECTION.sub(keep, sparql)
        if out == sparql:
            return out
        sparql = out


_LIMIT_SLOT = re.compile(r"\bLIMIT[ \t]+\d+(?=[ \t]*#[ \t]*limit\b)", re.IGNORECASE)


def limit_slots(sparql: str, limit) -> str:
    """``LIMIT N  # limit`` made ``LIMIT <the limit parameter>``, so that a query stops inside at
    as many rows as are asked for (N, the parameter's maximum, when the text runs elsewhere).
    The number written is the parameter's value as parsed and range-checked: an int, never the
    caller's text."""
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
        return sparql
    return _LIMIT_SLOT.sub(f"LIMIT {int(limit)}", sparql)


def _where_groups(code: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The WHERE groups of ``code`` (blanked SPARQL), the outer query's first: for each, where its
    body starts and ends, and where its own text starts (a subquery's at its SELECT, since its
    projection is not a use by the group around it)."""
    groups = []  # (start of the group's body, end of the group's body)
    for body in where_openings(code):
        end = closing_brace(code, body)
        groups.append((body, len(code) - 1 if end is None else end))
    starts = [code.upper().rfind("SELECT", 0, a) if gi else a for gi, (a, _) in enumerate(groups)]
    return groups, starts


def used_in_subquery(sparql: str, name: str) -> bool:
    """Does a subquery of ``sparql`` use ``?name`` (in its projection or its WHERE group)? Such a
    variable is not the outer query's: a parameter reaches it only as a ``VALUES`` block of its
    own (an embedded store's substitutions stop at a subquery, as a server has none at all)."""
    code = blank_out(sparql)
    groups, starts = _where_groups(code)
    pattern = re.compile(r"[?$]" + re.escape(name) + r"\b")
    return any(pattern.search(code[start:end]) for (_, end), start in list(zip(groups, starts))[1:])


def values_block(sparql: str, iris: Mapping[str, Sequence[OxTerm] | None]) -> str:
    """``sparql`` with one ``VALUES ?var { <iri> ... }`` per entry at the start of each WHERE group
    that uses ``?var`` itself: the outer query's and any subquery's, since a subquery does not see
    the variables of the query around it (``UNDEF`` for ``None``: the variable stays free). The
    terms (IRIs resolved from the store, literals made from the caller's words) are written by
    pyoxigraph (N-Triples syntax, escaped), never pasted from the caller's text."""
    if not iris:
        return sparql
    code = blank_out(sparql)
    groups, starts = _where_groups(code)
    if not groups:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    inserts: list[tuple[int, str]] = []
    for gi, (a, b) in enumerate(groups):
        own = code[a:b]
        for (c, d), start in zip(groups, starts):  # blank out the subqueries nested in this group
            if a < c and d <= b:
                c = max(start, a)
                own = own[: c - a] + " " * (d - c) + own[d - a:]
        block = " ".join(
            f"VALUES ?{var} {{ {' '.join(str(t) for t in terms) if terms is not None else 'UNDEF'} }}"
            for var, terms in iris.items()
            if gi == 0 and not any(re.search(r"[?$]" + var + r"\b", code[c:d]) for c, d in groups[1:])
            or re.search(r"[?$]" + var + r"\b", own))
        if block:
            inserts.append((a, block))
    for pos, block in sorted(inserts, reverse=True):
        sparql = sparql[:pos] + " " + block + " " + sparql[pos:]
    return sparql


def uses_variable(sparql: str, name: str) -> bool:
    """Does the code of ``sparql`` (not its strings, IRIs or comments) use ``?name`` or ``$name``?"""
    return re.search(r"[?$]" + re.escape(name) + r"\b", blank_out(sparql)) is not None
