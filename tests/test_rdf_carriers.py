"""kg.rdf.carriers: which copies of an article are another site's, kept beside the text's own."""

from __future__ import annotations

import datetime as dt

from kg.rdf.carriers import Carrier, added

PAGE = Carrier("trang.html", "Báo Tuyên Quang điện tử", "https://baotuyenquang.example/cam-sanh.html", dt.date(2025, 5, 14))


def test_the_pdf_printed_of_the_page_naming_its_paper_is_no_second_site():
    """The PDF gives the paper's name and no address; the page its address and name: one site, kept once."""
    printed = Carrier("trang.pdf", "Báo Tuyên Quang Điện Tử")
    assert added((), PAGE, [printed]) == ()
    assert added((), printed, [PAGE]) == ()


def test_a_copy_of_the_same_host_is_the_same_site():
    again = Carrier("luu-lai.html", None, "https://www.baotuyenquang.example/cam-sanh.html?utm=x")
    assert added((), PAGE, [again]) == ()


def test_another_paper_is_kept_once():
    other = Carrier("bhg.html", "Báo Hà Giang", "https://baohagiang.example/ham-yen-cam.html", dt.date(2025, 5, 16))
    assert added((), PAGE, [other, other]) == (other,)
    # (named by its paper alone, another name than the page's: another site too)
    named = Carrier("bhg.pdf", "Báo Hà Giang")
    assert added((), PAGE, [named]) == (named,)
    assert added((other,), PAGE, [named]) == (other,)


def test_a_copy_that_names_no_site_is_none():
    assert added((), PAGE, [Carrier("ban-chep.txt")]) == ()
