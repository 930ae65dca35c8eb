"""The counts of ``dkg stats`` kept beside a folder store (kg.store.counts): used only while the
store is in the state they were counted on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import copy_store
from kg.store import Store, counts

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, empty_store_template) -> Path:
    """A folder store holding good.ttl, built and closed once; tests use a copy (``folder``)."""
    location = copy_store(empty_store_template, tmp_path_factory.mktemp("loaded") / "store")
    store = Store.open(location)
    store.load_files([FIXTURES / "store" / "good.ttl"])
    store.close()
    return location


@pytest.fixture
def folder(loaded, tmp_path) -> Path:
    """This test's own copy of ``loaded``: it may write to it and to its counts file."""
    return copy_store(loaded, tmp_path / "store")


def fresh(location: Path) -> tuple[dict, dict]:
    store = Store.open(location, read_only=True)
    try:
        return store.graph_counts(), store.class_counts()
    finally:
        store.close()


def stats(location: Path, *, count: bool = True) -> tuple[dict, dict]:
    """``Store.stats`` on a read-only open, as ``dkg stats`` does; ``count=False``: fail if it counts."""
    store = Store.open(location, read_only=True)
    if not count:
        def refuse() -> dict:
            raise AssertionError("counted again")
        store.graph_counts = refuse  # type: ignore[method-assign]
        store.class_counts = refuse  # type: ignore[method-assign]
    try:
        return store.stats()
    finally:
        store.close()


def test_a_second_stats_answers_from_the_kept_counts(folder):
    first = stats(folder)
    assert first == fresh(folder) and first[0] and first[1]
    assert (folder / counts.FILE).exists()
    assert stats(folder, count=False) == first


def test_any_write_makes_the_kept_counts_stale(folder, tmp_path):
    before = stats(folder)
    store = Store.open(folder)
    store.load_files([FIXTURES / "store" / "good.ttl"])  # (nothing new: still a write of the mark)
    more = tmp_path / "more.ttl"
    more.write_text((FIXTURES / "store" / "good.ttl").read_text(encoding="utf-8").replace("46-NQ/TW", "47-NQ/TW")
                    .replace("/46/", "/47/").replace('"46"', '"47"'), encoding="utf-8")
    store.load_files([more])
    store.close()
    after = stats(folder)
    assert after == fresh(folder) and after != before
    assert stats(folder, count=False) == after


@pytest.mark.parametrize("kept", [
    "not json", "[]", '{"state": "x", "graphs": {}, "classes": {}}',
    None,  # the right state, counts of the wrong type
])
def test_a_damaged_or_foreign_counts_file_is_counted_again(folder, kept):
    truth = fresh(folder)
    if kept is None:
        kept = json.dumps({"state": counts.state(folder), "graphs": {"g": "many"}, "classes": {}})
    (folder / counts.FILE).write_text(kept, encoding="utf-8")
    assert stats(folder) == truth
