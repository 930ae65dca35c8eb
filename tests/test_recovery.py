"""What opening a store says it finished after a killed write (``kg.store.recovery``): words of
``kg.i18n.ERRORS``, said in the command's language (the kills themselves are in test_store_crash)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import Words, joined
from kg.store import Store, bulk, textindex
from kg.store.recovery import mark_of


def _reopened_after_a_killed_mark(location, mark: str) -> Words | None:
    """A store whose write put its mark and was killed before removing it, opened again."""
    store = Store.open(location)
    textindex.begin_write(store.main, mark)
    store.close()
    again = Store.open(location)
    try:
        return again.repaired
    finally:
        again.close()


@pytest.mark.parametrize("mark", [textindex.INFERENCES, mark_of(None), ""])
def test_each_repair_is_said_in_vietnamese_and_in_english(tmp_path, mark):
    repaired = _reopened_after_a_killed_mark(tmp_path / "store", mark)
    assert isinstance(repaired, Words)
    vi, en = repaired.said("vi"), repaired.said("en")
    assert "dkg reason" in vi and "dkg reason" in en
    assert "suy diễn" in vi and "inferences" not in vi and "interrupted" not in vi
    assert "inferences" in en and "suy diễn" not in en


def test_a_store_without_a_mark_says_nothing(tmp_path):
    Store.open(tmp_path / "store").close()
    again = Store.open(tmp_path / "store")
    try:
        assert again.repaired is None
    finally:
        again.close()


def test_several_repairs_are_said_as_one_line_in_order():
    first, second = Words("repair.nothing-written", {"number": "3"}), Words("repair.rollback", {"numbers": "4"})
    assert joined([]) is None
    assert joined([first]) == first
    both = joined([first, second])
    assert both is not None
    assert both.said("en") == f"{first.said('en')}; {second.said('en')}"
    assert both.said("vi").index("tập thay đổi 3") < both.said("vi").index("tập thay đổi 4")


def test_the_text_parts_a_killed_bulk_write_left_are_cleared_by_the_next_open_for_writing(new_store_path):
    """A bulk write makes its text parts under the store (``kg.store.bulk.scratch``): a process killed
    during it leaves them, and the next open that holds the store deletes them; a read-only open (which
    may run beside a write under way) leaves them."""
    left = bulk.scratch(new_store_path) / "dkg-bulk-killed"
    left.mkdir(parents=True)
    (left / "0.nq").write_text("<urn:s> <urn:p> <urn:o> <urn:g> .\n", encoding="utf-8")
    reader = Store.open(new_store_path, read_only=True)
    reader.close()
    assert (left / "0.nq").exists()
    Store.open(new_store_path).close()
    assert not bulk.scratch(new_store_path).exists()


def _killed_load_then_read(store_path, tmp_path, text: str) -> str:
    """A ``dkg load`` of ``text`` killed once its index entries were written (before its mark was removed), then the
    first command after it, in English: what that command said on stderr."""
    data = tmp_path / "data.ttl"
    data.write_text(text, encoding="utf-8")
    env = {**os.environ, "DKG_STORE": str(store_path), "DKG_LANG": "en"}
    killed = subprocess.run([sys.executable, "-m", "kg", "load", str(data)], capture_output=True, text=True,
                            env={**env, "DKG_FAULT_AT": "index-refreshed"}, timeout=300)
    assert killed.returncode == 137, killed.stderr
    after = subprocess.run([sys.executable, "-m", "kg", "stats"], capture_output=True, text=True, env=env, timeout=300)
    assert after.returncode == 0, after.stderr
    return after.stderr


@pytest.mark.slow
def test_a_killed_write_that_touched_no_index_entry_is_not_said_as_zero_documents(new_store_path, tmp_path):
    """A write of notes on nodes the search index does not hold (evidence, events) was said as "the index entries of
    the 0 documents and units it touched were refreshed", which reads as documents lost."""
    said = _killed_load_then_read(new_store_path, tmp_path, '<https://w3id.org/directive-kg/id/evidence/e1> '
                                  '<http://www.w3.org/2000/01/rdf-schema#comment> "một ghi chú" .\n')
    assert "finishing a write that a stopped process left unfinished" in said
    assert "was completed: it touched no document or unit of the search index" in said
    assert " 0 documents" not in said


@pytest.mark.slow
def test_a_killed_write_of_documents_names_how_many_it_touched(new_store_path, tmp_path):
    """The near miss: a write of two documents says their index entries were refreshed, with their count."""
    good = (Path(__file__).resolve().parent / "fixtures" / "store" / "good.ttl").read_text(encoding="utf-8")
    said = _killed_load_then_read(new_store_path, tmp_path, good)
    assert "the index entries of the 2 documents and units it touched were refreshed" in said
    assert "touched no document" not in said
