"""The project's vocabularies as rdflib namespaces.

`DKG` is the directive-kg ontology (``ontology/directive-kg.ttl``). It is a
``DefinedNamespace``: a typo such as ``DKG.implemnts`` raises at import time
instead of silently minting a new IRI. ``tests/test_ontology.py`` checks that
every term listed here is declared in the Turtle with Vietnamese and English
labels, and that the Turtle declares nothing that is missing here.

Standard vocabularies reused by the ontology are re-exported so that the rest of
the code imports namespaces from one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SH,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

BASE = "https://w3id.org/directive-kg/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")



class TermNamespace(Namespace):
    """An rdflib ``Namespace`` whose terms, read as attributes (``OA.hasBody``), are made once.

    rdflib's makes a new ``URIRef`` (and checks its IRI) at every access; the builder reads a
    dozen such terms for every piece of evidence of every text (see bench/RESULTS.md, ingest200).
    The term is kept on the instance, so a second access is a plain attribute lookup."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)  # (raises AttributeError for special names, as rdflib's)
        self.__dict__[name] = term
        return term


ELI = TermNamespace("http://data.europa.eu/eli/ontology#")
ORG = TermNamespace("http://www.w3.org/ns/org#")
OA = TermNamespace("http://www.w3.org/ns/oa#")

#: Where minted resources live (see ``kg.rdf.identity``).
ID = TermNamespace(BASE + "id/")
#: SKOS concept schemes (document types, issuer codes, body kinds, levels ...).
VOCAB = TermNamespace(BASE + "vocab/")
#: Named graphs of the store.
GRAPH = TermNamespace(BASE + "graph/")


class DKG(DefinedNamespace):
    """directive-kg ontology terms (classes first, then properties)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # --- documents (văn bản) -------------------------------------------------
    Document: URIRef
    PartyDocument: URIRef
    StateDocument: URIRef
    Resolution: URIRef  # Nghị quyết
    Directive: URIRef  # Chỉ thị
    Conclusion: URIRef  # Kết luận
    Decision: URIRef  # Quyết định
    Regulation: URIRef  # Quy định
    WorkingRules: URIRef  # Quy chế
    Programme: URIRef  # Chương trình (hành động)
    Plan: URIRef  # Kế hoạch
    OfficialLetter: URIRef  # Công văn
    Guidance: URIRef  # Hướng dẫn
    Notice: URIRef  # Thông báo
    Report: URIRef  # Báo cáo
    Circular: URIRef  # Thông tri / Thông tư
    Decree: URIRef  # Nghị định
    Law: URIRef  # Luật
    Constitution: URIRef  # Hiến pháp
    Scheme: URIRef  # Đề án / Phương án / Dự án
    Strategy: URIRef  # Chiến lược
    NationalTargetProgramme: URIRef  # Chương trình mục tiêu quốc gia
    Submission: URIRef  # Tờ trình

    # --- bodies (cơ quan, tổ chức) ---------------------------------------------
    Body: URIRef
    PartyCongress: URIRef  # Đại hội đảng bộ
    PartyCommittee: URIRef  # Ban Chấp hành / cấp ủy (Tỉnh ủy, Huyện ủy ...)
    PartyLeadership: URIRef  # Bộ Chính trị, Ban Bí thư
    StandingCommittee: URIRef  # Ban Thường vụ
    PartyCommission: URIRef  # ban đảng (Ban Tổ chức, Ban Tuyên giáo ...)
    InspectionCommission: URIRef  # Ủy ban Kiểm tra
    PartyOffice: URIRef  # Văn phòng (Tỉnh ủy ...)
    PartyDelegation: URIRef  # Ban cán sự đảng, Đảng đoàn
    PeoplesCouncil: URIRef  # Hội đồng nhân dân
    PeoplesCommittee: URIRef  # Ủy ban nhân dân
    Government: URIRef  # Chính phủ, Thủ tướng
    NationalAssembly: URIRef  # Quốc hội
    Ministry: URIRef  # Bộ
    Department: URIRef  # Sở, phòng, ban ngành
    FatherlandFront: URIRef  # Mặt trận Tổ quốc
    SocioPoliticalOrganisation: URIRef  # tổ chức chính trị - xã hội
    MassAssociation: URIRef  # hội quần chúng
    CollectiveBody: URIRef  # a group named collectively ("các cấp ủy", "các sở, ngành")

    # --- places (đơn vị hành chính) ------------------------------------------
    AdministrativeUnit: URIRef
    Province: URIRef  # tỉnh, thành phố trực thuộc trung ương
    District: URIRef  # huyện, quận, thị xã, thành phố thuộc tỉnh (to 30/6/2025)
    Commune: URIRef  # xã, phường, thị trấn, đặc khu

    # --- implementation ------------------------------------------------------
    Task: URIRef  # nhiệm vụ, giải pháp
    Target: URIRef  # chỉ tiêu
    Indicator: URIRef  # what a target measures
    Outcome: URIRef  # kết quả
    ReviewEvent: URIRef  # sự kiện
    InterimReview: URIRef  # sơ kết
    FinalReview: URIRef  # tổng kết
    StudySession: URIRef  # quán triệt, học tập
    WorkingSession: URIRef  # làm việc
    Conference: URIRef  # hội nghị (other)

    # --- provenance ----------------------------------------------------------
    Source: URIRef  # a news article or official text
    Evidence: URIRef  # a Web Annotation tying a fact to a text span

    # === properties ==========================================================
    # document identity
    documentNumber: URIRef
    typeCode: URIRef
    documentType: URIRef
    symbol: URIRef
    key: URIRef
    system: URIRef
    issuer: URIRef
    issuerCode: URIRef
    dateIssued: URIRef
    year: URIRef
    subject: URIRef
    partyTerm: URIRef
    level: URIRef
    jurisdiction: URIRef
    alias: URIRef
    searchWord: URIRef  # written by the store into graph/index, never by data
    wordForm: URIRef  # likewise: a form a user may type for a word node of the index
    searchOrder: URIRef  # likewise: newest first, as an integer
    searchEntryFor: URIRef  # likewise: the index entry that carries a document's words
    placeKey: URIRef  # likewise, for administrative units
    taskCount: URIRef  # likewise, for bodies

    # document relations
    cascadesFrom: URIRef  # transitive super-property of implements
    cascadesTo: URIRef
    implements: URIRef
    implementedBy: URIRef
    continues: URIRef
    continuedBy: URIRef
    amends: URIRef
    amendedBy: URIRef
    replaces: URIRef
    replacedBy: URIRef
    guides: URIRef
    guidedBy: URIRef
    basedOn: URIRef
    basisFor: URIRef
    cites: URIRef
    reviewSchedule: URIRef  # years after issue when a review is due (e.g. 5, 10)

    # bodies
    bodyKind: URIRef
    canonicalName: URIRef
    shortName: URIRef
    validFrom: URIRef
    validTo: URIRef

    # places
    adminCode: URIRef
    codeScheme: URIRef
    partOf: URIRef
    mergedInto: URIRef
    succeeds: URIRef
    abolishedOn: URIRef

    # tasks
    underDocument: URIRef
    description: URIRef
    assignedBody: URIRef
    leadBody: URIRef
    coordinatingBody: URIRef
    participatingBody: URIRef
    monitoringBody: URIRef
    deadline: URIRef

    # targets and outcomes
    setBy: URIRef
    value: URIRef
    unit: URIRef
    comparator: URIRef
    period: URIRef
    targetYear: URIRef
    measures: URIRef
    reportsOn: URIRef
    reportsTarget: URIRef
    reportedAt: URIRef
    denominator: URIRef
    asOf: URIRef
    status: URIRef
    text: URIRef

    # events
    eventDate: URIRef
    organiser: URIRef
    reviews: URIRef
    eventKind: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    place: URIRef

    # provenance
    sourceUrl: URIRef
    alsoPublishedAs: URIRef
    publisher: URIRef
    published: URIRef
    extractedFrom: URIRef
    curatedFrom: URIRef
    confidence: URIRef

    # review (duyệt dữ kiện): the queue of a source and the reviewers' decisions (kg.review)
    ReviewRecord: URIRef
    FactItem: URIRef
    ReviewDecision: URIRef
    aboutSource: URIRef
    sourceText: URIRef
    sourceMeta: URIRef
    wordsKey: URIRef
    figuresKey: URIRef
    sentenceKey: URIRef
    factItems: URIRef
    inRecord: URIRef
    factId: URIRef
    factKind: URIRef
    factJson: URIRef
    factConfidence: URIRef
    position: URIRef
    spanStart: URIRef
    spanEnd: URIRef
    evidenceQuote: URIRef
    violation: URIRef
    decides: URIRef
    reviewState: URIRef
    previousValue: URIRef
    newValue: URIRef
    reason: URIRef
    overrides: URIRef
    TargetAssessment: URIRef
    assesses: URIRef
    assessedStatus: URIRef
    assessmentNote: URIRef
    itemState: URIRef
    factNode: URIRef


#: The prefixes of SPARQL and Turtle text written in the code, by name.
PREFIXES: dict[str, str] = {
    "dkg": str(DKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "oa": str(OA),
    "org": str(ORG),
    "dcterms": str(DCTERMS),
}


@dataclass(frozen=True)
class Role:
    """One way a task is given to a body (vai trò: chủ trì, phối hợp, tham gia, theo dõi).

    ``code`` is the role as the facts write it (``kg.facts.Assignment.role``), ``prop`` the
    property of the graph, ``column`` the word the named queries and analytics use for its count,
    and ``word`` the key of its name in ``kg.i18n.TEXT``."""

    code: str
    prop: URIRef
    column: str
    word: str

    @property
    def name(self) -> str:
        """The property's local name (``leadBody``), the key of the role in a document card's task."""
        return self.prop[len(str(DKG)):]


#: The roles, in the order pages list them: the one table every reader and writer of
#: assignments goes through (the builder, the cards, the text index, analytics).
ROLES: tuple[Role, ...] = (
    Role("lead", DKG.leadBody, "lead", "lead"),
    Role("coordinate", DKG.coordinatingBody, "coordinating", "coordinate"),
    Role("participate", DKG.participatingBody, "participating", "participate"),
    Role("monitor", DKG.monitoringBody, "monitoring", "monitor"),
)
#: The property every role specialises: a task stated as given to a body with no more specific role
#: (giao), and what the reasoner infers from each role.
ASSIGNED = Role("assign", DKG.assignedBody, "assigned", "assigned")
#: The roles by their facts code (``lead``, ``coordinate``, ``participate``, ``monitor``).
ROLE_BY_CODE: dict[str, Role] = {r.code: r for r in ROLES}


def role_values(var: str = "?role") -> str:
    """A SPARQL ``VALUES`` block binding ``var`` to each role's property, in table order."""
    return f"VALUES {var} {{ " + " ".join(f"<{r.prop}>" for r in ROLES) + " }"


def role_path() -> str:
    """The roles' properties as one SPARQL path of alternatives (``<lead>|<coordinating>|...``)."""
    return "|".join(f"<{r.prop}>" for r in ROLES)


#: The prefixes IRIs are shown with to people (the ontology's pages, a reasoning run's summary),
#: the first namespace an IRI starts with naming it.
DISPLAY_PREFIXES: dict[str, str] = {
    str(DKG._NS): "dkg:",
    str(ELI): "eli:",
    str(ORG): "org:",
    str(PROV): "prov:",
    str(QB): "qb:",
    str(OA): "oa:",
    str(TIME): "time:",
    str(SKOS): "skos:",
    str(DCTERMS): "dcterms:",
    str(XSD): "xsd:",
    str(RDF): "rdf:",
    str(RDFS): "rdfs:",
    str(OWL): "owl:",
    str(VOCAB): "vocab:",
}


def compact(iri: str) -> str:
    """``iri`` with the prefix of :data:`DISPLAY_PREFIXES` its namespace has (``prov:wasDerivedFrom``);
    as it is when it has none, or is the namespace itself."""
    for ns, prefix in DISPLAY_PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return prefix + iri[len(ns):]
    return iri


def prefixes_used(iris: Iterable[str]) -> dict[str, str]:
    """The project's prefixes (:data:`PREFIXES` and :data:`DISPLAY_PREFIXES`) whose namespace one of ``iris`` is in,
    by name: what a Turtle answer declares, so that it reads ``dkg:Target`` where it would write the whole IRI."""
    known = {**{prefix.rstrip(":"): ns for ns, prefix in DISPLAY_PREFIXES.items()}, **PREFIXES}
    seen = set(iris)
    return {name: ns for name, ns in sorted(known.items())
            if any(iri.startswith(ns) and len(iri) > len(ns) for iri in seen)}


def sparql_prefixes(*names: str) -> str:
    """``PREFIX`` lines for ``names`` (all of :data:`PREFIXES` when none are named), so that
    SPARQL written in the code never types a namespace by hand."""
    return "".join(f"PREFIX {n}: <{PREFIXES[n]}>\n" for n in (names or PREFIXES))


__all__ = [
    "ASSIGNED",
    "BASE",
    "compact",
    "DCTERMS",
    "DISPLAY_PREFIXES",
    "DKG",
    "ELI",
    "GRAPH",
    "ID",
    "OA",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "ROLES",
    "ROLE_BY_CODE",
    "Role",
    "SH",
    "SKOS",
    "TIME",
    "VOCAB",
    "XSD",
    "role_path",
    "role_values",
    "sparql_prefixes",
]
