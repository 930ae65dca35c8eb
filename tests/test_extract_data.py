"""The project's own vocabulary files (kg/data) stay in step with the shared domain tables."""
import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "domain"


def rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_own_files_load():
    bodies = rows(DATA / "bodies.csv")
    assert len(bodies) >= 100 and {"canonical", "variants", "kind", "level", "issuer_code"} <= set(bodies[0])
    assert {r["code"] for r in rows(DATA / "vocab" / "doc_types.csv")} >= {"NQ", "CT", "KL", "QĐ", "CTr", "KH", "CV", "NĐ", "CL"}
    assert {r["code"] for r in rows(DATA / "issuers.csv")} >= {"TW", "TU", "HU", "ĐU", "CP", "TTg", "HĐND", "UBND"}


def test_bodies_cover_shared_canonical_names():
    if not (SHARED / "bodies.csv").is_file():
        pytest.skip("../shared/domain/bodies.csv is not next to this checkout")
    ours = {r["canonical"] for r in rows(DATA / "bodies.csv")}
    theirs = {r["canonical_vi"] for r in rows(SHARED / "bodies.csv")}
    assert not theirs - ours, f"missing from kg/data/bodies.csv: {sorted(theirs - ours)}"


def test_issuer_codes_cover_shared_codes_we_parse():
    if not (SHARED / "issuers.csv").is_file():
        pytest.skip("../shared/domain/issuers.csv is not next to this checkout")
    from kg.text.symbols import PARTY_ISSUERS
    shared_party = {r["code"] for r in rows(SHARED / "issuers.csv") if r.get("system") == "party" and r["code"]}
    assert shared_party <= set(PARTY_ISSUERS) | {"BDVTU", "BTGHU"}, sorted(shared_party - set(PARTY_ISSUERS))
