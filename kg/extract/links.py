"""Links between documents: '<A> (về|để|nhằm) thực hiện <B>' (implements), 'tiếp tục thực hiện'
(continues), 'hướng dẫn' (guides), 'sửa đổi, bổ sung' (amends), 'thay thế/bãi bỏ' (replaces),
'căn cứ' (based_on); A may be a planned or descriptive document, B a coordinated list. A sentence
opening with a demonstrative ('Đây là các văn bản ... để cụ thể hóa, triển khai thực hiện <B>')
links the documents the text is about (its headline documents) to B."""
from __future__ import annotations

import re

from kg.extract.documents import CUE_RE, LIST_GAP, DocumentFinder, Mention, link_type
from kg.facts import Link

_DEMONSTRATIVE = re.compile(r"(?:^|[:.;]\s*)(?:day la|do la|cac (?:van ban|nghi quyet|chuong trinh|ke hoach) (?:nay|tren))(?![a-z])")
_CLAUSE_CUE = re.compile(
    r"(?<![a-z])(?P<cue>tiep tuc (?:trien khai )?thuc hien|cu the hoa,? (?:trien khai )?thuc hien|(?:trien khai )?thuc hien|"
    r"cu the hoa|the che hoa|huong dan(?: thuc hien)?|sua doi,? bo sung(?: mot so dieu cua)?|thay the|"
    r"can cu(?: vao)?|tren co so|theo tinh than|trien khai)[ \t]+(?:co hieu qua[ \t]+|day du[ \t]+|nghiem tuc[ \t]+|tot[ \t]+)?")
# what ends the clause of the subject document before a cue: another clause, a directive verb
_GAP_STOP = re.compile(r"[.;:\n]|(?<![a-z])(?:yeu cau|giao|de nghi|chi dao|kien nghi|doi hoi|trong do|"
                       r"tap trung|quan triet|tuyen truyen|to chuc|ket qua|sau khi|khi|neu|khang dinh|nhan manh|chi ro|so ket|tong ket|danh gia|bao cao)(?![a-z])|\d+[ \t]+(?:nam|thang)(?![a-z])")
# 'gắn với thực hiện Quy định số 144-QĐ/TW': done alongside, not an implementation of it
_ALONGSIDE = re.compile(r"(?<![a-z])(?:gan (?:lien )?voi|ket hop voi|song song voi|cung voi|dong thoi voi)[ \t]+(?:viec[ \t]+)?$")
_DEMO_CUE = re.compile(r"(?:de|nham)[ \t]+(?P<cue>(?:cu the hoa,?[ \t]+)?(?:trien khai[ \t]+)?(?:tiep tuc[ \t]+)?thuc hien|cu the hoa)[ \t]+")


def find_links(df: DocumentFinder, focus: list[str], sentences) -> list[Link]:
    out: list[Link] = []
    seen: set[tuple[str, str, str]] = set()

    def add(a: str, typ: str, b: str, span):
        if not a or not b or a == b:
            return
        k = (a, typ, b)
        if k not in seen:
            seen.add(k)
            out.append(Link(a, typ, b, span=span))

    ordered = sorted((m for m in df.mentions if m.key and m.kind != "planned"), key=lambda x: x.start)
    for mn in df.mentions:
        if not mn.key or not mn.cue:
            continue
        typ, pos = mn.cue
        objs = df.objects_at(pos, mn.key)
        for o in objs:
            add(mn.key, typ, o.key, df.p.span(mn.start, o.end))
        if not objs or mn.kind == "planned":
            continue
        # a coordinated subject: 'Chương trình số 31-CTr/TU ngày ... và Kế hoạch số 120-KH/TU ... thực hiện X'
        okeys = {o.key for o in objs}
        i = next((k for k, m in enumerate(ordered) if m is mn), -1)
        cur = mn
        for prev in reversed(ordered[:max(i, 0)]):
            end = max(prev.tail_end, prev.end)
            g = LIST_GAP.match(df.f, end, cur.start) if cur.start >= end else None
            if not g or g.end() != cur.start or cur.start - end > 8 or prev.cue or prev.key in okeys \
                    or prev.symbol is None or mn.symbol is None or prev.symbol.issuer != mn.symbol.issuer \
                    or prev.type == mn.type or any(o.symbol is None or o.symbol.issuer == mn.symbol.issuer for o in objs):
                break               # same issuer, different kinds, objects from elsewhere
            for o in objs:
                add(prev.key, typ, o.key, df.p.span(prev.start, o.end))
            cur = prev
    # '<A> (đã|là ... nhằm|được ... thông qua trên cơ sở) <cue> <B>': the cue later in A's clause
    ms = sorted((m for m in df.mentions if m.key), key=lambda x: x.start)
    starts = [m.start for m in ms]
    for i, mn in enumerate(ms):
        if mn.kind == "planned" or (mn.cue and df.objects_at(mn.cue[1], mn.key)):
            continue
        a = max(mn.tail_end, mn.end)
        nxt = next((o.start for o in ms[i + 1:] if o.start >= a), len(df.f))
        lim = min(nxt + 1, a + 160, len(df.f))
        for c in _CLAUSE_CUE.finditer(df.f, a, lim):
            gap = df.f[a:c.start()]
            if _GAP_STOP.search(gap) or _ALONGSIDE.search(gap):
                break
            objs = df.objects_at(c.end(), mn.key)
            if objs:
                for o in objs:
                    add(mn.key, link_type(c.group("cue")), o.key, df.p.span(mn.start, o.end))
                break
    # demonstrative subject -> the headline documents
    f = df.f
    for s in sentences:
        m = _DEMONSTRATIVE.search(f, s.start, s.end)
        if not m:
            continue
        c = _DEMO_CUE.search(f, m.end(), s.end)
        if not c:
            continue
        between = [x for x in df.mentions if m.end() <= x.start < c.start() and x.kind in ("numbered", "alias")]
        if between:
            continue
        objs = df.object_group(c.end())
        for a in focus:
            for o in objs:
                add(a, link_type(c.group("cue")), o.key, df.p.span(m.start(), o.end))
    return out
