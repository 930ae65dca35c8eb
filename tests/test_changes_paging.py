"""``/changes`` a page at a time: ``before`` (the ``older`` of the page before) shows the change sets numbered below
it, so a page costs what it shows, not what the store's history holds; the page links the next one and back to the
newest, its JSON twin and ``dkg changes --before`` give the same change sets."""

from __future__ import annotations

import json

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.changes import Filters, changes
from kg.cli import main
from kg.store import Store, history, undo
from kg.web import create_app

DKG = "https://w3id.org/directive-kg/ontology#"


def _plan(n: int) -> str:
    return (f'INSERT DATA {{ GRAPH <https://w3id.org/directive-kg/graph/asserted> {{ '
            f'<https://w3id.org/directive-kg/id/doc/p{n}> a <{DKG}Plan> ; <{DKG}key> "{n}-KH/TU" }} }}')


@pytest.fixture
def five(tmp_path):
    """A folder store whose history holds five change sets, each adding a plan (#n adds n-KH/TU)."""
    folder = str(tmp_path / "store")
    store = Store.open(folder)
    for n in range(1, 6):
        store.update(_plan(n))
    store.close()
    return folder


def _ids(data) -> list[int]:
    return [c["id"] for c in data["change_sets"]]


def test_pages_follow_one_another_down_the_history(five):
    store = Store.open(five, read_only=True)
    try:
        first = changes(store, Filters.of(limit=2))
        assert (_ids(first), first["older"]) == ([5, 4], 4)
        second = changes(store, Filters.of(limit=2), before=first["older"])
        assert (_ids(second), second["older"]) == ([3, 2], 2)
        last = changes(store, Filters.of(limit=2), before=second["older"])
        assert (_ids(last), last["older"]) == ([1], None)
        # (under a filter, the page after is where the next change set it keeps is)
        assert changes(store, Filters.of(doc="2-KH/TU", limit=1))["older"] is None
    finally:
        store.close()


def test_the_first_page_reads_no_more_of_the_history_than_it_shows(five, monkeypatch):
    store = Store.open(five, read_only=True)
    read: list[int] = []
    real = history.change_set_at
    monkeypatch.setattr(history, "change_set_at", lambda s, n: read.append(n) or real(s, n))

    def whole(*args, **kwargs):
        raise AssertionError("the whole history was read for one page")

    monkeypatch.setattr(history, "change_sets", whole)
    try:
        assert _ids(changes(store, Filters.of(limit=2))) == [5, 4]
        assert read == [5, 4, 3]  # (the two shown, and the one that says an older page exists)
    finally:
        store.close()


def test_the_page_links_the_older_page_and_the_newest_and_its_twin_and_the_cli_agree(five):
    store = Store.open(five, read_only=True)
    try:
        web = TestClient(create_app(store))
        tree = lxml.html.fromstring(web.get("/changes", params={"limit": "2"}).text)
        (older,) = tree.xpath("//nav[@class='pages']/a[@rel='next']/@href")
        assert "before=4" in older and "limit=2" in older and not tree.xpath("//nav[@class='pages']/a[not(@rel)]")
        tree = lxml.html.fromstring(web.get(older).text)
        assert [s.get("id") for s in tree.xpath("//section[starts-with(@id, 'change-')]")] == ["change-3", "change-2"]
        (newest,) = tree.xpath("//nav[@class='pages']/a[not(@rel)]/@href")
        assert "before" not in newest and web.get(newest).status_code == 200
        twin = web.get("/changes.json", params={"limit": "2", "before": "4"}).json()
        assert (_ids(twin), twin["older"]) == ([3, 2], 2)
        en = lxml.html.fromstring(web.get("/changes", params={"limit": "2", "lang": "en"}).text)
        assert en.xpath("string(//nav[@class='pages']/a[@rel='next'])").startswith("Older")
    finally:
        store.close()
    out = CliRunner().invoke(main, ["--store", five, "changes", "--limit", "2", "--before", "4", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert _ids(twin) == [3, 2] and json.loads(out.stdout) == twin


@pytest.mark.parametrize("before", ["abc", "0", "-3"])
def test_a_before_that_is_no_change_set_number_is_refused_saying_what_it_takes(five, before):
    store = Store.open(five, read_only=True)
    try:
        got = TestClient(create_app(store)).get("/changes", params={"before": before, "lang": "en"})
        assert got.status_code == 400 and "is not the number of a change set" in got.text
    finally:
        store.close()


def test_past_the_sets_read_one_by_one_the_rest_come_from_one_scan_in_order_and_undos_still_count(five, monkeypatch):
    monkeypatch.setattr(history, "ONE_BY_ONE", 2)
    store = Store.open(five)
    try:
        undo.rollback(store, 1)  # (#6, newer than any page below: #1 is still said undone by it)
        data = changes(store, Filters.of(limit=10))
        assert _ids(data) == [6, 5, 4, 3, 2, 1] and data["older"] is None
        assert data["change_sets"][-1]["undone_by"]["id"] == 6
        assert [c.number for c in history.newest_first(store, before=5)] == [4, 3, 2, 1]
    finally:
        store.close()


def test_dkg_changes_says_how_to_ask_for_the_older_page(five):
    out = CliRunner().invoke(main, ["--lang", "en", "--store", five, "changes", "--limit", "2"])
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[-1] == "Older: dkg changes --before 4 (with the same filters)"
    last = CliRunner().invoke(main, ["--lang", "en", "--store", five, "changes", "--limit", "2", "--before", "2"])
    assert "--before" not in last.stdout
