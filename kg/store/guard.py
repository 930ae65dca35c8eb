"""A SPARQL Update from outside (the endpoint's ``update=``) held to the rules of a load.

A load refuses data for the graphs the store derives or owns (``kg.rdf.graphs.RESERVED``) and
validates what it adds against the store's context (``kg.validate.validate_batch``); an update
sent to ``/sparql`` obeys the same two rules, decided on its parsed operations and on the quads
it would change, never on its text:

1. an operation that names a reserved graph (the graphs of ``INSERT DATA`` / ``DELETE DATA`` /
   ``DELETE WHERE``, the templates of ``DELETE/INSERT … WHERE``, ``WITH``, ``USING``, and the
   graphs of ``CLEAR``/``DROP``/``CREATE``/``COPY``/``MOVE``/``ADD``) is refused before anything
   runs;
2. the update's effect is worked out without touching the store: for ``INSERT DATA`` and
   ``DELETE DATA`` alone from the parse, else by running it on a copy in memory. An effect on a
   reserved graph (a template's ``GRAPH ?g`` that reaches one) is refused, naming it. ``CLEAR ALL``,
   ``DROP ALL`` and ``… NAMED`` mean the graphs of the client's data: the store's own graphs are
   kept (the SPARQL protocol's tests clear a dataset so, and the change log is never the client's);
3. the quads the update adds are validated with the store's context, less what it removes; a
   report with violations refuses the update, and nothing is written.

What is written is what was validated: the original text where it is made of data blocks alone,
else the computed difference as one ``DELETE DATA`` / ``INSERT DATA`` (so that ``RAND()``,
``NOW()`` or ``UUID()`` cannot give the store other values than those checked). An effect with a
blank node (a data block's, a template's new one, one of the store a template adds to or removes
from) is written as quads, never as text, which would name each blank node afresh and could not
name one to take out (``kg.store.update_record.write_effect``). Either way the inferences are
dropped and the index brought up to the write, as a load does. Trusted writers of the project
(review decisions) call ``Store.update`` directly.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, UsageError, ValidationFailed
from kg.rdf.graphs import RESERVED_HINT, is_reserved
from kg.rdf.terms import data_update, has_blank, to_ox
from kg.store.updateparse import operations
from kg.validate.batch import Exclude, validate_batch

#: Update operations that change data quad by quad, whose effect the parse alone tells.
DATA_OPERATIONS = ("InsertData", "DeleteData")
#: Operations on whole graphs, whose run gives the same result every time.
GRAPH_OPERATIONS = ("Create", "Drop", "Clear", "Copy", "Move", "Add")
#: ``CLEAR``/``DROP`` of these mean the client's graphs: the store's own are left as they are.
WHOLE_DATASET = ("ALL", "NAMED")


#: How an error names an operation of rdflib's algebra (as the update is written).
OPERATION_WORDS = {"InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
                   "Modify": "DELETE/INSERT … WHERE"}


def named_graphs(op: CompValue) -> Iterable[tuple[str, object]]:
    """(where, graph) for every graph ``op`` names as an IRI or a keyword (ALL, NAMED, DEFAULT)."""
    field = functools.partial(dict.get, op)  # (CompValue.get answers a missing key with a value of its own)
    words = OPERATION_WORDS.get(op.name, op.name.upper())
    for where, block in ((words, op), ("the DELETE template", field("delete")), ("the INSERT template", field("insert"))):
        for g in (dict.get(block, "quads") or {}) if isinstance(block, dict) else ():
            yield where, g
    if field("withClause") is not None:
        yield "WITH", field("withClause")
    for using in field("using") or []:
        for key in ("default", "named"):
            if dict.get(using, key) is not None:
                yield "USING", dict.get(using, key)
    if field("graphiri") is not None:
        yield op.name.upper(), field("graphiri")
    for g in field("graph") or []:
        yield op.name.upper(), g


def graph_node(g: URIRef) -> ox.NamedNode | ox.DefaultGraph:
    """The graph an IRI of the parse names; an IRI rdflib left relative (a base it cannot resolve
    against) stands for no graph here: the run on a copy resolves it, and its effect is checked."""
    try:
        return ox.NamedNode(str(g))
    except ValueError:
        return ox.DefaultGraph()


def refuse_reserved_names(ops: list[CompValue]) -> None:
    """Refuse an update whose operations name a reserved graph (rule 1 of the module)."""
    for op in ops:
        for where, g in named_graphs(op):
            if isinstance(g, URIRef) and is_reserved(graph_node(g)):
                raise UsageError(f"the update names {g} ({where}), a graph the store derives or owns",
                                 hint=RESERVED_HINT)


def refuse_reserved_effect(quads: Iterable[ox.Quad], verb: str) -> None:
    for q in quads:
        if is_reserved(q.graph_name):
            raise UsageError(f"the update would {verb} triples in {q.graph_name.value}, a graph the store derives "
                             "or owns (a GRAPH variable in a template reaches it)",
                             hint=RESERVED_HINT + "; name the graphs the update changes")


def data_effect(ops: list[CompValue]) -> tuple[list[ox.Quad], list[ox.Quad]] | None:
    """(added, removed) of an update of ``INSERT DATA`` / ``DELETE DATA`` alone, read from its
    parse, the last operation on a quad deciding; None for any other update. A quad inserted that
    the store holds already counts as added (it is validated again, at no risk), so that the store
    is not asked about each quad (a request each on a SPARQL server)."""
    if not ops or any(op.name not in DATA_OPERATIONS for op in ops):
        return None
    present: dict[ox.Quad, bool] = {}
    for op in ops:
        named = [(g, t) for g, triples in (dict.get(op, "quads") or {}).items() for t in triples]
        for g, (s, p, o) in [(None, t) for t in dict.get(op, "triples") or []] + named:
            try:
                subject, predicate, obj = to_ox(s), to_ox(p), to_ox(o)
                graph = ox.DefaultGraph() if g is None else ox.NamedNode(str(g))
            except ValueError:  # an IRI rdflib left relative: the run on a copy tells
                return None
            if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
                return None
            present[ox.Quad(subject, predicate, obj, graph)] = op.name == "InsertData"
    return [q for q, now in present.items() if now], [q for q, now in present.items() if not now]


def scratch_effect(store, update: str, base_iri: str | None) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """(added, removed) of any update, found by running it on a copy of the dataset in memory."""
    if store.url is not None:
        raise UsageError("a store on a SPARQL server takes only INSERT DATA and DELETE DATA through this "
                         "endpoint (other updates cannot be checked before they run)",
                         hint="send the update to the SPARQL server itself, or as INSERT DATA / DELETE DATA")
    scratch = ox.Store()
    scratch.bulk_extend(store.main)
    try:
        scratch.update(update, base_iri=base_iri) if base_iri else scratch.update(update)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}") from None
    except (ValueError, OSError) as exc:
        raise QueryError(f"the update cannot run: {exc}") from None
    added = [q for q in scratch if q not in store.main]
    removed = [q for q in store.main if q not in scratch]
    return added, removed


class AfterRemoval:
    """The store's context for a batch, less the quads the same update removes (a batch that
    replaces a value is judged against the store without the old one)."""

    def __init__(self, store, removed: list[ox.Quad]) -> None:
        self.store, self.removed = store, set(removed)

    def context_quads(self, batch: Iterable, *, exclude: Exclude = None) -> list[ox.Quad]:
        return [q for q in self.store.context_quads(batch, exclude=exclude) if q not in self.removed]


def data_text(added: list[ox.Quad], removed: list[ox.Quad]) -> str:
    """One update that removes ``removed`` and adds ``added`` (:func:`kg.rdf.terms.data_update`)."""
    return data_update(added, removed)


def checked_update(store, update: str, *, agent: str, base_iri: str | None = None) -> None:
    """Run ``update`` (already checked by ``kg.queries.safety``) on ``store`` under the rules of a
    load (see the module), recorded as a change set of ``agent``. Raises ``UsageError`` (a
    reserved graph) or ``ValidationFailed`` (with the report), having written nothing."""
    ops = operations(update, base_iri)
    refuse_reserved_names(ops)
    effect = data_effect(ops)
    added, removed = effect if effect is not None else scratch_effect(store, update, base_iri)
    refuse_reserved_effect(added, "add")
    if any(op.name in ("Clear", "Drop") and dict.get(op, "graphiri") in WHOLE_DATASET for op in ops):
        removed = [q for q in removed if not is_reserved(q.graph_name)]  # ALL: every graph of the client's
    refuse_reserved_effect(removed, "remove")
    if added:
        report = validate_batch(added, store=AfterRemoval(store, removed)).report
        if not report.conforms:
            count = sum(1 for v in report.violations if v.severity == "Violation")
            raise ValidationFailed(f"the update does not conform to the shapes ({count} violations); "
                                   "nothing was written", report,
                                   hint="fix what the update adds (the report names each node and property); "
                                        "an update has no quarantine")
    blank = any(has_blank(q) for q in (*added, *removed))
    if effect is not None and not blank:  # data blocks alone: the text gives the store exactly this effect
        store.update(update, agent=agent, base_iri=base_iri)
    elif effect is not None and store.url is not None:  # (a server names the blank nodes of its data itself)
        store.update(update, agent=agent, base_iri=base_iri)
    elif effect is not None:  # data blocks with blank nodes: the request's own, new in the store
        checked = ox.Store()  # (empty: the engine's own refusals, a label shared by two blocks among them)
        if base_iri:
            checked.update(update, base_iri=base_iri)
        else:
            checked.update(update)
        store.write_effect(fresh_blank_nodes(added), removed, agent=agent)
    elif not added and not removed:
        if all(op.name in GRAPH_OPERATIONS for op in ops) and not any(
                dict.get(op, "graphiri") in WHOLE_DATASET for op in ops):  # (an empty graph made or dropped)
            store.update(update, agent=agent, base_iri=base_iri)
    elif blank:  # (an update's text would name them afresh: a blank node of the store it adds to, one it removes)
        store.write_effect(added, removed, agent=agent)
    else:
        store.update(data_text(added, removed), agent=agent)


def fresh_blank_nodes(quads: list[ox.Quad]) -> list[ox.Quad]:
    """``quads`` (an update's data blocks, as parsed) with each blank node label of the request given a new blank node
    of its own, the same for every use of the label: a label names a node of one request, never one of the store nor
    of another request that used the same label."""
    nodes: dict[str, ox.BlankNode] = {}

    def fresh(term):
        return nodes.setdefault(term.value, ox.BlankNode()) if isinstance(term, ox.BlankNode) else term

    return [ox.Quad(fresh(q.subject), q.predicate, fresh(q.object), q.graph_name) for q in quads]


__all__ = ["AfterRemoval", "checked_update", "data_effect", "data_text", "fresh_blank_nodes", "operations",
           "refuse_reserved_names", "scratch_effect"]
