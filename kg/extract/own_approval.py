"""What an official decision approves in its own heading or first article (phê duyệt), and the short name a text
declares for what it names ((sau đây) gọi tắt là ...). Read by kg.extract.unnumbered and kg.extract.documents.

A decision whose heading reads 'QUYẾT ĐỊNH / Phê duyệt Đề án ...' or whose first article opens 'Điều 1. Phê duyệt
Chương trình ...' carries that programme, đề án or strategy in its annex: the approved one has no number of its own
and is the decision (tests/ANNOTATION.md (b)). Once a text says '(sau đây gọi tắt là Đề án)', the bare type word
names that one again: the words after it go on the sentence ('UBND các xã trong vùng Đề án rà soát quỹ đất'), they
are no title of another đề án."""
from __future__ import annotations

import re

from kg.extract.document_dates import heading_number
from kg.extract.mention_model import Mention, key_by_approving_decision
from kg.extract.text import vi

# the heading's line under the decision's type word ('QUYẾT ĐỊNH\nVề việc phê duyệt ...'), or its first article
_HEADING_APPROVES = re.compile(vi(r"(?:quyết định|nghị quyết)[ \t]*\n[ \t]*(?:về việc[ \t]+)?phê duyệt[ \t]+$"))
_ARTICLE_APPROVES = re.compile(vi(r"(?<![^\n])[ \t]*điều 1[.:][ \t]*phê duyệt[ \t]+$"))
_REACH = 40
# the first heading of an official text's body ('I. TÌNH HÌNH ...', '1. Mục tiêu', 'Điều 1.'): its preamble ends there
# an official text's closing formula names its own document: 'Trên đây là Kế hoạch triển khai thực hiện ... của UBND xã'
_CLOSING = re.compile(vi(r"(?<![^\n])[ \t]*trên đây là[ \t]+$"))
_BODY_OPENS = re.compile(vi(r"\n[ \t]*(?:i|1|điều 1|phần (?:i|thứ nhất))[.:)][ \t]"))
# what a decision approves and carries in its annex, having no number of its own
APPROVED_TYPES = {"CTMTQG", "ĐA", "CL", "CTr"}
# the documents whose subject may be the programme or plan they carry, and the types so carried
_CARRIERS, _CARRIED = {"NQ", "QĐ"}, {"CTr", "KH", "ĐA", "CL"}
_DECLARED = re.compile(vi(r"gọi tắt là[ \t]+"))


def own_decision_approves(f: str, ordered: list[Mention], approved_types: set[str]) -> None:
    """Set ``approves`` on the text's own numbered decision for the programme, đề án or strategy its heading or
    first article approves (``ordered``: the keyed mentions by position; ``f``: the folded text)."""
    own = next((m for m in ordered if m.kind == "numbered" and m.type == "QĐ" and m.symbol is not None
                and heading_number(f, m.start, m.end)), None)
    if own is None or own.approves is not None:
        return
    for a in ordered:
        if a.kind != "named" or a.type not in approved_types or a.start < own.end:
            continue
        lo = max(0, a.start - _REACH)
        if _ARTICLE_APPROVES.search(f, lo, a.start) or _HEADING_APPROVES.search(f, lo, a.start):
            own.approves = a
            return


def declared_short_name(f: str, s: int, e: int) -> bool:
    """Whether the type word at ``s``..``e`` (folded text) was declared before as the short name of one the text
    named ('... (sau đây gọi tắt là Đề án)'): a literal look back, no scan of the text."""
    i = f.rfind("goi tat la", 0, s)
    if i < 0:
        return False
    m = _DECLARED.match(f, i)
    word = f[s:e]
    return m is not None and f.startswith(word, m.end()) and f[m.end() + len(word):m.end() + len(word) + 1] in (")", "”", '"')


def key_by_approval(f: str, mentions: list[Mention]) -> None:
    """Key what approving decisions carry by those decisions (kg.extract.mention_model.key_by_approving_decision),
    the text's own decision's heading or first article counted (``f``: the folded text)."""
    own_decision_approves(f, sorted((m for m in mentions if m.key), key=lambda m: m.start), APPROVED_TYPES)
    _key_by_subject(mentions)
    _own_named_again(f, mentions)
    key_by_approving_decision(mentions)


def _key_by_subject(mentions: list[Mention]) -> None:
    """A programme or plan that opens the subject of a resolution or decision ('Nghị quyết số 03/NQ-CP ... về Chương
    trình hành động thực hiện ...', 'Nghị quyết ... của HĐND tỉnh về Kế hoạch ...') is carried by it, as one the
    resolution says it issues ('ban hành') is: it takes the resolution's key (tests/ANNOTATION.md (b)), and so do the
    other mentions of its title. A letter or report about a plan ('Công văn số ... về Kế hoạch ...') carries none."""
    at = {m.start: m for m in mentions if m.type in _CARRIED and m.symbol is None and m.key}
    for c in mentions:
        if c.kind != "numbered" or c.type not in _CARRIERS or c.subject_span is None or not c.key:
            continue
        x = at.get(c.subject_span[0])
        if x is None or x.key == c.key:
            continue
        titled = x.key if x.kind == "named" else None
        for m in mentions if titled else (x,):
            if m is x or (m.key == titled and m.symbol is None):
                m.key, m.type, m.number = c.key, c.type, c.number



def _own_named_again(f: str, mentions: list[Mention]) -> None:
    """An official text's closing formula names its own document ('Trên đây là Kế hoạch triển khai ...'), and so does
    a preamble that names the text's own document by its issuer and subject ('..., Ban Chấp
    hành Đảng bộ phường thống nhất ban hành Nghị quyết về tăng cường ... năm 2026.' under 'Số 07-NQ/ĐU'): that is the
    document the heading numbers, not another of its type. Only before the body's first heading, and only for one of
    the heading's type and issuer ('Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về ...' in a ward's resolution is the
    province's)."""
    own = next((m for m in mentions if m.kind == "numbered" and m.symbol is not None and m.key
                and heading_number(f, m.start, m.end)), None)
    if own is None or own.symbol is None:
        return
    body = _BODY_OPENS.search(f, own.end)
    end = body.start() if body else -1
    for m in mentions:
        if m.type != own.type or m.symbol is not None or not m.key or m.key == own.key:
            continue
        if (m.start < end and m.kind == "named" and m.explicit_issuer and m.issuer_code == own.symbol.issuer
                and " về " in m.key) or _CLOSING.search(f, max(0, m.start - 16), m.start):
            m.key, m.kind, m.number = own.key, "resolved", own.number
