"""Links between documents: '<A> (về|để|nhằm) thực hiện <B>' (implements), 'tiếp tục thực hiện'
(continues), 'hướng dẫn' (guides), 'sửa đổi, bổ sung' (amends), 'thay thế/bãi bỏ' (replaces),
'căn cứ' (based_on); A may be a planned or descriptive document, B a coordinated list. A sentence
opening with a demonstrative ('Đây là các văn bản ... để cụ thể hóa, triển khai thực hiện <B>')
links the documents the text is about (its headline documents) to B."""
from __future__ import annotations

import re

from kg.extract.documents import CUE_RE, DocumentFinder, Mention, link_type
from kg.facts import Link

_DEMONSTRATIVE = re.compile(r"(?:^|[:.;]\s*)(?:day la|do la|cac (?:van ban|nghi quyet|chuong trinh|ke hoach) (?:nay|tren))(?![a-z])")
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

    for mn in df.mentions:
        if not mn.key or not mn.cue:
            continue
        typ, pos = mn.cue
        for o in df.object_group(pos):
            add(mn.key, typ, o.key, df.p.span(mn.start, o.end))
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
