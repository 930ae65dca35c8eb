"""Running a named query, a ``.rq`` file or SPARQL text: resolve it, bind its parameters,
prepare the text, execute it with the custom functions, then apply its post step (which may
run the details query, :class:`Details`) and the ``limit``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import NotFound, QueryError
from kg.queries.catalog import NamedQuery, details_text, get, parse_query
from kg.queries.functions import CUSTOM_FUNCTIONS, FN
from kg.queries.parameters import parameter_terms, resolved_iris, substitutions, word_values
from kg.queries.post import POST
from kg.queries import safety
from kg.queries.sparqltext import limit_slots, select_sections, used_in_subquery, uses_variable, values_block
from kg.queries.table import Table, python_value
from kg.rdf.terms import OxTerm
from kg.store.mirror import is_embedded


def execute(store, sparql: str, bindings: Mapping[str, OxTerm] | None = None):
    """Run SPARQL over the union of the store's graphs with substitutions and the custom functions."""
    subs = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
    if not is_embedded(store.main):
        if FN in sparql:
            raise QueryError("this query uses directive-kg's own SPARQL functions (dkgf:), which a remote "
                             "SPARQL store does not have", hint="run it on a local store")
        # a server has no substitutions: the values go in a VALUES block in every group that uses
        # them, subqueries included, as substitutions reach them locally
        if subs:
            sparql = values_block(sparql, {k: [v] for k, v in (bindings or {}).items()})
            subs = None
    try:
        return store.main.query(sparql, use_default_graph_as_union=True, substitutions=subs,
                                custom_functions=CUSTOM_FUNCTIONS)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg if hasattr(exc, 'msg') else exc}") from None
    except RuntimeError as exc:  # e.g. a parameter the query does not project
        raise QueryError(f"the query cannot run: {exc}",
                         hint="a query must SELECT every parameter variable it uses") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def prepare(store, query: NamedQuery, params: Mapping[str, str],
            bound: tuple[dict[str, OxTerm], dict] | None = None) -> tuple[str, dict[str, OxTerm], dict]:
    """The SPARQL text to run (with the ``VALUES`` of :func:`resolved_iris`), the substitutions
    and the Python values of the parameters. ``bound``: the :func:`parameter_terms` of ``params``
    when the caller has them already (a details query takes those of its main query).

    A query anchors its joins on ``?doc_iri`` (the documents DOC names: the IRI given, or every
    document with that key) or ``?place_iri`` (the administrative units PLACE names, free when
    PLACE is not given) rather than testing ``?doc``/``?place`` row by row: Oxigraph plans a
    join from a ``VALUES`` block, whereas a substituted variable looks unbound to its optimiser
    (the difference for the cascade is in ``bench/RESULTS-notes.md``)."""
    terms, values = bound if bound is not None else parameter_terms(store, query, params)
    bindings = substitutions(query.sparql, terms)
    blocks: dict[str, Sequence[OxTerm] | None] = {}
    blocks.update(resolved_iris(store, query, values))
    words = word_values(query, values)
    blocks.update(words)
    sparql = select_sections(query.sparql, {**values, **words})  # (the "#if q_N" of each word given)
    sparql = limit_slots(sparql, values.get("limit"))
    blocks = {k: v for k, v in blocks.items() if uses_variable(sparql, k)}
    # a parameter a subquery reads goes in as VALUES there on every engine: substitutions do not
    # reach a subquery (and whether a join happens to carry the outer binding in is the plan's
    # choice, which differs between engines)
    into_values = {k: v for k, v in bindings.items() if k not in blocks and used_in_subquery(sparql, k)}
    blocks.update({k: [v] for k, v in into_values.items()})
    bindings = {k: v for k, v in bindings.items() if k not in into_values}
    return values_block(sparql, blocks), bindings, values


_NAME_RE = re.compile(r"^[a-z][a-z0-9_-]*$")


def resolve_query(name_or_file_or_sparql: str) -> NamedQuery:
    """A catalogue name, a path to a ``.rq`` file, or SPARQL text -> a NamedQuery."""
    text = name_or_file_or_sparql
    sources: list[tuple[str | None, str | None]]  # (SPARQL text, the file it was read from)
    if _NAME_RE.match(text.strip()):
        return get(text.strip())
    if "\n" not in text and len(text) < 4096 and (text.strip().endswith(".rq") or Path(text.strip()).is_file()):
        path = Path(text.strip())
        try:
            body = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise NotFound(f"no such query file {text.strip()!r}") from None
        except OSError as exc:
            raise NotFound(f"cannot read {text.strip()!r}: {exc.strerror}") from None
        q = parse_query(body, path.stem, details_text(path))
        sources = [(q.sparql, str(path)), (q.details_sparql, str(path.parent / "details" / path.name))]
    else:
        q = parse_query(text, "sparql")
        sources = [(q.sparql, None)]
    # a query from the user is run only once its parse holds no SERVICE (the engine would call
    # the URL) and no update; the catalogue's own queries are checked by a test instead
    for text_to_check, file in sources:
        if text_to_check is None:
            continue
        try:
            safety.checked(text_to_check)
        except QueryError as exc:
            if file is None:
                raise
            if exc.code == "sparql-syntax":
                raise QueryError(code="sparql-syntax-in-file", details=exc.details, place=file) from None
            raise QueryError(f"{file}: {exc.message}",
                             hint="correct the query in that file (lines count from its first line, the "
                                  "header included); it must be one SPARQL 1.1 query") from None
    return q


def run(store, name_or_file_or_sparql: str, params: Mapping[str, str] | None = None,
        trace: list | None = None, *, bound: tuple[dict[str, OxTerm], dict] | None = None) -> Table:
    """Run a named query, a ``.rq`` file or SPARQL text with parameters given as strings.
    ``trace``, if given, receives ``(sparql, bindings)`` for every SPARQL text run (the main
    query, then its details query when the post step asks for it). ``bound``: the parameters as
    another query with the same ones took them (:meth:`Details.other`), instead of ``params``."""
    query = resolve_query(name_or_file_or_sparql)
    given = dict(params or {})
    bound = bound if bound is not None else parameter_terms(store, query, given)
    sparql, bindings, values = prepare(store, query, given, bound)
    limit = values.get("limit")
    if trace is not None:
        trace.append((sparql, bindings))
    result = execute(store, sparql, bindings)
    hidden = set(bindings) | {p.name for p in query.parameters}
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        columns = [n for n in names if n not in hidden and not n.startswith("_")]
        rows = _rows(result, names, limit if query.post is None else None)
    elif isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        columns, rows = ["result"], [{"result": bool(result)}]
    else:  # CONSTRUCT / DESCRIBE
        columns = ["subject", "predicate", "object"]
        rows = []
        for t in result:
            rows.append({"subject": python_value(t.subject), "predicate": python_value(t.predicate),
                         "object": python_value(t.object)})
            if limit is not None and len(rows) >= limit:
                break
    table = Table(columns, rows, query=query.name)
    if query.post is not None:
        table = POST[query.post](table, values, Details(store, query, bound, trace))
    if limit is not None and len(table.rows) > limit:
        table.rows = table.rows[:limit]
    table.rows = [{c: r.get(c) for c in table.columns} for r in table.rows]
    return table


def _rows(result: ox.QuerySolutions, names: list[str], limit: int | None = None) -> list[dict]:
    rows: list[dict] = []
    for sol in result:
        rows.append(dict(zip(names, map(python_value, sol))))  # (by position: faster than by name)
        if limit is not None and len(rows) >= limit:
            break
    return rows


class Details:
    """The details query of a named query (``queries/details/NAME.rq``), run by its post step for
    the rows it keeps.

    A query whose post step sorts and cuts (the depth of a cascade, the latest outcome of a
    target) selects first what the order needs, the post step keeps ``limit`` rows, and only then
    are the other columns looked up, for those rows alone: in a large store the cascade of a
    resolution has thousands of documents, of which ``limit`` are shown. The post step calls
    ``details(VAR=[iri, ...], ...)`` with the variables declared by ``# details: VAR ...``; each is
    given to the details query as a ``VALUES`` block, like ``?doc_iri`` (:func:`values_block`), and
    the parameters are bound as for the main query. The rows come back as dicts, columns
    starting with ``_`` included."""

    def __init__(self, store, query: NamedQuery, bound: tuple[dict[str, OxTerm], dict], trace: list | None = None):
        self.store, self.query, self.bound, self.trace = store, query, bound, trace

    def other(self, name: str, **values) -> Table:
        """The table of the named query ``name`` (which takes the same parameters) run with this query's
        parameters, ``values`` replacing some (a post step that gives the answer another query gives: the
        outcomes query ties its outcomes to targets as the targets query does)."""
        terms, given = self.bound
        return run(self.store, name, trace=self.trace, bound=(terms, {**given, **values}))

    def __call__(self, **keys: list[str]) -> list[dict]:
        if self.query.details_sparql is None:
            raise QueryError(f"{self.query.name}: this query has no details query")
        unknown = set(keys) - set(self.query.details)
        if unknown:
            raise QueryError(f"{self.query.name}: the details query takes {', '.join(self.query.details)}, "
                             f"not {', '.join(sorted(unknown))}")
        iris: dict[str, list[ox.NamedNode]] = {}
        for var in self.query.details:
            try:
                iris[var] = [ox.NamedNode(v) for v in dict.fromkeys(keys.get(var) or ())]
            except (TypeError, ValueError):
                raise QueryError(f"{self.query.name}: details for ?{var} take IRIs") from None
        if not any(iris.values()):
            return []
        own = dataclasses.replace(self.query, sparql=self.query.details_sparql, post=None, details=(),
                                  details_sparql=None)
        sparql, bindings, _ = prepare(self.store, own, {}, self.bound)
        sparql = values_block(sparql, iris)
        if self.trace is not None:
            self.trace.append((sparql, bindings))
        result = execute(self.store, sparql, bindings)
        return _rows(result, [v.value for v in result.variables])


def details_of(store, name: str, params: Mapping[str, str]) -> Details:
    """The details query of the named query ``name`` with its parameters ``params``, for a caller other than its
    post step (the document card asks the targets' details for the outcomes that may answer its targets)."""
    query = get(name)
    return Details(store, query, parameter_terms(store, query, params))
