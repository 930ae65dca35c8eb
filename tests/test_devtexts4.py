"""``tests/devtexts4``: eight texts with gold in the facts format, written by the team's independent
annotator who never read the extractor (news pages, official plans with their headings, flattened
tables). The development set of the fourth round: scored once before its rules, then used to write
them, so from now on a regression set. Scored in-process with the shared scorer; floors sit a little
under the scores of that round (README, "Extraction quality")."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from kg.extract import extract

pytestmark = pytest.mark.eval

ROOT = Path(__file__).resolve().parents[1]
SET = Path(__file__).resolve().parent / "devtexts4"
SCORER = Path(os.environ.get("DKG_SCORE_FACTS") or ROOT.parent / "shared" / "tools" / "score_facts.py")

FLOORS = {"documents": 0.9, "links": 0.7, "assignments": 0.9, "targets": 0.9, "outcomes": 0.82, "events": 0.95}


def _scorer():
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not available (../shared/tools/score_facts.py next to this checkout, or DKG_SCORE_FACTS)")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_every_text_has_gold_in_the_facts_format():
    texts = sorted(p.stem for p in (SET / "texts").glob("*.txt"))
    golds = sorted(p.stem for p in (SET / "gold").glob("*.json"))
    assert texts == golds and len(texts) == 8
    for g in (SET / "gold").glob("*.json"):
        data = json.loads(g.read_text(encoding="utf-8"))
        assert {"documents", "links", "assignments", "targets", "outcomes", "events", "place"} <= set(data), g.name


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_floor(category):
    sc = _scorer()
    tp = npred = ngold = 0
    for g in sorted((SET / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        pred = extract((SET / "texts" / f"{g.stem}.txt").read_text(encoding="utf-8"), source=f"{g.stem}.txt").to_dict()
        n, _ = sc.match(pred.get(category) or [], gold.get(category) or [], sc.MATCHERS[category])
        tp, npred, ngold = tp + n, npred + len(pred.get(category) or []), ngold + len(gold.get(category) or [])
    p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= FLOORS[category], f"{category}: F1 {f1:.3f} under the floor {FLOORS[category]}"
