"""Regression: the extractor scored with the shared scorer against the annotated corpora.

* the shared corpus (../shared/corpus, next to this checkout) must meet the project's floors;
* our own annotated texts (tests/corpus) cover what the shared corpus lacks and are held to
  the same floors (the scorer is imported from the shared tools folder)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.extracting import extract_files

pytestmark = pytest.mark.eval

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score_facts.py"
FLOORS = {"documents": 0.90, "links": 0.80, "assignments": 0.60, "targets": 0.80, "outcomes": 0.70,
          "events": 0.80, "document_dates": 0.90, "place": 1.0}


def _scorer():
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not available (expected at ../shared/tools/score_facts.py)")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def facts_of(path: Path) -> dict:
    """The facts ``dkg extract PATH --format json`` prints, in process: the file read as the CLI reads it, so a page's
    date line at its foot or head reaches the extractor as it does for users (``extract(text)`` alone has no hints)."""
    return json.loads(extract_files([str(path)], fmt="json"))


def score(gold_dir: Path, text_dir: Path) -> dict:
    """The scorer's own matching (MATCHERS, match) applied to in-process extraction."""
    sc = _scorer()
    totals = {c: [0, 0, 0] for c in sc.MATCHERS}
    date_ok = date_n = place_ok = place_n = 0
    for gfile in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        pred = facts_of(text_dir / (gfile.stem + ".txt"))
        for cat, same in sc.MATCHERS.items():
            g, p = gold.get(cat) or [], pred.get(cat) or []
            tp, pairs = sc.match(p, g, same)
            totals[cat][0] += tp
            totals[cat][1] += len(p)
            totals[cat][2] += len(g)
            if cat == "documents":
                for pd, gd in pairs:
                    if gd.get("date"):
                        date_n += 1
                        date_ok += pd.get("date") == gd.get("date")
        gp = (gold.get("place") or {}).get("province")
        if gp:
            place_n += 1
            pp = (pred.get("place") or {}).get("province")
            place_ok += sc.key(pp).replace("tinh", "") == sc.key(gp).replace("tinh", "")
    out = {}
    for cat, (tp, npred, ngold) in totals.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        out[cat] = 2 * p * r / (p + r) if p + r else (1.0 if not ngold and not npred else 0.0)
    out["document_dates"] = date_ok / date_n if date_n else 1.0
    out["place"] = place_ok / place_n if place_n else 1.0
    return out


def _check(result: dict):
    short = {k: round(v, 3) for k, v in result.items() if v < FLOORS[k]}
    assert not short, f"below the floors: {short} (all: { {k: round(v, 3) for k, v in result.items()} })"


def test_shared_corpus_floors():
    gold = SHARED / "corpus" / "gold"
    if not gold.is_dir():
        pytest.skip("the shared annotated corpus (../shared/corpus) is not next to this checkout")
    _check(score(gold, SHARED / "corpus" / "texts"))


def test_own_corpus_floors():
    _check(score(HERE / "corpus" / "gold", HERE / "corpus" / "texts"))


def test_own_corpus_is_complete():
    texts = {p.stem for p in (HERE / "corpus" / "texts").glob("*.txt")}
    golds = {p.stem for p in (HERE / "corpus" / "gold").glob("*.json")}
    assert texts == golds and len(texts) >= 6
    for g in (HERE / "corpus" / "gold").glob("*.json"):
        data = json.loads(g.read_text(encoding="utf-8"))
        assert {"documents", "links", "assignments", "targets", "outcomes", "events", "place"} <= set(data)
