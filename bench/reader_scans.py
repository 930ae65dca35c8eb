"""What each reader of extraction scans, and what a text read once into a shared form could save it (issue 12).

    .venv/bin/python bench/reader_scans.py [--repeats 5] [--top 12]

The texts are the bench's (``../shared/corpus/texts`` and ``tests/corpus/texts``, as ``bench/extract_bench.py``).
Every compiled pattern of ``kg`` is recorded as ``bench/pattern_costs.py`` records it (a proxy handed to ``kg`` in
this process only); each call is also charged to the reader that made it: the step of ``kg.extract.extract`` on the
call's stack (``read_text``'s steps apart). One pass after a warm-up; the calls are then made again and timed (CPU,
best of ``--repeats``), set by set:

* the characters the searches read per character of text, and how many distinct patterns read the same stretch;
* by reader: its calls, and of them the scans (``search``, ``finditer``, ``findall``) that find nothing and the
  matches at one place that fail; of the empty scans, those a shared form could skip, as the pattern's words
  (``kg.extract.literals.required_words``) stand nowhere in the stretch read; the words those patterns need, and
  what finding every one of them once in each string the reader reads costs (``str.find``, all occurrences: the
  least a shared form of word positions costs without an automaton);
* the calls on strings beyond Latin-1 (the regex engine's two-byte loop, ``sre_ucs2_*``), by pattern, and made again
  on the same string folded (``kg.extract.text.fold_same_length``, the same length) where that is Latin-1: how many
  give the same answer, and the time.

Prints figures only; a second process without proxies gives a pass's CPU time, for the shares.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import pattern_costs  # noqa: E402  (the recorder of compiled patterns, this bench's own)

_SCANS = ("search", "finditer", "findall")


class Call:
    __slots__ = ("reader", "site", "method", "bound", "args", "kwargs", "taken", "answer")

    def __init__(self, reader, site, method, bound, args, kwargs, taken, answer) -> None:
        self.reader, self.site, self.method, self.bound = reader, site, method, bound
        self.args, self.kwargs, self.taken, self.answer = args, kwargs, taken, answer

    def stretch(self) -> tuple[str, int, int] | None:
        if not self.args or not isinstance(self.args[0], str):
            return None
        s = self.args[0]
        pos = self.args[1] if len(self.args) > 1 else self.kwargs.get("pos", 0)
        end = self.args[2] if len(self.args) > 2 else self.kwargs.get("endpos", len(s))
        return s, pos, min(end, len(s))

    def empty(self) -> bool:
        if self.method == "finditer":
            return self.taken[0] == 0
        return self.method in ("search", "findall") and not self.answer

    def failed(self) -> bool:
        return self.method in ("match", "fullmatch") and self.answer is None


def _taking(it, taken: list):
    for m in it:
        taken[0] += 1
        yield m


class ReaderRecorder(pattern_costs.Recorder):
    """A recorder that keeps every call with the reader that made it and its answer."""

    def __init__(self, extract_code, read_code) -> None:
        super().__init__()
        self.extract_code, self.read_code = extract_code, read_code
        self.kept: list[Call] = []

    def reader(self) -> str:
        frame, chain = sys._getframe(3), []
        while frame is not None and frame.f_code is not self.extract_code:
            chain.append(frame.f_code)
            frame = frame.f_back
        if not chain:
            return "?"
        top = chain[-1]
        if top is self.read_code and len(chain) > 1:
            return "read_text: " + chain[-2].co_qualname
        return top.co_qualname

    def call(self, site, pattern, method, args, kwargs):
        bound = getattr(pattern, method)
        if not self.on:
            return bound(*args, **kwargs)
        if method == "finditer":
            taken = [0]
            self.kept.append(Call(self.reader(), site, method, bound, args, kwargs, taken, None))
            return _taking(bound(*args, **kwargs), taken)
        answer = bound(*args, **kwargs)
        self.kept.append(Call(self.reader(), site, method, bound, args, kwargs, None, answer))
        return answer


def replay(calls: list[Call], repeats: int) -> float:
    """CPU seconds of the calls made again in order (best of ``repeats``)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for c in calls:
            if c.taken is None:
                c.bound(*c.args, **c.kwargs)
            else:
                for _m in itertools.islice(c.bound(*c.args, **c.kwargs), c.taken[0]):
                    pass
        best = min(best, time.process_time() - t0)
    return best


def word_positions_cost(strings: list[str], words: list[str], repeats: int) -> float:
    """CPU seconds to find every occurrence of every word in every string (best of ``repeats``)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for s in strings:
            for w in words:
                i = s.find(w)
                while i >= 0:
                    i = s.find(w, i + 1)
        best = min(best, time.process_time() - t0)
    return best


def _answer(c: Call, string: str):
    args = (string, *c.args[1:])
    got = getattr(c.site.pattern, c.method)(*args, **c.kwargs)
    if c.method == "finditer":
        return [(m.span(), m.groups()) for m in itertools.islice(got, c.taken[0])]
    return (got.span(), got.groups()) if isinstance(got, re.Match) else got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    env = dict(os.environ, PYTHONHASHSEED=os.environ.get("PYTHONHASHSEED", "1"))
    child = subprocess.run([sys.executable, str(ROOT / "bench" / "pattern_costs.py"), "--plain", "--repeats",
                            str(args.repeats)], env=env, capture_output=True, text=True, check=True)
    pass_cpu = json.loads(child.stdout.strip().splitlines()[-1])["cpu"]

    rec = ReaderRecorder(None, None)
    pattern_costs.install(rec)          # (before ``kg`` is imported: its patterns are compiled through the recorder)
    sys.path.insert(0, str(ROOT))
    import kg.extract as E  # noqa: PLC0415
    from kg.extract.literals import required_words  # noqa: PLC0415
    from kg.extract.text import fold_same_length  # noqa: PLC0415

    rec.extract_code, rec.read_code = E.extract.__code__, E.read_text.__code__
    texts = [f.read_text(encoding="utf-8") for f in pattern_costs.text_files()]
    for t in texts:
        E.extract(t)
    rec.on = True
    for t in texts:
        E.extract(t)
    rec.on = False
    calls = rec.kept
    total_chars = sum(map(len, texts))
    ms = 1000.0
    share = 100.0 / pass_cpu

    print(f"{len(texts)} texts, {total_chars} characters; a pass without proxies {ms * pass_cpu:.1f} ms of CPU; "
          f"{len(calls)} pattern calls, made again {ms * replay(calls, args.repeats):.1f} ms")
    text_lengths = set(map(len, texts))
    read = collections.Counter()
    readers_of: dict[str, set] = collections.defaultdict(set)
    whole = 0
    whole_calls = []
    for c in calls:
        st = c.stretch()
        if c.method in _SCANS and st is not None:
            key = st[0][st[1]:st[2]]
            read[key] += st[2] - st[1]
            readers_of[key].add(c.site.where)
            if st[1] == 0 and st[2] == len(st[0]) and len(st[0]) in text_lengths:
                whole += st[2]
                whole_calls.append(c)
    bands = collections.Counter()
    for key, n in read.items():
        k = len(readers_of[key])
        bands["1" if k == 1 else "2-4" if k < 5 else "5-9" if k < 10 else "10-19" if k < 20 else "20+"] += n
    scanned = sum(read.values())
    print(f"searches read {scanned} characters, {scanned / total_chars:.1f} a character of text; by how many distinct "
          "patterns read the same stretch: " + ", ".join(f"{b}: {100 * bands[b] / scanned:.0f}%"
                                                         for b in ("1", "2-4", "5-9", "10-19", "20+")))
    print(f"  of them {100 * whole / scanned:.0f}% by {len(whole_calls)} scans of a whole text (as written, folded or a masked "
          f"copy; made again {ms * replay(whole_calls, args.repeats):.2f} ms), "
          f"{100 - 100 * whole / scanned:.0f}% by scans of a part (a sentence, a clause, a window, a copy of one)")

    print("\nby reader: calls, made again (ms, share of a pass); empty scans; failed matches; empty scans a shared form "
          "could skip (no required word in the stretch); the words they need and finding them all once in each "
          "string the reader reads")
    by_reader: dict[str, list[Call]] = collections.defaultdict(list)
    for c in calls:
        by_reader[c.reader].append(c)
    rows = sorted(((replay(v, args.repeats), k, v) for k, v in by_reader.items()), key=lambda r: -r[0])
    for cpu, reader, cs in rows[:args.top]:
        empty = [c for c in cs if c.empty()]
        failed = [c for c in cs if c.failed()]
        words: set[str] = set()
        skippable = []
        for c in cs:
            if c.method not in _SCANS or c.stretch() is None:
                continue
            need = required_words(c.site.pattern)
            if need is None:
                continue
            words.update(need)
            s, a, b = c.stretch()
            if c.empty() and not any(s.find(w, a, b) >= 0 for w in need):
                skippable.append(c)
        strings = list({id(c.args[0]): c.args[0] for c in cs if c.method in _SCANS and c.stretch()}.values())
        find_all = word_positions_cost(strings, sorted(words), args.repeats)
        print(f"  {reader[:44]:44s} {len(cs):6d} {ms * cpu:6.2f} ms {share * cpu:5.1f}% | empty {len(empty):5d} "
              f"{ms * replay(empty, args.repeats):5.2f} ms | failed {len(failed):5d} {ms * replay(failed, args.repeats):5.2f} ms"
              f" | skippable {len(skippable):5d} {ms * replay(skippable, args.repeats):5.2f} ms | {len(words):3d} words "
              f"in {len(strings):3d} strings {ms * find_all:6.2f} ms")

    wide = [c for c in calls if c.stretch() is not None and max(map(ord, c.args[0]), default=0) > 0xFF]
    twins, same = [], 0
    folded: dict[int, str] = {}
    for c in wide:
        f = folded.setdefault(id(c.args[0]), fold_same_length(c.args[0]))
        if max(map(ord, f), default=0) <= 0xFF:
            twins.append(c)
            same += _answer(c, c.args[0]) == _answer(c, f)
    twin_calls = [Call(c.reader, c.site, c.method, getattr(c.site.pattern, c.method),
                       (folded[id(c.args[0])], *c.args[1:]), c.kwargs, c.taken, None) for c in twins]
    print(f"\ncalls on strings beyond Latin-1: {len(wide)}, made again {ms * replay(wide, args.repeats):.2f} ms "
          f"({share * replay(wide, args.repeats):.1f}% of a pass); of them {len(twins)} on a string whose fold is Latin-1: "
          f"{ms * replay(twins, args.repeats):.2f} ms as they are, {ms * replay(twin_calls, args.repeats):.2f} ms on the "
          f"fold; the same answer on the fold: {same} of {len(twins)}")
    by_site: dict[str, list[Call]] = collections.defaultdict(list)
    for c in wide:
        by_site[c.site.where].append(c)
    for cpu, where, cs in sorted(((replay(v, args.repeats), k, v) for k, v in by_site.items()),
                                 key=lambda r: -r[0])[:args.top]:
        flags = "I" if cs[0].site.pattern.flags & re.IGNORECASE else ""
        print(f"  {ms * cpu:6.3f} ms {len(cs):5d} calls {flags:1s} {where}  {cs[0].site.pattern.pattern[:60]!r}")


if __name__ == "__main__":
    main()
