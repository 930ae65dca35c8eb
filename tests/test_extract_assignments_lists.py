"""Tasks under a line that names only its bodies ('1. Sở ...:' then '-' items) or asks them ('Đề nghị Ủy ban MTTQ
huyện:'), an item's remit after its colon, and a line that only points at the tasks listed after it
(kg.extract.assignments); each with a near miss. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

from extract_helpers import assignment_rows

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 11/CT-UBND\n\nBến Tre, ngày 05 tháng 6 năm 2023\n\nCHỈ THỊ\n"
         "Về phòng, chống hạn mặn\n\nĐể chủ động ứng phó với mùa khô, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n")


def test_items_under_a_line_that_names_only_its_bodies_are_their_tasks():
    rows = assignment_rows(_HEAD + "1. Sở Nông nghiệp và Phát triển nông thôn:\n"
                         "- Chủ trì, phối hợp với Đài Khí tượng thủy văn tỉnh quan trắc độ mặn.\n"
                         "- Chỉ đạo Chi cục Thủy lợi vận hành các cống ngăn mặn.\n\n"
                         "2. Ủy ban nhân dân các huyện, thành phố:\n"
                         "- Chủ trì vận động nhân dân trữ nước ngọt.\n"
                         "- Kiểm tra, đôn đốc các xã nạo vét kênh mương.\n")
    assert {("Sở Nông nghiệp và Phát triển nông thôn", "lead"), ("Đài Khí tượng thủy văn tỉnh", "coordinate"),
            ("Chi cục Thủy lợi", "lead"), ("Ủy ban nhân dân các huyện, thành phố", "lead"),
            ("Ủy ban nhân dân các huyện, thành phố", "monitor")} <= rows


def test_items_after_a_blank_line_that_is_no_heading_keep_no_subject():
    # near miss: the line before the items says more than its bodies, so the items name no one
    rows = assignment_rows(_HEAD + "1. Sở Nông nghiệp và Phát triển nông thôn báo cáo kết quả thực hiện năm 2022 như sau:\n"
                         "- Quan trắc độ mặn tại 12 điểm.\n")
    assert ("Sở Nông nghiệp và Phát triển nông thôn", "lead") not in rows


def test_a_line_that_points_at_the_tasks_below_is_no_task():
    rows = assignment_rows("Thông báo số 215-TB/HU yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt các nhiệm vụ sau:\n"
                 "- Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Nghị quyết tại các đảng ủy xã.\n")
    assert ("Các cấp ủy", "participate") not in rows and ("Chính quyền", "participate") not in rows
    assert ("Ủy ban Kiểm tra Huyện ủy", "monitor") in rows


def test_a_task_that_names_its_work_is_kept():
    # near miss: 'thực hiện tốt các nhiệm vụ phát triển kinh tế' is a task of its own
    rows = assignment_rows("Thông báo số 215-TB/HU yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt các nhiệm vụ phát "
                 "triển kinh tế.")
    assert ("Các cấp ủy", "participate") in rows


_PLAN = "ỦY BAN NHÂN DÂN HUYỆN TÂN KỲ\nSố: 61/KH-UBND\nKẾ HOẠCH\nThực hiện chuyển đổi số\n\nIII. TỔ CHỨC THỰC HIỆN\n"


def test_a_numbered_line_naming_only_its_bodies_without_a_colon_heads_the_lines_under_it():
    rows = assignment_rows(_PLAN + "1. Phòng Văn hóa và Thông tin\n"
                         "- Là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch.\n"
                         "- Theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND huyện.\n"
                         "2. UBND các xã, thị trấn\n"
                         "Xây dựng kế hoạch triển khai tại địa phương.\n")
    assert {("Phòng Văn hóa và Thông tin", "lead"), ("Phòng Văn hóa và Thông tin", "monitor"),
            ("UBND các xã, thị trấn", "lead")} <= rows


def test_an_unnumbered_line_of_bodies_heads_no_prose_under_it():
    # near miss: a line naming bodies without a list number (a caption, a signature block) owns no prose after it
    rows = assignment_rows(_PLAN + "UBND các xã, thị trấn\nXây dựng kế hoạch triển khai tại địa phương.\n")
    assert ("UBND các xã, thị trấn", "lead") not in rows


def test_the_bodies_a_colon_names_after_a_generic_head_are_the_subjects():
    rows = assignment_rows(_PLAN + "3. Các cơ quan, đơn vị: Công an huyện, Ban Chỉ huy Quân sự huyện phối hợp triển khai các nhiệm "
                         "vụ được giao.\n")
    assert {("Công an huyện", "coordinate"), ("Ban Chỉ huy Quân sự huyện", "coordinate")} <= rows


def test_theo_doi_at_an_item_start_is_a_verb_not_theo_do():
    # 'Theo dõi' folds to a word that begins like the lead-in 'Theo đó' ('accordingly')
    rows = assignment_rows(_HEAD + "1. Sở Công Thương:\n- Theo dõi, đôn đốc việc cung ứng nước ngọt.\n")
    assert ("Sở Công Thương", "monitor") in rows
    # near miss: 'Theo đó, ...' is still a lead-in before the subject
    assert ("Sở Y tế", "lead") in assignment_rows(_HEAD + "Theo đó, Sở Y tế chủ trì phòng dịch.\n")


def test_a_text_read_after_another_gives_what_it_gives_alone():
    # the parser reads each stretch of bodies once per text: nothing read for one text is kept for the next
    a = _HEAD + "1. Sở Tài chính:\n- Chủ trì bố trí kinh phí.\n"
    b = _HEAD + "1. Sở Y tế:\n- Chủ trì kiểm tra an toàn thực phẩm.\n"
    alone = extract(b).to_dict()
    extract(a)
    assert extract(b).to_dict() == alone
    assert {x["body"] for x in alone["assignments"]} == {"Sở Y tế"}


def test_a_heading_that_names_a_dashed_office_and_its_level():
    # 'Xã hội' after 'và' is part of the office's name, and the level before the colon ends it
    rows = assignment_rows(_HEAD + "- Phòng Lao động - Thương binh và Xã hội huyện:\n"
                         "+ Chủ trì, phối hợp với Phòng Dân tộc huyện rà soát hộ cận nghèo.\n"
                         "+ Theo dõi, đôn đốc các xã báo cáo kết quả.\n")
    assert {("Phòng Lao động - Thương binh và Xã hội huyện", "lead"), ("Phòng Dân tộc huyện", "coordinate"),
            ("Phòng Lao động - Thương binh và Xã hội huyện", "monitor")} == rows


def test_a_dashed_office_second_in_a_list():
    rows = assignment_rows(_HEAD + "Giao Sở Văn hóa, Thể thao và Du lịch, Sở Lao động - Thương binh và Xã hội tuyên truyền "
                         "về phòng, chống hạn mặn.\n")
    assert {body for body, _ in rows} == {"Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội"}


def test_a_known_body_after_va_in_a_dashed_name_is_one_of_its_own():
    # near miss: after 'và' the commune's police is a body of its own, not the rest of the office's name
    rows = assignment_rows(_HEAD + "Giao Phòng Văn hóa - Thông tin và Công an xã tuyên truyền về phòng, chống hạn mặn.\n")
    assert {body for body, _ in rows} == {"Phòng Văn hóa - Thông tin", "Công an xã"}


_DISTRICT = ("HUYỆN ỦY THANH LÂM\nSố 41-KH/HU\nThanh Lâm, ngày 10 tháng 4 năm 2024\n\nKẾ HOẠCH\nthực hiện Chỉ thị số "
             "08-CT/TU ngày 1/3/2024 của Ban Thường vụ Tỉnh ủy\n\nIV. TỔ CHỨC THỰC HIỆN\n")


def test_an_items_remit_after_its_colon_comes_before_its_verbs():
    rows = assignment_rows(_DISTRICT + "1. Các chi, đảng bộ trực thuộc: Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện.\n"
                             "2. Đề nghị Ủy ban MTTQ huyện: Căn cứ chức năng, nhiệm vụ, tuyên truyền, vận động Nhân dân.\n")
    assert rows == {("Các chi, đảng bộ trực thuộc", "lead"), ("Ủy ban MTTQ huyện", "participate")}


def test_a_request_heading_gives_the_items_under_it():
    rows = assignment_rows(_DISTRICT + "3. Đề nghị Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện:\n"
                             "- Tuyên truyền, vận động đoàn viên, hội viên thực hiện Chỉ thị.\n"
                             "- Giám sát việc thực hiện Chỉ thị ở cơ sở.\n")
    assert rows == {("Ủy ban MTTQ", "participate"), ("Các đoàn thể chính trị - xã hội huyện", "participate"),
                    ("Ủy ban MTTQ", "monitor"), ("Các đoàn thể chính trị - xã hội huyện", "monitor")}


def test_a_request_heading_to_a_higher_level_gives_nothing():
    # near miss: a district plan's request to the province's commission asks, it assigns nothing
    rows = assignment_rows(_DISTRICT + "4. Đề nghị Ban Tuyên giáo Tỉnh ủy:\n- Hướng dẫn việc tuyên truyền Chỉ thị.\n")
    assert rows == set()


# our own wording: a programme's last part, where a party committee leads the body it stands over, item by item
_LEADS_OVER = ("TỈNH ỦY HÀ GIANG\nSố: 21-CTr/TU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nIII. TỔ CHỨC THỰC HIỆN\n"
               "1. Các cấp ủy, tổ chức đảng lãnh đạo xây dựng kế hoạch thực hiện Chương trình.\n")


def test_items_under_a_line_that_leads_a_body_are_that_bodys_tasks():
    rows = assignment_rows(_LEADS_OVER + "2. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:\n"
                                         "- Chỉ đạo Sở Y tế kiểm tra chất lượng trạm y tế xã.\n"
                                         "3. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.\n")
    assert ("Đảng ủy UBND tỉnh", "lead") in rows
    assert ("UBND tỉnh", "lead") in rows          # directing the department under the line is its task
    assert ("Sở Y tế", "monitor") in rows


def test_items_under_a_line_that_names_its_body_alone_stay_with_it():
    # near miss: the line names the committee only; its item leads the body named in the item
    rows = assignment_rows(_LEADS_OVER + "2. Đảng ủy UBND tỉnh:\n"
                                         "- Lãnh đạo UBND tỉnh rà soát quy hoạch trạm y tế xã.\n")
    assert ("Đảng ủy UBND tỉnh", "lead") in rows


def test_a_heading_of_communes_wards_and_special_zones_heads_its_items():
    # 'đặc khu' (special zone, since the 2025 reform) ends the list of units before the heading's colon too
    rows = assignment_rows(_LEADS_OVER + "2. UBND các xã, phường, đặc khu: chỉ đạo các hợp tác xã vận động nông dân "
                                         "tham gia; kiểm tra việc đốt rơm rạ trên đồng.\n")
    assert ("UBND các xã, phường, đặc khu", "lead") in rows
    assert ("UBND các xã, phường, đặc khu", "monitor") in rows
    # near miss: the same list before its verbs was read already
    rows = assignment_rows(_LEADS_OVER + "2. UBND các xã, phường, đặc khu lập kế hoạch thu gom rơm rạ.\n")
    assert any(b == "UBND các xã, phường, đặc khu" for b, _ in rows)


def test_a_partners_task_names_who_it_works_with_not_itself():
    tasks = {a.body: a.task for a in extract("Đề nghị Công an tỉnh phối hợp với Ban Dân vận Tỉnh ủy nắm chắc tình hình "
                                             "tư tưởng vùng đồng bào có đạo.").assignments}
    assert tasks == {"Công an tỉnh": "phối hợp với Ban Dân vận Tỉnh ủy nắm chắc tình hình tư tưởng vùng đồng bào có đạo",
                     "Ban Dân vận Tỉnh ủy": "phối hợp với Công an tỉnh nắm chắc tình hình tư tưởng vùng đồng bào có đạo"}
    # a lead's partners, where the lead is reported ('đã chủ trì'): the partner coordinates with the lead
    rows = extract("Năm qua, Hội Nông dân huyện đã chủ trì, phối hợp với Ngân hàng Chính sách xã hội huyện quản lý "
                   "96 tổ tiết kiệm và vay vốn.").assignments
    partner = next(a for a in rows if a.role == "coordinate")
    assert partner.body == "Ngân hàng Chính sách xã hội huyện"
    assert partner.task.startswith("phối hợp với Hội Nông dân huyện quản lý 96 tổ")


def test_a_partner_at_the_same_level_keeps_the_texts_words():
    # point (ab): the partner is named as the text words it, 'cùng cấp' with it, not with the subject's level put in
    rows = assignment_rows("Đề nghị Ủy ban MTTQ các xã, thị trấn phối hợp với UBND cùng cấp đẩy nhanh tiến độ xây nhà.")
    assert rows == {("Ủy ban MTTQ các xã, thị trấn", "coordinate"), ("UBND cùng cấp", "coordinate")}
    rows = assignment_rows("Giao Hội Nông dân huyện chủ trì, phối hợp với Phòng Nông nghiệp cùng cấp hỗ trợ nông dân.")
    assert rows == {("Hội Nông dân huyện", "lead"), ("Phòng Nông nghiệp cùng cấp", "coordinate")}
    # near miss: 'cùng cấp ủy' after a partner's name is no level of it
    rows = assignment_rows("Đề nghị Ủy ban MTTQ các xã phối hợp với UBND xã tổ chức cùng cấp ủy rà soát.")
    assert ("UBND xã", "coordinate") in rows


def test_the_boards_of_villages_the_inspection_board_and_border_posts_are_bodies():
    rows = assignment_rows("Đồng chí Chủ tịch đề nghị Ban điều hành các khóm, ấp vận động nhân dân dọn dẹp vật dụng "
                           "chứa nước; Ban Thanh tra nhân dân các xã, thị trấn giám sát việc sử dụng kinh phí; Ủy ban "
                           "MTTQ các cấp tuyên truyền đến hội viên.")
    assert rows == {("Ban điều hành các khóm, ấp", "participate"), ("Ban Thanh tra nhân dân các xã, thị trấn", "monitor"),
                    ("Ủy ban MTTQ các cấp", "participate")}
    assert assignment_rows("Giao Công an xã chủ trì, phối hợp với Đồn Biên phòng Bản Lầu giữ vững an ninh biên giới.") \
        == {("Công an xã", "lead"), ("Đồn Biên phòng Bản Lầu", "coordinate")}
    # near miss: a board named with no village after it is not one of these
    assert assignment_rows("Đề nghị Ban điều hành dự án hoàn thành hồ sơ.") == set()


def test_levels_sharing_one_head_written_once_are_one_addressee():
    rows = assignment_rows("Đồng chí Bí thư đề nghị các huyện, thị, thành Đoàn phối hợp với Ban Tuyên giáo Tỉnh Đoàn tổ "
                           "chức đợt sinh hoạt chính trị.")
    assert ("Các huyện, thị, thành Đoàn", "coordinate") in rows
    assert not any(body == "Các huyện" for body, _ in rows)
    # near miss: the units themselves, each named in full, stay the units ('thị xã', 'thành phố')
    assert assignment_rows("Đồng chí Bí thư đề nghị các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện.") \
        == {("Các huyện, thị xã, thành phố", "lead")}


def test_the_cells_of_villages_named_without_cac_are_one_body():
    rows = assignment_rows("Đảng ủy xã giao UBND xã chủ trì mở rộng diện tích cây vụ đông; các chi bộ thôn, khu phố "
                           "lãnh đạo Nhân dân chỉnh trang khu dân cư.")
    assert rows == {("UBND xã", "lead"), ("Các chi bộ thôn, khu phố", "lead")}
    # the villages given a task are bodies too (point (x) of tests/ANNOTATION.md); near miss: villages as a place
    assert assignment_rows("Đảng ủy xã giao các thôn, khu phố chỉnh trang khu dân cư.") == {("Các thôn, khu phố", "lead")}
    assert assignment_rows("Đảng ủy xã giao UBND xã chỉnh trang khu dân cư tại các thôn, khu phố.") == {("UBND xã", "lead")}


def test_a_cooperative_named_by_its_trade_is_a_partner():
    rows = assignment_rows("Đảng ủy xã giao UBND xã chủ trì, phối hợp với Hợp tác xã dịch vụ nông nghiệp Tân Hội nhân "
                           "rộng mô hình trồng hoa.")
    assert rows == {("UBND xã", "lead"), ("Hợp tác xã dịch vụ nông nghiệp Tân Hội", "coordinate")}
    # near miss: cooperatives counted in a report are no body with a task
    assert assignment_rows("Năm 2024, toàn xã có 3 hợp tác xã dịch vụ nông nghiệp hoạt động hiệu quả.") == set()


def test_the_units_of_one_tier_named_by_their_kinds_are_one_addressee():
    # point (w): 'các phòng, ban, đơn vị', 'các cơ quan, đơn vị, địa phương' name the units of one tier by their kinds, one
    # row with the qualifier after the last kind
    opening = "Hội nghị sơ kết Nghị quyết số 05-NQ/TU.\nPhát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị "
    rows = assignment_rows(opening + "các phòng, ban, đơn vị tiếp tục tuyên truyền sâu rộng.\n")
    assert rows == {("Các phòng, ban, đơn vị", "participate")}
    rows = assignment_rows(opening + "các phòng, ban, ngành, đoàn thể huyện tiếp tục tuyên truyền sâu rộng.\n")
    assert rows == {("Các phòng, ban, ngành, đoàn thể huyện", "participate")}
    rows = assignment_rows(opening + "các cơ quan, đơn vị, địa phương tiếp tục tuyên truyền sâu rộng.\n")
    assert rows == {("Các cơ quan, đơn vị, địa phương", "participate")}


def test_near_miss_a_kind_that_goes_on_in_words_of_its_own_is_another_head():
    # 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ' are names of their own kind, read by the head that lists them
    rows = assignment_rows("Nghị quyết số 12/NQ-CP.\nYêu cầu các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ khẩn trương "
                           "rà soát thủ tục hành chính.\n")
    assert rows == {("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "lead")}


def test_bodies_joined_by_semicolons_before_their_verbs_share_the_task():
    # (kg.extract.assignment_clauses.joined_lists, the semicolon read by kg.extract.task_subjects)
    text = ("ỦY BAN NHÂN DÂN TỈNH\nSố: 31/KH-UBND\nKẾ HOẠCH\nvề phòng, chống sốt xuất huyết\n\n"
            "3. Sở Tài chính; Sở Nội vụ bố trí kinh phí và biên chế cho các trạm y tế.\n"
            "4. Các sở, ban, ngành; UBND các xã, phường rà soát điểm nguy cơ trên địa bàn.\n")
    rows = assignment_rows(text)
    assert {("Sở Tài chính", "lead"), ("Sở Nội vụ", "lead"), ("Các sở, ban, ngành", "lead"),
            ("UBND các xã, phường", "lead")} <= rows


def test_near_miss_a_semicolon_after_a_clause_with_its_own_verbs_joins_nothing():
    text = ("ỦY BAN NHÂN DÂN TỈNH\nSố: 31/KH-UBND\nKẾ HOẠCH\nvề phòng, chống sốt xuất huyết\n\n"
            "3. Sở Y tế chủ trì, phối hợp với Sở Tài chính; Sở Nội vụ tổ chức tập huấn cho cán bộ y tế.\n")
    rows = assignment_rows(text)
    assert ("Sở Y tế", "lead") in rows and ("Sở Tài chính", "coordinate") in rows
    assert ("Sở Nội vụ", "coordinate") not in rows


_LETTER = ("ỦY BAN NHÂN DÂN TỈNH HÀ TÂY NAM\nSố: 902/UBND-KT\nV/v khẩn trương triển khai Chỉ thị số 12-CT/TTg\n"
           "Hà Tây Nam, ngày 03 tháng 11 năm 2026\n\nHỎA TỐC\n\nĐể triển khai kịp thời Chỉ thị, Chủ tịch UBND tỉnh yêu cầu "
           "các cơ quan, đơn vị khẩn trương thực hiện các nội dung sau:\n\n")


def test_an_urgent_letter_s_line_pointing_at_its_items_is_no_task():
    rows = assignment_rows(_LETTER + "1. Sở Công Thương chủ trì kiểm tra thị trường xăng dầu.\n")
    assert ("Sở Công Thương", "lead") in rows
    assert not any(body.lower().startswith("các cơ quan") for body, _ in rows)
    # near miss: an urgent task that names its work is kept
    near = assignment_rows(_LETTER.replace("thực hiện các nội dung sau:", "thực hiện các nội dung của Chỉ thị.")
                           .replace("các cơ quan, đơn vị", "Sở Công Thương"))
    assert ("Sở Công Thương", "participate") in near


def test_lettered_items_under_a_line_naming_only_its_bodies_are_their_tasks():
    rows = assignment_rows(_LETTER + "2. UBND các huyện, thị xã:\na) Rà soát các cửa hàng xăng dầu trên địa bàn;\n"
                                     "b) Báo cáo kết quả về Sở Công Thương trước ngày 20/11/2026.\n")
    assert ("UBND các huyện, thị xã", "lead") in rows
    # near miss: lettered items under a line that says more than its bodies name no one
    near = assignment_rows(_LETTER + "2. UBND các huyện, thị xã đã báo cáo như sau:\na) Rà soát 40 cửa hàng xăng dầu;\n")
    assert ("UBND các huyện, thị xã", "lead") not in near


def test_a_partner_joined_by_cung_coordinates_the_subjects_work():
    # 'A cùng B <task>': B does A's task with it, a partner as after 'phối hợp với'
    rows = assignment_rows("Kế hoạch số 21/KH-UBND giao UBND các xã cùng Đoàn Thanh niên xã rà soát hộ chưa có tài khoản "
                           "định danh điện tử.")
    assert ("UBND các xã", "lead") in rows and ("Đoàn Thanh niên xã", "coordinate") in rows
    # in other words: 'cùng với', the partner's own task verb a monitor one
    rows = assignment_rows("Kế hoạch số 21/KH-UBND yêu cầu Công an xã cùng với Ban Chỉ huy Quân sự xã tuần tra các tuyến "
                           "đường liên thôn.")
    assert ("Ban Chỉ huy Quân sự xã", "coordinate") in rows and ("Công an xã", "monitor") in rows


def test_near_miss_cung_before_no_body_or_after_a_pair_adds_no_partner():
    # 'A và B cùng <task>': both are subjects of the task, neither a partner; 'cùng chung tay' names no partner
    rows = assignment_rows("Kế hoạch số 21/KH-UBND đề nghị Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã cùng vận động hội "
                           "viên tham gia. Đoàn Thanh niên xã cùng chung tay dọn vệ sinh môi trường.")
    assert ("Hội Nông dân xã", "participate") in rows and ("Hội Liên hiệp Phụ nữ xã", "participate") in rows
    assert not any(role == "coordinate" for _, role in rows)


_PAGE = "BÁO AN HÒA\n12/5/2026\n\nĐẩy nhanh cải cách hành chính\n\n"


def test_items_under_a_speakers_request_to_bodies_closed_by_a_colon_are_their_tasks():
    rows = assignment_rows(_PAGE + "Chủ tịch UBND tỉnh yêu cầu các sở, ngành:\n- Rà soát thủ tục hành chính;\n- Báo "
                                   "cáo kết quả trước ngày 30/6.\n")
    assert ("Các sở, ngành", "lead") in rows
    # in other words: a body, not a person, hands the items over
    rows = assignment_rows(_PAGE + "UBND tỉnh giao UBND các xã, phường:\n- Rà soát thủ tục hành chính;\n- Báo cáo kết "
                                   "quả trước ngày 30/6.\n")
    assert ("UBND các xã, phường", "lead") in rows


def test_near_miss_a_request_reported_done_gives_its_items_no_rows():
    rows = assignment_rows(_PAGE + "Năm qua, Chủ tịch UBND tỉnh đã yêu cầu các sở, ngành:\n- Rà soát thủ tục hành "
                                   "chính;\n- Báo cáo kết quả hằng quý.\n")
    assert not any(b.lower() == "các sở, ngành" for b, _ in rows)
