"""The days the command line prints in its text, said as the pages say them (``kg.i18n.day_said``, one rule): day
first in Vietnamese (``20/12/2023``, a change set's moment ``06/12/2026 09:21:27``), ISO in English, and ISO in every
``--format json`` whatever the language: ``dkg show``, ``dkg changes`` and ``dkg history``."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DAY_FIRST = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("days") / "store"
    done = CliRunner().invoke(main, ["--store", str(path), "load", "--bundled"])
    assert done.exit_code == 0, done.output
    return path


def run(folder, *args: str) -> str:
    got = CliRunner().invoke(main, ["--store", str(folder), *args])
    assert got.exit_code == 0, got.output
    return got.stdout


def test_dkg_show_says_its_days_day_first_in_vietnamese_and_iso_in_english(folder):
    vi = run(folder, "--lang", "vi", "show", "46-NQ/TW")
    assert "Ngày: 20/12/2023" in vi and "(15/04/2024)" in vi and not ISO_DAY.search(vi)
    en = run(folder, "--lang", "en", "show", "46-NQ/TW")
    assert "Date: 2023-12-20" in en and "(2024-04-15)" in en and not DAY_FIRST.search(en)
    twin = json.loads(run(folder, "--lang", "vi", "show", "46-NQ/TW", "--format", "json"))
    assert twin["date"] == "2023-12-20"  # (the JSON keeps ISO in either language)


def test_dkg_changes_and_history_say_their_moments_and_days_as_the_language_writes_them(folder):
    vi = run(folder, "--lang", "vi", "changes", "--items")
    heading = vi.splitlines()[0]
    assert re.match(r"#1  \d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2} UTC  dkg load", heading), heading
    assert "(20/12/2023)" in vi and not ISO_DAY.search(vi)
    en = run(folder, "--lang", "en", "changes", "--items")
    assert re.match(r"#1  \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC  dkg load", en) and "(2023-12-20)" in en
    assert not DAY_FIRST.search(en)
    twin = json.loads(run(folder, "--lang", "vi", "changes", "--format", "json"))
    assert re.match(r"\d{4}-\d{2}-\d{2}T", twin["change_sets"][0]["time"])
    history = run(folder, "--lang", "vi", "history").splitlines()[1]
    assert re.match(r"\s+1  \d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}  ", history), history
    assert re.match(r"\s+1  \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}  ", run(folder, "--lang", "en", "history").splitlines()[1])


# a programme of our own dated before the resolution it says it carries out: its link is held back, and the violation
# names both days
EARLY_PLAN = ("Ngày 9/5/2022, Ban Thường vụ Huyện ủy Thử Nghiệm ban hành Chương trình số 31-CTr/HU thực hiện Nghị quyết "
              "số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị về Hội Nông dân.\n")


def test_dkg_review_list_and_show_say_a_violation_s_days_and_a_confidence_as_the_language_writes_them(tmp_path):
    text, folder = tmp_path / "som.txt", tmp_path / "store"  # (a store of its own: the others' keep one change set)
    text.write_text(EARLY_PLAN, encoding="utf-8")
    assert CliRunner().invoke(main, ["--store", str(folder), "load", "--bundled"]).exit_code == 0
    assert CliRunner().invoke(main, ["--store", str(folder), "ingest", str(text)]).exit_code == 0
    vi = run(folder, "--lang", "vi", "review", "list", "--held")
    assert "(31-CTr/HU: 09/05/2022, 46-NQ/TW: 20/12/2023)" in vi and not ISO_DAY.search(vi)
    assert re.search(r"chờ duyệt\s+0,\d+ !", vi), vi
    en = run(folder, "--lang", "en", "review", "list", "--held")
    assert "(31-CTr/HU: 2022-05-09, 46-NQ/TW: 2023-12-20)" in en and re.search(r"pending\s+0\.\d+ !", en)
    held = json.loads(run(folder, "--lang", "vi", "review", "list", "--held", "--format", "json"))
    assert "2022-05-09" in held[0]["violation"]  # (the JSON keeps ISO)
    fact = held[0]["id"]
    decided = CliRunner().invoke(main, ["--store", str(folder), "--lang", "vi", "review", "accept", fact,
                                        "--reviewer", "Lan"])
    assert "(31-CTr/HU: 09/05/2022, 46-NQ/TW: 20/12/2023)" in decided.stderr  # (why it stays out)
    shown = run(folder, "--lang", "vi", "review", "show", fact)
    assert "chưa vào đồ thị: " in shown and "09/05/2022" in shown and not ISO_DAY.search(shown)
    assert re.search(r"^  \d{2}/\d{2}/\d{4} \d{2}:\d{2} UTC Lan: đã chấp nhận$", shown, re.M), shown
    assert re.search(r"^  \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC Lan: accepted$", run(folder, "--lang", "en", "review", "show",
                                                                                   fact), re.M)
