"""The words of the interfaces (the web pages, ``dkg show`` and the other commands' output) in
Vietnamese and English, and how they are said: this module owns ``format_number`` and the saying
of errors (``error_words``, ``error_said``); the tables live in its modules, one per area, each
with the same keys in both languages: ``pages`` (the web pages and the document card),
``queries`` (the named queries' pages), ``doubts`` (why a fact is doubtful), ``commands`` (the command line's tables), ``help`` (each command's ``--help`` in Vietnamese),
``messages`` (errors), ``query_errors`` (a query's errors), ``input_errors`` (a file's sent in), ``notes`` (the
command line's notes and what a write did), ``server`` (what an operator of ``dkg serve`` meets) and ``usage`` (a
command's refusals of what it cannot do), the last five joined to the errors' table.

May import nothing else of ``kg``; every other part may import it (errors and limits do so
lazily, when they are said)."""

from __future__ import annotations

import re
import string
from decimal import Decimal
from collections.abc import Mapping
from typing import Protocol

from kg.i18n.commands import CLI_TEXT, COMMAND_SUMMARIES, SCOREBOARD_TEXT
from kg.i18n.doubts import DOUBT_WORDS, doubts_said
from kg.i18n.help import command_help, option_help
from kg.i18n.messages import ERRORS
from kg.i18n.pages import REVIEW, REVIEW_FIELDS, SCOREBOARD, SPARQL, TEXT
from kg.i18n.queries import DOCUMENT_FIELDS, LAG_SUMMARY, QUERY_HEADERS, QUERY_SUMMARIES

__all__ = ["CLI_TEXT", "COMMAND_SUMMARIES", "DOUBT_WORDS", "doubts_said", "DOCUMENT_FIELDS", "ERRORS", "LAG_SUMMARY", "QUERY_HEADERS", "QUERY_SUMMARIES", "REVIEW", "REVIEW_FIELDS",
           "SCOREBOARD", "SCOREBOARD_TEXT", "SPARQL", "TEXT", "Coded", "Phrase", "error_said",
           "command_help", "count_said", "day_said", "files_said", "days_said", "text_days_said", "error_words", "page_hint", "figure_said", "format_number", "option_help", "query_code", "query_header", "share_said", "task_said",
           "tie_said", "units_covered_said", "words_said"]


def format_number(value: float | Decimal | None, lang: str = "vi", places: int | None = None) -> str:
    """A figure as the page's language writes it: 1234567.25 is ``1.234.567,25`` in Vietnamese and
    ``1,234,567.25`` in English; a whole number has no decimals (``1.500``), others at most three
    (Babel's CLDR rules), or exactly ``places`` (a measure in a column, ``0,300``); None is the empty string. The one
    number format of the pages, the scoreboard, ``dkg show`` and ``dkg analyze``."""
    if value is None:
        return ""
    from babel.numbers import format_decimal  # noqa: PLC0415  (tens of ms: only pages and cards write figures)

    pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale="en" if lang == "en" else "vi")


def count_said(count: float, noun: str, lang: str = "vi") -> str:
    """``count`` and what it counts, as the language says them: ``noun`` is the one form and the many apart by
    ``|`` ("fact|facts": "1 fact", "3 facts", "0 facts"), or one form alone, as Vietnamese writes a noun whatever
    the count ("dữ kiện": "1 dữ kiện", "3 dữ kiện"); the count as :func:`format_number` writes it. The one rule of
    plurals: the tables' ``{facts:fact|facts}`` (:func:`words_said`) and the pages' counted nouns come here; a figure
    that is no whole count takes the many form ("87.5 days")."""
    one, many = noun.split("|", 1) if "|" in noun else (noun, noun)
    return f"{format_number(count, lang)} {one if count == 1 else many}"


#: How a target's comparison is written before its figure; equality goes without a sign ("90 %").
COMPARISON_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "~": "≈", "=": ""}


def figure_said(value: object, unit: str | None = None, comparator: str | None = None, lang: str = "vi") -> str:
    """A figure as a reader is shown it: its comparison as a sign apart from the number, the number as
    the language writes it, then its unit (``≥ 1.500 hội viên``, ``90 %``); the one way the review
    lines and ``dkg show`` write a target's figure."""
    sign = COMPARISON_SIGNS.get(comparator or "", comparator or "")
    number = format_number(value, lang) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
    return " ".join(x for x in (sign, number, unit or "") if x)


def share_said(ratio: float | None, margin: float | None, unit: str | None, lang: str = "vi") -> str:
    """How far an outcome went against its target, as an analyst says it: the share of a goal
    (``115%``), or, for a ceiling (``margin``: the target's figure less the outcome's, set by
    ``kg.queries.achievement`` for ``<=`` and ``<`` alone), how far under or over it (``thấp hơn mức
    chỉ tiêu 0,6 điểm %``: 2,4% against "dưới 3%" is no 80% of anything). Empty where neither is
    known. The one saying of it: the card, the targets table, its CSV for a report and the scoreboard."""
    words = TEXT["en" if lang == "en" else "vi"]
    if margin is not None:
        if margin == 0:
            return words["share_at_ceiling"]
        amount = " ".join(x for x in (format_number(abs(margin), lang),
                                      words["share_points"] if (unit or "").strip() == "%" else (unit or "")) if x)
        return words["share_under" if margin > 0 else "share_over"].format(amount=amount)
    return f"{format_number(round(100 * ratio, 1), lang)}%" if ratio is not None else ""


#: What the extractor appends to a task a body has already carried out, as a review reports it
#: (the facts' convention, ``articles/README.md``).
REPORTED_TASK = " (reported)"


def task_said(text: str | None, lang: str) -> str | None:
    """A task's words for a reader in ``lang``: the facts' English marker of a task already done
    ("... (reported)") said in the reader's language."""
    if text and text.endswith(REPORTED_TASK):
        return text[: -len(REPORTED_TASK)] + " " + TEXT["en" if lang == "en" else "vi"]["task_reported"]
    return text


#: A day as the store and the JSON twins write it (ISO 8601): 2023-12-20, a year and month 2023-12, or a moment
#: 2023-12-20T08:15:00 / 2023-12-20 08:15 (the rest after the day kept as it is).
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
#: A day among other words ("1.560 văn bản (2025-11-28)", "(28/11/2025)"): a whole day only, not part of a longer
#: figure; an ISO one is said anew, one already day first is only found.
_DAY_IN_TEXT = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])|(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])")


def day_said(value: object, lang: str = "vi") -> str:
    """A day (or a moment) as the page's language writes it: Vietnamese day first, ``20/12/2023`` (a month
    ``12/2023``, a moment ``20/12/2023 08:15``); English keeps ISO 8601, ``2023-12-20``, as its pages always
    have. The one rule of every page and of ``dkg show``; the JSON twins, CSV and exports keep ISO. Anything
    that is not such a day (a word, a year alone, an empty value) comes back as it is (None as '')."""
    text = "" if value is None else str(value)
    found = _ISO_DAY.match(text)
    if not found:
        return text
    rest = text[found.end():]
    if found[3] is None:  # a year and a month, nothing after it
        return f"{found[2]}/{found[1]}" if lang != "en" and not rest else text
    if rest and not re.match(r"[T ]\d{2}:\d{2}", rest):
        return text
    time = " " + rest[1:] if rest else ""  # a moment's T a space, in both languages
    return (found[0] if lang == "en" else f"{found[3]}/{found[2]}/{found[1]}") + time


def days_said(text: str, lang: str = "vi") -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each whole day in it (ISO or day first) said by :func:`day_said` and marked True
    (for a page to keep it on one line), the words between unchanged and marked False."""
    pieces, last = [], 0
    for m in _DAY_IN_TEXT.finditer(text):
        pieces += [(text[last:m.start()], False), (day_said(m[0], lang), True)]
        last = m.end()
    pieces.append((text[last:], False))
    return [p for p in pieces if p[0]]


def text_days_said(text: str, lang: str = "vi") -> str:
    """``text`` (a violation's words, made with the facts before the reader's language is known) with each whole
    day in it said by :func:`day_said`: what the command line prints where a page keeps each day on one line."""
    return "".join(piece for piece, _ in days_said(text, lang))


def tie_said(tie: Mapping | None, lang: str) -> str:
    """An outcome a reviewer tied to a target, as the card and ``dkg show`` say it: who confirmed it and when
    (``tie``: ``reviewer``, ``at`` as ISO time in UTC, ``kg.cards.model``), else that a reviewer did."""
    words = TEXT["en" if lang == "en" else "vi"]
    if not tie or not tie.get("reviewer"):
        return words["tie_confirmed"]
    return words["tie_confirmed_by"].format(reviewer=tie["reviewer"], at=day_said((tie.get("at") or "")[:16], lang))


#: How many files a line names where it has many to name (a folder ingested again, the files of a change set): the
#: first few by name, then how many more; the JSON keeps them all.
FILES_NAMED = 5


def files_said(names: list[str], lang: str) -> str:
    """``names`` joined, those past the first :data:`FILES_NAMED` said by their number ("a.txt, ..., e.txt và 7 tệp
    khác"): what ``dkg ingest``'s report and ``dkg history`` say of many files."""
    shown = ", ".join(names[:FILES_NAMED])
    if len(names) <= FILES_NAMED:
        return shown
    return CLI_TEXT["en" if lang == "en" else "vi"]["files.more"].format(names=shown, more=len(names) - FILES_NAMED)


def units_covered_said(units: Mapping[str, Mapping] | None, lang: str) -> list[str]:
    """The coverage query's count of a province's units with a document (``meta["units"]``, by level and kind:
    ``kg.queries.post``), a line a level, district level first: "Đơn vị cấp xã đã có văn bản triển khai: 1/124
    (Xã 1/103; Phường 0/21)". What ``dkg query coverage`` prints under its table and its page shows above it."""
    lines = []
    for level in ("district", "commune"):
        group = (units or {}).get(level)
        if not group:
            continue
        kinds = "; ".join(f"{query_code('kind', kind, lang) or kind} {covered}/{count}"
                          for kind, (covered, count) in group["kinds"].items())
        said = TEXT["en" if lang == "en" else "vi"][f"units_covered_{level}"].format(**group)
        lines.append(f"{said} ({kinds})" if len(group["kinds"]) > 1 else said)
    return lines


def query_header(column: str, lang: str) -> str:
    """The header of a named query's result ``column`` in ``lang``; the column's name where there is
    none (the headers of the web's result tables and of ``dkg query``'s text table)."""
    return QUERY_HEADERS["en" if lang == "en" else "vi"].get(column, column)


#: The codes a status column of the targets and outcomes queries holds (a target's attainment), and
#: those of a reviewer's assessment.
ATTAINMENT = ("pending", "met", "exceeded", "partly", "not-met")
ASSESSMENT = ("attained", "partly", "not-attained", "no-data")
#: Codes of named queries said with the scoreboard's words: (column, code) -> key of ``SCOREBOARD``. What a
#: timeline entry is, which review is due or was held, whether a province has a document (``coverage``).
SCOREBOARD_CODES = {("what", "document"): "document", ("what", "event"): "event",
                    ("review", "interim"): "interim", ("review", "final"): "final",
                    ("kind", "interim"): "interim", ("kind", "final"): "final",
                    ("status", "covered"): "implemented", ("status", "none"): "none"}


def query_code(column: str, code: str, lang: str) -> str | None:
    """The word in ``lang`` for a code a named query answers with in ``column`` (a level, a
    target's status, an assessment, those of :data:`SCOREBOARD_CODES`); None for any other value."""
    lang = "en" if lang == "en" else "vi"
    if column == "level" or (column == "kind" and code in ("province", "district", "commune")):  # (coverage's units)
        return TEXT[lang].get(f"level_{code}")
    if column == "kind" and code in ("ward", "town", "special-zone", "urban-district", "district-town", "city"):
        # (coverage's: a phường is no xã, a thị xã no huyện)
        return TEXT[lang][f"unit_{code}"]
    if column == "status" and code in ATTAINMENT:
        return SCOREBOARD[lang][code]
    if column == "assessed" and code in ASSESSMENT:
        return REVIEW[lang][code]
    if column == "link" and code in ("stated", "confirmed", "words"):  # how the targets query's outcome was tied to its target
        return TEXT[lang][f"tie_{code}"]
    if (column, code) in SCOREBOARD_CODES:
        return SCOREBOARD[lang][SCOREBOARD_CODES[column, code]]
    return None


class Phrase(Protocol):
    """Words of ``ERRORS`` inside an error's details (``kg.errors.Words``)."""

    @property
    def key(self) -> str: ...

    @property
    def details(self) -> Mapping[str, str | int]: ...


class Coded(Protocol):
    """What an error says (``kg.errors.DkgError``), read here without importing it."""

    code: str | None
    details: dict
    place: str | None
    coded_hint: bool
    kind: str
    message: str
    hint: str | None


class _Filled(string.Formatter):
    """A table's words filled in for ``lang``: each value said by :func:`_said`; a count followed by its noun's
    forms, ``{facts:fact|facts}``, said by :func:`count_said`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:  # (a count given as text, "3", is said with the many form: the words stay whole)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return count_said(value, format_spec, self.lang)
            return f"{_said(value, self.lang)} {format_spec.split('|', 1)[1]}"
        return format(_said(value, self.lang), format_spec)


def words_said(words: str, lang: str, /, **values: object) -> str:
    """``words`` (a table's, in ``lang``) filled in with ``values``: counts and days as the language writes them,
    a count with its noun where the words give its forms (``"rejected {facts:fact|facts}"``: "rejected 1 fact")."""
    return _Filled("en" if lang == "en" else "vi").vformat(words, (), values)


def error_words(code: str, details: Mapping[str, object], lang: str) -> tuple[str, str | None]:
    """The message and hint (None where the code has none) of ``code`` in ``lang``, filled in with
    ``details`` by :func:`words_said`."""
    table = ERRORS["en" if lang == "en" else "vi"]
    hint = table.get(code + ".hint")
    return words_said(table[code], lang, **details), None if hint is None else words_said(hint, lang, **details)


def page_hint(error: Coded, lang: str) -> str | None:
    """What to do, said to a reader of a web page in ``lang``, where the table says it apart from the hint
    (``CODE.page``: a hint that names a command, `dkg query search`, tells a reader of a page nothing to do there);
    None where it does not (the page then shows the hint), or where the error's hint is not its code's."""
    if error.code is None or not error.coded_hint:
        return None
    words = ERRORS["en" if lang == "en" else "vi"].get(error.code + ".page")
    return None if words is None else words_said(words, lang, **error.details)


#: The key of a phrase that is a day or a moment (``Words(DAY, {"value": "2026-12-06 09:59"})``): said by
#: :func:`day_said` in the message's language (day first in Vietnamese), where a table's words cannot say it.
DAY = "day"
#: The key of a phrase its raiser says in both languages itself (``Words(BOTH, {"vi": ..., "en": ...})``: a fact's
#: violation, whose words are made with the facts), said in the message's language, its days as that language writes
#: them.
BOTH = "both"


def _said(value: object, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):  # (a median lag of 87.5 days: 87,5 in Vietnamese)
        return format_number(value, lang)
    key, details = getattr(value, "key", None), getattr(value, "details", None)
    if key == DAY and isinstance(details, Mapping):
        return day_said(details.get("value"), lang)
    if key == BOTH and isinstance(details, Mapping):
        return text_days_said(str(details.get("en" if lang == "en" else "vi") or ""), lang)
    if isinstance(key, str) and isinstance(details, Mapping):
        return error_words(key, details, lang)[0]
    return str(value)


def error_said(error: Coded, lang: str) -> tuple[str, str | None]:
    """An error's message and hint in ``lang``: its code's words where the table has them (a hint
    given in English by whoever raised it stays so), else its kind's name and the message as raised."""
    table = ERRORS["en" if lang == "en" else "vi"]
    if error.code is not None and error.code in table:
        message, hint = error_words(error.code, error.details, lang)
        return (f"{error.place}: {message}" if error.place else message), (hint if error.coded_hint else error.hint)
    kind = table.get("kind." + error.kind) if error.kind != "error" else None  # ("lỗi" is the line's own label)
    return (f"{kind}: {error.message}" if kind and lang != "en" else error.message), error.hint
