"""kg.extract.scope_quotes: the new wording an amending text quotes sets the goals of the document it amends; what the
amending text says outside the quotes stays its own. Short texts of our own."""
from __future__ import annotations

from extract_helpers import goal_documents

from kg.extract.scope_quotes import in_quoted, quoted_wordings
from kg.extract.text import prepare

AMENDING = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM SƠN\nSố: 21/2026/NQ-HĐND\n\nNGHỊ QUYẾT\nSửa đổi, bổ sung một số điều của Nghị quyết "
            "số 09/2024/NQ-HĐND ngày 5/7/2024 về phát triển giao thông nông thôn\n\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 09/2024/NQ-HĐND như sau:\n"
            "1. {lead} khoản 1 Điều 2 như sau:\n"
            "\"1. Mục tiêu: Đến năm 2027, cứng hóa 95% đường trục xã và 80% đường ngõ xóm.\"\n"
            "2. Bổ sung Phụ lục danh mục tuyến đường kèm theo Nghị quyết này.\n\n"
            "Điều 2. Tổ chức thực hiện\nGiao UBND tỉnh tổ chức thực hiện Nghị quyết này; bảo đảm 100% xã có kế hoạch duy "
            "tu đường.\n")


def test_goals_quoted_as_the_new_wording_are_the_amended_document_s():
    docs = goal_documents(AMENDING.format(lead="Sửa đổi"))
    assert docs[95] == docs[80] == "09/2024/NQ-HĐND"
    assert docs[100] == "21/2026/NQ-HĐND"       # (its own task, outside the quotes)


def test_a_clause_added_in_quotes_is_the_amended_document_s_too():
    assert goal_documents(AMENDING.format(lead="Bổ sung điểm c vào"))[95] == "09/2024/NQ-HĐND"


def test_near_miss_a_quote_after_a_lead_that_changes_nothing_stays_the_text_s_own():
    assert goal_documents(AMENDING.format(lead="Nội dung tại"))[95] == "21/2026/NQ-HĐND"


def test_the_quoted_span_runs_to_its_closing_mark_only():
    f = prepare("Điều 1. Sửa đổi khoản 2 như sau:\n“2. Hỗ trợ 50%.”\nĐiều 2. Hiệu lực.\n").folded
    spans = quoted_wordings(f)
    assert len(spans) == 1 and in_quoted(spans, f.index("50")) and not in_quoted(spans, f.index("hieu luc"))
    assert quoted_wordings(prepare("Đồng chí phát biểu như sau:\n\"Cần làm 5 việc.\"\n").folded) == []
