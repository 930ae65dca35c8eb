"""The named queries (``queries/*.rq``): the catalogue, parameters, running and result tables.

A named query is one SPARQL file whose leading ``#`` lines describe it; that header language
(titles, parameters and their kinds, post steps, details queries, ``#if`` sections, ``LIMIT N
# limit`` slots, custom functions) is documented in ``queries/README.md``.

Modules, in the order a query goes through them: ``catalog`` (the header read into a
:class:`NamedQuery`), ``parameters`` (the caller's strings as RDF terms and ``VALUES`` IRIs),
``sparqltext`` (the preprocessor of named queries, on the one tokenizer, ``kg.rdf.sparqllex``), ``functions`` (the
custom SPARQL functions), ``run`` (execute, details queries), ``post`` (post steps), ``matched`` (outcomes tied to targets by
words from the targets' details, for the post step and the document card),
``table`` (results) and ``cells`` (a result as a person reads it: the columns shown and each cell's words and
link, the one rule of ``dkg query``'s text table and of the ``/queries`` pages) and ``joined`` (a wide result's
columns joined for a screen, as those both lay out ``targets``); beside them ``safety``, the parse of a request from outside
(``/sparql``, SPARQL Update), refused on its tree where it would make the server fetch from the network
(``SERVICE``, ``LOAD``). They may import ``kg.store``, ``kg.rdf``, ``kg.text``, ``kg.facts`` (the levels' order), ``kg.asof`` (the one rule
for a day), ``kg.paths`` (where a document's IRI starts), ``kg.resources``, ``kg.errors``, ``kg.review`` (a reviewer's word on a pair made on an earlier version of its facts) and
``kg.i18n`` (a text table's headers and codes in the reader's language); never the CLI or the web app. The web app
and the CLI call :func:`catalog`, :func:`get` and :func:`run`.
"""

from kg.queries.catalog import PARAM_TYPES, NamedQuery, Parameter, catalog, get, parse_query
from kg.queries.functions import CUSTOM_FUNCTIONS, FN, text_matches
from kg.queries.parameters import (
    bind_parameters,
    missing_document,
    parameter_terms,
    place_key,
    resolve_document,
    resolve_place,
    resolved_iris,
    units_within,
    word_values,
)
from kg.queries.post import POST, achievement, post_targets
from kg.queries.matched import Candidates, day_of, matched_outcomes, read_candidates
from kg.queries.run import Details, details_of, execute, prepare, resolve_query, run
from kg.queries.sparqltext import blank_out, limit_slots, select_sections, used_in_subquery, uses_variable, values_block
from kg.queries.cells import (DATE_COLUMNS, KEY_COLUMNS, SOURCE_COLUMNS, cell_parts, document_keys, document_named, event_kind_name,
                             level_unknown, said_rows, shown_keys)
from kg.queries.table import Table, as_float, fill, python_value

__all__ = [
    "CUSTOM_FUNCTIONS", "DATE_COLUMNS", "FN", "KEY_COLUMNS", "PARAM_TYPES", "POST", "SOURCE_COLUMNS", "Candidates", "Details", "NamedQuery", "Parameter", "Table",
    "achievement", "as_float", "bind_parameters", "blank_out", "catalog", "cell_parts", "day_of", "details_of", "document_keys", "document_named", "event_kind_name", "execute", "fill", "get",
    "level_unknown", "limit_slots", "matched_outcomes", "parameter_terms", "parse_query", "place_key", "post_targets", "prepare", "python_value", "read_candidates",
    "missing_document", "resolve_document", "resolve_place", "resolve_query", "resolved_iris", "run", "said_rows", "select_sections", "shown_keys",
    "text_matches", "units_within", "used_in_subquery", "uses_variable", "values_block", "word_values",
]
