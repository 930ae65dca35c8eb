"""A paragraph that opens on a district's or commune's body issuing its own document is about that document
(kg.extract.level_paragraphs). Texts are our own."""
from __future__ import annotations

import datetime as _dt

from extract_helpers import outcome_documents

_LEAD = ("Sáng 12/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TW ngày "
         "10/3/2022 của Bộ Chính trị và Chương trình hành động số 40-CTr/TU ngày 20/5/2022 của Tỉnh ủy.\n\n"
         "Sau 3 năm, toàn tỉnh có 210/240 xã đạt chuẩn nông thôn mới.\n\n")


def _docs(text: str) -> dict[float, str | None]:
    return outcome_documents(text, _dt.date(2025, 5, 14))


def test_a_districts_paragraph_reports_the_districts_plan():
    text = _LEAD + ("Huyện ủy Yên Phong ban hành Kế hoạch số 52-KH/HU ngày 30/7/2022 để thực hiện Chương trình "
                    "40-CTr/TU. Sau 3 năm, toàn huyện đã trồng mới 1.450 ha cây ăn quả.")
    got = _docs(text)
    assert got[1450] == "52-KH/HU" and got[210] != "52-KH/HU"   # (the province's figure before it is not the plan's)


def test_a_communes_paragraph_opening_on_a_place_reports_the_communes_resolution():
    text = _LEAD + ("Tại Tân Lập, Đảng ủy xã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU ngày 05/01/2023 về phát triển "
                    "kinh tế vườn. Năm 2024, thu nhập bình quân đầu người của xã đạt 71 triệu đồng.")
    assert _docs(text)[71] == "07-NQ/ĐU"


def test_a_provincial_instrument_keeps_the_figures_with_the_reviewed_document():
    # near miss: the province's own plan under a provincial review is the reviewed document's instrument
    text = _LEAD + ("UBND tỉnh ban hành Kế hoạch số 88/KH-UBND ngày 30/7/2022 để thực hiện Chương trình 40-CTr/TU. "
                    "Sau 3 năm, toàn tỉnh đã trồng mới 1.450 ha cây ăn quả.")
    assert _docs(text)[1450] != "88/KH-UBND"


def test_a_document_named_after_the_opening_ends_it():
    # near miss: the sentence with the figure names another document: that one is in context
    text = _LEAD + ("Huyện ủy Yên Phong ban hành Kế hoạch số 52-KH/HU ngày 30/7/2022 để thực hiện Chương trình "
                    "40-CTr/TU. Thực hiện Đề án số 03-ĐA/HU ngày 2/3/2023 của Huyện ủy, toàn huyện đã trồng mới 1.450 ha "
                    "cây ăn quả.")
    assert _docs(text)[1450] == "03-ĐA/HU"
