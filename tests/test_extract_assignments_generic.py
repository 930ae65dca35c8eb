"""Generic bodies that plans and speeches name without a proper name (kg.extract.bodies): the investors of public
works, 'các cấp, các ngành', the Youth Union of the units, units by the kind of place they are; each with a near
miss. Texts are our own."""
from __future__ import annotations


from extract_helpers import assignment_rows


def test_investors_are_partners():
    rows = assignment_rows("Kế hoạch số 31/KH-UBND giao Phòng Kinh tế chủ trì, phối hợp với các chủ đầu tư hoàn thiện hồ sơ "
                 "quyết toán.")
    assert ("Phòng Kinh tế", "lead") in rows and ("Các chủ đầu tư", "coordinate") in rows


def test_investors_named_as_owners_of_money_are_no_body():
    # near miss: the investors are the object of the task, not a body given a role
    rows = assignment_rows("Kế hoạch số 31/KH-UBND giao Kho bạc Nhà nước huyện kiểm soát vốn của các chủ đầu tư.")
    assert {body for body, _ in rows} == {"Kho bạc Nhà nước huyện"}


def test_the_levels_and_branches_addressed_by_a_call():
    rows = assignment_rows("Kết luận số 14-KL/HU đề nghị các cấp, các ngành khẩn trương triển khai nghị quyết.")
    assert rows == {("Các cấp, các ngành", "participate")}


def test_the_levels_and_branches_as_the_owner_of_an_effort_are_no_body():
    # near miss: 'sự vào cuộc của các cấp, các ngành' names who took part in a result, with no task
    rows = assignment_rows("Kết quả trên có được nhờ sự vào cuộc của các cấp, các ngành trong huyện.")
    assert rows == set()


def test_youth_union_of_the_units():
    rows = assignment_rows("Kế hoạch số 20-KH/TĐTN yêu cầu Đoàn các xã, phường tuyên truyền, vận động đoàn viên tham gia cuộc thi.")
    assert ("Đoàn các xã, phường", "participate") in rows


def test_units_by_the_kind_of_place_they_are():
    rows = assignment_rows("Chỉ thị số 09-CT/TU yêu cầu các phường, xã ven biển tuyên truyền đến từng hộ dân.")
    assert ("Các phường, xã ven biển", "participate") in rows


def test_the_kind_of_place_does_not_run_into_the_task():
    # near miss: 'biển' of the task ('tuyên truyền về biển, đảo') stays in the task, the body ends on its level
    rows = assignment_rows("Chỉ thị số 09-CT/TU yêu cầu UBND các xã tuyên truyền về biển, đảo.")
    assert rows == {("UBND các xã", "participate")}


def test_boards_and_branches_addressed_by_a_call():
    rows = assignment_rows("Kết luận số 6-KL/ĐU đề nghị các ban, ngành, đoàn thể xã vận động Nhân dân giữ gìn vệ sinh.")
    assert rows == {("Các ban, ngành, đoàn thể xã", "participate")}


def test_the_boards_of_an_organisation_named_after_them():
    rows = assignment_rows("Kế hoạch số 9-KH/TĐTN giao Văn phòng Tỉnh đoàn chủ trì, phối hợp với các ban Tỉnh đoàn tổng hợp "
                           "số liệu.")
    assert rows == {("Văn phòng Tỉnh đoàn", "lead"), ("Các ban Tỉnh đoàn", "coordinate")}


def test_boards_alone_name_no_body():
    # near miss: 'các ban' with no organisation after it (the panels of a contest) names none
    rows = assignment_rows("Kế hoạch số 9-KH/TĐTN giao Văn phòng Tỉnh đoàn chủ trì, phối hợp với các ban giám khảo tổng hợp "
                           "điểm thi.")
    assert rows == {("Văn phòng Tỉnh đoàn", "lead")}
