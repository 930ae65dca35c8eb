"""Facts -> RDF: the only stage that knows triples.

``build_graph(facts, source)`` turns what the extractor found in one text (``kg.facts``) into the graph described
in ``ontology/README.md``: documents with their identity and links, bodies, tasks with their lead / coordinating /
participating / monitoring bodies, targets, outcomes and review events, each tied to the source
(``dkg:extractedFrom``, or ``dkg:curatedFrom`` for curated data) and, where the text span is known, to a Web
Annotation (``dkg:Evidence``) with the exact quote and its character offsets.

``build`` makes the triples in the store's own terms (Oxigraph), which the ingest validates and writes as they are,
and notes what each fact became (:class:`Built`); a quote's prefix and suffix are not among them (a store makes them
from its record's text: ``kg.rdf.quotes``). ``build_graph`` gives the same triples as an rdflib graph for the callers
that serialize them, each quote with its prefix and suffix (no record of the text stands beside such a file).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.rdf import identity
from kg.text import places
from kg.text.dockeys import key_name
from kg.text.names import commune_in, district_in, with_commune
from kg.facts import DocumentRef, Facts, Place, evidence_of
from kg.text.symbols import fold
from kg.rdf.terms import OX_DCTERMS, OX_DKG, OX_OA, OX_RDF, OX_RDFS, OX_XSD, OxTriple, to_rdflib
from kg.rdf.vocab import DKG
from kg.rdf.build_terms import (DOCUMENT_CLASS, EVENT_CLASS, LINK_PROPERTY, ROLE_PROPERTY, TYPE_NAME_VI, body_class,
                                 body_node_name, body_terms, concept_term, decimal_term, iri_term, literal_term)



@dataclass
class SourceInfo:
    """The text a set of facts came from (nguồn): what the builder writes of it (``dkg:Source``),
    and what review keeps of it in the text's queue (:meth:`to_json`) to build its facts again."""

    id: str
    name: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None  # the user's date for the text, else its page's, else its own
    date: dt.date | None = None  # the text's own date, as the extractor read it
    place: Place = field(default_factory=Place)  # the text's province and district, as read

    @property
    def iri(self) -> URIRef:
        return identity.source_iri(self.id)

    def place_dict(self) -> dict[str, str | None]:
        """The place as the facts format writes it, empty where no province is known."""
        if not self.place.province:
            return {}
        return {"province": self.place.province, "district": self.place.district,
                **({"scheme": self.place.scheme} if self.place.scheme else {})}

    def summary(self) -> dict[str, str | None]:
        """What the lists of sources show (the review pages, the change log): file, headline, publisher, day, address."""
        return {k: v for k, v in json.loads(self.to_json()).items() if k not in ("date", "place")}

    def to_json(self) -> str:
        """The source as the review record keeps it (``dkg:sourceMeta``), dates in ISO form."""
        return json.dumps({"id": self.id, "name": self.name, "title": self.title, "url": self.url,
                           "publisher": self.publisher, "published": _iso(self.published), "date": _iso(self.date),
                           "place": self.place_dict()}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SourceInfo:
        d = json.loads(text)
        place = d.get("place") or {}
        return cls(id=d["id"], name=d["name"], title=d.get("title"), url=d.get("url"), publisher=d.get("publisher"),
                   published=_day(d.get("published")), date=_day(d.get("date")),
                   place=Place(province=place.get("province"), district=place.get("district"), scheme=place.get("scheme")))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


@dataclass
class _Place:
    iri: ox.NamedNode
    slug: str
    label: str
    kind: str
    scheme: str  # of the province's code: "legacy" or "2025"
    province: str  # the province's GSO code (a district's own is in ``slug``)


class _Builder:
    """Builds the triples of one source's facts in the store's own terms (Oxigraph): literals and
    vocabulary terms are made as Oxigraph terms at once, not as rdflib terms converted afterwards
    (rdflib checks and casts every literal in Python); the IRIs minted by ``kg.rdf.identity`` are
    taken as their text."""

    def __init__(self, facts: Facts, source: SourceInfo, *, curated: bool,
                 resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None, context: bool = False) -> None:
        self.f = facts
        self.src = source
        self.src_iri = ox.NamedNode(source.iri)
        self.curated = curated
        self.context = context
        self.resolve = resolve
        self.g: set[OxTriple] = set()
        self.docs: dict[str, ox.NamedNode] = {}
        # what each fact became, noted as it is built (see Built)
        self.spans: dict[tuple[int, int], set[str]] = {}
        self.statements: dict[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode], ox.NamedNode] = {}
        self.doc_refs: dict[str, DocumentRef] = {d.key: d for d in facts.documents}
        self.when = facts.date or source.published
        # the day whose map places what the text names: its own, else at the earliest the latest day of issue of the
        # documents it names (a text names none issued after it was written), so that an undated commune's text
        # naming its plan of September 2025 is placed on the map of the reform, not on the one before it; a text
        # whose place is a unit only that map has (Place.scheme) is on it, whatever older documents it names
        self.placed_on = self.when or (None if facts.place.scheme else
                                       max((d.date for d in facts.documents if d.date), default=None))
        self.occasion: ox.NamedNode | None = None       # the event a text's outcomes were reported at
        self.occasion_kind: str | None = None

    # --- helpers ----------------------------------------------------------------
    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def provenance(self, node: ox.NamedNode, span: tuple[int, int] | None, kind: str) -> None:
        self.add(node, OX_DKG.curatedFrom if self.curated else OX_DKG.extractedFrom, self.src_iri)
        if self.curated or self.f.text is None or span is None or span == (0, 0):
            return
        ev = evidence_of(self.f.text, span)
        if not ev or not ev["exact"]:
            return
        iri = identity.fact_iri("evidence", self.src.id, kind, node.value, ev["start"], ev["end"])
        if kind != "document":
            self.spans.setdefault((ev["start"], ev["end"]), set()).add(node.value)
        e = ox.NamedNode(iri)
        target, quote, pos = ox.NamedNode(iri + "#target"), ox.NamedNode(iri + "#quote"), ox.NamedNode(iri + "#position")
        self.add(e, OX_RDF.type, OX_DKG.Evidence)
        self.add(e, OX_OA.hasBody, node)
        self.add(e, OX_OA.hasTarget, target)
        self.add(target, OX_OA.hasSource, self.src_iri)
        self.add(target, OX_OA.hasSelector, quote)
        self.add(target, OX_OA.hasSelector, pos)
        self.add(quote, OX_RDF.type, OX_OA.TextQuoteSelector)
        self.add(quote, OX_OA.exact, literal_term(ev["exact"]))  # (its prefix and suffix: kg.rdf.quotes, from the text)
        if self.context:  # (a file with no record of the text beside it: build_graph)
            self.add(quote, OX_OA.prefix, literal_term(ev["prefix"]))
            self.add(quote, OX_OA.suffix, literal_term(ev["suffix"]))
        self.add(pos, OX_RDF.type, OX_OA.TextPositionSelector)
        # xsd:integer, the form the engine keeps an xsd:nonNegativeInteger in: what the ingest validates and
        # records is then what the store holds, with no literal to rewrite (kg.store.canonical)
        self.add(pos, OX_OA.start, literal_term(ev["start"], datatype=OX_XSD.integer))
        self.add(pos, OX_OA.end, literal_term(ev["end"], datatype=OX_XSD.integer))

    def confidence(self, node: ox.NamedNode, item: object) -> None:
        """The extractor's confidence in a fact (none for curated facts). A node that several
        texts state carries one value per text; review reads the lowest."""
        c = getattr(item, "confidence", None)
        if c is not None and not self.curated:
            self.add(node, OX_DKG.confidence, decimal_term(round(float(c), 2)))

    def place_for(self, on: dt.date | None, *, district: bool, named: str | None = None,
                  where: Place | None = None) -> _Place | None:
        """The province (or district) the text is about, in the code scheme of ``on``; with ``district``, the
        district ``named`` (a document's issuer names its own) where it is one of the province's, else the text's.
        ``where``: the place a reviewer gave a document, which stands for the text's."""
        where = where or self.f.place
        prov_name = where.province
        if not prov_name:
            return None
        # (an undated text that names a unit only the 2025 map has is on that map: kg.extract.place)
        scheme = where.scheme if on is None and where.scheme else places.scheme_on(on)
        prov = places.lookup_province(prov_name, scheme) or places.lookup_province(prov_name)
        if prov is None:
            return None
        if prov.scheme != scheme and scheme == "2025":
            prov = places.successor_2025(prov.name) or prov
        scheme = prov.scheme
        if district and scheme == "legacy":
            for name in (named, where.district):
                for d in places.districts_of(prov.code) if name else ():
                    if fold(d.name) == fold(name):
                        return _Place(iri_term(identity.place_iri("legacy", d.code, parent=prov.code)),
                                      f"legacy-{prov.code}-{d.code}", d.name, "district", scheme, prov.code)
        return _Place(iri_term(identity.place_iri(scheme, prov.code)), identity.place_slug(scheme, prov.code),
                      prov.name, "province", scheme, prov.code)

    # --- documents -------------------------------------------------------------------
    def document(self, ref: DocumentRef) -> ox.NamedNode:
        if ref.key in self.docs:
            return self.docs[ref.key]
        # a document known by its key only (named by a link whose document fact a reviewer rejected)
        # is placed by the issuer its key names: "46-NQ/TW" is central, never the text's province
        issuer_code = ref.issuer_code or identity.DocumentIdentity.from_key(
            ref.key, issued=None, term=None, jurisdiction=None).issuer_code
        level = ref.level or identity.level_of_issuer(issuer_code)
        on = ref.date or self.placed_on
        place = None
        if level in ("province", "district", "commune") or (level is None and issuer_code not in identity.CENTRAL_ISSUERS):
            # a reviewer's district stands before the one the issuer's name gives
            named = (ref.place.district if ref.place else None) or district_in(ref.issuer)
            place = self.place_for(on, district=(level == "district"), named=named if level == "district" else None,
                                   where=ref.place)
        issuer_place = place if level != "central" else None
        issuer = body_node_name(ref.issuer, *_label_kind(issuer_place)) if ref.issuer else None
        ident = identity.DocumentIdentity.from_key(ref.key, issued=ref.date, term=None,
                                                   jurisdiction=place.slug if place else None, issuer=issuer,
                                                   place=place.label if place else None)
        if level == "commune" and ident.system is not None:
            # each commune numbers its own documents: two communes of one province may both have a 45-KH/ĐU of one
            # term, so the commune the issuer's name gives (or the text's own) is part of the document's IRI
            commune = self.commune_of(ref)
            if commune:
                ident = replace(ident, jurisdiction=identity.commune_scope(ident.jurisdiction, commune))
        found = None
        if self.resolve is not None and ident.term is None and ident.year is None:
            found = self.resolve(ident)
        iri = self.docs[ref.key] = ox.NamedNode(found or ident.iri())
        code = ref.type or ident.type
        self.add(iri, OX_RDF.type, iri_term(DOCUMENT_CLASS.get(code or "", DKG.Document)))
        # one key a node: a document without a number under the key it is minted from (its other spellings stay
        # in its labels), a numbered one under the key the text gives
        self.add(iri, OX_DKG.key, literal_term(ref.key if ident.system is not None else ident.key))
        if ident.system is not None:
            self.add(iri, OX_DKG.symbol, literal_term(ref.key))
            self.add(iri, OX_DKG.system, concept_term("system", ident.system))
        if ref.number:
            self.add(iri, OX_DKG.documentNumber, literal_term(str(ref.number)))
        if code:
            self.add(iri, OX_DKG.typeCode, literal_term(code))
            self.add(iri, OX_DKG.documentType, concept_term("doctype", code))
        if ref.issuer_code:
            self.add(iri, OX_DKG.issuerCode, literal_term(ref.issuer_code))
        if level:
            self.add(iri, OX_DKG.level, concept_term("level", level))
        if place is not None:
            self.add(iri, OX_DKG.jurisdiction, place.iri)
        if ref.date:
            self.add(iri, OX_DKG.dateIssued, literal_term(ref.date.isoformat(), datatype=OX_XSD.date))
            if ident.system == "party" and level == "central" and ident.term:
                self.add(iri, OX_DKG.partyTerm, literal_term(ident.term))
        if ref.subject:
            self.add(iri, OX_DKG.subject, literal_term(ref.subject, language="vi"))
        label = f"{TYPE_NAME_VI.get(code or '', 'Văn bản')} {ref.key}" if ident.system else ref.key.split(":", 1)[-1]
        self.add(iri, OX_RDFS.label, literal_term(label, language="vi"))
        if ref.issuer:
            self.add(iri, OX_DKG.issuer, self.body(ref.issuer, issuer_place, level))
        self.provenance(iri, ref.quoted_span(self.f.text), "document")
        self.confidence(iri, ref)
        return iri

    def commune_of(self, ref: DocumentRef) -> str | None:
        """The commune a commune's document is of: the one a reviewer gave it, else the one its issuer's name gives
        ('Đảng ủy xã Gia Viễn'), else the text's own."""
        return (ref.place.commune if ref.place else None) or commune_in(ref.issuer) or self.f.place.commune

    def doc_by_key(self, key: str | None) -> ox.NamedNode | None:
        if not key:
            return None
        if key in self.docs:
            return self.docs[key]
        ref = self.doc_refs.get(key) or DocumentRef(key=key)
        return self.document(ref)

    # --- bodies ------------------------------------------------------------------------
    def body(self, name: str, place: _Place | None, level: str | None = None) -> ox.NamedNode:
        iri, triples = body_terms(name, place and (place.iri.value, place.slug, place.label, place.kind), level)
        self.g.update(triples)
        return iri

    def default_place(self) -> _Place | None:
        return self.place_for(self.placed_on, district=bool(self.f.place.district))

    def named_body(self, name: str, place: _Place | None, document: str | None = None) -> ox.NamedNode:
        """A body a task or an event names, in the text's ``place``. A commune's body named without its commune
        ('Hội Nông dân xã') is named with the commune of the commune's document it acts under (or of the text,
        where a reviewer or the user gave one): two communes' bodies are two nodes. On the map from 1 July 2025
        ``place`` is the 2025 province, never a district, which the reform abolished."""
        ref = self.doc_refs.get(document) if document else None
        level = (ref.level or identity.level_of_issuer(ref.issuer_code)) if ref is not None else None
        commune = self.commune_of(ref) if ref is not None and level == "commune" else self.f.place.commune
        if commune and place is not None:
            # (as the province's map spells it, where it has one of that name: 'HÀM YÊN LẦN THỨ' is no commune's)
            commune = places.commune_of_province(commune, place.province, place.scheme)
        return self.body(with_commune(" ".join(name.split()), commune), place)

    # --- facts ----------------------------------------------------------------------------
    def build(self) -> None:
        """Add all the facts' triples to the sink given as ``into``."""
        self.source()
        for ref in self.f.documents:
            self.document(ref)
        for link in self.f.links:
            prop = _OX_LINK_PROPERTY.get(link.type)
            a, b = self.doc_by_key(link.from_), self.doc_by_key(link.to)
            if prop is None or a is None or b is None or a == b:
                continue
            self.add(a, prop, b)
            if not self.curated and self.f.text is not None and link.span != (0, 0):
                stmt = ox.NamedNode(identity.fact_iri("statement", a.value, prop.value, b.value))
                self.statements[(a, prop, b)] = stmt
                self.add(stmt, OX_RDF.type, OX_RDF.Statement)
                self.add(stmt, OX_RDF.subject, a)
                self.add(stmt, OX_RDF.predicate, prop)
                self.add(stmt, OX_RDF.object, b)
                self.provenance(stmt, link.span, "link")
                self.confidence(stmt, link)
        self.tasks()
        self.targets()
        self.events()
        self.outcomes()

    def source(self) -> None:
        s, iri = self.src, self.src_iri
        self.add(iri, OX_RDF.type, OX_DKG.Source)
        self.add(iri, OX_RDFS.label, literal_term(s.title or s.name))
        if s.title:
            self.add(iri, OX_DCTERMS.title, literal_term(s.title, language="vi"))
        if s.url:
            self.add(iri, OX_DKG.sourceUrl, literal_term(s.url, datatype=OX_XSD.anyURI))
        if not s.title and not s.url:  # a note without a headline: the file's name identifies it
            self.add(iri, OX_DCTERMS.identifier, literal_term(s.name))
        if s.publisher:
            self.add(iri, OX_DKG.publisher, literal_term(s.publisher))
        if s.published:
            self.add(iri, OX_DKG.published, literal_term(s.published.isoformat(), datatype=OX_XSD.date))

    def tasks(self) -> None:
        place = self.default_place()
        for a in self.f.assignments:
            prop = _OX_ROLE_PROPERTY.get(a.role)
            doc = self.doc_by_key(a.document)
            if prop is None or not a.body:
                continue
            description = a.task or ""
            task = ox.NamedNode(identity.fact_iri("task", a.document or "", description))
            self.add(task, OX_RDF.type, OX_DKG.Task)
            if doc is not None:
                self.add(task, OX_DKG.underDocument, doc)
            if description:
                self.add(task, OX_DKG.description, literal_term(description, language="vi"))
                self.add(task, OX_RDFS.label, literal_term(_short(description), language="vi"))
            self.add(task, prop, self.named_body(a.body, place, a.document))
            self.provenance(task, a.span, "task:" + a.role + a.body)
            self.confidence(task, a)

    def targets(self) -> None:
        for t in self.f.targets:
            doc = self.doc_by_key(t.document)
            node = ox.NamedNode(identity.target_iri(t.document, t.text, t.value,
                                                    unit=t.unit, comparator=t.comparator,
                                                    period=None if t.period is None else str(t.period)))
            self.measured(node, OX_DKG.Target, OX_DKG.setBy, doc, t.text, t.value, t.unit)
            if t.comparator:
                self.add(node, OX_DKG.comparator, literal_term(t.comparator))
            if t.period:
                self.add(node, OX_DKG.period, literal_term(str(t.period)))
                if re.fullmatch(r"(19|20)\d\d", str(t.period)):
                    self.add(node, OX_DKG.targetYear, literal_term(int(t.period), datatype=OX_XSD.gYear))
            self.provenance(node, t.span, "target")
            self.confidence(node, t)

    def measured(self, node: ox.NamedNode, cls: ox.NamedNode, to_doc: ox.NamedNode, doc: ox.NamedNode | None,
                 text: str | None,
                 value: float | None, unit: str | None) -> None:
        """What a target (chỉ tiêu) and an outcome (kết quả) both state: the class, the document it
        belongs to, the sentence (with a short label), the value and its unit."""
        self.add(node, OX_RDF.type, cls)
        if doc is not None:
            self.add(node, to_doc, doc)
        if text:
            self.add(node, OX_DKG.text, literal_term(text, language="vi"))
            self.add(node, OX_RDFS.label, literal_term(_short(text), language="vi"))
        if value is not None:
            self.add(node, OX_DKG.value, decimal_term(value))
        if unit:
            self.add(node, OX_DKG.unit, literal_term(unit))

    def outcomes(self) -> None:
        for o in self.f.outcomes:
            doc = self.doc_by_key(o.document)
            node = ox.NamedNode(identity.fact_iri("outcome", o.document or "", o.text, o.value, o.of))
            self.measured(node, OX_DKG.Outcome, OX_DKG.reportsOn, doc, o.text, o.value, o.unit)
            if o.of is not None:
                self.add(node, OX_DKG.denominator, decimal_term(o.of))
            # the day the sentence counts the figure to, else the text's
            when = o.as_of or self.when
            if when:
                self.add(node, OX_DKG.asOf, literal_term(when.isoformat(), datatype=OX_XSD.date))
            if self.occasion is not None:
                # the meeting the text reports it at: a result stays tied to its occasion also when
                # the text names no document for it
                self.add(node, OX_DKG.reportedAt, self.occasion)
            self.provenance(node, o.span, "outcome")
            self.confidence(node, o)

    def events(self) -> None:
        place = self.default_place()
        self.occasion = None
        for e in self.f.events:
            cls_iri, kind = EVENT_CLASS.get(e.type, (DKG.ReviewEvent, "conference"))
            cls = iri_term(cls_iri)
            node = ox.NamedNode(identity.fact_iri("event", self.src.id, e.type, e.date, ",".join(e.reviews)))
            self.add(node, OX_RDF.type, cls)
            self.add(node, OX_DKG.eventKind, concept_term("event", kind))
            # the documents reviewed as a reader names them ('Sơ kết Nghị quyết Đại hội ...', not 'NQ:Đại hội ...')
            label = f"{e.type.capitalize()} " + ", ".join(key_name(k) for k in e.reviews)
            self.add(node, OX_RDFS.label, literal_term(label.strip(), language="vi"))
            if e.date:
                self.add(node, OX_DKG.eventDate, literal_term(e.date.isoformat(), datatype=OX_XSD.date))
            if e.organizer:
                self.add(node, OX_DKG.organiser, self.named_body(e.organizer, place))
            for key in e.reviews:
                doc = self.doc_by_key(key)
                if doc is not None:
                    self.add(node, OX_DKG.reviews, doc)
            if place is not None:
                self.add(node, OX_DKG.place, place.iri)
            self.provenance(node, e.span, "event")
            self.confidence(node, e)
            if self.occasion is None or (e.type in ("sơ kết", "tổng kết") and self.occasion_kind not in ("sơ kết", "tổng kết")):
                self.occasion, self.occasion_kind = node, e.type


def _label_kind(place: _Place | None) -> tuple[str | None, str | None]:
    return (place.label, place.kind) if place is not None else (None, None)


_OX_LINK_PROPERTY = {code: ox.NamedNode(prop) for code, prop in LINK_PROPERTY.items()}
_OX_ROLE_PROPERTY = {code: ox.NamedNode(prop) for code, prop in ROLE_PROPERTY.items()}


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass
class Built:
    """The triples of one source's facts (Oxigraph terms), with what the facts became, noted as
    they were built, so that review need not look for them in the triples again."""

    triples: set[OxTriple]
    #: The node of each document key.
    documents: dict[str, ox.NamedNode]
    #: The fact nodes (IRIs; not documents) each piece of evidence supports, by its (start, end).
    spans: dict[tuple[int, int], set[str]]
    #: The ``rdf:Statement`` of each link (subject, property, object) said with its evidence.
    statements: dict[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode], ox.NamedNode]

    def with_key(self, key: str | None) -> set[str]:
        """The IRI of the document with the key ``key`` (none for no key, or a key not built)."""
        node = self.documents.get(key) if key else None
        return {node.value} if node is not None else set()

    def quads(self, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
        """The triples as quads in ``graph``."""
        return [ox.Quad(s, p, o, graph) for s, p, o in self.triples]


def build(facts: Facts, source: SourceInfo, *, curated: bool = False,
          resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None = None, context: bool = False) -> Built:
    """The RDF of one source's facts. ``resolve`` may map an undated document identity to a
    node already in the store (so "Nghị quyết 25-NQ/TW" in a later text meets the dated node).
    ``context``: write each quote's ``oa:prefix`` and ``oa:suffix`` too, which a store makes from the text
    instead (``kg.rdf.quotes``)."""
    b = _Builder(facts, source, curated=curated, resolve=resolve, context=context)
    b.build()
    return Built(b.g, b.docs, b.spans, b.statements)


def build_graph(facts: Facts, source: SourceInfo, *, curated: bool = False,
                resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None = None) -> Graph:
    """The triples of :func:`build` as an rdflib graph (``dkg extract --format ttl``, the bundle), each quote
    with its context: no record of the text stands beside it."""
    g = Graph()
    g.bind("dkg", str(DKG))
    for s, p, o in build(facts, source, curated=curated, resolve=resolve, context=True).triples:
        g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
    return g


def build_triples(facts: Facts, source: SourceInfo, *,
                  resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None = None) -> set[OxTriple]:
    """The triples of :func:`build` alone."""
    return build(facts, source, resolve=resolve).triples


__all__ = ["Built", "SourceInfo", "build", "build_graph", "build_triples", "body_class",
           "DOCUMENT_CLASS", "LINK_PROPERTY", "ROLE_PROPERTY"]

