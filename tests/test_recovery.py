"""What opening a store says it finished after a killed write (``kg.store.recovery``): words of
``kg.i18n.ERRORS``, said in the command's language (the kills themselves are in test_store_crash)."""
from __future__ import annotations

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
