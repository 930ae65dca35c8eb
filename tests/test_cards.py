"""kg.cards: the document card read once for the pages and `dkg show`."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cards import card_text, document_card
from kg.cli import main
from kg.store import Store

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
NQ46 = ox.NamedNode(ID + "doc/party/tw/nq/46/khoa-xiii")
CTR115 = ox.NamedNode(ID + "doc/party/tu/legacy-20/ctr/115/term-2020-2025")
DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


@pytest.fixture(scope="module")
def store():
    """The bundled dataset, with 115-CTr/TU's link to 46-NQ/TW stated again in three source graphs,
    each with a date of its own (as three articles reporting the programme would)."""
    s = Store.bundled()
    for i in range(3):
        g = ox.NamedNode(f"{ID.replace('/id/', '/graph/')}source/test-{i}")
        s.main.add(ox.Quad(CTR115, ox.NamedNode(DKG + "implements"), NQ46, g))
        s.main.add(ox.Quad(CTR115, ox.NamedNode(DKG + "dateIssued"), ox.Literal(f"2024-0{i + 1}-01", datatype=DATE), g))
    return s


def test_each_related_document_appears_once(store):
    card = document_card(store, "46-NQ/TW")
    keys = [x["key"] for x in card["implemented_by"]]
    assert keys.count("115-CTr/TU") == 1 and len(keys) == len(set(keys))
    ctr = next(x for x in card["implemented_by"] if x["key"] == "115-CTr/TU")
    assert ctr["relations"] == ["implements"] and ctr["date"] == "2024-01-01"  # the earliest date given


@pytest.mark.parametrize("lang,incoming,outgoing", [("vi", "được thực hiện bởi", "thực hiện"),
                                                     ("en", "implemented by", "implements")])
def test_relations_are_named_from_the_card_and_in_its_language(store, lang, incoming, outgoing):
    parent = document_card(store, "46-NQ/TW", lang)
    assert {x["relation_label"] for x in parent["implemented_by"]} == {incoming}
    child = document_card(store, "115-CTr/TU", lang)
    assert [x["relation_label"] for x in child["implements"] if x["key"] == "46-NQ/TW"] == [outgoing]


def test_card_text_lists_what_the_card_holds(store):
    card = document_card(store, "46-NQ/TW", "en")
    text = card_text(card, "en")
    assert text.startswith("46-NQ/TW") and "Implemented by:" in text
    assert text.count("115-CTr/TU (2024-01-01)") == 1


def test_dkg_show_prints_the_card_as_text_and_json():
    text = CliRunner().invoke(main, ["show", "46-NQ/TW"])
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("46-NQ/TW") and "115-CTr/TU" in text.stdout
    js = CliRunner().invoke(main, ["show", "46-NQ/TW", "--format", "json", "--lang", "en"])
    assert js.exit_code == 0, js.output
    card = json.loads(js.stdout)
    assert card["key"] == "46-NQ/TW" and card["implemented_by"]


def test_dkg_show_unknown_key_is_a_clear_error():
    result = CliRunner().invoke(main, ["show", "999-XX/TW"])
    assert result.exit_code == 2 and "no document with key" in result.stderr
