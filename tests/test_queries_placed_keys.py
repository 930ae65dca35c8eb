"""A query's document parameter given a key as `dkg extract` prints it for a document without a number, with its
province ('NQ:HĐND tỉnh Tuyên Quang về ...'): it names that province's document alone, as `dkg show` and /doc/KEY
find it (``kg.queries.parameters.of_place``, one rule for the three); a key naming a province whose document the store
does not hold finds nothing, and says which provinces hold one so keyed."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import ingest
from kg.cards import document_card
from kg.errors import NotFound
from kg.queries.parameters import resolve_document
from kg.store import Store

SUBJECT = "kế hoạch phát triển kinh tế - xã hội năm 2025"


def _text(province: str, amount: int) -> str:
    return (f"{province}: thu ngân sách vượt dự toán\n\nBáo cáo của UBND tỉnh về tình hình thực hiện Nghị quyết của "
            f"HĐND tỉnh {province} về {SUBJECT} cho biết, thu ngân sách trên địa bàn đạt {amount} tỷ đồng.\n")


@pytest.fixture
def store(memory_store, tmp_path) -> Store:
    for name, province, amount in (("tq.txt", "Tuyên Quang", 950), ("tn.txt", "Thái Nguyên", 870)):
        (tmp_path / name).write_text(_text(province, amount), encoding="utf-8")
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "tq.txt"), str(tmp_path / "tn.txt")]).loaded == 2
    return memory_store


def test_a_printed_key_names_its_province_s_document_alone(store):
    printed = f"NQ:HĐND tỉnh Tuyên Quang về {SUBJECT}"
    term = resolve_document(store, printed)
    assert term == ox.NamedNode(document_card(store, printed)["iri"])  # type: ignore[index]
    other = resolve_document(store, printed.replace("Tuyên Quang", "Thái Nguyên"))
    assert other != term and other == ox.NamedNode(
        document_card(store, printed.replace("Tuyên Quang", "Thái Nguyên"))["iri"])  # type: ignore[index]
    # near miss: the stored key, without a place, still names both documents (bound as the key)
    assert resolve_document(store, f"NQ:HĐND tỉnh về {SUBJECT}") == ox.Literal(f"NQ:HĐND tỉnh về {SUBJECT}")


def test_a_key_naming_a_province_with_no_such_document_finds_nothing_and_says_so(store):
    with pytest.raises(NotFound) as found:
        resolve_document(store, f"NQ:HĐND tỉnh Cao Bằng về {SUBJECT}")
    assert found.value.code == "query-no-document-placed"
    assert found.value.details["place"] == "Cao Bằng"
    assert "Thái Nguyên" in found.value.details["places"] and "Tuyên Quang" in found.value.details["places"]
    with pytest.raises(NotFound):  # (and the card, by the same rule)
        document_card(store, f"NQ:HĐND tỉnh Cao Bằng về {SUBJECT}")
