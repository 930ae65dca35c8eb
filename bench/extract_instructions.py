"""Extraction's work counted, not timed: instructions (valgrind callgrind) and the calls of its patterns.

    .venv/bin/python bench/extract_instructions.py [--against OTHER_CHECKOUT] [--passes 2] [--top 25]
    .venv/bin/python bench/extract_instructions.py --patterns [--top 40]
    .venv/bin/python bench/extract_instructions.py --gates

The texts are the bench's (``../shared/corpus/texts`` and ``tests/corpus/texts``, as ``bench/extract_bench.py``).

* instructions (the default): one process under ``valgrind --tool=callgrind`` extracts every text once (imports,
  compiled patterns and caches warm), then ``--passes`` passes; a second process does the same with 0 passes;
  the difference is the instructions of the passes alone. ``PYTHONHASHSEED=1`` and no bytecode written, so that
  a run is repeatable to about 0.5% on a loaded machine, where CPU time is not. ``--against`` measures another
  checkout (a worktree of ``main``) the same way, in turn, and prints the ratio. The self cost of the C functions
  that differ most between the two processes says where the passes' instructions go (the regex engine's
  ``sre_*``, the interpreter's ``_PyEval_EvalFrameDefault``, allocation).
* ``--patterns``: every call of every compiled pattern held at module level in ``kg.extract`` and ``kg.text``
  during one pass (after a warm-up), counted by pattern and method: the calls, the characters that searches pass
  over, and for ``match`` the distinct places asked per text. Counts, not times: the same on any machine.
* ``--gates``: what a scan shared by the cue patterns could save at most. The searches of one pass that read a
  stretch (a sentence, a clause, a window: ``search`` and ``finditer`` not over the whole text) are recorded and
  split into those that find something, those that find nothing though one of the pattern's words
  (``kg.extract.literals.required_words``) stands in the stretch, and those a test of the words could skip; each
  set is replayed (CPU time, best of ``--repeats``), and so is the least a gate costs when every such call goes
  through it (a Python call, a look-up and a bisection), and the one scan such a gate would need to know where the
  words stand, as one pattern of all the words over each string read (no automaton: no new dependency). Also
  counted: the calls asked again with the same arguments in one text, and their share of the replayed time.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import importlib
import os
import pkgutil
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def text_files(root: Path) -> list[Path]:
    dirs = [root.parent / "shared" / "corpus" / "texts", root / "tests" / "corpus" / "texts"]
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    if not files:
        raise SystemExit(f"no bench texts under {root} (../shared/corpus/texts or tests/corpus/texts)")
    return files


def run_passes(root: Path, passes: int) -> None:
    """The measured process: warm-up, then ``passes`` passes over the texts (run by valgrind)."""
    sys.path.insert(0, str(root))
    from kg.extract import extract  # noqa: PLC0415  (the checkout's own, after its path is set)

    texts = [f.read_text(encoding="utf-8") for f in text_files(root)]
    for t in texts:
        extract(t)
    for _ in range(passes):
        for t in texts:
            extract(t)


def _callgrind(root: Path, passes: int, out: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED="1", PYTHONDONTWRITEBYTECODE="1")
    cmd = ["valgrind", "--tool=callgrind", "--dump-instr=no", f"--callgrind-out-file={out}",
           sys.executable, str(Path(__file__).resolve()), "--run", str(passes), "--root", str(root)]
    done = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"callgrind failed on {root} ({passes} passes):\n{done.stderr[-2000:]}")


_LINE = re.compile(r"\s*([0-9,]+) \(\s*[0-9.]+%\)\s+(\S+)")


def self_costs(profile: Path) -> collections.Counter:
    """Instructions by C function (file:function), as ``callgrind_annotate`` sums them."""
    done = subprocess.run(["callgrind_annotate", "--threshold=100", "--auto=no", str(profile)], capture_output=True, text=True,
                          check=True)
    costs: collections.Counter = collections.Counter()
    for line in done.stdout.splitlines():
        m = _LINE.match(line)
        if m and "PROGRAM TOTALS" not in line:
            costs[m.group(2).rsplit("/", 1)[-1]] += int(m.group(1).replace(",", ""))
    return costs


def instructions(root: Path, passes: int) -> collections.Counter:
    """Instructions of ``passes`` passes by C function: a run with them less a run without."""
    with tempfile.TemporaryDirectory() as tmp:
        base, full = Path(tmp) / "zero.out", Path(tmp) / "full.out"
        _callgrind(root, 0, base)
        _callgrind(root, passes, full)
        full_costs, base_costs = self_costs(full), self_costs(base)
    full_costs.subtract(base_costs)
    return full_costs


def report_instructions(root: Path, against: Path | None, passes: int, top: int) -> None:
    runs = [("this checkout", root)] + ([("against", against)] if against else [])
    totals = {}
    for label, where in runs:
        costs = instructions(where, passes)
        total = sum(costs.values())
        totals[label] = total
        print(f"{label} ({where}): {total / 1e6:.1f} M instructions in {passes} passes over "
              f"{len(text_files(where))} texts")
        for name, n in sorted(costs.items(), key=lambda kv: -abs(kv[1]))[:top]:
            print(f"  {n / 1e6:8.1f} M {100 * n / total:5.1f}%  {name}")
    if against:
        print(f"ratio this/against: {totals['this checkout'] / totals['against']:.3f}")


class _Counted:
    """A module-level pattern that counts its calls (and forwards everything else to the pattern)."""

    def __init__(self, pattern: re.Pattern, name: str, tally: dict) -> None:
        self._p, self._name, self._tally = pattern, name, tally

    def __getattr__(self, attr: str):
        return getattr(self._p, attr)

    def _count(self, method: str, args: tuple) -> None:
        if not self._tally["on"]:
            return
        if "log" in self._tally:
            self._tally["log"].append((self._p, method, args))
        s = args[0]
        pos = args[1] if len(args) > 1 else 0
        end = min(args[2], len(s)) if len(args) > 2 else len(s)
        key = (self._name, method)
        self._tally["calls"][key] += 1
        if method in ("search", "finditer", "findall"):
            self._tally["chars"][key] += max(0, end - pos)
        elif method == "match":
            self._tally["places"][key].add((id(s), pos, end))

    def match(self, *args):
        self._count("match", args)
        return self._p.match(*args)

    def fullmatch(self, *args):
        self._count("fullmatch", args)
        return self._p.fullmatch(*args)

    def search(self, *args):
        self._count("search", args)
        return self._p.search(*args)

    def finditer(self, *args):
        self._count("finditer", args)
        return self._p.finditer(*args)

    def findall(self, *args):
        self._count("findall", args)
        return self._p.findall(*args)


def _one_pass(root: Path, log: bool = False) -> dict:
    """The calls of the module-level patterns of ``kg.extract`` and ``kg.text`` in one pass after a warm-up:
    counted, and with ``log`` also recorded in order (pattern, method, arguments)."""
    sys.path.insert(0, str(root))
    import kg.extract  # noqa: PLC0415
    import kg.text  # noqa: PLC0415
    from kg.extract import extract  # noqa: PLC0415

    tally: dict = {"on": False, "calls": collections.Counter(), "chars": collections.Counter(),
                   "places": collections.defaultdict(set)}
    if log:
        tally["log"] = []
    for pkg in (kg.extract, kg.text):
        for info in pkgutil.iter_modules(pkg.__path__):
            module = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for name, value in list(vars(module).items()):
                if isinstance(value, re.Pattern):
                    setattr(module, name, _Counted(value, f"{info.name}.{name}", tally))
    texts = [f.read_text(encoding="utf-8") for f in text_files(root)]
    for t in texts:
        extract(t)
    tally["on"] = True
    for t in texts:
        extract(t)
    tally["on"] = False
    tally["texts"] = texts
    return tally


def report_patterns(root: Path, top: int) -> None:
    tally = _one_pass(root)
    texts = tally["texts"]
    calls, chars, places = tally["calls"], tally["chars"], tally["places"]
    by_method = collections.Counter()
    for (_, method), n in calls.items():
        by_method[method] += n
    print(f"one pass over {len(texts)} texts ({sum(map(len, texts))} characters): {sum(calls.values())} calls of "
          f"{len({name for name, _ in calls})} patterns; " + ", ".join(f"{m} {n}" for m, n in by_method.most_common()))
    print(f"searches pass over {sum(chars.values())} characters; the patterns that read most:")
    for (name, method), n in chars.most_common(top):
        print(f"  {n:8d} chars {calls[name, method]:6d} calls  {method:8s} {name}")
    n_match = sum(calls[k] for k in places)
    n_places = sum(len(v) for v in places.values())
    print(f"match at one place: {n_match} calls at {n_places} distinct places (text, place, end); the most called:")
    for (name, method), n in sorted(((k, calls[k]) for k in places), key=lambda kv: -kv[1])[:top]:
        print(f"  {n:6d} calls {len(places[name, method]):6d} places  {name}")


def _replay(log: list, repeats: int) -> float:
    """CPU seconds of the recorded calls made again in order (a ``finditer`` run to its end), best of ``repeats``."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for pattern, method, args in log:
            if method == "finditer":
                for _m in pattern.finditer(*args):
                    pass
            else:
                getattr(pattern, method)(*args)
        best = min(best, time.process_time() - t0)
    return best


def _gate_cost(log: list, repeats: int) -> float:
    """CPU seconds of the least a gate in Python costs on each call of ``log``: a call, a look-up, a bisection."""
    places = list(range(0, 100_000, 37))
    known: dict[int, list[int]] = {}

    def gate(key: int, a: int, b: int) -> bool:
        at = known.get(key, places)
        i = bisect.bisect_left(at, a)
        return i < len(at) and at[i] < b

    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for pattern, _method, args in log:
            gate(id(pattern), args[1] if len(args) > 1 else 0, args[2] if len(args) > 2 else 0)
        best = min(best, time.process_time() - t0)
    return best


def _shared_scan_cost(stretch_scans: list, repeats: int) -> tuple[float, int, int]:
    """CPU seconds (best of ``repeats``) of the one scan a shared gate would need: a pattern of every word of the
    searched patterns (longest first), run once over each distinct string they read; the words, the matches."""
    from kg.extract.literals import required_words  # noqa: PLC0415  (the checkout's own)

    words: set[str] = set()
    strings: dict[int, str] = {}
    for pattern, _method, args, _pos, _end in stretch_scans:
        words.update(required_words(pattern) or ())
        strings[id(args[0])] = args[0]
    scan = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    best, matches = float("inf"), 0
    for _ in range(repeats):
        t0 = time.process_time()
        matches = sum(1 for s in strings.values() for _m in scan.finditer(s))
        best = min(best, time.process_time() - t0)
    return best, len(words), matches


def report_gates(root: Path, repeats: int) -> None:
    tally = _one_pass(root, log=True)
    from kg.extract.literals import required_words  # noqa: PLC0415  (the checkout's own)

    log = tally["log"]
    stretch_scans = []
    for pattern, method, args in log:
        if method not in ("search", "finditer"):
            continue
        s = args[0]
        pos = args[1] if len(args) > 1 else 0
        end = min(args[2], len(s)) if len(args) > 2 else len(s)
        if pos > 0 or end < len(s):
            stretch_scans.append((pattern, method, args, pos, end))
    found, worded, skippable = [], [], []
    for pattern, method, args, pos, end in stretch_scans:
        call = (pattern, method, args)
        if pattern.search(*args) is not None:
            found.append(call)
            continue
        words = required_words(pattern)
        if words and not any(args[0].find(w, pos, end) >= 0 for w in words):
            skippable.append(call)
        else:
            worded.append(call)
    every = found + worded + skippable
    print(f"one pass over {len(tally['texts'])} texts: {len(log)} calls of module-level patterns, "
          f"{len(stretch_scans)} of them searches of a stretch")
    rows = [("find something", found), ("find nothing, a word of the pattern in the stretch (or no words known)",
                                          worded), ("find nothing, no word of the pattern in the stretch", skippable)]
    for label, calls in rows:
        print(f"  {len(calls):6d} {label}: replayed {_replay(calls, repeats) * 1e3:.2f} ms of CPU")
    print(f"  a gate on each of the {len(every)} searches of a stretch: {_gate_cost(every, repeats) * 1e3:.2f} ms "
          f"of CPU, before finding where the words stand")
    scanned, n_words, matches = _shared_scan_cost(stretch_scans, repeats)
    print(f"  finding where the words stand without a new dependency, one pattern of all {n_words} words run once over "
          f"each string those searches read: {scanned * 1e3:.2f} ms of CPU ({matches} matches)")
    again = []
    counted: collections.Counter = collections.Counter()
    for pattern, method, args in log:
        key = (id(pattern), method) + tuple(id(a) if isinstance(a, str) else a for a in args)
        counted[key] += 1
        if counted[key] > 1:
            again.append((pattern, method, args))
    print(f"  {len(again)} calls asked again with the same arguments in one text: replayed "
          f"{_replay(again, repeats) * 1e3:.2f} ms of CPU, of {_replay(log, repeats) * 1e3:.2f} ms for every call")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, help="another checkout to measure the same way (a worktree of main)")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--patterns", action="store_true", help="count the patterns' calls instead of instructions")
    ap.add_argument("--gates", action="store_true", help="what a scan shared by the cue patterns could save at most")
    ap.add_argument("--repeats", type=int, default=5, help="replays of each set of calls for --gates (the best kept)")
    ap.add_argument("--run", type=int, help=argparse.SUPPRESS)       # (the measured process)
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.run is not None:
        run_passes(a.root.resolve(), a.run)
    elif a.patterns:
        report_patterns(a.root.resolve(), a.top)
    elif a.gates:
        report_gates(a.root.resolve(), a.repeats)
    else:
        report_instructions(a.root.resolve(), a.against.resolve() if a.against else None, a.passes, a.top)


if __name__ == "__main__":
    main()
