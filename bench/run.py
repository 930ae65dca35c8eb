"""Benchmarks of the directive-kg stack on generated data: each measurement next to its baseline.

    python bench/run.py --sizes 100k,1M [--quick] [--repeats 3] [--timeout 900]

For every size it generates data with ``bench/generate.py`` (into ``bench/out/``, git-ignored) and
measures, in a fresh child process per measurement (peak memory = the child's ``ru_maxrss``,
which counts native allocations that tracemalloc cannot see):

* load: pyoxigraph ``Store.bulk_load`` (in memory) vs rdflib ``Dataset.parse`` (in memory);
* queries: every named query (``queries/*.rq``) in its own child process, killed after
  ``--query-timeout``: ``kg.queries.run`` on a folder store (``bench/out/stores/SIZE``, made with
  ``bulk_load``), p50 of ``--query-runs`` runs after a warm-up, then the same SPARQL text and
  bindings on rdflib's in-memory engine (up to ``--rdflib-max``); SPARQL row counts are compared;
* validation: ``kg.validate.validation.validate`` vs plain ``pyshacl.validate`` with the project's shapes
  and ontology, over the whole graph;
* reasoning: ``kg.reason.materialize`` with the rules engine (read the store, reason, write
  ``graph/inferred``; data loaded into a store that holds the ontology) vs ``reasonable`` (Rust OWL 2
  RL: ``from_graph`` + ``reason`` only) and owlrl (OWL 2 RL closure, rdflib), both on data + ontology;
* export: pyoxigraph ``Store.dump`` vs rdflib ``serialize``, both to N-Quads.

Times are medians over ``--repeats`` child processes (queries: over repeated runs inside one
child per query and engine, after one warm-up run). A measurement that exceeds ``--timeout`` is reported
as such. Results go to ``bench/RESULTS.md`` (and the raw numbers to ``bench/out/results.json``).
Benchmarks are not tests: nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import tempfile
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
QUERIES = ROOT / "queries"
UNION_EXCLUDED = "https://w3id.org/directive-kg/graph/quarantine"
SEED = 1

PACKAGES = ("rdflib", "pyoxigraph", "pyshacl", "owlrl", "reasonable")


# ============================================================================ child side


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def _rdflib_dataset(path: str):
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    ds.parse(path, format="nquads")
    return ds


def _rdflib_union_graph(path: str, extra: list[Path] = ()):
    """All statements of the N-Quads file (minus quarantine) as one rdflib Graph."""
    import rdflib

    g = rdflib.Graph()
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads")
    for s, p, o, c in ds.quads((None, None, None, None)):
        if c is not None and str(getattr(c, "identifier", c)) == UNION_EXCLUDED:
            continue
        g.add((s, p, o))
    for f in extra:
        g.parse(f, format="turtle")
    return g


def _ontology_files() -> list[Path]:
    return sorted((ROOT / "ontology").glob("*.ttl"))


def _shape_files() -> list[Path]:
    return sorted((ROOT / "shapes").glob("*.ttl"))


def _parse_params(text: str, name: str) -> dict[str, str]:
    """Parameter defaults of a benchmark query, read by ``kg.queries`` from its header (the
    header language of ``queries/README.md``), as SPARQL terms: IRIs for documents, else
    literals."""
    from kg.queries import parse_query

    params: dict[str, str] = {}
    for p in parse_query(text, name).parameters:
        if p.default is None:
            continue
        params[p.name] = f"<{p.default}>" if p.type == "document" and "://" in p.default else json.dumps(p.default)
    return params


def _queries() -> list[tuple[str, str, dict[str, str]]]:
    out = []
    for path in _query_files():
        text = path.read_text(encoding="utf-8")
        name = path.stem if path.parent == QUERIES else f"bench/{path.stem}"
        params = {} if path.parent == QUERIES else _parse_params(text, name)
        out.append((name, text, params))
    return out


def _query_files() -> list[Path]:
    """The project's named queries, then the benchmark's own (``bench/queries``)."""
    return sorted(QUERIES.glob("*.rq")) + sorted((HERE / "queries").glob("*.rq"))


def _ox_term(text: str):
    import pyoxigraph as ox

    if text.startswith("<"):
        return ox.NamedNode(text[1:-1])
    m = re.fullmatch(r'"(.*)"(?:@([A-Za-z-]+)|\^\^<([^>]+)>)?', text, re.S)
    if m:
        if m.group(2):
            return ox.Literal(m.group(1), language=m.group(2))
        if m.group(3):
            return ox.Literal(m.group(1), datatype=ox.NamedNode(m.group(3)))
        return ox.Literal(m.group(1))
    if text in ("true", "false"):
        return ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    dt = "decimal" if "." in text else "integer"
    return ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + dt))


def _rdflib_term(text: str):
    import rdflib

    if text.startswith("<"):
        return rdflib.URIRef(text[1:-1])
    m = re.fullmatch(r'"(.*)"(?:@([A-Za-z-]+)|\^\^<([^>]+)>)?', text, re.S)
    if m:
        return rdflib.Literal(m.group(1), lang=m.group(2), datatype=rdflib.URIRef(m.group(3)) if m.group(3) else None)
    if text in ("true", "false"):
        return rdflib.Literal(text == "true")
    return rdflib.Literal(text, datatype=rdflib.XSD.decimal if "." in text else rdflib.XSD.integer)


#: Values for the required parameters of the project's queries (present in generated data).
REQUIRED_VALUES = {"doc": "3-NQ/TW", "place": "Nghệ An", "q": "kế hoạch"}


def _project_bindings(store, name: str, text: str):
    """Bind a project query's parameters as ``kg.queries`` does (header defaults; the values
    above for required ones); returns the SPARQL text and ``{var: pyoxigraph term}``."""
    from kg import queries as kq

    class _Shim:  # kg.queries reads ``store.main`` (the Oxigraph store)
        main = store

    q = kq.parse_query(text, name)
    given = {p.name: REQUIRED_VALUES[p.name] for p in q.parameters if p.required and p.name in REQUIRED_VALUES}
    bindings, _ = kq.bind_parameters(_Shim(), q, given)
    return q.sparql, bindings


def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if dt.endswith("#string") else rdflib.URIRef(dt))


def _bind(text: str, params: dict[str, str]) -> str:
    """Bind parameters the same way for both engines: a VALUES block opening the first WHERE."""
    if not params:
        return text
    m = re.search(r"WHERE\s*\{", text, re.I)
    if not m:
        return text
    values = " ".join(f"VALUES ?{k} {{ {v} }}" for k, v in params.items())
    return text[: m.end()] + " " + values + " " + text[m.end():]


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout()


def child(task: dict) -> dict:
    """Run one measurement; return seconds (list), peak MiB and what was computed."""
    kind, data = task["kind"], task["data"]
    info: dict = {"malloc": "jemalloc" if "jemalloc" in os.environ.get("LD_PRELOAD", "") else "system"}
    seconds: list[float] = []
    if kind == "load-oxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        s, _ = _timed(lambda: store.bulk_load(path=data, format=ox.RdfFormat.N_QUADS))
        seconds.append(s)
        info["quads"] = len(store)
    elif kind == "load-rdflib":
        s, ds = _timed(lambda: _rdflib_dataset(data))
        seconds.append(s)
        info["quads"] = len(ds)
    elif kind in ("queries-oxigraph", "queries-rdflib"):
        import signal

        signal.signal(signal.SIGALRM, _alarm)
        per_query_timeout = task.get("query_timeout", 120)
        results = {}
        if kind == "queries-oxigraph":
            import pyoxigraph as ox

            store = ox.Store()
            store.bulk_load(path=data, format=ox.RdfFormat.N_QUADS)
            # the generator never writes graph/quarantine, so the union of all graphs is what
            # queries read (listing thousands of source graphs as default_graph is very slow)

            def runner(text, params):
                if "__terms__" in params:  # a project query: kg.queries' substitutions and functions
                    from kg.queries import CUSTOM_FUNCTIONS

                    subs = {ox.Variable(k): v for k, v in params["__terms__"].items()} or None
                    res = store.query(text, use_default_graph_as_union=True, substitutions=subs, custom_functions=CUSTOM_FUNCTIONS)
                    return _count(res)
                bound = _bind(text, params)
                subs = None if bound != text or not params else {ox.Variable(k): _ox_term(v) for k, v in params.items()}
                res = store.query(bound, use_default_graph_as_union=True, substitutions=subs)
                return _count(res)
        else:
            ds = _rdflib_dataset(data)

            def runner(text, params):
                if "__terms__" in params:
                    binds = {k: _to_rdflib(v) for k, v in params["__terms__"].items()} or None
                    return _count(ds.query(text, initBindings=binds))
                bound = _bind(text, params)
                binds = None if bound != text or not params else {k: _rdflib_term(v) for k, v in params.items()}
                res = ds.query(bound, initBindings=binds)
                return _count(res)

        import pyoxigraph as ox

        binder = ox.Store()
        binder.bulk_load(path=data, format=ox.RdfFormat.N_QUADS)
        for name, text, params in _queries():
            times = []
            if not name.startswith("bench/"):
                try:
                    text, oxb = _project_bindings(binder, name, text)
                except Exception as exc:
                    results[name] = {"error": f"binding: {type(exc).__name__}: {str(exc)[:200]}"}
                    continue
                params = {"__terms__": oxb}
            answer = None
            try:
                for _ in range(task.get("runs", 3) + 1):  # first run is a warm-up
                    signal.alarm(per_query_timeout)
                    s, answer = _timed(lambda: runner(text, params))
                    signal.alarm(0)
                    times.append(s)
                print(f"{kind} {name}: {times}", file=sys.stderr, flush=True)
                shown = {k: str(v) for k, v in params.get("__terms__", params).items()}
                results[name] = {"median": statistics.median(times[1:] or times), "answers": answer, "params": shown}
            except _Timeout:
                results[name] = {"timeout": per_query_timeout}
            except Exception as exc:  # a query this engine cannot run
                signal.alarm(0)
                results[name] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
        info["queries"] = results
        seconds.append(0.0)
    elif kind == "store-load":  # a folder store (as `dkg load` makes one) for the query step
        import pyoxigraph as ox
        from kg.store import Store

        st = Store.open(task["store"])
        s, _ = _timed(lambda: st.main.bulk_load(path=data, format=ox.RdfFormat.N_QUADS))
        si, entries = _timed(st.rebuild_index)  # bulk_load bypasses Store.write_quads
        info["index_s"], info["index_entries"] = si, list(entries)
        info["quads"] = len(st.main)
        if task.get("dump"):  # what rdflib is given: the very same quads (reference and index included)
            st.main.dump(task["dump"], ox.RdfFormat.N_QUADS)
        st.close()
        s += si
        seconds.append(s)
    elif kind in ("query-oxigraph", "query-memory"):  # one named query through kg.queries.run on
        # the folder store, or on the folder store mirrored in memory (`dkg serve --memory`)
        from kg import queries as kq
        from kg.store import Store

        so, st = _timed(lambda: Store.open(task["store"], memory=kind == "query-memory"))
        info["open_s"] = so
        trace: list = []  # every SPARQL text run: the query, then its details query if it has one
        times = []
        for i in range(task["runs"] + 1):  # the first run is a warm-up
            s, table = _timed(lambda: kq.run(st, task["query"], task["params"], trace=trace if i == 0 else None))
            times.append(s)
        raw = _count(kq.execute(st, *trace[0]))
        seconds.append(statistics.median(times[1:]))
        info.update(times=times[1:], warmup=times[0], rows=len(table.rows), sparql_rows=raw,
                    sparql=[t for t, _ in trace], bindings=[{k: str(v) for k, v in b.items()} for _, b in trace])
    elif kind == "query-rdflib":  # the same SPARQL text and bindings on rdflib's in-memory engine
        import pyoxigraph as ox

        from kg import queries as kq

        ds = _rdflib_dataset(data)
        # the parameters as a VALUES row where Oxigraph substitutes them (rdflib's initBindings
        # are not seen by a FILTER inside an OPTIONAL)
        texts, binds = task["sparql"], task["bindings"]
        if isinstance(texts, str):  # (results written before details queries)
            texts, binds = [texts], [binds]
        texts = [kq.values_block(t, {k: [_ox_term(v)] for k, v in b.items()}) for t, b in zip(texts, binds)]
        times = []
        for _ in range(task["runs"] + 1):  # the query and its details query, as kg.queries.run ran them
            s, answers = _timed(lambda: [_count(ds.query(t)) for t in texts])
            answer = answers[0]
            times.append(s)
        seconds.append(statistics.median(times[1:]))
        info.update(times=times[1:], warmup=times[0], sparql_rows=answer)
    elif kind in ("validate-kg", "validate-pyshacl"):
        graph = _rdflib_union_graph(data)
        if kind == "validate-kg":
            from kg.validate import ontology_graph, shapes_graph, validate

            shapes_graph(), ontology_graph()  # parse the shapes outside the timed part, as pyshacl's below

            s, report = _timed(lambda: validate(graph))
            info["counts"] = report.counts()
        else:
            import pyshacl
            import rdflib

            sg, og = rdflib.Graph(), rdflib.Graph()
            for f in _shape_files():
                sg.parse(f, format="turtle")
            for f in _ontology_files():
                og.parse(f, format="turtle")
            s, (conforms, results, _) = _timed(
                lambda: pyshacl.validate(graph, shacl_graph=sg, ont_graph=og, inference="none", allow_warnings=True, allow_infos=True)
            )
            from rdflib.namespace import RDF, SH

            info["results"] = len(list(results.subjects(RDF.type, SH.ValidationResult)))
        seconds.append(s)
    elif kind == "reason-owlrl":
        import owlrl

        graph = _rdflib_union_graph(data, _ontology_files())
        before = len(graph)
        s, _ = _timed(lambda: owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph))
        seconds.append(s)
        info["inferred"] = len(graph) - before
    elif kind == "reason-rules":
        import pyoxigraph as ox
        from kg.reason import materialize
        from kg.store import Store

        store = Store.open(None)  # its reference graph holds the ontology
        store.main.bulk_load(path=data, format=ox.RdfFormat.N_QUADS)
        s, result = _timed(lambda: materialize(store, "rules"))
        seconds.append(s)
        info.update(engine=result.engine, asserted=result.asserted, inferred=result.inferred)
    elif kind == "reason-reasonable":
        import reasonable

        graph = _rdflib_union_graph(data, _ontology_files())
        before = len(graph)

        def go():
            r = reasonable.PyReasoner()
            r.from_graph(graph)
            return r.reason()

        s, triples = _timed(go)
        seconds.append(s)
        info["output"] = len(triples)
        info["inferred"] = len(triples) - before
    elif kind == "export-oxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(path=data, format=ox.RdfFormat.N_QUADS)
        target = task["target"]
        s, _ = _timed(lambda: store.dump(output=target, format=ox.RdfFormat.N_QUADS))
        seconds.append(s)
        info["bytes"] = os.path.getsize(target)
        os.remove(target)
    elif kind == "export-rdflib":
        ds = _rdflib_dataset(data)
        target = task["target"]
        s, _ = _timed(lambda: ds.serialize(destination=target, format="nquads"))
        seconds.append(s)
        info["bytes"] = os.path.getsize(target)
        os.remove(target)
    else:
        raise SystemExit(f"unknown task {kind}")
    return {"seconds": seconds, "peak_mib": _peak_mib(), "info": info}


def _count(res) -> int:
    if isinstance(res, bool):
        return int(res)
    try:
        return sum(1 for _ in res)
    except TypeError:
        return int(bool(res))


# ============================================================================ parent side


def measure(task: dict, repeats: int, timeout: float) -> dict:
    """Run ``task`` in ``repeats`` fresh child processes; medians and the largest peak."""
    runs = []
    loads = []
    for _ in range(repeats):
        loads.append(os.getloadavg()[0])
        # the task goes through a file: a details query's VALUES can exceed what argv holds
        with tempfile.NamedTemporaryFile("w", suffix=".json", dir=OUT, delete=False) as f:
            json.dump(task, f)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "@" + f.name]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
        except subprocess.TimeoutExpired:
            return {"timeout": timeout, "runs": runs}
        finally:
            Path(f.name).unlink(missing_ok=True)
        if proc.returncode != 0:
            return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}", "runs": runs}
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {
        "median": statistics.median(r["seconds"][0] for r in runs),
        "peak_mib": max(r["peak_mib"] for r in runs),
        "info": runs[-1]["info"],
        "runs": [r["seconds"][0] for r in runs],
        "loadavg": loads,
    }


#: The parameters of the query step: a central document with a large cascade, a province, words.
QUERY_PARAMS = {"doc": "3-NQ/TW", "place": "Nghệ An", "q": "kế hoạch", "date": "2026-01-01"}


#: The engines of the query step: the folder store (what `dkg query` reads), the same folder
#: mirrored in memory (what `dkg serve --memory` reads) and the rdflib baseline.
QUERY_ENGINES = ("oxigraph", "memory", "rdflib")


def query_step(n: int, path: Path, args, entry: dict) -> None:
    """Every named query in its own child process per engine (killed at ``--query-timeout``):
    p50 of ``--query-runs`` runs of ``kg.queries.run`` after a warm-up, on a folder store loaded
    with ``bulk_load`` and on the same folder mirrored in memory; then the same SPARQL text and
    bindings on rdflib in memory, up to ``--rdflib-max``. With ``--merge``, the engines not run
    keep their earlier figures."""
    import shutil

    from kg import queries as kq

    engines = [e for e in args.query_engines.split(",") if e]
    unknown = set(engines) - set(QUERY_ENGINES)
    if unknown:
        raise SystemExit(f"unknown --query-engines {sorted(unknown)}: choose from {', '.join(QUERY_ENGINES)}")
    store = OUT / "stores" / label(n)
    dump = OUT / f"store-{label(n)}.nq"
    rdflib_runs = "rdflib" in engines and (args.rdflib_max is None or n <= args.rdflib_max)
    if args.reuse_store and (store / "main").exists() and (dump.exists() or not rdflib_runs):
        print(f"== {label(n)}: reusing the store in {store.relative_to(ROOT)}", file=sys.stderr, flush=True)
    else:
        if store.exists():
            shutil.rmtree(store)
        print(f"== {label(n)}: store-load", file=sys.stderr, flush=True)
        # (the dump is what rdflib is given, now or by a later run with --reuse-store)
        entry["store-load"] = measure({"kind": "store-load", "data": str(path), "store": str(store),
                                       "dump": str(dump) if rdflib_runs or n <= 1_000_000 else None},
                                      1, args.timeout)
    old = (entry.get("named-queries") or {}).get("queries", {}) if args.merge else {}
    out = entry["named-queries"] = {"params": QUERY_PARAMS, "runs": args.query_runs, "timeout": args.query_timeout,
                                    "queries": old}
    only = {x for x in (args.queries or "").split(",") if x}
    for q in kq.catalog():
        if only and q.name not in only:
            continue
        params = {p.name: QUERY_PARAMS[p.name] for p in q.parameters
                  if p.name in QUERY_PARAMS and (p.required or p.name == "date")}
        rec = out["queries"].setdefault(q.name, {})
        rec["params"] = params
        for engine in ("oxigraph", "memory"):
            if engine in engines:
                task = {"kind": f"query-{engine}", "data": str(path), "store": str(store), "query": q.name,
                        "params": params, "runs": args.query_runs}
                rec[engine] = measure(task, 1, args.query_timeout)
                print(f"   {q.name}: {engine} {json.dumps({k: v for k, v in rec[engine].items() if k != 'info'})}",
                      file=sys.stderr, flush=True)
        if "rdflib" in engines:
            info = next((rec[e]["info"] for e in ("oxigraph", "memory") if (rec.get(e) or {}).get("info")), {})
            if args.rdflib_max is not None and n > args.rdflib_max:
                rec["rdflib"] = {"skipped": f"above --rdflib-max {label(args.rdflib_max)} (rdflib takes seconds to "
                                            "minutes per query at 100k, and parses 1M triples in about 30 s per child)"}
            elif "sparql" in info:
                task = {"kind": "query-rdflib", "data": str(dump), "sparql": info["sparql"],
                        "bindings": info["bindings"], "runs": args.query_runs}
                rec["rdflib"] = measure(task, 1, args.query_timeout)
                print(f"   {q.name}: rdflib {json.dumps({k: v for k, v in rec['rdflib'].items() if k != 'info'})}",
                      file=sys.stderr, flush=True)
        (OUT / "results.json").write_text(json.dumps(_RESULTS, indent=1, ensure_ascii=False))


_RESULTS: dict = {}


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"bad size {text!r}")
    return int(float(m.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()])


def label(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = {}
    for pkg in PACKAGES:
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "not installed"
    return {
        "nproc": os.cpu_count(),
        "memory": mem,
        "cpu": cpu,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "versions": versions,
    }


def generate(n: int, seed: int) -> tuple[Path, float, int]:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-{label(n)}-s{seed}.nq"
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "--triples", str(n), "--seed", str(seed), "--out", str(path), "--defects", "3"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    seconds = time.perf_counter() - t
    count = int(re.search(r"(\d+) statements written", proc.stderr).group(1))
    return path, seconds, count


PAIRS = (  # (step, ours, baseline)
    ("load", "load-oxigraph", "load-rdflib"),
    ("validate", "validate-kg", "validate-pyshacl"),
    ("reason", "reason-rules", "reason-reasonable"),
    ("reason", "reason-rules", "reason-owlrl"),
    ("export", "export-oxigraph", "export-rdflib"),
)
NAMES = {
    "load-oxigraph": "pyoxigraph bulk_load (memory)",
    "load-rdflib": "rdflib Dataset.parse (memory)",
    "validate-kg": "kg.validate.validation.validate",
    "validate-pyshacl": "plain pyshacl.validate",
    "reason-rules": "kg.reason rules engine (materialize: read + reason + write)",
    "reason-reasonable": "reasonable (from_graph + reason)",
    "reason-owlrl": "owlrl DeductiveClosure",
    "export-oxigraph": "pyoxigraph Store.dump N-Quads",
    "export-rdflib": "rdflib serialize N-Quads",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="directive-kg benchmarks (see the module docstring)")
    ap.add_argument("--sizes", default="100k", help="comma-separated sizes, e.g. 10k,100k,1M")
    ap.add_argument("--quick", action="store_true", help="one child per measurement, one query run")
    ap.add_argument("--repeats", type=int, default=3, help="child processes per measurement (default 3)")
    ap.add_argument("--slow-repeats", type=int, default=1, help="child processes for validate and reason (default 1)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--timeout", type=float, default=900, help="seconds per child process")
    ap.add_argument("--query-timeout", type=float, default=120,
                    help="seconds per query child process (load, warm-up and runs); it is killed after that")
    ap.add_argument("--query-runs", type=int, default=5, help="timed runs per query after the warm-up (default 5)")
    ap.add_argument("--rdflib-max", type=parse_size, default=None,
                    help="skip the rdflib baseline of the query step above this size")
    ap.add_argument("--validate-max", type=parse_size, default=None,
                    help="skip validation above this size (pyshacl's SPARQL constraints take hours at 1M)")
    ap.add_argument("--baseline-max", type=parse_size, default=None,
                    help="sizes above this run only our side of load, reason and export (no rdflib/reasonable baseline)")
    ap.add_argument("--owlrl-max", type=parse_size, default=None,
                    help="skip the owlrl baseline above this size (it takes tens of minutes at 1M)")
    ap.add_argument("--merge", action="store_true",
                    help="keep the other sizes of bench/out/results.json and rewrite RESULTS.md with all")
    ap.add_argument("--query-engines", default=",".join(QUERY_ENGINES),
                    help="engines for the query step: oxigraph (folder store), memory (the folder mirrored in "
                         "memory, as `dkg serve --memory`), rdflib (baseline)")
    ap.add_argument("--queries", default="", help="comma-separated named queries to run (default: all)")
    ap.add_argument("--reuse-store", action="store_true",
                    help="query the folder store left in bench/out/stores by an earlier run instead of loading it again")
    ap.add_argument("--reuse-data", action="store_true",
                    help="use the N-Quads file an earlier run generated (same size and seed) instead of generating it again")
    ap.add_argument("--skip", default="", help="comma-separated steps to skip: load,queries,validate,reason,export")
    ap.add_argument("--results", default=str(HERE / "RESULTS.md"))
    ap.add_argument("--render-only", action="store_true", help="only rewrite RESULTS.md from bench/out/results.json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.render_only:  # rewrite RESULTS.md from bench/out/results.json
        _write_results(args.results, render(json.loads((OUT / "results.json").read_text()), args))
        return 0
    if args.child:
        text = Path(args.child[1:]).read_text() if args.child.startswith("@") else args.child
        print(json.dumps(child(json.loads(text))))
        return 0

    repeats = 1 if args.quick else args.repeats
    skip = {s for s in args.skip.split(",") if s}
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    argv_used = sys.argv[1:] if argv is None else argv
    results: dict = _RESULTS
    results.update({"machine": machine(), "sizes": {}})
    if args.merge and (OUT / "results.json").exists():
        results["sizes"] = json.loads((OUT / "results.json").read_text())["sizes"]
    for n in sizes:
        print(f"== {label(n)}: generating", file=sys.stderr, flush=True)
        before = results["sizes"].get(label(n), {})
        earlier = OUT / str(before.get("file", ""))
        if args.reuse_data and before.get("statements") and earlier.is_file() and earlier.name:
            path, gen_s, count = earlier, before.get("generate_s"), before["statements"]  # (deterministic)
        else:
            path, gen_s, count = generate(n, args.seed)
        entry: dict = dict(before) if args.merge else {}
        entry.update({"file": path.name, "statements": count, "generate_s": gen_s, "bytes": path.stat().st_size,
                       "repeats": repeats, "slow_repeats": min(repeats, args.slow_repeats)})
        entry.setdefault("commands", []).append("python bench/run.py " + " ".join(argv_used))
        results["sizes"][label(n)] = entry
        measured = set()
        for step, ours, base in PAIRS:
            if step in skip:
                continue
            if step == "validate" and args.validate_max is not None and n > args.validate_max:
                entry["skipped_validate"] = f"above --validate-max {label(args.validate_max)}"
                continue
            for kind in (ours, base):
                if kind in measured:  # "ours" of a step with two baselines
                    continue
                measured.add(kind)
                if kind == base and args.baseline_max is not None and n > args.baseline_max:
                    entry.setdefault("skipped_baselines", []).append(kind)
                    continue
                if kind == "reason-owlrl" and args.owlrl_max is not None and n > args.owlrl_max:
                    entry["skipped_owlrl"] = f"above --owlrl-max {label(args.owlrl_max)}"
                    continue
                print(f"== {label(n)}: {kind}", file=sys.stderr, flush=True)
                task = {"kind": kind, "data": str(path), "target": str(OUT / f"export-{kind}.nq")}
                reps = min(repeats, args.slow_repeats) if step in ("validate", "reason") else repeats
                entry[kind] = measure(task, reps, args.timeout)
                print(f"   {json.dumps({k: v for k, v in entry[kind].items() if k != 'info'})}", file=sys.stderr, flush=True)
        if "queries" not in skip:
            entry.pop("queries-oxigraph", None), entry.pop("queries-rdflib", None)  # the former step
            query_step(n, path, args, entry)
        OUT.mkdir(exist_ok=True)
        (OUT / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    _write_results(args.results, render(results, args))
    print(f"wrote {os.path.relpath(args.results, ROOT)}", file=sys.stderr)
    return 0


#: A section that another script appends to RESULTS.md (bench/validate_bench.py --append).
_KEPT_SECTION = "## Validation at scale"


def _write_results(path: str, text: str) -> None:
    """Write RESULTS.md, keeping the section bench/validate_bench.py appended to the old one."""
    old = Path(path).read_text(encoding="utf-8") if Path(path).exists() else ""
    if _KEPT_SECTION in old and _KEPT_SECTION not in text:
        text = text.rstrip("\n") + "\n\n" + old[old.index(_KEPT_SECTION):]
    Path(path).write_text(text, encoding="utf-8")


# ============================================================================ report


def _fmt_s(m: dict | None) -> str:
    if not m:
        return "-"
    if "timeout" in m:
        return f"> {m['timeout']:g} s (timeout)"
    if "error" in m:
        return "error"
    s = m["median"]
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def _peak(m: dict | None) -> str:
    return f"{m['peak_mib']:,.0f}" if m and "peak_mib" in m else "-"


def _ratio(ours: dict | None, base: dict | None) -> str:
    if not ours or not base or "median" not in ours:
        return "-"
    if "timeout" in (base or {}):
        return f"> {base['timeout'] / max(ours['median'], 1e-9):.0f}×"
    if "median" not in base:
        return "-"
    return f"{base['median'] / max(ours['median'], 1e-9):.1f}×"


def render(results: dict, args) -> str:
    m = results["machine"]
    cmd_sizes = args.sizes
    lines = [
        "# Benchmarks",
        "",
        "Generated by `bench/run.py`; do not edit by hand. Each time is the median over the child "
        "processes counted in the `runs` column (ours / baseline); peak memory is the "
        "largest `ru_maxrss` of the child processes (whole process, interpreter and imports included).",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']} ({m['nproc']} logical cores as seen by `os.cpu_count()`)",
        f"- memory: {m['memory']}",
        f"- OS / Python: {m['os']} / {m['python']}",
        "- packages: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "",
        "## Reproduce",
        "",
        "```sh",
        "pip install -e '.[dev]' && pip install -r bench/requirements.txt",
        *dict.fromkeys(c for e in results["sizes"].values() for c in e.get("commands", [f"python bench/run.py --sizes {cmd_sizes}"])),
        "```",
        "",
        "Data: `bench/generate.py --seed "
        f"{args.seed} --defects 3` (3 injected defects of each of 10 kinds, 30 focus nodes in all). "
        "Outputs go to `bench/out/` (git-ignored); raw numbers to `bench/out/results.json`.",
        "",
    ]
    for size, e in results["sizes"].items():
        lines += [
            f"## {size} ({e['statements']:,} statements, {e['bytes'] / 2**20:.0f} MiB of N-Quads, generated in {e['generate_s']:.1f} s)",
            "",
            "| step | ours | time | peak MiB | baseline | time | peak MiB | baseline / ours | runs |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        shown = set()
        for step, ours, base in PAIRS:
            if ours not in e and base not in e:
                continue
            if base not in e and ours in shown:  # a second baseline that was not run
                continue
            shown.add(ours)
            o, b = e.get(ours), e.get(base)
            lines.append(
                f"| {step} | {NAMES[ours]} | {_fmt_s(o)} | {_peak(o)} | {NAMES[base]} | {_fmt_s(b)} | "
                f"{_peak(b)} | {_ratio(o, b)} | {len((o or {}).get('runs', []))} / {len((b or {}).get('runs', []))} |"
            )
        notes = []
        if e.get("skipped_owlrl"):
            notes.append(f"owlrl not run ({e['skipped_owlrl']})")
        if e.get("skipped_baselines"):
            notes.append(f"baselines not run ({', '.join(sorted(set(e['skipped_baselines'])))}: above --baseline-max; "
                         "rdflib needs about 1.5 GiB and 30 s per million triples just to parse, reasonable 4 GiB)")
        if e.get("skipped_validate"):
            notes.append(f"validation not run ({e['skipped_validate']})")
        for kind in ("load-oxigraph", "load-rdflib"):
            if e.get(kind, {}).get("info", {}).get("quads") is not None:
                notes.append(f"{kind}: {e[kind]['info']['quads']:,} quads")
        for kind in ("validate-kg", "validate-pyshacl", "reason-rules", "reason-reasonable", "reason-owlrl"):
            info = e.get(kind, {}).get("info")
            if info:
                notes.append(f"{kind}: {json.dumps(info, ensure_ascii=False)}")
            elif e.get(kind, {}).get("error"):
                notes.append(f"{kind}: error `{e[kind]['error'][:160]}`")
        loads = [x for v in e.values() if isinstance(v, dict) for x in v.get("loadavg", [])]
        if notes:
            lines += ["", "What each side computed: " + "; ".join(notes) + "."]
        if loads:
            lines += ["", f"The machine was shared: its 1-minute load average was {min(loads):.1f} to {max(loads):.1f} "
                          f"on {results['machine']['nproc']} cores when the {len(loads)} child processes that "
                          "recorded it started (earlier runs did not record it)."]
        qo, qr = e.get("queries-oxigraph"), e.get("queries-rdflib")
        if qo or qr:
            lines += [
                "",
                "Named queries (`queries/*.rq` bound by `kg.queries` from their header defaults, required "
                f"ones set to {json.dumps(REQUIRED_VALUES, ensure_ascii=False)}; then the benchmark's own "
                "`bench/queries/*.rq`, named `bench/...`). Median of "
                f"{1 if args.quick else 3} runs after a warm-up, one child process per engine; both engines "
                "query the union of the named graphs:",
                "",
                "| query | pyoxigraph | answers | rdflib | answers | rdflib / pyoxigraph |",
                "|---|---|---|---|---|---|",
            ]
            qo_q = (qo or {}).get("info", {}).get("queries", {})
            qr_q = (qr or {}).get("info", {}).get("queries", {})
            for name in sorted(set(qo_q) | set(qr_q)):
                a, b = qo_q.get(name, {}), qr_q.get(name, {})
                differ = "answers" in a and "answers" in b and a["answers"] != b["answers"]
                lines.append(
                    f"| {name} | {_fmt_s(a)} | {a.get('answers', '-')} | {_fmt_s(b)} | {b.get('answers', '-')}"
                    f"{' (differs)' if differ else ''} | {_ratio(a, b) if not differ else 'not comparable'} |"
                )
            errs = [f"{eng} {name}: `{v['error'][:150]}`" for eng, qq in (("pyoxigraph", qo_q), ("rdflib", qr_q)) for name, v in qq.items() if "error" in v]
            if errs:
                lines += ["", "Errors: " + "; ".join(errs) + "."]
            for eng, q in (("pyoxigraph", qo), ("rdflib", qr)):
                if q and ("timeout" in q or "error" in q):
                    lines += ["", f"{eng} query child: {q.get('error') or 'timeout'}."]
        nq = e.get("named-queries")
        if nq:
            goal = 0.1 if size == "1M" else 1.0 if size == "10M" else None
            sl = e.get("store-load", {})
            opens = [r["memory"]["info"]["open_s"] for r in nq["queries"].values()
                     if (r.get("memory") or {}).get("info", {}).get("open_s")]

            def runs_of(engine: str) -> str:
                counts = sorted({len(r[engine]["info"]["times"]) for r in nq["queries"].values()
                                 if (r.get(engine) or {}).get("info", {}).get("times")})
                return "/".join(str(c) for c in counts) or "-"
            lines += [
                "",
                f"Named queries (`queries/*.rq`), each in its own child process per engine, killed after "
                f"{nq['timeout']:g} s. **folder**: `kg.queries.run` (post-steps included) on a folder store loaded "
                f"with `bulk_load` plus the search index rebuilt ({_fmt_s(sl)}"
                + (f", of which the index {sl['info']['index_s']:.2f} s" if sl.get("info", {}).get("index_s") else "")
                + "), what `dkg query` reads. **memory**: the same call on the same folder opened with "
                "`Store.open(memory=True)`, what `dkg serve --memory` reads"
                + (f" (opening it, which reads the whole store into memory, took {statistics.median(opens):.1f} s)"
                   if opens else "")
                + f". **rdflib**: the same SPARQL texts and bindings that `kg.queries.run` ran (the query, then "
                f"its details query for `cascade`, `lag` and `targets`) on an in-memory "
                f"`rdflib.Dataset` holding the same quads (parsing not timed). Each: p50 of the runs after a warm-up "
                f"(folder {runs_of('oxigraph')}, memory {runs_of('memory')}, rdflib {runs_of('rdflib')} runs). Parameters: {json.dumps(nq['params'], ensure_ascii=False)} where a query has them "
                "(`date` fixed so that reruns bind the same day)."
                + (f" Goal at {size}: p50 < {goal * 1000:.0f} ms and ≥ 10× faster than rdflib." if goal else ""),
                "",
                "| query | folder p50 | memory p50 | rows (SPARQL rows) | rdflib p50 | SPARQL rows | rdflib / folder "
                "| rdflib / memory |" + (" goal met: folder / memory |" if goal else ""),
                "|---|---|---|---|---|---|---|---|" + ("---|" if goal else ""),
            ]
            loads = []
            jemalloc_seen = False
            for name, rec in nq["queries"].items():
                o, m, b = rec.get("oxigraph", {}), rec.get("memory", {}), rec.get("rdflib", {})
                loads += o.get("loadavg", []) + m.get("loadavg", []) + b.get("loadavg", [])
                oi, bi = o.get("info") or m.get("info") or {}, b.get("info") or {}
                rows = f"{oi.get('rows', '-')} ({oi.get('sparql_rows', '-')})" if oi else "-"
                if "skipped" in b:
                    bcell, ratios = "skipped", ("-", "-")
                elif "timeout" in b:  # the child (parse, warm-up and runs) was killed: no per-run time
                    bcell, ratios = f"killed at {b['timeout']:g} s", ("not measured", "not measured")
                elif not b:
                    bcell, ratios = "-", ("-", "-")
                else:
                    bcell = _fmt_s(b)
                    same = bi.get("sparql_rows", oi.get("sparql_rows")) == oi.get("sparql_rows")
                    ratios = tuple((_ratio(x, b) if "median" in x else "-") if same else "differs" for x in (o, m))
                met = ""
                if goal:  # the time, and the ratio to rdflib where rdflib was measured
                    def meets(x):
                        fast = x["median"] < goal
                        ten = "median" not in b or x["median"] * 10 <= b["median"]
                        return "yes" if fast and ten else "no" + ("" if ten else " (< 10×)") if fast else "no"
                    met = " " + " / ".join(meets(x) if "median" in x else "-" for x in (o, m)) + " |"
                def cell(x):  # † marks a child that ran with jemalloc (LD_PRELOAD)
                    return (_fmt_s(x) + ("†" if (x.get("info") or {}).get("malloc") == "jemalloc" else "")) if x else "-"
                jemalloc_seen = jemalloc_seen or any((x.get("info") or {}).get("malloc") == "jemalloc" for x in (o, m, b))
                lines.append(f"| {name} | {cell(o)} | {cell(m)} | {rows} | {bcell} "
                             f"| {bi.get('sparql_rows', '-')} | {ratios[0]} | {ratios[1]} |{met}")
            if jemalloc_seen:
                lines += ["", "† the child process ran with jemalloc as its allocator (`LD_PRELOAD`, as `dkg serve` "
                              "arranges where the library is installed); the others with the system's (glibc)."]
            skipped = {rec["rdflib"]["skipped"] for rec in nq["queries"].values() if "skipped" in rec.get("rdflib", {})}
            errs = [f"{eng} {name}: `{rec[eng]['error'][:150]}`" for name, rec in nq["queries"].items()
                    for eng in QUERY_ENGINES if "error" in (rec.get(eng) or {})]
            if skipped:
                lines += ["", "rdflib not run: " + "; ".join(sorted(skipped)) + "."]
            if errs:
                lines += ["", "Errors: " + "; ".join(errs) + "."]
            if loads:
                lines += ["", f"1-minute load average when the query children started: {min(loads):.1f} to {max(loads):.1f} "
                              f"on {results['machine']['nproc']} cores."]
        lines.append("")
    notes_file = HERE / "RESULTS-notes.md"
    if notes_file.exists():
        lines += [notes_file.read_text(encoding="utf-8")]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
