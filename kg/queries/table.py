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

import pyoxigraph as ox

from kg.errors import UsageError
from kg.i18n import CLI_TEXT, LAG_SUMMARY, format_number, query_code, query_header, units_covered_said
from kg.queries.cells import joined
from kg.queries.joined import page_cells
from kg.rdf import vocab
from kg.text.dockeys import key_name

XSD = str(vocab.XSD)


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


def _jsonable(value):
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


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
        ``lang`` (for ``table``, the text a person reads; English unless ``vi``): its columns, headers and
        cells as the pages say them (``kg.queries.cells``); CSV, TSV and JSON keep the columns' names and
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
        # what each cell says and which columns are shown, a wide result's joined as its page joins them (a target's
        # figure, latest outcome and source one column each, not twenty cut to a few letters): the one rule of the
        # pages too (``kg.queries.joined``, ``kg.queries.cells``)
        lang = "vi" if lang == "vi" else "en"
        shown, parts = page_cells(self.query, list(self.columns), self.rows, lang)
        shown_columns = [c for c, _ in shown]
        cells = [[joined(cell).replace("\n", " ") for cell in row] for row in parts]

        def cut(s: str, w: int) -> str:
            return s if len(s) <= w else s[: max(w - 1, 0)] + "…"

        columns = [query_header(c, lang) for c in shown_columns]
        widths = [min(width, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(columns)]
        hidden: list[str] = []
        if total is not None:
            widths, hidden = _fit(columns, widths, total)
            columns = columns[: len(widths)]
        lines = ["  ".join(cut(c, w).ljust(w) for c, w in zip(columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(cut(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
        # each column left out with the name CSV and JSON give it, which is where the note sends the reader
        names = ", ".join(h if h == r else f"{h} ({r})" for h, r in zip(hidden, shown_columns[len(columns):]))
        if lang == "vi":  # (English keeps its plural forms)
            words = CLI_TEXT[lang]
            lines.append(words["rows"].format(n=len(self.rows)))
            if hidden:
                lines.append(words["hidden"].format(n=len(hidden), names=names))
        else:
            lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
            if hidden:
                lines.append(f"({len(hidden)} more column{'s' if len(hidden) != 1 else ''} not shown: "
                             f"{names}; --format csv or json shows every column)")
        for key, value in self.meta.items():
            # (the coverage query's count of units with a document, said in the reader's words)
            lines += units_covered_said(value, lang) if key == "units" else _meta_lines(key, _json_tree(value), lang)
        return "\n".join(lines) + "\n"


def _meta_lines(key: str, tree, lang: str = "en") -> list[str]:
    """A summary beside a table, as a reader is shown it: a group of figures a line (``lag``'s
    ``per_level``: "  Tỉnh: số văn bản 1, trung vị (ngày) 117, ...", in the reader's words, empty figures left out),
    not JSON; anything else as JSON on one line (``--format json`` keeps every value and code)."""
    if isinstance(tree, dict) and tree and all(isinstance(v, dict) for v in tree.values()):
        words = LAG_SUMMARY[lang]

        def said(name: str, v) -> str:
            value = key_name(v) if name == "slowest" and isinstance(v, str) else format_number(v, lang) if isinstance(v, (int, float)) else v
            return f"{words.get(name, name)} {value}"

        return [words.get(key, f"{key}:")] + [f"  {query_code('level', group, lang) or group}: "
                                              + ", ".join(said(name, v) for name, v in figures.items() if v is not None)
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
