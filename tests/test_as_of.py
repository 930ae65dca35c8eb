"""As of a date: the named queries answer from what was known then (documents issued and sources
published by then, documents not yet replaced, the administrative map in force), each checked at
three dates over a store of dated documents."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.queries import run
from kg.store import Store

DATES = ("2024-06-01", "2024-12-31", "2025-08-01")

#: A central resolution (2023); a provincial plan of Lạng Sơn (March 2024) implementing it, which a
#: second plan replaces in February 2025; a district plan implementing the first plan (September
#: 2024); and a plan dated May 2024 that is known only from a newspaper article published in
#: December 2024 (its graph is the source's own). The first plan sets a target with outcomes
#: reported in 2024 and 2025.
DATA = """
@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix doc: <https://w3id.org/directive-kg/id/doc/t/> .
@prefix fact: <https://w3id.org/directive-kg/id/fact/t/> .
@prefix level: <https://w3id.org/directive-kg/vocab/level/> .
@prefix g: <https://w3id.org/directive-kg/graph/> .

g:asserted {
  doc:nq1 a dkg:Resolution ; dkg:key "1-NQ/TW" ; dkg:level level:central ; dkg:dateIssued "2023-01-10"^^xsd:date .
  doc:kh1 a dkg:Plan ; dkg:key "10-KH/TU" ; dkg:level level:province ; dkg:dateIssued "2024-03-01"^^xsd:date ;
      dkg:jurisdiction <https://w3id.org/directive-kg/id/place/legacy/20> ; dkg:implements doc:nq1 .
  doc:kh2 a dkg:Plan ; dkg:key "20-KH/HU" ; dkg:level level:district ; dkg:dateIssued "2024-09-15"^^xsd:date ;
      dkg:jurisdiction <https://w3id.org/directive-kg/id/place/legacy/20/180> ; dkg:implements doc:kh1 .
  doc:kh3 a dkg:Plan ; dkg:key "30-KH/TU" ; dkg:level level:province ; dkg:dateIssued "2025-02-01"^^xsd:date ;
      dkg:jurisdiction <https://w3id.org/directive-kg/id/place/legacy/20> ; dkg:implements doc:nq1 ; dkg:replaces doc:kh1 .
  fact:target-t1 a dkg:Target ; dkg:setBy doc:kh1 ; dkg:text "Tỷ lệ hộ nghèo" ; dkg:value 5.0 ; dkg:unit "%" .
  fact:outcome-t1a a dkg:Outcome ; dkg:reportsTarget fact:target-t1 ; dkg:reportsOn doc:kh1 ; dkg:value 7.0 ;
      dkg:unit "%" ; dkg:asOf "2024-05-31"^^xsd:date .
  fact:outcome-t1b a dkg:Outcome ; dkg:reportsTarget fact:target-t1 ; dkg:reportsOn doc:kh1 ; dkg:value 6.0 ;
      dkg:unit "%" ; dkg:asOf "2024-12-01"^^xsd:date .
  fact:event-r1 a dkg:InterimReview ; dkg:reviews doc:nq1 ; dkg:eventDate "2028-03-01"^^xsd:date .
}
<https://w3id.org/directive-kg/graph/source/article-1> {
  fact:source-article-1 a dkg:Source ; dkg:published "2024-12-20"^^xsd:date .
  doc:kh4 a dkg:Plan ; dkg:key "40-KH/TU" ; dkg:level level:province ; dkg:dateIssued "2024-05-05"^^xsd:date ;
      dkg:jurisdiction <https://w3id.org/directive-kg/id/place/legacy/20> ; dkg:implements doc:nq1 .
}
"""


@pytest.fixture(scope="module")
def store():
    s = Store.open(None)
    s.write_quads(list(ox.parse(DATA.encode(), format=ox.RdfFormat.TRIG)), None)
    return s


def keys(table, column="key") -> set[str]:
    return {r[column] for r in table.rows}


def test_the_cascade_as_of_three_dates(store):
    at = {d: keys(run(store, "cascade", {"doc": "1-NQ/TW", "as_of": d})) for d in DATES}
    # June 2024: the first plan only (the district plan is not issued, the article not published)
    assert at["2024-06-01"] == {"10-KH/TU"}
    # end of 2024: the district plan is issued, and the article has made the fourth plan known
    assert at["2024-12-31"] == {"10-KH/TU", "20-KH/HU", "40-KH/TU"}
    # August 2025: the first plan has been replaced by the third
    assert at["2025-08-01"] == {"20-KH/HU", "30-KH/TU", "40-KH/TU"}
    # without as_of: everything the store holds
    assert keys(run(store, "cascade", {"doc": "1-NQ/TW"})) == {"10-KH/TU", "20-KH/HU", "30-KH/TU", "40-KH/TU"}


def test_coverage_uses_the_map_and_the_documents_of_the_day(store):
    at = {d: run(store, "coverage", {"doc": "1-NQ/TW", "date": d}) for d in DATES}
    provinces = {d: [r for r in t.rows if r["kind"] == "province"] for d, t in at.items()}
    assert [len(provinces[d]) for d in DATES] == [63, 63, 34]  # the merger of 1 July 2025
    lang_son = {d: next(r for r in provinces[d] if "Lạng Sơn" in (r.get("name") or "") or
                        "Lạng Sơn" in (r.get("inherited_from") or "")) for d in DATES}
    assert lang_son["2024-06-01"]["implementations"] == 1  # 10-KH/TU; 40-KH/TU was not known yet
    assert lang_son["2024-12-31"]["implementations"] == 2  # the article is out
    # 30-KH/TU, now under the 2025 province, has replaced 10-KH/TU: 30-KH/TU and 40-KH/TU
    assert lang_son["2025-08-01"]["implementations"] == 2
    assert set(lang_son["2025-08-01"]["documents"].split("; ")) == {"30-KH/TU", "40-KH/TU"}


def test_targets_take_the_latest_outcome_reported_by_the_day(store):
    at = {d: run(store, "targets", {"doc": "10-KH/TU", "date": d}).rows for d in DATES}
    assert [len(at[d]) for d in DATES] == [1, 1, 1]
    values = [at[d][0].get("outcome_value") for d in DATES]
    assert values == [7.0, 6.0, 6.0]


def test_reviews_due_as_of_three_dates(store):
    """The resolution's interim review falls due five years after issue (10 January 2028) and is
    held on 1 March 2028."""
    due = {d: keys(run(store, "reviews-due", {"date": d})) for d in ("2027-12-31", "2028-02-01", "2028-06-01")}
    assert due == {"2027-12-31": set(), "2028-02-01": {"1-NQ/TW"}, "2028-06-01": set()}


def test_the_query_pages_take_as_of(store):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    client = TestClient(create_app(store))
    r = client.get("/queries/cascade.json", params={"doc": "1-NQ/TW", "as_of": "2024-06-01"})
    assert r.status_code == 200, r.text
    assert {row["key"] for row in r.json()["rows"]} == {"10-KH/TU"}
    assert client.get("/queries/cascade.json", params={"doc": "1-NQ/TW", "as_of": "June"}).status_code == 400
