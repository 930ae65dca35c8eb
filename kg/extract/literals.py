"""The literal words every match of a pattern holds, so that a text holding none of them is not scanned.

Many rules search each sentence or clause of a text for a cue ('căn cứ', 'bám sát', 'cùng ngày'); most texts
never hold the cue, and the engine still passes over every sentence. ``may_match(pattern, text)`` reads the
pattern once (its parsed form) and answers, with a few substring tests, whether any search of any stretch of
``text`` could match: a match lies inside the text, look-arounds included, so a text without any of the words
has no match anywhere; a case-insensitive pattern's words are looked for in any case. It answers True whenever it
cannot tell (case-insensitive parts of a pattern, classes of many characters, too many words), so it never changes a
result.
"""
from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # the standard library's parser: no public API
from re import _parser as _sre  # type: ignore[attr-defined]

# more alternatives than this cost more substring tests than the scans they could save
_MAX_WORDS = 12
_MAX_CLASS = 4
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

Words = frozenset[str]


def _cross(a: Words, b: Words) -> Words | None:
    out = frozenset(x + y for x in a for y in b)
    return out if len(out) <= _MAX_WORDS else None


def _class_chars(items) -> Words | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _union(branches, words_of) -> Words | None:
    """The words of each branch together, or None where a branch gives none or they are too many."""
    out: set[str] = set()
    for b in branches:
        w = words_of(b)
        if w is None:
            return None
        out |= w
    return frozenset(out) if len(out) <= _MAX_WORDS else None


def _exact(op, av) -> Words | None:
    """The strings one element matches, where they are few; zero-width elements match ''."""
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is _c.IN:
        return _class_chars(av)
    if op is _c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _exact_seq(av[3])
    if op is _c.BRANCH:
        return _union(av[1], _exact_seq)
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        e = _exact_seq(av[2])
        return None if e is None else e | {""}
    return None


def _exact_seq(items) -> Words | None:
    out: Words | None = frozenset([""])
    for op, av in items:
        e = _exact(op, av)
        if e is None or out is None:
            return None
        out = _cross(out, e)
    return out


def _better(a: Words | None, b: Words | None) -> Words | None:
    """Of two sets of words a match must hold one of, the one a text is least likely to hold."""
    ok = [w for w in (a, b) if w and "" not in w]
    return max(ok, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def _required(op, av) -> Words | None:
    """Words one element that is no short finite set must hold one of, or None. (Look-arounds never come here:
    ``_exact`` reads each as the empty string.)"""
    if op is _c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _required_seq(av[3])
    if op in _REPEATS and av[0] >= 1:
        return _required_seq(av[2])
    if op is _c.BRANCH:
        return _union(av[1], _required_seq)
    return None


def _required_seq(items) -> Words | None:
    best: Words | None = None
    run: Words = frozenset([""])       # the strings the elements read so far match, one after another
    for op, av in items:
        e = _exact(op, av)
        if e is not None:
            joined = _cross(run, e)
            if joined is None:
                best, joined = _better(best, run), e
            run = joined
            continue
        best = _better(_better(best, run), _required(op, av))
        run = frozenset([""])
    return _better(best, run)


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words of which every match of ``pattern`` holds at least one, or None where the pattern does not say."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    return _words_as_written(pattern)


def caseless_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """For a case-insensitive pattern, words of which every match holds one in some case ('Chỉ tiêu', 'CHỈ TIÊU'),
    as the pattern spells them; None where the pattern does not say or is not case-insensitive."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE:
        return None
    return _words_as_written(pattern)


def _words_as_written(pattern: re.Pattern) -> tuple[str, ...] | None:
    words = _required_seq(_sre.parse(pattern.pattern, pattern.flags))
    if not words:
        return None
    # a word holding another is tested by the other ('giao' for 'giao cho')
    kept = [w for w in words if not any(v != w and v in w for v in words)]
    return tuple(sorted(kept, key=lambda w: (-len(w), w)))


# (keyed by the pattern's id, the pattern kept beside: a compiled pattern's hash reads all of its code, on every call)
_WORDS: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}
# a case-insensitive pattern's words, as one search in any case (the engine's own notion of case: what matches the
# pattern's letters matches the same letters here)
_CASELESS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}
# the last text each pattern was asked about, and the answer: callers ask once per mention or sentence
_LAST: dict[int, tuple[re.Pattern, str, bool]] = {}
# (a plain int: ``int & re.I`` goes through the enum's Python code)
_IGNORECASE = int(re.IGNORECASE)
# whether each word stands in the few texts asked about last (the folded text, the text as written, a masked copy):
# patterns share words ('chi tieu', 'ke hoach'), and each test reads the whole text
_KEPT_TEXTS = 4
_FOUND: dict[int, tuple[str, dict[str, bool]]] = {}


def _found_in(text: str) -> dict[str, bool]:
    """The words already looked for in ``text``, and whether they stand in it."""
    kept = _FOUND.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    if len(_FOUND) >= _KEPT_TEXTS:
        _FOUND.clear()          # (one call: safe where threads extract side by side; a text's tests are redone)
    found: dict[str, bool] = {}
    _FOUND[id(text)] = (text, found)
    return found


def _words_of(pattern: re.Pattern) -> tuple[str, ...] | None:
    key = id(pattern)
    words = _WORDS.get(key)
    if words is None or words[0] is not pattern:
        words = _WORDS[key] = (pattern, required_words(pattern))
    return words[1]


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only where no search of any stretch of ``text`` can match ``pattern``."""
    key = id(pattern)
    last = _LAST.get(key)
    if last is not None and last[1] is text and last[0] is pattern:
        return last[2]
    if pattern.flags & _IGNORECASE:
        known = _CASELESS.get(key)
        if known is None or known[0] is not pattern:
            found = caseless_words(pattern)
            known = _CASELESS[key] = (pattern, None if found is None else
                                      re.compile("|".join(map(re.escape, found)), re.IGNORECASE))
        rx = known[1]
        ok = rx is None or rx.search(text) is not None
    else:
        # (asked many times a text: the look-ups are written out here rather than called)
        words = _WORDS.get(key)
        if words is None or words[0] is not pattern:
            _words_of(pattern)
            words = _WORDS[key]
        ok = words[1] is None
        if not ok:
            kept = _FOUND.get(id(text))
            seen = kept[1] if kept is not None and kept[0] is text else _found_in(text)
            for w in words[1]:
                hit = seen.get(w)
                if hit is None:
                    hit = seen[w] = w in text
                if hit:
                    ok = True
                    break
    _LAST[key] = (pattern, text, ok)
    return ok


def may_match_in(pattern: re.Pattern, text: str, pos: int, end: int) -> bool:
    """False only where no search of ``text`` from ``pos`` to ``end`` can match ``pattern``: a match holds one of the
    pattern's words inside the stretch (a look-around may read past its ends, but holds no word). For the cues searched
    sentence by sentence whose scan costs more than a few substring tests of the sentence (a number read at each digit,
    a rare word)."""
    key = id(pattern)
    words = _WORDS.get(key)
    if words is None or words[0] is not pattern:
        _words_of(pattern)
        words = _WORDS[key]
    if words[1] is None:
        return True
    for w in words[1]:
        if text.find(w, pos, end) >= 0:
            return True
    return False


# more openings than this cost more substring searches than the engine's own scan
_MAX_OPENINGS = 40
_OPENINGS: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def _openings(items) -> Words | None:
    """The strings (of one character or more) one of which every match of ``items`` opens with: its run of literal
    characters, and after it the strings its group of branches opens with; None where it opens on anything else."""
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        inner: Words | None = None
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            inner = _openings(av[3])
        elif op is _c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                words = _openings(branch)
                if words is None:
                    found.clear()
                    break
                found |= words
            inner = frozenset(found) or None
        if inner is None:
            break
        return frozenset(run + w for w in inner)
    return frozenset([run]) if run else None


def opening_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` opens with (none opening with another of them), or None where the
    pattern does not say (a class, a look-around or an optional part first, case-insensitive, too many words)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    words = _openings(_sre.parse(pattern.pattern, pattern.flags))
    if not words or len(words) > _MAX_OPENINGS:
        return None
    return tuple(sorted(w for w in words if not any(v != w and w.startswith(v) for v in words)))


def scan_openings(pattern: re.Pattern, text: str, pos: int = 0, end: int | None = None) -> list[re.Match]:
    """What ``list(pattern.finditer(text, pos, end))`` gives, found faster for a pattern that opens on words
    (``opening_words``) made of common letters, which the engine's own scan stops at nearly everywhere: the places
    where an opening stands are found by substring search, and the pattern is tried only there, in order, past the
    end of the last match (a look-behind reads before the place, as in the scan). A pattern of another shape is
    scanned as usual. It pays on a whole text where the openings stand seldom though their first letters are common
    (not for the document type words, which stand in every paragraph), never on a sentence: the searches cost more."""
    known = _OPENINGS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _OPENINGS[id(pattern)] = (pattern, opening_words(pattern))
    end = len(text) if end is None else min(end, len(text))
    if known[1] is None:
        return list(pattern.finditer(text, pos, end))
    starts: set[int] = set()
    for w in known[1]:
        i = text.find(w, pos, end)
        while i >= 0:
            starts.add(i)
            i = text.find(w, i + 1, end)
    out: list[re.Match] = []
    last = pos
    for i in sorted(starts):
        if i >= last and (m := pattern.match(text, i, end)) is not None:
            out.append(m)
            last = m.end()
    return out
