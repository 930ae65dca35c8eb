"""Document mentions: symbols, 'TYPE số N' references with their tails (date, issuer, term,
subject), shared-head lists, short-form aliases ('Nghị quyết 25'), descriptive references
resolved to a known document ('Chương trình hành động của Ban Thường vụ Tỉnh ủy'), named
unnumbered documents ('Nghị quyết Đại hội ... lần thứ XXI', 'Chiến lược ...') and planned ones
('giao ... tham mưu ban hành Kết luận để tiếp tục thực hiện Nghị quyết số 08-NQ/TU')."""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import cached_property

from kg.extract.bodies import DATA
from kg.extract.central_short_forms import central_short_forms
from kg.extract.congresses import adopted_resolutions, name_the_unit
from kg.extract.discussed_plans import discussed_plans
from kg.extract.signed_programmes import signed_programmes
from kg.extract.meeting_documents import sitting_resolutions
from kg.extract.laws import number_named_laws, settle_amended_laws, year_named_laws
from kg.extract.mention_model import Mention, Mentions
from kg.extract.mention_words import APPROVED_BY, NEXT_COLUMN, PERIOD_ONLY, TYPE_CODE, TYPE_RE, to_be_drafted
from kg.extract.text import clean_ws, letters, norm_body, vi
from kg.extract.document_titles import campaign_name, figure_opening, title_end
from kg.extract.own_approval import declared_short_name, key_by_approval
from kg.extract.document_keys import DocumentKeys
from kg.text.dockeys import dated_key, unnumbered_key
from kg.text.symbols import find_symbols

# a number's magnitude word, written with its marks ('ngăn', 'ngân' fold as 'ngàn' does): the number is an amount
_MAGNITUDE_AFTER = re.compile(r"[ \t]+(?:triệu|nghìn|ngàn|tỷ)(?![^\W\d_])", re.IGNORECASE)
_NUM_AFTER = re.compile(r"[ \t]*(?:so[ \t]*:?[ \t]*)?(\d{1,5})(?![\d/]|[.,]\d|-[a-z])")
# after a type word in lower case and a bare number, a word that goes on the sentence rather than
# starting a count ('kế hoạch 80 của Tỉnh ủy' names a plan; 'kế hoạch 80 hợp tác xã' counts cooperatives)
_AFTER_SHORT_NAME = re.compile(vi(r"(?:của|ngày|về|đã|được|và|do|ban hành|năm|tháng|thì|là|nhằm|tại|trên|với|này|"
                                  r"đó|đề ra|giai đoạn|cho|trong|từ|đến|vào|để|sau|mà|cũng|nêu|xác định|đặt ra)(?![a-z])"))

# between the type word and the symbol: 'Báo cáo thẩm tra số ...', 'Nghị quyết chuyên đề số ...'
_SYM_GAP = re.compile(vi(r"(?:[ \t]+(?:thẩm tra|chuyên đề))?[ \t]*(?:số[ \t]*:?[ \t]*)?$"))

# a short list sharing the head of a reference ('Nghị quyết 18, 19', 'Chỉ thị số 05 và 06')
_SHARED_NUM = re.compile(r"[ \t]*(?:,[ \t]*va|,|va)[ \t]+(?:so[ \t]*)?(\d{1,4})(?=[ \t]*(?:[,;.)\n]|$)|[ \t]+(?:va|cua|khoa|ve|ngay|nham|de|thuc hien|da|duoc|la)(?![a-z]))")

# (the body in up to seven words, a unit's number among them: 'Đảng bộ phường Hà Giang 1'; never over another name)
_NAMED_DH = re.compile(
    r"(?:nghi quyet|nq) (?:cua )?(?P<body>dai hoi(?: dai bieu)?(?: (?!nghi quyet |nq |dai hoi )[a-z]+| \d{1,2}){0,7}? (?:(?:lan thu [ivxlc\d]{1,6}|khoa [ivxlc]{1,6}|[ivxlc]{1,6})"
    # (or by its term alone: 'Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020-2025')
    r"(?:,? nhiem ky \d{4} ?[-–] ?\d{4})?|nhiem ky \d{4} ?[-–] ?\d{4}))(?![a-z])")

# a congress resolution named by its term alone, without 'Đại hội': 'các chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025'
_NAMED_TERM = re.compile(r"(?:nghi quyet|nq) (?:cua )?(?P<body>nhiem ky (?P<y1>\d{4}) ?[-–] ?(?P<y2>\d{4}))(?![\d])")


# the rest of an agency's name after a type word in capitals ('Kế hoạch và Đầu tư', 'Kế hoạch - Tài chính')
_NAME_TAIL_AFTER = re.compile(vi(r"[ \t]+(?:và đầu tư|[-–][ \t]*tài chính)(?![a-z])"))

# the national target programmes, named by their subject after 'Chương trình' (with or without 'mục tiêu quốc gia')
_NATIONAL_PROGRAMME = re.compile(vi(
    r"[ \t]+(?P<name>xây dựng nông thôn mới|giảm nghèo bền vững|phát triển (?:kinh tế - xã hội|kinh tế-xã hội|kt-xh|kt - xh)"
    r"[ \t]+vùng đồng bào(?:[ \t]+(?:dân tộc thiểu số|dtts)(?:[ \t]+và[ \t]+miền núi)?)?)"
    r"(?:,?[ \t]+giai đoạn[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4})?(?![a-z])"))

# a committee's resolution on the year's tasks: 'NQ Tỉnh ủy năm 2023', 'Nghị quyết Huyện ủy năm 2024'; named without
# its year where a clause ends ('12 chỉ tiêu đăng ký thực hiện Nghị quyết (NQ) Tỉnh ủy:'), the one the text dates
# (also the executive committee of a union of a level, named with the year: 'Nghị quyết Ban Chấp hành Tỉnh Đoàn năm 2023')
_NAMED_ANNUAL = re.compile(vi(r"(?:nghị quyết|nq)(?:[ \t]*\(nq\))?[ \t]+(?:(?P<body>(?:tỉnh|huyện|thành|quận|thị|đảng) ủy)"
                              r"|(?P<union>ban (?:chấp hành|thường vụ)[ \t]+(?:tỉnh|huyện|thành|quận|thị)[ \t]+(?:đoàn|hội))(?=[ \t]+năm[ \t]))"
                              r"(?:[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d)(?![\d])|(?=[ \t]*(?:[:;,.)\n]|$)))"))
# the abbreviation news uses for a resolution ('NQ Đại hội Đảng bộ tỉnh khóa XI', 'NQ 68')
_NQ_ABBREVIATION = re.compile(r"NQ(?![\w/-])")     # (the character before is checked where it is used)
_NAMED_TW = re.compile(r"nghi quyet (?:hoi nghi )?(?P<body>(?:ban chap hanh )?trung uong (?:lan thu )?\d{1,2},? khoa (?P<term>[ivxlc]{1,6}))(?![a-z])")
# the same plenum by its ordinal before the Committee: 'Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng
# khóa XIII' (keyed as 'Trung ương 10 khóa XIII', however it is worded)
_ORDINALS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
             "muoi": 10, "muoi mot": 11, "muoi hai": 12, "muoi ba": 13, "muoi bon": 14, "muoi lam": 15}
_NAMED_TW_ORDINAL = re.compile(r"nghi quyet (?:hoi nghi )?(?:lan thu )?(?P<n>\d{1,2}|(?:muoi )?(?:mot|hai|ba|bon|lam)|muoi|nhat|tu|nam"
                               r"|sau|bay|tam|chin),? ban chap hanh trung uong(?: dang)?(?: cong san viet nam)?,? "
                               r"khoa (?P<term>[ivxlc]{1,6})(?![a-z])")


def plenum_number(word: str) -> int | None:
    """The number of a plenum written in digits or in words ('mười', 'mười hai'), folded."""
    return int(word) if word.isdigit() else _ORDINALS.get(word)


_NAMED_CL = re.compile(
    r"(?P<body>(?:chien luoc|chuong trinh (?:muc tieu quoc gia|mtqg)|de an)[ \t]+[^,;:.()\n“”\"]{3,120}?"
    r"(?:,?[ \t]+(?:giai doan|den nam|tam nhin|thoi ky)[ \t]+[\d ,\-–a-z]{4,40}?)*)(?=[;:.()\n“”\"]|,(?![ \t]+(?:giai doan|den nam|tam nhin))|$|"
    r"[ \t]+(?:nham|de)[ \t]+(?:thuc hien|dat|bao dam|dam bao|gop phan)(?![a-z])|"
    r"[ \t]+(?:va|cung|(?:(?:duoc[ \t]+)?ban hanh[ \t]+)?kem theo|(?:(?:duoc[ \t]+)?(?:ban hanh|phe duyet)[ \t]+)?(?:theo|tai))[ \t]+(?:cac[ \t]+)?(?:nghi quyet|chi thi|ket luan|quyet dinh|chuong trinh|ke hoach|de an|huong dan|"
    r"cong van|thong bao|nghi dinh|luat)(?![a-z]))")
# what is said about a programme after its name: '... được triển khai', '... đã đạt kết quả' (on the text as written:
# folded, 'được' is 'dược liệu'); a report's verb with its figure ('... giải ngân đạt 86%', 'nông thôn mới đạt 92%'; not
# 'giảm nghèo'), after the adverb 'mới' too ('... thiểu số mới đạt 41,3%'; a name's 'mới' follows 'thôn' or 'thị')
_NAME_PREDICATE = re.compile(r"(?:(?<!thôn)(?<!thị)[ \t]+mới)?[ \t]+(?:được|đã|đang|sẽ|đạt (?:kết quả|được|nhiều)|giải ngân"
                             r"|(?:đạt|vượt|tăng|giảm(?! nghèo)|có|là|bằng|hoàn thành)(?=[ \t]+(?:[^\W\d_]+[ \t]+){0,3}\d))(?![^\W\d_])")
# the words that end a law's name (tên luật) in prose: what is said about the law or where it goes ('đưa Luật Thanh
# niên đi vào cuộc sống', 'phổ biến Luật Thanh niên tới đoàn viên', 'Luật Đất đai trên địa bàn'); each a whole word
# ('số' ends it, 'sống' does not)
_LAW_NAME_ENDS = (r"(?:quy định|có|được|đã|sẽ|là|đang|tại|theo|với|cho|trong|về|nhằm|để|hiện hành|đi|tới|đến|vào|ra|trên|"
                  r"từ|khi|sau|trước|cùng|qua|bằng|góp phần|giúp|tạo|thì|mà|này|đó|nói trên|nêu trên|gồm|phải|cần|mới|"
                  r"sửa đổi|của|số|ngày|năm)(?![{L}])")


def _law_name_comma() -> str:
    """The words that keep a comma before them inside a law's name ('Phòng, chống', 'Khám bệnh, chữa bệnh'),
    read from the table kg/data/law_name_pairs.csv: a new line there extends the rule."""
    with open(DATA / "law_name_pairs.csv", encoding="utf-8", newline="") as fh:
        words = [unicodedata.normalize("NFC", row["after_comma"].strip()) for row in csv.DictReader(fh)]
    return r"(?:" + "|".join(re.escape(w) for w in words if w) + r")(?![{L}])"


_LAW_NAME_COMMA = _law_name_comma()
# a law's name: a capitalised word, then up to eight words that are not such an ending; 'và' only before a capital, a
# comma only before the second word of such a pair
_NAMED_LAW = re.compile(letters(
    r"Luật(?:[ \t]+(?:[{U}][^\W\d_]*)(?:(?:,[ \t]+(?=" + _LAW_NAME_COMMA + r")|[ \t]+)(?:(?!và(?![^\W\d_])|" + _LAW_NAME_ENDS
    + r")[{L}][^\W\d_]*|và(?=[ \t]+[{U}])|[{U}][^\W\d_]*)){0,8}?)"
    r"(?=[ \t]*(?:,(?![ \t]+" + _LAW_NAME_COMMA + r")|[;.()\n:]|$)|[ \t]+và[ \t]+(?:(?![{U}])|(?:các[ \t]+)?(?:Luật|Bộ luật|Nghị|Quyết|Chỉ|Thông|Hiến))"
    r"|[ \t]+" + _LAW_NAME_ENDS + ")"))
# a law's name that goes on after 'và' in lower case up to its date or number: 'Luật Bảo vệ và phát triển rừng năm 2004',
# with a comma only before the second word of a pair: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29/11/2024'
_LAW_NAME_TAIL = re.compile(letters(r"[ \t]+và(?:(?:[ \t]+|,[ \t]+(?=" + _LAW_NAME_COMMA + r"))(?!và\b|các\b|những\b)[^\W\d_A-ZĐ]+)"
                                    r"{1,5}(?=[ \t]+(?:ngày[ \t]+\d|năm[ \t]+\d{4}|số[ \t]))"))

# a law named by the year it was passed, no day: 'Luật Thanh niên năm 2005' ('năm 2005 đến nay' is a span, no year of it)
_LAW_YEAR = re.compile(r"[ \t]+năm[ \t]+((?:19|20)\d\d)(?![\d/-]|\.\d)(?![ \t]+(?:đến|tới|trở đi))")


# a title that changes the documents it names: '... về việc điều chỉnh, bổ sung một số chỉ tiêu của Đề án ...'
AMENDING_SUBJECT = re.compile(vi(r"(?:việc[ \t]+)?(?:sửa đổi|điều chỉnh)(?:,?[ \t]+bổ sung)?(?![a-z])"))

# a document type followed by its quoted title
_TITLED_TYPES = {"CTr", "ĐA", "CL", "CTMTQG", "KH"}
_QUOTED_TITLE = re.compile(r"[ \t]*[“\"]([^”\"\n]{4,200})[”\"]")
# a title that starts right after the type word: a lower-case word, no determiner, verb or deadline ('Đề án trước ngày')
# a decision right after a title, which approved or issued it; that title may open on a capital ('Chương trình Dân số')
_DECISION_AFTER = re.compile(APPROVED_BY.pattern + r"(?=quyet dinh(?![a-z]))")
_NAME_OPENS = re.compile(letters(r"[ \t]+[{U}][{L}]"))
_TITLE_OPENS = re.compile(letters(r"[ \t]+(?!(?:số|này|nói|trên|đó|của|được|đã|do|sẽ|là|và|cũng|với|theo|trong|nhằm|gồm|có|"
                             r"trước|trình|sau|khi|đề ra|đặt ra|đặt mục tiêu|đặt chỉ tiêu|phấn đấu|hướng tới|bảo đảm|đảm bảo|"
                             r"đạt|về|cho|tại|để|các|những)(?![{L}]))[{L}]"))



def _counts_things(t: str, f: str, i: int) -> bool:
    """After 'kế hoạch 80' (type word in lower case, no 'số'): a lower-case word that does not go on the
    sentence is the thing counted."""
    if i + 1 >= len(t) or t[i] not in " \t" or not t[i + 1].islower():
        return False
    return not _AFTER_SHORT_NAME.match(f, i + 1)


# an agency's head word before a type word in capitals: the type word is part of its name ('Sở Kế hoạch và Đầu tư', 'Phòng Tài
# chính - Kế hoạch'); 'Bộ luật' is a code and stays a law. Read on the text as written: folded, 'Sở' would also be 'số' and the 'sở' of
# 'trên cơ sở Nghị quyết', and the capital is the sign of a name. (Each word checks the letter before it once read: the scan skips to it.)
_AGENCY_BEFORE = re.compile("(?:" + "|".join(rf"{w}(?<![^\W\d_]{w})" for w in ("Sở", "Bộ", "Phòng", "Vụ", "Cục", "Ban", "Trung tâm")) + r"|Tài chính(?<![^\W\d_]Tài chính)[ \t]*[-–])[ \t]+$")

# 'Kết luận hội nghị, đồng chí ... đề nghị ...': closing a meeting (the verb kết luận), no conclusion as a document; the
# comma right after keeps 'Kết luận Hội nghị Trung ương 8' a document's name
_CLOSES_MEETING = re.compile(vi(r"[ \t]+(?:tại[ \t]+)?(?:hội nghị|buổi làm việc|phiên họp|cuộc họp|hội thảo|buổi tọa đàm)[ \t]*,"))


def _names_a_body(t: str, f: str, s: int, e: int, code: str) -> bool:
    """The type word at s..e is a word of an agency's name: after its head word ('Sở Kế hoạch'), or before the
    rest of the name ('Kế hoạch và Đầu tư', 'Kế hoạch - Tài chính')."""
    return code != "Luật" and t[s].isupper() and bool(_AGENCY_BEFORE.search(t, max(0, s - 16), s)
                                                      or _NAME_TAIL_AFTER.match(f, e))


class DocumentFinder(DocumentKeys):
    """Every document mention of one text, keyed; ``find`` runs the passes of the layers below in order."""

    # ------------------------------------------------------------------ passes
    @cached_property
    def _annual_index(self) -> dict[str, set[str]]:
        """committee -> the years of its yearly resolutions the text names ('Nghị quyết Tỉnh ủy năm 2024'), read once a
        text: each mention without its year looks its committee up here (a scan of the text per mention was quadratic)."""
        out: dict[str, set[str]] = {}
        for y in _NAMED_ANNUAL.finditer(self.f):
            if y.group("year") and y.group("body"):
                out.setdefault(norm_body(self.t[y.start("body"):y.end("body")]), set()).add(y.group("year"))
        return out

    @cached_property
    def _congress_index(self) -> list[tuple[str, str]]:
        """(name as written, folded name) of every congress resolution the text names in full, read once a text."""
        return [(clean_ws(self.t[x.start("body"):x.end("body")]), x.group("body")) for x in _NAMED_DH.finditer(self.f)]

    def find(self) -> list[Mention]:
        t, f = self.t, self.f
        syms = find_symbols(t)
        sym_spans = [(a, b) for a, b, _ in syms]
        type_hits = [(m.start(), m.end(), TYPE_CODE[m.group(0)]) for m in TYPE_RE.finditer(f)]
        type_hits += [(m.start(), m.end(), "NQ") for m in _NQ_ABBREVIATION.finditer(t)
                      if m.start() == 0 or not (t[m.start() - 1].isalnum() or t[m.start() - 1] in "/-_")]
        type_hits = sorted(h for h in type_hits if not _names_a_body(t, f, h[0], h[1], h[2])
                           and not (h[2] == "KL" and _CLOSES_MEETING.match(f, h[1])))
        type_end = {e: (s, code) for s, e, code in type_hits}
        used_types: set[int] = set()
        out: list[Mention] = []
        # 1. symbols (with the type word in front when there is one)
        for sa, b, sym in syms:
            start = sa
            word_type = None
            for back in range(max(0, sa - 24), sa):
                if back in type_end and _SYM_GAP.match(f, back, sa) and _SYM_GAP.match(f, back, sa).end() == sa:
                    start, word_type = type_end[back]
                    used_types.add(start)
                    break
            # (a symbol with no type in it, as the National Assembly's are, '68/2022/QH15', takes the word's before it)
            mn = Mention(start, b, sym.type or word_type, sym.number, sym, key=sym.key, issuer_code=sym.issuer)
            out.append(mn)
        # 2. plans another level set; TYPE số N without a symbol; named documents
        self._assigned_plans(out, used_types)
        law_numbers: dict[str, str] = {}        # a law's name -> its symbol, where the text gives both
        for s, e, code in type_hits:
            if s in used_types:
                continue
            if code == "Luật" and t[s].isupper():
                m = _NAMED_LAW.match(t, s)
                if m:
                    # 'Luật Trồng trọt số 31/2018/QH14', '... nhỏ và vừa số 04/2017/QH14': the law is keyed by its symbol
                    ne = (_LAW_NAME_TAIL.match(t, m.end()) or m).end()
                    at = ne + re.match(r"[ \t]*(?:số[ \t]*:?[ \t]*)?", t[ne:ne + 12]).end()
                    sm = next((x for x in out if x.symbol is not None and x.start == at), None)
                    if sm is not None and sm.key is not None:
                        sm.start, sm.type = s, "Luật"
                        law_numbers[clean_ws(t[m.start():ne]).split(" ", 1)[-1]] = sm.key
                        used_types.add(s)
                        continue
                if m and not _NUM_AFTER.match(f, e):
                    # keyed by its name without the type word, and its date once the tail is read
                    law_end = m.end()
                    tail = _LAW_NAME_TAIL.match(t, law_end)
                    if tail:
                        law_end = tail.end()    # 'Luật Phòng cháy và chữa cháy ngày 29/6/2001': the name goes on
                    words = clean_ws(t[m.start():law_end]).split(" ", 1)
                    name = words[1] if len(words) > 1 else words[0]
                    said = _LAW_YEAR.match(t, law_end)
                    if said:
                        # 'thay thế Luật Thanh niên năm 2005': the law of that year, not a later one of the same name
                        law_end, name = said.end(), f"{name} năm {said.group(1)}"
                    out.append(Mention(s, law_end, "Luật", None, None, kind="named", key=f"Luật:{name}"))
                    used_types.add(s)
                    continue
            if code in ("NQ",) and t[s].isupper():
                m = _NAMED_DH.match(f, s) or _NAMED_TW.match(f, s) or _NAMED_TW_ORDINAL.match(f, s)
                if m and re.search(r"(?<![a-z])(?:cac|nhung|hai|ba|bon)[ \t]+$", f[max(0, s - 8):s]):
                    used_types.add(s)       # 'các Nghị quyết Trung ương 6 khóa XII': several documents, named elsewhere
                    continue
                a = _NAMED_ANNUAL.match(f, s)
                who = ("body" if a.group("body") else "union") if a else "body"
                body = norm_body(t[a.start(who):a.end(who)]) if a else ""
                year = a.group("year") if a else None
                if a and not year:
                    annual = self._annual_index.get(body, set())
                    year = next(iter(annual)) if len(annual) == 1 else None
                if a and year and not m:
                    mn = Mention(s, a.end(), "NQ", None, None, kind="named", key=f"NQ:{body} năm {year}")
                    mn.issuer = body
                    out.append(mn)
                    # (with the abbreviation in brackets: 'Nghị quyết (NQ) Tỉnh ủy' names one document)
                    used_types.update(x for x, _, _ in type_hits if s <= x < a.end())
                    continue
                term = _NAMED_TERM.match(f, s) if not m else None
                if term:
                    # the congress resolution of that term the text names in full, else one keyed by the term
                    years = (term.group("y1"), term.group("y2"))
                    full = {name for name, folded in self._congress_index
                            if re.search(rf"{years[0]} ?[-–] ?{years[1]}", folded)}
                    key = f"NQ:{full.pop()}" if len(full) == 1 else f"NQ:nhiệm kỳ {years[0]}-{years[1]}"
                    out.append(Mention(s, term.end(), "NQ", None, None, kind="named", key=key))
                    used_types.add(s)
                    continue
                if m:
                    body = clean_ws(t[m.start("body"):m.end("body")]) if m.re is not _NAMED_TW_ORDINAL \
                        else f"Trung ương {plenum_number(m.group('n'))} khóa {m.group('term').upper()}"
                    mn = Mention(s, m.end(), "NQ", None, None, kind="named", key=f"NQ:{body}")
                    mn.issuer = body.split(",")[0] if body.lower().startswith("đại hội") else "Ban Chấp hành Trung ương"
                    if m.groupdict().get("term"):
                        mn.term = m.group("term").upper()
                    out.append(mn)
                    used_types.add(s)
                    continue
            if code == "CTr" and t[s].isupper():
                ntp = _NATIONAL_PROGRAMME.match(f, e)
                if ntp:
                    # 'Chương trình xây dựng nông thôn mới giai đoạn 2021 - 2025': a national target programme
                    # named without 'mục tiêu quốc gia'
                    out.append(Mention(s, ntp.end(), "CTMTQG", None, None, kind="named",
                                       key=f"CTMTQG:{clean_ws(t[ntp.start('name'):ntp.end()])}"))
                    used_types.add(s)
                    continue
            q = _QUOTED_TITLE.match(t, e) if code in _TITLED_TYPES and t[s].isupper() else None
            if q:
                # 'Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời ...”': the quoted title is the name (a campaign's none)
                if not (code == "CTr" and campaign_name(q.group(1))):
                    out.append(Mention(s, q.end(), code, None, None, kind="named",
                                       key=f"{code}:{clean_ws(q.group(1)).strip(' ,.')}"))
                used_types.add(s)
                continue
            if code == "ĐA" and t[s].isupper() and not _NUM_AFTER.match(f, e) and to_be_drafted(f, s):
                used_types.add(s)       # (nor a type word naming another đề án)
                continue
            approved = code == "CTr" and bool(_DECISION_AFTER.match(f, title_end(t, f, e)))
            if (code == "ĐA" or approved) and t[s].isupper() and not _NUM_AFTER.match(f, e) \
                    and (_TITLE_OPENS.match(t, e) or (approved and _NAME_OPENS.match(t, e))) and not figure_opening(f, e) \
                    and not declared_short_name(f, s, e):
                # 'Đề án di dời dân cư, giải phóng mặt bằng ... được triển khai': the title runs to the
                # first word that starts the rest of the clause; a programme's title only where the decision that
                # approved or issued it follows ('Chương trình phát triển du lịch ... ban hành kèm theo Quyết định số
                # ...'), which it is then keyed by (tests/ANNOTATION.md (b))
                b = title_end(t, f, e)
                body = clean_ws(t[e:b]).strip(" ,")
                # ('mục tiêu của Đề án đến năm 2025': a period alone is no title, the đề án is one named before)
                if len(body) >= 8 and not PERIOD_ONLY.fullmatch(f, e, b):
                    out.append(Mention(s, b, code, None, None, kind="named", key=f"{code}:{body}"))
                    used_types.add(s)
                    continue
            named_da = code == "ĐA" and re.search(r"(?:phe duyet|ban hanh|xay dung)[ \t]+$", f[max(0, s - 14):s]) \
                and not _NUM_AFTER.match(f, e)
            if (code in ("CL", "CTMTQG") or named_da) and t[s].isupper() and not f[max(0, s - 12):s].endswith("chinh sach, "):
                m = None if figure_opening(f, e) else _NAMED_CL.match(f, s)     # (an amount: 'Đề án khoảng 186 tỷ đồng')
                if m:
                    said = _NAME_PREDICATE.search(t, m.start("body"), m.end("body"))
                    name_end = said.start() if said else m.end()
                    body = clean_ws(t[m.start("body"):min(name_end, m.end("body"))]).rstrip(" ,")
                    if code == "ĐA":
                        body = body.split(" ", 2)[2] if len(body.split(" ")) > 2 else body
                    out.append(Mention(s, name_end, code, None, None, kind="named", key=f"{code}:{body}"))
                    used_types.add(s)
                    continue
            m = _NUM_AFTER.match(f, e)
            if m and not any(x <= m.start(1) < y for x, y in sym_spans):
                after = f[m.end(1):m.end(1) + 8]
                if re.match(r"[ \t]*(?:nam|%|‰|/|[-–][ \t]*\d|,\d|den[ \t]+\d)", after):
                    continue        # 'kế hoạch năm', '(kế hoạch 7 - 7,5%)': a figure of the plan, not its number
                if _MAGNITUDE_AFTER.match(t, m.end(1)):
                    continue        # 'Đề án 1 triệu ha lúa', 'kế hoạch 5 nghìn tỷ đồng': an amount, not a number
                if re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and "so" not in f[e:m.start(1)] \
                        and (re.match(r"(?:[ ]*(?:[|)\n\t]|$))", after) or NEXT_COLUMN.match(t, m.end(1))):
                    continue        # a table's column 'Kế hoạch 2024 |' (a tab, the next column: '... 2024 Ước'): a year's plan
                if (t[s].islower() or f[max(0, s - 3):s].rstrip(" \t").endswith("(")) and "so" not in f[e:m.start(1)] \
                        and m.group(0).lstrip(" \t")[:1].isdigit() and _counts_things(t, f, m.end(1)):
                    continue        # 'kế hoạch 80 hợp tác xã', 'hướng dẫn 3 xã', '(Nghị quyết 9 xã)': a count, not a document
                out.append(Mention(s, m.end(1), code, m.group(1), None))
                used_types.add(s)
                pos = m.end(1)
                while True:
                    n = _SHARED_NUM.match(f, pos)
                    if not n or any(x <= n.start(1) < y for x, y in sym_spans):
                        break
                    out.append(Mention(n.start(1), n.end(1), code, n.group(1), None))
                    pos = n.end(1)
        out.sort(key=lambda x: x.start)
        for mn in out:
            self.parse_tail(mn)
            if mn.kind == "named" and mn.type == "Luật" and mn.date is not None and mn.key is not None:
                # 'Luật Tổ chức chính quyền địa phương ngày 19/6/2015' -> 'Luật:Tổ chức ... (19/6/2015)'
                mn.key = dated_key(mn.key, mn.date)
            self._local_tu(mn)
        self._keys(out)
        self._symbol_variants(out)
        self._plenum_aliases(out)
        self._dates_from_context(out)
        self._dates_stated_after(out, type_hits)
        central_short_forms(self.f, out)
        self._approving_decisions(out)
        self.mentions = Mentions(out)
        self.mentions.extend(adopted_resolutions(self.t, self.f, self.sentences, out))
        self.mentions.extend(sitting_resolutions(self.t, self.f, self.dates))
        signed = signed_programmes(self.t, self.f, self.dates) + discussed_plans(self.t, self.f)
        self.mentions.extend(signed)
        used_types.update(m.start for m in signed)
        self._unnumbered(type_hits, used_types)
        for mn in self.mentions:
            if mn.key and mn.symbol is None and ":" in mn.key:
                mn.key = unnumbered_key(mn.key)     # one spelling per mention; the node is minted from kg.text.dockeys.document_key
        settle_amended_laws(self.mentions, lambda m: self.objects_at(m.cue[1], m.key, "amends"))
        number_named_laws(self.mentions, law_numbers, t)
        year_named_laws(self.mentions, law_numbers)
        name_the_unit(self.t, self.mentions)
        self._congress_resolutions()
        self._shortened_titles()
        self._titles_of_numbered()
        key_by_approval(self.f, self.mentions)
        self.mentions.sort(key=lambda x: x.start)
        return self.mentions
