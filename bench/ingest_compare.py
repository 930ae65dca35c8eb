"""Does a store this checkout ingests answer as one another revision ingests does? For a change of what an
ingest writes (fewer quads, the same answers): each side ingests the same texts into a new folder store with its
own code, then reads it back with its own code, and the answers are compared.

    python bench/ingest_compare.py --base main [--texts 200] [--dirs FOLDER ...] [--keep FOLDER]

Texts: ``--dirs`` (folders of texts, e.g. ``tests/devtexts27``), else ``--texts`` of ``bench/ingest_bench.py``'s
generated texts. The base's code is ``git archive REF`` (``bench/baseline.py``), run with this interpreter.

What is compared, each side reading its own store:

* every named query's rows (as multisets; the columns in order) with its example and, where it takes them, the
  store's documents (up to ``--docs`` of them) and places;
* the document card (the read model of ``dkg show``, the page and its JSON twin) of those documents, in both
  languages;
* ``dkg review list --format json``, ``dkg review sources``, ``dkg review export``;
* ``dkg export --format nq`` of the whole store, and of the slices ``--doc KEY`` of the first documents, as sets of
  quads (blank nodes given one label);
* ``dkg validate`` of the whole store (its exit status and its report).

Exit status 1 when anything differs; each difference is named.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from baseline import baseline_code  # (beside this file)

ROOT = Path(__file__).resolve().parents[1]

READER = r"""
import json, re, shlex, subprocess, sys
from kg import queries as Q
from kg.cards import document_card
from kg.store import Store
store_path, docs_most = sys.argv[1], int(sys.argv[2])
out = {}
def cli(*args):
    r = subprocess.run([sys.executable, "-m", "kg", "--lang", "en", "--store", store_path, *args],
                       capture_output=True, text=True)
    return r.returncode, r.stdout
def quads(text):  # an N-Quads file as a sorted list, blank nodes given one label
    return sorted({re.sub(r"_:\S+", "_:b", line) for line in text.splitlines() if line.strip()})
store = Store.open(store_path)
P = "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
_, rows = store.select(P + "SELECT DISTINCT ?key WHERE { ?d dkg:key ?key ; dkg:extractedFrom ?s } ORDER BY ?key")
docs = [r["key"].value for r in rows][:docs_most]
_, rows = store.select(P + "SELECT DISTINCT ?name WHERE { ?d dkg:jurisdiction/rdfs:label ?name } ORDER BY ?name LIMIT 4")
places = [r["name"].value for r in rows]
for q in Q.catalog():
    words = shlex.split(q.example)
    sets = [dict(w.split("=", 1) for w in words[words.index("-p") + 1::2]) if "-p" in words else {}]
    names = {p.name for p in q.parameters}
    if "doc" in names:
        sets += [{"doc": d} for d in docs]
    elif "place" in names:
        sets += [{"place": p} for p in places]
    for params in sets:
        try:
            res = Q.run(store, q.name, params)
            answer = [list(res.columns), sorted(map(repr, res.rows))]
        except Exception as exc:  # (an error is an answer too: the same one on both sides)
            answer = ["error", type(exc).__name__, str(exc)]
        out[f"query {q.name} {json.dumps(params, ensure_ascii=False, sort_keys=True)}"] = answer
for key in docs:
    for lang in ("vi", "en"):
        out[f"card {key} {lang}"] = json.loads(json.dumps(document_card(store, key, lang), ensure_ascii=False,
                                                          sort_keys=True, default=str))
store.close()
out["review list"] = cli("review", "list", "--format", "json")
out["review sources"] = cli("review", "sources")
out["review export"] = cli("review", "export")
code, text = cli("export", "--format", "nq")
out["export"] = [code, quads(text)]
for key in docs[:10]:
    code, text = cli("export", "--format", "nq", "--doc", key)
    out[f"export --doc {key}"] = [code, quads(text)]
out["validate"] = cli("validate")
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def side(code: Path, texts: list[str], work: Path, docs: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"}
    store = work / "store"
    subprocess.run([sys.executable, "-m", "kg", "--store", str(store), "ingest", *texts], env=env, check=True,
                   capture_output=True)
    run = subprocess.run([sys.executable, "-c", READER, str(store), str(docs)], env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(run.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="main", help="git ref of the base's code (default: %(default)s)")
    ap.add_argument("--texts", type=int, default=200, help="generated texts, where no --dirs is given")
    ap.add_argument("--dirs", nargs="*", default=None, help="folders of texts to ingest instead")
    ap.add_argument("--docs", type=int, default=60, help="the most documents whose queries and cards are compared")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.dirs:
            texts = [str(Path(d).resolve()) for d in args.dirs]
        else:
            from ingest_bench import generate  # (beside this file)
            generate(args.texts, work / "texts")
            texts = [str(work / "texts")]
        base = baseline_code(args.base, work / "base")
        (work / "ours").mkdir()
        (work / "theirs").mkdir()
        ours, theirs = side(ROOT, texts, work / "ours", args.docs), side(base, texts, work / "theirs", args.docs)
    differ = [k for k in sorted(ours.keys() | theirs.keys()) if ours.get(k) != theirs.get(k)]
    for k in differ:
        print("differs:", k)
    digest = hashlib.sha256(json.dumps(ours, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]
    exports = len(ours.get("export", [0, []])[1])
    print(f"{len(ours)} answers compared ({sum(k.startswith('query') for k in ours)} query runs, "
          f"{sum(k.startswith('card') for k in ours)} cards, whole export {exports} quads), {len(differ)} differ; "
          f"ours {digest}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
