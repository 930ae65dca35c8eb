"""What an official text's own articles change (kg.extract.link_articles): a numbered clause of an article that repeals,
replaces or amends a document. Short texts of our own; each wording with its near misses."""
from __future__ import annotations

from tests.extract_helpers import link_rows

RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN TỈNH AN HÒA\nSố: 18/2026/NQ-HĐND\nAn Hòa, ngày 10 tháng 7 năm 2026\n\nNGHỊ QUYẾT\nQuy "
              "định chính sách hỗ trợ phát triển hợp tác xã\n\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chính "
              "sách hỗ trợ hợp tác xã trên địa bàn tỉnh.\n\nĐiều 2. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực từ "
              "ngày 20 tháng 7 năm 2026.\n")


def test_a_clause_of_an_article_that_repeals_a_whole_document_replaces_it():
    got = link_rows(RESOLUTION + "2. Bãi bỏ Nghị quyết số 21/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân "
                                 "tỉnh Bắc Hòa.\n")
    assert ("18/2026/NQ-HĐND", "replaces", "21/2023/NQ-HĐND") in got
    # in other words: a lettered clause that amends
    got = link_rows(RESOLUTION + "b) Sửa đổi, bổ sung một số điều của Nghị quyết số 09/2024/NQ-HĐND ngày 5 tháng 4 năm "
                                 "2024.\n")
    assert ("18/2026/NQ-HĐND", "amends", "09/2024/NQ-HĐND") in got


def test_near_miss_a_repeal_of_some_parts_or_a_plans_numbered_task_gives_no_link():
    got = link_rows(RESOLUTION + "2. Bãi bỏ khoản 2 Điều 3 Nghị quyết số 05/2024/NQ-HĐND ngày 5 tháng 4 năm 2024.\n")
    assert not any(t == "replaces" for _, t, _ in got)
    got = link_rows("UBND TỈNH AN HÒA\nSố: 45/KH-UBND\nAn Hòa, ngày 3 tháng 3 năm 2026\n\nKẾ HOẠCH\nRà soát văn bản quy "
                    "phạm pháp luật năm 2026\n\nII. NHIỆM VỤ\n1. Sửa đổi, bổ sung Quyết định số 12/2024/QĐ-UBND về quản lý "
                    "chợ.\n2. Bãi bỏ Quyết định số 30/2020/QĐ-UBND về giá dịch vụ.\n")
    assert not any(t in ("amends", "replaces") for _, t, _ in got)


def test_near_miss_a_numbered_task_of_the_plan_a_decision_issues_after_its_articles_is_a_task():
    # (tests/ANNOTATION.md (o): the plan amends nothing; its items come after the decision's articles, under the annex)
    got = link_rows("BỘ Y TẾ\nSố: 2900/QĐ-BYT\nHà Nội, ngày 20 tháng 10 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch rà soát "
                    "văn bản\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch rà soát văn bản năm 2027.\nĐiều 2. "
                    "Quyết định này có hiệu lực kể từ ngày ký.\n\nKẾ HOẠCH\nRà soát văn bản năm 2027\n(Ban hành kèm theo "
                    "Quyết định số 2900/QĐ-BYT ngày 20/10/2026 của Bộ trưởng Bộ Y tế)\n\n1. Rà soát các thông tư còn hiệu "
                    "lực.\n2. Sửa đổi, bổ sung Thông tư số 32/2023/TT-BYT về khám bệnh.\n")
    assert not any(t == "amends" for _, t, _ in got)


_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 31/2026/QĐ-UBND\nAn Hòa, ngày 4 tháng 8 năm 2026\n\nQUYẾT ĐỊNH\nBan hành "
             "Quy định quản lý chợ trên địa bàn tỉnh\n\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 15 "
             "tháng 8 năm 2026. ")


def test_a_document_that_goes_out_of_force_when_the_own_one_comes_in_is_replaced_by_it():
    got = link_rows(_DECISION + "Quyết định số 12/2020/QĐ-UBND ngày 3/3/2020 của UBND tỉnh hết hiệu lực kể từ ngày Quyết "
                                "định này có hiệu lực.\n")
    assert ("31/2026/QĐ-UBND", "replaces", "12/2020/QĐ-UBND") in got
    # in other words: two documents of a list, 'chấm dứt hiệu lực thi hành' and 'khi'
    got = link_rows(_DECISION + "Quyết định số 12/2020/QĐ-UBND và Quyết định số 40/2022/QĐ-UBND của UBND tỉnh chấm dứt "
                                "hiệu lực thi hành từ khi Quyết định này có hiệu lực.\n")
    assert {("31/2026/QĐ-UBND", "replaces", "12/2020/QĐ-UBND"), ("31/2026/QĐ-UBND", "replaces", "40/2022/QĐ-UBND")} <= got


def test_near_miss_a_document_that_ends_on_a_date_of_its_own_is_no_link():
    got = link_rows(_DECISION + "Quyết định số 12/2020/QĐ-UBND ngày 3/3/2020 của UBND tỉnh hết hiệu lực từ ngày 31/12/2026.\n")
    assert not any(t == "replaces" for _, t, _ in got)


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 815/UBND-KT\nV/v phòng chống hạn hán\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n"
          "1. Sở Nông nghiệp và Môi trường chủ trì theo dõi nguồn nước.\n\n")


def test_an_official_letter_that_calls_itself_van_ban_nay_replaces_what_it_names():
    got = link_rows(LETTER + "Văn bản này thay thế Văn bản số 640/UBND-KT ngày 2/6/2026 của UBND tỉnh.\n")
    assert ("815/UBND-KT", "replaces", "640/UBND-KT") in got
    # in other words: 'công văn này', with its force stated first
    got = link_rows(LETTER + "Công văn này có hiệu lực từ ngày ký và thay thế Công văn số 640/UBND-KT ngày 2/6/2026.\n")
    assert ("815/UBND-KT", "replaces", "640/UBND-KT") in got


def test_near_miss_a_letter_that_guides_replacing_crops_replaces_no_letter():
    got = link_rows(LETTER + "Văn bản số 640/UBND-KT hướng dẫn thay thế giống lúa chịu hạn.\n")
    assert not any(t == "replaces" for _, t, _ in got)
