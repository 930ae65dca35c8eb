"""As of a date: the named queries answer from what was known then (documents issued and sources
published by then, documents not yet replaced, the administrative map in force), each checked at
three dates over a store of dated documents."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cards import document_card
from kg.errors import UsageError
from kg.ingest import ingest_paths
from kg.queries import run
from kg.scoreboard import scoreboard
from kg.store import Store

DATES = ("2024-06-01", "2024-12-31", "2025-08-01")

#: A central resolution (2023); a provincial plan of Lạng Sơn (March 2024) implementing it, which a
#: second plan replaces in February 2025; a district plan implementing the first plan (September
#: 2024); and a plan dated May 2024 that is known only from a newspaper article published in
#: December 2024 (its graph is the source's own). The first plan sets a target with outcomes
#: reported in 2024, one of them (as of 20 December 2024) in an article published in January 2025.
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
<https://w3id.org/directive-kg/graph/source/article-2> {
  fact:source-article-2 a dkg:Source ; dkg:published "2025-01-10"^^xsd:date .
  fact:outcome-t1c a dkg:Outcome ; dkg:reportsTarget fact:target-t1 ; dkg:reportsOn doc:kh1 ; dkg:value 5.5 ;
      dkg:unit "%" ; dkg:asOf "2024-12-20"^^xsd:date .
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
    # at the end of 2024 the figure as of 20 December was not published yet
    assert values == [7.0, 6.0, 5.5]
    reported = {d: sorted(r["value"] for r in run(store, "outcomes", {"doc": "10-KH/TU", "as_of": d}).rows)
                for d in DATES}
    assert reported == {"2024-06-01": [7.0], "2024-12-31": [6.0, 7.0], "2025-08-01": [5.5, 6.0, 7.0]}


#: The dated queries with a parameter set of the first store, the day added per call.
DATED = [("cascade", {"doc": "1-NQ/TW"}), ("lag", {"doc": "1-NQ/TW"}), ("coverage", {"doc": "1-NQ/TW"}),
         ("targets", {"doc": "10-KH/TU"}), ("outcomes", {"doc": "1-NQ/TW"}), ("reviews", {"doc": "1-NQ/TW"}),
         ("timeline", {"place": "Lạng Sơn"}), ("reviews-due", {})]


def test_a_late_publication_outside_the_source_graphs_changes_nothing(store):
    """The known-by-then test looks for a later publication in source graphs only: curated data
    that records a source published after the day (as the generated bench data does, thousands of
    times) leaves its facts known; a source graph that records a second, later publication is
    late (article-1 with one after 2024-12-31 drops 40-KH/TU again)."""
    later = Store.open(None)
    later.write_quads(list(ox.parse(DATA.encode(), format=ox.RdfFormat.TRIG)), None)
    published = ox.NamedNode("https://w3id.org/directive-kg/ontology#published")
    record = ox.NamedNode("https://w3id.org/directive-kg/id/fact/t/source-later")
    graph = ox.NamedNode("https://w3id.org/directive-kg/graph/")
    day = ox.Literal("2030-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    later.write_quads([ox.Quad(record, published, day, ox.NamedNode(graph.value + "asserted"))], None)
    for name, params in DATED:
        for d in DATES:
            assert run(later, name, {**params, "date": d}).rows == run(store, name, {**params, "date": d}).rows, (name, d)
    later.write_quads([ox.Quad(record, published, day, ox.NamedNode(graph.value + "source/article-1"))], None)
    assert keys(run(later, "cascade", {"doc": "1-NQ/TW", "as_of": "2024-12-31"})) == {"10-KH/TU", "20-KH/HU"}


def test_date_and_as_of_are_one_parameter(store):
    """Each dated query takes the day under either name; two different days are refused."""
    assert run(store, "targets", {"doc": "10-KH/TU", "as_of": "2024-06-01"}).rows == \
        run(store, "targets", {"doc": "10-KH/TU", "date": "2024-06-01"}).rows
    assert keys(run(store, "cascade", {"doc": "1-NQ/TW", "date": "2024-06-01"})) == {"10-KH/TU"}
    with pytest.raises(UsageError, match="two days"):
        run(store, "cascade", {"doc": "1-NQ/TW", "date": "2024-06-01", "as_of": "2025-01-01"})
    with pytest.raises(UsageError, match="as_of '1 June' is not a day"):  # (the name typed, not the query's)
        run(store, "targets", {"doc": "10-KH/TU", "as_of": "1 June"})
    # one day in two forms is one day
    assert keys(run(store, "cascade", {"doc": "1-NQ/TW", "date": "2024-06-01", "as_of": "20240601"})) == {"10-KH/TU"}
    with pytest.raises(UsageError, match="unknown parameter"):
        run(store, "search", {"q": "x", "as_of": "2024-06-01"})


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


# --------------------------------------------------------------------------- dated texts, ingested

#: Four short news texts of our own (tests/texts/asof), each with its day of publication: Lạng Sơn's
#: programme 15-CTr/TU for Nghị quyết 18-NQ/TW (published March 2024, with a target), Hải Dương's
#: plan 120-KH/TU (May 2024; Hải Dương merged into Hải Phòng on 1 July 2025), Cao Lộc district's
#: plan 30-KH/HU for the programme with an outcome (November 2024), and Lạng Sơn's interim review
#: of the resolution with a second outcome (July 2025).
TEXTS = Path(__file__).parent / "texts" / "asof"
#: before the first text, between (on the old map), after all (on the map of 34 provinces)
BEFORE, BETWEEN, AFTER = "2024-01-01", "2024-12-31", "2025-12-31"


@pytest.fixture(scope="module")
def ingested():
    s = Store.open(None)
    summary = ingest_paths(s, [str(TEXTS)])
    assert summary.loaded == 4 and not summary.quarantined, summary
    return s


def test_ingested_cascade_and_lag_at_three_dates(ingested):
    for name in ("cascade", "lag"):
        at = {d: keys(run(ingested, name, {"doc": "18-NQ/TW", "as_of": d})) for d in (BEFORE, BETWEEN, AFTER)}
        assert at == {BEFORE: set(), BETWEEN: {"15-CTr/TU", "120-KH/TU", "30-KH/HU"},
                      AFTER: {"15-CTr/TU", "120-KH/TU", "30-KH/HU"}}, name


def test_ingested_coverage_follows_the_map_of_the_day(ingested):
    def covered(day):
        rows = run(ingested, "coverage", {"doc": "18-NQ/TW", "as_of": day}).rows
        return len(rows), {r["name"]: (r["documents"], r.get("inherited_from")) for r in rows if r["status"] == "covered"}

    assert covered(BEFORE) == (63, {})
    assert covered(BETWEEN) == (63, {"Hải Dương": ("120-KH/TU", None), "Lạng Sơn": ("15-CTr/TU", None)})
    count, after = covered(AFTER)
    assert count == 34
    # Hải Dương's plan now counts for the new Hải Phòng, which took Hải Dương in
    assert after["Hải Phòng"] == ("120-KH/TU", "Hải Dương")
    assert after["Lạng Sơn"][0] == "15-CTr/TU"


def test_ingested_targets_outcomes_and_reviews_at_three_dates(ingested):
    targets = {d: [r["set_by"] for r in run(ingested, "targets", {"doc": "18-NQ/TW", "as_of": d}).rows]
               for d in (BEFORE, BETWEEN, AFTER)}
    assert targets == {BEFORE: [], BETWEEN: ["15-CTr/TU"], AFTER: ["15-CTr/TU"]}
    outcomes = {d: sorted(r["value"] for r in run(ingested, "outcomes", {"doc": "18-NQ/TW", "as_of": d}).rows)
                for d in (BEFORE, BETWEEN, AFTER)}
    assert outcomes == {BEFORE: [], BETWEEN: [6.0], AFTER: [6.0, 11.0]}
    held = {d: [(r["kind"], r["when"]) for r in run(ingested, "reviews", {"doc": "18-NQ/TW", "as_of": d}).rows]
            for d in (BEFORE, BETWEEN, AFTER)}
    assert held == {BEFORE: [], BETWEEN: [], AFTER: [("interim", dt.date(2025, 7, 10))]}


def test_ingested_reviews_due_at_three_dates(ingested):
    """18-NQ/TW (25 October 2017) owes an interim review five years on: unknown to the store
    before the first text, due and missing at the end of 2024, held in July 2025."""
    due = {d: [(r["key"], r["review"]) for r in run(ingested, "reviews-due", {"as_of": d}).rows]
           for d in (BEFORE, BETWEEN, AFTER)}
    assert due == {BEFORE: [], BETWEEN: [("18-NQ/TW", "interim")], AFTER: []}


def test_ingested_timeline_of_a_place_uses_the_map_of_the_day(ingested):
    # "Hải Phòng" on the old map is the old city alone; from 1 July 2025 it takes in Hải Dương
    assert run(ingested, "timeline", {"place": "Hải Phòng", "as_of": BETWEEN}).rows == []
    assert keys(run(ingested, "timeline", {"place": "Hải Phòng", "as_of": AFTER})) == {"120-KH/TU"}


def test_ingested_scoreboard_at_three_dates(ingested):
    boards = {d: scoreboard(ingested, "18-NQ/TW", d) for d in (BEFORE, BETWEEN, AFTER)}
    summary = {d: (b["map"], b["summary"]["provinces"], b["summary"]["none"], b["summary"]["documents"],
                   b["summary"]["targets"], b["summary"]["reviews_held"]) for d, b in boards.items()}
    assert summary == {BEFORE: ("legacy", 63, 63, 0, 0, 0), BETWEEN: ("legacy", 63, 61, 3, 1, 0),
                       AFTER: ("2025", 34, 32, 3, 1, 1)}


def test_ingested_card_at_three_dates(ingested):
    cards = {d: document_card(ingested, "18-NQ/TW", as_of=d) for d in (BEFORE, BETWEEN, AFTER)}
    implemented_by = {d: sorted(x["key"] for x in c["implemented_by"]) for d, c in cards.items()}
    assert implemented_by == {BEFORE: [], BETWEEN: ["120-KH/TU", "15-CTr/TU"], AFTER: ["120-KH/TU", "15-CTr/TU"]}
    assert [[e["date"] for e in c["events"]] for c in cards.values()] == [[], [], ["2025-07-10"]]
    assert [[o["value"] for o in c["outcomes"]] for c in cards.values()] == [[], [], [11.0]]
    assert [c["as_of"] for c in cards.values()] == [BEFORE, BETWEEN, AFTER]
    assert all(s["published"] <= BETWEEN for s in cards[BETWEEN]["sources"])
    assert not any(c["before_issue"] for c in cards.values())  # issued in 2017
    assert document_card(ingested, "30-KH/HU", as_of=BETWEEN)["before_issue"] is False
    assert document_card(ingested, "30-KH/HU", as_of=BEFORE)["before_issue"] is True
    whole = document_card(ingested, "18-NQ/TW")
    assert "as_of" not in whole and whole["implemented_by"] == cards[AFTER]["implemented_by"]
    with pytest.raises(UsageError):
        document_card(ingested, "18-NQ/TW", as_of="12/31/2024")  # month first: no month 31


def test_ingested_pages_and_twins_take_as_of(ingested):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    client = TestClient(create_app(ingested))
    card = client.get("/doc/18-NQ/TW.json", params={"as_of": BEFORE}).json()
    assert card["as_of"] == BEFORE and card["implemented_by"] == [] and card["events"] == []
    html = client.get("/doc/18-NQ/TW", params={"as_of": BETWEEN}).text
    between = dt.date.fromisoformat(BETWEEN).strftime("%d/%m/%Y")  # shown day first (its ISO form beside on English pages)
    assert f'name="as_of" value="{between}"' in html and "120-KH/TU" in html
    assert f'= <span class="date">{BETWEEN}</span>' in client.get("/doc/18-NQ/TW", params={"as_of": BETWEEN, "lang": "en"}).text
    graph = client.get("/graph/18-NQ/TW.json", params={"as_of": BEFORE}).json()
    assert graph["as_of"] == BEFORE and [n["key"] for n in graph["nodes"]] == ["18-NQ/TW"]
    assert len(client.get("/graph/18-NQ/TW.json", params={"as_of": AFTER}).json()["nodes"]) == 4
    assert 'name="as_of" value="' in client.get("/graph/18-NQ/TW", params={"as_of": AFTER}).text
    for path in ("/queries/targets.json", "/queries/reviews.json", "/queries/lag.json"):
        r = client.get(path, params={"doc": "18-NQ/TW", "as_of": BEFORE})
        assert r.status_code == 200 and r.json()["rows"] == [], (path, r.text)
    # the page of a query with a date: a date field that shows the day asked for under either name
    page = client.get("/queries/coverage", params={"doc": "18-NQ/TW", "as_of": AFTER}).text
    after = dt.date.fromisoformat(AFTER).strftime("%d/%m/%Y")
    assert f'name="date" value="{after}"' in page and f'= <span class="date">{AFTER}</span>' not in page  # (English pages only)
    # a hostile day is refused; an HTML page names it escaped, never as markup
    for bad in ("2024-13-01", "<script>alert(1)</script>", "2024-01-01' OR '1'='1"):
        for path in ("/doc/18-NQ/TW", "/graph/18-NQ/TW", "/doc/18-NQ/TW.json", "/graph/18-NQ/TW.json"):
            r = client.get(path, params={"as_of": bad}, headers={"accept": "text/html"})
            assert r.status_code == 400, (path, bad, r.status_code)
            if r.headers["content-type"].startswith("text/html"):
                assert "<script>alert" not in r.text
    # one day under both names, two different days refused
    assert client.get("/queries/targets.json", params={"doc": "18-NQ/TW", "as_of": BEFORE,
                                                       "date": AFTER}).status_code == 400


def test_ingested_cli_show_and_query_take_as_of(ingested, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "ingest", str(TEXTS)]).exit_code == 0
    shown = runner.invoke(main, ["--store", str(store), "show", "18-NQ/TW", "--as-of", BEFORE, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["implemented_by"] == []
    rows = runner.invoke(main, ["--store", str(store), "query", "coverage", "-p", "doc=18-NQ/TW",
                                "-p", f"as_of={AFTER}", "--format", "json"])
    assert rows.exit_code == 0, rows.output
    assert len(json.loads(rows.stdout)) == 34
    bad = runner.invoke(main, ["--store", str(store), "show", "18-NQ/TW", "--as-of", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
