"""bench/variants.py as its users start it: a variant holds when each expected partial fact has an extracted fact
with those fields equal and no absent one has; it breaks otherwise, and the report names the fact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "variants.py"
GOAL = "Phấn đấu đến năm 2030, tỷ lệ hộ dùng nước sạch của huyện đạt 98%."


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_a_variant_holds_or_breaks_by_its_partial_facts(tmp_path):
    variants = [
        {"id": "holds", "text": GOAL, "expect": {"targets": [{"value": 98.0, "unit": "%"}]},
         "absent": {"outcomes": [{"value": 98}]}},
        {"id": "wrong-value", "text": GOAL, "expect": {"targets": [{"value": 97, "unit": "%"}]}},
        {"id": "absent-found", "text": GOAL, "absent": {"targets": [{"value": 98}]}},
    ]
    f = tmp_path / "goals.json"
    f.write_text(json.dumps(variants, ensure_ascii=False), encoding="utf-8")
    done = run(str(f), "--json", "--strict")
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)[str(f)] == {"total": 3, "broken": 2, "ids": ["wrong-value", "absent-found"]}
    shown = run(str(f)).stdout
    assert 'missing targets: {"value": 97, "unit": "%"}' in shown
    assert 'found (absent) targets: {"value": 98}' in shown
    assert "BROKEN holds" not in shown


def test_a_file_that_is_not_a_list_of_variants_is_refused(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{"id": "x"}', encoding="utf-8")
    done = run(str(f))
    assert done.returncode == 2
    assert "not a JSON list of variants" in done.stderr
