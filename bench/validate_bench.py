"""Validation at scale: full validation (pyshacl baseline vs ``engine="auto"``) and batch validation
(``Store.add_quads`` of a 10k-triple batch into a store of about 1M triples).

    python bench/validate_bench.py --sizes 100k,1M --runs 3 --pyshacl-max 1M --append

Every measurement runs in its own child process (peak memory = that child's ``ru_maxrss``);
times are medians over ``--runs`` children (the pyshacl baseline above 100k: ``--pyshacl-big-runs``,
one by default, since it takes minutes). Data: ``bench/generate.py --seed 1 --defects 3``,
written under ``--work`` (default: a fresh temporary folder, removed afterwards). Full validation
reads every statement outside ``graph/reference`` (what ``Store.data_graph`` holds); the time
covers ``validate`` alone, with the statements already in memory (an rdflib graph for pyshacl,
pyoxigraph quads for auto). The batch is the last 10k statements of the 1M file; the store is
bulk-loaded from the rest into a folder store, copied afresh for every run, and the time covers
``Store.add_quads`` (context query, validation, write).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REFERENCE = "https://w3id.org/directive-kg/graph/reference"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
BATCH = 10_000


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _data_quads(path: Path):
    import pyoxigraph as ox

    return [q for q in ox.parse(path.read_bytes(), format=ox.RdfFormat.N_QUADS)
            if getattr(q.graph_name, "value", None) != REFERENCE]


# --------------------------------------------------------------------------- children


def child_full(engine: str, path: Path) -> dict:
    from kg.rdf.terms import triples_to_graph
    from kg.validate import validate

    quads = _data_quads(path)
    data = triples_to_graph(quads) if engine == "pyshacl" else quads
    t = time.perf_counter()
    report = validate(data, engine=engine)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "statements": len(quads), "results": len(report.violations),
            "counts": report.counts(), "peak_mib": _peak_mib()}


def child_batch(store_dir: Path, batch_path: Path) -> dict:
    import pyoxigraph as ox

    from kg.errors import ValidationFailed
    from kg.store import Store
    from kg.rdf.terms import triples_to_graph

    store = Store.open(store_dir)
    quads = list(ox.parse(batch_path.read_bytes(), format=ox.RdfFormat.N_QUADS))
    from kg.validate import validate

    t = time.perf_counter()
    batch_graph = triples_to_graph(quads)
    ctx = store.context_for(batch_graph)
    context_seconds = time.perf_counter() - t
    t = time.perf_counter()  # the same batch and context, validated by the pyshacl baseline only
    validate(batch_graph, context=ctx, report_context=False, engine="pyshacl")
    pyshacl_seconds = time.perf_counter() - t
    t = time.perf_counter()
    try:
        result = store.add_quads(quads, files=["batch"])
        outcome = {"written": result.graph, "results": len(result.report.violations)}
    except ValidationFailed as exc:
        outcome = {"refused": str(exc), "results": len(exc.report.violations)}
    seconds = time.perf_counter() - t
    stored = len(store)
    store.close()
    return {"seconds": seconds, "context_seconds": context_seconds, "pyshacl_validate_seconds": pyshacl_seconds, "context_triples": len(ctx),
            "batch": len(quads), "store_quads_after": stored, **outcome, "peak_mib": _peak_mib()}


# --------------------------------------------------------------------------- parent


def _run_child(args: list[str], timeout: float) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    load = os.getloadavg()[0]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout, "load": load}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}",
                "load": load}
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["load"] = load
    return out


def _generate(n: int, out: Path) -> None:
    if out.exists():
        return
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", str(n), "--seed", "1",
                    "--defects", "3", "--out", str(out)], check=True, cwd=ROOT)


def _prepare_store(full: Path, work: Path) -> tuple[Path, Path]:
    """Split ``full`` into a store (everything but the last BATCH data statements) and a batch."""
    import pyoxigraph as ox

    lines = full.read_bytes().splitlines(keepends=True)
    data_idx = [i for i, line in enumerate(lines) if REFERENCE.encode() not in line]
    cut = set(data_idx[-BATCH:])
    batch = work / "batch.nq"
    batch.write_bytes(b"".join(lines[i] for i in sorted(cut)))
    store_dir = work / "store"
    if not store_dir.exists():
        from kg.store import Store

        rest = b"".join(line for i, line in enumerate(lines) if i not in cut)
        (store_dir / "main").mkdir(parents=True)
        s = ox.Store(str(store_dir / "main"))
        s.bulk_load(rest, format=ox.RdfFormat.N_QUADS)
        s.flush()
        del s
        Store.open(store_dir).close()  # the reference graph, as a real store has it
    return store_dir, batch


def _summary(runs: list[dict]) -> dict:
    ok = [r for r in runs if "seconds" in r]
    out = {"runs": len(ok), "loads": [round(r["load"], 1) for r in runs]}
    if ok:
        out["median_s"] = statistics.median(r["seconds"] for r in ok)
        out["peak_mib"] = max(r["peak_mib"] for r in ok)
        out["last"] = ok[-1]
    failed = [r for r in runs if "seconds" not in r]
    if failed:
        out["failed"] = failed
    return out


def _fmt_s(s: dict) -> str:
    if "median_s" not in s:
        f = s.get("failed", [{}])[0]
        return f"> {f['timeout']:.0f} s (timeout)" if "timeout" in f else f"error: {f.get('error')}"
    v = s["median_s"]
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", default="100k,1M")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pyshacl-max", default="100k", help="largest size the pyshacl baseline runs at")
    ap.add_argument("--pyshacl-big-runs", type=int, default=1, help="runs of the baseline above 100k (it takes minutes)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--work", default=None, help="folder for generated data and the store (default: temporary)")
    ap.add_argument("--skip", default="", help="comma-separated: full, batch")
    ap.add_argument("--append", action="store_true", help="append the table to bench/RESULTS.md")
    ap.add_argument("--from-json", default=None, help="append the results saved by an earlier run (its stdout)")
    args = ap.parse_args()

    if args.child:
        kind, *rest = args.child
        if kind == "full":
            print(json.dumps(child_full(rest[0], Path(rest[1]))))
        else:
            print(json.dumps(child_batch(Path(rest[0]), Path(rest[1]))))
        return

    if args.from_json:
        _append(json.loads(Path(args.from_json).read_text(encoding="utf-8")), args)
        return

    tmp = None
    work = Path(args.work) if args.work else Path(tmp := tempfile.mkdtemp(prefix="dkg-validate-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, args.skip.split(",")))
    results: dict = {}
    try:
        for size in args.sizes.split(","):
            n = SIZES[size]
            path = work / f"{size}.nq"
            _generate(n, path)
            if "full" not in skip:
                engines = ["auto"] + (["pyshacl"] if n <= SIZES[args.pyshacl_max] else [])
                for engine in engines:
                    runs = []
                    n_runs = args.pyshacl_big_runs if engine == "pyshacl" and n > SIZES["100k"] else args.runs
                    for _ in range(n_runs):
                        runs.append(_run_child(["full", engine, str(path)], args.timeout))
                        print(size, engine, runs[-1], file=sys.stderr, flush=True)
                    results[f"full {size} {engine}"] = _summary(runs)
            if "batch" not in skip and n == SIZES["1M"]:
                store_dir, batch = _prepare_store(path, work)
                runs = []
                for i in range(args.runs):
                    copy = work / f"store-run{i}"
                    shutil.rmtree(copy, ignore_errors=True)
                    shutil.copytree(store_dir, copy)
                    runs.append(_run_child(["batch", str(copy), str(batch)], args.timeout))
                    shutil.rmtree(copy, ignore_errors=True)
                    print(size, "batch", runs[-1], file=sys.stderr, flush=True)
                results[f"batch 10k into {size}"] = _summary(runs)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(results, indent=1, default=str))
    if args.append:
        _append(results, args)


def _append(results: dict, args) -> None:
    import pyshacl
    import pyoxigraph
    import rdflib

    try:
        import shacl

        shacl_version = shacl.__version__
    except ImportError:
        shacl_version = "not installed"
    lines = ["", "## Validation at scale (written by `bench/validate_bench.py`)", "",
             f"Machine: {os.cpu_count()} logical cores, {platform.system()} {platform.release()}, Python "
             f"{platform.python_version()}; rdflib {rdflib.__version__}, pyshacl {pyshacl.__version__}, "
             f"pyoxigraph {pyoxigraph.__version__}, shacl {shacl_version}. Data: `bench/generate.py --seed 1 "
             f"--defects 3`. Median of the runs counted; peak memory is the largest `ru_maxrss` of those "
             f"child processes; the 1-minute load average is read as each child starts.", "",
             "| measurement | engine | time | peak MiB | results | runs | load average |",
             "|---|---|---|---|---|---|---|"]
    for key, s in results.items():
        last = s.get("last", {})
        if key.startswith("full"):
            _, size, engine = key.split()
            what = f"full validation, {size} ({last.get('statements', '?'):,} statements)" if last else \
                f"full validation, {size}"
            res = str(last.get("results", "-"))
        else:
            engine = "auto (add_quads)"
            what = f"{key} (context: {last.get('context_triples', '?')} triples in " \
                   f"{last.get('context_seconds', 0) * 1000:.0f} ms; pyshacl alone would validate batch " \
                   f"+ context in {last.get('pyshacl_validate_seconds', 0):.2f} s)" if last else key
            res = f"{last.get('results', '-')} ({'written' if 'written' in last else 'refused'})" if last else "-"
        loads = s.get("loads", [])
        load_text = f"{min(loads)}-{max(loads)}" if loads else "-"
        peak = f"{s['peak_mib']:,.0f}" if "peak_mib" in s else "-"
        lines.append(f"| {what} | {engine} | {_fmt_s(s)} | {peak} | {res} | {s['runs']} | {load_text} |")
    with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
