"""Facts -> RDF: the only stage that knows triples.

``build_graph(facts, source)`` turns what the extractor found in one text (``kg.facts``)
into the graph described in ``ontology/README.md``: documents with their identity and
links, bodies, tasks with their lead / coordinating / participating / monitoring bodies,
targets, outcomes and review events, each tied to the source (``dkg:extractedFrom``, or
``dkg:curatedFrom`` for curated data) and, where the text span is known, to a Web
Annotation (``dkg:Evidence``) with the exact quote, its prefix and suffix, and its
character offsets.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from rdflib import Graph, Literal, URIRef

from kg.rdf import identity
from kg.text import places
from kg.text.doctypes import document_types
from kg.facts import DocumentRef, Facts, Place, evidence_of
from kg.text.symbols import fold
from kg.rdf.vocab import DCTERMS, DKG, OA, RDF, RDFS, ROLES, XSD

def _document_types() -> tuple[dict[str, URIRef], dict[str, str]]:
    """The class (the first of ``classes``) and the label word of each type code, from the one
    table of document types (``kg.text.doctypes``)."""
    classes = {code: DKG[t.classes[0]] for code, t in document_types().items() if t.classes}
    names = {code: t.label or t.name for code, t in document_types().items()}
    return classes, names


#: Document class per type code (``typeCode``), and the Vietnamese name of each type for labels;
#: codes not listed give ``dkg:Document`` and "Văn bản".
DOCUMENT_CLASS, TYPE_NAME_VI = _document_types()

LINK_PROPERTY: dict[str, URIRef] = {
    "implements": DKG.implements, "continues": DKG.continues, "amends": DKG.amends,
    "replaces": DKG.replaces, "guides": DKG.guides, "based_on": DKG.basedOn, "cites": DKG.cites,
}

#: The property of each role code of the facts, from the one table of roles (``kg.rdf.vocab.ROLES``).
ROLE_PROPERTY: dict[str, URIRef] = {r.code: r.prop for r in ROLES}

EVENT_CLASS: dict[str, tuple[URIRef, str]] = {
    "sơ kết": (DKG.InterimReview, "interim-review"),
    "tổng kết": (DKG.FinalReview, "final-review"),
    "quán triệt": (DKG.StudySession, "study-session"),
    "làm việc": (DKG.WorkingSession, "working-session"),
    "hội nghị": (DKG.Conference, "conference"),
}

#: Body classes by the words a name starts with (folded), most specific first.
_BODY_RULES: list[tuple[str, URIRef, str]] = [
    (r"^(cac )?ban thuong vu|^btv|^thuong truc", DKG.StandingCommittee, "standing-committee"),
    (r"^(cac )?(dang doan|ban can su)", DKG.PartyDelegation, "party-delegation"),
    (r"^(uy ban|ubkt) kiem tra", DKG.InspectionCommission, "inspection-commission"),
    (r"^van phong (tinh|huyen|thanh|quan|trung)", DKG.PartyOffice, "party-office"),
    (r"^ban (to chuc|tuyen giao|dan van|noi chinh|kinh te|doi ngoai|chinh sach)", DKG.PartyCommission,
     "party-commission"),
    (r"^(bo chinh tri|ban bi thu)", DKG.PartyLeadership, "party-leadership"),
    (r"^dai hoi", DKG.PartyCongress, "congress"),
    (r"^(ban chap hanh|bch|tinh uy|huyen uy|thanh uy|quan uy|thi uy|dang uy|cap uy|(cac )?cap uy|chi bo)",
     DKG.PartyCommittee, "party-committee"),
    (r"^(hoi dong nhan dan|hdnd)", DKG.PeoplesCouncil, "peoples-council"),
    (r"^(uy ban nhan dan|ubnd|chinh quyen)", DKG.PeoplesCommittee, "peoples-committee"),
    (r"^(chinh phu|thu tuong)", DKG.Government, "government"),
    (r"^quoc hoi", DKG.NationalAssembly, "national-assembly"),
    (r"^bo ", DKG.Ministry, "ministry"),
    (r"^(mat tran|ubmttq|mttq)", DKG.FatherlandFront, "fatherland-front"),
    (r"^(hoi nong dan|hoi lien hiep phu nu|hoi lhpn|hoi phu nu|doan thanh nien|tinh doan|huyen doan|"
     r"cong doan|lien doan lao dong|hoi cuu chien binh|cac to chuc chinh tri)",
     DKG.SocioPoliticalOrganisation, "socio-political-organisation"),
    (r"^(hoi |cac hoi)", DKG.MassAssociation, "mass-association"),
    (r"^(so |phong |cac so|cac co quan|co quan)", DKG.Department, "department"),
]
_BODY_RES = [(re.compile(p), c, k) for p, c, k in _BODY_RULES]


def body_class(name: str) -> tuple[URIRef, str]:
    f = fold(name)
    for rx, cls, kind in _BODY_RES:
        if rx.search(f):
            return cls, kind
    if f.startswith("cac ") or re.match(r"^\d+ ", f):
        return DKG.CollectiveBody, "collective"
    return DKG.Body, "other"


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
        return {"province": self.place.province, "district": self.place.district} if self.place.province else {}

    def summary(self) -> dict[str, str | None]:
        """What the lists of sources show (the review pages, the change log)."""
        return {"id": self.id, "name": self.name, "title": self.title, "published": _iso(self.published)}

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
                   place=Place(province=place.get("province"), district=place.get("district")))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


@dataclass
class _Place:
    iri: URIRef
    slug: str
    label: str
    kind: str


class _Sink(Protocol):
    """Where the builder puts its triples: an rdflib ``Graph`` or a plain ``set`` of tuples."""
    def add(self, triple: tuple, /) -> object: ...


class _Builder:
    def __init__(self, facts: Facts, source: SourceInfo, *, curated: bool,
                 resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None,
                 into: _Sink) -> None:
        self.f = facts
        self.src = source
        self.curated = curated
        self.resolve = resolve
        self.g = into
        self.docs: dict[str, URIRef] = {}
        # what each fact became, noted as it is built (see Built)
        self.spans: dict[tuple[int, int], set[str]] = {}
        self.statements: dict[tuple[URIRef, URIRef, URIRef], URIRef] = {}
        self.doc_refs: dict[str, DocumentRef] = {d.key: d for d in facts.documents}
        self.when = facts.date or source.published
        self.occasion: URIRef | None = None       # the event a text's outcomes were reported at
        self.occasion_kind: str | None = None

    # --- helpers ----------------------------------------------------------------
    def add(self, s, p, o) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def provenance(self, node: URIRef, span, kind: str) -> None:
        self.add(node, DKG.curatedFrom if self.curated else DKG.extractedFrom, self.src.iri)
        if self.curated or self.f.text is None or span is None or span == (0, 0):
            return
        ev = evidence_of(self.f.text, span)
        if not ev or not ev["exact"]:
            return
        e = identity.fact_iri("evidence", self.src.id, kind, str(node), ev["start"], ev["end"])
        if kind != "document":
            self.spans.setdefault((ev["start"], ev["end"]), set()).add(str(node))
        target, quote, pos = URIRef(e + "#target"), URIRef(e + "#quote"), URIRef(e + "#position")
        self.add(e, RDF.type, DKG.Evidence)
        self.add(e, OA.hasBody, node)
        self.add(e, OA.hasTarget, target)
        self.add(target, OA.hasSource, self.src.iri)
        self.add(target, OA.hasSelector, quote)
        self.add(target, OA.hasSelector, pos)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(ev["exact"]))
        self.add(quote, OA.prefix, Literal(ev["prefix"]))
        self.add(quote, OA.suffix, Literal(ev["suffix"]))
        self.add(pos, RDF.type, OA.TextPositionSelector)
        self.add(pos, OA.start, Literal(ev["start"], datatype=XSD.nonNegativeInteger))
        self.add(pos, OA.end, Literal(ev["end"], datatype=XSD.nonNegativeInteger))

    def confidence(self, node: URIRef, item) -> None:
        """The extractor's confidence in a fact (none for curated facts). A node that several
        texts state carries one value per text; review reads the lowest."""
        c = getattr(item, "confidence", None)
        if c is not None and not self.curated:
            self.add(node, DKG.confidence, _decimal(round(float(c), 2)))

    def place_for(self, on: dt.date | None, *, district: bool) -> _Place | None:
        """The province (or district) the text is about, in the code scheme of ``on``."""
        prov_name = self.f.place.province
        if not prov_name:
            return None
        scheme = "2025" if (on and on >= identity.REFORM_DATE) else "legacy"
        prov = places.lookup_province(prov_name, scheme) or places.lookup_province(prov_name)
        if prov is None:
            return None
        if prov.scheme != scheme and scheme == "2025":
            prov = places.successor_2025(prov.name) or prov
        scheme = prov.scheme
        if district and self.f.place.district and scheme == "legacy":
            for d in places.districts_of(prov.code):
                if fold(d.name) == fold(self.f.place.district):
                    return _Place(identity.place_iri("legacy", d.code, parent=prov.code),
                                  f"legacy-{prov.code}-{d.code}", d.name, "district")
        return _Place(identity.place_iri(scheme, prov.code), identity.place_slug(scheme, prov.code),
                      prov.name, "province")

    # --- documents -------------------------------------------------------------------
    def document(self, ref: DocumentRef) -> URIRef:
        if ref.key in self.docs:
            return self.docs[ref.key]
        level = ref.level or identity.level_of_issuer(ref.issuer_code)
        on = ref.date or self.when
        place = None
        if level in ("province", "district", "commune") or (level is None and ref.issuer_code not in identity.CENTRAL_ISSUERS):
            place = self.place_for(on, district=(level == "district"))
        ident = identity.DocumentIdentity.from_key(ref.key, issued=ref.date, term=None,
                                                   jurisdiction=place.slug if place else None)
        iri = None
        if self.resolve is not None and ident.term is None and ident.year is None:
            iri = self.resolve(ident)
        iri = iri or ident.iri()
        self.docs[ref.key] = iri
        code = ref.type or ident.type
        self.add(iri, RDF.type, DOCUMENT_CLASS.get(code or "", DKG.Document))
        self.add(iri, DKG.key, Literal(ref.key))
        if ident.system is not None:
            self.add(iri, DKG.symbol, Literal(ref.key))
            self.add(iri, DKG.system, identity.concept("system", ident.system))
        if ref.number:
            self.add(iri, DKG.documentNumber, Literal(str(ref.number)))
        if code:
            self.add(iri, DKG.typeCode, Literal(code))
            self.add(iri, DKG.documentType, identity.concept("doctype", code))
        if ref.issuer_code:
            self.add(iri, DKG.issuerCode, Literal(ref.issuer_code))
        if level:
            self.add(iri, DKG.level, identity.concept("level", level))
        if place is not None:
            self.add(iri, DKG.jurisdiction, place.iri)
        if ref.date:
            self.add(iri, DKG.dateIssued, Literal(ref.date.isoformat(), datatype=XSD.date))
            if ident.system == "party" and level == "central" and ident.term:
                self.add(iri, DKG.partyTerm, Literal(ident.term))
        if ref.subject:
            self.add(iri, DKG.subject, Literal(ref.subject, lang="vi"))
        label = f"{TYPE_NAME_VI.get(code or '', 'Văn bản')} {ref.key}" if ident.system else ref.key.split(":", 1)[-1]
        self.add(iri, RDFS.label, Literal(label, lang="vi"))
        if ref.issuer:
            self.add(iri, DKG.issuer, self.body(ref.issuer, place if level != "central" else None, level))
        self.provenance(iri, ref.span, "document")
        self.confidence(iri, ref)
        return iri

    def doc_by_key(self, key: str | None) -> URIRef | None:
        if not key:
            return None
        if key in self.docs:
            return self.docs[key]
        ref = self.doc_refs.get(key) or DocumentRef(key=key)
        return self.document(ref)

    # --- bodies ------------------------------------------------------------------------
    def body(self, name: str, place: _Place | None, level: str | None = None) -> URIRef:
        name = " ".join(name.split())
        cls, kind = body_class(name)
        central = level == "central" or cls in (DKG.PartyLeadership, DKG.Government, DKG.NationalAssembly)
        scope = None if central or place is None else place.slug
        iri = identity.body_iri(name, scope)
        self.add(iri, RDF.type, cls)
        self.add(iri, DKG.canonicalName, Literal(name, lang="vi"))
        label = name if scope is None or place is None else f"{name} ({place.label})"
        self.add(iri, RDFS.label, Literal(label, lang="vi"))
        self.add(iri, DKG.bodyKind, identity.concept("bodykind", kind))
        if level:
            self.add(iri, DKG.level, identity.concept("level", level))
        if scope is not None:
            self.add(iri, DKG.jurisdiction, place.iri)
        return iri

    def default_place(self) -> _Place | None:
        return self.place_for(self.when, district=bool(self.f.place.district))

    # --- facts ----------------------------------------------------------------------------
    def build(self) -> None:
        """Add all the facts' triples to the sink given as ``into``."""
        self.source()
        for ref in self.f.documents:
            self.document(ref)
        for link in self.f.links:
            prop = LINK_PROPERTY.get(link.type)
            a, b = self.doc_by_key(link.from_), self.doc_by_key(link.to)
            if prop is None or a is None or b is None or a == b:
                continue
            self.add(a, prop, b)
            if not self.curated and self.f.text is not None and link.span != (0, 0):
                stmt = identity.fact_iri("statement", str(a), str(prop), str(b))
                self.statements[(a, prop, b)] = stmt
                self.add(stmt, RDF.type, RDF.Statement)
                self.add(stmt, RDF.subject, a)
                self.add(stmt, RDF.predicate, prop)
                self.add(stmt, RDF.object, b)
                self.provenance(stmt, link.span, "link")
                self.confidence(stmt, link)
        self.tasks()
        self.targets()
        self.events()
        self.outcomes()

    def source(self) -> None:
        s = self.src
        self.add(s.iri, RDF.type, DKG.Source)
        self.add(s.iri, RDFS.label, Literal(s.title or s.name))
        if s.title:
            self.add(s.iri, DCTERMS.title, Literal(s.title, lang="vi"))
        if s.url:
            self.add(s.iri, DKG.sourceUrl, Literal(s.url, datatype=XSD.anyURI))
        if s.publisher:
            self.add(s.iri, DKG.publisher, Literal(s.publisher))
        if s.published:
            self.add(s.iri, DKG.published, Literal(s.published.isoformat(), datatype=XSD.date))

    def tasks(self) -> None:
        place = self.default_place()
        for a in self.f.assignments:
            prop = ROLE_PROPERTY.get(a.role)
            doc = self.doc_by_key(a.document)
            if prop is None or not a.body:
                continue
            description = a.task or ""
            task = identity.fact_iri("task", a.document or "", description)
            self.add(task, RDF.type, DKG.Task)
            if doc is not None:
                self.add(task, DKG.underDocument, doc)
            if description:
                self.add(task, DKG.description, Literal(description, lang="vi"))
                self.add(task, RDFS.label, Literal(_short(description), lang="vi"))
            self.add(task, prop, self.body(a.body, place))
            self.provenance(task, a.span, "task:" + a.role + a.body)
            self.confidence(task, a)

    def targets(self) -> None:
        for t in self.f.targets:
            doc = self.doc_by_key(t.document)
            node = identity.fact_iri("target", t.document or "", t.text, t.value)
            self.measured(node, DKG.Target, DKG.setBy, doc, t.text, t.value, t.unit)
            if t.comparator:
                self.add(node, DKG.comparator, Literal(t.comparator))
            if t.period:
                self.add(node, DKG.period, Literal(str(t.period)))
                if re.fullmatch(r"(19|20)\d\d", str(t.period)):
                    self.add(node, DKG.targetYear, Literal(int(t.period), datatype=XSD.gYear))
            self.provenance(node, t.span, "target")
            self.confidence(node, t)

    def measured(self, node: URIRef, cls: URIRef, to_doc: URIRef, doc: URIRef | None, text: str | None,
                 value: float | None, unit: str | None) -> None:
        """What a target (chỉ tiêu) and an outcome (kết quả) both state: the class, the document it
        belongs to, the sentence (with a short label), the value and its unit."""
        self.add(node, RDF.type, cls)
        if doc is not None:
            self.add(node, to_doc, doc)
        if text:
            self.add(node, DKG.text, Literal(text, lang="vi"))
            self.add(node, RDFS.label, Literal(_short(text), lang="vi"))
        if value is not None:
            self.add(node, DKG.value, _decimal(value))
        if unit:
            self.add(node, DKG.unit, Literal(unit))

    def outcomes(self) -> None:
        for o in self.f.outcomes:
            doc = self.doc_by_key(o.document)
            node = identity.fact_iri("outcome", o.document or "", o.text, o.value, o.of)
            self.measured(node, DKG.Outcome, DKG.reportsOn, doc, o.text, o.value, o.unit)
            if o.of is not None:
                self.add(node, DKG.denominator, _decimal(o.of))
            if self.when:
                self.add(node, DKG.asOf, Literal(self.when.isoformat(), datatype=XSD.date))
            if self.occasion is not None:
                # the meeting the text reports it at: a result stays tied to its occasion also when
                # the text names no document for it
                self.add(node, DKG.reportedAt, self.occasion)
            self.provenance(node, o.span, "outcome")
            self.confidence(node, o)

    def events(self) -> None:
        place = self.default_place()
        self.occasion = None
        for e in self.f.events:
            cls, kind = EVENT_CLASS.get(e.type, (DKG.ReviewEvent, "conference"))
            node = identity.fact_iri("event", self.src.id, e.type, e.date, ",".join(e.reviews))
            self.add(node, RDF.type, cls)
            self.add(node, DKG.eventKind, identity.concept("event", kind))
            label = f"{e.type.capitalize()} " + ", ".join(e.reviews)
            self.add(node, RDFS.label, Literal(label.strip(), lang="vi"))
            if e.date:
                self.add(node, DKG.eventDate, Literal(e.date.isoformat(), datatype=XSD.date))
            if e.organizer:
                self.add(node, DKG.organiser, self.body(e.organizer, place))
            for key in e.reviews:
                doc = self.doc_by_key(key)
                if doc is not None:
                    self.add(node, DKG.reviews, doc)
            if place is not None:
                self.add(node, DKG.place, place.iri)
            self.provenance(node, e.span, "event")
            self.confidence(node, e)
            if self.occasion is None or (e.type in ("sơ kết", "tổng kết") and self.occasion_kind not in ("sơ kết", "tổng kết")):
                self.occasion, self.occasion_kind = node, e.type


def _decimal(v: float | int) -> Literal:
    """xsd:decimal in the lexical form Oxigraph stores (``6``, ``111.9``), so that a value
    read back from the store and the same value built again are one term."""
    text = f"{v:.6f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(int(v))
    return Literal(text, datatype=XSD.decimal)


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass
class Built:
    """The triples of one source's facts (rdflib-term tuples), with what the facts became, noted
    as they were built, so that review need not look for them in the triples again."""

    triples: set[tuple]
    #: The node of each document key.
    documents: dict[str, URIRef]
    #: The fact nodes (not documents) each piece of evidence supports, by its (start, end).
    spans: dict[tuple[int, int], set[str]]
    #: The ``rdf:Statement`` of each link (subject, property, object) said with its evidence.
    statements: dict[tuple[URIRef, URIRef, URIRef], URIRef]

    def with_key(self, key: str | None) -> set[str]:
        """The document node with the key ``key`` (none for no key, or a key not built)."""
        node = self.documents.get(key) if key else None
        return {str(node)} if node is not None else set()


def build(facts: Facts, source: SourceInfo, *, curated: bool = False,
          resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None = None) -> Built:
    """The RDF of one source's facts. ``resolve`` may map an undated document identity to a
    node already in the store (so "Nghị quyết 25-NQ/TW" in a later text meets the dated node)."""
    triples: set[tuple] = set()
    b = _Builder(facts, source, curated=curated, resolve=resolve, into=triples)
    b.build()
    return Built(triples, b.docs, b.spans, b.statements)


def build_graph(facts: Facts, source: SourceInfo, *, curated: bool = False,
                resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None = None) -> Graph:
    """The triples of :func:`build` as an rdflib graph."""
    g = Graph()
    g.bind("dkg", str(DKG))
    _Builder(facts, source, curated=curated, resolve=resolve, into=g).build()
    return g


def build_triples(facts: Facts, source: SourceInfo, *,
                  resolve: Callable[[identity.DocumentIdentity], URIRef | None] | None = None) -> set[tuple]:
    """The triples of :func:`build` alone."""
    return build(facts, source, resolve=resolve).triples


__all__ = ["Built", "SourceInfo", "build", "build_graph", "build_triples", "body_class", "DOCUMENT_CLASS",
           "LINK_PROPERTY", "ROLE_PROPERTY"]

