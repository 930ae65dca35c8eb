"""Figures of another place quoted in a text (kg.extract.other_places). Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.other_places import other_place_sentences
from kg.extract.text import prepare

_NATIONAL = ("Một năm thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, nhiều địa phương đã có chuyển "
             "động.\n\nTại Bắc Ninh, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU thực hiện Nghị quyết 57. Sau một năm "
             "thực hiện Kế hoạch, tỉnh đã có 1.240 tổ công nghệ số cộng đồng. {}\n")


def _outcomes(text: str) -> list[float]:
    return sorted(o.value for o in extract(text).outcomes)


def test_a_sentence_that_opens_on_another_province_and_names_no_document_gives_no_result():
    assert _outcomes(_NATIONAL.format("Ở Đà Nẵng, thành phố đã chi 410 tỷ đồng cho khoa học, công nghệ.")) == [1240]
    # near miss: the same place with the document it carries out named keeps its result
    assert _outcomes(_NATIONAL.format("Ở Đà Nẵng, Kế hoạch số 12-KH/TU đã giúp thành phố chi 410 tỷ đồng cho khoa học, "
                                      "công nghệ.")) == [410, 1240]


_LOCAL = ("BÁO HẬU GIANG\nThứ Sáu, 13-9-2024\n\nNgày 12-9, Ủy ban nhân dân tỉnh Hậu Giang tổ chức hội nghị sơ kết 1 năm "
          "thực hiện Kế hoạch số 48/KH-UBND ngày 15/3/2024. Sau 6 tháng, tỉnh đã đưa 12.500 ha vào vùng chuyên canh.\n\n{}\n")


def test_a_speaker_from_another_province_reports_no_result_of_the_text_s_plan():
    assert _outcomes(_LOCAL.format("Tại hội nghị, đại diện Sở Nông nghiệp thành phố Cần Thơ cho biết địa phương này đã "
                                   "đưa 50.000 ha vào vùng chuyên canh.")) == [12500]
    # near miss: a speaker of the text's own province reports its results
    assert _outcomes(_LOCAL.format("Tại hội nghị, đại diện Sở Nông nghiệp tỉnh Hậu Giang cho biết ngành đã hỗ trợ 300 "
                                   "hộ.")) == [300, 12500]


def test_which_sentences_turn_to_another_place():
    p = prepare("Tại hội nghị, các đại biểu thảo luận. Tại Sóc Trăng, đã có 20 hợp tác xã. Tại tỉnh Hậu Giang, có 30 hợp tác xã.")
    found = [p.text[a:b].strip() for a, b in other_place_sentences(p.text, p.sentences, "Hậu Giang", lambda a, b: False)]
    assert found == ["Tại Sóc Trăng, đã có 20 hợp tác xã."]
