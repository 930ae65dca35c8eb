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
