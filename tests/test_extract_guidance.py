"""What a guidance guides where its title names the work before the document (kg.extract.guidance.work_guided, read by
kg.extract.links); what a circular's scope article guides where it names the work first (own_work_guided) or the part
it details (the cue words of kg.extract.mention_words); each with its near miss. Texts are our own."""
from __future__ import annotations

from extract_helpers import link_rows


def test_a_guidance_that_names_the_work_before_the_document_guides_it():
    text = ("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ngày 2/3/2026 về phòng, chống thiên tai. Ban Tuyên giáo "
            "Tỉnh ủy có Hướng dẫn số 21-HD/BTGTU ngày 10/3/2026 hướng dẫn tuyên truyền Chỉ thị, bảo đảm đến từng chi bộ.")
    assert ("21-HD/BTGTU", "guides", "08-CT/TU") in link_rows(text)
    text = ("HĐND tỉnh ban hành Nghị quyết số 15/2026/NQ-HĐND về hỗ trợ hợp tác xã. Sở Nông nghiệp và Môi trường ban hành "
            "Hướng dẫn số 640/HD-SNNMT ngày 20/4/2026 hướng dẫn hồ sơ, trình tự hỗ trợ theo Nghị quyết.")
    assert ("640/HD-SNNMT", "guides", "15/2026/NQ-HĐND") in link_rows(text)


def test_near_miss_a_document_of_another_clause_or_far_on_is_not_guided():
    text = ("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ngày 2/3/2026 về phòng, chống thiên tai. Ban Tuyên giáo "
            "Tỉnh ủy có Hướng dẫn số 21-HD/BTGTU ngày 10/3/2026 hướng dẫn tuyên truyền; sau đó Ban Thường vụ ban hành Kế "
            "hoạch số 40-KH/TU.")
    assert not any(typ == "guides" for _, typ, _ in link_rows(text))
    # a plan whose cue is 'hướng dẫn' guides only what the cue names: no guidance, no reach past the work
    text = ("Chỉ thị số 08-CT/TU ngày 2/3/2026 của Ban Thường vụ Tỉnh ủy về thiên tai. Kế hoạch số 40-KH/TU ngày 3/3/2026 "
            "hướng dẫn tuyên truyền Chỉ thị.")
    assert ("40-KH/TU", "guides", "08-CT/TU") not in link_rows(text)


_CIRCULAR = ("BỘ NỘI VỤ\nSố: 09/2026/TT-BNV\nHà Nội, ngày 12 tháng 3 năm 2026\nTHÔNG TƯ\nHướng dẫn chế độ phụ cấp\n"
             "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 2 năm 2025 của Chính phủ;\n"
             "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn chế độ phụ cấp.\nĐiều 1. Phạm vi điều chỉnh\n")


def test_a_circular_whose_scope_names_the_work_first_guides_the_decree_that_sets_it():
    rows = link_rows(_CIRCULAR + "Thông tư này hướng dẫn việc xác định đối tượng, mức hưởng phụ cấp quy định tại Nghị "
                                 "định số 33/2024/NĐ-CP.\n")
    assert ("09/2026/TT-BNV", "guides", "33/2024/NĐ-CP") in rows


def test_a_circular_that_details_a_clause_of_a_decree_guides_it():
    rows = link_rows(_CIRCULAR + "Thông tư này quy định chi tiết khoản 2 Điều 7 Nghị định số 33/2024/NĐ-CP.\n")
    assert ("09/2026/TT-BNV", "guides", "33/2024/NĐ-CP") in rows


def test_near_miss_a_decree_of_another_clause_of_the_scope_is_not_guided():
    rows = link_rows(_CIRCULAR + "Thông tư này hướng dẫn việc xác định mức hưởng phụ cấp; đối tượng áp dụng thực hiện "
                                 "theo Nghị định số 33/2024/NĐ-CP.\n")
    assert not any(typ == "guides" for _, typ, _ in rows)
