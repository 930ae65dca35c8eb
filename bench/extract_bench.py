"""Extraction and ingest throughput.

    .venv/bin/python bench/extract_bench.py [--articles 1000] [--runs 5] [--ingest-runs 5] [--append]

* extraction: ``kg.extract.extract`` over the annotated texts (the shared corpus next to this
  checkout, ``../shared/corpus/texts``, and the project's own ``tests/corpus/texts``), repeated
  until at least ``--articles`` articles; pinned to one core where the OS allows it; wall-clock
  and CPU time per run; reported is the median of ``--runs`` runs, in articles per second.
* ingest: ``kg.ingest.ingest_paths`` of the same texts (each file once) into a fresh in-memory
  store (``kg.store.Store.open(None)``) per run: extraction, RDF building, validation against the
  store's context, writing; median of ``--ingest-runs`` runs, in texts per second.
* ``--append`` adds the table, with the machine's load average, to ``bench/RESULTS.md`` under
  "Extraction and ingest".
"""
from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402


def corpus_files() -> list[Path]:
    dirs = [ROOT.parent / "shared" / "corpus" / "texts", ROOT / "tests" / "corpus" / "texts"]
    files: list[Path] = []
    for d in dirs:
        if d.is_dir():
            files.extend(sorted(d.glob("*.txt")))
    if not files:
        raise SystemExit("no corpus texts found (../shared/corpus/texts or tests/corpus/texts)")
    return files


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError:
            pass
    return "not pinned (single process)"


def bench_extract(texts: list[str], n_articles: int, runs: int) -> dict:
    batch = (texts * (n_articles // len(texts) + 1))[:max(n_articles, len(texts))]
    extract(texts[0])                                   # warm caches (regexes, gazetteers)
    walls, cpus = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        for t in batch:
            extract(t)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return {"articles": len(batch), "wall_s": wall, "cpu_s": cpu,
            "per_s_wall": len(batch) / wall, "per_s_cpu": len(batch) / cpu}


def bench_ingest(files: list[Path], runs: int) -> dict:
    from kg.ingest import ingest_paths
    from kg.store import Store

    walls, cpus, loaded, triples = [], [], 0, 0
    for _ in range(runs):
        store = Store.open(None)
        w0, c0 = time.perf_counter(), time.process_time()
        summary = ingest_paths(store, [str(f) for f in files])
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
        loaded, triples = summary.loaded, summary.triples
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return {"texts": len(files), "loaded": loaded, "triples": triples, "wall_s": wall, "cpu_s": cpu,
            "per_s_wall": len(files) / wall, "per_s_cpu": len(files) / cpu}


def table(ex: dict, ing: dict | None) -> str:
    rows = [
        "| step | items per run | median wall (s) | median CPU (s) | items/s (wall) | items/s (CPU) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| extraction (`kg.extract.extract`) | {ex['articles']} articles | {ex['wall_s']:.2f} | {ex['cpu_s']:.2f} "
        f"| {ex['per_s_wall']:.0f} | {ex['per_s_cpu']:.0f} |",
    ]
    if ing is not None:
        rows.append(f"| ingest (`ingest_paths`, in-memory store) | {ing['texts']} texts ({ing['loaded']} loaded, "
                    f"{ing['triples']} triples) | {ing['wall_s']:.2f} | {ing['cpu_s']:.2f} | {ing['per_s_wall']:.1f} "
                    f"| {ing['per_s_cpu']:.1f} |")
    return "\n".join(rows)


def run_count(text: str) -> int:
    """A number of runs for argparse: extraction needs one at least."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} runs: give 1 or more")
    return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=run_count, default=5)
    ap.add_argument("--ingest-runs", type=int, default=5, help="0 leaves the ingest out")
    ap.add_argument("--append", action="store_true", help="append the figures to bench/RESULTS.md")
    args = ap.parse_args(argv)

    pinned = pin_one_core()
    files = corpus_files()
    texts = [f.read_text(encoding="utf-8") for f in files]
    ex = bench_extract(texts, args.articles, args.runs)
    ing = bench_ingest(files, args.ingest_runs) if args.ingest_runs > 0 else None
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    tab = table(ex, ing)
    header = (f"{len(files)} distinct texts; extraction median of {args.runs} runs, ingest median of "
              f"{args.ingest_runs} runs; {pinned}; Python {platform.python_version()}; "
              f"load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1 / 5 / 15 min)")
    print(header)
    print(tab)
    if args.append:
        out = ROOT / "bench" / "RESULTS.md"
        with open(out, "a", encoding="utf-8") as fh:
            fh.write(f"\n## Extraction and ingest\n\nMeasured {_dt.date.today().isoformat()} with "
                     f"`bench/extract_bench.py`: {header}.\n\n{tab}\n")
        print(f"appended to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
