"""What every card reads with: the SPARQL prefixes, the document relations and task roles in the
order cards show them, a term's value, the labels of IRIs in the page's language (:class:`Labels`)
and a resource's properties."""

from __future__ import annotations

import pyoxigraph as ox

from kg.cards.model import NodeName
from kg.errors import NotFound
from kg.i18n import REVIEW, TEXT
from kg.rdf import identity
from kg.rdf.build import LINK_PROPERTY
from kg.rdf.vocab import ASSIGNED, DKG, RDF, RDFS, ROLE_BY_CODE, ROLES, role_path, role_values, sparql_prefixes
from kg.paths import doc_path
from kg.review.model import one_line
from kg.text.dockeys import key_name, label_adds

P = sparql_prefixes()

DKG_NS = str(DKG)
RDF_TYPE = str(RDF.type)
RDFS_LABEL = str(RDFS.label)
#: Document-to-document relations, in the order they are shown.
RELATIONS = ("implements", "continues", "amends", "replaces", "guides", "basedOn", "cites")
#: The inverse of each relation, whose label names a link seen from the other document.
INVERSE = {"implements": "implementedBy", "continues": "continuedBy", "amends": "amendedBy",
           "replaces": "replacedBy", "guides": "guidedBy", "basedOn": "basisFor"}
#: The roles a card shows for each task, in this order: every role of the one table, then a task
#: given to a body with no more specific role (only ``dkg:assignedBody`` stated).
TASK_ROLES = (*ROLES, ASSIGNED)
#: The roles as SPARQL: a row per (task, role property, body), an inferred ``dkg:assignedBody``
#: left out where the body holds a more specific role of the same task.
ROLE_ROWS = ("{ " + role_values() + " ?task ?role ?body } UNION { ?task <" + str(ASSIGNED.prop) + "> ?body "
              "FILTER NOT EXISTS { ?task " + role_path() + " ?body } BIND(<" + str(ASSIGNED.prop) + "> AS ?role) }")


def value(term) -> str | None:
    return None if term is None else term.value


def number(term) -> float | None:
    try:
        return float(term.value) if term is not None else None
    except ValueError:
        return None


def iri_list(iris) -> str:
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
                  VALUES ?s {{ {iri_list(chunk)} }}
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
                self.cache[s] = best[s][1] if s in best else local_name(s)

    def __call__(self, iri: str | None) -> str | None:
        if iri is None:
            return None
        if iri not in self.cache:
            self.load([iri])
        return self.cache[iri]


def place_label(iri: str, jurisdiction: str | None, labels: Labels) -> str | None:
    """Where a document applies, as its card names it: a commune's document by its commune, its district where
    the map before the reform knows it, and its province ("Xã Gia Viễn, Ninh Bình"), the commune being only in
    its IRI (:func:`kg.rdf.identity.document_commune`); any other by its jurisdiction's label."""
    return identity.document_place(iri, jurisdiction, labels(jurisdiction)) if jurisdiction else None


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def properties(store, iri: str) -> dict[str, list]:
    _, rows = store.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode(iri)})
    out: dict[str, list] = {}
    for r in rows:
        out.setdefault(r["p"].value, []).append(r["o"])
    return out


def first(props: dict, name: str):
    values = props.get(DKG_NS + name) or []
    return values[0] if values else None


def check_iri(iri: str) -> None:
    """A usage error of ``iri`` (a card's address, a form's field) if it is no IRI (:meth:`kg.errors.NotFound.iri`)."""
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise NotFound.iri(iri) from None


def fact_line(kind: str, fact: dict, labels: Labels) -> str:
    """A review item's fact in one line in the page's language (``kg.review.model.one_line`` with
    links and roles named as the ontology and the pages name them)."""
    words = TEXT[labels.lang]
    return one_line(kind, fact, lambda code: relation_label(code, labels),
                    lambda code: words[ROLE_BY_CODE[code].word].lower() if code in ROLE_BY_CODE else code, labels.lang)


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
    return TEXT[labels.lang]["cited_by"]  # (the ontology has no inverse of ``cites``)


def node_names(store, iris, lang: str) -> list[NodeName]:
    """``iris`` (the nodes a fact became) as an analyst reads them: each one's kind and name, a document by the name
    its card gives and a link to it (a fact's page listed the addresses alone)."""
    iris = sorted(set(iris))
    if not iris:
        return []
    labels = Labels(store, lang)
    # (an event's kind, where it is one: its label names it where its own is blank, and its day or the lack of one)
    # (a link between two documents became a statement about them, rdf:Statement: named by what it says, "54/KH-UBND
    # thực hiện 12-CTr/TU", where its page showed the digest its address ends in)
    _, rows = store.select(P + f"""SELECT ?s ?type ?key ?event ?day ?from ?link ?to WHERE {{ VALUES ?s {{ {iri_list(iris)} }}
        OPTIONAL {{ ?s a ?type FILTER(STRSTARTS(STR(?type), "{DKG_NS}")) }} OPTIONAL {{ ?s dkg:key ?key }}
        OPTIONAL {{ ?s dkg:eventKind ?event OPTIONAL {{ ?s dkg:eventDate ?day }} }}
        OPTIONAL {{ ?s rdf:subject/dkg:key ?from ; rdf:predicate ?link ; rdf:object/dkg:key ?to }} }}""")
    said: dict[str, str] = {}  # (a statement's words, by node)
    for r in rows:
        if r.get("link") is not None:
            link = r["link"].value
            said[r["s"].value] = " ".join((key_name(r["from"].value), relation_label(link.rsplit("#", 1)[-1], labels)
                                           if link.startswith(DKG_NS) else link, key_name(r["to"].value)))
    kinds: dict[str, set[str]] = {}
    keys: dict[str, str] = {}
    events: dict[str, str | None] = {}  # (an event's kind, by node, and whether a day is known below)
    dated: set[str] = set()
    for r in rows:
        if r.get("type") is not None:
            kinds.setdefault(r["s"].value, set()).add(r["type"].value)
        if r.get("key") is not None:
            keys.setdefault(r["s"].value, r["key"].value)
        if r.get("event") is not None:
            events[r["s"].value] = r["event"].value
            if r.get("day") is not None:
                dated.add(r["s"].value)
    labels.load([*iris, *(t for ts in kinds.values() for t in ts), *(e for e in events.values() if e)])
    out: list[NodeName] = []
    for iri in iris:
        kind = min(kinds.get(iri, ()), default=None)  # (one of several classes, the same one each time)
        key = keys.get(iri)
        event = events.get(iri)
        # (a blank label names no node: an event by its kind, "Hội nghị", else the last part of its address)
        label = said.get(iri) or (labels(iri) or "").strip() or (labels(event) if event else None) or local_name(iri)
        name = label if not key or (key in label and label_adds(label, key)) else key_name(key)
        kind_said = labels(kind) if kind else REVIEW[lang]["link"] if iri in said else None
        out.append(NodeName(iri=iri, kind=kind_said, name=name,
                            href=doc_path(key) if key else None, undated=iri in events and iri not in dated))
    return out

