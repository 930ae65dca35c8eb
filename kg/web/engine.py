"""Running one SPARQL request on a dataset and serialising its answer (no web framework here).

This is what a query worker process runs (:mod:`kg.web.workers`), and what the app runs in a
thread when the store is a remote server. Only plain values cross a process boundary: a
:class:`Job` in, an :class:`Outcome` or a :class:`Failure` out.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox

from kg.errors import DkgError, QueryError, Words
from kg.queries import safety
from kg.rdf.vocab import PREFIXES, XSD, prefixes_used
from kg.web.formats import GRAPH_FORMATS, RESULT_FORMATS, Format, choose_any

T = TypeVar("T")


class NotAcceptable(DkgError):
    status = 406
    kind = "not-acceptable"


class WorkerError(DkgError):
    """An error that happened in a worker process, rebuilt on the app's side."""

    def __init__(self, status: int, kind: str, message: str, hint: str | None, body: dict | None = None,
                 code: str | None = None, details: dict | None = None, coded_hint: bool = False) -> None:
        super().__init__(message, hint=hint, code=code, details=details)
        self.status = status
        self.kind = kind
        self.body = body
        self.coded_hint = coded_hint  # (so that the error is said in the page's language as where it was raised)

    def to_json(self) -> dict:
        return self.body if self.body is not None else super().to_json()


@dataclass
class Job:
    """One SPARQL query as the protocol gave it."""

    text: str
    accept: str | None = None
    format_names: list[str] = field(default_factory=list)
    row_cap: int = 10_000
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    base_iri: str | None = None
    # no dataset given: the union of the graphs (True), or the dataset's own default graph (a
    # worker's, which holds their merge)
    union: bool = True


@dataclass
class Outcome:
    body: bytes
    media_type: str
    truncated: bool = False


@dataclass
class Failure:
    status: int
    kind: str
    message: str
    hint: str | None = None
    #: the error's whole JSON (a validation report with it), as plain values
    body: dict | None = None
    #: the error's code and details (``kg.i18n.ERRORS``), where its details are plain values or words of
    #: the table (a frozen dataclass of plain values: the worker's pipe carries it as it carries the rest)
    code: str | None = None
    details: dict | None = None
    coded_hint: bool = False
    #: the file (and line) the error is about, which starts its message in every language
    place: str | None = None

    @classmethod
    def of(cls, exc: DkgError) -> "Failure":
        plain = all(isinstance(v, (str, int, Words)) for v in exc.details.values())
        return cls(exc.status, exc.kind, exc.message, exc.hint, exc.to_json(), exc.code if plain else None,
                   dict(exc.details) if plain else None, exc.coded_hint and plain, exc.place)

    def error(self) -> WorkerError:
        error = WorkerError(self.status, self.kind, self.message, self.hint, self.body, self.code, self.details,
                            self.coded_hint)
        error.place = self.place  # (its message has it already)
        return error


#: A plain string's datatype, which a results JSON leaves unsaid.
_XSD_STRING = str(XSD.string)


def term_json(term) -> dict:
    """An Oxigraph term in the SPARQL 1.1 Query Results JSON shape."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                             "predicate": term_json(term.predicate),
                                             "object": term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def _iri(value: str, parameter: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise QueryError(f"{parameter}={value!r} is not an absolute IRI",
                         hint=f"give {parameter} as a full IRI, e.g. https://w3id.org/directive-kg/graph/asserted") \
            from None


def dataset_arguments(default_graphs: list[str], named_graphs: list[str], union: bool = True) -> dict:
    """Oxigraph's dataset arguments for the protocol's ``default-graph-uri`` / ``named-graph-uri``.
    Without them the default graph is the union of the data graphs (``union``) or the dataset's
    own default graph."""
    kwargs: dict = {}
    if default_graphs:
        kwargs["default_graph"] = [_iri(g, "default-graph-uri") for g in default_graphs]
    elif union:
        kwargs["use_default_graph_as_union"] = True
    if named_graphs:
        kwargs["named_graphs"] = [_iri(g, "named-graph-uri") for g in named_graphs]
    return kwargs


def _negotiated(formats: tuple[Format, ...], job: Job, what: str) -> Format:
    """The format the job asks for (``format=``, else ``Accept``) among ``formats``, or a 406 that
    lists them (``what``: the kind of format, for the message)."""
    fmt = choose_any(formats, job.accept, job.format_names)
    if fmt is None:
        raise NotAcceptable(f"no acceptable {what}", hint="accept one of: " + ", ".join(f.media_type for f in formats))
    return fmt


def _first(results: Iterable[T], cap: int) -> tuple[list[T], bool]:
    """The first ``cap`` results, and whether there were more (only one more is read)."""
    taken = list(itertools.islice(results, cap + 1))
    return taken[:cap], len(taken) > cap


#: The datatypes a Turtle answer never writes (a plain string, a string with its language).
_UNWRITTEN = (PREFIXES["xsd"] + "string", PREFIXES["rdf"] + "langString")


def iris_of(triples) -> Iterator[str]:
    """The IRIs ``triples`` write: of their nodes, predicates and literals' datatypes (other than a string's)."""
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                yield term.value
            elif isinstance(term, ox.Literal) and term.datatype.value not in _UNWRITTEN:
                yield term.datatype.value


def _update_sent_as_query(text: str, exc: QueryError) -> QueryError:
    """The error of a query that does not parse: said as what it is when the text parses as an update. Decided here,
    in the worker and within the query's time limit: a text built to parse slowly must not be parsed again in the
    app's own process, where every page waits for it."""
    if exc.code != "sparql-syntax":
        return exc
    try:
        safety.parse_request(text, update=True)
    except QueryError:
        return exc
    return QueryError(code="sparql-update-as-query")


def execute(dataset, job: Job) -> Outcome:
    """Check, run and serialise one query. Oxigraph evaluates lazily, so iterating the results
    is part of the work: all of it happens here, in the worker."""
    try:
        checked = safety.checked(job.text)
    except QueryError as exc:
        raise _update_sent_as_query(job.text, exc) from None
    kwargs = dataset_arguments(job.default_graphs, job.named_graphs, job.union)
    if job.base_iri:
        kwargs["base_iri"] = job.base_iri
    try:
        result = dataset.query(checked.text, **kwargs)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}") from None
    except ValueError as exc:
        raise QueryError(str(exc)) from None

    if isinstance(result, (ox.QueryTriples, list)):  # a list: triples from a remote store
        fmt = _negotiated(GRAPH_FORMATS, job, "RDF format for a CONSTRUCT or DESCRIBE result")
        rdf_format = fmt.oxigraph
        assert isinstance(rdf_format, ox.RdfFormat)  # GRAPH_FORMATS hold Oxigraph's RDF formats
        triples, truncated = _first(result, job.row_cap)
        if triples or rdf_format != ox.RdfFormat.JSON_LD:
            # (Turtle and RDF/XML with the project's prefixes the answer uses, not a whole IRI on every line)
            prefixes = prefixes_used(iris_of(triples)) if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
            body = ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b""
        else:
            body = b"[]"
        return Outcome(body, fmt.media_type, truncated)

    fmt = _negotiated(RESULT_FORMATS, job, "format for a SELECT or ASK result")
    results_format = fmt.oxigraph
    assert isinstance(results_format, ox.QueryResultsFormat)  # RESULT_FORMATS hold Oxigraph's results formats
    if isinstance(result, ox.QueryBoolean):
        answer = result.serialize(format=results_format)
        assert answer is not None  # serialize without an output returns the bytes
        return Outcome(answer, fmt.media_type)

    names = [v.value for v in result.variables]
    solutions, truncated = _first(result, job.row_cap)
    rows = [{n: term_json(solution[n]) for n in names if solution[n] is not None} for solution in solutions]
    table = {"head": {"vars": names}, "results": {"bindings": rows}}
    if results_format == ox.QueryResultsFormat.JSON:
        body = json.dumps(table, ensure_ascii=False).encode("utf-8")
    else:  # hand the (capped) rows back to Oxigraph's own writers
        capped = ox.parse_query_results(json.dumps(table).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
        written = capped.serialize(format=results_format)
        assert written is not None  # serialize without an output returns the bytes
        body = written
    return Outcome(body, fmt.media_type, truncated)


def contained(fn, *args):
    """``fn(*args)`` as ``(value, None)`` or ``(None, Failure)``. Only plain values leave: an
    error's frames hold pyoxigraph results, which must be freed where they were made."""
    try:
        return fn(*args), None
    except DkgError as exc:
        return None, Failure.of(exc)


__all__ = ["Failure", "Job", "NotAcceptable", "Outcome", "WorkerError", "contained", "dataset_arguments",
           "execute", "term_json"]
