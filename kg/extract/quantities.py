"""Numeric targets and outcomes.

A quantity is a Vietnamese number (1.500, 111,9, 34/55) followed by '%' or a unit noun phrase.
Modality decides what it is: target markers (phấn đấu, mục tiêu, hằng năm, đến năm 2025 ...)
make targets unless the clause reports a past fact (đã, vượt, so với ...); outcome markers (đã,
được, đạt, vượt, hoàn thành, thành lập mới, kết nạp, huy động, đến nay ...) make outcomes.
Durations ('10 năm qua'), years, item numbers '(3)', document numbers, dates and sentences about
awards or issuing a document are not quantities of either kind."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.alternation import word_start
from kg.extract.goal_compare import compared_goal, goal_of_doc_at, is_goal_figure, opens_compared_goal, sets_goal
from kg.extract.numbers import parse_number
from kg.extract.tables import table_blocks, table_quantities
from kg.extract.text import Segment, clean_ws, clauses, fold_same_length, folded_pattern, line_matches
from kg.facts import Outcome, Target

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,12}(?:,\d+)?"
# (a figure as _QTY finds it: the check of the character before stands behind its first digit, so that a scan
# skips to the digits)
_NUM_CHECKED = r"\d(?<![\w.,/%‰-]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d{0,11}(?:,\d+)?)"
_QTY_TAIL = (
    rf"(?:[ \t]?/[ \t]?(?P<den>{_NUM}))?(?P<pct>[ \t]?[%‰](?:/[ \t]?(?:nam|thang|quy))?)?"
    rf"(?:(?<=[%‰])/[ \t]?(?P<pden>{_NUM})[ \t]?[%‰])?"
    # a footnote mark glued to a percentage ('dưới 24%1'): not part of the number
    rf"(?:(?<=[%‰])\d{{1,2}}(?=[^\w]|$))?(?![\w/]|[.,]\d)")
_QTY_BODY = rf"(?P<num>{_NUM})" + _QTY_TAIL
_QTY = re.compile(rf"(?P<num>{_NUM_CHECKED})" + _QTY_TAIL)
# the upper bound of a range, read where the lower bound's separator ends ('8-8,5%', '20.000 - 25.000 lao động')
_QTY_UPPER = re.compile(_QTY_BODY)
_BEFORE_SKIP = re.compile(
    r"(?:(?<![a-z])(?:so|(?<!hang )(?<!moi )(?<!quan )nam|khoa|lan thu|thu|dieu|khoan|giai doan|nhiem ky|quy|thang|ngay|phong|tap|trang|"
    r"trung uong|hoi nghi|luot truy cap|luot xem|dien thoai|hotline|tuan|"
    # a road's number is its name: 'đường vành đai 3', 'Quốc lộ 1'
    r"vanh dai|quoc lo|tinh lo|huyen lo)[ \t]*:?[ \t]*)$")
# words of _BEFORE_SKIP whose sense there has diacritics ('thứ', 'năm', 'khoản', 'quý', 'ngày', 'tuần', 'phòng', 'tập',
# 'điều', 'tháng', 'khóa'): written without them in the source they are other words
_SKIP_WITH_MARKS = frozenset({"thu", "nam", "khoan", "quy", "ngay", "tuan", "phong", "tap", "dieu", "thang", "khoa"})
_TERM_THEN_COUNT = re.compile(fold_same_length(r"(?<![a-z])nhiệm kỳ[ \t]*$"))
# 'mục 3' (item 3) is a reference, 'ở mức 58,4%' (at the level of) is not: they fold alike, so read on the source
_ITEM_REF_BEFORE = re.compile(r"(?<![^\W\d_])[Mm]ục[ \t]*:?[ \t]*$")
_DIGIT = re.compile(r"\d")
# 'Tổng số <what is counted> [đang hoạt động] là <figure>' with nothing after the figure: group 1 is the unit
_COUNTED_BEFORE = re.compile(fold_same_length(r"(?<![a-z])(?:tổng số|số lượng)[ \t]+([a-z]+(?:[ \t]+[a-z]+){0,2}?)"
                                              r"(?:[ \t]+(?:đang|hiện|đã|được|của|trên|toàn)(?![a-z])[^,;:.()]{0,40}?)?[ \t]+(?:là|đạt|lên)[ \t]+$"))
# (read on the source text: folded, 'trồng' (to plant: 'trồng 1.200 ha rừng') is 'trong')
_AMONG = re.compile(r"(?<![^\W\d_])(?:trong|trong tổng số|trên tổng số|trong số)[ \t]+$", re.I)
_PER_UNIT = re.compile(r"(?:(?<![a-z])(?:tren|moi|cho)[ \t]+|/[ \t]*)$")
_WORD = re.compile(r"[“\"][^”\"\n]{1,40}[”\"]|[^\W\d_]+(?:-[^\W\d_]+)?")
_UNIT_STOP = {"trở", "được", "đạt", "tham", "đăng", "với", "là", "trong", "của", "và", "tại", "cho", "để", "nhằm",
              "theo", "trên", "từ", "đến", "khi", "thì", "đã", "sẽ", "có", "gồm", "như", "bằng", "so", "vào", "ở",
              "thuộc", "mỗi", "hoặc", "hay", "nhưng", "song", "góp", "tăng", "giảm", "vượt", "bảo", "đảm"}
_DURATION = {"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "kỳ", "h", "tuổi"}
# ('so với thời điểm ban hành Nghị quyết' dates a comparison: no sentence about issuing a document)
_EXCLUDE = re.compile(word_start(r"(?<![a-z])(?:(?<!thoi diem )(?<!khi )ban hanh (?:cac )?(?:nghi quyet|chi thi|ket luan|quyet dinh|quy dinh|chuong trinh|ke hoach|cong van|huong dan|thong bao|de an)|khen thuong|bang khen|giay khen|bieu duong|truy cap|luot xem|"
                      r"tong so luot|du hoi nghi|tham du|trao tang|ky niem)(?![a-z])"))
_TARGET = re.compile(word_start(r"(?<![a-z])(?:phan dau|muc tieu|hang nam|moi nam|den nam \d{4}|den het nam \d{4}|"
                     r"chi tieu (?:phan dau|de ra cho)|phai dat|can dat|du kien)(?![a-z])"))
# bounds that only goals use ('ít nhất 1 lần/năm', 'thua lỗ dưới 5%' after a goal lead-in)
_BOUND = re.compile(word_start(r"(?<![a-z])(?:it nhat|toi thieu|khong duoi|khong it hon|toi da|khong vuot qua)[ \t]+\d"))
# a year ahead of the text ('vào năm 2025', 'đến cuối năm 2025')
_YEAR_AHEAD = re.compile(word_start(r"(?<![a-z])(?:den|vao|toi|trong|muc tieu|chi tieu)(?: het| cuoi)? nam (\d{4})(?![\d])"))
# a sentence opening on a past year ('Năm 2022, toàn tỉnh có ...'): the situation at that time
_YEAR_LEAD = re.compile(r"[ \t]*(?:(?:tinh )?(?:den|dau|cuoi|het|trong|rieng)[ \t]+)?(?:cuoi |dau |het )?nam (\d{4})[ \t]*,")
# the situation a new plan starts from: 'Hiện toàn tỉnh có khoảng 41.500 ha ...'
_BASELINE = re.compile(r"[ \t]*(?:hien nay|hien tai|hien|tinh den nay|den nay)[ \t]*,?[ \t]+(?:[^.;\n]{0,40}?)(?:co|hien co)[ \t]+(?:khoang|gan|tren|hon)?")
# ('thực hiện', 'phát hiện', 'thể hiện', 'xuất hiện', 'biểu hiện' are no 'hiện': 'vốn thực hiện Chương trình là 1.850 tỷ đồng')
_NOW_HAS = re.compile(r"(?<![a-z])(?<!thuc )(?<!phat )(?<!the )(?<!xuat )(?<!bieu )hien(?: nay| tai)?,?[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:co|dat|la)[ \t]+(?:khoang[ \t]+|gan[ \t]+|tren[ \t]+|hon[ \t]+)?$")
# a figure joined to such a present figure by 'với' is the same present state: 'hiện có 109 cơ sở Hội với hơn 147.000
# hội viên', 'có 1.652 tổ chức cơ sở đảng với gần 226.000 đảng viên, sinh hoạt ở 10.418 chi bộ'
_WITH_NOW = re.compile(r"[ \t]*(?:,[ \t]*)?(?:voi|sinh hoat o|tren|o)[ \t]+(?:khoang[ \t]+|gan[ \t]+|tren[ \t]+|hon[ \t]+)?")
_ITEM = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)][ \t]|[a-zđ]\)|[-+•–][ \t])")
_HAS_N = re.compile(r"[ \t]*(?:(?:toan|ca) (?:tinh|huyen|xa|thanh pho|nuoc) )?co[ \t]+\d")
_TOTAL = re.compile(word_start(rf"(?<![a-z])(?:trong|trong tong so|tren tong so|trong so)[ \t]+({_NUM})[ \t]+([a-z]+(?: [a-z]+)?)(?![a-z])"))
_MONEY = re.compile(r"(?:ty|trieu|nghin|ngan)?[ \t]*dong(?![a-z])")
_SPEND = re.compile(r"(?<![a-z])(?:ho tro|chi|bo tri|giai ngan|dau tu|phan bo|cap|trich|danh)(?![a-z])")
# words that fold like a cue of a result: 'đa', 'đà', 'tối đa' like 'đã'; 'đất' (land) like 'đạt'; 'giám' (giám
# sát, giám đốc) like 'giảm'; 'gặp' like 'gấp'; 'tầng' like 'tăng'. The cues of a result read a copy of the
# folded text where these are masked
# (written to start on a set of first letters, which the regex engine scans for quickly; word edges are
# tested after the match)
_LOOKALIKE = re.compile(r"[đĐgGtT](?:(?<=[đĐ])(?:[aàáảạAÀÁẢẠ]|[ấẤ][tT])|(?<=[gG])(?:[iI][áÁ][mM]|[ặẶ][pP])|(?<=[tT])[ầẦ][nN][gG])")


def _mask_words(t: str, f: str, rx: re.Pattern) -> str:
    """``f`` with each whole word of ``t`` that ``rx`` finds masked at its second letter (same length)."""
    out = None
    n = len(t)
    for m in rx.finditer(t):
        a, b = m.start(), m.end()
        if (a > 0 and t[a - 1].isalpha()) or (b < n and t[b].isalpha()):
            continue
        if out is None:
            out = list(f)
        out[a + 1] = "_"
    return f if out is None else "".join(out)


def past_marked(t: str, f: str) -> str:
    """``f`` with the words of ``t`` that only look like a cue of a result masked (same length)."""
    return _mask_words(t, f, _LOOKALIKE)


# 'mới' (new) folds like 'mỗi' (each): 'trồng rừng mới năm 2024' is no 'mỗi năm'
_NEW = re.compile(r"[mM][ớỚ][iI]")


def new_masked(t: str, f: str) -> str:
    """``f`` with each word 'mới' of ``t`` masked (same length), for the cues of a goal ('mỗi năm')."""
    return _mask_words(t, f, _NEW)


# ('vận động' reports what people were won over to give: 'vận động hội viên hiến 12.500 m2 đất'; 'cuộc vận động' is
# the campaign's name)
# ('ước đạt' estimates what was reached; 'so với cùng kỳ' compares with the same months of the year before; 'tăng
# trưởng 2,8 tỷ đồng', 'nâng tổng nguồn vốn lên 39,6 tỷ đồng' say by how much or to what a sum grew)
_OUT_STRONG = re.compile(word_start(r"(?<![a-z])(?:da|dat duoc|vuot|uoc dat|so voi cung ky)(?![a-z])"))
_OUTCOME = re.compile(word_start(r"(?<![a-z])(?:da|dat|vuot|hoan thanh|ket qua|huy dong|(?<!cuoc )van dong|ket nap|(?<!duoc )thanh lap|den nay|hien nay|"
                      r"tang(?! (?:truong|cuong))|tang truong(?= \d)|nang tong(?: [a-z]+){0,3} len(?= \d)|giam(?! ngheo)|gap|co tong so|toan (?:tinh|huyen|xa))(?![a-z])"))
# 'hơn' is '>=' except in 'thấp hơn' (lower than); 'không thấp hơn' is '>=' again
_GE = re.compile(r"(?:(?<![a-z])(?:tu|it nhat|toi thieu|tren|(?<!thap )hon|khong duoi|khong it hon|khong thap hon))[ \t]+$")
_LE = re.compile(r"(?:(?<![a-z])(?:duoi|khong qua|toi da|khong vuot qua|(?<!khong )thap hon))[ \t]+$")
_PERIOD_YEAR = re.compile(word_start(r"(?<![a-z])(?:den|trong|vao|toi|muc tieu|chi tieu)(?: het| cuoi)? nam (\d{4})"))
_BARE_YEAR = re.compile(word_start(r"(?<![a-z])nam (20\d\d)(?![\d/-])"))
_ANNUAL = re.compile(word_start(r"(?<![a-z])(?:hang nam|moi nam|binh quan[^.;]{0,30}/ ?nam|lan ?/ ?nam)(?![a-z])"))
_TERM = re.compile(word_start(r"(?<![a-z])(?:nhiem ky|ca nhiem ky)(?![a-z])"))
_SUBSET = re.compile(r"(?<![a-z])trong do(?: co)?[ \t]+(?:tu[ \t]+)?$")
_ITEM_START = re.compile(r"\(\d{1,2}\)|[;:]|^")


@dataclass
class Quantity:
    start: int
    end: int
    value: int | float
    of: int | float | None
    unit: str
    pct: bool
    planned: int | float | None = None      # B of an achieved/target pair 'A/B'
    lower_bound: bool = False               # the lower end of a range ('20.000 - 25.000 lao động')
    duration: bool = False                  # a bounded span of time ('không quá 3 ngày'): only ever a goal


_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)

# a bound before a span of time makes it a goal's figure: 'kéo dài quá 3 ngày', 'trong thời hạn tối đa 5 ngày'
# ('dưới 5 tuổi' is an age group, so 'dưới' is no such bound)
# (read on the source text: folded, 'qua' (through: 'Qua 3 năm') is 'quá')
_SPAN_BOUND = re.compile(r"(?<![^\W\d_])(?:quá|tối đa|không vượt quá)[ \t]+$", re.I)
# 'không để ... quá 3 ngày': an upper bound
_NOT_LET_OVER = _v(r"(?<![a-z])không để(?![a-z])[^;.]{0,60}?(?<![a-z])quá[ \t]+$")
# a season opening a sentence, by the year it began: 'Mùa khô 2022-2023, xâm nhập mặn làm thiệt hại 1.150 ha lúa'
_SEASON_LEAD = _v(r"[ \t]*mùa (?:khô|mưa|lũ|mưa lũ|mưa bão)(?: năm)? (\d{4})(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,")
# what a rating in stars follows: 'đạt 3 sao', 'xếp hạng 4 sao', 'sản phẩm OCOP từ 3 sao'
_RATED = _v(r"(?<![a-z])(?:đạt|xếp hạng|hạng|ocop)[ \t]+(?:từ[ \t]+)?$")
# units of amount or measure: 'A/B' of these is achieved/target ('45.799/36.875 tỷ đồng'), not part
# of a whole ('34/55 xã')
_MEASURE = _v(r"(?:tỷ|triệu|nghìn|ngàn)?[ \t]*(?:đồng|usd)|tỷ(?![a-z])|triệu(?![a-z])|tấn|ha(?![a-z])|km|m2|m3|kg|lít|kwh")
# nouns that count items of a list of goals: a count of them in brackets is a heading's tally
_TALLY_NOUN = _v(r"(?:chỉ tiêu|tiêu chí|nhiệm vụ|giải pháp|nội dung)(?![a-z])")


# a whole after a part: '12 trên tổng số 15 chỉ tiêu'
_OF_WHOLE_AFTER = re.compile(fold_same_length(rf"[ \t]+trên[ \t]+tổng số[ \t]+({_NUM})(?![\d.,])"))


def _unit_words(t: str, pos: int) -> tuple[list[str], int]:
    """The words of the unit that starts at ``pos`` (up to five, to the first word that begins a predicate) and
    where they end."""
    words: list[str] = []
    for w in _WORD.finditer(t, pos, min(len(t), pos + 80)):
        gap = t[pos:w.start()]
        if gap.strip():
            break
        lw = w.group(0).lower()
        if lw in _UNIT_STOP or (words and lw in ("trở", "lên")):
            break
        words.append(w.group(0))
        pos = w.end()
        if len(words) >= 5:
            break
    return words, pos


# the second half of 'A ha/B ha': the slash and B, before the unit written again
_UNIT_PAIR = re.compile(rf"[ \t]*/[ \t]*({_NUM})[ \t]+")


def _range_upper(f: str, m: re.Match, end: int) -> tuple[re.Match | None, int | float | None]:
    """A bare number followed by '-', '–', 'đến' or 'tới' and a larger number with its unit: the range's upper
    bound (its match carries the unit) and the lower bound's value; (None, None) otherwise."""
    if m.group("den") or m.group("pct"):
        return None, None
    r = _RANGE_SEP.match(f, m.end(), end)
    if not r:
        return None, None
    hi = _QTY_UPPER.match(f, r.end(), end)
    lo = parse_number(m.group("num"))
    if not hi or hi.group("den") or lo is None:
        return None, None
    hv = parse_number(hi.group("num"))
    if hv is None or hv <= lo:
        return None, None
    return hi, lo


def find_quantities(t: str, f: str, seg: Segment, blocked) -> list[Quantity]:
    out = []
    skip_to = -1
    for m in _QTY.finditer(f, seg.start, seg.end):
        a = m.start()
        if blocked(a) or a < skip_to:
            continue
        low: int | float | None = None
        hi, low = _range_upper(f, m, seg.end)
        if hi is not None:
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue                   # 'từ 2021 đến 2025': years
            skip_to = hi.end()
            m = hi                         # the unit, percentage and end are the upper bound's
        before = f[max(0, a - 24):a]
        sk = _BEFORE_SKIP.search(before)
        if sk is not None and sk.group(0).startswith("trung uong") and _MEASURE.match(f, m.end() + 1):
            sk = None                      # 'ngân sách Trung ương 420 tỷ đồng': an amount, not a plenum's number
        elif sk is not None:
            w0 = sk.group(0).split()[0].rstrip(":")
            at = max(0, a - 24) + sk.start()
            if w0 in _SKIP_WITH_MARKS and t[at:at + len(w0)].lower() == w0:
                sk = None                  # 'thu 45 tỷ đồng' (to collect), 'nam 500 người' (men), 'khoan 12 giếng' (to drill)
        if (sk is not None and not (_TERM_THEN_COUNT.search(before) and "." in m.group("num"))) \
                or _ITEM_REF_BEFORE.search(t, max(0, a - 12), a):
            continue                       # (but 'chỉ tiêu cả nhiệm kỳ 1.000 đảng viên' counts over a term)
        if f[m.end():m.end() + 1] == ")" and f[a - 1:a] == "(":
            continue
        if _AMONG.search(t, max(0, a - 24), a):
            continue                       # 'trong 12 chỉ tiêu': the total the result is counted in
        v = low if low is not None else parse_number(m.group("num"))
        if v is None:
            continue
        den = parse_number(m.group("den")) if m.group("den") else None
        pct = bool(m.group("pct"))
        planned = parse_number(m.group("pden")) if m.group("pden") else None
        in_paren = f.count("(", seg.start, a) > f.count(")", seg.start, a)
        unit, uend = "", m.end()
        duration = False
        if pct:
            unit = m.group("pct").strip()[0] + ("/" + t[m.end("pct") - len(m.group("pct").split("/")[-1].strip()):m.end("pct")].strip()
                          if "/" in m.group("pct") else "")
        else:
            words, pos = _unit_words(t, m.end())
            whole = _OF_WHOLE_AFTER.match(f, m.end()) if not words and den is None else None
            if whole is not None:
                # '12 trên tổng số 15 chỉ tiêu': a part and its whole, the unit after the whole
                words, pos = _unit_words(t, whole.end())
                den = parse_number(whole.group(1)) if words else None
            if not words:
                # the thing counted named before the figure: 'Tổng số hợp tác xã đang hoạt động là 742'
                cs = _COUNTED_BEFORE.search(f, max(seg.start, a - 80), a)
                if cs is None or _DIGIT.search(f, cs.start(), a):
                    continue
                words = t[cs.start(1):cs.end(1)].split()
            if words[0].lower() in _DURATION and (words[0].lower() == "tuổi" or not _SPAN_BOUND.search(t, max(0, a - 24), a)):
                continue                   # a span of time, unless bounded: 'kéo dài quá 3 ngày', 'tối đa 5 ngày'
            duration = words[0].lower() in _DURATION
            if words[0].lower() == "sao" and _RATED.search(before):
                continue                   # '43 sản phẩm đạt 3 sao', 'OCOP từ 3 sao trở lên': a rating, not a count
            if words[0][:1].isupper() and not words[0].startswith(("“", '"')) and words[0] not in ("HTX", "HND", "CCB"):
                # '2020 Ban ...', '550 Tổng số ...': a capitalised word right after a bare number
                if len(words[0]) > 3:
                    continue
            unit = " ".join(words)
            uend = pos
            pair = _UNIT_PAIR.match(f, pos) if den is None else None
            measure = pair is not None and bool(_MEASURE.match(f, m.end() + 1))
            if pair is not None and f.startswith(f[m.end() + 1:m.end() + 1 + len(words[0])], pair.end()) \
                    and (measure or _PLAN_PCT.match(f, pair.end() + len(words[0]))):
                # 'đạt 45.000 ha/40.000 ha kế hoạch', 'hỗ trợ 1.932 hộ/2.000 hộ kế hoạch': the unit written twice,
                # achieved over planned; a measure below its plan keeps it as the whole (as 'A/B tỷ đồng' below)
                planned = parse_number(pair.group(1))
                den = planned if measure and planned is not None and v <= planned else None
                uend = pair.end() + len(words[0])
        if v == 1 and den is None and not pct and _PER_UNIT.search(before):
            continue                       # 'trên 1 ha', 'mỗi 1 hộ': a per-unit denominator
        if not pct and den is None and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        if in_paren and (not out or _TALLY_NOUN.match(f, a + len(m.group(0)) + 1)) and not _SUBSET.search(before) \
                and not opens_compared_goal(f, f.rfind("(", seg.start, a)):
            # a figure in brackets before the clause's own figure qualifies its subject ('trẻ có
            # cân nặng thấp (dưới 2.500 gram) dưới 5%'); one after it restates it ('50% số xã (8 xã)'); a part
            # of the whole before it is a result of its own ('21/24 chỉ tiêu đạt (trong đó 15 chỉ tiêu vượt)'), and a goal
            # the result is measured against is a goal ('(chỉ tiêu cả nhiệm kỳ 1.000 đảng viên)', see kg.extract.goal_compare)
            continue
        if den is not None and _MEASURE.match(f, m.end() + 1):
            # an amount or measure over another is achieved/target ('thu ngân sách 45.799/36.875 tỷ đồng'); below
            # the plan it is also the share done of it, so it keeps its denominator ('giải ngân 1.260/1.500 tỷ
            # đồng'); a count is a part of a whole only ('34/55 xã')
            planned = den
            if v > den:
                den = None
        out.append(Quantity(a, uend, v, den, unit, pct, planned, lower_bound=low is not None, duration=duration))
    return out


def _period(f: str, a: int, b: int) -> str | None:
    if _ANNUAL.search(f, a, b):
        return "annual"
    py = _PERIOD_YEAR.search(f, a, b)
    if py:
        return py.group(1)
    if _TERM.search(f, a, b):
        return "term"
    return None


def _period_marks(f: str, a: int, b: int) -> list[tuple[int, str]]:
    marks = [(m.start(), "annual") for m in _ANNUAL.finditer(f, a, b)]
    marks += [(m.start(), m.group(1)) for m in _PERIOD_YEAR.finditer(f, a, b)]
    marks += [(m.start(), "term") for m in _TERM.finditer(f, a, b)]
    marks += [(m.start(), m.group(1)) for m in _BARE_YEAR.finditer(f, a, b)
              if not re.search(r"(?<![a-z])(?:so voi|tu|nhu|bang|cuoi|dau)[ \t]+$", f[max(0, m.start() - 8):m.start()])]
    return sorted(marks)


# a paragraph that reports on a past span opens with it: 'Trong 5 năm qua, ...', 'Qua nửa nhiệm kỳ, ...',
# 'Sau 3 năm thực hiện ...'; its figures are results, and 'hằng năm' there is a rate, not a goal
_RETRO = _v(r"[ \t]*(?:trong|qua|sau)[ \t]+(?:hơn[ \t]+|gần[ \t]+|nửa[ \t]+|tròn[ \t]+)?"
            r"(?:(?:\d{1,2}|một|hai|ba|bốn|năm)[ \t]+(?:năm|tháng)|nhiệm kỳ)"
            r"(?:[ \t]+(?:qua|vừa qua|triển khai|thực hiện)(?![a-z])|[ \t]*,)"
            # 'Trong 6 tháng đầu năm, ...', '9 tháng đầu năm 2024, ...', 'Quý I, ...': a report of the months past
            r"|[ \t]*(?:trong[ \t]+)?(?:(?:\d{1,2}|sáu|chín)[ \t]+tháng[ \t]+đầu[ \t]+năm(?:[ \t]+\d{4})?|quý[ \t]+[ivx]{1,3}(?:[ \t]+năm[ \t]+\d{4})?)[ \t]*,"
            # 'Chín tháng năm 2025, ...', 'Bốn tháng hoạt động theo mô hình mới, ...': the months run so far
            r"|[ \t]*(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)[ \t]+tháng[ \t]+"
            r"(?:năm[ \t]+\d{4}|(?:hoạt động|vận hành|triển khai|thực hiện)(?![a-z])[^,.;\n\d]{0,40}?)[ \t]*,")
# the same span opening a sentence after the report it comes from: 'Theo báo cáo sơ kết, sau 10 năm, ...'
_RETRO_SENTENCE = re.compile(fold_same_length(r"[ \t]*(?:theo[ \t]+báo cáo|báo cáo[^,.;\n]{0,40}?cho (?:thấy|biết))[^,.;\n]{0,30}?,")
                             + "(?:" + _RETRO.pattern + ")")
# a whole that has so many of something ('Toàn tỉnh có trên 80% dân số sống ở nông thôn'), and the words that make
# such a count a result ('Toàn huyện có 13/30 xã đạt chuẩn', '1.236 mô hình được đăng ký')
_WHOLE_HAS = _v(r"[ \t]*toàn[ \t]+(?:tỉnh|huyện|xã|thành phố|phường|thị xã|quận)[ \t]+(?:hiện[ \t]+)?có[ \t]")
_DONE_STATE = _v(r"(?<![a-z])(?:đạt|được|đã|mới|hoàn thành)(?![a-z])")
# goals stated without the usual markers: 'Nghị quyết đề ra 12 chỉ tiêu, trong đó chỉ tiêu thu ngân sách ... là 400 tỷ',
# 'Kế hoạch năm 2024 giao: thu ngân sách 520 tỷ đồng; ...'
# (each branch opens on its words, so that _v compiles it to open on them)
_GOAL_STATED = _v(r"(?<![a-z])(?:đề ra(?![a-z])|đặt ra(?![a-z])|kế hoạch[^.;:\n]{0,30}?giao[ \t]*:|chỉ tiêu[^.;:\n]{0,30}?giao[ \t]*:"
                  r"|chỉ tiêu[^.;:\n\d]{0,60}?[ \t]là[ \t]+(?=\d))")
_ROUTINE = _v(r"(?<![a-z])(?:hằng năm|hàng năm|mỗi năm)(?![a-z])")
# goals listed after a colon inside the sentence: 'Nghị quyết xác định chỉ tiêu: tỷ lệ ... đạt 85%'; not a
# report on them ('Kết quả thực hiện các chỉ tiêu: ...')
_GOAL_COLON = _v(r"(?<![a-z])chỉ tiêu(?:[ \t]+[a-z]+){0,3}[ \t]*:")
_RESULT_WORDS = _v(r"(?<![a-z])(?:kết quả|đạt được|thực hiện được|đánh giá)(?![a-z])")
# a heading line that opens a list of goals, without a colon: 'Mục tiêu cụ thể đến năm 2027'
_GOAL_HEADING = _v(r"[ \t]*(?:(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)][ \t]*)?(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu)(?![a-z])[^.;!?\n]{0,90}$")
# 'đến (hết) năm X' is a goal's horizon only when X is not already past
_BY_YEAR = _v(r"đến(?: hết)? năm (\d{4})")
# a list of goals: a heading 'I. Về kinh tế (11 chỉ tiêu):' at the start of the paragraph, or a
# paragraph ending '... hệ thống chỉ tiêu chủ yếu như sau.' before it; its items are numbered
_LIST_HEAD = _v(r"[ \t]*(?:[ivx]{1,4}[.)][ \t]*)?[^.:\n]{0,60}(?:chỉ tiêu|mục tiêu)[^.:\n]{0,40}:")
_LIST_LEAD = _v(r"(?:chỉ tiêu|mục tiêu)[^.\n]{0,80}(?::|như sau[ \t]*[.:]?)[ \t]*$")
_NUM_ITEM = re.compile(r"(?:^|[ \t:;.])\d{1,2}\.[ \t]")
# the present state ('hiện có', 'chiếm 97%') is not a result unless a result verb says so
_SHARE = _v(r"(?<![a-z])chiếm[ \t]+(?:khoảng[ \t]+|gần[ \t]+|hơn[ \t]+|trên[ \t]+)?$")
# a figure that is the purpose of a task: 'khắc phục ... để đạt 20/20 tiêu chí'
_PURPOSE = _v(r"(?<![a-z])(?:để|nhằm|phấn đấu)[ \t]+(?:đạt|hoàn thành|có)[ \t]+(?:từ[ \t]+|trên[ \t]+)?$")
# read on the source text: folded, 'chương' (chapter) is 'chuồng' (a pen) and 'phần' is 'phân' (fertiliser)
_STRUCTURE_NOUN = re.compile(r"(?:nhóm|nhiệm vụ|giải pháp|nội dung|quan điểm|mục tiêu|khâu đột phá|đột phá|phần|chương|điều)"
                             r"(?![^\W\d_])", re.I)
_AVERAGE = _v(r"(?<![a-z])bình quân(?![a-z])")
# nouns that count people, each a name of the same whole ('lao động', 'người', 'đoàn viên' ...)
_PERSONS = _v(r"(?:lao động|người|lượt người|đảng viên|đoàn viên|hội viên|thanh niên|học sinh|cán bộ|công chức)(?![a-z])")
_AIM = _v(r"(?<![a-z])(?:phấn đấu|mục tiêu)(?![a-z])")
# money set aside or asked for, not yet spent: 'Kinh phí dự kiến cho năm 2026 là 3,2 tỷ đồng', 'tỉnh bố trí 18 tỷ đồng
# để hỗ trợ ...', 'Vốn đầu tư công năm 2024 được giao 412 tỷ đồng', 'Tổng vốn ngân sách các cấp giao năm 2023 là 96,4
# tỷ đồng', 'Đề nghị UBND tỉnh bổ sung 25 tỷ đồng' (not 'giao thông', 'giao dịch')
_BUDGET = _v(r"(?<![a-z])(?:kinh phí|dự kiến|bố trí|phân bổ|giao(?![ \t]*:|[ \t]+(?:thông|dịch|lưu|tiếp|nhiệm vụ))|bổ sung)(?![a-z])")


def _budget_before(t: str, f: str, a: int, b: int) -> bool:
    """A word of money set aside (_BUDGET) between ``a`` and ``b``; 'giáo' (giáo dục) folds like 'giao' (to assign),
    so that word is read on the source text."""
    return any(t[m.start():m.start() + 4].lower() != "giáo" for m in _BUDGET.finditer(f, a, b))


# the starting value of a change: 'giảm từ 8,5% (năm 2020) xuống còn 2,1%', 'tăng từ 45 lên 60 triệu đồng'
_FROM_BEFORE = _v(r"(?<![a-z])từ[ \t]+$")
_TO_AFTER = _v(r"(?:[^;\d]|(?<![\d])(?:19|20)\d\d(?!\d)){0,40}?(?<![a-z])(?:xuống|lên)(?:[ \t]+(?:còn|mức|đến|tới))?[ \t]+(?:dưới[ \t]+|trên[ \t]+|hơn[ \t]+|khoảng[ \t]+)?\d")
# the planned amount stated with 'là': 'kế hoạch vốn năm 2025 ... là 4.296,2 tỷ đồng', 'dự toán giao là ...'
_PLAN_IS = _v(r"(?<![a-z])(?:kế hoạch|dự toán)(?:[ \t]+vốn)?(?![a-z])[^,;:.()]{0,70}?[ \t](?:được giao[ \t]+)?là[ \t]+$")
# a count inside the subject of such a statement ('của 3 chương trình là ...') describes it: no figure of its own
_COUNT_IN_SUBJECT = _v(r"[^,;:.()\d]{0,40}?[ \t]là[ \t]+\d")
_PLAN_IN_BRACKETS = _v(r"\([ \t]*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?:[ \t]+(?:năm[ \t]+\d{4}|đề ra|giao|là))?[ \t]*:?[ \t]*"
                       r"(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+|hơn[ \t]+)?$")
_SUBSET_NEXT = _v(r"[^\d,;.()]{0,60}?(?:,|(?<![a-z])và)[ \t]+(?:[a-z][^\d,;.()]{0,30}[ \t])?")
_SUBSET_NAMED = _v(r"(?<![a-z])trong đó(?:[ \t]+có)?[ \t]+[a-z][^\d,;.()]{0,40}[ \t]$")
_SUBSET_LEAD = _v(r"[ \t]*trong đó(?![a-z])")
# a sentence that opens on the whole of the result before it: 'Trong số hợp tác xã thành lập mới, 61 hợp tác xã ...'
_AMONG_LEAD = _v(r"[ \t]*trong số[ \t]+[a-z][^,;.\d]{0,60},")
# a meeting adopting a number of texts: what it did, not a result of a document
_ADOPTED = re.compile(word_start(r"(?<![a-z])thong qua[ \t]+(?:tong cong[ \t]+|tong so[ \t]+)?\d+[ \t]+(?:nghi quyet|de an|van ban|bao cao)(?![a-z])"))
_RANGE_TO = _v(r"[ \t]*(?:đến|tới|-|–)[ \t]*")
_RANGE_SEP = _v(r"[ \t]*(?:-|–|đến(?![a-z])|tới(?![a-z]))[ \t]*(?=\d)")
_PLAN_PCT = _v(r"[ \t]*(?:so với[ \t]+)?(kế hoạch|chỉ tiêu|dự toán)(?![a-z])")
# a result and, right after it, its share of a plan: 'đạt 312 tỷ đồng, bằng 87% dự toán tỉnh giao'
_THEN_SHARE = _v(r"[ \t]*,?[ \t]*(?:đạt|bằng)[ \t]+")
_THEN_SHARE_CLAUSE = _v(r"[^\d,;.()]{0,60},?[ \t]*(?:đạt|bằng)[ \t]+")
_BARE_PLAN_END = re.compile(r"[ \t]*(?:[,;.)]|$)")
# a tally of goals: 'Vượt 4 chỉ tiêu, đạt 1 chỉ tiêu, 3 chỉ tiêu đạt 70% đến 83%'; its lead-in
# 'Đối với 11 chỉ tiêu Trung ương Hội giao:' gives the total
_ITEM_CUT = _v(r",|;|:|(?<![a-z])và(?=[ \t]+\d)")
_COUNTED = _v(r"(?:\d[ \t]*|các[ \t]+)(?:chỉ tiêu|tiêu chí)(?![a-z])")
# the verbs that set a number of goals: 'Nghị quyết đề ra 20 chỉ tiêu', 'Kế hoạch gồm 10 chỉ tiêu'
_GOALS_SET = _v(r"(?<![a-z])(?:đề ra|đặt ra|gồm|xác định|giao|với tổng số|với)[ \t]+$")
_GOALS_COUNT = _v(r"(?<![a-z])(?:đề ra|đặt ra|gồm|xác định)[ \t]+(\d{1,3})[ \t]+(?:chỉ tiêu|tiêu chí)(?![a-z])")
_TALLY_LEAD_WORDS = re.compile(r"^[ \t]*(?:(?:trong đó|trong số đó|có)(?![^\W\d_])[ \t]*)+", re.I)


def _item_bounds(f: str, c: Segment, q_start: int, q_end: int) -> tuple[int, int]:
    """The comma/'và'-separated item of a clause around a figure."""
    a = c.start
    for m in _ITEM_CUT.finditer(f, c.start, q_start):
        a = m.end()
    m = _ITEM_CUT.search(f, q_end, c.end)
    return a, (m.start() if m else c.end)

# (or into what was done under it: 'Chương trình số 05-CTr/HU ... về phát triển đô thị, đến nay đã hoàn thành 7/12 dự án')
# (or into the main clause after it: '... về thực hiện Chỉ thị 36, địa phương đã triệt xóa 58 tụ điểm')
_SUBJECT_CUT = _v(r",[ \t]*(?:với|nhằm|trong đó|đồng thời|đến nay|tính đến|sau[ \t]+\d)(?![a-z])|(?<![a-z])mục tiêu(?![a-z])"
                  r"|,[ \t]*(?:[a-z]+[ \t]+){1,4}?(?:đã|vừa)[ \t]+(?=(?:[a-z]+[ \t]+){1,3}\d)")


def subject_end(p, mention) -> int:
    """End of a document mention with its subject ('Nghị quyết số 30a/2008/NQ-CP ... về Chương trình
    ... đối với 62 huyện nghèo'): figures up to there name the document. ``p``: the prepared text."""
    end = max(mention.end, mention.start)
    subj = mention.subject
    if subj and mention.tail_end:
        tail = subj[-24:]
        at = p.text.find(tail, mention.tail_end, mention.tail_end + len(subj) + 80)
        if at >= 0:
            # a subject read too far runs into the text's own goals ('..., với mục tiêu thu hút 120 người')
            cut = _SUBJECT_CUT.search(p.folded, mention.tail_end, at + len(tail))
            end = max(end, cut.start() if cut else at + len(tail))
    return end


def _paragraph_frames(f: str, paras: list[Segment]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(retrospective paragraphs, goal-list paragraphs) as (start, end) spans."""
    retro, lists = [], []
    prev_lead = False
    for para in paras:
        if _RETRO.match(f, para.start):
            retro.append((para.start, para.end))
        head = _LIST_HEAD.match(f, para.start, min(para.end, para.start + 120))
        if head and _RESULT_WORDS.search(f, head.start(), head.end()):
            head = None                 # 'Kết quả thực hiện các chỉ tiêu:' heads results
        if (head or prev_lead) and _NUM_ITEM.search(f, para.start, para.end):
            lists.append((para.start, para.end))
        lead_m = _LIST_LEAD.search(f, para.start, para.end)
        prev_lead = bool(lead_m) and not _RESULT_WORDS.search(f, para.start, para.end)
    return retro, lists


# a report's section of results, under a numbered heading line ('I. KẾT QUẢ ĐẠT ĐƯỢC', 'I. Kết quả thực hiện'), up
# to the next heading of its rank ('II. NHIỆM VỤ TRỌNG TÂM ...')
_RESULTS_HEADING = re.compile(fold_same_length(r"^[ \t]*([ivx]{1,4}|\d{1,2})[.)][ \t]*kết quả(?:[ \t]+(?:đạt được|thực hiện|chủ yếu))?"
                                               r"[^.\d\n]{0,60}$"), re.M)
_ROMAN_HEADING = re.compile(r"^[ \t]*[ivx]{1,4}[.)][ \t]", re.M)
_NUMBER_HEADING = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]", re.M)
# a state, not a result, in such a section: 'Huyện có diện tích tự nhiên hơn 548 km2, dân số khoảng 290.000 người'
_HAS = _v(r"(?<![a-z])có(?![a-z])")


def _results_sections(f: str) -> list[tuple[int, int]]:
    out = []
    for m in line_matches(_RESULTS_HEADING, f):
        nxt = (_ROMAN_HEADING if m.group(1)[0] in "ivx" else _NUMBER_HEADING).search(f, m.end())
        out.append((m.end(), nxt.start() if nxt else len(f)))
    return out


# the goals a document is issued with: 'ban hành Kế hoạch số 55-KH/HU với mục tiêu đến năm 2025 có 90% ...'
_AIM_AFTER_ISSUE = _v(r"[^;:.()]{0,80}?(?<![a-z])(?:với|nhằm|đặt)[ \t]+mục tiêu(?![a-z])")
# a clause that opens on the time so far reports what was reached: '...; đến nay tỷ lệ này đạt 85%'
_SO_FAR_LEAD = _v(r"[ \t]*(?:tính[ \t]+)?đến nay(?![a-z])")
# a sentence opening on a span of years that has run out by the text's year: 'Giai đoạn 2021-2025, ...'
_PAST_SPAN_LEAD = _v(r"[ \t]*(?:trong[ \t]+)?giai đoạn[ \t]+(?:19|20)\d\d[ \t]*[-–][ \t]*((?:19|20)\d\d)[ \t]*,")


def _retro_sentence(f: str, s: Segment, ref_year: int | None) -> bool:
    """The sentence itself opens on a past span ('Qua 3 năm, ...', 'Trong nhiệm kỳ, ...', see _RETRO), or on a span of
    years that ends by the text's year."""
    if _RETRO.match(f, s.start):
        return True
    m = _PAST_SPAN_LEAD.match(f, s.start) if ref_year else None
    return m is not None and ref_year is not None and int(m.group(1)) <= ref_year


def _goal_marked(f: str, s: Segment, ref_year: int | None) -> bool:
    """A goal marker in the sentence; 'đến hết năm 2024' in a text of 2025 looks back, not ahead."""
    for m in _TARGET.finditer(f, s.start, s.end):
        y = _BY_YEAR.search(f, m.start(), m.end())
        if y and ref_year and int(y.group(1)) < ref_year:
            continue
        return True
    return False


def _goal_only_in_brackets(f: str, s: Segment, ref_year: int | None) -> bool:
    ms = [m for m in _TARGET.finditer(f, s.start, s.end)]
    return bool(ms) and all(f.count("(", s.start, m.start()) > f.count(")", s.start, m.start()) for m in ms)


def _goal_colon(f: str, s: Segment) -> bool:
    m = _GOAL_COLON.search(f, s.start, s.end)
    return bool(m) and not _RESULT_WORDS.search(f, s.start, m.start())


def _is_line(t: str, s: Segment) -> bool:
    """The sentence is a whole line of its own."""
    return (s.start == 0 or t[s.start - 1] == "\n") and (s.end >= len(t) or t[s.end:s.end + 1] == "\n")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def classify(p, sentences: list[Segment], blocked, doc_for, main_doc=None, ref_year: int | None = None,
             base_year: int | None = None, doc_in_year=None, doc_named_at=None,
             named_docs: list[str] | None = None, subject_doc=None, plan_before=None) -> tuple[list[Target], list[Outcome]]:
    """``ref_year``: the year of the text (years from it on are ahead); ``base_year``: the year of the
    plan the text presents (a sentence opening on an earlier year states the starting situation);
    ``subject_doc(pos)``: the document the figure's sentence says sets or counts it, which outranks the
    text's own plan and the document in context; ``plan_before(pos)``: the plan another level set named last
    before ``pos`` in its paragraph."""
    t, f = p.text, p.folded
    fp = past_marked(t, f) if len(t) == len(f) else f
    # for the cues of a goal and its period (only 'mỗi năm' among them folds like words with 'mới')
    fg = new_masked(t, f) if len(t) == len(f) and "moi nam" in f else f
    targets: list[Target] = []
    outcomes: list[Outcome] = []
    lead: list[str | None] | None = None        # a goal lead-in ending with ':' ('chỉ tiêu đến năm 2030:')
    results_lead = False                        # a lead-in to results ('Kết quả thực hiện các chỉ tiêu năm 2024:')
    blocks = table_blocks(t)
    if blocks:
        t_targets, t_outcomes = table_quantities(p, blocks, doc_for, main_doc, ref_year, named_docs)
        targets.extend(t_targets)
        outcomes.extend(t_outcomes)
    retro_paras, list_paras = _paragraph_frames(f, p.paragraphs)
    results_secs = _results_sections(f) if "ket qua" in f else []
    goals_before = False        # the sentence before gave goals and no results: a list item after it goes on with them
    goals_whole: tuple[int | float, int] | None = None     # (count, end) of the goals a document set, said last
    for s in sentences:
        n_t, n_o = len(targets), len(outcomes)
        was_goals, goals_before = goals_before, False
        if blocks and any(a <= s.start < b or a < s.end <= b for a, b, _ in blocks):
            continue
        in_retro = (bool(retro_paras) and _inside(retro_paras, s.start)) or bool(_RETRO_SENTENCE.match(f, s.start)) \
            or (main_doc is None and _retro_sentence(f, s, ref_year))    # (in a plan, the past is its background)
        in_list = bool(list_paras) and _inside(list_paras, s.start)
        is_item = bool(_ITEM.match(f, s.start))
        if lead is not None and not is_item:
            lead = None
        if results_lead and not is_item:
            results_lead = False
        stext = f[s.start:s.end].rstrip()
        ptext = fp[s.start:s.end]             # for the cues of a past result
        own_lead = False                      # a goal lead-in with figures of its own
        before_plan = False                   # the situation in a year before the text's plan
        if stext.endswith(":") and (_TARGET.search(fg, s.start, s.end) or re.search(r"(?<![a-z])chi tieu(?![a-z])", stext)):
            if _RESULT_WORDS.search(f, s.start, s.end):
                results_lead, lead = True, None     # its items are results
                continue
            lead = [_period(fg, s.start, s.end)]
            # a lead-in may state goals of its own before its list: '..., để phấn đấu năm 2024 giảm ít nhất 20% số
            # vụ cháy rừng, ..., Chủ tịch UBND tỉnh yêu cầu:'
            if not find_quantities(t, f, s, blocked):
                continue
            own_lead = True
        if stext.endswith(":") and len(stext) <= 80 and _RESULT_WORDS.search(f, s.start, s.end) \
                and not _DIGIT.search(f, s.start, s.end):
            results_lead, lead = True, None         # a short lead-in to results: 'Kết quả cụ thể:', 'Kết quả đạt được:'
            continue
        if _GOAL_HEADING.fullmatch(stext) and _is_line(t, s) and not _RESULT_WORDS.search(stext):
            lead = [_period(fg, s.start, s.end)]     # a heading line opens the list as a colon would
            continue
        if not _DIGIT.search(f, s.start, s.end):
            continue
        if in_retro:
            # a rate over the past span ('giảm bình quân hằng năm 2,97%') is a result, not a goal
            s_target = any(not _ROUTINE.match(fg, m.start()) for m in _TARGET.finditer(fg, s.start, s.end))
        else:
            s_target = _goal_marked(fg, s, ref_year) or lead is not None or in_list
        if not s_target and ref_year:
            s_target = any(int(m.group(1)) >= ref_year for m in _YEAR_AHEAD.finditer(f, s.start, s.end))
        if not s_target and main_doc and re.search(r"(?<![a-z])tro len(?![a-z])", stext) \
                and not _OUT_STRONG.search(ptext) \
                and not (ref_year and any(int(y.group(1)) < ref_year for y in _BARE_YEAR.finditer(f, s.start, s.end))):
            s_target = True                     # a plan's goal: 'đạt từ 70% trở lên'
        if not s_target and _BOUND.search(f, s.start, s.end) and not _OUT_STRONG.search(ptext):
            s_target = True
        if not s_target and not in_retro and not _OUT_STRONG.search(ptext) and (
                _GOAL_STATED.search(f, s.start, s.end) or _goal_colon(f, s)
                or (ref_year and any(int(y.group(1)) > ref_year for y in _BARE_YEAR.finditer(f, s.start, s.end)))):
            s_target = True                     # 'Nghị quyết đề ra ...', 'Kế hoạch năm 2024 giao: ...', 'năm 2026 toàn tỉnh có ...'
        if not s_target and was_goals and is_item and not in_retro and not _OUT_STRONG.search(ptext):
            s_target = True                     # 'b) Về xã hội: giải quyết việc làm cho hơn 2.000 lao động' after goals
        s_outcome = bool(_OUTCOME.search(fp, s.start, s.end)) or in_retro or results_lead
        if not s_outcome and results_secs and _inside(results_secs, s.start) and not _HAS.search(f, s.start, s.end):
            s_outcome = True                    # 'Giải quyết việc làm mới cho 3.950 lao động' under 'I. KẾT QUẢ ĐẠT ĐƯỢC'
        if s_outcome and not (in_retro or results_lead) and _WHOLE_HAS.match(f, s.start) \
                and all(m.group(0).startswith("toan") for m in _OUTCOME.finditer(fp, s.start, s.end)) \
                and not _DONE_STATE.search(fp, s.start, s.end):
            s_outcome = False                   # 'Toàn tỉnh có hơn 370.000 ha đất có rừng': how things are, no result
        # the goal is named only in brackets after a result: the figures outside them are results
        bracket_goal = s_target and s_outcome and lead is None and not in_list and _goal_only_in_brackets(fg, s, ref_year)
        goal_cmp = compared_goal(f, s) if (s_outcome or s_target) and lead is None and not in_list else None
        goal_cmp_doc = goal_fig_doc = None
        if goal_cmp is not None and doc_named_at is not None:
            # the document whose goal it is, named in it: '(Nghị quyết đề ra ...)', 'mục tiêu Kế hoạch 95 đề ra'
            # (not '(kế hoạch 80 hợp tác xã)', a plan named by no document)
            if not goal_cmp.group(1):
                goal_cmp_doc = doc_named_at(goal_cmp.end())
                # the goal's own figure may name its document after 'của': 'đạt 62% mục tiêu của Nghị quyết
                # (2.000 ha)' (the result measured against it keeps the document in context)
                of_doc = goal_of_doc_at(f, goal_cmp.end())
                goal_fig_doc = doc_named_at(of_doc) if of_doc is not None else None
            elif goal_cmp.group(1).endswith(("de ra", "dat ra", "giao")):
                goal_cmp_doc = doc_named_at(goal_cmp.start(1))
        if results_lead and not _goal_marked(fg, s, ref_year):
            s_target = False
        if not s_outcome and main_doc is None and _HAS_N.match(f, s.start):
            s_outcome = True                    # 'Có 4 trường hợp ...' reported in a review
        if main_doc and not s_target and _BASELINE.match(f, s.start) and not _OUT_STRONG.search(ptext):
            continue                            # the starting situation of the plan the text issues
        yl = _YEAR_LEAD.match(f, s.start) or _SEASON_LEAD.match(f, s.start)
        if yl and base_year and (int(yl.group(1)) < base_year or (main_doc and int(yl.group(1)) == base_year and _HAS_N.match(f, yl.end()))) and not s_target and not _OUT_STRONG.search(ptext):
            # the situation before the plan, in a year past: what happened then is a result of no document of the
            # text ('Năm 2023, trên địa bàn tỉnh xảy ra 14 vụ cháy rừng, thiệt hại 46,2 ha')
            s_outcome, before_plan = True, True
        if not s_outcome and yl and (ref_year is None or int(yl.group(1)) < ref_year) and not s_target \
                and _MONEY.search(f, s.start, s.end) and _SPEND.search(f, s.start, s.end):
            s_outcome = True                    # 'Riêng năm 2022, ngân sách tỉnh hỗ trợ 163 tỷ đồng'
        if not (s_target or s_outcome):
            gc = _GOALS_COUNT.search(f, s.start, s.end)
            if gc is not None:
                goals_whole = (parse_number(gc.group(1)), gc.end())   # 'Kế hoạch gồm 10 chỉ tiêu.' (see _GOALS_SET)
            continue
        past_year = int(yl.group(1)) if yl and base_year and int(yl.group(1)) < base_year else None
        s_marks = _period_marks(fg, s.start, s.end)
        s_period = s_marks[0][1] if s_marks else None     # the lead-in's period covers every item
        if lead is not None and lead[0] and s_period is None:
            s_period = lead[0]
        prev_in_sentence: list[Quantity] = []
        now_end: int | None = None          # where the last present-state figure of the sentence ends
        doc_of_whole: dict[int, str | None] = {}     # the document of each result of the sentence, by its start
        tally_total: int | float | None = None
        if goals_whole is not None and "\n" not in t[goals_whole[1]:s.start]:
            tally_total = goals_whole[0]    # 'Nghị quyết đề ra 22 chỉ tiêu. Sau 5 năm, có 18 chỉ tiêu đạt và vượt ...'
        goals_whole = None
        subset_of: tuple[int, int | float, str] | None = None     # (end, whole, unit head) of the last part
        adopted = False                     # the clause before counted the texts a session adopted
        for c in clauses(f, s):
            ex = _EXCLUDE.search(f, c.start, c.end)
            if ex is not None and not (prev_in_sentence and _SUBSET_LEAD.match(f, c.start)) \
                    and not (s_target and _BOUND.search(f, c.start, c.end)) \
                    and not (s_target and _AIM_AFTER_ISSUE.match(f, ex.end(), c.end)):
                # an award is no result, but 'trong đó 44 gương ... được khen thưởng' is a part of one, and
                # 'mỗi năm có ít nhất 10 mô hình được biểu dương' a goal; issuing a plan 'với mục tiêu ...' sets goals
                continue
            if _ADOPTED.search(f, c.start, c.end) or (adopted and _SUBSET_LEAD.match(f, c.start)):
                adopted = True          # 'Kỳ họp đã thông qua 21 nghị quyết, trong đó có 6 ...': the session's work
                continue
            adopted = False
            qs = find_quantities(t, f, c, blocked)
            if not qs:
                continue
            cs = _OUT_STRONG.search(fp, c.start, c.end)
            # 'phấn đấu ... vượt ít nhất 10% dự toán': the verb of an aim, not of a result
            c_strong = (cs is not None and not (cs.group(0) != "da" and _AIM.search(f, c.start, cs.start()))) \
                or bool(_SO_FAR_LEAD.match(f, c.start))
            c_out = bool(_OUTCOME.search(fp, c.start, c.end)) or in_retro
            if in_list and c_strong:
                c_strong = bool(re.search(r"(?<![a-z])da(?![a-z])", fp[c.start:c.end]))   # 'đạt' states a goal
            part_of_result = bool(prev_in_sentence) and len(outcomes) > n_o \
                and outcomes[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end) \
                and bool(_SUBSET_LEAD.match(f, c.start))
            if s_target and not c_strong and not part_of_result:
                kind = "target"
                marks = _period_marks(fg, c.start, c.end)
            elif c_out or s_outcome or part_of_result:  # 'đã giải ngân 61.480 tỷ đồng; trong đó vốn sự nghiệp ...'

                kind = "outcome"
                period = None
            else:
                continue
            for q in qs:
                if (kind == "target" or main_doc or not c_strong) \
                        and (_NOW_HAS.search(f, max(c.start, q.start - 30), q.start)
                             or (now_end is not None and _WITH_NOW.fullmatch(f, now_end, q.start))):
                    now_end = q.end
                    continue            # 'hiện có khoảng 308.000 ha': the present figure, not a goal or result
                if kind == "outcome" and not c_strong and not in_retro \
                        and _SHARE.search(f, max(c.start, q.start - 20), q.start):
                    continue            # 'doanh nghiệp nhỏ chiếm 97%': a share in the present state
                if (own_lead or (kind == "outcome" and not c_strong)) and not q.pct and q.of is None \
                        and _STRUCTURE_NOUN.match(t, q.end - len(q.unit)):
                    continue            # '3 nhóm giải pháp', '5 nhiệm vụ trọng tâm': the shape of a text, not a result
                if not q.pct and q.unit and _MONEY.match(f, q.end - len(q.unit)) \
                        and _budget_before(t, f, max(c.start, q.start - 60), q.start) \
                        and not _OUT_STRONG.search(fp, s.start, q.start):
                    continue            # a budget (see _BUDGET): neither a goal nor a result, unless said spent
                if _FROM_BEFORE.search(f, max(c.start, q.start - 6), q.start) and _TO_AFTER.match(f, q.end, c.end):
                    continue            # the value a change started from
                if not q.pct and f[max(c.start, q.start - 4):q.start] == "cua " and _COUNT_IN_SUBJECT.match(f, q.end, c.end):
                    continue            # 'kế hoạch vốn của 3 chương trình là ...': the count names the subject
                tally = not q.pct and _TALLY_NOUN.match(f, q.end - len(q.unit)) if q.unit else None
                ia, ib = _item_bounds(f, c, q.start, q.end) if (tally or q.pct) else (c.start, c.end)
                if tally and ":" in f[q.end:min(c.end, q.end + 90)].split(",")[0].split(";")[0] \
                        and not _DIGIT.search(f, q.end, f.find(":", q.end)):
                    tally_total = q.value   # 'Đối với 12 chỉ tiêu ...:': the whole the tally counts in
                    prev_in_sentence.append(q)
                    continue
                if q.pct and _COUNTED.search(f, ia, q.start):
                    continue            # '3 chỉ tiêu đạt 70% đến 83%': the range qualifies the count
                plan_doc = None
                pp = _PLAN_PCT.match(f, q.end) if q.pct else None
                if pp:
                    q.unit = "% " + t[pp.start(1):pp.end(1)].lower()   # 'đạt 120% kế hoạch': a share of a plan
                    # 'đạt 120% kế hoạch HĐND huyện giao': the result belongs to the plan it is measured against
                    plan_doc = doc_named_at(q.end) if doc_named_at is not None else None
                    then_share = _THEN_SHARE
                    if plan_doc is None and plan_before is not None and _BARE_PLAN_END.match(f, pp.end()):
                        # 'đạt 114% chỉ tiêu' with no plan named: the plan another level set, named just before in
                        # its paragraph ('trong 14 chỉ tiêu Trung ương Đoàn giao, ...'); the result it measures is
                        # the one of its own clause
                        plan_doc = plan_before(q.start)
                        then_share = _THEN_SHARE_CLAUSE
                    if plan_doc and outcomes and prev_in_sentence and outcomes[-1].document != plan_doc \
                            and outcomes[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end) \
                            and then_share.fullmatch(f, prev_in_sentence[-1].end, q.start):
                        outcomes[-1].document = plan_doc    # 'đạt 312 tỷ đồng, bằng 87% dự toán tỉnh giao': both
                        doc_of_whole[prev_in_sentence[-1].start] = plan_doc
                elif tally and doc_named_at is not None:
                    # '14/15 chỉ tiêu thi đua do Trung ương Hội giao': the count of goals another level set
                    named = doc_named_at(q.end - len(q.unit))
                    plan_doc = named if named and named.startswith("KH:") else None
                if q.duration and kind != "target":
                    continue            # 'quá 3 ngày' outside a goal: how long something took, not a result
                text = _item_text(t, f, c, q)
                if kind == "outcome" and _PURPOSE.search(f, max(c.start, q.start - 24), q.start):
                    kind_q = "target"   # 'khắc phục các tiêu chí để đạt 20/20 tiêu chí': the aim of a task
                else:
                    kind_q = kind
                if kind_q == "target" and bracket_goal and f.count("(", s.start, q.start) <= f.count(")", s.start, q.start):
                    kind_q = "outcome"  # 'tăng bình quân 4,6%/năm (mục tiêu từ 4%/năm trở lên)': the goal is in brackets
                elif kind_q == "outcome" and _PLAN_IS.search(f, max(c.start, q.start - 90), q.start) \
                        and not in_retro:
                    kind_q = "target"   # 'Tổng kế hoạch vốn năm 2025 của 3 chương trình là 4.296,2 tỷ đồng'
                    marks = _period_marks(fg, c.start, c.end)
                elif kind_q == "outcome" and _PLAN_IN_BRACKETS.search(f, max(s.start, q.start - 40), q.start):
                    kind_q = "target"   # 'ước đạt 3,1% (kế hoạch 7 - 7,5%)': the plan the result is set against
                    marks = _period_marks(fg, c.start, c.end)
                if goal_cmp is not None:
                    if is_goal_figure(f, goal_cmp, q.start):
                        kind_q = "target"
                        marks = _period_marks(fg, goal_cmp.start(), c.end)
                    elif q.end <= goal_cmp.start(1 if goal_cmp.group(1) else 2):
                        kind_q = "outcome"
                        plan_doc = plan_doc or goal_cmp_doc
                    elif s_outcome and not c_strong and c.start >= goal_cmp.end() and not _TARGET.search(fg, c.start, c.end) \
                            and not sets_goal(t, goal_cmp.start()):
                        # a later clause of a result measured against a goal, with no goal word of its own, goes
                        # on with results: '...; 3 hợp tác xã liên kết được thành lập'
                        kind_q = "outcome"
                if kind_q == "target" and kind != "target":
                    marks = _period_marks(fg, c.start, c.end)
                if tally:
                    noun = _TALLY_NOUN.match(f, q.end - len(q.unit)).group(0)
                    before_w = _TALLY_LEAD_WORDS.sub("", t[ia:q.start]).split()
                    after_w = t[q.end - len(q.unit) + len(noun):ib].split()
                    status = " ".join((before_w if len(before_w) <= 3 else []) + after_w[:6]).strip(" ,;:.")
                    q.unit = t[q.end - len(q.unit):q.end - len(q.unit) + len(noun)] + (f" ({status.lower()})" if status else "")
                    if q.of is None and tally_total is not None and not _SUBSET.search(f, max(0, q.start - 16), q.start) \
                            and not (prev_in_sentence and _SUBSET_LEAD.match(f, ia)):
                        q.of = tally_total  # (a part 'trong đó 15 chỉ tiêu vượt' is of the result before it)
                    elif q.of is not None:
                        tally_total = q.of  # '16/19 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt': the rest count in 19
                if tally and q.of is None and (kind_q == "target" or (
                        _GOALS_SET.search(f, max(ia, q.start - 20), q.start) and not _DONE_STATE.search(fp, q.end, ib))):
                    # 'Nghị quyết đề ra 12 chỉ tiêu': the number of goals, not a goal nor a result; the whole the
                    # tallies after it count in, in its sentence and the next ones of its paragraph
                    tally_total = q.value
                    goals_whole = (q.value, q.end)
                    prev_in_sentence.append(q)
                    continue
                if kind_q == "target":
                    # the period written before the number in its item, else after it, else the sentence's
                    before_q = [pm for pm in marks if pm[0] < q.start]
                    after_q = [pm for pm in marks if pm[0] >= q.end]
                    period = before_q[-1][1] if before_q else (after_q[0][1] if after_q else s_period)
                    if period == "annual" and q.pct and _AVERAGE.search(f, max(c.start, q.start - 60), q.start):
                        period = "term"     # 'tăng bình quân hằng năm 12%': a rate averaged over the term
                    doc = ((goal_cmp_doc or goal_fig_doc) if goal_cmp is not None and q.start > goal_cmp.start() else None) \
                        or (subject_doc(q.start) if subject_doc is not None else None) or main_doc or doc_for(q.start)
                    comp = "="
                    before = f[max(0, q.start - 18):q.start]
                    if _GE.search(before):
                        comp = ">="
                    elif _LE.search(before) or _NOT_LET_OVER.search(f, c.start, q.start):
                        comp = "<="
                    if q.lower_bound:
                        comp = ">="         # a range keeps its lower bound: 'giải quyết việc làm cho 20.000 - 25.000 lao động'
                    if comp == "=":
                        after = f[q.end:min(c.end, q.end + 70)]
                        if re.match(r"[^\d;]{0,60}?(?<![a-z])tro len(?![a-z])", after) and _GE.search(before):
                            comp = ">="
                        elif re.match(r"[ \t]*tro len", after):
                            comp = ">="
                    if prev_in_sentence and targets and targets[-1].comparator == ">=" \
                            and _RANGE_TO.fullmatch(f, prev_in_sentence[-1].end, q.start) \
                            and targets[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end):
                        prev_in_sentence.append(q)
                        continue            # 'từ 70% đến 80%': a range keeps its lower bound with '>='
                    if comp == "=" and prev_in_sentence and targets and targets[-1].comparator != "=" \
                            and re.fullmatch(r"[ \t]*(?:,|va|,[ \t]*va)[ \t]*", f[prev_in_sentence[-1].end:q.start]):
                        comp = targets[-1].comparator   # 'ít nhất 420 hợp tác xã và 1.200 tổ hợp tác'
                    targets.append(Target(doc, text, q.value, q.unit or None, comp, period,
                                          span=p.span(q.start, q.end)))
                else:
                    of = q.of
                    head = q.unit.split(" ")[0].lower() if q.unit else ""
                    # 'trong đó ngân sách tỉnh 420 tỷ đồng': a part named between 'trong đó' and its figure
                    named_part = of is None and bool(head) and _SUBSET_NAMED.search(f, max(c.start, q.start - 50), q.start)
                    if of is None and (_SUBSET.search(f, max(0, q.start - 16), q.start)
                                       or (part_of_result and not _DIGIT.search(f, c.start, q.start)) or named_part):
                        for pq in reversed(prev_in_sentence):
                            if head and pq.unit.lower().startswith(head) and (not named_part or pq.value > q.value):
                                of = pq.value
                                if pq.start in doc_of_whole and plan_doc is None:
                                    plan_doc = doc_of_whole[pq.start]   # a part is of the whole's document
                                break
                        else:
                            # a count of people named otherwise ('việc làm cho 3.950 lao động, trong đó 1.120 người ...')
                            pq = prev_in_sentence[-1] if prev_in_sentence else None
                            if pq is not None and not pq.pct and not q.pct and pq.value > q.value \
                                    and _PERSONS.match(f, pq.end - len(pq.unit)) and _PERSONS.match(f, q.end - len(q.unit)):
                                of = pq.value
                    elif of is None and subset_of is not None and head and subset_of[2] == head \
                            and _SUBSET_NEXT.fullmatch(f, subset_of[0], q.start):
                        of = subset_of[1]       # 'trong đó 88 xã ... và 17 xã ...': the next part of the same whole
                    elif of is None and head and not prev_in_sentence and n_o > 0 and _AMONG_LEAD.match(f, s.start):
                        # 'Trong số hợp tác xã thành lập mới, 61 hợp tác xã ...': a part of the last such whole before
                        whole = next((o for o in reversed(outcomes[max(0, n_o - 3):n_o])
                                      if o.unit and o.unit.lower().startswith(head) and o.of is None), None)
                        of = whole.value if whole is not None and whole.value > q.value else None
                    subset_of = (q.end, of, head) if of is not None and q.of is None else None
                    prev = outcomes[-1] if outcomes else None
                    if q.of is not None and prev is not None and prev.of is None and prev.value == q.value \
                            and prev.span[1] <= p.span(q.start, q.end)[0] \
                            and re.search(r"(?<![a-z])dat[ \t]+$", f[max(0, q.start - 12):q.start]) \
                            and prev_in_sentence and prev_in_sentence[-1].value == q.value:
                        prev.of = q.of          # '4 hợp tác xã, đạt 4/6 chỉ tiêu': one result, of 6
                        prev_in_sentence.append(q)
                        continue
                    if of is None and q.unit and not q.pct:
                        for tm in _TOTAL.finditer(f, s.start, q.start):
                            if t[tm.start():tm.start() + 5].lower() == "trồng":
                                continue    # (to plant, folded like 'trong')
                            tv = parse_number(tm.group(1))
                            if tv and tv > q.value and q.unit.lower().split(" ")[0] == t[tm.start(2):tm.end(2)].lower().split(" ")[0]:
                                of = tv         # 'trong 19 chỉ tiêu ..., có 15 chỉ tiêu đạt và vượt'
                    odoc = None if before_plan else \
                        plan_doc or (subject_doc(q.start) if subject_doc is not None else None) or doc_for(q.start)
                    if past_year is not None and doc_in_year is not None and plan_doc is None:
                        odoc = doc_in_year(odoc, past_year)     # a result cannot predate its document
                    outcomes.append(Outcome(odoc, text, q.value, q.unit or None, of,
                                            span=p.span(q.start, q.end)))
                    doc_of_whole[q.start] = odoc
                    if q.planned is not None:   # 'A/B': B is the goal A is measured against
                        targets.append(Target(odoc, text, q.planned, q.unit or None, "=", s_period,
                                              span=p.span(q.start, q.end)))
                prev_in_sentence.append(q)
        goals_before = len(targets) > n_t and len(outcomes) == n_o
    return _without_headline_repeats(p, t, targets, outcomes)


# a line of breadcrumbs: short pieces joined by '>', '»' or '›'
_CRUMBS = re.compile(r"[ \t]*[^\n>»›.;:]{1,40}(?:[>»›][^\n>»›.;:]{1,40})+[ \t]*")


def _without_headline_repeats(p, t: str, targets: list[Target], outcomes: list[Outcome]) -> tuple[list[Target], list[Outcome]]:
    """A figure of the headline that the body gives again is the body's fact, told twice: 'Lục Ngạn: 21/24 chỉ
    tiêu đạt và vượt' above '... 21/24 chỉ tiêu chủ yếu đạt và vượt ...'."""
    start = 0
    nl = t.find("\n")
    # the headline may stand under a page's breadcrumbs ('Trang chủ > Tin tức > Xây dựng Đảng') and blank lines
    while nl >= start and (not t[start:nl].strip() or _CRUMBS.fullmatch(t, start, nl)) and start < 400:
        start = nl + 1
        nl = t.find("\n", start)
    if nl <= start or not t[start:nl].strip() or t[start:nl].rstrip()[-1:] in ".;:" or nl - start > 250:
        return targets, outcomes
    head_end = p.span(nl, nl)[0]         # facts carry offsets in the source text
    body_values = {x.value for x in (*targets, *outcomes) if x.span[0] >= head_end}

    def keep(x) -> bool:
        return x.span[0] >= head_end or x.value not in body_values
    return [x for x in targets if keep(x)], [x for x in outcomes if keep(x)]


def _item_text(t: str, f: str, c: Segment, q: Quantity) -> str:
    # from the start of the list item / clause to the end of the quantity's phrase
    start = c.start
    for m in _ITEM_START.finditer(f, c.start, q.start):
        start = m.start() if m.group(0).startswith("(") else m.end()
    end = q.end
    nxt = re.compile(r"[;(]|\.(?:\s|$)").search(f, q.end, c.end)
    end = nxt.start() if nxt else c.end
    return clean_ws(t[start:end]).strip(" ,:")[:300]
