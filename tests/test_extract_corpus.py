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
from tools.tally import count, figures, new_totals

pytestmark = pytest.mark.eval

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score_facts.py"
FLOORS = {"documents": 0.90, "links": 0.80, "assignments": 0.60, "targets": 0.80, "outcomes": 0.70,
          "events": 0.80, "dates": 0.90, "place": 1.0}


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
    """The scorer's own matching applied to in-process extraction, counted as ``bench/perturb.py`` counts it."""
    sc = _scorer()
    totals = new_totals()
    for gfile in sorted(gold_dir.glob("*.json")):
        count(sc, json.loads(gfile.read_text(encoding="utf-8")), facts_of(text_dir / (gfile.stem + ".txt")), totals)
    return figures(totals)


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
