"""What one input may cost (giới hạn đầu vào): settings with defaults, read from the environment.

A hostile or broken file must be refused before it can exhaust the machine, and the refusal
names the setting that was hit so the user knows what to raise or how to split the input.
Every limit here is documented in README ("Limits"); the checks live where the input is parsed
(``kg.rdf.files`` for RDF files).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from kg.errors import InputError, UsageError, Words


@dataclass(frozen=True)
class Limit:
    """One setting: its environment variable, its default and what it bounds (``what``: the
    words ``limit.ENV`` of ``kg.i18n.ERRORS``). ``least``: the smallest value that lets a normal input through,
    where that is more than 1 (why: the words ``least.ENV``); a smaller one is refused when it is read, by name,
    rather than refusing every input later in words that blame the input."""

    env: str
    default: int
    least: int = 1

    @property
    def what(self) -> str:
        """What the limit counts, in English (``bytes in one RDF file``)."""
        from kg.i18n import ERRORS  # noqa: PLC0415  (the words load only once a limit is reported)

        return ERRORS["en"]["limit." + self.env]

    def value(self) -> int:
        """The setting's value, else its default; a value that is no whole number, or under ``least``, is refused as
        a usage error (a setting, not an input: said without a file's name before it)."""
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        if not raw:
            return self.default
        try:
            value = int(raw)
        except ValueError:
            raise UsageError(code="setting-word", details={"env": self.env, "value": repr(raw), "default": self.default,
                                                           "what": Words("limit." + self.env)}) from None
        if value <= 0:
            raise UsageError(code="setting-positive", details={"env": self.env, "default": self.default})
        if value < self.least:
            raise UsageError(code="setting-least", details={"env": self.env, "value": value, "least": self.least,
                                                            "default": self.default, "why": Words("least." + self.env)})
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
#: documents that break many shapes make a report of more than a gigabyte. At least 300 MB: the engine's loader of the
#: data to check reserves one fixed block of address space as it starts, whatever the data (``bulk_extend``; mostly
#: untouched, its size in bench/RELIABILITY.md), so under that floor even a file of one triple was stopped as over it.
VALIDATE_MEMORY = Limit("DKG_MAX_VALIDATE_MEMORY_BYTES", 1 << 30, least=300_000_000)

#: The settings ``dkg serve`` reads while it answers: read once as it starts, so that a bad one stops the start, named,
#: instead of failing a reader's request.
SERVER = (UPLOAD_BYTES, QUERY_BYTES, EXPORT_QUADS, RESULT_ROWS, QUERY_SECONDS, VALIDATE_SECONDS, VALIDATE_MEMORY,
          JSONLD_DEPTH)

ALL = (RDF_FILE_BYTES, LITERAL_BYTES, NESTING, JSONLD_DEPTH, UPLOAD_BYTES, QUERY_BYTES, EXPORT_QUADS, RESULT_ROWS, QUERY_SECONDS,
       VALIDATE_SECONDS, VALIDATE_MEMORY)
