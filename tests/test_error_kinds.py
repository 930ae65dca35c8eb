"""tools.error_kinds: each unmatched fact is named by the field that differs from its closest gold fact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.error_kinds import count_kinds, kinds_of_file, load_scorer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scorer():
    try:
        return load_scorer()
    except SystemExit:
        pytest.skip("the shared scorer is not available (../shared/tools/score_facts.py or DKG_SCORE_FACTS)")


GOLD = {
    "documents": [{"key": "46-NQ/TW"}, {"key": "115-CTr/TU"}, {"key": "12-KH/HU"}],
    "links": [{"from": "115-CTr/TU", "to": "46-NQ/TW", "type": "implements"}],
    "targets": [{"document": "115-CTr/TU", "value": 1500}, {"document": "12-KH/HU", "value": 80}],
    "outcomes": [{"document": "115-CTr/TU", "value": 34, "of": 55}, {"document": "115-CTr/TU", "value": 7}],
    "assignments": [{"body": "Hội Nông dân tỉnh", "role": "lead", "document": "115-CTr/TU"}],
    "events": [{"type": "sơ kết", "date": "2024-04-15"}],
}


def test_each_error_is_named_by_what_differs(scorer):
    predicted = {
        "documents": GOLD["documents"],
        "links": [{"from": "115-CTr/TU", "to": "46-NQ/TW", "type": "based_on"}],
        # 1500 given to the resolution the programme carries out; 80 to a document of the text with no link
        "targets": [{"document": "46-NQ/TW", "value": 1500}, {"document": "115-CTr/TU", "value": 80},
                    {"document": "115-CTr/TU", "value": 34}],
        "outcomes": [{"document": "115-CTr/TU", "value": 34, "of": 50}, {"document": "115-CTr/TU", "value": 2024}],
        "assignments": [{"body": "Hội Nông dân tỉnh", "role": "participate", "document": "115-CTr/TU"},
                        {"body": "Sở Tài chính", "role": "lead", "document": "115-CTr/TU"}],
        "events": [{"type": "sơ kết", "date": None}],
    }
    kinds = kinds_of_file(scorer, GOLD, predicted)
    assert sorted(kinds["targets"]) == sorted([
        "wrong document: the gold one implements the predicted one",
        "wrong document: another document of the text, unlinked",
        "spurious: gold has the figure in the other category",
    ])
    assert sorted(kinds["outcomes"]) == sorted([
        "wrong denominator ('of')", "missed: no prediction has its value", "spurious: gold has no fact with that figure",
    ])
    assert sorted(kinds["assignments"]) == ["spurious: a body gold does not have", "wrong role: participate for lead"]
    assert kinds["links"] == ["wrong type: based_on for implements"]
    assert kinds["events"] == ["wrong date: left null"]


def test_a_right_extraction_has_no_error(scorer):
    assert all(k == [] for k in kinds_of_file(scorer, GOLD, GOLD).values())


def test_counts_over_a_set_folder_run_the_extractor(scorer, tmp_path):
    folder = tmp_path / "tiny"
    (folder / "gold").mkdir(parents=True)
    (folder / "texts").mkdir()
    (folder / "texts" / "t1.txt").write_text(
        "Ngày 15/4/2024, Huyện ủy tổ chức hội nghị sơ kết Nghị quyết số 46-NQ/TW của Bộ Chính trị.\n", "utf-8")
    (folder / "gold" / "t1.json").write_text(json.dumps({
        "documents": [{"key": "46-NQ/TW"}, {"key": "99-KH/HU"}],
        "links": [], "assignments": [], "targets": [{"document": "46-NQ/TW", "value": 1500}], "outcomes": [],
        "events": [{"type": "sơ kết", "date": "2024-04-15"}]}), "utf-8")
    counts = count_kinds(scorer, [folder])
    assert counts["targets"] == {"missed: no prediction has its value": (1, 1)}
    assert all(counts[c] == {} for c in ("outcomes", "assignments", "links", "events"))
