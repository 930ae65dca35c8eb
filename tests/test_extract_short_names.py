"""A body's short name in brackets where the body is named (kg.extract.short_names): skipped, whatever the bracket holds,
so that the body and its verbs are read as if it were not there ('Sở Văn hóa, Thể thao và Du lịch (VH,TT&DL) chủ trì
...', 'yêu cầu Sở Nông nghiệp và Môi trường (Sở NN&MT) chủ trì ...'). The short name used later keeps its wording, as
the annotators write it. Near misses: a bracket that says something else of the body ('(tỉnh Lâm Đồng)'), and one that
names a later short form for a list of bodies ('(sau đây gọi chung là ...)'). Texts are our own."""
from __future__ import annotations

from extract_helpers import assignment_rows

PLAN = "Ngày 4/3/2026, UBND tỉnh ban hành Kế hoạch số 52/KH-UBND về phát triển du lịch cộng đồng. "


def test_a_short_name_with_commas_in_its_bracket_does_not_break_the_subject():
    rows = assignment_rows(PLAN + "Sở Văn hóa, Thể thao và Du lịch (VH,TT&DL) chủ trì tổ chức tuần lễ văn hóa.\n")
    assert rows == {("Sở Văn hóa, Thể thao và Du lịch", "lead")}
    # in other words: the body given the task by a hand-over word
    rows = assignment_rows(PLAN + "UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường (Sở NN&MT) chủ trì xây dựng bản đồ số "
                                  "vùng trồng.\n")
    assert rows == {("Sở Nông nghiệp và Môi trường", "lead")}


def test_a_short_name_among_partners_and_the_short_name_used_later():
    rows = assignment_rows(PLAN + "Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo (GD&ĐT), Bảo hiểm xã hội tỉnh "
                                  "khám sức khỏe cho học sinh. Sở GD&ĐT chủ trì tổng hợp kết quả.\n")
    assert rows == {("Sở Y tế", "lead"), ("Sở Giáo dục và Đào tạo", "coordinate"), ("Bảo hiểm xã hội tỉnh", "coordinate"),
                    ("Sở GD&ĐT", "lead")}


def test_near_miss_a_bracket_that_is_no_short_name_keeps_its_reading():
    rows = assignment_rows(PLAN + "UBND xã Tân Hội (tỉnh Lâm Đồng) chủ trì tổ chức lễ hội. Sở NN&MT hướng dẫn các xã lập "
                                  "hồ sơ.\n")
    assert rows == {("UBND xã Tân Hội", "lead"), ("Sở NN&MT", "lead")}


def test_a_long_name_the_gazetteer_cuts_short_runs_to_its_short_name_which_is_read_later():
    rows = assignment_rows(PLAN + "Ban Quản lý dự án đầu tư xây dựng các công trình du lịch (BQLDA) phối hợp với Sở Tài "
                                  "chính thi công nhà đón tiếp. BQLDA chủ trì lập hồ sơ mời thầu.\n")
    assert rows == {("Ban Quản lý dự án đầu tư xây dựng các công trình du lịch", "coordinate"),
                    ("Sở Tài chính", "coordinate"), ("BQLDA", "lead")}


def test_a_short_name_defined_in_words_is_a_body_later_alone_and_in_a_list():
    rows = assignment_rows(PLAN + "Trung tâm Xúc tiến du lịch tỉnh (sau đây gọi tắt là Trung tâm) chủ trì quảng bá sản "
                                  "phẩm. Trung tâm phối hợp với UBND các xã xây dựng bản đồ số. Sở Tài chính, Trung tâm "
                                  "bố trí kinh phí.\n")
    assert rows == {("Trung tâm Xúc tiến du lịch tỉnh", "lead"), ("Trung tâm", "coordinate"),
                    ("UBND các xã", "coordinate"), ("Sở Tài chính", "lead"), ("Trung tâm", "lead")}


def test_near_miss_a_short_name_of_the_partner_does_not_lengthen_the_first_body():
    # the words before the bracket hold 'phối hợp với': two bodies, the bracket the second's
    rows = assignment_rows(PLAN + "Sở Y tế phối hợp với Bảo hiểm xã hội tỉnh (BHXH) rà soát thẻ bảo hiểm y tế.\n")
    assert rows == {("Sở Y tế", "coordinate"), ("Bảo hiểm xã hội tỉnh", "coordinate")}
    # (in other words: a partner whose short name opens on the first body's letter)
    rows = assignment_rows(PLAN + "Sở Y tế phối hợp với Sở Tài chính (STC) rà soát thẻ bảo hiểm y tế.\n")
    assert rows == {("Sở Y tế", "coordinate"), ("Sở Tài chính", "coordinate")}


def test_near_miss_a_short_form_written_before_its_definition_is_no_body():
    rows = assignment_rows(PLAN + "BQLDA chủ trì lập hồ sơ mời thầu. Ban Quản lý dự án du lịch (BQLDA) chủ trì thi công.\n")
    assert rows == {("Ban Quản lý dự án du lịch", "lead")}
