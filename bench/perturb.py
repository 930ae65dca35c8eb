"""Does extraction hold when a page's surface changes and its facts do not?

Real pages differ from the development texts less in what they say than in how they were saved and typed: decomposed
Unicode, the old tone placement, non-breaking and zero-width spaces, lines cut by a PDF or a mail client, typographic
dashes and quotes, dates and thousands written another way, a site's menus and footer around the article, Windows line
ends, a headline in capitals. Each transform here (``perturb_transforms``) changes one such thing and leaves every fact
as it was, so each transformed set is scored against the SAME gold; the table gives, for each transform and category,
the F1 and its drop against the untouched texts.

    python bench/perturb.py                      # every annotated set under tests/, every transform
    python bench/perturb.py --sets tests/devtexts39 tests/blind --transforms none nfd wrap
    python bench/perturb.py --jobs 2 --save out/  # out/TRANSFORM/SET/NAME.json: the predictions, to diff

Each text is written to a file and read as ``dkg extract FILE`` reads it (``kg.extracting.extract_files``), so that
what the file reader does (a byte-order mark, Windows line ends) is part of what is measured. The scorer is the shared
one (``../shared/tools/score_facts.py`` or ``DKG_SCORE_FACTS``), loaded as ``tools.error_kinds`` loads it, and its
matches counted as the corpus floors' test counts them (``tools.tally``).
Whole sets take minutes per transform on one core: run it by hand, not in the fast loop (the per-transform unit
tests are ``tests/test_perturb.py``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from perturb_transforms import TRANSFORMS  # noqa: E402

from tools.tally import COLUMNS, count, figures, new_totals  # noqa: E402

def annotated_sets(root: Path) -> list[Path]:
    """The annotated sets under ``root/tests`` (a folder holding ``gold/`` and ``texts/``), in name order."""
    return sorted(p.parent for p in (root / "tests").glob("*/gold") if (p.parent / "texts").is_dir())


def save_names(sets: list[str]) -> dict[str, str]:
    """The folder each set's predictions are saved in: its own name, or its parent's and its own where two sets share
    a name (the team's corpus and the shared one)."""
    names = [Path(s).name for s in sets]
    return {s: Path(s).name if names.count(Path(s).name) == 1 else f"{Path(s).parent.name}-{Path(s).name}" for s in sets}


def run_transform(name: str, sets: list[str], save: str | None) -> tuple[str, dict[str, list[int]]]:
    """Extract every text of ``sets`` after transform ``name`` and count its matches against the untouched gold."""
    from kg.extracting import extract_files
    from tools.error_kinds import load_scorer
    sc = load_scorer()
    change = TRANSFORMS[name]
    totals = new_totals()
    saved_as = save_names(sets)
    with tempfile.TemporaryDirectory() as tmp:
        for folder in map(Path, sets):
            for gfile in sorted((folder / "gold").glob("*.json")):
                text = (folder / "texts" / (gfile.stem + ".txt")).read_text(encoding="utf-8")
                path = Path(tmp) / (gfile.stem + ".txt")
                # (bytes, so that Windows line ends and a byte-order mark reach the reader as a file holds them)
                path.write_bytes(change(text).encode("utf-8"))
                out = extract_files([str(path)], fmt="json")
                if save:
                    where = Path(save) / name / saved_as[str(folder)]
                    where.mkdir(parents=True, exist_ok=True)
                    (where / gfile.name).write_text(out, encoding="utf-8")
                count(sc, json.loads(gfile.read_text(encoding="utf-8")), json.loads(out), totals)
    return name, totals


def table(results: dict[str, dict[str, list[int]]]) -> str:
    """Markdown: a row per transform, each column its figure and, beside it, the drop against 'none' (where run)."""
    base = figures(results["none"]) if "none" in results else None
    lines = ["| transform | " + " | ".join(COLUMNS) + " |", "| --- |" + " ---: |" * len(COLUMNS)]
    for name, totals in results.items():
        got = figures(totals)
        cells = []
        for col in COLUMNS:
            cell = f"{got[col]:.3f}"
            if base is not None and name != "none" and abs(got[col] - base[col]) >= 0.0005:
                cell += f" ({got[col] - base[col]:+.3f})"
            cells.append(cell)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="transforms: " + ", ".join(TRANSFORMS))
    ap.add_argument("--sets", nargs="+", type=Path, help="annotated folders (gold/ and texts/); default: every one under tests/")
    ap.add_argument("--transforms", nargs="+", choices=list(TRANSFORMS), default=list(TRANSFORMS),
                    help="which transforms (default: all; 'none' is the untouched text every drop is measured against)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes, a transform each (default 1)")
    ap.add_argument("--save", help="a folder for the predictions, TRANSFORM/SET/NAME.json")
    ap.add_argument("--json", action="store_true", help="the counts as JSON instead of the table")
    args = ap.parse_args(argv)
    if args.jobs < 1:
        ap.error(f"--jobs {args.jobs}: give 1 or more")
    sets = [str(p.resolve()) for p in (args.sets or annotated_sets(ROOT))]
    for s in sets:
        if not (Path(s) / "gold").is_dir() or not (Path(s) / "texts").is_dir():
            ap.error(f"{s}: no gold/ and texts/ folders")
    names = list(dict.fromkeys(args.transforms))
    if "none" in TRANSFORMS and "none" not in names:
        names.insert(0, "none")
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    results: dict[str, dict[str, list[int]]] = {}
    if args.jobs == 1:
        for name in names:
            results[name] = run_transform(name, sets, args.save)[1]
    else:
        with ProcessPoolExecutor(args.jobs) as ex:
            for name, totals in ex.map(run_transform, names, [sets] * len(names), [args.save] * len(names)):
                results[name] = totals
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print(f"{sum(len(list((Path(s) / 'gold').glob('*.json'))) for s in sets)} texts in {len(sets)} sets\n")
        print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
