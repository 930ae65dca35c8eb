"""Who publishes a saved page that names itself nowhere but in its logo and its footer (đơn vị chủ quản: a
provincial, district or commune portal whose markup gives no site name and whose title is the headline alone).

``portal_publisher(html)`` reads the portal's name where a reader sees it: the logo's words (an image's ``alt`` or
``title``, or the text of an element whose class or id says "logo" or "banner"), else the footer's ("Cổng Thông tin
điện tử tỉnh Quảng Trị", "Bản quyền thuộc Cổng TTĐT xã Gio Linh", "Cơ quan chủ quản: UBND tỉnh Quảng Trị"). A
portal's own name wins over its owner's: the footer may name both. ``kg.sources`` asks for it only where the page's
metadata and its title name no publisher. Nothing is fetched: a logo drawn as a picture without words says nothing."""
from __future__ import annotations

import re

from kg.extract.text import fold_same_length, vi

__all__ = ["portal_publisher"]

# a portal's name: 'Cổng Thông tin điện tử tỉnh Quảng Trị', 'Cổng TTĐT xã Gio Linh', 'Trang thông tin điện tử huyện
# ...', up to the end of its unit's name (a few words, no figure, no mark but a hyphen between two words)
_PORTAL = re.compile(vi(r"(?<![a-z])(?:cổng|trang)[ \t]+(?:thông tin[ \t]+điện tử|ttđt|tt đt|thông tin)[ \t]+"
                        r"(?:của[ \t]+)?(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|đặc khu|ubnd|sở|ban|bộ)"
                        r"(?:[ \t]+[^\W\d_]+){1,5}"))
# the owner a footer names after its label: 'Bản quyền thuộc về UBND tỉnh Quảng Trị', 'Cơ quan chủ quản: Sở Giáo dục
# và Đào tạo', 'Đơn vị chủ quản: ...' (a name of a few words, up to a mark, a figure or the line's end, that opens on
# what a body or a paper is: 'Bản quyền thuộc về Tòa soạn' names none)
_OWNER = re.compile(vi(r"(?<![a-z])(?:bản quyền(?:[ \t]+thuộc(?:[ \t]+về)?)?|(?:cơ quan|đơn vị)[ \t]+chủ quản)"
                       r"[ \t]*:?[ \t]*(?P<name>(?:báo|tạp chí|đài|cổng|trang|ủy ban|uỷ ban|ubnd|hđnd|sở|ban|hội|trung tâm"
                       r"|văn phòng|bộ|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|liên đoàn|mặt trận|ủy ban mttq|viện|trường"
                       r"|công an)(?![a-z])(?:[ \t]+[^\W\d_]+){1,9})"))
# words that end a name in a footer's run of text: the next label ('Địa chỉ', 'Điện thoại', 'Chịu trách nhiệm')
# or a menu's first items in a banner ('Trang chủ', 'Giới thiệu')
_NEXT_LABEL = re.compile(vi(r"[ \t]+(?:địa chỉ|điện thoại|email|fax|chịu trách nhiệm|giấy phép|trưởng ban|ghi rõ"
                            r"|website|cơ quan|đơn vị|bản quyền|tel|trang chủ|giới thiệu|tin tức)(?![a-z]).*$"))
_LOGO = re.compile(r"logo|banner|brand|site-?name|header-?title", re.IGNORECASE)
_FOOTER = re.compile(r"footer|copyright|bottom", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def portal_publisher(html) -> str | None:
    """The portal's name its logo or footer gives (``__doc__``), None where neither names one. ``html``: the page's
    markup, or the tree ``kg.saved_pages.parsed_page`` made of it (read, not changed)."""
    if isinstance(html, str):
        from lxml import etree  # noqa: PLC0415
        from lxml import html as lhtml  # noqa: PLC0415

        try:
            root = lhtml.document_fromstring(html)
        except (etree.ParserError, ValueError):
            return None
    else:
        root = html
    logos = [" ".join(filter(None, (el.get("alt"), el.get("title")))) for el in root.iter("img")
             if _LOGO.search(_marks(el)) or any(_LOGO.search(_marks(a)) for a in el.iterancestors())]
    logos += [el.text_content() for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
              and _LOGO.search(_marks(el))]
    footers = [el.text_content() for el in root.iter() if isinstance(el.tag, str)
               and (el.tag == "footer" or _FOOTER.search(_marks(el)))]
    for pattern, group, places in ((_PORTAL, 0, logos + footers), (_OWNER, "name", footers)):
        names = [n for n in (_name(pattern, words, group) for words in places) if n]
        if names:
            # (a logo in capitals, 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH', named as the footer writes it where it does)
            written = next((n for n in names if not n.isupper() and n.casefold() == names[0].casefold()), None)
            return written or (_as_written(names[0]) if names[0].isupper() else names[0])
    return None


#: The abbreviations a name in capitals keeps as they are ('UBND XÃ THỬ' -> 'UBND Xã Thử').
_ABBREVIATIONS = frozenset(("UBND", "HĐND", "TTĐT", "MTTQ", "TP", "TP.", "BCH"))


def _as_written(name: str) -> str:
    """A name set in capitals as a citation writes it: each word with its first letter in capitals, but for the
    abbreviations of units."""
    return " ".join(w if w in _ABBREVIATIONS else w.capitalize() for w in name.split())


def _marks(el) -> str:
    """An element's class and id, what a site calls its blocks by."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _name(pattern: re.Pattern, words: str, group: int | str = 0) -> str | None:
    """The first name ``pattern`` finds in ``words`` (on their folded form, taken from the words as written), cut
    before the next label of a footer's run of text."""
    text = _SPACES.sub(" ", words).strip()
    folded = fold_same_length(text)
    m = pattern.search(folded)
    if m is None:
        return None
    a, b = m.span(group)
    cut = _NEXT_LABEL.search(folded, a, b)
    return text[a:cut.start() if cut else b].strip(" -–|,.:") or None
