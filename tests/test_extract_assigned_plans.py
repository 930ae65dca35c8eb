"""kg.extract.assigned_plans: the year of another level's quota. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_QUOTA = ("Thuế cơ sở 3 tổng kết năm 2025\n\n12/01/2026\n\nNgày 10/1, Thuế cơ sở 3 tổ chức hội nghị tổng kết.\n\n"
          "{lead}Thuế tỉnh giao Thuế cơ sở 3 chỉ tiêu thu nội địa. Kết quả, thu nội địa đạt 861 tỷ đồng, "
          "bằng 105% chỉ tiêu Thuế tỉnh giao.\n")


def test_a_quota_takes_the_year_its_paragraph_says_it_was_given_in():
    facts = extract(_QUOTA.format(lead="Năm 2025, "))
    assert [d.key for d in facts.documents] == ["KH:Tỉnh giao chỉ tiêu thuế năm 2025"]
    # near miss: with no year said, the page's year
    facts = extract(_QUOTA.format(lead="Đầu năm, "))
    assert [d.key for d in facts.documents] == ["KH:Tỉnh giao chỉ tiêu thuế năm 2026"]


_SHARE_OF_FUNDS = ("UBND phường An Lạc báo cáo kết quả năm 2025\n\n15/12/2025\n\nNăm 2025, phường thực hiện Nghị quyết số "
                   "07/NQ-HĐND ngày 10/1/2025 của HĐND phường đạt nhiều kết quả:\n- {result}, đạt 68% kế hoạch vốn tỉnh "
                   "giao.\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.\n")


def test_a_plan_named_short_takes_the_fuller_name_its_result_gives():
    facts = extract(_SHARE_OF_FUNDS.format(result="Giải ngân vốn đầu tư công 31,2 tỷ đồng"))
    plan = "KH:Tỉnh giao kế hoạch vốn đầu tư công năm 2025"
    assert [d.key for d in facts.documents] == ["07/NQ-HĐND", plan]
    assert [(o.value, o.document) for o in facts.outcomes] == [(31.2, "07/NQ-HĐND"), (68, plan), (99, "07/NQ-HĐND")]
    facts = extract(_SHARE_OF_FUNDS.format(result="Giải ngân vốn đầu tư công đạt 31,2 tỷ đồng"))
    assert [d.key for d in facts.documents] == ["07/NQ-HĐND", plan]
    # near misses: a result that does not name the plan's thing again, names another thing, or counts no money
    # leaves the plan its own words
    for result in ("Giải ngân 31,2 tỷ đồng", "Thu ngân sách đạt 31,2 tỷ đồng", "Giải ngân vốn đầu tư công cho 31 công trình"):
        facts = extract(_SHARE_OF_FUNDS.format(result=result))
        assert [d.key for d in facts.documents] == ["07/NQ-HĐND", "KH:Tỉnh giao kế hoạch vốn năm 2025"]


_MINISTRY = ("UBND tỉnh Hậu Giang\nSố: 41/TB-UBND\nHậu Giang, ngày 9 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch "
             "UBND tỉnh về kết quả thực hiện Kế hoạch số 77/KH-UBND ngày 2/2/2026 của UBND tỉnh\n\nĐến ngày 31/3/2026, toàn "
             "tỉnh có 412.300 tài khoản an sinh mức độ 2 được kích hoạt, bằng 103% chỉ tiêu {body} giao; 21/30 nhiệm vụ "
             "của Kế hoạch đã hoàn thành.\n")


def test_a_ministrys_quota_is_a_plan_of_its_own_and_no_referent_of_a_bare_ke_hoach():
    facts = extract(_MINISTRY.format(body="Bộ Nội vụ"))
    got = {(o.value, o.document) for o in facts.outcomes}
    key = "KH:Bộ Nội vụ giao chỉ tiêu tài khoản an sinh mức độ 2 được kích hoạt năm 2026"
    assert (103, key) in got and (21, "77/KH-UBND") in got
    # near miss: no body before 'giao' names no quota; the share stays with the plan the text reviews
    facts = extract(_MINISTRY.format(body="được"))
    assert not [d.key for d in facts.documents if d.key.startswith("KH:")]
    assert (103, "77/KH-UBND") in {(o.value, o.document) for o in facts.outcomes}
