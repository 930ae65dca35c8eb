"""Run the extractor on hand-written variants of sentences and say which variants break.

    .venv/bin/python bench/variants.py                       # every bench/variants/*.json
    .venv/bin/python bench/variants.py bench/variants/targets.json --verbose
    .venv/bin/python bench/variants.py --json > breaks.json  # the same, for a program to read
    .venv/bin/python bench/variants.py --root ../other-checkout  # another checkout's extractor on the same variants

A variants file is a JSON list of objects::

    {"id": "t-year-no-nam-1",
     "text": "Đến 2030, tỷ lệ đô thị hóa của tỉnh đạt 45%.",
     "expect": {"targets": [{"value": 45, "unit": "%"}]},
     "absent": {"outcomes": [{"value": 45}]},
     "date": "2026-03-02", "place": "Lạng Sơn"}

``expect`` and ``absent`` map a category of the facts format (``targets``, ``outcomes``, ``links``, ``assignments``,
``events``, ``documents``) to partial facts: only the fields that matter. A partial fact is found when one extracted
fact of its category has every field it gives equal (numbers compare as numbers, so 95 equals 95.0). A variant breaks
when a partial fact of ``expect`` is not found or one of ``absent`` is. ``date`` (ISO) and ``place`` are optional and
handed to the extractor as ``dkg extract --date/--place`` would hand them. ``note`` is free text, ignored.

Prints, per file, how many variants broke, then each broken variant with what was missing or found against its
``absent``; ``--verbose`` also prints what the variant's categories held. Exits 0, or 1 with ``--strict`` where a
variant broke (2 for a file that is not a list of variants).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "bench" / "variants"


@dataclass
class Break:
    """One variant's failures: expected partial facts not found, absent ones found."""

    id: str
    missing: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    present: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    found: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def broken(self) -> bool:
        return bool(self.missing or self.present)


def same(want: Any, got: Any) -> bool:
    """Equal as the facts format means it: a number by value (bool is not a number here), anything else as is."""
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and float(want) == float(got)
    return bool(want == got)


def matches(partial: dict[str, Any], fact: dict[str, Any]) -> bool:
    return all(k in fact and same(v, fact[k]) for k, v in partial.items())


def load(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SystemExit(f"{path}: cannot read it as JSON ({e})") from e
    if not isinstance(data, list) or not all(isinstance(v, dict) and isinstance(v.get("text"), str) for v in data):
        print(f"{path}: not a JSON list of variants (objects with an 'id' and a 'text')", file=sys.stderr)
        raise SystemExit(2)
    return data


def run_variant(v: dict[str, Any]) -> Break:
    from kg.extract import extract  # noqa: PLC0415  (after the checkout's root is on the path)

    day = dt.date.fromisoformat(v["date"]) if v.get("date") else None
    facts = extract(v["text"], source=str(v.get("id", "")), date=day, place=v.get("place")).to_dict()
    out = Break(str(v.get("id", "?")))
    for key, wanted in (("expect", True), ("absent", False)):
        for cat, partials in (v.get(key) or {}).items():
            have = facts.get(cat) or []
            out.found[cat] = have
            for p in partials:
                hit = any(matches(p, f) for f in have)
                if wanted and not hit:
                    out.missing.append((cat, p))
                elif not wanted and hit:
                    out.present.append((cat, p))
    return out


def short(fact: dict[str, Any]) -> str:
    return json.dumps({k: x for k, x in fact.items() if k not in ("confidence", "evidence")}, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("files", nargs="*", type=Path, help="variants files (default: every bench/variants/*.json)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print what a broken variant's categories held")
    ap.add_argument("--all", action="store_true", help="list the variants that hold as well")
    ap.add_argument("--json", action="store_true", help="print the breaks as JSON (per file: total, broken, ids)")
    ap.add_argument("--strict", action="store_true", help="exit 1 where a variant broke")
    ap.add_argument("--root", type=Path, default=ROOT,
                    help="the checkout whose extractor runs (default: this one; another worktree gives a before/after)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.root.resolve()))
    files = args.files or sorted(DEFAULT_DIR.glob("*.json"))
    if not files:
        print(f"no variants files (give some, or put them in {DEFAULT_DIR.relative_to(ROOT)}/)", file=sys.stderr)
        return 2
    report: dict[str, Any] = {}
    total = broken = 0
    for path in files:
        results = [run_variant(v) for v in load(path)]
        bad = [r for r in results if r.broken]
        total += len(results)
        broken += len(bad)
        report[str(path)] = {"total": len(results), "broken": len(bad), "ids": [r.id for r in bad]}
        if args.json:
            continue
        print(f"{path.name}: {len(bad)} of {len(results)} broken")
        for r in results:
            if not r.broken:
                if args.all:
                    print(f"  ok     {r.id}")
                continue
            print(f"  BROKEN {r.id}")
            for cat, p in r.missing:
                print(f"      missing {cat}: {short(p)}")
            for cat, p in r.present:
                print(f"      found (absent) {cat}: {short(p)}")
            if args.verbose:
                for cat, facts in r.found.items():
                    for f in facts or [{}]:
                        print(f"      | {cat}: {short(f) if f else '(none)'}")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(f"total: {broken} of {total} broken")
    return 1 if args.strict and broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
