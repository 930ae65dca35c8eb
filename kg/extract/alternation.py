"""A long regex alternation regrouped by shared leading characters, with the same matches.

Python's ``re`` tries the branches of ``A|B|C`` one after the other at every position; a gazetteer
of several hundred names therefore costs several hundred branch tests at every character a search
passes over. Branches that start with different literal characters cannot both match at one
position, so gathering the branches by their first character (and, inside a group, by the next
one, and so on) changes neither which branch matches first nor the order in which a failing
continuation backtracks into the others: among the branches that can match at a position, their
order is kept. Only the literal prefix of a branch is regrouped; the rest is left as written.
``word_start`` does the same for a cue pattern that opens on a check of the character before
(``(?<![a-z])``), which otherwise keeps ``re`` from skipping ahead to the literal words.
"""
from __future__ import annotations

import re

# a branch opening on an optional plural word: '(?:cac )?don vi' is 'cac don vi|don vi' in this order
_OPTIONAL_CAC = "(?:cac )?"
_LITERAL = re.compile(r"[a-z0-9 ,]|\\[^A-Za-z0-9]")
_QUANTIFIER = "?*+{"
_DEPTH = 4
# more branches than this from a branch's opening choices: the pattern is left as written
_MAX_CHOICES = 64
# a capturing group, numbered or named
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)|\(\?P<")


def _structure(pattern: str):
    """(index, character, depth) of each character outside escapes and character classes, the depth
    being the number of groups open around it ('|' and parentheses inside a class are literal)."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = pattern.find("]", i + 2)
            i = j + 1 if j > 0 else len(pattern)
            continue
        if c == ")":
            depth -= 1
        yield i, c, depth
        if c == "(":
            depth += 1
        i += 1


def _top_level_bar(branch: str) -> bool:
    return any(c == "|" and d == 0 for _, c, d in _structure(branch))


def _first_group_end(pattern: str) -> int | None:
    return next((i for i, c, d in _structure(pattern) if c == ")" and d == 0), None)


def _branches(inner: str) -> list[str]:
    cuts = [i for i, c, d in _structure(inner) if c == "|" and d == 0]
    return [inner[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(inner)])]


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


# a check of the one character before, at the head of a pattern: '(?<![a-z])', '(?<=[ \t])', '(?<![^\W\d_])', '(?<!\d)'
_LEADING_CHECK = re.compile(r"\(\?<([!=])(\[(?:\\.|[^\]\\])+\]|\\[dsw])\)")
# a branch's own check of the literal words before it: '(?<!duoc )thanh lap'
_OWN_CHECK = re.compile(r"\(\?<!((?:[a-z0-9 ,]|\\[^A-Za-z0-9])+)\)")
# a pattern with no check of the character before whose opening group has a branch that checks the words before it:
# '(?:chi tieu|(?<!chuong trinh )muc tieu)...'
_OWN_CHECK_FIRST = re.compile(r"\(\?(?::|P<\w+>)(?:[^()\[\\|]|\\.)*(?:\|(?:[^()\[\\|]|\\.)*)*?(?<=[:>|])\(\?<!")
# the group of branches after the check: plain or named ('(?P<cue>can cu|xet)')
_BRANCH_GROUP = re.compile(r"\(\?(?::|P<\w+>)")


def _opening_choices(branch: str, depth: int = 0) -> list[str] | None:
    """The branch as the branches it stands for, in the order the regex tries them, where it opens on a group of
    choices: '(?:A|B)REST' is 'AREST', 'BREST' and '(?:A|B)?REST' adds 'REST' after them (a greedy optional group
    is tried first); a choice that opens on a group again is read the same way. The branch as given where it opens
    on no such group; None where the choices would be too many (or nested too deep) to be worth it."""
    if not branch.startswith("(?:"):
        return [branch]
    close = _first_group_end(branch)
    if close is None:
        return [branch]
    after = branch[close + 1:close + 2]
    optional = after == "?" and branch[close + 2:close + 3] not in ("?", "+")
    if after in tuple(_QUANTIFIER) and not optional:
        return [branch]             # ('(?:a|b)*', '(?:a|b)??': other orders of trying)
    rest = branch[close + 2 if optional else close + 1:]
    if depth >= _DEPTH:
        return None
    out: list[str] = []
    for choice in _branches(branch[3:close]):
        more = _opening_choices(choice + rest, depth + 1)
        if more is None:
            return None
        out += more
    if optional:
        out.append(rest)
    if len(out) > 1 and any(_CAPTURING.search(x) for x in out):
        return None                 # (a group written twice would number, or name, two groups)
    return out if len(out) <= _MAX_CHOICES else None


def word_start(pattern: str) -> str:
    """``(?<![a-z])(?:A|B|...)REST`` (or ``(?<![a-z])A...``) rewritten as ``(?:A(?<![a-z]A)|...)REST``
    with the same matches: the check of the character before moves behind each branch's literal
    opening, so the pattern starts on literal characters and ``re`` skips to the places where one
    of them stands instead of trying every branch at every position. The check may be any class of
    one character, negative or positive ('(?<=[ \t])'); a branch's own checks of literal words before
    it ('(?<!duoc )thanh lap') move behind its opening the same way. The group may be named
    ('(?P<cue>...)'); a branch opening on a group of choices is one branch for each, in the order the regex
    tries them (``_opening_choices``: '(?:thoi diem|khi) co', '(?:sua doi(?:,? bo sung)?|bai bo) cac'), and on
    optional words ('(?:trien khai )?thuc hien') the branch with them followed by the branch without them. A pattern
    of another shape, or with a branch that opens on no literal, is returned as given. With no check of the character before,
    a pattern whose opening group has a branch with its own check of the words before it is rewritten the same way
    ('(?:chi tieu|(?<!chuong trinh )muc tieu)...': only the own checks move)."""
    lead = _LEADING_CHECK.match(pattern)
    if lead is None and not _OWN_CHECK_FIRST.match(pattern):
        return pattern
    body = pattern[lead.end():] if lead else pattern
    head = _BRANCH_GROUP.match(body)
    if head is not None:
        close = _first_group_end(body)
        if close is None or body[close + 1:close + 2] in tuple(_QUANTIFIER):
            return pattern
        opener, branches, tail = head.group(0), _branches(body[head.end():close]), body[close + 1:]
    elif _top_level_bar(body):
        return pattern
    else:
        opener, branches, tail = "(?:", [body], ""
    items = []
    for b in branches:
        own = []
        while (m := _OWN_CHECK.match(b)) is not None:
            own.append(m.group(1))
            b = b[m.end():]
        variants = _opening_choices(b)
        if variants is None:
            return pattern
        for variant in variants:
            lits, rest = _split_literal(variant)
            if not lits:
                return pattern
            opening = "".join(lits)
            checks = (f"(?<{lead.group(1)}{lead.group(2)}{opening})" if lead else "") \
                + "".join(f"(?<!{w}{opening})" for w in own)
            items.append((lits, checks + rest))
    return opener + _group(items, 0) + ")" + tail
