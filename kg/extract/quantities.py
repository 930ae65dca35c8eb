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

from kg.extract.numbers import parse_number
from kg.extract.text import Segment, clean_ws, clauses
from kg.facts import Outcome, Target

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,12}(?:,\d+)?"
_QTY = re.compile(
    rf"(?<![\w.,/%-])(?P<num>{_NUM})(?:[ \t]?/[ \t]?(?P<den>{_NUM}))?(?P<pct>[ \t]?%(?:/[ \t]?(?:nam|thang|quy))?)?(?![\w/]|[.,]\d)")
_BEFORE_SKIP = re.compile(
    r"(?:(?<![a-z])(?:so|nam|khoa|lan thu|thu|dieu|khoan|muc|giai doan|nhiem ky|quy|thang|ngay|phong|tap|trang|"
    r"luot truy cap|luot xem|dien thoai|hotline|tuan)[ \t]*:?[ \t]*|\()$")
_DIGIT = re.compile(r"\d")
_AMONG = re.compile(r"(?<![a-z])(?:trong|trong tong so|tren tong so|trong so)[ \t]+$")
_PER_UNIT = re.compile(r"(?:(?<![a-z])(?:tren|moi|cho)[ \t]+|/[ \t]*)$")
_WORD = re.compile(r"[“\"][^”\"\n]{1,40}[”\"]|[^\W\d_]+(?:-[^\W\d_]+)?")
_UNIT_STOP = {"trở", "được", "đạt", "tham", "đăng", "với", "là", "trong", "của", "và", "tại", "cho", "để", "nhằm",
              "theo", "trên", "từ", "đến", "khi", "thì", "đã", "sẽ", "có", "gồm", "như", "bằng", "so", "vào", "ở",
              "thuộc", "mỗi", "hoặc", "hay", "nhưng", "song", "góp", "tăng", "giảm", "đạt", "vượt", "bảo", "đảm"}
_DURATION = {"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "kỳ", "h", "tuổi"}
_EXCLUDE = re.compile(r"(?<![a-z])(?:ban hanh (?:cac )?(?:nghi quyet|chi thi|ket luan|quyet dinh|quy dinh|chuong trinh|ke hoach|cong van|huong dan|thong bao|de an)|khen thuong|bang khen|giay khen|bieu duong|truy cap|luot xem|"
                      r"tong so luot|du hoi nghi|tham du|trao tang|ky niem)(?![a-z])")
_TARGET = re.compile(r"(?<![a-z])(?:phan dau|muc tieu|hang nam|moi nam|den nam \d{4}|den het nam \d{4}|"
                     r"chi tieu (?:phan dau|de ra cho)|phai dat|can dat|du kien)(?![a-z])")
_OUT_STRONG = re.compile(r"(?<![a-z])(?:da|dat duoc|vuot)(?![a-z])")
_OUTCOME = re.compile(r"(?<![a-z])(?:da|duoc|dat|vuot|hoan thanh|huy dong|ket nap|thanh lap|den nay|hien nay|"
                      r"tang|giam|gap|co tong so|toan (?:tinh|huyen|xa))(?![a-z])")
_GE = re.compile(r"(?:(?<![a-z])(?:tu|it nhat|toi thieu|tren|hon|khong duoi|khong it hon))[ \t]+$")
_LE = re.compile(r"(?:(?<![a-z])(?:duoi|khong qua|toi da|khong vuot qua|thap hon))[ \t]+$")
_PERIOD_YEAR = re.compile(r"(?<![a-z])(?:den|trong) (?:het )?nam (\d{4})")
_ANNUAL = re.compile(r"(?<![a-z])(?:hang nam|moi nam|binh quan[^.;]{0,30}/ ?nam)(?![a-z])")
_TERM = re.compile(r"(?<![a-z])(?:nhiem ky|ca nhiem ky)(?![a-z])")
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


def find_quantities(t: str, f: str, seg: Segment, blocked) -> list[Quantity]:
    out = []
    for m in _QTY.finditer(f, seg.start, seg.end):
        a = m.start()
        if blocked(a):
            continue
        before = f[max(0, a - 24):a]
        if _BEFORE_SKIP.search(before):
            continue
        if f[m.end():m.end() + 1] == ")" and f[a - 1:a] == "(":
            continue
        if _AMONG.search(before):
            continue                       # 'trong 12 chỉ tiêu': the total the result is counted in
        v = parse_number(m.group("num"))
        if v is None:
            continue
        den = parse_number(m.group("den")) if m.group("den") else None
        pct = bool(m.group("pct"))
        unit, uend = "", m.end()
        if pct:
            unit = "%" + ("/" + t[m.end("pct") - len(m.group("pct").split("/")[-1].strip()):m.end("pct")].strip()
                          if "/" in m.group("pct") else "")
        else:
            words = []
            pos = m.end()
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
            if not words or words[0].lower() in _DURATION:
                continue
            if words[0][:1].isupper() and not words[0].startswith(("“", '"')) and words[0] not in ("HTX", "HND", "CCB"):
                # '2020 Ban ...', '550 Tổng số ...': a capitalised word right after a bare number
                if len(words[0]) > 3:
                    continue
            unit = " ".join(words)
            uend = pos
        if v == 1 and den is None and not pct and _PER_UNIT.search(before):
            continue                       # 'trên 1 ha', 'mỗi 1 hộ': a per-unit denominator
        if not pct and den is None and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        out.append(Quantity(a, uend, v, den, unit, pct))
    return out


def classify(p, sentences: list[Segment], blocked, doc_for, main_doc=None) -> tuple[list[Target], list[Outcome]]:
    t, f = p.text, p.folded
    targets: list[Target] = []
    outcomes: list[Outcome] = []
    for s in sentences:
        if not _DIGIT.search(f, s.start, s.end):
            continue
        s_target = bool(_TARGET.search(f, s.start, s.end))
        s_outcome = bool(_OUTCOME.search(f, s.start, s.end))
        if not (s_target or s_outcome):
            continue
        period = None
        if _ANNUAL.search(f, s.start, s.end):
            period = "annual"
        else:
            py = _PERIOD_YEAR.search(f, s.start, s.end)
            if py:
                period = py.group(1)
            elif _TERM.search(f, s.start, s.end):
                period = "term"
        prev_in_sentence: list[Quantity] = []
        for c in clauses(f, s):
            if _EXCLUDE.search(f, c.start, c.end):
                continue
            qs = find_quantities(t, f, c, blocked)
            if not qs:
                continue
            c_strong = bool(_OUT_STRONG.search(f, c.start, c.end))
            c_out = bool(_OUTCOME.search(f, c.start, c.end))
            if s_target and not c_strong:
                kind = "target"
            elif c_out or s_outcome:
                kind = "outcome"
            else:
                continue
            for q in qs:
                text = _item_text(t, f, c, q)
                if kind == "target":
                    doc = main_doc or doc_for(q.start)
                    comp = "="
                    before = f[max(0, q.start - 14):q.start]
                    if _GE.search(before):
                        comp = ">="
                    elif _LE.search(before):
                        comp = "<="
                    if comp == "=":
                        after = f[q.end:min(c.end, q.end + 70)]
                        if re.match(r"[^\d;]{0,60}?(?<![a-z])tro len(?![a-z])", after) and _GE.search(before):
                            comp = ">="
                        elif re.match(r"[ \t]*tro len", after):
                            comp = ">="
                    targets.append(Target(doc, text, q.value, q.unit or None, comp, period,
                                          span=p.span(q.start, q.end)))
                else:
                    of = q.of
                    if of is None and _SUBSET.search(f, max(0, q.start - 16), q.start):
                        head = q.unit.split(" ")[0].lower() if q.unit else ""
                        for pq in reversed(prev_in_sentence):
                            if head and pq.unit.lower().startswith(head):
                                of = pq.value
                                break
                    prev = outcomes[-1] if outcomes else None
                    if q.of is not None and prev is not None and prev.of is None and prev.value == q.value \
                            and prev.span[1] <= p.span(q.start, q.end)[0] \
                            and re.search(r"(?<![a-z])dat[ \t]+$", f[max(0, q.start - 12):q.start]) \
                            and prev_in_sentence and prev_in_sentence[-1].value == q.value:
                        prev.of = q.of          # '4 hợp tác xã, đạt 4/6 chỉ tiêu': one result, of 6
                        prev_in_sentence.append(q)
                        continue
                    outcomes.append(Outcome(doc_for(q.start), text, q.value, q.unit or None, of,
                                            span=p.span(q.start, q.end)))
                prev_in_sentence.append(q)
    return targets, outcomes


def _item_text(t: str, f: str, c: Segment, q: Quantity) -> str:
    # from the start of the list item / clause to the end of the quantity's phrase
    start = c.start
    for m in _ITEM_START.finditer(f, c.start, q.start):
        start = m.start() if m.group(0).startswith("(") else m.end()
    end = q.end
    nxt = re.compile(r"[;(]|\.(?:\s|$)").search(f, q.end, c.end)
    end = nxt.start() if nxt else c.end
    return clean_ws(t[start:end]).strip(" ,:")[:300]
