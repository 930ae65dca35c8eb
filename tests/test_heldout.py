"""Held-out evaluation: the extractor scored on texts it was not tuned on.

tests/heldout/texts holds ten articles written for evaluation only (provinces, districts,
post-2025 communes, state symbols, hyphen/formal/yearless dates, plenum references, shared-head
lists, quán triệt / làm việc / sơ kết / tổng kết / hội nghị events, numbered targets ...);
tests/heldout/gold holds their annotations in the facts format, with the conventions of the
shared gold files (see each file's "notes"). Nobody tuning kg/extract should read them: the
point is an honest estimate of the score on unseen articles.

The shared scorer (../shared/tools/score_facts.py, next to this checkout, or the file named by
DKG_SCORE_FACTS) is run as a subprocess with `dkg extract {file} --format json` as the command.
Floors sit slightly below the project's targets. Categories where the extractor is currently
below its floor are marked xfail(strict=False): CI stays green, the gap stays visible (XFAIL),
and the mark can be dropped once the category passes (XPASS)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = Path(__file__).resolve().parent / "heldout"
SCORER = Path(os.environ.get("DKG_SCORE_FACTS") or ROOT.parent / "shared" / "tools" / "score_facts.py")

#: F1 floors (accuracy for document dates and place), slightly below the project's targets.
FLOORS = {
    "documents": 0.85,
    "links": 0.75,
    "assignments": 0.55,
    "targets": 0.75,
    "outcomes": 0.65,
    "events": 0.75,
    "document_dates": 0.85,
    "place": 0.9,
}

#: Categories below their floor (xfail until they pass). links was here when the held-out set was
#: written (F1 0.645: anaphora, short references, state-to-state links, 'trên cơ sở'/'căn cứ');
#: it passes since the extractor resolves back-references, shared-head lists, clause-subject cues
#: and legal-basis cues, so it is an ordinary floor now.
KNOWN_GAPS: dict[str, str] = {}


def _dkg() -> list[str] | None:
    exe = Path(sys.executable).with_name("dkg")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("dkg")
    if found:
        return [found]
    return None


@pytest.fixture(scope="module")
def heldout_scores() -> dict:
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not available (../shared/tools/score_facts.py next to this checkout, or DKG_SCORE_FACTS)")
    dkg = _dkg()
    if dkg is None:
        pytest.skip("the dkg command is not installed in this environment")
    gold, texts = HELDOUT / "gold", HELDOUT / "texts"
    assert sorted(p.stem for p in gold.glob("*.json")) == sorted(p.stem for p in texts.glob("*.txt"))
    cmd = " ".join(shlex.quote(part) for part in dkg) + " extract {file} --format json"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(texts), "--cmd", cmd, "--json"],
        capture_output=True, text=True, timeout=600, cwd=str(ROOT),
    )
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout)
    assert not data["errors"], data["errors"]
    return data["scores"]


def test_heldout_gold_is_well_formed():
    """Every gold file follows the facts contract closely enough for the scorer."""
    files = sorted((HELDOUT / "gold").glob("*.json"))
    assert len(files) == 10
    cats = ("documents", "links", "assignments", "targets", "outcomes", "events")
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        assert g["source"] == f.stem + ".txt"
        assert (HELDOUT / "texts" / g["source"]).is_file()
        assert g["place"]["province"]
        keys = {d["key"] for d in g["documents"]}
        for c in cats:
            assert isinstance(g[c], list), (f.name, c)
        for link in g["links"]:
            assert link["from"] in keys and link["to"] in keys, (f.name, link)
            assert link["type"] in {"implements", "continues", "amends", "replaces", "guides", "based_on"}
        for a in g["assignments"]:
            assert a["role"] in {"lead", "coordinate", "participate", "monitor"}, (f.name, a)
            assert a["document"] is None or a["document"] in keys, (f.name, a)
        for t in g["targets"]:
            assert t["comparator"] in {">=", "<=", "="} and isinstance(t["value"], (int, float)), (f.name, t)
            assert t["document"] is None or t["document"] in keys, (f.name, t)
        for o in g["outcomes"]:
            assert isinstance(o["value"], (int, float)), (f.name, o)
            assert o["document"] is None or o["document"] in keys, (f.name, o)
        for e in g["events"]:
            assert e["type"] in {"sơ kết", "tổng kết", "quán triệt", "làm việc", "hội nghị"}, (f.name, e)
            assert all(r in keys for r in e["reviews"]), (f.name, e)
        words = len((HELDOUT / "texts" / g["source"]).read_text(encoding="utf-8").split())
        assert 150 <= words <= 600, (f.name, words)


@pytest.mark.parametrize(
    "category",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=False, reason=KNOWN_GAPS[c])) if c in KNOWN_GAPS else c
        for c in FLOORS
    ],
)
def test_heldout_floor(heldout_scores, category):
    s = heldout_scores[category]
    got = s["f1"] if "f1" in s else s["accuracy"]
    assert got >= FLOORS[category], f"held-out {category}: {got} < floor {FLOORS[category]} ({s})"
