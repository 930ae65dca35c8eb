"""kg.rdf.terms: the store's terms, and the spelling the engine gives a typed literal."""
from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.terms import OX_XSD, VERBATIM, respelt


def test_a_typed_literal_is_respelt_as_the_engine_keeps_it():
    decimal = ox.Literal("1500.0", datatype=OX_XSD.decimal)
    count = ox.Literal("07", datatype=OX_XSD.nonNegativeInteger)
    kept = ox.Literal("1500", datatype=OX_XSD.decimal)
    said = ox.Literal("1500.0", datatype=OX_XSD.string)
    got = respelt([decimal, count, kept, said])
    assert got[decimal] == kept and got[count].value == "7" and got[count].datatype == OX_XSD.integer
    # near misses: a literal already in the engine's form, and a string (kept as written), are not in the answer
    assert kept not in got and said not in got and said.datatype.value in VERBATIM
    assert respelt([]) == {}
