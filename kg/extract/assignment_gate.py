"""Sentences the assignment reader (kg.extract.assignments) may leave before it reads their bodies (issue 12).

A sentence gives an assignment only where a role is read from it: a verb that carries one (the lead, monitor and
participate verbs of kg.extract.task_verbs, studying a document, an unnamed plan issued), a duty ('chịu trách nhiệm'), a hand-over ('giao',
'đề nghị', 'chỉ đạo' ...), a standing office, a table's column label, a purpose's bodies ('để <bodies> ...'), or the
default role of a sentence that directs (a plan's own text, a speaker's request, the items under a heading that
directs them; the caller knows those). A sentence that names none of these words gives nothing, and its bodies and
verbs would be read only for what the next sentence may carry over from it ('... Phối hợp với ...' goes on with its
subject): where the next sentence cannot (it opens another paragraph, or on no verb), the sentence can be left at
once. A heading line is never left: it names the bodies of the items under it.

The words are taken from the constants and patterns the reader uses, so that a new verb or phrase there is a cue here
too; a new way to give a role without any of these words has to be added here as well (the tests compare the reader
with and without leaving sentences on the development texts)."""
from __future__ import annotations

import re

from kg.extract.alternation import grouped
from kg.extract.assignment_clauses import after_colon
from kg.extract.assignment_cues import (
    ANSWERS_FOR,
    BEFORE_SUBJECT,
    CAUSATIVE,
    CHARGE,
    DIRECTIVE,
    FAR_CUE,
    LEADIN,
    MID_LEAD,
    NUMBERED,
    PURPOSE_SUBJECT,
)
from kg.extract.literals import required_words
from kg.extract.task_phrases import ROLE_LABEL, STANDING
from kg.extract.task_verbs import ISSUE_PLAN, LEAD_VERBS, MONITOR_VERBS, PARTICIPATE_VERBS, STUDIES


def _words(*patterns: re.Pattern) -> set[str]:
    out: set[str] = set()
    for p in patterns:
        words = required_words(p)
        if words is None:
            raise ValueError(f"no words stand in every match of {p.pattern!r}")
        out.update(words)
    return out


# (no word boundary before a word: a chain's verbs are read where the bodies before them end; studying a document
# gives a part to a body nothing directs where the chain goes on to carrying it out: kg.extract.task_verbs's
# carries_out_document)
_CUE_WORDS = (LEAD_VERBS | MONITOR_VERBS | PARTICIPATE_VERBS | STUDIES | ANSWERS_FOR | CAUSATIVE
              | _words(DIRECTIVE, STANDING, ROLE_LABEL, CHARGE, FAR_CUE, MID_LEAD, PURPOSE_SUBJECT))
ROLE_CUE = re.compile("(?:" + grouped([ISSUE_PLAN] + [re.escape(w) for w in sorted(_CUE_WORDS, key=lambda w: (-len(w), w))])
                      + ")(?![a-z])")
# the purpose's 'để' as written: its folded 'de' is also 'đề' ('vấn đề') and 'dễ'
_PURPOSE = re.compile(r"(?:nham )?de$")


def names_a_role(t: str, f: str, start: int, end: int) -> bool:
    """Does a word a role or a hand-over is read by stand in f[start:end]?"""
    for m in ROLE_CUE.finditer(f, start, end):
        if not _PURPOSE.match(m.group()) or t[m.end() - 2:m.end()].lower() == "để":
            return True
    return False


def may_leave(t: str, f: str, sentences: list, i: int, para_of) -> bool:
    """Whether sentence ``i`` can give no assignment and leaves the reader nothing to carry on, for a sentence that
    nothing around it directs (the caller's test): no heading line, no word of a role or a hand-over (nor right before
    it, where 'giao' and 'chỉ đạo' are looked for before a subject), and no next sentence in its paragraph that could
    go on with its subject (one that opens on a verb, or on a remit and then a verb)."""
    s = sentences[i]
    if t[s.start:s.end].rstrip().endswith(":") or NUMBERED.match(t, s.start):
        return False
    if names_a_role(t, f, max(0, s.start - BEFORE_SUBJECT), s.end):
        return False
    if i + 1 < len(sentences):
        nxt = sentences[i + 1]
        if para_of(nxt.start) == para_of(s.start) and (
                f.startswith(";", nxt.start) or after_colon(f, LEADIN.match(f, nxt.start).end()) is not None):
            return False
    return True


def asks_question(t: str, s) -> bool:
    """Whether sentence ``s`` asks a question ('PV: Thưa đồng chí, Tỉnh ủy đã lãnh đạo triển khai Nghị quyết 68 như thế
    nào?'): an interviewer's question names bodies and their work, and gives nobody a task."""
    return t[s.start:s.end].rstrip(" \t\"”')").endswith("?")


# a sentence whose subject is the voters (or the people) and whose verb asks: 'Cử tri xã Hùng Sơn kiến nghị tỉnh sớm nâng
# cấp ...', 'Nhiều cử tri đề nghị Quốc hội, Chính phủ quan tâm ...', 'Ông Trần Văn Nam, cử tri xã Động Đạt, đề nghị ...'
# (read on the source text; not 'Tiếp thu ý kiến cử tri, ông ... đề nghị ...', whose subject is the official answering)
_CITIZENS_ASK = re.compile(r"[ \t]*(?:-[ \t]*)?(?:(?:ông|bà|anh|chị)[ \t]+[^\W\d_][^,.;:\n\d]{1,40},[ \t]*)?"
                           r"(?:(?:nhiều|một số|các|đa số|hầu hết)[ \t]+)?(?:cử tri|người dân|bà con)(?![^\W\d_])"
                           r"[^.;:\n]{0,80}?(?<![^\W\d_])(?:đề nghị|kiến nghị|đề xuất|mong muốn|phản ánh)(?![^\W\d_])", re.I)


# a page's masthead over its section, a line of its own: the site's name in capitals, then the section's label ('HĐND TỈNH
# QUẢNG NINH - Hoạt động giám sát', 'BÁO LẠNG SƠN | Chính trị'): a name and a menu, no sentence
_MASTHEAD = re.compile(r"[ \t]*(?P<site>[^\W\d_][^\n|–-]{2,60}?)[ \t]+[-–|][ \t]+[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,5}"
                       r"[ \t]*$")


_MASTHEAD_REACH = 300      # (the characters of a page's head it is looked for in)


def is_masthead(t: str, s) -> bool:
    """Whether sentence ``s`` is a page's masthead line (``_MASTHEAD``), a whole line among the page's first, its site's
    name all in capitals."""
    if s.start > _MASTHEAD_REACH or s.start and t[s.start - 1] != "\n" or not t.startswith("\n", s.end):
        return False
    m = _MASTHEAD.match(t, s.start, s.end)
    return m is not None and m.group("site").isupper()


def gives_no_task(t: str, s) -> bool:
    """Whether sentence ``s`` gives nobody a task whatever bodies and verbs it names: a question (``asks_question``), a
    page's masthead (``is_masthead``), or a request the voters or the people make ('Cử tri xã La Bằng đề nghị UBND
    huyện đẩy nhanh ...'): citizens' requests, not tasks (the annotators' decision for a deputies' meeting with voters;
    the officials' answers that assign work give rows)."""
    return asks_question(t, s) or is_masthead(t, s) or _CITIZENS_ASK.match(t, s.start, s.end) is not None
