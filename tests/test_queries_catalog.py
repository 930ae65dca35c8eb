"""kg.queries.catalog: a parameter's label and help for a reader, in each language, read from its query file's header
(``# param@vi:``, ``# param@en:``), one place for the list of queries, its JSON twin, a query's form and ``dkg
queries``."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.queries.catalog import parse_query

HEADER = """# title@vi: Văn bản của một nơi
# param: place (place, required) — province or district, by name
# param@vi: place — Địa bàn — tên tỉnh hoặc huyện, có dấu hay không
# param@en: place — Place
# param: limit (integer, default 50) — at most this many rows
SELECT ?place ?limit ?d WHERE { ?d ?p ?o }
"""


def test_a_parameter_s_words_come_from_its_header_lines():
    place, limit = parse_query(HEADER, "mine").parameters
    assert (place.label("vi"), place.help("vi")) == ("Địa bàn", "tên tỉnh hoặc huyện, có dấu hay không")
    # (no English help line: the param line's own text, which is English)
    assert (place.label("en"), place.help("en")) == ("Place", "province or district, by name")
    assert place.required and place.type == "place"  # (the param line still says what it is)
    # near miss: a parameter no line names is shown by its variable's name, its help the param line's
    assert (limit.label("vi"), limit.help("vi")) == ("limit", "at most this many rows")
    said = place.to_json()
    assert said["label"] == {"vi": "Địa bàn", "en": "Place"} and said["help"]["vi"].startswith("tên tỉnh")


@pytest.mark.parametrize("line", ["# param@vi: doc — Văn bản — số hiệu",  # (a parameter the query has not)
                                  "# param@vi: place Địa bàn"])  # (no dash between the name and the label)
def test_a_line_that_cannot_be_read_is_refused_naming_it(line):
    text = HEADER.replace("# param: limit", line + "\n# param: limit")
    with pytest.raises(QueryError, match="param@vi"):
        parse_query(text, "mine")
