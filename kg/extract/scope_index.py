"""The documents a text is about, indexed for the scope queries (kg.extract.scope): its own document and where its
lead ends, the chains of documents it carries out, amends or is based on, the documents its review conferences
review, the years it reports on and plans for, and its mentions by position (sentence, paragraph, list group).
``ScopeIndex.build`` reads them once a text; the lookups here answer from the index alone."""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Self

from kg.extract.mention_model import DocInfo, Mention
from kg.extract.documents import DocumentFinder
from kg.extract.modality import report_title
from kg.extract.quantity_cues import subject_end
from kg.extract.report_scope import ASSESSES_RESULTS, ON_RESULTS, answered, reported_on
from kg.extract.scope_goals import approved_word_key
from kg.extract.scope_close import mention_groups, named_in_passing, section_headings
from kg.extract.scope_quotes import quoted_wordings
from kg.extract.session_reviews import session_reviewed
from kg.extract.review_plans import plans_with_own_goals
from kg.extract.text import Prepared, Segment, folded_pattern
from kg.extract.text_focus import LOCAL_LEVELS, heading_key

_REVIEWS = ("sơ kết", "tổng kết")
_REPORT_WORD = folded_pattern(r"(?<![a-z])báo cáo(?![a-z])")


@dataclass
class ScopeIndex:
    p: Prepared
    mentions: list[Mention]
    docs: dict[str, DocInfo]
    sents: list[Segment]
    paras: list[Segment]
    main_doc: str | None = None
    main_doc_end: int = 0
    upstream: set[str] = field(default_factory=set)
    local_for: dict[str, str] = field(default_factory=dict)
    basis_of: dict[str, str] = field(default_factory=dict)
    up_of: dict[str, str] = field(default_factory=dict)
    old_of: dict[str, str] = field(default_factory=dict)      # the document each one amends or replaces
    old_pairs: set[tuple[str, str]] = field(default_factory=set)    # every (new, old) of them
    review_date: _dt.date | None = None
    base_year: int | None = None
    ref_year: int | None = None
    groups: list[tuple[int, str]] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    passing: set[int] = field(default_factory=set)     # starts of mentions named in passing (scope_close)
    report_doc: str | None = None       # the document a report's title says it reports on
    reviewed_alone: str | None = None   # the one document the text's review conferences review, if one
    own_goals: set[str] = field(default_factory=set)    # plans said issued with goals of their own (review_plans)
    amended: str | None = None          # the one document the text's own amends, if one
    quoted: list[tuple[int, int]] = field(default_factory=list)     # the new wordings it quotes for it (scope_quotes)

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, p: Prepared, df: DocumentFinder, docs: dict[str, DocInfo], links, events, dates,
              sents: list[Segment], paras: list[Segment], main_doc: str | None, tdate: _dt.date | None) -> Self:
        sc = cls(p, df.mentions, docs, sents, paras, main_doc=main_doc)
        f = p.folded
        sc.passing = named_in_passing(p, df.mentions)
        sc.own_goals = plans_with_own_goals(df.mentions, f)
        title = report_title(f)
        if title is not None and _REPORT_WORD.search(f, max(0, title[0] - 16), title[0] + 8):
            # 'BÁO CÁO\nKết quả thực hiện Kế hoạch số 35/KH-UBND ...': the first document its title names (an official
            # report's, not a news page's headline)
            sc.report_doc = next((m.key for m in df.mentions if m.key and m.kind != "planned"
                                  and title[0] <= m.start < title[1]), None)
        # (also a report whose title names no carrying out: 'Tình hình kinh tế - xã hội 6 tháng đầu năm ...')
        sc.report_doc = answered(docs, sc.main_doc, links, f[title[0]:title[1]] if title else "", sc.report_doc)
        sc._chains(links)
        amended = {x.to for x in links if main_doc and x.from_ == main_doc and x.type == "amends"}
        if len(amended) == 1:
            sc.amended, sc.quoted = amended.pop(), quoted_wordings(f)
        sc._review(events, links)
        # (what a local plan carries out; a central document's local plan is found by its chain, local_for, and a
        # reviewed one stays in context)
        carried = {x.from_: x.to for x in links if x.type == "implements" and x.to not in sc.local_for
                   and x.to not in sc.reviewed and (d := docs.get(x.from_)) is not None and d.level in LOCAL_LEVELS}
        sc.groups = mention_groups([m for m in df.mentions if m.start not in sc.passing], f, carried)
        sc._main_doc_end()
        sc._years(dates, tdate)
        sc._index()
        return sc

    def _chains(self, links) -> None:
        docs, main_doc = self.docs, self.main_doc
        # documents the text's own plan implements: results and tasks in context belong to the plan
        self.upstream = {x.to for x in links if main_doc and x.from_ == main_doc}
        for x in links:
            a, b = docs.get(x.from_), docs.get(x.to)
            if a and b and b.level == "central" and a.level in LOCAL_LEVELS \
                    and x.type in ("implements", "continues") and a.number is not None:
                self.local_for.setdefault(x.to, x.from_)
        # a document cited as legal basis ('trên cơ sở Nghị định ...', 'căn cứ ...'): what the text says
        # next about goals and results is about the document built on it
        for x in links:
            if x.type == "based_on":
                self.basis_of.setdefault(x.to, x.from_)
        for x in links:
            if x.type in ("implements", "continues"):
                self.up_of.setdefault(x.from_, x.to)
            elif x.type in ("amends", "replaces"):
                self.old_of.setdefault(x.from_, x.to)
                self.old_pairs.add((x.from_, x.to))

    def _review(self, events, links) -> None:
        """At a review of X, what X builds on (its basis, the document it implements) is context,
        not the subject of the results; a plan issued after the review is not the review's."""
        docs = self.docs
        # (a working session on the results of carrying out a document reviews it: 'làm việc với ... về kết quả thực hiện')
        reviews = [e for e in events if e.type in _REVIEWS or (e.span is not None and len(self.p.text) == len(self.p.source) and (
                   (e.type == "làm việc" and ON_RESULTS.search(self.p.folded, *e.span)) or ASSESSES_RESULTS.search(self.p.folded, *e.span)))]
        own = reported_on(self.p, self.mentions, docs, self.main_doc)     # (what the text reports on or supervises)
        own += session_reviewed(self.p, self.mentions)     # (or a sitting considers the carrying out of)
        self.reviewed = list(dict.fromkeys([k for e in reviews for k in e.reviews] + own))
        reviewed = set(self.reviewed)
        by_review = {k for e in events if e.type in _REVIEWS for k in e.reviews}
        self.reviewed_alone = next(iter(by_review)) if len(by_review) == 1 and len(self.reviewed) == 1 else None
        dates = [e.date for e in events if e.type in _REVIEWS and e.date]
        self.review_date = max(dates) if dates else None
        md = docs.get(self.main_doc) if self.main_doc else None
        if md is not None and self.review_date and md.date and md.date > self.review_date \
                and md.key != heading_key(self.mentions, self.p.folded):     # (an official text's own stays its own)
            self.main_doc, self.upstream = None, set()
        for x in links:
            if x.from_ in reviewed and x.to not in reviewed and x.type in ("based_on", "implements", "continues") \
                    and (x.type == "based_on" or (docs.get(x.from_) and docs[x.from_].level in LOCAL_LEVELS)):
                self.basis_of.setdefault(x.to, x.from_)

    def _main_doc_end(self) -> None:
        """Where the text's own prescriptive content may begin: after its document's first full mention."""
        key = self.main_doc
        if not key:
            return
        end = max((max(m.tail_end, m.end) for m in self.mentions if m.key == key and m.kind != "resolved"), default=0)
        self.main_doc_end = min((m.tail_end for m in self.mentions if m.key == key and m.kind == "numbered"),
                                default=end)

    def _years(self, dates, tdate: _dt.date | None) -> None:
        md = self.docs.get(self.main_doc) if self.main_doc else None
        self.base_year = md.date.year if md is not None and md.date else None
        self.ref_year = tdate.year if tdate else self.base_year
        self.base_year = None if md is not None and md.type == "BC" else self.base_year     # (a report presents no plan)
        if self.ref_year is None:
            # no page date: the year of the first dated happening ('Ngày 10/1/2025, ... tổ chức ...')
            self.ref_year = next((d.date.year for d in dates if d.time_word and d.has_year
                                  and not any(m.start <= d.start < max(m.tail_end, m.end) for m in self.mentions)),
                                 None)
        # a figure inside a document's name or subject ('Chương trình ... đối với 62 huyện nghèo') is
        # neither a goal nor a result of the text
        spans = sorted([(d.start, d.end) for d in dates] + [(m.start, subject_end(self.p, m)) for m in self.mentions])
        self._spans = spans
        self._span_starts = [a for a, _ in spans]

    def _index(self) -> None:
        self._mention_at = {m.start: m for m in self.mentions if m.key and m.kind != "planned"}
        self._starts = sorted(self._mention_at)
        self._sent_starts = [x.start for x in self.sents]
        self._para_starts = [x.start for x in self.paras]
        self._headings = section_headings(self.p.folded, self.paras)
        self._keyed = sorted((m.start, m.key) for m in self.mentions
                             if m.key and m.kind != "planned" and m.start not in self.passing)
        self._gstarts = [g[0] for g in self.groups]
        self._first_named: dict[str, int] = {}
        for at, key in self._keyed:
            self._first_named.setdefault(key, at)
        self._opener: dict[int, tuple[str | None, int]] = {}
        self._year_plans: dict[int, str | None] = {}     # by group: each group's answer is asked for by every figure
        self._task_plans: dict[str, str] | None = None   # unnumbered plans by key, their folded subjects (Scope.subject_doc)

    def plan_before(self, pos: int) -> str | None:
        """The plan another level set (a ``KH:`` document named as what figures are measured against) named last
        before ``pos`` in its paragraph."""
        pi = bisect_right(self._para_starts, pos) - 1
        pstart = self._para_starts[pi] if pi >= 0 else 0
        i = bisect_right(self._keyed, (pos, "")) - 1
        while i >= 0 and self._keyed[i][0] >= pstart:
            at, key = self._keyed[i]
            if key.startswith("KH:") and self._mention_at[at].yardstick:
                return key
            i -= 1
        return None

    def _reviewed_before(self, pos: int) -> str:
        """The reviewed document named last before ``pos``, else the first one reviewed. A reviewed document named only
        as what the document just before it carries out ('UBND tỉnh ban hành Kế hoạch số 21/KH-UBND triển khai Quyết
        định số 15/QĐ-TTg') is that plan's object, not what the text goes on about."""
        i = bisect_right(self._keyed, (pos, "\uffff")) - 1
        while i >= 0:
            if self._keyed[i][1] in self.reviewed and not self._object_of_previous(i):
                return self._keyed[i][1]
            i -= 1
        return self.reviewed[0]

    def _object_of_previous(self, i: int) -> bool:
        """The keyed mention ``i`` is the first object of the cue of the mention keyed before it ('Kế hoạch số 21
        thực hiện <it>'), a document that carries it out (kg.extract.links reads the cue)."""
        if i <= 0:
            return False
        prev = self._mention_at[self._keyed[i - 1][0]]
        return prev.cue is not None and prev.cue[1] == self._keyed[i][0] and self.up_of.get(str(prev.key)) == self._keyed[i][1]

    def doc_named_at(self, pos: int, bare: bool = False) -> str | None:
        """The document whose mention begins at ``pos`` (after blanks): '120% kế hoạch HĐND huyện giao'; with ``bare``,
        also a đề án named there by its type word alone (scope_goals)."""
        while pos < len(self.p.folded) and self.p.folded[pos] in " \t":
            pos += 1
        mn = self._mention_at.get(pos)
        return mn.key if mn is not None else (approved_word_key(self.p.folded, pos, self._keyed) if bare else None)

    def blocked(self, pos: int) -> bool:
        """``pos`` lies inside a date or a document mention (a number there is no quantity)."""
        spans, starts = self._spans, self._span_starts
        k = bisect_right(starts, pos) - 1
        while k >= 0 and spans[k][0] <= pos:
            if pos < spans[k][1]:
                return True
            k -= 1
            if k >= 0 and pos - spans[k][0] > 200:
                break
        return False

    def doc_in_year(self, key: str | None, year: int) -> str | None:
        """The document of a result of ``year``: up the implementation chain to one issued by then
        (an undated document counts as issued in the year of the text's plan)."""
        k, seen = key, set()
        while k and k not in seen:
            seen.add(k)
            d = self.docs.get(k)
            y = d.date.year if d is not None and d.date else self.base_year
            if y is None or y <= year:
                return k
            k = self.up_of.get(k)
        return key
