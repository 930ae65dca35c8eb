"""The documents a link cue points to (kg.extract.document_mentions objects_at / without_siblings): a list cut
before a document issued beside the subject. Short texts of our own; each rule with its near misses."""
from __future__ import annotations

from kg.extract import extract


def links(text: str) -> set[tuple[str, str, str]]:
    return {(x.from_, x.type, x.to) for x in extract(text).links}


def keys(text: str) -> set[str]:
    return {d.key for d in extract(text).documents}


def test_a_plan_listed_after_the_object_with_the_subjects_type_and_issuer_is_its_sibling():
    text = ("Sở ban hành Kế hoạch số 30/KH-SNN về triển khai Đề án tái cơ cấu ngành chăn nuôi và Kế hoạch số "
            "31/KH-SNN về phòng, chống dịch bệnh.")
    got = links(text)
    assert ("30/KH-SNN", "implements", "ĐA:tái cơ cấu ngành chăn nuôi") in got
    assert ("30/KH-SNN", "implements", "31/KH-SNN") not in got


def test_an_unnumbered_plan_does_not_take_its_sibling_into_its_title():
    text = ("UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy và Kế hoạch số "
            "99/KH-UBND về chuyển đổi số.")
    got = links(text)
    plan = next(k for k in keys(text) if k.startswith("KH:"))
    assert "99/KH-UBND" not in plan
    assert (plan, "implements", "05-NQ/TU") in got
    assert (plan, "implements", "99/KH-UBND") not in got


def test_near_miss_two_objects_of_the_subjects_type_from_another_issuer_are_both_carried_out():
    text = ("Ngày 3/4/2024, Tỉnh ủy ban hành Nghị quyết số 15-NQ/TU tiếp tục thực hiện Nghị quyết số 26-NQ/TW "
            "và Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.")
    got = links(text)
    assert ("15-NQ/TU", "continues", "26-NQ/TW") in got
    assert ("15-NQ/TU", "continues", "19-NQ/TW") in got


def test_near_miss_the_first_object_of_the_subjects_own_kind_is_carried_out():
    text = "UBND huyện ban hành Kế hoạch số 12/KH-UBND thực hiện Kế hoạch số 45/KH-UBND của UBND huyện."
    assert ("12/KH-UBND", "implements", "45/KH-UBND") in links(text)
