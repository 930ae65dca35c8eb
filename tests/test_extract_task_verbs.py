"""The role a task's verbs give (kg.extract.task_verbs): the role named after 'vai trò', with its near miss. Texts are
our own."""
from __future__ import annotations

from extract_helpers import assignment_rows
from kg.extract.task_verbs import role_of


def test_role_named_after_vai_tro():
    assert role_of(["phat huy", "vai tro", "giam sat"]) == "monitor"


def test_role_of_outreach_alone():
    assert role_of(["phat huy"]) is None and role_of(["tuyen truyen"]) == "participate"


def test_the_front_asked_to_watch_over():
    rows = assignment_rows("Chỉ thị số 08-CT/TU đề nghị Ủy ban MTTQ Việt Nam tỉnh phát huy vai trò giám sát của Nhân dân.")
    assert rows == {("Ủy ban MTTQ Việt Nam tỉnh", "monitor")}


def test_a_core_role_in_outreach_names_no_monitoring():
    # near miss: 'vai trò nòng cốt' names no role of the contract; the call gives taking part
    rows = assignment_rows("Chỉ thị số 08-CT/TU đề nghị Tỉnh đoàn phát huy vai trò nòng cốt trong phong trào tình nguyện.")
    assert rows == {("Tỉnh đoàn", "participate")}


def test_the_body_directed_to_rearrange_does_the_task():
    rows = assignment_rows("Kế hoạch số 15-KH/ĐU: Đảng ủy phường chỉ đạo UBND phường sắp xếp lại các tổ dân phố.")
    assert ("UBND phường", "lead") in rows or ("UBND phường", "participate") in rows


def test_rearranging_inside_a_name_is_no_verb():
    # near miss: a capitalised word of a name folds like the verb ('Ban Sắp xếp ...' names a board)
    assert role_of(["sap xep"]) is None
    rows = assignment_rows("Kế hoạch số 15-KH/ĐU: Đảng ủy phường chỉ đạo Ban Sắp Xếp Đô Thị kiểm tra các tổ dân phố.")
    assert ("Ban Sắp Xếp Đô Thị", "monitor") in rows


def test_patrolling_is_watching_over():
    assert role_of(["tang cuong", "tuan tra", "kiem soat"]) == "monitor"
    # near miss: patrolling named after the lead's own word stays the lead's
    assert role_of(["chu tri", "tuan tra"]) == "lead"


def test_a_police_patrol_task_is_monitoring():
    rows = assignment_rows("UBND XÃ AN THẠNH\nSố: 12/KH-UBND\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "2. Công an xã tăng cường tuần tra, xử lý các trường hợp đổ rác ra biển.\n")
    assert ("Công an xã", "monitor") in rows


def test_rallying_members_is_taking_part():
    rows = assignment_rows("TỈNH ỦY LAI CHÂU\nSố: 30-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội động viên đoàn viên, "
                           "hội viên góp ý vào dự thảo văn kiện.\n")
    assert {("Ủy ban MTTQ Việt Nam tỉnh", "participate"), ("Các tổ chức chính trị - xã hội", "participate")} <= rows
    # near miss: with a monitoring verb in the chain the stronger role wins
    assert role_of(["dong vien"]) == "participate" and role_of(["kiem tra", "dong vien"]) == "monitor"


def test_organising_a_study_session_is_taking_part():
    # point (ai) of our conventions: organising the study of a document is the body's part, as studying is
    # ('Các chi, đảng bộ cơ sở đã tổ chức học tập, quán triệt Nghị quyết ...'); near miss: studying alone names no role
    assert role_of(["to chuc hoc tap", "quan triet"]) == "participate" and role_of(["hoc tap", "quan triet"]) is None
    rows = assignment_rows("BÁO PHÚ THỌ\n12/5/2024\n\nSáng 12/5, Huyện ủy tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết "
                           "số 19-NQ/TW.\n\nCác chi, đảng bộ cơ sở đã tổ chức học tập, quán triệt Nghị quyết cho cán bộ, "
                           "đảng viên.\n")
    assert rows == {("Các chi, đảng bộ cơ sở", "participate")}


def test_a_plan_asks_its_cells_to_organise_the_study():
    rows = assignment_rows("ĐẢNG ỦY XÃ TÂN AN\nSố: 09-KH/ĐU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "2. Các chi bộ trực thuộc tổ chức quán triệt Kế hoạch đến đảng viên, hoàn thành trước ngày 30/4.\n")
    assert rows == {("Các chi bộ trực thuộc", "participate")}


def test_directing_the_study_leads_it():
    # near miss: 'lãnh đạo, chỉ đạo' in the clause makes the body lead the study it directs; 'chủ trì' too
    rows = assignment_rows("ĐẢNG ỦY XÃ TÂN AN\nSố: 09-KH/ĐU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "2. Các chi bộ trực thuộc lãnh đạo, chỉ đạo tổ chức quán triệt Kế hoạch đến đảng viên.\n"
                           "3. Hội Nông dân xã chủ trì tổ chức học tập Kế hoạch đến hội viên.\n")
    assert rows == {("Các chi bộ trực thuộc", "lead"), ("Hội Nông dân xã", "lead")}


_CONCLUSION = ("BÁO BẮC GIANG\n14/11/2025\n\nSáng 14/11, Huyện ủy tổ chức hội nghị sơ kết Nghị quyết số 08-NQ/HU.\n\n"
               "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị ")


def test_a_task_of_the_bodys_own_with_no_cue_leads_it():
    # point (af): 'đề nghị' before a task with no cue changes nothing; the body owns the work
    for task in ("UBND các xã chủ động sắp xếp quỹ đất tái định cư.", "các cấp công đoàn đẩy mạnh đối thoại tại nơi làm việc.",
                 "Ban Quản lý dự án huyện khẩn trương quyết toán các công trình.",
                 "Hội Nông dân huyện tiếp tục đổi mới phương thức hoạt động."):
        rows = assignment_rows(_CONCLUSION + task + "\n")
        assert len(rows) == 1 and next(iter(rows))[1] == "lead", task


def test_keeping_up_or_helping_others_takes_part():
    # near misses: keeping up or taking care of work, reaching the goals set, clearing another's obstacles, finishing a
    # study, and a pace word before an outreach cue
    for task in ("Ngân hàng Chính sách xã hội huyện tạo điều kiện cho hợp tác xã vay vốn.",
                 "các tổ chức quan tâm quản lý tốt các nguồn quỹ.",
                 "các chi bộ tập trung hoàn thành các chỉ tiêu còn lại.",
                 "UBND huyện tập trung tháo gỡ khó khăn cho doanh nghiệp.",
                 "các cấp ủy hoàn thành việc học tập, quán triệt Nghị quyết trong tháng 3.",
                 "các cấp công đoàn đẩy mạnh tuyên truyền pháp luật lao động."):
        rows = assignment_rows(_CONCLUSION + task + "\n")
        assert len(rows) == 1 and next(iter(rows))[1] == "participate", task


def test_supporting_people_when_asked_is_a_task_of_the_bodys_own():
    for task in ("các tổ công nghệ số cộng đồng hỗ trợ người dân cài đặt ứng dụng định danh điện tử.",
                 "Sở Công Thương tiếp tục hỗ trợ doanh nghiệp xúc tiến thương mại."):
        rows = assignment_rows(_CONCLUSION + task + "\n")
        assert len(rows) == 1 and next(iter(rows))[1] == "lead", task


def test_near_miss_supporting_another_body_with_its_obstacles_takes_part():
    rows = assignment_rows(_CONCLUSION + "các sở, ngành hỗ trợ phường tháo gỡ vướng mắc về đất đai.\n")
    assert len(rows) == 1 and next(iter(rows))[1] == "participate"


def test_near_miss_what_a_review_says_a_body_supported_is_no_task():
    rows = assignment_rows(_REPORT + "Năm 2024, Hội Nông dân huyện đã hỗ trợ xây mới 35 nhà cho hội viên nghèo.\n")
    assert not any(body == "Hội Nông dân huyện" for body, _ in rows)


_REPORT = ("BÁO HÒA BÌNH\n20/6/2025\n\nHuyện ủy Lạc Sơn tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 21-CT/TW.\n\n")


def test_putting_a_content_into_a_resolution_is_a_task_of_its_own():
    # points (aa) and (ai): the directed committees lead what they put into their resolutions or meetings, and the
    # directing body keeps its row after two opening phrases
    rows = assignment_rows(_REPORT + "Theo báo cáo, 3 năm qua Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các cấp ủy đưa "
                                     "chỉ tiêu cán bộ nữ vào nghị quyết hằng năm.\n")
    assert rows == {("Ban Thường vụ Huyện ủy", "lead"), ("Các cấp ủy", "lead")}
    rows = assignment_rows(_CONCLUSION + "các chi bộ đưa nội dung Nghị quyết thành nội dung sinh hoạt thường kỳ.\n")
    assert rows == {("Các chi bộ", "lead")}


def test_taking_a_content_to_people_is_no_such_task():
    # near miss: 'đưa nội dung ... đến cán bộ' spreads it (no verb of ours), and 'thành nền nếp' puts it into no text
    rows = assignment_rows(_REPORT + "Theo báo cáo, 3 năm qua Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các cấp ủy đưa "
                                     "nội dung Chỉ thị đến cán bộ, đảng viên.\n")
    assert ("Các cấp ủy", "lead") not in rows
    rows = assignment_rows(_CONCLUSION + "các chi bộ đưa việc học tập thành nền nếp.\n")
    assert rows == set()


def test_guiding_and_watching_others_work_is_monitoring():
    # point (aa): 'hướng dẫn, theo dõi / đôn đốc việc thực hiện' in one clause is one monitor row
    assert role_of(["huong dan", "theo doi"]) == "monitor" and role_of(["huong dan", "don doc"]) == "monitor"
    rows = assignment_rows("TỈNH ỦY NINH BÌNH\nSố: 40-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "3. Ban Tuyên giáo Tỉnh ủy hướng dẫn, theo dõi việc thực hiện Kế hoạch.\n")
    assert rows == {("Ban Tuyên giáo Tỉnh ủy", "monitor")}


def test_near_miss_guiding_alone_or_under_chu_tri_leads():
    assert role_of(["huong dan"]) == "lead"
    rows = assignment_rows("TỈNH ỦY NINH BÌNH\nSố: 40-KH/TU\nKẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                           "3. Sở Tư pháp chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch.\n")
    assert rows == {("Sở Tư pháp", "lead")}


def test_holding_a_cells_meetings_when_asked_is_taking_part():
    # point (ai): the cells asked to hold their meetings take part; 'tổ chức' alone gives no role of its own
    rows = assignment_rows(_CONCLUSION + "các chi bộ thôn tổ chức sinh hoạt chuyên đề về chuyển đổi số.\n")
    assert rows == {("Các chi bộ thôn", "participate")}
    rows = assignment_rows(_CONCLUSION + "Đảng ủy các xã lãnh đạo chi đoàn các thôn tổ chức sinh hoạt đều đặn.\n")
    assert rows == {("Đảng ủy các xã", "lead"), ("Chi đoàn các thôn", "participate")}


def test_holding_meetings_reported_or_organising_other_work_is_no_such_part():
    # near misses: a report that the cells held their meetings asks nothing, and 'tổ chức' before other work stays
    # without a role of its own
    rows = assignment_rows(_REPORT + "Năm qua, các chi bộ đã tổ chức sinh hoạt chuyên đề về Chỉ thị.\n")
    assert ("Các chi bộ", "participate") not in rows
    rows = assignment_rows(_CONCLUSION + "các chi bộ tổ chức hội thi tìm hiểu Nghị quyết.\n")
    assert ("Các chi bộ", "participate") not in rows


def test_more_verbs_of_a_bodys_own_task():
    # task verbs with no role of their own, in a conclusion's list: the body's own task, led (point (af))
    for task in ("Ban Tổ chức Huyện ủy chủ trì sửa đổi tiêu chí; các chi bộ nhân rộng mô hình của xã Cát Hanh.",
                 "UBND huyện xem xét, bố trí kinh phí cho công tác phòng cháy, chữa cháy.",
                 "Ban Tổ chức Huyện ủy chủ trì sửa đổi tiêu chí; các chủ đầu tư giải ngân 100% kế hoạch vốn trước ngày 31/1.",
                 "Ban Tổ chức Huyện ủy chủ trì sửa đổi tiêu chí; Công an huyện ra quân bảo đảm an ninh trật tự dịp Tết."):
        rows = assignment_rows(_CONCLUSION + task + "\n")
        assert all(role == "lead" for _, role in rows) and len(rows) == 2 - task.startswith("UBND"), (task, rows)


def test_a_result_worded_with_those_verbs_is_no_task():
    # near miss: what a body reports it disbursed is a result, not a task
    rows = assignment_rows(_REPORT + "Năm 2024, các chủ đầu tư đã giải ngân 120 tỷ đồng, đạt 95% kế hoạch.\n")
    assert rows == set()


# a chain that opens on bare 'phối hợp' coordinates, lead verbs after it included (point (l))

def test_working_with_others_on_guidance_coordinates():
    rows = assignment_rows("Theo Kế hoạch số 45-KH/TU, Ban Tổ chức và Ban Nội chính Tỉnh ủy phối hợp định hướng việc sắp "
                           "xếp cán bộ cơ sở.")
    assert {role for _, role in rows} == {"coordinate"} and len(rows) == 2


def test_a_chain_that_opens_on_coordination():
    assert role_of(["phoi hop", "dinh huong"]) == "coordinate"
    assert role_of(["tiep tuc", "phoi hop", "tham muu"]) == "coordinate"


def test_a_chain_that_leads_before_it_coordinates_leads():
    # near misses: a lead verb opens the chain, or 'chủ trì' is in it
    assert role_of(["lanh dao, chi dao", "phoi hop"]) == "lead"
    assert role_of(["chu tri", "phoi hop", "tham muu"]) == "lead"
    rows = assignment_rows("Theo Kế hoạch số 45-KH/TU, Sở Du lịch chủ trì, phối hợp tham mưu chính sách hỗ trợ doanh nghiệp.")
    assert rows == {("Sở Du lịch", "lead")}


# carrying out a document, by a body directed to it or one that studies it first, is taking part (points (aa), (ae))

def test_bodies_directed_to_carry_out_a_resolution_take_part():
    rows = assignment_rows("Nghị quyết số 31/NQ-HĐND. Điều 4. Giao UBND tỉnh chỉ đạo các cơ quan chuyên môn và UBND cấp xã "
                           "tổ chức triển khai Nghị quyết này.")
    assert rows == {("UBND tỉnh", "lead"), ("Các cơ quan chuyên môn", "participate"), ("UBND cấp xã", "participate")}


def test_bodies_that_study_and_carry_out_a_directive_take_part():
    rows = assignment_rows("Chỉ thị số 12-CT/TU. Các đảng bộ cơ sở quán triệt, tổ chức thực hiện Chỉ thị đến từng đảng "
                           "viên.")
    assert rows == {("Các đảng bộ cơ sở", "participate")}


def test_the_body_handed_a_resolution_leads_it():
    # near miss: the executor the council hands its resolution to as a whole leads it
    rows = assignment_rows("Nghị quyết số 31/NQ-HĐND. Điều 4. Giao UBND tỉnh tổ chức thực hiện Nghị quyết này.")
    assert rows == {("UBND tỉnh", "lead")}


def test_a_directed_body_organising_work_of_its_own_leads_it():
    # near miss: 'tổ chức thực hiện việc rà soát ...' names work, not a document to carry out
    rows = assignment_rows("Theo Kế hoạch số 45-KH/TU, UBND tỉnh chỉ đạo các huyện tổ chức thực hiện việc rà soát hộ nghèo.")
    assert ("Các huyện", "lead") in rows


def test_studying_alone_keeps_the_role_of_its_verbs():
    # near miss: a commune reported studying the resolutions is no task (no lead cue to read anew)
    rows = assignment_rows("BÁO NAM ĐỊNH\n12/3/2025\n\nSáng 12/3, xã Giao Hải tổ chức hội nghị. Xã Giao Hải quán triệt "
                           "các nghị quyết của Bộ Chính trị.")
    assert rows == set()


def test_studying_and_carrying_out_a_regulation_ahead_is_taking_part():
    rows = assignment_rows(_REVIEW + "Để Quy định số 80-QĐ/TW đi vào cuộc sống, các đảng bộ cơ sở tiếp tục quán triệt, "
                           "thực hiện nghiêm Quy định.\n")
    assert rows == {("Các đảng bộ cơ sở", "participate")}


def test_studying_and_carrying_out_as_a_review_reports_it_is_no_new_role():
    # near miss: 'đã quán triệt, thực hiện' reports what was done; the chain's verbs give no role of their own
    rows = assignment_rows(_REVIEW + "Để Quy định số 80-QĐ/TW đi vào cuộc sống, các đảng bộ cơ sở đã quán triệt, thực "
                           "hiện nghiêm Quy định.\n")
    assert ("Các đảng bộ cơ sở", "participate") not in rows


_REVIEW = ("BÁO BẮC GIANG\n22/5/2024\n\nChiều 21/5, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết 2 năm thực hiện "
           "Quy định số 80-QĐ/TW.\n\n")


def test_recovering_misused_funds_is_a_task_of_the_body_asked():
    rows = assignment_rows("Đoàn giám sát đề nghị UBND huyện Cam Lộ kiểm tra việc sử dụng kinh phí; thu hồi kinh phí sử "
                           "dụng sai mục đích.")
    assert rows == {("UBND huyện Cam Lộ", "monitor"), ("UBND huyện Cam Lộ", "lead")}


def test_near_miss_funds_recovered_as_a_result_is_no_task():
    rows = assignment_rows("Năm 2025, UBND huyện Cam Lộ đã thu hồi 2 tỷ đồng sử dụng sai mục đích.")
    assert rows == set()


def test_a_body_led_to_amend_a_mechanism_has_a_task_of_its_own():
    rows = assignment_rows("Kết luận số 52-KL/TU yêu cầu Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh sửa đổi cơ chế hỗ trợ "
                           "phát triển du lịch cộng đồng.")
    assert ("UBND tỉnh", "lead") in rows and ("Ban cán sự đảng UBND tỉnh", "lead") in rows


def test_a_body_led_to_a_word_that_is_no_verb_has_none():
    # near miss: 'sự đổi mới' is a noun phrase, not the amending verb; the body led gets no row of its own
    rows = assignment_rows("Kết luận số 52-KL/TU yêu cầu Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh sự đổi mới.")
    assert ("UBND tỉnh", "lead") not in rows


def test_launching_a_campaign_is_a_task_of_the_body_s_own():
    text = ("Kế hoạch số 45-KH/ĐU của Đảng ủy Tập đoàn thực hiện Nghị quyết số 70-NQ/TW.\n\n"
            "Đồng chí Bí thư đề nghị các cấp ủy trực thuộc quán triệt Nghị quyết; Công đoàn Tập đoàn phát động phong "
            "trào thi đua tiết kiệm điện.\n")
    assert ("Công đoàn Tập đoàn", "lead") in assignment_rows(text)


def test_near_miss_a_word_that_only_opens_like_the_verb_gives_no_task():
    # ('phát đi' sends a notice out: no campaign of the union's own)
    text = ("Kế hoạch số 45-KH/ĐU của Đảng ủy Tập đoàn thực hiện Nghị quyết số 70-NQ/TW.\n\n"
            "Đồng chí Bí thư đề nghị các cấp ủy trực thuộc quán triệt Nghị quyết; Công đoàn Tập đoàn phát đi thông "
            "báo.\n")
    assert not any(body == "Công đoàn Tập đoàn" for body, _ in assignment_rows(text))


_DRAFT = ("Ngày 5/11/2026, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh.\n\n"
          "{line}\n")


def test_taking_in_views_on_a_draft_is_a_task_of_the_directed_body():
    rows = assignment_rows(_DRAFT.format(line="1. Đề nghị UBND tỉnh chỉ đạo Sở Y tế tiếp thu ý kiến, hoàn thiện dự "
                                              "thảo trước kỳ họp."))
    assert ("Sở Y tế", "lead") in rows


def test_near_miss_the_department_praised_for_taking_in_views_is_given_nothing():
    rows = assignment_rows(_DRAFT.format(line="Các đại biểu đánh giá cao tinh thần cầu thị của Sở Y tế trong tiếp thu "
                                              "ý kiến."))
    assert not any(body == "Sở Y tế" for body, _ in rows)


def test_a_campaign_kept_up_is_taken_part_in():
    rows = assignment_rows("Báo cáo số 12/BC-UBND: Đề nghị Ủy ban MTTQ xã tiếp tục đẩy mạnh cuộc vận động \"Người Việt "
                           "Nam ưu tiên dùng hàng Việt Nam\".")
    assert rows == {("Ủy ban MTTQ xã", "participate")}


def test_near_miss_a_dialogue_pushed_on_is_the_bodys_own_work():
    # 'tiếp tục đẩy mạnh' before work that is no campaign keeps the body's own lead (regold22)
    rows = assignment_rows("Báo cáo số 12/BC-UBND: Đề nghị Ủy ban MTTQ xã tiếp tục đẩy mạnh đối thoại với Nhân dân.")
    assert rows == {("Ủy ban MTTQ xã", "lead")}


def test_a_partner_s_name_ends_before_a_staffing_verb():
    rows = assignment_rows("Kế hoạch số 12/KH-UBND.\n\n1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ tuyển "
                           "dụng đủ 370 giáo viên trước ngày 31/8/2027.\n")
    assert rows == {("Sở Giáo dục và Đào tạo", "lead"), ("Sở Nội vụ", "coordinate")}


def test_near_miss_the_verb_s_words_in_capitals_are_a_name():
    rows = assignment_rows("Kế hoạch số 12/KH-UBND.\n\n1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tuyển Dụng "
                           "Nhân Sự kiểm tra hồ sơ trước ngày 31/8/2027.\n")
    assert ("Phòng Tuyển Dụng Nhân Sự", "coordinate") in rows


def test_a_view_to_hold_is_taking_part():
    # 'phải coi chuyển đổi số là nhiệm vụ trọng tâm': an attitude the bodies keep, point (af)
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tôi đề nghị các cấp ủy, "
                           "chính quyền phải coi chuyển đổi số là nhiệm vụ trọng tâm.")
    assert rows == {("Các cấp ủy", "participate"), ("Chính quyền", "participate")}


def test_a_view_beside_a_lead_verb_leaves_the_lead():
    # near miss: leading the work with the view beside it still leads
    rows = assignment_rows("Ngày 3/5, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tôi đề nghị các cấp ủy "
                           "lãnh đạo thực hiện Nghị quyết, coi chuyển đổi số là nhiệm vụ trọng tâm.")
    assert rows == {("Các cấp ủy", "lead")}


def test_guiding_after_acts_of_no_role_leads_and_after_outreach_takes_part():
    assert role_of(["ra soat", "huong dan"]) == "lead"
    # near miss: guiding after the outreach verbs is outreach
    assert role_of(["tuyen truyen", "van dong", "huong dan"]) == "participate"


_PLAN_40 = "Ngày 3/2/2026, UBND huyện ban hành Kế hoạch số 21/KH-UBND về phát triển kinh tế tập thể. "


def test_the_common_work_verbs_of_a_plan_end_the_name_and_give_the_body_its_task():
    rows = assignment_rows(_PLAN_40 + "Giao Liên minh Hợp tác xã tỉnh tư vấn thành lập hợp tác xã; Trung tâm Giáo dục nghề "
                                      "nghiệp huyện đào tạo nghề cho thành viên; Phòng Kinh tế khảo sát nhu cầu vốn.\n")
    assert rows == {("Liên minh Hợp tác xã tỉnh", "lead"), ("Trung tâm Giáo dục nghề nghiệp huyện", "lead"),
                    ("Phòng Kinh tế", "lead")}
    # in other words: promoting, making public and handing over
    rows = assignment_rows(_PLAN_40 + "Giao Phòng Văn hóa huyện quảng bá sản phẩm OCOP; UBND các xã công khai danh sách "
                                      "hộ được hỗ trợ; Phòng Nội vụ huyện bàn giao hồ sơ cho các hợp tác xã.\n")
    assert rows == {("Phòng Văn hóa huyện", "lead"), ("UBND các xã", "lead"), ("Phòng Nội vụ huyện", "lead")}


def test_near_miss_the_verb_words_written_in_a_name_stay_in_it_and_a_reward_reported_is_no_task():
    rows = assignment_rows(_PLAN_40 + "Giao Trung tâm Xúc tiến Đầu tư tỉnh chủ trì giới thiệu sản phẩm tại hội chợ.\n")
    assert rows == {("Trung tâm Xúc tiến Đầu tư tỉnh", "lead")}
    rows = assignment_rows("Sau 5 năm thực hiện Chỉ thị số 05-CT/TW, Huyện ủy đã khen thưởng 46 tập thể, 132 cá nhân "
                           "tiêu biểu.\n")
    assert rows == set()
