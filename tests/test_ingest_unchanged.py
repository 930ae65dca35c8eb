"""kg.ingest: a file ingested again as it was writes nothing and says so (both languages, and the report's JSON); a
change set names the file it was made from, though a later file with the same words takes the text's place
(``dkg history``, ``dkg changes``)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest_report import IngestSummary

PLAN = ("Ngày 3/3/2024, Ủy ban nhân dân huyện Tràng Định ban hành Kế hoạch số 41/KH-UBND về phát triển cây hồi.\n\n"
        "Kế hoạch giao Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì hướng dẫn các xã trồng mới 200 ha hồi.\n")
REPORT = ("Ngày 9/9/2024, Ủy ban nhân dân huyện Văn Quan báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND về chăn nuôi.\n\n"
          "Toàn huyện đã xây dựng được 15 trang trại chăn nuôi tập trung.\n")


def dkg(*args: str, lang: str = "en"):
    return CliRunner().invoke(main, ["--lang", lang, *args], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    return tmp_path


def test_a_file_ingested_again_as_it_was_says_nothing_was_written(folder):
    store, plan = str(folder / "store"), str(folder / "in" / "ke-hoach.txt")
    first = dkg("--store", store, "ingest", plan)
    assert first.exit_code == 0 and "ingested 1 file: 1 text written" in first.output
    again = dkg("--store", store, "ingest", plan)
    assert again.exit_code == 0 and "ingested" not in again.output
    assert "nothing new: 1 file, nothing written; 1 already in the store as they are" in again.output
    assert "wait for a reviewer" not in again.output  # (no note of new facts to review)
    vi = dkg("--store", store, "ingest", plan, lang="vi")
    assert "không có gì mới: 1 tệp, không ghi gì; 1 tệp đã có trong kho đúng như vậy" in vi.output and "đã nạp" not in vi.output
    history = json.loads(dkg("--store", store, "history", "--format", "json").output)
    assert len(history) == 1  # (and no change set was made)


def test_a_new_file_beside_an_unchanged_one_is_ingested_and_the_other_named(folder):
    store = str(folder / "store")
    assert dkg("--store", store, "ingest", str(folder / "in")).exit_code == 0
    (folder / "in" / "bao-cao.txt").write_text(REPORT, encoding="utf-8")
    done = dkg("--store", store, "ingest", str(folder / "in"))
    assert "ingested 2 files: 1 text written" in done.output
    assert "already in the store as they are, nothing written: " in done.output and "ke-hoach.txt" in done.output
    assert "bao-cao.txt" not in done.output.split("nothing written: ", 1)[1]


def test_near_miss_a_changed_file_is_written(folder):
    store, plan = str(folder / "store"), folder / "in" / "ke-hoach.txt"
    assert dkg("--store", store, "ingest", str(plan)).exit_code == 0
    plan.write_text(PLAN.replace("200 ha", "250 ha"), encoding="utf-8")
    done = dkg("--store", store, "ingest", str(plan))
    assert "ingested 1 file: 1 text written" in done.output and "nothing new" not in done.output


#: An undated text of a commune of Nghệ An: placed on the map before the 2025 reform, which its report says.
UNDATED = ("Xã Thanh Sơn dọn vệ sinh kênh mương\n"
           "Sáng 14/9, Đảng ủy xã Thanh Sơn, tỉnh Nghệ An ra quân dọn 12 km kênh mương nội đồng. Có 450 hộ tham gia.\n")


def test_a_file_ingested_again_as_it_was_says_none_of_the_notes_it_was_written_with(folder):
    from kg.ingest import ingest_paths
    from kg.store import Store

    def report() -> dict:  # (the JSON a server answers for an upload)
        opened = Store.open(store)
        try:
            return ingest_paths(opened, [str(path)]).to_json()
        finally:
            opened.close()

    store, path = str(folder / "store"), folder / "in" / "xa.txt"
    path.write_text(UNDATED, encoding="utf-8")
    first = report()
    assert [u["file"] for u in first["unplaced"]] == [str(path)] and "1 July 2025" in first["text"]
    for lang, unchanged, note in (("en", "nothing new: 1 file", "1 July 2025"), ("vi", "không có gì mới", "1/7/2025")):
        again = dkg("--store", store, "ingest", str(path), lang=lang)
        assert again.exit_code == 0 and unchanged in again.output, again.output
        assert note not in again.output and len(again.output.strip().splitlines()) == 1
    said = report()
    assert said["unchanged"] == [str(path)] and said["unplaced"] == [] and said["loaded"] == 0
    assert "2025" not in said["text"] and "2025" not in said["text_vi"]
    # the near miss: the file changed (another figure) is written again, and says its note again
    path.write_text(UNDATED.replace("12 km", "15 km"), encoding="utf-8")
    changed = dkg("--store", store, "ingest", str(path))
    assert "ingested 1 file: 1 text written" in changed.output and "1 July 2025" in changed.output


def test_a_near_text_ingested_again_as_it_was_is_not_said_near_again(folder):
    store, near = str(folder / "store"), folder / "in" / "ke-hoach-2.txt"
    near.write_text(PLAN.replace("hướng dẫn các xã", "hướng dẫn các xã, thị trấn"), encoding="utf-8")
    assert dkg("--store", store, "ingest", str(folder / "in" / "ke-hoach.txt")).exit_code == 0
    assert "is nearly the same as" in dkg("--store", store, "ingest", str(near)).output
    again = dkg("--store", store, "ingest", str(near))
    assert "nothing new" in again.output and "nearly" not in again.output


def test_the_report_s_json_keeps_the_unchanged_files():
    summary = IngestSummary(files=7, loaded=0, unchanged=[f"{n}.txt" for n in range(7)])
    back = IngestSummary.from_json(summary.to_json())
    assert back.unchanged == summary.unchanged and summary.to_json()["unchanged"][0] == "0.txt"
    mixed = IngestSummary(files=8, loaded=1, triples=9, unchanged=summary.unchanged)
    assert "0.txt, 1.txt, 2.txt, 3.txt, 4.txt and 2 more" in mixed.to_text()
    assert "0.txt, 1.txt, 2.txt, 3.txt, 4.txt và 2 tệp khác" in mixed.to_text("vi")


def test_a_change_set_names_the_file_it_was_made_from(folder):
    store = str(folder / "store")
    (folder / "in" / "ban-sao.txt").write_text(PLAN, encoding="utf-8")  # the same words, a file of another name
    assert dkg("--store", store, "ingest", str(folder / "in" / "ke-hoach.txt")).exit_code == 0
    assert "ban-sao.txt" in dkg("--store", store, "ingest", str(folder / "in" / "ban-sao.txt")).output
    lines = dkg("--store", store, "history").output.splitlines()
    assert lines[1].endswith("dkg ingest (ke-hoach.txt)") and lines[2].endswith("dkg ingest (ban-sao.txt)")
    sets = json.loads(dkg("--store", store, "history", "--format", "json").output)
    assert [list(c["files"].values()) for c in sets] == [["ke-hoach.txt"], ["ban-sao.txt"]]


def test_the_changes_page_names_the_file_each_ingest_was_made_from(folder):
    from fastapi.testclient import TestClient

    from kg.store import Store
    from kg.web import create_app

    store = str(folder / "store")
    (folder / "in" / "ban-sao.txt").write_text(PLAN, encoding="utf-8")
    assert dkg("--store", store, "ingest", str(folder / "in" / "ke-hoach.txt")).exit_code == 0
    assert dkg("--store", store, "ingest", str(folder / "in" / "ban-sao.txt")).exit_code == 0
    opened = Store.open(store, read_only=True)
    try:
        client = TestClient(create_app(opened))
        sets = client.get("/changes.json").json()["change_sets"]
        # (the second ingest only renamed the text: no item of the page's; the first is still the first file's)
        assert [[s["file"] for s in c["source_texts"]] for c in sets] == [["ke-hoach.txt"]]
        page = client.get("/changes").text
        assert "(ke-hoach.txt)" in page and "ban-sao.txt" not in page
    finally:
        opened.close()


def test_a_decision_on_a_text_no_longer_in_the_store_names_the_file_it_was_read_from(folder):
    from kg.changes import source_texts

    store, plan = str(folder / "store"), str(folder / "in" / "ke-hoach.txt")
    assert dkg("--store", store, "ingest", plan).exit_code == 0
    fact = json.loads(dkg("--store", store, "review", "list", "--format", "json").output)[0]
    assert dkg("--store", store, "review", "accept", fact["id"]).exit_code == 0
    assert dkg("--store", store, "rollback", "1", "--cascade").exit_code == 0  # (the text leaves the store)
    lines = dkg("--store", store, "history").output.splitlines()
    assert lines[2].endswith("dkg review accept (ke-hoach.txt)"), lines
    assert fact["source"] not in "\n".join(lines)  # (its id tells a reader nothing)
    # the near miss: a text no change set recorded a file for keeps its id, which is all there is to say of it
    graph = "https://w3id.org/directive-kg/graph/source/0123456789abcdef"
    assert source_texts([graph], {}, named={"fedcba9876543210": "x.txt"})[0]["title"] == "0123456789abcdef"


def test_many_undated_texts_are_said_in_one_line_naming_the_first_few():
    unplaced = [(f"{n}.txt", "Nghệ An") for n in range(7)]
    summary = IngestSummary(files=7, loaded=7, triples=70, unplaced=unplaced)
    en, vi = summary.to_text(), summary.to_text("vi")
    assert len(en.splitlines()) == 2 and en.splitlines()[1].startswith("7 texts had no date read")
    assert "0.txt (Nghệ An), 1.txt (Nghệ An), 2.txt (Nghệ An), 3.txt (Nghệ An), 4.txt (Nghệ An) and 2 more" in en
    assert "--date" in en and "5.txt" not in en
    assert len(vi.splitlines()) == 2 and "7 văn bản không đọc được ngày" in vi and "và 2 tệp khác" in vi
    assert IngestSummary.from_json(summary.to_json()).unplaced == unplaced  # (the JSON names every one)
    # the near miss: a few are each said on a line of their own
    few = IngestSummary(files=5, loaded=5, triples=50, unplaced=unplaced[:5]).to_text()
    assert len(few.splitlines()) == 6 and "texts had no date read" not in few


def test_an_ingest_of_many_files_names_the_first_five_in_history(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(7):  # (each its own text: another figure)
        (tmp_path / "in" / f"{n}.txt").write_text(PLAN.replace("200 ha", f"{200 + n} ha"), encoding="utf-8")
    store = str(tmp_path / "store")
    assert dkg("--store", store, "ingest", str(tmp_path / "in")).exit_code == 0
    line = dkg("--store", store, "history").output.splitlines()[1]
    assert line.endswith("dkg ingest (0.txt, 1.txt, 2.txt, 3.txt, 4.txt and 2 more)"), line
    assert dkg("--store", store, "history", lang="vi").output.splitlines()[1].endswith("4.txt và 2 tệp khác)")
    [made] = json.loads(dkg("--store", store, "history", "--format", "json").output)
    assert sorted(made["files"].values()) == [f"{n}.txt" for n in range(7)]  # (the JSON names every one)
    # the near miss: five files are all named
    (tmp_path / "in" / "5.txt").unlink()
    (tmp_path / "in" / "6.txt").unlink()
    other = str(tmp_path / "other")
    assert dkg("--store", other, "ingest", str(tmp_path / "in")).exit_code == 0
    assert dkg("--store", other, "history").output.splitlines()[1].endswith("(0.txt, 1.txt, 2.txt, 3.txt, 4.txt)")


#: A plan dated before the resolution it carries out: that link is held back for review, which its report says.
EARLY = ("Ngày 5/2/2020, Ban Thường vụ Huyện ủy Cao Lộc ban hành Kế hoạch số 7-KH/HU thực hiện Nghị quyết số 57-NQ/TW "
         "ngày 22/12/2024 của Bộ Chính trị về phát triển khoa học, công nghệ.\n")


def test_a_file_with_facts_held_back_ingested_again_as_it_was_does_not_say_them_again(folder):
    store, path = str(folder / "store"), folder / "in" / "som.txt"
    path.write_text(EARLY, encoding="utf-8")
    first = dkg("--store", store, "ingest", str(path))
    assert "quarantined" in first.output, first.output
    again = dkg("--store", store, "ingest", str(path))
    assert "nothing new" in again.output and "quarantined" not in again.output
    assert "để duyệt" not in dkg("--store", store, "ingest", str(path), lang="vi").output
