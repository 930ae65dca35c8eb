"""A table's result or goal that the running text says again.

A report often gives its main results twice: in a sentence ('giải ngân được 612,4/1.049,7 tỷ đồng, đạt 58,3%') and in
the table or appendix beside it ('Vốn các chương trình mục tiêu quốc gia | 1.049,7 | 612,4 | 58,3'). It is one result:
the sentence's is kept (it says what the figure is of), the table's cell dropped; so is a plan's cell the sentence
gives as the goal ('612,4/1.049,7').
"""
from __future__ import annotations

from typing import TypeVar

from kg.facts import Outcome, Target

Figure = TypeVar("Figure", Outcome, Target)


def _head(unit: str | None) -> str:
    u = (unit or "").strip().lower()
    return "%" if u.startswith("%") else (u.split(" ")[0] if u else "")


def _same_result(cell: Outcome | Target, said: Outcome | Target) -> bool:
    """The table's ``cell`` is the result ``said`` in a sentence: the same figure, of the same document, counting
    the same thing (a cell whose unit is its row's label, no unit known, only where the figure has decimals: a whole
    number of something else is met too often)."""
    if cell.value != said.value or cell.document != said.document or cell.value is None:
        return False
    a, b = _head(cell.unit), _head(said.unit)
    if a == b and a:
        return True
    label_unit = bool(cell.unit) and cell.text.startswith(cell.unit or "")
    return label_unit and b != "%" and isinstance(cell.value, float) and not cell.value.is_integer()


def without_table_repeats(outcomes: list[Figure], n_table: int, whole: bool = True) -> list[Figure]:
    """``outcomes`` (or targets) without the table's (the first ``n_table``) that a sentence's after them repeats;
    ``whole``: a whole number may be a repeat too (a table's goals and a sentence's share round figures, 100% of one
    thing by 2030 and 100% of another: for them, False)."""
    if not n_table or len(outcomes) == n_table:
        return outcomes
    said = outcomes[n_table:]
    kept = [o for o in outcomes[:n_table] if not ((whole or not float(o.value or 0).is_integer())
                                                  and any(_same_result(o, s) for s in said))]
    return outcomes if len(kept) == n_table else kept + said
