"""The shared scorer's matches counted over texts (đếm khớp): what ``bench/perturb.py`` tabulates for each transform
and what ``tests/test_extract_corpus.py`` holds to the project's floors, one rule for both. A text's facts are
matched by the scorer's own matchers (``MATCHERS``, ``match``); a matched document's day and the text's province
are counted as the scorer counts them (the province's names compared without "tỉnh")."""

from __future__ import annotations

from types import ModuleType

#: The categories of facts the scorer matches, in the contract's order.
CATEGORIES = ("documents", "links", "assignments", "targets", "outcomes", "events")
#: What :func:`figures` gives: the categories' F1, then the accuracy of matched documents' days and of the province.
COLUMNS = (*CATEGORIES, "dates", "place")

Totals = dict[str, list[int]]


def new_totals() -> Totals:
    """(matched, predicted, gold) for a category; (right, asked, 0) for dates and place."""
    return {c: [0, 0, 0] for c in COLUMNS}


def count(sc: ModuleType, gold: dict, pred: dict, totals: Totals) -> None:
    """Add one text's matches (its gold facts ``gold``, the extractor's ``pred``) to ``totals``."""
    for cat in CATEGORIES:
        g, p = gold.get(cat) or [], pred.get(cat) or []
        tp, pairs = sc.match(p, g, sc.MATCHERS[cat])
        totals[cat][0] += tp
        totals[cat][1] += len(p)
        totals[cat][2] += len(g)
        if cat == "documents":
            for pd, gd in pairs:
                if gd.get("date"):
                    totals["dates"][1] += 1
                    totals["dates"][0] += pd.get("date") == gd.get("date")
    province = (gold.get("place") or {}).get("province")
    if province:
        said = (pred.get("place") or {}).get("province") if isinstance(pred.get("place"), dict) else None
        totals["place"][1] += 1
        totals["place"][0] += sc.key(said).replace("tinh", "") == sc.key(province).replace("tinh", "")


def figures(totals: Totals) -> dict[str, float]:
    """F1 of each category (1.0 where neither side has a fact) and the two accuracies (1.0 where none was asked)."""
    out = {}
    for cat in CATEGORIES:
        tp, npred, ngold = totals[cat]
        out[cat] = 1.0 if npred + ngold == 0 else 2 * tp / (npred + ngold)
    for col in ("dates", "place"):
        right, asked, _ = totals[col]
        out[col] = right / asked if asked else 1.0
    return out
