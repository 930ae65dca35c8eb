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
