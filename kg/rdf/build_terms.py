"""The vocabulary of an RDF build (kg.rdf.build makes the triples): the class of each document type and its
Vietnamese name, the properties of links and roles, the classes of events, a body's class, and the Oxigraph terms a
build writes again and again, each made once a process (nodes, SKOS concepts, literals, a body's node and triples)."""

from __future__ import annotations

import functools

import pyoxigraph as ox
from rdflib import URIRef

from kg.rdf import identity
from kg.text.bodykinds import body_kind, body_kind_table
from kg.text.doctypes import document_types
from kg.text.names import body_without_own_place
from kg.rdf.terms import OX_DKG, OX_RDF, OX_RDFS, OX_XSD
from kg.rdf.vocab import DKG, ROLES


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

def body_class(name: str) -> tuple[URIRef, str]:
    """The class and kind code of a body named ``name`` (the kind from ``kg.text.bodykinds``)."""
    kind = body_kind(name)
    return DKG[body_kind_table()[kind]["class"]], kind


@functools.lru_cache(maxsize=8192)
def body_terms(name: str, place: tuple[str, str, str, str] | None, level: str | None) -> tuple[ox.NamedNode, tuple]:
    """A body's node and its triples, named ``name`` in ``place`` (its IRI, slug, label and kind) at ``level``:
    made once a process for each, as a batch's texts name the same bodies again and again (the name's tidying,
    its kind and its IRI are the larger part of a text's build otherwise)."""
    place_iri, slug, place_label, place_kind = place if place is not None else (None, None, None, None)
    name = body_node_name(name, place_label, place_kind)
    cls, kind = body_class(name)
    central = level == "central" or cls in (DKG.PartyLeadership, DKG.Government, DKG.NationalAssembly)
    scope = None if central else slug
    iri = ox.NamedNode(identity.body_iri(name, scope))
    label = name if scope is None else f"{name} ({place_label})"
    triples = [(iri, OX_RDF.type, iri_term(cls)), (iri, OX_DKG.canonicalName, literal_term(name, language="vi")),
               (iri, OX_RDFS.label, literal_term(label, language="vi")), (iri, OX_DKG.bodyKind, concept_term("bodykind", kind))]
    if level:
        triples.append((iri, OX_DKG.level, concept_term("level", level)))
    if scope is not None and place_iri is not None:
        triples.append((iri, OX_DKG.jurisdiction, iri_term(place_iri)))
    return iri, tuple(triples)


@functools.lru_cache(maxsize=8192)
def body_node_name(name: str, place: str | None, kind: str | None) -> str:
    """A body's name as its node is named: spacing tidied, in the new tone placement, without the place (its label
    and kind) it is scoped to ('Quận ủy Hà Đông' in Hà Đông is its 'Quận ủy', the name news gives it more often, so
    that both wordings meet on one node; its label adds the place), where the name puts it as a place of that kind
    (the commune 'xã Gia Viễn' stays in its name in the district Gia Viễn). Tidied once a process for each name."""
    return body_without_own_place(" ".join(name.split()), place, kind)


def decimal_term(v: float | int) -> ox.Literal:
    """xsd:decimal in the lexical form Oxigraph stores (``6``, ``111.9``), so that a value
    read back from the store and the same value built again are one term."""
    text = f"{v:.6f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(int(v))
    return ox.Literal(text, datatype=OX_XSD.decimal)


def literal_term(value: str | int, *, language: str | None = None, datatype: ox.NamedNode | None = None) -> ox.Literal:
    """A literal as rdflib's ``Literal(value, lang=..., datatype=...)`` writes it: a plain string,
    a language-tagged one, or the value's text with its datatype."""
    if language:
        return ox.Literal(str(value), language=language)
    if datatype is not None:
        return ox.Literal(str(value), datatype=datatype)
    return ox.Literal(str(value))


#: The IRIs the builder writes again and again (classes, concepts, places) as Oxigraph terms,
#: each made once; keyed by the IRI's text.
_NODES: dict[str, ox.NamedNode] = {}


def iri_term(iri: str) -> ox.NamedNode:
    text = str(iri)  # (a URIRef key would never be found: rdflib's equality refuses a plain str)
    node = _NODES.get(text)
    if node is None:
        node = _NODES[text] = ox.NamedNode(text)
    return node


@functools.cache
def concept_term(scheme: str, code: str) -> ox.NamedNode:
    """A SKOS concept of the vocabularies (``kg.rdf.identity.concept``) as an Oxigraph term."""
    return ox.NamedNode(identity.concept(scheme, code))
