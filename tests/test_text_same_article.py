"""kg.text.same_article: one article in two files is told by where their words differ. Lines one file adds around
the article (a date line, a share bar, menus) and a credit or a byline keep it one article; a word changed inside a
sentence makes a text nearly the other; a figure changed, or another article on the same event, neither."""

from __future__ import annotations

import pytest

from kg.text.same_article import Likeness, compare

HEADLINE = "Hàm Yên triển khai Kế hoạch phát triển vùng cam sành đến năm 2030"
BODY = [
    "(HY) - Ngày 14/5/2025, Ban Thường vụ Huyện ủy Hàm Yên ban hành Kế hoạch số 88-KH/HU về phát triển vùng cam sành "
    "bền vững giai đoạn 2025 - 2030.",
    "Kế hoạch đặt mục tiêu đến năm 2030 toàn huyện có 9.500 ha cam, trong đó 3.000 ha đạt chứng nhận VietGAP.",
    "Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với các xã xây dựng bản đồ vùng trồng và hướng dẫn nông "
    "dân ghi nhật ký sản xuất.",
    "Ủy ban nhân dân các xã rà soát quỹ đất, vận động người dân chuyển những diện tích cam già cỗi sang trồng mới bằng "
    "giống sạch bệnh.",
]
ARTICLE = "\n".join([HEADLINE, *BODY])


def test_a_printed_page_with_its_date_line_and_share_bar_is_the_same_article():
    printed = "\n".join(["Thứ Tư, 14/05/2025 16:20", HEADLINE, "Chia sẻ Facebook Zalo In bài Gửi email", *BODY])
    assert compare(ARTICLE, printed) == Likeness(True)
    # the words spaced otherwise (a .txt with blank lines, a line wrapped) are the same article too
    assert compare(ARTICLE, "\n\n".join([HEADLINE, *BODY]).replace(", phối hợp", ",\nphối hợp")).same


def test_the_article_under_another_site_s_credit_and_byline_is_the_same_article():
    other = ARTICLE.replace("(HY) - ", "TTXVN - ") + "\nNguyễn Thu Trang"
    assert compare(ARTICLE, other).same
    # and a page saved twice with other menus above it
    menus = "Trang chủ Thời sự Kinh tế\n" + ARTICLE, "Giới thiệu Văn hóa Du lịch Liên hệ\n" + ARTICLE
    assert compare(*menus).same


def test_near_miss_a_word_changed_inside_a_sentence_is_nearly_the_article_not_it():
    corrected = ARTICLE.replace("ghi nhật ký sản xuất", "ghi sổ nhật ký sản xuất")
    got = compare(ARTICLE, corrected)
    assert not got.same and 90 <= got.share < 100


@pytest.mark.parametrize("changed", [
    ARTICLE.replace("9.500 ha", "9.800 ha"),  # a figure corrected
    ARTICLE.replace("88-KH/HU", "91-KH/HU").replace("Hàm Yên", "Yên Sơn"),  # another district's article of one template
    ARTICLE.replace("(HY) - Ngày 14/5/2025", "(HY) - Ngày 15/5/2025"),  # a figure by the credit is no credit
])
def test_near_miss_a_figure_changed_is_neither_the_same_article_nor_nearly_it(changed):
    assert compare(ARTICLE, changed) == Likeness(False)


def test_near_miss_another_article_on_the_same_event_stays_another_text():
    """Two papers' reports of one plan share its title, its figures and a sentence, in their own words otherwise."""
    report = "\n".join([
        "Huyện Hàm Yên đặt mục tiêu 9.500 ha cam vào năm 2030",
        "Ngày 14/5/2025, Ban Thường vụ Huyện ủy Hàm Yên ban hành Kế hoạch số 88-KH/HU về phát triển vùng cam sành bền "
        "vững giai đoạn 2025 - 2030.",
        "Theo ông Lê Văn Bình, Trưởng phòng Nông nghiệp và Môi trường, diện tích cam của huyện hiện đạt 8.200 ha, nhiều "
        "vườn đã già cỗi và nhiễm bệnh vàng lá.",
        "Huyện sẽ hỗ trợ giống sạch bệnh cho các hộ trồng mới, ưu tiên các xã Phù Lưu, Tân Thành và Bình Xa.",
        "Kế hoạch đặt mục tiêu đến năm 2030 toàn huyện có 9.500 ha cam, trong đó 3.000 ha đạt chứng nhận VietGAP.",
    ])
    assert compare(ARTICLE, report) == Likeness(False)


def test_near_miss_a_whole_paragraph_more_is_more_than_lines_around_the_article():
    longer = ARTICLE + "\n" + ("Huyện phấn đấu mỗi năm tổ chức một hội chợ cam sành, mời các doanh nghiệp bao tiêu sản "
                               "phẩm đến ký hợp đồng với các hợp tác xã, để người trồng cam yên tâm mở rộng vùng trồng.")
    assert not compare(ARTICLE, longer).same


def test_a_page_saved_twice_with_another_count_of_views_on_its_date_line_is_the_same_article():
    assert compare("14/05/2025 16:20    39\n" + ARTICLE, "14/05/2025 16:20    152\n" + ARTICLE).same
    # the near miss: a figure changed in a line of the article's own is the text changed
    assert not compare(ARTICLE, ARTICLE.replace("đến năm 2030 toàn huyện", "đến năm 2031 toàn huyện")).same
