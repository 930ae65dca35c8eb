"""kg.ingest_twins: one article in several files. The same words spaced otherwise (a ``.txt`` with blank lines between
its paragraphs, the same text with other line breaks) are one text, and a reviewer's word on its facts holds for it;
a nearly identical text is reported and kept apart; two articles of one template, whose figures differ, stay two
and are not reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import ingest_paths
from kg.ingest_twins import Twins
from kg.text.twin_keys import record_keys
from kg.rdf.vocab import DKG

PARAGRAPHS = [
    "Ngày 12/3/2024, Ban Thường vụ Huyện ủy Bắc Sơn ban hành Kế hoạch số 58-KH/HU về phát triển du lịch cộng đồng.",
    "Kế hoạch giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Ủy ban nhân dân các xã xây dựng sản phẩm "
    "du lịch; phấn đấu đến năm 2025 đón 30.000 lượt khách.",
]
BLANK_LINES = "\n\n".join(PARAGRAPHS) + "\n"                       # the .txt a reporter typed
WRAPPED = "\n".join(p.replace("; ", ";\n   ") for p in PARAGRAPHS)  # the same words, other line breaks and indents


def dkg(*args: str):
    return CliRunner().invoke(main, ["--lang", "en", *args], catch_exceptions=False)


def sources(store) -> list[dict]:
    return json.loads(dkg("--store", str(store), "review", "sources", "--format", "json").output)["sources"]


def test_a_near_text_is_found_and_one_of_other_figures_is_not():
    twins = Twins(store=None)
    twins.add("a", "a.txt", BLANK_LINES)
    assert twins.same("b", WRAPPED) == ("a", "a.txt", True) and twins.same("a", BLANK_LINES) is None
    # the same article with a date line above it and a credit: one text, not the very words
    assert twins.same("b", "Thứ Ba, 12/03/2024 10:05\n(BLS) - " + BLANK_LINES) == ("a", "a.txt", False)
    near = twins.near("b.txt", BLANK_LINES.replace("phối hợp với", "phối hợp cùng"))
    assert near is not None and near[0] == "a.txt" and 90 <= near[1] < 100
    # two articles of one template: the same words but their figures and symbols
    assert twins.near("c.txt", BLANK_LINES.replace("58-KH/HU", "61-KH/HU").replace("30.000", "25.000")) is None
    # another article altogether
    assert twins.near("d.txt", "Ngày 12/3/2024, 58-KH/HU, 2025, 30.000: một bài khác hẳn.") is None


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bai.txt").write_text(BLANK_LINES, encoding="utf-8")
    (tmp_path / "in" / "bai-xuong-dong.txt").write_text(WRAPPED, encoding="utf-8")
    return tmp_path


def test_one_article_with_other_line_breaks_in_a_folder_is_one_text(folder):
    store = folder / "store"
    done = dkg("--store", str(store), "ingest", str(folder / "in"))
    assert done.exit_code == 0 and "has the same words as" in done.output
    assert len(sources(store)) == 1


def test_one_article_ingested_twice_with_other_spacing_stays_one_text_and_keeps_its_reviews(folder):
    store = str(folder / "store")
    assert dkg("--store", store, "ingest", str(folder / "in" / "bai.txt")).exit_code == 0
    [first] = sources(store)
    items = json.loads(dkg("--store", store, "review", "list", "--format", "json").output)
    items = items["items"] if isinstance(items, dict) else items
    rejected = items[0]["id"]
    assert dkg("--store", store, "review", "reject", rejected, "--reason", "sai").exit_code == 0
    again = dkg("--store", store, "ingest", str(folder / "in" / "bai-xuong-dong.txt"))
    assert again.exit_code == 0 and "bai-xuong-dong.txt has the same words as bai.txt" in again.output
    [kept] = sources(store)
    assert kept["name"] == "bai-xuong-dong.txt" and kept["id"] != first["id"]
    after = json.loads(dkg("--store", store, "review", "list", "--state", "rejected", "--format", "json").output)
    after = after["items"] if isinstance(after, dict) else after
    assert len(after) == 1  # (the reviewer's word holds for the same fact, read from the other file)
    history = dkg("--store", store, "history").output.splitlines()
    assert history[1].endswith("(bai.txt)") and history[3].endswith("bai-xuong-dong.txt, bai.txt)")


def test_a_nearly_identical_text_is_reported_and_kept_apart(folder):
    store = folder / "store"
    (folder / "in" / "bai-xuong-dong.txt").write_text(WRAPPED.replace("phối hợp với", "phối hợp cùng"), encoding="utf-8")
    done = dkg("--store", str(store), "ingest", str(folder / "in"))
    assert "is nearly the same as" in done.output and "kept as two texts" in done.output
    assert len(sources(store)) == 2


def test_near_miss_two_articles_of_one_template_stay_two_unreported(folder):
    store = folder / "store"
    (folder / "in" / "bai-xuong-dong.txt").write_text(
        BLANK_LINES.replace("Bắc Sơn", "Bình Gia").replace("58-KH/HU", "61-KH/HU").replace("30.000", "12.000"),
        encoding="utf-8")
    done = dkg("--store", str(store), "ingest", str(folder / "in"))
    assert "same words" not in done.output and "nearly" not in done.output
    assert len(sources(store)) == 2


def _keys(store) -> list:
    return [q for q in store.main if q.predicate.value in (str(DKG.wordsKey), str(DKG.sentenceKey))]


def _flat(keys: tuple) -> list[str]:
    return sorted([keys[0], *keys[1]])


def test_a_record_keeps_its_text_s_keys_and_is_found_by_them_without_its_text_read(memory_store, tmp_path):
    (tmp_path / "bai.txt").write_text(BLANK_LINES, encoding="utf-8")
    assert ingest_paths(memory_store, [str(tmp_path / "bai.txt")]).loaded == 1
    assert sorted(q.object.value for q in _keys(memory_store)) == _flat(record_keys(BLANK_LINES))
    twins = Twins(memory_store)
    assert twins.same("other", WRAPPED)[1].endswith("bai.txt")
    near = twins.near("b.txt", BLANK_LINES.replace("phối hợp với", "phối hợp cùng"))
    assert near is not None and near[0].endswith("bai.txt")
    assert twins.by_key == {} and twins.by_sentence == {}  # (looked up, not every stored text read into the run's)
    # the near miss: another article with none of its figures is neither the same nor near
    assert twins.same("other", BLANK_LINES.replace("đón", "thu hút")) is None
    assert twins.near("c.txt", BLANK_LINES.replace("58-KH/HU", "61-KH/HU")) is None


def test_a_record_written_before_the_keys_is_still_found(memory_store, tmp_path):
    (tmp_path / "bai.txt").write_text(BLANK_LINES, encoding="utf-8")
    assert ingest_paths(memory_store, [str(tmp_path / "bai.txt")]).loaded == 1
    for q in _keys(memory_store):  # as the ingests before the keys wrote it
        memory_store.main.remove(q)
    twins = Twins(memory_store)
    assert twins.same("other", WRAPPED)[1].endswith("bai.txt")
    near = twins.near("b.txt", BLANK_LINES.replace("phối hợp với", "phối hợp cùng"))
    assert near is not None and near[0].endswith("bai.txt")
    # and through an ingest: the other spacing is one text with it, which now keeps its keys
    (tmp_path / "bai-xuong-dong.txt").write_text(WRAPPED, encoding="utf-8")
    done = ingest_paths(memory_store, [str(tmp_path / "bai-xuong-dong.txt")])
    assert [(Path(f).name, Path(o).name) for f, o, _ in done.same] == [("bai-xuong-dong.txt", "bai.txt")]
    assert sorted(q.object.value for q in _keys(memory_store)) == _flat(record_keys(WRAPPED))


def test_a_store_written_before_the_keys_gets_them_at_its_first_open_for_writing(tmp_path):
    from kg.store import Store, recordkeys, storeformat

    (tmp_path / "bai.txt").write_text(BLANK_LINES, encoding="utf-8")
    store = Store.open(tmp_path / "store")
    assert ingest_paths(store, [str(tmp_path / "bai.txt")]).loaded == 1
    for q in _keys(store):  # as the ingests before the keys wrote it, with the format file of that version
        store.main.remove(q)
    store.close()
    kept = storeformat.said(tmp_path / "store")
    storeformat.write(tmp_path / "store", {k: v for k, v in kept.items() if k not in ("format", "keys")})
    # a reader answers from the store as it is: nothing written
    reader = Store.open(tmp_path / "store", read_only=True)
    assert _keys(reader) == []
    reader.close()
    # the first open for writing gives the record its keys, and says so
    store = Store.open(tmp_path / "store")
    try:
        assert sorted(q.object.value for q in _keys(store)) == _flat(record_keys(BLANK_LINES))
        assert store.repaired is not None and "review records of 1 text" in store.repaired.said("en")
        assert "khóa tra cứu theo câu" in store.repaired.said("vi")
        assert storeformat.said(tmp_path / "store")["keys"] == recordkeys.VERSION
        twins = Twins(store)
        assert twins.same("other", WRAPPED)[1].endswith("bai.txt") and twins.by_key == {}  # (found by its keys)
    finally:
        store.close()
    # near miss: the next open finds the work done and says nothing of keys
    again = Store.open(tmp_path / "store")
    try:
        assert again.repaired is None or "sentence keys" not in again.repaired.said("en")
    finally:
        again.close()


def test_records_keyed_by_an_earlier_version_of_the_keys_get_this_one_s(tmp_path):
    # recordkeys.VERSION is raised when record_keys changes: the records keyed by the earlier rule are keyed again
    import pyoxigraph as ox

    from kg.store import Store, recordkeys, storeformat

    (tmp_path / "bai.txt").write_text(BLANK_LINES, encoding="utf-8")
    store = Store.open(tmp_path / "store")
    assert ingest_paths(store, [str(tmp_path / "bai.txt")]).loaded == 1
    for q in _keys(store):  # (keys of the earlier rule: other digests)
        store.main.remove(q)
        store.main.add(ox.Quad(q.subject, q.predicate, ox.Literal("earlier-" + q.object.value), q.graph_name))
    store.close()
    storeformat.write(tmp_path / "store", {**{k: v for k, v in storeformat.said(tmp_path / "store").items()
                                              if k != "format"}, "keys": "0"})
    store = Store.open(tmp_path / "store")
    try:
        assert sorted(q.object.value for q in _keys(store)) == _flat(record_keys(BLANK_LINES))
        assert storeformat.said(tmp_path / "store")["keys"] == recordkeys.VERSION
    finally:
        store.close()


def test_an_ingest_draws_each_text_s_record_keys_once(memory_store, tmp_path, monkeypatch):
    # the keys a text is looked up by are those its record keeps: drawn for the lookup, not again for the write
    import kg.ingest_twins
    import kg.store.recordkeys

    drawn: list[str] = []

    def counted(text: str):
        drawn.append(text)
        return record_keys(text)

    monkeypatch.setattr(kg.ingest_twins, "record_keys", counted)
    monkeypatch.setattr(kg.store.recordkeys, "record_keys", counted)
    other = BLANK_LINES.replace("du lịch cộng đồng", "nông nghiệp sạch").replace("30.000 lượt khách", "12 sản phẩm")
    (tmp_path / "a.txt").write_text(BLANK_LINES, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    assert ingest_paths(memory_store, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]).loaded == 2
    assert sorted(drawn) == sorted([BLANK_LINES, other])
    assert sorted(q.object.value for q in _keys(memory_store)) == sorted(_flat(record_keys(BLANK_LINES))
                                                                        + _flat(record_keys(other)))


def test_twins_give_a_text_s_keys_drawn_once_for_the_text_last_asked_about(monkeypatch):
    import kg.ingest_twins

    drawn: list[str] = []
    monkeypatch.setattr(kg.ingest_twins, "record_keys", lambda text: drawn.append(text) or record_keys(text))
    twins = Twins(store=None)
    assert twins.same("a", BLANK_LINES) is None and drawn == [BLANK_LINES]
    assert twins.keys(BLANK_LINES) == record_keys(BLANK_LINES) and drawn == [BLANK_LINES]
    # near miss: another text's keys are drawn, and what was asked last stays known
    assert twins.keys(WRAPPED) == record_keys(WRAPPED) and drawn == [BLANK_LINES, WRAPPED]
    assert twins.keys(BLANK_LINES) == record_keys(BLANK_LINES) and len(drawn) == 2
