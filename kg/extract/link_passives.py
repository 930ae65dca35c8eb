"""Links said in the passive, the document changed or guided named first: 'Nghị định số 178/2024/NĐ-CP được sửa đổi,
bổ sung bởi Nghị định số 67/2025/NĐ-CP' (the later decree amends the first), 'Chỉ thị số 05/CT-UBND đã được thay thế bằng
Chỉ thị số 12/CT-UBND' (replaces), 'Luật ... được hướng dẫn / quy định chi tiết tại Nghị định số ...' (guides)."""
from __future__ import annotations

import re

from kg.extract.documents import DocumentFinder
from kg.extract.link_items import item_list
from kg.extract.mention_model import Mention
from kg.extract.text import vi

_PASSIVE = re.compile(vi(r"[ \t]*[,(]?[ \t]*(?:(?:đã|vừa|đã lần lượt)[ \t]+)?được[ \t]+(?P<cue>sửa đổi,?[ \t]+bổ sung|sửa đổi|bổ sung"
                         r"|thay thế|(?:hướng dẫn|quy định chi tiết)(?:[ \t]+thi hành)?)(?:[ \t]+một số điều)?"
                         r"[ \t]+(?:bởi|bằng|tại|theo)[ \t]+"))
_TYPE = {vi("thay thế"): "replaces", vi("hướng dẫn"): "guides", vi("quy định chi tiết"): "guides"}


def passive_links(df: DocumentFinder) -> list[tuple[str, str, Mention, Mention]]:
    """(subject, link type, object, subject's mention) for every passive change or guidance: the documents after the
    cue (a list of them too) do to the one named before it what the cue says."""
    f = df.f
    if "duoc" not in f:
        return []
    keyed = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]
    starts = [m.start for m in keyed]
    out: list[tuple[str, str, Mention, Mention]] = []
    for a in keyed:
        p = _PASSIVE.match(f, max(a.end, a.tail_end))
        if p is None:
            continue
        cue = p.group("cue")
        typ = next((v for k, v in _TYPE.items() if cue.startswith(k)), "amends")
        end = f.find(".", p.end())
        for b in item_list(df, p.end(), len(f) if end < 0 else end, keyed, starts):
            if b.key and b.key != a.key:
                out.append((b.key, typ, a, b))
    return out
