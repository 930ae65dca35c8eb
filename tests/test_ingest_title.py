"""kg.extracting.guess_title: a text's headline, past the site's banner and breadcrumb."""
from __future__ import annotations

import pytest

from kg.extracting import guess_title, is_banner

HEADLINE = "Đảng ủy xã Tà Xùa sơ kết ba năm thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện"


@pytest.mark.parametrize("banner", [
    "UBND Xã Tà Xùa - Huyện Bắc Yên - Tỉnh Sơn La",
    "Cổng thông tin điện tử huyện Bắc Yên | Tỉnh Sơn La",
    "Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng",
    "Trang chủ › Hoạt động của xã",
])
def test_a_banner_or_breadcrumb_is_passed_over(banner):
    assert is_banner(banner)
    assert guess_title(f"{banner}\n\n{HEADLINE}\n\n12/05/2024 08:10\n\nNgày 10/5, ...") == HEADLINE


@pytest.mark.parametrize("headline", [
    HEADLINE,
    "Huyện Bắc Yên - 5 năm thực hiện Nghị quyết 21 của Tỉnh ủy về giảm nghèo bền vững",   # a dash in a headline
    "Tỉnh Sơn La - Xã Tà Xùa đạt chuẩn nông thôn mới sau ba năm nỗ lực của cả hệ thống chính trị",
])
def test_a_headline_with_a_dash_or_a_unit_name_is_kept(headline):
    assert not is_banner(headline)
    assert guess_title(headline + "\n\nNgày 10/5, ...") == headline


@pytest.mark.parametrize("opening", [
    "Uỷ ban nhân dân tỉnh Sơn La thông báo lịch tiếp công dân định kỳ tháng 5",   # the mark on the other vowel
    "ỦY BAN NHÂN DÂN HUYỆN BẮC YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TRUY CẬP NHANH: văn bản mới, lịch công tác, thủ tục hành chính của huyện",
])
def test_a_site_line_is_skipped_in_any_case_and_either_spelling(opening):
    assert guess_title(f"{opening}\n\n{HEADLINE}\n\nNgày 10/5, ...") == HEADLINE


@pytest.mark.parametrize("credit", ["(Baothanhhoa.vn) - ", "(Baophutho.vn) – ", "(Chinhphu.vn) - ", "(TTXVN) - ",
                                    "(Dangcongsan.vn)—"])
def test_a_sites_credit_before_the_headline_is_left_out(credit):
    assert guess_title(f"{credit}{HEADLINE}\n\nNgày 10/5, ...") == HEADLINE


@pytest.mark.parametrize("headline", [
    "(Dự thảo) Kế hoạch thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện về giảm nghèo",  # no dash: its own
    "(1) Kết nạp từ 1.500 hội viên nông dân mới trở lên trong nhiệm kỳ - chỉ tiêu của tỉnh",   # a number, not a site
    "(Baothanhhoa.vn) Đảng bộ huyện Như Xuân: các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025",       # no dash after it
])
def test_a_parenthesis_that_is_no_credit_stays(headline):
    assert guess_title(headline + "\n\nNgày 10/5, ...") == headline


def test_an_official_text_s_headline_is_its_kind_and_subject_not_its_motto_number_or_date():
    """An official text opens with its issuer, number, the national motto and its place and date; its
    headline is its kind's line read with the subject line under it."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ PHÙ NINH\nSố: 97/KH-UBND                ngày 22 tháng 9 năm 2025\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhù Ninh, ngày 22 tháng 9 năm 2025\n\n"
            "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị trên địa bàn xã\n\nI. MỤC ĐÍCH")
    assert guess_title(text) == "Kế hoạch triển khai thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị trên địa bàn xã"
    report = "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy tại hội nghị ngày 10/11/2025 về công tác cán bộ"
    assert guess_title(report) == "Thông báo kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 10/11/2025 về công tác cán bộ"


def test_an_official_text_s_two_heading_columns_on_one_line_are_no_headline():
    """A plain-text copy of an official text sets its heading's two columns on one line each: the issuer's second line
    beside the motto is no headline; the kind line and the subject under it are."""
    text = ("HỘI ĐỒNG NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ AN BÌNH                        Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/NQ-HĐND                    An Bình, ngày 18 tháng 12 năm 2025\n\n"
            "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026 của xã\n\nCăn cứ ...")
    assert guess_title(text) == "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026 của xã"
    # near miss: a headline with a run of spaces in it, no heading's column beside it, stays the headline
    headline = "Xã An Bình   hoàn thành 18/19 tiêu chí nông thôn mới nâng cao"
    assert guess_title(headline + "\n\nNgày 10/5, ...") == headline


def test_near_misses_of_an_official_text_s_kind_line():
    # a news site's section label in capitals is no kind of text; a sentence naming a date is a headline
    assert guess_title("XÃ HỘI\nSơ kết 1 năm thực hiện Kế hoạch liên tịch về hỗ trợ nông dân") == (
        "Sơ kết 1 năm thực hiện Kế hoạch liên tịch về hỗ trợ nông dân")
    headline = "Lạng Sơn, ngày hội của đồng bào các dân tộc tháng 9 năm nay"
    assert guess_title(headline + "\n\nNgày 10/5, ...") == headline


@pytest.mark.parametrize("issuer", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
                                    "ĐẢNG BỘ XÃ MINH TÂN ĐẢNG ỦY XÃ"])
def test_the_issuing_body_in_capitals_over_an_official_text_s_kind_line_is_no_headline(issuer):
    """A department's or a committee's report opens with its name in capitals (six words or more) before the
    motto and its kind line: the text is named by its kind and subject, as a citation names it."""
    text = (f"UBND TỈNH AN BÌNH\n{issuer}\nSố: 31/BC-SKHCN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 5 tháng 3 năm 2026\nBÁO CÁO\n"
            "Kết quả thực hiện chuyển đổi số trên địa bàn tỉnh năm 2025\nI. KẾT QUẢ")
    assert guess_title(text) == "Báo cáo kết quả thực hiện chuyển đổi số trên địa bàn tỉnh năm 2025"


def test_near_misses_of_an_issuer_over_a_kind_line():
    # a headline in capitals with no kind line under it is the headline; so is one after the kind line's subject
    headline = "TỈNH AN BÌNH SƠ KẾT HAI NĂM ĐƯA CHUYỂN ĐỔI SỐ VỀ XÃ"
    assert guess_title(f"{headline}\n\nNgày 10/5, ...") == headline
    assert guess_title(f"BÁO CÁO\nKết quả chuyển đổi số năm 2025 của các xã\n{headline}") == (
        "Báo cáo kết quả chuyển đổi số năm 2025 của các xã")


def test_a_post_shared_from_a_phone_is_titled_without_its_pictographs():
    # a post copied from a chat app opens on a red circle; the title is its words (the text keeps it as it is)
    assert guess_title("🔴 TÂN LẬP: SỬA XONG 12 PHÒNG HỌC TRƯỚC NGÀY KHAI GIẢNG\n\nNgày 1/9, ...") == \
        "TÂN LẬP: SỬA XONG 12 PHÒNG HỌC TRƯỚC NGÀY KHAI GIẢNG"
    assert guess_title("📌\u200b Xã Tân Lập sửa xong 12 phòng học trước ngày khai giảng\n\nNgày 1/9, ...") == \
        "Xã Tân Lập sửa xong 12 phòng học trước ngày khai giảng"
    # near miss: a headline opening on a figure or a quotation mark keeps it
    assert guess_title("“Nâng chất” 12 phòng học của xã Tân Lập trước ngày khai giảng\n\nNgày 1/9, ...") == \
        "“Nâng chất” 12 phòng học của xã Tân Lập trước ngày khai giảng"
