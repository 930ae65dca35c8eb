"""Do this checkout's named queries give the same rows as another revision's? For the dated
queries (as of a day) above all: a rewrite that makes them faster must not change an answer.

    python bench/asof_compare.py --base main [--store FOLDER] [--queries coverage,outcomes]

The store is a folder store (``--store``, opened read-only; e.g. the 1M store of
``bench/engines_bench.py``) or, by default, a fresh one filled with the bundled data and the shared
texts (``../shared`` beside the checkout: its corpus and articles) by ``dkg load`` and ``dkg
ingest``. The base revision's ``queries/`` (details included) is taken from git into a temporary
folder; each query is then run from both files through ``kg.queries.run`` (this checkout's code)
with the same parameters: every query's example, the store's own documents and places, and each
of the days given by ``--days`` plus the day before and the day of the first, the middle and the last
publication the store records (so that the known-by-then rule has texts on both sides of the day). The rows are
compared as multisets (a tie in ORDER BY may be broken otherwise); the columns in order. Exit
status 1 when any parameter set differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg import queries as Q
from kg import resources
from kg.errors import DkgError
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PREFIXES = ("PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")


def base_queries(rev: str, into: Path) -> Path:
    """The ``queries/`` folder of revision ``rev``, written under ``into``."""
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, "queries/"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    for name in names:
        if name.endswith(".rq"):
            target = into / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, check=True,
                                              capture_output=True).stdout)
    return into / "queries"


def filled_store(folder: Path) -> None:
    """The bundled data and the shared texts, by the commands a user types."""
    bundled = sorted(str(p) for p in resources.package_data("bundled").glob("*.ttl"))
    texts = [str(SHARED / "corpus" / "texts"), str(SHARED / "articles" / "texts")]
    dkg = [sys.executable, "-m", "kg", "--store", str(folder)]
    subprocess.run([*dkg, "load", *bundled], check=True, capture_output=True)
    # (exit 1 when a text is kept in quarantine: the others are in)
    done = subprocess.run([*dkg, "ingest", *texts], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"dkg ingest failed: {done.stderr}")


def column(store: Store, sparql: str, name: str) -> list[str]:
    _, rows = store.select(PREFIXES + sparql)
    return [r[name].value for r in rows if r.get(name) is not None]


def days(store: Store, given: list[str]) -> list[str]:
    """The days given, and around the first, the middle and the last publication the store records."""
    published = column(store, "SELECT DISTINCT ?day WHERE { ?s dkg:published ?day } ORDER BY ?day", "day")
    out = list(given)
    for value in dict.fromkeys(published[i] for i in (0, len(published) // 2, -1)) if published else ():
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            continue
        out += [(day - dt.timedelta(days=1)).isoformat(), day.isoformat()]
    return list(dict.fromkeys(out))


def answer(store: Store, query: Path, params: dict[str, str]) -> tuple[list[str], list[str]]:
    """The columns and the rows (sorted, as text) of a query file; a refusal (a document the store
    lacks, say) as its message, which the other version must give alike."""
    try:
        table = Q.run(store, str(query), params)
    except DkgError as exc:
        return [f"{type(exc).__name__}: {exc}"], []
    return list(table.columns), sorted(map(repr, table.rows))


def parameter_sets(store: Store, query: Q.NamedQuery, on: list[str], docs: list[str],
                   places: list[str]) -> list[dict[str, str]]:
    words = shlex.split(query.example)
    example = dict(w.split("=", 1) for w in words[words.index("-p") + 1::2]) if "-p" in words else {}
    names = {p.name for p in query.parameters}
    day_name = "date" if "date" in names else "as_of" if "as_of" in names else None
    sets = [example]
    if "doc" in names:
        sets += [{"doc": d} for d in docs]
    elif "place" in names:
        sets += [{"place": p} for p in places]
    elif not {p.name for p in query.parameters if p.required}:
        sets.append({})
    if day_name:
        anchors = [{"doc": d} for d in docs] if "doc" in names else (
            [{"place": p} for p in places] if "place" in names else [{}])
        sets += [{**a, day_name: day} for a in anchors for day in on]
        if "doc" in names and "place" in names:
            sets += [{"doc": docs[0], "place": p, day_name: on[0]} for p in places]
    return sets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="main", help="the revision whose queries/ is compared (default main)")
    ap.add_argument("--store", type=Path, help="a folder store to read (default: bundled data + shared texts)")
    ap.add_argument("--queries", help="comma-separated named queries (default: every one with a day)")
    ap.add_argument("--days", default="2024-06-30,2025-08-01,2026-01-01", help="comma-separated days")
    ap.add_argument("--docs", type=int, default=3, help="documents taken per kind of link (default 3)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = base_queries(args.base, Path(tmp) / "base")
        folder = args.store
        if folder is None:
            folder = Path(tmp) / "store"
            filled_store(folder)
        store = Store.open(folder, read_only=True)
        docs: list[str] = []
        for link in ("dkg:implements", "dkg:reportsOn", "dkg:setBy", "dkg:reviews"):
            docs += column(store, f"SELECT DISTINCT ?key WHERE {{ ?d dkg:key ?key . ?x {link} ?d }} "
                                  f"ORDER BY ?key LIMIT {args.docs}", "key")
        docs = list(dict.fromkeys(docs))
        places = column(store, "SELECT DISTINCT ?name WHERE { ?d dkg:jurisdiction/rdfs:label ?name } "
                               "ORDER BY ?name LIMIT 4", "name")
        on = days(store, args.days.split(","))
        wanted = args.queries.split(",") if args.queries else [
            q.name for q in Q.catalog() if {p.name for p in q.parameters} & {"date", "as_of"}]
        print(f"days {', '.join(on)}; {len(docs)} documents, {len(places)} places", flush=True)
        differ = 0
        for name in wanted:
            ours, theirs = ROOT / "queries" / f"{name}.rq", base / f"{name}.rq"
            sets = parameter_sets(store, Q.get(name), on, docs, places)
            rows = same = 0
            seconds = [0.0, 0.0]
            for params in sets:
                start = time.perf_counter()
                got = answer(store, ours, params)
                seconds[0] += time.perf_counter() - start
                start = time.perf_counter()
                want = answer(store, theirs, params)
                seconds[1] += time.perf_counter() - start
                if got == want:
                    same += 1
                    rows += len(got[1])
                else:
                    differ += 1
                    print(f"  DIFFER {name} {params}: {len(got[1])} rows against {len(want[1])}", flush=True)
            print(f"{name}: {same}/{len(sets)} parameter sets the same ({rows} rows); "
                  f"{seconds[0]:.2f} s here, {seconds[1]:.2f} s on {args.base}", flush=True)
        store.close()
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
