"""Ingest throughput: ``dkg ingest`` of a batch of generated texts into a folder store, this
checkout against a baseline checkout, side by side.

    .venv/bin/python bench/ingest_bench.py [--texts 1000] [--runs 3] [--baseline-ref REF] [--pool-min N] [--append]

Texts: the annotated texts (``../shared/corpus/texts``, ``../shared/articles/texts`` beside this
checkout, and ``tests/corpus/texts``) renumbered, so that each generated text is distinct and
names its own local documents: the k-th copy of a text adds ``100 * k`` to the number of every
local symbol (``41-KH/HU`` becomes ``141-KH/HU``), while the central and national documents stay
the same and are shared by many texts, as in real news. The same arguments give the same texts.

Each run is a child process that ingests the whole folder (one ``ingest_paths`` call, as the CLI
makes it) into a new, empty folder store and reports the wall time; the baseline's code is
``git archive REF`` (its ``kg``, ``shapes``, ``ontology`` and ``queries``) unpacked into a temporary folder, run with the same interpreter and
dependencies. Runs alternate (ours, baseline, ours, ...) so that the load of the machine falls
on both alike; the median of ``--runs`` is reported in texts per second, of wall-clock time and
of the child's CPU time, with that of the worker processes it starts to extract (on a machine shared
with other jobs, CPU time is the steadier of the two). ``--append`` adds the
table to ``bench/RESULTS.md`` under "Ingest". Each run also reports the number of quads in the store
after it and a digest of them (the change log and the reference data's stamp left out), so that
two sides that wrote different data do not pass for the same work. ``--pool-min N`` sets this
checkout's ``kg.ingest.POOL_MIN`` (the fewest texts for which a worker process extracts) in its runs,
e.g. 1 to time the worker on small sets.

``--huge 0.25,0.5,1`` measures instead the extraction time of single long texts (sizes in millions
of characters), each in its own child process with a time limit: the seed texts joined one after
another, and one sentence naming a document repeated (the worst case seen: time grows with the
square of the number of document mentions). This is what the default text size limit of
``kg.sources`` (``DKG_MAX_TEXT_CHARS``) rests on.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from baseline import baseline_code  # (beside this file)

ROOT = Path(__file__).resolve().parents[1]

#: A local party or state symbol's number: '41-KH/HU', '09-NQ/TU', '12/KH-UBND' (not the year
#: of '163/2016/NĐ-CP', which a slash precedes).
_LOCAL_NUMBER = re.compile(r"(?<![\d/.,])(\d{1,3})(?=(?:-(?:NQ|KH|CT|KL|CTr|QĐ|HD|BC)/(?:TU|HU|ĐU|TƯ|QU|TXU|TPU))"
                           r"|(?:/(?:KH|QĐ|BC|NQ|CT)-(?:UBND|HĐND)))")

#: The commit this benchmark was written against: ingest before batch validation.
DEFAULT_BASELINE = "5bcdb41"

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from kg.ingest import ingest_paths
from kg.store import Store
import kg.ingest
if len(sys.argv) > 4 and hasattr(kg.ingest, "POOL_MIN"):  # --pool-min (a baseline without workers ignores it)
    kg.ingest.POOL_MIN = int(sys.argv[4])
store = Store.open(sys.argv[3])
def children():  # the CPU time of the worker processes the ingest started and waited for
    t = os.times()
    return t.children_user + t.children_system
t, c, k = time.perf_counter(), time.process_time(), children()
summary = ingest_paths(store, [sys.argv[2]])
wall, main_cpu, workers_cpu = time.perf_counter() - t, time.process_time() - c, children() - k
cpu = main_cpu + workers_cpu
# what the store holds after the run, less the change log (its times and numbering differ by design)
# and the stamp of the reference data (made from the ontology files' times, which differ by checkout)
import hashlib
kept = sorted(str(q) for q in store.main if not str(q.graph_name).endswith("/graph/changes>")
              and not str(q.subject).endswith("/graph/reference>"))
digest = hashlib.sha256("\n".join(kept).encode()).hexdigest()[:12]
# the same less the keys a review record keeps for the twins' check and the ontology's terms for them (rounds 36, 38),
# so that a side that writes them and one that does not can be seen to write the same data otherwise
terms = tuple(f"<https://w3id.org/directive-kg/ontology#{t}>" for t in ("wordsKey", "figuresKey", "sentenceKey"))
core = [q for q in kept if not q.startswith(terms) and not any(f" {t} " in q for t in terms)]
core_digest = hashlib.sha256("\n".join(core).encode()).hexdigest()[:12]
store.close()
print(json.dumps({"wall": wall, "cpu": cpu, "main_cpu": main_cpu, "workers_cpu": workers_cpu, "files": summary.files, "loaded": summary.loaded, "triples": summary.triples,
                  "quarantined": len(summary.quarantined), "failed": len(summary.failed), "quads": len(kept),
                  "digest": digest, "core_digest": core_digest}))
"""


def seed_texts() -> list[str]:
    # the shared folder sits beside the main checkout; a worktree may sit one level further down
    shared = next((b / "shared" for b in (ROOT.parent, ROOT.parent.parent) if (b / "shared").is_dir()), None)
    dirs = [ROOT / "tests" / "corpus" / "texts"]
    if shared is not None:
        dirs[:0] = [shared / "corpus" / "texts", shared / "articles" / "texts"]
    texts = [p.read_text(encoding="utf-8") for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))]
    if not texts:
        raise SystemExit("no seed texts found (../shared/corpus/texts, ../shared/articles/texts, tests/corpus/texts)")
    return texts


def generate(n: int, out: Path) -> None:
    """Write ``n`` distinct texts into ``out``."""
    seeds = seed_texts()
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        k, text = divmod(i, len(seeds))[0], seeds[i % len(seeds)]
        if k:
            text = _LOCAL_NUMBER.sub(lambda m: str(int(m[1]) + 100 * k), text)
            # distinct even where the text names no local symbol: a figure inside its longest line, a change of the
            # text itself (a line of its own added would leave it the same article: kg.text.same_article)
            longest = max(text.splitlines(), key=len)
            first, _, rest = longest.partition(" ")
            text = text.replace(longest, f"{first} (bản tin số {k}) {rest}", 1)
        (out / f"t{i:05d}.txt").write_text(text, encoding="utf-8")


HUGE_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from kg.extract import extract
text = open(sys.argv[2], encoding="utf-8").read()
c = time.process_time()
extract(text)
print(time.process_time() - c)
"""
REPEATED = "Nghị quyết số 12-NQ/TU ngày 5/6/2021 của Tỉnh ủy. "


def huge(sizes: list[float], timeout: float, work: Path) -> list[tuple[str, int, str]]:
    seeds = "\n\n".join(seed_texts())
    rows = []
    for millions in sizes:
        n = int(millions * 1_000_000)
        for kind, unit in (("articles joined", seeds + "\n\n"), ("one sentence repeated", REPEATED)):
            text = (unit * (n // len(unit) + 1))[:n]
            path = work / "huge.txt"
            path.write_text(text, encoding="utf-8")
            try:
                out = subprocess.run([sys.executable, "-c", HUGE_CHILD, str(ROOT), str(path)], capture_output=True,
                                     text=True, timeout=timeout, check=True)
                took = f"{float(out.stdout.strip()):.1f} s"
            except subprocess.TimeoutExpired:
                took = f"> {timeout:.0f} s"
            print(f"{kind}, {n:,} characters: {took}", flush=True)
            rows.append((kind, n, took))
    return rows


def run_once(code: Path, texts: Path, work: Path, pool_min: int | None = None) -> dict:
    store = Path(tempfile.mkdtemp(dir=work, prefix="store-"))
    env = {**os.environ, "PYTHONPATH": str(code)}
    extra = [] if pool_min is None else [str(pool_min)]
    out = subprocess.run([sys.executable, "-c", CHILD, str(code), str(texts), str(store), *extra],
                         capture_output=True, text=True, env=env, cwd=work)
    if out.returncode:
        raise SystemExit(f"the run of {code} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default=DEFAULT_BASELINE, help="git ref of the baseline's kg/ (default: %(default)s)")
    ap.add_argument("--no-baseline", action="store_true", help="run only this checkout")
    ap.add_argument("--pool-min", type=int, default=None,
                    help="kg.ingest.POOL_MIN for this checkout's runs: the fewest texts extracted by a worker process")
    ap.add_argument("--append", action="store_true", help="add the table to bench/RESULTS.md")
    ap.add_argument("--huge", default=None, help="measure long single texts instead: sizes in millions of characters")
    ap.add_argument("--timeout", type=float, default=120, help="time limit of one --huge extraction (s)")
    args = ap.parse_args()
    if args.huge:
        with tempfile.TemporaryDirectory(prefix="huge-bench-") as tmp:
            rows = huge([float(x) for x in args.huge.split(",")], args.timeout, Path(tmp))
        table = "\n".join(["| text | characters | extraction (CPU) |", "|---|---:|---:|"]
                          + [f"| {k} | {n:,} | {t} |" for k, n, t in rows])
        print(table)
        if args.append:
            _append("Huge texts", table, args)
        return

    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        work = Path(tmp)
        texts = work / "texts"
        generate(args.texts, texts)
        sides = {"ours": ROOT}
        if not args.no_baseline:
            sides["baseline"] = baseline_code(args.baseline_ref, work / "baseline")
        results: dict[str, list[dict]] = {name: [] for name in sides}
        for _ in range(args.runs):
            for name, code in sides.items():
                r = run_once(code, texts, work, args.pool_min if name == "ours" else None)
                results[name].append(r)
                print(f"{name}: {r['files'] / r['wall']:.1f} texts/s ({r['wall']:.2f} s, CPU {r['cpu']:.2f} s, of which in "
                      f"worker processes {r.get('workers_cpu', 0):.2f} s; loaded {r['loaded']}, "
                      f"quarantined {r['quarantined']}, failed {r['failed']}, {r['triples']} triples; store {r.get('quads')} quads, "
                      f"digest {r.get('digest')}; less the records' twin keys {r.get('core_digest')})", flush=True)

    rows = []
    for name, rs in results.items():
        wall = statistics.median(r["wall"] for r in rs)
        cpu = statistics.median(r["cpu"] for r in rs)
        rows.append((name, wall, cpu, rs[0]))
    lines = ["| code | texts | median wall s | texts/s (wall) | median CPU s | texts/s (CPU) | loaded | quarantined texts "
             "| triples | store quads (digest) | runs |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|"]
    for name, wall, cpu, r in rows:
        label = "this checkout" if name == "ours" else f"baseline `{args.baseline_ref}`"
        lines.append(f"| {label} | {args.texts} | {wall:.2f} | {args.texts / wall:.1f} | {cpu:.2f} | "
                     f"{args.texts / cpu:.1f} | {r['loaded']} | {r['quarantined']} | {r['triples']} | {r['quads']} ({r['digest']}) | "
                     f"{len(results[name])} |")
    table = "\n".join(lines)
    print(table)
    if args.append:
        _append("Ingest", table, args)


def _append(title: str, table: str, args) -> None:
    cmd = " ".join(["bench/ingest_bench.py", *sys.argv[1:]])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    what = ("folder store, one `ingest_paths` call per run, each in its own process" if title == "Ingest"
            else "one `kg.extract.extract` call per text, each in its own process")
    section = (f"\n## {title} (written by `bench/ingest_bench.py`)\n\n"
               f"{_dt.date.today().isoformat()}, `.venv/bin/python {cmd}`, load average {load:.1f} "
               f"on the shared machine (2 cores); {what}.\n\n{table}\n")
    with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
        f.write(section)


if __name__ == "__main__":
    main()
