"""What the named-query pages say to a user: a short description of each query and the column
headers in the page's language (their words are tables of :mod:`kg.i18n`), and links from the
cells of a result to the cards of the documents and bodies they name.

The query files' own ``description`` stays the technical note (it says how the query works); the
pages fold it away under these words.
"""

from __future__ import annotations

from kg.i18n import QUERY_HEADERS, QUERY_SUMMARIES
from kg.paths import doc_path, iri_path
from kg.rdf.vocab import ID


#: Columns whose values are document keys (several, separated by "; ", in ``documents``).
KEY_COLUMNS = {"key", "set_by", "parent", "reviewed", "reports_on", "documents", "implements"}


def summary(name: str, lang: str) -> str | None:
    """What query ``name`` answers, in ``lang`` (None for a query with no summary yet)."""
    return QUERY_SUMMARIES["en" if lang == "en" else "vi"].get(name)


def header(column: str, lang: str) -> str:
    """The header of ``column`` in ``lang``; the column's name where there is none."""
    return QUERY_HEADERS["en" if lang == "en" else "vi"].get(column, column)


def cell_parts(column: str, value, row: dict) -> list[tuple[str, str | None]]:
    """A cell as pieces of text, each with the page it links to (or None)."""
    if value is None:
        return []
    text = str(getattr(value, "value", value))
    if column in KEY_COLUMNS:
        keys = [k for k in (text.split("; ") if column in ("documents", "implements") else [text]) if k]
        out: list[tuple[str, str | None]] = []
        for i, k in enumerate(keys):
            if i:
                out.append(("; ", None))
            out.append((k, doc_path(k)))
        return out
    if text.startswith(str(ID)):
        key = row.get("key") if column == "document" else None
        return [("id:" + text[len(str(ID)):], iri_path(text, key if isinstance(key, str) else None))]
    return [(text, None)]
