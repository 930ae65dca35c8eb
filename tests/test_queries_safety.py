"""kg.queries.safety: a request too large for the checking parser is refused in words that say so."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.queries import safety


def test_a_query_of_too_many_patterns_is_refused_as_too_large_not_by_the_parser_s_words():
    huge = "SELECT * WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(20_000)) + " }"
    with pytest.raises(QueryError) as info:
        safety.parse_request(huge)
    assert "too many patterns" in info.value.message and f"{len(huge):,} characters" in info.value.message
    assert "recursion" not in info.value.message and "split it" in info.value.hint


def test_near_miss_a_long_query_the_parser_reads_is_parsed():
    values = " ".join(f'"{i}"' for i in range(300))
    assert safety.parse_request(f"SELECT * WHERE {{ VALUES ?v {{ {values} }} ?s ?p ?v }}") is not None
