"""SPARQL Update through the endpoint: the check, the protocol's ``using-graph-uri`` /
``using-named-graph-uri``, and the run.

Oxigraph's update call takes no dataset, so the protocol's dataset parameters are written into
the request as ``USING`` / ``USING NAMED`` clauses. Where a clause goes is decided on the parse:
a clause is tried before each ``WHERE`` of the text, and a placement is kept only when rdflib's
parse of the result is the parse of the original with one more operation reading that dataset
(so a ``WHERE`` inside a string or an IRI can never be chosen). An operation that already names
its dataset (``USING``, ``WITH``) together with the parameters is an error, as the protocol says.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, UsageError
from kg.queries import safety
from kg.store import guard, history

# where a USING clause may go: before a WHERE (each place is checked on the parse)
_WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)
_DATASET_KEYS = ("using", "withClause")
_MAX_TRIES = 200


def _shape(tree, drop: tuple[str, ...]):
    """A comparable form of a parse tree, leaving out the keys in ``drop``."""
    if isinstance(tree, CompValue):
        return (tree.name, tuple((k, _shape(v, drop)) for k, v in tree.items() if k not in drop))
    if isinstance(tree, dict):
        return tuple((k, _shape(v, drop)) for k, v in tree.items() if k not in drop)
    if isinstance(tree, (list, tuple, ParseResults)):
        return tuple(_shape(v, drop) for v in tree)
    return repr(tree)


def _operations(tree) -> list[CompValue]:
    request = dict.get(tree, "request") if isinstance(tree, CompValue) else None
    return list(request or [])


def _reading(tree) -> int:
    """How many Modify operations name a dataset (USING) in ``tree``."""
    return sum(1 for op in _operations(tree) if op.name == "Modify" and dict.get(op, "using"))


def _clause(using: list[str], using_named: list[str]) -> str:
    parts = []
    for value, keyword, name in [(g, "USING", "using-graph-uri") for g in using] + \
            [(g, "USING NAMED", "using-named-graph-uri") for g in using_named]:
        try:
            parts.append(f"{keyword} {ox.NamedNode(value)}")
        except ValueError:
            raise UsageError(f"{name}={value!r} is not an absolute IRI",
                             hint=f"give {name} as a full IRI") from None
    return " ".join(parts)


def with_dataset(text: str, using: list[str], using_named: list[str]) -> str:
    """``text`` (a checked update) with the protocol's dataset written in as USING clauses."""
    clause = _clause(using, using_named)
    tree = safety.parse_request(text, update=True)
    ops = _operations(tree)
    if any(op.name == "Modify" and any(dict.get(op, k) for k in _DATASET_KEYS) for op in ops):
        raise UsageError("the update names its dataset (USING or WITH) and using-graph-uri or "
                         "using-named-graph-uri are given too",
                         hint="give the dataset in one place only")
    wanted = sum(1 for op in ops if op.name == "Modify")
    base_shape = _shape(tree, _DATASET_KEYS)
    done = 0
    tries = 0
    for match in reversed(list(_WHERE.finditer(text))):  # from the end: earlier offsets stay valid
        if done == wanted:
            break
        tries += 1
        if tries > _MAX_TRIES:
            break
        candidate = text[:match.start()] + clause + " " + text[match.start():]
        try:
            new_tree = safety.parse_request(candidate, update=True)
        except QueryError:  # the clause broke the text there: try the next WHERE
            continue
        if _reading(new_tree) == done + 1 and _shape(new_tree, _DATASET_KEYS) == base_shape:
            text, done = candidate, done + 1
    if done != wanted:
        raise UsageError("using-graph-uri / using-named-graph-uri could not be applied to this update",
                         hint="write USING clauses in the update itself")
    return text


def prepare(update: str, using: list[str], using_named: list[str]) -> str:
    """The update text to run: checked (no LOAD, no SERVICE) and with its protocol dataset."""
    text = safety.checked(update, update=True).text
    if using or using_named:
        text = with_dataset(text, using, using_named)
    return text


def run(store, text: str, base_iri: str | None) -> None:
    """Run a checked update on ``store`` under the rules of a load (``kg.store.guard``: no reserved
    graph, what it adds validated), recorded as a change set of the endpoint."""
    try:
        guard.checked_update(store, text, agent=history.ENDPOINT_AGENT, base_iri=base_iri)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}") from None
    except ValueError as exc:
        raise QueryError(f"the update cannot run: {exc}") from None


__all__ = ["prepare", "run", "with_dataset"]
