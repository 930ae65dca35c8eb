"""Vietnamese numbers: '.' groups thousands, ',' is the decimal mark (1.500 = 1500, 111,9 = 111.9)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

_VALID = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


@lru_cache(maxsize=8192)
def parse_number(s: str) -> int | float | None:
    """'1.500' -> 1500, '111,9' -> 111.9, '21.436' -> 21436; None for malformed ('1.2.3.4')."""
    s = (s or "").strip().replace(" ", "")
    if not s or not _VALID.fullmatch(s):
        return None
    try:
        d = parse_decimal(s, locale="vi", strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        return None
    return _num(d)


def _num(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(d)
