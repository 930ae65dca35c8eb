"""The one SPARQL tokenizer: :func:`blank_out` hides strings, IRIs and comments so that the code
around them can be searched with offsets intact. The named queries' preprocessor
(:mod:`kg.queries.sparqltext`) and the remote store's update splitter (:mod:`kg.store.remote`)
both rest on it; it sits here, below both, so that neither imports the other.
"""

from __future__ import annotations

import re


def blank_out(sparql: str) -> str:
    """Strings, IRIs and comments blanked out with spaces, so that offsets stay those of ``sparql``."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    s = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', blank, sparql)
    s = re.sub(r"<[^<>\s]*>", blank, s)
    return re.sub(r"#[^\n]*", blank, s)
