"""The documents a text is about (kg.extract.text_focus): its own document, read from its first paragraphs that name
documents. Short texts of our own."""
from __future__ import annotations

from kg.extract import extract, read_text
from kg.extract.text_focus import launched_plan, text_documents


def main_document(text: str) -> str | None:
    r = read_text(text, None)
    return text_documents(r.df.mentions, r.docs, r.p.folded, r.paras, r.p.text)[1]


def launched(text: str) -> str | None:
    r = read_text(text, None)
    return launched_plan(r.df.mentions, r.docs, r.p.folded, r.paras)


# a sitting's news that cites a decision approving a đề án, then reports the resolution the sitting adopts
SITTING = ("Kỳ họp thứ Năm HĐND tỉnh chất vấn về trường học\n\n"
           "Ngày 8/11/2026, HĐND tỉnh Quảng Trị tiến hành phiên chất vấn. Ông Lê Văn Tư, Giám đốc Sở Giáo dục và Đào "
           "tạo cho biết, thực hiện Quyết định số 742/QĐ-UBND ngày 2/4/2025 của UBND tỉnh phê duyệt Đề án phát "
           "triển trường bán trú giai đoạn 2025 - 2030, đến nay đã xây 36 phòng ở cho học sinh.\n\n"
           "Kỳ họp đã thông qua Nghị quyết số 52/NQ-HĐND ngày 9/11/2026 về hoạt động chất vấn. HĐND tỉnh giao UBND "
           "tỉnh chỉ đạo Sở Giáo dục và Đào tạo hoàn thành việc sắp xếp trường bán trú trước ngày 30/6/2027.\n")


def test_a_project_a_cited_decision_approves_is_not_the_text_s_own_document():
    assert main_document(SITTING) == "52/NQ-HĐND"
    got = {(a.body, a.document) for a in extract(SITTING).assignments}
    assert ("Sở Giáo dục và Đào tạo", "52/NQ-HĐND") in got
    assert not any(doc == "742/QĐ-UBND" for _, doc in got)


def test_a_decision_the_text_says_was_issued_stays_its_own_document():
    text = ("Ngày 2/4/2025, UBND tỉnh ban hành Quyết định số 742/QĐ-UBND phê duyệt Đề án phát triển trường bán trú "
            "giai đoạn 2025 - 2030. Sở Giáo dục và Đào tạo chủ trì triển khai Đề án.\n")
    assert main_document(text) == "742/QĐ-UBND"


# news of a decision made ('vừa có', not 'ban hành'), which approves a đề án: the text is about it
MADE = ("Bình Định phát triển cây mắc ca\n\n"
        "UBND tỉnh Bình Định vừa có Quyết định số 318/QĐ-UBND ngày 4/5/2026 phê duyệt Đề án phát triển cây mắc ca giai "
        "đoạn 2026 - 2030.\n\n"
        "Năm 2025, toàn tỉnh có 640 ha mắc ca.\n\n"
        "Mục tiêu đến năm 2030, diện tích mắc ca toàn tỉnh đạt 1.500 ha.\n\n"
        "Trước đó, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND về phát triển cây ăn quả.\n")


def test_a_project_approved_by_a_decision_the_text_reports_made_is_the_text_s_own():
    assert main_document(MADE) == "318/QĐ-UBND"
    facts = extract(MADE)
    assert not facts.outcomes           # the year before is the đề án's starting point, no result
    assert [(t.value, t.document) for t in facts.targets] == [(1500, "318/QĐ-UBND")]


def test_a_project_a_cited_decision_approves_is_the_text_s_own_where_no_other_document_is_issued():
    text = ("Hoài Nhơn trồng mắc ca\n\n"
            "Thực hiện Quyết định số 318/QĐ-UBND ngày 4/5/2026 của UBND tỉnh phê duyệt Đề án phát triển cây mắc ca giai "
            "đoạn 2026 - 2030, thị xã Hoài Nhơn đã trồng mới 90 ha.\n")
    assert main_document(text) == "318/QĐ-UBND"
    # near miss: the sitting's news above reports its own resolution adopted (the first test)
    assert main_document(SITTING) == "52/NQ-HĐND"


LAUNCH = ("Ngày 9/10, Đảng ủy Công ty Cấp nước Sông Lam tổ chức hội nghị học tập, quán triệt Nghị quyết số 70-NQ/TW "
          "của Bộ Chính trị và triển khai Kế hoạch số 41-KH/ĐU ngày 25/9/2025 của Đảng ủy Công ty thực hiện Nghị quyết.\n\n"
          "Giai đoạn 2021 - 2025, Công ty cung cấp 96 triệu m3 nước sạch, phát triển mới 18.400 khách hàng.\n\n"
          "Theo Kế hoạch, đến năm 2030 tỷ lệ thất thoát nước giảm xuống dưới 12%.\n")


def test_the_plan_a_conference_launches_is_what_the_text_is_about_and_the_years_before_are_its_starting_point():
    assert launched(LAUNCH) == "41-KH/ĐU"
    facts = extract(LAUNCH)
    assert not facts.outcomes
    assert [(t.value, t.document) for t in facts.targets] == [(12, "41-KH/ĐU")]


def test_near_miss_a_review_conference_that_also_passes_a_plan_on_launches_none():
    text = LAUNCH.replace("tổ chức hội nghị học tập, quán triệt", "tổ chức hội nghị sơ kết 3 năm thực hiện")
    assert launched(text) is None


def test_near_miss_what_a_body_did_after_the_launch_is_news_not_its_task():
    # (the news of a conference does not become the plan's text: a body's reported act stays no task)
    text = LAUNCH + "Ủy ban MTTQ Việt Nam tỉnh cụ thể hóa bằng Kế hoạch số 12/KH-MTTQ ngày 2/10/2025 thực hiện Kế hoạch 41.\n"
    assert not extract(text).assignments


def test_a_document_the_text_says_was_just_signed_is_its_own():
    text = ("Chủ tịch UBND tỉnh vừa ký Quyết định số 915/QĐ-UBND ngày 3/9/2026 ban hành Kế hoạch phòng, chống thiên tai. "
            "Thực hiện Nghị quyết số 20/NQ-HĐND của HĐND tỉnh, Quyết định giao Sở Xây dựng chủ trì rà soát các công trình "
            "xuống cấp.\n")
    assert main_document(text) == "915/QĐ-UBND"
    assert {(a.body, a.document) for a in extract(text).assignments} == {("Sở Xây dựng", "915/QĐ-UBND")}
    # in other words: a ministry's letter, central, that a minister has signed
    text = ("Bộ trưởng Bộ Y tế đã ký Công văn số 4120/BYT-DP ngày 2/10/2026 gửi UBND các tỉnh về phòng, chống sốt xuất "
            "huyết.\n")
    assert extract(text).documents and main_document(text) is None
    r = read_text(text, None)
    assert text_documents(r.df.mentions, r.docs, r.p.folded, r.paras, r.p.text)[2] == "4120/BYT-DP"


def test_near_miss_a_document_signed_long_ago_and_only_cited_is_not_its_own():
    text = ("Theo Quyết định số 915/QĐ-UBND do Chủ tịch UBND tỉnh ký năm 2024, Sở Xây dựng chủ trì rà soát các công "
            "trình xuống cấp.\n")
    assert main_document(text) is None


_ROUNDUP = ("TIN VẮN\n\nThứ Ba, 8/12/2026\n\n"
            "* Hà Nam: Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 41-KH/TU thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính "
            "trị về phát triển kinh tế tư nhân. Kế hoạch đặt mục tiêu đến năm 2030 toàn tỉnh có 12.000 doanh nghiệp.\n\n"
            "* Hậu Giang: Ngày 6/12, UBND tỉnh tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ "
            "Tỉnh ủy về phòng, chống ma túy. Sau 2 năm, lực lượng công an đã triệt phá 46 đường dây mua bán ma túy.\n\n"
            "* Bình Định: UBND tỉnh ban hành Quyết định số 2210/QĐ-UBND ngày 2/12/2026 phê duyệt Đề án phát triển du lịch "
            "đường thủy giai đoạn 2027 - 2030. Đề án phấn đấu đến năm 2030 đón 2 triệu lượt khách; Sở Du lịch được giao chủ "
            "trì triển khai Đề án.\n")


def test_a_plan_issued_in_one_story_of_a_roundup_is_not_the_page_s_own():
    assert main_document(_ROUNDUP) is None
    facts = extract(_ROUNDUP)
    # (each story's figures and tasks are its own document's)
    assert {t.value: t.document for t in facts.targets} == {12000: "41-KH/TU", 2: "2210/QĐ-UBND"}
    assert {a.body: a.document for a in facts.assignments} == {"Sở Du lịch": "2210/QĐ-UBND"}


def test_near_miss_a_plan_issued_in_the_lead_over_a_bulleted_list_of_its_contents_stays_the_text_s_own():
    text = ("Ban Thường vụ Huyện ủy vừa ban hành Kế hoạch số 41-KH/HU ngày 1/12/2026 thực hiện Nghị quyết số 68-NQ/TW của Bộ "
            "Chính trị về phát triển kinh tế tư nhân. Kế hoạch nêu rõ:\n\n- Mục tiêu: đến năm 2030 toàn huyện có 900 doanh "
            "nghiệp.\n\n- Nhiệm vụ: hỗ trợ hộ kinh doanh chuyển lên doanh nghiệp.\n\n- Tổ chức thực hiện: Ban Tuyên giáo "
            "Huyện ủy chủ trì tuyên truyền Kế hoạch.\n")
    assert main_document(text) == "41-KH/HU"


_EACH_ISSUED = ("Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW ngày 30/4/2025 về đổi mới công tác xây dựng và thi "
                "hành pháp luật, các tỉnh trong vùng đều đã cụ thể hóa: {issued}.\n\n"
                "Từ ngày 1/7/2025, tỉnh Cao Bằng mới ban hành Chương trình hành động số 08-CTr/TU ngày 2/10/2025 thực hiện "
                "Nghị quyết số 66-NQ/TW. Chương trình yêu cầu các sở, ngành rà soát 100% văn bản quy phạm pháp luật trong "
                "năm 2026.\n")


def test_a_lead_that_lists_documents_issued_one_each_gives_none_of_them_as_the_text_s_own():
    text = _EACH_ISSUED.format(issued="Tỉnh ủy Bắc Kạn ban hành Kế hoạch số 310-KH/TU ngày 2/6/2025; Tỉnh ủy Cao Bằng ban "
                                      "hành Kế hoạch số 145-KH/TU ngày 9/6/2025; Tỉnh ủy Lạng Sơn ban hành Chương trình "
                                      "hành động số 52-CTr/TU ngày 20/6/2025")
    assert main_document(text) == "08-CTr/TU"
    assert {a.body: a.document for a in extract(text).assignments} == {"Các sở, ngành": "08-CTr/TU"}


def test_near_miss_a_lead_that_says_one_plan_issued_keeps_it_as_the_text_s_own():
    assert main_document(_EACH_ISSUED.format(issued="Tỉnh ủy Bắc Kạn ban hành Kế hoạch số 310-KH/TU ngày 2/6/2025")) \
        == "310-KH/TU"
