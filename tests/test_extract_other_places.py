"""Figures of another place quoted in a text (kg.extract.other_places). Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.other_places import other_place_sentences
from kg.extract.text import prepare

_NATIONAL = ("Hai năm thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương, các tỉnh đã vào cuộc.\n\n"
             "Tại Hải Dương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Nghị quyết 29. Hai năm qua, tỉnh "
             "đã đào tạo 1.100 kỹ sư. {}\n")


def _outcomes(text: str) -> list[float]:
    return sorted(o.value for o in extract(text).outcomes)


def test_a_sentence_that_opens_on_another_province_and_names_no_document_gives_no_result():
    assert _outcomes(_NATIONAL.format("Ở Cần Thơ, thành phố đã mở 35 lớp đào tạo nghề số.")) == [1100]
    # near miss: the same place with the document it carries out named keeps its result
    assert _outcomes(_NATIONAL.format("Ở Cần Thơ, thực hiện Kế hoạch số 12-KH/TU, thành phố đã mở 35 lớp đào tạo nghề "
                                      "số.")) == [35, 1100]


_LOCAL = ("BÁO BẠC LIÊU\nThứ Hai, 7-10-2024\n\nNgày 5-10, Ủy ban nhân dân tỉnh Bạc Liêu tổ chức hội nghị sơ kết thực hiện "
          "Kế hoạch số 61/KH-UBND ngày 2/2/2024 về nuôi tôm công nghệ cao. Sau 8 tháng, tỉnh đã có 2.600 ha nuôi tôm "
          "công nghệ cao.\n\n{}\n")


def test_a_speaker_from_another_province_reports_no_result_of_the_text_s_plan():
    assert _outcomes(_LOCAL.format("Tại hội nghị, đại biểu Sở Thủy sản tỉnh Cà Mau cho biết tỉnh bạn đã có 4.000 ha nuôi "
                                   "tôm siêu thâm canh.")) == [2600]
    # near miss: a speaker of the text's own province reports its results
    assert _outcomes(_LOCAL.format("Tại hội nghị, đại diện Sở Nông nghiệp tỉnh Bạc Liêu cho biết ngành đã hỗ trợ 300 "
                                   "hộ.")) == [300, 2600]


def test_which_sentences_turn_to_another_place():
    p = prepare("Tại hội nghị, các đại biểu thảo luận. Tại Sóc Trăng, đã có 20 hợp tác xã. Tại tỉnh Bạc Liêu, có 30 hợp tác xã.")
    found = [p.text[a:b].strip() for a, b in other_place_sentences(p.text, p.sentences, "Bạc Liêu", lambda a, b: False)]
    assert found == ["Tại Sóc Trăng, đã có 20 hợp tác xã."]


def test_a_long_word_where_a_place_s_name_would_stand_is_read_once():
    # a place's name is read word by word, never as pieces of one word: a run of 400 letters after 'Ở' or after a
    # speaker's 'tỉnh' (a pasted code, a word run together) took minutes, every way to cut it into four tried (its
    # cost, a power of its length, is measured in bench/hostile_bench.py); now a pass over it
    run = "x" * 400
    p = prepare(f"Ở {run} có 20 hợp tác xã. Hội nghị có đại biểu tỉnh {run} và 30 hộ. Tại Sóc Trăng, có 12 tổ.")
    found = [p.text[a:b].strip() for a, b in other_place_sentences(p.text, p.sentences, "Bạc Liêu", lambda a, b: False)]
    assert found == ["Tại Sóc Trăng, có 12 tổ."]
    # the names around such a run are read as before: a speaker's province, up to four words before the verb
    p = prepare(f"Tại hội nghị, đại biểu tỉnh Cà Mau cho biết có {run} ấp. Ở Cần Thơ, có {run} tổ.")
    assert len(other_place_sentences(p.text, p.sentences, "Bạc Liêu", lambda a, b: False)) == 2


_MERGED = ("BÁO CÀ MAU\nThứ Hai, 6-10-2025\n\nNgày 3-10, Ủy ban nhân dân tỉnh Cà Mau tổ chức hội nghị sơ kết thực hiện "
           "Kế hoạch số 15/KH-UBND ngày 20/7/2025 về nuôi tôm công nghệ cao. Sau 3 tháng, tỉnh đã có 2.600 ha nuôi tôm "
           "công nghệ cao.\n\n{}\n")


def test_a_text_about_a_merged_province_that_names_its_old_part_reports_on_itself():
    """Since 1 July 2025 Bạc Liêu is part of Cà Mau: a text of Cà Mau after the reform that opens a sentence on 'Bạc
    Liêu' reports on a part of its own province, and the result is its own (it was dropped as another place's)."""
    assert _outcomes(_MERGED.format("Tại Bạc Liêu, các hộ đã thả nuôi 1.200 ha tôm siêu thâm canh.")) == [1200, 2600]
    # near miss: Sóc Trăng went to Cần Thơ, not to Cà Mau: it is another place still
    assert _outcomes(_MERGED.format("Tại Sóc Trăng, các hộ đã thả nuôi 1.200 ha tôm siêu thâm canh.")) == [2600]
    # near miss: before the reform Bạc Liêu was another province than Cà Mau
    before = _MERGED.replace("6-10-2025", "7-10-2024").replace("3-10", "5-10").replace("20/7/2025", "2/2/2024")
    assert _outcomes(before.format("Tại Bạc Liêu, các hộ đã thả nuôi 1.200 ha tôm siêu thâm canh.")) == [2600]


def test_which_sentences_turn_to_another_place_on_the_map_after_the_reform():
    p = prepare("Tại Bạc Liêu, có 30 hợp tác xã. Tại Sóc Trăng, đã có 20 hợp tác xã. Tại Cà Mau, có 10 tổ.")
    def found(after_reform: bool) -> list[str]:
        return [p.text[a:b].strip() for a, b in other_place_sentences(p.text, p.sentences, "Cà Mau", lambda a, b: False,
                                                                      after_reform=after_reform)]
    assert found(True) == ["Tại Sóc Trăng, đã có 20 hợp tác xã."]
    assert found(False) == ["Tại Bạc Liêu, có 30 hợp tác xã.", "Tại Sóc Trăng, đã có 20 hợp tác xã."]


def test_a_sentence_that_opens_on_the_whole_country_gives_no_result_in_a_province_s_text():
    assert _outcomes(_LOCAL.format("Trên cả nước, diện tích nuôi tôm công nghệ cao đạt 14.000 ha.")) == [2600]
    assert _outcomes(_LOCAL.format("Cả nước, số hộ nuôi tôm công nghệ cao tăng 12%.")) == [2600]
    # near miss: naming the document the country's figure was reached under keeps it, as does a national text (no
    # province of its own), whose results the country's figures are
    assert _outcomes(_LOCAL.format("Trên cả nước, thực hiện Quyết định số 339/QĐ-TTg, đã có 14.000 ha nuôi tôm công "
                                   "nghệ cao.")) == [2600, 14000]
    national = ("Ngày 10/12/2025, Bộ Nông nghiệp và Môi trường tổng kết 5 năm thực hiện Quyết định số 339/QĐ-TTg.\n\n"
                "Trên cả nước, diện tích nuôi tôm công nghệ cao đạt 14.000 ha.\n")
    assert _outcomes(national) == [14000]
