"""The one small error hierarchy of directive-kg.

The library raises these; the edges turn them into messages: the CLI into an exit
code and a line on stderr (`kg.cli`), the web app into one JSON error shape or an
error page (`kg.web`). Anything else that escapes is a bug and is reported as one.
"""

from __future__ import annotations


class DkgError(Exception):
    """Base class. ``exit_code`` is the CLI's, ``status`` the HTTP status."""

    exit_code = 1
    status = 400
    kind = "error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def to_json(self) -> dict:
        out = {"error": self.kind, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        return out


class UsageError(DkgError):
    """The caller asked for something malformed (bad parameter, missing argument)."""

    exit_code = 2
    status = 400
    kind = "usage"


class NotFound(DkgError):
    """An unknown query name, document key, file or body."""

    exit_code = 2
    status = 404
    kind = "not-found"


class InputError(DkgError):
    """A file that cannot be read or parsed; names the file and, where known, the line."""

    exit_code = 2
    status = 400
    kind = "input"

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        where = file or "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {message}", hint=hint)
        self.file = file
        self.line = line

    def to_json(self) -> dict:
        out = super().to_json()
        out["file"] = self.file
        out["line"] = self.line
        return out


class ValidationFailed(DkgError):
    """Data that does not conform to the SHACL shapes; carries the report."""

    exit_code = 1
    status = 422
    kind = "validation"

    def __init__(self, message: str, report, *, hint: str | None = None) -> None:  # report: kg.validate.validation.Report
        super().__init__(message, hint=hint or "fix the data, or load it with --force to keep it in the review quarantine")
        self.report = report

    def to_json(self) -> dict:
        out = super().to_json()
        out["report"] = self.report.to_json()
        return out


class QueryError(DkgError):
    """A SPARQL query that does not parse, or is refused (SERVICE, LOAD, update)."""

    exit_code = 2
    status = 400
    kind = "query"


class StoreError(DkgError):
    """The store cannot be opened or written (locked, unreachable, corrupt)."""

    exit_code = 3
    status = 503
    kind = "store"


class StoreLocked(StoreError):
    """Another process holds the store for writing (the engine keeps one writer per folder)."""
