"""The one grammar of a place a person types (kg.text.typed_place), as the ``--place`` hint and a reviewer's place
read it: the same words accepted, the same message for the same mistake."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.extract.place import find_place
from kg.extracting import check_place
from kg.facts import Place
from kg.i18n import error_said
from kg.review.corrections import correct
from kg.review.model import place_of
from kg.text.typed_place import read_place, read_place_or_none

TEXT = "Ban Thường vụ ban hành kế hoạch thực hiện nghị quyết."


def _as_hint(typed: str) -> Place:
    check_place(typed)  # what the CLI checks before anything is read
    return find_place(TEXT, None, typed, to_source=None)


@pytest.mark.parametrize("typed,place", [
    # a ward by its name and kind word; after the 2025 merger ('Hà Giang 1' is a ward of the merged Tuyên Quang)
    ("phường Minh Xuân, Tuyên Quang", Place(province="Tuyên Quang", commune="Minh Xuân")),
    ("phường Hà Giang 1, Tuyên Quang", Place(province="Tuyên Quang", commune="Hà Giang 1", scheme="2025")),
    # 'thành phố' before a province is the province, before a district's name the district
    ("thành phố Hà Nội", Place(province="Hà Nội")),
    ("TP Hồ Chí Minh", Place(province="Hồ Chí Minh")),
    ("thành phố Vinh, Nghệ An", Place(province="Nghệ An", district="Vinh")),
    # a province by its code, without diacritics, by its former name (Thừa Thiên Huế is Huế since 2025)
    ("20", Place(province="Lạng Sơn")),
    ("tinh lang son", Place(province="Lạng Sơn")),
    ("Thừa Thiên Huế", Place(province="Huế")),
])
def test_a_hint_and_a_reviewer_s_place_read_the_same_words_alike(typed, place):
    assert place_of(typed) == place
    assert _as_hint(typed) == place


@pytest.mark.parametrize("typed,message,hint", [
    ("Lang Snn", "is no province: it does not end with a province", "did you mean Lạng Sơn?"),   # a typo
    ("Atlantis", "is no province", "the province last"),                                        # no province near
    ("Lạng Sơn, Cao Lộc", "does not end with a province", "the smallest unit first"),           # the wrong way round
    ("Minh Xuân, Tuyên Quang", "'Minh Xuân' is neither a district of Tuyên Quang", "kind word"),  # a ward unnamed
    ("thành phố Vinh, Hà Tĩnh", "'thành phố Vinh' is neither a district of Hà Tĩnh", "kind word"),  # another's city
    ("phường Không Có, Gia Lai", "Gia Lai has no 'phường Không Có'", "the commune's name"),  # no such ward
    ("xã Bảo Thắng, Lạng Sơn", "Lạng Sơn has no 'xã Bảo Thắng'", "its province"),  # another province's commune
])
def test_a_mistake_is_refused_alike_with_what_to_write(typed, message, hint):
    for read in (lambda: check_place(typed), lambda: correct("document", {"key": "12-KH/TU"}, {"place": typed})):
        with pytest.raises(UsageError, match=message) as refused:
            read()
        assert hint in (refused.value.hint or "")
    assert read_place_or_none(typed) is None


def test_each_caller_keeps_what_it_needs_of_the_place():
    typed = read_place("xã  Xuân Long, huyện Cao Lộc, lang son", "place")
    assert typed.kept == "xã Xuân Long, Cao Lộc, Lạng Sơn"  # a reviewer's place as written back
    assert typed.province.code == "20"
    # the CLI refuses a district alone; a library caller's district hint still gives its province
    with pytest.raises(UsageError, match="--place 'Hà Đông' is no province"):
        check_place("Hà Đông")
    assert find_place(TEXT, None, "Hà Đông", to_source=None) == Place(province="Hà Nội", district="Hà Đông")


@pytest.mark.parametrize("typed", [
    "phường Quy Nhơn, Gia Lai",              # a ward of the 2025 map, once Bình Định's
    "xã Gia Thanh, Gia Viễn, Ninh Bình",     # a commune of the map before the reform, in its district
])
def test_a_commune_of_the_province_on_either_map_is_taken(typed):
    assert place_of(typed).commune == typed.split(",")[0].split(" ", 1)[1]


@pytest.mark.parametrize("typed,words", [
    ("Atlantis", "place='Atlantis' không kết thúc bằng tên một tỉnh"),
    ("Lang Snn", "có phải là Lạng Sơn?"),
    ("Minh Xuân, Tuyên Quang", "'Minh Xuân' không phải là một huyện của Tuyên Quang"),
    ("phường Không Có, Gia Lai", "Gia Lai không có 'phường Không Có'"),
])
def test_a_refused_place_is_said_in_vietnamese_in_a_vietnamese_line(typed, words):
    with pytest.raises(UsageError) as refused:
        place_of(typed)
    message, hint = error_said(refused.value, "vi")
    assert words in f"{message} {hint}"
    assert "is no" not in message and "neither" not in message and "the smallest" not in (hint or "")
