"""Office files as analysts have them (văn bản Word): a Word ``.docx`` -> its text, and the title an office file's
metadata give, where it is one.

``read_docx`` gives a Word file's paragraphs and tables in document order (python-docx). A table of figures gives
one line per row, its cells joined by `` | ``; a table that only lays out an official text's heading or its
closing (the issuing body and number on the left, the national motto and the place-and-date line on the right;
the recipients and the signature), two columns and a few rows whose cells hold several paragraphs, gives each
cell's lines in turn, as the text reads them, not the first line of one cell joined to the first of the other.

``metadata_title`` reads a PDF's or a Word file's title property: none where it is only a file's name or address.
``is_template_title`` tells the title of the template a file was made from ("Mẫu báo cáo"), which Word carries over.
"""
from __future__ import annotations

import io
import re
import shlex
import zipfile
from pathlib import Path

from kg.errors import InputError
from kg.extract.text import fold_same_length, vi

__all__ = ["is_template_title", "metadata_title", "read_docx"]

#: A "title" that is only the name or address of the printed file (a page without a <title>), or a file's
#: name without its extension as a page's <title> or a writer's metadata often is: one word of three or more
#: unaccented parts joined by hyphens or underscores ("kh-phuong-an-binh", "bao_cao_so_ket"), where a
#: headline has spaces ("COVID-19", two parts, stays).
_FILE_TITLE = re.compile(r"\S+\.(?:html?|xhtml|php|aspx?|jsp|txt|pdf|docx?)|[a-z][a-z0-9+.-]*://\S*|[\w.-]+/\S*"
                         r"|[a-z0-9]+(?:[-_][a-z0-9]+){2,}", re.IGNORECASE)


#: The title of a template ("Mẫu báo cáo", "Mẫu tin bài", "Mẫu số 02", "Template"): a file made from it keeps it.
#: "Mẫu" then a kind of text or a number; not "Mẫu giáo" (a kindergarten), "mẫu mực" (exemplary) and the like.
_TEMPLATE_TITLE = re.compile(vi(r"(?:mẫu|template)(?:$|[ _.-]*(?:số|\d|báo cáo|tin|bài|văn bản|công văn|kế hoạch|quyết định"
                                r"|tờ trình|biên bản|thông báo|nghị quyết|chương trình|giấy|đơn)(?![a-z]))"))


def is_template_title(title: str | None) -> bool:
    """Whether an office file's title property names the template it was made from, not the file's text."""
    return bool(title) and _TEMPLATE_TITLE.match(fold_same_length(title.strip())) is not None


#: What an office suite's PDF export puts before the name of the file it printed ("Microsoft Word -
#: 128-BC.docx"): the title is then only the file's name.
_OFFICE_TITLE = re.compile(r"Microsoft\s+(?:Office\s+)?(?:Word|Excel|PowerPoint)\s*-\s*")


def metadata_title(title: str | None, name: str = "") -> str | None:
    """The title a PDF's (or a Word file's) metadata gives, unless it is only a file's name or address (a browser names
    the print of a page without a <title> so, an office suite the export of a document without one,
    with or without its extension): a file name is no headline."""
    title = _OFFICE_TITLE.sub("", (title or "").strip(), count=1).strip()
    if not title or _FILE_TITLE.fullmatch(title) or title.casefold() == Path(name).stem.casefold():
        return None
    return title


# --- Word -------------------------------------------------------------------------------------

def read_docx(name: str, data: bytes) -> tuple[str, str | None]:
    """(text, title) of the Word file ``name`` whose bytes are ``data``; an :class:`InputError` saying what it is
    where it is another archive, a damaged one, or a Word file without text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = [m for m in z.infolist() if not m.is_dir()]
    except zipfile.BadZipFile:
        raise InputError(file=name, code="zip-damaged") from None
    if not any(m.filename == "word/document.xml" for m in members):
        path = Path(name)
        raise InputError(file=name, code="zip-not-docx", details={
            "count": len(members), "name": shlex.quote(name), "folder": shlex.quote(str(path.with_suffix("")))})
    import docx  # noqa: PLC0415  (python-docx: only Word files need it)
    from docx.table import Table  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds on a broken package
        raise InputError(file=name, code="docx-damaged", details={"why": str(exc)}) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [_row_cells(row) for row in block.rows]
            if _lays_out(rows):
                lines += [line for cells in rows for cell in cells for line in _cell_lines(cell)]
                continue
            for cells in rows:
                line = " | ".join(text for text in (" ".join(_cell_lines(c)) for c in cells) if text)
                if line:
                    lines.append(line)
        elif block.text.strip():
            lines.append(block.text.strip())
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(file=name, code="docx-no-text")
    # a Word file's title property is as often its file's name as a PDF's: read by the same rule
    return text, metadata_title(document.core_properties.title, name)


#: The most columns and rows a table that lays out an official text's heading or closing has (the body and its
#: number beside the motto and the place-and-date line, a row each or one for all; the recipients beside the signature).
_LAYOUT_COLUMNS = 2
_LAYOUT_ROWS = 3


def _lays_out(rows: list[list[str]]) -> bool:
    """Whether a table's rows (its cells' texts) only lay out a heading or a closing: two columns and three rows at
    most, and a cell of several lines (the body's name over the number, the motto over the place-and-date line). A
    longer table of two columns is one of figures, though a cell of it holds two lines."""
    return 0 < len(rows) <= _LAYOUT_ROWS and all(len(cells) <= _LAYOUT_COLUMNS for cells in rows) and any(
        len(_cell_lines(cell)) > 1 for cells in rows for cell in cells)


def _cell_lines(cell: str) -> list[str]:
    return [line.strip() for line in cell.splitlines() if line.strip()]


def _row_cells(row) -> list[str]:
    """The texts of a table row's cells, left to right, a cell that spans several columns once.
    python-docx gives a spanning cell once per column it covers, as the same object; two cells that
    only say the same ("5 | 5": planned and done) are two cells."""
    cells = row.cells
    return [c.text.strip() for i, c in enumerate(cells) if i == 0 or c is not cells[i - 1]]
