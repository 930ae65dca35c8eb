"""Result tables: Oxigraph terms as plain Python values, and the :class:`Table` the CLI and the
web render (text, CSV, TSV, JSON).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from kg.errors import UsageError
from kg.resources import data_dir
from kg.i18n import CLI_TEXT, day_said, query_code, query_header, units_covered_said
from kg.paths import DOC_BASE
from kg.rdf.vocab import BASE, DKG, ID
from kg.text.dockeys import key_name, label_adds
from kg.text.doctypes import document_types, type_name

XSD = "http://www.w3.org/2001/XMLSchema#"


_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}


def as_float(value) -> float | None:
    """A figure of a row or a field as a float: an int, a float, or text that reads as a number; None for anything
    else (a malformed figure in the data is no figure)."""
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def python_value(term) -> object:
    """An Oxigraph term as a plain Python value (str/int/float/date/bool/None)."""
    if term is None:  # (called for every cell of every row: the common cases first)
        return None
    kind = type(term)
    if kind is ox.Literal:
        convert = _CONVERT.get(term.datatype.value)
        if convert is None:
            return term.value
        v = term.value
        try:
            return convert(v)
        except ValueError:
            return v
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.BlankNode:
        return "_:" + term.value
    return str(term)


_CONVERT: dict[str, Callable[[str], object]] = {
    **{t: int for t in _INT_TYPES},
    **{t: float for t in _FLOAT_TYPES},
    XSD + "date": lambda v: _dt.date.fromisoformat(v[:10]),
    XSD + "boolean": lambda v: v in ("true", "1"),
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _jsonable(value):
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


#: Columns whose values are document keys; in ``documents`` and ``implements``, several joined by "; ".
KEY_COLUMNS = frozenset({"key", "set_by", "parent", "reviewed", "reports_on", "documents", "implements"})


def document_keys(column: str, text: str) -> list[str]:
    """The document keys a cell of a :data:`KEY_COLUMNS` column holds, in order."""
    return [k for k in (text.split("; ") if column in ("documents", "implements") else [text]) if k]


def shown_keys(column: str, text: str) -> str:
    """A cell of a :data:`KEY_COLUMNS` column as a reader reads it: each document by its readable name
    (``kg.text.dockeys.key_name``: 'Kế hoạch thực hiện ...' for 'KH:thực hiện ...'). For the tables a
    person reads; CSV, TSV and JSON keep the keys, which are what a user types and scripts match."""
    return "; ".join(key_name(k) for k in document_keys(column, text))


#: Columns whose values are days: the tables a person reads say them as the language writes them
#: (``kg.i18n.day_said``, 20/12/2023 in Vietnamese); CSV, TSV and JSON keep ISO 8601.
DATE_COLUMNS = frozenset({"date", "issued", "due", "as_of", "first_date", "parent_date", "when", "last_review"})


def document_named(column: str, value: object, row: dict) -> str | None:
    """A cell holding a document's IRI (the ``document`` column, the timeline's ``item``) as the domain names the
    document (tên văn bản): its type written out before its symbol ("Nghị quyết 46-NQ/TW"), or the name of a
    document without a number (:func:`kg.text.dockeys.key_name`). None where the row gives no key to name it by, or
    the cell is no document's (an event of the timeline). A document's name is Vietnamese in both languages, as the
    cards say it; CSV, TSV and JSON keep the IRI."""
    key, code = row.get("key"), row.get("type")
    if column not in ("document", "item") or not isinstance(value, str) or not value.startswith(DOC_BASE):
        return None
    if not isinstance(key, str) or not key:
        return None
    if ":" not in key and isinstance(code, str) and code in document_types():
        return f"{type_name(code)} {key}"
    return key_name(key)


def label_adds_to(label: str, value: object, row: dict) -> bool:
    """Does a row's ``label`` say more than the name its document's cell gives (:func:`document_named`)? Not where it
    is that name again ("Chương trình 115-CTr/TU") or the description an unnumbered document is named by
    (:func:`kg.text.dockeys.label_adds`); it does where the cell names no document (an event's label)."""
    name = document_named("document", value, row)
    if name is None:
        return True
    return label.rstrip("…").strip().casefold() != name.casefold() and label_adds(label, row.get("key"))


@lru_cache(maxsize=1)
def _event_kinds() -> dict[str, dict[str, str]]:
    """The event kinds by code ('study-session') with their names by language, from the vocabulary the store
    loads (``ontology/vocab-events.ttl``), so that a table says them as the cards do."""
    skos = "http://www.w3.org/2004/02/skos/core#"
    scheme = ox.NamedNode(BASE + "vocab/event")
    quads = list(ox.parse(path=str(data_dir("ontology") / "vocab-events.ttl"), format=ox.RdfFormat.TURTLE))
    kinds = {q.subject for q in quads if q.predicate.value == skos + "inScheme" and q.object == scheme}
    out: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.subject in kinds and q.predicate.value == skos + "prefLabel" and q.object.language:
            out.setdefault(q.subject.value.rsplit("/", 1)[-1], {})[q.object.language] = q.object.value
    return out


def event_kind_name(column: str, code: str, lang: str) -> str | None:
    """The name in ``lang`` of an event kind a query answers with in its ``type`` column (the timeline's events:
    'study-session' -> 'Quán triệt, học tập'); None for any other column or value."""
    names = _event_kinds().get(code) if column == "type" else None
    return None if names is None else names.get("en" if lang == "en" else "vi")


def level_unknown(column: str, value, row: dict) -> bool:
    """Is this the empty ``level`` cell of a row about a document (a row with a key)? It says that the
    level of that document is not known (no issuer or level stated), which a blank cell does not."""
    return column == "level" and value is None and bool(row.get("key"))


_COMPACT = [(str(ID), "id:"), (str(DKG), "dkg:"), (BASE + "vocab/", "vocab:")]


#: the first characters with which a spreadsheet reads a cell as a formula (or, tab and carriage return, as the
#: start of one after its own trimming)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """A cell for a file a spreadsheet opens: text that a spreadsheet would take for a formula (an article's sentence
    "=HYPERLINK(...)" or "- Tiếp tục ...", a body's name beginning with "@") is kept as text by the apostrophe the
    spreadsheet itself uses for that, which it does not show; numbers and other values are left as they are."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _compact(text: str) -> str:
    for long, short in _COMPACT:
        if text.startswith(long):
            return short + text[len(long):]
    return text


@dataclass
class Table:
    """A query result: column names and rows of plain Python values (IRIs as str)."""

    columns: list[str]
    rows: list[dict]
    query: str = ""
    meta: dict = field(default_factory=dict)
    #: what a post step found beside its rows, for another query's post step to read, never written out (the
    #: targets query's: each outcome matched to a target by its words, ``kg.queries.post.post_targets``)
    found: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list:
        return [r.get(name) for r in self.rows]

    def to_json(self) -> dict:
        return {"query": self.query, "columns": list(self.columns),
                "rows": [{c: _jsonable(r.get(c)) for c in self.columns} for r in self.rows],
                "meta": _json_tree(self.meta)}

    def render(self, fmt: str = "table", *, width: int | None = None, lang: str | None = None,
               excel: bool = False) -> str:
        """The table as ``fmt``; ``width`` (for ``table``): the terminal's columns, which the text
        then fits by shortening the widest columns and, past that, leaving out the last ones.
        ``lang`` (for ``table``, the text a person reads): headers, levels and statuses said in it
        (``kg.i18n.query_header``, ``query_code``); CSV, TSV and JSON keep the columns' names and
        codes, which scripts read. ``excel`` (CSV and TSV): the text starts with a UTF-8 byte-order
        mark, without which Excel reads UTF-8 as the system's legacy code page ("Chương" shown as
        "ChÆ°Æ¡ng"); scripts' readers take it as part of the first column's name, so only on request. Its text
        cells are also made ``spreadsheet_safe`` (no formula from an article's words); plain CSV keeps them as
        they are, for scripts."""
        if fmt == "json":
            return json.dumps([{c: _jsonable(r.get(c)) for c in self.columns} for r in self.rows],
                              ensure_ascii=False, indent=2) + "\n"
        if fmt in ("csv", "tsv"):
            buf = io.StringIO()
            writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)
            writer.writerow(self.columns)
            for r in self.rows:
                cells = [("" if r.get(c) is None else _jsonable(r.get(c))) for c in self.columns]
                if excel:
                    cells = [spreadsheet_safe(x) for x in cells]
                # (a carriage return is a line break of the text: the writer quotes a cell with "\n" but not one with
                # a bare "\r", which every reader then takes for the end of the row)
                cells = [x.replace("\r\n", "\n").replace("\r", "\n") if isinstance(x, str) else x for x in cells]
                if fmt == "tsv":
                    cells = [str(x).replace("\t", " ").replace("\r", " ").replace("\n", " ") for x in cells]
                writer.writerow(cells)
            return ("\ufeff" if excel else "") + buf.getvalue()
        if fmt == "table":
            return self._text(total=width, lang=lang)
        raise UsageError(f"unknown format {fmt!r}", hint="one of: table, csv, tsv, json")

    def _text(self, width: int = 60, total: int | None = None, lang: str | None = None) -> str:
        # a document's column says its name (``document_named``): the key's column would say it again, and a label
        # that says no more than that name is left blank
        named = next((c for c in ("document", "item") if c in self.columns), None)
        shown_columns = [c for c in self.columns if not (named and c == "key")]

        def show(column: str, v, row: dict) -> str:
            if level_unknown(column, v, row):
                v = "unknown"
            if column == "label" and named and isinstance(v, str) and not label_adds_to(v, row.get(named), row):
                return ""
            word = (query_code(column, v, lang) or event_kind_name(column, v, lang)) if lang and isinstance(v, str) else None
            if word is None and column in KEY_COLUMNS and isinstance(v, str):
                word = shown_keys(column, v)
            if word is None:
                word = document_named(column, v, row)
            if word is None and column in DATE_COLUMNS and v is not None:
                word = day_said(v, lang or "en")
            return word or _compact(_cell(v)).replace("\n", " ")

        def cut(s: str, w: int) -> str:
            return s if len(s) <= w else s[: max(w - 1, 0)] + "…"

        cells = [[show(c, r.get(c), r) for c in shown_columns] for r in self.rows]
        if named and "label" in shown_columns and self.rows:  # (a column of labels none of which adds a word)
            at = shown_columns.index("label")
            if not any(row[at] for row in cells):
                shown_columns.pop(at)
                cells = [row[:at] + row[at + 1:] for row in cells]
        columns = [query_header(c, lang) for c in shown_columns] if lang else list(shown_columns)
        widths = [min(width, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(columns)]
        hidden: list[str] = []
        if total is not None:
            widths, hidden = _fit(columns, widths, total)
            columns = columns[: len(widths)]
        lines = ["  ".join(cut(c, w).ljust(w) for c, w in zip(columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(cut(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
        if lang == "vi":  # (English keeps its plural forms)
            words = CLI_TEXT[lang]
            lines.append(words["rows"].format(n=len(self.rows)))
            if hidden:
                # each with the name CSV and JSON give it, which is where the note sends the reader
                raw = shown_columns[len(columns):]
                names = [h if h == r else f"{h} ({r})" for h, r in zip(hidden, raw)]
                lines.append(words["hidden"].format(n=len(hidden), names=", ".join(names)))
        else:
            lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
            if hidden:
                lines.append(f"({len(hidden)} more column{'s' if len(hidden) != 1 else ''} not shown: "
                             f"{', '.join(hidden)}; --format csv or json shows every column)")
        for key, value in self.meta.items():
            # (the coverage query's count of units with a document, said in the reader's words)
            lines += units_covered_said(value, lang or "en") if key == "units" else _meta_lines(key, _json_tree(value))
        return "\n".join(lines) + "\n"


def _meta_lines(key: str, tree) -> list[str]:
    """A summary beside a table, as a reader is shown it: a group of figures a line (``lag``'s
    ``per_level``: "  province: documents 1, median_days 117, ...", empty figures left out), not
    JSON; anything else as JSON on one line (``--format json`` keeps every value)."""
    if isinstance(tree, dict) and tree and all(isinstance(v, dict) for v in tree.values()):
        return [f"{key}:"] + [f"  {group}: " + ", ".join(f"{name} {v}" for name, v in figures.items() if v is not None)
                              for group, figures in tree.items()]
    return [f"{key}: {json.dumps(tree, ensure_ascii=False)}"]


#: Narrowest a column is shortened to before columns are left out.
_MIN_COLUMN = 8


def _fit(columns: list[str], widths: list[int], total: int) -> tuple[list[int], list[str]]:
    """Widths that fit ``total`` characters (two spaces between columns): the widest columns are
    shortened first, down to ``_MIN_COLUMN``; columns that still do not fit are left out, from the
    last. Returns the widths of the columns kept and the names of those left out."""
    widths = list(widths)
    hidden: list[str] = []

    def used() -> int:
        return sum(widths) + 2 * (len(widths) - 1)

    while used() > total:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] > _MIN_COLUMN:
            others = sorted((w for i, w in enumerate(widths) if i != widest), reverse=True)
            floor = max(_MIN_COLUMN, others[0] if others else _MIN_COLUMN, widths[widest] - (used() - total))
            widths[widest] = floor if floor < widths[widest] else widths[widest] - 1
        elif len(widths) > 1:
            widths.pop()
            hidden.insert(0, columns[len(widths)])
        else:
            break
    return widths, hidden


def _json_tree(value):
    if isinstance(value, dict):
        return {k: _json_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_tree(v) for v in value]
    return _jsonable(value)


def fill(rows: list[dict], details: list[dict], columns: tuple[str, ...], key: str, detail_key: str | None = None) -> None:
    """Copy ``columns`` into ``rows`` from the details rows whose ``detail_key`` (default: ``key``)
    equals the row's ``key``. Where the details give several values (a document with two labels),
    the smallest is taken, so that the answer does not depend on the order a store returns its
    rows in; a row without details gets ``None``."""
    found: dict[str, dict[str, object]] = {}
    for d in details:
        k = d.get(detail_key or key)
        if k is None:
            continue
        slot = found.setdefault(k, {})
        for col in columns:
            v = d.get(col)
            if v is not None:
                old = slot.get(col)
                if old is None or (v != old and sort_key(v) < sort_key(old)):
                    slot[col] = v
    for r in rows:
        k = r.get(key)
        slot = (found.get(k) if k is not None else None) or {}
        for col in columns:
            r[col] = slot.get(col)


def sort_key(value) -> tuple:
    """A cell as a sort key that puts empty cells first and never compares a number with text."""
    if value is None:
        return (0, 0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value, "")
    return (2, 0, str(value))
