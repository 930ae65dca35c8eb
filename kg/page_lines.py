"""A saved page's own lines around its article: what a reader sees above and below the body the boilerplate remover
keeps (the date line over the headline, "Thứ Ba, 12/03/2024 - 08:15", "Cập nhật: 12/03/2024"), read from the page's
parsed structure. ``date_line_day(page, title, text)`` gives the day those lines carry, by the date-line rule a
``.txt`` is read by (``kg.extract.dates.text_date``), for a page whose markup gives no date (``kg.sources``). A page
is its markup, or the tree ``kg.saved_pages.parsed_page`` made of it (an ingest parses a page once): each reading
works on a copy of that tree, which it changes.

Which lines: those of the article's block, the smallest element that holds both the headline and the first
paragraph of the extracted text, before that paragraph (the headline's own lines, a byline, a share bar), and a
few after the body's last paragraph up to the next heading. Never the site's header, menus, sidebars or footer, nor
a list of links (menus, related articles with their own days): they are taken out before the lines are read."""
from __future__ import annotations

import copy
import datetime as dt
import re

# the elements that start a line of their own, as a browser lays them out
_BLOCKS = frozenset(("address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
                     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
                     "table", "td", "th", "tr", "ul"))
# what a page holds besides its article: navigation, sidebars, the site's footer, code and forms
_NOISE = ("nav", "aside", "footer", "menu", "script", "style", "noscript", "template", "form", "button", "select",
          "iframe", "svg")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADLINE = "\ue001"          # the headline's line, marked
_SECTION = "\ue002"           # a heading after the headline: another section (related articles, comments) begins
_LINK = "\ue003"              # a link's words
#: Lines read above the headline (a date line over it, a category and a date).
ABOVE_LINES = 2
#: Lines read after the body's last paragraph (a date line under the article, above the next section).
AFTER_LINES = 3
#: Words a headline has at least (a site's name in an ``<h1>`` has fewer and may stand in the page's title too).
_HEADLINE_WORDS = 4
#: Characters of the extracted text's first and last paragraphs that find them in the page.
_PROBE = 40
_SPACES = re.compile(r"\s+")


def _norm(s: str | None) -> str:
    return _SPACES.sub(" ", s or "").strip()


def date_line_day(html, title: str | None, text: str) -> dt.date | None:
    """The day of the date line a page shows around its article (``text``: what the boilerplate remover kept;
    ``title``: the headline its metadata give), None where the page has no such line or its article cannot be found."""
    lines = article_lines(html, title, text)
    if not lines:
        return None
    from kg.extract.dates import text_date  # noqa: PLC0415  (the extractor is loaded only for such a page)
    from kg.extract.text import fold_same_length  # noqa: PLC0415

    return text_date(fold_same_length("\n".join(lines)))


def article_lines(html, title: str | None, text: str) -> list[str]:
    """The lines of the article's block outside its extracted ``text``: before its first paragraph, and up to
    ``AFTER_LINES`` after its last one, before the next heading. Empty where no headline or body is found."""
    above, between, after = _around(html, title, text)
    return above + between + after


#: A lead (sa-pô) has this many words at least, and ends a sentence.
_LEAD_WORDS = 12
_SENTENCE_END = (".", "!", "?", "…", ".)", ".”", '."')


def lead_lines(html, title: str | None, text: str) -> list[str]:
    """The lead the boilerplate remover left out of ``text``: the lines between the headline and the first
    paragraph it kept that are sentences (``_LEAD_WORDS`` words at least, closed by a full stop), where the page
    sets its lead apart from the body's block ("<div class='sapo'>" with no paragraph in it). A date line, a
    byline or a share bar is no sentence."""
    _, between, _ = _around(html, title, text)
    kept = _norm(text)
    return [x for x in between if len(x.split()) >= _LEAD_WORDS and x.endswith(_SENTENCE_END) and x not in kept]


def _own_tree(page):
    """A tree of the page's own for a reading that changes it: its markup parsed, or a copy of the tree given (None
    where the markup cannot be parsed)."""
    if not isinstance(page, str):
        return copy.deepcopy(page)
    from lxml import etree  # noqa: PLC0415
    from lxml import html as lhtml  # noqa: PLC0415

    try:
        return lhtml.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None


def _around(html, title: str | None, text: str) -> tuple[list[str], list[str], list[str]]:
    """The article block's lines outside ``text``: (just above the headline, between it and the first paragraph,
    after the last paragraph)."""
    nothing: tuple[list[str], list[str], list[str]] = ([], [], [])
    root = _own_tree(html)
    if root is None:
        return nothing
    headline = _headline(root, title)
    said = _norm(headline.text_content()) if headline is not None else None
    paragraphs = [p for p in (_norm(x) for x in text.split("\n")) if p and p != said]
    if not paragraphs:
        return nothing
    first = _element_opening(root, paragraphs[0][:_PROBE], after=headline)
    if headline is None or first is None:
        return nothing
    block = _common_ancestor(headline, first)
    for el in list(block.iter(*_NOISE)):
        el.drop_tree()
    for el in list(block.iter("header")):
        if headline not in el.iter():
            el.drop_tree()                  # (the site's header; the article's own holds its headline)
    for el in list(block.iter("li")):
        if next(el.iter("a"), None) is not None:
            el.drop_tree()                  # a menu's or a related article's item
    # the headline's line marked (its words are the title, not a date line); later headings mark a new section
    for child in list(headline):
        headline.remove(child)
    headline.text = _HEADLINE
    for el in block.iter(*_HEADINGS):
        el.text = _SECTION + (el.text or "")
    for el in block.iter("a"):
        el.text = _LINK + (el.text or "")
    for el in block.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = [x for x in (_norm(y) for y in block.text_content().split("\n")) if x]
    start = next((i for i, x in enumerate(lines) if x.startswith(paragraphs[0][:_PROBE])), None)
    if start is None:
        return nothing
    last = paragraphs[-1][:_PROBE]
    end = next((i for i in range(len(lines) - 1, start - 1, -1) if lines[i].startswith(last)), start)
    after: list[str] = []
    for x in lines[end + 1:]:
        # (a link under the body opens a list of other articles, each with its own day)
        if x.startswith(_SECTION) or _LINK in x or len(after) == AFTER_LINES:
            break
        after.append(x)
    before = lines[:start]
    at = before.index(_HEADLINE) if _HEADLINE in before else 0

    def shown(part: list[str]) -> list[str]:
        return [x.replace(_LINK, "") for x in part if x != _HEADLINE and not x.startswith(_SECTION)]

    # (above the headline, only the lines next to it: a block that begins higher holds the site's top bar)
    return shown(before[max(0, at - ABOVE_LINES):at]), shown(before[at:]), after


def _headline(root, title: str | None):
    """The page's headline: the first ``<h1>`` whose words the title holds (or that holds the title's), else the
    element whose words are the title; of ``_HEADLINE_WORDS`` words at least. None without such a title: a site's name
    set as an ``<h1>`` in its header ('Cổng xã'), which a page may also give as its title, is no headline, and the
    lines next to it are the site's bar."""
    want = _norm(title)
    if len(want.split()) < _HEADLINE_WORDS:
        return None
    for el in root.iter("h1"):
        said = _norm(el.text_content())
        if len(said.split()) >= _HEADLINE_WORDS and (said in want or want in said):
            return el
    return next((el for el in root.iter("h1", *_HEADINGS, "div", "p", "span", "strong") if _norm(el.text_content()) == want),
                None)


def _element_opening(root, probe: str, after):
    """The element after ``after`` whose own text opens on ``probe`` (the first paragraph's opening), else the
    innermost one whose words do (a paragraph opening on a bold run)."""
    seen, best = False, None
    for el in root.iter():
        if el is after:
            seen = True
            continue
        if not seen or not isinstance(el.tag, str):
            continue
        if _norm(el.text).startswith(probe):
            return el
        if (best is None or best in el.iterancestors()) and _norm(el.text_content()).startswith(probe):
            best = el
        elif best is not None and best not in el.iterancestors():
            return best
    return best


def _common_ancestor(a, b):
    """The smallest element holding both ``a`` and ``b``."""
    ancestors = [a, *a.iterancestors()]     # (held: lxml gives a node one proxy while one is alive)
    for x in b.iterancestors():
        if x in ancestors:
            return x
    return b.getroottree().getroot()
