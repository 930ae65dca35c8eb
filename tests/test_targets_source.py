"""Each target of the targets query names the text it was read from (IRI, title, URL), as outcomes do, so that a
figure can be cited; its page links the title to the text's review page, where the sentence is highlighted."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from kg.queries import run
from kg.review import queue
from kg.web import create_app
from test_review import hand_ingest  # noqa: F401 (a fixture)


def test_a_target_names_its_source_in_the_table_and_its_twins(memory_store, hand_ingest):
    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    table = run(memory_store, "targets", {"doc": "12-KH/TU"})
    at = table.columns.index("source")
    assert table.columns[at:at + 5] == ["source", "source_title", "source_url", "source_publisher", "source_published"]
    (row,) = [r for r in table.rows if r["target_value"] == 1500]
    assert row["source"] == f"https://w3id.org/directive-kg/id/source/{source}"
    assert row["source_title"] and row["source_url"] is None  # a text file has a title (its first line), no URL
    client = TestClient(create_app(memory_store))
    page = client.get("/queries/targets", params={"doc": "12-KH/TU"}, headers={"Accept": "text/html"}).text
    assert f'href="/review/{source}"' in page
    (line,) = [r for r in csv.DictReader(io.StringIO(client.get("/queries/targets.csv", params={"doc": "12-KH/TU"}).text))
               if r["target_value"] and float(r["target_value"]) == 1500]
    assert line["source"] == row["source"] and line["source_title"] == row["source_title"]



#: Targets stated by a page with a publisher and a day, by a text with a day alone, and by a source whose title holds a
#: tab (a page's title as saved); data of our own.
STATED = """
@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/directive-kg/id/> .
<doc/test/kh/33> a dkg:Plan ; dkg:key "33-KH/TU" ; dkg:symbol "33-KH/TU" ; rdfs:label "Kế hoạch thử 33"@vi .
<target/test-33a> a dkg:Target ; dkg:setBy <doc/test/kh/33> ; dkg:text "90% trường đạt chuẩn"@vi ; dkg:value 90.0 ;
    dkg:unit "%" ; dkg:extractedFrom <source/test-portal> .
<target/test-33b> a dkg:Target ; dkg:setBy <doc/test/kh/33> ; dkg:text "50 thư viện số"@vi ; dkg:value 50.0 ;
    dkg:unit "thư viện" ; dkg:extractedFrom <source/test-tabbed> .
<target/test-33c> a dkg:Target ; dkg:setBy <doc/test/kh/33> ; dkg:text "12 lớp bồi dưỡng"@vi ; dkg:value 12.0 ;
    dkg:unit "lớp" .
<source/test-portal> dcterms:title "Tỉnh thử sơ kết Nghị quyết 71"@vi ; dkg:publisher "Cổng thử tỉnh" ;
    dkg:published "2025-11-20"^^xsd:date ; dkg:sourceUrl "https://example.org/so-ket-71" .
<source/test-tabbed> dcterms:title "Tin thử\\tcó tab"@vi ; dkg:published "2025-11-21"^^xsd:date .
"""


def test_a_target_s_source_has_the_outcomes_columns_publisher_and_day_in_the_csv_and_json(memory_store):
    from kg.queries import SOURCE_COLUMNS
    from kg.rdf.files import parse_file

    memory_store.main.extend(parse_file("stated.ttl", STATED.encode("utf-8")))
    table = run(memory_store, "targets", {"doc": "33-KH/TU"})
    at = table.columns.index("source")
    assert tuple(table.columns[at:at + len(SOURCE_COLUMNS)]) == SOURCE_COLUMNS
    got = {r["target_value"]: tuple(r[c] for c in SOURCE_COLUMNS[1:]) for r in table.rows}
    assert got == {90.0: ("Tỉnh thử sơ kết Nghị quyết 71", "https://example.org/so-ket-71", "Cổng thử tỉnh", "2025-11-20"),
                   # a title with a tab keeps the columns after it in their place; a text without publisher names none
                   50.0: ("Tin thử\tcó tab", None, None, "2025-11-21"),
                   12.0: (None, None, None, None)}  # near miss: a target no source stated cites nothing
    client = TestClient(create_app(memory_store))
    lines = {float(r["target_value"]): r for r in csv.DictReader(io.StringIO(
        client.get("/queries/targets.csv", params={"doc": "33-KH/TU"}).text))}
    assert (lines[90.0]["source_publisher"], lines[90.0]["source_published"]) == ("Cổng thử tỉnh", "2025-11-20")
    outcomes = client.get("/queries/outcomes.csv", params={"doc": "33-KH/TU"}).text.splitlines()[0].split(",")
    targets = list(lines[90.0])
    # the two CSVs say the same columns about a fact's source, in the same order
    assert [c for c in targets if c.startswith("source")] == [c for c in outcomes if c.startswith("source")]
    twin = client.get("/queries/targets.json", params={"doc": "33-KH/TU"}).json()
    assert "source_published" in twin["columns"]
    page = client.get("/queries/targets", params={"doc": "33-KH/TU"}, headers={"Accept": "text/html"}).text
    assert "Cổng thử tỉnh" in page
