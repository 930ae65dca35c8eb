"""Text preparation: one plain surface for the source (kg.text.surface), one written form for what is written in
several (kg.extract.written_forms), a length-preserving folded copy (lower case, no diacritics, đ->d) for cue
matching, and paragraph/sentence/clause segmentation. Everything here is linear-time."""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Iterable, Iterator
from kg.extract.alternation import word_start
from kg.extract.written_forms import one_form
# (``letters`` fills the Vietnamese capital and small letter classes into a pattern: the one rule, in
# kg.text.symbols, taken from here by the extraction's modules)
from kg.text.names import new_tone
from kg.text.surface import plain_surface
from kg.text.symbols import letters



def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        low = c
    if low == "đ":
        return "d"
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2000):
        c = chr(cp)
        f = _fold_char(c)
        if f != c:
            table[cp] = f
    for cp in range(0x1E00, 0x1F00):       # Latin Extended Additional (Vietnamese precomposed)
        c = chr(cp)
        table[cp] = _fold_char(c)
    # spacing and quotes: keep length, unify
    for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
        table[ord(c)] = " "
    return table


@lru_cache(maxsize=1)
def _fold_list() -> list[str]:
    """The fold table as a list indexed by code point, each character unchanged but those it folds (a
    character past its end is left as it is, as one missing from the table): ``str.translate`` reads a list
    about twice as fast as a dict."""
    table = _fold_table()
    out = [chr(cp) for cp in range(max(table) + 1)]
    for cp, folded in table.items():
        out[cp] = folded
    return out


_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# a footnote's mark on the word or symbol it annotates, as a PDF's or an office file's text keeps it ('Nghị quyết số
# 68-NQ/TW¹;'): read as a space, so that the symbol ends where it is printed (not an area's or a volume's unit, 'm²', 'km³';
# nor the mark that opens the footnote's own line)
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_NOTE_MARK = re.compile(r"(?<=[^\smM])[" + FOOTNOTE_MARKS + r"]{1,3}")


def fold_by_table(s: str) -> str:
    """What ``fold_same_length`` gives, character by character through the fold table (the reference it is held to)."""
    out = s.translate(_fold_list()).lower()
    if len(out) != len(s):                  # rare: a char whose lower() is 2 chars
        out = "".join(_fold_char(c) for c in s)
    return out


# The characters that get a byte of their own for folding: the Vietnamese letters, lower and upper case, and the
# punctuation of Vietnamese pages; with ASCII they take every byte but 0, which stands for any other character.
_VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_BYTE_CHARS = _VIETNAMESE_LETTERS + _VIETNAMESE_LETTERS.upper() + "“”‘’–—…•«»‰\u00a0·°"
# (the bytes of ASCII's control characters but tab, line feed and carriage return are given to those characters too:
# a control character is folded as any other character is)
_FREE_BYTES = [*range(1, 9), 11, 12, *range(14, 32), *range(127, 256)]
_OTHER = "kg-fold-other"


def _as_byte_zero(e: UnicodeError) -> tuple[str, int]:
    if not isinstance(e, UnicodeEncodeError):
        raise e
    return "\x00" * (e.end - e.start), e.end


codecs.register_error(_OTHER, _as_byte_zero)


@lru_cache(maxsize=1)
def _byte_codec() -> tuple[Any, str]:  # (the map is a private type of codecs)
    """(character -> byte, byte -> the character's fold): a character of ``_BYTE_CHARS`` or of ASCII is folded by two
    passes of the C codecs, a string at a time, where ``str.translate`` looks every character up in Python objects."""
    chars = [chr(b) for b in range(256)]
    for b in _FREE_BYTES:
        chars[b] = "\ufffe"                 # (no character)
    for b, c in zip(_FREE_BYTES, _BYTE_CHARS):
        chars[b] = c
    folded = "".join(c if c == "\ufffe" else fold_by_table(c) for c in chars)
    return codecs.charmap_build("".join(chars)), folded


def fold_same_length(s: str) -> str:
    """Lower-case, strip diacritics, đ->d; one output char per input char (offsets align)."""
    if "\x00" in s:
        return fold_by_table(s)
    to_byte, folded = _byte_codec()
    b = codecs.charmap_encode(s, _OTHER, to_byte)[0]
    out = codecs.charmap_decode(b, "strict", folded)[0]
    i = b.find(0)
    if i < 0:
        return out
    # the other characters, by the table, one by one (a character whose fold is not one character folds the string
    # by the table as a whole)
    parts = []
    last = 0
    while i >= 0:
        c = fold_by_table(s[i])
        if len(c) != 1:
            return fold_by_table(s)
        parts.append(out[last:i])
        parts.append(c)
        last = i + 1
        i = b.find(0, last)
    parts.append(out[last:])
    return "".join(parts)


def vi(pattern: str) -> str:
    """A regex written in Vietnamese with diacritics ('căn cứ', 'thay thế'), folded to match
    ``Prepared.folded``: only non-ASCII letters are folded, so escapes such as ``\\S`` keep
    their case."""
    return pattern.translate(_fold_table())


def folded_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """A cue pattern written in Vietnamese with diacritics ('đã', 'kế hoạch'), compiled to match
    ``Prepared.folded``: folded by ``vi`` (escapes such as ``\\S`` keep their case), and opening on its
    words when it opens on a check of the character before (``word_start``)."""
    return re.compile(word_start(vi(pattern)), flags)


# a word of a folded text (its letters and digits between spaces and marks): names and titles compared word by word
FOLDED_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Prepared:
    source: str          # the text as given
    text: str            # the source, control chars -> spaces, in one written form (same length)
    folded: str          # same length as text
    _map: list[int] | None   # text offset -> source offset (None = identity, as ``prepare`` makes it)

    def to_source(self, i: int) -> int:
        if self._map is None:
            return i
        if i >= len(self._map):
            return len(self.source)
        return self._map[i]

    def span(self, a: int, b: int) -> tuple[int, int]:
        return (self.to_source(a), self.to_source(b))

    # the sentences ``prepare`` split the text into where unwrapping it changed nothing (they are the text's own)
    _sentences: list[Segment] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def sentences(self) -> list[Segment]:
        """The text's sentences, split once and handed to every stage (read, do not change)."""
        return self._sentences if self._sentences is not None else sentences(self.text)

    @cached_property
    def paragraphs(self) -> list[Segment]:
        """The text's paragraphs, split once and handed to every stage (read, do not change)."""
        return paragraphs(self.text)


def prepare(source: str) -> Prepared:
    """The text as every rule reads it: its surface made plain once (``kg.text.surface``: NFC, '\\n' line breaks, no
    invisible characters; that text is the facts' source, their offsets point into it), control characters and odd
    spaces made spaces, each thing in its one written form (``kg.extract.written_forms``), a footnote's mark and a
    PDF's run-on heading undone, and each line break that only wraps a sentence made a space; the same length as the
    source from there on."""
    source = plain_surface(source or "")
    text = one_form(_CTRL.sub(" ", source))
    # (the marks looked for as strings first: a scan with the pattern's class costs most texts, which hold none, more)
    if any(c in text for c in FOOTNOTE_MARKS):
        text = _NOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    text, sents = _unwrapped(run_on_breaks(text))
    return Prepared(source, text, fold_same_length(text), None, sents)


_NOT_A_BREAK = re.compile(r"[^\n]")


def blanked(p: Prepared, spans: Iterable[tuple[int, int]]) -> Prepared:
    """``p`` with the stretches ``spans`` (offsets of its text) made blank but for their line breaks, in the text and
    its folded copy: words a page holds that are not its article's (another page's headline, the site's footer),
    read by no rule. The source stays, and with it every offset; the sentences are split again."""
    text, folded = p.text, p.folded
    for a, b in spans:
        gap = _NOT_A_BREAK.sub(" ", text[a:b])
        text, folded = text[:a] + gap + text[b:], folded[:a] + gap + folded[b:]
    return Prepared(p.source, text, folded, p._map)


# a PDF's title block read as run-on lines: the title goes on into the legal basis ('... chuyển đổi số quốc gia Căn cứ
# Nghị định số ...'), or the type word in capitals shares its line with the title ('KẾ HOẠCH Triển khai thực hiện ...');
# a capitalised 'Căn cứ' before a document's type word after a word or number, with no stop between, opens a clause
# ('di tích Căn cứ Tỉnh ủy' names a place; 'căn cứ Nghị quyết' in a sentence is not capitalised)
_RUN_ON_BASIS = re.compile(letters(
    r"Căn cứ(?:[ \t]+vào)?[ \t]+(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|"
    r"Chương trình|Kế hoạch|Công văn|Văn bản|Hướng dẫn|Thông báo|Quy định|Quy chế|Tờ trình|Báo cáo|Đề án|Chiến lược|"
    r"Điều lệ)(?![{L}])"))
_RUN_ON_BASIS_WORDS = "Căn cứ"
# (the type word alone at the start of a heading's line, its title after it in small letters or opening on a capital)
_RUN_ON_TYPE = re.compile(letters(
    r"[ \t]*(?:KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|CHỈ THỊ|KẾT LUẬN|HƯỚNG DẪN|THÔNG BÁO|ĐỀ ÁN|"
    r"BÁO CÁO|QUY ĐỊNH|CÔNG VĂN)([ \t]+)(?=[{U}]?[{L}])"))
#: how far into a text a heading's type line is looked for (its issuing units, number, motto and date come first)
_HEADING_REACH = 1500


def run_on_breaks(text: str) -> str:
    """``text`` with a line break where a PDF ran a heading's lines together (``_RUN_ON_BASIS``, ``_RUN_ON_TYPE``):
    the title then ends where it should and each 'Căn cứ' is a sentence of its own. The length stays."""
    cuts = []
    # (found by the words themselves, not by a pattern tried at every space of the text)
    at = text.find(_RUN_ON_BASIS_WORDS, 1)
    while at != -1:
        before = at
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before < at and before > 0 and (text[before - 1].isalnum() or text[before - 1] in ")\"”") \
                and _RUN_ON_BASIS.match(text, at):
            cuts.append(at - 1)
        at = text.find(_RUN_ON_BASIS_WORDS, at + 1)
    # (tried at each line's start only: a multi-line '^' would be tried at every character)
    line = 0
    while line < _HEADING_REACH:
        m = _RUN_ON_TYPE.match(text, line, _HEADING_REACH)
        if m is not None:
            cuts.append(m.end(1) - 1)
        line = text.find("\n", line, _HEADING_REACH) + 1
        if line == 0:
            break
    if not cuts:
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = "\n"
    return "".join(chars)


# ------------------------------------------------------------------ segmentation

_PARA = re.compile(r"\n\s*\n|\n")
# sentence end: . ! ? followed by space(s) and an upper-case letter/quote/digit-paren, or end of line
# (written to open on the set of characters a boundary starts with, which the regex engine scans for quickly: a
# closing quote or a space after . ! ? …, three dots, a line break; each branch checks what stands before)
_SENT_UPPER_NEXT = r"(?=[\"“‘(]?[{U}0-9])"
SENTENCE_END = re.compile(letters(r"[\"”’)\s.](?:(?<=[.!?…][\"”’)])\s+" + _SENT_UPPER_NEXT + r"|(?<=[.!?…]\s)\s*"
                               + _SENT_UPPER_NEXT + r"|(?<=\.)\.{2}/?\.?\s+|(?<=\n))"))


# what a sentence end stands on or after: a stop (the end starts after it, or at its first dot for three dots) or a
# line break (the end starts on it); a scan for these rare characters finds every place a sentence end can start
_SENT_STOP = re.compile(r"[.!?…\n]")


def sentence_ends(text: str) -> Iterator[re.Match]:
    """What ``SENTENCE_END.finditer(text)`` gives, found faster: ``SENTENCE_END`` opens on any space, so its own scan tries
    it after every word; each of its branches starts on a line break, on the first of three dots, or right after a
    stop, so it is tried only there, in order, past the end of the last match."""
    pos = 0
    for stop in _SENT_STOP.finditer(text):
        j = stop.start()
        c = text[j]
        for i in ((j, j + 1) if c == "." else (j,) if c == "\n" else (j + 1,)):
            if i < pos:
                continue
            m = SENTENCE_END.match(text, i)
            if m is not None:
                yield m
                pos = m.end()


@dataclass(frozen=True)
class Segment:
    start: int
    end: int


def _split(text: str, boundaries: Iterable[re.Match]) -> list[Segment]:
    """The non-blank stretches of ``text`` between the ``boundaries`` (matches in order, none overlapping)."""
    out = []
    pos = 0
    for m in boundaries:
        a = m.start()
        if a > pos and not text[pos:a].isspace():      # (no stripped copy is made to see that)
            out.append(Segment(pos, a))
        pos = m.end()
    if pos < len(text) and not text[pos:].isspace():
        out.append(Segment(pos, len(text)))
    return out


def paragraphs(text: str) -> list[Segment]:
    return _split(text, _PARA.finditer(text))


# a list item's number or letter alone ('1.', 'II.', 'b.'): the sentence end found after it is the
# marker's full stop, not the end of a sentence
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\.[ \t]*")


#: the longest stretch read as one sentence; a longer one (no real sentence comes near: a run of the same clause, a
#: table without stops) is read in pieces cut after a comma or a space, so that what a stage does for each figure,
#: body or clause of a sentence does not grow with the square of the sentence
MAX_SENTENCE = 3000


def _pieces(text: str, seg: Segment) -> Iterator[Segment]:
    start = seg.start
    while seg.end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(", ", start, limit - 1), text.rfind("; ", start, limit - 1)) + 2     # (after its space)
        if cut <= start + 2:
            cut = text.rfind(" ", start, limit) + 1
        if cut <= start + 1:
            cut = limit
        yield Segment(start, cut)
        start = cut
    yield Segment(start, seg.end)


def sentences(text: str) -> list[Segment]:
    out: list[Segment] = []
    for seg in _split(text, sentence_ends(text)):
        prev = out[-1] if out else None
        if prev is not None and prev.end - prev.start <= 8 and _ITEM_MARK.fullmatch(text, prev.start, prev.end) \
                and "\n" not in text[prev.end:seg.start]:
            out[-1] = Segment(prev.start, seg.end)      # '1. Tốc độ tăng trưởng ...' is one item
        else:
            out.append(seg)
    if any(s.end - s.start > MAX_SENTENCE for s in out):
        out = [piece for s in out for piece in _pieces(text, s)]
    return out


# a line that stops short of its sentence's end: no stop or colon before the break, and the next line goes on in
# lower case or with a number ('Thực hiện Nghị quyết số 19-NQ/TW ngày' / '16/6/2022 của ..., Huyện ủy ban hành ...')
# (a word, not a list item's letter 'a)'; a number only after the word that asks for it: 'ngày' / '16/6/2022')
_SOFT_WRAP_NEXT = re.compile(letters(r"[ \t]*[{L}][{L}]"))
_WRAP_BEFORE_NUMBER = re.compile(r"(?:ngày|số|tháng|năm)[ \t]*$")
_WRAP_WORD_REACH = 40      # (the word before the break and the spaces after it lie in the line's last characters)
_WRAP_NUMBER = re.compile(r"[ \t]*[0-9]")


def joined_wraps(text: str, segs: list[Segment]) -> list[Segment]:
    """``segs`` (sentences) with those cut only by a wrapped line joined again (texts copied from pages and
    PDFs with hard line breaks): what ``unwrapped`` reads."""
    out: list[Segment] = []
    # (whether the last segment holds a table's '|'; each segment is read once, and a joined run is never read
    # again from its start: a long run of wrapped lines stays linear)
    last_has_bar = False
    for seg in segs:
        prev = out[-1] if out else None
        has_bar = "|" in text[seg.start:seg.end]
        # (a heading in capitals above its title line, 'KẾ HOẠCH' / 'thực hiện Nghị quyết ...', stays apart)
        if prev is not None and not last_has_bar and not has_bar and text[prev.end:seg.start] == "\n" \
                and text[prev.end - 1:prev.end] not in ".;:!?…\"”)" \
                and (_SOFT_WRAP_NEXT.match(text, seg.start) or (_WRAP_NUMBER.match(text, seg.start) and _WRAP_BEFORE_NUMBER.search(
                    text, max(prev.start, prev.end - _WRAP_WORD_REACH), prev.end))) \
                and not text[max(prev.start, text.rfind("\n", prev.start, prev.end) + 1):prev.end].isupper():
            out[-1] = Segment(prev.start, seg.end)
        else:
            out.append(seg)
            last_has_bar = has_bar
    return out


def unwrapped(text: str) -> str:
    """``text`` with each line break that only wraps a sentence (see ``joined_wraps``) made a space, so that every
    stage reads a mention, its date and its subject, a figure and its unit, across a hard-wrapped line as one
    sentence (a law library's copy: 'Căn cứ Quyết định số 919/QĐ-TTg' / 'ngày 01 tháng 8 năm 2022 của ...').
    The length stays, and with it every offset."""
    return _unwrapped(text)[0]


def _unwrapped(text: str) -> tuple[str, list[Segment] | None]:
    """(``unwrapped(text)``, the sentences of ``text`` where they were split and no line break changed: the
    result's own, so that ``prepare`` does not split the same text twice)."""
    if "\n" not in text:
        return text, None
    chars: list[str] | None = None
    sents = sentences(text)
    for seg in joined_wraps(text, sents):
        at = text.find("\n", seg.start, seg.end)
        while at != -1:
            if chars is None:
                chars = list(text)
            chars[at] = " "
            at = text.find("\n", at + 1, seg.end)
    return (text, sents) if chars is None else ("".join(chars), None)


# (a plain int: ``int & re.M`` goes through the enum's Python code, on every call)
_MULTILINE = int(re.M)


# for each pattern line_matches was given (keyed by its id, the pattern kept beside: a compiled pattern's hash reads all
# of its code), the same pattern after a line break: '\n(?:REST)' for '^REST'
_AFTER_BREAK: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def _after_break(pattern: re.Pattern) -> re.Pattern:
    known = _AFTER_BREAK.get(id(pattern))
    if known is None or known[0] is not pattern:
        # (a verbose pattern may end on a comment, which only a line break closes)
        close = "\n)" if pattern.flags & re.VERBOSE else ")"
        known = _AFTER_BREAK[id(pattern)] = (pattern, re.compile(r"\n(?:" + pattern.pattern[1:] + close, pattern.flags))
    return known[1]


def line_matches(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """What ``pattern.finditer(text, start, end)`` gives for a pattern that opens on ``^`` under ``re.M``,
    has no ``|`` of its own outside groups and matches no empty text: the pattern is tried only where a
    line starts instead of at every position (a pattern opening on ``^`` gives the regex engine no character
    to skip to). The line starts where it matches are found by the same pattern after a line break, which
    opens on one literal character, the scan the engine makes fastest; each match is then the pattern's own."""
    if not (pattern.flags & _MULTILINE and pattern.pattern.startswith("^")):
        raise ValueError(f"line_matches needs a pattern opening on '^' under re.M, not {pattern.pattern[:40]!r}")
    end = len(text) if end is None else min(end, len(text))
    after_break = _after_break(pattern)
    pos = start
    while pos <= end:
        if pos == 0 or text[pos - 1] == "\n":
            m = pattern.match(text, pos, end)
            if m is not None:
                yield m
                pos = m.end()
                continue
        b = after_break.search(text, pos, end)
        if b is None:
            return
        pos = b.start() + 1


_CLAUSE = re.compile(r";")


def clauses(text: str, seg: Segment) -> list[Segment]:
    if text.find(";", seg.start, seg.end) < 0:      # (most sentences are one clause: the segment itself, it is frozen)
        return [seg if type(seg) is Segment else Segment(seg.start, seg.end)] if seg.start < seg.end else []
    out = []
    pos = seg.start
    for m in _CLAUSE.finditer(text, seg.start, seg.end):
        if m.start() > pos:
            out.append(Segment(pos, m.start()))
        pos = m.end()
    if pos < seg.end:
        out.append(Segment(pos, seg.end))
    return out


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins, for a quick look back within it: after the last line break or full
    stop before ``at`` (no abbreviation is minded: :func:`sentences` splits a text with care)."""
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1


def clean_ws(s: str) -> str:
    return " ".join(s.split())


# (a body is named again and again in a text, by each reader that reads it: the answer is kept for its words)
@lru_cache(maxsize=4096)
def norm_body(s: str) -> str:
    """Body names as written, with the new tone placement ('uỷ' -> 'ủy', 'hoà' -> 'hòa'; kg.text.names) and tidy
    spacing."""
    s = new_tone(clean_ws(s).strip(" ,;:.-–"))
    # ('UBND tỉnh đang hoàn thiện ...': the aspect word folds as 'Đảng' does, which a name may end on, 'tổ chức đảng')
    s = s[:-5] if s.endswith(" đang") else s
    return s[:1].upper() + s[1:] if s else s
