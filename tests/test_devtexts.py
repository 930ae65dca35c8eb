"""The development sets of our own rounds of rules, kept as regression sets and scored in-process
with the shared scorer; each set's floors sit a little under the scores of the round that used it
(README, "Extraction quality").

* ``tests/devtexts3``: six short provincial-news texts of our own with gold in the facts format,
  written before the rules of the round that used them.
* ``tests/devtexts4``: eight texts with gold, written by the team's independent annotator who never
  read the extractor (news pages, official plans with their headings, flattened tables): scored
  once before its round's rules, then used to write them.
* ``tests/devtexts5``: eight texts with gold by the same annotator (outcomes as reports write them,
  document dates given late or only in a header, commune and ward pages after the 2025 reform):
  scored once before the fifth round's rules were written against it, then used to write them.

* ``tests/devtexts6`` (outcomes and targets), ``tests/devtexts7`` (place, document dates, assignments)
  and ``tests/devtexts8`` (place, document dates): eight, ten and ten texts by the sixth round's
  independent annotator, each scored once on ``main`` before rules were written against it.

* ``tests/devtexts10a``: twenty short texts of our own for assignments and events only (round 10), in the wordings of
  Party and People's Committee plans, reviews, mass-organisation and commune news that the earlier sets lack; the
  gold was written before the extractor was run on each batch (README there).

* ``tests/devtexts12``: six texts by the twelfth round's independent annotator, of the kinds where a figure is hung on
  the wrong document (reviews of a central document with local plans, a committee's report answering the council's
  resolution, a council session, a mass organisation's congress): scored once on ``main`` before rules were written
  against it (bench/RESULTS.md).
* ``tests/devtexts13``: six texts by the thirteenth round's independent annotator (a plan with numbered targets and
  assigned tasks, a review with tallies, a State year report with a flattened table, a directive replacing another, a
  commune after the reform, a feature on several documents): scored once on ``main`` before the round's rules.
* ``tests/devtexts14``: six texts by the fourteenth round's independent annotator, the same six kinds in other provinces
  and wordings (a party plan on 57-NQ/TW, a women's union review of three levels' documents, a decision replacing
  another with a target table, a commune after the reform, a district's year report answering the council, a feature
  on one central resolution): scored once on ``main`` before the round's rules.
* ``tests/devtexts15``: six texts by the fifteenth round's independent annotator (a conference reviewing a central text
  and the conclusion that continues it, a ward reviewing a provincial plan and its own, a farmers' union review with
  pairs and tallies, a council resolution with its bases, amendments and replacement, a party plan on the fourteenth
  congress's resolution, a directive with numbered assignments replacing another): scored once on ``main`` before the
  round's rules.
* ``tests/devtexts16``: six texts by the sixteenth round's independent annotator, whose gold follows
  ``tests/ANNOTATION.md`` (a provincial review with damage and comparison figures that are not outcomes, a directive
  with numbered assignments, a commune figure against the province's assignment, a women's union review, a programme
  approved by a decision, a round-up whose event years come from the date line): scored once on ``main`` before the
  round's rules.
* ``tests/devtexts17``: six texts by the seventeenth round's independent annotator (a provincial review of a central
  resolution by field, a ministry's decision issuing a plan, a district directive with requests to many bodies, a
  labour federation's conference, a commune after the reform, a page naming a programme, its plan and a resolution
  they replace or amend): scored once on ``main`` before the round's rules.
* ``tests/devtexts18``: six texts by the eighteenth round's independent annotator (a ward after the reform reviewing
  the former province's programme, a ministry's decision whose plan gives its tasks in a flattened table, a youth
  union's year-end tally, a study session of four central resolutions, a council's supervision report, a year-end
  review of a national target programme with disbursement figures): floors set from its score on ``main`` before the round's rules.
* ``tests/devtexts19``: six texts by the nineteenth round's independent annotator (a district party committee's
  directive on a campaign with numbered tasks, a provincial decision that amends and replaces earlier ones with an
  annex of yearly targets, a provincial sơ kết of a central conclusion, a deputy prime minister's thematic meeting, a
  women's union's movement tally, a commune's digital transformation plan): floors set from its score on ``main`` before the round's rules.
* ``tests/devtexts20``: six texts by the twentieth round's independent annotator (a provincial party committee's
  tổng kết of a ten-year resolution with a flattened table, a Fatherland Front's campaign report by district, a
  ministry's plan with an annex of tasks, a provincial council session adopting several resolutions, a district
  youth union's sơ kết of a directive by movement, a ward's first months under the two-level local government):
  floors set from its score on ``main`` before the round's rules.
* ``tests/devtexts21``: six texts by the twenty-first round's independent annotator (a commune's party congress after
  the 2025 merger, a provincial inspection commission's sơ kết of a Central Committee regulation, a provincial decision
  issuing a plan for a Prime Minister's directive, an interview with a provincial leader, a farmers' union sơ kết of a
  Secretariat conclusion, a district's new-rural-development digest with year-on-year changes): floors set from its score on ``main``
  before the round's rules.
* ``tests/devtexts22``: six texts by the twenty-second round's independent annotator (a ward party committee's
  resolution on urban order and digital transformation after the 2025 merger, a provincial youth union's tổng kết of a
  ten-year programme with results against each target, a district council's resolution on a public investment plan,
  news of a provincial conference on a Politburo conclusion, a provincial department's report with a flattened table,
  a commune's monthly briefing): floors set from its score on ``main`` before the round's rules.
* ``tests/devtexts23``: six texts by the twenty-third round's independent annotator (a provincial party committee's
  directive on a campaign with tasks per body, a new commune's first party congress resolution with its targets, a
  district veterans' association's sơ kết of a district directive with tallies, news of a national target programme's
  disbursement by source and district, an inspection committee's conclusion of a supervision, a department's report on
  57-NQ/TW with a flattened table): floors set from its score after the twenty-third round's rules (scored once
  untouched before them).
* ``tests/devtexts24``: six texts by the twenty-fourth round's independent annotator (a commune's plan carrying out a
  provincial plan for 68-NQ/TW with a flattened task table, a provincial standing committee's notice of conclusions on
  several matters, a provincial Fatherland Front's supervision and social criticism, a provincial women's union
  congress, a department's ten-year review of a law, a province's review of the 2026 election): floors set from its
  score after the twenty-fourth round's rules (scored once untouched before them).
* ``tests/devtexts25``: six texts by the twenty-fifth round's independent annotator (a provincial council's year-end
  sitting passing several resolutions with a flattened table, a district's sơ kết of a provincial party resolution
  against a plan the province assigned, a ministry's decision issuing a plan for 57-NQ/TW and the Government's
  programme, a merged commune's first council sitting of 2026, a veterans' association's year-end emulation review, a
  provincial party conference reviewing its own directive and adopting a new plan): floors set from its score after
  the twenty-fifth round's rules (scored once untouched before them).
* ``tests/devtexts26``: six texts by the twenty-sixth round's independent annotator (a provincial party committee's
  action programme for 70-NQ/TW with a flattened task table, a district's ten-year tổng kết of its own resolution with a
  national target programme's results, a provincial chairman's working visit to a commune, a farmers' union's provincial
  congress, an online national conference reviewing the poverty reduction programme, a provincial decision approving a
  plan for the one-million-hectare rice Đề án): floors set from its score after the twenty-sixth round's rules (scored
  once untouched before them).
* ``tests/devtexts27``: six texts by the twenty-seventh round's independent annotator (a provincial party committee's
  directive on digital transformation for 57-NQ/TW, a district council's year-end sitting with a numbered list of the
  next year's targets, a ministry's decision issuing a plan for 91-KL/TW, the Fatherland Front's five-year review of a
  campaign, a province's sơ kết of its tourism resolution mixing a newer plan's results, a commune's short study-session
  news): floors of 0.5 until the lead scores it.
* ``tests/devtexts28``: six texts by the twenty-eighth round's independent annotator (a provincial people's committee's
  decision issuing a plan for 71-NQ/TW with a flattened annex table of targets by year, a city party committee's
  ten-year tổng kết of 40-CT/TW, a council supervision team's thematic report, a ward's sơ kết of six months of
  two-level government, a farmers' union's sơ kết of 61-KL/TW with two plans, an online national conference reviewing
  01/NQ-CP): floors a little under its first, untouched score until the lead sets them.
* ``tests/devtexts29``: six texts by the twenty-ninth round's independent annotator (a commune's plan for the province's
  action programme for 57-NQ/TW with "chủ trì, phối hợp" items and deadlines, a labour federation's supervision report,
  a department's report on the national target programme 1719 with year and component pairs, a provincial standing
  committee's meeting on four matters, a police sơ kết of 12-NQ/TW, a province's new plan for 21-KL/TW replacing an
  older one): floors a little under its first, untouched score until the lead sets them.
* ``tests/devtexts30``: six texts by the thirtieth round's independent annotator (a central delegation's working
  session with a province on 59-NQ/TW, a people's committee's letter urging public investment disbursement, an
  inspection commission's supervision report on 04-CT/TW, a youth union's year-end tổng kết, a ward's six-month sơ kết
  of its resolution with a flattened results table, a party department's guidance for 71-NQ/TW): floors a little
  under its first, untouched score until the lead sets them.
* ``tests/devtexts31``: six texts by the thirty-first round's independent annotator (a Government resolution on the
  drug-prevention national target programme with yearly targets and ministries assigned, a provincial plenum's
  year-end review with achieved/target pairs, a commune's "Bình dân học vụ số" tallies per village, a ministry's letter
  urging 01/CT-TTg, a feature on three provinces carrying out 57-NQ/TW, a women's union's sơ kết of 21-CT/TW): floors
  a little under its first, untouched score until the lead sets them.
* ``tests/devtexts32``: six texts by the thirty-second round's independent annotator (a People's Council's supervision
  report on the poverty-reduction programme with a flattened results table, an inspection commission's notice on a
  district's carrying out of 05-CT/TW, a ward's first party congress of the 2025-2030 term, a ministry's decision
  promulgating its plan for 66/NQ-CP with an annex task table, a province's ten-year tổng kết of 36-NQ/TW, a
  veterans' association's plan for 57-NQ/TW with yearly targets): floors copied from devtexts31 until the lead
  scores the set and sets them.
* ``tests/devtexts33``: six texts by the thirty-third round's independent annotator (news of the Prime Minister's online
  conference reviewing one year of 68-NQ/TW and the Government's action plan, a merged commune's report on its
  new-rural-area criteria with a flattened table, a propaganda and mass mobilisation board's guidance on 66-NQ/TW and
  68-NQ/TW, a province's conference studying 70-NQ/TW, 71-NQ/TW and 72-NQ/TW, a provincial six-month socio-economic
  report with indicators against the year's plan, a National Assembly Standing Committee supervision delegation on the
  Land Law): floors a little under its scores after round 33's rules, which were tuned on it.
* ``tests/devtexts34``: six texts by the thirty-fourth round's independent annotator (an interview with a provincial
  party secretary on carrying out 68-NQ/TW, news of a provincial Fatherland Front's social criticism conference on a
  draft council resolution, a ministry's letter to the provinces on carrying out 91-KL/TW, news of a state-owned
  corporation's party committee studying 70-NQ/TW and rolling out its plan, a provincial People's Council's
  question-time sitting and its resolution on question time, a provincial college's year-end report on the province's
  vocational-education plan with a flattened table): floors copied from devtexts33 until the lead scores the set and
  sets them.
* ``tests/devtexts35``: six texts by the thirty-fifth round's independent annotator (the full text of a provincial
  party secretary's speech at the conference studying 71-NQ/TW, news of a provincial military party committee's interim
  review of 230-NQ/QUTW, a party paper's commentary on 66-NQ/TW, a provincial People's Committee's notice of the
  chairman's conclusions on its plan for Đề án 06, news of a Secretariat inspection delegation on 05-CT/TW and
  01-KL/TW, a local social-insurance office's year-end review against 125/NQ-CP and its provincial office's quotas):
  floors copied from devtexts34 until the lead scores the set and sets them.
* ``tests/devtexts36``: six texts by the thirty-sixth round's independent annotator (a province's implementing plan for
  59-NQ/TW with its appendix table of tasks flattened to ' | ' rows, an evening news bulletin of four items on different
  provinces and documents, a law paper's question-and-answer explainer on 68-NQ/TW and the laws it cites, a People's
  Council's press release on its mid-year sitting, a merged province carrying on three former provinces' documents on
  57-NQ/TW, a provincial Labour Federation's year-end review against its plan and the central federation's quota):
  floors a little below its untouched score (the lead's, at the round's start).
* ``tests/devtexts37``: six texts by the thirty-seventh round's independent annotator (a provincial chairman's urgent
  letter urging the roll-out of 72-NQ/TW with items and deadlines per body, a paper's analysis of 57-NQ/TW a year on
  with its goals and provinces' figures, a department's quarterly progress report with its indicator table flattened
  to ' | ' rows, a television transcript on the final review of a provincial resolution, news of a National Assembly
  delegation meeting voters after a session, a state corporation's party committee reviewing its programme for
  57-NQ/TW with captions and related-article lines): floors a little below its untouched score (the lead's, at the
  round's start).
* ``tests/devtexts38``: six texts by the thirty-eighth round's independent annotator (the Government's resolution on
  its regular April 2025 session with lettered tasks per ministry, a ministry's circular guiding a decree that amends,
  replaces and partly repeals earlier circulars, a commune party congress's political report with the last term's
  results and the next term's targets, a ward's plan for 68-NQ/TW as extracted from a PDF with page headers, footers
  and footnotes, a commune's social-media post on the 'Bình dân học vụ số' campaign, a provincial half-year press
  conference in question-and-answer order): floors a little below its untouched score (the lead's, at the round's
  start).
* ``tests/devtexts39``: six texts by the thirty-ninth round's independent annotator (a provincial committee's decision
  approving a scheme with a yearly annex of targets and lead and partner departments, a national round-up of several
  provinces carrying out one central resolution, a provincial inspection commission's notice after supervising a
  commune, a veterans' association's year plan with numbered targets and their lead units, a council's thematic
  supervision session answered by the committee, a commune's interim review whose year comes only from the date line):
  floors a little below its untouched score (the lead's, at the round's start).
* ``tests/devtexts40``: six texts by the fortieth round's independent annotator (a provincial party standing board's
  conclusion after a resolution's mid-term review, a newspaper interview with a department director, a commune's plan
  after the 2025 reform with a flattened task table, news of a ministry's dispatch urging the provinces, a year-end
  summing-up of a multi-year programme with yearly tallies dated by the date line, a TV station's news-segment page):
  floors a little below its untouched score (the lead's, at the round's start).
* ``tests/devtexts41``: six texts by the forty-first round's independent annotator (a provincial council's
  support-policy resolution with its bases, a replaced and a repealed resolution, a youth union's launch of an
  emulation movement, an inspection commission's supervision notice on a commune, a news roundup of five provinces,
  a provincial press briefing giving planned against achieved, a district's three-year interim review saved from a
  PDF): floors a little below its untouched score (the lead's, at the round's start).
* ``tests/devtexts42``: six texts by the forty-second round's independent annotator (a commune party committee's plan
  carrying out a provincial programme on a Politburo resolution, a ministry's letter urging a decree's deadline, a
  department's year-end review with an interview box, a TV station's page on a commune meeting the new-countryside
  standard, a standing committee's decision setting up a steering committee, a provincial committee's mid-term
  report with a flattened table): floors a little below its untouched score (the lead's, at the round's start).
* ``tests/devtexts43``: six texts by the forty-third round's independent annotator (a provincial paper's report of a
  merged commune's first party congress, a Front committee's joint programme on supervision and social criticism, a
  ministry's action programme with its task table, a council sitting's question session, a standing committee's
  conclusion notice after a working session, a ward's year report on a national scheme with a result-before-plan
  table): floors a little below its untouched score (the lead's, at the round's start).
* ``tests/devtexts44``: six texts by the forty-fourth round's independent annotator (a provincial committee's dispatch
  urging a council resolution's overdue tasks, a veterans' union summing up ten years of a Secretariat directive with
  its commendations, a news agency's report of the Government's monthly meeting, a commune council's resolution on
  the 2026 socio-economic plan, a signed commentary on a Politburo resolution that assigns nothing, a department's
  half-year report saved from a PDF with a six-column table): floors a little below its untouched score (the lead's,
  at the round's start).
* ``tests/devtexts45``: six texts by the forty-fifth round's independent annotator (a provincial committee's written
  answer to voters' petitions, a district party organisation board's year-end report on new members against quotas, a
  provincial statistics office's monthly release, a submission to the council with its draft resolution, a contest
  plan on a resolution, a newspaper's live coverage page of a council sitting): floors a little below its untouched
  score (the lead's, at the round's start).

Document dates and place are accuracies, not F1: ``test_dates_and_place`` holds them.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from test_extract_corpus import facts_of, score

pytestmark = pytest.mark.eval

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
SCORER = Path(os.environ.get("DKG_SCORE_FACTS") or ROOT.parent / "shared" / "tools" / "score_facts.py")

#: set -> (number of texts, F1 floor of each category)
SETS = {
    "devtexts3": (6, {"documents": 0.95, "links": 0.95, "assignments": 0.85, "targets": 0.9, "outcomes": 0.9,
                      "events": 0.95}),
    "devtexts4": (8, {"documents": 0.9, "links": 0.7, "assignments": 0.9, "targets": 0.9, "outcomes": 0.88,
                      "events": 0.95}),
    "devtexts5": (8, {"documents": 0.9, "links": 0.8, "assignments": 0.8, "targets": 0.88, "outcomes": 0.95,
                      "events": 0.95}),
    "devtexts6": (8, {"documents": 0.93, "links": 0.95, "assignments": 0.9, "targets": 0.95, "outcomes": 0.93,
                      "events": 0.9}),
    "devtexts7": (10, {"documents": 0.9, "links": 0.8, "assignments": 0.82, "targets": 0.95, "outcomes": 0.85,
                       "events": 0.95}),
    # (events 0.9: regold17 split one conference with two purposes into two events; one is missed)
    # (outcomes 0.72: round 43's annotator moved twelve figures a new plan starts from to extra under (ah); the
    # extractor still gives them as results: 0.760 on the new gold at the round's start)
    "devtexts8": (10, {"documents": 0.85, "links": 0.78, "assignments": 0.8, "targets": 0.85, "outcomes": 0.72,
                       "events": 0.9}),
    # (only assignments and events are annotated there)
    "devtexts10a": (20, {"assignments": 0.9, "events": 0.95}),
    "devtexts12": (6, {"documents": 0.9, "links": 0.85, "assignments": 0.6, "targets": 0.93, "outcomes": 0.93,
                       "events": 0.6}),
    "devtexts13": (6, {"documents": 0.9, "links": 0.9, "assignments": 0.85, "targets": 0.8, "outcomes": 0.55,
                       "events": 0.95}),
    "devtexts14": (6, {"documents": 0.9, "links": 0.85, "assignments": 0.75, "targets": 0.55, "outcomes": 0.55,
                       "events": 0.95}),
    "devtexts15": (6, {"documents": 0.9, "links": 0.8, "assignments": 0.75, "targets": 0.65, "outcomes": 0.45,
                       "events": 0.95}),
    "devtexts16": (6, {"documents": 0.8, "links": 0.7, "assignments": 0.8, "targets": 0.85, "outcomes": 0.8,
                       "events": 0.8}),
    "devtexts17": (6, {"documents": 0.85, "links": 0.75, "assignments": 0.7, "targets": 0.7, "outcomes": 0.9,
                       "events": 0.9}),
    # (scored untouched before the eighteenth round's rules: 0.894/0.632/0.698/0.71/0.909/0.8 on its first gold)
    "devtexts18": (6, {"documents": 0.85, "links": 0.65, "assignments": 0.65, "targets": 0.65, "outcomes": 0.85,
                       "events": 0.75}),
    # (scored untouched before the nineteenth round's rules: 1.0/0.909/0.785/0.769/0.78/0.667)
    "devtexts19": (6, {"documents": 0.95, "links": 0.85, "assignments": 0.75, "targets": 0.7, "outcomes": 0.75,
                       "events": 0.6}),
    # (scored untouched before the twentieth round's rules, on regold20's gold: 0.9/0.824/0.738/0.727/0.843/0.909)
    "devtexts20": (6, {"documents": 0.85, "links": 0.75, "assignments": 0.7, "targets": 0.65, "outcomes": 0.8,
                       "events": 0.85}),
    # (scored untouched before the twenty-first round's rules: 0.913/0.769/0.742/0.826/0.735/0.667)
    "devtexts21": (6, {"documents": 0.85, "links": 0.7, "assignments": 0.7, "targets": 0.75, "outcomes": 0.65,
                       "events": 0.6}),
    # (scored untouched before the twenty-second round's rules: 0.936/0.759/0.648/0.900/0.828/0.889)
    "devtexts22": (6, {"documents": 0.85, "links": 0.7, "assignments": 0.6, "targets": 0.85, "outcomes": 0.75,
                       "events": 0.8}),
    # (scored untouched before the twenty-third round's rules: 0.966/0.857/0.788/0.440/0.882/0.667; targets rose in
    # the twenty-fourth, once a congress resolution titled without a number in its heading was the text's own document)
    "devtexts23": (6, {"documents": 0.9, "links": 0.8, "assignments": 0.8, "targets": 0.8, "outcomes": 0.8,
                       "events": 0.8}),
    # (scored untouched before the twenty-fourth round's rules: 0.962/0.714/0.521/0.750/0.894/1.000; links stay
    # low: a department's law review and a province's election review state two of their eight links in wordings no
    # rule reads)
    "devtexts24": (6, {"documents": 0.9, "links": 0.65, "assignments": 0.65, "targets": 0.85, "outcomes": 0.9,
                       "events": 0.9}),
    # (untouched 0.889 / 0.800 / 0.875 / 0.814 / 0.898 / 0.5; after round 25, tuned on it: 0.889 / 0.800 / 0.889 / 0.854 / 0.924 / 1.0)
    "devtexts25": (6, {"documents": 0.85, "links": 0.75, "assignments": 0.85, "targets": 0.8, "outcomes": 0.9,
                       "events": 0.9}),
    "devtexts26": (6, {"documents": 0.85, "links": 0.75, "assignments": 0.85, "targets": 0.85, "outcomes": 0.85,
                       "events": 0.8}),
    # (untouched 0.903 / 0.800 / 0.772 / 0.733 / 0.954 / 0.667; the same after round 27: no rule was written from it)
    "devtexts27": (6, {"documents": 0.85, "links": 0.75, "assignments": 0.7, "targets": 0.7, "outcomes": 0.9,
                       "events": 0.6}),
    # (untouched 0.976 / 0.957 / 0.841 / 0.857 / 0.871 / 1.0; 0.861 assignments after the annotator's own fix of
    # three retrospective rows; place 0.8, one of five missed)
    "devtexts28": (6, {"documents": 0.9, "links": 0.9, "assignments": 0.8, "targets": 0.8, "outcomes": 0.8,
                       "events": 0.9}),
    # (untouched 0.955 / 0.960 / 0.767 / 0.667 / 0.474 / 1.0; 0.787 assignments after the annotator's own fix of
    # one row in d29_06; dates 0.95, place 1.0; after round 29's rules outcomes 0.657, two rules written from it)
    "devtexts29": (6, {"documents": 0.9, "links": 0.9, "assignments": 0.7, "targets": 0.6, "outcomes": 0.6,
                       "events": 0.9}),
    # (untouched 0.941 / 0.737 / 0.875 / 0.897 / 0.866 / 0.750; dates 1.0, place 1.0)
    "devtexts30": (6, {"documents": 0.9, "links": 0.7, "assignments": 0.8, "targets": 0.85, "outcomes": 0.8,
                       "events": 0.7}),
    # (untouched 0.977 / 0.762 / 0.806 / 0.871 / 0.958 / 1.0; dates 1.0, place 1.0)
    "devtexts31": (6, {"documents": 0.9, "links": 0.8, "assignments": 0.85, "targets": 0.9, "outcomes": 0.9,
                       "events": 0.9}),
    # (untouched 1.0 / 0.941 / 0.905 / 0.921 / 0.835 / 0.889; dates 0.957, place 1.0; after round 32's rules 1.0 /
    # 0.941 / 0.955 / 0.969 / 0.889 / 0.889)
    "devtexts32": (6, {"documents": 0.95, "links": 0.9, "assignments": 0.9, "targets": 0.9, "outcomes": 0.85,
                       "events": 0.85}),
    # (untouched 1.0 / 0.75 / 0.727 / 0.588 / 0.248 / 1.0; dates 1.0, place 1.0; after round 33's rules, and d33_01's
    # scale words kept in the unit, 1.0 / 1.0 / 0.854 / 0.980 / 1.0 / 1.0)
    "devtexts33": (6, {"documents": 0.95, "links": 0.95, "assignments": 0.8, "targets": 0.95, "outcomes": 0.95,
                       "events": 0.95}),
    # (untouched 0.976 / 0.824 / 0.587 / 0.808 / 0.794 / 1.0; dates 1.0, place 1.0; after extract34d's rules 0.976 /
    # 0.824 / 0.950 / 0.920 / 0.794 / 1.0)
    "devtexts34": (6, {"documents": 0.95, "links": 0.8, "assignments": 0.9, "targets": 0.9, "outcomes": 0.75,
                       "events": 0.95}),
    # (untouched 0.905 / 1.0 / 0.678 / 0.636 / 0.561 / 1.0; dates 1.0, place 1.0; after round 35's rules 0.905 / 1.0 /
    # 0.914 / 0.909 / 0.933 / 1.0)
    "devtexts35": (6, {"documents": 0.9, "links": 0.95, "assignments": 0.9, "targets": 0.9, "outcomes": 0.9,
                       "events": 0.95}),
    # (untouched 0.938 / 0.588 / 0.675 / 0.667 / 0.755 / 0.909; dates 0.960, place 1.0)
    "devtexts36": (6, {"documents": 0.9, "links": 0.55, "assignments": 0.65, "targets": 0.65, "outcomes": 0.75,
                       "events": 0.9}),
    # (untouched 0.973 / 0.941 / 0.926 / 0.595 / 0.806 / 0.5; dates 1.0, place 1.0)
    "devtexts37": (6, {"documents": 0.95, "links": 0.9, "assignments": 0.9, "targets": 0.55, "outcomes": 0.75,
                       "events": 0.45}),
    # (untouched 0.939 / 0.828 / 0.590 / 0.585 / 0.936 / 0.667; dates 1.0, place 1.0)
    "devtexts38": (6, {"documents": 0.9, "links": 0.8, "assignments": 0.55, "targets": 0.55, "outcomes": 0.9,
                       "events": 0.65}),
    # (untouched 0.87 / 0.857 / 0.597 / 0.816 / 0.791 / 1.0; dates 1.0, place 1.0)
    "devtexts39": (6, {"documents": 0.85, "links": 0.8, "assignments": 0.55, "targets": 0.75, "outcomes": 0.75,
                       "events": 0.95}),
    # (untouched 0.973 / 0.875 / 0.483 / 0.591 / 0.471 / 1.0; dates 1.0, place 1.0)
    "devtexts40": (6, {"documents": 0.9, "links": 0.8, "assignments": 0.45, "targets": 0.55, "outcomes": 0.45,
                       "events": 0.95}),
    # (untouched 1.0 / 0.938 / 0.853 / 0.868 / 0.810 / 0.923; dates 0.964, place 1.0)
    "devtexts41": (6, {"documents": 0.95, "links": 0.9, "assignments": 0.8, "targets": 0.8, "outcomes": 0.75,
                       "events": 0.85}),
    # (untouched 0.973 / 0.696 / 0.788 / 0.9 / 0.853 / 1.0; dates 0.889, place 1.0)
    "devtexts42": (6, {"documents": 0.95, "links": 0.65, "assignments": 0.75, "targets": 0.85, "outcomes": 0.8,
                       "events": 0.95}),
    # (untouched 0.844 / 0.875 / 0.587 / 0.585 / 0.478 / 0.857; dates 0.929, place 1.0)
    "devtexts43": (6, {"documents": 0.8, "links": 0.8, "assignments": 0.55, "targets": 0.55, "outcomes": 0.45,
                       "events": 0.8}),
    # (untouched 0.978 / 1.0 / 0.903 / 0.794 / 0.667 / 1.0; dates 0.947, place 0.75)
    "devtexts44": (6, {"documents": 0.95, "links": 0.95, "assignments": 0.85, "targets": 0.75, "outcomes": 0.6,
                       "events": 0.95}),
    # (untouched 0.964 / 0.88 / 0.78 / 0.542 / 0.716 / 1.0; dates 0.957, place 1.0)
    "devtexts45": (6, {"documents": 0.9, "links": 0.8, "assignments": 0.7, "targets": 0.5, "outcomes": 0.65,
                       "events": 0.95}),
}
#: set -> (document date accuracy floor, place accuracy floor)
DATES_AND_PLACE = {"devtexts4": (0.95, 0.95), "devtexts5": (0.95, 0.95), "devtexts6": (0.95, 0.95), "devtexts7": (0.95, 0.95),
                   "devtexts8": (0.95, 0.95), "devtexts12": (0.95, 0.95), "devtexts13": (0.95, 0.95),
                   "devtexts14": (0.95, 0.95), "devtexts15": (0.95, 0.95),
                   "devtexts16": (0.95, 0.95), "devtexts17": (0.95, 0.95),
                   "devtexts18": (0.95, 0.95), "devtexts19": (0.95, 0.95),
                   "devtexts20": (0.95, 0.95), "devtexts21": (0.95, 0.95),
                   "devtexts22": (0.95, 0.95), "devtexts23": (0.9, 0.95),
                   "devtexts24": (0.9, 0.95), "devtexts25": (0.9, 0.95),
                   "devtexts26": (0.95, 0.95), "devtexts27": (0.95, 0.95),
                   "devtexts28": (0.95, 0.95), "devtexts29": (0.9, 0.95),
                   "devtexts30": (0.95, 0.95), "devtexts31": (0.95, 0.95),
                   "devtexts32": (0.95, 0.95), "devtexts33": (0.95, 0.95),
                   "devtexts34": (0.95, 0.95), "devtexts35": (0.95, 0.95),
                   "devtexts36": (0.95, 0.95), "devtexts37": (0.95, 0.95),
                   "devtexts38": (0.95, 0.95), "devtexts39": (0.95, 0.95),
                   "devtexts40": (0.95, 0.95), "devtexts41": (0.9, 0.95),
                   "devtexts42": (0.85, 0.95), "devtexts43": (0.9, 0.95),
                   "devtexts44": (0.9, 0.7), "devtexts45": (0.9, 0.95)}


def _scorer():
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not available (../shared/tools/score_facts.py next to this checkout, or DKG_SCORE_FACTS)")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_text_has_gold_in_the_facts_format(name):
    folder = HERE / name
    texts = sorted(p.stem for p in (folder / "texts").glob("*.txt"))
    golds = sorted(p.stem for p in (folder / "gold").glob("*.json"))
    assert texts == golds and len(texts) == SETS[name][0]
    for g in (folder / "gold").glob("*.json"):
        data = json.loads(g.read_text(encoding="utf-8"))
        assert {"documents", "links", "assignments", "targets", "outcomes", "events", "place"} <= set(data), g.name


@pytest.mark.parametrize("name,category", [(n, c) for n in sorted(SETS) for c in sorted(SETS[n][1])])
def test_floor(name, category):
    sc = _scorer()
    folder = HERE / name
    tp = npred = ngold = 0
    for g in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        pred = facts_of(folder / "texts" / f"{g.stem}.txt")
        n, _ = sc.match(pred.get(category) or [], gold.get(category) or [], sc.MATCHERS[category])
        tp, npred, ngold = tp + n, npred + len(pred.get(category) or []), ngold + len(gold.get(category) or [])
    p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= SETS[name][1][category], f"{name} {category}: F1 {f1:.3f} under the floor {SETS[name][1][category]}"


@pytest.mark.parametrize("name", sorted(DATES_AND_PLACE))
def test_dates_and_place(name):
    _scorer()
    result = score(HERE / name / "gold", HERE / name / "texts")
    floor_dates, floor_place = DATES_AND_PLACE[name]
    assert result["dates"] >= floor_dates, f"{name}: document dates {result['dates']:.3f}"
    assert result["place"] >= floor_place, f"{name}: place {result['place']:.3f}"
