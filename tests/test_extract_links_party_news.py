"""Links as Party news states them (kg.extract.links, document_mentions): how a document is to be carried out, said
between the cue and the document or after the document an opener names. Short texts of our own; each rule with its
near misses."""
from __future__ import annotations

from kg.extract import extract


def links(text: str) -> set[tuple[str, str, str]]:
    return {(x.from_, x.type, x.to) for x in extract(text).links}


def test_the_manner_between_the_cue_and_the_document_keeps_the_link():
    for manner in ("hiệu quả", "nghiêm túc và hiệu quả", "quyết liệt, đồng bộ"):
        text = f"Kế hoạch số 45-KH/HU nhằm triển khai thực hiện {manner} Nghị quyết số 57-NQ/TW của Bộ Chính trị."
        assert links(text) == {("45-KH/HU", "implements", "57-NQ/TW")}, manner


def test_near_miss_a_manner_before_other_words_links_nothing():
    text = "Kế hoạch số 45-KH/HU nhằm triển khai thực hiện hiệu quả các giải pháp phát triển kinh tế số."
    assert links(text) == set()


def test_an_opener_that_says_how_links_the_document_issued_after_its_comma():
    text = ("Để triển khai Nghị quyết số 57-NQ/TW có hiệu quả, Ban Thường vụ Huyện ủy đã xây dựng và ban hành Kế hoạch "
            "số 45-KH/HU.")
    assert links(text) == {("45-KH/HU", "implements", "57-NQ/TW")}


def test_near_miss_an_opener_that_says_how_before_no_issued_document_links_nothing():
    text = ("Để triển khai Nghị quyết số 57-NQ/TW có hiệu quả, hội nghị đã thảo luận nhiều giải pháp về chuyển đổi số "
            "trong các cơ quan đảng.")
    assert links(text) == set()
