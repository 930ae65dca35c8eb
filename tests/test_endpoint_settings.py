"""The row cap and the time limit of `/sparql` are settings an operator gives `dkg serve` in the environment
(DKG_MAX_RESULT_ROWS, DKG_MAX_QUERY_SECONDS), said to a reader who meets them; driven by a real HTTP client."""

from __future__ import annotations

import httpx
import pytest

from kg.errors import UsageError
from kg.store import Store
from test_web_support import running

EVERY_TRIPLE = "SELECT * WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def bundled():
    return Store.bundled()


def _app(store, **settings):
    from kg.web import create_app

    return create_app(store, query_workers=2, **settings)


def test_the_row_cap_is_read_from_the_environment(bundled, monkeypatch):
    monkeypatch.setenv("DKG_MAX_RESULT_ROWS", "7")
    app = _app(bundled)
    try:
        with running(app) as url:
            r = httpx.get(url + "/sparql", params={"query": EVERY_TRIPLE}, timeout=60,
                          headers={"Accept": "text/csv"})
            assert r.status_code == 200, r.text
            assert len(r.text.strip().splitlines()) == 1 + 7  # the header line, then the rows
            assert r.headers["x-dkg-truncated"] == "true" and r.headers["x-dkg-row-cap"] == "7"
            # near miss: an answer under the cap is whole, and does not say it was cut
            r = httpx.get(url + "/sparql", params={"query": EVERY_TRIPLE + " LIMIT 3"}, timeout=60,
                          headers={"Accept": "text/csv"})
            assert len(r.text.strip().splitlines()) == 1 + 3 and "x-dkg-truncated" not in r.headers
    finally:
        app.state.query_pool.close()


def test_an_argument_still_wins_over_the_environment(bundled, monkeypatch):
    """Tests and embedders that pass the cap keep it; only the default comes from the setting."""
    monkeypatch.setenv("DKG_MAX_RESULT_ROWS", "7")
    monkeypatch.setenv("DKG_MAX_QUERY_SECONDS", "3")
    app = _app(bundled, row_cap=12, query_timeout=4.0)
    try:
        assert app.state.settings.row_cap == 12 and app.state.settings.query_timeout == 4.0
    finally:
        app.state.query_pool.close()
    monkeypatch.delenv("DKG_MAX_RESULT_ROWS")
    monkeypatch.delenv("DKG_MAX_QUERY_SECONDS")
    app = _app(bundled)
    try:
        assert app.state.settings.row_cap == 10_000 and app.state.settings.query_timeout == 10.0
    finally:
        app.state.query_pool.close()


@pytest.mark.parametrize("env", ["DKG_MAX_RESULT_ROWS", "DKG_MAX_QUERY_SECONDS"])
def test_a_setting_that_is_no_number_is_refused_by_name(bundled, monkeypatch, env):
    monkeypatch.setenv(env, "ten")
    with pytest.raises(UsageError) as said:
        _app(bundled)
    assert env in str(said.value)


def test_the_time_limit_is_read_from_the_environment_and_named_when_hit(bundled, monkeypatch):
    monkeypatch.setenv("DKG_MAX_QUERY_SECONDS", "1")
    app = _app(bundled)
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    try:
        with running(app) as url:
            r = httpx.get(url + "/sparql", params={"query": runaway}, timeout=60,
                          headers={"Accept": "application/sparql-results+json"})
            assert r.status_code == 503, r.text
            said = r.json()
            assert said["error"] == "timeout" and "1 s" in said["message"], said
            assert "DKG_MAX_QUERY_SECONDS" in said["hint"], said
            # near miss: a short query under the same limit answers
            ok = httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=60,
                           headers={"Accept": "application/sparql-results+json"})
            assert ok.status_code == 200 and ok.json()["boolean"] is True
    finally:
        app.state.query_pool.close()
