"""The one parse of a SPARQL Update's text into rdflib's algebra, for the two places of the store
that decide on an update's operations: the guard of an update from outside (``guard``) and the
change log, which reads from a data-only update what it can change (``update_record.data_patterns``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import QueryError

if TYPE_CHECKING:
    from rdflib.plugins.sparql.parserutils import CompValue

__all__ = ["operations"]


def operations(update: str, base_iri: str | None = None) -> list[CompValue]:
    """The update's operations as rdflib's algebra has them; QueryError (a bad request) where the
    text does not read as SPARQL 1.1 Update."""
    # (rdflib's SPARQL grammar is slow to import; most commands, a load among them, never read an update)
    from rdflib.plugins.sparql.algebra import translateUpdate  # noqa: PLC0415  (only once an update is read)
    from rdflib.plugins.sparql.parser import parseUpdate  # noqa: PLC0415  (likewise)
    try:
        return list(translateUpdate(parseUpdate(update), base=base_iri).algebra)
    # rdflib answers a syntax error with pyparsing's exception, a bad IRI or base with ValueError or
    # TypeError, and a prefix no PREFIX declares with a bare Exception: all are the client's text
    except Exception as exc:  # noqa: BLE001
        raise QueryError(f"the update cannot be read: {exc}",
                         hint="send an update that parses as SPARQL 1.1 Update (each prefix declared with PREFIX)") from None
