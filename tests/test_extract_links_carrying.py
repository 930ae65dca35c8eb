"""Documents issued to carry out one named before (kg.extract.links): an official text's opening 'Để thực hiện nghiêm
Chỉ thị ...', and a sentence closing on 'để triển khai (trên địa bàn)' after the plans bodies issued or had ('... có
Kế hoạch số 105-KH/TU ... và Ban Thường vụ Huyện ủy ban hành Kế hoạch số 46-KH/HU ... để triển khai trên địa bàn'):
each plan carries out the document the sentence before names. Near misses: 'có' with no closing cue, a closing cue on
another clause's words. Short texts of our own."""
from __future__ import annotations

from extract_helpers import link_rows

_DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 08/CT-UBND\nKon Tum, ngày 5 tháng 12 năm 2025\n\nCHỈ THỊ\nVề phòng cháy, "
              "chữa cháy rừng mùa khô\n\n")
_NEWS = "BÁO ĐIỆN BIÊN\n12/5/2024\n\nSơ kết Chỉ thị 21\n\n"
_SENT = ("Chỉ thị số 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ được ban hành ngày 20/01/2018; ngay sau "
         "đó ")


def test_an_official_text_carrying_out_a_directive_strictly():
    rows = link_rows(_DIRECTIVE + "Để thực hiện nghiêm Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về quản lý, bảo vệ "
                                  "rừng; chủ động phòng ngừa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Nông nghiệp và "
                                  "Môi trường chủ trì hướng dẫn các địa phương.\n")
    assert rows == {("08/CT-UBND", "implements", "13-CT/TW")}


def test_plans_two_bodies_issued_or_had_to_carry_out_on_their_ground():
    rows = link_rows(_NEWS + _SENT + "Ban Thường vụ Tỉnh ủy có Kế hoạch số 105-KH/TU ngày 27/3/2018 và Ban Thường vụ Huyện "
                                     "ủy ban hành Kế hoạch số 46-KH/HU ngày 12/4/2018 để triển khai trên địa bàn.")
    assert rows == {("105-KH/TU", "implements", "21-CT/TW"), ("46-KH/HU", "implements", "21-CT/TW")}


def test_near_miss_a_plan_a_body_has_with_no_closing_cue():
    rows = link_rows(_NEWS + _SENT + "Ban Thường vụ Tỉnh ủy có Kế hoạch số 105-KH/TU ngày 27/3/2018 về công tác cán bộ nữ.")
    assert rows == set()


def test_near_miss_the_closing_cue_of_another_clause():
    rows = link_rows(_NEWS + _SENT + "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy quan tâm bố trí cán bộ nữ để triển khai trên "
                                     "địa bàn.")
    assert rows == set()


def test_a_document_that_also_carries_out_a_second_one_implements_both():
    # 'đồng thời' between a document and its cue: the same document carries out another
    text = ("Ngày 2/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 55-KH/HU về thực hiện Chương trình hành động số "
            "12-CTr/TU ngày 5/1/2024 của Tỉnh ủy. Kế hoạch 55 đồng thời cụ thể hóa Nghị quyết số 03-NQ/HU ngày 9/6/2021 "
            "của Ban Chấp hành Đảng bộ huyện về phát triển chăn nuôi.")
    assert {("55-KH/HU", "implements", "12-CTr/TU"), ("55-KH/HU", "implements", "03-NQ/HU")} <= link_rows(text)


def test_near_miss_a_meetings_second_act_after_a_semicolon_is_no_document_carrying_another():
    text = ("Ngày 3/10, Ban Thường vụ Đảng ủy phường tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
            "của Bộ Chính trị và Kế hoạch số 14-KH/TU ngày 2/2/2025 của Tỉnh ủy; đồng thời triển khai Chương trình "
            "hành động số 03-CTr/ĐU của Đảng ủy phường.")
    assert ("14-KH/TU", "implements", "03-CTr/ĐU") not in link_rows(text)
