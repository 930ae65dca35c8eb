"""What the named-query pages say to a user: a short description of each query and the column
headers in the page's language (their words are tables of :mod:`kg.i18n`), and links from the
cells of a result to the cards of the documents and bodies they name.

The query files' own ``description`` stays the technical note (it says how the query works); the
pages fold it away under these words.
"""

from __future__ import annotations


from kg.i18n import QUERY_SUMMARIES, query_header
# (what a cell says and which columns a result shows: one rule with ``dkg query``'s table, kg.queries.cells; a wide
# result's columns joined for the screen, kg.queries.joined)
from kg.queries.cells import DATE_COLUMNS as DATE_COLUMNS, cell_parts as cell_parts, said_rows as said_rows
from kg.queries.cells import parameter_need as parameter_need
from kg.queries.joined import JOINED as JOINED, joined_parts as joined_parts, page_cells as page_cells
from kg.queries.joined import page_columns as page_columns


def summary(name: str, lang: str) -> str | None:
    """What query ``name`` answers, in ``lang`` (None for a query with no summary yet)."""
    return QUERY_SUMMARIES["en" if lang == "en" else "vi"].get(name)


#: The header of a column in a language (``kg.i18n.query_header``, which ``dkg query`` says its table's headers with).
header = query_header
