"""Links said in the passive (kg.extract.link_passives): the document named after 'được sửa đổi, bổ sung bởi', 'được
thay thế bằng', 'được hướng dẫn tại' acts on the one named before. Short texts of our own; each rule with its near
misses."""
from __future__ import annotations

from tests.extract_helpers import link_rows

NEWS = "Sở Tư pháp phổ biến văn bản mới\n\n"


def test_a_document_amended_by_a_later_one_is_its_object():
    got = link_rows(NEWS + "Nghị định số 52/2023/NĐ-CP ngày 8/6/2023 của Chính phủ được sửa đổi, bổ sung bởi Nghị định "
                           "số 19/2025/NĐ-CP ngày 10/2/2025.\n")
    assert ("19/2025/NĐ-CP", "amends", "52/2023/NĐ-CP") in got
    assert ("52/2023/NĐ-CP", "amends", "19/2025/NĐ-CP") not in got


def test_a_document_replaced_or_guided_takes_the_later_one_as_subject():
    got = link_rows(NEWS + "Chỉ thị số 07/CT-UBND ngày 3/3/2021 đã được thay thế bằng Chỉ thị số 14/CT-UBND ngày 5/5/2025. "
                           "Luật Đất đai được hướng dẫn thi hành tại Nghị định số 102/2024/NĐ-CP và Nghị định số "
                           "101/2024/NĐ-CP.\n")
    assert ("14/CT-UBND", "replaces", "07/CT-UBND") in got
    guided = {(a, b) for a, t, b in got if t == "guides"}
    assert {a for a, _ in guided} == {"102/2024/NĐ-CP", "101/2024/NĐ-CP"} and all(b.startswith("Luật:Đất đai") for _, b in guided)


def test_near_miss_people_guided_and_a_change_with_no_later_document_give_no_link():
    got = link_rows(NEWS + "Thực hiện Nghị định số 52/2023/NĐ-CP, đã có 4.260 người dân được hướng dẫn cài đặt ứng dụng. "
                           "Chỉ thị số 07/CT-UBND được thay thế từ năm 2025 theo yêu cầu của tỉnh.\n")
    assert not any(t in ("amends", "replaces", "guides") for _, t, _ in got)


def test_the_passive_said_in_brackets_after_the_document_links_the_same_way():
    got = link_rows(NEWS + "Thực hiện Nghị định số 52/2023/NĐ-CP của Chính phủ (đã được sửa đổi, bổ sung bởi Nghị định số "
                           "19/2025/NĐ-CP), tỉnh đã chi trả chế độ cho 214 người.\n")
    assert ("19/2025/NĐ-CP", "amends", "52/2023/NĐ-CP") in got
    # in other words: guidance, the bracket opening on 'được'
    got = link_rows(NEWS + "Các xã thực hiện Luật Đất đai (được hướng dẫn tại Nghị định số 102/2024/NĐ-CP) khi giao đất.\n")
    assert ("102/2024/NĐ-CP", "guides", "Luật:Đất đai") in {(a, t, b.split(" (")[0]) for a, t, b in got}


def test_near_miss_a_bracket_naming_a_document_without_the_passive_cue_links_nothing():
    got = link_rows(NEWS + "Thực hiện Nghị định số 52/2023/NĐ-CP của Chính phủ (Nghị định số 19/2025/NĐ-CP ban hành sau "
                           "đó), tỉnh đã chi trả chế độ cho 214 người.\n")
    assert not any(t == "amends" for _, t, _ in got)
