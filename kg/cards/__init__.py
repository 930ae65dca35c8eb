"""Cards: the read model of documents, bodies, the home page and search, as typed dicts (``model``).

The web pages lay these out (their JSON twins are these dicts) and ``dkg show KEY`` prints a
document's card as text or JSON (:func:`card_text`). Each fact an ingested text stated carries
``review`` (``kg.review.review_marks``: pending, accepted or corrected, and by whom), so that
pages mark the reviewed ones; rejected and still-violating facts are not in the graph at all.
Every function takes the store and returns JSON-ready data. Text from the data (labels,
subjects, quotes) is returned as it is: escaping is the templates' job (jinja2 autoescape).

Every query here is ``SELECT DISTINCT``: the store's union default graph (Oxigraph 0.5) matches
a triple once per graph that holds it, and the same fact is often held by several source
graphs; a page shows it once, as ``/sparql`` and the named queries do.

Modules: ``model`` (the shapes of the cards and their entries), ``base`` (prefixes, labels, values, the names of a fact's nodes),
``document`` (the document card, its targets with the outcomes that answer them, ``kg.text.matching``), ``sources`` (where its facts come from), ``pages`` (home, bodies,
search, the names a correction may pick), ``text`` (the card as text). May import
``kg.queries``, ``kg.asof``, ``kg.errors``, ``kg.i18n``, ``kg.paths``, ``kg.rdf``, ``kg.review`` and ``kg.text``
(a document's readable name);
never the store's internals, the CLI or the web app.
"""

from kg.cards.base import INVERSE, RELATIONS, TASK_ROLES, Labels, fact_line, node_names, relation_label
from kg.cards.document import document_card, find_documents
from kg.cards.model import shows_review_legend
from kg.cards.pages import SEARCH_COLUMNS, body_card, home, known_names, search
from kg.cards.text import card_text

__all__ = ["INVERSE", "RELATIONS", "SEARCH_COLUMNS", "TASK_ROLES", "Labels", "body_card", "card_text",
           "document_card", "fact_line", "find_documents", "home", "known_names", "node_names", "relation_label", "search",
           "shows_review_legend"]
