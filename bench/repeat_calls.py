"""Work extraction asks for again within one text: each function of ``kg.extract`` and ``kg.text`` counted (issue 12).

    .venv/bin/python bench/repeat_calls.py [--top 30] [--only NAME ...]

The texts are the bench's (``../shared/corpus/texts`` and ``tests/corpus/texts``, as ``bench/extract_bench.py``).
In this process only (never in the product code), every function of the modules of ``kg.extract`` and ``kg.text``,
and every method of their classes, is wrapped by one that counts its calls during one pass after a warm-up, and how
many of them repeat, in the same text, a call with equal arguments: numbers and flags by value, a ``Segment`` by its
bounds, a tuple by its items, anything else (a string, a text's prepared form, a mention) by identity. So a repeat is
the same question about the same object; an answer may still differ where the object changed in between (a list of
mentions that grew), which this does not see: read the function before memoising it.

Prints, by function: calls a pass, the calls that repeat one, and the CPU time of the repeats and of all calls (the
time includes the wrappers of the functions each call makes, so it ranks, it does not measure: use
``bench/extract_instructions.py --against`` for a change's cost). ``--only`` prints the functions whose name holds
one of the words given, repeated or not (to show that a reader asks a question once).
"""
from __future__ import annotations

import argparse
import collections
import functools
import importlib
import inspect
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench_texts() -> list[str]:
    dirs = [ROOT.parent / "shared" / "corpus" / "texts", ROOT / "tests" / "corpus" / "texts"]
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    if not files:
        raise SystemExit(f"no bench texts under {ROOT} (../shared/corpus/texts or tests/corpus/texts)")
    return [f.read_text(encoding="utf-8") for f in files]


class Tally:
    def __init__(self, segment: type) -> None:
        self.segment = segment
        self.on = False
        self.seen: set = set()
        self.calls: collections.Counter = collections.Counter()
        self.again: collections.Counter = collections.Counter()
        self.spent: collections.Counter = collections.Counter()
        self.spent_again: collections.Counter = collections.Counter()

    def key(self, value):
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, self.segment):
            return ("segment", value.start, value.end)
        if isinstance(value, tuple):
            return tuple(self.key(x) for x in value)
        return ("object", id(value))

    def wrap(self, fn, name: str):
        @functools.wraps(fn)
        def counted(*args, **kwargs):
            if not self.on:
                return fn(*args, **kwargs)
            asked = (name, tuple(self.key(a) for a in args), tuple(sorted((k, self.key(v)) for k, v in kwargs.items())))
            repeat = asked in self.seen
            self.seen.add(asked)
            self.calls[name] += 1
            c0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - c0
                self.spent[name] += spent
                if repeat:
                    self.again[name] += 1
                    self.spent_again[name] += spent
        return counted


def instrument(tally: Tally) -> None:
    """Every function and method of kg.extract's and kg.text's modules wrapped, where it is defined and where another
    module of theirs imported it (the names a caller looks up)."""
    import kg.extract  # noqa: PLC0415
    import kg.text  # noqa: PLC0415

    modules = [importlib.import_module(f"{pkg.__name__}.{info.name}") for pkg in (kg.extract, kg.text)
               for info in pkgutil.iter_modules(pkg.__path__)]
    wrapped: dict[int, object] = {}
    for module in modules:
        short = module.__name__.split(".", 2)[-1]
        for name, value in list(vars(module).items()):
            if inspect.isfunction(value) and value.__module__ == module.__name__:
                wrapped[id(value)] = tally.wrap(value, f"{short}.{name}")
            elif inspect.isclass(value) and value.__module__ == module.__name__:
                for attr, member in list(vars(value).items()):
                    if inspect.isfunction(member) and not attr.startswith("__"):
                        setattr(value, attr, tally.wrap(member, f"{short}.{name}.{attr}"))
    for module in [*modules, kg.extract]:
        for name, value in list(vars(module).items()):
            if id(value) in wrapped:
                setattr(module, name, wrapped[id(value)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.extract.text import Segment  # noqa: PLC0415  (this checkout's, after its path is set)

    tally = Tally(Segment)
    instrument(tally)
    from kg.extract import extract  # noqa: PLC0415

    texts = bench_texts()
    for t in texts:
        extract(t)
    tally.on = True
    for t in texts:
        tally.seen.clear()          # (a repeat is one within a text)
        extract(t)
    tally.on = False
    print(f"one pass over {len(texts)} texts: {sum(tally.calls.values())} calls of {len(tally.calls)} functions, "
          f"{sum(tally.again.values())} of them repeat a call of the same text with equal arguments")
    print(f"{'function':58s} {'again':>6s} {'calls':>6s} {'ms again':>9s} {'ms all':>8s}")
    if args.only:
        names = sorted(n for n in tally.calls if any(w in n for w in args.only))
    else:
        names = sorted(tally.again, key=lambda n: -tally.spent_again[n])[:args.top]
    for name in names:
        print(f"{name:58s} {tally.again[name]:6d} {tally.calls[name]:6d} {1000 * tally.spent_again[name]:9.2f} "
              f"{1000 * tally.spent[name]:8.2f}")


if __name__ == "__main__":
    main()
