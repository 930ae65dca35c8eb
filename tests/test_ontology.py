"""The ontology files: they parse, the ontology header is complete, every dkg term is
declared with Vietnamese and English labels and definitions, the declared terms are exactly
those of ``kg.rdf.vocab.DKG``, OWL-RL entails the implementation cascade, and the HTML
documentation renders self-contained and escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from rdflib import Namespace

from kg.rdf.vocab import DCTERMS, DKG, ID, ONTOLOGY_IRI, OWL, RDF, RDFS, SKOS, TermNamespace

try:
    from kg.resources import ontology_files
except ImportError:  # pragma: no cover
    def ontology_files() -> list[Path]:
        return sorted((Path(__file__).resolve().parents[1] / "ontology").glob("*.ttl"))

NS = str(DKG._NS)
TERMS = {URIRef(NS + name) for name in DKG.__annotations__}


def test_a_term_namespace_gives_the_terms_of_rdflibs_and_makes_each_once():
    made, plain = TermNamespace("http://www.w3.org/ns/oa#"), Namespace("http://www.w3.org/ns/oa#")
    first = made.hasBody
    assert type(first) is URIRef and first == plain.hasBody and made["hasBody"] == plain["hasBody"]
    assert made.hasBody is first  # kept, not made again
    assert made.title == plain.title and made.startswith("http://")  # rdflib's own and str's, untouched
    assert not hasattr(made, "__wrapped__")  # special names are no terms, as in rdflib's


def _main_file() -> Path:
    return next(f for f in ontology_files() if f.name == "directive-kg.ttl")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(_main_file(), format="turtle")


def test_ontology_folder_has_the_model_and_the_schemes():
    names = {f.name for f in ontology_files()}
    assert {"directive-kg.ttl", "vocab-doctypes.ttl", "vocab-issuers.ttl", "vocab-bodykinds.ttl",
            "vocab-levels.ttl", "vocab-events.ttl", "vocab-statuses.ttl", "vocab-systems.ttl",
            "admin-units.ttl"} <= names


@pytest.mark.parametrize("path", ontology_files(), ids=lambda p: p.name)
def test_every_ttl_parses(path):
    g = Graph().parse(path, format="turtle")
    assert len(g) > 0


def test_ontology_header(onto):
    o = ONTOLOGY_IRI
    assert (o, RDF.type, OWL.Ontology) in onto
    assert (o, OWL.versionIRI, URIRef("https://w3id.org/directive-kg/ontology/0.1.0")) in onto
    assert (o, OWL.versionInfo, Literal("0.1.0")) in onto
    for prop in (DCTERMS.title, DCTERMS.description):
        langs = {lit.language for lit in onto.objects(o, prop)}
        assert {"vi", "en"} <= langs, prop


def test_declared_terms_equal_kg_vocab(onto):
    declared = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}
    assert declared - TERMS == set(), "declared in the Turtle but missing from kg/vocab.py"
    assert TERMS - declared == set(), "listed in kg/vocab.py but not declared in the Turtle"


def test_no_other_ttl_declares_dkg_terms():
    """The schemes may use dkg terms but must not add any."""
    for f in ontology_files():
        if f.name == "directive-kg.ttl":
            continue
        g = Graph().parse(f, format="turtle")
        used = {t for trip in g for t in trip if isinstance(t, URIRef) and str(t).startswith(NS)}
        assert used <= TERMS, (f.name, used - TERMS)


@pytest.mark.parametrize("term", sorted(TERMS), ids=lambda t: t[len(NS):])
def test_term_is_typed_labelled_and_defined(onto, term):
    types = set(onto.objects(term, RDF.type))
    assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, "no OWL kind"
    for prop in (RDFS.label, SKOS.definition):
        langs = [lit.language for lit in onto.objects(term, prop) if isinstance(lit, Literal)]
        assert sorted(langs) == ["en", "vi"], (prop, langs)
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto


def test_required_alignments(onto):
    ELI = "http://data.europa.eu/eli/ontology#"
    PROV = "http://www.w3.org/ns/prov#"
    sub_c = [
        (DKG.Document, URIRef(ELI + "LegalResource")), (DKG.Document, URIRef(PROV + "Entity")),
        (DKG.Body, URIRef("http://www.w3.org/ns/org#Organization")),
        (DKG.ReviewEvent, URIRef(PROV + "Activity")),
        (DKG.Outcome, URIRef("http://purl.org/linked-data/cube#Observation")),
        (DKG.Source, URIRef(PROV + "Entity")), (DKG.Evidence, URIRef("http://www.w3.org/ns/oa#Annotation")),
        (DKG.Province, DKG.AdministrativeUnit), (DKG.District, DKG.AdministrativeUnit),
        (DKG.Commune, DKG.AdministrativeUnit), (DKG.NationalTargetProgramme, DKG.Programme),
    ]
    for s, o in sub_c:
        assert (s, RDFS.subClassOf, o) in onto, (s, o)
    sub_p = [
        (DKG.implements, URIRef(ELI + "ensures_implementation_of")), (DKG.implements, DKG.cascadesFrom),
        (DKG.basedOn, URIRef(ELI + "based_on")), (DKG.cites, URIRef(ELI + "cites")),
        (DKG.amends, URIRef(ELI + "amends")), (DKG.replaces, URIRef(ELI + "repeals")),
        (DKG.issuer, URIRef(ELI + "passed_by")), (DKG.dateIssued, URIRef(ELI + "date_document")),
        (DKG.organiser, URIRef(PROV + "wasAssociatedWith")), (DKG.reviews, URIRef(PROV + "used")),
        (DKG.extractedFrom, URIRef(PROV + "wasDerivedFrom")), (DKG.curatedFrom, URIRef(PROV + "wasDerivedFrom")),
        (DKG.leadBody, DKG.assignedBody), (DKG.coordinatingBody, DKG.assignedBody),
        (DKG.participatingBody, DKG.assignedBody), (DKG.monitoringBody, DKG.assignedBody),
    ]
    for s, o in sub_p:
        assert (s, RDFS.subPropertyOf, o) in onto, (s, o)
    assert (DKG.cascadesFrom, RDF.type, OWL.TransitiveProperty) in onto
    inverses = [(DKG.implements, DKG.implementedBy), (DKG.cascadesFrom, DKG.cascadesTo),
                (DKG.continues, DKG.continuedBy), (DKG.amends, DKG.amendedBy),
                (DKG.replaces, DKG.replacedBy), (DKG.guides, DKG.guidedBy),
                (DKG.basedOn, DKG.basisFor), (DKG.mergedInto, DKG.succeeds)]
    for a, b in inverses:
        assert (a, OWL.inverseOf, b) in onto or (b, OWL.inverseOf, a) in onto, (a, b)


@pytest.mark.slow
def test_owlrl_entails_the_cascade(onto):
    owlrl = pytest.importorskip("owlrl")
    g = Graph()
    g += onto
    a, b, c = (ID[f"doc/test/{x}"] for x in "abc")
    g.add((a, DKG.implements, b))
    g.add((b, DKG.implements, c))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert (a, DKG.cascadesFrom, c) in g
    assert (c, DKG.implementedBy, b) in g
    assert (c, DKG.cascadesTo, a) in g
    assert (a, RDF.type, DKG.Document) in g
    assert (a, URIRef("http://data.europa.eu/eli/ontology#ensures_implementation_of"), b) in g


def test_html_documentation():
    from kg.ontodoc import load_ontology_graph, render_ontology_html

    g = load_ontology_graph()
    html = render_ontology_html(g)
    assert html.startswith("<!DOCTYPE html>")
    for term in ("Document", "implements", "cascadesFrom", "ReviewEvent", "mergedInto"):
        assert f'id="{term}"' in html
    assert "Nghị quyết" in html and "Resolution" in html
    assert 'id="scheme-doctype"' in html
    # self-contained: no scripts, stylesheets, images or links off the page
    assert not re.search(r"<(script|link|img|iframe)\b", html, re.I)
    assert not re.search(r'(href|src)="(https?:)?//', html, re.I)
    # written to stand alone it links nothing outside itself; served, its twin and the start page
    assert "JSON-LD" not in html and "Trang chủ" not in html
    served = render_ontology_html(g, json_href="/ontology.json", home_href="/")
    assert '<a href="/ontology.json"' in served and '<a href="/">Trang chủ / Home</a>' in served
    # the twin's link sits on the dark header: it takes the header's light accent and an underline,
    # not the header's own colour
    assert "color:inherit" not in served
    header_links = re.search(r"header a\{([^}]*)\}", served)
    assert header_links and "color:#ffe9a8" in header_links.group(1) and "underline" in header_links.group(1)
    # escaping: a hostile label comes out as text
    g.add((DKG.Document, RDFS.comment, Literal("<script>alert(1)</script> & co")))
    html = render_ontology_html(g)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
