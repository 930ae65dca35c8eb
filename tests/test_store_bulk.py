"""kg.store.bulk: the collector's full collections are put off for a batch and given back after it."""

from __future__ import annotations

import gc

import pytest

from kg.store import bulk

def test_full_collections_wait_for_the_batch_and_the_threshold_comes_back():
    before = gc.get_threshold()
    with bulk.few_collections():
        inside = gc.get_threshold()
        with bulk.few_collections():  # a batch within a batch leaves it put off for the outer one
            pass
        assert gc.get_threshold() == inside
    assert inside[:2] == before[:2] and inside[2] == bulk.NO_FULL_COLLECTION
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), bulk.few_collections():
        raise RuntimeError("the batch failed")
    assert gc.get_threshold() == before
