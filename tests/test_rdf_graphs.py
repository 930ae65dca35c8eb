"""kg.rdf.graphs: the named graphs, and the quarantine's graph names."""

from __future__ import annotations

import pytest

from kg.rdf.graphs import QUARANTINE, is_reserved, quarantine_graph


def test_a_quarantine_batch_is_named_by_its_source_or_its_time_and_lies_in_the_quarantine():
    src, load = quarantine_graph("abc"), quarantine_graph(stamp="20250301T083000000000")
    assert src.value == QUARANTINE.value + "/source/abc" and load.value == QUARANTINE.value + "/20250301T083000000000"
    assert quarantine_graph("abc", report=True).value == src.value + "/report"
    assert all(is_reserved(g) for g in (src, load, quarantine_graph("abc", report=True)))
    with pytest.raises(ValueError):
        quarantine_graph()
    with pytest.raises(ValueError):
        quarantine_graph("abc", stamp="x")
