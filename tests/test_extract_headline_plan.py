"""A page's headline that names the body's one numbered plan by what it serves in the end ('Xã A triển khai Kế hoạch
thực hiện Nghị quyết 57-NQ/TW' over 'Kế hoạch số 14-KH/ĐU thực hiện Chương trình số 05-CTr/TU') names that plan, not a
second one (kg.extract.document_aliases, _titles_of_numbered). Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_BODY = ("Ngày 4/3/2026, Đảng ủy xã Tân Lập tổ chức hội nghị triển khai Kế hoạch số 9-KH/ĐU thực hiện Chương trình "
         "hành động số 12-CTr/TU của Tỉnh ủy về phát triển kinh tế tư nhân.\n\nCác chi bộ thôn xây dựng kế hoạch cụ thể.\n")


def _keys(text: str) -> list[str]:
    return sorted(d.key for d in extract(text).documents)


def test_the_headlines_plan_is_the_bodys_numbered_one():
    keys = _keys("Xã Tân Lập triển khai Kế hoạch thực hiện Nghị quyết 68-NQ/TW\n\n" + _BODY)
    assert keys == ["12-CTr/TU", "68-NQ/TW", "9-KH/ĐU"]


def test_near_miss_a_numbered_plan_that_leads_elsewhere_stays_apart():
    # the programme the numbered plan carries out is said to carry out another resolution: not the headline's road
    body = _BODY.replace("của Tỉnh ủy về phát triển kinh tế tư nhân", "của Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW")
    keys = _keys("Xã Tân Lập triển khai Kế hoạch thực hiện Nghị quyết 68-NQ/TW\n\n" + body)
    assert any(k.startswith("KH:") for k in keys)


def test_near_miss_two_numbered_plans_leave_the_headline_alone():
    body = _BODY.replace("Các chi bộ thôn xây dựng kế hoạch cụ thể.",
                         "UBND xã ban hành Kế hoạch số 30/KH-UBND thực hiện Chương trình số 12-CTr/TU.")
    keys = _keys("Xã Tân Lập triển khai Kế hoạch thực hiện Nghị quyết 68-NQ/TW\n\n" + body)
    assert any(k.startswith("KH:") for k in keys)


def test_near_miss_the_same_words_in_the_body_are_no_headline():
    text = _BODY + "\nĐoàn Thanh niên xã cũng triển khai Kế hoạch thực hiện Nghị quyết 68-NQ/TW trong đoàn viên.\n"
    assert any(k.startswith("KH:") for k in _keys(text))
