"""A Party committee that puts to work a plan of its own kind ('Đảng ủy xã A tổ chức hội nghị triển khai Kế hoạch số
14-KH/ĐU') is the plan's issuer, so the plan is placed in its commune (kg.extract.document_dates, _DEPLOYS); the
meeting's day is not the plan's. Near misses: a document of another kind of issuer, a state body's plan (its code is
every level's). Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract


def _doc(text: str, key: str):
    return next(d for d in extract(text).documents if d.key == key)


@pytest.mark.parametrize("verb", ["tổ chức hội nghị triển khai", "triển khai", "tổ chức hội nghị quán triệt, triển khai"])
def test_a_committee_deploying_its_own_plan_issued_it(verb):
    doc = _doc(f"Ngày 5/3/2026, Đảng ủy xã Tân Lập {verb} Kế hoạch số 9-KH/ĐU về phát triển du lịch cộng đồng.\n",
               "9-KH/ĐU")
    assert doc.issuer == "Đảng ủy xã Tân Lập"
    assert doc.date is None


def test_a_district_committee_likewise():
    doc = _doc("Huyện ủy Thanh Ba triển khai Kế hoạch số 31-KH/HU về chuyển đổi số.\n", "31-KH/HU")
    assert doc.issuer == "Huyện ủy Thanh Ba"


def test_near_miss_a_resolution_of_the_centre_is_not_the_committees():
    doc = _doc("Huyện ủy Thanh Ba triển khai Nghị quyết số 57-NQ/TW đến toàn thể đảng viên.\n", "57-NQ/TW")
    assert doc.issuer != "Huyện ủy Thanh Ba"


def test_near_miss_a_communes_peoples_committee_may_deploy_the_provinces_plan():
    doc = _doc("UBND xã Tân Lập triển khai Kế hoạch số 112/KH-UBND về chuyển đổi số.\n", "112/KH-UBND")
    assert doc.issuer is None
