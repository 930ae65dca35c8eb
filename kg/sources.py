"""Files as analysts have them -> text plus hints (nguồn tin: the article an analyst saved).

``read_source(path)`` takes the bytes of one file and returns a :class:`Source`: the text to
extract facts from, and what the file says about itself outside its text: an HTML page's published-date
metadata (else the date line a reader sees above or below its article, which the text kept leaves out:
``kg.page_lines``), its publisher and the province in the publisher's name. ``dkg extract`` and
``dkg ingest`` both read their inputs through it and pass the hints on as the extractor's
``date=`` and ``place=`` (an explicit ``--date`` or ``--place`` wins). The date a text's own lines
give (its page's date line, else its place-and-date line under the national motto) is read by the
extractor alone (``kg.extract.document_dates.text_day``), the same for every kind of file.

What a file is, is decided on its bytes, not on its name: a PDF by its header, a Word file by the
ZIP archive holding ``word/document.xml``, an HTML page by its opening tag (or an ``.html`` name).

* UTF-8 text (with or without a byte-order mark): as it is, but for lines cut at one width (a PDF's text copied out, a
  mail's: ``hard_wrapped``), joined as a PDF's are; a closing credit line ("Nguồn: Báo Phú Thọ") names its publisher
  (``credit_line``). Every kind of file's text is given one surface (``kg.text.surface``: NFC, plain line breaks, no
  invisible characters).
* A saved news page (HTML): menus, share buttons, related links and footers are removed by
  trafilatura, a library made for exactly that; its metadata give the date, site name and title (a portal that
  names itself only in its logo and footer is named from there: ``kg.page_publisher``). A page
  saved in UTF-16 (with its byte-order mark), or in the character set its head declares, is read as a
  browser reads it; one saved as a single file (MHTML) by its page's part. What defeats the library is undone
  first (``kg.saved_pages``: a page laid out in a table, a labelled box of links to other articles), and a lead
  it left out is put back (``kg.page_lines.lead_lines``).
* A PDF with a text layer: the text of each page (pypdf); a news page a browser printed, its article between the
  site's menus and footer, the site's name as its publisher (``kg.printed_pages``).
* A Word ``.docx``: paragraphs and tables in document order (``kg.office_files``).

Anything else is refused with an :class:`~kg.errors.InputError` that names the file, says what
it is and what to do: an empty file, a scanned PDF without text, an encrypted or damaged PDF, a
legacy ``.doc``, another ZIP archive, an image or other binary file, UTF-16 text, and text in a
legacy encoding (Windows-1258 and the like) that is no page declaring it. Nothing is read from the network.

Texts longer than :data:`MAX_TEXT_ENV` characters (default :data:`DEFAULT_MAX_TEXT`) are refused
as well, with a message that names the setting and says how to split the text.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shlex
import sys
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from kg.office_files import metadata_title, read_docx
from kg.page_lines import date_line_day, lead_lines
from kg.page_publisher import portal_publisher
from kg.printed_pages import printed_page, title_parts
from kg.saved_pages import is_mhtml, mhtml_page, parsed_page
from kg.text import place_mentions
from kg.errors import InputError, UsageError, Words
from kg.text.surface import plain_surface
from kg.text.symbols import fold

__all__ = ["DEFAULT_MAX_TEXT", "MAX_TEXT_ENV", "Source", "max_text", "parse_source", "read_input", "read_source"]

#: The environment variable that sets the longest text (in characters) extraction accepts.
MAX_TEXT_ENV = "DKG_MAX_TEXT_CHARS"
#: Its default: about 200 pages, many times the longest report the project has seen. Extraction
#: time grows faster than the text where a text names documents densely; this bound keeps even
#: such a text to seconds (bench/RESULTS.md, "Huge texts").
DEFAULT_MAX_TEXT = 400_000

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Source:
    """One input file as text, with what it says about itself."""

    name: str                        # as given: a path, or <stdin>
    text: str
    kind: str                        # "text", "html", "pdf" or "docx"
    date: dt.date | None = None      # an HTML page's date: its markup's, else its date line outside the article text
    publisher: str | None = None     # the site or publisher, from an HTML page's metadata
    place: str | None = None         # the province the publisher's name carries ("Báo Ninh Thuận")
    title: str | None = None         # from the page's or document's metadata
    url: str | None = None           # an HTML page's canonical address, where it gives one


def max_text(value: int | str | None = None) -> int:
    """The text size limit: ``value`` (a CLI option) else ``$DKG_MAX_TEXT_CHARS`` else the default."""
    if value is None:
        value = os.environ.get(MAX_TEXT_ENV) or DEFAULT_MAX_TEXT
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise UsageError(code="max-chars-word", details={"env": MAX_TEXT_ENV, "value": repr(value),
                                                           "default": DEFAULT_MAX_TEXT}) from None
    if limit <= 0:
        raise UsageError(code="max-chars-positive", details={"env": MAX_TEXT_ENV, "value": str(limit),
                                                                 "default": DEFAULT_MAX_TEXT})
    return limit


def read_source(path: str, *, limit: int | None = None) -> Source:
    """Read ``path`` (``-`` for stdin) and turn it into a :class:`Source`."""
    return parse_source("<stdin>" if path == "-" else path, read_input(path), limit=limit)


def read_input(path: str) -> bytes:
    """The bytes of ``path`` (``-`` for stdin), or an error naming it (what ``dkg ingest`` reports,
    also when it sends the file to a server)."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError.unreadable(exc, path, folder="folder-not-text") from None


def parse_source(name: str, data: bytes, *, limit: int | None = None) -> Source:
    """The :class:`Source` of a file named ``name`` whose bytes are ``data``."""
    if not data.strip():
        raise InputError(file=name, code="file-empty")
    if data.startswith(b"%PDF-"):
        src = _pdf(name, data)
    elif data.startswith(b"PK\x03\x04"):
        text, title = read_docx(name, data)
        src = Source(name, text, "docx", title=title)
    elif is_mhtml(data):
        saved = mhtml_page(data)
        if saved is None:
            raise InputError(file=name, code="mhtml-no-page")
        src = _html(name, saved[0], address=saved[1])
    elif (page := _page_in_its_charset(name, data)) is not None:
        src = _html(name, page)
    else:
        _refuse_binary(name, data)
        text = _decode(name, data)
        if Path(name).suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
            src = _html(name, text)
        else:
            publisher = credit_line(text)
            # (a PDF's text copied out or a mail's, its sentences cut at one width: joined as a PDF's page is)
            text = unwrapped(text) if hard_wrapped(text) else text
            src = Source(name, text, "text", publisher=publisher, place=publisher_place(publisher))
    # (the text extraction reads and the one an ingest keeps and quotes are the same characters: kg.text.surface)
    if (plain := plain_surface(src.text)) is not src.text:
        src = replace(src, text=plain)
    most = max_text(limit)
    if len(src.text) > most:
        raise InputError(file=name, code="text-too-long",
                         details={"length": len(src.text), "most": most, "env": MAX_TEXT_ENV})
    return src


# --- what the bytes are ------------------------------------------------------------------

#: Signatures of binary files an analyst may pass by mistake, and what to call them.
#: (What to call them is ``file-kind.NAME`` of ``kg.i18n.ERRORS``, said in the message's language.)
_MAGIC = (
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7z"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
)


def _refuse_binary(name: str, data: bytes) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(file=name, code="legacy-office")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(file=name, code="binary-kind", details={"what": Words("file-kind." + what)})
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):
        raise InputError(file=name, code="utf16", details=_conversion(name))
    if b"\x00" in head:
        raise InputError(file=name, code="binary-nul")


def _conversion(name: str) -> dict[str, str]:
    """The file an ``iconv`` hint reads and the one it writes, beside it (``texts/bai.txt`` ->
    ``texts/bai.utf8.txt``), quoted for a shell where they need it."""
    path = Path(name)
    return {"name": shlex.quote(name), "converted": shlex.quote(str(path.with_name(path.stem + ".utf8.txt")))}


def _utf16_without_bom(head: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: most of one byte lane is NUL (ASCII letters,
    spaces and digits), the other lane is not."""
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    return max(nul_even, nul_odd) > 0.3 and min(nul_even, nul_odd) < 0.05


#: Letters only Vietnamese uses among the Latin ones, and the tone marks Windows-1258 writes
#: as separate combining characters: a Windows-1258 file decoded as such shows them.
_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ") | {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            legacy = data.decode("cp1258")
        except UnicodeDecodeError:
            legacy = ""
        if sum(c in _VIETNAMESE_LETTERS for c in legacy) >= 3:
            raise InputError(file=name, line=line, code="not-utf8-cp1258",
                             details={"byte": str(exc.start), **_conversion(name)}) from None
        raise InputError(file=name, line=line, code="not-utf8", details={"byte": str(exc.start)}) from None
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(8, len(text[:4096]) // 100):
        raise InputError(file=name, code="binary-file")
    return text


#: The character set a page declares in its head: <meta charset="windows-1258">, or
#: <meta http-equiv="Content-Type" content="text/html; charset=windows-1258">.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)


def _page_in_its_charset(name: str, data: bytes) -> str | None:
    """The text of a saved page that is not UTF-8 but says what it is, as a browser reads it: a page with a
    UTF-16 byte-order mark (what some browsers write for "Save page as"), or one whose head declares its
    character set (an older site in Windows-1258). A legacy encoding writes the tone marks apart from their
    letters; they are joined again (NFC). None for any other file (read, or refused, as before)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return text if (Path(name).suffix.lower() in HTML_SUFFIXES or _looks_like_html(text)) else None
    if data.startswith(b"\xef\xbb\xbf"):
        return None
    head = data[:4096]
    declared = _DECLARED_CHARSET.search(head)
    if not declared or not (Path(name).suffix.lower() in HTML_SUFFIXES or _looks_like_html(head.decode("latin-1"))):
        return None
    try:
        data.decode("utf-8")
        return None  # UTF-8 whatever the page says: read as before
    except UnicodeDecodeError:
        pass
    try:
        return unicodedata.normalize("NFC", data.decode(declared[1].decode("ascii").lower()))
    except (LookupError, UnicodeDecodeError):
        return None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<") and "<body" in text[:4096].lower())


# --- HTML -----------------------------------------------------------------------------------

def _html(name: str, html: str, *, address: str | None = None) -> Source:
    """A saved page's article and what its markup says of it; ``address``: where it was saved from, where its file
    says so (an MHTML file's), for a page that gives no canonical address of its own."""
    import trafilatura  # noqa: PLC0415  (imported here: a few hundred ms, and only pages need it)

    from trafilatura.settings import set_date_params  # noqa: PLC0415

    # parsed once, made ready for the remover (kg.saved_pages), and that tree handed to each reader: the remover
    # (which copies it), the lines around the article (each reading on a copy) and the portal's logo and footer
    page = parsed_page(html)
    # the page's date from its markup only (metadata, <time>, its address): without one, the library's search of the
    # free text takes any day it names (a cited document's), where the text's own lines are the extractor's to read
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True,
                                      date_extraction_params=set_date_params(extensive=False)) if page is not None else None
    text = (doc.text or "") if doc is not None else ""
    if page is None or doc is None or not text.strip():
        raise InputError(file=name, code="html-no-article")
    text = _with_lead(text, lead_lines(page, doc.title, text), doc.title)
    # without one, the date line a reader sees around the article, outside the text kept (kg.page_lines)
    published = _iso_date(doc.date) or date_line_day(page, doc.title, text)
    publisher = (doc.sitename or "").strip() or None
    if publisher is None or _DOMAIN.fullmatch(publisher):  # none, or only the domain of the page's address
        # (its title's last part, else a portal's logo or footer: kg.page_publisher)
        publisher = _title_site(html, doc.title) or portal_publisher(page) or publisher
    return Source(name, text, "html", date=published, publisher=publisher,
                  place=publisher_place(publisher), title=(doc.title or "").strip() or None,
                  url=next((u for u in (doc.url, address) if u and u.startswith(("http://", "https://"))), None))


def _with_lead(text: str, lead: list[str], title: str | None) -> str:
    """``text`` with the lead the boilerplate remover left out (``kg.page_lines.lead_lines``) after its headline's
    line (where it opens on it), else at its start."""
    if not lead:
        return text
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == " ".join(title.split()):
        return "\n".join([first, *lead, rest]) if rest else "\n".join([first, *lead])
    return "\n".join([*lead, text])


_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
#: A <title> opening, its attributes bounded: with the closing tag searched once after the first opening,
#: a head of many openings and no closing takes one pass, not one pass to the end per opening.
_TITLE_OPEN = re.compile(r"<title(?:\s[^>]{0,200})?>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def _title_site(html: str, headline: str | None) -> str | None:
    """The site's name at the end of the page's <title> ("Sơ kết ... - Hội Nông dân tỉnh Lạng Sơn"),
    for a page whose metadata name no site (a page saved as "HTML only" from a site without them).
    None where the title is the headline alone or its last part is as long as a headline."""
    head = html[:65536]
    opening = _TITLE_OPEN.search(head)
    closing = _TITLE_CLOSE.search(head, opening.end()) if opening else None
    if not opening or not closing:
        return None
    import html as markup  # noqa: PLC0415  (the name html is the page here)

    parts = title_parts(markup.unescape(head[opening.end():closing.start()]))
    if parts is None or parts[1] == (headline or "").strip():
        return None
    return parts[1]


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# a plain text's closing credit line, the publisher's name after 'Nguồn:' ('Nguồn: Báo Phú Thọ'): a name, no figure,
# opening on a capital letter
_CREDIT = re.compile(r"Nguồn[ \t]*:[ \t]*([A-ZĐÀ-Ỹ][^\d\n:;]{1,78}?)[ \t.]*", re.IGNORECASE)


def credit_line(text: str) -> str | None:
    """The publisher a plain text's last line credits ('Nguồn: Báo Cao Bằng'), None where its last line is none."""
    lines = text.rstrip().rsplit("\n", 1)
    m = _CREDIT.fullmatch(unicodedata.normalize("NFC", lines[-1].strip()))
    return m.group(1).strip() if m is not None and m.group(1)[0].isupper() else None


def publisher_place(publisher: str | None) -> str | None:
    """The province a publisher's name carries ("Báo Ninh Thuận", "Cổng TTĐT tỉnh Hà Tĩnh"),
    None for national publishers and names without one."""
    if not publisher:
        return None
    for m in place_mentions.find_places(publisher):
        if m.kind == "province":
            return m.name
        if m.province:
            return m.province
    return None


# --- PDF --------------------------------------------------------------------------------------

def _pdf(name: str, data: bytes) -> Source:
    from pypdf import PdfReader  # noqa: PLC0415  (only PDFs need it)
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(file=name, code="pdf-encrypted")
        pages = [_without_page_numbers(_without_print_margins(_page_text(page)), n)
                 for n, page in enumerate(reader.pages, 1)]
        title = metadata_title(reader.metadata.title if reader.metadata else None, name)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(file=name, code="pdf-damaged", details={"why": str(exc)}) from None
    # a justified line's stretched spaces come out as runs of blanks ("Kết  quả  giám  sát"): one is a space (once
    # the lines are joined: how full a line is, is read on the line as set)
    text = _BLANKS.sub(" ", _across_pages([unwrapped(p.strip("\n")) for p in pages]))
    if len("".join(text.split())) < 20:
        raise InputError(file=name, code="pdf-scan", details={"pages": len(pages)})
    printed = printed_page(text, title)  # a news page a browser printed: its article, its site (kg.printed_pages)
    if printed is not None:
        text, title, site = printed
        return Source(name, text, "pdf", publisher=site, place=publisher_place(site), title=title)
    return Source(name, text, "pdf", title=title)


_BLANKS = re.compile(r"[ \t]+")

#: The header line a browser prints atop each page: the day and time of the print, then the page's
#: title if it had one ("12/4/26, 5:52 PM", "4/12/2026, 17:52 Kế hoạch ..."); a day and an hour
#: alone do not open a directive or an article.
_PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|SA|CH))?(?:\s.*)?")
#: The footer line it prints at each page's foot: the page's address, then "page/pages".
_PRINT_FOOTER = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S*\s+\d+\s*/\s*\d+")
def _without_print_margins(page: str) -> str:
    """A page's text without the header and footer lines a browser adds when it prints a page
    to PDF (the print's day and time, the page's address and number): they are not the article's."""
    lines = page.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    drop = set()
    # the footer's "file://" is often set with a ligature (U+FB01) that NFKC undoes
    if filled and _PRINT_FOOTER.fullmatch(unicodedata.normalize("NFKC", lines[filled[-1]].strip())):
        drop.add(filled[-1])
    # Chromium draws both margins after the page's own text, so its header is read just above its
    # footer, at the page's end; other printers give it first
    rest = [i for i in filled if i not in drop]
    for i in {rest[0], rest[-1] if drop else rest[0]} if rest else ():
        if _PRINT_HEADER.fullmatch(lines[i].strip()):
            drop.add(i)
    if not drop:
        return page
    return "\n".join(line for i, line in enumerate(lines) if i not in drop).strip("\n")


#: A page's number as an office suite or a portal prints it atop or at the foot of each page: "2",
#: "- 2 -", "Trang 2", "Trang 2/5", "2/5", "Page 2 of 5" (matched on the folded line).
_PAGE_NUMBER = re.compile(r"(?:(?P<word>trang|page)\s+)?[-–]?\s*(?P<n>\d{1,4})\s*[-–]?"
                          r"(?:\s*(?P<of>/|of|tren)\s*\d{1,4})?")


def _is_page_number(line: str, page: int) -> bool:
    """Whether ``line`` is the number of page ``page``. A bare number counts only where it is the
    page's own (the foot of a page may end on a table's figure); "Trang 3", "3/12" say what they are."""
    m = _PAGE_NUMBER.fullmatch(fold(line.strip().lower()))
    return m is not None and (bool(m["word"] or m["of"]) or int(m["n"]) == page)


def _without_page_numbers(page: str, number: int) -> str:
    """A page's text without the page number printed on its first or last line."""
    lines = page.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    drop = {i for i in filled[:1] + filled[-1:] if _is_page_number(lines[i], number)}
    return "\n".join(line for i, line in enumerate(lines) if i not in drop).strip("\n") if drop else page


def _across_pages(pages: list[str]) -> str:
    """The pages' texts one after the other, a sentence the page break cut ("nếu có khó" / "khăn,
    vướng mắc ...") joined again: where a page ends without closing its sentence and the next starts in
    lower case. Other pages are kept apart by a blank line."""
    out: list[str] = []
    for page in pages:
        head, tail = page.lstrip(), out[-1].rstrip() if out else ""
        if tail and head and tail[-1] not in ".:;!?\"”»)" and head[0].islower():
            out[-1] = f"{tail} {head}"
        else:
            out.append(page)
    return "\n\n".join(out)


def _page_text(page) -> str:
    """A page's text, in reading order (pypdf's plain mode), unless that mode broke its words apart.

    Some writers (Chromium's "Save as PDF" of a news page, the way analysts keep articles) place each
    shaped run of Vietnamese letters on its own, and the plain mode reads the gaps between the runs as
    spaces: "Ch ươ ng trình th ự c hi ệ n". The layout mode places characters by their positions and
    keeps the words whole; it also pads lines to keep columns, so its runs of blanks are collapsed.
    It is taken when it reads markedly fewer words than the plain mode (the plain one split words);
    otherwise the plain mode's reading order stands (the layout mode would set two columns side by side)."""
    plain = page.extract_text() or ""
    words = len(plain.split())
    if words < 20:
        return plain
    try:
        laid_out = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001  (the layout mode fails on some fonts where the plain one reads them)
        return plain
    laid_out = "\n".join(_BLANKS.sub(" ", line).strip() for line in laid_out.splitlines())
    return laid_out if len(laid_out.split()) < 0.8 * words else plain


#: A document's symbol (số, ký hiệu) the layout broke at one of its separators, the line ending with
#: its number and a hyphen or slash ("Nghị quyết số 46-" / "NQ/TW", "Nghị định số 12/2024/" / "NĐ-CP"),
#: or with its first code or its year too ("46-NQ/" / "TW", "Luật số 09/2022/" / "QH15"); the next
#: line goes on with the codes. A code is written in capitals, a few with a small letter at its end
#: (TTg, CTr) or a term's number (QH15).
_SYMBOL_CUT = re.compile(r"(?:^|\s)\d+[a-zđ]?(?P<code>/\d{4}/|[-/][A-ZĐ]{1,6}[a-z]?[-/]|[-/])$")
_SYMBOL_GOES_ON = re.compile(r"[A-ZĐ]{1,6}[a-z]?[-/][A-ZĐ]")
_LAST_CODE = re.compile(r"[A-ZĐ]{2,}[a-z]?\d*(?![\w])")


#: A line cut after an abbreviation's hyphen ("QP-" / "AN", "KT-" / "XH"): the next line starts with
#: the abbreviation's other half, in capitals.
_CODE_CUT = re.compile(r"(?:^|[\s(])[A-ZĐ]{1,5}-$")
_CODE_GOES_ON = re.compile(r"[A-ZĐ]{1,5}(?![\w])")
#: What opens a new item rather than going on with a sentence: a list mark ("1.", "a)", "-", "+", "•").
_ITEM_MARK = re.compile(r"(?:\d+|[a-zđ]|[IVXLC]+)[.)](?:\s|$)|[-+•*–]\s")
#: A line the layout broke at the page's edge is about as long as the page's longest; a heading or
#: a paragraph's last line is shorter. (In characters: a proportional font's lines of one width
#: differ by a few.)
_FULL_LINE = 0.8
#: Below this many lines a page says too little about its width to judge a line full.
_WIDTH_LINES = 5


def unwrapped(page: str) -> str:
    """A PDF page's text with the lines its layout broke mid-sentence joined again: a line that
    does not end a sentence (no . : ; ! ? or closing quote) followed by one that starts in lower case
    ("để thực" / "hiện Nghị quyết") is one line of the text. A line that starts with a capital or a
    figure is joined too where the line before it is full (about as long as the page's longest, the
    layout broke it at the edge: "Đảng bộ xã An" / "Nghĩa lần thứ I", "đại diện cho trên" / "1.800
    đảng viên"); not where that line is short (a heading), nor before a list mark or a line in
    capitals; a full line of a heading in capitals goes on with a line in capitals or figures ("... NHIỆM KỲ" /
    "2025 - 2030"). A symbol cut at a separator ("số 46-" / "NQ/TW về ...") or an abbreviation cut at its
    hyphen ("QP-" / "AN") is joined without a space: it is one word."""
    lines = page.split("\n")
    filled = [len(line.strip()) for line in lines if line.strip()]
    full = _FULL_LINE * max(filled) if len(filled) >= _WIDTH_LINES else float("inf")
    out = [lines[0]]
    previous = lines[0].strip()  # the last line as the layout set it (out[-1] may be several joined)
    for line in lines[1:]:
        head, tail = line.lstrip(), out[-1].rstrip()
        cut = _SYMBOL_CUT.search(tail) if tail else None
        if cut and (_SYMBOL_GOES_ON.match(head) or (len(cut.group("code")) > 1 and _LAST_CODE.match(head))):
            out[-1] = tail + head
        elif tail and _CODE_CUT.search(tail) and _CODE_GOES_ON.match(head):
            out[-1] = tail + head
        elif tail and head and tail[-1] not in ".:;!?\"”»)" and (
                head[0].islower() or (len(previous) >= full and _goes_on(head) and not _in_capitals(previous))):
            out[-1] = f"{tail} {head}"
        elif tail and head and len(previous) >= full and _in_capitals(previous) and tail[-1] not in ".:;!?" \
                and not any(c.islower() for c in head):
            # a heading in capitals cut at the edge goes on in capitals or figures ('... NHIỆM KỲ' / '2025 - 2030')
            out[-1] = f"{tail} {head}"
        else:
            out.append(line)
        previous = line.strip()
    return "\n".join(out)


#: A text file cut into lines of one width (a PDF's text copied out, a mail client's lines) has no line longer than
#: this, and at least this share of its lines are full (``_FULL_LINE`` of its longest); a text whose paragraphs are
#: its lines has longer ones, and lines of every length.
_WRAPPED_WIDEST = 130
_WRAPPED_SHARE = 0.5


def hard_wrapped(text: str) -> bool:
    """Whether a text's lines were cut at one width, as a PDF's page's are (then read by ``unwrapped``): enough lines
    to tell (twice a page's ``_WIDTH_LINES``), none longer than ``_WRAPPED_WIDEST``, most of them full."""
    lengths = [len(line.strip()) for line in text.split("\n") if line.strip()]
    if len(lengths) < 2 * _WIDTH_LINES or max(lengths) > _WRAPPED_WIDEST:
        return False
    full = _FULL_LINE * max(lengths)
    return sum(n >= full for n in lengths) >= _WRAPPED_SHARE * len(lengths)


def _goes_on(head: str) -> bool:
    """Whether a line that starts with a capital or a figure may go on with the line before it: not
    a list item and not a heading in capitals."""
    return (head[0].isupper() or head[0].isdigit()) and not _ITEM_MARK.match(head) and not _in_capitals(head)


def _in_capitals(line: str) -> bool:
    """A heading's line: its first words (two letters at least) written in capitals."""
    start = line[:40]
    return sum(c.isalpha() for c in start) > 1 and start.upper() == start
