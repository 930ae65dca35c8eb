"""What one input may cost (giới hạn đầu vào): settings with defaults, read from the environment.

A hostile or broken file must be refused before it can exhaust the machine, and the refusal
names the setting that was hit so the user knows what to raise or how to split the input.
Every limit here is documented in README ("Limits"); the checks live where the input is parsed
(``kg.rdf.files`` for RDF files).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from kg.errors import InputError, Words


@dataclass(frozen=True)
class Limit:
    """One setting: its environment variable, its default and what it bounds (``what``: the
    words ``limit.ENV`` of ``kg.i18n.ERRORS``)."""

    env: str
    default: int

    @property
    def what(self) -> str:
        """What the limit counts, in English (``bytes in one RDF file``)."""
        from kg.i18n import ERRORS  # noqa: PLC0415  (the words load only once a limit is reported)

        return ERRORS["en"]["limit." + self.env]

    def value(self) -> int:
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        if not raw:
            return self.default
        try:
            value = int(raw)
        except ValueError:
            raise InputError(code="setting-word", details={"env": self.env, "value": repr(raw), "default": self.default,
                                                           "what": Words("limit." + self.env)}) from None
        if value <= 0:
            raise InputError(code="setting-positive", details={"env": self.env, "default": self.default})
        return value

    def exceeded(self, actual: int | None, *, file: str | None = None, where: Words | None = None,
                 advice: str | None = None, error: type[InputError] = InputError) -> InputError:
        """The error for ``actual`` over the limit, ``where`` in the file (words ``where.*`` of
        ``kg.i18n.ERRORS``), with an ``advice`` (the name of words ``advice.*``) before raising it;
        ``error`` is the class to raise (a web request's own, for its HTTP status). ``actual`` None: counting
        stopped as soon as the count passed the limit, so all that is known is "more than" it (a count of the
        limit plus one would be read as the input's size)."""
        if actual is None:
            return error(file=file, code="limit-passed", details={
                "what": Words("limit." + self.env), "where": where or "", "env": self.env, "most": self.value(),
                "advice": Words("advice." + advice) if advice else ""})
        return error(file=file, code="limit-exceeded", details={
            "actual": actual, "what": Words("limit." + self.env), "where": where or "", "env": self.env,
            "most": self.value(), "advice": Words("advice." + advice) if advice else ""})


#: Bytes of one RDF file given to load or validate.
RDF_FILE_BYTES = Limit("DKG_MAX_RDF_FILE_BYTES", 1 << 30)
#: Bytes of one literal (a label, a text): long ones cost memory in every engine that copies them.
LITERAL_BYTES = Limit("DKG_MAX_LITERAL_BYTES", 8 << 20)
#: Depth of nested blank nodes (collections, [ ... ] inside [ ... ]): deep chains make
#: validators and serialisers recurse.
NESTING = Limit("DKG_MAX_NESTING", 2_000)
#: Levels of objects and arrays nested in one JSON-LD file, counted before it is parsed: the engine's JSON-LD parser
#: keeps memory that grows with the square of the depth (a small file deeply nested can fill a server's memory), and
#: nested objects with their own ``@id`` are no blank nodes, so ``NESTING`` does not see them.
JSONLD_DEPTH = Limit("DKG_MAX_JSONLD_DEPTH", 100)
#: Bytes of one write request to ``dkg serve`` (a load's files, or a part of an ingest's texts).
UPLOAD_BYTES = Limit("DKG_MAX_UPLOAD_BYTES", 1 << 30)
#: Bytes of one SPARQL query or update sent to ``dkg serve``: the parser that checks a request
#: before it runs takes time and depth that grow with its size, and no hand-written query comes near.
QUERY_BYTES = Limit("DKG_MAX_QUERY_BYTES", 1 << 20)

#: Quads of one slice ``dkg serve`` writes for ``/export``: the slice is built in the server's own process for
#: any reader who asks, so one request must not hold the machine's memory; ``dkg export`` on the store has no bound.
EXPORT_QUADS = Limit("DKG_MAX_EXPORT_QUADS", 2_000_000)

#: Rows (or triples) of one ``/sparql`` answer of ``dkg serve``: an answer past it is cut there, and says so in its
#: headers; a reader pages with ``ORDER BY`` and ``LIMIT``/``OFFSET`` below it.
RESULT_ROWS = Limit("DKG_MAX_RESULT_ROWS", 10_000)
#: Seconds one ``/sparql`` query of ``dkg serve`` may run before its worker is stopped (503): what one
#: reader's query may hold of the machine.
QUERY_SECONDS = Limit("DKG_MAX_QUERY_SECONDS", 10)
#: Seconds one ``/validate`` upload to ``dkg serve`` may be checked before its worker is stopped (413): what a
#: cost that depends on the upload's content, not its size, may hold of the machine; ``dkg validate`` has no bound.
VALIDATE_SECONDS = Limit("DKG_MAX_VALIDATE_SECONDS", 60)
#: Bytes of memory one ``/validate`` check may add to its worker's address space (``RLIMIT_AS``): a few megabytes of
#: documents that break many shapes make a report of more than a gigabyte.
VALIDATE_MEMORY = Limit("DKG_MAX_VALIDATE_MEMORY_BYTES", 1 << 30)

ALL = (RDF_FILE_BYTES, LITERAL_BYTES, NESTING, JSONLD_DEPTH, UPLOAD_BYTES, QUERY_BYTES, EXPORT_QUADS, RESULT_ROWS, QUERY_SECONDS,
       VALIDATE_SECONDS, VALIDATE_MEMORY)
