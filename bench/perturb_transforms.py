"""The meaning-preserving changes of surface ``bench/perturb.py`` applies to an annotated text, one at a time.

Each is a function of the text alone, deterministic, and keeps every fact the gold holds: a day stays the same day, a
figure the same value, a document the same number. What each does is what a real page gives: a file saved by an editor
that decomposes accents (NFD), a site that still writes 'hoà' and 'Thuỷ', a CMS that sprinkles non-breaking and
zero-width spaces, a PDF's or a mail client's hard-wrapped lines, a typesetter's dashes and curly quotes (and a plain
keyboard's straight ones), another way of writing a day or a thousand, a saved page's menu, share buttons, related
links and footer, Windows line ends, a headline in capitals.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

Transform = Callable[[str], str]

# ------------------------------------------------------------------ characters


def nfd(text: str) -> str:
    """Every letter decomposed: base letter, then its marks (what some editors and macOS file names give)."""
    return unicodedata.normalize("NFD", text)


# a tone on the first vowel of 'oa', 'oe', 'uy' closing a syllable (the new placement, 'hòa', 'khỏe', 'thủy'); the u of
# 'qu' is a consonant's letter, and 'quý' is written so in both placements
_NEW_TONE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ](?=[aeAE])|[ùúủũụÙÚỦŨỤ](?=[yY]))(.)(?![^\W\d_])")


def _to_old(m: re.Match[str]) -> str:
    first = unicodedata.normalize("NFD", m.group(1))
    return first[0] + unicodedata.normalize("NFC", m.group(2) + first[1:])


def old_tone(text: str) -> str:
    """The old tone placement, the mark on the second vowel: 'hòa' -> 'hoà', 'Thủy' -> 'Thuỷ', 'ỦY BAN' -> 'UỶ BAN'."""
    return _NEW_TONE.sub(_to_old, unicodedata.normalize("NFC", text))


def _every(text: str, step: int, change: Callable[[str], str]) -> str:
    """``text`` with every ``step``-th space between two words changed by ``change``."""
    parts = text.split(" ")
    out = [parts[0]]
    for i, part in enumerate(parts[1:], 1):
        joint = " "
        if i % step == 0 and out[-1][-1:].isalnum() and part[:1].isalnum():
            joint = change(joint)
        out.append(joint)
        out.append(part)
    return "".join(out)


def nbsp(text: str) -> str:
    """A non-breaking space for every second space between words (a page's '&nbsp;')."""
    return _every(text, 2, lambda _: "\u00a0")


def zwsp(text: str) -> str:
    """A zero-width space before every third space between words (invisible: the page reads the same)."""
    return _every(text, 3, lambda s: "\u200b" + s)


def bom(text: str) -> str:
    """A byte-order mark before the text (a file saved by Notepad)."""
    return "\ufeff" + text


# ------------------------------------------------------------------ lines


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


#: where a soft-wrapped line is cut: at the last space before this many characters
WRAP_WIDTH = 70


def wrap(text: str) -> str:
    """Every line longer than ``WRAP_WIDTH`` cut at a space before it, mid-sentence (a PDF's text, a mail client)."""
    out = []
    for line in text.split("\n"):
        while len(line) > WRAP_WIDTH:
            cut = line.rfind(" ", 0, WRAP_WIDTH + 1)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def blank_lines(text: str) -> str:
    """A blank line between paragraphs (a page copied from a browser)."""
    return re.sub(r"\n+", "\n\n", text)


def trailing_spaces(text: str) -> str:
    """Spaces (and a tab) at the ends of lines, as text copied out of a table or a PDF keeps them."""
    return text.replace("\n", "  \t\n")


def title_caps(text: str) -> str:
    """The first line that is not in capitals already (a news page's headline) in capitals."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and not line.isupper():
            lines[i] = line.upper()
            break
    return "\n".join(lines)


# ------------------------------------------------------------------ punctuation

_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")
_YEAR_RANGE = re.compile(r"(?<![\d/])((?:19|20)\d\d)[ ]?-[ ]?((?:19|20)\d\d)(?![\d/])")
_STRAIGHT_DOUBLE = re.compile(r'"([^"\n]{1,400})"')


def typographic(text: str) -> str:
    """A typesetter's punctuation: '“…”' for straight double quotes, '’' for an apostrophe, '–' for a spaced hyphen
    and for a range of years ('2021–2025'); a document's symbol ('46-NQ/TW') keeps its hyphen."""
    text = _STRAIGHT_DOUBLE.sub(r"“\1”", text)
    text = text.replace("'", "’")
    text = _YEAR_RANGE.sub(r"\1–\2", text)
    return _SPACED_HYPHEN.sub(" – ", text)


def plain_punctuation(text: str) -> str:
    """A plain keyboard's punctuation: straight quotes for curly ones, a hyphen for every dash."""
    for fancy, plain in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-")):
        text = text.replace(fancy, plain)
    return text


# ------------------------------------------------------------------ days

# a full day in figures, 'd/m/yyyy', 'd-m-yyyy' or 'd.m.yyyy' (one separator throughout), or in words, 'ngày d tháng m
# năm yyyy'; a day without its year is left alone (writing it in words would add the year)
_DAY = re.compile(r"(?<![\w/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/]|[.-]\d)"
                  r"|(?P<ngay>[Nn]gày)\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d\d)(?!\d)")


def _days(form: Callable[[int, int, str, str], str]) -> Transform:
    def change(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group("ngay"):
                day, month, year = int(m.group("wd")), int(m.group("wm")), m.group("wy")
                return m.group("ngay") + " " + form(day, month, year, "words")
            day, month, year = int(m.group("d")), int(m.group("m")), m.group("y")
            if not (1 <= day <= 31 and 1 <= month <= 12):
                return m.group(0)
            named = text[max(0, m.start() - 5):m.start()].lower() == "ngày "
            return form(day, month, year, "words" if named else "figures")
        return _DAY.sub(one, text)
    return change


def _in_words(day: int, month: int, year: str, was: str) -> str:
    # ('ngày' is added before a day that had none: '(5/3/2025)' -> '(ngày 5 tháng 3 năm 2025)')
    words = f"{day} tháng {month} năm {year}"
    return words if was == "words" else "ngày " + words


TRANSFORMS_OF_DAYS: dict[str, Transform] = {
    "date_slash": _days(lambda d, m, y, _: f"{d:02d}/{m}/{y}"),
    "date_dash": _days(lambda d, m, y, _: f"{d}-{m}-{y}"),
    "date_dot": _days(lambda d, m, y, _: f"{d}.{m}.{y}"),
    "date_words": _days(_in_words),
}

# ------------------------------------------------------------------ figures

# a figure with dots between its thousands ('1.500', '12.345.678'); not a symbol's number ('1.500/QĐ'), a day or a
# decimal that goes on ('1.500,5' keeps its dots: the value stays, and the comma shows the dots are thousands)
_THOUSANDS = re.compile(r"(?<![\w.,/-])\d{1,3}(?:\.\d{3})+(?![\w/]|[.,-]\d)")


def thousands_plain(text: str) -> str:
    """Thousands written without a separator: '1.500' -> '1500'."""
    return _THOUSANDS.sub(lambda m: m.group(0).replace(".", ""), text)


def thousands_space(text: str) -> str:
    """Thousands parted by a space: '1.500' -> '1 500'."""
    return _THOUSANDS.sub(lambda m: m.group(0).replace(".", " "), text)


# ------------------------------------------------------------------ the page around the article

PAGE_HEAD = (
    "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật\n"
    "Đăng nhập  Đăng ký  Tìm kiếm\n"
    "Chia sẻ  Facebook  Zalo  In bài viết  Cỡ chữ A- A A+\n"
)
PAGE_FOOT = (
    "\nChia sẻ  Facebook  Zalo\n"
    "Tin liên quan\n"
    "Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU về phát triển du lịch\n"
    "Tỷ lệ hộ nghèo giảm còn 2,1%, vượt chỉ tiêu đề ra\n"
    "Ra mắt mô hình dân vận khéo ở khu dân cư số 4\n"
    "Bình luận (0)  Gửi bình luận\n"
    "Bản quyền thuộc về Báo điện tử địa phương. Giấy phép số 85/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.\n"
    "Địa chỉ: số 12 đường Trần Phú. Điện thoại: 0203 3812 345. Ghi rõ nguồn khi phát hành lại thông tin từ website này.\n"
)


def page_chrome(text: str) -> str:
    """The article between a site's menu and share buttons and its related links, comments box and footer."""
    return PAGE_HEAD + text.rstrip("\n") + "\n" + PAGE_FOOT


TRANSFORMS: dict[str, Transform] = {
    "none": lambda text: text,
    "nfd": nfd,
    "old_tone": old_tone,
    "nbsp": nbsp,
    "zwsp": zwsp,
    "bom": bom,
    "crlf": crlf,
    "wrap": wrap,
    "blank_lines": blank_lines,
    "trailing_spaces": trailing_spaces,
    "title_caps": title_caps,
    "typographic": typographic,
    "plain_punct": plain_punctuation,
    **TRANSFORMS_OF_DAYS,
    "thousands_plain": thousands_plain,
    "thousands_space": thousands_space,
    "page_chrome": page_chrome,
}
