"""Where a pass of extraction goes, by stage, and how much of it reads sentences that give nothing (issue 12).

    .venv/bin/python bench/stage_profile.py [--passes 10] [--repeats 7] [--no-ceilings] [--samples 200]

The texts are the bench's (``../shared/corpus/texts`` and ``tests/corpus/texts``, as ``bench/extract_bench.py``).
Everything is measured from outside the product code: the steps ``kg.extract.extract`` calls are wrapped in this
process only (the names in ``kg.extract``'s namespace), never changed.

* by stage: CPU time of each step ``extract`` calls (and the four steps of ``read_text``), a pass's mean over
  ``--passes`` passes after a warm-up, with its share of the pass (the wrappers' own cost is in the total);
* sentences: how many a pass holds, how many each sentence reader reads through (the assignment reader: those it
  does not leave at once, counted by its clause split; the figure reader: those it looks for figures in) and how many
  give it a fact (a fact's span opens in the sentence);
* by kind of sentence (``--samples PASSES``): a sampling profiler on the process's CPU clock (``signal.setitimer``)
  charges each sample taken inside the figure reader or the task reader to the sentence it is reading (its local
  ``s``; before or after its loop, to its set-up), and the sentences to four kinds: those that give the reader a fact,
  those whose digits make no figure (a document's number, a date), those with a figure that gives nothing, those
  without a digit;
* ceilings (unless ``--no-ceilings``): the CPU time of a pass when a reader is handed only the sentences that give it
  a fact (known from a first pass: an oracle no gate can beat), when it is handed none (its per-text set-up alone),
  and when it is not run; best of ``--repeats``, the variants in turn. What a gate of sentences could save at most is
  the pass less the first; the output of those variants is not the product's, and is not kept.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg.extract as E  # noqa: E402
import kg.extract.assignments as A  # noqa: E402
import kg.extract.figures as F  # noqa: E402

# the steps of ``extract`` and of ``read_text``, as named in kg.extract's namespace
STEPS = ["text_documents", "find_links", "find_events", "classify", "without_shortcomings", "without_damage",
         "issued_by_review", "report_subject", "own_results", "assigned_amounts", "date_outcomes", "report_aims",
         "reported_aims", "doc_resolver", "event_subjects", "superseded_by", "find_assignments",
         "related_pages", "outside_related_pages", "without_described", "find_place", "assign_confidence", "document_refs",
         "named_documents", "headed_mention", "issued_document", "official_level"]
READ_STEPS = ["prepare", "text_day", "find_dates", "collect"]


def bench_texts() -> list[str]:
    dirs = [ROOT.parent / "shared" / "corpus" / "texts", ROOT / "tests" / "corpus" / "texts"]
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    if not files:
        raise SystemExit("no bench texts (../shared/corpus/texts or tests/corpus/texts)")
    return [f.read_text(encoding="utf-8") for f in files]


def _timed(fn, label: str, spent: collections.Counter):
    def run(*args, **kwargs):
        c0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - c0
    return run


def by_stage(texts: list[str], passes: int) -> None:
    spent: collections.Counter = collections.Counter()
    saved = {name: getattr(E, name) for name in ["read_text", "Scope", *STEPS, *READ_STEPS]}
    for name in STEPS:
        setattr(E, name, _timed(saved[name], name, spent))
    for name in READ_STEPS:
        setattr(E, name, _timed(saved[name], f"read_text: {name}", spent))
    E.read_text = _timed(saved["read_text"], "read_text", spent)
    finder = E.DocumentFinder.find
    E.DocumentFinder.find = _timed(finder, "read_text: DocumentFinder.find", spent)   # type: ignore[method-assign]
    build = saved["Scope"].build.__func__

    class TimedScope(saved["Scope"]):       # type: ignore[misc, valid-type]
        @classmethod
        def build(cls, *args, **kwargs):
            return _timed(lambda *a, **k: build(saved["Scope"], *a, **k), "Scope.build", spent)(*args, **kwargs)
    E.Scope = TimedScope
    try:
        for t in texts:
            E.extract(t)
        spent.clear()
        c0 = time.process_time()
        for _ in range(passes):
            for t in texts:
                E.extract(t)
        total = (time.process_time() - c0) / passes
    finally:
        for name, fn in saved.items():
            setattr(E, name, fn)
        E.DocumentFinder.find = finder      # type: ignore[method-assign]
    print(f"by stage: {total * 1000:.1f} ms of CPU a pass over {len(texts)} texts (wrappers included), "
          f"mean of {passes} passes")
    for label, s in sorted(spent.items(), key=lambda kv: -kv[1]):
        if s / passes >= 0.0001:
            print(f"  {s / passes * 1000:7.2f} ms {100 * s / passes / total:5.1f}%  {label}")


def _sentence_of(starts: list[int], at: int) -> int:
    return bisect.bisect_right(starts, at) - 1


def fact_sentences(texts: list[str]) -> tuple[dict, dict, int]:
    """For each text, the starts of the sentences that give a figure (a target or an outcome) and an assignment."""
    figures, tasks, n = {}, {}, 0
    for t in texts:
        r = E.read_text(t, None)
        facts = E.extract(t)
        starts = [s.start for s in r.sents]
        n += len(starts)
        figures[t] = {starts[_sentence_of(starts, x.span[0])] for x in facts.targets + facts.outcomes if x.span}
        tasks[t] = {starts[_sentence_of(starts, x.span[0])] for x in facts.assignments if x.span}
    return figures, tasks, n


def sentences_read(texts: list[str], figures: dict, tasks: dict, n: int) -> None:
    read: dict[str, set] = collections.defaultdict(set)
    current = [""]
    clauses, find_quantities = A.clauses, F.find_quantities

    def counted_clauses(f, s):
        read["tasks"].add((current[0], s.start))
        return clauses(f, s)

    def counted_quantities(t, f, c, blocked):
        read["figures"].add((current[0], c.start))
        return find_quantities(t, f, c, blocked)
    A.clauses, F.find_quantities = counted_clauses, counted_quantities
    try:
        starts_of = {}
        for t in texts:
            current[0] = t
            starts_of[t] = [s.start for s in E.read_text(t, None).sents]
            E.extract(t)
    finally:
        A.clauses, F.find_quantities = clauses, find_quantities
    print(f"sentences: {n} a pass")
    for reader, gives in (("tasks", tasks), ("figures", figures)):
        through = {(t, _sentence_of(starts_of[t], at)) for t, at in read[reader]}
        giving = sum(len(v) for v in gives.values())
        print(f"  {reader}: read through {len(through)}, give a fact {giving}")


def sentence_kinds(texts: list[str], figures: dict, tasks: dict, passes: int) -> None:
    from kg.extract.figures import find_quantities, has_figure  # noqa: PLC0415
    kinds: dict[tuple[str, str, int], str] = {}
    for t in texts:
        r = E.read_text(t, None)
        for s in r.sents:
            digit = has_figure(r.p.text, s.start, s.end)
            figure = digit and bool(find_quantities(r.p.text, r.p.folded, s, lambda at: False))
            for reader, gives in (("classify", figures), ("find_assignments", tasks)):
                kinds[(reader, t, s.start)] = ("gives a fact" if s.start in gives[t] else "a figure, no fact" if figure
                                               else "digits, no figure" if digit else "no digit")
    counts: collections.Counter = collections.Counter()
    samples = [0]
    current = [""]

    def sample(signum, frame):
        samples[0] += 1
        while frame is not None:
            reader = frame.f_code.co_name
            if reader in ("classify", "find_assignments") and frame.f_code.co_filename.endswith(
                    ("quantities.py", "assignments.py")):
                s = frame.f_locals.get("s")
                kind = kinds.get((reader, current[0], s.start), "set-up") if hasattr(s, "start") else "set-up"
                counts[(reader, kind)] += 1
                return
            frame = frame.f_back
    old = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(passes):
            for t in texts:
                current[0] = t
                E.extract(t)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    n = collections.Counter((reader, kind) for (reader, _, _), kind in kinds.items())
    print(f"by kind of sentence: {samples[0]} samples over {passes} passes (shares of the pass)")
    for (reader, kind), c in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {reader:17s} {100 * c / max(samples[0], 1):5.1f}%  {kind} ({n.get((reader, kind), 0) // 1} sentences)")


def ceilings(texts: list[str], figures: dict, tasks: dict, repeats: int) -> None:
    classify, find_assignments = E.classify, E.find_assignments
    current = [""]

    def only(fn, keep):
        return lambda p, sents, *a, **k: fn(p, [s for s in sents if s.start in keep[current[0]]], *a, **k)
    variants = {
        "as it is": {},
        "figures: only the sentences that give one": {"classify": only(classify, figures)},
        "figures: no sentence": {"classify": lambda p, sents, *a, **k: classify(p, [], *a, **k)},
        "figures: not run": {"classify": lambda *a, **k: ([], [])},
        "tasks: only the sentences that give one": {"find_assignments": only(find_assignments, tasks)},
        "tasks: no sentence": {"find_assignments": lambda p, sents, *a, **k: find_assignments(p, [], *a, **k)},
        "tasks: not run": {"find_assignments": lambda *a, **k: []},
        "both: only the sentences that give one": {"classify": only(classify, figures),
                                                   "find_assignments": only(find_assignments, tasks)},
    }
    best = {name: float("inf") for name in variants}
    try:
        for _ in range(repeats):
            for name, patch in variants.items():
                E.classify, E.find_assignments = classify, find_assignments
                for attr, fn in patch.items():
                    setattr(E, attr, fn)
                c0 = time.process_time()
                for t in texts:
                    current[0] = t
                    E.extract(t)
                best[name] = min(best[name], time.process_time() - c0)
    finally:
        E.classify, E.find_assignments = classify, find_assignments
    whole = best["as it is"]
    print(f"ceilings: CPU a pass, best of {repeats}, the variants in turn")
    for name, s in best.items():
        print(f"  {s * 1000:7.1f} ms {s / whole:6.3f}  {name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--no-ceilings", action="store_true")
    ap.add_argument("--samples", type=int, default=0, help="passes of the sampling profiler by kind of sentence")
    args = ap.parse_args()
    texts = bench_texts()
    by_stage(texts, args.passes)
    figures, tasks, n = fact_sentences(texts)
    sentences_read(texts, figures, tasks, n)
    if args.samples:
        sentence_kinds(texts, figures, tasks, args.samples)
    if not args.no_ceilings:
        ceilings(texts, figures, tasks, args.repeats)


if __name__ == "__main__":
    main()
