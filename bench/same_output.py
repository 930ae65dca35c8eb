"""Does a change of extraction's code give the same output? Text by text, against another checkout.

    .venv/bin/python bench/same_output.py --against BASELINE [--texts 1000] [--sets NAME ...] [--show 10]

What is compared: the md5 of ``kg.extracting.extract_files([path], fmt="json")`` (what ``dkg extract --format json``
prints), one file at a time, under ``PYTHONHASHSEED=1``, in this checkout and in BASELINE (a snapshot of ``main``
unpacked with ``git archive``), each in a child process that imports its own ``kg``. The texts, the same files for
both sides:

* every text of the development sets: the folders under this checkout's ``tests/`` named ``blind*``,
  ``devtexts*``, ``heldout`` and ``corpus`` (each with ``texts/``), and the shared ``corpus`` and ``articles``
  beside the checkout (``--sets`` names a few instead: a folder under ``tests/``, or ``shared:corpus``);
* the ``--texts`` texts ``bench/ingest_bench.py``'s generator makes from its seed texts (0 for none).

Prints how many texts are identical, the first ``--show`` that differ, and exits 1 if any differs. Nothing of the
held-out sets is read: no folder outside the development sets is listed.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ingest_bench import generate  # noqa: E402

_DEVELOPMENT = re.compile(r"(?:blind.*|devtexts.*|heldout|corpus)")

# the child: its checkout first on the path, file names on stdin, one md5 a line out
CHILD = r"""
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from kg.extracting import extract_files
for line in sys.stdin:
    path = line.rstrip("\n")
    out = extract_files([path], fmt="json")
    print(hashlib.md5(out.encode("utf-8")).hexdigest(), flush=True)
"""


def shared_folder() -> Path | None:
    """The shared folder beside the checkout (a worktree may sit one level further down)."""
    return next((b / "shared" for b in (ROOT.parent, ROOT.parent.parent) if (b / "shared").is_dir()), None)


def set_folders(names: list[str] | None) -> list[tuple[str, Path]]:
    shared = shared_folder()
    if names is None:
        found = [(d.name, d) for d in sorted((ROOT / "tests").iterdir()) if d.is_dir() and _DEVELOPMENT.fullmatch(d.name)]
        names_shared = ["corpus", "articles"]
    else:
        found = [(n, ROOT / "tests" / n) for n in names if not n.startswith("shared:")]
        names_shared = [n.split(":", 1)[1] for n in names if n.startswith("shared:")]
    if shared is not None:
        found += [(f"shared:{n}", shared / n) for n in names_shared]
    return [(n, d / "texts") for n, d in found if (d / "texts").is_dir()]


def text_files(sets: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    return [(f"{name}/{p.name}", p) for name, d in sets for p in sorted(d.iterdir()) if p.is_file()]


def digests(checkout: Path, files: list[Path]) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED="1", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(checkout)], input="".join(f"{p}\n" for p in files),
                          capture_output=True, text=True, env=env, cwd=checkout)
    if done.returncode != 0:
        raise SystemExit(f"extraction failed in {checkout}:\n{done.stderr[-2000:]}")
    out = done.stdout.split()
    if len(out) != len(files):
        raise SystemExit(f"{checkout} gave {len(out)} digests for {len(files)} texts")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, required=True, help="the other checkout (a snapshot of main)")
    ap.add_argument("--texts", type=int, default=1000, help="generated texts, as bench/ingest_bench.py makes them")
    ap.add_argument("--sets", nargs="*", help="development sets by name (default: all of them)")
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    files = text_files(set_folders(args.sets))
    with tempfile.TemporaryDirectory() as tmp:
        if args.texts:
            generate(args.texts, Path(tmp))
            files += [(f"generated/{p.name}", p) for p in sorted(Path(tmp).glob("*.txt"))]
        paths = [p for _, p in files]
        ours, theirs = digests(ROOT, paths), digests(args.against.resolve(), paths)
    differ = [name for (name, _), a, b in zip(files, ours, theirs) if a != b]
    sets = len({name.split("/", 1)[0] for name, _ in files if not name.startswith("generated/")})
    generated = f" and {args.texts} generated texts" if args.texts else ""
    print(f"{len(files) - len(differ)} of {len(files)} texts identical ({sets} development sets{generated})")
    for name in differ[:args.show]:
        print(f"  differs: {name}")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
