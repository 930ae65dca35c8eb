"""kg.extract.report_scope: whose results a report gives, and results moved off a document issued after the review
(an official text's own results, which need its heading, are shown through extract() in test_extract_scope.py)."""
import datetime as dt
from types import SimpleNamespace

import pytest

from extract_helpers import goal_documents

from kg.extract import extract
from kg.extract.mention_model import DocInfo
from kg.extract.report_scope import answered, issued_by_review, report_subject, reported_on, without_weighed_reports

REPORT = DocInfo("BC:7", "BC", "7", issuer_code="UBND", level="district")
PARTY = DocInfo("NQ:3", "NQ", "3", issuer_code="HU", level="district", subject="Nhiệm vụ năm 2024")
COUNCIL = DocInfo("NQ:15", "NQ", "15", issuer_code="HĐND", level="district",
                  subject="Kế hoạch phát triển kinh tế - xã hội năm 2024")
DOCS = {d.key: d for d in (REPORT, PARTY, COUNCIL)}


def link(a, kind, b):
    return SimpleNamespace(from_=a, type=kind, to=b)


BOTH = [link("BC:7", "implements", "NQ:3"), link("BC:7", "implements", "NQ:15")]


def test_the_report_answers_the_document_whose_subject_its_title_gives():
    assert answered(DOCS, "BC:7", BOTH, "tinh hinh thuc hien ke hoach phat trien kinh te - xa hoi nam 2024") == "NQ:15"
    assert answered(DOCS, "BC:7", BOTH, "ket qua thuc hien nhiem vu nam 2024") == "NQ:3"


def test_else_the_council_s_resolution_for_a_committee_s_report_and_none_for_one_document():
    assert answered(DOCS, "BC:7", BOTH, "bao cao tong hop") == "NQ:15"
    # near misses: one document carried out, or a text that is not a report
    assert answered(DOCS, "BC:7", BOTH[:1], "bao cao tong hop") is None
    assert answered(DOCS, "NQ:3", [link("NQ:3", "implements", "NQ:15")] * 2, "bao cao tong hop") is None


def test_a_report_s_own_facts_go_to_the_plan_it_reports_on():
    facts = [SimpleNamespace(document="BC:7"), SimpleNamespace(document="NQ:3")]
    report_subject(DOCS, "BC:7", "NQ:15", BOTH, facts)
    assert [f.document for f in facts] == ["NQ:15", "NQ:3"]
    facts = [SimpleNamespace(document="BC:7")]
    report_subject(DOCS, "BC:7", None, BOTH, facts)       # no title: the first document it carries out
    assert facts[0].document == "NQ:3"
    facts = [SimpleNamespace(document="NQ:3")]
    report_subject(DOCS, "NQ:3", "NQ:15", BOTH, facts)    # near miss: a resolution keeps its own
    assert facts[0].document == "NQ:3"


def test_a_report_s_work_goes_to_the_document_its_title_names_not_the_mandate_it_carries_out():
    # 'Thực hiện Nghị quyết số 45/NQ-HĐND về chương trình giám sát ...': the supervision's mandate, not what it reports on
    mandate = [link("BC:7", "implements", "NQ:3")]
    facts = [SimpleNamespace(document="BC:7")]
    report_subject(DOCS, "BC:7", "NQ:15", mandate, facts)
    assert facts[0].document == "NQ:15"
    facts = [SimpleNamespace(document="BC:7")]
    report_subject(DOCS, "BC:7", None, mandate, facts)       # near miss: no title names one, the mandate takes it
    assert facts[0].document == "NQ:3"


_MANDATED = ("HĐND HUYỆN MINH SƠN\nĐOÀN GIÁM SÁT\nSố: 31/BC-ĐGS\n\nBÁO CÁO\n"
                "Kết quả giám sát việc thực hiện Nghị quyết số 08/2022/NQ-HĐND ngày 5/7/2022 của HĐND huyện về hỗ trợ "
                "trồng rừng gỗ lớn\n\n"
                "Thực hiện Nghị quyết số 19/NQ-HĐND ngày 10/12/2024 của HĐND huyện về chương trình giám sát năm 2025, Đoàn "
                "giám sát đã làm việc với UBND 5 xã. Đoàn báo cáo kết quả như sau:\n\n"
                "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n"
                "UBND huyện đã ban hành Kế hoạch số 77/KH-UBND ngày 1/8/2022 triển khai thực hiện Nghị quyết; các xã đã "
                "tổ chức tuyên truyền đến thôn, bản.\n")


def test_a_bare_type_word_in_a_report_names_the_document_its_title_reports_on():
    facts = extract(_MANDATED)
    assert ("77/KH-UBND", "implements", "08/2022/NQ-HĐND") in {(x.from_, x.type, x.to) for x in facts.links}
    assert {a.document for a in facts.assignments if a.body == "Các xã"} == {"08/2022/NQ-HĐND"}


def test_near_miss_a_title_that_is_no_report_s_picks_no_document_for_the_bare_word():
    text = _MANDATED.replace("BÁO CÁO\nKết quả giám sát việc", "CHƯƠNG TRÌNH\nTiếp tục")
    assert not any(x.from_ == "77/KH-UBND" for x in extract(text).links)


def test_a_result_of_a_document_issued_after_the_review_goes_up_its_chain():
    docs = {"KH:2": DocInfo("KH:2", "KH", "2", date=dt.date(2025, 3, 1)),
            "NQ:1": DocInfo("NQ:1", "NQ", "1", date=dt.date(2021, 5, 1))}
    late, early = SimpleNamespace(document="KH:2"), SimpleNamespace(document="NQ:1")
    issued_by_review(docs, dt.date(2024, 12, 1), {"KH:2": "NQ:1"}, [late, early])
    assert (late.document, early.document) == ("NQ:1", "NQ:1")
    kept = SimpleNamespace(document="KH:2")
    issued_by_review(docs, None, {"KH:2": "NQ:1"}, [kept])     # no review: nothing moves
    assert kept.document == "KH:2"


def _figures(text: str):
    from kg.extract import extract
    facts = extract(text)
    return ({t.value: t.document for t in facts.targets}, {o.value: o.document for o in facts.outcomes})


REVIEW = "Đảng ủy xã Minh Tân tổng kết thực hiện Nghị quyết số 04-NQ/ĐU ngày 5/1/2024 của Đảng ủy xã về nhiệm vụ năm 2024. "


def test_an_assigned_plans_planned_amount_goes_with_its_share():
    targets, outcomes = _figures(REVIEW + "Năm 2024, thu ngân sách trên địa bàn đạt 15,6/12 tỷ đồng, bằng 130% dự toán "
                                          "huyện giao.")
    assigned = outcomes[130]
    assert assigned is not None and assigned.startswith("KH:")
    # (the result itself stays with the document reviewed; the planned amount is the assigning plan's target)
    assert outcomes[15.6] == "04-NQ/ĐU" and targets[12] == assigned


def test_near_miss_a_plan_of_no_other_level_keeps_the_pair_on_the_reviewed_document():
    targets, outcomes = _figures(REVIEW + "Năm 2024, thu ngân sách trên địa bàn đạt 15,6/12 tỷ đồng, bằng 130% dự toán.")
    assert targets[12] == outcomes[15.6] == outcomes[130] == "04-NQ/ĐU"


def test_a_plan_set_by_the_body_that_issued_the_reviewed_document_is_that_document():
    council = ("UBND xã Minh Tân báo cáo kết quả thực hiện Nghị quyết số 09/NQ-HĐND ngày 10/1/2024 của HĐND xã về dự "
               "toán ngân sách năm 2024. ")
    targets, outcomes = _figures(council + "Thu ngân sách trên địa bàn đạt 15,6/12 tỷ đồng, bằng 130% dự toán HĐND xã giao.")
    assert targets[12] == outcomes[15.6] == outcomes[130] == "09/NQ-HĐND"
    # near miss: another body's estimate under the same resolution stays that body's plan
    targets, outcomes = _figures(council + "Thu ngân sách trên địa bàn đạt 15,6/12 tỷ đồng, bằng 130% dự toán huyện giao.")
    assert outcomes[15.6] == "09/NQ-HĐND" and outcomes[130].startswith("KH:") and targets[12] == outcomes[130]



def test_an_assigned_plans_amount_named_with_it_is_that_plans_target():
    # the plan another level set, with its amount after 'giao ... là': a target of that plan, not of the review
    targets, outcomes = _figures(REVIEW + "Kế hoạch vốn sự nghiệp năm 2024 huyện giao cho xã là 21,5 tỷ đồng, trong 11 "
                                          "tháng xã đã giải ngân 14,2 tỷ đồng.")
    assert targets[21.5].startswith("KH:") and "2024" in targets[21.5] and outcomes[14.2] == "04-NQ/ĐU"
    # ... and a revenue estimate the level set, with nothing else in its sentence
    targets, _ = _figures(REVIEW + "Dự toán thu ngân sách xã năm 2025 huyện giao là 16 tỷ đồng.")
    assert targets[16].startswith("KH:") and "2025" in targets[16]
    # a share of the same plan named again takes the key its amount gave it: one document, not two
    facts = extract(REVIEW + "Kế hoạch vốn sự nghiệp năm 2024 huyện giao là 9,6 tỷ đồng; xã mới chi 6 tỷ đồng, tức "
                             "62,5% kế hoạch vốn huyện giao.")
    plans = [d.key for d in facts.documents if d.key.startswith("KH:")]
    assert len(plans) == 1 and {t.document for t in facts.targets if t.value == 9.6} == set(plans)


def test_near_miss_an_amount_beside_a_plan_of_the_same_level_stays_with_its_document():
    # the plan in context was issued by the level that set the amount: its own figure
    targets, _ = _figures("UBND xã Minh Tân triển khai Kế hoạch số 88/KH-UBND ngày 3/2/2024 của UBND huyện Đông Hà về "
                          "đầu tư công. Kế hoạch vốn đầu tư công năm 2024 huyện giao cho xã là 21,5 tỷ đồng.")
    assert targets[21.5] == "88/KH-UBND"
    # a plan with no level that set it, or an amount spent against it, names no other level's plan
    targets, outcomes = _figures(REVIEW + "Kế hoạch vốn đầu tư công năm 2024 là 21,5 tỷ đồng; xã đã giải ngân 14,2 tỷ "
                                          "đồng.")
    assert targets[21.5] == outcomes[14.2] == "04-NQ/ĐU"

# a district's report on the council's year plan, of our own: results, then the part on the year ahead
_REPORT_HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN HÀ\nSố: 77/BC-UBND\n\nĐông Sơn Hà, ngày 5 tháng 12 năm 2024\n\n"
                "BÁO CÁO\nKết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024\n\n"
                "Thực hiện Nghị quyết số 21/NQ-HĐND ngày 15/12/2023 của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội"
                " năm 2024, UBND huyện báo cáo như sau:\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\nThu ngân sách đạt 312 tỷ đồng, bằng 104%"
                " dự toán.\n\n")


def test_a_goal_under_the_report_s_part_on_the_time_ahead_is_the_report_s():
    goals = goal_documents(_REPORT_HEAD + "II. MỤC TIÊU, NHIỆM VỤ NĂM 2025\nThu ngân sách trên địa bàn 340 tỷ đồng; có thêm 3 xã"
                   " đạt chuẩn nông thôn mới nâng cao.\n")
    assert goals[340] == "77/BC-UBND" and goals[3] == "77/BC-UBND"
    # also a list whose lead-in names the resolution only as what it is for
    goals = goal_documents(_REPORT_HEAD + "II. NHIỆM VỤ THÁNG CUỐI NĂM\nĐể hoàn thành các chỉ tiêu còn lại của Nghị quyết số"
                   " 21/NQ-HĐND, UBND huyện giao các chủ đầu tư phấn đấu đến ngày 31/01/2025 giải ngân trên 95% kế hoạch"
                   " vốn.\n")
    assert goals[95] == "77/BC-UBND"


def test_a_goal_the_report_strives_for_among_its_results_is_the_report_s():
    goals = goal_documents(_REPORT_HEAD.replace("dự toán.", "dự toán. Phấn đấu đến 31/12/2024 giải ngân 100% kế hoạch vốn"
                                        " được giao."))
    assert goals[100] == "77/BC-UBND"


def test_near_miss_a_goal_another_body_strives_for_among_the_results_is_not_the_report_s():
    # 'phấn đấu' with its subject named before it: the province's goal quoted in a district's report (review26)
    goals = goal_documents(_REPORT_HEAD.replace("dự toán.", "dự toán. Tỉnh phấn đấu đến năm 2025 có 60% số xã đạt chuẩn"
                                        " nông thôn mới nâng cao."))
    assert goals[60] != "77/BC-UBND"


def test_near_miss_a_goal_its_sentence_gives_as_a_plan_s_stays_with_the_plan():
    goals = goal_documents(_REPORT_HEAD + "II. NHIỆM VỤ NĂM 2025\nTheo Kế hoạch số 40/KH-UBND ngày 2/3/2024 của UBND huyện,"
                   " năm 2025 huyện phấn đấu hỗ trợ 30 hộ kinh doanh lên doanh nghiệp.\n")
    assert goals[30] == "40/KH-UBND"


def test_near_miss_a_goal_in_a_results_part_with_no_aim_of_the_report_is_not_moved():
    goals = goal_documents(_REPORT_HEAD.replace("dự toán.", "dự toán. Nghị quyết đề ra có thêm 4 xã đạt chuẩn nông thôn mới"
                                        " nâng cao, đến nay đạt 3 xã."))
    assert goals.get(4) != "77/BC-UBND"


def test_near_miss_the_way_ahead_named_in_the_report_s_title_opens_no_part():
    text = _REPORT_HEAD.replace("xã hội năm 2024\n\n", "xã hội năm 2024;\nphương hướng, nhiệm vụ năm 2025\n\n").replace(
        "dự toán.", "dự toán. Tỷ lệ hộ nghèo còn 2,1% (Nghị quyết dưới 2,5%).")
    goals = goal_documents(text)
    assert goals[2.5] == "21/NQ-HĐND"


def test_the_part_ahead_may_be_headed_by_the_goals_of_a_later_year_and_end_on_a_colon():
    goals = goal_documents(_REPORT_HEAD + "II. CHỈ TIÊU CHỦ YẾU NĂM 2025:\nThu ngân sách trên địa bàn 340 tỷ đồng.\n")
    assert goals[340] == "77/BC-UBND"
    goals = goal_documents(_REPORT_HEAD + "II. Nhiệm vụ, giải pháp thời gian tới:\nThu ngân sách trên địa bàn từ 340 tỷ đồng trở"
                   " lên.\n")
    assert goals[340] == "77/BC-UBND"


@pytest.mark.parametrize("part", ["Phần thứ hai\nMỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2025\n",
                                  "PHẦN THỨ BA: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"])
def test_a_part_named_in_words_on_the_time_ahead_is_the_report_s(part):
    # an official report set out in parts ('Phần thứ nhất' on the year's results, 'Phần thứ hai' on the year ahead)
    goals = goal_documents(_REPORT_HEAD + part + "1. Các chỉ tiêu chủ yếu: thu ngân sách trên địa bàn 340 tỷ đồng; tỷ lệ hộ "
                                                 "nghèo giảm 1,5%.\n")
    assert goals[340] == goals[1.5] == "77/BC-UBND"


def test_near_miss_the_first_part_named_in_words_is_the_year_s_results():
    goals = goal_documents(_REPORT_HEAD + "Phần thứ nhất\nMỤC TIÊU NĂM 2024\nNghị quyết đề ra thu ngân sách 300 tỷ đồng.\n")
    assert goals.get(300) != "77/BC-UBND"


def test_near_miss_the_goals_of_the_report_s_own_year_head_no_part_ahead():
    goals = goal_documents(_REPORT_HEAD + "II. CHỈ TIÊU NĂM 2024\nNghị quyết đề ra thu ngân sách trên địa bàn 300 tỷ đồng.\n")
    assert goals.get(300) != "77/BC-UBND"


def test_near_miss_a_heading_of_the_plan_s_goals_or_of_what_was_done_opens_no_part_ahead():
    for heading in ("II. MỤC TIÊU, YÊU CẦU CỦA KẾ HOẠCH", "II. NHIỆM VỤ ĐÃ THỰC HIỆN"):
        goals = goal_documents(_REPORT_HEAD + heading + "\nTỷ lệ che phủ rừng đạt từ 45% trở lên.\n")
        assert goals[45] == "21/NQ-HĐND", heading


_SESSION = ("Hòa An họp kỳ thứ sáu HĐND huyện\n\nThứ Sáu, 30/6/2023\n\n"
            "Ngày 29/6, HĐND huyện Hòa An họp kỳ thứ sáu. Theo Báo cáo số 120/BC-UBND của UBND huyện, nửa đầu năm huyện "
            "cấp mới 300 giấy chứng nhận quyền sử dụng đất.\n\nThực hiện Kế hoạch số 33/KH-UBND của UBND tỉnh về phát "
            "triển du lịch năm 2023, huyện đã đón 12.000 lượt khách.\n\n")


def _goals(text: str) -> list[tuple[float, str | None, str | None]]:
    return sorted((t.value, t.document, t.period) for t in extract(text).targets)


def test_a_named_report_s_aims_for_the_rest_of_the_year_are_its_own_for_its_year():
    text = _SESSION + ("Nhiệm vụ trọng tâm 6 tháng cuối năm, UBND huyện phấn đấu cấp thêm 450 giấy chứng nhận; đưa 95% hồ "
                       "sơ thủ tục hành chính lên môi trường mạng.")
    assert _goals(text) == [(95, "120/BC-UBND", "2023"), (450, "120/BC-UBND", "2023")]
    # the same said 'Từ nay đến cuối năm' with the year
    text = _SESSION + "Từ nay đến cuối năm 2023, UBND huyện phấn đấu cấp thêm 450 giấy chứng nhận."
    assert _goals(text) == [(450, "120/BC-UBND", "2023")]


def test_near_miss_another_s_goal_or_one_not_opening_on_the_rest_of_the_year_stays():
    # the province strives, not the committee whose report it is
    other = _SESSION + "Đối với 6 tháng cuối năm, Tỉnh phấn đấu cấp thêm 450 giấy chứng nhận."
    # no lead-in on the rest of the year: the paragraph before carries on
    plain = _SESSION + "UBND huyện phấn đấu cấp thêm 450 giấy chứng nhận."
    # no report named at all
    bare = _SESSION.replace("Theo Báo cáo số 120/BC-UBND của UBND huyện, ", "") + \
        "Đối với 6 tháng cuối năm, UBND huyện phấn đấu cấp thêm 450 giấy chứng nhận."
    for text in (other, plain, bare):
        assert [g[1] for g in _goals(text)] == ["33/KH-UBND"]


# a department's report on a national programme, told in the news (of our own): the plan that carries the programme out
# is named in a paragraph of its own, the results in the next
_NEWS_REPORT = ("Thứ Hai, 08/12/2025\n\nSở Nông nghiệp tỉnh Hòa Sơn vừa có Báo cáo số 45/BC-SNN về kết quả thực hiện "
                "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, được phê duyệt tại Quyết "
                "định số 263/QĐ-TTg ngày 22/2/2022 của Thủ tướng Chính phủ.\n\nĐể triển khai Chương trình, UBND tỉnh đã "
                "ban hành Kế hoạch số 58/KH-UBND ngày 4/5/2022 thực hiện Chương trình trên địa bàn tỉnh.\n\nĐến nay, toàn"
                " tỉnh đã có thêm 64 xã đạt chuẩn nông thôn mới; tổng vốn đã giải ngân 2.340 tỷ đồng.\n")
# a supervision's report (of our own): the directive supervised, a plan of the district carrying it out, the findings
_SUPERVISION = ("BAN TUYÊN GIÁO HUYỆN ỦY ĐÔNG SƠN HÀ\nSố: 40-BC/BTGHU\n\nĐông Sơn Hà, ngày 20 tháng 10 năm 2025\n\nBÁO CÁO"
                "\nKết quả giám sát chuyên đề năm 2025\n\nThực hiện Chương trình giám sát năm 2025, từ tháng 7 đến tháng "
                "9/2025, Ban Tuyên giáo Huyện ủy đã giám sát việc thực hiện Chỉ thị số 23-CT/TW ngày 9/2/2018 của Ban Bí "
                "thư về tiếp tục đẩy mạnh công tác nghiên cứu, học tập lý luận chính trị tại 6 chi, đảng bộ cơ sở. Để thực"
                " hiện Chỉ thị, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 54-KH/HU ngày 20/4/2018.\n\nI. KẾT QUẢ GIÁM"
                " SÁT\n5/6 đảng bộ cơ sở đã đưa nội dung học tập lý luận chính trị vào sinh hoạt chi bộ định kỳ; có 120 "
                "đảng viên được học tập lý luận chính trị.\n")


def _reported(text: str) -> list[str]:
    from kg.extract import read_text
    from kg.extract.text_focus import text_documents
    r = read_text(text, None)
    _, main_doc, central = text_documents(r.df.mentions, r.docs, r.p.folded, r.paras, r.p.text)
    return reported_on(r.p, r.df.mentions, r.docs, main_doc or central)


def test_a_report_on_carrying_out_a_programme_reviews_it_and_takes_its_results_off_the_local_plan():
    assert _reported(_NEWS_REPORT) == ["263/QĐ-TTg"]
    _, outcomes = _figures(_NEWS_REPORT)
    assert outcomes[64] == outcomes[2340] == "263/QĐ-TTg"


def test_near_miss_a_report_on_a_year_reviews_no_document():
    text = _NEWS_REPORT.replace("về kết quả thực hiện Chương trình", "về tình hình kinh tế - xã hội năm 2025, trong đó có"
                                " Chương trình")
    assert _reported(text) == []


def test_near_miss_a_report_cited_in_passing_in_news_of_another_document_is_not_the_text_s():
    text = ("Thứ Hai, 08/12/2025\n\nUBND tỉnh Hòa Sơn vừa ban hành Kế hoạch số 70/KH-UBND ngày 1/12/2025 về phát triển "
            "du lịch nông thôn giai đoạn 2026 - 2030.\n\nTheo Báo cáo số 45/BC-SNN về kết quả thực hiện Chương trình mục "
            "tiêu quốc gia xây dựng nông thôn mới, toàn tỉnh có 64 xã đạt chuẩn nông thôn mới.\n")
    assert _reported(text) == []


def test_a_supervision_done_of_carrying_out_a_directive_reviews_it():
    assert _reported(_SUPERVISION) == ["23-CT/TW"]
    # (the findings are the directive's, not those of the plan the district carries it out by: (ak) rule 3)
    _, outcomes = _figures(_SUPERVISION)
    assert outcomes[5] == outcomes[120] == "23-CT/TW"


def test_near_miss_a_plan_that_will_supervise_reviews_nothing():
    plan = ("HUYỆN ỦY ĐÔNG SƠN HÀ\nSố: 61-KH/HU\n\nĐông Sơn Hà, ngày 2 tháng 3 năm 2025\n\nKẾ HOẠCH\ngiám sát năm 2025\n\n"
            "Ban Thường vụ Huyện ủy tổ chức giám sát việc thực hiện Chỉ thị số 23-CT/TW ngày 9/2/2018 của Ban Bí thư tại 6"
            " chi, đảng bộ cơ sở. Phấn đấu 100% đảng bộ cơ sở được giám sát.\n")
    assert _reported(plan) == []
    assert goal_documents(plan)[100] == "61-KH/HU"
    # nor a report's recommendation to supervise, which says nothing done
    assert _reported(_SUPERVISION.replace("đã giám sát", "đề nghị giám sát")) == []


_NEWS_SUPERVISION = ("Thứ Tư, 05/11/2025\n\nNgày 4/11, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Lai Châu đã giám "
                     "sát việc thực hiện Nghị quyết số 20/2022/NQ-HĐND ngày 10/7/2022 của HĐND tỉnh về hỗ trợ nhà ở cho hộ "
                     "nghèo tại huyện Mường Tè.\n\nĐể thực hiện Nghị quyết, UBND huyện đã ban hành Kế hoạch số 88/KH-UBND "
                     "ngày 2/8/2022.\n\nĐến nay, huyện đã hỗ trợ 450 hộ nghèo làm nhà ở.\n")


def test_news_of_a_supervision_reviews_the_document_supervised():
    assert _reported(_NEWS_SUPERVISION) == ["20/2022/NQ-HĐND"]
    assert _figures(_NEWS_SUPERVISION)[1][450] == "20/2022/NQ-HĐND"


def test_near_miss_news_of_a_plan_that_names_a_supervision_after_it_is_the_plan_s():
    text = ("Thứ Tư, 05/11/2025\n\nUBND huyện Mường Tè đã ban hành Kế hoạch số 88/KH-UBND ngày 2/8/2022 về hỗ trợ nhà ở "
            "cho hộ nghèo. Năm 2024, Đoàn giám sát của HĐND huyện đã giám sát việc thực hiện Nghị quyết số "
            "20/2022/NQ-HĐND ngày 10/7/2022 của HĐND tỉnh tại 5 xã.\n")
    assert _reported(text) == []


GOVERNMENT = DocInfo("NQ:2", "NQ", "2", issuer_code="CP", level="central",
                     subject="Nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2025")
HALF_YEAR = {d.key: d for d in (REPORT, GOVERNMENT, COUNCIL)}
GOV_AND_COUNCIL = [link("BC:7", "implements", "NQ:2"), link("BC:7", "implements", "NQ:15")]


def test_the_way_ahead_after_the_title_s_semicolon_picks_no_document():
    # (the Government's resolution opens on the same words as the report's part on the last six months)
    title = "tinh hinh thuc hien nhiem vu 6 thang dau nam; nhiem vu, giai phap chu yeu 6 thang cuoi nam 2025"
    assert answered(HALF_YEAR, "BC:7", GOV_AND_COUNCIL, title) == "NQ:15"
    # near miss: the title's first part names it
    assert answered(HALF_YEAR, "BC:7", GOV_AND_COUNCIL, "ket qua thuc hien nhiem vu, giai phap chu yeu nam 2025") == "NQ:2"


PROGRAMME = DocInfo("CTMTQG:nông thôn mới", "CTMTQG", None, level="central")
PLAN = DocInfo("KH:40", "KH", "40", issuer_code="UBND", level="province")
TITLED = {d.key: d for d in (REPORT, PROGRAMME, PLAN)}


def test_a_report_titled_on_a_programme_answers_the_plan_it_carries_out_for_it():
    chain = [link("BC:7", "implements", "KH:40"), link("KH:40", "implements", "CTMTQG:nông thôn mới")]
    assert answered(TITLED, "BC:7", chain, "ket qua thuc hien chuong trinh", "CTMTQG:nông thôn mới") == "KH:40"
    # near miss: the plan it carries out is another programme's; the title's document stays
    other = [link("BC:7", "implements", "KH:40"), link("KH:40", "implements", "NQ:3")]
    assert answered(TITLED, "BC:7", other, "ket qua thuc hien chuong trinh", "CTMTQG:nông thôn mới") == \
        "CTMTQG:nông thôn mới"



def test_a_report_titled_on_a_programme_answers_the_plan_for_it_it_is_based_on():
    chain = [link("BC:7", "based_on", "KH:40"), link("KH:40", "implements", "CTMTQG:nông thôn mới")]
    assert answered(TITLED, "BC:7", chain, "ket qua thuc hien chuong trinh", "CTMTQG:nông thôn mới") == "KH:40"
    # near miss: a basis beside a plan it carries out gives no choice; the title's document stays
    mixed = [link("BC:7", "implements", "NQ:3"), *chain]
    assert answered({**TITLED, "NQ:3": PARTY}, "BC:7", mixed, "ket qua thuc hien chuong trinh",
                    "CTMTQG:nông thôn mới") == "CTMTQG:nông thôn mới"

_HALF_YEAR_REPORT = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 95/BC-UBND\n\nNinh Bình, ngày 20 tháng 6 năm 2025\n\nBÁO CÁO\n"
                     "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\nThực hiện Nghị quyết số 40/NQ-HĐND ngày 10/12/2024 "
                     "của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025, UBND tỉnh báo cáo như sau:\n\n"
                     "I. KẾT QUẢ\nThu ngân sách ước đạt 9.200 tỷ đồng, bằng 55% dự toán năm.\n\n"
                     "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025\n")


def test_a_goal_the_purpose_lead_in_quotes_as_a_resolution_s_stays_the_resolution_s():
    goals = goal_documents(_HALF_YEAR_REPORT + "Để hoàn thành mục tiêu tăng trưởng 9% năm 2025 theo Nghị quyết số "
                                               "40/NQ-HĐND, UBND tỉnh phấn đấu giải ngân 95% kế hoạch vốn đầu tư công.\n")
    assert goals == {9: "40/NQ-HĐND", 95: "95/BC-UBND"}


def test_near_miss_a_goal_of_the_report_in_a_lead_in_that_names_the_resolution_only_before_it():
    goals = goal_documents(_HALF_YEAR_REPORT + "Để thực hiện Nghị quyết số 40/NQ-HĐND, phấn đấu tăng trưởng 9% năm 2025, "
                                               "UBND tỉnh tập trung các nhiệm vụ sau.\n")
    assert goals == {9: "95/BC-UBND"}


def test_a_report_based_on_two_documents_answers_as_one_carrying_them_out():
    based = [link("BC:7", "based_on", "NQ:3"), link("BC:7", "based_on", "NQ:15")]
    assert answered(DOCS, "BC:7", based, "") == "NQ:15"
    assert answered(DOCS, "BC:7", based, "ket qua thuc hien nhiem vu nam 2024") == "NQ:3"
    # near misses: a report that carries out one document answers no basis beside it; a single basis is own_results'
    assert answered(DOCS, "BC:7", [link("BC:7", "implements", "NQ:3"), based[1]], "") is None
    assert answered(DOCS, "BC:7", based[:1], "") is None


# a province's half-year report of our own, opening on two bases and titled with no "thực hiện"
HALF_YEAR_BASED = ("ỦY BAN NHÂN DÂN\nTỈNH LAM HÀ\nSố: 88/BC-UBND\n\nLam Hà, ngày 18 tháng 6 năm 2025\n\nBÁO CÁO\n"
             "Tình hình kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025\n\n"
             "Căn cứ Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ; Nghị quyết số 40/NQ-HĐND ngày 9/12/2024 của "
             "HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025, UBND tỉnh báo cáo như sau:\n\n"
             "Giá trị sản xuất công nghiệp ước đạt 9.640 tỷ đồng, bằng 47,5% kế hoạch. "
             "Đến ngày 10/6/2025, giải ngân vốn đầu tư công được 812 tỷ đồng, đạt 33,1% kế hoạch.\n")


def test_a_half_year_report_s_results_go_to_the_council_s_year_plan_it_is_based_on():
    _, outcomes = _figures(HALF_YEAR_BASED)
    assert outcomes[9640] == outcomes[47.5] == "40/NQ-HĐND"
    # a result dated before the report is no baseline: a report presents no plan
    assert outcomes[812] == outcomes[33.1] == "40/NQ-HĐND"


def test_near_miss_a_plan_s_figure_at_a_date_before_it_stays_its_baseline():
    plan = HALF_YEAR_BASED.replace("88/BC-UBND", "88/KH-UBND").replace("BÁO CÁO", "KẾ HOẠCH")
    _, outcomes = _figures(plan)
    assert 812 not in outcomes


def test_a_margin_over_another_level_s_plan_is_that_plan_s_with_the_plan_s_figure():
    targets, outcomes = _figures(REVIEW + "Năm 2024, tỷ lệ hồ sơ giải quyết trực tuyến của xã đạt 71%, vượt 9 điểm phần "
                                          "trăm so với kế hoạch huyện giao năm 2024 (62%).")
    assigned = outcomes[9]
    assert assigned is not None and assigned.startswith("KH:") and targets[62] == assigned
    # (the level reached stays with the document reviewed)
    assert outcomes[71] == "04-NQ/ĐU"
    # near miss: a margin over the body's own plan names no other level's
    targets, outcomes = _figures(REVIEW + "Năm 2024, tỷ lệ hồ sơ giải quyết trực tuyến của xã đạt 71%, vượt 9 điểm phần "
                                          "trăm so với kế hoạch (62%).")
    assert outcomes[9] == outcomes[71] == targets[62] == "04-NQ/ĐU"


_QUOTA_AMOUNTS = ("Ngày 9/1/2026, Thuế cơ sở Nam Đàn tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
                  "Báo cáo cho biết, thực hiện Nghị quyết số 12/NQ-CP ngày 3/2/2025 của Chính phủ, năm 2025 Thuế tỉnh "
                  "giao Thuế cơ sở Nam Đàn chỉ tiêu phát triển 820 doanh nghiệp mới và 1.500 hộ kinh doanh kê khai. Kết "
                  "quả, số doanh nghiệp mới đạt 861 doanh nghiệp{share}.\n")


def test_a_quota_s_amounts_given_in_a_year_are_targets_of_that_quota():
    facts = extract(_QUOTA_AMOUNTS.format(share=", bằng 105% chỉ tiêu Thuế tỉnh giao"))
    assert {t.value: t.document for t in facts.targets} == {820: "KH:Tỉnh giao chỉ tiêu thuế năm 2025",
                                                            1500: "KH:Tỉnh giao chỉ tiêu thuế năm 2025"}
    assert {o.value: o.document for o in facts.outcomes}[861] == "12/NQ-CP"
    # near miss: with no share measured by the quota there is no quota plan: they stay with the paragraph's document
    facts = extract(_QUOTA_AMOUNTS.format(share=""))
    assert {t.value: t.document for t in facts.targets} == {820: "12/NQ-CP", 1500: "12/NQ-CP"}


# a supervision's conclusion notice: what was supervised is what the text reviews (reported_on), and a report weighed
# at a review is no document it reviews (without_weighed_reports)
NOTICE = ("ĐẢNG BỘ TỈNH NAM SƠN\nỦY BAN KIỂM TRA\n*\nSố 40-TB/UBKTTU\n\nTHÔNG BÁO\nKẾT LUẬN GIÁM SÁT CHUYÊN ĐỀ\n\n"
          "Thực hiện Chương trình số 05-CTr/UBKTTU ngày 10/01/2026 của Ủy ban Kiểm tra Tỉnh ủy, Đoàn giám sát {did} "
          "Ban Thường vụ Đảng ủy xã Tân An trong việc lãnh đạo, chỉ đạo thực hiện Chỉ thị số 11-CT/TU ngày 3/3/2025 của "
          "Ban Thường vụ Tỉnh ủy về phòng, chống cháy rừng.\n\n1. Ưu điểm\nBan Thường vụ Đảng ủy xã đã ban hành Kế hoạch số "
          "21-KH/ĐU ngày 1/4/2025 để thực hiện Chỉ thị; tổ chức 9 buổi tuyên truyền cho 1.300 lượt người dân.\n")


@pytest.mark.parametrize("did", ["đã giám sát chuyên đề đối với", "đã tiến hành giám sát đối với"])
def test_a_supervision_notice_reviews_the_document_supervised(did):
    f = extract(NOTICE.format(did=did))
    assert {o.value: o.document for o in f.outcomes}[9] == "11-CT/TU"


def test_near_miss_a_supervision_still_to_do_reviews_nothing():
    f = extract(NOTICE.format(did="sẽ giám sát chuyên đề đối với"))
    assert {o.value: o.document for o in f.outcomes}[9] == "21-KH/ĐU"


def test_a_report_weighed_at_a_review_is_not_what_it_reviews():
    docs = {"95-BC/HU": SimpleNamespace(type="BC"), "08-NQ/HU": SimpleNamespace(type="NQ")}
    both, alone = SimpleNamespace(reviews=["95-BC/HU", "08-NQ/HU"]), SimpleNamespace(reviews=["95-BC/HU"])
    without_weighed_reports([both, alone], docs)
    assert both.reviews == ["08-NQ/HU"] and alone.reviews == ["95-BC/HU"]
