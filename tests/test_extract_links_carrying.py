"""Documents issued to carry out one named before (kg.extract.links): an official text's opening 'Để thực hiện nghiêm
Chỉ thị ...', and a sentence closing on 'để triển khai (trên địa bàn)' after the plans bodies issued or had ('... có
Kế hoạch số 105-KH/TU ... và Ban Thường vụ Huyện ủy ban hành Kế hoạch số 46-KH/HU ... để triển khai trên địa bàn'):
each plan carries out the document the sentence before names. Near misses: 'có' with no closing cue, a closing cue on
another clause's words. Short texts of our own."""
from __future__ import annotations

import pytest
from extract_helpers import link_rows

from kg.extract import extract, read_text

_DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 08/CT-UBND\nKon Tum, ngày 5 tháng 12 năm 2025\n\nCHỈ THỊ\nVề phòng cháy, "
              "chữa cháy rừng mùa khô\n\n")
_NEWS = "BÁO ĐIỆN BIÊN\n12/5/2024\n\nSơ kết Chỉ thị 21\n\n"
_SENT = ("Chỉ thị số 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ được ban hành ngày 20/01/2018; ngay sau "
         "đó ")


def test_an_official_text_carrying_out_a_directive_strictly():
    rows = link_rows(_DIRECTIVE + "Để thực hiện nghiêm Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về quản lý, bảo vệ "
                                  "rừng; chủ động phòng ngừa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Nông nghiệp và "
                                  "Môi trường chủ trì hướng dẫn các địa phương.\n")
    assert rows == {("08/CT-UBND", "implements", "13-CT/TW")}


def test_plans_two_bodies_issued_or_had_to_carry_out_on_their_ground():
    rows = link_rows(_NEWS + _SENT + "Ban Thường vụ Tỉnh ủy có Kế hoạch số 105-KH/TU ngày 27/3/2018 và Ban Thường vụ Huyện "
                                     "ủy ban hành Kế hoạch số 46-KH/HU ngày 12/4/2018 để triển khai trên địa bàn.")
    assert rows == {("105-KH/TU", "implements", "21-CT/TW"), ("46-KH/HU", "implements", "21-CT/TW")}


def test_near_miss_a_plan_a_body_has_with_no_closing_cue():
    rows = link_rows(_NEWS + _SENT + "Ban Thường vụ Tỉnh ủy có Kế hoạch số 105-KH/TU ngày 27/3/2018 về công tác cán bộ nữ.")
    assert rows == set()


def test_near_miss_the_closing_cue_of_another_clause():
    rows = link_rows(_NEWS + _SENT + "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy quan tâm bố trí cán bộ nữ để triển khai trên "
                                     "địa bàn.")
    assert rows == set()


def test_a_document_that_also_carries_out_a_second_one_implements_both():
    # 'đồng thời' between a document and its cue: the same document carries out another
    text = ("Ngày 2/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 55-KH/HU về thực hiện Chương trình hành động số "
            "12-CTr/TU ngày 5/1/2024 của Tỉnh ủy. Kế hoạch 55 đồng thời cụ thể hóa Nghị quyết số 03-NQ/HU ngày 9/6/2021 "
            "của Ban Chấp hành Đảng bộ huyện về phát triển chăn nuôi.")
    assert {("55-KH/HU", "implements", "12-CTr/TU"), ("55-KH/HU", "implements", "03-NQ/HU")} <= link_rows(text)


def test_near_miss_a_meetings_second_act_after_a_semicolon_is_no_document_carrying_another():
    text = ("Ngày 3/10, Ban Thường vụ Đảng ủy phường tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
            "của Bộ Chính trị và Kế hoạch số 14-KH/TU ngày 2/2/2025 của Tỉnh ủy; đồng thời triển khai Chương trình "
            "hành động số 03-CTr/ĐU của Đảng ủy phường.")
    assert ("14-KH/TU", "implements", "03-CTr/ĐU") not in link_rows(text)


_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 640/QĐ-UBND\nGia Lai, ngày 3 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n"
             "{title}\n\nCăn cứ Chỉ thị số 27/CT-TTg ngày 2/8/2025 của Thủ tướng Chính phủ;\n\nQUYẾT ĐỊNH:\n"
             "Điều 1. {article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


def test_a_decision_that_issues_a_plan_without_a_number_carries_out_what_the_plan_carries_out():
    # the annex has no symbol of its own: it is the decision, on the heading's line and in the first article
    text = _DECISION.format(title="Ban hành Kế hoạch thực hiện Chỉ thị số 27/CT-TTg về phòng chống sạt lở đất",
                            article="Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 27/CT-TTg.")
    docs = [d.key for d in extract(text).documents]
    assert not [k for k in docs if k.startswith("KH:")]
    assert ("640/QĐ-UBND", "implements", "27/CT-TTg") in link_rows(text)


def test_the_first_article_alone_makes_the_annex_the_decision():
    text = _DECISION.format(title="Về phòng chống sạt lở đất mùa mưa năm 2025",
                            article="Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 27/CT-TTg.")
    assert not [d.key for d in extract(text).documents if d.key.startswith("KH:")]
    assert ("640/QĐ-UBND", "implements", "27/CT-TTg") in link_rows(text)


def test_near_miss_a_plan_the_decision_asks_for_is_a_document_of_its_own():
    # 'giao Sở ... xây dựng Kế hoạch': the plan is still to be drafted, nothing carries it
    text = _DECISION.format(title="Về phòng chống sạt lở đất mùa mưa năm 2025",
                            article="Giao Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện Chỉ thị số 27/CT-TTg.")
    assert [d.key for d in extract(text).documents if d.key.startswith("KH:")]


def test_near_miss_a_news_page_s_headline_on_a_plan_is_no_decision_s_annex():
    text = ("BÁO GIA LAI\n4/9/2025\n\nQUYẾT ĐỊNH MỚI\nBan hành Kế hoạch thực hiện Chỉ thị số 27/CT-TTg\n\n"
            "Ngày 3/9/2025, UBND tỉnh ban hành Quyết định số 640/QĐ-UBND về phòng chống sạt lở đất.\n")
    assert ("640/QĐ-UBND", "implements", "27/CT-TTg") not in link_rows(text)


def test_a_second_link_the_first_denies_goes():
    # a Government resolution 'về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch ...' whose type word takes the text's
    # own plan: of two links in opposite directions, the one into the text's own document goes
    plan = ("BỘ NỘI VỤ\nSố: 25/KH-BNV\nHà Nội, ngày 15 tháng 01 năm 2025\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 01/NQ-CP "
            "ngày 08/01/2025 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội "
            "năm 2025\n\nThực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ, Bộ Nội vụ ban hành Kế hoạch thực "
            "hiện như sau:\n1. Văn phòng Bộ chủ trì theo dõi, tổng hợp kết quả thực hiện.\n")
    assert link_rows(plan) == {("25/KH-BNV", "implements", "01/NQ-CP")}
    # a directive does not carry out the one it replaces, whose results it reports first
    directive = ("ỦY BAN NHÂN DÂN\nHUYỆN MAI SƠN\nSố: 05/CT-UBND\nMai Sơn, ngày 06 tháng 01 năm 2025\n\nCHỈ THỊ\nVề tăng "
                 "cường phòng cháy, chữa cháy rừng mùa khô 2024 - 2025\n\nThực hiện Chỉ thị số 01/CT-UBND năm 2024, các "
                 "xã đã phát dọn 46 km đường băng cản lửa.\n\nThực hiện Chỉ thị số 04/CT-UBND ngày 03/01/2025 của Chủ "
                 "tịch UBND tỉnh Sơn La, Chủ tịch UBND huyện yêu cầu:\n1. Hạt Kiểm lâm huyện chủ trì kiểm tra các vùng "
                 "rừng trọng điểm.\n\nChỉ thị này thay thế Chỉ thị số 01/CT-UBND năm 2024 của Chủ tịch UBND huyện./.\n")
    assert link_rows(directive) == {("05/CT-UBND", "implements", "04/CT-UBND"), ("05/CT-UBND", "replaces", "01/CT-UBND")}


def test_near_miss_two_links_of_one_direction_both_stay():
    # 'căn cứ' and 'thực hiện' of the same document: the plan is based on it and carries it out
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 88/KH-UBND\nPhú Thọ, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện Nghị "
            "quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
            "Chính trị về đột phá phát triển khoa học, công nghệ; UBND tỉnh ban hành Kế hoạch thực hiện như sau:\n")
    assert link_rows(plan) == {("88/KH-UBND", "based_on", "57-NQ/TW"), ("88/KH-UBND", "implements", "57-NQ/TW")}


_REVIEW_21 = ("Sáng 12/5, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 6 năm thực hiện Chỉ thị số 21-CT/TW ngày "
              "20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới.\n\n")


@pytest.mark.parametrize("sentence", [
    "Ngay sau khi Ban Bí thư ban hành Chỉ thị, Ban Thường vụ Huyện ủy đã chỉ đạo học tập, quán triệt và xây dựng Kế hoạch "
    "số 52-KH/HU ngày 3/4/2018.",
    "Sau khi Chỉ thị được ban hành, Ban Thường vụ Huyện ủy xây dựng Kế hoạch số 52-KH/HU ngày 3/4/2018; các cơ sở hội đã "
    "tổ chức 30 buổi quán triệt.",
])
def test_a_document_issued_after_the_one_a_sentence_opens_on_carries_it_out(sentence):
    assert ("52-KH/HU", "implements", "21-CT/TW") in link_rows(_REVIEW_21 + sentence)


def test_near_miss_a_sentence_that_opens_on_another_event_links_nothing():
    rows = link_rows(_REVIEW_21 + "Sau khi sắp xếp đơn vị hành chính, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 52-KH/HU "
                                  "ngày 3/4/2025 về công tác cán bộ nữ.")
    assert ("52-KH/HU", "implements", "21-CT/TW") not in rows


# a bare type word owned by a level ('Kế hoạch của tỉnh'): the plan of that level the text named, not the text's own
LEVEL_PLANS = ("UBND phường Quang Trung vừa ban hành Kế hoạch số 31/KH-UBND ngày 2/10/2025 thực hiện Kế hoạch số "
               "140/KH-UBND ngày 1/9/2025 của UBND tỉnh Thái Nguyên về phát triển kinh tế số. {sentence}")


def test_a_plan_owned_by_a_level_is_the_one_that_level_issued():
    got = link_rows(LEVEL_PLANS.format(
        sentence="Kế hoạch của tỉnh được ban hành nhằm cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị."))
    assert ("140/KH-UBND", "implements", "57-NQ/TW") in got
    assert ("31/KH-UBND", "implements", "57-NQ/TW") not in got
    assert ("31/KH-UBND", "implements", "140/KH-UBND") in got


@pytest.mark.parametrize("sentence,subject", [
    # the ward's own level: its own plan
    ("Kế hoạch của phường được ban hành nhằm cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.", "31/KH-UBND"),
    # no owner: the plan the sentence before says was issued, as before
    ("Kế hoạch được ban hành nhằm cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.", "31/KH-UBND"),
])
def test_near_miss_a_plan_owned_by_the_text_s_own_level_or_by_none_is_its_own(sentence, subject):
    got = link_rows(LEVEL_PLANS.format(sentence=sentence))
    assert (subject, "implements", "57-NQ/TW") in got
    assert ("140/KH-UBND", "implements", "57-NQ/TW") not in got


# a sentence that opens on what is carried out, then a body that issued a plan with no number and no object of its own
OPENER = "Thực hiện Kết luận số 25-KL/TW ngày 3/7/2024 của Ban Bí thư, {rest}"


def test_a_plan_issued_after_an_opening_cue_carries_out_what_the_sentence_opens_on():
    text = OPENER.format(rest="Ban Thường vụ Tỉnh ủy Lai Châu đã ban hành Kế hoạch triển khai trên địa bàn tỉnh.")
    plans = [d for d in extract(text).documents if d.key.startswith("KH:")]
    assert [d.issuer for d in plans] == ["Ban Thường vụ Tỉnh ủy"]        # not the issuer of the conclusion
    assert (plans[0].key, "implements", "25-KL/TW") in link_rows(text)


@pytest.mark.parametrize("rest", [
    "Ban Thường vụ Tỉnh ủy Lai Châu đã ban hành Kế hoạch số 140-KH/TU triển khai trên địa bàn tỉnh.",  # numbered: its key
    "Tỉnh ủy giao Ban Tuyên giáo xây dựng kế hoạch triển khai trên địa bàn tỉnh.",   # still to be drafted: no document
])
def test_near_miss_a_numbered_plan_or_one_still_to_draft_makes_no_described_plan(rest):
    assert not [d for d in extract(OPENER.format(rest=rest)).documents if d.key.startswith("KH:")]


_NOTICE = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\nSố: 77/TB-UBND\nAn Hòa, ngày 3 tháng 6 năm 2025\n\nTHÔNG BÁO\nKết luận của "
           "Chủ tịch UBND phường tại cuộc họp về phòng, chống dịch bệnh\n\n")


def test_a_carrying_opener_after_a_sentence_of_its_paragraph_reports_a_deed():
    # 'Thực hiện Kế hoạch số ..., phường đã tổ chức ...' after a figure in its paragraph: what the ward did under
    # the plan, not what the notice carries out
    rows = link_rows(_NOTICE + "Từ đầu năm, phường ghi nhận 40 ca tay chân miệng. Thực hiện Kế hoạch số 52/KH-UBND ngày "
                               "2/3/2025 của UBND thành phố, phường đã tổ chức 2 đợt vệ sinh môi trường tại các khu phố.\n")
    assert ("77/TB-UBND", "implements", "52/KH-UBND") not in rows
    # the same in a numbered section of the text already under way
    rows = link_rows(_NOTICE + "I. KẾT QUẢ THỰC HIỆN\n\nThực hiện Kế hoạch số 52/KH-UBND ngày 2/3/2025 của UBND thành phố,"
                               " phường đã tổ chức 2 đợt vệ sinh môi trường tại các khu phố.\n")
    assert ("77/TB-UBND", "implements", "52/KH-UBND") not in rows


def test_near_miss_a_carrying_opener_that_opens_the_text_or_closes_on_what_it_asks():
    # the same opener opening the notice's body, and after a sentence of its paragraph but closing on the colon of
    # what the text asks: the notice's own opening
    rows = link_rows(_NOTICE + "Thực hiện Kế hoạch số 52/KH-UBND ngày 2/3/2025 của UBND thành phố, ngày 2/6 Chủ tịch UBND "
                               "phường chủ trì cuộc họp với các khu phố.\n")
    assert ("77/TB-UBND", "implements", "52/KH-UBND") in rows
    rows = link_rows(_NOTICE + "Từ đầu năm, phường ghi nhận 40 ca tay chân miệng. Thực hiện Kế hoạch số 52/KH-UBND ngày "
                               "2/3/2025 của UBND thành phố, Chủ tịch UBND phường kết luận như sau:\n1. Trạm Y tế phường "
                               "chủ trì giám sát dịch.\n")
    assert ("77/TB-UBND", "implements", "52/KH-UBND") in rows


@pytest.mark.parametrize("cue", ["cụ thể hóa kịp thời", "cụ thể hóa các nhiệm vụ, giải pháp của",
                                 "thực hiện có hiệu quả các nhiệm vụ, giải pháp nêu tại",
                                 "triển khai thực hiện đầy đủ, kịp thời các mục tiêu của"])
def test_a_plan_carries_out_a_resolution_whose_tasks_it_names_first(cue):
    # the manner and the parts of the document carried out, between the cue and the document
    rows = link_rows(_NEWS_PLAN + f"Kế hoạch nhằm {cue} Nghị quyết số 98/2023/QH15 của Quốc hội.\n")
    assert rows == {("88/KH-UBND", "implements", "98/2023/QH15")}


def test_near_miss_tasks_of_a_body_name_no_document():
    rows = link_rows(_NEWS_PLAN + "Kế hoạch nhằm thực hiện các nhiệm vụ của xã trong năm, theo Nghị quyết số "
                                  "98/2023/QH15 của Quốc hội.\n")
    assert ("88/KH-UBND", "implements", "98/2023/QH15") not in rows


_NEWS_PLAN = "Tin tức\n\nNgày 5/3/2025, UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về phát triển nhà ở xã hội. "


def test_near_miss_a_supervision_of_carrying_out_a_document_after_a_plan_s_title_is_no_carrying_it_out():
    # ('thực hiện Kế hoạch số 7/KH-LĐLĐ ... về kiểm tra, giám sát năm 2025, ... đã giám sát việc thực hiện Chỉ thị số 03':
    # the plan's supervision looks at how the directive was carried out; the plan does not carry it out)
    plan = "Ban Thường vụ Liên đoàn Lao động huyện đã ban hành Kế hoạch số 7/KH-LĐLĐ ngày 10/3/2025 về công tác năm 2025, "
    directive = "thực hiện Chỉ thị số 03/CT-UBND ngày 5/1/2025 của Chủ tịch UBND huyện về quyền lợi của người lao động."
    assert link_rows(plan + directive) == {("7/KH-LĐLĐ", "implements", "03/CT-UBND")}
    for act in ("Đoàn giám sát đã giám sát việc ", "đoàn đã kiểm tra việc "):
        assert link_rows(plan + "tháng 8/2025, " + act + directive) == set(), act


def test_a_carrying_opener_after_the_words_framing_a_report_links_the_plan_issued():
    text = ("Hội nghị sơ kết chuyển đổi số\n\nBáo cáo tại hội nghị cho biết, thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính "
            "trị, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 20-KH/HU ngày 3/3/2025.")
    assert ("20-KH/HU", "implements", "57-NQ/TW") in link_rows(text)
    # near miss: the frame followed by no opener says what was done, not what carries what out
    assert not link_rows("Hội nghị sơ kết chuyển đổi số\n\nBáo cáo tại hội nghị cho biết, Nghị quyết số 57-NQ/TW của Bộ Chính "
                      "trị được quán triệt đến 100% chi bộ; Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 20-KH/HU.")


def test_a_second_cue_after_a_comma_past_a_carried_document_is_the_carriers():
    got = link_rows("Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 09-CTr/TU ngày 2/9/2025 thực hiện Nghị "
                 "quyết số 59-NQ/TW, thay thế Kế hoạch số 31-KH/TU của Ban Thường vụ Tỉnh ủy.")
    assert ("09-CTr/TU", "replaces", "31-KH/TU") in got and ("59-NQ/TW", "replaces", "31-KH/TU") not in got


def test_a_carrying_opener_after_the_sites_name_over_a_title_with_a_quoted_name_links_the_plan_issued():
    text = ("(Báo Hà Tĩnh) - Thực hiện Kế hoạch số 88/KH-UBND ngày 2/5/2025 của UBND tỉnh về triển khai phong trào "
            "\"Cả nước thi đua xây dựng xã hội học tập\" trên địa bàn tỉnh, UBND xã Kỳ Tân đã ban hành Kế hoạch số "
            "15/KH-UBND ngày 20/5/2025.")
    assert ("15/KH-UBND", "implements", "88/KH-UBND") in link_rows(text)
    assert {d.key: d.subject for d in extract(text).documents}["88/KH-UBND"] == (
        "triển khai phong trào \"Cả nước thi đua xây dựng xã hội học tập\" trên địa bàn tỉnh")
    # near miss: a site's name before a sentence that issues nothing links nothing
    assert not link_rows("(Báo Hà Tĩnh) - Thực hiện Kế hoạch số 88/KH-UBND ngày 2/5/2025 của UBND tỉnh, xã Kỳ Tân đã mở "
                      "12 lớp học.")


def test_a_document_carried_out_by_means_of_another():
    got = link_rows("Tại Quảng Trị, Tỉnh ủy cụ thể hóa Nghị quyết số 57-NQ/TW bằng Chương trình hành động số 12-CTr/TU "
                 "ngày 3/3/2025.")
    assert ("12-CTr/TU", "implements", "57-NQ/TW") in got
    # near miss: 'bằng' after a document no cue names carries nothing out
    assert not link_rows("Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW bằng hình thức trực tuyến, sau đó ban hành Kế hoạch số "
                      "12-KH/TU.")


def test_a_document_whose_title_is_a_carrying_cue_alone_carries_out_the_one_named_before_it():
    text = ("Hội nghị sơ kết Kế hoạch số 210/KH-UBND ngày 2/3/2025 của UBND tỉnh về phát triển hợp tác xã năm 2025 và Kế "
            "hoạch số 18/KH-UBND ngày 9/4/2025 của UBND xã về triển khai thực hiện trên địa bàn xã.")
    assert ("18/KH-UBND", "implements", "210/KH-UBND") in link_rows(text)
    # near miss: a title that says what it is about carries out nothing named before it
    assert not link_rows("Hội nghị sơ kết Kế hoạch số 210/KH-UBND ngày 2/3/2025 của UBND tỉnh về phát triển hợp tác xã và "
                      "Kế hoạch số 18/KH-UBND ngày 9/4/2025 của UBND xã về chuyển đổi số.")


def test_a_document_replacing_another_after_its_issuer_replaces_it():
    got = link_rows("Quyết định số 14/2024/QĐ-UBND ngày 20/3/2024 của UBND tỉnh thay thế Quyết định số 30/2019/QĐ-UBND.")
    assert got == {("14/2024/QĐ-UBND", "replaces", "30/2019/QĐ-UBND")}


_ISSUED_PROGRAMME = "Ban Thường vụ Huyện đoàn vừa ban hành Chương trình số 12-CTr/HĐTN ngày 2/4/2026 về nông nghiệp số.\n\n"


def test_a_bare_type_word_is_not_the_document_its_own_cue_names():
    # 'Chương trình nhằm triển khai X và Chương trình số 30 ... thực hiện X': the bare word is the programme just issued,
    # not programme 30, which its own cue names among what it carries out
    rows = link_rows(_ISSUED_PROGRAMME + "Chương trình nhằm triển khai Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp "
                     "hành Trung ương và Chương trình số 30-CTr/TĐTN ngày 5/1/2026 của Tỉnh đoàn thực hiện Nghị quyết 19.")
    assert ("12-CTr/HĐTN", "implements", "19-NQ/TW") in rows
    assert ("12-CTr/HĐTN", "implements", "30-CTr/TĐTN") in rows


def test_a_bare_type_word_still_names_the_one_carrying_out_what_it_names():
    # near miss: where its cue names no programme, 'Chương trình nhằm triển khai X' is the programme that carries X out,
    # though another document was named between
    text = ("Tỉnh đoàn ban hành Chương trình số 30-CTr/TĐTN ngày 5/1/2026 thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 "
            "của Ban Chấp hành Trung ương.\n\nHuyện đoàn ban hành Kế hoạch số 7-KH/HĐTN ngày 2/4/2026 về nông nghiệp số."
            "\n\nChương trình nhằm triển khai Nghị quyết số 19-NQ/TW tới đoàn viên.")
    bare = text.rindex("Chương trình nhằm")
    assert [m.key for m in read_text(text, None).df.mentions if m.start == bare] == ["30-CTr/TĐTN"]


_TWO = ("Ngày 3/10/2025, Ban Thường vụ Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết số 05-NQ/TU của Tỉnh ủy về chuyển "
        "đổi số và Nghị quyết số 07-NQ/TU của Tỉnh ủy về kinh tế tư nhân; đồng thời triển khai Chương trình hành động "
        "số 03-CTr/ĐU của Đảng ủy xã. ")


def test_ca_hai_nghi_quyet_at_the_end_of_a_clause_names_both_resolutions_before():
    rows = link_rows(_TWO + "Chương trình được ký ngày 25/9/2025, cụ thể hóa cả hai nghị quyết.\n")
    assert {("03-CTr/ĐU", "implements", "05-NQ/TU"), ("03-CTr/ĐU", "implements", "07-NQ/TU")} <= rows


def test_near_miss_ca_hai_nghi_quyet_with_one_named_before_links_none():
    text = _TWO.replace(" và Nghị quyết số 07-NQ/TU của Tỉnh ủy về kinh tế tư nhân", "")
    rows = link_rows(text + "Chương trình được ký ngày 25/9/2025, cụ thể hóa cả hai nghị quyết.\n")
    assert not any(x[0] == "03-CTr/ĐU" for x in rows)

_LAW_NEWS = ("BÁO LÂM ĐỒNG\n10/3/2026\n\nTheo báo cáo, UBND tỉnh ban hành Kế hoạch số 77/KH-UBND ngày 2/8/2025 ")


def test_a_plan_that_puts_a_law_into_effect_carries_it_out():
    rows = link_rows(_LAW_NEWS + "triển khai thi hành Luật Đất đai số 31/2024/QH15 ngày 18/1/2024 trên địa bàn tỉnh.")
    assert rows == {("77/KH-UBND", "implements", "31/2024/QH15")}


def test_near_miss_rules_that_guide_a_law_guide_it():
    rows = link_rows(_LAW_NEWS + "hướng dẫn thi hành Luật Đất đai số 31/2024/QH15 ngày 18/1/2024 trên địa bàn tỉnh.")
    assert rows == {("77/KH-UBND", "guides", "31/2024/QH15")}


def test_a_document_issued_after_the_plan_beside_the_law_is_not_carried_out():
    rows = link_rows(_LAW_NEWS + "triển khai thi hành Luật Trẻ em số 102/2016/QH13 và Quyết định số 30/2025/QĐ-UBND ngày "
                                 "9/9/2025 ban hành Quy chế phối hợp.")
    assert rows == {("77/KH-UBND", "implements", "102/2016/QH13")}


def test_near_miss_a_document_dated_before_the_plan_in_its_list_is_carried_out():
    rows = link_rows(_LAW_NEWS + "triển khai thi hành Luật Trẻ em số 102/2016/QH13 và Quyết định số 30/2025/QĐ-TTg ngày "
                                 "9/1/2025 của Thủ tướng Chính phủ.")
    assert rows == {("77/KH-UBND", "implements", "102/2016/QH13"), ("77/KH-UBND", "implements", "30/2025/QĐ-TTg")}


_STUDY_NEWS = ("BÁO ĐỒNG NAI\n26/9/2025\n\nSáng 26/9, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 70-NQ/TW, Nghị quyết "
               "số 71-NQ/TW và Nghị quyết số 72-NQ/TW của Bộ Chính trị.\n\n")


def test_a_plan_that_carries_out_three_resolutions_named_by_their_count():
    rows = link_rows(_STUDY_NEWS + "Tại hội nghị, Ban Thường vụ Tỉnh ủy phổ biến Kế hoạch số 85-KH/TU ngày 24/9/2025 thực "
                                   "hiện ba Nghị quyết.")
    assert rows == {("85-KH/TU", "implements", k) for k in ("70-NQ/TW", "71-NQ/TW", "72-NQ/TW")}


def test_near_miss_a_count_larger_than_the_resolutions_named_links_none():
    rows = link_rows(_STUDY_NEWS + "Tại hội nghị, Ban Thường vụ Tỉnh ủy phổ biến Kế hoạch số 85-KH/TU ngày 24/9/2025 thực "
                                   "hiện bốn Nghị quyết.")
    assert rows == set()


_GUIDANCE = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 14-HD/BTGDVTU\n\nHà Tĩnh, ngày 2 tháng 6 năm 2025\n\n"
             "HƯỚNG DẪN\nhọc tập, quán triệt và triển khai thực hiện\nNghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ "
             "Chính trị\n\n")


def test_a_guidance_guides_what_its_title_says_to_carry_out():
    rows = link_rows(_GUIDANCE + "Thực hiện Kế hoạch số 40-KH/TU ngày 20/5/2025 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo "
                                 "và Dân vận Tỉnh ủy hướng dẫn như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert rows == {("14-HD/BTGDVTU", "implements", "40-KH/TU"), ("14-HD/BTGDVTU", "guides", "57-NQ/TW"),
                    ("14-HD/BTGDVTU", "guides", "59-NQ/TW")}


def test_near_miss_a_plan_s_title_on_its_lines_gives_no_guides_link():
    plan = _GUIDANCE.replace("14-HD/BTGDVTU", "14-KH/BTGDVTU").replace("HƯỚNG DẪN\n", "KẾ HOẠCH\n")
    rows = link_rows(plan + "Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert all(kind != "guides" for _, kind, _ in rows)


def test_the_programmes_of_two_merged_provinces_both_carry_out_what_follows_them():
    text = ("Chương trình này thay thế Chương trình hành động số 25-CTr/TU ngày 15/5/2020 của Tỉnh ủy Hà Giang (cũ) và "
            "Chương trình hành động số 31-CTr/TU ngày 02/6/2020 của Tỉnh ủy Tuyên Quang (trước sắp xếp) thực hiện Nghị "
            "quyết số 55-NQ/TW ngày 11/2/2020 của Bộ Chính trị.")
    assert {("25-CTr/TU", "implements", "55-NQ/TW"), ("31-CTr/TU", "implements", "55-NQ/TW")} <= link_rows(text)


def test_near_miss_two_documents_of_one_kind_by_one_body_share_no_cue():
    text = ("Tỉnh ủy đã ban hành Chương trình hành động số 25-CTr/TU ngày 15/5/2020 của Tỉnh ủy và Chương trình hành động "
            "số 31-CTr/TU ngày 02/6/2020 của Tỉnh ủy thực hiện Nghị quyết số 55-NQ/TW ngày 11/2/2020 của Bộ Chính trị.")
    assert ("25-CTr/TU", "implements", "55-NQ/TW") not in link_rows(text)


_QA = "HỎI ĐÁP PHÁP LUẬT\n15/3/2025\n\nHỏi: Quốc hội đã có văn bản nào về khoa học, công nghệ? (Anh Lê Minh, Hà Nội)\n"


@pytest.mark.parametrize("text, link", [
    # ('thể chế hóa': to turn a party resolution into law)
    (_NEWS + "Để thể chế hóa Nghị quyết số 57-NQ/TW, ngày 19/2/2025 Quốc hội đã thông qua Nghị quyết số 193/2025/QH15 về "
             "thí điểm một số cơ chế đặc biệt.\n", ("193/2025/QH15", "implements", "57-NQ/TW")),
    # (an explainer's answer opening on the cue)
    (_QA + "Đáp: Để cụ thể hóa Nghị quyết số 57-NQ/TW, ngày 19/2/2025 Quốc hội đã thông qua Nghị quyết số 193/2025/QH15 "
           "về thí điểm một số cơ chế đặc biệt.\n", ("193/2025/QH15", "implements", "57-NQ/TW")),
    # (a year before the cue)
    (_NEWS + "Năm 2025, thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Ban Thường vụ LĐLĐ tỉnh đã ban "
             "hành Kế hoạch số 35/KH-LĐLĐ với 10 chỉ tiêu chủ yếu.\n", ("35/KH-LĐLĐ", "implements", "02-NQ/TW")),
])
def test_a_sentence_opening_on_a_cue_past_an_answers_mark_or_a_year_links_what_it_issues(text, link):
    assert link in link_rows(text)


@pytest.mark.parametrize("text, carried", [
    (_QA + "Đáp: Để thể chế hóa Nghị quyết số 57-NQ/TW, Quốc hội cần sửa đổi nhiều luật trong năm 2025.\n", "57-NQ/TW"),
    (_NEWS + "Năm 2025, thực hiện Kế hoạch số 52/KH-UBND của UBND huyện, xã đã tổ chức 4 đợt ra quân vệ sinh môi "
             "trường.\n", "52/KH-UBND"),
])
def test_near_miss_the_same_openings_with_nothing_issued_link_nothing(text, carried):
    assert not any(r[2] == carried for r in link_rows(text))


_COMMUNE_PLAN = ("ĐẢNG BỘ TỈNH YÊN BÁI\nĐẢNG ỦY XÃ TRẠM TẤU\nSố: 15-KH/ĐU\nTrạm Tấu, ngày 20 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
                 "Phát triển du lịch cộng đồng giai đoạn 2025 - 2030\n\n")


def test_a_lower_levels_resolution_listed_after_a_higher_plans_is_the_own_documents():
    # kg.extract.links.within_levels: a province's plan carries out no commune congress's resolution
    rows = link_rows(_COMMUNE_PLAN + "Kế hoạch nhằm cụ thể hóa Kế hoạch số 30-KH/TU ngày 10 tháng 9 năm 2025 của Ban Thường "
                     "vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Nghị quyết Đại hội đại biểu Đảng bộ "
                     "xã lần thứ I, nhiệm kỳ 2025 - 2030.\n")
    assert ("15-KH/ĐU", "implements", "NQ:Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030") in rows
    assert not any(a == "30-KH/TU" and b.startswith("NQ:Đại hội") for a, _, b in rows)


def test_near_miss_a_resolution_of_the_plans_own_level_stays_its():
    rows = link_rows("BÁO YÊN BÁI\n12/10/2025\n\nBan Thường vụ Tỉnh ủy Yên Bái ban hành Kế hoạch số 30-KH/TU ngày 10/9/2025 "
                     "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ "
                     "XX, nhiệm kỳ 2025 - 2030.\n")
    assert ("30-KH/TU", "implements", "NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030") in rows


_MERGED_COMMUNE = "BÁO YÊN BÁI\n12/8/2025\n\nSau sắp xếp, HĐND xã Trạm Tấu đã ban hành Nghị quyết số 07/NQ-HĐND ngày 10/7/2025 "


def test_a_merged_councils_resolution_carries_on_the_goals_of_the_former_ones():
    # kg.extract.mention_words TASKS_OF: the goals named by their field and year before the documents
    rows = link_rows(_MERGED_COMMUNE + "về tiếp tục thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2025 theo Nghị "
                     "quyết số 21/NQ-HĐND, Nghị quyết số 22/NQ-HĐND và Nghị quyết số 23/NQ-HĐND của HĐND các xã Bản Công, "
                     "Xà Hồ, Pá Lau (cũ).\n")
    assert {("07/NQ-HĐND", "continues", k) for k in ("21/NQ-HĐND", "22/NQ-HĐND", "23/NQ-HĐND")} <= rows


def test_near_miss_goals_carried_on_in_a_manner_name_no_document():
    rows = link_rows(_MERGED_COMMUNE + "về tiếp tục thực hiện các chỉ tiêu năm 2025 theo hướng bền vững. Kỳ họp cũng nghe "
                     "báo cáo về Nghị quyết số 21/NQ-HĐND.\n")
    assert not any(b == "21/NQ-HĐND" for _, _, b in rows)


def test_a_decision_setting_up_the_steering_committee_that_carries_a_resolution_out_implements_it():
    # in its own title, and as a news page names it ('kiện toàn' a committee set up before)
    title = ("TỈNH ỦY AN HÒA\nSố 25-QĐ/TU\nAn Hòa, ngày 6 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\nvề việc thành lập Ban Chỉ đạo "
             "thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về giáo dục\n\nĐiều 1. Thành lập Ban Chỉ "
             "đạo gồm 9 đồng chí.\n")
    assert ("25-QĐ/TU", "implements", "71-NQ/TW") in link_rows(title)
    news = (_NEWS + "Ngày 6/11/2026, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 25-QĐ/TU về kiện toàn Ban Chỉ đạo triển "
            "khai Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.")
    assert ("25-QĐ/TU", "implements", "71-NQ/TW") in link_rows(news)


def test_near_miss_a_decision_setting_up_a_committee_with_no_document_to_carry_out():
    news = (_NEWS + "Ngày 6/11/2026, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 25-QĐ/TU về thành lập Ban Chỉ đạo phòng, "
            "chống thiên tai; Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị được quán triệt đầy đủ.")
    assert not any(f == "25-QĐ/TU" for f, _, _ in link_rows(news))


def test_a_letter_that_guides_how_a_decree_is_rolled_out_guides_it():
    text = (_NEWS + "Ngày 5/8/2026, Bộ Nội vụ ban hành Công văn số 4100/BNV-CQĐP hướng dẫn triển khai Nghị định số "
            "120/2026/NĐ-CP của Chính phủ.")
    assert link_rows(text) == {("4100/BNV-CQĐP", "guides", "120/2026/NĐ-CP")}
    # in other words: 'hướng dẫn triển khai thực hiện'
    text = (_NEWS + "Công văn số 4100/BNV-CQĐP ngày 5/8/2026 của Bộ Nội vụ hướng dẫn triển khai thực hiện Nghị định số "
            "120/2026/NĐ-CP.")
    assert link_rows(text) == {("4100/BNV-CQĐP", "guides", "120/2026/NĐ-CP")}


def test_near_miss_a_plan_that_rolls_a_decree_out_implements_it():
    text = _NEWS + "Ngày 5/8/2026, UBND tỉnh ban hành Kế hoạch số 210/KH-UBND triển khai Nghị định số 120/2026/NĐ-CP."
    assert link_rows(text) == {("210/KH-UBND", "implements", "120/2026/NĐ-CP")}
