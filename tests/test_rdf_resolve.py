"""kg.rdf.resolve: an undated document name meets the one node with its key, across the 2025 code schemes only
where the reform left the province whole."""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import URIRef

from kg.rdf.identity import DocumentIdentity, document_iri
from kg.rdf.resolve import DocumentResolver
from kg.text import places


class OneKeyStore:
    """A store that holds the given nodes under one key each (what the resolver's query asks)."""

    def __init__(self, nodes: Mapping[str, list[str]]) -> None:
        self.nodes = nodes

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None) -> tuple[list[str], list[dict]]:
        assert bindings is not None
        key = bindings["k"].value  # type: ignore[attr-defined]
        return ["d", "k"], [{"d": ox.NamedNode(n), "k": ox.Literal(key)} for n in self.nodes.get(key, [])]


def _code(name: str, scheme: str) -> str:
    province = places.lookup_province(name, scheme)
    assert province is not None
    return province.code


def test_a_province_left_whole_finds_its_programme_issued_before_the_reform():
    # Lạng Sơn kept its borders on 1 July 2025: its committee's programme of 2024, named without a date in a text
    # of 2026 (placed under the 2025 scheme), is the node already stored
    old = _code("Lạng Sơn", "legacy")
    new = _code("Lạng Sơn", "2025")
    assert places.continued_province(new) == old
    dated = document_iri("115-CTr/TU", term="2020-2025", jurisdiction=f"legacy-{old}")
    resolve = DocumentResolver(OneKeyStore({"115-CTr/TU": [str(dated)]}))
    assert resolve(DocumentIdentity.from_key("115-CTr/TU", jurisdiction=f"2025-{new}")) == URIRef(str(dated))


def test_near_miss_a_merged_province_does_not_take_an_old_provinces_programme():
    # Hà Giang was merged into Tuyên Quang: an old Tuyên Quang programme is not the new province's by its number
    new = _code("Tuyên Quang", "2025")
    assert places.continued_province(new) is None
    dated = document_iri("12-CTr/TU", term="2020-2025", jurisdiction=f"legacy-{_code('Tuyên Quang', 'legacy')}")
    resolve = DocumentResolver(OneKeyStore({"12-CTr/TU": [str(dated)]}))
    assert resolve(DocumentIdentity.from_key("12-CTr/TU", jurisdiction=f"2025-{new}")) is None


def test_near_miss_another_province_or_two_nodes_give_nothing():
    lang_son = _code("Lạng Sơn", "legacy")
    cao_bang = document_iri("115-CTr/TU", term="2020-2025", jurisdiction=f"legacy-{_code('Cao Bằng', 'legacy')}")
    resolve = DocumentResolver(OneKeyStore({"115-CTr/TU": [str(cao_bang)]}))
    assert resolve(DocumentIdentity.from_key("115-CTr/TU", jurisdiction=f"2025-{_code('Lạng Sơn', '2025')}")) is None
    two = [str(document_iri("115-CTr/TU", term=t, jurisdiction=f"legacy-{lang_son}")) for t in ("2015-2020", "2020-2025")]
    resolve = DocumentResolver(OneKeyStore({"115-CTr/TU": two}))
    assert resolve(DocumentIdentity.from_key("115-CTr/TU", jurisdiction=f"2025-{_code('Lạng Sơn', '2025')}")) is None


def test_a_text_before_the_reform_does_not_take_a_node_of_the_new_scheme():
    new = _code("Lạng Sơn", "2025")
    after = document_iri("7-CTr/TU", term="2025-2030", jurisdiction=f"2025-{new}")
    resolve = DocumentResolver(OneKeyStore({"7-CTr/TU": [str(after)]}))
    legacy = f"legacy-{_code('Lạng Sơn', 'legacy')}"
    assert resolve(DocumentIdentity.from_key("7-CTr/TU", jurisdiction=legacy)) is None


def test_an_undated_node_already_minted_does_not_keep_the_name_from_the_one_dated_node():
    # an earlier text minted 57-NQ/TW undated; a later one dated it: a third naming it undated meets the dated node,
    # and the first text, built again, would too
    undated = DocumentIdentity.from_key("57-NQ/TW")
    dated = document_iri("57-NQ/TW", term="XIII")
    resolve = DocumentResolver(OneKeyStore({"57-NQ/TW": [str(undated.iri()), str(dated)]}))
    assert resolve(undated) == URIRef(str(dated))
    assert resolve.outdated({"57-NQ/TW": ox.NamedNode(str(undated.iri()))})
    assert not resolve.outdated({"57-NQ/TW": ox.NamedNode(str(dated))})


def test_near_miss_an_undated_node_beside_two_dated_ones_stays():
    undated = DocumentIdentity.from_key("57-NQ/TW")
    two = [str(document_iri("57-NQ/TW", term=t)) for t in ("XI", "XIII")]
    resolve = DocumentResolver(OneKeyStore({"57-NQ/TW": [str(undated.iri()), *two]}))
    assert resolve(undated) is None
    assert not resolve.outdated({"57-NQ/TW": ox.NamedNode(str(undated.iri()))})
