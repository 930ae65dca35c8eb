"""The bodies' remit between them and their verbs ('căn cứ chức năng, nhiệm vụ được giao', 'theo thẩm quyền') and
the specialised offices of a people's committee ('các phòng, ban chuyên môn thuộc UBND huyện') in
kg.extract.assignments and kg.extract.bodies; each with a near miss. Texts are our own."""
from __future__ import annotations


from extract_helpers import assignment_rows

from kg.extract import extract


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


def test_a_standing_unit_and_a_standing_after_the_item_s_colon():
    rows = assignment_rows("Kế hoạch số 70/KH-UBND.\nBan Thanh niên Trường học Tỉnh đoàn là đơn vị thường trực, chủ trì, phối "
                           "hợp với Ban Tuyên giáo Tỉnh đoàn xây dựng tài liệu giới thiệu Luật Thanh niên.\n"
                           "1. Sở Nông nghiệp và Môi trường: cơ quan đầu mối, chủ trì, phối hợp với Sở Tài chính tham mưu phân "
                           "bổ vốn.\n")
    assert rows == {("Ban Thanh niên Trường học Tỉnh đoàn", "lead"), ("Ban Tuyên giáo Tỉnh đoàn", "coordinate"),
                    ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Tài chính", "coordinate")}


def test_the_lead_role_named_as_a_noun_before_the_partners():
    # 'là cơ quan chủ trì <what>, phối hợp với B, C <task>': the body leads, its partners coordinate the task after them
    facts = extract("Kế hoạch số 70/KH-UBND.\nSở Y tế là cơ quan chủ trì Chương trình, phối hợp với Sở Tài chính, Bảo hiểm "
                    "xã hội tỉnh tham mưu điều chuyển kinh phí.\n")
    assert {(a.body, a.role, a.task) for a in facts.assignments} == {
        ("Sở Y tế", "lead", "tham mưu điều chuyển kinh phí"),
        ("Sở Tài chính", "coordinate", "tham mưu điều chuyển kinh phí"),
        ("Bảo hiểm xã hội tỉnh", "coordinate", "tham mưu điều chuyển kinh phí")}


def test_a_body_that_only_works_with_others_keeps_its_coordinate_role():
    # near miss: no standing named, 'A phối hợp với B ...' is coordinate for both
    rows = assignment_rows("Kế hoạch số 70/KH-UBND.\nSở Y tế phối hợp với Sở Tài chính tham mưu điều chuyển kinh phí.\n")
    assert rows == {("Sở Y tế", "coordinate"), ("Sở Tài chính", "coordinate")}


def test_the_label_of_the_plan_s_part_before_its_first_task():
    rows = assignment_rows("Kế hoạch số 70/KH-UBND.\n2. Tổ chức thực hiện: Phòng Tài chính - Kế hoạch chủ trì, phối hợp với "
                           "Chi cục Thuế khu vực tham mưu các giải pháp chống thất thu ngân sách; Phòng Nông nghiệp và Môi "
                           "trường chủ trì hướng dẫn các xã xây dựng nông thôn mới.\n")
    assert rows == {("Phòng Tài chính - Kế hoạch", "lead"), ("Chi cục Thuế khu vực", "coordinate"),
                    ("Phòng Nông nghiệp và Môi trường", "lead")}


def test_a_standing_office_reports_at_fixed_times_in_a_later_clause():
    # the standing is named before the first clause's verbs only: the duty after the semicolon is a watching task
    facts = extract("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 14/CT-UBND\nĐắk Lắk, ngày 5 tháng 12 năm 2025\n\nCHỈ THỊ\nVề "
                    "phòng, chống dịch bệnh\n\nChủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế là cơ quan thường trực, chủ trì, "
                    "phối hợp với các sở, ngành tổ chức triển khai Chỉ thị này; định kỳ hằng tuần tổng hợp, báo cáo UBND "
                    "tỉnh.\n")
    assert {(a.body, a.role) for a in facts.assignments} == {("Sở Y tế", "lead"), ("Các sở, ngành", "coordinate"),
                                                             ("Sở Y tế", "monitor")}


def test_a_lead_named_as_a_noun_that_goes_on_in_verbs_keeps_them_as_its_task():
    # near miss: 'là cơ quan chủ trì tham mưu, ...' names no programme after the role: the verbs are the task
    facts = extract("Kế hoạch số 70/KH-UBND.\nSở Y tế là cơ quan chủ trì tham mưu, phối hợp với Sở Tài chính bố trí "
                    "kinh phí.\n")
    assert {(a.body, a.role, a.task) for a in facts.assignments if a.role == "lead"} == {
        ("Sở Y tế", "lead", "chủ trì tham mưu, phối hợp với Sở Tài chính bố trí kinh phí")}


def test_a_remit_by_function_alone_or_by_the_duty_given():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nPhòng Y tế, Phòng Văn hóa huyện theo chức năng được giao phối hợp với "
                           "UBND các xã tuyên truyền phòng dịch.\n")
    assert rows == {("Phòng Y tế", "coordinate"), ("Phòng Văn hóa huyện", "coordinate"), ("UBND các xã", "coordinate")}
    # in other words: the duty alone, given by another hand-over word
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nCác sở, ngành theo nhiệm vụ được phân công chủ trì rà soát danh mục "
                           "thủ tục.\n")
    assert rows == {("Các sở, ngành", "lead")}


def test_a_body_given_a_duty_before_its_verbs():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nPhòng Nội vụ huyện được giao nhiệm vụ chủ trì thẩm định hồ sơ.\n")
    assert rows == {("Phòng Nội vụ huyện", "lead")}
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nVăn phòng HĐND và UBND huyện được phân công trách nhiệm theo dõi, "
                           "đôn đốc tiến độ.\n")
    assert rows == {("Văn phòng HĐND và UBND huyện", "monitor")}


def test_near_miss_a_duty_given_with_no_verb_after_it_is_no_task():
    rows = assignment_rows("Kế hoạch số 45/KH-UBND.\nPhòng Nội vụ huyện được giao nhiệm vụ quan trọng trong năm 2025.\n")
    assert rows == set()
