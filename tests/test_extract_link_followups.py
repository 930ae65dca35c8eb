"""A document that follows up an earlier one, 'tiếp theo <document>' (kg.extract.link_followups): it continues it.
Short texts of our own; each wording with its near misses."""
from __future__ import annotations

from tests.extract_helpers import link_rows

DISPATCH = ("Thứ Ba, 08/12/2026\n\nThủ tướng yêu cầu khắc phục hậu quả mưa lũ\n\nThủ tướng Chính phủ vừa ký Công điện số "
            "120/CĐ-TTg ngày 7/12/2026 về khắc phục hậu quả mưa lũ ở miền Trung.\n\n")
LETTER = ("Thứ Hai, 14/9/2026\n\nUBND tỉnh đôn đốc xóa nhà tạm\n\nUBND tỉnh vừa ban hành Công văn số 2215/UBND-KGVX ngày "
          "12/9/2026 đôn đốc xóa nhà tạm, nhà dột nát.\n\n")


def test_a_sentence_opening_on_the_cue_makes_the_new_dispatch_continue_the_earlier_one():
    got = link_rows(DISPATCH + "Tiếp theo Công điện số 98/CĐ-TTg ngày 2/12/2026, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND "
                               "các tỉnh tập trung khắc phục hậu quả mưa lũ.\n")
    assert ("120/CĐ-TTg", "continues", "98/CĐ-TTg") in got


def test_the_cue_after_a_purpose_in_the_opening_phrase_links_the_same_way():
    got = link_rows(LETTER + "Nhằm thực hiện Quyết định số 1310/QĐ-UBND ngày 2/3/2026 và tiếp theo Công văn số "
                             "1800/UBND-KGVX ngày 5/8/2026, Công văn yêu cầu UBND các xã hoàn thành việc xóa nhà tạm.\n")
    assert ("2215/UBND-KGVX", "continues", "1800/UBND-KGVX") in got
    assert ("2215/UBND-KGVX", "implements", "1310/QĐ-UBND") in got
    assert ("2215/UBND-KGVX", "continues", "1310/QĐ-UBND") not in got


def test_a_document_named_right_before_the_cue_is_the_one_that_follows_up():
    got = link_rows("Bộ Y tế đôn đốc phòng dịch\n\nBộ Y tế vừa ban hành Công văn số 512/BYT-DP ngày 3/12/2026 tiếp theo "
                    "Công văn số 480/BYT-DP ngày 20/11/2026 về phòng, chống dịch sốt xuất huyết.\n")
    assert ("512/BYT-DP", "continues", "480/BYT-DP") in got


def test_near_miss_the_next_stage_or_steps_name_no_earlier_document():
    got = link_rows(DISPATCH + "Trong giai đoạn tiếp theo, Bộ Nông nghiệp và Môi trường tiếp tục thực hiện Kế hoạch số "
                               "45/KH-BNNMT. Tiếp theo, các bộ hướng dẫn các bước tiếp theo Kế hoạch số 45/KH-BNNMT.\n")
    assert not any(t == "continues" for _, t, _ in got)


def test_a_document_said_to_carry_on_an_earlier_one_with_tiep_noi_continues_it():
    # the title of the new document runs up to the comma before the cue
    got = link_rows("Tỉnh ủy siết chặt phòng cháy\n\nNgày 5/12/2025, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 10-CT/TU về "
                    "tăng cường công tác phòng cháy, chữa cháy, tiếp nối Chỉ thị số 05-CT/TU ngày 2/3/2020.\n")
    assert ("10-CT/TU", "continues", "05-CT/TU") in got
    # near miss: carrying on a tradition or a movement names no document
    got = link_rows("Tỉnh ủy siết chặt phòng cháy\n\nNgày 5/12/2025, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 10-CT/TU, "
                    "tiếp nối truyền thống của phong trào toàn dân phòng cháy theo Chỉ thị số 05-CT/TU.\n")
    assert not any(t == "continues" for _, t, _ in got)
