"""Issue dates (ngày ban hành) of the documents a text names, where the mention's own tail gives none: the
place-date line of an official heading, a date stated after the subject or sentences later, several
documents passed the same day, the date of a document known from context. Part of DocumentFinder. Also the day the
text itself speaks (``text_day``): its page's date line, else its own heading's place-date line."""
from __future__ import annotations

import datetime as _dt
import re

from kg.extract.alternation import word_start
from kg.extract.bodies import body_regex, extend_name, issuer_info
from kg.extract.dates import DateMention, find_dates, text_date
from kg.extract.document_mentions import MentionReader
from kg.extract.mention_model import Mention
from kg.extract.mention_words import TYPE_CODE
from kg.extract.literals import may_match, scan_openings
from kg.extract.text import letters, line_matches, norm_body, vi

# the number line of an official text's heading ('Số: 102/KH-UBND') and the place-date line after it
_NUMBER_LABEL = re.compile(vi(r"[ \t]*số[ \t]*:?[ \t]*"))
# (a flattened two-column heading keeps its columns apart with a wide gap, a tab or a '|')
_HEADING_NUMBER_END = re.compile(r"[ \t]*(?:\n|$|\|)| {2,}|\t")
# (or by one space before the place-date column, as a PDF reads such a heading: 'Số: 412/BC-UBND Nghệ An, ngày 20 ...')
_NUMBER_THEN_PLACE = re.compile(vi(r"[ \t](?=(?:(?:tp|tx)\.[ \t]*)?[a-z]+(?:['’][a-z]+)?(?:[ \t]+(?:[-–][ \t]+)?[a-z]+(?:['’][a-z]+)?){0,5},[ \t]*ngày[ \t]+\d)"))
# the date column beside the number with its place left blank or dotted, as a template leaves it: 'Số: 58/BC-UBND
# <gap> ngày 14 tháng 11 năm 2024', '... <gap> ......, ngày 14 ...'
# (or by the national motto in the other column, as a PDF reads the whole heading as one line: 'UBND TỈNH BẮC GIANG
# Số: 312/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ...'; the label then follows the issuer's name on that line)
_MOTTO_AFTER = re.compile(vi(r"[ \t]+(?:cộng hòa xã hội chủ nghĩa việt nam|đảng cộng sản việt nam)(?![a-z])"))
_LABEL_BEFORE = re.compile(vi(r"(?<![a-z0-9])số[ \t]*:?[ \t]*$"))
_UNNAMED_PLACE = re.compile(vi(r"(?: {2,}|\t|[ \t]*\|)[ \t]*(?:[.…_]+[ \t]*)?,?[ \t]*ngày[ \t]+"))
# a heading's number line, its symbol up to where heading_number tells: 'Số: 102/KH-UBND', 'Số 14-KH/ĐU', 'Số:  618
# /BC-UBND', 'Số:' / '21/2022/NQ-HĐND'
_HEADING_NUMBER_LINE = re.compile(vi(r"^[ \t]*số[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<symbol>\d[\w.]*(?:[ \t]?[/-][ \t]?[\w.]+)+)"), re.M)
# the place may be abbreviated or hyphenated and carry its unit in lower case: 'TP. Hồ Chí Minh', 'Phan Rang -
# Tháp Chàm', 'xã Đồng Văn', a word spelt with an apostrophe as in names of the Central Highlands ('Cư M'gar', 'Ia
# H'Drai'); its own words are capitalised ('Theo lịch của các xã, ngày ...' is prose)
_PLACE_DATE_LEAD = re.compile(letters(
    r"[ \t]*(?:(?:TP|Tp|TX|Tx)\.[ \t]*|(?:xã|phường|thị trấn|thị xã|thành phố|huyện|tỉnh)[ \t]+)?"
    r"[{U}][^\W\d_]*(?:['’][^\W\d_]+)?(?:[ \t]+(?:[-–][ \t]+)?[{U}][^\W\d_]*(?:['’][^\W\d_]+)?){0,5},[ \t]*"
    r"(?P<day_word>ngày(?:[ \t]+|[ \t]*\n[ \t]*))?"))


_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")
# a date that ends its line but for a time or a time zone: the page's date line above the text, which dates no
# document named below it ('Tin ngày 14.05.2024' over 'Ngày 10/5, Tỉnh ủy ban hành Kế hoạch số ...')
_DATE_LINE_REST = re.compile(r"[ \t]*(?:[-|,–][ \t]*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?[ \t]*)?(?:\(gmt[^)\n]{0,6}\)[ \t]*)?\n")


# a law library's record of a text: 'Số hiệu (văn bản): 10/2009/NQ-HĐND' ... 'Ngày ban hành: 17-07-2009' (the day it
# takes effect, 'Ngày có hiệu lực', is another field)
_RECORD_NUMBER = re.compile(vi(r"(?:^|[ \t•·*-])số hiệu(?:[ \t]+văn bản)?[ \t]*:[ \t]*$"))
_RECORD_ISSUED = re.compile(vi(r"(?<![a-z])ngày ban hành[ \t]*:[ \t]*"))
_RECORD_SPAN = 400


# the answers of heading_number for the text asked about last, by (start, end): a dozen readers ask it of the same
# mentions (one slot, replaced whole: safe where threads extract side by side; the text is held, so its id is not reused)
_HEADING_ASKED: list[tuple[str, dict[tuple[int, int], bool]] | None] = [None]


def heading_number(f: str, start: int, end: int) -> bool:
    """The document at ``start``..``end`` is the number of an official text's heading: 'Số: 98/KH-UBND'
    alone on a line (or before a wide gap) among the text's first lines."""
    kept = _HEADING_ASKED[0]
    if kept is None or kept[0] is not f:
        kept = _HEADING_ASKED[0] = (f, {})
    known = kept[1].get((start, end))
    if known is None:
        known = kept[1][start, end] = _heading_number(f, start, end)
    return known


def _heading_number(f: str, start: int, end: int) -> bool:
    line_start = f.rfind("\n", 0, start) + 1
    if line_start < 400 and _MOTTO_AFTER.match(f, end) and _LABEL_BEFORE.search(f, max(line_start, start - 12), start):
        return True
    if line_start >= 400 or not (_HEADING_NUMBER_END.match(f, end) or _NUMBER_THEN_PLACE.match(f, end)):
        return False
    if _NUMBER_LABEL.fullmatch(f, line_start, start):
        return True
    # a heading copied from a two-column table puts the label on a line of its own: 'Số:' / '21/2022/NQ-HĐND'
    label = f.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start == start and line_start > 0 and "so" in f[label:line_start] \
        and bool(_NUMBER_LABEL.fullmatch(f, label, line_start - 1))


# a sentence opening on a bare type word and stating its date: 'Kế hoạch được ký ban hành ngày 15 tháng 10 năm 2025'
# (or the date it bears: 'Nghị quyết này mang ngày 17/11/2017', 'Quyết định có ngày ban hành 12/6/2025')
# ('... do đồng chí Phó Bí thư ký ngày ...', 'Luật được Quốc hội thông qua ngày ...': the signer or the body that
# passed it may stand between; 'Kế hoạch của Hội được ký ngày ...': so may the issuer the type word is owned by)
# (a council names its term and sitting, with a comma and a number: 'được HĐND tỉnh khóa XVIII, kỳ họp thứ 24 thông qua')
_ACTOR = r"[^,.;:()\n\d]{2,60}?"
_COUNCIL = r"(?:hđnd|hội đồng nhân dân)[^.;:()\n]{0,80}?"
_TYPE_STATED_DATE = re.compile(vi(r"(?:[ \t]+(?:này|nói trên|trên)|[ \t]+của[ \t]+" + _ACTOR + r")?[ \t]+(?:(?:đã|vừa)[ \t]+)?"
                                  r"(?:được[ \t]+(?:(?:" + _COUNCIL + r"|" + _ACTOR + r")[ \t]+)?)?(?:do[ \t]+" + _ACTOR + r"[ \t]+)?(?:ký[ \t]+)?"
                                  r"(?:(?:ban hành|thông qua|ký)(?:[ \t]+vào)?[ \t]+ngày|mang[ \t]+ngày|có[ \t]+ngày[ \t]+ban hành(?:[ \t]+là)?)[ \t]+(?:(?:mùng|mồng)[ \t]+)?"))
# the same with the day first: 'Ngày 5/3/2024, kế hoạch (này) được ký ban hành' (from the comma to the type word,
# then after the type word)
_DAY_FIRST = re.compile(r"[ \t]*,[ \t]*")
_DAY_FIRST_ISSUED = re.compile(vi(r"(?:[ \t]+(?:này|nói trên|trên))?[ \t]+(?:(?:đã|vừa)[ \t]+)?(?:được[ \t]+)?"
                                  r"(?:ký[ \t]+)?(?:ban hành|thông qua|ký)(?![a-z])"))
# a sentence's opening day: 'Ngày 5/3/2024, ...'
_OPENING_DAY = re.compile(vi(r"(?:^|[.!?][ \t]+)ngày[ \t]+$"))
# a short connective before the subject of a sentence: 'Theo đó, kế hoạch được ký ban hành ngày ...'
_CONNECTIVE = re.compile(vi(r"(?:^|[.!?][ \t]+)(?:theo đó|cụ thể|được biết|trước đó|đáng chú ý)[ \t]*,[ \t]*$"))

# the words before a document another one carries out, and the end of a sentence
_CARRIES_OUT = re.compile(vi(r"(?<![a-z])(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|thể chế hóa|căn cứ|theo)[ \t]+$"))
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")

# the next document of a list the issuing verb governs: ' và ', ', ', ', và ' (the type word and 'số' belong to it)
_LISTED_WITH = re.compile(vi(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)(?:số[ \t]*)?"))

# the same, with the generic word for an official text: 'Văn bản (này) được ký ngày 12/3/2024'
_TEXT_WORD_OPENS = re.compile(vi(r"văn bản(?![a-z])"))
_AFTER_COMMA = re.compile(r",[ \t]+$")
# a congress resolution's name, and the issuing words after it: '... được (ký) ban hành ngày', ', ký ngày'
_CONGRESS_WORD = re.compile(vi(r"(?<![a-z])đại hội(?![a-z])"))
_ISSUED_TAIL = re.compile(vi(r"[ \t,]*(?:(?:đã|vừa)[ \t]+)?(?:được[ \t]+)?(?:ký[ \t]+)?(?:ban hành|ký)(?![a-z])"))
# the predicate that closes a sentence on a document's issue: '... (đã) được (ký) ban hành.'
_ISSUED_CLOSES = re.compile(vi(r"(?<![a-z])(?:(?:đã|vừa)[ \t]+)?được[ \t]+(?:ký[ \t]+)?(?:ban hành|thông qua|ký)[ \t]*$"))
# the day a text takes effect or applies from is not its date
_IN_FORCE_FROM = re.compile(vi(r"(?:hiệu lực|áp dụng|thi hành)(?:[ \t]+[a-z]+){0,2}?[ \t]+từ[ \t]+(?:ngày[ \t]+)?$"))
# documents passed on the day of the meeting the sentence before dates: 'Chiều 8/12, HĐND tỉnh bế mạc kỳ họp ...
# Các nghị quyết được thông qua cùng ngày'
_SAME_DAY = re.compile(word_start(vi(
    r"(?<![a-z])(?:nghị quyết|quyết định|kết luận|chỉ thị)(?:[ \t]+(?:này|trên|nói trên|nêu trên))?[ \t]+(?:đều[ \t]+|cùng[ \t]+)?"
    r"(?:đã[ \t]+)?(?:được[ \t]+)?(?:(?:hđnd|hội đồng nhân dân)(?:[ \t]+[a-z]+){0,2}?[ \t]+)?(?:thông qua|ban hành|ký)"
    # 'tại phiên bế mạc ngày ...' names the sitting before the day
    r"(?:[ \t]+tại(?:[ \t]+[a-z]+){1,5}?)?[ \t]+"
    r"(?:(?P<same>(?:ngay[ \t]+)?(?:trong|cùng)[ \t]+ngày)|(?:vào[ \t]+)?ngày)(?![a-z])")))
# a council's sitting that passes resolutions, named after it without their date: 'Ngày 19/12, HĐND huyện tổ chức Kỳ
# họp thứ 22. ... Kỳ họp đã xem xét, thông qua 9 nghị quyết. Nghị quyết số 91/NQ-HĐND ...' (the sitting's day)
_SITTING_PASSED = re.compile(word_start(vi(
    r"(?<![a-z])(?:kỳ họp|phiên họp)(?:[ \t]+[^\W\d_]+){0,4}?[ \t]+(?:đã[ \t]+)?(?:(?:xem xét|thảo luận)[ \t]*,?[ \t]*(?:và[ \t]+)?)*"
    r"(?:biểu quyết[ \t]+)?thông qua[ \t]+(?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+nghị quyết(?![a-z])")))
# a sentence that opens on the day of the one before: 'Ngày 5/9, Đảng ủy xã tổ chức hội nghị ... Cùng ngày, Ban
# Thường vụ Đảng ủy xã ban hành Kế hoạch số 09-KH/ĐU' ('Chiều cùng ngày', 'Cũng trong ngày')
_SAME_DAY_OPENS = re.compile(vi(r"(?:(?:sáng|trưa|chiều|tối)[ \t]+)?(?:cũng[ \t]+)?(?:trong[ \t]+)?cùng ngày[ \t]*,|cũng trong ngày[ \t]*,"))
_TIME_WORD_ONLY = re.compile(vi(r"[ \t]*(?:(?:sáng|trưa|chiều|tối)[ \t]+)?(?:ngày[ \t]+)?"))
# several documents of the type: 'Các nghị quyết', 'Cả hai nghị quyết', '4 nghị quyết'
_PLURAL_BEFORE = re.compile(vi(r"(?<![a-z])(?:các|những|cả|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})[ \t]+$"))

# '<body> (đã) ban hành / ký (ban hành) / thông qua / (đã|vừa) ra / (đã|vừa) có <document>' (the endings: a cheap test first)
_ISSUE_ENDINGS = ("ban hanh", " ky", "thong qua", " ra", " co")
# ('ra' and 'có' alone only after a committee's or authority's name: 'UBND tỉnh ra Quyết định số ...', 'Tỉnh ủy có
# Công văn số ...'; 'toàn tỉnh có 5 nghị quyết' counts)
# (the first space is written apart, '[ \t][ \t]*', so that a scan skips to the spaces instead of trying every position)
# a body that holds a meeting to put a document to work ('tổ chức hội nghị quán triệt, triển khai', 'triển khai')
_DEPLOYS = re.compile(vi(r"[ \t][ \t]*(?:đã[ \t]+|vừa[ \t]+)?(?:tổ chức[ \t]+hội nghị[ \t]+(?:học tập,?[ \t]+)?)?"
                         r"(?:quán triệt(?:,?[ \t]+(?:và[ \t]+)?triển khai)?|triển khai)[ \t]*$"))
_ISSUE_VERB = re.compile(vi(r"[ \t][ \t]*(?:đã[ \t]+|vừa[ \t]+)?(?:ký[ \t]+ban hành|ký|ban hành|thông qua"
                            r"|(?<=đã )(?:ra|có)|(?<=vừa )(?:ra|có)"
                            r"|(?:(?<= ủy )|(?<=ubnd tỉnh )|(?<=ubnd huyện )|(?<=ubnd xã )|(?<=chính phủ )|(?<=chính trị )|(?<=bí thư ))(?:ra|có))[ \t]*$"))


def text_day(f: str, t: str) -> _dt.date | None:
    """The day a text speaks (its own date, the source's): its page's date line (``text_date``), else the
    place-and-date line of the official text it is, as its heading's number is dated (``heading_date``); else, where
    the heading gives no number, a place-and-date line standing alone among its first lines. The one rule for every
    input: a report saved as text, as a page, a PDF or a Word file is dated alike. ``f`` is the folded text."""
    day = text_date(f)
    if day is not None:
        return day
    dates = find_dates(f)           # (the dates with their year: the scan is the one the extraction reads on)
    for m in line_matches(_HEADING_NUMBER_LINE, f, 0, 400):
        if heading_number(f, m.start("symbol"), m.end("symbol")):
            return heading_date(f, t, dates, m.start("symbol"), m.end("symbol"))
    # (a place-and-date line further down is another document's, quoted, or a meeting's; a long heading may carry its
    # own past the first 400 characters, where no line of prose stands before it: see _in_heading)
    return next((d.date for d in dates if d.has_year and _LINE_END.match(f, d.end) and _place_before(t, d)
                 and (d.start < 400 or _in_heading(f, d.start))), None)


#: How many lines an official text's heading may take (the issuing units, the motto, a long title).
_HEADING_LINES = 30
# a line of prose: a sentence of some words closed by its mark ('Thực hiện Kế hoạch số ..., UBND xã báo cáo như sau:')
_PROSE_WORDS = 8
_PROSE_END = (".", ":", ";", "!", "?")


def _in_heading(f: str, start: int) -> bool:
    """``start`` lies among the first lines of a text (``_HEADING_LINES``) before any line of prose: in its
    heading, however long the heading (an issuing unit on several lines, the motto, a title of many words). A
    line past a lede or a sentence that quotes a document ('... như sau:') is the quoted document's."""
    if f.count("\n", 0, start) >= _HEADING_LINES:
        return False
    return not any(line.rstrip().endswith(_PROSE_END) and len(line.split()) >= _PROSE_WORDS
                   for line in f[:f.rfind("\n", 0, start) + 1].split("\n"))


def heading_date(f: str, t: str, dates: list[DateMention], start: int, end: int) -> _dt.date | None:
    """The day of the official text whose heading numbers it at ``start``..``end`` (``heading_number``): on the
    number's line or the next ones (or a line just above), the place and date of issue 'Yên Bái, ngày 08 tháng 5
    năm 2024'; else the one such line at its foot. ``f`` is the folded text, ``t`` the text, ``dates`` its dates."""
    for d in dates:
        # (the national motto's two lines and blank lines may stand between them)
        if not (end <= d.start < end + 250 and d.has_year) or f.count("\n", end, d.start) > 7:
            continue
        if _place_before(t, d, number_end=end) or _UNNAMED_PLACE.fullmatch(f, end, d.start):
            return d.date
    for d in dates:
        # a heading flattened column by column may put the place-date line above the number ('YÊN BÁI, ngày 08
        # tháng 5 năm 2024' / 'Số: 102/KH-UBND'): a line of its own, a few lines up
        if d.end <= start and d.has_year and f.count("\n", d.end, start) <= 4 \
                and _LINE_END.match(f, d.end) and _place_before(t, d, in_column=False):
            return d.date
    return _foot_date(f, t, dates, end)


def _place_before(t: str, d: DateMention, in_column: bool = True, number_end: int = -1) -> bool:
    """The place of issue stands alone before the date: at the start of its line, or (``in_column``) after
    a wide gap, a tab, a '|' or the heading's number on that line (``number_end``: 'Số: 412/BC-UBND Nghệ An, ngày
    ...', as a PDF of a two-column heading reads); a wrapped line may break after 'ngày'."""
    a = t.rfind("\n", 0, d.start) + 1
    if a == d.start and a > 0:
        a = t.rfind("\n", 0, a - 1) + 1
    if in_column:
        a = max(a, t.rfind("  ", 0, d.start) + 2, t.rfind("\t", 0, d.start) + 1, t.rfind("|", 0, d.start) + 1,
                number_end if number_end <= d.start else -1)
    m = _PLACE_DATE_LEAD.fullmatch(t, a, d.start)
    # (without 'ngày' the line is the place and the date alone: 'Nghệ An, 5 tháng 3 năm 2024', 'Hà Nội, 05/3/2024';
    # 'Hà Nội, 05/3/2024 là ngày ...' is a sentence)
    return m is not None and (m.group("day_word") is not None or bool(_LINE_END.match(t, d.end)))


def _foot_date(f: str, t: str, dates: list[DateMention], end: int) -> _dt.date | None:
    """A heading without its place-date line has it at the foot, above the signature: 'Krông Nô, ngày 12
    tháng 3 năm 2024' on a line of its own. Only when the text has one such line after the number (the date
    of the meeting a notice records, in its body, is not on such a line)."""
    found = [d.date for d in dates if d.start > end and d.has_year
             and _place_before(t, d, in_column=False) and _LINE_END.match(f, d.end)]
    return found[0] if len(found) == 1 else None


class DatedMentions(MentionReader):
    """Passes that date the mentions whose tail gave no date."""

    def _header_date(self, mn: Mention) -> _dt.date | None:
        """The heading of an official text: 'Số: 102/KH-UBND' and its place-date line (``heading_date``)."""
        if not heading_number(self.f, mn.start, mn.end):
            return None
        return heading_date(self.f, self.t, self.dates, mn.start, mn.end)

    def _record_date(self, mn: Mention) -> _dt.date | None:
        """A law library's record: the date its 'Ngày ban hành:' field gives the number its 'Số hiệu:' field
        names, before another record begins."""
        f = self.f
        if not may_match(_RECORD_NUMBER, f) or not _RECORD_NUMBER.search(f, max(0, mn.start - 30), mn.start):
            return None
        end = min(len(f), mn.end + _RECORD_SPAN)
        nxt = f.find("so hieu", mn.end, end)
        m = _RECORD_ISSUED.search(f, mn.end, nxt if nxt >= 0 else end)
        d = self.date_at.get(m.end()) if m else None
        return d.date if d is not None and d.has_year else None

    def _dates_stated_after(self, ms: list[Mention], type_hits) -> None:
        """'... Kế hoạch số 12-KH/ĐU của Ban Chấp hành Đảng bộ xã. Kế hoạch được ký ban hành ngày 15 tháng 10
        năm 2025': a sentence that opens on the bare type word dates the last document of that type named
        before it, when that one has no date of its own."""
        f = self.f

        def opens_sentence(s: int) -> bool:
            # (a semicolon joins two sentences: 'Tỉnh ủy ban hành Chương trình số 45-CTr/TU; chương trình được ký ngày ...')
            return s == 0 or f[s - 1] == "\n" or (f[s - 1] in " \t" and f[max(0, s - 4):s].rstrip()[-1:] in ".!?;") \
                or bool(_CONNECTIVE.search(f, max(0, s - 20), s))

        def date_last(code: str | None, s: int, d: DateMention) -> None:
            # the last document of that type (any type for 'văn bản') named before, if it has no date yet
            before = [mn for mn in ms if mn.kind == "numbered" and (code is None or mn.type == code) and mn.end <= s
                      and s - mn.end <= 600]
            # one named as what another of them carries out is not the one the sentence goes on about: 'ban hành
            # Kế hoạch số 12/KH-UBND thực hiện Kế hoạch số 45-KH/TU. Kế hoạch được ký ngày ...' dates the first
            own = [mn for i, mn in enumerate(before) if not (i > 0 and self._carried_out_by(before[i - 1], mn))] or before
            if own and own[-1].date is None:
                own[-1].date = self.issue_date(d)

        for s, e, code in type_hits:
            if not opens_sentence(s):
                continue
            m = _TYPE_STATED_DATE.match(f, e)
            d = self.date_at.get(m.end()) if m else None
            if d is not None:       # (a date without its year has one only when the page's date gives it)
                date_last(code, s, d)
        for w in _TEXT_WORD_OPENS.finditer(f):
            # (or set off by a comma after the document: 'Kế hoạch số 96-KH/TU của Tỉnh ủy, văn bản được ký ngày ...')
            if not opens_sentence(w.start()) and not _AFTER_COMMA.search(f, max(0, w.start() - 3), w.start()):
                continue
            m = _TYPE_STATED_DATE.match(f, w.end())
            d = self.date_at.get(m.end()) if m else None
            if d is not None:
                date_last(None, w.start(), d)
        type_at = {s: (e, code) for s, e, code in type_hits}
        numbered_at = {mn.start: mn for mn in ms if mn.kind == "numbered"}
        for d in self.dates:
            if not d.time_word or not _OPENING_DAY.search(f, max(0, d.start - 10), d.start):
                continue
            c = _DAY_FIRST.match(f, d.end)
            if c is None:
                continue
            e, code = type_at.get(c.end(), (None, None))
            if e is None and f.startswith("van ban", c.end()):
                e = c.end() + len("van ban")
            if e is not None and _DAY_FIRST_ISSUED.match(f, e):
                date_last(code, c.end(), d)
            elif e is not None:
                # 'Ngày 3/5/2023, Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 05-CT/TW (đã) được
                # ban hành.': the numbered document the sentence opens on, issued that day
                mn = numbered_at.get(c.end())
                stop = _SENTENCE_END.search(f, c.end())
                if mn is not None and mn.date is None \
                        and _ISSUED_CLOSES.search(f, mn.end, stop.start() if stop else len(f)):
                    mn.date = self.issue_date(d)
        self._passed_the_same_day(ms)
        self._congress_dates_to_carrier(ms)

    def _congress_dates_to_carrier(self, ms: list[Mention]) -> None:
        """'Chương trình hành động số 03-CTr/HU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIII được
        ban hành ngày 15/11/2020': a congress passes its resolution and issues none; the issue date stated after
        its name is the one of the undated document that carries it out."""
        f = self.f
        at = {o.start: o for o in reversed(ms)}        # (the first mention at each position)
        for a in ms:
            if a.kind != "numbered" or a.cue is None or a.date is not None:
                continue
            b = at.get(a.cue[1])
            if b is None or b.kind != "named" or b.date is None or b.type != "NQ" \
                    or not _CONGRESS_WORD.search(f, b.start, b.end) or not _ISSUED_TAIL.match(f, b.end):
                continue
            a.date, b.date = b.date, None

    def _carried_out_by(self, a: Mention, b: Mention) -> bool:
        """``b`` is named, in ``a``'s sentence, as what ``a`` carries out ('Kế hoạch số 12/KH-UBND thực hiện Kế
        hoạch số 45-KH/TU', '... về phát triển nông nghiệp, cụ thể hóa Nghị quyết số 19-NQ/TW')."""
        if a.cue is not None and a.cue[1] == b.start:
            return True
        if _SENTENCE_END.search(self.f, a.end, b.start):
            return False
        return bool(_CARRIES_OUT.search(self.f, max(a.end, b.start - 40), b.start))

    def _passed_the_same_day(self, ms: list[Mention]) -> None:
        """'Chiều 8/12, HĐND tỉnh bế mạc kỳ họp thứ 19. Các nghị quyết được thông qua cùng ngày ...': the
        documents of that type named in the text without a date of their own, whose symbol carries no other
        year, take the day of the meeting (the last date the text gave before the sentence)."""
        f = self.f
        for m in scan_openings(_SAME_DAY, f):
            # the day given right after ('... thông qua cùng ngày 8/12/2023'), else the last one before that is
            # not the day a text takes effect ('có hiệu lực từ ngày 01/01/2024')
            d = self.date_at.get(m.end() + len(f[m.end():m.end() + 3]) - len(f[m.end():m.end() + 3].lstrip()))
            if m.group("same") is None and (d is None or not _PLURAL_BEFORE.search(f, max(0, m.start() - 12), m.start())):
                continue            # 'Nghị quyết được thông qua ngày ...' dates the one named before (_dates_stated_after)
            if d is None:
                d = next((x for x in reversed(self.dates) if x.end <= m.start() and m.start() - x.end <= 400
                          and x.time_word and not _IN_FORCE_FROM.search(f, max(0, x.start - 40), x.start)), None)
            if d is None:
                continue
            code = next((c for w, c in TYPE_CODE.items() if f.startswith(w, m.start())), None)
            self._date_undated(ms, code, d.date)
        if not may_match(_SITTING_PASSED, f):
            return
        for m in scan_openings(_SITTING_PASSED, f):
            tails = [(mn.start, max(mn.tail_end, mn.end)) for mn in ms]
            d = next((x for x in reversed(self.dates) if x.end <= m.start() and m.start() - x.end <= 800 and x.time_word
                      and not any(a <= x.start < b for a, b in tails)
                      and not _IN_FORCE_FROM.search(f, max(0, x.start - 40), x.start)), None)
            date = self.issue_date(d) if d is not None else None
            if date is not None:
                # (a council passes its own resolutions: a central one named after the sitting is not among them)
                self._date_undated([mn for mn in ms if mn.start >= m.end() and mn.issuer_code == "HĐND"], "NQ", date)

    @staticmethod
    def _date_undated(ms: list[Mention], code: str | None, date: _dt.date) -> None:
        """The numbered documents of type ``code`` with an issuer and no date, whose symbol carries no other year,
        take ``date``."""
        for mn in ms:
            if mn.kind != "numbered" or mn.type != code or mn.date is not None or mn.issuer_code is None:
                continue
            year = re.search(r"/((?:19|20)\d\d)/", mn.key or "")
            if year is None or int(year.group(1)) == date.year:
                mn.date = date

    def _body_before(self, mn: Mention, verb_len: int) -> str | None:
        """The issuing body named right before the verb (``verb_len`` long) that ends just before ``mn``, or None."""
        bms = list(body_regex().finditer(self.f, max(0, mn.start - 130), mn.start - verb_len + 1))
        if not bms or bms[-1].end() < mn.start - verb_len - 40:
            return None
        name = norm_body(self.t[bms[-1].start():extend_name(self.t, bms[-1].end(), mn.start - verb_len)])
        return name if issuer_info(name)[0] else None

    def _dates_from_context(self, ms: list[Mention]) -> None:
        """'Ngày 15/4/2024, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình số 115-CTr/TU' (and the documents
        listed with it: '... Nghị quyết số 55/NQ-HĐND về kế hoạch và Nghị quyết số 56/NQ-HĐND')."""
        issued_then: Mention | None = None      # the last document dated by the issue before it
        for mn in sorted(ms, key=lambda x: x.start):
            if mn.kind not in ("numbered",):
                continue
            if issued_then is not None and mn.date is None and issued_then.date is not None \
                    and _LISTED_WITH.fullmatch(self.f, max(issued_then.tail_end, issued_then.end,
                                                           issued_then.subject_span[1] if issued_then.subject_span else 0),
                                               mn.start):
                mn.date = issued_then.date
                issued_then = mn
                continue
            issued_then = None
            if mn.date is None and mn.start < 400:
                mn.date = self._header_date(mn)
            if mn.date is None:
                mn.date = self._record_date(mn)
            lead = self.f[max(0, mn.start - 130):mn.start]
            # (searched once: the verb found is also where the issuer's name ends)
            bh = _ISSUE_VERB.search(lead) if lead.rstrip().endswith(_ISSUE_ENDINGS) else None
            if bh is None:
                dp = _DEPLOYS.search(lead) if mn.issuer is None and mn.symbol is not None \
                    and mn.symbol.system == "party" and lead.rstrip().endswith(("trien khai", "quan triet")) else None
                name = self._body_before(mn, len(dp.group(0))) if dp else None
                if name and mn.symbol is not None and issuer_info(name)[0] == mn.symbol.issuer:
                    # 'Đảng ủy xã A tổ chức hội nghị triển khai Kế hoạch số 14-KH/ĐU': a Party committee puts to work
                    # a plan of its own kind (its code in the symbol), its own; the meeting's day is no issue date
                    mn.issuer, mn.issuer_level = name, issuer_info(name)[1]
                continue
            if mn.issuer is None and (name := self._body_before(mn, len(bh.group(0)))):
                # '<body> (đã) ban hành / đã ra <document>': the body is the issuer
                code, mn.issuer_level, _ = issuer_info(name)
                mn.issuer = name
                if code and mn.symbol is None and mn.kind == "numbered" and mn.key == f"{mn.number}-{mn.type}":
                    # 'Ban Thường vụ Tỉnh ủy đã ra Chỉ thị số 17': the issuer completes the key
                    self._rekey(mn, code, ms)
            if mn.date is not None:
                continue
            # a date read into another document's tail ('Nghị quyết 09-NQ/TU (ngày 15/4/2024)') is that document's
            cands = [d for d in self.dates if mn.start - 130 <= d.start < mn.start and d.time_word
                     and not _DATE_LINE_REST.match(self.f, d.end)
                     and not any(o is not mn and o.start < d.start and o.tail_end >= d.end for o in ms)]
            if cands:
                d = cands[-1]
                between = self.f[d.end:mn.start]
                if not re.search(r"[.;]|(?:nghi quyet|chi thi|ket luan|chuong trinh|ke hoach|quyet dinh) so", between):
                    mn.date = self.issue_date(d)
                    issued_then = mn
            if mn.date is None and self._same_day_as_before(mn, ms):
                issued_then = mn

    def _same_day_as_before(self, mn: Mention, ms: list[Mention]) -> bool:
        """A document issued in a sentence that opens on 'Cùng ngày,' takes the day the sentence before opens on
        (a day that dates no document's tail, within the paragraph before)."""
        f = self.f
        stop = max(f.rfind(". ", 0, mn.start) + 2, f.rfind("\n", 0, mn.start) + 1)
        o = _SAME_DAY_OPENS.match(f, stop)
        if o is None or mn.start - o.end() > 130:
            return False
        d = next((x for x in reversed(self.dates) if x.end <= stop and stop - x.end <= 600 and x.time_word
                  and not any(o2.start < x.start and o2.tail_end >= x.end for o2 in ms)
                  and self._opens_sentence(x)), None)
        if d is not None:
            mn.date = self.issue_date(d)
        return mn.date is not None

    def _opens_sentence(self, d: DateMention) -> bool:
        """``d`` opens its sentence after no more than a time word: 'Ngày 5/9, ...', 'Chiều 18/3, ...'."""
        f = self.f
        a = max(f.rfind(". ", 0, d.start) + 2, f.rfind("\n", 0, d.start) + 1)
        return d.start - a <= 12 and bool(_TIME_WORD_ONLY.fullmatch(f, a, d.start))
