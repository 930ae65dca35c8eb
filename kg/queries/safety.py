"""Refusing SPARQL that would make the server fetch from the network, on the parsed query.

pyoxigraph (0.5, the latest release, and its bindings on the main branch) evaluates
``SERVICE`` by calling the given URL itself and offers no switch to turn that off, and a SPARQL
Update ``LOAD`` fetches a URL too. A keyword scan over the text cannot tell a keyword from the
same letters inside a string, an IRI, an escaped prefixed name or a comment, so the decision is
taken on rdflib's parse of the request: a request is refused when its parse holds a
``ServiceGraphPattern`` (anywhere: subqueries, ``OPTIONAL``, ``EXISTS``, ``MINUS``, the
``WHERE`` of an update) or a ``Load`` operation. It fails closed: what rdflib cannot parse is
refused too, even when Oxigraph would have run it.

Both parsers must read the same characters. SPARQL applies ``\\uXXXX`` / ``\\UXXXXXXXX``
escapes to the whole text before parsing (rdflib does so) while Oxigraph decodes them only
where they stand, so ``'\\u005C'`` is a closed string to one and an escaped quote to the other.
:func:`checked` therefore decodes the escapes once, checks that text, and returns it: the
engine runs exactly the characters that were checked. A text whose decoding leaves another
escape behind is refused rather than decoded twice.

The engine's workers also run without network access where the system allows it
(:mod:`kg.web.workers`): this check is the rule, that is a second wall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql import parser
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, Words
from kg.rdf.vocab import PREFIXES

#: parse-tree nodes that reach the network, and the key of the words the refusal names them by
REFUSED_NODES: dict[str, str] = {"ServiceGraphPattern": "what.service", "Load": "what.load"}

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Checked:
    """A request that passed the check: the text to run and what it is."""

    text: str
    form: str  # "SelectQuery", "AskQuery", "ConstructQuery", "DescribeQuery" or "Update"


def decode_escapes(text: str) -> str:
    """``text`` with its code point escapes decoded, as SPARQL reads it before parsing."""
    def one(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QueryError(f"invalid code point escape {m.group(0)}",
                             hint="escapes must name a Unicode scalar value")
        return chr(code)

    decoded = _ESCAPE.sub(one, text)
    if _ESCAPE.search(decoded):
        raise QueryError("the query decodes to a new \\u escape after its escapes are decoded",
                         hint="write the characters themselves instead of escaping the escape")
    return decoded


def node_names(tree) -> set[str]:
    """Names of all the parse-tree nodes under ``tree`` (iteratively: a deep nesting must not
    exhaust the stack)."""
    names: set[str] = set()
    todo = [tree]
    while todo:
        item = todo.pop()
        if isinstance(item, CompValue):
            names.add(item.name)
            todo.extend(item.values())
        elif isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            todo.extend(item)
    return names


def parse_request(text: str, update: bool = False):
    """rdflib's parse tree of a query (or an update); QueryError (400) when it does not parse."""
    try:
        return parser.parseUpdate(text) if update else parser.parseQuery(text)
    except ParseBaseException as exc:
        raise QueryError(code="sparql-syntax", details={"line": str(exc.lineno), "column": str(exc.col),
                                                        "detail": _what_is_wrong(text, exc)}) from None
    except RecursionError:
        # the parser descends once per pattern or nesting: its own words ("maximum recursion depth exceeded")
        # would not tell the sender that the request is too large for it, nor what to do
        raise QueryError(code="sparql-too-deep", details={"size": str(len(text))}) from None
    except (ValueError, TypeError) as exc:
        raise QueryError(f"the request cannot be parsed as SPARQL 1.1: {exc}",
                         hint="only requests that parse as SPARQL 1.1 are run") from None


def _what_is_wrong(text: str, exc: ParseBaseException) -> Words:
    """What the parser met where it stopped, in an analyst's words rather than the grammar's
    ("Expected SelectQuery"): the query ends too early, it goes on after its end, or the word there
    is not what SPARQL expects (the parser's own words stay beside, for who knows the grammar)."""
    rest = text[exc.loc:].strip()
    word = rest.split(maxsplit=1)[0] if rest else ""
    token = word if len(word) <= 30 else word[:30] + "…"
    if not rest:
        return Words("sparql-syntax.ended", {"parser": exc.msg})
    if "end of text" in exc.msg:
        return Words("sparql-syntax.after-end", {"token": token, "parser": exc.msg})
    return Words("sparql-syntax.token", {"token": token, "parser": exc.msg})


def undeclared_prefix(tree) -> str | None:
    """The first prefix the request uses (``dkg:Resolution``) without a ``PREFIX`` line for it, or None.
    rdflib's parser takes such a name as it stands, and Oxigraph's refusal of it lists the characters
    a name may hold, which no analyst reads as "declare dkg:"."""
    declared: set[str] = set()
    used: list[str] = []
    todo = [tree]
    while todo:
        item = todo.pop()
        if isinstance(item, CompValue):
            if item.name in ("PrefixDecl", "pname"):  # (CompValue.get answers a missing key with its name)
                prefix = str(dict.get(item, "prefix") or "")
                if item.name == "PrefixDecl":
                    declared.add(prefix)
                else:
                    used.append(prefix)
            todo.extend(item.values())
        elif isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            todo.extend(item)
    return next((p for p in reversed(used) if p not in declared), None)


def _undeclared(prefix: str) -> QueryError:
    iri = PREFIXES.get(prefix)
    return QueryError(code="sparql-undeclared-prefix" if iri else "sparql-unknown-prefix",
                      details={"prefix": f"{prefix}:", "declare": f"PREFIX {prefix}: <{iri or '…'}>"})


def checked(text: str, *, update: bool = False) -> Checked:
    """The request to run, once its parse has neither SERVICE nor LOAD (else QueryError, 400), nor a
    prefix it does not declare."""
    decoded = decode_escapes(text)
    tree = parse_request(decoded, update)
    missing = undeclared_prefix(tree)
    if missing is not None:
        raise _undeclared(missing)
    names = node_names(tree)
    for node, what in REFUSED_NODES.items():
        if node in names:
            raise QueryError(code="sparql-refused", details={"what": Words(what)})
    if update:
        return Checked(decoded, "Update")
    form = next((n for n in ("SelectQuery", "AskQuery", "ConstructQuery", "DescribeQuery") if n in names), "")
    return Checked(decoded, form)


__all__ = ["Checked", "REFUSED_NODES", "checked", "decode_escapes", "node_names", "parse_request", "undeclared_prefix"]
