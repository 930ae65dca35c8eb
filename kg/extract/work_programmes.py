"""A body's yearly work programme (chương trình công tác, chương trình kiểm tra, giám sát năm ...) that a text carries
out or builds on: 'Thực hiện Chương trình kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Tỉnh ủy, ...', 'Căn cứ
Chương trình công tác năm 2026 của Trung ương Hội Cựu chiến binh Việt Nam; ...', 'Thực hiện Chương trình kiểm tra,
giám sát năm 2025, Ủy ban Kiểm tra Tỉnh ủy đã ...'. Such a programme has no number in the text; it is a document
without one, keyed by its title and its owner (``CTr:kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Tỉnh ủy``).
Only where the owner is named (after 'của', or as the subject of the clause the opening leads into): a programme
named by its year alone is the writer's own routine, no document (tests/devtexts23 d23_05). A pass of
kg.extract.unnumbered.UnnumberedDocuments, like kg.extract.assigned_plans."""
from __future__ import annotations

import re

from kg.extract.bodies import issuer_info
from kg.extract.mention_model import Mention
from kg.extract.text import clean_ws, norm_body, vi

# the cue that opens the sentence on it, before the type word; the kind of work and its year after it ('title')
_CUE_BEFORE = re.compile(vi(r"(?:(?<![^\n])|(?<=[.;:]))[ \t]*(?:(?:để|nhằm)[ \t]+)?(?:thực hiện|triển khai|căn cứ(?:[ \t]+vào)?)"
                            r"[ \t]+$"))
_TITLE = re.compile(vi(r"[ \t]+(?P<title>(?:công tác|kiểm tra|giám sát|kiểm tra,[ \t]*giám sát|hoạt động)(?:[ \t]+trọng tâm)?"
                       r"[ \t]+năm[ \t]+(?:19|20)\d\d)(?![\d/])"))
# the owner: 'của <body>' up to the end of the name, or the body the clause after the opening is about
_OWNER_OF = re.compile(r"[ \t]+của[ \t]+(?P<owner>[^\W\d_][^,;.:()\n]{2,80}?)[ \t]*(?=[,;.:(\n]|$)")
_OWNER_ACTS = re.compile(r"[ \t]*,[ \t]*(?P<owner>(?:Ủy ban|Ban|Thường trực|Đảng ủy|Hội|Đoàn)[^,;.:()\n]{2,60}?)[ \t]+"
                         r"(?:đã|đang|sẽ|tiến hành|tổ chức)(?![^\W\d_])")


def work_programmes(t: str, f: str) -> list[Mention]:
    """The work programmes ``t`` (folded ``f``) carries out or builds on, whose owner it names (see the module)."""
    out = []
    s = f.find("chuong trinh")
    while s >= 0:       # (each type word looked at where it stands, no scan of the text per position)
        m = _TITLE.match(f, s + len("chuong trinh"))
        at, s = s, f.find("chuong trinh", s + 1)
        if m is None or not t[at].isupper() or _CUE_BEFORE.search(f, max(0, at - 40), at) is None:
            continue
        e = m.end("title")
        own = _OWNER_OF.match(t, e)
        if own is None or not t[own.start("owner")].isupper():     # (a name, not 'của đơn vị')
            own = _OWNER_ACTS.match(t, e)
            if own is None:
                continue
        owner = norm_body(t[own.start("owner"):own.end("owner")])
        mn = Mention(at, own.end("owner") if t.startswith(" của", e) else e, "CTr", None, None, kind="named",
                     key=f"CTr:{clean_ws(t[m.start('title'):e])} của {owner}")
        mn.issuer, mn.explicit_issuer = owner, True
        mn.issuer_code, mn.issuer_level, _ = issuer_info(owner)
        mn.subject = clean_ws(t[m.start("title"):e])
        out.append(mn)
    return out
