"""kg.extract.signed_programmes: a joint programme two bodies sign, named by its title, is a document whose tasks are
what each body then does; one named by its partner only is none. Short texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract

SIGNING = ("Hội Cựu chiến binh tỉnh sơ kết 6 tháng\n\nNgày 4/7/2026, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác 6 "
           "tháng đầu năm. Tại hội nghị, Hội Cựu chiến binh tỉnh và Công an tỉnh đã {signed}. Theo đó, Công an tỉnh chủ trì "
           "tập huấn kỹ năng nhận diện tội phạm; Hội Cựu chiến binh tỉnh vận động hội viên tham gia tổ tự quản.\n")


@pytest.mark.parametrize("signed,key", [
    ("ký kết Chương trình phối hợp bảo đảm an ninh trật tự ở cơ sở giai đoạn 2026-2030",
     "CTr:phối hợp bảo đảm an ninh trật tự ở cơ sở giai đoạn 2026-2030"),
    ("ký Quy chế phối hợp trong phòng ngừa tội phạm và tệ nạn xã hội", "QC:phối hợp trong phòng ngừa tội phạm và tệ nạn xã hội")])
def test_a_signed_programme_named_by_its_title_is_a_document_with_the_tasks_after_it(signed, key):
    f = extract(SIGNING.format(signed=signed))
    assert {d.key: d.date for d in f.documents}[key] == dt.date(2026, 7, 4)     # (signed at the meeting, on its day)
    assert {a.body: a.document for a in f.assignments}["Công an tỉnh"] == key


@pytest.mark.parametrize("signed", ["ký kết Chương trình phối hợp với Sở Tư pháp",
                                    "ký kết chương trình phối hợp bảo đảm an ninh trật tự ở cơ sở"])
def test_near_miss_a_programme_named_by_its_partner_or_in_lower_case_is_no_document(signed):
    assert not [d for d in extract(SIGNING.format(signed=signed)).documents if d.type in ("CTr", "QC")]
