"""The predicates a SPARQL SELECT query's triple patterns can match, read from its tokens.

The fast validator restricts its in-memory store to what its SPARQL constraints read
(``kg.validate.fastshacl.Plan.reads``). rdflib's parser gives the same answer through the query's
algebra, but its parse of the project's shapes is a fixed cost in every process that validates a large
batch (measured in ``bench/RESULTS.md``, ingest19). :func:`pattern_predicates` reads the grammar's
triple patterns directly: subjects, verbs (property paths included) and objects, in groups,
``OPTIONAL``/``MINUS``/``GRAPH``/``UNION``, sub-selects, and ``EXISTS`` groups inside ``FILTER``,
``BIND`` and the other expressions. Where the query holds anything it does not follow (another
query form, ``BASE``, a dataset clause, an escape in a name, a token it does not know), it raises
:class:`Unread` and the caller asks rdflib; it never guesses. A variable or a negated path in a
verb means "any predicate": ``None``.

:func:`pattern_classes` reads the same patterns for the classes whose instances' ``rdf:type`` triples
they can match: a type is read as ``?x rdf:type C`` or ``?x rdf:type/rdfs:subClassOf* C`` (the form a
``sh:targetClass`` takes), C an IRI; any other pattern with ``rdf:type`` in its verb (a variable
class, an inverse or alternative path) can match a type of any class: ``None``.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg.rdf.sparqllex import UnknownToken, all_tokens
from kg.rdf.terms import OX_RDF, OX_RDFS

__all__ = ["Unread", "pattern_classes", "pattern_predicates"]

RDF_TYPE, RDF_FIRST, RDF_REST = OX_RDF.type, OX_RDF.first, OX_RDF.rest
SUBCLASS_OF = OX_RDFS.subClassOf

_TERM_KINDS = ("var", "iri", "pname", "bnode", "number", "string")
_SOLUTION_WORDS = {"GROUP", "BY", "HAVING", "ORDER", "ASC", "DESC", "LIMIT", "OFFSET", "VALUES"}


class Unread(ValueError):
    """The query holds something :func:`pattern_predicates` does not follow."""


class _Reader:
    def __init__(self, query: str) -> None:
        try:
            self.toks = all_tokens(query)
        except UnknownToken as exc:
            raise Unread(str(exc)) from None
        self.i = 0
        self.prefixes: dict[str, str] = {}
        self.found: set[ox.NamedNode] = set()
        self.any = False
        self.classes: set[ox.NamedNode] = set()  # (see pattern_classes)
        self.any_class = False

    # --- tokens
    def peek(self, ahead: int = 0) -> tuple[str, str]:
        j = self.i + ahead
        return self.toks[j] if j < len(self.toks) else ("end", "")

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok[0] == "end":
            raise Unread("the query ends too early")
        self.i += 1
        return tok

    def expect(self, text: str) -> None:
        if self.take()[1] != text:
            raise Unread(f"expected {text!r}")

    def iri(self, kind: str, text: str) -> ox.NamedNode:
        if kind == "iri":
            if not re.match(r"<[A-Za-z][A-Za-z0-9+.-]*:", text):
                raise Unread("a relative IRI")
            return ox.NamedNode(text[1:-1])
        prefix, _, local = text.partition(":")
        if prefix not in self.prefixes:
            raise Unread(f"the prefix {prefix!r} is not declared")
        return ox.NamedNode(self.prefixes[prefix] + local)

    # --- the query
    def query(self) -> None:
        while self.peek()[1] == "PREFIX":
            self.take()
            kind, name = self.take()
            if kind != "pname" or not name.endswith(":"):
                raise Unread("a PREFIX without its name")
            kind, ns = self.take()
            if kind != "iri":
                raise Unread("a PREFIX without its IRI")
            self.prefixes[name[:-1]] = ns[1:-1]
        if self.peek()[1] != "SELECT":
            raise Unread("not a SELECT query")
        self.select()
        if self.peek()[0] != "end":
            raise Unread("something after the query")

    def select(self) -> None:
        """SELECT ... WHERE? { ... } and its solution modifiers."""
        self.expect("SELECT")
        while self.peek()[1] != "{" and self.peek()[1] != "WHERE":
            kind, text = self.take()
            if text == "(":
                self.expression(closing=")")
            elif text == "FROM":
                raise Unread("a dataset clause")
        if self.peek()[1] == "WHERE":
            self.take()
        self.expect("{")
        self.group()
        while self.solution_word():
            if self.take()[1] == "VALUES":
                self.values()
                continue
            while not (self.peek()[0] == "end" or self.peek()[1] == "}" or self.solution_word()):
                text = self.take()[1]
                if text == "(":
                    self.expression(closing=")")
                elif text == "{":
                    raise Unread("a brace in a solution modifier")

    def solution_word(self) -> bool:
        return self.peek()[0] == "word" and self.peek()[1] in _SOLUTION_WORDS

    def values(self) -> None:
        """VALUES ?x { ... } or VALUES (?x ?y) { ( ... ) ... }: data, no pattern."""
        while self.peek()[1] != "{":
            self.take()
        self.take()
        depth = 1
        while depth:
            text = self.take()[1]
            depth += {"{": 1, "}": -1}.get(text, 0)

    def expression(self, closing: str) -> None:
        """Up to the ``closing`` bracket that pairs with the one just taken; the groups of
        ``EXISTS``/``NOT EXISTS`` read as patterns."""
        depth = 1
        while True:
            kind, text = self.take()
            if text == "EXISTS":
                self.expect("{")
                self.group()
            elif text in ("(", "["):
                depth += 1
            elif text in (")", "]"):
                depth -= 1
                if depth == 0:
                    if text != closing:
                        raise Unread("brackets that do not pair")
                    return
            elif text in ("{", "}"):
                raise Unread("a brace inside an expression")

    def group(self) -> None:
        """The inside of a group, the ``{`` taken, up to and with its ``}``."""
        if self.peek()[1] == "SELECT":
            self.select()
            self.expect("}")
            return
        while True:
            kind, text = self.peek()
            if text == "}":
                self.take()
                return
            if text == "{":
                self.take()
                self.group()
            elif text in ("OPTIONAL", "MINUS", "UNION"):
                self.take()
            elif text in ("GRAPH", "SERVICE"):
                raise Unread(f"{text}: another graph than the default one")
            elif text == "FILTER":
                self.take()
                self.constraint()
            elif text == "BIND":
                self.take()
                self.expect("(")
                self.expression(closing=")")
            elif text == "VALUES":
                self.take()
                self.values()
            elif text == ".":
                self.take()
            elif kind in _TERM_KINDS or text in ("[", "(", "TRUE", "FALSE"):
                self.triples()
            else:
                raise Unread(f"cannot read {text!r} in a group")

    def constraint(self) -> None:
        """FILTER's constraint: a bracketed expression, a call, or (NOT) EXISTS { ... }."""
        kind, text = self.take()
        if text == "NOT":
            kind, text = self.take()
        if text == "EXISTS":
            self.expect("{")
            self.group()
        elif text == "(":
            self.expression(closing=")")
        elif kind in ("word", "iri", "pname") and self.peek()[1] == "(":
            self.take()
            self.expression(closing=")")
        else:
            raise Unread("a FILTER without its constraint")

    # --- triple patterns
    def triples(self) -> None:
        """A subject and its property list (which may be empty after ``[ ... ]`` or a collection)."""
        if self.subject_or_object():
            if self.peek()[1] in (".", "}", "{") or self.peek()[0] == "word" and self.peek()[1] != "a":
                return
        self.property_list(end=(".", "}"))

    def subject_or_object(self) -> bool:
        """A term, ``[ ... ]`` or a collection; True where it was a node that may stand alone."""
        kind, text = self.take()
        if text == "[":
            if self.peek()[1] == "]":
                self.take()
                return False
            self.property_list(end=("]",))
            self.expect("]")
            return True
        if text == "(":  # a collection: its items are linked by rdf:first and rdf:rest
            if self.peek()[1] != ")":
                self.found |= {RDF_FIRST, RDF_REST}
            while self.peek()[1] != ")":
                self.subject_or_object()
            self.take()
            return True
        if kind == "string":
            if self.peek()[0] == "langtag":
                self.take()
            elif self.peek()[1] == "^^":
                self.take()
                if self.take()[0] not in ("iri", "pname"):
                    raise Unread("a datatype that is no IRI")
            return False
        if text in ("-", "+") and self.peek()[0] == "number":
            self.take()
            return False
        if kind in _TERM_KINDS or text in ("TRUE", "FALSE"):
            return False
        raise Unread(f"cannot read {text!r} as a term")

    def property_list(self, end: tuple[str, ...]) -> None:
        while True:
            start = self.i
            self.verb()
            typing = self.typing(self.toks[start:self.i])
            objects = [self.object_tokens()]
            while self.peek()[1] == ",":
                self.take()
                objects.append(self.object_tokens())
            if typing is not None:
                self.note_classes(typing, objects)
            while self.peek()[1] == ";":
                self.take()
            # (a group may follow the triples without a dot: it ends them too)
            if self.peek()[1] in (*end, "}", "{") or self.peek()[0] == "word" and self.peek()[1] != "a":
                return

    def object_tokens(self) -> list[tuple[str, str]]:
        """An object (see :meth:`subject_or_object`) and the tokens it was read from."""
        start = self.i
        self.subject_or_object()
        return self.toks[start:self.i]

    def is_type(self, kind: str, text: str) -> bool:
        return text == "a" if kind == "word" else kind in ("iri", "pname") and self.iri(kind, text) == RDF_TYPE

    def typing(self, verb: list[tuple[str, str]]) -> bool | None:
        """Whether ``verb``'s tokens read ``rdf:type`` as :func:`pattern_classes` follows it (True),
        otherwise (False), or not at all (None)."""
        if not any(self.is_type(kind, text) for kind, text in verb):
            return None
        if len(verb) == 1:
            return True
        return (len(verb) == 4 and [text for _, text in verb[1:2] + verb[3:]] == ["/", "*"]
                and verb[2][0] in ("iri", "pname") and self.iri(*verb[2]) == SUBCLASS_OF)

    def note_classes(self, followed: bool, objects: list[list[tuple[str, str]]]) -> None:
        """The classes of a pattern whose verb reads ``rdf:type`` (``followed``: in a form
        :func:`pattern_classes` follows), ``objects`` its objects' tokens."""
        for tokens in objects:
            if followed and len(tokens) == 1 and tokens[0][0] in ("iri", "pname"):
                self.classes.add(self.iri(*tokens[0]))
            else:
                self.any_class = True

    def verb(self) -> None:
        """A verb: ``a``, a variable (any predicate) or a property path."""
        if self.peek()[0] == "var":
            self.take()
            self.any = True
            return
        self.path_alternative()

    def path_alternative(self) -> None:
        self.path_sequence()
        while self.peek()[1] == "|":
            self.take()
            self.path_sequence()

    def path_sequence(self) -> None:
        self.path_element()
        while self.peek()[1] == "/":
            self.take()
            self.path_element()

    def path_element(self) -> None:
        if self.peek()[1] == "^":
            self.take()
        kind, text = self.take()
        if text == "a":
            self.found.add(RDF_TYPE)
        elif kind in ("iri", "pname"):
            self.found.add(self.iri(kind, text))
        elif text == "(":
            self.path_alternative()
            self.expect(")")
        elif text == "!":
            self.any = True  # a negated set: any predicate but those
            if self.peek()[1] == "(":
                self.take()
                while self.take()[1] != ")":
                    pass
            else:
                self.take()
        else:
            raise Unread(f"cannot read {text!r} as a path")
        if self.peek()[1] in ("*", "+", "?"):
            self.take()


def pattern_predicates(query: str) -> frozenset[ox.NamedNode] | None:
    """The predicates the triple patterns of SELECT ``query`` can match (paths' IRIs included),
    ``None`` when one can match any predicate; raises :class:`Unread` where the query holds
    something this reader does not follow."""
    reader = _Reader(query)
    reader.query()
    return None if reader.any else frozenset(reader.found)


def pattern_classes(query: str) -> frozenset[ox.NamedNode] | None:
    """The classes whose instances' ``rdf:type`` triples the patterns of SELECT ``query`` can match
    (see the module's docstring): ``None`` for any class; raises :class:`Unread` as
    :func:`pattern_predicates` does."""
    reader = _Reader(query)
    reader.query()
    return None if reader.any_class or reader.any else frozenset(reader.classes)
