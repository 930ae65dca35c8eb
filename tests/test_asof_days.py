"""kg.asof.parse_day: one rule for a day typed by a user, at every command option and web
parameter that takes one (the same forms accepted, the same error naming the option)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.asof import DAY_FORMS, add_years, parse_day
from kg.cli import main
from kg.errors import UsageError
from kg.store import Store
from kg.web import create_app

TEXT = Path(__file__).resolve().parent / "texts" / "ninh-thuan-plan.txt"
GOOD = ("2024-06-30", "20240630", "30/06/2024", "30/6/2024", "today", " Today ")
# day first only (6/30/2024 is no day: no month 30), and no day that does not exist (31/4/2024)
BAD = ("2024-13-01", "6/30/2024", "31/4/2024", "30/06/24", "30/06-2024", "June", "2024", "2024-W26-7", "2024-02-30")


@pytest.mark.parametrize("text,day", [("2024-06-30", dt.date(2024, 6, 30)), ("20240630", dt.date(2024, 6, 30)),
                                      ("5/3/2024", dt.date(2024, 3, 5)), ("05.03.2024", dt.date(2024, 3, 5)),
                                      ("30-06-2024", dt.date(2024, 6, 30)),
                                      ("today", "the day the test runs"), (dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
                                      (None, None), ("  ", None)])
def test_the_forms_of_a_day(text, day):
    # (today read when the test runs, not when it is collected: a run that crosses midnight saw two days)
    before = dt.date.today()
    got = parse_day(text, "--as-of")
    assert got in (before, dt.date.today()) if day == "the day the test runs" else got == day


@pytest.mark.parametrize("text", BAD)
def test_anything_else_is_refused_naming_the_option_and_the_forms(text):
    with pytest.raises(UsageError) as e:
        parse_day(text, "--since")
    assert str(e.value).startswith(f"--since {text!r} is not a day") and DAY_FORMS in str(e.value)


# every command option that takes a day, with arguments that make the command succeed on the sample
COMMANDS = {
    "query -p as_of": (["query", "cascade", "-p", "doc=46-NQ/TW", "-p"], "as_of={}", "as_of"),
    "history --since": (["history", "--since"], "{}", "--since"),
    "extract --date": (["extract", str(TEXT), "--date"], "{}", "--date"),
    "show --as-of": (["show", "46-NQ/TW", "--as-of"], "{}", "--as-of"),
    "scoreboard --as-of": (["scoreboard", "46-NQ/TW", "--as-of"], "{}", "--as-of"),
}


@pytest.mark.parametrize("issued, years, due", [
    (dt.date(2024, 4, 16), 5, dt.date(2029, 4, 16)),
    (dt.date(2020, 2, 29), 5, dt.date(2025, 2, 28)),   # no 29 February that year
    (dt.date(2020, 2, 29), 4, dt.date(2024, 2, 29)),
])
def test_a_milestone_years_after_a_day(issued, years, due):
    # the one rule the reviews-due query and the scoreboard both count milestones by
    assert add_years(issued, years) == due


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("value", ["20240630", "30/6/2024", "today"])
def test_every_command_takes_every_form(command, value):
    args, form, _ = COMMANDS[command]
    result = CliRunner().invoke(main, [*args, form.format(value)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_bad_day_alike(command):
    args, form, option = COMMANDS[command]
    result = CliRunner().invoke(main, [*args, form.format("2024-13-01")])
    assert result.exit_code == 2 and f"{option} '2024-13-01' is not a day: give {DAY_FORMS}" in result.output


def test_viz_and_ingest_take_and_refuse_the_same_forms(tmp_path):
    out = tmp_path / "cascade.html"
    ok = CliRunner().invoke(main, ["viz", "46-NQ/TW", "-o", str(out), "--as-of", "20240630"])
    assert ok.exit_code == 0, ok.output
    assert out.stat().st_size > 0
    bad = CliRunner().invoke(main, ["viz", "46-NQ/TW", "-o", str(out), "--as-of", "June"])
    assert bad.exit_code == 2 and f"--as-of 'June' is not a day: give {DAY_FORMS}" in bad.output
    store = tmp_path / "store"
    loaded = CliRunner().invoke(main, ["--store", str(store), "ingest", str(TEXT), "--date", "20240630"])
    assert loaded.exit_code in (0, 1), loaded.output  # (1: facts held back, not a date problem)
    bad = CliRunner().invoke(main, ["--store", str(store), "ingest", str(TEXT), "--date", "today!"])
    assert bad.exit_code == 2 and f"--date 'today!' is not a day: give {DAY_FORMS}" in bad.output


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Store.bundled()), raise_server_exceptions=False)


PAGES = {"/doc/46-NQ/TW": {}, "/doc/46-NQ/TW.json": {}, "/graph/46-NQ/TW.json": {}, "/scoreboard/46-NQ/TW.json": {},
         "/queries/cascade.json": {"doc": "46-NQ/TW"}}


@pytest.mark.parametrize("path", PAGES)
def test_every_page_takes_every_form_and_refuses_alike(client, path):
    for value in GOOD:
        assert client.get(path, params={**PAGES[path], "as_of": value}).status_code == 200, (path, value)
    bad = client.get(path, params={**PAGES[path], "as_of": "2024-13-01"})
    assert bad.status_code == 400
    assert f"as_of '2024-13-01' is not a day: give {DAY_FORMS}" in bad.text


@pytest.mark.parametrize("path", ["/doc/46-NQ/TW", "/graph/46-NQ/TW", "/scoreboard/46-NQ/TW", "/queries/targets"])
def test_a_page_s_day_field_takes_the_day_first_and_shows_it_both_ways(client, path):
    """Not a browser date field (mm/dd/yyyy in an English locale): a text field that says how to write the day,
    showing the day given as 30/06/2024 and as 2024-06-30."""
    params = {"as_of": "30/06/2024", "lang": "en"} | ({"doc": "46-NQ/TW"} if path.startswith("/queries") else {})
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert 'type="date"' not in r.text and 'placeholder="dd/mm/yyyy"' in r.text
    assert 'value="30/06/2024"' in r.text and '= <span class="date">2024-06-30</span>' in r.text and "day/month/year" in r.text


def test_a_day_refused_is_said_wholly_in_vietnamese_to_a_vietnamese_user():
    from kg.i18n import error_said

    with pytest.raises(UsageError) as refused:
        parse_day("6/31/2024", "--as-of")
    vi, _ = error_said(refused.value, "vi")
    assert vi == ("--as-of '6/31/2024' không phải là một ngày: ghi YYYY-MM-DD (2024-06-30), YYYYMMDD (20240630), "
                  "ngày/tháng/năm (30/6/2024) hoặc today")
    assert str(refused.value) == f"--as-of '6/31/2024' is not a day: give {DAY_FORMS}"  # English as before
