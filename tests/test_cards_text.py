"""kg.cards.text: `dkg show` names the source of each figure, as the card's page does.

A journalist who reads a figure on the text card must be able to cite it (the title, publisher, day and
address of the text it came from) and to read the sentence behind it (``dkg review show ID``) without
opening the page; the words are those of the card's JSON twin, never read a second time.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cards import card_text, document_card
from kg.cli import main
from kg.facts import Outcome
from kg.i18n import day_said
from kg.rdf.files import parse_file
from kg.review import show
from kg.store import Store
from kg.web import create_app
from test_review import TEXT, hand_facts, hand_ingest  # noqa: F401 (a fixture)

#: Two outcomes of a test plan, one read from a dated news page with a publisher and an address, one from a text
#: with a title only; a third outcome has no source at all (curated data that names none).
SOURCED = """
@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/directive-kg/id/> .
<doc/test/kh/31> a dkg:Plan ; dkg:key "31-KH/TU" ; dkg:symbol "31-KH/TU" ; rdfs:label "Kế hoạch thử 31"@vi ;
    dkg:dateIssued "2025-08-12"^^xsd:date .
<target/test-31> a dkg:Target ; dkg:setBy <doc/test/kh/31> ; dkg:text "rà soát 100% văn bản thử"@vi ;
    dkg:value 100.0 ; dkg:unit "%" ; dkg:comparator "=" ; dkg:targetYear "2025" .
<outcome/test-31a> a dkg:Outcome ; dkg:reportsTarget <target/test-31> ; dkg:value 91.0 ; dkg:unit "%" ;
    dkg:asOf "2025-11-28"^^xsd:date ; dkg:text "đã rà soát 91% văn bản thử"@vi ; dkg:extractedFrom <source/test-news> .
<outcome/test-31b> a dkg:Outcome ; dkg:reportsOn <doc/test/kh/31> ; dkg:value 46.0 ; dkg:unit "dự thảo" ;
    dkg:asOf "2025-11-10"^^xsd:date ; dkg:text "thẩm định 46 dự thảo thử"@vi ; dkg:extractedFrom <source/test-report> .
<outcome/test-31c> a dkg:Outcome ; dkg:reportsOn <doc/test/kh/31> ; dkg:value 7.0 ; dkg:unit "xã" ;
    dkg:asOf "2025-12-01"^^xsd:date .
<source/test-news> dcterms:title "Tỉnh thử sơ kết 6 tháng"@vi ; dkg:publisher "Báo thử" ;
    dkg:published "2025-11-28"^^xsd:date ; dkg:sourceUrl "https://example.org/so-ket" .
<source/test-report> dcterms:title "Báo cáo thử 245"@vi ; dkg:published "2025-11-10"^^xsd:date .
"""


@pytest.fixture
def sourced(memory_store):
    memory_store.main.extend(parse_file("sourced.ttl", SOURCED.encode("utf-8")))
    return memory_store


@pytest.mark.parametrize("lang, word", [("vi", "Nguồn"), ("en", "Source")])
def test_each_figure_on_the_text_card_names_its_source_as_the_json_twin_does(sourced, lang, word):
    text = card_text(document_card(sourced, "31-KH/TU", lang), lang)
    lines = text.splitlines()
    twin = TestClient(create_app(sourced)).get("/doc/31-KH/TU.json", params={"lang": lang}).json()
    (under_target,) = twin["targets"][0]["outcomes"]
    news = under_target["sources"][0]
    said = f"{word}: {news['title']} · {news['publisher']} · {day_said(news['published'], lang)} · {news['url']}"
    figure = next(i for i, x in enumerate(lines) if "91 %" in x)
    assert lines[figure + 1] == "        " + said  # under the outcome that answers the target, indented below it
    report = next(o for o in twin["outcomes"] if o["value"] == 46.0)["sources"][0]
    other = next(i for i, x in enumerate(lines) if "46 dự thảo" in x)
    # a source without publisher or address: the title and the day alone, no empty field between dots
    assert lines[other + 1] == f"      {word}: {report['title']} · {day_said(report['published'], lang)}"
    # near miss: an outcome no source states gets no source line (not an empty one)
    bare = next(i for i, x in enumerate(lines) if x.startswith("  - 7 xã"))
    assert not any(x.lstrip().startswith(word) for x in lines[bare + 1:bare + 2])
    assert text.count(f"{word}:") == 2


def test_dkg_show_points_to_the_sentence_behind_an_ingested_figure(memory_store, hand_ingest):
    """A figure read from an ingested text: the card says which `dkg review show` prints its sentence."""
    def with_outcome(text: str):
        facts = hand_facts(text)
        start = TEXT.index("Tỷ lệ hộ nghèo giảm 2%")
        facts.outcomes.append(Outcome(document="12-KH/TU", text="Tỷ lệ hộ nghèo giảm 2%", value=2, unit="%",
                                      span=(start, start + len("Tỷ lệ hộ nghèo giảm 2%"))))
        return facts

    hand_ingest(memory_store, with_outcome)
    lines = card_text(document_card(memory_store, "12-KH/TU", "vi"), "vi").splitlines()
    # (the outcome's line: the document's own sources, listed under its fields, may quote the same words)
    figure = next(i for i, x in enumerate(lines) if "Tỷ lệ hộ nghèo giảm 2%" in x and x.lstrip().startswith("- "))
    source = lines[figure + 1]
    assert source.lstrip().startswith("Nguồn: ") and "(dkg review show " in source
    fid = source.rsplit("(dkg review show ", 1)[1].rstrip(")")
    assert "Tỷ lệ hộ nghèo giảm 2%" in json.dumps(show(memory_store, fid), ensure_ascii=False)


def test_dkg_show_prints_the_source_lines_from_a_folder_store(tmp_path):
    path = tmp_path / "store"
    s = Store.open(path)
    s.main.extend(parse_file("sourced.ttl", SOURCED.encode("utf-8")))
    s.close()
    got = CliRunner().invoke(main, ["--lang", "en", "--store", str(path), "show", "31-KH/TU"])
    assert got.exit_code == 0, got.output
    assert "        Source: Tỉnh thử sơ kết 6 tháng · Báo thử · 2025-11-28 · https://example.org/so-ket\n" in got.stdout
    # the JSON twin is the card itself: no source line leaks into it
    js = CliRunner().invoke(main, ["--store", str(path), "show", "31-KH/TU", "--format", "json"])
    assert js.exit_code == 0 and "Source:" not in js.stdout and "Nguồn:" not in js.stdout
