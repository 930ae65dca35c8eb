"""The plain-text tables of ``dkg stats``, ``dkg queries``, ``dkg history``, ``dkg analyze`` and the
``dkg reason`` summary follow ``dkg --lang`` and ``$DKG_LANG`` (words of ``kg.i18n.CLI_TEXT``);
Vietnamese is their default, as for every command; the suite's DKG_LANG=en (conftest) gives
the English the tests compare with."""

from __future__ import annotations

import re
import string
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.i18n import CLI_TEXT
from kg.reason import ReasonResult
from test_cli_lang import dkg

GOOD = Path(__file__).resolve().parent / "fixtures" / "store" / "good.ttl"


def test_each_word_fills_in_the_same_figures_in_both_languages():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert [key for key, vi in CLI_TEXT["vi"].items() if fields(vi) != fields(CLI_TEXT["en"][key])] == []


def test_stats_says_its_headings_in_vietnamese_when_asked(tmp_path):
    vi = dkg(tmp_path, "--lang", "vi", "stats")
    assert vi.exit_code == 0
    assert vi.stdout.startswith("kho dữ liệu: bộ dữ liệu mẫu kèm theo")
    assert "số bộ ba theo đồ thị:" in vi.stdout and "số cá thể theo lớp:" in vi.stdout
    assert "triples per graph" not in vi.stdout
    en = dkg(tmp_path, "stats")
    assert en.stdout.startswith("store: bundled dataset") and "instances per class:" in en.stdout
    assert dkg(tmp_path, "stats", env={"DKG_LANG": "vi"}).stdout == vi.stdout


def test_queries_says_titles_and_parameters_in_the_language_alone():
    """`dkg queries` gave both titles and its parameters' types in English ("doc: document (required)") under "tham
    số" (polish36's walk): one language, as /queries says them, each parameter by the name typed after -p."""
    vi = CliRunner().invoke(main, ["--lang", "vi", "queries"]).stdout
    en = CliRunner().invoke(main, ["queries"]).stdout
    assert "cascade        Chuỗi triển khai của một văn bản\n" in vi and "Implementation cascade" not in vi
    assert "cascade        Implementation cascade of a document\n" in en and "Chuỗi triển khai" not in en
    assert " tham số: doc: văn bản (số hiệu), bắt buộc; limit: số dòng tối đa, mặc định 1.000" in vi
    assert "(required)" not in vi and "integer" not in vi and " parameters: " not in vi
    assert " parameters: doc: document (key), required; limit: at most (rows), default 1,000" in en


def test_analyze_says_its_sections_and_levels_in_vietnamese(tmp_path):
    vi = dkg(tmp_path, "--lang", "vi", "analyze", "46-NQ/TW")
    en = dkg(tmp_path, "analyze", "46-NQ/TW")
    assert vi.exit_code == en.exit_code == 0
    assert vi.stdout.startswith("sơ đồ triển khai 46-NQ/TW: ") and "đường găng (" in vi.stdout
    assert "  Trung ương " in vi.stdout and "cascade of" not in vi.stdout and "depth" not in vi.stdout
    assert en.stdout.startswith("cascade of 46-NQ/TW: ") and "critical path (" in en.stdout and "  Central " in en.stdout


def test_history_and_reason_speak_the_command_s_language(tmp_path):
    assert dkg(tmp_path, "load", str(GOOD)).exit_code == 0
    vi = dkg(tmp_path, "--lang", "vi", "reason")
    assert vi.exit_code == 0 and vi.stderr.startswith("đã suy diễn bằng ") and "bộ ba suy ra" in vi.stderr
    again = dkg(tmp_path, "reason")
    assert again.stderr.startswith("reasoned with ") and "(unchanged)" in again.stderr
    table = dkg(tmp_path, "history", env={"DKG_LANG": "vi"}).stdout.splitlines()
    assert table[0].split() == ["số", "thời", "điểm", "(UTC)", "thêm", "bớt", "lệnh", "/", "nguồn"]
    assert table[-1].endswith("dkg reason [dẫn xuất: inferred]")
    english = dkg(tmp_path, "history").stdout.splitlines()
    assert english[0].split()[:3] == ["id", "time", "(UTC)"] and english[-1].endswith("[derived: inferred]")


def test_a_reason_summary_sent_by_a_server_is_said_in_either_language():
    sent = ReasonResult(engine="rules", asserted=19730, inferred=4281, seconds=0.44, by_predicate={}, changed=False)
    got = ReasonResult.from_json(sent.to_json())
    assert got == sent
    # (its figures as the language writes them: 19.730 and 0,44 in Vietnamese, 19,730 and 0.44 in English)
    assert got.to_text("vi") == ("đã suy diễn bằng rules trên 19.730 bộ ba khẳng định trong 0,44 giây: "
                                 "4.281 bộ ba suy ra trong graph/inferred (không đổi)")
    assert str(got) == got.to_text("en") and str(got) == ("reasoned with rules over 19,730 asserted triples in 0.44 s: "
                                                          "4,281 inferred triples in graph/inferred (unchanged)")
    counted = ReasonResult(engine="rules", asserted=5, inferred=1234, seconds=1.0, by_predicate={"http://www.w3.org/1999/02/22-rdf-syntax-ns#type": 1234})
    assert counted.to_text("vi").endswith("[rdf:type 1.234]") and counted.to_text("en").endswith("[rdf:type 1,234]")


def test_query_says_its_table_in_vietnamese_when_asked_and_keeps_csv_as_it_was(tmp_path):
    vi = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=46-NQ/TW")
    assert vi.exit_code == 0
    head, *rows = vi.stdout.splitlines()
    assert head.startswith("Văn bản") and "Cấp" in head and "key" not in head.split()
    assert any("Tỉnh" in row for row in rows) and not any(" province " in row for row in rows)
    assert rows[-1].endswith("dòng)")
    en = dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW")
    # English is said in words too (it printed the columns' names and codes, polish36's walk)
    assert en.stdout.split()[:2] == ["Document", "Type"] and "Province" in en.stdout and " province " not in en.stdout
    csv = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv")
    assert csv.stdout.startswith("document,key,") and ",province," in csv.stdout


def test_query_writes_csv_that_excel_reads_as_utf8_when_asked(tmp_path):
    """Excel reads a CSV without a byte-order mark in the system's old code page ("ChÆ°Æ¡ng"): --excel
    puts the mark first; plain CSV stays as scripts read it."""
    excel = dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv", "--excel")
    assert excel.exit_code == 0 and excel.stdout.startswith("\ufeffdocument,key,")
    assert excel.stdout[1:] == dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv").stdout
    tsv = dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "tsv", "--excel")
    assert tsv.stdout.startswith("\ufeffdocument\tkey\t")
    table = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=46-NQ/TW", "--excel")
    assert table.exit_code == 2 and "--excel chỉ dùng với --format csv hoặc tsv" in table.stderr


def test_query_table_names_documents_and_says_days_as_the_language_writes_them(tmp_path):
    """The README's first command: its table names each document as the domain does ("Chương trình 115-CTr/TU",
    not its address) and says its days day first in Vietnamese; CSV and JSON keep the IRI and ISO 8601."""
    vi = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=46-NQ/TW")
    lines = vi.stdout.splitlines()
    assert "id:doc/" not in vi.stdout and lines[2].startswith("Chương trình 115-CTr/TU ")
    assert "15/04/2024" in lines[2] and "2024-04-15" not in vi.stdout
    # a label that says no more than the name is not said again, and its column goes with it
    assert "Tên" not in lines[0].split()
    en = dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW")
    assert "Chương trình 115-CTr/TU" in en.stdout and "2024-04-15" in en.stdout and "id:doc/" not in en.stdout
    csv = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv")
    assert "https://w3id.org/directive-kg/id/doc/party/tu/" in csv.stdout and ",2024-04-15," in csv.stdout
    assert "15/04/2024" not in csv.stdout


def test_analyze_names_a_document_of_unknown_level_in_the_reader_s_language():
    from kg.analytics import Analysis

    analysis = Analysis(doc="46-NQ/TW", roots=[], documents=2, edges=1, depth=1,
                        levels={"central": {"documents": 1, "min_depth": 0, "max_depth": 0},
                                "unknown": {"documents": 1, "min_depth": 1, "max_depth": 1}})
    vi, en = analysis.to_text("vi"), analysis.to_text("en")
    assert "  Chưa rõ cấp " in vi and "unknown" not in vi
    assert "  Unknown " in en


def test_history_and_stats_write_counts_as_the_language_writes_numbers(tmp_path):
    """A change set of 1,200 triples is "1.200" in Vietnamese and "1,200" in English, as the pages write figures; the
    change set's own number is an id, written plain."""
    many = tmp_path / "many.ttl"
    many.write_text("".join(f'<https://example.org/note/{i}> <http://www.w3.org/2000/01/rdf-schema#label> "ghi chú {i}" .\n'
                            for i in range(1200)), encoding="utf-8")
    assert dkg(tmp_path, "load", str(many)).exit_code == 0
    vi, en = dkg(tmp_path, "--lang", "vi", "history").stdout, dkg(tmp_path, "history").stdout
    assert re.search(r"^\s+1  \S+ \S+\s+1\.200\s+0  ", vi, re.M), vi
    assert re.search(r"^\s+1  \S+ \S+\s+1,200\s+0  ", en, re.M), en
    stats_vi, stats_en = dkg(tmp_path, "--lang", "vi", "stats").stdout, dkg(tmp_path, "stats").stdout
    assert re.search(r"^\s+1\.200  \S+/graph/asserted$", stats_vi, re.M), stats_vi
    assert re.search(r"^\s+1,200  \S+/graph/asserted$", stats_en, re.M), stats_en
    # no count of four figures or more is left without its separator
    assert not re.search(r"^\s+\d{4,}\s", stats_vi + stats_en + vi + en, re.M)


def test_query_tables_name_bodies_places_and_targets_not_their_addresses(tmp_path):
    """`dkg query bodies`, `coverage` and `targets` printed each body, province and target as its address
    ("id:body/...") beside the name the row gives it (tidy35b's walk): the table says the name, once, and a body's
    kind in the reader's words; JSON keeps the addresses and codes."""
    for name in ("bodies", "coverage", "targets"):
        vi = dkg(tmp_path, "--lang", "vi", "query", name, "-p", "doc=46-NQ/TW")
        assert vi.exit_code == 0 and "id:" not in vi.stdout, (name, vi.stdout[:600])
    bodies = dkg(tmp_path, "--lang", "vi", "query", "bodies", "-p", "doc=46-NQ/TW").stdout.splitlines()
    assert bodies[0].startswith("Cơ quan ") and "Tên" not in bodies[0].split()
    assert bodies[2].startswith("Đảng đoàn Hội Nông dân tỉnh (Lạng Sơn)") and "party-delegation" not in "\n".join(bodies)
    targets = dkg(tmp_path, "--lang", "vi", "query", "targets", "-p", "doc=46-NQ/TW").stdout.splitlines()
    # (its columns joined as the query's page joins them: the plan that set it, with its level and place, then its words)
    assert targets[2].startswith("115-CTr/TU (Tỉnh, Lạng Sơn)  (1) Kết nạp từ 1.500 hội viên")
    js = dkg(tmp_path, "query", "bodies", "-p", "doc=46-NQ/TW", "--format", "json").stdout
    assert '"body": "https://w3id.org/directive-kg/id/body/' in js and '"kind": "party-delegation"' in js
