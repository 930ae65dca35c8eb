"""Review (duyệt dữ kiện): an analyst accepts, corrects or rejects the facts extracted from a
text, and the graph remembers.

Owns ``model`` (fact items, their stable ids, decisions and the state they give), ``corrections`` (what a reviewer
types, read: a correction's values, an assessment's code), ``ledger``
(the review graphs in the store: the queue of each source and the PROV-O decisions),
``workflow`` (the ingest hook, deciding, rebuilding a source with its decisions applied, the
queue, the export in the facts format, the assessments of targets and the review marks the cards
and the cascade show; ``violations``: the nodes each fact became and the shape violations that held it back), ``listing`` (the ingested texts, and the facts most doubtful first, a page at a time), ``undone`` (the decisions about a fact an undo took back, kept in
its history) and ``ties`` (a reviewer's word on an outcome matched to a target by its words, carried to the same facts
when either is corrected). May import ``kg.facts``, ``kg.rdf``, ``kg.validate``,
``kg.store``, ``kg.asof``, ``kg.errors``, ``kg.resources`` (the ontology's words for a link's type), ``kg.limits`` (how long a queue's literal may be), ``kg.text`` (a document's readable name) and ``kg.i18n`` (a fact's line in the reader's words); never the CLI, the web, ``kg.ingest`` or ``kg.extract`` (the
ingest calls in, through ``Intake``).
"""
from kg.review.ledger import default_reviewer, queued_sources
from kg.review.listing import PER_PAGE, DoubtfulPage, SourcesPage, doubtful_page, sources_page
from kg.review.ties import tie, tie_decisions
from kg.review.model import DECISIONS, KINDS, STATES, Decision, Item, replaced_json, replaced_text
from kg.review.workflow import (Assessed, DecisionResult, Entry, Intake, assess, assessment_of, decide, documents_named, export_facts, held_facts,
                                link_review_marks, queue, rebuild, review_marks, show, source_summaries)

__all__ = ["PER_PAGE", "DoubtfulPage", "SourcesPage", "doubtful_page", "sources_page", "Assessed", "DECISIONS", "KINDS", "STATES", "Decision", "DecisionResult", "Entry", "Intake", "Item", "assess", "assessment_of",
           "decide", "documents_named",
           "default_reviewer", "export_facts", "held_facts", "link_review_marks", "queue", "queued_sources", "review_marks", "rebuild", "replaced_json", "replaced_text", "show",
           "source_summaries", "tie", "tie_decisions"]
