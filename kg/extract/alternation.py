"""A long regex alternation regrouped by shared leading characters, with the same matches.

Python's ``re`` tries the branches of ``A|B|C`` one after the other at every position; a gazetteer
of several hundred names therefore costs several hundred branch tests at every character a search
passes over. Branches that start with different literal characters cannot both match at one
position, so gathering the branches by their first character (and, inside a group, by the next
one, and so on) changes neither which branch matches first nor the order in which a failing
continuation backtracks into the others: among the branches that can match at a position, their
order is kept. Only the literal prefix of a branch is regrouped; the rest is left as written.
"""
from __future__ import annotations

import re

# a branch opening on an optional plural word: '(?:cac )?don vi' is 'cac don vi|don vi' in this order
_OPTIONAL_CAC = "(?:cac )?"
_LITERAL = re.compile(r"[a-z0-9 ,]|\\[^A-Za-z0-9]")
_QUANTIFIER = "?*+{"
_DEPTH = 4


def _top_level_bar(branch: str) -> bool:
    depth, i = 0, 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":                # a character class: '|' and parentheses inside are literal
            j = branch.find("]", i + 2)
            i = j + 1 if j > 0 else len(branch)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _split_literal(branch: str) -> tuple[list[str], str]:
    """The branch's leading literal characters (each as written) and the regex after them; a
    character a quantifier applies to ('tri ?-') stays with the rest."""
    lits: list[str] = []
    pos = 0
    while True:
        m = _LITERAL.match(branch, pos)
        if not m:
            break
        lits.append(m.group(0))
        pos = m.end()
    if lits and pos < len(branch) and branch[pos] in _QUANTIFIER:
        pos -= len(lits.pop())
    return lits, branch[pos:]


def _char(token: str) -> str:
    return token[-1]                # '\\-' and '-' are one character


def _group(items: list[tuple[list[str], str]], depth: int) -> str:
    if depth < _DEPTH and len(items) > 1 and all(lits for lits, _ in items):
        groups: dict[str, list[tuple[list[str], str]]] = {}
        for lits, rest in items:
            groups.setdefault(_char(lits[0]), []).append((lits, rest))
        if len(groups) < len(items):
            out = []
            for sub in groups.values():
                head = sub[0][0][0]
                if len(sub) == 1:
                    out.append("".join(sub[0][0]) + sub[0][1])
                else:
                    out.append(head + "(?:" + _group([(lits[1:], rest) for lits, rest in sub], depth + 1) + ")")
            return "|".join(out)
    return "|".join("".join(lits) + rest for lits, rest in items)


def grouped(branches: list[str]) -> str:
    """``"|".join(branches)`` rewritten so that ``re`` tests far fewer branches at each position.
    Branches are expanded (a leading ``(?:cac )?``) and split into a literal prefix and the rest;
    a branch with a top-level ``|`` of its own makes the whole list stay as given."""
    if any(_top_level_bar(b) for b in branches):
        return "|".join(branches)
    expanded: list[str] = []
    for b in branches:
        if b.startswith(_OPTIONAL_CAC):
            expanded += ["cac " + b[len(_OPTIONAL_CAC):], b[len(_OPTIONAL_CAC):]]
        else:
            expanded.append(b)
    return _group([_split_literal(b) for b in expanded], 0)
