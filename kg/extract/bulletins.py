"""A news bulletin (bản tin) of several items, each under its own heading ('1. QUẢNG TRỊ HỖ TRỢ HỌC SINH BÁN TRÚ',
'LẠNG SƠN: CHỈ THỊ VỀ PHÒNG CHÁY RỪNG') and each on its own documents and province: the text has no document of its
own, and a fact of one item belongs to a document that item names, never to one of another
item, which a review or a list named before would otherwise hand it to."""
from __future__ import annotations

from bisect import bisect_right

from kg.extract.mention_model import Mention
from kg.extract.scope_close import section_headings
from kg.extract.text import Segment


def bulletin_items(mentions: list[Mention], f: str, paras: list[Segment]) -> list[int]:
    """Where each item of a bulletin starts (its heading's paragraph), or nothing where the text is none: two section
    headings or more, two sections or more naming documents, and no document named in two sections (an article on one
    document names it again, or the one it carries out, under its later headings)."""
    heads = section_headings(f, paras)
    if len(heads) < 2:
        return []
    starts = [paras[i].start for i in heads]
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.key and m.kind != "planned":
            named.setdefault(bisect_right(starts, m.start), set()).add(m.key)
    items = [keys for k, keys in named.items() if k > 0]
    if len(items) < 2 or sum(len(keys) for keys in named.values()) != len(set().union(*named.values())):
        return []
    return starts


def item_document(mentions: list[Mention], starts: list[int], pos: int, key: str | None) -> str | None:
    """The document a fact at ``pos`` of a bulletin belongs to: ``key`` where its own item names it, else the last
    document its item names before it, else the item's first, else none (an item on no document)."""
    k = bisect_right(starts, pos)
    if k == 0:
        return key
    lo = starts[k - 1]
    hi = starts[k] if k < len(starts) else pos + (1 << 40)
    in_item = [m for m in mentions if m.key and m.kind != "planned" and lo <= m.start < hi]
    if any(m.key == key for m in in_item):
        return key
    before = [m for m in in_item if m.start < pos]
    return (before[-1] if before else in_item[0]).key if in_item else None


def confine_to_items(mentions: list[Mention], starts: list[int], facts) -> None:
    """Give each fact (a target, an outcome, an assignment: offsets of the prepared text) of a bulletin's item that has
    a document a document of its own item (``item_document``); one without stays without."""
    for x in facts:
        if x.document is not None:
            x.document = item_document(mentions, starts, x.span[0], x.document)
