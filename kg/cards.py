"""Cards: the read model of documents, bodies, the home page and search, as plain dicts.

The web pages lay these out (their JSON twins are these dicts) and ``dkg show KEY`` prints a
document's card as text or JSON (:func:`card_text`). Each fact an ingested text stated carries
``review`` (``kg.review.review_marks``: pending, accepted or corrected, and by whom), so that
pages mark the reviewed ones; rejected and still-violating facts are not in the graph at all.
Every function takes the store and returns JSON-ready data. Text from the data (labels,
subjects, quotes) is returned as it is: escaping is the templates' job (jinja2 autoescape).
May import the store, queries, ``kg.rdf`` and ``kg.review``; never the CLI or the web app.

Every query here is ``SELECT DISTINCT``: the store's union default graph (Oxigraph 0.5) matches
a triple once per graph that holds it, and the same fact is often held by several source
graphs; a page shows it once, as ``/sparql`` and the named queries do.
"""

from __future__ import annotations

from collections import OrderedDict

import pyoxigraph as ox

from kg import queries
from kg.asof import card_as_of, parse_as_of
from kg.errors import NotFound
from kg.i18n import TEXT, format_number
from kg.paths import body_id as body_of
from kg.paths import body_iri, body_path, doc_path, graph_path, scoreboard_path
from kg.rdf.build import LINK_PROPERTY
from kg.rdf.vocab import ASSIGNED, BASE, DKG, ORG, RDF, RDFS, ROLES, role_path, role_values, sparql_prefixes
from kg.review import link_review_marks, review_marks

P = sparql_prefixes()

DKG_NS = str(DKG)
RDF_TYPE = str(RDF.type)
RDFS_LABEL = str(RDFS.label)
#: Document-to-document relations, in the order they are shown.
RELATIONS = ("implements", "continues", "amends", "replaces", "guides", "basedOn", "cites")
#: The inverse of each relation, whose label names a link seen from the other document.
INVERSE = {"implements": "implementedBy", "continues": "continuedBy", "amends": "amendedBy",
           "replaces": "replacedBy", "guides": "guidedBy", "basedOn": "basisFor"}
#: The ontology has no inverse of ``cites``: its name here.
CITED_BY = {"vi": "được viện dẫn bởi", "en": "cited by"}
#: The roles a card shows for each task, in this order: every role of the one table, then a task
#: given to a body with no more specific role (only ``dkg:assignedBody`` stated).
TASK_ROLES = (*ROLES, ASSIGNED)
#: The roles as SPARQL: a row per (task, role property, body), an inferred ``dkg:assignedBody``
#: left out where the body holds a more specific role of the same task.
_ROLE_ROWS = ("{ " + role_values() + " ?task ?role ?body } UNION { ?task <" + str(ASSIGNED.prop) + "> ?body "
              "FILTER NOT EXISTS { ?task " + role_path() + " ?body } BIND(<" + str(ASSIGNED.prop) + "> AS ?role) }")


def _v(term) -> str | None:
    return None if term is None else term.value


def _num(term) -> float | None:
    try:
        return float(term.value) if term is not None else None
    except ValueError:
        return None


def _iri_list(iris) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in iris)


class Labels:
    """Labels of IRIs in one language (Vietnamese first, English with ``lang="en"``)."""

    def __init__(self, store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self.cache: dict[str, str] = {}

    def load(self, iris) -> None:
        todo = sorted({i for i in iris if i and i not in self.cache})
        for start in range(0, len(todo), 200):
            chunk = todo[start:start + 200]
            _, rows = self.store.select(P + f"""
                SELECT DISTINCT ?s ?l ?rank WHERE {{
                  VALUES ?s {{ {_iri_list(chunk)} }}
                  {{ ?s skos:prefLabel ?l BIND(1 AS ?rank) }} UNION {{ ?s rdfs:label ?l BIND(2 AS ?rank) }}
                  UNION {{ ?s dkg:canonicalName ?l BIND(3 AS ?rank) }} UNION {{ ?s dkg:key ?l BIND(4 AS ?rank) }}
                }}""")
            best: dict[str, tuple] = {}
            for r in rows:
                lit = r["l"]
                lang = getattr(lit, "language", None)
                score = (0 if lang == self.lang else (1 if lang in (None, "vi") else 2), int(r["rank"].value))
                s = r["s"].value
                if s not in best or score < best[s][0]:
                    best[s] = (score, lit.value)
            for s in chunk:
                self.cache[s] = best[s][1] if s in best else _local(s)

    def __call__(self, iri: str | None) -> str | None:
        if iri is None:
            return None
        if iri not in self.cache:
            self.load([iri])
        return self.cache[iri]


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# --------------------------------------------------------------------------- documents


def find_documents(store, key: str) -> list[str]:
    """IRIs of the documents with this key (or symbol, or IRI). Several when local symbols collide."""
    _, rows = store.select(P + """
        SELECT DISTINCT ?k ?d WHERE { { ?d dkg:key ?k } UNION { ?d dkg:symbol ?k } } ORDER BY ?d""",
                           {"k": ox.Literal(key)})
    iris = [r["d"].value for r in rows]
    if not iris and key.startswith(BASE):
        _valid_iri(key, "document")
        _, rows = store.select(P + "SELECT DISTINCT ?d ?t WHERE { ?d a ?t } LIMIT 1", {"d": ox.NamedNode(key)})
        if rows:
            iris = [key]
    return iris


def document_card(store, key: str, lang: str = "vi", iri: str | None = None, as_of=None) -> dict:
    """Everything the document card shows (and its JSON twin returns); with ``as_of`` (a date or
    ``YYYY-MM-DD``), as it stood on that day (``kg.asof.card_as_of``)."""
    day = parse_as_of(as_of) if as_of not in (None, "") else None
    iris = find_documents(store, key)
    if not iris:
        raise NotFound(f"no document with key {key!r}", hint="keys look like 46-NQ/TW or 140/2017/NĐ-CP")
    if iri is not None:
        if iri not in iris:
            raise NotFound(f"{iri} is not a document with key {key!r}",
                           hint=f"give the IRI of one with that key ({', '.join(iris)}), or leave the IRI out")
        iris = [iri]
    if len(iris) > 1:
        labels = Labels(store, lang)
        return {"key": key, "ambiguous": [_doc_summary(store, i, labels) for i in iris]}
    card = _card(store, iris[0], lang)
    return card_as_of(card, day) if day is not None else card


def _props(store, iri: str) -> dict[str, list]:
    _, rows = store.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode(iri)})
    out: dict[str, list] = {}
    for r in rows:
        out.setdefault(r["p"].value, []).append(r["o"])
    return out


def _first(props: dict, name: str):
    values = props.get(DKG_NS + name) or []
    return values[0] if values else None


def _doc_summary(store, iri: str, labels: Labels) -> dict:
    props = _props(store, iri)
    key = _v(_first(props, "key")) or iri
    jur = _v(_first(props, "jurisdiction"))
    return {"iri": iri, "key": key, "href": doc_path(key, iri),
            "label": _v((props.get(RDFS_LABEL) or [None])[0]),
            "date": _v(_first(props, "dateIssued")), "place": labels(jur) if jur else None}


def _card(store, iri: str, lang: str) -> dict:
    labels = Labels(store, lang)
    props = _props(store, iri)
    doc = ox.NamedNode(iri)
    types = [t.value for t in props.get(RDF_TYPE, []) if t.value.startswith(DKG_NS)]
    issuer = _v(_first(props, "issuer"))
    level = _v(_first(props, "level"))
    jur = _v(_first(props, "jurisdiction"))
    doctype = _v(_first(props, "documentType"))

    # links to and from other documents
    rel_values = " ".join(f"dkg:{r}" for r in RELATIONS)
    _, out_rows = store.select(P + f"""
        SELECT DISTINCT ?d ?rel ?o ?k ?date WHERE {{ VALUES ?rel {{ {rel_values} }} ?d ?rel ?o .
          OPTIONAL {{ ?o dkg:key ?k }} OPTIONAL {{ ?o dkg:dateIssued ?date }} }} ORDER BY ?rel ?date ?k""",
                               {"d": doc})
    _, in_rows = store.select(P + f"""
        SELECT DISTINCT ?d ?rel ?o ?k ?date WHERE {{ VALUES ?rel {{ {rel_values} }} ?o ?rel ?d .
          OPTIONAL {{ ?o dkg:key ?k }} OPTIONAL {{ ?o dkg:dateIssued ?date }} }} ORDER BY ?rel ?date ?k""",
                              {"d": doc})

    def links(rows, incoming: bool):
        """One entry per related document (a link stated in several graphs, or a document with
        several keys or dates, comes back as several rows), its relations named as seen from
        this document: ``implements`` out, ``implementedBy`` in."""
        found: OrderedDict[str, dict] = OrderedDict()
        for r in rows:
            other, rel, k, date = r["o"].value, _local(r["rel"].value), _v(r.get("k")), _v(r.get("date"))
            x = found.setdefault(other, {"relation": rel, "relations": [], "iri": other, "key": k,
                                         "date": date, "label": None})
            if rel not in x["relations"]:
                x["relations"].append(rel)
            if k is not None and (x["key"] is None or k < x["key"]):
                x["key"] = k
            if date is not None and (x["date"] is None or date < x["date"]):
                x["date"] = date
        out = sorted(found.values(), key=lambda x: (RELATIONS.index(x["relations"][0]) if x["relations"][0]
                                                    in RELATIONS else 99, x["date"] or "", x["key"] or x["iri"]))
        labels.load([x["iri"] for x in out] + [str(DKG[INVERSE.get(r, r) if incoming else r]) for r in RELATIONS])
        for x in out:
            x["relations"].sort(key=lambda r: RELATIONS.index(r) if r in RELATIONS else 99)
            x["relation"] = x["relations"][0]
            x["relation_label"] = ", ".join(relation_label(r, labels, incoming) for r in x["relations"])
            x["href"] = doc_path(x["key"]) if x["key"] else None
            x["key"] = x["key"] or x["iri"]
            x["label"] = labels(x["iri"])
        return out

    # tasks
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?d ?task ?desc ?deadline ?role ?body WHERE {{ ?task dkg:underDocument ?d .
          OPTIONAL {{ ?task dkg:description ?desc }} OPTIONAL {{ ?task dkg:deadline ?deadline }}
          OPTIONAL {{ {_ROLE_ROWS} }}
        }} ORDER BY ?task""", {"d": doc})
    tasks: OrderedDict[str, dict] = OrderedDict()
    for r in rows:
        t = tasks.setdefault(r["task"].value, {"iri": r["task"].value, "description": _v(r.get("desc")),
                                                "deadline": _v(r.get("deadline")),
                                                **{role.name: [] for role in TASK_ROLES}})
        if r.get("role") is not None:
            b = r["body"].value
            entry = {"iri": b, "href": body_path(b)}
            if entry not in t[_local(r["role"].value)]:
                t[_local(r["role"].value)].append(entry)
    labels.load(b["iri"] for t in tasks.values() for role in TASK_ROLES for b in t[role.name])
    for t in tasks.values():
        for role in TASK_ROLES:
            for b in t[role.name]:
                b["label"] = labels(b["iri"])

    # targets and their outcomes
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?t ?text ?value ?unit ?cmp ?year ?period ?o ?ov ?oden ?ounit ?asof ?status ?otext WHERE {
          ?t dkg:setBy ?d .
          OPTIONAL { ?t dkg:text ?text } OPTIONAL { ?t dkg:value ?value } OPTIONAL { ?t dkg:unit ?unit }
          OPTIONAL { ?t dkg:comparator ?cmp } OPTIONAL { ?t dkg:targetYear ?year } OPTIONAL { ?t dkg:period ?period }
          OPTIONAL { ?o dkg:reportsTarget ?t .
            OPTIONAL { ?o dkg:value ?ov } OPTIONAL { ?o dkg:denominator ?oden } OPTIONAL { ?o dkg:unit ?ounit }
            OPTIONAL { ?o dkg:asOf ?asof } OPTIONAL { ?o dkg:status ?status } OPTIONAL { ?o dkg:text ?otext } }
        } ORDER BY ?t ?asof""", {"d": doc})
    targets: OrderedDict[str, dict] = OrderedDict()
    for r in rows:
        t = targets.setdefault(r["t"].value, {
            "iri": r["t"].value, "text": _v(r.get("text")), "value": _num(r.get("value")), "unit": _v(r.get("unit")),
            "comparator": _v(r.get("cmp")), "year": _v(r.get("year")), "period": _v(r.get("period")),
            "outcomes": []})
        if r.get("o") is not None and all(o["iri"] != r["o"].value for o in t["outcomes"]):
            t["outcomes"].append(_outcome(r, labels, t))
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?o ?ov ?oden ?ounit ?asof ?status ?otext WHERE { ?o dkg:reportsOn ?d .
          FILTER NOT EXISTS { ?o dkg:reportsTarget ?any }
          OPTIONAL { ?o dkg:value ?ov } OPTIONAL { ?o dkg:denominator ?oden } OPTIONAL { ?o dkg:unit ?ounit }
          OPTIONAL { ?o dkg:asOf ?asof } OPTIONAL { ?o dkg:status ?status } OPTIONAL { ?o dkg:text ?otext }
        } ORDER BY ?asof""", {"d": doc})
    loose = [_outcome(r, labels, None) for r in rows]

    # review events
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?e ?type ?kind ?date ?org ?start ?end ?place WHERE { ?e dkg:reviews ?d .
          OPTIONAL { ?e a ?type FILTER(STRSTARTS(STR(?type), STR(dkg:))) } OPTIONAL { ?e dkg:eventKind ?kind }
          OPTIONAL { ?e dkg:eventDate ?date } OPTIONAL { ?e dkg:organiser ?org }
          OPTIONAL { ?e dkg:periodStart ?start } OPTIONAL { ?e dkg:periodEnd ?end } OPTIONAL { ?e dkg:place ?place }
        } ORDER BY ?date""", {"d": doc})
    events: OrderedDict[str, dict] = OrderedDict()
    for r in rows:
        e = r["e"].value
        if e in events:
            continue
        org = _v(r.get("org"))
        events[e] = {"iri": e, "kind": labels(_v(r.get("kind")) or _v(r.get("type"))),
                     "date": _v(r.get("date")), "organiser": labels(org), "organiser_href": body_path(org) if org else None,
                     "period_start": _v(r.get("start")), "period_end": _v(r.get("end")),
                     "place": labels(_v(r.get("place")))}

    facts = [iri, *tasks, *targets, *(o["iri"] for t in targets.values() for o in t["outcomes"]),
             *(o["iri"] for o in loose), *events]
    sources = _sources(store, facts, labels)
    marks = review_marks(store, facts)
    for item in [*tasks.values(), *targets.values(), *loose, *events.values(),
                 *(o for t in targets.values() for o in t["outcomes"])]:
        item["sources"] = sources.get(item["iri"], [])
        item["review"] = marks.get(item["iri"])
    for t in targets.values():  # a reviewer's assessment, beside the outcomes as reported
        t["assessment"] = (t["review"] or {}).get("assessment")
    implements, implemented_by = links(out_rows, incoming=False), links(in_rows, incoming=True)
    _link_marks(store, iri, implements, implemented_by)
    key = _v(_first(props, "key")) or iri
    return {
        "iri": iri,
        "key": key,
        "symbol": _v(_first(props, "symbol")),
        "label": _v((props.get(RDFS_LABEL) or [None])[0]),
        "types": [{"iri": t, "label": labels(t)} for t in types],
        "document_type": labels(doctype) if doctype else None,
        "issuer": {"iri": issuer, "label": labels(issuer), "href": body_path(issuer)} if issuer else None,
        "issuer_code": _v(_first(props, "issuerCode")),
        "level": labels(level) if level else None,
        "level_code": _local(level) if level else None,
        "jurisdiction": labels(jur) if jur else None,
        "date": _v(_first(props, "dateIssued")),
        "party_term": _v(_first(props, "partyTerm")),
        "subject": _v(_first(props, "subject")),
        "graph_href": graph_path(key),
        "scoreboard_href": scoreboard_path(key),
        "implements": implements,
        "implemented_by": implemented_by,
        "tasks": list(tasks.values()),
        "targets": list(targets.values()),
        "outcomes": loose,
        "events": list(events.values()),
        "sources": sources.get(iri, []),
        "review": marks.get(iri),
        "review_counts": {state: sum(m["state"] == state for m in marks.values())
                          for state in ("accepted", "corrected", "pending")},
        "link_sources": _link_sources(store, iri, labels),
    }


def _link_marks(store, iri: str, implements: list[dict], implemented_by: list[dict]) -> None:
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


def relation_label(relation: str, labels: Labels, incoming: bool = False) -> str:
    """A link between documents named in the page's language as the ontology names it ('căn cứ'), as
    seen from the document that has it, or with ``incoming`` from the document it points to.
    ``relation`` is the property's local name ('basedOn') or the facts' link type ('based_on')."""
    if relation in LINK_PROPERTY:
        relation = str(LINK_PROPERTY[relation])[len(str(DKG)):]
    if not incoming:
        return labels(str(DKG[relation])) or relation
    if relation in INVERSE:
        return labels(str(DKG[INVERSE[relation]])) or INVERSE[relation]
    return CITED_BY.get(labels.lang, CITED_BY["en"])


def _outcome(r, labels: Labels, target: dict | None) -> dict:
    value, den = _num(r.get("ov")), _num(r.get("oden"))
    unit = _v(r.get("ounit"))
    achievement = None
    if target and value is not None and target.get("value"):
        if not (unit and target.get("unit") and unit != target["unit"]):
            achievement = round(100 * value / target["value"], 1)
    status = _v(r.get("status"))
    return {"iri": r["o"].value, "value": value, "denominator": den, "unit": unit, "as_of": _v(r.get("asof")),
            "status": labels(status) if status else None, "status_code": _local(status) if status else None,
            "text": _v(r.get("otext")), "achievement_percent": achievement}


def _sources(store, facts: list[str], labels: Labels) -> dict[str, list[dict]]:
    """``{fact: [{source, title, publisher, published, url, how, quotes: [...]}]}``."""
    if not facts:
        return {}
    out: dict[str, OrderedDict] = {}
    for start in range(0, len(facts), 200):
        chunk = _iri_list(facts[start:start + 200])
        _, rows = store.select(P + f"""
            SELECT DISTINCT ?fact ?how ?src ?title ?pub ?date ?url WHERE {{ VALUES ?fact {{ {chunk} }}
              VALUES ?how {{ dkg:extractedFrom dkg:curatedFrom }} ?fact ?how ?src .
              OPTIONAL {{ ?src dcterms:title ?title }} OPTIONAL {{ ?src dkg:publisher ?pub }}
              OPTIONAL {{ ?src dkg:published ?date }} OPTIONAL {{ ?src dkg:sourceUrl ?url }} }}""")
        for r in rows:
            fact, src = r["fact"].value, r["src"].value
            out.setdefault(fact, OrderedDict()).setdefault(src, _source(r, src))
        _, rows = store.select(P + f"""
            SELECT DISTINCT ?fact ?src ?title ?pub ?date ?url ?exact ?prefix ?suffix ?start ?end WHERE {{
              VALUES ?fact {{ {chunk} }} ?ev oa:hasBody ?fact ; oa:hasTarget ?t .
              OPTIONAL {{ ?t oa:hasSource ?src OPTIONAL {{ ?src dcterms:title ?title }}
                OPTIONAL {{ ?src dkg:publisher ?pub }} OPTIONAL {{ ?src dkg:published ?date }}
                OPTIONAL {{ ?src dkg:sourceUrl ?url }} }}
              OPTIONAL {{ ?t oa:hasSelector ?q . ?q oa:exact ?exact
                OPTIONAL {{ ?q oa:prefix ?prefix }} OPTIONAL {{ ?q oa:suffix ?suffix }} }}
              OPTIONAL {{ ?t oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }}
            }}""")
        for r in rows:
            fact = r["fact"].value
            src = _v(r.get("src")) or "?"
            entry = out.setdefault(fact, OrderedDict()).setdefault(src, _source(r, src))
            if r.get("exact") is not None:
                quote_ = {"exact": r["exact"].value, "prefix": _v(r.get("prefix")), "suffix": _v(r.get("suffix")),
                          "start": _v(r.get("start")), "end": _v(r.get("end"))}
                if quote_ not in entry["quotes"]:
                    entry["quotes"].append(quote_)
    return {f: list(v.values()) for f, v in out.items()}


def _source(r, src: str) -> dict:
    return {"iri": src, "title": _v(r.get("title")), "publisher": _v(r.get("pub")), "published": _v(r.get("date")),
            "url": _v(r.get("url")), "how": _local(_v(r.get("how")) or "extractedFrom"), "quotes": []}


def _link_sources(store, iri: str, labels: Labels) -> list[dict]:
    """Evidence for the document's links (annotations whose body is an rdf:Statement)."""
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?st ?s ?p ?o WHERE { ?ev oa:hasBody ?st . ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          FILTER(?s = ?d || ?o = ?d) }""", {"d": ox.NamedNode(iri)})
    if not rows:
        return []
    statements = {r["st"].value: r for r in rows}
    named = [s for s in statements if not s.startswith("_:")]
    srcs = _sources(store, named, labels)
    marks = review_marks(store, named)
    out = []
    for st, r in statements.items():
        relation = _local(r["p"].value)
        out.append({"subject": labels(r["s"].value), "relation": relation,
                    "relation_label": relation_label(relation, labels), "object": labels(r["o"].value),
                    "sources": srcs.get(st, []), "review": marks.get(st)})
    return out


# --------------------------------------------------------------------------- home and bodies


def home(store, lang: str = "vi", limit: int = 20) -> dict:
    labels = Labels(store, lang)
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?d ?k ?date ?subject (COUNT(DISTINCT ?prov) AS ?provinces) (COUNT(DISTINCT ?x) AS ?docs) WHERE {{
          ?d dkg:level <{BASE}vocab/level/central> ; dkg:key ?k .
          OPTIONAL {{ ?d dkg:dateIssued ?date }} OPTIONAL {{ ?d dkg:subject ?subject }}
          OPTIONAL {{ ?x dkg:implements+ ?d .
            OPTIONAL {{ ?x dkg:jurisdiction ?j . ?j dkg:partOf* ?prov . ?prov a dkg:Province }} }}
        }} GROUP BY ?d ?k ?date ?subject ORDER BY DESC(?provinces) DESC(?docs) DESC(?date) ?k LIMIT {int(limit)}""")
    central = [{"iri": r["d"].value, "key": r["k"].value, "href": doc_path(r["k"].value), "date": _v(r.get("date")),
                "subject": _v(r.get("subject")), "provinces": int(r["provinces"].value),
                "documents": int(r["docs"].value)} for r in rows]
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?d ?k ?date ?label ?level WHERE {{ ?d dkg:key ?k ; dkg:dateIssued ?date .
          OPTIONAL {{ ?d rdfs:label ?label }} OPTIONAL {{ ?d dkg:level ?level }} }}
        ORDER BY DESC(?date) ?k LIMIT {int(limit)}""")
    newest, seen = [], set()
    for r in rows:
        if r["d"].value in seen:
            continue
        seen.add(r["d"].value)
        lvl = _v(r.get("level"))
        newest.append({"iri": r["d"].value, "key": r["k"].value, "href": doc_path(r["k"].value),
                       "date": r["date"].value, "label": _v(r.get("label")), "level": labels(lvl) if lvl else None})
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?e ?date ?kind ?d ?k WHERE {{ ?e dkg:reviews ?d ; dkg:eventDate ?date . ?d dkg:key ?k .
          OPTIONAL {{ ?e dkg:eventKind ?kind }} }} ORDER BY DESC(?date) LIMIT {int(limit)}""")
    events = [{"iri": r["e"].value, "date": r["date"].value, "kind": labels(_v(r.get("kind"))),
               "key": r["k"].value, "href": doc_path(r["k"].value)} for r in rows]
    return {"central": central, "newest": newest, "events": events}


def _valid_iri(iri: str, what: str) -> None:
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise NotFound(f"no {what} {iri!r}: not a valid IRI", hint="check the address for spaces or < > \" { }") \
            from None


def body_card(store, body_id: str, lang: str = "vi") -> dict:
    iri = body_iri(body_id)
    _valid_iri(iri, "body")
    props = _props(store, iri)
    if not props:
        raise NotFound(f"no body {body_id!r}", hint="bodies are linked from the document cards")
    labels = Labels(store, lang)
    node = ox.NamedNode(iri)
    parent = [o.value for o in props.get(str(ORG.subOrganizationOf), [])]
    _, rows = store.select(P + "SELECT DISTINCT ?b ?c WHERE { ?c org:subOrganizationOf ?b } ORDER BY ?c", {"b": node})
    children = [r["c"].value for r in rows]
    _, rows = store.select(P + """
        SELECT DISTINCT ?b ?d ?k ?date WHERE { ?d dkg:issuer ?b ; dkg:key ?k OPTIONAL { ?d dkg:dateIssued ?date } }
        ORDER BY DESC(?date) ?k""", {"b": node})
    issued = [{"key": r["k"].value, "href": doc_path(r["k"].value), "date": _v(r.get("date"))} for r in rows]
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?body ?role ?task ?desc ?k WHERE {{ {_ROLE_ROWS} OPTIONAL {{ ?task dkg:description ?desc }}
          OPTIONAL {{ ?task dkg:underDocument ?d . ?d dkg:key ?k }} }}""", {"body": node})
    role_of = {r.name: r for r in TASK_ROLES}
    order = list(role_of)
    # (in the table's order of roles, then by document: an ORDER BY on the role IRIs would sort
    # them by their text)
    rows = sorted(rows, key=lambda r: (order.index(_local(r["role"].value)), _v(r.get("k")) or "", r["task"].value))
    words = TEXT[lang]
    tasks = [{"role": _local(r["role"].value), "role_label": words[role_of[_local(r["role"].value)].word],
              "description": _v(r.get("desc")), "key": _v(r.get("k")),
              "href": doc_path(r["k"].value) if r.get("k") is not None else None} for r in rows]
    _, rows = store.select(P + """
        SELECT DISTINCT ?b ?e ?date ?kind ?k WHERE { ?e dkg:organiser ?b . OPTIONAL { ?e dkg:eventDate ?date }
          OPTIONAL { ?e dkg:eventKind ?kind } OPTIONAL { ?e dkg:reviews ?d . ?d dkg:key ?k } } ORDER BY ?date""",
                           {"b": node})
    events = [{"date": _v(r.get("date")), "kind": labels(_v(r.get("kind"))), "key": _v(r.get("k")),
               "href": doc_path(r["k"].value) if r.get("k") is not None else None} for r in rows]
    level = _v(_first(props, "level"))
    jur = _v(_first(props, "jurisdiction"))
    kind = _v(_first(props, "bodyKind"))
    labels.load([*parent, *children])
    return {
        "iri": iri,
        "id": body_of(iri),
        "label": labels(iri),
        "canonical_name": _v(_first(props, "canonicalName")),
        "types": [labels(t.value) for t in props.get(RDF_TYPE, []) if t.value.startswith(DKG_NS)],
        "kind": labels(kind) if kind else None,
        "level": labels(level) if level else None,
        "jurisdiction": labels(jur) if jur else None,
        "parents": [{"iri": p, "label": labels(p), "href": body_path(p)} for p in parent],
        "children": [{"iri": c, "label": labels(c), "href": body_path(c)} for c in children],
        "issued": issued,
        "tasks": tasks,
        "events": events,
    }


# --------------------------------------------------------------------------- search


def search(store, text: str, limit: int = 50) -> dict:
    """Documents and bodies matching ``text`` (diacritics optional) through the ``search``
    named query; columns and rows as the query returns them."""
    entry = queries.get("search")
    params = list(getattr(entry, "parameters", []) or [])
    name = getattr(params[0], "name", "q") if params else "q"
    table = queries.run(store, "search", {name: text})
    data = table.to_json()
    rows = data.get("rows", []) if isinstance(data, dict) else []
    shown = [c for c in SEARCH_COLUMNS if c in table.columns]
    return {"query": text, "columns": shown, "rows": rows[:limit], "more": len(rows) > limit}


#: Columns of the ``search`` query shown on the home page, in this order.
SEARCH_COLUMNS = ("key", "label", "type", "level", "place", "date")


# --------------------------------------------------------------------------- the card as text


def card_text(card: dict, lang: str = "vi") -> str:
    """A document card (:func:`document_card`) as plain text, for ``dkg show``."""
    t = TEXT[lang]
    if "ambiguous" in card:
        lines = [t["ambiguous"]]
        lines += [f"  {d['key']}  {d['iri']}" + (f"  ({d['date']})" if d.get("date") else "") for d in card["ambiguous"]]
        return "\n".join(lines) + "\n"
    lines = [f"{card['key']}" + (f"  {card['label']}" if card.get("label") and card["label"] != card["key"] else "")
             + _mark(card.get("review"), t)]
    fields = [("type", card.get("document_type") or ", ".join(x["label"] for x in card.get("types", []))),
              ("issuer", (card.get("issuer") or {}).get("label")), ("level", card.get("level")),
              ("jurisdiction", card.get("jurisdiction")), ("date", card.get("date")),
              ("term", card.get("party_term")), ("subject", card.get("subject")), ("as_of", card.get("as_of"))]
    lines += [f"{t[name]}: {value}" for name, value in fields if value]
    if card.get("before_issue"):
        lines.append(t["not_issued_yet"])
    for section in ("implements", "implemented_by"):
        if card[section]:
            lines.append(f"{t[section]}:")
            lines += [f"  {x['relation_label']} {x['key']}" + (f" ({x['date']})" if x.get("date") else "")
                      + (f": {x['label']}" if x.get("label") and x["label"] != x["key"] else "")
                      + _mark(x.get("review"), t) for x in card[section]]
    if card["tasks"]:
        lines.append(f"{t['tasks']} ({len(card['tasks'])}):")
        for task in card["tasks"]:
            roles = "; ".join(f"{t[role.word]}: " + ", ".join(b["label"] for b in task[role.name])
                              for role in TASK_ROLES if task.get(role.name))
            lines.append(f"  - {task['description'] or task['iri']}"
                         + (f" [{t['deadline']}: {task['deadline']}]" if task.get("deadline") else "")
                         + (f" ({roles})" if roles else "") + _mark(task.get("review"), t))
    if card["targets"]:
        lines.append(f"{t['targets']} ({len(card['targets'])}):")
        for target in card["targets"]:
            lines.append(f"  - {target['text'] or target['iri']}" + _mark(target.get("review"), t))
            if target.get("assessment"):
                a = target["assessment"]
                lines.append(f"      {t['assessed']}: {t['assessed_' + a['status']]}" + (f" ({a['note']})" if a.get("note") else ""))
            for o in target["outcomes"]:
                lines.append(f"      {t['outcome']}: {_outcome_text(o, t, lang)}" + _mark(o.get("review"), t))
    if card["outcomes"]:
        lines.append(f"{t['other_outcomes']}:")
        lines += [f"  - {_outcome_text(o, t, lang)}" + _mark(o.get("review"), t) for o in card["outcomes"]]
    if card["events"]:
        lines.append(f"{t['review_events']}:")
        lines += [f"  - {e['date'] or '?'} {e['kind'] or ''}".rstrip()
                  + (f" ({t['organiser']}: {e['organiser']})" if e.get("organiser") else "")
                  + _mark(e.get("review"), t) for e in card["events"]]
    if any((card.get("review_counts") or {}).values()):
        lines.append(f"[✓] {t['review_legend']}")
    return "\n".join(lines) + "\n"


def _mark(review: dict | None, t: dict[str, str]) -> str:
    """`` [✓ reviewed: Lan]`` for a fact a reviewer accepted or corrected, else nothing."""
    if not review or not review.get("reviewed"):
        return ""
    return f" [✓ {t['review_' + review['state']]}" + (f": {review['reviewer']}" if review.get("reviewer") else "") + "]"


def _outcome_text(o: dict, t: dict[str, str], lang: str) -> str:
    figure = ""
    if o.get("value") is not None:
        figure = format_number(o["value"], lang) + (f"/{format_number(o['denominator'], lang)}"
                                                    if o.get("denominator") is not None else "")
        figure += f" {o['unit']}" if o.get("unit") else ""
    parts = [" · ".join(x for x in (figure, o.get("text") or "") if x)]
    if o.get("achievement_percent") is not None:
        parts.append(f"{t['achievement']}: {format_number(o['achievement_percent'], lang)}%")
    if o.get("status"):
        parts.append(f"{t['status']}: {o['status']}")
    if o.get("as_of"):
        parts.append(f"{t['as_of']}: {o['as_of']}")
    return "; ".join(p for p in parts if p)
