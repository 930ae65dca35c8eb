"""Numeric targets and outcomes.

Each figure of a sentence (kg.extract.figures) is a target or an outcome by the sentence's modality
(kg.extract.modality): target markers (phấn đấu, mục tiêu, hằng năm, đến năm 2025 ...) make targets unless the
clause reports a past fact (đã, vượt, so với ...); outcome markers (đã, được, đạt, vượt, hoàn thành, thành lập mới,
kết nạp, huy động, đến nay ...) make outcomes. Sentences about awards or issuing a document, budgets, present states
and the structure of a text ('3 nhóm giải pháp') give neither. This module weighs the cues; the cues themselves, and
the small tests on a sentence built from them, are in kg.extract.quantity_cues."""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.aims_ahead import aim_ahead
from kg.extract.bare_years import bare_deadline
from kg.extract.allocations import FUNDS_WORD, allocated_in
from kg.extract.counted_ranges import qualifies_count
from kg.extract.counts import aim_between, asked, issued_goals_doc, organised_count, rest_of_tally, whole_named
from kg.extract.done_tallies import done_tally
from kg.extract.figures import DIGIT, SUBSET, TALLY_NOUN, ClauseFigures, Quantity, has_figure
from kg.extract.figure_measures import goal_comparator, measured_plan, tally_unit
from kg.extract.goal_leads import GoalLeads
from kg.extract.goal_compare import after_goal_part, capital_disbursed, compared_goal, counted_done, goal_clause_before, goal_of_doc_at, goal_set_by_after, is_goal_figure, named_as_goal, named_goal_before, names_goal_after_figure, plan_word_at, sets_goal
from kg.extract.excluded_figures import excluded
from kg.extract.headline_repeats import NO_RELATED, Spans, without_headline_repeats, without_related_pages, without_restated_goals
from kg.extract.items import ClauseItems
from kg.extract.literals import may_match, may_match_in
from kg.extract.modality import (
    BARE_YEAR,
    RETRO_SENTENCE,
    TARGET_CUE,
    goal_colon, goal_cues,
    goal_marked, goal_only_in_brackets,
    inside, new_masked, paragraph_frames,
    past_marked,
    figure_period,
    period_marks,
    run_period,
    rate_bound,
    report_results,
    results_sections,
    retro_sentence, strengths_sections, year_passed,
)
from kg.extract.numbers import parse_number
from kg.extract.past_year_ends import past_year_end
from kg.extract.result_leads import answered_at, done_beside_plan, plan_beside_done, routine_after_result
from kg.extract.quantity_cues import (
    ADOPTED, AND_ABOVE_WORDS, AIM, AIM_AFTER_ISSUE, AIM_REACHED, AMONG_LEAD, AT_THIS_OCCASION, AVERAGE, AWARDED_SO_FAR, BACKGROUND,
    BASELINE, baseline_at, BOUND, count_passive, COUNTED,
    ahead_frames, doc_in_words_after, DONE_STATE, goal_named_after, left_to_do, GOAL_STATED, GOALS_MET, GOALS_COUNT, GOALS_SET, HAS, HAS_N, ITEM, MONEY, no_figure, OCCASION, OUT_STRONG, OUTCOME, PAIR_GOAL_OF, part_of_blocked, part_of_result_before,
    past_before, per_plan, PER_PLAN, PAST_NOT_GOAL, PLAN_IN_BRACKETS, PLAN_IS, PURPOSE, RANGE_TO, rates_only, REACHED_BEFORE, routine_only,
    SEASON_LEAD, SO_FAR_LEAD, SPEND, SPENT_TOTAL, SUBSET_LEAD, SUBSET_NAMED, SUBSET_NEXT, SUPPORT_CAP, assessed_tally, TALLY_STATE, WHOLE_HAS, whole_of_part, YEAR, YEAR_AHEAD, YEAR_LEAD,
)
from kg.extract.plan_frames import plan_framed
from kg.extract.state_figures import StateFigures
from kg.extract.scope_goals import goals_lead_at
from kg.extract.tables import DocNames, table_blocks, table_quantities
from kg.extract.table_repeats import without_table_repeats
from kg.extract.text import Segment, clauses
from kg.facts import Outcome, Target

_DIGITS = re.compile(r"\d[\d.,]*")


def bounds_figure(f: str, s: Segment, figures: ClauseFigures) -> bool:
    """A 'trở lên' of sentence ``s`` bounds one of its figures, the number right before it ('kết nạp từ 500 hội viên mới
    trở lên', 'đạt từ 70% trở lên'), not a grade of the things a figure counts ('có 214 sản phẩm đạt từ 3 sao trở lên':
    the stars are no figure)."""
    spans = [(q.start, q.end) for c in clauses(f, s) for q in figures.of(c)]
    for m in AND_ABOVE_WORDS.finditer(f, s.start, s.end):
        digits = list(_DIGITS.finditer(f, s.start, m.start()))
        if digits and any(a <= digits[-1].start() < b for a, b in spans):
            return True
    return False


def classify(p, sentences: list[Segment], blocked, doc_for, main_doc=None, ref_year: int | None = None,
             base_year: int | None = None, doc_in_year=None, doc_named_at=None, named_docs: DocNames | None = None,
             subject_doc=None, plan_before=None, goal_doc_for=None, at_review: bool = False,
             related: Spans = NO_RELATED, year_closing: bool = False) -> tuple[list[Target], list[Outcome]]:
    """``ref_year``: the year of the text (years from it on are ahead); ``base_year``: the year of the plan the text
    presents (a sentence opening on an earlier year states the starting situation); ``subject_doc(pos)``: the document
    the figure's sentence says sets or counts it, which outranks the text's own plan and the document in context;
    ``plan_before(pos)``: the plan another level set named last before ``pos`` in its paragraph; ``goal_doc_for(pos)``:
    the document in context for a goal, where it differs; ``at_review``: the text reports a review held; ``related``:
    the text's lists of other pages (``related_pages``), whose figures are not its own (NO_RELATED: none looked for);
    ``year_closing``: the text is dated late in ``ref_year``, whose work 'trong năm <ref_year>' then reports."""
    t, f = p.text, p.folded
    fp = past_marked(t, f) if len(t) == len(f) else f
    # for the cues of a goal and its period (only 'mỗi năm' among them folds like words with 'mới')
    fg = new_masked(t, f) if len(t) == len(f) and "moi nam" in f else f
    # (lines and cues most texts never hold: a text without their words is not scanned for them sentence by sentence)
    bound_cue, goal_stated_cue = (may_match(x, f) for x in (BOUND, GOAL_STATED))
    support_cue, occasion_cue, per_plan_cue = may_match(SUPPORT_CAP, f), may_match(AT_THIS_OCCASION, f), may_match(PER_PLAN, f)
    targets, outcomes = list[Target](), list[Outcome]()
    results_secs = results_sections(f)
    if (report_body := report_results(f)) is not None:
        results_secs.append(report_body)
    leads = GoalLeads(t, f, fg, blocked, results_secs, ref_year)
    state_figures = StateFigures(p, fp, main_doc, support_cue)
    blocks = table_blocks(t, p.source)
    if blocks:
        for b in blocks:
            # (a lead-in that names the goals' document, 'các chỉ tiêu chủ yếu của Đề án ...:', outranks the text's plan)
            goals_at = goals_lead_at(f, b[0]) if doc_named_at is not None else None
            table_doc = (doc_named_at(goals_at, bare=True) if goals_at is not None else None) or main_doc
            t_targets, t_outcomes = table_quantities(p, [b], doc_for, table_doc, ref_year, named_docs, results_secs)
            targets.extend(t_targets)
            outcomes.extend(t_outcomes)
    n_table, n_table_goals = len(outcomes), len(targets)
    retro_paras, list_paras = paragraph_frames(f, p.paragraphs)
    retro_paras += strengths_sections(f)     # (a conclusion's strengths report what was done)
    ahead = ahead_frames(t, f, fp, sentences, ref_year)    # the stretches about the plan of a year ahead
    goals_before = False        # the sentence before gave goals and no results: a list item after it goes on with them
    goals_whole: tuple[int | float | None, int] | None = None  # (count, end) of the goals a document set, said last
    last_kind: tuple[str, int] = ("", -1)      # what the last sentence with figures gave ('target', 'outcome'), where
    para_starts = [x.start for x in p.paragraphs]
    results_para: int | None = None             # the paragraph of the last sentence with figures, if it gave results only (or a goal they are measured against too: '..., vượt 24% chỉ tiêu (5.000 đoàn viên)')
    money_para: int | None = None               # ... and if they held a sum of money
    figures = ClauseFigures(t, f, blocked)
    for s in sentences:
        n_t, n_o = len(targets), len(outcomes)
        was_goals, goals_before = goals_before, False
        if blocks and any(a <= s.start < b or a < s.end <= b for a, b, _ in blocks):
            continue
        if occasion_cue and AT_THIS_OCCASION.match(f, s.start):
            continue
        in_retro = (bool(retro_paras) and inside(retro_paras, s.start)) or bool(RETRO_SENTENCE.match(f, s.start)) \
            or (main_doc is None and retro_sentence(f, s, ref_year))    # (in a plan, the past is its background)
        in_list = bool(list_paras) and inside(list_paras, s.start)
        # (where in the sentence the plan ahead is named: a session's 'đã thông qua' before it reports no result)
        ahead_in = next((x for x in ahead if x[0] < s.end and s.start < x[1]), None) if ahead else None
        ahead_at = None if ahead_in is None else max(ahead_in[0], s.start)
        is_item = bool(ITEM.match(f, s.start))
        leads.close(s, is_item)
        stext = f[s.start:s.end].rstrip()
        ptext = fp[s.start:s.end]             # for the cues of a past result
        before_plan = False                   # the situation in a year before the text's plan
        skip, own_lead = leads.read(s, stext, in_retro, last_kind, targets, bisect_right(para_starts, s.start))
        if skip:
            continue
        lead, results_lead = leads.lead, leads.results_lead
        if not has_figure(t, s.start, s.end) or (results_para is None and money_para is None and goals_whole is None
                                                 and figures.none_in(s) and not GOALS_COUNT.search(f, s.start, s.end)):
            continue    # (digits of no figure, a date's or a document's number, and nothing said before that they would reset)
        if in_retro:
            # a rate over the past span ('giảm bình quân hằng năm 2,97%') is a result, not a goal (PAST_NOT_GOAL)
            # (nor a year passed: 'Sau 3 tháng thực hiện ..., đến hết năm 2025 xã đã ...; tỷ lệ ... đạt 58%' in 2026)
            s_target = any(not PAST_NOT_GOAL.match(fg, m.start()) and not year_passed(fg, m, ref_year) for m in goal_cues(fg, s))
        elif main_doc is None and lead is None and not in_list and not was_goals and ahead_at is None and rates_only(fg, s) \
                and OUTCOME.search(fp, s.start, s.end) \
                and not (ref_year and any(int(y) > ref_year for y in YEAR.findall(f, s.start, s.end))):
            s_target = False    # 'Tỷ lệ hộ nghèo giảm bình quân hằng năm 1,5%' in a report: a rate reached, no goal
        else:
            s_target = goal_marked(fg, s, ref_year) or lead is not None or in_list or ahead_at is not None
        if s_target and lead is None and not in_list and routine_only(fg, s) and (past_before(f, s, ref_year) or (
                ahead_at is None and last_kind == ("outcome", bisect_right(para_starts, s.start))) or (
                ahead_at is None and (main_doc is None or at_review) and routine_after_result(f, fp, s))):
            # 'trước năm 2021, ... mỗi năm': as it used to be; after results, how often it was done: one of them
            s_target, in_retro = False, not past_before(f, s, ref_year)
        if not s_target and ref_year:
            s_target = may_match_in(YEAR_AHEAD, f, s.start, s.end) and any(
                int(m.group(1)) > ref_year or (int(m.group(1)) == ref_year and not (year_closing and m.group(0).startswith("trong")))
                for m in YEAR_AHEAD.finditer(f, s.start, s.end))
        if not s_target and not in_retro and (bare_deadline(t, f, s, ref_year, year_closing) or aim_ahead(t, f, s, ref_year, year_closing)):
            s_target = True                     # 'Đến 2030, ... đạt 45%' (no 'năm'), 'Giai đoạn 2026 - 2030, tỉnh trồng mới ...'
        if not s_target and main_doc and AND_ABOVE_WORDS.search(stext) and not OUT_STRONG.search(ptext) and bounds_figure(f, s, figures) \
                and not (ref_year and any(int(y.group(1)) < ref_year for y in BARE_YEAR.finditer(f, s.start, s.end))):
            s_target = True                     # a plan's goal: 'đạt từ 70% trở lên'
        if not s_target and ((bound_cue and BOUND.search(f, s.start, s.end)) or rate_bound(f, s.start, s.end)) and not OUT_STRONG.search(ptext):
            s_target = True
        if not s_target and not in_retro and not OUT_STRONG.search(ptext) and (
                (goal_stated_cue and may_match_in(GOAL_STATED, f, s.start, s.end) and GOAL_STATED.search(f, s.start, s.end)
                 and not done_tally(f, s.start, s.end)) or goal_colon(f, s) or per_plan(f, fp, s)
                or (ref_year and any(int(y.group(1)) > ref_year for y in BARE_YEAR.finditer(f, s.start, s.end)))):
            s_target = True                     # 'Nghị quyết đề ra ...', 'Kế hoạch năm 2024 giao: ...', 'năm 2026 toàn tỉnh có ...'
        if not s_target and was_goals and is_item and not in_retro and not OUT_STRONG.search(ptext):
            s_target = True                     # 'b) Về xã hội: giải quyết việc làm cho hơn 2.000 lao động' after goals
        if not s_target and names_goal_after_figure(f, s) and not OUT_STRONG.search(ptext):
            s_target = True                     # '1.500 hội viên mới là chỉ tiêu Kế hoạch giao': named a goal after it
        spent = (main_doc is None or inside(results_secs, s.start)) and bool(SPENT_TOTAL.match(f, s.start, s.end))
        s_outcome = bool(OUTCOME.search(fp, s.start, s.end)) or in_retro or results_lead or spent
        if not s_outcome and results_secs and inside(results_secs, s.start) and not HAS.search(f, s.start, s.end) \
                and not BACKGROUND.search(f, s.start, s.end):
            s_outcome = True                    # 'Giải quyết việc làm mới cho 3.950 lao động' under 'I. KẾT QUẢ ĐẠT ĐƯỢC'
        if s_outcome and not (in_retro or results_lead) \
                and (WHOLE_HAS.match(f, s.start) or BACKGROUND.search(f, s.start, s.end)) \
                and all(m.group(0).startswith("toan") for m in OUTCOME.finditer(fp, s.start, s.end)) \
                and not DONE_STATE.search(fp, s.start, s.end):
            s_outcome = False                   # 'Toàn tỉnh có hơn 370.000 ha đất có rừng': how things are, no result
        # the goal is named only in brackets after a result: the figures outside them are results
        bracket_goal = s_target and s_outcome and lead is None and not in_list and goal_only_in_brackets(fg, s, ref_year)
        goal_cmp = compared_goal(f, s) if (s_outcome or s_target) and lead is None and not in_list else None
        goal_cmp_doc = goal_fig_doc = None
        if goal_cmp is not None and doc_named_at is not None:
            # the document whose goal it is, named in it: '(Nghị quyết đề ra ...)', 'mục tiêu Kế hoạch 95 đề ra'
            # (not '(kế hoạch 80 hợp tác xã)', a plan named by no document)
            if not goal_cmp.group(1):
                # (the plan's own word may be its mention: 'so với Kế hoạch (368 hộ)')
                goal_cmp_doc = doc_named_at(goal_cmp.end()) or doc_named_at(plan_word_at(goal_cmp))
                # the goal's own figure may name its document after 'của': 'đạt 62% mục tiêu của Nghị quyết
                # (2.000 ha)' (the result measured against it keeps the document in context)
                of_doc = goal_of_doc_at(f, goal_cmp.end())
                goal_fig_doc = doc_named_at(of_doc) if of_doc is not None else None
            elif goal_cmp.group(1).endswith(("de ra", "dat ra", "giao")):
                goal_cmp_doc = doc_named_at(goal_cmp.start(1))
        if results_lead and not goal_marked(fg, s, ref_year):
            s_target = False
        if not s_outcome and not s_target and main_doc is None and count_passive(f, s):
            s_outcome = True                    # '1.500 hộ được hỗ trợ vay vốn, 120 nhà được xây mới' reported
        if not s_outcome and not s_target and (main_doc is None or at_review) and past_year_end(f, s.start, s.end, ref_year):
            s_outcome = True                    # 'Đến cuối năm 2025, tỷ lệ hộ nghèo còn 3,1%' in a page of 2026
        if not s_outcome and ((main_doc is None and HAS_N.match(f, s.start)) or (at_review and not s_target and ahead_at is None and organised_count(t, f, s))):
            s_outcome = True                    # 'Có 4 trường hợp ...' reported in a review; 'Tỉnh Đoàn tổ chức 96 buổi ...'
        para_at = bisect_right(para_starts, s.start)
        if not s_outcome and not s_target and (main_doc is None or at_review) and results_para is not None \
                and (results_para == para_at or (is_item and results_para == para_at - 1 and t[s.start - 2:s.start - 1] != "\n")) \
                and not WHOLE_HAS.match(f, s.start) and not BACKGROUND.search(f, s.start, s.end) and not (at_review and asked(t, s)):
            # a figure said bare right after results in their paragraph or list goes on with them: 'Năm 2025, huyện có
            # 19/22 chỉ tiêu đạt và vượt. Thu nhập bình quân đầu người 62 triệu đồng.', '- Nông nghiệp: ... tăng 3%.' over
            # '- Thương mại - dịch vụ: tổng mức bán lẻ 2.100 tỷ đồng.'
            s_outcome = True
        if not (s_outcome or s_target) and money_para == para_at and SUBSET_LEAD.match(f, s.start):
            s_outcome = True    # the parts by source of a sum raised or spent: '... đạt 175 tỷ đồng. Trong đó: ngân sách tỉnh 30 tỷ đồng; ...'
        if main_doc and not s_target and (BASELINE.match(f, s.start) or (
                base_year and baseline_at(f, s.start, s.end, base_year, doc_named_at))) \
                and not OUT_STRONG.search(ptext):
            continue                            # the starting situation of the plan the text issues
        yl = YEAR_LEAD.match(f, s.start) or SEASON_LEAD.match(f, s.start)
        if main_doc and yl and base_year and int(yl.group(1)) <= base_year and WHOLE_HAS.match(f, yl.end()) and not OUT_STRONG.search(ptext) \
                and not (s_target and (int(yl.group(1)) == base_year or (lead is None and not in_list) or goal_marked(fg, s, ref_year))):
            continue    # 'Năm 2022, toàn tỉnh có 214 hợp tác xã': the plan's baseline, in its list of goals too if no goal word of its own
        if yl and base_year and (int(yl.group(1)) < base_year or (main_doc and int(yl.group(1)) == base_year and HAS_N.match(f, yl.end()))) and not s_target and not OUT_STRONG.search(ptext):
            # the situation before the plan, in a year past: what happened then is a result of no document of the
            # text ('Năm 2023, trên địa bàn tỉnh xảy ra 14 vụ cháy rừng, thiệt hại 46,2 ha')
            s_outcome, before_plan = True, True
        if not s_outcome and yl and (ref_year is None or int(yl.group(1)) < ref_year) and not s_target \
                and MONEY.search(f, s.start, s.end) and SPEND.search(f, s.start, s.end):
            s_outcome = True                    # 'Riêng năm 2022, ngân sách tỉnh hỗ trợ 163 tỷ đồng'
        if not s_outcome and yl and ref_year and int(yl.group(1)) < ref_year and not s_target and not main_doc \
                and not HAS.search(f, yl.end(), s.end):
            # a page after the year it reports on: what was done then ('Năm 2024, tỉnh hỗ trợ xây mới 320 căn nhà'),
            # not how things stood ('Năm 2022, toàn tỉnh có 214 hợp tác xã')
            s_outcome = True
        if not (s_target or s_outcome) and not (FUNDS_WORD.search(f, s.start, s.end) and any(allocated_in(
                t, f, s.start, c.start, figures.of(c), main_doc is not None) for c in clauses(f, s))):
            gc = GOALS_COUNT.search(f, s.start, s.end) if may_match_in(GOALS_COUNT, f, s.start, s.end) else None
            if gc is not None:
                goals_whole = (parse_number(gc.group(1)), gc.end())   # 'Kế hoạch gồm 10 chỉ tiêu.' (see GOALS_SET)
            continue
        past_year = int(yl.group(1)) if yl and base_year and int(yl.group(1)) < base_year else None
        s_marks = period_marks(fg, s.start, s.end)
        s_period = s_marks[0][1] if s_marks else None     # the lead-in's period covers every item
        if lead is not None and lead[0] and s_period is None:
            s_period = lead[0]
        if ahead_in is not None and s_period is None:
            s_period = ahead_in[2]          # the year of the plan ahead the stretch is about
        prev_in_sentence: list[Quantity] = []
        state_figures.sentence(s, in_retro, results_lead, own_lead, spent)
        doc_of_whole: dict[int, str | None] = {}     # the document of each result of the sentence, by its start
        tally_total: int | float | None = None
        if goals_whole is not None and "\n" not in t[goals_whole[1]:s.start]:
            tally_total = goals_whole[0]    # 'Nghị quyết đề ra 22 chỉ tiêu. Sau 5 năm, có 18 chỉ tiêu đạt và vượt ...'
        goals_whole = None
        subset_of: tuple[int, int | float, str] | None = None     # (end, whole, unit head) of the last part
        adopted = False                     # the clause before counted the texts a session adopted
        for c in clauses(f, s):
            ex = excluded(f, c.start, c.end)
            if ex is not None and not (prev_in_sentence and SUBSET_LEAD.match(f, c.start)) \
                    and not (s_target and bound_cue and BOUND.search(f, c.start, c.end)) \
                    and not (s_target and AIM_AFTER_ISSUE.match(f, ex.end(), c.end)) \
                    and not ((in_retro or results_lead or (results_secs and inside(results_secs, s.start)))
                             and AWARDED_SO_FAR.search(fp, max(c.start, ex.start() - 40), ex.end())
                             and not OCCASION.search(f, s.start, s.end)):
                # an award is no result, but 'trong đó 44 gương ... được khen thưởng' is a part of one, and
                # 'mỗi năm có ít nhất 10 mô hình được biểu dương' a goal; issuing a plan 'với mục tiêu ...' sets goals;
                # a report's tally of awards over its span, among its results, is one ('5 năm qua, ...: + Các cấp đã
                # biểu dương, khen thưởng 215 tập thể'), where the awards handed out at the occasion are not ('Nhân dịp này, ...')
                continue
            if (ad := ADOPTED.search(f, c.start, c.end)) and (aim := AIM.search(f, ad.end(), c.end)):
                c = Segment(aim.start(), c.end)     # ('... 9 nghị quyết, trong đó có Nghị quyết về ... với mục tiêu ...')
            elif ad or (adopted and SUBSET_LEAD.match(f, c.start)):
                adopted = True          # 'Kỳ họp đã thông qua 21 nghị quyết, trong đó có 6 ...': the session's work
                continue
            adopted = False
            qs = figures.take(c)     # (changed below: a share of a plan's unit, a tally's whole)
            # 'triển khai Nghị quyết ... về hỗ trợ 12 xã khó khăn, trong đó 5 xã biên giới': a part of it describes it too
            qs = [q for q in qs if not part_of_blocked(f, max(c.start, q.start - 60), q.start, blocked)]
            if not qs:
                continue
            cs = OUT_STRONG.search(fp, c.start if ahead_at is None else max(c.start, ahead_at), c.end)
            # 'phấn đấu ... vượt ít nhất 10% dự toán': the verb of an aim, not of a result
            c_strong = (cs is not None and not ((cs.group(0) != "da" and not cs.group(0).endswith(" dat") or counted_done(f, cs.start(), qs)) and AIM.search(f, c.start, cs.start())) and not rate_bound(f, cs.start(), c.end, at=True)) \
                or bool(SO_FAR_LEAD.match(f, c.start))
            if cs is not None and c_strong and not SO_FAR_LEAD.match(f, c.start):
                # 'Hội nghị đã thảo luận, thống nhất mục tiêu đến năm 2030 đón 300.000 lượt khách': 'đã' tells the
                # meeting agreed on the aim; the figures after the aim are its goals
                # (not an aim reached, 'đã hoàn thành mục tiêu kết nạp 500 đảng viên', nor one followed by what was
                # done, '... mục tiêu thu hút 50.000 lượt khách và đã đón 62.000 lượt')
                aim = AIM.search(f, cs.end(), c.end)
                c_strong = not (aim is not None and all(q.start > aim.start() for q in qs)
                                and not ((ar := AIM_REACHED.search(f, cs.start(), aim.start())) and not sets_goal(t, ar.start()))
                                and not OUT_STRONG.search(fp, aim.end(), c.end))
            c_out = bool(OUTCOME.search(fp, c.start, c.end)) or in_retro
            if in_list and c_strong:
                c_strong = bool(re.search(r"(?<![a-z])da(?![a-z])", fp[c.start:c.end]))   # 'đạt' states a goal
            part_of_result = bool(prev_in_sentence) and len(outcomes) > n_o \
                and outcomes[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end) \
                and bool(SUBSET_LEAD.match(f, c.start))
            allocated = allocated_in(t, f, s.start, c.start, qs, main_doc is not None)     # money set aside, point (z)
            if (s_target and not c_strong and not part_of_result) or (allocated and not (c_out or s_outcome or part_of_result)):
                kind = "target"
                marks = period_marks(fg, c.start, c.end)
            elif c_out or s_outcome or part_of_result:  # 'đã giải ngân 61.480 tỷ đồng; trong đó vốn sự nghiệp ...'
                kind = "outcome"
                period = None
            else:
                continue
            items: ClauseItems | None = None    # the clause's separators, read when a figure first asks
            state_figures.clause(c, s_target)
            goals_in_state = -1                 # where a count of goals in a state ends in the clause ('1 chỉ tiêu chưa đạt')
            for q in qs:
                if state_figures.skips(c, q, qs, kind, c_strong, prev_in_sentence, outcomes, allocated):
                    continue
                tally = not q.pct and TALLY_NOUN.match(f, q.end - len(q.unit)) if q.unit else None
                if items is None:
                    items = ClauseItems(t, f, c)
                ia, ib = items.bounds(q.start, q.end) if (tally or q.pct) else (c.start, c.end)
                if tally and ":" in f[q.end:min(c.end, q.end + 90)].split(",")[0].split(";")[0] \
                        and no_figure(f, q.end, f.find(":", q.end), blocked) \
                        and not DONE_STATE.search(fp, q.end, f.find(":", q.end)):   # ('3 chỉ tiêu không đạt gồm:' is a tally)
                    tally_total = q.value   # 'Đối với 12 chỉ tiêu ...:': the whole the tally counts in
                    prev_in_sentence.append(q)
                    continue
                if q.pct and (cm := COUNTED.search(f, ia, q.start)) and "(" not in f[cm.end():q.start]:
                    continue            # '3 chỉ tiêu đạt 70% đến 83%': the range qualifies the count (not '... (đạt 93%')
                if q.lower_bound and kind == "outcome" and qualifies_count(f, ia, q.start):
                    continue            # '9 xã đạt từ 15 đến 18 tiêu chí': so does a range of any unit after a count
                plan_doc = measured_plan(t, f, q, c, ib, tally, doc_named_at, plan_before)
                if q.duration and kind != "target":
                    continue            # 'quá 3 ngày' outside a goal: how long something took, not a result
                if items is None:
                    items = ClauseItems(t, f, c)
                text = items.text(q.start, q.end)
                if kind == "outcome" and PURPOSE.search(f, max(c.start, q.start - 24), q.start):
                    kind_q = "target"   # 'khắc phục các tiêu chí để đạt 20/20 tiêu chí': the aim of a task
                else:
                    kind_q = kind
                # (not a figure told done before it: 'đã hoàn thành 1.000 căn nhà là mục tiêu Kế hoạch đề ra' says the
                # goal was met, a result)
                framed = False          # (the figure is a goal of the plan its sentence opens on)
                labelled = False        # (the figure is a plan's under its label, beside the actual one: plan_beside_done)
                named_goal = named_as_goal(f, q.start, q.end) and not OUT_STRONG.search(fp, c.start, q.start)
                if named_goal:
                    kind_q, marks = "target", period_marks(fg, c.start, c.end)  # 'đạt 1.500 người là mục tiêu chính'
                elif kind_q == "target" and ((bracket_goal and f.count("(", s.start, q.start) <= f.count(")", s.start, q.start)) or (
                        kind == "target" and lead is None and not in_list and ahead_at is None and goal_named_after(fg, fp, s, c, q.start, q.end, main_doc is None))):
                    kind_q = "outcome"  # '... 4,6%/năm (mục tiêu từ 4%/năm trở lên)', 'đạt 31,5%, mục tiêu 35%': the goal after
                elif kind_q == "outcome" and ((PLAN_IS.search(f, max(c.start, q.start - 90), q.start) and not in_retro)
                                              or capital_disbursed(f, s.start, q.start, q.end)):
                    kind_q = "target"   # 'Tổng kế hoạch vốn năm 2025 của 3 chương trình là 4.296,2 tỷ đồng'
                    marks = period_marks(fg, c.start, c.end)
                elif framed := (kind_q == "outcome" and per_plan_cue and not in_retro and not part_of_result
                                and plan_framed(f, fp, s.start, q.end)):
                    kind_q = "target"   # 'Theo kế hoạch, năm 2025 kết nạp 300 hội viên, đến nay đã ...': the plan's figure
                    marks = period_marks(fg, c.start, c.end)
                elif kind_q == "outcome" and (PLAN_IN_BRACKETS.search(f, max(s.start, q.start - 40), q.start)
                                              or (labelled := plan_beside_done(f, s.start, q.start, s.end))):
                    kind_q = "target"   # 'ước đạt 3,1% (kế hoạch 7 - 7,5%)': the plan the result is set against
                    marks = period_marks(fg, c.start, c.end)
                elif kind_q == "outcome" and named_goal_before(t, f, c.start, q.start, q.end):
                    kind_q = "target"   # 'đặt chỉ tiêu kết nạp 40 đảng viên': the goal named before its figure
                    marks = period_marks(fg, c.start, c.end)
                elif kind_q == "outcome" and (left := left_to_do(f, s.start, q.start, q.end - len(q.unit or ""), c.end)) is not None:
                    if not left:
                        continue        # what is left, asked to be done (left_to_do); with a deadline, a goal
                    kind_q, marks = "target", period_marks(fg, c.start, c.end)
                elif kind_q == "target" and lead is None and not in_list \
                        and left_to_do(f, s.start, q.start, q.end - len(q.unit or ""), c.end) is False:
                    continue            # ... and so in a request's words too: 'yêu cầu ... đẩy nhanh 2 công trình còn lại'

                if goal_cmp is not None:
                    if is_goal_figure(f, goal_cmp, q.start):
                        kind_q = "target"
                        marks = period_marks(fg, goal_cmp.start(), c.end)
                    elif q.end <= goal_cmp.start(1 if goal_cmp.group(1) else 2) and not framed \
                            and not goal_clause_before(t, f, fg, c.start, q, goal_cmp):
                        kind_q = "outcome"      # (not another level's quota, a KH: key: the level reached stays with its document, point (a))
                        plan_doc = plan_doc or (goal_cmp_doc if q.unit.startswith("% ") or not str(goal_cmp_doc).startswith("KH:") else None)
                    elif s_outcome and not c_strong and (pa := after_goal_part(f, goal_cmp, c, q.start)) is not None \
                            and not TARGET_CUE.search(fg, pa, c.end) and not sets_goal(t, goal_cmp.start()):
                        # a later clause of a result measured against a goal, with no goal word of its own, goes
                        # on with results: '...; 3 hợp tác xã liên kết được thành lập'
                        kind_q = "outcome"
                if goals_in_state >= 0 and q.of is not None and not q.pct \
                        and REACHED_BEFORE.search(f, max(goals_in_state, q.start - 12), q.start):
                    # the goal a tally names, reached 'A/B': '1 chỉ tiêu chưa đạt là số hợp tác xã thành lập mới (đạt 3/6
                    # hợp tác xã)' is 3 done of 6 planned, not a part of a whole
                    q.planned, q.of, kind_q = q.of, None, "outcome"
                if kind_q == "target" and not labelled and (q.planned is not None or (prev_in_sentence and len(outcomes) > n_o and outcomes[-1].span == p.span(
                        prev_in_sentence[-1].start, prev_in_sentence[-1].end) and part_of_result_before(f, fg, prev_in_sentence[-1].end, q.start)) or (
                        tally and TALLY_STATE.match(f, tally.end()) and not aim_between(f, c.start, q.start)
                        and not AIM_REACHED.search(f, max(c.start, q.start - 24), q.start)) or (
                        tally and q.of is not None and not aim_between(f, c.start, q.start)  # ('hoàn thành 15/20 chỉ tiêu')
                        and not PURPOSE.search(f, max(c.start, q.start - 24), q.start) and any(
                            m.end() == tally.end() for m in GOALS_MET.finditer(f, max(c.start, q.start - 24), tally.end())))):
                    # 'A/B' in a goal's words is still done over planned: both, as a result's; and a count of goals in a
                    # state is a tally of results ('3 chỉ tiêu đạt trên 90%' after '... đến năm 2025, có 5/8 chỉ tiêu đạt'), not
                    # the object of a task ('tập trung hoàn thành 3 chỉ tiêu còn chưa đạt')
                    kind_q = "outcome"
                if kind_q == "target" and (answered_at(f, s.start, q.start) or done_beside_plan(f, s.start, q.start, s.end)):
                    kind_q = "outcome"  # '... phải đạt 80%, chúng tôi đạt 83,5%', 'còn cách mục tiêu 2,6 điểm phần trăm'
                if kind_q == "target" and kind != "target":
                    marks = period_marks(fg, c.start, c.end)
                if tally and assessed_tally(f, tally.end(), c.start, q.start):
                    if q.of is not None:
                        tally_total = q.of      # ('16/19 chỉ tiêu đúng tiến độ, 3 chỉ tiêu chậm tiến độ': the rest count in 19)
                    continue
                if tally:
                    if TALLY_STATE.match(f, tally.end()):
                        goals_in_state = q.end
                    q.unit = tally_unit(t, f, q, ia, ib)
                    if q.of is None and tally_total is not None and not SUBSET.search(f, max(0, q.start - 16), q.start) \
                            and not (prev_in_sentence and SUBSET_LEAD.match(f, ia)):
                        q.of = tally_total  # (a part 'trong đó 15 chỉ tiêu vượt' is of the result before it)
                    elif q.of is not None:
                        tally_total = q.of  # '16/19 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt': the rest count in 19
                if tally and q.of is None and (kind_q == "target" or (
                        GOALS_SET.search(f, max(ia, q.start - 20), q.start) and not DONE_STATE.search(fp, q.end, ib))):
                    # 'Nghị quyết đề ra 12 chỉ tiêu': the number of goals, not a goal nor a result; the whole the
                    # tallies after it count in, in its sentence and the next ones of its paragraph
                    tally_total = q.value
                    goals_whole = (q.value, q.end)
                    prev_in_sentence.append(q)
                    continue
                if q.start in allocated and kind_q != "target":     # a sum set aside, among results (point (z))
                    kind_q, marks = "target", period_marks(fg, c.start, c.end)
                if kind_q == "target":
                    period = figure_period(fg, marks, q.start, q.end, [x.end for x in qs],  # (before it, after it, its run's)
                                           run_period(fg, s_marks, s.start, c.start, s_period))
                    if period == "annual" and q.pct and AVERAGE.search(f, max(c.start, q.start - 60), q.start):
                        period = "term"     # 'tăng bình quân hằng năm 12%': a rate averaged over the term
                    # (a goal the result before it is measured against, naming no document, is that result's
                    # document's: '6,9%/năm (Nghị quyết 6,5%/năm)')
                    goal_doc = None
                    if goal_cmp is not None and q.start > goal_cmp.start():
                        goal_doc = goal_cmp_doc or goal_fig_doc or (
                            doc_named_at and doc_in_words_after(f, goal_cmp.end(), q.start, doc_named_at)) or next(
                            (doc_of_whole[pq.start] for pq in prev_in_sentence[-1:] if pq.start in doc_of_whole), None)
                    doc = goal_doc or (doc_named_at and goal_set_by_after(f, q.end, c.end, doc_named_at)) \
                        or (subject_doc(q.start) if subject_doc is not None else None) \
                        or (doc_named_at and issued_goals_doc(f, s.start, q.start, doc_named_at)) or main_doc \
                        or (goal_doc_for or doc_for)(q.start)
                    if q.start in allocated and (in_retro or (results_secs and inside(results_secs, s.start))):
                        doc = (subject_doc and subject_doc(q.start)) or doc_for(q.start)    # with its spending, (z)
                    comp = goal_comparator(f, c, q)
                    if prev_in_sentence and targets and targets[-1].comparator == ">=" \
                            and RANGE_TO.fullmatch(f, prev_in_sentence[-1].end, q.start) \
                            and targets[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end):
                        prev_in_sentence.append(q)
                        continue            # 'từ 70% đến 80%': a range keeps its lower bound with '>='
                    if comp == "=" and prev_in_sentence and targets and targets[-1].comparator != "=" \
                            and re.fullmatch(r"[ \t]*(?:,|va|,[ \t]*va)[ \t]*", f[prev_in_sentence[-1].end:q.start]):
                        comp = targets[-1].comparator   # 'ít nhất 420 hợp tác xã và 1.200 tổ hợp tác'
                    targets.append(Target(doc, text, q.value, q.unit or None, comp, period,
                                          span=p.span(q.start, q.end)))
                else:
                    of = q.of
                    head = q.unit.split(" ")[0].lower() if q.unit else ""
                    # 'trong đó ngân sách tỉnh 420 tỷ đồng': a part named between 'trong đó' and its figure
                    named_part = of is None and bool(head) and SUBSET_NAMED.search(f, max(c.start, q.start - 50), q.start)
                    # (a share is no count: '100% cơ sở ..., trong đó trên 80% ...' has no whole of 100 items)
                    if of is None and not q.pct and (SUBSET.search(f, max(0, q.start - 16), q.start)
                                                     or (part_of_result and not DIGIT.search(f, c.start, q.start))
                                                     or named_part):
                        # (an 'A/B' pair is a result and its goal: it stays a whole)
                        goal_spans = {tg.span for tg in targets[n_t:]} - {o.span for o in outcomes[n_o:]}
                        pq = whole_of_part(f, q, prev_in_sentence, {w.start for w in prev_in_sentence
                                                                    if p.span(w.start, w.end) in goal_spans}, bool(named_part))
                        if pq is not None:
                            of = pq.value
                            if pq.start in doc_of_whole and plan_doc is None:
                                plan_doc = doc_of_whole[pq.start]   # a part is of the whole's document
                    elif of is None and subset_of is not None and head and subset_of[2] == head \
                            and SUBSET_NEXT.fullmatch(f, subset_of[0], q.start):
                        of = subset_of[1]       # 'trong đó 88 xã ... và 17 xã ...': the next part of the same whole
                    elif of is None and head and not prev_in_sentence and n_o > 0 and AMONG_LEAD.match(f, s.start):
                        # 'Trong số hợp tác xã thành lập mới, 61 hợp tác xã ...': a part of the last such whole before
                        whole = next((o for o in reversed(outcomes[max(0, n_o - 3):n_o])
                                      if o.unit and o.unit.lower().startswith(head) and o.of is None), None)
                        of = wv if whole is not None and (wv := whole.value) is not None and wv > q.value else None
                    subset_of = (q.end, of, head) if of is not None and q.of is None else None
                    prev = outcomes[-1] if outcomes else None
                    if (q.of is not None or q.planned is not None) and prev is not None \
                            and (prev.of is None or q.of is None) and prev.value == q.value \
                            and prev.span[1] <= p.span(q.start, q.end)[0] \
                            and re.search(r"(?<![a-z])dat[ \t]+$", f[max(0, q.start - 12):q.start]) \
                            and prev_in_sentence and prev_in_sentence[-1].value == q.value:
                        # '4 hợp tác xã, đạt 4/6 chỉ tiêu': one result, of 6; '742 đồng chí được kết nạp, đạt 742/600
                        # đảng viên': one result, and 600 its goal
                        prev.of = prev.of if q.of is None else q.of
                        if q.planned is not None:
                            targets.append(Target(prev.document, text, q.planned, q.unit or None, q.planned_cmp, figure_period(
                                fg, s_marks, q.start, q.end, [], s_period), span=p.span(q.start, q.end)))
                        prev_in_sentence.append(q)
                        continue
                    if of is None and q.unit and not q.pct:
                        of = whole_named(t, f, s, q)    # 'trong 19 chỉ tiêu ..., có 15 chỉ tiêu đạt và vượt'
                    if q.planned is not None and plan_doc is None and doc_named_at is not None:
                        pg = PAIR_GOAL_OF.match(f, q.end, c.end)    # the pair is that document's (see PAIR_GOAL_OF)
                        plan_doc = doc_named_at(pg.end()) if pg else None
                    odoc = None if before_plan else \
                        plan_doc or (subject_doc(q.start) if subject_doc is not None else None) or doc_for(q.start)
                    if past_year is not None and doc_in_year is not None and plan_doc is None:
                        odoc = doc_in_year(odoc, past_year)     # a result cannot predate its document
                    outcomes.append(Outcome(odoc, text, q.value, q.unit or None, of, span=p.span(q.start, q.end)))
                    doc_of_whole[q.start] = odoc
                    if q.planned is not None:   # 'A/B': B is the goal A is measured against, in the year before it
                        targets.append(Target(odoc, text, q.planned, q.unit or None, q.planned_cmp, figure_period(
                            fg, s_marks, q.start, q.end, [], s_period), span=p.span(q.start, q.end)))
                prev_in_sentence.append(q)
        goals_before = len(targets) > n_t and len(outcomes) == n_o
        results_para = para_at if len(outcomes) > n_o and (len(targets) == n_t or not s_target) else None
        money_para = para_at if results_para and any((o.unit or "").endswith("đồng") for o in outcomes[n_o:]) else None
        if len(targets) > n_t or len(outcomes) > n_o:
            last_kind = ("outcome" if len(outcomes) > n_o else "target", para_at)
    # (a table's figure a sentence says again is the sentence's: kg.extract.table_repeats)
    targets, outcomes = without_table_repeats(targets, n_table_goals, whole=False), without_table_repeats(outcomes, n_table)
    return without_headline_repeats(p, t, *without_related_pages(related, without_restated_goals(p.source, targets),
                                                                  rest_of_tally(outcomes)))
