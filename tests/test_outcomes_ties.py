"""One answer to "which outcomes meet this target": the outcomes query (``dkg query outcomes``, ``/queries/outcomes``,
its JSON and CSV) ties each outcome to the target the card and the targets query tie it to, and says how the tie is
known (``link``: stated by a source, confirmed by a reviewer, or matched by its words, with its closeness)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import queries
from kg.cards import document_card
from kg.cli import main
from kg.rdf.files import parse_file
from kg.review import tie
from kg.store import Store
from kg.web import create_app
from test_cards_matching import DATA

PARAMS = {"doc": "7-CTr/TU", "date": "2025-12-31"}


@pytest.fixture
def store():
    s = Store.open(None)
    s.main.extend(parse_file("match.trig", DATA.encode()))
    return s


def _card(store) -> dict[str, tuple[str, str]]:
    """The card's ties: each outcome shown under a target, with how it is tied."""
    card = document_card(store, PARAMS["doc"], as_of=PARAMS["date"])
    return {o["iri"]: (t["iri"], o["link"]) for t in card["targets"] for o in t["outcomes"]}


def _query(rows: list[dict]) -> dict[str, tuple[str, str]]:
    return {r["outcome"]: (r["target"], r["link"]) for r in rows if r["target"]}


def test_the_outcomes_query_ties_each_outcome_as_the_card_and_the_targets_table_do(store):
    card = _card(store)
    assert {link for _, link in card.values()} == {"stated", "words"}  # (both kinds, or the test says little)
    table = queries.run(store, "outcomes", PARAMS)
    assert _query(table.rows) == card
    # the targets table's latest outcome of each target is tied the same way
    for row in queries.run(store, "targets", PARAMS).rows:
        if row["outcome_iri"] is not None:
            assert card[row["outcome_iri"]] == (row["target"], row["link"])
    matched = next(r for r in table.rows if r["link"] == "words")
    assert matched["similarity"] is not None and matched["set_by"] == "7-CTr/TU"
    # an outcome that answers none of the targets stays without one, as on the card
    assert [r["outcome"] for r in table.rows if r["target"] is None] == \
        [o for o in (r["outcome"] for r in table.rows) if o not in card]
    # a pair a reviewer confirms reads as confirmed in both; a pair rejected is matched in neither
    (o, (t, _)), (other, (t2, _)) = sorted((k, v) for k, v in card.items() if v[1] == "words")[:2]
    tie(store, o, t, "accepted", reviewer="An", now=dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc))
    tie(store, other, t2, "rejected", reviewer="An", now=dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc))
    card = _card(store)
    assert card[o] == (t, "confirmed") and other not in card
    assert _query(queries.run(store, "outcomes", PARAMS).rows) == card


def test_the_page_the_json_twin_the_csv_and_the_command_say_the_same_ties(store, tmp_path):
    web = TestClient(create_app(store))
    rows = web.get("/queries/outcomes.json", params=PARAMS).json()["rows"]
    assert _query(rows) == _card(store)
    plain = list(csv.DictReader(io.StringIO(web.get("/queries/outcomes.csv", params=PARAMS).text.lstrip("\ufeff"))))
    assert {r["outcome"]: (r["target"], r["link"]) for r in plain if r["target"]} == _card(store)
    page = lxml.html.fromstring(web.get("/queries/outcomes", params=PARAMS).text)
    cells = [td.text_content() for td in page.xpath("//td")]
    # (the target with the tie and its closeness in one column, as the targets page says them: polish30b)
    assert "target, set_by, link, similarity" in [th.get("title") for th in page.iter("th")]
    assert any(c.strip().endswith(" · ghép theo câu chữ (nguồn không nêu), độ gần 100/100") for c in cells)
    assert any(c.strip().endswith(" · nguồn nêu") for c in cells)
    path = tmp_path / "m.trig"
    path.write_text(DATA, encoding="utf-8")
    run = CliRunner()
    assert run.invoke(main, ["--store", str(tmp_path / "s"), "load", str(path)]).exit_code == 0
    got = run.invoke(main, ["--store", str(tmp_path / "s"), "query", "outcomes", "-p", "doc=7-CTr/TU",
                            "-p", "date=2025-12-31", "--format", "json"])
    assert got.exit_code == 0, got.output
    assert _query(json.loads(got.stdout)) == _card(store)
