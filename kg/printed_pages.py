"""A news page a browser printed to PDF (bài báo in ra PDF): its article, without the site's menus, boxes of links and
footer, and the site's name as its publisher.

A browser prints the page as a reader sees it: the site's banner and menu above the headline, a share bar, then
after the article its tags, the boxes of links to other articles ("Tin liên quan", "Đọc nhiều nhất") and the
site's footer with its licence and copyright. A saved page's markup tells those parts apart (``kg.saved_pages``);
a PDF has only lines, which the extractor read as the article's: a licence number became a document, a related
headline's district the text's place. What tells such a PDF apart is its title, which the browser takes from the
page's ``<title>``: the headline, then the site's name after a dash or a bar ("Kế hoạch ... - Báo Lạng Sơn"), with
the headline standing on a line of its own near the text's top. ``printed_page(text, title)`` then gives the text
cut to the article (from the headline, with a date line just above it kept for the extractor to read the day, to
the line after the body that opens a box of links, the page's tags or its footer), the headline and the site's
name; None for any other PDF (an office file's, whose title is a subject or a file's name), read as before."""
from __future__ import annotations

import re

from kg.extract.text import fold_same_length, vi
from kg.saved_pages import is_link_box_label

__all__ = ["printed_page", "title_parts"]

#: The separator before the site's name at the end of a page's <title>: "Headline - Site", "Headline | Site".
_TITLE_SITE = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]+$)")
#: A site's name is a few words; a longer last part of a title is the headline's own.
_SITE_WORDS = 10
#: How far down the text the headline may stand: under a banner, a menu of a dozen sections, a search box and
#: a breadcrumb.
_HEADLINE_WITHIN = 40
#: A headline the print's width broke over this many lines at most.
_HEADLINE_LINES = 3
#: The lines just above the headline that may be its date line ("Thứ Ba, 12/03/2024 16:20", "Cập nhật 12-3-2024").
_ABOVE = 2
_DAY = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# a line that opens what follows an article on a news page: its tags, or its footer (the copyright, the paper's
# licence, the body that owns it, who answers for it, the request to name the source)
_AFTER_ARTICLE = re.compile(vi(r"(?:từ khóa|từ khoá|tags?|thẻ)[ \t]*:|©|\(c\)[ \t]|copyright"
                               r"|bản quyền[ \t]+thuộc|giấy phép[ \t]+(?:số|hoạt động|xuất bản|thiết lập|báo)"
                               r"|(?:cơ quan|đơn vị)[ \t]+chủ quản|tổng biên tập[ \t]*:|chịu trách nhiệm[ \t]+(?:nội dung|xuất bản)"
                               r"|ghi rõ nguồn"))


def title_parts(title: str) -> tuple[str, str] | None:
    """A page's title split into its headline and the site's name at its end ("Sơ kết ... - Hội Nông dân tỉnh
    Lạng Sơn"); None where it has no such end, or its last part is as long as a headline."""
    parts = _TITLE_SITE.split(" ".join(title.split()), maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip() or len(parts[1].split()) > _SITE_WORDS:
        return None
    return parts[0].strip(), parts[1].strip()


def printed_page(text: str, title: str | None) -> tuple[str, str, str] | None:
    """(the article's text, its headline, the site's name) of a PDF a browser printed from a news page whose text
    is ``text`` and whose title is ``title`` (``__doc__``); None where ``title`` is no page's title over a
    headline found near the text's top."""
    parts = title_parts(title) if title else None
    if parts is None:
        return None
    headline, site = parts
    lines = text.split("\n")
    found = _headline_at(lines, headline)
    if found is None:
        return None
    start, end = found
    # a date line just above the headline stays: the extractor reads the text's day from it
    above = [i for i in range(start - 1, -1, -1) if lines[i].strip()][:_ABOVE]
    dated = [i for i in sorted(above) if _DAY.search(lines[i])]
    cut = _article_end(lines, end, site)
    kept = [lines[i] for i in dated] + [headline] + lines[end:cut]
    return "\n".join(kept).strip("\n"), headline, site


def _headline_at(lines: list[str], headline: str) -> tuple[int, int] | None:
    """(the first line of the headline, the line after it) among the text's first lines, where the headline
    stands on lines of its own (one, or a few the print's width broke it over)."""
    wanted = fold_same_length(" ".join(headline.split()))
    for i in range(min(_HEADLINE_WITHIN, len(lines))):
        if not lines[i].strip():
            continue
        for k in range(1, _HEADLINE_LINES + 1):
            said = fold_same_length(" ".join(" ".join(lines[i:i + k]).split()))
            if said == wanted:
                return i, i + k
            if not wanted.startswith(said):
                break
    return None


def _article_end(lines: list[str], body: int, site: str) -> int:
    """Where the article ends: the first line after its body's first line that opens a box of links to other
    articles, the page's tags or its footer, and the footer's own lines just before that which open on the site's
    name ("Báo Lạng Sơn điện tử - Cơ quan của ..."); the text's end where none does."""
    filled = [i for i in range(body, len(lines)) if lines[i].strip()]
    cut = next((i for i in filled[1:] if is_link_box_label(lines[i].strip())
                or _AFTER_ARTICLE.match(fold_same_length(lines[i].strip()))), len(lines))
    named = fold_same_length(site)
    while True:
        before = [i for i in filled[1:] if i < cut]
        if not before or not fold_same_length(lines[before[-1]].strip()).startswith(named):
            return cut
        cut = before[-1]
