"""The quads of a write as the engine stores them (dạng chuẩn): it writes some typed literals in a canonical
form (an ``xsd:nonNegativeInteger`` becomes an ``xsd:integer``), so a change set (:mod:`kg.store.history`)
compares what a write brings with what the store holds, and keeps it to be undone, in that form.
"""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.rdf.terms import VERBATIM, respelt

__all__ = ["canonical", "canonical_written", "nquads"]


def canonical(quads: Iterable[ox.Quad]) -> dict[ox.Quad, None]:
    """The quads as the engine stores them: it writes some literals in a canonical form (an
    ``xsd:nonNegativeInteger`` becomes an ``xsd:integer``), so comparing what a write brings with
    what the store holds, or undoing it later, must use that form. In their order, each once (a dict
    as an ordered set): a batch's payload written in the batch's order keeps each text's quads together, which
    compresses far better than a set's scattered order."""
    unique = dict.fromkeys(quads)
    return canonical_written(unique, nquads(unique))[0]


def nquads(quads: Iterable[ox.Quad]) -> bytes:
    """The N-Quads text of ``quads``, in their order."""
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert text is not None  # (written to no file: given back)
    return text


def canonical_written(unique: dict[ox.Quad, None], text: bytes) -> tuple[dict[ox.Quad, None], bytes | None]:
    """:func:`canonical` of ``unique`` (quads, each once), whose N-Quads text (in their order) is
    ``text``; and ``text`` itself where the engine keeps every literal of them as it is (None where
    one is rewritten).

    The typed literals are found in that text, written by the engine, not by reading each quad's
    object in Python (at a large batch, most of the cost): only a typed literal's line has
    ``"^^<`` in it (a string's quote is escaped there), and each distinct object is read once."""
    objects: dict[bytes, None] = {}  # each typed literal's text
    find, rfind = text.find, text.rfind
    at = find(_TYPED_END)
    while at != -1:
        if _escaped(text, at):  # (a quote inside a string)
            at = find(_TYPED_END, at + 1)
            continue
        close, opening = find(b">", at), rfind(b'"', 0, at)
        if text[opening - 1] != 0x20:  # (a quote escaped inside the literal: its line is read)
            found = _object_start(text, rfind(b"\n", 0, at) + 1)
            if found is None:
                return _rewritten(unique), None
            opening = found
        objects[text[opening:close + 1]] = None
        at = find(_TYPED_END, close)
    if not objects:
        return unique, text
    try:
        typed = [o for t in ox.parse(b"".join(b"<urn:s> <urn:p> " + o + b" .\n" for o in objects),
                                     format=ox.RdfFormat.N_TRIPLES)
                 if isinstance(o := t.object, ox.Literal) and o.datatype.value not in VERBATIM]
    except SyntaxError:  # (not a literal this reading follows: each quad's object is read instead)
        return _rewritten(unique), None
    if not respelt(typed):
        return unique, text
    return _rewritten(unique), None


#: The end of a typed literal's text in N-Quads, before its datatype. An IRI holds no quote, and a quote inside a
#: string is escaped: it is nowhere else, but after a string's backslash.
_TYPED_END = b'"^^<'


def _escaped(text: bytes, at: int) -> bool:
    """Is the quote at ``at`` escaped (after an odd number of backslashes)?"""
    before = at
    while text[before - 1] == 0x5C:
        before -= 1
    return (at - before) % 2 == 1


def _object_start(text: bytes, start: int) -> int | None:
    """Where the object of the N-Quads line starting at ``start`` starts: after its predicate (an IRI, after a
    subject that is an IRI or a blank node); None where the subject or the object is a quoted triple."""
    if text.startswith(b"<<", start):
        return None
    subject_end = text.find(b"> " if text[start] == 0x3C else b" ", start)
    at = text.find(b"> ", subject_end + 1) + 2
    return None if text.startswith(b"<<", at) else at


def _rewritten(quads: Iterable[ox.Quad]) -> dict[ox.Quad, None]:
    """The quads with each typed literal in the form the engine writes it (see :func:`canonical`)."""
    out: list[ox.Quad] = []
    typed: list[int] = []  # where the typed literals are in ``out``
    literals: dict[ox.Literal, None] = {}
    for q in quads:  # only typed literals can be rewritten: the rest is kept as it is
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype.value not in VERBATIM:
            typed.append(len(out))
            literals[o] = None
        out.append(q)
    changed = respelt(list(literals)) if typed else {}
    for i in typed if changed else ():
        q = out[i]
        canon = changed.get(q.object) if isinstance(q.object, ox.Literal) else None
        if canon is not None:
            out[i] = ox.Quad(q.subject, q.predicate, canon, q.graph_name)
    return dict.fromkeys(out)
