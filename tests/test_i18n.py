"""kg.i18n.format_number: one way to write a figure, in the page's language, on the document page,
its text (``dkg show``) and the scoreboard."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from kg.cards import card_text, document_card
from kg.i18n import format_number
from kg.store import Store
from kg.web import create_app

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
TARGET = ox.NamedNode(ID + "target/127f5057367f80ed")  # 115-CTr/TU: "Kết nạp từ 1.500 hội viên ..." (1500)
WRITTEN = {"vi": ("1.234.567,25", "12,5", "1.500"), "en": ("1,234,567.25", "12.5", "1,500")}


@pytest.mark.parametrize("lang", WRITTEN)
def test_figures_in_each_language(lang):
    big, half, whole = WRITTEN[lang]
    assert (format_number(1234567.25, lang), format_number(12.5, lang), format_number(1500.0, lang)) == (big, half, whole)
    assert format_number(None, lang) == "" and format_number(0, lang) == "0"


@pytest.fixture(scope="module")
def store():
    """The sample, with an outcome of 1234567.25 out of 12.5 reported for one of 115-CTr/TU's targets."""
    s = Store.bundled()
    o = ox.NamedNode(ID + "outcome/test-figures")
    for p, v in (("reportsTarget", TARGET), ("value", ox.Literal("1234567.25", datatype=DECIMAL)),
                 ("denominator", ox.Literal("12.5", datatype=DECIMAL))):
        s.main.add(ox.Quad(o, ox.NamedNode(DKG + p), v, ox.DefaultGraph()))
    return s


@pytest.mark.parametrize("lang", WRITTEN)
@pytest.mark.parametrize("path", ["/doc/115-CTr/TU", "/scoreboard/46-NQ/TW"])
def test_the_pages_write_a_target_in_their_language(store, lang, path):
    whole = WRITTEN[lang][2]
    other = WRITTEN["en" if lang == "vi" else "vi"][2]
    html = TestClient(create_app(store)).get(path, params={"lang": lang}).text
    assert f"[&gt;= {whole} hội viên nông dân mới]" in html
    assert f"[&gt;= {other} hội viên" not in html  # near miss: the other language's separators


@pytest.mark.parametrize("lang", WRITTEN)
def test_the_document_page_and_its_text_write_an_outcome_alike(store, lang):
    big, half, _ = WRITTEN[lang]
    html = TestClient(create_app(store)).get("/doc/115-CTr/TU", params={"lang": lang}).text
    assert f'<strong class="figure">{big}/{half}</strong>' in html and "e+06" not in html
    assert f"{big}/{half}" in card_text(document_card(store, "115-CTr/TU", lang), lang)
