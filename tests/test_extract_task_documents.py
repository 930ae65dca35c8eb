"""The document of a task (kg.extract.task_documents): a task set after the text names what its document replaces is
the new document's, and a task that spreads the document a meeting reviews is about that document. Short texts of our
own, each rule with its near misses."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.task_documents import superseded_by
from kg.facts import Link

_NEW = ("Thủ tướng Chính phủ vừa ký Quyết định số 410/QĐ-TTg ngày 3/4/2025 ban hành Kế hoạch thực hiện Kết luận số "
        "81-KL/TW ngày 5/3/2025 của Bộ Chính trị về an toàn giao thông.\n\n")
_OLD = ("Quyết định này thay thế Quyết định số 77/QĐ-TTg ngày 9/1/2020 ban hành Kế hoạch thực hiện Chỉ thị số "
        "23-CT/TW ngày 25/5/2018 của Ban Bí thư về an toàn giao thông.\n\n")
_TASKS = "Thủ tướng giao Bộ Công an chủ trì, phối hợp với Bộ Xây dựng tổ chức kiểm tra việc thực hiện Kế hoạch.\n"


def _docs(text: str) -> dict[str, str | None]:
    return {a.body: a.document for a in extract(text).assignments}


def test_a_task_after_what_the_document_replaces_is_the_new_documents():
    docs = _docs(_NEW + _OLD + _TASKS)
    assert docs == {"Bộ Công an": "410/QĐ-TTg", "Bộ Xây dựng": "410/QĐ-TTg"}


def test_without_a_replaced_document_the_context_stays():
    # (near miss: an older decision the text names without replacing it keeps the context it gives: the rule moves
    # only what a change hands on)
    # (where the text does not report the new decision just signed: one it reports so is its own document, whose
    # tasks these are, kg.extract.text_focus)
    text = _NEW + _OLD.replace("Quyết định này thay thế", "Trước đó, Chính phủ đã ban hành") + _TASKS
    assert _docs(text.replace("vừa ký", "ký")) == {"Bộ Công an": "77/QĐ-TTg", "Bộ Xây dựng": "77/QĐ-TTg"}
    assert _docs(text) == {"Bộ Công an": "410/QĐ-TTg", "Bộ Xây dựng": "410/QĐ-TTg"}


def test_what_was_done_under_the_replaced_document_stays_its_own():
    # (near miss: a reported task is history, as the replaced document is)
    text = _NEW + _OLD + "Thời gian qua, Bộ Công an đã chủ trì kiểm tra việc thực hiện Chỉ thị.\n"
    assert _docs(text).get("Bộ Công an") != "410/QĐ-TTg"


def test_superseded_by_follows_what_the_replaced_document_carried_out():
    links = [Link("410/QĐ-TTg", "replaces", "77/QĐ-TTg"), Link("77/QĐ-TTg", "implements", "23-CT/TW"),
             Link("410/QĐ-TTg", "implements", "81-KL/TW")]
    assert superseded_by(links) == {"77/QĐ-TTg": "410/QĐ-TTg", "23-CT/TW": "410/QĐ-TTg"}
    # (what the new document itself carries out is never superseded by it)
    links.append(Link("410/QĐ-TTg", "implements", "23-CT/TW"))
    assert superseded_by(links) == {"77/QĐ-TTg": "410/QĐ-TTg"}
    assert superseded_by([Link("A/QĐ", "implements", "B/QĐ")]) == {}


_REVIEW = ("Sáng 12/3/2024, Tỉnh ủy họp sơ kết 3 năm thực hiện Nghị quyết số 21-NQ/TW ngày "
           "16/6/2021 của Ban Chấp hành Trung ương và Kế hoạch số 48-KH/TU ngày 2/9/2021 của Tỉnh ủy thực hiện Nghị "
           "quyết.\n\n")


def test_spreading_the_reviewed_document_is_a_task_about_it():
    text = _REVIEW + ("Kết luận hội nghị, đồng chí Bí thư yêu cầu Ban Tuyên giáo Tỉnh ủy tiếp tục tuyên truyền sâu rộng "
                      "Nghị quyết số 21-NQ/TW đến cán bộ, đảng viên.\n")
    assert _docs(text) == {"Ban Tuyên giáo Tỉnh ủy": "21-NQ/TW"}


def test_a_task_naming_no_reviewed_document_keeps_the_meetings_plan():
    # (near miss: the clause spreads no document the meeting reviews)
    text = _REVIEW + ("Kết luận hội nghị, đồng chí Bí thư yêu cầu Ban Tuyên giáo Tỉnh ủy tiếp tục tuyên truyền "
                      "sâu rộng đến cán bộ, đảng viên.\n")
    assert _docs(text) == {"Ban Tuyên giáo Tỉnh ủy": "48-KH/TU"}


_ROLLOUT = ("BÁO HÀ NAM\n16/10/2024\n\nNgày 16/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 91-KL/TW "
            "ngày 12/8/2024 của Bộ Chính trị và triển khai Kế hoạch số 265-KH/TU ngày 10/10/2024 của Tỉnh ủy thực hiện "
            "Kết luận.\n\nKết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu ")


def test_a_document_named_in_full_for_bodies_to_study_is_the_tasks():
    # studying a document the text names in full is work on that document, not on the plan the meeting rolls out
    docs = _docs(_ROLLOUT + "các cấp ủy tổ chức quán triệt sâu rộng Kết luận số 91-KL/TW đến cán bộ, đảng viên.\n")
    assert docs == {"Các cấp ủy": "91-KL/TW"}
    # and not the document the studied one carries out, named after it
    docs = _docs("Ngày 14/10, Huyện ủy tổ chức hội nghị sơ kết.\n\nBan Thường vụ Huyện ủy yêu cầu các chi bộ tổ chức "
                 "quán triệt Kế hoạch số 95-KH/HU ngày 20/9/2024 về tiếp tục thực hiện Kết luận số 06-KL/TW.\n")
    assert docs == {"Các chi bộ": "95-KH/HU"}


def test_a_study_named_by_its_type_word_or_another_task_keeps_the_meetings_plan():
    # near misses: 'quán triệt Kết luận' (the type word alone), and a task that names the document as what it carries out
    docs = _docs(_ROLLOUT + "các cấp ủy tổ chức quán triệt Kết luận đến cán bộ, đảng viên.\n")
    assert docs == {"Các cấp ủy": "265-KH/TU"}
    docs = _docs(_ROLLOUT + "Sở Giáo dục và Đào tạo rà soát đội ngũ giáo viên.\n")
    assert docs == {"Sở Giáo dục và Đào tạo": "265-KH/TU"}



_REVIEWED_PLAN = ("Sáng 3/7/2025, Ban Chỉ đạo họp đánh giá kết quả thực hiện Kế hoạch phát triển chợ đầu mối nông sản ban "
                  "hành kèm theo Quyết định số 512/QĐ-TTg ngày 2/6/2024 của Thủ tướng Chính phủ.\n\nKết luận phiên họp, để "
                  "hoàn thành mục tiêu năm 2025 của Kế hoạch, Phó Thủ tướng giao:\n\n")


def test_a_document_a_task_amends_is_not_the_tasks_document():
    # point (o): drafting a change to a named document is a task of the document the tasks are given for
    docs = _docs(_REVIEWED_PLAN + "Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Nghị định sửa đổi, "
                 "bổ sung Nghị định số 60/2024/NĐ-CP ngày 5/6/2024 của Chính phủ về phát triển và quản lý chợ, trình "
                 "Chính phủ trong quý IV/2025.")
    assert docs == {"Bộ Công Thương": "512/QĐ-TTg", "Bộ Tài chính": "512/QĐ-TTg"}


def test_near_miss_a_document_a_task_carries_out_is_the_tasks_document():
    docs = _docs(_REVIEWED_PLAN + "Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính hướng dẫn các địa phương thực hiện "
                 "Nghị định số 60/2024/NĐ-CP ngày 5/6/2024 của Chính phủ về phát triển và quản lý chợ.")
    assert docs.get("Bộ Công Thương") == "60/2024/NĐ-CP"


_REVIEW_19 = ("Ngày 18/8, Tỉnh ủy họp đánh giá 2 năm đưa Nghị quyết số 26-NQ/TW ngày 3/11/2022 của Bộ Chính trị vào "
              "cuộc sống. Sau đó, UBND tỉnh ban hành Kế hoạch số 215/KH-UBND ngày 9/1/2023 để thực hiện Nghị quyết số "
              "26-NQ/TW.\n\nPhát biểu kết luận, đồng chí Bí thư đề nghị: để thực hiện tốt Nghị quyết số 26-NQ/TW, ")


def test_a_plan_a_task_adjusts_leaves_the_sentences_tasks_to_its_purpose():
    # point (g): the purpose names the tasks' document; the plan the first task adjusts is what it changes
    docs = _docs(_REVIEW_19 + "UBND tỉnh rà soát, điều chỉnh Kế hoạch số 215/KH-UBND cho phù hợp với bộ máy mới; Sở Tài "
                 "chính chủ trì tham mưu cơ chế hỗ trợ hợp tác xã.")
    assert docs == {"UBND tỉnh": "26-NQ/TW", "Sở Tài chính": "26-NQ/TW"}


def test_near_miss_a_plan_a_task_carries_out_is_its_document():
    docs = _docs(_REVIEW_19 + "UBND tỉnh tổ chức thực hiện Kế hoạch số 215/KH-UBND cho phù hợp với bộ máy mới.")
    assert docs.get("UBND tỉnh") == "215/KH-UBND"


def test_a_reported_task_that_drew_up_the_local_plan_is_the_reviewed_documents():
    # the plan the clause says a body drew up ('xây dựng Chương trình hành động số 33-CTr/TU') is the outcome of that work on
    # the document the plan carries out, as a plan it says was issued ('ban hành') is
    text = ("Chiều 20/11, Tỉnh ủy họp đánh giá 1 năm thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
            "\n\nThực hiện Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã chỉ đạo phổ biến Nghị quyết đến từng chi bộ "
            "và xây dựng Chương trình hành động số 33-CTr/TU ngày 7/2/2025 thực hiện Nghị quyết số "
            "57-NQ/TW.\n")
    assert _docs(text).get("Ban Thường vụ Tỉnh ủy") == "57-NQ/TW"


_REVIEWED_WITH_PLAN = ("Chiều 4/11/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số "
                       "36-NQ/TW ngày 1/2/2023 của Bộ Chính trị về công nghệ sinh học. Ngay sau đó, Tỉnh ủy đã xây dựng "
                       "Chương trình hành động số 77-CTr/TU.\n\n")


def test_a_document_an_earlier_task_watches_is_not_the_context_of_the_next():
    text = _REVIEWED_WITH_PLAN + ("Kết luận hội nghị, đồng chí Bí thư giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực "
                                  "hiện Chương trình 77. Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu giống cây trồng.\n")
    docs = _docs(text)
    assert docs["Văn phòng Tỉnh ủy"] == "77-CTr/TU"
    assert docs["Sở Khoa học và Công nghệ"] == "36-NQ/TW"


def test_work_belonging_to_a_plan_does_not_hand_the_plan_on():
    text = _REVIEWED_WITH_PLAN + ("Kết luận hội nghị, đồng chí Bí thư giao Sở Tài chính bố trí vốn cho các dự án thuộc "
                                  "Chương trình 77. Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu giống cây trồng.\n")
    assert _docs(text)["Sở Khoa học và Công nghệ"] == "36-NQ/TW"


def test_a_plan_an_earlier_task_names_otherwise_still_carries_on():
    # (near miss: a task on the plan's own goals, 'rà soát các chỉ tiêu của Chương trình 77', sets the context of the
    # tasks after it in its paragraph)
    text = _REVIEWED_WITH_PLAN + ("Kết luận hội nghị, đồng chí Bí thư giao Văn phòng Tỉnh ủy rà soát các chỉ tiêu của "
                                  "Chương trình 77. Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu giống cây trồng.\n")
    assert _docs(text)["Sở Khoa học và Công nghệ"] == "77-CTr/TU"


def test_a_document_a_task_keeps_to_is_not_its_document():
    text = ("Ban Thường vụ Tỉnh ủy vừa ban hành Kết luận số 210-KL/TU về phát triển du lịch.\n\n"
            "Để đạt mục tiêu, Ban cán sự đảng UBND tỉnh lãnh đạo rà soát quy hoạch khu du lịch, bám sát Chiến lược phát "
            "triển du lịch được phê duyệt tại Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ.\n")
    assert _docs(text) == {"Ban cán sự đảng UBND tỉnh": "210-KL/TU"}


def test_a_document_a_task_carries_out_stays_its_document():
    # near miss: 'thực hiện Chiến lược ...' names what the task carries out, not a yardstick
    text = ("Ban Thường vụ Tỉnh ủy vừa ban hành Kết luận số 210-KL/TU về phát triển du lịch.\n\n"
            "Để đạt mục tiêu, Ban cán sự đảng UBND tỉnh lãnh đạo rà soát quy hoạch khu du lịch, thực hiện Chiến lược phát "
            "triển du lịch được phê duyệt tại Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ.\n")
    assert _docs(text) == {"Ban cán sự đảng UBND tỉnh": "147/QĐ-TTg"}


_SIDE_BY_SIDE = ("Sáng 12/5/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 42-CT/TW ngày "
                 "24/3/2020 của Ban Bí thư và Kế hoạch số 196-KH/TU của Tỉnh ủy.\n\nĐể đưa Chỉ thị vào cuộc sống, Ban "
                 "Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 196-KH/TU.\n\n")


def test_a_review_of_a_directive_and_its_plan_side_by_side_is_the_directives():
    # the sentence of the review does not say the plan carries the directive out: the tasks asked after it are the
    # directive's, as the figures of such a review are (tests/ANNOTATION.md (ak) 3)
    docs = _docs(_SIDE_BY_SIDE + "Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền kỹ năng phòng tránh thiên tai.\n")
    assert docs == {"Ban Tuyên giáo Tỉnh ủy": "42-CT/TW"}


def test_a_study_session_of_a_resolution_and_its_plan_rolls_the_plan_out():
    # near miss: at a study session the plan named with the resolution it carries out is what the tasks roll out
    text = _SIDE_BY_SIDE.replace("hội nghị tổng kết 5 năm thực hiện", "hội nghị quán triệt")
    docs = _docs(text + "Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền kỹ năng phòng tránh thiên tai.\n")
    assert docs == {"Ban Tuyên giáo Tỉnh ủy": "196-KH/TU"}


def test_a_watched_document_goes_on_to_a_task_that_watches_too():
    # near miss of the rule above: the task after it watches the same work, and keeps the plan watched
    text = _REVIEWED_WITH_PLAN + ("Kết luận hội nghị, đồng chí Bí thư giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực "
                                  "hiện Chương trình 77. Ủy ban Kiểm tra Tỉnh ủy kiểm tra các chi bộ.\n")
    assert _docs(text)["Ủy ban Kiểm tra Tỉnh ủy"] == "77-CTr/TU"


_REVIEWED = ("Ngày 20/5/2025, Huyện ủy Yên Lạc tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 08-NQ/TU ngày "
             "5/1/2022 của Ban Thường vụ Tỉnh ủy về phát triển nông nghiệp hữu cơ.\n\n")


def test_tasks_after_a_plan_that_carries_out_the_reviewed_resolution_are_the_plans():
    docs = _docs(_REVIEWED + "Kế hoạch số 45-KH/HU của Huyện ủy thực hiện Nghị quyết số 08-NQ/TU đề ra 4 nhóm nhiệm vụ. "
                 "Theo đó, Phòng Nông nghiệp huyện chủ trì xây dựng 5 mô hình sản xuất hữu cơ.\n")
    assert docs == {"Phòng Nông nghiệp huyện": "45-KH/HU"}


def test_near_miss_a_plan_named_beside_the_resolution_without_carrying_it_out_leaves_the_last_named():
    # the plan of another matter, named before the resolution, carries nothing out: the document named last stays
    docs = _docs(_REVIEWED + "Cùng với Kế hoạch số 45-KH/HU của Huyện ủy về chuyển đổi số, Nghị quyết số 08-NQ/TU đề ra 4 "
                 "nhóm nhiệm vụ. Theo đó, Phòng Nông nghiệp huyện chủ trì xây dựng 5 mô hình sản xuất hữu cơ.\n")
    assert docs == {"Phòng Nông nghiệp huyện": "08-NQ/TU"}

_CONFERENCE = ("BÁO CHÍNH PHỦ\n16/5/2026\n\nSáng 16/5, Thủ tướng Chính phủ chủ trì hội nghị sơ kết một năm thực hiện Nghị "
               "quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ "
               "ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW.\n\n")
_TASK_LINES = ("Bộ Khoa học và Công nghệ chủ trì hoàn thiện cơ chế thử nghiệm có kiểm soát.\n\n"
               "Bộ Tài chính bố trí đủ kinh phí cho các nhiệm vụ khoa học trọng điểm.\n")


def test_a_lead_in_line_names_the_document_of_the_tasks_on_the_lines_after_it():
    text = _CONFERENCE + ("Kết luận hội nghị, để thực hiện thắng lợi các mục tiêu của Nghị quyết số 57-NQ/TW, Thủ tướng yêu "
                          "cầu:\n\n") + _TASK_LINES
    assert _docs(text) == {"Bộ Khoa học và Công nghệ": "57-NQ/TW", "Bộ Tài chính": "57-NQ/TW"}


def test_near_miss_a_lead_in_that_names_no_document_keeps_the_meetings():
    text = _CONFERENCE + "Kết luận hội nghị, Thủ tướng yêu cầu:\n\n" + _TASK_LINES
    assert _docs(text) == {"Bộ Khoa học và Công nghệ": "03/NQ-CP", "Bộ Tài chính": "03/NQ-CP"}


def test_near_miss_a_heading_with_a_colon_is_no_lead_in():
    text = _CONFERENCE + ("Kết quả một số chỉ tiêu của Nghị quyết số 57-NQ/TW (Chỉ tiêu | Kết quả):\n"
                          "Số doanh nghiệp khoa học và công nghệ | 1.200\n\nKết luận hội nghị, Thủ tướng yêu cầu Bộ Tài "
                          "chính bố trí đủ kinh phí cho các nhiệm vụ khoa học trọng điểm.\n")
    assert _docs(text) == {"Bộ Tài chính": "03/NQ-CP"}


# an interview a year after a central resolution: the province's programme carries it out, then the tasks ahead
_INTERVIEW = ("Một năm sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về khoa học, công nghệ, "
              "phóng viên đã trao đổi với Bí thư Tỉnh ủy.\n\n"
              "PV: Thưa đồng chí, tỉnh đã triển khai Nghị quyết 57 ra sao?\n\n"
              "Đồng chí Nguyễn Văn An: Ngày 10/2/2025, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số "
              "31-CTr/TU thực hiện Nghị quyết.\n\n"
              "Thời gian tới, Ủy ban Kiểm tra Tỉnh ủy tăng cường kiểm tra, giám sát việc thực hiện Chương trình hành "
              "động số 31-CTr/TU tại các đảng bộ xã.{more}\n")


def test_an_inspection_of_the_local_programme_is_the_programme_s_not_the_resolution_s():
    docs = _docs(_INTERVIEW.format(more=""))
    assert docs["Ủy ban Kiểm tra Tỉnh ủy"] == "31-CTr/TU"


def test_watching_a_document_that_does_not_carry_out_the_resolution_keeps_the_resolution():
    # (near miss: a rule of the province's the committee watches is no plan of the resolution; the text's own stays)
    text = _INTERVIEW.format(more="").replace("Chương trình hành động số 31-CTr/TU tại", "Quy định số 22-QĐ/TU tại")
    assert _docs(text)["Ủy ban Kiểm tra Tỉnh ủy"] == "57-NQ/TW"


_BEFORE_PLAN = ("Chương trình phát triển du lịch cộng đồng giai đoạn 2021 - 2025 được UBND tỉnh phê duyệt tại Quyết định số "
                "950/QĐ-UBND ngày 2/6/2021. Sau 5 năm, Sở Văn hóa, Thể thao và Du lịch đã phối hợp với Sở Công Thương tổ "
                "chức 24 đợt xúc tiến du lịch.\n\nTrước mắt, UBND tỉnh đã ban hành Kế hoạch số 15/KH-UBND ngày 6/1/2026 về "
                "phát triển du lịch cộng đồng năm 2026; Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với UBND các xã "
                "xây dựng 5 mô hình homestay.\n")


def test_work_reported_before_the_text_names_its_plan_is_not_the_plan_s():
    rows = {(a.body, a.role): a.document for a in extract(_BEFORE_PLAN).assignments}
    assert rows[("Sở Công Thương", "coordinate")] == "950/QĐ-UBND"
    # near miss: the task the plan's paragraph sets after naming it stays the plan's
    assert rows[("UBND các xã", "coordinate")] == "15/KH-UBND"


def test_a_document_that_opens_its_sentence_asking_owns_the_tasks():
    # news of two plans issued one after the other: each plan asks for its own tasks, not the first plan named
    text = ("Ngày 3/3/2026, UBND tỉnh ban hành Kế hoạch số 60/KH-UBND về an toàn giao thông. Kế hoạch giao Công an tỉnh "
            "chủ trì tuần tra, kiểm soát.\n\nNgày 5/3/2026, UBND tỉnh ban hành Kế hoạch số 61/KH-UBND về phòng cháy. "
            "Kế hoạch giao Sở Xây dựng chủ trì rà soát nhà cao tầng.\n")
    assert _docs(text) == {"Công an tỉnh": "60/KH-UBND", "Sở Xây dựng": "61/KH-UBND"}
    # in other words: the directive named in full asks
    text = ("Ngày 3/3/2026, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU về phòng cháy. Ngày 9/3/2026, UBND tỉnh ban "
            "hành Kế hoạch số 64/KH-UBND về an toàn giao thông.\n\nChỉ thị số 08-CT/TU yêu cầu Sở Xây dựng chủ trì rà soát "
            "nhà cao tầng.\n")
    assert _docs(text)["Sở Xây dựng"] == "08-CT/TU"


def test_near_miss_an_official_plan_quoting_what_the_directive_asks_keeps_the_tasks():
    # (an official text's tasks are its own, though a sentence opens on the directive it carries out asking)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 64/KH-UBND                    Hà Nam, ngày 9 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Thực hiện Chỉ thị số 08-CT/TU ngày 3/3/2026 của Ban Thường vụ Tỉnh ủy về phòng cháy\n\n"
            "Chỉ thị số 08-CT/TU yêu cầu Sở Xây dựng chủ trì rà soát nhà cao tầng.\n")
    assert _docs(text)["Sở Xây dựng"] == "64/KH-UBND"
