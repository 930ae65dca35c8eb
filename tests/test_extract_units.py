"""Extraction rules on small texts written for these tests."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.dates import find_dates, parse_date
from kg.extract.numbers import parse_number
from kg.extract.text import fold_same_length, prepare

ROOT = Path(__file__).resolve().parents[1]


def keys(f):
    return [d.key for d in f.documents]


def doc(f, key):
    return next(d for d in f.documents if d.key == key)


# ---------------------------------------------------------------- numbers and dates

@pytest.mark.parametrize("s,v", [("1.500", 1500), ("111,9", 111.9), ("21.436", 21436), ("2,2", 2.2),
                                 ("1.2.3.4", None), ("08", 8), ("", None), ("12.345.678", 12345678)])
def test_numbers(s, v):
    assert parse_number(s) == v


def test_dates_styles():
    f = fold_same_length("Chiều 18-8-2023 họp; ngày 05 tháng 02 năm 2026; 09/09/2025; sáng 12/6 và 34/55 xã, 9/9 nhiệm vụ")
    got = [(d.date, d.time_word, d.has_year) for d in find_dates(f, 2024)]
    assert got == [(dt.date(2023, 8, 18), True, True), (dt.date(2026, 2, 5), True, True),
                   (dt.date(2025, 9, 9), False, True), (dt.date(2024, 6, 12), True, False)]


@pytest.mark.parametrize("text, want", [
    ("ngày 12 /3/2024", dt.date(2024, 3, 12)), ("ngày 12/ 3/ 2024", dt.date(2024, 3, 12)),
    ("ngày 15 - 5 - 2016", dt.date(2016, 5, 15)), ("ngày 12–3–2024", dt.date(2024, 3, 12)),
    ("ngày 12 tháng 3, năm 2024", dt.date(2024, 3, 12)), ("ngày22 tháng 7 năm 2010", dt.date(2010, 7, 22)),
    ("ngày22/7/2010", dt.date(2010, 7, 22)),
    # near misses: spaces around full stops are figures; mixed separators; a number glued to another word
    ("tăng 12. 3. 2024 lần", None), ("12/3-2024", None), ("mã22/7/2010", None), ("Số22/7/2010", None),
])
def test_dates_printed_with_spaces_dashes_and_glued_words(text, want):
    got = find_dates(fold_same_length(text))
    assert (got[0].date if got else None) == want


def test_no_year_no_base_means_no_date():
    assert find_dates(fold_same_length("sáng 12/6 hội nghị"), None) == []



def test_dates_of_a_text_scanned_again_with_another_year():
    # a text's candidates are kept for the next scan of the same text (kg.extract.events scans again with a stand-in
    # year): each scan gives what a scan of a fresh copy gives; '29/2' exists in a leap year only
    f = fold_same_length("Sáng 29/2 họp; ngày 12/3/2024 ký; chiều 5/6 và 34/55 xã; ngày 31/2/2024")
    for year in (2024, 2023, None, 2000, 2024):
        fresh = (f + ".")[:-1]
        assert find_dates(f, year) == find_dates(fresh, year)
    assert [d.date for d in find_dates(f, 2023)] == [dt.date(2024, 3, 12), dt.date(2023, 6, 5)]
    assert [d.date for d in find_dates(f, 2000)] == [dt.date(2000, 2, 29), dt.date(2024, 3, 12), dt.date(2000, 6, 5)]

def test_invalid_dates_are_not_guessed():
    assert find_dates(fold_same_length("ngày 31/2/2024 và 45/13/2020"), 2024) == []
    assert parse_date("20/12/2023") == dt.date(2023, 12, 20)
    assert parse_date("2023-12-20") == dt.date(2023, 12, 20)
    assert parse_date("không có") is None


def test_prepare_reads_a_decomposed_text_in_its_composed_form_and_points_into_that():
    """A text typed or saved with decomposed accents (NFD) is read, stored and quoted in its composed form (round
    40: ``kg.text.surface``); the facts' offsets point into that form, which is the source kept."""
    import unicodedata
    src = unicodedata.normalize("NFD", "Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 12-KH/TU")
    p = prepare(src)
    assert p.source == unicodedata.normalize("NFC", src) != src
    for words in ("12-KH/TU", "Lạng Sơn"):
        a = p.text.index(words)
        s, e = p.span(a, a + len(words))
        assert p.source[s:e] == words


# ---------------------------------------------------------------- documents

def test_number_and_issuer_build_the_key():
    f = extract("Hội nghị quán triệt Kết luận số 21 ngày 9/5/2022 của Ban Bí thư khóa XIII và Chương trình "
                "hành động số 40 của Ban Thường vụ Huyện ủy về thực hiện Kết luận 21.")
    assert "21-KL/TW" in keys(f) and "40-CTr/HU" in keys(f)
    assert doc(f, "21-KL/TW").date == dt.date(2022, 5, 9)
    assert doc(f, "21-KL/TW").level == "central" and doc(f, "40-CTr/HU").level == "district"
    assert [(x.from_, x.type, x.to) for x in f.links] == [("40-CTr/HU", "implements", "21-KL/TW")]


def test_state_documents():
    f = extract("Ngày 3/4/2023, Ủy ban nhân dân tỉnh ban hành Quyết định số 512/QĐ-UBND phê duyệt đề án; "
                "căn cứ Nghị quyết số 20/2022/NQ-HĐND ngày 8/12/2022 của Hội đồng nhân dân tỉnh.")
    d = doc(f, "512/QĐ-UBND")
    assert d.type == "QĐ" and d.issuer_code == "UBND" and d.date == dt.date(2023, 4, 3)
    h = doc(f, "20/2022/NQ-HĐND")
    assert h.issuer_code == "HĐND" and h.level == "province" and h.date == dt.date(2022, 12, 8)


def test_shared_head_list_gets_issuer_and_date():
    f = extract("Tỉnh ủy học tập Nghị quyết số 20-NQ/TW, Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành "
                "Trung ương khóa XIII.")
    for k in ("20-NQ/TW", "21-NQ/TW"):
        d = doc(f, k)
        assert d.date == dt.date(2022, 6, 16) and d.level == "central" and "Trung ương" in d.issuer


def test_short_form_resolves_to_first_mention():
    f = extract("Nghị quyết số 33 ngày 9/6/2014 của Ban Chấp hành Trung ương về văn hóa. Sau 10 năm thực hiện "
                "Nghị quyết 33, toàn tỉnh đã xây dựng 120 thiết chế văn hóa.")
    assert keys(f) == ["33-NQ/TW"]
    assert f.outcomes[0].document == "33-NQ/TW" and f.outcomes[0].value == 120


def test_unnumbered_named_and_generic():
    f = extract("Tỉnh ủy ban hành Chương trình số 07-CTr/TU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
                "lần thứ XVII, nhiệm kỳ 2020-2025. Các nghị quyết của Trung ương đều được quán triệt.")
    assert "NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025" in keys(f)
    assert len(f.documents) == 2
    assert f.links[0].to.startswith("NQ:Đại hội")


def test_planned_document_with_continues_link():
    f = extract("Hội nghị giao Ban Dân vận Tỉnh ủy chủ trì tham mưu cho Ban Thường vụ Tỉnh ủy ban hành Kết luận "
                "để tiếp tục thực hiện Chỉ thị số 16-CT/TU ngày 2/3/2018 của Ban Thường vụ Tỉnh ủy.")
    planned = [d for d in f.documents if d.key.startswith("KL:")]
    assert len(planned) == 1 and planned[0].number is None
    assert [(x.type, x.to) for x in f.links if x.from_ == planned[0].key] == [("continues", "16-CT/TU")]


# ---------------------------------------------------------------- targets and outcomes

def test_targets_with_markers_comparators_periods():
    f = extract("Ngày 2/2/2024, Huyện ủy ban hành Kế hoạch số 30-KH/HU. Kế hoạch phấn đấu đến năm 2025 có "
                "ít nhất 85% số thôn đạt chuẩn văn hóa; hằng năm kết nạp từ 120 đảng viên mới trở lên; "
                "tỷ lệ hộ nghèo không quá 3%.")
    got = {(t.value, t.comparator, t.unit) for t in f.targets}
    assert got == {(85, ">=", "%"), (120, ">=", "đảng viên mới"), (3, "<=", "%")}
    assert all(t.document == "30-KH/HU" for t in f.targets)
    assert {t.period for t in f.targets} <= {"2025", "annual"}


def test_outcomes_ratio_money_exceeded():
    f = extract("Sơ kết Nghị quyết số 12-NQ/TU. Sau 3 năm, tỉnh đã huy động 163 tỷ đồng; có 18/21 chỉ tiêu đạt "
                "và vượt kế hoạch, trong đó vượt 4 chỉ tiêu; kết nạp được 950 đảng viên, trong đó có 40 đảng "
                "viên là đoàn viên ưu tú. Khen thưởng 25 tập thể.")
    got = [(o.value, o.of) for o in f.outcomes]
    assert (163, None) in got and (18, 21) in got and (950, None) in got and (40, 950) in got
    assert any(o.value == 4 and o.unit == "chỉ tiêu (vượt)" for o in f.outcomes)
    assert all(o.value != 3 for o in f.outcomes)        # '3 năm' is a duration
    assert all(o.value != 25 for o in f.outcomes)       # awards are not outcomes
    assert all(o.document == "12-NQ/TU" for o in f.outcomes)


def test_per_unit_and_ages_are_not_quantities():
    f = extract("Phấn đấu đến năm 2030 giá trị sản xuất trên 1 ha đạt 150 triệu đồng; 90% trẻ em từ 6 đến 15 tuổi "
                "biết bơi.")
    assert sorted(t.value for t in f.targets) == [90, 150]


# ---------------------------------------------------------------- assignments

def test_lead_and_coordinate_split():
    f = extract("Ngày 1/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 77-KH/TU. Giao Ban Tổ chức Tỉnh ủy chủ "
                "trì, phối hợp với Văn phòng Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy theo dõi, đôn đốc việc thực hiện. "
                "Mặt trận Tổ quốc, các đoàn thể tỉnh tuyên truyền, vận động nhân dân; Sở Nội vụ kiểm tra, giám sát.")
    got = {(a.body, a.role) for a in f.assignments}
    assert ("Ban Tổ chức Tỉnh ủy", "lead") in got
    assert ("Văn phòng Tỉnh ủy", "coordinate") in got and ("Ủy ban Kiểm tra Tỉnh ủy", "coordinate") in got
    assert ("Mặt trận Tổ quốc", "participate") in got and ("Các đoàn thể tỉnh", "participate") in got
    assert ("Sở Nội vụ", "monitor") in got
    assert all(a.document == "77-KH/TU" for a in f.assignments)


def test_two_roles_in_two_clauses():
    f = extract("Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo, chỉ đạo cụ thể hóa Nghị quyết số 05-NQ/TU; "
                "kiểm tra, giám sát việc thực hiện.")
    assert {(a.body, a.role) for a in f.assignments} == {("Đảng đoàn Hội đồng nhân dân tỉnh", "lead"),
                                                         ("Đảng đoàn Hội đồng nhân dân tỉnh", "monitor")}


# ---------------------------------------------------------------- events and place

def test_review_events_split_by_type():
    f = extract("Cập nhật 03/10/2024 10:00\nSáng 2/10, Huyện ủy tổ chức hội nghị sơ kết, tổng kết các nghị quyết. "
                "Hội nghị thông qua Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW. Qua 5 năm triển khai "
                "thực hiện Kết luận số 06-KL/TW, toàn huyện đã giải ngân 320 tỷ đồng.")
    ev = {e.type: e for e in f.events}
    assert set(ev) == {"sơ kết", "tổng kết"}
    assert ev["sơ kết"].date == ev["tổng kết"].date == dt.date(2024, 10, 2)
    assert ev["tổng kết"].reviews == ["40-CT/TW"] and ev["sơ kết"].reviews == ["06-KL/TW"]
    assert ev["tổng kết"].organizer == "Huyện ủy"


def test_event_needs_a_date_of_its_own():
    f = extract("Nghị quyết số 08-NQ/TU ngày 13/3/2017 được sơ kết, tổng kết theo quy định.")
    assert f.events == []


def test_place_from_district_and_after_reform():
    f = extract("UBND HUYỆN SƠN HÀ\nHuyện ủy ban hành kế hoạch.")
    assert (f.place.province, f.place.district) == ("Quảng Ngãi", "Sơn Hà")
    g = extract("Đảng ủy xã ở tỉnh Bến Tre triển khai nghị quyết.", date=dt.date(2025, 9, 1))
    assert (g.place.province, g.place.district) == ("Vĩnh Long", None)
    h = extract("Một văn bản không nói nơi nào.", place="Lạng Sơn")
    assert h.place.province == "Lạng Sơn"


# ---------------------------------------------------------------- facts and the runner

def test_to_dict_contract_and_evidence():
    text = "Ngày 15/4/2024, Ban Thường vụ Tỉnh ủy Cao Bằng ban hành Chương trình số 20-CTr/TU về thực hiện Nghị quyết số 46-NQ/TW."
    f = extract(text, source="x.txt")
    d = f.to_dict()
    assert list(d) == ["source", "place", "documents", "links", "assignments", "targets", "outcomes", "events"]
    # the contract's fields, plus the extractor's confidence (an extra key the scorer ignores)
    assert d["documents"][0].keys() == {"key", "type", "number", "issuer", "issuer_code", "level", "date", "subject",
                                        "confidence"}
    json.dumps(d)
    e = f.to_dict(evidence=True)
    for doc_ in e["documents"]:
        ev = doc_["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["exact"]
    assert d["place"] == {"province": "Cao Bằng", "district": None}


@pytest.mark.slow
def test_runner(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Chương trình số 115-CTr/TU thực hiện Nghị quyết số 46-NQ/TW.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Sáng 2/3, hội nghị.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kg.extract", str(a), "--format", "json"], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    one = json.loads(out.stdout)
    assert one["source"] == "a.txt" and one["links"] == [{"from": "115-CTr/TU", "type": "implements", "to": "46-NQ/TW",
                                                          "confidence": 0.9}]
    out = subprocess.run([sys.executable, "-m", "kg.extract", str(a), str(b), "--date", "2024-03-05",
                          "--place", "Lạng Sơn"], capture_output=True, text=True, cwd=ROOT, check=True)
    two = json.loads(out.stdout)
    assert isinstance(two, list) and len(two) == 2 and two[1]["place"]["province"] == "Lạng Sơn"


# ---------------------------------------------------------------- held-out patterns (own wording)

def _links(f):
    return {(x.from_, x.type, x.to) for x in f.links}


def test_backreference_takes_the_last_documents_of_its_type():
    f = extract("Tỉnh ủy ban hành Chỉ thị số 04-CT/TU ngày 2/2/2021 và Chỉ thị số 07-CT/TU ngày 9/9/2021. "
                "Huyện ủy có Kế hoạch số 15-KH/HU để thực hiện hai chỉ thị nói trên. "
                "UBND tỉnh ban hành Kế hoạch số 61/KH-UBND thực hiện chỉ thị này.")
    assert {("15-KH/HU", "implements", "04-CT/TU"), ("15-KH/HU", "implements", "07-CT/TU"),
            ("61/KH-UBND", "implements", "07-CT/TU")} <= _links(f)
    assert ("61/KH-UBND", "implements", "04-CT/TU") not in _links(f)


def test_short_references_and_shared_head_lists():
    f = extract("Nghị quyết số 11-NQ/TU và Nghị quyết số 12-NQ/TU ngày 1/3/2021 của Tỉnh ủy. "
                "Ngày 5/5/2021, Huyện ủy ban hành Kế hoạch số 33-KH/HU. Kế hoạch 33 đã cụ thể hóa Nghị quyết 11, 12.")
    assert {("33-KH/HU", "implements", "11-NQ/TU"), ("33-KH/HU", "implements", "12-NQ/TU")} <= _links(f)


def test_legal_basis_cues_and_goal_of_the_based_document():
    f = extract("Nghị quyết số 07/2023/NQ-HĐND được HĐND tỉnh thông qua trên cơ sở Nghị định số 57/2018/NĐ-CP "
                "của Chính phủ, với mục tiêu hỗ trợ ít nhất 30 doanh nghiệp đầu tư vào nông nghiệp. "
                "Quyết định số 12/QĐ-UBND được ban hành theo tinh thần Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert {("07/2023/NQ-HĐND", "based_on", "57/2018/NĐ-CP"), ("12/QĐ-UBND", "based_on", "05-CT/TW")} <= _links(f)
    assert [(t.document, t.value) for t in f.targets] == [("07/2023/NQ-HĐND", 30)]


def test_period_nearest_to_the_number_in_its_item():
    f = extract("Ngày 2/3/2024, UBND tỉnh ban hành Kế hoạch số 40/KH-UBND. Kế hoạch đề ra mục tiêu: đến năm 2030 có "
                "ít nhất 200 hợp tác xã, trong đó hằng năm thành lập mới 15 hợp tác xã; tỷ lệ thua lỗ dưới 5%.")
    got = {(t.value, t.comparator, t.period) for t in f.targets}
    assert got == {(200, ">=", "2030"), (15, "=", "annual"), (5, "<=", "2030")}


def test_dash_body_names_and_far_monitor_cue():
    f = extract("Ngày 2/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 21-KH/HU. Ban Tổ chức - Kiểm tra Huyện đoàn "
                "chủ trì, phối hợp với Phòng Văn hóa - Thông tin huyện tổ chức tuyên truyền. Ủy ban Kiểm tra Huyện ủy đưa "
                "nội dung này vào chương trình kiểm tra, giám sát.")
    got = {(a.body, a.role) for a in f.assignments}
    assert got == {("Ban Tổ chức - Kiểm tra Huyện đoàn", "lead"), ("Phòng Văn hóa - Thông tin huyện", "coordinate"),
                   ("Ủy ban Kiểm tra Huyện ủy", "monitor")}


def test_second_event_of_the_same_conference():
    f = extract("Chiều 4/7/2024, Huyện ủy tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm, triển khai nhiệm vụ "
                "6 tháng cuối năm. Dịp này, hội nghị cũng quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.")
    assert [(e.type, e.date.isoformat()) for e in f.events] == [("hội nghị", "2024-07-04"), ("quán triệt", "2024-07-04")]


def test_drafting_a_programme_for_x_is_a_task_about_x():
    f = extract("Ngày 2/6/2025, Ban Thường vụ Huyện ủy Tam Nông ban hành Kế hoạch số 301-KH/HU thực hiện Nghị quyết "
                "số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Kế hoạch giao Ủy ban nhân dân huyện chủ trì tham mưu "
                "xây dựng Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW; Phòng Văn hóa huyện tuyên truyền "
                "kế hoạch.")
    got = {(a.body, a.role, a.document) for a in f.assignments}
    assert ("Ủy ban nhân dân huyện", "lead", "57-NQ/TW") in got
    assert ("Phòng Văn hóa huyện", "participate", "301-KH/HU") in got


def test_table_cells_are_targets_for_their_column_year():
    f = extract("Ngày 3/2/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND.\n\n"
                "| Chỉ tiêu | Năm 2026 | Năm 2030 |\n|---|---|---|\n| Tỷ lệ hộ dùng nước sạch (%) | 70 | ≥ 85 |\n")
    got = sorted((t.value, t.comparator, t.period, t.document) for t in f.targets)
    assert got == [(70, "=", "2026", "12/KH-UBND"), (85, ">=", "2030", "12/KH-UBND")]


def test_deadline_is_not_an_event_and_header_date_gives_the_year():
    f = extract("Trang tin huyện\n07/05/2024 | Lượt xem: 88\n\nSáng 6/5, Huyện ủy Đồng Hỷ tổ chức hội nghị quán triệt "
                "Chỉ thị số 35-CT/TW. Các chi bộ hoàn thành việc học tập trước ngày 30/6/2024.")
    assert [(e.type, str(e.date)) for e in f.events] == [("quán triệt", "2024-05-06")]


def test_lead_named_after_a_goal_clause():
    f = extract("Ngày 2/6/2025, Huyện ủy Tam Nông ban hành Kế hoạch số 301-KH/HU. Phấn đấu đến năm 2030 dư nợ tăng "
                "10%/năm, Ban đại diện HĐQT NHCSXH huyện chủ trì, phối hợp với Hội Nông dân huyện, Huyện đoàn và Hội "
                "Cựu chiến binh huyện kiểm tra, giám sát việc sử dụng vốn.")
    got = {(a.body, a.role) for a in f.assignments}
    assert got == {("Ban đại diện HĐQT NHCSXH huyện", "lead"), ("Hội Nông dân huyện", "coordinate"),
                   ("Huyện đoàn", "coordinate"), ("Hội Cựu chiến binh huyện", "coordinate")}


def test_present_figure_in_a_goal_sentence_is_no_target():
    f = extract("Ngày 2/3/2025, Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch số 55/KH-UBND. Kế hoạch phấn đấu đến năm "
                "2030 diện tích cà phê đạt 110.000 ha, hiện toàn tỉnh có khoảng 98.000 ha.")
    assert [(t.value, t.period) for t in f.targets] == [(110000, "2030")]
    assert not f.outcomes


def test_paragraph_opening_on_a_document_keeps_it_for_its_results():
    f = extract("Ngày 20/8/2024, Ban Thường vụ Huyện ủy Tân Kỳ tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
                "40-CT/TW ngày 22/11/2014 của Ban Bí thư và Kế hoạch số 12-KH/HU ngày 3/2/2015 của Ban Thường vụ Huyện "
                "ủy thực hiện Chỉ thị số 40-CT/TW.\n\nQua 10 năm thực hiện Chỉ thị 40, nguồn vốn tín dụng chính sách "
                "tăng mạnh. Đến nay, tổng dư nợ đạt 1.120 tỷ đồng; đã có 28.400 lượt hộ được vay vốn.")
    assert [(o.value, o.document) for o in f.outcomes] == [(1120, "40-CT/TW"), (28400, "40-CT/TW")]


def test_coordinated_local_documents_share_the_implements_cue():
    f = extract("Sau khi Trung ương ban hành Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 19-NQ/TW ngày "
                "25/10/2017, Tỉnh ủy Yên Bái đã ban hành Chương trình hành động số 31-CTr/TU ngày 5/2/2018 và Kế hoạch "
                "số 120-KH/TU ngày 7/3/2018 thực hiện Nghị quyết.")
    got = {(x.from_, x.type, x.to) for x in f.links}
    assert got == {(a, "implements", b) for a in ("31-CTr/TU", "120-KH/TU") for b in ("18-NQ/TW", "19-NQ/TW")}
