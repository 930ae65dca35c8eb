"""What changed (có gì mới), by change set: the read model of ``dkg changes`` and of the web's
``/changes`` page, its JSON twin and its Atom feed (which :mod:`kg.changes_text` says in words).

Each change set of the store (:mod:`kg.store.history`) is read back from its recorded quads and
sorted into what an analyst follows: new (or removed) documents, the issue date (ngày ban hành) set or
taken from a document the change set neither adds nor removes, implementation links (``dkg:implements``), targets,
outcomes, review events and the bodies given a task, each with the document whose card it
belongs to (targets, outcomes and events a text ties to no document are listed by their own labels). What a change
set changed rather than added or removed (a reviewer's correction: a document's date, a link's type or linked
document, a document moved to another node, a task's body or role, a document's issuer, an outcome's unit, an
event's organiser; a target's or an outcome's figure, words, unit or document, an event's type, date or documents
reviewed, a task's document or words, whose node the correction made anew) is one item ``changed``, with the fields
before (``was``) and after (``now``): one rule, :mod:`kg.changes_pairs`, to which this module gives the versions it
reads from the quads (a link's type, the fields of a node that stays: :data:`FIELDS`; the reviewed fact a node is:
:mod:`kg.changes_facts`). A node a correction held back (it does not validate) is removed and ``held`` (why, and
where it waits); a document's place a correction gave and the graph did not take (a province's document keeps its
province) is a change of its place with the place ``kept``.
Each change set also names the reviewers' decisions it recorded (:class:`DecisionView`: who, the word given, why),
those alike said once; one that changed none of these items (an acceptance of a fact already in the graph) is listed
for its decisions when no filter is set. Derived change sets (reasoning, reindexing) and those that touch none of
these are left out.

Filters (:class:`kg.changes_model.Filters`): ``province`` (a province or district, as the named queries take a place:
name with or without diacritics, GSO code or IRI; the items of documents whose jurisdiction lies
within it), ``level`` (central, province, district, commune) and ``doc`` (a document key: the items
of that document, links to it included, and a fact or link a change took away from it: :func:`moved_from`);
``limit`` change sets, newest first. The same rule
(:meth:`Filters.keeps`) chooses the documents of ``dkg export --province`` (``kg.exporting``).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg import changes_decided as decided
from kg.changes_model import (FIELDS, KINDS, Action, ChangeSetView, Changes, DecisionView, Filters, Item, Kind,
                              SourceText, subclasses)
from kg.changes_facts import earlier_facts, fact_fields, made_anew, mark_facts, mark_kept_facts, reviewed_facts
from kg.changes_pairs import DATES, FACT_KINDS, ITEM_ROUTES, MOVED_FIELDS, Version, by_fact, changed, unchanged_left_out
from kg.paths import doc_path
from kg.rdf.build import LINK_PROPERTY
from kg.rdf.graphs import INDEX, SOURCE_PREFIX
from kg.rdf.identity import document_place
from kg.rdf.terms import OX_DKG, OX_RDF, OX_RDFS
from kg.rdf.vocab import DKG, PROV, ROLES
from kg.review import ledger
from kg.store import docindex, history, payloads, storeformat, undo
from kg.text.dockeys import key_name

class _Lookup:
    """Facts about a resource: from the change set's own quads first (a removed document is no longer in the store),
    else from the store."""

    def __init__(self, store, quads: Iterable[ox.Quad]) -> None:
        self.store = store
        self.present: dict[object, bool] = {}
        self.local: dict[tuple, list] = {}
        for q in quads:
            self.local.setdefault((q.subject, q.predicate), []).append(q.object)

    def one(self, node, predicate):
        if node is None:
            return None
        found = self.local.get((node, predicate))
        if found:
            return found[0]
        return next((q.object for q in self.store.main.quads_for_pattern(node, predicate, None)
                     if q.graph_name != INDEX), None)

    def text(self, node, predicate) -> str | None:
        term = self.one(node, predicate)
        return term.value if term is not None else None

    def name(self, node) -> str | None:  # a reviewer's: kept by a change set where an undo took out the store's copy
        term = self.one(node, OX_RDFS.label) or (payloads.kept_object(self.store, node, OX_RDFS.label) if node else None)
        return term.value if term is not None else None

    def in_store(self, node) -> bool:
        """Is ``node`` a document of the store now (one a later change set, or a reviewer's rejection, took out has
        no card to link to)?"""
        if node is None:
            return False
        if node not in self.present:
            self.present[node] = next(iter(self.store.main.quads_for_pattern(node, OX_DKG.key, None)), None) is not None
        return self.present[node]


@dataclass(frozen=True)
class _Found:
    kind: Kind
    doc: object  # the document's node, or None
    node: object = None
    target: object = None
    date: object = None
    body: object = None
    role: str | None = None


#: the roles' properties (a task's body: chủ trì, phối hợp, ...) by their nodes, to their codes
_ROLE_OF = {ox.NamedNode(str(r.prop)): r.code for r in ROLES}


def _found(q: ox.Quad, look: _Lookup, doc_classes: set, event_classes: set) -> _Found | None:
    s, p, o = q.subject, q.predicate, q.object
    if p == OX_RDF.type and o in doc_classes:
        return _Found("document", s, date=look.one(s, OX_DKG.dateIssued))
    if p == OX_DKG.dateIssued and (s, OX_RDF.type) not in look.local:
        # the date of a document this change set does not add or remove (those items carry their date)
        return _Found("issued", s, date=o)
    if p == OX_DKG.implements:
        return _Found("link", s, target=o)
    if p == OX_DKG.reportsTarget and q.graph_name == ledger.REVIEW:  # a reviewer confirmed a matched pair (kg.review.tie)
        return _Found("tie", look.one(o, OX_DKG.setBy), node=s, date=look.one(s, OX_DKG.asOf))
    if p == OX_DKG.decides and q.graph_name == ledger.REVIEW and look.one(o, OX_RDF.predicate) == OX_DKG.reportsTarget \
            and look.text(s, OX_DKG.reviewState) == "rejected":  # ... or said the outcome does not answer the target
        outcome = look.one(o, OX_RDF.subject)
        return _Found("untie", look.one(look.one(o, OX_RDF.object), OX_DKG.setBy), node=outcome,
                      date=look.one(outcome, OX_DKG.asOf))
    if p == OX_DKG.reportsOn or (p == OX_DKG.reportsTarget and look.one(s, OX_DKG.reportsOn) is None):
        doc = o if p == OX_DKG.reportsOn else look.one(o, OX_DKG.setBy)
        return _Found("outcome", doc, node=s, date=look.one(s, OX_DKG.asOf))
    if p == OX_RDF.type and o == OX_DKG.Target:  # a target (chỉ tiêu), of its document if any
        return _Found("target", look.one(s, OX_DKG.setBy), node=s)
    if (p == OX_RDF.type and o == OX_DKG.Outcome and look.one(s, OX_DKG.reportsOn) is None
            and look.one(s, OX_DKG.reportsTarget) is None):
        # a result the text ties to no document still changed the graph: listed without a card
        return _Found("outcome", None, node=s, date=look.one(s, OX_DKG.asOf))
    if p in _ROLE_OF:  # a body given a task (phân công), of the task's document if any: a reviewer's correction
        return _Found("assignment", look.one(s, OX_DKG.underDocument), node=s, body=o, role=_ROLE_OF[p])
    if p == OX_RDF.type and o in event_classes or p == OX_DKG.reviews:
        doc = o if p == OX_DKG.reviews else look.one(s, OX_DKG.reviews)
        return _Found("event", doc, node=s, date=look.one(s, OX_DKG.eventDate))
    return None


def _items(store, payload: payloads.Payload, doc_classes: set, event_classes: set) -> list[Item]:
    out: list[Item] = []
    look = _Lookup(store, [*payload.added, *payload.removed])
    typed = [{q.subject for q in quads if q.predicate == OX_RDF.type} for quads in (payload.added, payload.removed)]
    for action, quads in (("added", payload.added), ("removed", payload.removed)):
        seen: set = set()
        for q in quads:
            found = _found(q, look, doc_classes, event_classes)
            if found is None or (found.doc is None and found.kind in ("document", "issued", "link")):
                continue
            if found.kind == "document" and found.doc in typed[0] & typed[1]:
                continue  # a document whose type a correction changed on its own node: said by its fields (_in_place)
            ident = (found.kind, found.node if found.node is not None else found.doc, found.target, found.body)
            if ident in seen:
                continue
            seen.add(ident)
            out.append(_describe(found, "added" if action == "added" else "removed", look))
    # what was changed, said once, before -> after (kg.changes_pairs): its date, a link's type, what the items pair,
    # the nodes that stay
    facts, held = reviewed_facts(payload)
    earlier = earlier_facts(payload)
    # (the twins a reader cannot tell apart left out first: not a fact's node made anew, whose change of a field the
    # page does not show, a target's period, is said by its fact)
    anew = made_anew(facts)
    out = [*unchanged_left_out([i for i in out if i["kind"] not in FACT_KINDS or i["node"] not in anew]),
           *(i for i in out if i["kind"] in FACT_KINDS and i["node"] in anew)]
    out = changed(out, [DATES, _link_types(out, payload, look), *ITEM_ROUTES,
                        _in_place(payload, look, typed[0] ^ typed[1], doc_classes, event_classes),
                        by_fact(facts, lambda i: fact_fields(i, look, earlier.get(facts[(i["action"], i["node"])])))])
    out += _places_kept(store, payload, look, {i["document"] for i in out if i["kind"] == "document"})
    mark_facts(out, facts, held)
    mark_kept_facts(store, out, payload)
    for i in out:
        if i["action"] != "changed":
            i["now"] = None  # (a document's fields, read to compare a moved one's: said only where they changed)
    # in the order a reader follows them (a first ingest of nineteen texts listed two hundred items as the
    # change log held them, kinds and documents mixed): added before removed, by kind (KINDS), each
    # document's items together, then by their own words
    out.sort(key=lambda i: (ACTIONS.index(i["action"]), KINDS.index(i["kind"]), key_name(i["key"]).casefold(),
                            (i["node_label"] or "").casefold()))
    return out


_ASSOCIATED = ox.NamedNode(str(PROV.wasAssociatedWith))


def _decisions(store, payload: payloads.Payload) -> list[DecisionView]:
    """The decisions a change set added to ``graph/review``: a reviewer's, not the copies an ingest makes of those
    about an earlier version of a text (``prov:wasDerivedFrom``), which the reviewer did not take again."""
    look, copies = _Lookup(store, payload.added), ledger.copied(payload.added)
    found: Counter = Counter()
    named: dict[tuple, list] = {}  # (the facts each group of decisions was about: kg.changes_decided)
    for q in payload.added:
        if q.graph_name != ledger.REVIEW or q.predicate != OX_RDF.type \
                or q.object not in (OX_DKG.ReviewDecision, OX_DKG.TargetAssessment) or (d := q.subject) in copies:
            continue
        reviewer = look.name(look.one(d, _ASSOCIATED))
        if q.object == OX_DKG.TargetAssessment:
            found[("assessment", look.text(d, OX_DKG.assessedStatus) or "", reviewer, look.text(d, OX_DKG.assessmentNote),
                   None, None)] += 1
            continue
        kind = "tie" if look.one(look.one(d, OX_DKG.decides), OX_RDF.predicate) == OX_DKG.reportsTarget else "fact"
        earlier = look.one(d, OX_DKG.overrides)  # (kept in graph/review: a decision is never replaced)
        group = (kind, look.text(d, OX_DKG.reviewState) or "", reviewer, look.text(d, OX_DKG.reason),
                 look.name(look.one(earlier, _ASSOCIATED)) if earlier is not None else None,
                 look.text(earlier, OX_DKG.reviewState) if earlier is not None else None)
        found[group] += 1
        if kind == "fact" and len(facts := named.setdefault(group, [])) < decided.NAMED \
                and (fact := decided.decided_fact(look.text, d)):
            facts.append(fact)
    return [DecisionView(kind=kind, state=state, reviewer=reviewer, reason=reason, count=count,
                         replaced_reviewer=was_by, replaced_state=was,
                         facts=decided.with_sentences(store, sorted(named.get(group, []), key=lambda f: f[0]["id"])))
            for group, count in sorted(found.items(), key=lambda f: tuple(x or "" for x in f[0]))
            for kind, state, reviewer, reason, was_by, was in [group]]


#: the order of a change set's items: what it changed in place, then what it added, then what it removed
ACTIONS = ("changed", "added", "removed")


#: the links between documents (their properties' nodes), to the type a correction gives (``implements``, ``based_on``)
_LINK_TYPE = {ox.NamedNode(str(prop)): code for code, prop in LINK_PROPERTY.items()}


def _link_types(items: list[Item], payload: payloads.Payload, look: _Lookup) -> list[Version]:
    """The links between documents a change set removed or added, of every type, as versions of the link between
    the two (:mod:`kg.changes_pairs`: a type corrected, implements -> based on, is one change of ``type``); an
    ``implements`` link is the item it is, a link of another type no item of its own."""
    links: dict[tuple, Item] = {(i["document"], i["target"], i["action"]): i for i in items if i["kind"] == "link"}
    out: list[Version] = []
    for action, quads in (("added", payload.added), ("removed", payload.removed)):
        for q in quads:
            if q.predicate in _LINK_TYPE:
                pair = (q.subject.value, q.object.value)
                out.append(Version(action, ("link-type", pair), {"type": _LINK_TYPE[q.predicate]},
                                   links.get((*pair, action)) if q.predicate == OX_DKG.implements else None,
                                   lambda q=q: _describe(_Found("link", q.subject, target=q.object), "changed", look)))
    return out


def _in_place(payload: payloads.Payload, look: _Lookup, whole: set, doc_classes: set, event_classes: set) -> list[Version]:
    """The nodes a change set changed without adding or removing them (``whole``: those it did): a document whose
    issuer or subject a reviewer corrected, an outcome's unit, an event's organiser (:data:`FIELDS`), as versions of
    the node (:mod:`kg.changes_pairs`): the fields before and after, as a reader names them."""
    values: dict[tuple, dict] = {}
    for action, quads in (("now", payload.added), ("was", payload.removed)):
        for q in quads:
            if q.subject not in whole and any(q.predicate in f for f in FIELDS.values()):
                values.setdefault((q.subject, q.predicate), {"now": [], "was": []})[action].append(q.object)
    by_node: dict = {}
    for (node, prop), said in values.items():
        by_node.setdefault(node, {})[prop] = said
    out: list[Version] = []
    for node, props in by_node.items():
        kind = _kind_of(node, look, doc_classes, event_classes)
        fields = FIELDS.get(kind or "", {})
        order = list(fields)  # (in the order a reader is told them: FIELDS)
        touched = sorted((p for p in props if p in fields), key=order.index)
        if not touched:
            continue
        found = (_Found("document", node) if kind == "document"
                 else _Found("outcome", look.one(node, OX_DKG.reportsOn), node=node, date=look.one(node, OX_DKG.asOf))
                 if kind == "outcome" else
                 _Found("event", look.one(node, OX_DKG.reviews), node=node, date=look.one(node, OX_DKG.eventDate)))
        shown = lambda found=found: _describe(found, "changed", look)  # noqa: E731  (described where it is said)
        for action, side in (("removed", "was"), ("added", "now")):
            out.append(Version(action, ("node", node.value), {fields[p]: _value_said(node, p, props[p][side], look)
                                                              for p in touched}, shown=shown))
    return out


def _places_kept(store, payload: payloads.Payload, look: _Lookup, said: set) -> list[Item]:
    """The documents whose place a reviewer's correction in this change set gave and the graph did not take (a
    province's document applies to its whole province, and the map from 1 July 2025 has no districts: "huyện Cao Lộc"
    given to the Provincial Committee's plan), each an item ``changed`` of its place as the reviewer gave it, with the
    place the graph keeps (``kept``): the correction is recorded, and the reader is told it did not move the document
    (``said``: the documents the change set's other items say already). A decision an ingest copied is no reviewer's."""
    out: list[Item] = []
    copies = ledger.copied(payload.added)
    for q in payload.added:
        if q.predicate != OX_DKG.newValue or q.graph_name != ledger.REVIEW or q.subject in copies \
                or look.text(q.subject, OX_DKG.factKind) != "document":
            continue
        new, old = (json.loads(look.text(q.subject, p) or "{}") for p in (OX_DKG.newValue, OX_DKG.previousValue))
        source = (look.text(q.subject, OX_DKG.aboutSource) or "").rsplit("/", 1)[-1]
        nodes = ledger.fact_nodes(store, look.text(q.subject, OX_DKG.factId) or "", source) if source else []
        if not new.get("place") or new.get("place") == old.get("place") or not nodes or nodes[0] in said:
            continue
        item = _describe(_Found("document", ox.NamedNode(nodes[0])), "changed", look)
        if item["place"] != new["place"]:
            out.append(Item(**{**item, "was": {"place": item["place"]}, "now": {"place": new["place"]},
                               "kept": item["place"]}))
    return out


def _kind_of(node, look: _Lookup, doc_classes: set, event_classes: set) -> str | None:
    """``document``, ``outcome`` or ``event``: what kind of node of :data:`FIELDS` ``node`` is, else None."""
    types = {q.object for q in look.store.main.quads_for_pattern(node, OX_RDF.type, None)} | set(
        look.local.get((node, OX_RDF.type), ()))
    if types & doc_classes:
        return "document"
    if OX_DKG.Outcome in types:
        return "outcome"
    return "event" if types & event_classes else None


def _value_said(node, prop, terms: list, look: _Lookup) -> str | None:
    """The values of ``prop`` a change set added (or removed) on ``node``, as a reader names them: a body by its name,
    a level by its code, a place as the card says it; several joined by "; "."""
    said: list[str] = []
    for term in terms:
        if prop == OX_DKG.jurisdiction:
            said.append(document_place(node.value, term.value, look.text(term, OX_RDFS.label)) or term.value)
        elif prop == OX_DKG.level:
            said.append(term.value.rsplit("/", 1)[-1])
        elif isinstance(term, ox.NamedNode):
            said.append(look.text(term, OX_DKG.canonicalName) or look.text(term, OX_RDFS.label) or term.value)
        else:
            said.append(term.value)
    return "; ".join(sorted(set(said))) or None


def _facts(node, look: _Lookup) -> dict[str, str | None]:
    """A document's fields of :data:`FIELDS` besides those an item carries anyway (place, level), to compare a
    moved document's before and after."""
    return {name: _value_said(node, prop, [t] if (t := look.one(node, prop)) is not None else [], look)
            for prop, name in FIELDS["document"].items() if name not in MOVED_FIELDS}


def _place(node, look: _Lookup) -> str | None:
    """Where a document applies, as its card names it (:func:`kg.rdf.identity.document_place`)."""
    jurisdiction = look.one(node, OX_DKG.jurisdiction)
    if node is None or jurisdiction is None:
        return None
    return document_place(node.value, jurisdiction.value, look.text(jurisdiction, OX_RDFS.label))


def _describe(found: _Found, action: Action, look: _Lookup) -> Item:
    key = look.text(found.doc, OX_DKG.key)
    level = look.text(found.doc, OX_DKG.level)
    target_key = look.text(found.target, OX_DKG.key)
    return Item(kind=found.kind, action=action, document=getattr(found.doc, "value", None),
                node_label=look.text(found.node, OX_RDFS.label), key=key,
                href=doc_path(key) if key is not None and look.in_store(found.doc) else None,
                label=look.text(found.doc, OX_RDFS.label),
                level=level.rsplit("/", 1)[-1] if level is not None else None,
                date=getattr(found.date, "value", None), node=getattr(found.node, "value", None),
                target=getattr(found.target, "value", None), target_key=target_key,
                target_href=doc_path(target_key) if target_key is not None and look.in_store(found.target) else None,
                value=_number(look.one(found.node, OX_DKG.value)), denominator=_number(look.one(found.node, OX_DKG.denominator)),
                unit=look.text(found.node, OX_DKG.unit), comparator=look.text(found.node, OX_DKG.comparator),
                place=_place(found.doc, look) if found.kind == "document" else None, was=None,
                now=_facts(found.doc, look) if found.kind == "document" else None,
                body=look.text(found.body, OX_DKG.canonicalName) or look.text(found.body, OX_RDFS.label),
                role=found.role)


def _number(term) -> float | None:
    try:
        return float(term.value) if isinstance(term, ox.Literal) else None
    except ValueError:  # (a value the shapes would refuse, met in an old change set)
        return None


def source_texts(sources: list[str], known: Mapping[str, Mapping], files: Mapping[str, str] | None = None,
                 named: Mapping[str, str] | None = None) -> list[SourceText]:
    """The texts a change set's sources name, for a reader: an ingested text's source graph and review queue both name
    the text, shown once by its title (else the file the change set was made from, ``files``, else its file name now;
    one no longer in the store by the file a change set read it from, ``named``: ``kg.store.history.text_files``) with
    its review page; any other source (a loaded file, an endpoint client) as recorded."""
    out: list[SourceText] = []
    seen: set[str] = set()
    for s in sources:
        ident = next((s.removeprefix(p) for p in (SOURCE_PREFIX, ledger.RECORD_PREFIX) if s.startswith(p)), None)
        if ident is None:
            out.append(SourceText(id=None, title=s, href=None, file=None))
            continue
        if ident in seen:
            continue
        seen.add(ident)
        meta, file = known.get(ident), (files or {}).get(ident)
        title = (meta.get("title") or file or meta.get("name")) if meta else None
        out.append(SourceText(id=ident, title=title or file or (named or {}).get(ident) or ident,
                              href=f"/review/{ident}" if meta else None, file=file))
    return out


def moved_from(item: Item) -> list[str]:
    """The documents a change took an item away from (a target's or an outcome's document corrected, a link's linked
    document): the change concerns them too, and ``?doc=`` lists it under them as under its document now."""
    was = item["was"] or {}
    return [key for field in ("document", "to") if was.get(field) for key in was[field].split("; ")]


def changes(store, filters: Filters, since=None, only: int | None = None, before: int | None = None) -> Changes:
    """The change sets with what they changed, newest first, after the filters (``since``: made on or after that day;
    ``only``: change set ``only`` alone, as its undo page shows it; ``before``: those numbered below it, the next page
    of the history), at most ``filters.limit``; ``older`` says the ``before`` of the page after, where one more change
    set is shown there. Each change set is read as it is reached, newest first (:func:`kg.store.history.newest_first`):
    a page of the history costs what it shows (and, under filters, what it passes over), not the whole history; under
    a document, only the change sets that name it are read (:mod:`kg.store.docindex`)."""
    doc_classes, event_classes = subclasses(store, DKG.Document), subclasses(store, DKG.ReviewEvent)
    known: dict[str, dict] | None = None
    in_province, out = filters.in_province(store), list[ChangeSetView]()
    undos = undo.undone(history.undo_sets(store))  # (only the undos decide what is undone)
    older: int | None = None
    start = only + 1 if only is not None else before
    # under a document, the change sets that may concern it alone (kg.store.docindex), where the store names them
    among = docindex.candidates(store, filters.doc) if filters.doc and storeformat.changes_indexed(store) else None
    for c in history.newest_first(store, before=start, among=among):
        if since is not None and not history.started_since(c, since):
            break  # (the numbers follow the order the writes were made in: all older ones started before too)
        if only is not None and c.number != only:
            break
        if c.derived_only:
            continue
        payload = payloads.read_payload(store, c.number)
        if payload is None:
            continue
        items = [r for r in _items(store, payload, doc_classes, event_classes)
                 if filters.keeps(r["document"], r["level"], (r["key"], r["target_key"], *moved_from(r)), in_province)]
        decisions = _decisions(store, payload) if items or not filters.params() else []
        # a decision that changed nothing the filters see (an acceptance: the fact was in the graph already)
        # is shown without filters only: it names no document of a province
        if not (items or (decisions and not filters.params())):
            continue
        if len(out) >= filters.limit:  # (one more is shown on the next page: say where it starts)
            older = out[-1]["id"]
            break
        if known is None:  # read once, and only when a change set is shown
            known, named = {m["id"]: m for m in ledger.sources(store)}, history.text_files(store)
        out.append(ChangeSetView(id=c.number, iri=c.iri, time=c.time, command=c.command, sources=c.sources,
                                 added=c.added, removed=c.removed, graphs=c.graphs, undoes=c.undoes,
                                 derived_only=c.derived_only, by=c.by, source_texts=source_texts(c.sources, known, c.files, named),
                                 items=items, decisions=decisions, undone_by=u.named() if (u := undos.get(c.number)) else None))
    return Changes(filters=filters.params(), change_sets=out, older=older)


#: the name the log gives a write made on the review pages (a decision, an assessment, a tie), said in the reader's
#: language by :func:`command_text`
REVIEW_PAGE = "review page"
#: ... and a change set undone from its undo page (/changes/N/undo), as the one `dkg rollback` through the server is not
UNDO_PAGE = "undo page"
