"""Extraction scored on evaluation sets it was not written around.

* ``tests/heldout``: ten articles written by a second engineer who never read ``kg/extract``
  (provinces, districts, post-2025 communes, state symbols, hyphen/formal/yearless dates,
  plenum references, shared-head lists, every event kind, numbered targets ...).
  First run: links F1 0.645; the failure patterns were then fixed as general rules.
* ``tests/blind``: eight articles by a third engineer in styles the other sets lack (a
  quán triệt of 57/66/68-NQ/TW, a post-2025 commune plan, a department plan with a table of
  targets, an HĐND supervision, a Front campaign review, a district 10-year review, a Youth
  Union programme, a central inspection team's working session). First run: links 0.71,
  assignments 0.538, targets 0.545, outcomes 0.56, events 0.667, place 0.875; all pass after
  general rules written from the reported patterns (own texts in tests/corpus, t18-t26).
* ``tests/blind2`` and ``tests/blind3``: ten and eight texts by the team's independent
  annotator (never read the extractor), rich in the facts real reports carry (tallies,
  achieved/target pairs, dates a sentence after the symbol, several documents per text).
  Nobody who writes rules reads them; the lead scores them once per round, so they measure
  generalisation and are held to the issue's floors for unseen text (``UNSEEN_FLOORS``).
* ``tests/blind6`` and ``tests/blind7``: eight texts each by the sixth and seventh rounds' independent
  annotator (outcomes and targets as reports write them; place, document dates and assignments),
  twins of ``tests/devtexts6`` and ``tests/devtexts7``, held to the same floors. Scored by the lead
  on ``main`` before the sixth round's rules and after them (README, "Extraction quality").
* ``tests/blind8`` and ``tests/blind9``: eight texts each by the seventh round's independent annotator
  (document dates, place, assignments, outcomes and targets in the wordings of real pages), written
  and scored once on ``main`` before the seventh round's rules were merged, then after them.
* ``tests/blind10`` and ``tests/blind11``: eight texts each by the eighth round's independent annotator
  (assignments, targets and outcomes, links and document dates in the wordings of real pages; none of
  their provinces is the subject of an earlier set's text), scored once on ``main`` before the eighth
  round's rules were merged, then after them.
* ``tests/blind12`` and ``tests/blind13``: six texts each by the ninth round's independent annotator (Party and
  mass-organisation news; the State side: plans, council sessions, a ministry, two post-2025 communes and wards),
  scored once on ``main`` before the ninth round's rules were merged, then after them.
* ``tests/blind14`` and ``tests/blind15``: six texts each by the tenth round's independent annotator (Party and
  mass-organisation news at three levels; the State side: a report with flattened tables, a council resolution, an
  amending decision, a ministry plan, two post-2025 communes), scored once on ``main`` before the tenth round's rules
  were merged, then after them.
* ``tests/blind16`` and ``tests/blind17``: six texts each by the eleventh round's independent annotator (Party and
  State news as provincial portals publish them, before and after the 2025 reform; texts as users save them: a
  council resolution, an amending decision, a district's year report with a flattened table, a ministry plan with a
  schedule, two new communes' texts), scored once on ``main`` before the eleventh round's rules were merged, then
  after them.
* ``tests/blind18``: six texts by the twelfth round's independent annotator, where outcomes are easily hung on the
  wrong document (district and provincial reviews of a central resolution, a year report answering a council
  resolution, a council resolution on the coming year, a youth-union congress, a feature on several documents, a
  commune after the reform), twin in kind of the development set ``tests/devtexts12``; scored once on ``main``
  before the twelfth round's rules were merged, then after them.
* ``tests/blind19``: six texts by the thirteenth round's independent annotator (a provincial plan carrying out a central
  resolution with numbered targets and assigned tasks, a mass organisation's or district's review, a State year report
  with a flattened table, a directive that replaces an earlier one, a commune after the reform, a feature on several
  documents), twin in kind of the development set ``tests/devtexts13``; scored once on ``main`` before the thirteenth
  round's rules were merged, then after them.
* ``tests/blind20``: six texts by the fourteenth round's independent annotator (a party programme on a central resolution
  with numbered targets and tasks, a mass organisation's review of documents at several levels, an amending plan of a
  People's Committee, a ward after the reform, a department's year report answering a council resolution, a feature on
  one central resolution at several levels), twin in kind of the development set ``tests/devtexts14``; scored once on
  ``main`` before the fourteenth round's rules were merged, then after them.
* ``tests/blind21``: six texts by the fifteenth round's independent annotator (a conference reviewing a central text and
  the conclusion that continues it, a ward reviewing a provincial plan and its own, a trade union's review with pairs
  and tallies, a council resolution with its bases, amendments and replacement, a party plan on the fourteenth
  congress's resolution, a directive with numbered assignments replacing another), twin in kind of the development set
  ``tests/devtexts15``; scored once on ``main`` before the fifteenth round's rules were merged, then after them.
* ``evaluation/blind22``: six texts by the sixteenth round's independent annotator (a provincial review with results per
  field beside damage and comparison figures, a directive with numbered assignments, a commune after the reform with
  figures against the province's assignment, a veterans' association review, a programme approved by a decision, a
  round-up whose event years come only from the date line), twin in kind of the development set
  ``tests/devtexts16``; its gold follows ``tests/ANNOTATION.md``; scored once on ``main`` before the sixteenth round's
  rules were merged, then after them.
* ``evaluation/blind23``: six texts by the seventeenth round's independent annotator (a provincial review of a central
  resolution by field, the Prime Minister's decision issuing a plan, a city committee's directive with requests to many
  bodies, a youth union's conference, a ward after the reform, a page naming a programme, its plan and a resolution
  they replace or amend), twin in kind of the development set ``tests/devtexts17``; its gold follows
  ``tests/ANNOTATION.md``; scored once on ``main`` before the seventeenth round's rules were merged, then after them.
* ``evaluation/blind24``: six texts by the eighteenth round's independent annotator (a commune after the reform reviewing
  the former province's resolution, a ministry's decision issuing a programme with a flattened table of tasks, a
  provincial Fatherland Front's year-end tally, a study session of three central resolutions, a council committee's
  supervision report, a year-end review of a national target programme with disbursement figures), twin in kind of
  the development set ``tests/devtexts18``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind25``: six texts by the nineteenth round's independent annotator (a district party committee's directive
  on a campaign with numbered tasks, a provincial decision that amends and replaces earlier ones with an annex of
  yearly targets, a provincial sơ kết of a central conclusion, a deputy prime minister's thematic meeting, a
  veterans' association's movement tally, a commune's digital transformation plan), twin in kind of the development
  set ``tests/devtexts19``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind26``: six texts by the twentieth round's independent annotator (a provincial party committee's tổng
  kết of a ten-year resolution with a flattened table, a Fatherland Front's campaign report by district, a ministry's
  plan with an annex of tasks, a provincial council session adopting several resolutions, a district youth union's
  sơ kết of a directive by movement, a ward's first months under the two-level local government), twin in kind of
  the development set ``tests/devtexts20``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind27``: six texts by the twenty-first round's independent annotator (a commune's party congress after
  the 2025 merger, a district inspection commission's report on a Politburo regulation, a provincial chairman's
  decision issuing a plan for a Prime Minister's directive, an interview with a provincial party secretary, a district
  veterans' association's sơ kết of a Secretariat conclusion, a district's new-rural-development digest), twin in kind
  of the development set ``tests/devtexts21``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind28``: six texts by the twenty-second round's independent annotator (a ward party committee's resolution
  on urban civility and digital transformation, a provincial women's union tổng kết of a ten-year đề án, a district
  council's resolution approving public investment capital, news of a provincial conference on a Politburo conclusion,
  a department's report on a plan for a Government resolution with a flattened table, a commune's monthly briefing),
  twin in kind of the development set ``tests/devtexts22``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind29``: six texts by the twenty-third round's independent annotator (a provincial party directive on a
  housing campaign, a new commune's first party congress, a district farmers' union's sơ kết of a provincial directive,
  news of a national target programme's disbursement, a district inspection committee's supervision conclusion, a
  department's quarterly report on a plan for 57-NQ/TW), twin in kind of the development set ``tests/devtexts23``; its
  gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind30``: six texts by the twenty-fourth round's independent annotator (a commune plan carrying out a
  provincial programme for 72-NQ/TW with a flattened task table, a provincial standing committee's notice on several
  matters, a Fatherland Front's supervision report, a farmers' union congress, a ten-year review of a law, a province's
  2026 election review), twin in kind of the development set ``tests/devtexts24``; its gold follows
  ``tests/ANNOTATION.md``.
* ``evaluation/blind31``: six texts by the twenty-fifth round's independent annotator (a provincial council's year-end
  sitting passing several resolutions, a district's sơ kết of a provincial resolution and its own programme, a
  ministry's plan for 71-NQ/TW and 281/NQ-CP, a merged commune's first council sitting of 2026, a women's union's
  year-end emulation review, a provincial party conference closing its directive and adopting a new plan), twin in
  kind of the development set ``tests/devtexts25``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind32``: six texts by the twenty-sixth round's independent annotator (a provincial people's committee's
  action programme for 59-NQ/TW with a flattened task table, a merged commune's ten-year tổng kết of its own resolution
  with a national target programme's results, a provincial party secretary's working visit to a district, a trade union
  congress, an online national conference reviewing the new-rural-area programme, a provincial decision issuing a
  community tourism Đề án), twin in kind of the development set ``tests/devtexts26``; its gold follows
  ``tests/ANNOTATION.md``.
* ``evaluation/blind33``: six texts by the twenty-seventh round's independent annotator (a provincial party committee's
  directive on the private economy for 68-NQ/TW, a merged commune's year-end council sitting, a ministry's numbered
  plan for the Government's 138/NQ-CP, a youth union's five-year review of a movement, a province's sơ kết of its
  coffee and macadamia resolution mixing a newer plan's results, a district's short study-session news), twin in kind
  of the development set ``tests/devtexts27``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind34``: six texts by the twenty-eighth round's independent annotator (a provincial people's committee's
  decision issuing a plan for 72-NQ/TW with a flattened route table, a city party committee's ten-year tổng kết of
  42-CT/TW, a council committee's thematic supervision report, a ward party committee's sơ kết of six months of
  two-level government, a women's union's sơ kết of 21-CT/TW with two plans, an online national conference reviewing
  one year of 33/NQ-CP), twin in kind of the development set ``tests/devtexts28``; its gold follows
  ``tests/ANNOTATION.md``.
* ``evaluation/blind35``: six texts by the twenty-ninth round's independent annotator (a commune's plan for the province's
  action programme for 68-NQ/TW with an annex task table, a women's union's supervision report, a department's report
  on the poverty-reduction programme with year and component pairs, a provincial standing committee's meeting on four
  matters, a health department's sơ kết of 20-NQ/TW, a province's new plan for 14-KL/TW replacing an older one), twin
  in kind of the development set ``tests/devtexts29``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind36``: six texts by the thirtieth round's independent annotator (a central steering committee
  delegation's working session with a province on 57-NQ/TW, a people's committee's letter urging better business
  conditions under 02/NQ-CP, an inspection commission's supervision report on 27-CT/TW, a youth union's year-end
  review launching an emulation drive, a ward's six-month sơ kết of its council's resolution with a flattened table,
  a party department's guidance for 72-NQ/TW), twin in kind of the development set ``tests/devtexts30``; its gold
  follows ``tests/ANNOTATION.md``.
* ``evaluation/blind37``: six texts by the thirty-first round's independent annotator (a Government resolution on the
  culture national target programme with yearly targets and ministries assigned, a provincial plenum's year-end
  review with achieved/target pairs, a ward carrying out a provincial digital transformation plan with per-quarter
  tallies, the State Bank's letter urging 12/CT-TTg, a feature on three provinces carrying out 68-NQ/TW, a veterans'
  association's sơ kết of 42-CT/TW), twin in kind of the development set ``tests/devtexts31``; its gold follows
  ``tests/ANNOTATION.md``.
* ``evaluation/blind38``: six texts by the thirty-second round's independent annotator (a People's Council's
  supervision report on the 1719 programme with a flattened results table, an inspection commission's notice on a
  ward's carrying out of 36-CT/TW, a ward's first party congress of the 2025-2030 term, a ministry's decision
  promulgating its action plan for 03/NQ-CP and 71/NQ-CP with annex task blocks, a province's ten-year tổng kết of
  05-CT/TW, a youth union's plan continuing 42-CT/TW with yearly targets), twin in kind of the development set
  ``tests/devtexts32``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind39``: six texts by the thirty-third round's independent annotator (news of the Prime Minister's
  online conference reviewing one year of 57-NQ/TW and the Government's action programme, a merged commune's report on
  its advanced new-rural-area criteria, a propaganda and mass mobilisation board's guidance on the fourteenth
  congress's resolution, a city's conference studying 60-NQ/TW and 127-KL/TW, a provincial six-month socio-economic
  report with two levels' budget estimates, a National Assembly committee's delegation on the Social Insurance Law),
  twin in kind of the development set ``tests/devtexts33``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind40``: six texts by the thirty-fourth round's independent annotator (an interview with a merged
  province's People's Committee chairman on carrying out 57-NQ/TW, news of a provincial Fatherland Front's social
  criticism conference on a draft council resolution on cooperatives, a ministry's letter to ministries and provinces
  on carrying out two Government decrees, a state-owned group's party committee plan for 57-NQ/TW, a provincial
  People's Council's question-time sitting and its resolution on question time, a provincial hospital's year-end report
  on the province's plan with a flattened table), twin in kind of the development set ``tests/devtexts34``; its gold
  follows ``tests/ANNOTATION.md``.
* ``evaluation/blind41``: six texts by the thirty-fifth round's independent annotator (the full text of a provincial
  party secretary's speech at the interim review of 57-NQ/TW, news of a provincial border guard party committee's
  resolution and plan for 33-NQ/TW and 01/CT-TTg, a party paper's editorial on 59-NQ/TW, a provincial People's
  Committee's notice of a vice-chairman's conclusions on its new-rural-area plan, news of a Politburo inspection
  delegation on 18-NQ/TW and 121-KL/TW, a city tax office's year-end review against 01/NQ-CP and two levels'
  estimates), twin in kind of the development set ``tests/devtexts35``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind42``: six texts by the thirty-sixth round's independent annotator (a province's implementing plan
  for the Government's action programme on 57-NQ/TW with its appendix table flattened to one cell per line, a party
  portal's daily news digest of five items on different provinces, a provincial portal's question-and-answer explainer
  on 57-NQ/TW, a People's Council's press release on its year-end sitting, a merged province replacing two former
  provinces' programmes on 19-NQ/TW, a provincial Women's Union's year-end review against its plan and the central
  union's quota), twin in kind of the development set ``tests/devtexts36``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind43``: six texts by the thirty-seventh round's independent annotator (a provincial chairman's urgent
  dispatch urging the roll-out of 71-NQ/TW, a paper's commentary on 68-NQ/TW a year on, a department's quarterly report
  with its indicator table flattened to ' | ' rows, a television transcript on an interim review with figures as said,
  news of a National Assembly delegation meeting voters after a session, a state corporation's party committee's
  programme for 70-NQ/TW with captions and related-article lines), twin in kind of the development set
  ``tests/devtexts37``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind44``: six texts by the thirty-eighth round's independent annotator (the Government's resolution on
  its regular August 2025 session with numbered tasks per ministry, a ministry's circular guiding a decree that amends,
  replaces and partly repeals earlier circulars, a ward party committee's political report to its first congress, a
  district party committee's plan for 57-NQ/TW as extracted from a PDF with page footers and footnotes, a ward's
  social-media post on replacing makeshift houses, a provincial quarterly press conference in question-and-answer
  order), twin in kind of the development set ``tests/devtexts38``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind45``: six texts by the thirty-ninth round's independent annotator (a provincial committee's decision
  approving a tourism scheme that replaces a former province's decision, with a flattened annex; a national round-up
  of three provinces carrying out 68-NQ/TW; a city inspection commission's notice after supervising a ward; a labour
  federation's year plan with numbered targets and lead units; a council standing committee's supervision report with
  the committee's answer; a ward's interim review that also launches the ward's new plan), twin in kind of the
  development set ``tests/devtexts39``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind46``: six texts by the fortieth round's independent annotator (a provincial party standing board's
  conclusion on a tourism resolution, a newspaper interview on an e-commerce scheme, a commune's disaster-prevention
  plan with a flattened task table, news of a health ministry's dispatch, a year-end summing-up of the poverty
  reduction programme dated by the date line, a TV station's page on border boarding schools), twin in kind of the
  development set ``tests/devtexts40``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind47``: six texts by the forty-first round's independent annotator (a provincial council's
  resolution on a medicinal-plant policy that amends, replaces and repeals, a veterans' association closing one
  emulation period and launching the next, a city inspection commission's notice on a ward, a broadcaster's roundup of
  five provinces, the Government's monthly press conference, a district's five-year review saved from a PDF), twin in
  kind of the development set ``tests/devtexts41``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind48``: six texts by the forty-second round's independent annotator (a commune party committee's
  plan under the two-tier government, a ministry's follow-up letter on a decree's deadline, a department's year-end
  review with an interview box, a broadcaster's page on a new-countryside commune, a decision setting up a steering
  committee, a provincial committee's mid-term report with a flattened table), twin in kind of the development set
  ``tests/devtexts42``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind49``: six texts by the forty-third round's independent annotator (a provincial paper's report of a
  merged ward's first party congress, a Front committee's programme on supervision and social criticism, a ministry's
  action programme with its task table, a council sitting's question session, a standing committee's conclusion
  notice, a ward's year report on a national scheme), twin in kind of the development set ``tests/devtexts43``; its
  gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind50``: six texts by the forty-fourth round's independent annotator (a provincial committee's
  dispatch on an action programme's overdue tasks, a youth union summing up ten years of a Secretariat directive, a
  news agency's report of the Government's monthly meeting, a ward council's resolution on the 2026 socio-economic
  plan, an editorial on a Politburo resolution, a department's half-year report saved from a PDF), twin in kind of
  the development set ``tests/devtexts44``; its gold follows ``tests/ANNOTATION.md``.
* ``evaluation/blind51``: six texts by the forty-fifth round's independent annotator (a provincial committee's written
  answer to voters' petitions, a provincial party organisation board's year-end report, a statistics office's
  half-year release, a submission with a draft council resolution replacing two, a city's contest plan on a
  resolution, a live coverage page of a provincial party congress), twin in kind of the development set
  ``tests/devtexts45``; its gold follows ``tests/ANNOTATION.md``.
* ``tests/blind5``: eight texts by the fifth round's independent annotator, twin of the
  development set ``tests/devtexts5`` (outcomes, document and event dates, place), held to the
  same floors. Scored by the lead before the round's rules (outcomes 0.530, dates 0.87) and after.

**Retired to development in round 13:** ``blind2``, ``blind3`` and ``blind5`` to ``blind11`` (74 texts). After
being scored as held out for several rounds, the development sets had saturated (0.95-1.0) and no longer showed where
the extractor fails, so these nine became development material that rule writers read and score (``RETIRED``).
They keep their floors here as regression sets, but their scores after round 13 are tuned and no longer evidence of
generalisation; the held-out figures are those of ``HELD_OUT``, scored by the lead only.

**Retired to development in round 45:** ``blind12`` to ``blind21`` (60 texts, moved from ``evaluation/`` back to
``tests/``). The development sets scored 0.96-0.98 in every category while the held-out targets and outcomes stayed
near 0.76 for five rounds: rules written from wordings already handled and from the team's own paraphrases did not
reach the wordings of unseen pages. These ten sets, held out since rounds 9 to 15, still miss about a third of their
targets and outcomes, so they show the rule writers real misses. Their scores from round 45 on are tuned; the
held-out figures are those of ``blind22`` on.

Nobody tuning ``kg/extract`` should read the texts of the sets still held out. Gold files follow the facts contract
with the conventions of the shared gold (see each file's "notes"). The shared scorer
(``../shared/tools/score_facts.py`` next to this checkout, or the file named by
``DKG_SCORE_FACTS``) runs as a subprocess with ``dkg extract {file} --format json``; floors
sit a little below the project's targets. A category below its floor would be marked
``xfail(strict=False)`` in ``KNOWN_GAPS`` with its score, so the gap stays visible.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.eval, pytest.mark.slow]  # scores every set: a minute or more

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
#: where the held-out sets live: outside ``tests/`` so that no search over the tests reads them by accident
EVALUATION = ROOT / "evaluation"
SCORER = Path(os.environ.get("DKG_SCORE_FACTS") or ROOT.parent / "shared" / "tools" / "score_facts.py")

#: evaluation set -> number of texts in it
SETS = {"heldout": 10, "blind": 8, "blind2": 10, "blind3": 8, "blind5": 8, "blind6": 8, "blind7": 8, "blind8": 8,
        "blind9": 8, "blind10": 8, "blind11": 8, "blind12": 6, "blind13": 6, "blind14": 6, "blind15": 6,
        "blind16": 6, "blind17": 6, "blind18": 6, "blind19": 6, "blind20": 6,
        "blind21": 6, "blind22": 6, "blind23": 6, "blind24": 6, "blind25": 6, "blind26": 6,
        "blind27": 6, "blind28": 6, "blind29": 6, "blind30": 6, "blind31": 6, "blind32": 6, "blind33": 6,
        "blind34": 6, "blind35": 6,
        "blind36": 6, "blind37": 6, "blind38": 6, "blind39": 6, "blind40": 6, "blind41": 6,
        "blind42": 6, "blind43": 6, "blind44": 6, "blind45": 6, "blind46": 6, "blind47": 6, "blind48": 6, "blind49": 6,
        "blind50": 6, "blind51": 6}

#: old held-out sets that rule writers may read (development and regression material): blind2 ... blind11 since
#: round 13, blind12 ... blind21 since round 45
RETIRED = ("blind2", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
           "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21")
#: the sets still held out: only the lead scores them
HELD_OUT = tuple(name for name in SETS if name not in RETIRED and name not in ("heldout", "blind"))


def folder_of(name: str) -> Path:
    """The folder of an evaluation set: ``evaluation/`` for the sets still held out, ``tests/`` for the others."""
    return (EVALUATION if name in HELD_OUT else HERE) / name

#: F1 floors (accuracy for document dates and place), a little below the project's targets.
FLOORS = {
    "documents": 0.85,
    "links": 0.75,
    "assignments": 0.55,
    "targets": 0.75,
    "outcomes": 0.65,
    "events": 0.75,
    "document_dates": 0.85,
    "place": 0.9,
}

#: The floors issue 12 sets for real texts the extractor was not written around, applied to the
#: sets nobody tuned on.
UNSEEN_FLOORS = {
    "documents": 0.85,
    "links": 0.60,
    "assignments": 0.55,
    "targets": 0.55,
    "outcomes": 0.60,
    "events": 0.70,
    "document_dates": 0.90,
    "place": 0.90,
}

#: set -> its floors
FLOORS_OF = {"heldout": FLOORS, "blind": FLOORS,
             **{name: UNSEEN_FLOORS for name in ("blind2", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9",
                                                 "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
                                                 "blind17", "blind18", "blind19", "blind20", "blind21",
                                                 "blind22", "blind23", "blind24", "blind25", "blind26",
                                                 "blind27", "blind28", "blind29", "blind30", "blind31",
                                                 "blind32", "blind33", "blind34", "blind35",
                                                 "blind36", "blind37", "blind38", "blind39", "blind40",
                                                 "blind41", "blind42", "blind43", "blind44",
                                                 "blind45", "blind46", "blind47", "blind48", "blind49",
                                                 "blind50", "blind51")}}

#: (set, category) pairs currently below their floor, with the score that puts them there
#: (scored by the lead after the forty-fifth round of rules, 2026-12-07; issue 12 stays
#: open; the retired sets' gaps closed by round 45's rules, which were tuned on them, are gone from the list). ``blind`` is a development set: regold22's point (aj) gives the goals a text calls the Đề án's own to the
#: decision approving it, and the extractor still gives them no document (F1 0.969 on the gold before).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("blind13", "outcomes"): "F1 0.41 (retired in round 45; 0.35 before its gold's interim forecast tallies went to extra)",
    ("blind13", "place"): "accuracy 0.8",
    ("blind25", "outcomes"): "F1 0.596",
    ("blind26", "targets"): "F1 0.5",
    ("blind29", "events"): "F1 0.5 (2 events)",
    ("blind29", "place"): "accuracy 0.833",
    ("blind31", "document_dates"): "accuracy 0.778 (14 of 18 dated documents)",
    ("blind35", "outcomes"): "F1 0.6 (at the floor, by a hair either way)",
    ("blind37", "events"): "F1 0.667 (3 events)",
    ("blind38", "outcomes"): "F1 0.588 (0.606 before round 41; targets rose from 0.8 to 0.83 with it)",
    ("blind39", "outcomes"): "F1 0.372 (0.230 untouched, 0.276 after round 33)",
    ("blind39", "events"): "F1 0.571 (untouched, and after round 33's rules)",
    ("blind43", "events"): "F1 0.571 (untouched, 4 events)",
    ("blind46", "events"): "F1 0.571 (untouched, 4 events)",
    ("blind48", "outcomes"): "F1 0.431 (0.412 untouched)",
    ("blind48", "place"): "accuracy 0.8 (untouched: one of six texts)",
    ("blind49", "events"): "F1 0.667 (untouched, 3 events)",
    ("blind50", "targets"): "F1 0.417 (0.408 untouched)",
    ("blind50", "outcomes"): "F1 0.506 (0.533 untouched; after extract44o's rules 4 more results, none in gold)",
    ("blind51", "targets"): "F1 0.308 (untouched)",
    ("blind51", "events"): "F1 0.667 (untouched)",
}


def _dkg() -> list[str] | None:
    exe = Path(sys.executable).with_name("dkg")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("dkg")
    return [found] if found else None


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not available (../shared/tools/score_facts.py next to this checkout, or DKG_SCORE_FACTS)")
    dkg = _dkg()
    if dkg is None:
        pytest.skip("the dkg command is not installed in this environment")
    cmd = " ".join(shlex.quote(part) for part in dkg) + " extract {file} --format json"
    out: dict[str, dict] = {}
    for name in SETS:
        gold, texts = folder_of(name) / "gold", folder_of(name) / "texts"
        assert sorted(p.stem for p in gold.glob("*.json")) == sorted(p.stem for p in texts.glob("*.txt"))
        proc = subprocess.run([sys.executable, str(SCORER), str(gold), str(texts), "--cmd", cmd, "--json"],
                              capture_output=True, text=True, timeout=600, cwd=str(ROOT))
        assert proc.returncode == 0, proc.stderr[-2000:]
        data = json.loads(proc.stdout)
        assert not data["errors"], data["errors"]
        out[name] = data["scores"]
    return out


@pytest.mark.parametrize("name", SETS)
def test_gold_is_well_formed(name):
    """Every gold file follows the facts contract closely enough for the scorer."""
    folder = folder_of(name)
    files = sorted((folder / "gold").glob("*.json"))
    assert len(files) == SETS[name]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        assert g["source"] == f.stem + ".txt"
        assert (folder / "texts" / g["source"]).is_file()
        # null where the text is about the centre alone, or where a provincial paper's own page never names its
        # province ('UBND tỉnh', 'Hội Nông dân tỉnh' only: blind12's b12_02)
        province = g["place"]["province"]
        assert province is None or (isinstance(province, str) and province.strip()), f.name
        keys = {d["key"] for d in g["documents"]}
        assert len(keys) == len(g["documents"]), f.name
        for c in ("documents", "links", "assignments", "targets", "outcomes", "events"):
            assert isinstance(g[c], list), (f.name, c)
        for d in g["documents"]:
            assert d["level"] in {"central", "province", "district", "commune", None}, (f.name, d)
            assert d["date"] is None or len(d["date"]) == 10, (f.name, d)
        for link in g["links"]:
            assert link["from"] in keys and link["to"] in keys, (f.name, link)
            assert link["type"] in {"implements", "continues", "amends", "replaces", "guides", "based_on"}
        for a in g["assignments"]:
            assert a["role"] in {"lead", "coordinate", "participate", "monitor"}, (f.name, a)
            assert a["document"] is None or a["document"] in keys, (f.name, a)
        for t in g["targets"]:
            assert t["comparator"] in {">=", "<=", "="} and isinstance(t["value"], (int, float)), (f.name, t)
            assert t["document"] is None or t["document"] in keys, (f.name, t)
        for o in g["outcomes"]:
            assert isinstance(o["value"], (int, float)), (f.name, o)
            assert o["of"] is None or isinstance(o["of"], (int, float)), (f.name, o)
            assert o["document"] is None or o["document"] in keys, (f.name, o)
        for e in g["events"]:
            assert e["type"] in {"sơ kết", "tổng kết", "quán triệt", "làm việc", "hội nghị"}, (f.name, e)
            assert all(r in keys for r in e["reviews"]), (f.name, e)


@pytest.mark.parametrize(
    "name,category",
    [
        pytest.param(n, c, marks=pytest.mark.xfail(strict=False, reason=KNOWN_GAPS[(n, c)]))
        if (n, c) in KNOWN_GAPS else (n, c)
        for n in SETS for c in FLOORS
    ],
)
def test_floor(scores, name, category):
    s = scores[name][category]
    got = s["f1"] if "f1" in s else s["accuracy"]
    floor = FLOORS_OF[name][category]
    assert got >= floor, f"{name} {category}: {got} < floor {floor} ({s})"


def test_retired_and_held_out_sets_partition_the_sets():
    """A set is retired to development or still held out, never both, and each is scored above."""
    assert set(RETIRED) <= set(SETS) and not set(RETIRED) & set(HELD_OUT)
    assert set(RETIRED) | set(HELD_OUT) | {"heldout", "blind"} == set(SETS)


def test_held_out_sets_live_apart_from_the_tests():
    """Each held-out set is under ``evaluation/`` and nowhere under ``tests/``; each other set is under ``tests/``."""
    for name in SETS:
        assert (folder_of(name) / "gold").is_dir(), name
        assert (HERE / name).exists() == (name not in HELD_OUT), name
    assert sorted(p.name for p in EVALUATION.iterdir() if p.is_dir()) == sorted(HELD_OUT)
