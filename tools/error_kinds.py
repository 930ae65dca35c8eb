"""What kind of error extraction makes on a gold set, counted without showing a text.

A score says how much is wrong; a rule writer needs to know what: a goal given to the wrong
document of the text, a figure never found, a body never named. For each gold file this pairs
the facts the shared scorer (``../shared/tools/score_facts.py``, or ``DKG_SCORE_FACTS``) left
unmatched: a missed gold fact with the unmatched prediction closest to it (the same value for a
target or an outcome, a similar body for an assignment, the same two documents for a link, the
same kind for an event), and names the field that differs. The output is counts per kind and
the number of sets each kind occurs in, so it can be run on a held-out set by the person who
scores it and passed on to rule writers without a sentence of the set.

    python -m tools.error_kinds tests/devtexts24 ../shared/articles [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.extracting import extract_files

Fact = dict[str, Any]
CATEGORIES = ("targets", "outcomes", "assignments", "links", "events")
ROOT = Path(__file__).resolve().parent.parent


def load_scorer(path: str | None = None) -> ModuleType:
    """The shared scorer as a module: its matchers decide what counts as the same fact."""
    where = Path(path or os.environ.get("DKG_SCORE_FACTS") or ROOT.parent / "shared" / "tools" / "score_facts.py")
    if not where.is_file():
        raise SystemExit(f"error: the shared scorer is not at {where}; pass --scorer PATH or set DKG_SCORE_FACTS")
    spec = importlib.util.spec_from_file_location("score_facts", where)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document_relation(sf: ModuleType, predicted: object, wanted: object, gold: Fact) -> str:
    """How the document a fact was given to stands to the one gold gives it to."""
    if not predicted:
        return "left null"
    if not any(sf.same_doc(predicted, d.get("key")) for d in gold.get("documents") or []):
        return "a document gold does not have"
    for link in gold.get("links") or []:
        if sf.same_doc(link.get("from"), predicted) and sf.same_doc(link.get("to"), wanted):
            return f"the predicted one {link.get('type')} the gold one"
        if sf.same_doc(link.get("from"), wanted) and sf.same_doc(link.get("to"), predicted):
            return f"the gold one {link.get('type')} the predicted one"
    return "another document of the text, unlinked"


def _closest(candidates: list[Fact], taken: set[int], same: Callable[[Fact], bool]) -> int | None:
    return next((i for i, p in enumerate(candidates) if i not in taken and same(p)), None)


def missed_kind(sf: ModuleType, category: str, wanted: Fact, left: list[Fact], taken: set[int], gold: Fact) -> str:
    """Why a gold fact was not matched, read from the closest unmatched prediction (marked taken)."""
    if category in ("targets", "outcomes"):
        i = _closest(left, taken, lambda p: sf.same_num(p.get("value"), wanted.get("value")))
        if i is None:
            return "missed: no prediction has its value"
        taken.add(i)
        if not sf.doc_match(left[i].get("document"), wanted.get("document")):
            return "wrong document: " + document_relation(sf, left[i].get("document"), wanted.get("document"), gold)
        return "wrong denominator ('of')"
    if category == "assignments":
        i = _closest(left, taken, lambda p: sf.similar(p.get("body"), wanted.get("body")))
        if i is None:
            return "missed: no prediction names the body"
        taken.add(i)
        if sf.norm(left[i].get("role")) != sf.norm(wanted.get("role")):
            return f"wrong role: {left[i].get('role')} for {wanted.get('role')}"
        return "wrong document: " + document_relation(sf, left[i].get("document"), wanted.get("document"), gold)
    if category == "links":
        i = _closest(left, taken, lambda p: sf.same_doc(p.get("from"), wanted.get("from"))
                     and sf.same_doc(p.get("to"), wanted.get("to")))
        if i is None:
            return f"missed: {wanted.get('type')}"
        taken.add(i)
        return f"wrong type: {left[i].get('type')} for {wanted.get('type')}"
    i = _closest(left, taken, lambda p: sf.norm(p.get("type")) == sf.norm(wanted.get("type")))
    if i is None:
        return f"missed: {wanted.get('type')}"
    taken.add(i)
    return "wrong date: " + ("left null" if not left[i].get("date") else "another day")


def spurious_kind(sf: ModuleType, category: str, extra: Fact, gold: Fact) -> str:
    """What an unmatched prediction that no missed fact claimed is."""
    if category in ("targets", "outcomes"):
        other = gold.get("outcomes" if category == "targets" else "targets") or []
        if any(sf.same_num(extra.get("value"), g.get("value")) for g in other):
            return "spurious: gold has the figure in the other category"
        return "spurious: gold has no fact with that figure"
    if category == "assignments":
        if any(sf.similar(extra.get("body"), g.get("body")) for g in gold.get("assignments") or []):
            return "spurious: one row too many for a body gold has"
        return "spurious: a body gold does not have"
    return f"spurious: {extra.get('type')}"


def kinds_of_file(sf: ModuleType, gold: Fact, predicted: Fact) -> dict[str, list[str]]:
    """Every error of one file, per category, as a kind."""
    out: dict[str, list[str]] = {}
    for category in CATEGORIES:
        wanted, got = gold.get(category) or [], predicted.get(category) or []
        _, pairs = sf.match(got, wanted, sf.MATCHERS[category])
        missed = [g for g in wanted if all(g is not m for _, m in pairs)]
        left = [p for p in got if all(p is not m for m, _ in pairs)]
        taken: set[int] = set()
        kinds = [missed_kind(sf, category, g, left, taken, gold) for g in missed]
        kinds += [spurious_kind(sf, category, p, gold) for i, p in enumerate(left) if i not in taken]
        out[category] = kinds
    return out


def count_kinds(sf: ModuleType, folders: Iterable[Path]) -> dict[str, dict[str, tuple[int, int]]]:
    """Per category and kind: how many errors, and in how many of the folders."""
    counts: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    seen_in: dict[str, defaultdict[str, set[Path]]] = {c: defaultdict(set) for c in CATEGORIES}
    for folder in folders:
        for gold_file in sorted((folder / "gold").glob("*.json")):
            text = folder / "texts" / f"{gold_file.stem}.txt"
            predicted = json.loads(extract_files([str(text)]))
            for category, kinds in kinds_of_file(sf, json.loads(gold_file.read_text("utf-8")), predicted).items():
                counts[category].update(kinds)
                for kind in kinds:
                    seen_in[category][kind].add(folder)
    return {c: {k: (n, len(seen_in[c][k])) for k, n in counts[c].most_common()} for c in CATEGORIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders holding gold/ and texts/")
    parser.add_argument("--scorer", help="the shared scorer's path (default: DKG_SCORE_FACTS or ../shared/tools)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    for folder in args.sets:
        if not (folder / "gold").is_dir() or not (folder / "texts").is_dir():
            parser.error(f"{folder} has no gold/ and texts/ folders: name a set's folder, such as tests/devtexts24")
    result = count_kinds(load_scorer(args.scorer), args.sets)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for category, kinds in result.items():
        print(category)
        for kind, (n, sets) in kinds.items():
            print(f"  {n:5d}  in {sets:3d} sets  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
