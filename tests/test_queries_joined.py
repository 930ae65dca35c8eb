"""kg.queries.joined: a wide result (``targets``) is laid out with its columns joined, alike on its page and in
``dkg query``'s text table, so that a terminal shows a target's status and outcome instead of twenty columns cut
to a few letters."""
from __future__ import annotations

import pytest

from kg.queries.joined import JOINED, page_cells
from kg.queries.table import Table

T = "https://w3id.org/directive-kg/id/"

#: a targets row of our own: a district plan's goal, the outcome matched to it by its words, the text it came from
ROW = {"target": T + "target/t1", "set_by": "12-KH/HU", "level": "district", "place": "Huyện Hữu Lũng",
       "text": "đến năm 2026 có ít nhất 80% thôn đạt chuẩn văn hóa", "comparator": ">=", "target_value": 80.0,
       "unit": "%", "target_year": "2026", "outcome_value": 72.0, "denominator": None, "outcome_unit": "%",
       "as_of": "2025-03-02", "ratio": 0.9, "margin": None, "status": "partly", "assessed": None, "assessed_note": None,
       "outcome_text": "năm 2024 có 72% thôn đạt chuẩn văn hóa", "outcome_iri": T + "outcome/o1", "link": "words",
       "similarity": 91.0, "source": T + "source/ab12", "source_title": "Hữu Lũng sơ kết phong trào văn hóa",
       "source_url": None, "source_publisher": "Báo Lạng Sơn", "source_published": "2025-03-02", "outcomes": 1,
       "matched": 1, "earlier_ties": 0, "earlier_reviewer": None, "earlier_state": None, "earlier_at": None,
       "earlier_reason": None, "earlier_outcome": None}


def targets() -> Table:
    return Table(columns=list(ROW), rows=[dict(ROW)], query="targets")


@pytest.mark.parametrize("lang, status, outcome", [("vi", "đạt một phần", "72 % (02/03/2025)"),
                                                   ("en", "partly met", "72 % (2025-03-02)")])
def test_the_text_table_of_targets_shows_the_pages_joined_columns_in_a_terminal(lang, status, outcome):
    text = targets().render("table", width=200, lang=lang)
    header = text.splitlines()[0]
    assert len(header.split("  ")) - header.split("  ").count("") == len(JOINED["targets"])
    assert status in text.lower() and outcome in text
    assert "not shown" not in text and "không hiện" not in text  # (every joined column fits 200 characters)
    assert "outcome/o1" not in text  # (an address tells a reader nothing: the JSON and CSV name it)


def test_the_page_and_the_text_table_show_the_same_columns():
    shown, cells = page_cells("targets", list(ROW), [dict(ROW)], "en")
    assert [c for c, _ in shown] == [c for c, _ in JOINED["targets"]]
    said = "".join(t for cell in cells[0] for t, _ in cell)
    assert "12-KH/HU (District, Huyện Hữu Lũng)" in said


def test_csv_and_json_keep_every_column_apart():
    table = targets()
    assert table.render("csv").splitlines()[0].split(",") == list(ROW)
    assert '"outcome_iri"' in table.render("json")


def test_a_result_without_every_joined_column_is_shown_column_by_column():
    row = {"set_by": "12-KH/HU", "status": "partly"}
    shown, _ = page_cells("targets", list(row), [row], "en")
    assert [c for c, _ in shown] == ["set_by", "status"]
