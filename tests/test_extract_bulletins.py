"""A news bulletin of items, each under its own heading and on its own documents (kg.extract.bulletins): a figure of
an item belongs to a document of that item. Texts are our own; each rule with a near miss."""
from __future__ import annotations

from kg.extract import extract

_BULLETIN = ("BẢN TIN CHIỀU 12/5/2026\n\n"
             "Bản tin chiều nay có các nội dung: Bắc Ninh hỗ trợ nhà ở; Sơn La chỉ đạo phòng chống sạt lở; Hội chợ nông sản.\n\n"
             "1. BẮC NINH HỖ TRỢ NHÀ Ở CHO HỘ NGHÈO\n"
             "Ngày 10/5, HĐND tỉnh Bắc Ninh đã thông qua Nghị quyết số 07/2026/NQ-HĐND quy định chính sách hỗ trợ nhà ở "
             "cho hộ nghèo. Tổng kinh phí dự kiến 40 tỷ đồng. Kỳ họp cũng nghe báo cáo kết quả thực hiện Kế hoạch số "
             "15/KH-UBND ngày 3/3/2025 của UBND tỉnh Bắc Giang (cũ): có 320 căn nhà được xây mới.\n\n"
             "2. SƠN LA: CHỈ THỊ VỀ PHÒNG CHỐNG SẠT LỞ\n"
             "Ban Thường vụ Tỉnh ủy Sơn La vừa ban hành Chỉ thị số 05-CT/TU ngày 8/5/2026 về phòng, chống sạt lở đất mùa "
             "mưa năm 2026. Chỉ thị đặt mục tiêu 100% hộ dân ở vùng nguy cơ cao được di dời đến nơi an toàn trước ngày 30/6/2026.\n\n"
             "3. HỘI CHỢ NÔNG SẢN VÙNG CAO\n"
             "Sáng 12/5, hội chợ nông sản vùng cao khai mạc tại phường Tô Hiệu; ban tổ chức dự kiến đón 15.000 lượt khách.\n")


def _docs(kind: str, text: str) -> dict[float, str | None]:
    return {x.value: x.document for x in getattr(extract(text), kind)}


def test_a_figure_of_an_item_belongs_to_the_document_of_its_own_item():
    targets = _docs("targets", _BULLETIN)
    assert targets.get(100) == "05-CT/TU"
    assert targets.get(40) == "07/2026/NQ-HĐND"


def test_an_item_that_names_no_document_gives_its_figures_none():
    assert _docs("targets", _BULLETIN).get(15000) is None


def test_near_miss_an_article_on_one_plan_under_several_headings_keeps_it():
    # (the plan is named again under a later heading: one document's news, not a bulletin's items)
    text = ("HUYỆN TRIỂN KHAI KẾ HOẠCH CHUYỂN ĐỔI SỐ\n\n"
            "UBND huyện vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2026.\n\n"
            "Mục tiêu cụ thể\n"
            "Kế hoạch đặt mục tiêu đến năm 2026 có 90% hồ sơ được giải quyết trực tuyến.\n\n"
            "Giải pháp thực hiện\n"
            "Để thực hiện Kế hoạch số 45/KH-UBND, huyện đề ra 5 nhóm giải pháp, căn cứ Nghị quyết số 57-NQ/TW.\n")
    assert _docs("targets", text).get(90) == "45/KH-UBND"


def test_near_miss_an_official_plan_with_headed_sections_keeps_its_figures():
    # (the plan's own number in its heading: sections that cite one document each are no bulletin's items, and a goal
    # under a heading that names no document stays the plan's)
    text = ("UBND HUYỆN MƯỜNG LA\nSố: 31/KH-UBND\nKẾ HOẠCH\nPhát triển nông nghiệp năm 2026\n\n"
            "Huyện xây dựng kế hoạch như sau.\n\n"
            "Mục tiêu về trồng trọt\nThực hiện Nghị quyết số 19-NQ/TW, đến năm 2026 trồng mới 300 ha cây ăn quả.\n\n"
            "Mục tiêu về chăn nuôi\nĐến năm 2026 tổng đàn bò đạt 5.000 con.\n\n"
            "Kinh phí thực hiện\nKinh phí bố trí theo Quyết định số 120/QĐ-UBND của UBND tỉnh.\n")
    assert _docs("targets", text).get(5000) == "31/KH-UBND"
