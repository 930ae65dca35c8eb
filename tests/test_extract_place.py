"""The place a text reports on (kg.extract.place), by its name at the time of the text. Texts are our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract


def test_hue_before_2025_is_thua_thien_hue():
    f = extract("Thứ Ba, 14/03/2023\nNgày 13/3, Tỉnh ủy Thừa Thiên Huế sơ kết Nghị quyết số 03-NQ/TU.\n")
    assert f.place.province == "Thừa Thiên Huế"


def test_hue_after_its_change_is_hue():
    # near miss: the city's own name from 1/1/2025
    f = extract("Thứ Ba, 11/03/2025\nNgày 10/3, Thành ủy Huế sơ kết Nghị quyết số 03-NQ/TU.\n")
    assert f.place.province == "Huế"


def test_an_undated_text_keeps_the_name_it_writes():
    assert extract("Tỉnh ủy Thừa Thiên Huế sơ kết Nghị quyết số 03-NQ/TU.\n").place.province == "Thừa Thiên Huế"
    assert extract("Thành ủy Huế sơ kết Nghị quyết số 03-NQ/TU.\n").place.province == "Huế"


def test_a_commune_page_names_only_its_commune():
    text = "Thứ Sáu, 14/11/2025\nChiều 13/11, Đảng ủy xã Tà Xùa sơ kết việc thực hiện Kế hoạch số 12-KH/ĐU.\n"
    assert extract(text).place.province == "Sơn La"
    # near miss: a commune name shared by many provinces says nothing
    assert extract(text.replace("Tà Xùa", "Tân Lập")).place.province is None


def test_the_province_named_outweighs_a_commune_elsewhere():
    text = ("Thứ Hai, 3/3/2025\nTỉnh ủy Lai Châu học tập kinh nghiệm xây dựng nông thôn mới của xã Tà Xùa.\n"
            "Tỉnh ủy Lai Châu giao các huyện triển khai.\n")
    assert extract(text).place.province == "Lai Châu"


def test_the_site_address_gives_the_province():
    text = "(Baolaichau.vn) - Sáng 12/5, Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 05-CT/TU.\n"
    assert extract(text).place.province == "Lai Châu"


# ---- round 6: where a mention stands and what it names (texts are our own)

def test_a_district_gives_its_province_when_the_province_is_not_named():
    text = "Thứ Hai, 12/6/2023\nSáng 10/6, Huyện ủy Minh Long sơ kết Nghị quyết số 05-NQ/HU.\n"
    f = extract(text)
    assert (f.place.province, f.place.district) == ("Quảng Ngãi", "Minh Long")


def test_a_provincial_city_is_a_district_of_its_province():
    text = "Thứ Hai, 12/6/2023\nSáng 10/6, Thành ủy Vinh sơ kết Nghị quyết số 05-NQ/TU.\n"
    f = extract(text)
    assert (f.place.province, f.place.district) == ("Nghệ An", "Vinh")
    # near miss: a centrally run city named the same way is the province itself, with no district
    f = extract(text.replace("Thành ủy Vinh", "Thành ủy Cần Thơ"))
    assert (f.place.province, f.place.district) == ("Cần Thơ", None)


def test_a_district_named_like_another_province_is_not_that_province():
    text = ("Thứ Hai, 12/6/2023\nSáng 10/6, Huyện ủy Quảng Ninh sơ kết Nghị quyết số 05-NQ/HU tại xã Quảng Ninh. "
            "Bí thư Huyện ủy Quảng Ninh phát biểu.\n")
    assert extract(text).place.province == "Quảng Bình"
    # near miss: the province named with its own unit word
    assert extract(text.replace("Huyện ủy Quảng Ninh", "Tỉnh ủy Quảng Ninh")
                   .replace("xã Quảng Ninh", "tỉnh Quảng Ninh")).place.province == "Quảng Ninh"


def test_the_acting_province_outweighs_a_list_of_guests():
    text = ("Thứ Tư, 15/3/2023\nNgày 14/3, Tỉnh ủy Gia Lai sơ kết Nghị quyết số 05-NQ/TU. Dự hội nghị có đại diện "
            "các tỉnh Kon Tum, Đắk Lắk, Đắk Nông và Lâm Đồng. Kon Tum, Đắk Lắk chia sẻ kinh nghiệm.\n")
    assert extract(text).place.province == "Gia Lai"
    # near miss: a province named alone twice more than the acting one is the subject
    alone = ("Thứ Tư, 15/3/2023\nNgày 14/3, Tỉnh ủy Gia Lai làm việc tại Kon Tum. Kon Tum giới thiệu mô hình. "
             "Kon Tum đề nghị hỗ trợ. Kon Tum cảm ơn.\n")
    assert extract(alone).place.province == "Kon Tum"


def test_the_breadcrumb_is_the_page_home_and_an_unnamed_committee_is_its():
    text = ("Lào Cai > Chính trị\nThứ Hai, 12/6/2023\nTỉnh ủy sơ kết Nghị quyết số 05-NQ/TU. Đồng chí Bí thư Tỉnh "
            "ủy Yên Bái dự và phát biểu. Yên Bái và Lào Cai hợp tác phát triển. Đồng chí cảm ơn Yên Bái.\n")
    assert extract(text).place.province == "Lào Cai"
    # near miss: without the breadcrumb nothing says the unnamed committee is Lào Cai's
    assert extract(text.split("\n", 1)[1]).place.province == "Yên Bái"


def test_a_source_line_at_the_end_is_the_page_home():
    text = ("Thứ Tư, 15/3/2023\nNgày 14/3, Ban Thường vụ Tỉnh ủy sơ kết Nghị quyết số 05-NQ/TU. Đồng chí Bí thư "
            "Tỉnh ủy Lạng Sơn dự. Tỉnh ủy giao các huyện triển khai. Lạng Sơn chia sẻ kinh nghiệm.\n"
            "Nguồn: Báo Bắc Giang\n")
    assert extract(text).place.province == "Bắc Giang"
    # near miss: the paper named inside a sentence is no source line
    assert extract(text.replace("Nguồn: Báo Bắc Giang", "Phóng viên Báo Bắc Giang có mặt.")
                   ).place.province == "Lạng Sơn"


def test_the_official_header_names_the_issuing_province():
    text = ("TỈNH ỦY BẾN TRE\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 45-BC/HU\nChâu Thành, ngày 12 tháng 6 năm 2023\n"
            "BÁO CÁO sơ kết Nghị quyết số 05-NQ/HU. Huyện ủy Châu Thành đã lãnh đạo. Đồng chí từ tỉnh Tiền Giang "
            "dự. Tiền Giang chia sẻ.\n")
    f = extract(text)
    # the district's name is shared by several provinces: the header's province settles it
    assert (f.place.province, f.place.district) == ("Bến Tre", "Châu Thành")


def test_a_capital_headline_opening_on_a_province():
    text = ("Thứ Tư, 15/3/2023\nĐIỆN BIÊN: SƠ KẾT NGHỊ QUYẾT 05-NQ/TU\nNgày 14/3, Ban Thường vụ Tỉnh ủy tổ chức "
            "hội nghị. Đoàn công tác tỉnh Lai Châu, Sơn La dự.\n")
    assert extract(text).place.province == "Điện Biên"
    # near miss: a capital word that is no province opens the headline
    assert extract(text.replace("ĐIỆN BIÊN:", "TIN VẮN:")).place.province in {"Lai Châu", "Sơn La"}


def test_after_the_reform_old_and_new_names_count_for_the_new_province():
    text = ("Thứ Hai, 20/10/2025\nTỉnh ủy Gia Lai sơ kết 3 tháng vận hành chính quyền hai cấp. Tại khu vực phía "
            "Đông (tỉnh Bình Định cũ), các xã hoàn thành 95% thủ tục trực tuyến. Bình Định cũ có 58 xã, phường. "
            "Khu vực Bình Định đạt kết quả tốt.\n")
    assert extract(text).place.province == "Gia Lai"
    # near miss: before the reform the two were separate provinces and Bình Định is named most
    before = text.replace("20/10/2025", "20/10/2024").replace(" cũ", "")
    assert extract(before).place.province == "Bình Định"


def test_a_former_province_dates_an_undated_page_after_the_merger():
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY PHƯỜNG PHỦ LÝ\nKẾ HOẠCH thực hiện Nghị quyết số 57-NQ/TW. "
            "Phường hình thành từ các phường của thành phố Phủ Lý thuộc tỉnh Hà Nam cũ.\n")
    assert extract(text, date=None).place.province == "Ninh Bình"
    # near miss: without 'cũ' an undated page keeps the names it writes and the header decides
    assert extract(text.replace(" cũ", "")).place.province == "Ninh Bình"


def test_a_ward_named_after_a_former_province_is_not_that_province():
    text = ("Thứ Năm, 18/9/2024\nĐảng ủy phường Thái Bình, thành phố Hòa Bình sơ kết Nghị quyết số 05-NQ/ĐU. "
            "Phường Thái Bình có 12 tổ dân phố.\n")
    assert extract(text).place.province == "Hòa Bình"


def test_a_commune_and_its_district_together_give_the_province():
    text = "Thứ Hai, 12/6/2023\nĐảng ủy xã Hòa Phú, huyện Châu Thành sơ kết Nghị quyết số 05-NQ/ĐU.\n"
    # many provinces have a xã Hòa Phú and several a huyện Châu Thành; only Long An has both together
    assert extract(text).place.province == "Long An"
    assert extract(text.replace("Hòa Phú, huyện", "Hòa Hội (huyện").replace("Thành sơ", "Thành) sơ")
                   ).place.province == "Tây Ninh"
    # near miss: the commune alone says nothing
    assert extract(text.replace(", huyện Châu Thành", "")).place.province is None


def test_the_place_of_issue_of_a_ministry_is_not_its_subject():
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 120/BC-BNNMT\nHà Nội, ngày 12 tháng 6 năm 2023\nBÁO CÁO\nkết quả "
            "làm việc về thực hiện Chương trình\nNgày 5/6/2023, đoàn công tác làm việc với UBND tỉnh Sơn La.\n")
    assert extract(text).place.province == "Sơn La"
    # near miss: Hà Nội named as the body that acts is the subject
    assert extract(text.replace("UBND tỉnh Sơn La", "UBND thành phố Hà Nội")).place.province == "Hà Nội"


def test_a_district_issuer_seat_in_the_place_of_issue():
    text = ("THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy\nSố 215-TB/HU\nNgày 08/3/2024, Ban Thường vụ Huyện ủy "
            "họp nghe báo cáo.\nKrông Nô, ngày 12 tháng 3 năm 2024\n")
    f = extract(text)
    assert (f.place.province, f.place.district) == ("Đắk Nông", "Krông Nô")
    # near miss: the same name inside a sentence is no place of issue (and bare district names are common words)
    f = extract(text.replace("\nKrông Nô, ngày", "\nGửi Krông Nô, ngày"))
    assert f.place.province is None


def test_a_national_meeting_venue_alone_gives_no_place():
    text = ("Thứ Bảy, 12/10/2024\nSáng 12/10, tại Hà Nội, Ủy ban Dân tộc tổ chức hội nghị sơ kết 3 năm thực hiện "
            "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.\n")
    assert extract(text).place.province is None
    # near misses: the venue named again as a unit, or another province named as the acting body
    assert extract(text + "Thành phố Hà Nội dẫn đầu cả nước.\n").place.province == "Hà Nội"
    assert extract(text + "UBND tỉnh Lai Châu báo cáo kết quả.\n").place.province == "Lai Châu"


def test_a_mass_organisation_banner_is_the_page_home():
    text = ("HỘI NÔNG DÂN TỈNH BẮC GIANG\nTrang chủ > Tin hoạt động\nThứ Tư, 15/3/2023\nHội nghị tổng kết công tác "
            "Hội năm 2022\nNgày 14/3, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị tổng kết. Dự hội nghị có đại "
            "diện Hội Nông dân tỉnh Lạng Sơn và Hội Nông dân tỉnh Thái Nguyên. Hội Nông dân tỉnh Lạng Sơn chia sẻ "
            "kinh nghiệm. Lạng Sơn có nhiều mô hình hay.\n")
    assert extract(text).place.province == "Bắc Giang"
    # near miss: without the banner the guests' province is all the page names
    assert extract(text.split("\n", 1)[1]).place.province == "Lạng Sơn"


def test_a_body_in_its_province_is_no_venue():
    f = extract("Đảng ủy xã ở tỉnh Bến Tre triển khai nghị quyết.", date=dt.date(2024, 9, 1))
    assert f.place.province == "Bến Tre"
