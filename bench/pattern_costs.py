"""Which patterns extraction's regex time goes to: every compiled pattern of ``kg`` ranked by its CPU time a pass.

    .venv/bin/python bench/pattern_costs.py [--top 30] [--repeats 5] [--show 70]

The texts are the bench's (``../shared/corpus/texts`` and ``tests/corpus/texts``, as ``bench/extract_bench.py``).

How: before ``kg`` is imported, ``re.compile`` is replaced (in this process only, never in the product code) by one
that hands a ``kg`` module a timing proxy instead of the pattern, labelled with the module and line that compiled
it (a pattern made by ``folded_pattern`` or ``word_start`` is labelled where that was called); the functions
``re.search``, ``re.match`` ... called with a pattern's text are labelled by the line that calls them. A warm-up
pass, then one pass records every call of every proxy (the method, its arguments, and for ``finditer`` how many
matches the caller took). Each pattern's calls are then made again, in order, and timed as a block (CPU time,
best of ``--repeats``); the proxy's own Python is not in that time. A second process extracts the same texts
with no proxy, gives the CPU time of a pass (best of ``--repeats``) and a digest of its facts, which must equal
the digest of the proxied pass (the proxies change nothing). The ranking gives each pattern's share of a pass,
its calls, the characters its searches pass over, where it is defined (and its module-level name, if any), and
how the engine skips to the places it tries (``opens``: ``literal`` where the pattern opens on fixed characters, a
fast scan; ``set`` where it opens on one of a set of characters, each character of the text tested against the set;
``any`` where it opens on neither and every position is tried; read from the compiled code of ``re``'s own compiler,
``?`` where this Python's has another layout), and the start of the pattern as the engine sees it (folded).
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = str(ROOT / "kg") + os.sep
_HELPERS = {"folded_pattern", "word_start", "grouped"}
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def text_files() -> list[Path]:
    dirs = [ROOT.parent / "shared" / "corpus" / "texts", ROOT / "tests" / "corpus" / "texts"]
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    if not files:
        raise SystemExit(f"no bench texts under {ROOT} (../shared/corpus/texts or tests/corpus/texts)")
    return files


def digest(facts: list) -> str:
    return hashlib.md5(json.dumps([f.to_dict() for f in facts], ensure_ascii=False, sort_keys=True,
                                  default=str).encode()).hexdigest()


def plain_pass(repeats: int) -> dict:
    """The child process: a pass with no proxy, its best CPU time and its facts' digest."""
    sys.path.insert(0, str(ROOT))
    from kg.extract import extract  # noqa: PLC0415  (this checkout's own)

    texts = [f.read_text(encoding="utf-8") for f in text_files()]
    facts = [extract(t) for t in texts]
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for t in texts:
            extract(t)
        best = min(best, time.process_time() - t0)
    return {"cpu": best, "digest": digest(facts)}


class Site:
    """What one place of the code compiled, and every call of it in the recorded pass."""

    def __init__(self, where: str, pattern: re.Pattern) -> None:
        self.where, self.pattern, self.names = where, pattern, set()
        self.calls: list = []           # (bound method, args, kwargs, matches taken or None)
        self.chars = 0
        self.methods: collections.Counter = collections.Counter()


class Recorder:
    def __init__(self) -> None:
        self.on = False
        self.sites: dict[str, Site] = {}

    def site(self, where: str, pattern: re.Pattern) -> Site:
        s = self.sites.get(where)
        if s is None:
            s = self.sites[where] = Site(where, pattern)
        return s

    def call(self, site: Site, pattern: re.Pattern, method: str, args: tuple, kwargs: dict):
        bound = getattr(pattern, method)
        if not self.on:
            return bound(*args, **kwargs)
        site.methods[method] += 1
        if method in ("sub", "subn"):
            site.chars += len(args[1]) if len(args) > 1 and isinstance(args[1], str) else 0
        elif method != "match" and method != "fullmatch" and args and isinstance(args[0], str):
            pos = args[1] if len(args) > 1 else kwargs.get("pos", 0)
            end = args[2] if len(args) > 2 else kwargs.get("endpos", len(args[0]))
            site.chars += max(0, min(end, len(args[0])) - pos)
        if method != "finditer":
            site.calls.append((bound, args, kwargs, None))
            return bound(*args, **kwargs)
        taken = [0]
        site.calls.append((bound, args, kwargs, taken))
        return _counted(bound(*args, **kwargs), taken)


def _counted(it, taken: list):
    for m in it:
        taken[0] += 1
        yield m


class Proxy:
    """A compiled pattern whose calls go through the recorder (every other attribute is the pattern's)."""

    def __init__(self, pattern: re.Pattern, site: Site, rec: Recorder) -> None:
        self._p, self._site, self._rec = pattern, site, rec

    def __getattr__(self, attr: str):
        if attr in _METHODS:
            return lambda *a, **k: self._rec.call(self._site, self._p, attr, a, k)
        return getattr(self._p, attr)


def _where(frame) -> str | None:
    """The module and line (and function, if not at module level) of the first frame in ``kg`` that is not a helper
    that compiles for its caller; None outside ``kg``."""
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith(KG):
            if code.co_name not in _HELPERS and not code.co_filename.endswith("alternation.py"):
                module = code.co_filename[len(KG):-3].replace(os.sep, ".")
                fn = "" if code.co_name == "<module>" else f" in {code.co_name}"
                # (a pattern made from another one, as ``line_matches`` makes one: named after it too)
                given = [frame.f_locals.get(a) for a in code.co_varnames[:code.co_argcount]] if fn else []
                made_from = next((v._site.where for v in given if isinstance(v, Proxy)), None)
                source = f" from {made_from}" if made_from else ""
                return f"{module}:{frame.f_lineno}{fn}{source}"
        elif frame.f_globals.get("__name__") not in ("re", "re._compiler", "sre_compile", "functools"):
            return None
        frame = frame.f_back
    return None


def install(rec: Recorder) -> None:
    """``re.compile`` and the module functions of ``re`` made to hand ``kg`` proxies (this process only)."""
    real_compile = re.compile

    def compile_(pattern, flags=0):
        if isinstance(pattern, Proxy):
            pattern = pattern._p
        p = real_compile(pattern, flags)
        where = _where(sys._getframe(1))
        if where is None:
            return p
        return Proxy(p, rec.site(where, p), rec)

    re.compile = compile_

    def module_function(method: str):
        real = getattr(re, method)

        def f(pattern, string, *args, **kwargs):
            where = _where(sys._getframe(1))
            if where is None:
                return real(pattern, string, *args, **kwargs)
            if isinstance(pattern, Proxy):
                return getattr(pattern, method)(string, *args, **kwargs)
            flags = kwargs.pop("flags", 0)
            if method in ("sub", "subn", "split") and len(args) > (1 if method != "split" else 0):
                # (count, maxsplit and flags positional: left to ``re`` itself)
                return real(pattern, string, *args, **kwargs)
            p = real_compile(pattern, flags)
            site = rec.site(f"{where} (re.{method})", p)
            return rec.call(site, p, method, (string, *args), kwargs)

        return f

    for method in _METHODS:
        setattr(re, method, module_function(method))


def opens(pattern: re.Pattern) -> str:
    """How a search finds the places to try: the flags of the compiled pattern's first block (CPython's ``re``)."""
    try:
        from re import _compiler, _constants, _parser  # noqa: PLC0415  (CPython's own layout, read only here)

        code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    except (ImportError, AttributeError, TypeError):
        return "?"
    if code[0] != _constants.INFO:
        return "any"
    if code[2] & _constants.SRE_INFO_PREFIX:
        return "literal"
    return "set" if code[2] & _constants.SRE_INFO_CHARSET else "any"


def replay(site: Site, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for bound, args, kwargs, taken in site.calls:
            if taken is None:
                bound(*args, **kwargs)
            else:
                for _m in itertools.islice(bound(*args, **kwargs), taken[0]):
                    pass
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--show", type=int, default=70, help="characters of each pattern shown")
    ap.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.plain:
        print(json.dumps(plain_pass(args.repeats)))
        return
    env = dict(os.environ, PYTHONHASHSEED=os.environ.get("PYTHONHASHSEED", "1"))
    child = subprocess.run([sys.executable, __file__, "--plain", "--repeats", str(args.repeats)], env=env,
                           capture_output=True, text=True, check=True)
    plain = json.loads(child.stdout.strip().splitlines()[-1])

    rec = Recorder()
    install(rec)
    sys.path.insert(0, str(ROOT))
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    import kg.extract  # noqa: PLC0415
    import kg.text  # noqa: PLC0415
    from kg.extract import extract  # noqa: PLC0415

    texts = [f.read_text(encoding="utf-8") for f in text_files()]
    facts = [extract(t) for t in texts]
    for pkg in (kg.extract, kg.text):
        for info in pkgutil.iter_modules(pkg.__path__):
            module = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, Proxy):
                    value._site.names.add(f"{info.name}.{name}")
    rec.on = True
    t0 = time.process_time()
    for t in texts:
        extract(t)
    proxied = time.process_time() - t0
    rec.on = False
    same = digest(facts) == plain["digest"]

    costs = sorted(((replay(s, args.repeats), s) for s in rec.sites.values() if s.calls), key=lambda x: -x[0])
    total = sum(c for c, _ in costs)
    pass_cpu = plain["cpu"]
    print(f"{len(texts)} texts, {sum(map(len, texts))} characters; a pass with no proxy: {1000 * pass_cpu:.1f} ms of "
          f"CPU (best of {args.repeats}); with the recording: {1000 * proxied:.1f} ms; facts the same with proxies: "
          f"{'yes' if same else 'NO'}")
    n_calls = sum(len(s.calls) for _, s in costs)
    print(f"{len(costs)} patterns called ({len(rec.sites)} compiled in kg), {n_calls} calls; all their calls made "
          f"again: {1000 * total:.1f} ms, {100 * total / pass_cpu:.1f}% of a pass")
    by_opening: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0])
    for cpu, s in costs:
        if s.chars:
            by_opening[opens(s.pattern)][0] += cpu
            by_opening[opens(s.pattern)][1] += s.chars
    print("patterns that scan (search, finditer, findall, sub, split), by how they open: " + "; ".join(
        f"{k} {1000 * v[0]:.1f} ms over {v[1]} characters" for k, v in sorted(by_opening.items())))
    print(f"{'rank':>4} {'ms':>6} {'pass%':>5} {'calls':>6} {'chars':>8} {'opens':>7}  where  [names]  methods  pattern")
    running = 0.0
    for i, (cpu, s) in enumerate(costs[:args.top], 1):
        running += cpu
        names = f" [{', '.join(sorted(s.names))}]" if s.names else ""
        methods = ",".join(f"{m} {n}" for m, n in s.methods.most_common())
        shown = s.pattern.pattern if isinstance(s.pattern.pattern, str) else repr(s.pattern.pattern)
        shown = shown if len(shown) <= args.show else shown[:args.show] + "..."
        print(f"{i:4d} {1000 * cpu:6.2f} {100 * cpu / pass_cpu:5.2f} {len(s.calls):6d} {s.chars:8d} {opens(s.pattern):>7}  "
              f"{s.where}{names}"
              f"  {methods}  {shown!r}")
    print(f"the top {min(args.top, len(costs))}: {1000 * running:.1f} ms, {100 * running / pass_cpu:.1f}% of a pass")


if __name__ == "__main__":
    main()
