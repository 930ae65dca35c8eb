"""The bodies' remit between them and their verbs ('căn cứ chức năng, nhiệm vụ được giao', 'theo thẩm quyền') and
the specialised offices of a people's committee ('các phòng, ban chuyên môn thuộc UBND huyện') in
kg.extract.assignments and kg.extract.bodies; each with a near miss. Texts are our own."""
from __future__ import annotations


from extract_helpers import assignment_rows


def test_a_remit_between_the_bodies_and_their_verbs():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác sở, ban, ngành, UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ được "
                 "giao xây dựng kế hoạch cụ thể để triển khai thực hiện.\n")
    assert ("Các sở, ban, ngành", "lead") in rows and ("UBND các huyện, thành phố", "lead") in rows


def test_a_remit_after_the_bodies_a_directive_names():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nĐề nghị các sở, ngành theo chức năng, nhiệm vụ của mình phối hợp với Sở Y tế "
                 "triển khai thực hiện.\n")
    assert ("Các sở, ngành", "coordinate") in rows and ("Sở Y tế", "coordinate") in rows


def test_a_remit_by_authority():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nUBND các xã, thị trấn theo thẩm quyền kiểm tra, xử lý các vi phạm.\n")
    assert ("UBND các xã, thị trấn", "monitor") in rows


def test_a_remit_followed_by_no_verb_gives_no_task():
    # near miss: the remit is what the sentence is about, nobody is given a task
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác sở, ngành căn cứ chức năng, nhiệm vụ còn chồng chéo ở nhiều lĩnh vực.\n")
    assert not rows


def test_the_specialised_offices_of_a_peoples_committee_are_one_body():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác phòng, ban chuyên môn thuộc UBND huyện theo chức năng, nhiệm vụ phối hợp "
                 "thực hiện.\n")
    assert ("Các phòng, ban chuyên môn thuộc UBND huyện", "coordinate") in rows


def test_thuoc_ubnd_without_its_level_ends_the_body():
    # near miss: 'thuộc UBND' with no level after it is not read on as part of the body
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác phòng, ban chuyên môn thuộc UBND phối hợp thực hiện.\n")
    assert not any("thuộc UBND" in body for body, _ in rows)


def test_a_remit_by_the_text_itself():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nĐề nghị các cơ quan, đơn vị liên quan căn cứ Kế hoạch này chủ động triển khai "
                 "thực hiện.\n")
    assert ("Các cơ quan, đơn vị liên quan", "participate") in rows


def test_the_bodys_standing_before_its_verbs():
    rows = assignment_rows("Kế hoạch số 70/KH-UBND.\nSở Thông tin và Truyền thông là cơ quan đầu mối, chủ trì hướng dẫn các cơ quan "
                 "báo chí tuyên truyền.\n")
    assert ("Sở Thông tin và Truyền thông", "lead") in rows


def test_a_standing_without_its_comma_is_no_remit():
    # near miss: 'là cơ quan đầu mối của tỉnh về ...' runs on without a comma: it says what the body is, no task
    rows = assignment_rows("Kế hoạch số 70/KH-UBND.\nSở Thông tin và Truyền thông là cơ quan đầu mối của tỉnh về chuyển đổi số.\n")
    assert not rows


def test_partners_after_phoi_hop_cung():
    rows = assignment_rows("Kế hoạch số 70/KH-UBND.\nSở Công Thương phối hợp cùng Sở Nông nghiệp và Phát triển nông thôn kết nối "
                 "tiêu thụ nông sản.\n")
    assert {("Sở Công Thương", "coordinate"), ("Sở Nông nghiệp và Phát triển nông thôn", "coordinate")} <= rows
