"""A document's subject (trích yếu) read after 'về': where it ends."""
from __future__ import annotations

import pytest

from kg.extract import extract


def long_text(animal: str) -> str:
    """Our own wording: a subject that runs on with no clause or document to end it."""
    return ("Ngày 3/5/2019, UBND tỉnh Hà Giang ban hành Quyết định số 77/QĐ-UBND về việc điều chỉnh, bổ sung "
            + f"một số nội dung của kế hoạch phát triển chăn nuôi {animal} hàng hóa vùng cao núi đá " * 5
            + "cho các huyện biên giới.\n")


def subject(text: str, key: str) -> str | None:
    return next(d.subject for d in extract(text).documents if d.key == key)


@pytest.mark.parametrize("animal", ["bò", "trâu", "ngựa bạch", "dê núi", "lợn đen", "gà đồi"])
def test_a_subject_cut_at_its_cap_ends_on_a_whole_word(animal):
    text = long_text(animal)
    got = subject(text, "77/QĐ-UBND")
    assert got and len(got) <= 300
    words = set(text.split())
    assert got.split()[-1] in words  # no half word at the end ('... núi đ')


def test_a_short_subject_is_kept_whole():
    got = subject("Ngày 3/5/2019, UBND tỉnh Hà Giang ban hành Quyết định số 77/QĐ-UBND về phát triển chăn nuôi "
                  "đại gia súc.\n", "77/QĐ-UBND")
    assert got == "phát triển chăn nuôi đại gia súc"


def test_a_title_ends_before_a_comma_and_the_document_it_carries_out():
    f = extract("Hội Cựu chiến binh tỉnh triển khai Kế hoạch số 21-KH/CCB về tuyên truyền, phổ biến pháp luật giai đoạn "
                "2025 - 2030, thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.\n")
    doc = next(d for d in f.documents if d.key == "21-KH/CCB")
    assert doc.subject == "tuyên truyền, phổ biến pháp luật giai đoạn 2025 - 2030"
    assert ("21-KH/CCB", "implements", "66-NQ/TW") in {(x.from_, x.type, x.to) for x in f.links}


def test_near_miss_a_title_that_runs_on_over_a_review_span_is_no_link():
    # '... về X và 3 năm thực hiện Kết luận ...': the review of two documents, neither carries out the other
    f = extract("Sáng 12/10, Ngân hàng tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 "
                "của Ban Bí thư về tín dụng chính sách và 3 năm thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư.\n")
    assert ("40-CT/TW", "implements", "06-KL/TW") not in {(x.from_, x.type, x.to) for x in f.links}


@pytest.mark.parametrize("text, key, said", [
    # a subject ends where the main clause says what was done, or where other texts join it
    pytest.param("Thực hiện Chỉ thị số 08-CT/TU ngày 4/3/2024 của Ban Thường vụ Tỉnh ủy về phòng, chống rác thải nhựa, "
                 "các chi bộ trong toàn Đảng bộ đã chủ động xây dựng kế hoạch.\n", "08-CT/TU", "phòng, chống rác thải nhựa",
                 id="main-clause-done"),
    pytest.param("Quán triệt Nghị quyết số 09-NQ/HU ngày 1/2/2024 của Huyện ủy về phát triển du lịch cộng đồng và các văn "
                 "bản hướng dẫn của tỉnh, xã tổ chức hội nghị.\n", "09-NQ/HU", "phát triển du lịch cộng đồng",
                 id="other-texts-join"),
    # near miss: a comma inside the subject, with no clause marked done after it, stays in the subject
    pytest.param("Ngày 2/5/2024, Huyện ủy ban hành Kế hoạch số 12-KH/HU về xây dựng, chỉnh trang đô thị văn minh.\n",
                 "12-KH/HU", "xây dựng, chỉnh trang đô thị văn minh", id="comma-inside"),
    # ... and where a clause of the place says a figure
    pytest.param("Thực hiện Kế hoạch số 31-KH/HU ngày 2/4/2024 của Huyện ủy về sửa chữa nhà ở cho hộ nghèo năm 2025, "
                 "huyện sửa chữa 120 nhà.\n", "31-KH/HU", "sửa chữa nhà ở cho hộ nghèo năm 2025", id="place-says-a-figure"),
    # near miss: the places a subject names, with the span they are named for, stay in the subject
    pytest.param("Ngày 2/5/2024, UBND tỉnh ban hành Kế hoạch số 40/KH-UBND về hỗ trợ các xã, huyện nghèo giai đoạn 2021 - "
                 "2025.\n", "40/KH-UBND", "hỗ trợ các xã, huyện nghèo giai đoạn 2021 - 2025", id="places-and-span-named"),
])
def test_where_a_subject_ends(text, key, said):
    assert subject(text, key) == said


def test_a_title_ends_before_the_goals_the_document_sets():
    for goal in ("đặt mục tiêu", "với mục tiêu"):
        text = f"UBND xã Tân Lập ban hành Kế hoạch số 21/KH-UBND ngày 2/11/2026 về du lịch nông thôn, {goal} 5 homestay.\n"
        assert subject(text, "21/KH-UBND") == "du lịch nông thôn"


def test_near_miss_a_title_about_goals_keeps_its_words():
    # 'mục tiêu' inside the title, no comma before it: the title's own words
    text = "Huyện ban hành Kế hoạch số 8/KH-UBND về thực hiện mục tiêu giảm nghèo năm 2026.\n"
    assert subject(text, "8/KH-UBND") == "thực hiện mục tiêu giảm nghèo năm 2026"
    # ', phấn đấu ...' is a title's own clause
    text = "Huyện ban hành Kế hoạch số 9/KH-UBND về phát triển chăn nuôi, phấn đấu tăng thu nhập cho hộ nghèo.\n"
    assert subject(text, "9/KH-UBND") == "phát triển chăn nuôi, phấn đấu tăng thu nhập cho hộ nghèo"
