"""The Politburo's resolutions that news names by type and number alone ('Nghị quyết 57', 'NQ 68'): a short form with
no symbol, no issuer and no full symbol elsewhere in the text is the central document where the text speaks of that
document's matter (the shared README: resolve a short form by its context and keep an alias table for short forms)."""
from __future__ import annotations

import datetime as _dt

from kg.extract.mention_model import Mention

# (type, number) -> (key, day of issue, words of its title one of which a text about it holds, folded)
_KNOWN: dict[tuple[str, str], tuple[str, _dt.date, tuple[str, ...]]] = {
    ("NQ", "57"): ("57-NQ/TW", _dt.date(2024, 12, 22),
                   ("khoa hoc, cong nghe", "khoa hoc cong nghe", "doi moi sang tao", "chuyen doi so")),
    ("NQ", "59"): ("59-NQ/TW", _dt.date(2025, 1, 24), ("hoi nhap quoc te",)),
    ("NQ", "66"): ("66-NQ/TW", _dt.date(2025, 4, 30), ("thi hanh phap luat",)),
    ("NQ", "68"): ("68-NQ/TW", _dt.date(2025, 5, 4), ("kinh te tu nhan",)),
    ("NQ", "70"): ("70-NQ/TW", _dt.date(2025, 8, 20), ("an ninh nang luong",)),
    ("NQ", "71"): ("71-NQ/TW", _dt.date(2025, 8, 22), ("giao duc va dao tao", "giao duc, dao tao")),
    ("NQ", "72"): ("72-NQ/TW", _dt.date(2025, 9, 9), ("suc khoe nhan dan",)),
}


def central_short_forms(f: str, ms: list[Mention]) -> None:
    """Key each such short form of ``ms`` (the text's mentions, keyed) by the central symbol; ``f`` is the folded
    text. Not one whose date is another day's, nor in a text that never names the resolution's matter."""
    for mn in ms:
        if mn.kind != "numbered" or mn.symbol is not None or mn.issuer or not mn.number \
                or mn.key != f"{mn.number}-{mn.type}":
            continue
        known = _KNOWN.get((mn.type or "", mn.number.lstrip("0")))
        if known is None:
            continue
        key, day, words = known
        if (mn.date is not None and mn.date != day) or not any(w in f for w in words):
            continue
        mn.key, mn.issuer_code, mn.issuer_level = key, "TW", "central"

