"""kg.text.twin_keys: a text's words with their spacing normalised, and the digests a review record keeps."""

from __future__ import annotations

from kg.text.twin_keys import SKETCH, record_keys, sentence_keys, spaced, spacing_key, words_key

TYPED = "Ngày 4/5/2024, Đảng ủy xã Tân Lập ban hành Kế hoạch số 21-KH/ĐU.\n\nKế hoạch đặt mục tiêu trồng 15 ha quế.\n"
REWRAPPED = "Ngày 4/5/2024, Đảng ủy xã Tân Lập ban hành\n  Kế hoạch số 21-KH/ĐU. Kế hoạch đặt mục tiêu\ttrồng 15 ha quế."


def test_spacing_is_no_part_of_a_text_s_words():
    assert spaced(REWRAPPED) == spaced(TYPED) and spacing_key(REWRAPPED) == spacing_key(TYPED)
    # the near miss: a word changed is another text
    assert spacing_key(TYPED.replace("quế", "keo")) != spacing_key(TYPED)


def test_a_record_s_keys_are_its_words_and_some_of_its_sentences():
    assert record_keys(REWRAPPED) == record_keys(TYPED) == (spacing_key(TYPED), sentence_keys(spaced(TYPED)))
    # (one digest of the words, whoever holds them normalised already: the ingest looks a record up by it)
    assert words_key(spaced(REWRAPPED)) == spacing_key(TYPED) == record_keys(TYPED)[0]
    assert len(record_keys(TYPED)[1]) == 2
    # a date line and a share bar around the text leave its sentences' digests as they were
    printed = "Thứ Hai, 06/05/2024 08:30\nChia sẻ Facebook Zalo\n" + TYPED
    assert set(sentence_keys(spaced(TYPED))) & set(sentence_keys(spaced(printed)))
    # the near miss: a sentence changed is another digest; one of fewer than six words is none
    assert sentence_keys(spaced(TYPED.replace("15 ha", "16 ha"))) != sentence_keys(spaced(TYPED))
    assert sentence_keys("Thứ Hai, 06/05/2024 08:30. Minh Anh.") == ()


def test_a_long_text_is_looked_up_by_a_few_of_its_sentences_whatever_its_length():
    text = " ".join(f"Câu thứ {i} của bài viết này nói một điều khác." for i in range(40))
    keys = sentence_keys(text)
    assert len(keys) == SKETCH and list(keys) == sorted(keys)
    # the same sentences with two more around them keep most of those digests (the smallest of all)
    assert len(set(keys) & set(sentence_keys("Chia sẻ bài này lên mạng xã hội nhé. " + text))) >= SKETCH - 1
