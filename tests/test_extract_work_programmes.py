"""kg.extract.work_programmes: a body's yearly work programme that a text carries out or builds on, keyed by its title
and its owner; none where the owner goes unnamed. Short texts of our own."""
from __future__ import annotations

from extract_helpers import link_rows

from kg.extract import extract

NOTICE = ("TỈNH ỦY NAM ĐỊNH\nỦY BAN KIỂM TRA\nSố 301-TB/UBKTTU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nTHÔNG BÁO\n"
          "Kết luận giám sát đối với Ban Thường vụ Đảng ủy xã Hải Lộc\n\n")
SUPERVISED = (" giám sát Ban Thường vụ Đảng ủy xã Hải Lộc trong việc thực hiện Chỉ thị số 21-CT/TU ngày 3/4/2024 "
              "của Ban Thường vụ Tỉnh ủy.\n")


def _programmes(text: str) -> set[str]:
    return {d.key for d in extract(text).documents if d.key.startswith("CTr:")}


def test_a_supervision_programme_of_a_named_owner_is_a_document_the_notice_carries_out():
    text = NOTICE + ("Thực hiện Chương trình kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy, từ ngày 2/3 đến "
                     "ngày 20/3/2026, Đoàn giám sát đã" + SUPERVISED)
    key = "CTr:kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy"
    assert _programmes(text) == {key}
    assert ("301-TB/UBKTTU", "implements", key) in link_rows(text)


def test_the_owner_may_be_the_subject_of_the_clause_the_opening_leads_into():
    text = NOTICE + "Thực hiện Chương trình kiểm tra, giám sát năm 2026, Ủy ban Kiểm tra Tỉnh ủy đã" + SUPERVISED
    assert _programmes(text) == {"CTr:kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy"}


def test_a_work_programme_cited_as_basis_is_based_on():
    text = ("HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nSố: 11-KH/HND\n\nKẾ HOẠCH\nCông tác Hội năm 2026\n\n"
            "Căn cứ Chương trình công tác năm 2026 của Trung ương Hội Nông dân Việt Nam; Ban Thường vụ Hội Nông dân "
            "tỉnh xây dựng Kế hoạch như sau:\n")
    key = "CTr:công tác năm 2026 của Trung ương Hội Nông dân Việt Nam"
    assert ("11-KH/HND", "based_on", key) in link_rows(text)


def test_near_miss_a_programme_named_by_its_year_alone_is_no_document():
    text = NOTICE + ("Thực hiện Chương trình kiểm tra, giám sát năm 2026, từ ngày 2/3 đến ngày 20/3/2026, Đoàn giám sát "
                     "của Ủy ban Kiểm tra Tỉnh ủy đã" + SUPERVISED)
    assert _programmes(text) == set()


def test_near_miss_a_meetings_agenda_is_no_work_programme():
    text = "Theo chương trình làm việc, chiều nay Hội đồng nhân dân tỉnh thảo luận ở tổ."
    assert _programmes(text) == set()


def test_near_miss_an_owner_named_by_a_common_noun_is_no_name():
    text = ("Căn cứ Chương trình công tác năm 2026 của đơn vị, Phòng Nội vụ huyện xây dựng kế hoạch kiểm tra nội bộ.")
    assert _programmes(text) == set()
