"""Where a card's facts come from: the sources each fact was extracted or curated from, with the
quotes that state it, and the evidence for the document's links."""

from __future__ import annotations

from collections import OrderedDict

import pyoxigraph as ox

from kg.cards.base import P, Labels, iri_list, local_name, relation_label, value
from kg.cards.model import LinkSource, Quote, Source, SubjectMet
from kg.paths import fact_path, review_path
from kg.rdf.graphs import SOURCE_PREFIX
from kg.rdf.identity import source_iri
from kg.rdf.quotes import SourceTexts
from kg.review import queued_sources, review_marks
from kg.review.model import ReviewMark
from kg.text.dockeys import key_name

def sources_of(store, facts: list[str], labels: Labels) -> dict[str, list[Source]]:
    """The sources of each fact, with the quotes that state it."""
    if not facts:
        return {}
    out: dict[str, OrderedDict[str, Source]] = {}
    texts = SourceTexts(store.main)
    for start in range(0, len(facts), 200):
        chunk = iri_list(facts[start:start + 200])
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
        texts.load(r.get("src") for r in rows  # (the texts of the quotes to make a context for, in a few queries)
                   if r.get("exact") is not None and r.get("prefix") is None and r.get("suffix") is None)
        for r in rows:
            fact = r["fact"].value
            src = value(r.get("src")) or "?"
            entry = out.setdefault(fact, OrderedDict()).setdefault(src, _source(r, src))
            if r.get("exact") is not None:
                prefix, suffix = value(r.get("prefix")), value(r.get("suffix"))
                if prefix is None and suffix is None:  # (not written: made from the source's text, kg.rdf.quotes)
                    prefix, suffix = _context(texts, r) or (None, None)
                quote_ = Quote(exact=r["exact"].value, prefix=prefix, suffix=suffix,
                               start=value(r.get("start")), end=value(r.get("end")))
                if quote_ not in entry["quotes"]:
                    entry["quotes"].append(quote_)
    pages = {iri: review_path(sid) for iri, sid in
             queued_sources(store, {src for v in out.values() for src in v}).items()}
    carried = carriers_of(store, {src for v in out.values() for src in v})
    for by_source in out.values():
        for src, entry in by_source.items():
            entry["review"] = pages.get(src)
            if src in carried:  # (only where another site carries it: a card's twin keeps its fields otherwise)
                entry["carriers"] = carried[src]
    return {f: list(v.values()) for f, v in out.items()}


def subjects_met(store, iri: str, sources: list[Source], mark: ReviewMark | None) -> list[SubjectMet]:
    """Each wording of the subject of the document ``iri`` that a graph holds, with those of ``sources`` (the card's)
    whose text's graph gave it and the pages of the document's facts read from them (``mark``: its review mark, which
    names them); in the order of the first text that gave each (a wording no text gave, last)."""
    _, rows = store.select(P + f"SELECT DISTINCT ?s ?g WHERE {{ VALUES ?d {{ {iri_list([iri])} }} GRAPH ?g {{ ?d dkg:subject ?s }} }}")
    by_iri = {s["iri"]: s for s in sources}
    facts = {f["source"]: fact_path(f["id"]) for f in (mark["facts"] if mark else [])}
    out: OrderedDict[str, SubjectMet] = OrderedDict()
    for r in sorted(rows, key=lambda r: (r["s"].value, r["g"].value)):
        met = out.setdefault(r["s"].value, SubjectMet(subject=r["s"].value, sources=[], facts=[]))
        graph = r["g"].value
        sid = graph[len(SOURCE_PREFIX):] if graph.startswith(SOURCE_PREFIX) else None
        src = by_iri.get(str(source_iri(sid))) if sid else None
        if src is not None and src not in met["sources"]:
            met["sources"].append(src)
        if sid in facts and facts[sid] not in met["facts"]:
            met["facts"].append(facts[sid])
    order = {s["iri"]: n for n, s in enumerate(sources)}
    return sorted(out.values(), key=lambda m: min((order[s["iri"]] for s in m["sources"]), default=len(order)))


def carriers_of(store, sources: set[str]) -> dict[str, list[dict]]:
    """The other sites that carry each source's article (``dkg:alsoPublishedAs``, kg.rdf.carriers), by source: each
    with its publisher, day and address, in the order of their sites."""
    named = sorted(s for s in sources if not s.startswith("_:") and s != "?")
    if not named:
        return {}
    _, rows = store.select(P + f"""SELECT ?src ?c ?name ?pub ?date ?url WHERE {{ VALUES ?src {{ {iri_list(named)} }}
        ?src dkg:alsoPublishedAs ?c . OPTIONAL {{ ?c dcterms:identifier ?name }} OPTIONAL {{ ?c dkg:publisher ?pub }}
        OPTIONAL {{ ?c dkg:published ?date }} OPTIONAL {{ ?c dkg:sourceUrl ?url }} }} ORDER BY ?src ?c""")
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["src"].value, []).append({"name": value(r.get("name")), "publisher": value(r.get("pub")),
                                                    "published": value(r.get("date")), "url": value(r.get("url"))})
    return out


def link_source_counts(store, doc: str, related: list[str], *, incoming: bool) -> dict[str, int]:
    """How many sources state each link between ``doc`` and a document of ``related`` (``incoming``: the related
    document's link to ``doc``), by the related document: the distinct sources of the link's statements, as
    :func:`link_sources` finds them (the text a fact was read from, the source an editor recorded it from, the source
    of its quote), whatever its relations; a link no source states counts none."""
    if not related:
        return {}
    ends = "?st rdf:subject ?x ; rdf:object ?d ." if incoming else "?st rdf:subject ?d ; rdf:object ?x ."
    _, rows = store.select(P + f"""SELECT ?x (COUNT(DISTINCT ?src) AS ?n) WHERE {{ VALUES ?d {{ {iri_list([doc])} }}
        VALUES ?x {{ {iri_list(related)} }} {ends}
        {{ ?st dkg:extractedFrom|dkg:curatedFrom ?src }} UNION {{ ?ev oa:hasBody ?st ; oa:hasTarget/oa:hasSource ?src }}
        }} GROUP BY ?x""")
    return {r["x"].value: int(r["n"].value) for r in rows}


def _context(texts: SourceTexts, r) -> tuple[str, str] | None:
    src, start, end = r.get("src"), value(r.get("start")) or "", value(r.get("end")) or ""
    if not isinstance(src, ox.NamedNode) or not start.isdigit() or not end.isdigit():
        return None
    return texts.context(src, int(start), int(end))


def _source(r, src: str) -> Source:
    return Source(iri=src, title=value(r.get("title")), publisher=value(r.get("pub")), published=value(r.get("date")),
                  url=value(r.get("url")), how=local_name(value(r.get("how")) or "extractedFrom"), quotes=[],
                  review=None)


def _named(iri: str, key, labels: Labels) -> str | None:
    """A document of a link as the card names it: one without a number by its type and description
    ('Kế hoạch thực hiện ...'; its label is the description alone), else by its label."""
    if key is not None and key_name(key.value) != key.value:
        return key_name(key.value)
    return labels(iri)


def link_sources(store, iri: str, labels: Labels) -> list[LinkSource]:
    """Evidence for the document's links (annotations whose body is an rdf:Statement)."""
    _, rows = store.select(P + """
        SELECT DISTINCT ?d ?st ?s ?p ?o ?sk ?ok WHERE { ?ev oa:hasBody ?st . ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          FILTER(?s = ?d || ?o = ?d) FILTER EXISTS { ?s ?p ?o }
          OPTIONAL { ?s dkg:key ?sk } OPTIONAL { ?o dkg:key ?ok } }""", {"d": ox.NamedNode(iri)})
    # (a link no longer in the graph keeps its statement in its text's graph: a reviewer rejected the document
    # it starts from, or the link waits in review; the card shows the graph's links only, as it lists them)
    if not rows:
        return []
    statements = {r["st"].value: r for r in rows}
    named = [s for s in statements if not s.startswith("_:")]
    srcs = sources_of(store, named, labels)
    marks = review_marks(store, named)
    out = []
    for st, r in statements.items():
        relation = local_name(r["p"].value)
        out.append(LinkSource(subject=_named(r["s"].value, r.get("sk"), labels), relation=relation,
                              relation_label=relation_label(relation, labels), object=_named(r["o"].value, r.get("ok"), labels),
                              sources=srcs.get(st, []), review=marks.get(st)))
    return out
