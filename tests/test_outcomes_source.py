"""The outcomes query names what a figure is cited by: its source's title, address, publisher and day, in the table,
its CSV and JSON twins and its page (a journalist's walk, newcomer30: the CSV gave the title and no day)."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from kg.queries import run
from kg.rdf.files import parse_file
from kg.web import create_app
from test_cards_text import SOURCED

#: A source whose title holds a tab (a page's title as saved): the columns after it stay in their place.
TABBED = """
@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/directive-kg/id/> .
<outcome/test-31d> a dkg:Outcome ; dkg:reportsOn <doc/test/kh/31> ; dkg:value 12.0 ; dkg:unit "buổi" ;
    dkg:asOf "2025-12-02"^^xsd:date ; dkg:extractedFrom <source/test-tab> .
<source/test-tab> dcterms:title "Tin thử\\tcó tab"@vi ; dkg:publisher "Đài thử" ; dkg:published "2025-12-02"^^xsd:date .
"""

CITED = ("source_title", "source_url", "source_publisher", "source_published")


def test_each_outcome_names_its_sources_publisher_and_day(memory_store):
    for name, text in (("sourced.ttl", SOURCED), ("tabbed.ttl", TABBED)):
        memory_store.main.extend(parse_file(name, text.encode("utf-8")))
    table = run(memory_store, "outcomes", {"doc": "31-KH/TU"})
    at = table.columns.index("source")
    assert table.columns[at:at + 6] == ["source", *CITED, "quote"]
    got = {r["value"]: tuple(r[c] for c in CITED) for r in table.rows}
    assert got == {91.0: ("Tỉnh thử sơ kết 6 tháng", "https://example.org/so-ket", "Báo thử", "2025-11-28"),
                   46.0: ("Báo cáo thử 245", None, None, "2025-11-10"),
                   12.0: ("Tin thử\tcó tab", None, "Đài thử", "2025-12-02"),
                   7.0: (None, None, None, None)}  # near miss: curated data that names no source cites nothing
    client = TestClient(create_app(memory_store))
    lines = {float(r["value"]): r for r in csv.DictReader(io.StringIO(
        client.get("/queries/outcomes.csv", params={"doc": "31-KH/TU"}).text))}
    assert (lines[91.0]["source_publisher"], lines[91.0]["source_published"]) == ("Báo thử", "2025-11-28")
    twin = client.get("/queries/outcomes.json", params={"doc": "31-KH/TU"}).json()
    assert "source_published" in twin["columns"]
    page = client.get("/queries/outcomes", params={"doc": "31-KH/TU"}, headers={"Accept": "text/html"}).text
    # (the page joins them to the source's title, as a citation gives them: polish30b)
    assert ' · Báo thử, <span class="date">28/11/2025</span>' in page  # (kept whole: polish31; day first: polish32b)
