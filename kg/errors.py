"""The one small error hierarchy of directive-kg.

The library raises these; the edges turn them into messages: the CLI into an exit
code and a line on stderr (`kg.cli`), the web app into one JSON error shape or an
error page (`kg.web`). Anything else that escapes is a bug and is reported as one.

The errors users meet most carry a ``code``: their words are a table of ``kg.i18n``
(``ERRORS``, in Vietnamese and English) filled in with the error's ``details``, so that
the CLI can say them in the user's language (:meth:`DkgError.said`); the others are
said as raised, in English, after a Vietnamese word for their kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Words:
    """A phrase of ``kg.i18n.ERRORS`` inside an error's details (the limit a file hit, where in the
    file), said in the language the whole message is said in."""

    key: str
    details: Mapping[str, "str | int | Words"] = field(default_factory=dict)

    def said(self, lang: str = "en") -> str:
        """The phrase in ``lang`` (``vi`` or ``en``)."""
        from kg.i18n import error_words  # noqa: PLC0415  (the words load only once they are said)

        return error_words(self.key, self.details, lang)[0]


def moment(value: str) -> Words:
    """A day or a moment (ISO: ``2026-12-06 09:59``) inside an error's details, said as the message's language writes
    days (``kg.i18n.day_said``: ``06/12/2026 09:59`` in Vietnamese)."""
    from kg.i18n import DAY  # noqa: PLC0415  (the words load only once they are said)

    return Words(DAY, {"value": value})


def in_both(vi: str | None, en: str | None) -> Words:
    """Words their raiser has in both languages (a fact's violation, made with the facts) inside an error's details,
    said in the message's language (the English where there is no Vietnamese)."""
    from kg.i18n import BOTH  # noqa: PLC0415  (the words load only once they are said)

    return Words(BOTH, {"vi": vi or en or "", "en": en or vi or ""})


def joined(phrases: "list[Words]") -> "Words | None":
    """Several phrases said as one, in order, separated as ``note.and`` separates them; None for none."""
    if not phrases:
        return None
    said = phrases[-1]
    for phrase in reversed(phrases[:-1]):
        said = Words("note.and", {"first": phrase, "rest": said})
    return said


#: What an error's details hold: text as it is (names, paths, a parser's words), a count (written
#: with the language's separators), or words of the table.
Detail = str | int | Words


class DkgError(Exception):
    """Base class. ``exit_code`` is the CLI's, ``status`` the HTTP status.

    Give the ``message`` (and ``hint``) in English, or a ``code`` of ``kg.i18n.ERRORS`` and its
    ``details``, whose English words then make the message and hint unless given; ``place`` (a
    file, a file and line) starts the message in every language."""

    exit_code = 1
    status = 400
    kind = "error"

    def __init__(self, message: str | None = None, *, hint: str | None = None, code: str | None = None,
                 details: Mapping[str, Detail] | None = None, place: str | None = None) -> None:
        self.code = code
        self.details: dict[str, Detail] = dict(details or {})
        self.place = place
        #: the hint is the code's (said in each language), not one given in English by the raiser
        self.coded_hint = hint is None and code is not None
        if message is None or hint is None:
            if code is not None:
                from kg.i18n import error_words  # noqa: PLC0415  (the words load only once an error is raised)

                words, words_hint = error_words(code, self.details, "en")
                message = words if message is None else message
                hint = words_hint if hint is None else hint
        if message is None:
            raise TypeError("an error needs a message or a code")
        self.message = f"{place}: {message}" if place else message
        self.hint = hint
        super().__init__(self.message)

    def said(self, lang: str) -> tuple[str, str | None]:
        """The message and hint in ``lang`` (``vi`` or ``en``); in English as raised."""
        if lang == "en":
            return self.message, self.hint
        from kg.i18n import error_said  # noqa: PLC0415  (the words load only once an error is raised)

        return error_said(self, lang)

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


class Conflict(DkgError):
    """The store changed since the caller read it, in a way the caller must see before writing (another reviewer's
    decision taken after the review page was shown)."""

    exit_code = 1
    status = 409
    kind = "conflict"


class NotFound(DkgError):
    """An unknown query name, document key, file or body."""

    exit_code = 2
    status = 404
    kind = "not-found"

    @classmethod
    def document_held(cls, key: str, reason: str, review: str) -> NotFound:
        """The document ``key`` is not in the graph because a violation (``reason``) keeps it in
        the review quarantine; ``review`` is the page where a reviewer can correct or accept it."""
        return cls(code="document-held", details={"key": repr(key), "reason": reason, "review": review})

    @classmethod
    def iri(cls, value: str) -> NotFound:
        """``value``, given where an IRI is taken (a query's parameter, a card's address, a form's field), is no IRI:
        the one error of it, said in the user's language with the fix."""
        return cls(code="not-an-iri", details={"value": repr(value)})


class InputError(DkgError):
    """A file that cannot be read or parsed; names the file and, where known, the line."""

    exit_code = 2
    status = 400
    kind = "input"

    def __init__(self, message: str | None = None, *, file: str | None = None, line: int | None = None,
                 hint: str | None = None, code: str | None = None, details: Mapping[str, Detail] | None = None) -> None:
        where = file or "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(message, hint=hint, code=code, details=details, place=where)
        self.file = file
        self.line = line

    def to_json(self) -> dict:
        out = super().to_json()
        out["file"] = self.file
        out["line"] = self.line
        return out

    @classmethod
    def unreadable(cls, exc: OSError, file: str, *, folder: str) -> "InputError":
        """Why ``file`` could not be read (``exc``): missing, a folder (said by the code ``folder``,
        which names what was expected there) or unreadable, with the system's reason."""
        if isinstance(exc, FileNotFoundError):
            return cls(file=file, code="file-missing")
        if isinstance(exc, IsADirectoryError):
            return cls(file=file, code=folder)
        return cls(file=file, code="file-unreadable", details={"why": exc.strerror or str(exc)})


class ValidationFailed(DkgError):
    """Data that does not conform to the SHACL shapes; carries the report."""

    exit_code = 1
    status = 422
    kind = "validation"

    def __init__(self, message: str, report, *, hint: str | None = None,
                 files: list[str] | None = None) -> None:  # report: kg.validate.validation.Report
        # (the message names the files; said in another language, the files and the count of violations are
        # the detail of the code's words, else the English message is)
        detail: str | Words = message
        if files is not None:
            count = sum(1 for v in report.violations if v.severity == "Violation")
            # (a batch no file names is said in the reader's words too)
            detail = Words("validation.files", {"files": ", ".join(files) if files else Words("validation.batch"),
                                                "count": count})
        super().__init__(message, hint=hint, code="validation-failed", details={"detail": detail})
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


class DiskFull(StoreError):
    """The disk that holds the store has no room left (for a write, or for the query workers' snapshot)."""

    status = 507
    kind = "disk-full"


class StoreLocked(StoreError):
    """Another process holds the store for writing (the engine keeps one writer per folder)."""
