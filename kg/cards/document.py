"""The document card (thẻ văn bản): what a document is, its links to other documents, its tasks
with the bodies in each role, its targets with their outcomes, its review events, the sources of
each fact and the review marks."""

from __future__ import annotations

from collections import OrderedDict
from typing import cast

import pyoxigraph as ox

from kg.asof import card_as_of, parse_as_of
from kg.cards.base import (DKG_NS, INVERSE, P, RDF_TYPE, RDFS_LABEL, RELATIONS, ROLE_ROWS, TASK_ROLES, Labels,
                           check_iri, fact_line, first, iri_list, local_name, number, place_label, properties,
                           relation_label, value)
from kg.errors import NotFound
from kg.i18n import share_said, task_said
from kg.queries import achievement, as_float, day_of, details_of, matched_outcomes, missing_document, read_candidates
from kg.queries.parameters import of_place
from kg.paths import body_path, doc_path, graph_path, review_path, scoreboard_path
from kg.rdf.vocab import BASE, DKG, GRAPH
from kg.text.dockeys import key_spellings, placed_spellings
from kg.cards.model import (Ambiguous, BodyLink, DocumentCard, DocumentSummary, Event, HeldFact, Labelled, Outcome, RelatedDocument,
                            Target, Task, TaskBody, role_bodies)
from kg.text.matching import Goal, same_unit, unit_words
from kg.cards.sources import link_source_counts, link_sources, sources_of, subjects_met
from kg.review import held_facts, link_review_marks, review_marks
from kg.review.ties import earlier_ties, tie_in_force

def find_documents(store, key: str) -> list[str]:
    """IRIs of the documents with this key (or symbol, or IRI). Several when local symbols collide."""
    iris: list[str] = []
    placed = placed_spellings(key)
    for k in key_spellings(key):
        _, rows = store.select(P + """
            SELECT DISTINCT ?k ?d WHERE { { ?d dkg:key ?k } UNION { ?d dkg:symbol ?k } } ORDER BY ?d""",
                               {"k": ox.Literal(k)})
        iris = [r["d"].value for r in rows]
        if k in placed:  # ('NQ:HĐND tỉnh Tuyên Quang về ...': the documents of Tuyên Quang keyed 'NQ:HĐND tỉnh về ...')
            iris = of_place(store, iris, placed[k])
        if iris:
            break
    if not iris and key.startswith(BASE):
        check_iri(key)
        _, rows = store.select(P + "SELECT DISTINCT ?d ?t WHERE { ?d a ?t } LIMIT 1", {"d": ox.NamedNode(key)})
        if rows:
            iris = [key]
    return iris


def document_card(store, key: str, lang: str = "vi", iri: str | None = None,
                  as_of=None) -> DocumentCard | Ambiguous:
    """Everything the document card shows (and its JSON twin returns); with ``as_of`` (a date or
    ``YYYY-MM-DD``), as it stood on that day (``kg.asof.card_as_of``)."""
    day = parse_as_of(as_of) if as_of not in (None, "") else None
    iris = find_documents(store, key)
    if not iris:
        held = held_facts(store, key)
        whole = [e for e in held if e.item.kind == "document"]
        if whole:  # not missing: kept out of the graph whole, waiting for a reviewer
            raise NotFound.document_held(key, whole[0].item.violation(lang) or "", review_path(whole[0].item.source, whole[0].item.id))
        raise missing_document(store, key, "document-missing")
    if iri is not None:
        if iri not in iris:
            raise NotFound(f"{iri} is not a document with key {key!r}",
                           hint=f"give the IRI of one with that key ({', '.join(iris)}), or leave the IRI out")
        iris = [iri]
    if len(iris) > 1:
        labels = Labels(store, lang)
        return Ambiguous(key=key, ambiguous=[_doc_summary(store, i, labels) for i in iris])
    card = _card(store, iris[0], lang)
    return cast(DocumentCard, card_as_of(card, day)) if day is not None else card


def _doc_summary(store, iri: str, labels: Labels) -> DocumentSummary:
    props = properties(store, iri)
    key = value(first(props, "key")) or iri
    jur = value(first(props, "jurisdiction"))
    return DocumentSummary(iri=iri, key=key, href=doc_path(key, iri), label=value((props.get(RDFS_LABEL) or [None])[0]),
                           date=value(first(props, "dateIssued")), place=place_label(iri, jur, labels))


def issuer_link(issuer: str | None, code: str | None, labels: Labels) -> BodyLink | None:
    """Who issued a document, as its card says: the body, else the code its number gives ("UBND" in 87/KH-UBND,
    where no body was named), as the cascade table and the graph view say it (label, else code); None for
    neither."""
    if issuer:
        return {"iri": issuer, "label": labels(issuer), "href": body_path(issuer)}
    return {"iri": None, "label": code, "href": None} if code else None


def _card(store, iri: str, lang: str) -> DocumentCard:
    labels = Labels(store, lang)
    props = properties(store, iri)
    doc = ox.NamedNode(iri)
    types = [t.value for t in props.get(RDF_TYPE, []) if t.value.startswith(DKG_NS)]
    issuer = value(first(props, "issuer"))
    level = value(first(props, "level"))
    jur = value(first(props, "jurisdiction"))
    doctype = value(first(props, "documentType"))

    # links to and from other documents
    rel_values = " ".join(f"dkg:{r}" for r in RELATIONS)
    _, out_rows = store.select(P + f"""
        SELECT DISTINCT ?d ?rel ?o ?k ?date ?j WHERE {{ VALUES ?rel {{ {rel_values} }} ?d ?rel ?o .
          OPTIONAL {{ ?o dkg:key ?k }} OPTIONAL {{ ?o dkg:dateIssued ?date }} OPTIONAL {{ ?o dkg:jurisdiction ?j }} }}
        ORDER BY ?rel ?date ?k""", {"d": doc})
    _, in_rows = store.select(P + f"""
        SELECT DISTINCT ?d ?rel ?o ?k ?date ?j WHERE {{ VALUES ?rel {{ {rel_values} }} ?o ?rel ?d .
          OPTIONAL {{ ?o dkg:key ?k }} OPTIONAL {{ ?o dkg:dateIssued ?date }} OPTIONAL {{ ?o dkg:jurisdiction ?j }} }}
        ORDER BY ?rel ?date ?k""", {"d": doc})

    def links(rows, incoming: bool) -> list[RelatedDocument]:
        """One entry per related document (a link stated in several graphs, or a document with
        several keys or dates, comes back as several rows), its relations named as seen from
        this document: ``implements`` out, ``implementedBy`` in."""
        found: OrderedDict[str, tuple[list[str], str | None, str | None]] = OrderedDict()  # relations, key, date
        units: dict[str, str] = {}  # (a document with two units: the least, on every engine)
        for r in rows:
            other, rel, k, date = r["o"].value, local_name(r["rel"].value), value(r.get("k")), value(r.get("date"))
            if (unit := value(r.get("j"))) is not None and (other not in units or unit < units[other]):
                units[other] = unit
            relations, key, first_date = found.setdefault(other, ([], None, None))
            if rel not in relations:
                relations.append(rel)
            found[other] = (relations, min(key, k) if key is not None and k is not None else key or k,
                            min(first_date, date) if first_date is not None and date is not None else first_date or date)
        ordered = sorted(found.items(), key=lambda x: (RELATIONS.index(x[1][0][0]) if x[1][0][0] in RELATIONS else 99,
                                                       x[1][2] or "", x[1][1] or x[0]))
        labels.load([other for other, _ in ordered] + list(units.values())
                    + [str(DKG[INVERSE.get(r, r) if incoming else r]) for r in RELATIONS])
        out = []
        for other, (relations, key, date) in ordered:
            relations.sort(key=lambda r: RELATIONS.index(r) if r in RELATIONS else 99)
            out.append(RelatedDocument(
                relation=relations[0], relations=relations, iri=other, key=key or other, date=date,
                label=labels(other), relation_label=", ".join(relation_label(r, labels, incoming) for r in relations),
                href=doc_path(key) if key else None, review=None, place=place_label(other, units.get(other), labels)))
        return out

    # tasks
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?d ?task ?desc ?deadline ?role ?body WHERE {{ ?task dkg:underDocument ?d .
          OPTIONAL {{ ?task dkg:description ?desc }} OPTIONAL {{ ?task dkg:deadline ?deadline }}
          OPTIONAL {{ {ROLE_ROWS} }}
        }} ORDER BY ?task""", {"d": doc})
    tasks: OrderedDict[str, Task] = OrderedDict()
    for r in rows:
        t = tasks.setdefault(r["task"].value, Task(
            iri=r["task"].value, description=task_said(value(r.get("desc")), lang), deadline=value(r.get("deadline")),
            leadBody=[], coordinatingBody=[], participatingBody=[], monitoringBody=[], assignedBody=[],
            sources=[], review=None))
        if r.get("role") is not None:
            b = r["body"].value
            bodies = role_bodies(t, local_name(r["role"].value))
            if all(x["iri"] != b for x in bodies):
                bodies.append(TaskBody(iri=b, href=body_path(b), label=None))
    labels.load(b["iri"] for t in tasks.values() for role in TASK_ROLES for b in role_bodies(t, role.name))
    for t in tasks.values():
        for role in TASK_ROLES:
            for b in role_bodies(t, role.name):
                b["label"] = labels(b["iri"])

    # targets and their outcomes
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?t ?text ?value ?unit ?cmp ?year ?period ?o ?ov ?oden ?ounit ?asof ?status ?otext ?confirmed
        WHERE {
          ?t dkg:setBy ?d .
          OPTIONAL { ?t dkg:text ?text } OPTIONAL { ?t dkg:value ?value } OPTIONAL { ?t dkg:unit ?unit }
          OPTIONAL { ?t dkg:comparator ?cmp } OPTIONAL { ?t dkg:targetYear ?year } OPTIONAL { ?t dkg:period ?period }
          OPTIONAL { ?o dkg:reportsTarget ?t .
            # (a reviewer's tie names the outcome's node, kg.review.ties: a new version of its text that changed the
            # outcome leaves the tie and nothing else said of the node, which is then no outcome)
            FILTER EXISTS { ?o ?_said ?_what FILTER(?_said != dkg:reportsTarget) }
            OPTIONAL { GRAPH <""" + str(GRAPH.review) + """> { ?o dkg:reportsTarget ?t } BIND(true AS ?confirmed) }
            OPTIONAL { ?o dkg:value ?ov } OPTIONAL { ?o dkg:denominator ?oden } OPTIONAL { ?o dkg:unit ?ounit }
            OPTIONAL { ?o dkg:asOf ?asof } OPTIONAL { ?o dkg:status ?status } OPTIONAL { ?o dkg:text ?otext } }
        } ORDER BY ?t ?asof""", {"d": doc})
    targets: OrderedDict[str, Target] = OrderedDict()
    for r in rows:
        target = targets.setdefault(r["t"].value, Target(
            iri=r["t"].value, text=value(r.get("text")), value=number(r.get("value")), unit=value(r.get("unit")),
            comparator=value(r.get("cmp")), year=value(r.get("year")), period=value(r.get("period")),
            outcomes=[], sources=[], review=None, assessment=None, earlier_ties=[]))
        if r.get("o") is not None and all(o["iri"] != r["o"].value for o in target["outcomes"]):
            # a tie a reviewer confirmed (kg.review.ties) is kept in graph/review: said so, not "stated by the source"
            target["outcomes"].append(_outcome(r, labels, target, link="confirmed" if r.get("confirmed") else "stated"))
    loose = _match_outcomes(store, doc, targets, labels, value(first(props, "dateIssued")))
    for target in targets.values():  # (who confirmed a pair, and the word the card's form says it was shown)
        for o in target["outcomes"]:
            if o["link"] == "confirmed" and (word := tie_in_force(store, o["iri"], target["iri"])) is not None:
                o["tie"] = {"reviewer": word.reviewer, "at": word.at.isoformat(), "iri": word.iri}
    for iri, earlier in earlier_ties(store, list(targets)).items():  # (decisions on a pair no correction drops silently)
        targets[iri]["earlier_ties"] = earlier

    # review events
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?e ?type ?kind ?date ?org ?start ?end ?place WHERE { ?e dkg:reviews ?d .
          OPTIONAL { ?e a ?type FILTER(STRSTARTS(STR(?type), STR(dkg:))) } OPTIONAL { ?e dkg:eventKind ?kind }
          OPTIONAL { ?e dkg:eventDate ?date } OPTIONAL { ?e dkg:organiser ?org }
          OPTIONAL { ?e dkg:periodStart ?start } OPTIONAL { ?e dkg:periodEnd ?end } OPTIONAL { ?e dkg:place ?place }
        } ORDER BY ?date""", {"d": doc})
    events: OrderedDict[str, Event] = OrderedDict()
    for r in rows:
        e = r["e"].value
        if e in events:
            continue
        org = value(r.get("org"))
        events[e] = Event(iri=e, kind=labels(value(r.get("kind")) or value(r.get("type"))),
                          date=value(r.get("date")), organiser=labels(org),
                          organiser_href=body_path(org) if org else None,
                          period_start=value(r.get("start")), period_end=value(r.get("end")),
                          place=labels(value(r.get("place"))), sources=[], review=None)

    facts = [iri, *tasks, *targets, *(o["iri"] for t in targets.values() for o in t["outcomes"]),
             *(o["iri"] for o in loose), *events]
    sources = sources_of(store, facts, labels)
    marks = review_marks(store, facts)
    items: list[Task | Target | Outcome | Event] = [*tasks.values(), *targets.values(), *loose, *events.values(),
                                                    *(o for t in targets.values() for o in t["outcomes"])]
    for item in items:
        item["sources"] = sources.get(item["iri"], [])
        item["review"] = marks.get(item["iri"])
    for target in targets.values():  # a reviewer's assessment, beside the outcomes as reported
        mark = target["review"]
        target["assessment"] = mark["assessment"] if mark else None
    implements, implemented_by = links(out_rows, incoming=False), links(in_rows, incoming=True)
    _link_marks(store, iri, implements, implemented_by)
    for incoming, related in ((False, implements), (True, implemented_by)):
        counted = link_source_counts(store, iri, [x["iri"] for x in related], incoming=incoming)
        for x in related:
            x["source_count"] = counted.get(x["iri"], 0)
    # (a document whose number another document shares, in another place or term: its row opens its own card, not
    # the page that asks which one is meant)
    shared = _shared_keys(store, [x["iri"] for x in [*implements, *implemented_by]])
    for x in [*implements, *implemented_by]:
        if x["iri"] in shared and x["href"]:
            x["href"] = doc_path(x["key"], x["iri"])
    key = value(first(props, "key")) or iri
    return DocumentCard(
        iri=iri,
        key=key,
        symbol=value(first(props, "symbol")),
        label=value((props.get(RDFS_LABEL) or [None])[0]),
        types=[Labelled(iri=t, label=labels(t)) for t in types],
        document_type=labels(doctype) if doctype else None,
        issuer=issuer_link(issuer, value(first(props, "issuerCode")), labels),
        issuer_code=value(first(props, "issuerCode")),
        level=labels(level) if level else None,
        level_code=local_name(level) if level else None,
        jurisdiction=place_label(iri, jur, labels),
        date=value(first(props, "dateIssued")),
        party_term=value(first(props, "partyTerm")),
        subject=value(first(props, "subject")),
        graph_href=graph_path(key),
        scoreboard_href=scoreboard_path(key),
        implements=implements,
        implemented_by=implemented_by,
        tasks=list(tasks.values()),
        # (in the order the targets query lists them, by year then words: "(1) ...", "(2) ..."; by IRI they came
        # in a hash's order, "(7)" before "(4)" before "(1)")
        targets=sorted(targets.values(), key=lambda t: (t["year"] or "", t["text"] or "", t["iri"])),
        outcomes=loose,
        events=list(events.values()),
        sources=sources.get(iri, []),
        subjects=subjects_met(store, iri, sources.get(iri, []), marks.get(iri)),
        review=marks.get(iri),
        review_counts={state: sum(m["state"] == state for m in marks.values())
                     for state in ("accepted", "corrected", "pending")},
        link_sources=link_sources(store, iri, labels),
        held=held_about(store, key, labels),
    )


def held_about(store, key: str, labels: Labels) -> list[HeldFact]:
    """The facts naming ``key`` that a violation keeps out of the graph (``kg.review.held_facts``)."""
    return [HeldFact(id=e.item.id, kind=e.item.kind, line=fact_line(e.item.kind, e.status.fact, labels),
                     reason=e.item.violation(labels.lang), confidence=e.item.confidence, quote=e.item.quote,
                     review_href=review_path(e.item.source, e.item.id))
            for e in held_facts(store, key)]


def _shared_keys(store, iris: list[str]) -> set[str]:
    """The documents of ``iris`` whose key another document has too."""
    if not iris:
        return set()
    _, rows = store.select(P + f"""SELECT DISTINCT ?x WHERE {{ VALUES ?x {{ {iri_list(iris)} }} ?x dkg:key ?k .
        ?twin dkg:key ?k FILTER(?twin != ?x) }}""")
    return {r["x"].value for r in rows}


def _link_marks(store, iri: str, implements: list[RelatedDocument], implemented_by: list[RelatedDocument]) -> None:
    """Set ``review`` on each related document of the card: the mark of its link as stated in an
    ingested text (the first relation that has one), or None."""
    wanted: dict[int, list[tuple[str, str, str]]] = {}
    for incoming, entries in ((False, implements), (True, implemented_by)):
        for x in entries:
            for rel in x["relations"]:
                a, b = (x["iri"], iri) if incoming else (iri, x["iri"])
                wanted.setdefault(id(x), []).append((a, str(DKG[rel]), b))
    marks = link_review_marks(store, [link for links in wanted.values() for link in links])
    for x in [*implements, *implemented_by]:
        x["review"] = next((marks[link] for link in wanted.get(id(x), []) if link in marks), None)


def _outcome(r, labels: Labels, target: Target | None, link: str | None = None) -> Outcome:
    status = value(r.get("status"))
    o = Outcome(iri=r["o"].value, value=number(r.get("ov")), denominator=number(r.get("oden")), unit=value(r.get("ounit")),
                as_of=value(r.get("asof")), status=labels(status) if status else None,
                status_code=local_name(status) if status else None, text=value(r.get("otext")),
                achievement_percent=None, share=None, sources=[], review=None, link=link, similarity=None,
                reported_on=value(r.get("ck")), met=None, tie=None)
    if target is not None:
        _judge(o, target, labels.lang)
    return o


def _judge(o: Outcome, target: Target, lang: str) -> None:
    """Set the share of ``target`` an outcome reached and whether it meets the target by its comparator, both by
    the targets query's rule (``kg.queries.achievement``, which also compares "34/55 xã" with a goal in %): the
    share where the two are in the same unit (or one has none) or the outcome is a count out of a whole against a
    percentage, said as the targets table says it (``kg.i18n.share_said``: how far under a ceiling, not a
    percentage of it); met or not only where the units are known to match."""
    aim, figure, unit = target["value"], o["value"], o["unit"]
    fraction = unit_words(target["unit"]) == ["%"] and bool(o["denominator"])
    known_same = same_unit(unit, target["unit"])
    if figure is None or not aim or not (known_same or fraction or not unit or not target["unit"]):
        return
    row = {"target_value": aim, "outcome_value": figure, "denominator": o["denominator"], "unit": target["unit"],
           "outcome_unit": unit, "comparator": target["comparator"], "as_of": o["as_of"] or "reported"}
    achievement(row)
    ratio, margin = row["ratio"], row["margin"]
    if isinstance(ratio, float) and margin is None:
        o["achievement_percent"] = round(100 * ratio, 1)
    o["share"] = share_said(ratio if isinstance(ratio, float) else None, margin if isinstance(margin, float) else None,
                            target["unit"], lang) or None
    if known_same or fraction:
        o["met"] = {"met": True, "exceeded": True, "partly": False, "not-met": False}.get(str(row["status"]))


def _match_outcomes(store, doc: ox.NamedNode, targets: OrderedDict[str, Target], labels: Labels,
                    issued: str | None) -> list[Outcome]:
    """Put under the document's targets the outcomes that answer them by unit and words, as the targets query
    does (one reading: the targets' details query given the document as ``?reported``, ``kg.queries.matched``):
    those reported on the document with no stated target, and those reported on a plan that carries it out in
    the same place (point (aj): a plan's results), with the targets of those plans as rivals. The outcomes
    reported on the document itself and left unmatched are returned (the card's other outcomes), undated first,
    then by date."""
    candidates = read_candidates(details_of(store, "targets", {"doc": doc.value})(reported=[doc.value]))
    found = candidates.found.get(doc.value, {})
    outcomes = {iri: _candidate(row, labels) for iri, row in found.items()}
    goals = {doc.value: {t: Goal(iri=t, text=target["text"], unit=target["unit"]) for t, target in targets.items()}}
    taken = set()
    for t, pairs in matched_outcomes(goals, candidates, {doc.value: issued}).items():
        for score, row in pairs:
            o = outcomes[row["candidate"]]
            o["link"], o["similarity"] = "words", score
            _judge(o, targets[t], labels.lang)
            targets[t]["outcomes"].append(o)
            taken.add(row["candidate"])
        targets[t]["outcomes"].sort(key=lambda x: x["as_of"] or "")  # (by date, as the stated ones)
    own = [o for iri, o in outcomes.items() if o["reported_on"] is None and iri not in taken]
    return sorted(own, key=lambda o: (o["as_of"] is not None, o["as_of"] or "", o["iri"]))


def _candidate(row: dict, labels: Labels) -> Outcome:
    """A candidate row of the targets' details (``c_*`` columns, ``c_on``: the key of the plan it was reported on)
    as the card's outcome."""
    status = row.get("c_status")
    figure, whole = row.get("c_value"), row.get("c_denominator")
    return Outcome(iri=row["candidate"], value=as_float(figure), denominator=as_float(whole), unit=row.get("c_unit"),
                   as_of=day_of(row.get("c_as_of")), status=labels(status) if status else None,
                   status_code=local_name(status) if status else None, text=row.get("c_text"),
                   achievement_percent=None, share=None, sources=[], review=None, link=None, similarity=None,
                   reported_on=row.get("c_on"), met=None, tie=None)
