"""The one SPARQL tokenizer: what in a query's text is code, and which form the query has.

:func:`blank_out` hides strings, IRIs and comments so that the code around them can be searched
with offsets intact; the named-query preprocessor (``kg.queries.sparqltext``) and the remote
store (to choose what to accept) both rest on it. Decisions about safety are not made here but
on the parsed query (``kg.queries.safety``).
"""

from __future__ import annotations

import re

_STRING = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRI = re.compile(r"<[^<>\s]*>")
_COMMENT = re.compile(r"#[^\n]*")
# a form keyword, not part of a prefixed name ('ex:select') or a variable ('?ask')
_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)


def blank_out(sparql: str) -> str:
    """Strings, IRIs and comments blanked out with spaces, so that offsets stay those of ``sparql``."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group(0))
    return _COMMENT.sub(blank, _IRI.sub(blank, _STRING.sub(blank, sparql)))


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the first form keyword in the code of the
    query (``SELECT`` where none is found; the server will say what is wrong)."""
    m = _FORM.search(blank_out(sparql))
    return m.group(1).upper() if m else "SELECT"


__all__ = ["blank_out", "query_form"]
