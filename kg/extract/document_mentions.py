"""Reading one document mention (đề cập văn bản): its tail after the symbol or type word (date, issuer, term,
subject), back references ('Nghị quyết này', 'hai nghị quyết trên') and the documents a clause names.
The base of DocumentFinder (kg.extract.documents); it imports nothing of the documents modules above it but its
words (kg.extract.mention_words) and records (kg.extract.mention_model)."""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right

from kg.extract.bodies import body_regex, is_party_code, issuer_info, level_of_code
from kg.extract.dates import DateMention
from kg.extract.mention_model import Mention, Mentions, without_siblings
from kg.extract.mention_words import ACTED_ON, BACKREF_RE, CARRYING, COUNTED_BACKREF, CUE_RE, LIST_GAP, TYPE_CODE, TYPE_RE, link_type
from kg.extract.text import Prepared, Segment, clean_ws, letters, norm_body, vi
from kg.text.doctypes import NUMBERED_TYPE_WORDS, type_name
from kg.text.symbols import find_symbols

# (a page copied from a wrapped PDF may break the line after 'ngày'; 'cùng ngày' closes a list that shares the date)
# ('được ký ban hành ngày': the signing and the issue in one verb)
_DATE_LEAD = re.compile(vi(r"[ \t]*[,(]?[ \t]*(?P<verb>(?:(?:đã[ \t]+)?được[ \t]+)?(?:ký[ \t]+ban hành|ban hành|ký|thông qua)[ \t]+)?"
                           r"(?:vào[ \t]+|cùng[ \t]+)?(?:ngày[ \t]*\n?[ \t]*)?"))
# a date in brackets closes with its bracket: 'Nghị quyết 09-NQ/TU (ngày 15/4/2024) của Tỉnh ủy'
_DATE_CLOSE = re.compile(r"[ \t]*\)")
# the issuer and date in the passive: 'Nghị quyết số 09-NQ/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 15/4/2024'
# (and in a relative clause: 'Kế hoạch số 45-KH/TU mà Tỉnh ủy vừa ban hành ngày 12/3/2024')
_PASSIVE_BY = re.compile(vi(r"[ \t]*,?[ \t]*(?:(?:đã[ \t]+)?được|mà)[ \t]+"))
_PASSIVE_ISSUE = re.compile(vi(r"[ \t]+(?:(?:vừa|đã|mới)[ \t]+)?(?:ký[ \t]+)?(?:ban hành|thông qua|ký)(?![a-z])"))
_CUA = re.compile(r"[ \t]*,?[ \t]*(?:cua|do)[ \t]+")
# an owner with no name is no issuer: 'kế hoạch của địa phương' (the locality's own plan, whichever it is), 'của đơn vị'
_NAMELESS_OWNER = re.compile(r"(?:cac |moi |tung )?(?:dia phuong|don vi|co quan|co so)(?:,? (?:dia phuong|don vi|co quan|co so))*")
# a sector as the owner of a plan, no body's name: 'Kế hoạch hành động của ngành Nông nghiệp thực hiện Nghị quyết ...' (the
# tail reads on to the cue after it)
_SECTOR = re.compile(letters(r"(?:toàn[ \t]+)?ngành[ \t]+[{U}][{L}]*(?:[ \t]+[{U}{L}]+){0,4}"))
_ISSUER_STOP = re.compile(
    r"[ \t](?:ve|khoa|khoa|khia|ngay|nham|de|do|theo huong|thuc hien|trien khai|huong dan|tiep tuc|cu the hoa|thay the|sua doi|bai bo|can cu|tren co so|(?:theo|tren) tinh than|quy dinh|phe duyet|ban hanh|tai|da|duoc|tu|nam|gan voi|doi voi|cho|sau|trong|la|"
    # (the words of a numbered document's type, and a law: 'Luật' is written with no number; and the document that
    # carries it out: '... cụ thể hóa Kế hoạch số 15-KH/TU của Tỉnh ủy bằng Kế hoạch số 22-KH/HU')
    r"(?:va|bang(?: viec ban hanh)?) (?:cac |hai |ba )?(?:" + "|".join(map(vi, NUMBERED_TYPE_WORDS)) + r"|luat)|"
    # ('... của Tỉnh ủy và triển khai Chỉ thị ...': a second act joined on, not a word of the issuer's name)
    r"va (?:trien khai|thuc hien|tiep tuc|cu the hoa|sua doi|bai bo|thay the|dinh chi|tam dung))(?![a-z])|[,;.()“”\"\n:–]"
)
# stop words of an issuer that fold like words of a name: the stop is only the word written with its marks
# ('... của Bộ Chính trị do Bộ Chính trị, Ban Bí thư tổ chức': 'do' names who holds the meeting; 'đó', 'độ' fold alike;
# '(dự toán theo Nghị quyết số 62/NQ-HĐND của HĐND tỉnh là 24.200 tỷ đồng)': 'là' opens what the document says, and
# 'Sơn La' is a province)
_FOLDS_ALIKE = {"tu": "từ", "nam": "năm", "do": "do", "la": "là"}
_KHOA = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?:khoa|khia)[ \t]+([ivxlc]{1,6})(?![a-z])[ \t]*\)?")
_SUBJ = re.compile(r"[ \t]*,?[ \t]*(?:(?:ve viec|ve)[ \t]+[“\"]?|[“\"](?:ve[ \t]+)?)")
# (opens on the set of its characters, which a scan skips to; a full stop only before a space or the end)
_SUBJ_STOP = re.compile(r"[”\";\n.](?:(?<=\.)(?:\s|$)|(?<!\.))")
# a name quoted inside a title, from the stop its first quote is: '"Bình dân học vụ số"' (a straight quote opens it;
# a curly one closes it, the opening one before)
_QUOTED_IN_TITLE = re.compile(r"\"[^\"\n]{1,80}\"|”")

# the plural word before a list of documents a cue points to
_PLURAL_OBJECTS = re.compile(r"(?:cac|nhung)[ \t]+(?=[a-z])")
_BACKREF_N = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "2": 2, "3": 3, "4": 4, "5": 5, "02": 2, "03": 3, "04": 4, "05": 5}

_BARE_TYPE = re.compile(r"(nghi quyet|chi thi|ket luan)(?=[ \t]*(?:[.;,\n]|$|cua (?:bo chinh tri|ban bi thu|trung uong|ban chap hanh trung uong)))")
# what a decision approved, where the finder did not read its title: '... phê duyệt Chương trình mỗi xã một sản phẩm ...'
_APPROVES_WORD = re.compile(vi(r"[^.;\n]{0,80}?(?<![a-z])(?:phê duyệt|ban hành(?:[ \t]+kèm theo)?)[ \t]+(chương trình|đề án|chiến lược)"
                               r"(?![a-z])(?![ \t]+hành động)"))
# a programme, đề án or strategy named by its type word alone ('về thực hiện Chương trình năm 2024;', 'Để triển khai Đề
# án, ...'), perhaps with its short name in capitals and a year or term ('Chương trình OCOP năm 2024'): the one a decision
# named before approved (tests/ANNOTATION.md (b)); 'Chương trình hành động', 'Chương trình số ...' are no such word
# ('Đề án được triển khai theo Kế hoạch số ...': the plans that carry it out follow)
_BARE_APPROVED = re.compile(vi(r"(chương trình|đề án|chiến lược)(?:[ \t]+(?P<short>[a-z]{2,8}))?"
                               r"(?:[ \t]+(?:năm|giai đoạn)[ \t]+\d{4}(?:[ \t]*-[ \t]*\d{4})?)?(?=[ \t]*(?:[.;,\n]|$)|[ \t]+(?:(?:đã[ \t]+)?được[ \t]+(?:triển khai|thực hiện)[ \t]+)?theo(?![a-z]))"))
# what joins two documents of one type named by their titles, after the first one's issuer ('... của Đảng và ...')
# what ends a list of symbols between two items: a stop, or a cue of a second act ('... và triển khai Kế hoạch ...'); not
# a title's own 'về tiếp tục' ('Nghị quyết số 20-NQ/TW ... về tiếp tục đổi mới ... và Chương trình hành động số 38-CTr/TU')
_GROUP_BREAK = re.compile(r"[;.\n]|(?<![a-z])(?:thuc hien|trien khai|cu the hoa|(?<!ve )(?<!ve viec )tiep tuc)(?![a-z])")
_AND_JOIN = re.compile(r"(?<![a-z])va(?![a-z])")
_NAMED_ITEM_GAP = 60
_NAMED_ITEM_JOIN = re.compile(r"(?:,|(?<![a-z])va)[ \t]*$")
_NAMED_ITEM_BREAK = re.compile(r"[;.\n]|(?<![a-z])(?:thuc hien|trien khai|cu the hoa|tiep tuc|dong thoi|gan voi|ket hop)(?![a-z])")

# the issue stated after a document's subject, up to the date: ', (được) ký (ban hành) (vào) ngày', '(ban hành ngày',
# 'được UBND tỉnh ban hành ngày', 'do Chủ tịch UBND tỉnh ký ngày', 'mà Tỉnh ủy vừa ban hành ngày' (the body that issued
# it between: words without punctuation or digits)
_ISSUED_ON_AFTER = re.compile(vi(r"(?:[ \t]*,|[ \t]*\(|[ \t]+(?=được|do[ \t]|mà[ \t]))[ \t]*"
                                 r"(?:(?:đã[ \t]+)?được[ \t]+(?:[^,.;:()\n\d]{2,60}?[ \t]+)?"
                                 r"|(?:do|mà)[ \t]+[^,.;:()\n\d]{2,60}?[ \t]+(?:(?:đã|vừa)[ \t]+)?)?"
                                 r"(?:ký[ \t]+ban hành|ký|ban hành|thông qua)(?:[ \t]+vào)?[ \t]+ngày[ \t]*$"))
# how far after a symbol its issue stated with the signer may end ('do Chủ tịch UBND tỉnh ký ban hành ngày ')
_SIGNER_REACH = 90
# a quoted subject closed and the date right after it: 'Kế hoạch số 12/KH-UBND “Về chuyển đổi số” ngày 05/3/2024'
_DATE_AFTER_QUOTE = re.compile(vi(r"[”\"][ \t]*,?[ \t]*(?:(?:được[ \t]+)?(?:ký[ \t]+ban hành|ban hành|ký)[ \t]+)?(?:vào[ \t]+)?ngày[ \t]*"))

_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)|\n")

# a date set off by commas before a clause with its own act opens that clause ('Thực hiện Nghị quyết số 12-NQ/TU,
# ngày 20/4/2024, Huyện ủy ban hành Kế hoạch ...'): it is not the tail of the document before it; without the
# first comma ('Nghị quyết số 12-NQ/TU ngày 10/1/2024, Huyện ủy ban hành ...') or with the issue stated
# (', ban hành ngày 10/1/2024, Huyện ủy ...') it is
# (the comma after the date may be left out: 'Thực hiện Nghị quyết số 57-NQ/TW, ngày 15/3/2025 Tỉnh ủy đã ban hành ...';
# not before the document's own issuer or subject: ', ngày 10/1/2024 của Tỉnh ủy về ... đã có kết quả')
_DATE_OPENS_CLAUSE = re.compile(vi(r"(?![ \t]*,?[ \t]*(?:của|do|về|được)[ \t])[ \t]*,?[ \t]*[^,.;:()\n]{2,70}?[ \t](?:đã[ \t]+|vừa[ \t]+)?(?:ban hành|ký|thông qua|tổ chức|"
                                   r"triển khai|phê duyệt|khai mạc|diễn ra|có|ra)(?![a-z])"))

# where an unquoted subject ('về ...') gives way: another document of a list, a new clause
# (written to open on its first characters, which the engine's scan skips to: each branch opens on one character)
_LISTED_DOCUMENT = (r"(?:các[ \t]+)?(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Kế hoạch|Chương trình|"
                    r"Luật|Nghị định|Thông tư|Đề án|Công văn|Hướng dẫn|Thông báo|văn bản)(?![{L}])")
_SUBJECT_CLAUSE_END = re.compile(letters(
    rf",[ \t]*{_LISTED_DOCUMENT}| [ \t]*và[ \t]+{_LISTED_DOCUMENT}|\t[ \t]*và[ \t]+{_LISTED_DOCUMENT}"
    r"|,[ \t]*(?:đồng thời|trong đó|qua đó|góp phần|theo đó|từ đó)(?![{L}])"
    # (a cue and the document it carries out after a comma: 'về tuyên truyền pháp luật giai đoạn 2025 - 2030, thực hiện
    # Nghị quyết số 66-NQ/TW ...')
    r"|,[ \t]*(?:(?:để|nhằm)[ \t]+)?(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?(?:thực hiện|cụ thể hóa|cụ thể hoá)[ \t]+(?:các[ \t]+)?"
    r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Chương trình|Đề án|Luật|Nghị định)(?![{L}])"
    r"|,[ \t]*(?:Ban|Ủy ban|UBND|HĐND|Tỉnh ủy|Huyện ủy|Thành ủy|Bộ|Chính phủ|Thủ tướng|Sở|Đảng ủy|MTTQ)(?![{L}])[^,.;\n]{0,60}?"
    r"[ \t](?:đã|vừa|sẽ|ban hành|yêu cầu|đề nghị|giao|chỉ đạo|tổ chức)(?![{L}])"
    # (a clause whose verb is marked done, whoever its subject: 'về công tác dân vận, cấp ủy các cấp đã kịp thời ...')
    r"|,[ \t]*[^,.;:()\n]{2,60}?[ \t]đã[ \t]+(?:kịp thời[ \t]+|chủ động[ \t]+|nghiêm túc[ \t]+)?[{L}]"
    # (the goals the document sets, said after its title: '... về chuyển đổi số năm 2027, đặt mục tiêu 70% hộ ...'; not
    # ', phấn đấu ...', which titles hold: 'Đề án phát triển kinh tế - xã hội, phấn đấu giảm nghèo nhanh ...')
    r"|,[ \t]*(?:đặt|đề ra|với)[ \t]+(?:mục tiêu|chỉ tiêu)(?![{L}])"))
# where an unquoted subject gives way to what is said about the document: its results, its course, a colon
_PREDICATE_WORDS = vi(
    r"(?:đã[ \t]+|bước đầu[ \t]+|cơ bản[ \t]+)?(?:đạt(?:[ \t]+được)?[ \t]+(?:nhiều[ \t]+|những[ \t]+)?(?:kết quả|hiệu quả)"
    r"|được[ \t]+(?:triển khai|thực hiện|quán triệt|cụ thể hóa|các cấp)|đi vào cuộc sống|tạo(?:[ \t]+sự)?[ \t]+chuyển biến"
    r"|phát huy hiệu quả|có hiệu lực)(?![a-z])")
# (written to open on its first characters, which the engine's scan skips to: each branch opens on one character)
_SUBJECT_PREDICATE = re.compile(rf":| [ \t]*:|\t[ \t]*:| [ \t]*{_PREDICATE_WORDS}|\t[ \t]*{_PREDICATE_WORDS}")
# a clause after a comma that reports a figure: 'về phát triển vùng cây ăn quả, diện tích vải thiều đạt 7.650 ha', or a
# level before and after: 'về kinh tế tập thể, số hợp tác xã tăng từ 140 lên 212'; or one whose subject is the place,
# with a figure after its verb: 'về sửa chữa nhà ở cho hộ nghèo, xã hỗ trợ 40 nhà' (not a time: ', huyện nghèo giai đoạn
# 2021 - 2025')
_SUBJECT_FIGURE_CLAUSE = re.compile(vi(r",[ \t]+[^,;.:\n]{0,80}?(?<![a-z])(?:đạt|tăng|giảm|vượt|còn|có)[ \t]+"
                                       r"(?:được[ \t]+|khoảng[ \t]+|trên[ \t]+|hơn[ \t]+|từ[ \t]+)?\d"
                                       r"|,[ \t]+(?:toàn[ \t]+)?(?:tỉnh|huyện|xã|thành phố|phường|thị xã|quận)[ \t]+"
                                       r"(?:(?!giai đoạn|năm|nhiệm kỳ|đợt|khu vực)[a-z]+[ \t]+){1,3}\d"))

# where an issuer's name gives way to the next clause: 'cùng', or 'và' before a lower-case word (or closing what the
# stop left: '... của Ban Thường vụ Huyện ủy và được phổ biến ...')
_ISSUER_CLAUSE = re.compile(r"[ \t]+(cùng|và)(?:[ \t]+|$)")
# what the body did with the document, after its name: '... do Chủ tịch UBND thị xã ký ban hành', 'Quyết định số
# 1520-QĐ/TU ... của Ban Thường vụ Thành ủy chỉ định Ban Chấp hành ...' ('Tổng Thư ký' is a title, not the signing)
_FORMERLY = re.compile(r"[ \t]+trước đây[ \t]*$")
_ISSUER_DECIDES = re.compile(r"(?<![Tt]hư)[ \t](?:ký|chỉ định|công nhận|chuẩn y|bổ nhiệm)(?![^\W\d_])")
# a body's own act after its name (in lower case: 'Ban Tổ chức' is a name): 'do Ban Thường vụ tổ chức sơ kết'
_ISSUER_ACT = re.compile(r"[ \t](?:tổ chức|sơ kết|tổng kết|quán triệt|kiểm tra|giám sát|làm việc|họp|chủ trì)(?![^\W\d_])",
                         re.IGNORECASE)


# a stretch that joins the next item on: ends on a comma, 'và' or 'cùng'
# ('..., cùng với Quy định số 37-QĐ/TW ...': the second of the list after the first one's title)
# (written to open on its first characters, which the engine's scan skips to: each word checks the character before it once it is read)
_JOINED_BEFORE = re.compile(vi(r"(?:,|và(?<![a-z]và)|cùng(?<![a-z]cùng)(?:[ \t]+với)?)[ \t]*$"))


class MentionReader:
    """The text, its dates and sentences, and the readers of one mention that the passes above share."""

    def __init__(self, p: Prepared, dates: list[DateMention], sentences: list[Segment], year: int | None = None,
                 today: _dt.date | None = None):
        self.year = year            # the text's year, for plans named by what they set ('KH:... năm 2018')
        self.today = today          # the text's own date: no document it names was issued after it
        self.p = p
        self.t = p.text
        self.f = p.folded
        self.date_at = {d.start: d for d in dates}
        self.dates = dates
        self.date_starts = [d.start for d in dates]     # (in order: find_dates scans the text once)
        self.sentences = sentences
        self._mentions = Mentions()
        self._sorted_at: tuple[int, int] | None = None
        self._sorted: tuple[list[Mention], list[int]] = ([], [])
        self._central_at: tuple[int, int] | None = None
        self._central: dict[str | None, list[Mention]] = {}

    @property
    def mentions(self) -> Mentions:
        return self._mentions

    @mentions.setter
    def mentions(self, items: Mentions) -> None:
        self._mentions = items

    def by_start(self) -> tuple[list[Mention], list[int]]:
        """The mentions sorted by start (ties in the list's order) and their starts, kept until the list changes."""
        at = (self._mentions.serial, self._mentions.version)
        if self._sorted_at != at:
            ordered = sorted(self._mentions, key=lambda x: x.start)
            self._sorted, self._sorted_at = (ordered, [m.start for m in ordered]), at
        return self._sorted

    def _central_of_type(self) -> dict[str | None, list[Mention]]:
        """The mentions of a central document's symbol, by type, in the list's order (kept until the list changes)."""
        at = (self._mentions.serial, self._mentions.version)
        if self._central_at != at:
            self._central = {}
            for mn in self._mentions:
                if mn.symbol is not None and level_of_code(mn.symbol.issuer) == "central":
                    self._central.setdefault(mn.type, []).append(mn)
            self._central_at = at
        return self._central

    def issue_date(self, d: DateMention) -> _dt.date | None:
        """The date ``d`` gives a document's issue: a day and month without a year that would fall after the text's
        own date are of the year before ('ngày 20/12' on a page of 15/01/2024 is 20/12/2023)."""
        if d.has_year or self.today is None or d.date <= self.today:
            return d.date
        try:
            return d.date.replace(year=d.date.year - 1)
        except ValueError:                  # 29 February
            return None

    # ------------------------------------------------------------------ tails
    def _date_at(self, pos: int, year: int | None = None) -> tuple[_dt.date | None, int]:
        """The date of the tail at ``pos``; ``year``: the year the document's symbol carries, which a day and
        month without a year take ('Nghị quyết số 15/2023/NQ-HĐND ngày 8/12' on a page of 2024 is of 2023)."""
        m = _DATE_LEAD.match(self.f, pos)
        if m:
            d = self.date_at.get(m.end())
            if d is not None and (m.end() - pos) <= 32 \
                    and not ("," in m.group(0) and not m.group("verb") and _DATE_OPENS_CLAUSE.match(self.f, d.end)):
                end = d.end
                if "(" in self.f[pos:m.end()]:
                    c = _DATE_CLOSE.match(self.f, end)
                    end = c.end() if c else end
                date = d.date
                if year is None:
                    date = self.issue_date(d) or date
                if year is not None and not d.has_year and date.year != year:
                    try:
                        date = date.replace(year=year)
                    except ValueError:          # 29 February of a year without one
                        return None, pos
                return date, end
        return None, pos

    def _passive_issue(self, pos: int) -> tuple[str | None, _dt.date | None, int]:
        """'... được <body> ban hành (ngày D)': the issuer and the date of a document named before its issuer."""
        m = _PASSIVE_BY.match(self.f, pos)
        if not m:
            return None, None, pos
        b = body_regex().match(self.f, m.end())
        if not b:
            return None, None, pos
        iv = _PASSIVE_ISSUE.search(self.f, b.end(), min(len(self.f), b.end() + 60))
        if not iv or re.search(r"[,;.()\n]", self.f[b.end():iv.start()]):
            return None, None, pos
        name = norm_body(self.t[m.end():iv.start()])
        if issuer_info(name)[0] is None:
            return None, None, pos
        d, end = self._date_at(iv.end())
        return name, d, (end if d else iv.end())

    def _issuer_at(self, pos: int) -> tuple[str | None, int]:
        m = _CUA.match(self.f, pos)
        if not m:
            return None, pos
        a = m.end()
        lim = min(len(self.f), a + 90)
        # 'từ' ends an issuer, 'Đầu tư' ('Sở Kế hoạch và Đầu tư') does not: both fold to 'tu'; so does 'năm' (a year),
        # and 'Việt Nam' ('Hội Nông dân Việt Nam') does not
        stop = next((x for x in _ISSUER_STOP.finditer(self.f, a, lim)
                     if self.f[x.start() + 1:x.end()] not in _FOLDS_ALIKE
                     or self.t[x.start() + 1:x.end()].lower() == _FOLDS_ALIKE[self.f[x.start() + 1:x.end()]]), None)
        b = stop.start() if stop else lim
        raw = self.t[a:b]
        cut = next((c for c in _ISSUER_CLAUSE.finditer(raw.rstrip())
                    if c.group(1) == "cùng" or c.end() == len(raw.rstrip()) or raw[c.end():c.end() + 1].islower()), None)
        if cut:
            raw = raw[:cut.start()]         # 'của Ban Thường vụ Tỉnh ủy cùng Báo cáo ...', '... và thống nhất'
            b = a + len(raw)
        decided = _ISSUER_DECIDES.search(raw)
        if decided:
            raw = raw[:decided.start()]
            b = a + len(raw)
        # ('... của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế trước đây về ...': the body as it was, the title read after it)
        raw = _FORMERLY.sub("", raw)
        act = next((c for c in _ISSUER_ACT.finditer(raw) if raw[c.start() + 1].islower()), None)
        if act:
            if m.group(0).strip(" \t,") == "do":
                # 'sơ kết 2 năm thực hiện Nghị quyết 21 do Ban Thường vụ Tỉnh ủy tổ chức ngày 14/8': the body holds the
                # review, it did not issue the document
                return None, pos
            raw = raw[:act.start()]         # 'của Ban Thường vụ Tỉnh ủy tổ chức sơ kết ngày ...': its day is the review's
            b = a + len(raw)
        raw = raw.strip()
        if not raw or _NAMELESS_OWNER.fullmatch(self.f[a:a + len(raw)]):
            return None, pos
        code, level, _ = issuer_info(raw)
        if code is None and not body_regex().match(self.f, a) and not _SECTOR.fullmatch(raw):
            return None, pos
        return raw, a + len(self.t[a:b].rstrip())

    def parse_tail(self, mn: Mention) -> None:
        pos = mn.end
        year = mn.symbol.year if mn.symbol is not None else None
        d, pos2 = self._date_at(pos, year)
        if d:
            mn.date, pos = d, pos2
        iss, pos2 = self._issuer_at(pos)
        if iss:
            mn.issuer, pos = iss, pos2
            mn.explicit_issuer = True
            k = _KHOA.match(self.f, pos)
            if k:
                mn.term = k.group(1).upper()
                pos = k.end()
            if mn.date is None:
                d, pos2 = self._date_at(pos, year)
                if d:
                    mn.date, pos = d, pos2
        else:
            k = _KHOA.match(self.f, pos)
            if k:
                mn.term = k.group(1).upper()
                pos = k.end()
            elif mn.date is None:
                iss, d, pos2 = self._passive_issue(pos)
                if iss:
                    mn.issuer, mn.date, pos = iss, d, pos2
                    mn.explicit_issuer = True
        if mn.date is None:
            pos = self._issued_by_signer(mn, pos)
        mn.tail_end = pos
        s = _SUBJ.match(self.f, pos)
        if s and s.end() > pos:
            a = s.end()
            stop = _SUBJ_STOP.search(self.f, a, min(len(self.f), a + 300))
            # (an unquoted title goes on over a name quoted in it: 'về triển khai phong trào "Bình dân học vụ số" trên
            # địa bàn tỉnh')
            while stop and self.f[s.end() - 1] not in "“\"" and (q := _QUOTED_IN_TITLE.match(self.f, stop.start())) \
                    and (self.f[stop.start()] == "\"" or "“" in self.f[a:stop.start()]):
                stop = _SUBJ_STOP.search(self.f, q.end(), min(len(self.f), a + 300))
            b = stop.start() if stop else min(len(self.f), a + 300)
            if not stop and b < len(self.f) and not self.f[b].isspace():
                b = max(self.f.rfind(" ", a, b), a)   # a title cut at the cap ends on a whole word
            if self.f[s.end() - 1] not in "“\"":
                # an unquoted title ends where the next document or clause begins
                c = _SUBJECT_CLAUSE_END.search(self.t, a, b)
                if c:
                    b = c.start()
                c = _SUBJECT_PREDICATE.search(self.f, a, b) or _SUBJECT_FIGURE_CLAUSE.search(self.f, a, b)
                if c:
                    b = c.start()   # '... về phát triển rừng đạt kết quả tích cực: trồng mới ...'

            if mn.date is None and ("“" in s.group(0) or '"' in s.group(0)):
                q = _DATE_AFTER_QUOTE.match(self.f, b)
                dm = self.date_at.get(q.end()) if q else None
                if dm is not None and dm.has_year and not ("," in q.group(0) and _DATE_OPENS_CLAUSE.match(self.f, dm.end)):
                    mn.date = dm.date
            if mn.date is None:
                b = self._date_after_subject(mn, a, b)
            subj = clean_ws(self.t[a:b]).strip(" ,(")
            if len(subj) > 3:
                mn.subject = subj
                mn.subject_span = (a, b)
        c = CUE_RE.match(self.f, pos)
        # ('quán triệt Nghị quyết số 57-NQ/TW, triển khai Kế hoạch số 14-KH/ĐU': the meeting's second act, where no
        # title of the resolution's runs on to the comma)
        if c and not (mn.subject_span is None and c.group(0).lstrip(" \t").startswith(",")
                      and ACTED_ON.search(self.f, max(0, mn.start - 40), mn.start)):
            mn.cue = (link_type(c.group("cue")), c.end())

    def _issued_by_signer(self, mn: Mention, pos: int) -> int:
        """'Nghị quyết số 57-NQ/TW do Tổng Bí thư ký ban hành ngày 22/12/2024', '... được UBND tỉnh ký ngày ...': the
        issue stated right after the symbol (or its issuer) dates it; returns where the tail then ends."""
        for d in self.dates[bisect_right(self.date_starts, pos):]:
            if d.start > pos + _SIGNER_REACH:
                break
            if d.has_year and _ISSUED_ON_AFTER.fullmatch(self.f, pos, d.start):
                mn.date = d.date
                return d.end
            break
        return pos

    def _date_after_subject(self, mn: Mention, a: int, b: int) -> int:
        """'Kế hoạch số 45-KH/TU về chuyển đổi số, ký ngày 5/3/2024' and '... (ban hành ngày 5/3/2024)': the
        issue stated after the subject dates the document; returns where the subject then ends."""
        for d in self.dates[bisect_right(self.date_starts, a):]:
            if not d.has_year:
                continue
            if d.start > b + 40:
                break
            m = _ISSUED_ON_AFTER.search(self.f, a, d.start)
            # (another document named between the two owns the date)
            if m and not TYPE_RE.search(self.f, a, m.start()) and not find_symbols(self.t[a:m.start()]) \
                    and not _SENTENCE_BREAK.search(self.f, a, m.end()):
                mn.date = d.date
                return min(b, m.start())
            break
        return b

    @staticmethod
    def _earlier_full(mn: Mention, by_tn: dict[tuple[str, str], list[Mention]]) -> Mention | None:
        """The last document named before mn with a full symbol of mn's type, number and issuer code, when mn
        is a bare number ('Nghị quyết 194 của HĐND tỉnh') and its date, if any, does not contradict it. The code may be
        the start of the symbol's ('Kế hoạch 300 của Trung ương Đoàn' after 'Kế hoạch số 300-KH/TWĐTN-PTTN': a mass
        organisation's central committee is read as 'TW', its symbols print the organisation after it)."""
        if mn.symbol is None and mn.issuer_code:
            same = [o for o in by_tn.get((mn.type or "", (mn.number or "").lstrip("0")), [])
                    if o is not mn and o.start < mn.start and o.symbol is not None
                    and (o.symbol.issuer or "").startswith(mn.issuer_code)
                    and (mn.date is None or o.date is None or o.date == mn.date)]
            exact = [o for o in same if o.symbol is not None and o.symbol.issuer == mn.issuer_code]
            return (exact or same)[-1] if exact or len({o.key for o in same}) == 1 else None
        return None

    @staticmethod
    def _build_key(mn: Mention) -> str:
        if mn.symbol is not None:
            return mn.symbol.key
        code = mn.issuer_code
        t = mn.type or "?"
        if code is None:
            return f"{mn.number}-{t}"
        if is_party_code(code):
            return f"{mn.number}-{t}/{code}"
        return f"{mn.number}/{t}-{code}"

    def _rekey(self, mn: Mention, code: str, ms: list[Mention]) -> None:
        old = mn.key
        mn.issuer_code = code
        mn.key = self._build_key(mn)
        for o in ms:
            if o.key == old:
                o.key = mn.key

    def render(self, mn: Mention) -> str:
        if mn.key and mn.key.startswith("Luật:"):
            return "Luật " + mn.key.split(":", 1)[1]
        if mn.key and ":" in mn.key:
            return mn.key.split(":", 1)[1]
        return f"{type_name(mn.type)} số {mn.key}"

    def _sentence_of(self, pos: int) -> Segment:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return Segment(0, len(self.t))

    def backref(self, pos: int, exclude: str | None = None) -> list[Mention]:
        """'(hai) nghị quyết nói trên / này' or 'ba Nghị quyết.' at ``pos``: the last one (or N) documents of that
        type named before it (any type for 'văn bản'; all of them for 'các')."""
        m = BACKREF_RE.match(self.f, pos) or COUNTED_BACKREF.match(self.f, pos)
        if not m:
            return []
        word = m.group("type")
        code = None if word == "van ban" else TYPE_CODE.get(word, TYPE_CODE.get(word.split(" hanh")[0]))
        n = m.group("n")
        want = 99 if n == "cac" else _BACKREF_N.get(n or "", 1)
        picked: list[Mention] = []
        keys: set[str] = set()
        for mn in sorted(self.mentions, key=lambda x: x.start, reverse=True):
            if mn.start >= pos or not mn.key or mn.kind == "planned" or mn.key == exclude or mn.key in keys:
                continue
            if code is not None and mn.type != code:
                continue
            keys.add(mn.key)
            picked.append(mn)
            if len(picked) >= want:
                break
        if n and n != "cac" and len(picked) < want:
            return []
        return sorted(picked, key=lambda x: x.start)

    def objects_at(self, pos: int, subject: str | None = None, typ: str | None = None) -> list[Mention]:
        """The documents a cue of link type ``typ`` ending at ``pos`` points to: a list of mentions or a
        back-reference."""
        own = next((m for m in self.mentions if subject is not None and m.key == subject), None)
        plural = _PLURAL_OBJECTS.match(self.f, pos)
        # ('thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW': the plural word before the list)
        # (what a document replaces or amends may be a list of documents that carry out one text: 'thay thế Chương trình
        # số 12-CTr/TU ... và Chương trình số 33-CTr/TU ... thực hiện Nghị quyết 20', the former provinces' programmes)
        changes = typ in ("replaces", "amends")
        group = self.object_group(pos, changes) or (self.object_group(plural.end(), changes) if plural else [])
        issuer = (own.symbol.issuer if own.symbol is not None else own.issuer_code) if own is not None else None
        if own is not None and issuer and typ in CARRYING:
            # (what a document continues is often of its own type and issuer: a new programme that carries on the
            # former ones, 'tiếp tục thực hiện ... Chương trình số 25-CTr/TU, Chương trình số 47-CTr/TU'; only an item
            # dated after it is cut)
            group = without_siblings(group, own.type if typ != "continues" else None, issuer, own.issuer_level, own.date)
        return group or self.backref(pos, subject) or self.bare_type(pos, subject)

    def bare_type(self, pos: int, subject: str | None = None) -> list[Mention]:
        """'... thực hiện Nghị quyết.' (the type word alone, no number or name): the central
        documents of that type named before it."""
        m = _BARE_TYPE.match(self.f, pos)
        if not m:
            return self.approved_programme(pos, subject)[0]
        code = TYPE_CODE.get(m.group(1))
        picked: dict[str, Mention] = {}
        for mn in self._central_of_type().get(code, []):
            if mn.start >= pos or not mn.key or mn.kind == "planned" or mn.key == subject:
                continue
            picked.setdefault(mn.key, mn)
        return list(picked.values())

    def approved_programme(self, pos: int, subject: str | None = None) -> tuple[list[Mention], int]:
        """'... về thực hiện Chương trình năm 2024;', 'Để triển khai Đề án, ...': the decision that approved the one
        programme (đề án, strategy) of that word named before, as it is keyed (tests/ANNOTATION.md (b)), and where
        the words end. Nothing where two decisions did, or where a short name is not written in capitals
        ('Chương trình khác')."""
        m = _BARE_APPROVED.match(self.f, pos)
        if not m or (m.group("short") and not self.t[m.start("short"):m.end("short")].isupper()):
            return [], pos
        word = m.group(1)

        def approves_word(d: Mention) -> bool:
            if d.approves is not None:
                return self.f.startswith(word, d.approves.start)
            a = _APPROVES_WORD.match(self.f, max(d.end, d.tail_end)) if d.type == "QĐ" else None
            return a is not None and a.group(1) == word
        picked = {d.key: d for d in self.mentions
                  if d.key and d.symbol is not None and d.start < pos and d.key != subject and approves_word(d)}
        return (list(picked.values()), m.end()) if len(picked) == 1 else ([], pos)

    def _carries_listed(self, m: Mention, group: list[Mention]) -> bool:
        """Whether the documents ``m``'s own cue points to are all in ``group`` already."""
        keys = {o.key for o in group}
        # (or a back-reference to it: '... và Chương trình hành động số 52-CTr/TU ... thực hiện Nghị quyết này')
        objs = (self.object_group(m.cue[1]) or self.backref(m.cue[1], m.key)) if m.cue else []
        return bool(objs) and all(o.key in keys for o in objs)

    def object_group(self, pos: int, changed: bool = False) -> list[Mention]:
        """The coordinated list of mentions that starts at ``pos``; ``changed``: the list is what a document replaces or
        amends, whose items joined by 'và' may carry out a document of their own and stay in it."""
        ordered, starts = self.by_start()
        i = bisect_left(starts, pos)
        while i < len(ordered) and ordered[i].start == pos and not ordered[i].key:
            i += 1
        if i == len(ordered) or ordered[i].start != pos:
            return []
        first = ordered[i]
        group = [first]
        cur = first
        for j in range(i + 1, len(ordered)):
            m = ordered[j]
            if m.start <= cur.start or not m.key:
                continue
            end = max(cur.tail_end, cur.end)
            g = LIST_GAP.match(self.f, end, m.start)
            joined = m.start >= end and g and g.end() == m.start and (m.start - end) <= 8
            # (a second full symbol after the first one's own subject)
            after_title = not joined and m.start > end and m.symbol is not None and m.start - end <= 200 \
                and _JOINED_BEFORE.search(self.f[end:m.start]) and not _GROUP_BREAK.search(self.f, end, m.start)
            if m.cue is not None and m.start > first.start:
                # a parallel item with its own object ("CTr 17 về thực hiện NQ 11, CTr 18 về thực hiện NQ 11"), unless
                # joined by 'và' and what it carries out is already in the list: 'thực hiện Nghị quyết số 71-NQ/TW và Kế
                # hoạch số 31-KH/TU của Tỉnh ủy thực hiện Nghị quyết số 71-NQ/TW' names the resolution and the plan above
                # that carries it out
                # ('thay thế Nghị quyết số 42/2021/NQ-HĐND ... và Nghị quyết số 19/2023/NQ-HĐND sửa đổi, bổ sung một số điều
                # của Nghị quyết số 42/2021/NQ-HĐND': the same with a document that amended one of the list)
                # ('... và Nghị định 193/2013/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã': a
                # normative act whose title says what law it details is an item, its own link read apart)
                if not ((joined or after_title) and _AND_JOIN.search(self.f, max(end, m.start - 8), m.start)
                        and (m.cue[0] in CARRYING and changed
                             or (m.cue[0] in CARRYING or m.cue[0] == "amends") and self._carries_listed(m, group)
                             or m.cue[0] == "guides" and m.symbol is not None and m.symbol.year is not None)):
                    break
            if joined:
                group.append(m)
                cur = m
            elif after_title:
                # 'Quyết định số 340/QĐ-TTg ... phê duyệt X và Nghị định 193/2013/NĐ-CP': a second
                # full symbol after the first one's own subject still belongs to the list
                group.append(m)
                cur = m
            elif m.start > end and m.kind == "named" and m.type == cur.type and m.start - end <= _NAMED_ITEM_GAP \
                    and _NAMED_ITEM_JOIN.search(self.f, end, m.start) and not _NAMED_ITEM_BREAK.search(self.f, end, m.start):
                # 'thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX':
                # a second document of the type named by its title, after the first one's issuer
                group.append(m)
                cur = m
            elif m.start > end and m.kind == "named" and m.symbol is None \
                    and re.search(r"(?:phe duyet|ve|ban hanh|quy dinh)[ \t]+$", self.f[max(0, m.start - 14):m.start]) \
                    and not re.search(r"[;.\n]", self.f[end:m.start]):
                continue            # the subject of the previous item ('phê duyệt Chiến lược ...')
            elif m.start > end:
                break
        return group
