"""The one SPARQL tokenizer: what in a query's text is code, and which form the query has.

:func:`tokens` finds the strings, IRIs and comments of a text in one pass from the left, so that
whichever starts first wins (a ``#`` inside a string is not a comment, a quote inside a comment
opens no string). On it: :func:`blank_out` hides them so that the code around them can be searched
with offsets intact; :func:`where_openings`, :func:`closing_brace`, :func:`split_top_level` and :func:`top_level_groups`
follow braces and separators in the code only. The named-query preprocessor
(``kg.queries.sparqltext``), the remote store (binding values, cutting updates) and the fast SHACL
engine (rewriting a constraint's WHERE clause) all rest on it. Decisions about safety are not made
here but on the parsed query (``kg.queries.safety``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# SPARQL 1.1 grammar terminals: STRING_LITERAL_LONG1/2, STRING_LITERAL1/2, IRIREF, comments
_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<comment>#[^\n\r]*)', re.DOTALL)
_TOKEN_OR_BRACE = re.compile(_TOKEN.pattern + r"|(?P<brace>[{}])", re.DOTALL)
# a form keyword, not part of a prefixed name ('ex:select') or a variable ('?ask')
_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)


def tokens(sparql: str) -> Iterator[tuple[str, int, int]]:
    """``(kind, start, end)`` of each string, IRI and comment of ``sparql`` (kind: ``string``,
    ``iri`` or ``comment``), left to right; everything between them is code."""
    for m in _TOKEN.finditer(sparql):
        yield str(m.lastgroup), m.start(), m.end()


# The code between them, for a reader that walks the grammar (``kg.rdf.sparqlpredicates``).
_CODE = re.compile(
    r"(?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)"
    r"|(?P<bnode>_:[A-Za-z0-9_][\w.-]*)"
    r"|(?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w.\u00B7-\uFFFF-]*)?:(?:[\w\u00B7-\uFFFF%:-](?:[\w.\u00B7-\uFFFF%:-]*[\w\u00B7-\uFFFF%:-])?)?)"
    r"|(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\].;,/|^*+?!=<>-])"
    r"|(?P<space>\s+)")


class UnknownToken(ValueError):
    """Code that :func:`all_tokens` does not know as a SPARQL token."""


def all_tokens(sparql: str) -> list[tuple[str, str]]:
    """Every token of ``sparql`` but comments and space, as ``(kind, text)``: the strings, IRIs of
    :func:`tokens`, and between them variables, blank nodes, prefixed names, numbers, language tags,
    words (keywords upper-cased, ``a`` kept) and punctuation. Raises :class:`UnknownToken`."""
    out: list[tuple[str, str]] = []
    at = 0
    for kind, start, end in tokens(sparql):
        out += _code_tokens(sparql[at:start])
        if kind != "comment":
            out.append((kind, sparql[start:end]))
        at = end
    return out + _code_tokens(sparql[at:])


def _code_tokens(code: str) -> list[tuple[str, str]]:
    out = []
    at = 0
    while at < len(code):
        m = _CODE.match(code, at)
        if m is None:
            raise UnknownToken(f"cannot read {code[at:at + 20]!r}")
        if m.lastgroup != "space":
            kind = str(m.lastgroup)
            out.append((kind, m.group().upper() if kind == "word" and m.group() != "a" else m.group()))
        at = m.end()
    return out


def blank_out(sparql: str) -> str:
    """Strings, IRIs and comments blanked out with spaces, so that offsets stay those of ``sparql``."""
    out, at = [], 0
    for _, start, end in tokens(sparql):
        out += [sparql[at:start], " " * (end - start)]
        at = end
    out.append(sparql[at:])
    return "".join(out)


# the opening of a WHERE group ('WHERE {', 'where{')
_WHERE_OPENING = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def where_openings(code: str) -> list[int]:
    """Where the body of each WHERE group of ``code`` (a query as :func:`blank_out` leaves it: a ``WHERE {`` in a
    string, IRI or comment is none) begins, just after its brace: the outer query's first, then its subqueries'."""
    return [m.end() for m in _WHERE_OPENING.finditer(code)]


def closing_brace(sparql: str, i: int) -> int | None:
    """The index of the ``}`` that closes the group opened just before ``sparql[i]`` (braces in
    strings, IRIs and comments do not count; ``i`` is in the code, not in one of them); None when
    it is never closed."""
    depth = 1
    for m in _TOKEN_OR_BRACE.finditer(sparql, i):  # (stops at the brace: a block costs its own length)
        if m.lastgroup == "brace":
            depth += 1 if m.group() == "{" else -1
            if depth == 0:
                return m.start()
    return None


def split_top_level(sparql: str, separator: str = ";") -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of ``sparql`` between the ``separator`` characters that stand
    outside every group, string, IRI and comment (the operations of an update, for ``;``)."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(blank_out(sparql)):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if ch == separator and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(sparql)))
    return spans


def top_level_groups(body: str) -> list[tuple[str, str]] | None:
    """``body`` (a group's inside) as its top-level pieces in order: ``("text", ...)`` between the
    groups and ``("group", inside)`` for each; None when its braces do not pair."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(blank_out(body)):
        if ch == "{":
            if depth == 0:
                pieces.append(("text", body[start:i]))
                start = i + 1
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                pieces.append(("group", body[start:i]))
                start = i + 1
    if depth != 0:
        return None
    pieces.append(("text", body[start:]))
    return pieces


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the first form keyword in the code of the
    query (``SELECT`` where none is found; the server will say what is wrong)."""
    m = _FORM.search(blank_out(sparql))
    return m.group(1).upper() if m else "SELECT"


__all__ = ["blank_out", "closing_brace", "query_form", "split_top_level", "tokens", "top_level_groups"]
