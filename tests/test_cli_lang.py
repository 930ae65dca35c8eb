"""`dkg --lang vi` (or DKG_LANG=vi): the errors users meet most, said in Vietnamese with the file,
line or node they concern and what to do; English stays the default and says what it said."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg import i18n
from kg.cli import main
from kg.errors import DkgError, InputError, QueryError, StoreLocked, UsageError, Words

KG = Path(__file__).resolve().parents[1] / "kg"
NONCONFORMING = Path(__file__).resolve().parent / "fixtures" / "store" / "nonconforming.ttl"


def dkg(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    """``dkg ARGS`` with ``tmp_path`` as the data folder: its store is ``tmp_path/directive-kg/store``
    (read-only commands answer from the bundled dataset while there is none)."""
    result = CliRunner().invoke(main, list(args), env={"XDG_DATA_HOME": str(tmp_path), **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


# --- the table of words ----------------------------------------------------------------------------
def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_each_error_says_the_same_details_in_both_languages():
    vi, en = i18n.ERRORS["vi"], i18n.ERRORS["en"]
    assert set(vi) == set(en)
    assert [key for key in vi if _fields(vi[key]) != _fields(en[key])] == []


def _codes_raised() -> set[str]:
    """Every ``code="..."`` and ``Words("...")`` written in kg, and the advice and limit names."""
    found = set()
    for path in KG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "code" and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, str):
                found.add(node.value.value)
            if isinstance(node, ast.keyword) and node.arg == "advice" and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, str):
                found.add("advice." + node.value.value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Words" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


def test_every_code_raised_has_its_words():
    from kg import limits

    codes = _codes_raised() | {"limit." + limit.env for limit in limits.ALL}
    assert {"file-missing", "not-utf8", "sparql-syntax", "limit-exceeded", "store-held", "advice.flatten"} <= codes
    assert sorted(codes - set(i18n.ERRORS["vi"])) == []


def test_an_error_with_a_code_is_worded_from_the_table_in_english():
    error = InputError(file="a.txt", line=3, code="not-utf8", details={"byte": "1234"})
    assert error.message == "a.txt:3: is not UTF-8 (byte 1234); it is in a legacy encoding or is not text"
    assert error.hint == i18n.ERRORS["en"]["not-utf8.hint"] and error.said("en") == (error.message, error.hint)
    message, hint = error.said("vi")
    assert message == "a.txt:3: không phải UTF-8 (byte thứ 1234); tệp dùng một bảng mã cũ hoặc không phải văn bản"
    assert hint is not None and hint.startswith("chuyển tệp sang UTF-8")


def test_a_hint_given_in_english_is_kept_and_an_error_without_a_code_is_named_by_its_kind():
    given = QueryError(code="sparql-syntax", details={"line": "1", "column": "2", "detail": "x"}, hint="ask Lan")
    assert given.said("vi")[1] == "ask Lan"  # (the raiser's own advice, which the table does not have)
    plain = QueryError("the query cannot run: boom")
    assert plain.said("vi") == ("lỗi truy vấn SPARQL: the query cannot run: boom", None)
    assert plain.said("en") == ("the query cannot run: boom", None)
    # an error of no particular kind is not named "lỗi" twice (the line's own label is "lỗi:")
    assert DkgError("the server answered: boom").said("vi") == ("the server answered: boom", None)


def test_a_token_the_server_refuses_is_said_in_each_language_with_what_to_do():
    wrong = UsageError(code="server-token-wrong", details={"where": Words("server", {"url": "http://h:1"}),
                                                           "env": "DKG_UPDATE_TOKEN"})
    vi, vi_hint = wrong.said("vi")
    assert "từ chối mã cập nhật trong $DKG_UPDATE_TOKEN" in vi and "--update-token" in (vi_hint or "")
    assert "refused the update token in $DKG_UPDATE_TOKEN" in wrong.said("en")[0]


def test_counts_are_written_as_each_language_writes_them():
    error = InputError(file="big.ttl", code="limit-exceeded", details={
        "actual": 1500, "what": Words("limit.DKG_MAX_RDF_FILE_BYTES"), "where": "", "env": "DKG_MAX_RDF_FILE_BYTES",
        "most": 1000, "advice": Words("advice.split-file")})
    assert error.message == "big.ttl: 1,500 bytes in one RDF file exceeds DKG_MAX_RDF_FILE_BYTES (1,000)"
    assert error.hint == "split the file into several; or raise DKG_MAX_RDF_FILE_BYTES if the input is trusted"
    message, hint = error.said("vi")
    assert message == "big.ttl: 1.500 byte trong một tệp RDF vượt giới hạn DKG_MAX_RDF_FILE_BYTES (1.000)"
    assert hint == "chia tệp thành nhiều tệp nhỏ; hoặc nâng DKG_MAX_RDF_FILE_BYTES nếu đầu vào đáng tin cậy"


# --- the CLI ----------------------------------------------------------------------------------------
def test_english_is_asked_for_and_vietnamese_is_the_default(tmp_path, monkeypatch):
    missing = str(tmp_path / "nope.ttl")
    en = dkg(tmp_path, "validate", missing)  # (the suite sets DKG_LANG=en)
    assert en.exit_code == 2 and f"error: {missing}: no such file" in en.stderr and "hint: check the file" in en.stderr
    for vi in (dkg(tmp_path, "--lang", "vi", "validate", missing),
               dkg(tmp_path, "validate", missing, env={"DKG_LANG": "vi_VN.UTF-8"})):
        assert vi.exit_code == 2 and f"lỗi: {missing}: không có tệp này" in vi.stderr
        assert "gợi ý: kiểm tra tên tệp và thư mục" in vi.stderr and "error:" not in vi.stderr
    monkeypatch.delenv("DKG_LANG")
    assert f"lỗi: {missing}: không có tệp này" in dkg(tmp_path, "validate", missing).stderr  # nothing set: Vietnamese
    assert f"lỗi: {missing}: không có tệp này" in dkg(tmp_path, "validate", missing, env={"DKG_LANG": ""}).stderr
    # --lang wins over the variable; a variable that names another language is English
    assert "error: " in dkg(tmp_path, "--lang", "en", "validate", missing, env={"DKG_LANG": "vi"}).stderr
    assert "error: " in dkg(tmp_path, "validate", missing, env={"DKG_LANG": "fr"}).stderr
    refused = dkg(tmp_path, "--lang", "fr", "validate", missing)
    assert refused.exit_code == 2 and "--lang" in refused.stderr  # near miss: the option itself must say vi or en


def test_an_unknown_key_says_what_keys_look_like(tmp_path):
    en = dkg(tmp_path, "show", "NOPE-1")
    assert en.exit_code == 2 and "error: no document with key 'NOPE-1'" in en.stderr
    assert "hint: keys look like 46-NQ/TW" in en.stderr
    vi = dkg(tmp_path, "--lang", "vi", "show", "NOPE-1")
    assert "lỗi: không có văn bản nào có số hiệu 'NOPE-1'" in vi.stderr
    assert "gợi ý: số hiệu có dạng 46-NQ/TW hoặc 140/2017/NĐ-CP" in vi.stderr


def test_an_unknown_named_query_is_said_in_each_language_with_the_list(tmp_path):
    en = dkg(tmp_path, "query", "events")
    assert en.exit_code == 2 and "error: no named query 'events'; available: bodies, cascade" in en.stderr
    assert "hint: `dkg queries` lists them with their parameters" in en.stderr
    vi = dkg(tmp_path, "--lang", "vi", "query", "events")
    assert vi.exit_code == 2
    assert "không có truy vấn có sẵn nào tên 'events'; các truy vấn có sẵn: bodies, cascade" in vi.stderr
    assert "gợi ý: `dkg queries` liệt kê chúng cùng các tham số" in vi.stderr
    assert "no named query" not in vi.stderr and "lists them" not in vi.stderr  # near miss: no English left in it


def test_a_named_query_s_missing_or_unknown_parameter_is_said_in_each_language_with_the_way_to_give_it(tmp_path):
    # a newcomer's first `dkg query cascade` without -p, and `-p doc=` given to a query of a place, were said in
    # English under "sai cách dùng"
    vi = dkg(tmp_path, "--lang", "vi", "query", "cascade")
    assert vi.exit_code == 2 and "lỗi: truy vấn cascade cần tham số doc" in vi.stderr
    assert "gợi ý: thêm -p doc=..." in vi.stderr and "cascade nhận: doc: văn bản (số hiệu), bắt buộc" in vi.stderr
    assert "needs the parameter" not in vi.stderr
    other = dkg(tmp_path, "--lang", "vi", "query", "timeline", "-p", "doc=46-NQ/TW", "-p", "place=Lạng Sơn")
    assert other.exit_code == 2 and "lỗi: truy vấn timeline không có tham số doc" in other.stderr
    assert "timeline nhận: place: địa bàn, bắt buộc" in other.stderr
    en = dkg(tmp_path, "query", "cascade")
    assert en.exit_code == 2 and "error: query cascade needs the parameter doc" in en.stderr
    assert "hint: add -p doc=..." in en.stderr


def test_a_named_query_s_bad_parameter_value_is_said_in_each_language_with_what_it_takes(tmp_path):
    # the errors after a missing or unknown parameter were still English under "sai cách dùng"
    word = dkg(tmp_path, "--lang", "vi", "query", "bodies", "-p", "limit=mười")
    assert word.exit_code == 2 and "lỗi: tham số limit='mười' của truy vấn bodies không phải là một số nguyên" in word.stderr
    assert "gợi ý: ghi một số nguyên, ví dụ -p limit=10" in word.stderr and "not an integer" not in word.stderr
    above = dkg(tmp_path, "--lang", "vi", "query", "bodies", "-p", "limit=1001")
    assert above.exit_code == 2 and "lớn hơn mức tối đa 1000" in above.stderr and "bodies nhận: doc: văn bản (số hiệu)" in above.stderr
    assert "không được là số âm" in dkg(tmp_path, "--lang", "vi", "query", "bodies", "-p", "limit=-1").stderr
    two = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=46-NQ/TW", "-p", "date=2024-01-01",
              "-p", "as_of=2025-01-01")
    assert two.exit_code == 2 and "date='2024-01-01' và as_of='2025-01-01' là hai ngày khác nhau" in two.stderr
    many = dkg(tmp_path, "--lang", "vi", "query", "search", "-p", "q=" + " ".join(["nông"] * 9))
    assert many.exit_code == 2 and "chỉ tìm được tối đa 8 từ (đã gõ 9 từ)" in many.stderr
    none = dkg(tmp_path, "--lang", "vi", "query", "cascade", "-p", "doc=KHONG-CO/TW")
    assert none.exit_code == 2 and "trong kho không có văn bản nào có số hiệu 'KHONG-CO/TW'" in none.stderr
    en = dkg(tmp_path, "query", "bodies", "-p", "limit=ten")
    assert "error: parameter limit='ten' of query bodies is not an integer" in en.stderr
    assert "hint: give a whole number, e.g. -p limit=10" in en.stderr and "bodies expects: doc: document (key)" in en.stderr
    # near miss: a limit in range runs
    assert dkg(tmp_path, "--lang", "vi", "query", "bodies", "-p", "limit=5").exit_code == 0


def test_a_text_in_the_legacy_encoding_names_its_line_and_how_to_convert_it(tmp_path):
    legacy = tmp_path / "bai.txt"  # (Windows-1258 writes tone marks as combining characters)
    legacy.write_bytes("Mơ\u0309 đâ\u0300u.\nTi\u0309nh u\u0309y ban ha\u0300nh Kê\u0301 hoa\u0323ch sô\u0301 5-KH/TU.\n"
                       .encode("cp1258"))
    en = dkg(tmp_path, "extract", str(legacy))
    assert f"error: {legacy}:1: is not UTF-8" in en.stderr and "Windows-1258" in en.stderr
    vi = dkg(tmp_path, "--lang", "vi", "extract", str(legacy))
    assert vi.exit_code == 2
    assert f"lỗi: {legacy}:1: không phải UTF-8 (byte thứ" in vi.stderr and "bảng mã tiếng Việt cũ" in vi.stderr
    beside = legacy.with_name("bai.utf8.txt")  # the converted file goes beside the old one, and the hint says so
    assert f"gợi ý: chuyển tệp sang UTF-8, ví dụ `iconv -f CP1258 -t UTF-8 {legacy} > {beside}` (tệp mới nằm cạnh tệp cũ" \
        in vi.stderr
    assert f"`iconv -f CP1258 -t UTF-8 {legacy} > {beside}` (the new file sits beside the old one" in en.stderr


def test_a_file_that_cannot_be_read_says_why_in_both_languages(tmp_path, monkeypatch):
    from kg import sources

    folder = dkg(tmp_path, "--lang", "vi", "extract", str(tmp_path))  # near miss: a folder is not unreadable
    assert f"{tmp_path}: là một thư mục" in folder.stderr

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as caught:
        sources.read_input(str(tmp_path / "locked.txt"))
    assert caught.value.message.endswith("locked.txt: cannot read: Permission denied")
    assert caught.value.said("vi")[0].endswith("locked.txt: không đọc được tệp (Permission denied)")


def test_a_bad_query_names_its_line_and_column_and_its_file(tmp_path):
    vi = dkg(tmp_path, "--lang", "vi", "query", "SELECT * WHERE { ?s ?p }")
    assert vi.exit_code == 2 and "lỗi: lỗi cú pháp SPARQL ở dòng 1, cột" in vi.stderr
    assert "gợi ý: sửa truy vấn ở chỗ đó: chỉ chạy được truy vấn đúng cú pháp SPARQL 1.1" in vi.stderr
    en = dkg(tmp_path, "query", "SELECT * WHERE { ?s ?p }")
    assert "hint: correct the query at that place" in en.stderr and "endpoint" not in en.stderr  # (no server here)
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: broken\nSELECT * WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    in_file = dkg(tmp_path, "--lang", "vi", "query", str(bad))
    assert f"lỗi: {bad}: lỗi cú pháp SPARQL ở dòng 3" in in_file.stderr and "sửa truy vấn trong tệp đó" in in_file.stderr
    assert f"error: {bad}: SPARQL syntax error at line 3" in dkg(tmp_path, "query", str(bad)).stderr


def test_data_that_fails_the_shapes_names_the_file_and_the_nodes(tmp_path):
    assert dkg(tmp_path, "load", str(NONCONFORMING.with_name("good.ttl"))).exit_code == 0  # (what it contradicts)
    vi = dkg(tmp_path, "--lang", "vi", "load", str(NONCONFORMING))
    assert vi.exit_code == 1
    assert "lỗi: dữ liệu không đạt các ràng buộc SHACL nên không được ghi (" in vi.stderr
    assert re.search(re.escape(f"({NONCONFORMING}: ") + r"\d+ vi phạm\)", vi.stderr)  # the file and the count, in Vietnamese
    assert "does not conform" not in vi.stderr
    assert "9-CTr/TU" in vi.stderr or "ctr/9" in vi.stderr  # the report names the node
    assert "gợi ý: sửa dữ liệu" in vi.stderr and "--force" in vi.stderr
    en = dkg(tmp_path, "load", str(NONCONFORMING))
    assert "hint: fix the data, or load it with --force" in en.stderr


def test_a_limit_names_the_setting_and_the_node_in_both_languages(tmp_path):
    data = tmp_path / "long.ttl"
    data.write_text('<http://example.org/s> <http://example.org/p> "' + "x" * 1500 + '" .\n', encoding="utf-8")
    env = {"DKG_MAX_LITERAL_BYTES": "1000"}
    en = dkg(tmp_path, "validate", str(data), env=env)
    assert en.exit_code == 2
    assert ("1,500 bytes in one literal (the object of <http://example.org/s> <http://example.org/p>) exceeds "
            "DKG_MAX_LITERAL_BYTES (1,000)") in en.stderr
    vi = dkg(tmp_path, "--lang", "vi", "validate", str(data), env=env)
    assert ("1.500 byte trong một literal (giá trị của <http://example.org/s> <http://example.org/p>) vượt giới "
            "hạn DKG_MAX_LITERAL_BYTES (1.000)") in vi.stderr
    assert "gợi ý: để văn bản dài ngoài đồ thị và liên kết tới chúng; hoặc nâng DKG_MAX_LITERAL_BYTES" in vi.stderr


@pytest.mark.parametrize("command,held", [("load", True), ("reason", True), ("reason", False)])
def test_a_busy_store_says_who_holds_it_and_what_still_works(tmp_path, monkeypatch, command, held):
    """A write on a store another command holds: ``load`` is refused before it opens the store
    (kg.client), ``reason`` when it opens it (kg.cli_store), naming the holder where one is recorded."""
    from kg.store import Store, holder

    def locked(*args, **kwargs):
        raise StoreLocked("cannot open the store at S for writing: another process holds the store", hint="wait")

    store = tmp_path / "directive-kg" / "store"
    (store / "main").mkdir(parents=True)
    monkeypatch.setattr(Store, "from_cli", locked)
    # a command recorded as holding the store, with no server to write through
    ingest = holder.Holder(pid=42, command="dkg ingest", since="2026-12-03T08:00:00+00:00")
    monkeypatch.setattr(holder, "current", lambda location: ingest if held else None)
    data = tmp_path / "a.ttl"
    data.write_text('<http://example.org/s> <http://example.org/p> "x" .\n', encoding="utf-8")
    args = [command, str(data)] if command == "load" else [command]
    vi = dkg(tmp_path, "--lang", "vi", *args)
    assert vi.exit_code == 3, vi.output
    # the whole message in Vietnamese: who holds the store too, or why it cannot be opened
    assert (f"lỗi: kho dữ liệu {store} đang do `dkg ingest` (tiến trình 42, từ 03/12/2026 08:00:00 UTC) giữ\n"
            if held else f"lỗi: không mở được kho dữ liệu {store} để ghi: một tiến trình khác đang giữ kho\n"
            ) in vi.stderr
    assert not {"process", "since", "another", "cannot"} & set(vi.stderr.split())
    assert "gợi ý: " in vi.stderr and "lệnh chỉ đọc" in vi.stderr
    en = dkg(tmp_path, *args)
    assert (f"error: the store at {store} is held by `dkg ingest` (process 42, since 2026-12-03 08:00:00 UTC)\n"
            if held else "error: cannot open the store at S for writing: another process holds the store\n"
            ) in en.stderr
    assert "commands that only read" in en.stderr


def test_a_reader_told_the_store_could_not_be_repaired_hears_why_in_its_language(tmp_path, monkeypatch):
    """A read-only command on a store whose derived data is behind, while another process holds it:
    it answers from what is there, and its note (the reason included) is said in the command's language."""
    from kg.store import Store

    data = tmp_path / "a.ttl"
    data.write_text('<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n', encoding="utf-8")
    assert dkg(tmp_path, "load", str(data)).exit_code == 0
    opened = Store.open.__func__

    def held(cls, location=None, **kwargs):  # the repair's open for writing finds the store held
        if not kwargs.get("read_only"):
            raise StoreLocked("cannot open the store at S for writing: another process holds the store")
        return opened(cls, location, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(held))
    monkeypatch.setattr(Store, "needs_upkeep", lambda self: True)
    vi = dkg(tmp_path, "--lang", "vi", "stats")
    assert vi.exit_code == 0, vi.output
    assert ("lưu ý: dữ liệu dẫn xuất của kho (chỉ mục tìm kiếm, suy diễn hoặc đồ thị tham chiếu) chậm hơn dữ liệu và "
            "chưa sửa được lúc này (một tiến trình khác đang giữ kho)") in vi.stderr
    assert not {"note:", "process", "store's", "cannot"} & set(vi.stderr.split())
    en = dkg(tmp_path, "stats")
    assert ("note: the store's derived data (search index, inferences or reference graph) is behind its data and "
            "cannot be repaired now (another process holds it): answers may be stale") in en.stderr


# --- what a command shows follows dkg --lang --------------------------------------------------------
@pytest.mark.parametrize("command, vi_words, en_words", [
    (["validate"], "Dữ liệu hợp lệ", "Data conforms"),
    (["show", "46-NQ/TW"], "Cơ quan ban hành", "Issuer"),
    (["scoreboard", "46-NQ/TW"], "tỉnh", "provinces"),
])
def test_a_command_s_own_language_follows_dkg_lang_unless_given(tmp_path, command, vi_words, en_words):
    assert vi_words in dkg(tmp_path, "--lang", "vi", *command).stdout
    assert vi_words in dkg(tmp_path, *command, env={"DKG_LANG": "vi"}).stdout
    assert en_words in dkg(tmp_path, "--lang", "en", *command).stdout
    # a command's own --lang wins over the global one
    assert en_words in dkg(tmp_path, "--lang", "vi", *command, "--lang", "en").stdout


def test_without_any_language_set_every_command_speaks_vietnamese(tmp_path, monkeypatch):
    """One default for the whole CLI: what it shows (reports, cards, tables) and what it says on stderr."""
    monkeypatch.delenv("DKG_LANG")
    assert "Dữ liệu hợp lệ" in dkg(tmp_path, "validate").stdout
    assert "Cơ quan ban hành" in dkg(tmp_path, "show", "46-NQ/TW").stdout
    board = dkg(tmp_path, "scoreboard", "46-NQ/TW").stdout
    assert "tỉnh" in board and "provinces" not in board
    cascade = dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW")
    assert cascade.stdout.startswith("Văn bản ") and "(2 dòng)" in cascade.stdout
    assert cascade.stderr.startswith("lưu ý: ")  # (no store yet: the bundled dataset answers)
    stats = dkg(tmp_path, "stats").stdout
    assert stats.startswith("kho dữ liệu: ") and "triples per graph" not in stats
    # near miss: a language set to something else than Vietnamese is English
    assert "provinces" in dkg(tmp_path, "scoreboard", "46-NQ/TW", env={"DKG_LANG": "C"}).stdout


def test_the_report_of_a_refused_load_is_said_in_the_command_s_language(tmp_path):
    assert dkg(tmp_path, "load", str(NONCONFORMING.with_name("good.ttl"))).exit_code == 0  # (what it contradicts)
    en = dkg(tmp_path, "load", str(NONCONFORMING))
    vi = dkg(tmp_path, "--lang", "vi", "load", str(NONCONFORMING))
    assert en.exit_code == vi.exit_code == 1
    assert "[Violation]" in en.stderr and "[Vi phạm]" not in en.stderr
    assert "[Vi phạm]" in vi.stderr and "[Violation]" not in vi.stderr


PLAN = Path(__file__).resolve().parent / "fixtures" / "review" / "plan.txt"


@pytest.mark.parametrize("lang, created, ingested", [
    ("vi", "đã tạo kho dữ liệu ở", "đã nạp 1 tệp: ghi 1 văn bản, "),
    ("en", "created a store at", "ingested 1 file: 1 text written, "),
])
def test_what_a_write_did_is_said_in_the_command_s_language(tmp_path, lang, created, ingested):
    first = dkg(tmp_path, "--lang", lang, "ingest", str(PLAN))
    assert first.exit_code == 0, first.stderr
    assert created in first.stderr and ingested in first.stderr
    other = "en" if lang == "vi" else "vi"
    assert ("created a store" in first.stderr) == (lang == "en")
    loaded = dkg(tmp_path, "--lang", lang, "load", str(NONCONFORMING.with_name("good.ttl")))
    assert loaded.exit_code == 0
    assert ("đã nạp" in loaded.stderr) == (lang == "vi") and ("loaded" in loaded.stderr) == (other == "vi")


def test_an_empty_text_in_an_ingest_is_reported_in_vietnamese(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_text("", encoding="utf-8")
    result = dkg(tmp_path, "--lang", "vi", "ingest", str(empty))
    assert result.exit_code == 2
    assert "đã nạp 1 tệp: ghi 0 văn bản" in result.stderr and "bị từ chối: " in result.stderr
    assert "refused:" not in result.stderr and "ingested" not in result.stderr
    assert "dkg review sources" not in result.stderr  # (nothing was loaded: nothing waits for a reviewer)


@pytest.mark.parametrize("lang, words", [("vi", "lưu ý: dữ kiện đọc được đã vào đồ thị, chờ người duyệt"),
                                         ("en", "note: the facts read are in the graph and wait for a reviewer")])
def test_an_ingest_that_loaded_a_text_says_where_its_facts_wait(tmp_path, lang, words):
    done = dkg(tmp_path, "--lang", lang, "ingest", str(PLAN))
    assert done.exit_code == 0 and words in done.stderr and "`dkg review sources`" in done.stderr


def test_why_an_ingest_refused_a_file_is_said_in_the_command_s_language(tmp_path):
    """The refusal's own words (a file that is not there), not only its frame, follow --lang, also
    after the summary went through a server's JSON answer; English stays as it was."""
    from kg.ingest import IngestSummary  # noqa: PLC0415

    missing = str(tmp_path / "khong-co.txt")
    vi = dkg(tmp_path, "--lang", "vi", "ingest", missing)
    assert vi.exit_code == 2 and "không có tệp này" in vi.stderr and "kiểm tra tên tệp" in vi.stderr
    assert "no such file" not in vi.stderr
    en = dkg(tmp_path, "--lang", "en", "ingest", missing)
    assert en.exit_code == 2 and "no such file" in en.stderr and "không có tệp" not in en.stderr
    summary = IngestSummary(files=1)
    from kg.errors import InputError  # noqa: PLC0415

    summary.refuse(missing, InputError(file=missing, code="file-missing"))
    back = IngestSummary.from_json(summary.to_json())
    assert "không có tệp này" in back.to_text("vi") and "no such file" in back.to_text("en")
    old = summary.to_json()  # an older server's answer has no Vietnamese words: English then
    for r in old["refused"]:
        del r["message_vi"], r["hint_vi"]
    assert "no such file" in IngestSummary.from_json(old).to_text("vi")


def test_the_bad_inputs_an_analyst_meets_are_refused_in_vietnamese_under_lang_vi(tmp_path):
    """A binary file, UTF-16 text, a scanned PDF, an image, a ZIP and a legacy Word file: each refusal
    in Vietnamese with what to do (they were English under --lang vi); English as it was."""
    from test_sources import scanned_pdf  # noqa: PLC0415

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nhi-phan.txt").write_bytes(b"ab\x00cd" * 50)
    (folder / "utf16.txt").write_bytes("Kế hoạch số 5-KH/UBND".encode("utf-16"))
    (folder / "quet.pdf").write_bytes(scanned_pdf())
    (folder / "anh.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (folder / "nen.docx").write_bytes(b"PK\x03\x04" + bytes(40))
    (folder / "cu.txt").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(40))
    vi = dkg(tmp_path, "--store", str(tmp_path / "s"), "--lang", "vi", "ingest", str(folder))
    refused = [line for line in vi.stderr.splitlines() if line.startswith("bị từ chối:")]
    assert len(refused) == 6, vi.stderr
    for words in ("là tệp nhị phân (có byte NUL)", "là văn bản UTF-16", "là PDF không có lớp chữ (1 trang ảnh",
                  "là ảnh PNG, không phải văn bản", "tệp ZIP hoặc Word bị hỏng", "là tệp Microsoft Office đời cũ"):
        assert sum(words in line for line in refused) == 1, words
    assert all("gợi ý:" in line for line in refused)
    for english in ("is a ", "is UTF-16", "hint", "convert it", "run OCR", "lỗi dữ liệu đầu vào"):
        assert english not in vi.stderr, english
    en = dkg(tmp_path, "--store", str(tmp_path / "s"), "ingest", str(folder))
    assert "is a PDF without a text layer (1 page of images: a scan?)" in en.stderr
    assert "is a PNG image, not a text" in en.stderr and "là " not in en.stderr


# (a programme of our own dated before the resolution it carries out: its link is held for review)
EARLY = ("Ngày 3/2/2021, Ban Thường vụ Tỉnh ủy Cao Bằng ban hành Chương trình số 12-CTr/TU thực hiện Nghị quyết "
         "số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị về đổi mới hoạt động của Hội Nông dân.\n")


def test_why_an_ingest_held_a_fact_is_said_in_the_command_s_language(tmp_path):
    text = tmp_path / "som.txt"
    text.write_text(EARLY, encoding="utf-8")
    vi = dkg(tmp_path / "vi", "--lang", "vi", "ingest", str(text))
    en = dkg(tmp_path / "en", "ingest", str(text))
    assert "giữ lại 1 dữ kiện của" in vi.stderr and "quarantined 1 fact from" in en.stderr
    vi_reason = next(line for line in vi.stderr.splitlines() if line.startswith("  - "))
    en_reason = next(line for line in en.stderr.splitlines() if line.startswith("  - "))
    assert vi_reason != en_reason and "12-CTr/TU" in vi_reason and "12-CTr/TU" in en_reason
    assert "document" in en_reason.lower() and "văn bản" in vi_reason.lower()


def test_the_vietnamese_reasons_travel_with_a_summary_sent_by_a_server():
    from kg.ingest import IngestSummary

    sent = IngestSummary(files=1, loaded=1, quarantined=[("a.txt", 1, ["x: why"])], reasons_vi={"a.txt": ["x: vì sao"]})
    got = IngestSummary.from_json(sent.to_json())
    assert got.to_text("vi").endswith("  - x: vì sao") and got.to_text("en").endswith("  - x: why")
    # a summary of an older server, without them, says the English ones
    older = sent.to_json()
    del older["quarantined"][0]["reasons_vi"]
    assert IngestSummary.from_json(older).to_text("vi").endswith("  - x: why")


def test_a_reindex_and_a_rollback_say_what_they_did_in_the_command_s_language(tmp_path):
    assert dkg(tmp_path, "ingest", str(PLAN)).exit_code == 0
    vi = dkg(tmp_path, "--lang", "vi", "reindex")
    assert vi.exit_code == 0 and vi.stderr.startswith("đã dựng lại mục lục tìm kiếm: ")
    en = dkg(tmp_path, "reindex")
    assert en.stderr.startswith("search index rebuilt: ")
    back = dkg(tmp_path, "--lang", "vi", "rollback", "1")
    assert back.exit_code == 0, back.stderr
    assert "đã hoàn tác 1 (" in back.stderr and "undid" not in back.stderr


@pytest.mark.slow  # (the web app is built each time: about two seconds)
@pytest.mark.parametrize("lang, token, words", [
    ("en", "s3cret", "serving at http://127.0.0.1:8765: the pages, /sparql and writes with the update token"),
    ("en", None, "serving at http://127.0.0.1:8765, read-only: start it with --update-token"),
    ("vi", None, "phục vụ tại http://127.0.0.1:8765, chỉ đọc: khởi động với --update-token")])
def test_dkg_serve_says_where_it_serves_and_whether_it_takes_writes(tmp_path, monkeypatch, lang, token, words):
    from kg.web import serving  # noqa: PLC0415

    monkeypatch.setattr(serving, "run", lambda app, *, host, port, ready: ready())  # (said once it listens)
    monkeypatch.setattr("kg.web.address.check_port", lambda *a: None)  # (port 8765 may be taken on this machine)
    monkeypatch.delenv("DKG_UPDATE_TOKEN", raising=False)
    from kg.store import Store  # noqa: PLC0415

    Store.open(tmp_path / "s").close()
    args = ["--lang", lang, "--store", str(tmp_path / "s"), "serve", "--port", "8765"]
    result = CliRunner().invoke(main, args + (["--update-token", token] if token else []))
    assert result.exit_code == 0, result.output
    assert words in result.stderr
    assert "mạng" not in result.stderr and "network" not in result.stderr  # (on this machine only)


@pytest.mark.slow  # (the web app is built each time: about two seconds)
def test_dkg_serve_with_a_token_and_no_store_yet_makes_the_store_it_then_holds(tmp_path, monkeypatch):
    """Started with an update token before any store existed, the server answered from the bundled dataset in
    memory and held no folder: a `dkg ingest` beside it made the store and wrote there, and the server never
    showed it. Now it makes the (empty) store, says so, and holds it, as a write command would; without a token
    it still answers from the bundled dataset and makes nothing."""
    from kg.store import holder  # noqa: PLC0415
    from kg.web import serving  # noqa: PLC0415

    served: dict = {}
    monkeypatch.setattr(serving, "run", lambda app, **kw: served.setdefault("app", app))
    monkeypatch.setattr("kg.web.address.check_port", lambda *a: None)
    monkeypatch.delenv("DKG_UPDATE_TOKEN", raising=False)
    monkeypatch.delenv("DKG_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # (the default store, as a new user has it: none yet)
    folder = tmp_path / "directive-kg" / "store"
    read_only = CliRunner().invoke(main, ["--lang", "vi", "serve", "--port", "8765"])
    assert read_only.exit_code == 0, read_only.output
    assert served.pop("app").state.store.is_bundled and not folder.exists()
    result = CliRunner().invoke(main, ["--lang", "vi", "serve", "--port", "8765", "--update-token", "s3cret"])
    assert result.exit_code == 0, result.output
    assert f"đã tạo kho dữ liệu ở {folder}" in result.stderr and "dkg load --bundled" in result.stderr
    assert (folder / "main").exists()
    store = served["app"].state.store
    assert not store.is_bundled and store.location == folder
    assert not (folder / holder.RECORD).exists()  # (released once the command ended, as serving.run returned)


@pytest.mark.slow  # (the web app is built each time: about two seconds)
@pytest.mark.parametrize("lang, words", [
    ("en", "other machines on the network open http://{name}:8765 (this machine's name or IP address, port 8765)"),
    ("vi", "máy khác trong mạng mở http://{name}:8765 (tên hoặc địa chỉ IP của máy này, cổng 8765)")])
def test_dkg_serve_on_every_interface_names_the_address_a_colleague_opens(tmp_path, monkeypatch, lang, words):
    """Bound to 0.0.0.0 the note named http://127.0.0.1:PORT, which a colleague's machine cannot open."""
    import socket  # noqa: PLC0415

    from kg.web import serving  # noqa: PLC0415

    monkeypatch.setattr(serving, "run", lambda app, *, host, port, ready: ready())
    monkeypatch.setattr("kg.web.address.check_port", lambda *a: None)
    monkeypatch.delenv("DKG_UPDATE_TOKEN", raising=False)
    from kg.store import Store  # noqa: PLC0415

    Store.open(tmp_path / "s").close()
    args = ["--lang", lang, "--store", str(tmp_path / "s"), "serve", "--host", "0.0.0.0", "--port", "8765"]
    result = CliRunner().invoke(main, args + ["--update-token", "s3cret"])
    assert result.exit_code == 0, result.output
    assert words.format(name=socket.gethostname()) in result.stderr
    assert ("HTTPS" in result.stderr) and ("http://127.0.0.1:8765" in result.stderr)  # (this machine's CLI still uses it)


def test_the_iconv_hint_writes_beside_the_file_and_quotes_a_name_with_spaces(tmp_path):
    folder = tmp_path / "bài viết"
    folder.mkdir()
    (folder / "kế hoạch 5.txt").write_bytes("Kế hoạch số 5-KH/UBND".encode("utf-16"))
    en = dkg(tmp_path, "extract", str(folder / "kế hoạch 5.txt"))
    assert en.exit_code == 2
    assert f"`iconv -f UTF-16 -t UTF-8 '{folder}/kế hoạch 5.txt' > '{folder}/kế hoạch 5.utf8.txt'`" in en.stderr


def test_stats_says_which_text_each_source_graph_holds(tmp_path):
    """A text's graphs are named by a digest; the table names the file beside them (the JSON keeps the graphs)."""
    assert dkg(tmp_path, "ingest", str(PLAN)).exit_code == 0
    lines = [line for line in dkg(tmp_path, "stats").stdout.splitlines() if "/source/" in line]
    assert len(lines) == 2 and all(line.endswith("  (plan.txt)") for line in lines)
    assert "/graph/asserted  (" not in dkg(tmp_path, "stats").stdout


def test_an_unknown_key_with_a_number_names_the_documents_of_that_number(tmp_path):
    """`dkg show "NQ 46"` or `-p doc=46` (a key as people say it) was told only what keys look like: the documents
    the store has with that number are named, for the card, the scoreboard and a query's parameter alike."""
    vi = dkg(tmp_path, "--lang", "vi", "show", "NQ 46")
    assert vi.exit_code == 2 and "lỗi: không có văn bản nào có số hiệu 'NQ 46'" in vi.stderr
    assert "gợi ý: văn bản số 46 trong kho: 46-NQ/TW; ghi số hiệu đầy đủ như vậy" in vi.stderr
    for args in (("scoreboard", "46"), ("query", "cascade", "-p", "doc=nghị quyết 46")):
        en = dkg(tmp_path, *args)
        assert en.exit_code == 2 and "hint: the documents numbered 46 in the store: 46-NQ/TW;" in en.stderr
    # near misses: a number no document has, and a key without a number, say what keys look like as before
    for key in ("NQ 999", "NQ"):
        assert "hint: keys look like 46-NQ/TW" in dkg(tmp_path, "show", key).stderr
    assert "documents numbered" not in dkg(tmp_path, "query", "cascade", "-p", "doc=999").stderr
