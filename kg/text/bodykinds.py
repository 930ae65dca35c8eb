"""The kind of a body (loại cơ quan, tổ chức) from the words its name starts with.

"Ban Thường vụ Tỉnh ủy" is a standing committee, "Sở Tài chính" a department, "Hội Nông dân tỉnh"
a socio-political organisation. The words each kind's names start with are data: the column
``name_starts`` of ``kg/data/vocab/body_kinds.csv`` (the same table the ``bodykind`` vocabulary and
the directory's kind names come from), written in Vietnamese with diacritics and folded when read.
Adding a row or a start there extends the rule.

A name takes the kind of the longest start it begins with, so the order of the rows does not
matter ("Bộ Chính trị" is the Party leadership, not a ministry; "Hội Nông dân" is not any "hội").
A start ends where a word ends ("Sở " but not "Số"), except one that ends in an abbreviation written
in capitals, which also begins a longer one ("BCH" in "BCHTW", "UBMTTQ" in "UBMTTQVN"). A name that starts with none is a collective body when it names several ("các ...",
"3 xã"), else ``other``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from kg import resources
from kg.text.symbols import fold

#: A name of several bodies: "các sở, ngành", "12 xã".
_SEVERAL = re.compile(r"(cac|\d+) ")


@lru_cache(maxsize=1)
def body_kind_table() -> dict[str, dict[str, str]]:
    """The rows of ``body_kinds.csv`` by kind."""
    with resources.package_data("vocab", "body_kinds.csv").open(encoding="utf-8", newline="") as f:
        return {row["kind"]: row for row in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _starts() -> list[tuple[re.Pattern, str]]:
    """(pattern of a folded start, kind), longest start first."""
    pairs = []
    for kind, row in body_kind_table().items():
        for start in filter(None, (s.strip() for s in row.get("name_starts", "").split("|"))):
            abbreviation = start.split()[-1].isupper()
            pairs.append((len(start), re.compile(re.escape(fold(start)) + ("" if abbreviation else r"(?!\w)")), kind))
    return [(pattern, kind) for _, pattern, kind in sorted(pairs, key=lambda p: -p[0])]


def body_kind(name: str) -> str:
    """The kind code of a body named ``name`` (``party-committee``, ``department`` ...)."""
    folded = fold(name)
    for pattern, kind in _starts():
        if pattern.match(folded):
            return kind
    return "collective" if _SEVERAL.match(folded) else "other"


__all__ = ["body_kind", "body_kind_table"]
