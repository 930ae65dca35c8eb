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
    assert table.columns[at:at + 3] == ["source", "source_title", "source_url"]
    (row,) = [r for r in table.rows if r["target_value"] == 1500]
    assert row["source"] == f"https://w3id.org/directive-kg/id/source/{source}"
    assert row["source_title"] and row["source_url"] is None  # a text file has a title (its first line), no URL
    client = TestClient(create_app(memory_store))
    page = client.get("/queries/targets", params={"doc": "12-KH/TU"}, headers={"Accept": "text/html"}).text
    assert f'href="/review/{source}"' in page
    (line,) = [r for r in csv.DictReader(io.StringIO(client.get("/queries/targets.csv", params={"doc": "12-KH/TU"}).text))
               if r["target_value"] and float(r["target_value"]) == 1500]
    assert line["source"] == row["source"] and line["source_title"] == row["source_title"]

