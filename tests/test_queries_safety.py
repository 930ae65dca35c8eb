"""kg.queries.safety: a request too large for the checking parser is refused in words that say so."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.queries import safety


def test_a_query_of_too_many_patterns_is_refused_as_too_large_not_by_the_parser_s_words():
    huge = "SELECT * WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(20_000)) + " }"
    with pytest.raises(QueryError) as info:
        safety.parse_request(huge)
    assert "too many patterns" in info.value.message and f"{len(huge)} characters" in info.value.message
    assert "recursion" not in info.value.message and "split it" in info.value.hint


def test_a_request_too_deep_for_the_parser_is_refused_in_vietnamese_too():
    deep = "SELECT * WHERE " + "{ " * 5_000 + "?s ?p ?o " + "} " * 5_000
    with pytest.raises(QueryError) as info:
        safety.parse_request(deep)
    message, hint = info.value.said("vi")
    assert info.value.code == "sparql-too-deep"
    assert message == f"truy vấn ({len(deep)} ký tự) lồng quá sâu hoặc có quá nhiều mẫu so với bộ phân tích SPARQL dùng để kiểm tra nó"
    assert hint.startswith("tách thành các truy vấn nhỏ hơn") and "recursion" not in message
    assert info.value.said("en")[0].startswith(f"the request ({len(deep)} characters) is nested too deeply")


def test_near_miss_a_long_query_the_parser_reads_is_parsed():
    values = " ".join(f'"{i}"' for i in range(300))
    assert safety.parse_request(f"SELECT * WHERE {{ VALUES ?v {{ {values} }} ?s ?p ?v }}") is not None
