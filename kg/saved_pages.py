"""A saved page's markup made ready for the boilerplate remover (trang đã lưu: what a browser wrote to disk).

``kg.sources`` hands a page to trafilatura, which finds the article among menus, share bars and footers. Three
things that pages as journalists save them hold defeat it, and are undone here first:

* a page saved as "Webpage, Single File" (``.mhtml``, ``.mht``: Chrome, Edge, Opera) is a MIME message, its
  page one quoted-printable part among the pictures and style sheets: ``mhtml_page`` gives that part's markup
  and the address the page was saved from;
* an older site lays its whole page out in a ``<table>`` (banner, menu, article, side column and footer, each a
  cell): read as a table of data, every cell came into the text, the menu and the footer's licence number
  included. ``without_layout_tables`` turns a table that holds the page's blocks (a ``<div>``, a list, a
  heading, a form or another table in one of its cells) into plain blocks; a table of figures stays a table;
* a box of links to other articles under a label in words, not in a heading ("Tin cùng chuyên mục", "Các tin
  khác:"), is kept as part of the article when it sits inside the article's block; each of its items has its
  own figures and days. ``without_link_boxes`` drops such a box: an element whose text is the label alone,
  with the element around it where what is left there is mostly links.

``parsed_page`` parses a page once, as the boilerplate remover parses it, and undoes those two there: the tree it gives
is what every reader of the page is handed (the remover itself, ``kg.page_lines``, ``kg.page_publisher``), so that a
page is read once on its way through an ingest. Nothing is fetched: a page's pictures and frames are not looked at."""
from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from kg.text.symbols import fold

__all__ = ["MHTML_SUFFIXES", "is_link_box_label", "is_mhtml", "mhtml_page", "parsed_page", "without_layout_tables", "without_link_boxes"]

#: The names a browser gives a page saved as one file.
MHTML_SUFFIXES = (".mhtml", ".mht")

# a MIME message's head as a browser writes it for a saved page: its headers come first, the Content-Type names a
# multipart/related body ("From: <Saved by Blink>", Internet Explorer's and Edge's "X-MimeOLE" variants alike)
_MIME_HEAD = re.compile(rb"(?:[A-Za-z-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,30}?Content-Type:\s*multipart/related",
                        re.IGNORECASE)


def is_mhtml(data: bytes) -> bool:
    """Whether ``data`` is a page saved as one MIME file (MHTML): headers, then a multipart/related body."""
    return _MIME_HEAD.match(data[:8192].lstrip()) is not None


def mhtml_page(data: bytes) -> tuple[str, str | None] | None:
    """(markup, address) of the page an MHTML file holds: its first ``text/html`` part, decoded from its transfer
    encoding and character set; the address it was saved from (``Snapshot-Content-Location``, else the part's
    ``Content-Location``), where it is an address (no space nor control character: the header is the file's to say,
    and a hostile one may say anything). None where the file holds no page, or nests its parts deeper than Python's
    parser follows (no browser does)."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        parts = list(message.walk())
    except RecursionError:
        return None
    for part in parts:
        if part.get_content_type() != "text/html" or not isinstance(part, EmailMessage):
            continue
        raw = part.get_payload(decode=True)
        if not isinstance(raw, bytes):
            continue
        charset = part.get_content_charset() or _declared_charset(raw) or "utf-8"
        try:
            markup = raw.decode(charset, errors="replace")
        except LookupError:
            markup = raw.decode("utf-8", errors="replace")
        address = str(message.get("Snapshot-Content-Location") or part.get("Content-Location") or "").strip()
        return markup, address if _ADDRESS.fullmatch(address) else None
    return None


#: An address a page was saved from: a scheme, then no space nor control character.
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f]+")
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)


def _declared_charset(raw: bytes) -> str | None:
    m = _CHARSET.search(raw[:4096])
    return m[1].decode("ascii").lower() if m else None


# --- layout tables ------------------------------------------------------------------------------------------------

#: What a cell of a table that lays out a page holds and a cell of a table of figures does not; and two ``<div>`` side
#: by side (a site's editor wraps a figure's cell in one: "<td><div>62%</div></td>" is a table of figures still).
_PAGE_BLOCKS = frozenset(("ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "form", "nav", "header",
                          "footer", "aside", "section", "article", "iframe", "select"))
_TABLE_PARTS = frozenset(("tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"))


def _is_layout(table) -> bool:
    """Whether one of ``table``'s own cells (not those of a table inside it) holds a page's blocks: one of
    ``_PAGE_BLOCKS``, or two ``<div>`` of its own (not one inside the other)."""
    for cell in table.iter("td", "th"):
        if next((a for a in cell.iterancestors("table")), None) is not table:
            continue
        if any(isinstance(el.tag, str) and el.tag in _PAGE_BLOCKS for el in cell.iterdescendants()):
            return True
        if sum(1 for d in cell.iterdescendants("div") if next(d.iterancestors("div", "td", "th")) is cell) > 1:
            return True
    return False


def without_layout_tables(root) -> bool:
    """Turn the tables of the parsed page ``root`` that lay the page out into plain blocks (in place); True where
    there was one."""
    layout = [t for t in root.iter("table") if _is_layout(t)]
    # (the parts are all found before any is renamed: a part is the table's while the table is still a table)
    parts = [el for table in layout for el in [table, *table.iterdescendants()] if el is table or (
        isinstance(el.tag, str) and el.tag in _TABLE_PARTS and next(el.iterancestors("table"), None) is table)]
    for el in parts:
        el.tag = "div"
        for name in ("width", "height", "align", "valign", "colspan", "rowspan", "cellpadding", "cellspacing", "border"):
            el.attrib.pop(name, None)
    return bool(layout)


# --- boxes of links to other articles -------------------------------------------------------------------------------

#: The labels over a box of links to other articles, folded (kg.text.symbols.fold), a closing colon left out.
_LINK_BOX_LABELS = frozenset(fold(x) for x in (
    "Tin liên quan", "Tin cùng chuyên mục", "Cùng chuyên mục", "Các tin khác", "Tin khác", "Các tin đã đưa",
    "Tin đã đưa", "Bài viết liên quan", "Bài liên quan", "Tin bài liên quan", "Tin, bài liên quan", "Đọc thêm",
    "Xem thêm", "Tin mới", "Tin mới nhất", "Tin mới hơn", "Tin cũ hơn", "Đọc nhiều", "Tin đọc nhiều",
    "Xem nhiều", "Tin xem nhiều", "Tin nổi bật", "Có thể bạn quan tâm", "Bài viết khác", "Các bài viết khác",
    "Đọc nhiều nhất", "Xem nhiều nhất", "Tin đọc nhiều nhất", "Tin xem nhiều nhất"))
#: The share of a box's words (its label's left out) that must be its links' for the box to go.
_LINKS_SHARE = 0.6
_SPACES = re.compile(r"\s+")


def _words(el) -> str:
    return _SPACES.sub(" ", el.text_content()).strip()


def is_link_box_label(text: str) -> bool:
    """Whether ``text`` is the label over a box of links to other articles ("Tin liên quan", "Các tin khác:"): a
    saved page's element, or a line of a page printed to PDF (``kg.printed_pages``)."""
    return fold(text.rstrip(" :.»>›-")) in _LINK_BOX_LABELS


def without_link_boxes(root) -> int:
    """Drop from the parsed page ``root`` each box of links to other articles under a label in words (in place);
    how many went. The label alone goes where its box is not mostly links (a "Xem thêm" over a sentence)."""
    dropped = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or len(_words(el)) > 40 \
                or not is_link_box_label(_words(el)):
            continue
        if any(a.tag in ("a", "h1") for a in el.iterancestors()) or el.tag == "a":
            continue
        box = el.getparent()
        while box.getparent() is not None and _words(box) == _words(el):
            box = box.getparent()    # (the label's own wrappers: <div><b>Các tin khác:</b></div>)
        rest = len(_words(box)) - len(_words(el))
        links = sum(len(_words(a)) for a in box.iter("a"))
        doomed = box if rest > 0 and links >= _LINKS_SHARE * rest and box.tag not in ("body", "html") else el
        if doomed.getparent() is not None:
            doomed.drop_tree()
            dropped += 1
    return dropped


def parsed_page(html: str):
    """The page ``html`` parsed once, as trafilatura parses the markup it is given (its own parser: comments and
    processing instructions left out, characters XML cannot hold removed), with its layout tables made blocks and its
    labelled boxes of links dropped; None where the markup is no page the remover would read."""
    from trafilatura import load_html  # noqa: PLC0415  (slow to import, and only pages need it)

    root = load_html(html)
    if root is None:
        return None
    without_layout_tables(root)
    without_link_boxes(root)
    return root
