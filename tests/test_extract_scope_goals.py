"""A table whose lead-in line names the goals of an approved đề án ('các chỉ tiêu chủ yếu của Đề án được phân kỳ như
sau:') gives them to the đề án's key, the decision that approved it (kg.extract.scope_goals; tests/ANNOTATION.md (aj),
(b)), not to the plan that phases them. Short texts of our own, with the near misses: the plan's own goals, a đề án
only named, a programme's word, a lead-in that does not open the table, two đề án the bare word could mean. And the
goals after a local plan said issued, with no number, are that plan's own (own_plan_of, point (aj))."""
from __future__ import annotations

from kg.extract import extract

PLAN = ("Phòng Văn hóa huyện ban hành Kế hoạch số 27/KH-PVH ngày 5/11/2025 thực hiện Quyết định số 2210/QĐ-UBND ngày "
        "10/10/2025 của UBND huyện phê duyệt Đề án phát triển du lịch cộng đồng huyện Mù Cang Chải giai đoạn 2025 - "
        "2030.{more}\n\n"
        "{lead}\n\n"
        "| Chỉ tiêu | Năm 2027 | Năm 2030 |\n"
        "| Số homestay đạt chuẩn (cơ sở) | 40 | 90 |\n"
        "| Lượt khách lưu trú (nghìn lượt) | 120 | 300 |\n\n"
        "Kế hoạch đặt mục tiêu đến năm 2030 đào tạo 500 lao động du lịch.\n")


def target_docs(lead: str, more: str = "") -> dict[float, str | None]:
    return {t.value: t.document for t in extract(PLAN.format(lead=lead, more=more)).targets}


def test_the_approved_de_an_s_goals_phased_in_a_table_go_to_the_approving_decision():
    got = target_docs("Theo đó, các chỉ tiêu chủ yếu của Đề án được phân kỳ như sau:")
    assert {got[v] for v in (40, 90, 120, 300)} == {"2210/QĐ-UBND"}
    assert got[500] == "27/KH-PVH"          # the plan's own goal after the table stays the plan's


def test_near_miss_the_plan_s_own_goals_in_a_table_stay_the_plan_s():
    for lead in ("Theo đó, Kế hoạch đặt các chỉ tiêu như sau:", "Theo đó, các chỉ tiêu chủ yếu của Kế hoạch như sau:",
                 "Theo đó, các chỉ tiêu được phân kỳ như sau:"):     # (the đề án only named before)
        got = target_docs(lead)
        assert {got[v] for v in (40, 90, 120, 300, 500)} == {"27/KH-PVH"}, lead


def test_near_miss_a_programme_s_word_is_not_a_de_an():
    # ('mục tiêu của Chương trình' where the text approved no programme: nothing to resolve the word to)
    got = target_docs("Theo đó, các mục tiêu của Chương trình được phân kỳ như sau:")
    assert got[40] == "27/KH-PVH"


def test_near_miss_a_lead_in_that_does_not_open_the_table():
    got = target_docs("Các chỉ tiêu chủ yếu của Đề án được phân kỳ theo từng năm. Cụ thể như bảng sau:")
    assert got[40] == "27/KH-PVH"


def test_near_miss_two_de_an_the_bare_word_could_mean():
    more = (" Kế hoạch cũng thực hiện Quyết định số 2305/QĐ-UBND ngày 20/10/2025 của UBND huyện phê duyệt Đề án bảo tồn "
            "văn hóa dân tộc Mông huyện Mù Cang Chải.")
    got = target_docs("Theo đó, các chỉ tiêu chủ yếu của Đề án được phân kỳ như sau:", more)
    assert got[40] == "27/KH-PVH"


NOTICE = ("TỈNH ỦY CAO BẰNG\nSố 212-TB/TU\n\nTHÔNG BÁO\nKết luận của Ban Thường vụ Tỉnh ủy về việc thực hiện Kế "
          "hoạch số 57-KH/TU ngày 14/3/2025 của Ban Thường vụ Tỉnh ủy về phát triển hợp tác xã nông nghiệp\n\n"
          "Các huyện ủy đã quán triệt Kế hoạch nghiêm túc. {body}\n\n"
          "Cao Bằng, ngày 8 tháng 10 năm 2025\n")


def notice_goals(body: str) -> list[tuple[float, str | None]]:
    return [(t.value, t.document) for t in extract(NOTICE.format(body=body)).targets]


def test_a_goal_the_goals_words_tie_to_the_plan_named_before_it_is_the_plan_s():
    # point (aj): 'các chỉ tiêu của Kế hoạch, trong đó ...' names whose goal the rate is, not the notice's own
    assert notice_goals("Các sở, ngành cần phấn đấu đến cuối năm 2027 đạt và vượt các chỉ tiêu của Kế hoạch, trong đó "
                        "tỷ lệ hợp tác xã có lãi đạt trên 65%.") == [(65, "57-KH/TU")]


def test_near_miss_a_goal_in_a_clause_of_its_own_is_the_notice_s():
    assert notice_goals("Các sở, ngành cần phấn đấu đến cuối năm 2027 đạt và vượt các chỉ tiêu của Kế hoạch; tỷ lệ hợp "
                        "tác xã có lãi đạt trên 65%.") == [(65, "212-TB/TU")]


def test_a_figure_a_plan_is_said_to_set_right_after_it_is_the_plan_s_goal():
    assert notice_goals("Hạn chế: chưa thành lập được chi bộ trong hợp tác xã (Kế hoạch đề ra 3 chi bộ).") \
        == [(3, "57-KH/TU")]


def test_near_miss_a_goal_set_with_no_document_before_it_is_the_notice_s():
    assert notice_goals("Hạn chế: chưa thành lập được chi bộ trong hợp tác xã; năm 2026 phấn đấu thành lập 3 chi bộ.") \
        == [(3, "212-TB/TU")]


def test_goals_words_that_lead_a_list_after_a_colon_tie_each_item_to_the_document():
    # 'các mục tiêu Nghị quyết số ... đề ra ...:' names whose goals the list gives, past the semicolons between its items
    assert notice_goals("Thực hiện các mục tiêu Nghị quyết số 15-NQ/TU đề ra đến năm 2028: trên 60% hợp tác xã có lãi; ít "
                        "nhất 40 hợp tác xã ứng dụng công nghệ cao.") == [(60, "15-NQ/TU"), (40, "15-NQ/TU")]
    # near miss: the same words with no list after them leave a later clause to the notice
    assert notice_goals("Thực hiện các mục tiêu Nghị quyết số 15-NQ/TU; năm 2026 phấn đấu thành lập 3 chi bộ.") \
        == [(3, "212-TB/TU")]


def test_a_sentence_opening_on_according_to_a_plan_gives_its_goal_by_a_year_ahead():
    # 'Theo Kế hoạch số ..., đến năm 2027, ...': the plan named is whose goal it is, as with 'phấn đấu'
    assert notice_goals("Theo Kế hoạch số 30-KH/HU, đến năm 2027, 100% hợp tác xã có chi bộ.") == [(100, "30-KH/HU")]
    # near miss: a sentence that names the plan after its opening clause is the notice's
    assert notice_goals("Đến năm 2027, 100% hợp tác xã có chi bộ, như Kế hoạch số 30-KH/HU.") == [(100, "212-TB/TU")]
    # the same where the sentence opens on carrying the plan out
    assert notice_goals("Thực hiện Kế hoạch số 30-KH/HU, đến năm 2027, 100% hợp tác xã có chi bộ.") == [(100, "30-KH/HU")]
    # near miss: carrying out a plan, with the aim in a clause of its own after a semicolon, is the notice's
    assert notice_goals("Thực hiện Kế hoạch số 30-KH/HU; đến năm 2027, 100% hợp tác xã có chi bộ.") == [(100, "212-TB/TU")]
    # near miss: a plan issued to carry it out, named after it, sets the aim
    assert notice_goals("Thực hiện Kết luận số 06-KL/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 30-KH/HU, đặt mục "
                        "tiêu đến năm 2027, 100% hợp tác xã có chi bộ.") == [(100, "30-KH/HU")]


_LOCAL_PLAN = "Thứ Hai, 5/1/2026\nThực hiện Chương trình số 08-CTr/TU, Đảng ủy xã Hòa Sơn đã ban hành kế hoạch triển khai. {}\n"
_COMMUNE_PLAN = "KH:Đảng ủy xã thực hiện Chương trình 08-CTr/TU"


def _goals(text: str) -> set[tuple[float, str | None]]:
    return {(t.value, t.document) for t in extract(text).targets}


def test_the_goals_after_a_local_plan_said_issued_are_the_plans_own():
    # point (aj): the commune's plan, keyed by its body and what it carries out, sets them
    assert _goals(_LOCAL_PLAN.format("Xã phấn đấu năm 2026 kết nạp 12 đảng viên.")) == {(12, _COMMUNE_PLAN)}
    # the plan named first, what it carries out after it
    text = ("Thứ Hai, 5/1/2026\nĐảng ủy xã Hòa Sơn đã ban hành kế hoạch thực hiện Chương trình số 08-CTr/TU, phấn đấu "
            "năm 2026 kết nạp 12 đảng viên.\n")
    assert _goals(text) == {(12, _COMMUNE_PLAN)}


def test_near_miss_the_goals_the_document_carried_out_sets_stay_its():
    # the programme named again as what sets the goal
    for goal in ("Chương trình số 08-CTr/TU đặt mục tiêu đến năm 2030 toàn tỉnh có 400 hợp tác xã.",
                 "Chương trình số 08-CTr/TU của Tỉnh ủy phấn đấu đến năm 2030 toàn tỉnh có 400 hợp tác xã.",
                 "Toàn tỉnh phấn đấu đến năm 2030 có 400 hợp tác xã theo Chương trình số 08-CTr/TU."):
        assert _goals(_LOCAL_PLAN.format(goal)) == {(400, "08-CTr/TU")}


# a goal's figure in brackets after the document it is said given at ('... giao tại Quyết định số ... (N)')
_GIVEN_AT = ("UBND TỈNH LAI CHÂU\nSố: 31/KH-UBND\n\nKẾ HOẠCH\nPhát triển hợp tác xã giai đoạn 2026 - 2030\n\n"
             "II. CHỈ TIÊU\n\n1. Đến năm 2030 toàn tỉnh có 650 hợp tác xã, cao hơn {words} Quyết định số 90/QĐ-BNN (600 "
             "hợp tác xã).\n")


def test_a_goal_in_brackets_after_the_document_it_was_given_at_is_that_document_s():
    got = {t.value: t.document for t in extract(_GIVEN_AT.format(words="chỉ tiêu Bộ giao tại")).targets}
    assert got == {650: "31/KH-UBND", 600: "90/QĐ-BNN"}


def test_near_miss_a_figure_in_brackets_after_a_document_named_otherwise_stays_the_plan_s():
    got = {t.value: t.document for t in extract(_GIVEN_AT.format(words="mức bình quân khi thực hiện")).targets}
    assert got.get(600, "31/KH-UBND") == "31/KH-UBND"


def test_a_year_before_according_to_a_plan_still_gives_the_plan_its_goal():
    # ('Năm 2026, theo Kế hoạch số ..., ... phấn đấu ...': the year that opens the sentence does not hide the plan)
    assert notice_goals("Năm 2027, theo Kế hoạch số 30-KH/HU, huyện phấn đấu thành lập mới 12 chi bộ.") == [(12, "30-KH/HU")]
    # near miss: the plan named after the aim is no opener
    assert notice_goals("Năm 2027, huyện phấn đấu thành lập mới 12 chi bộ theo Kế hoạch số 30-KH/HU.") != [(12, "30-KH/HU")]
