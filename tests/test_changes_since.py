"""`dkg changes --since DAY` and /changes?since=DAY: the change sets made on or after a day (an analyst's weekly
report), as `dkg history --since` lists them; the page keeps the day in its form and in its JSON and feed links."""
from __future__ import annotations

import datetime as dt

from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.changes import Filters, changes
from kg.cli import main
from kg.store.store import Store
from kg.web import create_app
from ward_plan import ingest_ward_plan


def test_changes_since_a_day_keep_the_change_sets_made_from_it(tmp_path, monkeypatch):
    location = tmp_path / "store"
    store = Store.open(location)
    try:
        ingest_ward_plan(store, monkeypatch, tmp_path)
        today, tomorrow = dt.date.today(), dt.date.today() + dt.timedelta(days=1)
        assert len(changes(store, Filters(), today)["change_sets"]) == 1
        assert changes(store, Filters(), tomorrow)["change_sets"] == []
        assert len(changes(store, Filters())["change_sets"]) == 1  # (near miss: no day, every change set)
        web = TestClient(create_app(store))
        page = web.get("/changes", params={"since": tomorrow.strftime("%d/%m/%Y"), "lang": "en"}).text
        assert "08-KH/ĐU" not in page and f'value="{tomorrow.strftime("%d/%m/%Y")}"' in page
        assert f"/changes.json?since={tomorrow.isoformat()}" in page and f"/changes.atom?since={tomorrow.isoformat()}" in page
        assert "08-KH/ĐU" in web.get("/changes", params={"since": today.isoformat()}).text
        assert web.get("/changes.json", params={"since": tomorrow.isoformat()}).json()["change_sets"] == []
        bad = web.get("/changes.json", params={"since": "last week"})
        assert bad.status_code == 400 and "since" in bad.json()["message"]
    finally:
        store.close()
    run = CliRunner()
    later = run.invoke(main, ["--lang", "en", "--store", str(location), "changes", "--since", tomorrow.isoformat()])
    assert later.exit_code == 0 and "08-KH/ĐU" not in later.stdout
    now = run.invoke(main, ["--store", str(location), "changes", "--since", "today"])
    assert now.exit_code == 0 and "08-KH/ĐU" in now.stdout
    refused = run.invoke(main, ["--lang", "en", "--store", str(location), "changes", "--since", "12/31/2026"])
    assert refused.exit_code == 2 and "--since" in refused.stderr
