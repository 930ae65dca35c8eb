"""Concretising a document into the body's own programme is drafting it, as 'xây dựng kế hoạch' is: the body asked to do
it leads it (kg.extract.assignments with kg.extract.assignment_cues.DRAFTS_OWN_PLAN): 'UBND tỉnh cụ thể hóa Kế hoạch
thành chương trình hành động', 'khẩn trương cụ thể hóa các nghị quyết vừa thông qua', 'sớm xây dựng chương trình hành
động'. Near misses: a reported concretising by a named plan is the news of that plan, no task; other verbs keep the
default role. A body's own action programme with no cue ('Các tỉnh ủy xây dựng chương trình hành động ...') is
led as 'xây dựng kế hoạch' is (kg.extract.task_verbs.LEAD_VERBS). Texts are our own."""
from __future__ import annotations

from extract_helpers import assignment_rows

_NEWS = ("BÁO ĐẮK LẮK\n20/12/2025\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh\n\nSáng 20/12, Ban Chấp hành Đảng bộ tỉnh tổ chức "
         "hội nghị triển khai Kế hoạch số 105-KH/TU ngày 15/12/2025 của Tỉnh ủy về phát triển kinh tế tư nhân.\n\n")


def test_the_body_asked_to_concretise_a_document_leads_it():
    rows = assignment_rows(_NEWS + "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị UBND tỉnh cụ thể hóa Kế hoạch thành "
                                   "chương trình hành động; UBND các huyện khẩn trương cụ thể hóa các nhiệm vụ phù hợp với "
                                   "địa phương; Hội Nông dân tỉnh sớm xây dựng chương trình hành động thực hiện Kế hoạch.\n")
    assert rows == {("UBND tỉnh", "lead"), ("UBND các huyện", "lead"), ("Hội Nông dân tỉnh", "lead")}


def test_other_verbs_keep_the_default_role():
    rows = assignment_rows(_NEWS + "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị UBND tỉnh tập trung tháo gỡ khó khăn "
                                   "cho doanh nghiệp; Hội Nông dân tỉnh vận động hội viên thành lập hợp tác xã.\n")
    assert rows == {("UBND tỉnh", "participate"), ("Hội Nông dân tỉnh", "participate")}


def test_a_reported_concretising_by_a_named_plan_is_no_task():
    rows = assignment_rows(_NEWS + "Ủy ban MTTQ Việt Nam tỉnh cụ thể hóa bằng Kế hoạch số 215/KH-MTTQ-BTT ngày 20/3/2024 thực "
                                   "hiện Kế hoạch 105.\n")
    assert ("Ủy ban MTTQ Việt Nam tỉnh", "lead") not in rows


_CONCLUSION = ("Kết luận số 12-KL/TW ngày 2/3/2025 của Bộ Chính trị về công tác cán bộ.\n\n")


def test_a_body_drafting_its_action_programme_with_no_cue_leads_it_as_a_plan():
    # (as 'Các huyện ủy xây dựng kế hoạch thực hiện Kết luận' already did)
    rows = assignment_rows(_CONCLUSION + "Các tỉnh ủy, thành ủy xây dựng chương trình hành động thực hiện Kết luận, phù "
                                         "hợp với tình hình địa phương.\n")
    assert rows == {("Các tỉnh ủy", "lead"), ("Thành ủy", "lead")}


def test_near_miss_other_building_with_no_cue_gives_no_lead_row():
    rows = assignment_rows(_CONCLUSION + "Các tỉnh ủy, thành ủy xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực.\n")
    assert ("Các tỉnh ủy", "lead") not in rows
