"""kg.text.twin_keys: a text's words with their spacing normalised, and the two digests a review record keeps."""

from __future__ import annotations

from kg.text.twin_keys import figures, figures_key, record_keys, spaced, spacing_key, words_key

TYPED = "Ngày 4/5/2024, Đảng ủy xã Tân Lập ban hành Kế hoạch số 21-KH/ĐU.\n\nKế hoạch đặt mục tiêu trồng 15 ha quế.\n"
REWRAPPED = "Ngày 4/5/2024, Đảng ủy xã Tân Lập ban hành\n  Kế hoạch số 21-KH/ĐU. Kế hoạch đặt mục tiêu\ttrồng 15 ha quế."


def test_spacing_is_no_part_of_a_text_s_words():
    assert spaced(REWRAPPED) == spaced(TYPED) and spacing_key(REWRAPPED) == spacing_key(TYPED)
    assert figures(spaced(TYPED)) == ("4/5/2024", "21-KH/ĐU", "15")
    # the near miss: a word changed is another text, with the same figures
    other = TYPED.replace("quế", "keo")
    assert spacing_key(other) != spacing_key(TYPED) and figures_key(spaced(other)) == figures_key(spaced(TYPED))


def test_a_record_s_keys_are_its_words_and_its_figures():
    assert record_keys(REWRAPPED) == record_keys(TYPED) == (spacing_key(TYPED), figures_key(spaced(TYPED)))
    # (one digest of the words, whoever holds them normalised already: the ingest looks a record up by it)
    assert words_key(spaced(REWRAPPED)) == spacing_key(TYPED) == record_keys(TYPED)[0]
    # the near miss: another figure is another figures key
    assert record_keys(TYPED.replace("15 ha", "16 ha"))[1] != record_keys(TYPED)[1]
