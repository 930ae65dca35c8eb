"""Extraction stage: Vietnamese news / official text in, `facts` out (pure Python).

    from kg.extract import extract
    facts = extract(text, source="001.txt")
    facts.to_dict()           # the contract JSON

The pipeline: prepare the text (NFC, folded copy, sentences, paragraphs) -> dates -> document
mentions and documents -> the text's own and lead documents -> links -> events -> scope (which
document each offset is about, kg.extract.scope; a lower level's own paragraph, kg.extract.level_paragraphs)
-> targets and outcomes (handed on by kg.extract.report_scope; a storm's damage and a disease's cases dropped by
kg.extract.damage) -> assignments -> place.
Documents are found in layers (kg.extract.documents on document_keys, on unnumbered, which asks
kg.extract.meeting_documents for what a meeting adopts, on approving_decisions, on document_aliases, on document_dates, on document_mentions, on mention_words and mention_model): a module imports only
the layers below it. May import ``kg.text`` and ``kg.facts``; never RDF, the store or the adapters (``kg.ingest``
calls in).

Modules, by what they read. The text: ``text`` (preparation, folding, segments), ``written_forms`` (one form for a
dash, a quote, a day with dots or dashes, thousands parted by spaces), ``alternation`` and
``literals`` (long regexes made fast), ``numbers``, ``dates``. Documents: ``mention_words`` (the words
of a mention), ``mention_model`` (its records), ``document_mentions`` (one mention's tail),
``document_dates`` (issue dates), ``document_aliases`` (one document under several wordings), ``document_titles`` (where a title ends),
``unnumbered`` (documents without a number, with ``assigned_plans``: the quotas another level set, and ``work_programmes``: a
body's yearly work programme; ``approving_decisions``: a programme tied to the decision that approved it; ``numbered_mentions``: the numbered mentions by position), ``own_approval`` (what a decision's own heading approves; a text's own document named again),
``meeting_documents`` (what a meeting adopts), ``signed_programmes`` (a joint programme two bodies sign), ``discussed_plans`` (the plan of a year's tasks a meeting discusses),
``congresses`` (a congress's resolution), ``laws`` (laws by name and date), ``documents`` (the finder, with ``document_keys``: the keys of its mentions, with ``central_short_forms``: a Politburo resolution named by its number alone, and
``document_headings``: the issuer and level an official text's heading names),
``document_info`` (one record per document, from its mentions).
Between documents: ``text_focus`` (the documents a text is about), ``links`` (with ``guidance``: what a guidance guides
where its title names the work first; ``link_items``: the documents of a list a cue opens;
``link_passives``: links said in the passive, in brackets too; ``link_followups``: a document that follows up an earlier one, 'tiếp theo'; ``link_articles``: what an official text's own articles repeal or amend; ``link_issued``: the documents a sentence says were issued together; ``link_backrefs``: links stated of a document named back by its type word; ``link_frames``: what frames a sentence
before its carrying opener), ``events`` (who holds a meeting: ``event_organisers``; the year of a day written without one: ``event_years``; a meeting's day told in the next sentence: ``meeting_days``; a review a meeting's sentence goes on to after a semicolon: ``meeting_items``), ``scope`` (its index of the text's documents, ``scope_index``; closed early by ``scope_close``; a table of an approved đề án's goals, ``scope_goals``; the new wording an amending text quotes, ``scope_quotes``; a section headed by a document or opening on a plan's tally, ``section_plans``; the documents a sitting considers the carrying out of, ``session_reviews``), ``level_paragraphs``,
``review_plans``, ``report_scope``. Figures:
``figures``, ``modality``, ``quantity_cues``, ``excluded_figures`` (figures neither goal nor result), ``allocations``
(money a document sets aside), ``programme_money`` (money of a programme named by the bare word), ``joint_reviews`` (a result of a review of two documents, to the one whose title's thing it counts), ``counts``, ``quantities`` (with ``goal_leads``: the lead-in of a list of goals or results; ``plan_frames``: the plan's figures a sentence gives before its results; ``counted_ranges``: a range that says how far each counted thing got; ``past_year_ends``: where things stood at the end of a year past; ``bare_years``: a deadline's year written without 'năm'; ``aims_ahead``: aims and spans ahead said without a goal cue; ``state_figures``: figures of how things stand; ``figure_measures``: what a figure is measured against; ``done_tallies``: a tally of goals said done; ``result_leads``: a result said right after its goal, and the distance left to one), ``items``, ``tables`` (with ``split_rows``: a row split over two lines; ``stacked_tables``: a table whose cells come one a line; ``table_repeats``: a table's figure the text says again, counted once), ``goal_compare``,
``headline_repeats``, ``damage``, ``other_places`` (what another province did, quoted in a text), ``compared_levels`` (a wider area's average a result is set beside), ``place_sizes`` (a place's area, people and former units said beside a result), ``shortcomings`` (what a text gives as its shortcomings, and the shortfall a new document sets out from), ``outcome_dates`` (the day a result is counted to). Tasks: ``bodies`` (the gazetteer), ``assignment_cues``, ``assignment_clauses``,
``task_verbs``, ``task_subjects``, ``task_phrases``, ``task_documents``, ``assignment_tables`` (a plan's task table), ``recommendations`` (a report's
'Kiến nghị' part, its lines addressed to a body),
``assignment_gate`` (the sentences that give none), ``field_labels`` (a field's label before a task's subject), ``short_names`` (a body's bracketed short name, skipped),
``assignments`` (with ``assignment_roles``: the roles a clause gives its bodies; ``second_roles``: a second task one clause gives the same body). Then ``place`` (the place a text reports on) and ``confidence`` (of each fact).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from kg.extract.assignments import find_assignments
from kg.extract.compared_levels import without_compared_levels
from kg.extract.confidence import assign_confidence
from kg.extract.damage import without_damage
from kg.extract.dates import DateMention, context_year, find_dates
from kg.extract.document_dates import heading_number, text_day
from kg.extract.mention_model import DocInfo, Mention
from kg.extract.document_info import collect
from kg.extract.document_headings import heading_level
from kg.extract.documents import DocumentFinder
from kg.extract.events import find_events, without_described
from kg.extract.excluded_figures import asked, in_footnote, may_ask_or_note, without_opinions
from kg.extract.guidance import own_work_guided
from kg.extract.headline_repeats import Spans, outside_related_pages, related_pages
from kg.extract.links import find_links, within_levels
from kg.extract.other_places import without_other_places
from kg.extract.place_sizes import without_place_sizes
from kg.extract.outcome_dates import date_outcomes
from kg.extract.joint_reviews import title_things
from kg.extract.place import find_place
from kg.extract.programme_money import programme_money
from kg.extract.quantities import classify
from kg.extract.assignment_cues import REPORTED_MARK
from kg.extract.report_scope import (assigned_amounts, issued_by_review, own_results, report_aims, report_subject,
                                     reported_aims, without_weighed_reports)
from kg.extract.scope import Scope
from kg.extract.shortcomings import without_shortcomings
from kg.extract.text_focus import launched_plan, text_documents
from kg.extract.tables import named_documents
from kg.extract.task_documents import doc_resolver, event_subjects, superseded_by
from kg.extract.text import Prepared, Segment, blanked, prepare
from kg.facts import DocumentRef, Facts
from kg.text.places import place_scheme

__all__ = ["extract"]


@dataclass
class _Read:
    """What every later step reads: the prepared text, its dates, sentences, paragraphs and documents."""
    p: Prepared
    tdate: _dt.date | None
    dates: list[DateMention]
    sents: list[Segment]
    paras: list[Segment]
    df: DocumentFinder
    docs: dict[str, DocInfo]
    related: Spans          # other pages' headlines listed under this one's, the site's footer: none of its facts


def read_text(text: str, date: _dt.date | None) -> _Read:
    """Prepare the text and find its dates and document mentions."""
    p = prepare(text if isinstance(text, str) else "")
    related = related_pages(p)
    if related:     # (another page's headline, the site's footer: no word of them is read for this text's facts)
        p = blanked(p, related)
    tdate = date or text_day(p.folded, p.text)
    dates = find_dates(p.folded, tdate.year if tdate else context_year(p.folded))
    sents = p.sentences
    df = DocumentFinder(p, dates, sents, year=tdate.year if tdate else None, today=tdate)
    mentions = df.find()
    return _Read(p, tdate, dates, sents, p.paragraphs, df, collect(mentions, p), related)


def headed_mention(r: _Read) -> Mention | None:
    """The mention that numbers an official text's own document in its heading ('Số: 21/KH-UBND'), else None."""
    return next((m for m in r.df.mentions if m.key and heading_number(r.p.folded, m.start, m.end)), None)


def official_level(r: _Read, own: Mention | None) -> str | None:
    """The level of an official text's own document (``own``: the mention its heading numbers), else None."""
    if own is None:
        return None
    return heading_level(r.p.text, r.p.folded, own.start) or (r.docs[own.key].level if own.key in r.docs else None)


# from this month on, a text reports on its own year as closing: 'trong năm 2025' in a page of November 2025 is the
# year's work, not a goal ahead (kg.extract.quantities)
_CLOSING_MONTH = 10


def closing_year(day: _dt.date | None, ref_year: int | None) -> bool:
    """The text's day (or, with no date line, the day of the review it reports) falls late in ``ref_year``."""
    return day is not None and day.year == ref_year and day.month >= _CLOSING_MONTH

# the most days between a document's date and the text's for the text to be the news of its issuing
_JUST_ISSUED_DAYS = 31


def issued_document(scope: Scope, tdate: _dt.date | None, headed: str | None) -> str | None:
    """The key of the document the text issues: its own document, dated the text's day or in the month before it
    (not an older plan the text reports on), or, where a date is not known, the one its heading numbers (``headed``:
    the text is the document itself), unless that is a report or a notice, or a document the text reviews."""
    d = scope.docs.get(scope.main_doc) if scope.main_doc else None
    if d is None or d.type in ("BC", "TB") or d.key in scope.reviewed:
        return None
    if d.date is None or tdate is None:
        return d.key if d.key == headed else None
    return d.key if 0 <= (tdate - d.date).days <= _JUST_ISSUED_DAYS else None


def studied_document(events) -> str | None:
    """The one document the text's study conferences (quán triệt) roll out: at a conference that launches a document,
    the figures said as the shortfall it starts from are its baseline, as in the text that issues one (point (ah))."""
    studied = {k for e in events if e.type == "quán triệt" for k in e.reviews}
    return studied.pop() if len(studied) == 1 else None


def document_refs(docs: dict[str, DocInfo]) -> list[DocumentRef]:
    return [DocumentRef(d.key, d.type, d.number, d.issuer, d.issuer_code, d.level, d.date, d.subject,
                        d.system, list(d.mentions), span=d.span) for d in docs.values()]


def extract(text: str, *, source: str = "", date: _dt.date | None = None, place: str | None = None) -> Facts:
    r = read_text(text, date)
    focus, main_doc, central = text_documents(r.df.mentions, r.docs, r.p.folded, r.paras, r.p.text)
    launched = None if main_doc or central else launched_plan(r.df.mentions, r.docs, r.p.folded, r.paras)
    own_link_doc = main_doc or central or launched or (focus[0] if focus else None)
    levels = {k: (d.level, d.type, d.issuer_code) for k, d in r.docs.items()}
    found = find_links(r.df, focus, r.sents, own=own_link_doc)
    have = {(x.from_, x.type, x.to) for x in found}
    found += [x for x in own_work_guided(r.df.mentions, r.p.folded, r.p.span) if (x.from_, x.type, x.to) not in have]
    links = within_levels(found, levels, own_link_doc)
    main_doc = main_doc or central or launched
    related = r.related
    events = outside_related_pages(related, find_events(r.df, r.dates, r.sents, r.tdate))   # (not another page's meeting)
    without_weighed_reports(events, r.docs)
    scope = Scope.build(r.p, r.df, r.docs, links, events, r.dates, r.sents, r.paras, main_doc, r.tdate)
    stated = [s for s in r.sents if not asked(r.p.text, r.p.folded, s) and not in_footnote(r.p.folded, s)] \
        if may_ask_or_note(r.p.folded) else r.sents
    targets, outcomes = classify(r.p, stated, scope.blocked, scope.context_doc, scope.main_doc,
                                 ref_year=scope.ref_year, base_year=scope.base_year, doc_in_year=scope.doc_in_year,
                                 doc_named_at=scope.doc_named_at, named_docs=named_documents(r.docs),
                                 subject_doc=scope.subject_doc, plan_before=scope.plan_before, goal_doc_for=scope.goal_doc,
                                 at_review=scope.review_date is not None and (r.tdate is None or scope.review_date <= r.tdate),
                                 related=related, year_closing=closing_year(r.tdate or scope.review_date, scope.ref_year))
    # (on the source as prepared, a string whatever was given; its folded copy is the prepared text's where preparing
    # changed nothing)
    folded = r.p.folded if r.p.text == r.p.source else None
    headed = headed_mention(r)
    issued = issued_document(scope, r.tdate, headed.key if headed else None)
    level = official_level(r, headed)
    pl = find_place(r.p.text, r.tdate, place, r.p.to_source, r.p.folded, own_level=level)
    outcomes = without_opinions(r.p, stated, without_place_sizes(r.p.source, without_compared_levels(r.p.source, outcomes)))
    outcomes = without_other_places(r.p, stated, outcomes, pl.province,
                                    sorted(m.start for m in r.df.mentions),
                                    after_reform=place_scheme(r.tdate, pl.scheme) == "2025")
    outcomes = without_shortcomings(r.p.source, issued or studied_document(events), without_damage(targets, outcomes),
                                    targets, folded=folded)
    issued_by_review(scope.docs, scope.review_date, scope.up_of, outcomes)
    report_subject(scope.docs, scope.main_doc, scope.report_doc, links, targets, outcomes)
    own_results(r.p, scope.mentions, scope.docs, scope.main_doc, scope.report_doc, links, targets, outcomes)
    assigned_amounts(r.p, scope.mentions, scope.docs, targets, outcomes)
    programme_money(r.p, scope.mentions, targets, outcomes)
    title_things(r.p, events, links, scope.docs, outcomes, scope.mentions)
    date_outcomes(r.p, r.sents, r.dates, r.tdate, outcomes)
    report_aims(r.p, r.sents, scope.mentions, scope.docs, scope.main_doc, scope.main_doc_end, targets)
    reported_aims(r.p, r.sents, scope.mentions, scope.docs, r.tdate.year if r.tdate else None, targets)
    resolver = doc_resolver(r.df, scope.main_doc, scope.context_doc, scope.opening_doc, scope.upstream, scope.local_for,
                            scope.reviewed, event_subjects(r.p, r.df, r.sents, events, links), superseded_by(links))
    # (a plan launched at a conference the text reports is what its figures are about, but the news of the conference
    # gives no task by saying what bodies do)
    assignments = outside_related_pages(related, find_assignments(r.p, r.sents, r.df, resolver, prescriptive_text=scope.main_doc
                                                              not in (None, launched), body_start=scope.main_doc_end,
                                                              own_level=level))
    # a report's tasks for the time ahead are its own (tests/ANNOTATION.md (an)); the work it says bodies did is the
    # plan's it reports on, as its figures are (not a letter's that asked for the report)
    report_subject(scope.docs, scope.main_doc, scope.report_doc, links,
                   [a for a in assignments if (a.task or "").endswith(REPORTED_MARK)], letters=False)
    without_described(r.df, r.sents, events)     # (after the figures and tasks are placed by every document named)
    facts = Facts(source=source, place=pl, documents=document_refs(r.docs), links=links, assignments=assignments,
                  targets=targets, outcomes=outcomes, events=events, text=r.p.source, date=r.tdate)
    # the folded text lines up with the source's offsets unless NFC changed its length
    if len(r.p.text) == len(r.p.source):
        assign_confidence(facts, r.p.folded, [x.end + 1 for x in r.sents])
    else:
        assign_confidence(facts)
    return facts
