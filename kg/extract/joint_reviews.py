"""A review of two documents side by side (sơ kết, tổng kết of Nghị quyết 18 and Nghị quyết 19): a result whose
counted thing is the very thing one reviewed document's title is about goes to that one, not to the first the review
names ('giảm 6 đầu mối đơn vị sự nghiệp công lập' to the resolution '... hoạt động của các đơn vị sự nghiệp công lập';
tests/ANNOTATION.md (ak), rule 3). Not between a plan and what it carries out (their titles share a subject), nor a
result whose sentence names a document (rules 1 and 2 placed it). A pass after the figures are placed
(kg.extract.extract)."""
from __future__ import annotations

import re

from kg.extract.mention_model import DocInfo, Mention
from kg.extract.text import FOLDED_WORD, Prepared, fold_same_length, vi

# the words before the thing a title is about, at its end: '... hoạt động của các đơn vị sự nghiệp công lập', '... đối
# với những hợp tác xã nông nghiệp' (the article dropped)
_OBJECT_OF = re.compile(vi(r"(?<![a-z])(?:của|đối với|về)[ \t]+(?:(?:các|những)[ \t]+)?(?P<thing>[a-z]+(?:[ \t]+[a-z]+){1,7})$"))
_SENTENCE_BREAK = re.compile(r"[.;\n]")
# the fewest words of a title's thing to stand for it in a result's unit (one word, 'xã', is any count's)
_THING_WORDS = 2


def title_things(p: Prepared, events, links, docs: dict[str, DocInfo], outcomes,
                 mentions: list[Mention]) -> None:
    """Move a joint review's result from the document it sits on to the one reviewed beside it whose title's thing
    its unit names (see the module's docstring)."""
    carried = {(ln.from_, ln.to) for ln in links if ln.type == "implements"}  # (read once, not for each review)
    for ev in events:
        reviewed = [k for k in ev.reviews if k in docs]
        if len(reviewed) < 2:
            continue
        # (the reviewed documents that carry out none of the others: a local plan reviewed with what it carries out
        # shares its subject)
        side = [k for k in reviewed if not any((k, o) in carried for o in reviewed if o != k)]
        things = {k: t for k in side if (t := _thing(docs[k].subject))}
        if not things or len(side) < 2:
            continue
        for o in outcomes:
            if o.document not in side or not o.unit or o.span is None:
                continue
            unit = " ".join(FOLDED_WORD.findall(fold_same_length(o.unit.lower())))
            hits = [k for k, t in things.items() if re.search(rf"(?<![a-z]){re.escape(t)}(?![a-z])", unit)]
            if len(hits) == 1 and hits[0] != o.document and not _names_a_document(p, o.span, mentions):
                o.document = hits[0]


def _thing(subject: str | None) -> str | None:
    """The thing a title is about, folded, where its end names it after 'của / đối với / về' ('đơn vị sự nghiệp công
    lập'), of two words or more; else None."""
    if not subject:
        return None
    m = _OBJECT_OF.search(" ".join(FOLDED_WORD.findall(fold_same_length(subject.lower()))))
    return m.group("thing") if m and len(m.group("thing").split()) >= _THING_WORDS else None


def _names_a_document(p: Prepared, span: tuple[int, int], mentions: list[Mention]) -> bool:
    """Whether the sentence of the figure at ``span`` names a document (what it was achieved under, rule 1)."""
    w = max(0, span[0] - 400)
    a = max((m.end() for m in _SENTENCE_BREAK.finditer(p.folded, w, span[0])), default=w)
    b = m.start() if (m := _SENTENCE_BREAK.search(p.folded, span[1])) else len(p.folded)
    return any(a <= mn.start < b for mn in mentions if mn.key)
