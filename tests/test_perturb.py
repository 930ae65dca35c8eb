"""bench/perturb_transforms.py: each change of surface keeps the words a fact is read from (a document's number, a
day, a figure, a body's name), and changes what it says it changes. The whole-set scoring of bench/perturb.py is
run by hand (and by the ``eval`` test at the end, on one small set)."""
from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import perturb_transforms as pt  # noqa: E402

from kg.text.names import new_tone  # noqa: E402

TEXT = ("Hội nghị sơ kết Chỉ thị số 12-CT/TU\n"
        "Sáng 5/3/2025, Ban Thường vụ Huyện ủy Hòa Vang tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị số 12-CT/TU "
        "ngày 18 tháng 11 năm 2023 của Tỉnh ủy về \"Dân vận khéo\" giai đoạn 2023 - 2025.\n"
        "Toàn huyện đã hỗ trợ 1.500 hộ khỏe mạnh, giải ngân 12.345.678 đồng, đạt 101,5% kế hoạch; "
        "đồng chí Thủy, Phó Bí thư, giao Ban Dân vận - Mặt trận chủ trì.\n")


def words(text: str) -> list[str]:
    return text.split()


def test_nfd_decomposes_and_composes_back():
    out = pt.nfd(TEXT)
    assert out != TEXT and len(out) > len(TEXT)
    assert unicodedata.normalize("NFC", out) == TEXT


def test_old_tone_moves_the_mark_of_oa_oe_uy_only():
    out = pt.old_tone(TEXT + "Quý I, UỶ BAN, ỦY BAN, hoàng, tuỳ")
    assert "Hoà Vang" in out and "khoẻ" in out and "Thuỷ" in out and "UỶ BAN, UỶ BAN" in out
    assert "Quý I" in out and "hoàng" in out     # (the u of 'qu' is no vowel; a closed syllable keeps its mark)
    assert new_tone(out) == new_tone(TEXT + "Quý I, UỶ BAN, ỦY BAN, hoàng, tuỳ")


def test_nbsp_and_zwsp_keep_the_words():
    spaced = pt.nbsp(TEXT)
    assert "\u00a0" in spaced and spaced.replace("\u00a0", " ") == TEXT
    hidden = pt.zwsp(TEXT)
    assert "\u200b" in hidden and hidden.replace("\u200b", "") == TEXT


def test_bom_crlf_blank_lines_and_trailing_spaces_keep_the_words():
    assert pt.bom(TEXT)[1:] == TEXT and pt.bom(TEXT)[0] == "\ufeff"
    assert "\r\n" in pt.crlf(TEXT) and pt.crlf(TEXT).replace("\r\n", "\n") == TEXT
    assert pt.crlf(pt.crlf(TEXT)) == pt.crlf(TEXT)
    assert "\n\n" in pt.blank_lines(TEXT) and words(pt.blank_lines(TEXT)) == words(TEXT)
    assert " \t\n" in pt.trailing_spaces(TEXT) and words(pt.trailing_spaces(TEXT)) == words(TEXT)


def test_wrap_cuts_long_lines_mid_sentence_and_keeps_the_words():
    out = pt.wrap(TEXT)
    assert max(len(line) for line in out.split("\n")) <= pt.WRAP_WIDTH
    assert out.count("\n") > TEXT.count("\n") and words(out) == words(TEXT)


def test_title_caps_changes_the_headline_alone():
    out = pt.title_caps(TEXT).split("\n")
    assert out[0] == "HỘI NGHỊ SƠ KẾT CHỈ THỊ SỐ 12-CT/TU"
    assert out[1:] == TEXT.split("\n")[1:]


def test_typographic_punctuation_keeps_symbols_and_goes_back():
    out = pt.typographic(TEXT)
    assert "“Dân vận khéo”" in out and "2023–2025" in out and "Dân vận – Mặt trận" in out
    assert "12-CT/TU" in out                   # (a document's number keeps its hyphen)
    assert pt.plain_punctuation(out).replace("2023-2025", "2023 - 2025") == TEXT


@pytest.mark.parametrize(("name", "day", "year_day"), [
    ("date_slash", "05/3/2025", "18/11/2023"),
    ("date_dash", "5-3-2025", "18-11-2023"),
    ("date_dot", "5.3.2025", "18.11.2023"),
    ("date_words", "ngày 5 tháng 3 năm 2025", "18 tháng 11 năm 2023"),
])
def test_days_are_rewritten_as_the_same_day(name, day, year_day):
    out = pt.TRANSFORMS[name](TEXT)
    assert f"Sáng {day}," in out and f"12-CT/TU ngày {year_day} của" in out
    assert "ngày ngày" not in out
    # a day without its year, a number and a symbol stay
    short = "Chiều 12/6, Quyết định số 1.500/QĐ-UBND, 1.500 hộ, năm 2025-2026"
    assert pt.TRANSFORMS[name](short) == short


def test_thousands_lose_or_change_their_separator_alone():
    assert pt.thousands_plain("1.500 hộ, 12.345.678 đồng") == "1500 hộ, 12345678 đồng"
    assert pt.thousands_space("1.500 hộ, 12.345.678 đồng") == "1 500 hộ, 12 345 678 đồng"
    keep = "Quyết định số 1.500/QĐ-UBND, 1.500,5 tấn, ngày 5.3.2025, mục 1.2.3, 101,5%"
    assert pt.thousands_plain(keep) == keep and pt.thousands_space(keep) == keep


def test_page_chrome_wraps_the_article_unchanged():
    out = pt.page_chrome(TEXT)
    assert TEXT.rstrip("\n") in out and out.startswith(pt.PAGE_HEAD) and out.endswith(pt.PAGE_FOOT)


def test_every_transform_is_named_and_none_changes_nothing():
    assert pt.TRANSFORMS["none"](TEXT) == TEXT
    # (plain punctuation changes a typeset text: test_typographic_punctuation_keeps_symbols_and_goes_back)
    assert all(pt.TRANSFORMS[name](TEXT) != TEXT for name in pt.TRANSFORMS if name not in ("none", "plain_punct"))


def test_help_names_the_transforms():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "perturb.py"), "--help"], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "wrap" in done.stdout and "page_chrome" in done.stdout and "--sets" in done.stdout


#: the changes of surface extraction reads through (kg.text.surface, kg.extract.written_forms, a page's chrome blanked):
#: the facts of a set after each are those of the untouched set
HELD = ("nfd", "nbsp", "zwsp", "bom", "crlf", "typographic", "plain_punct", "date_slash", "date_dash", "date_dot",
        "thousands_space", "page_chrome")


@pytest.mark.eval
def test_the_facts_hold_under_each_change_of_surface_extraction_reads_through():
    import perturb
    folder = ROOT / "tests" / "devtexts39"
    if not (ROOT.parent / "shared" / "tools" / "score_facts.py").is_file():
        pytest.skip("the shared scorer is not available (../shared/tools/score_facts.py)")
    base = perturb.figures(perturb.run_transform("none", [str(folder)], None)[1])
    for name in HELD:
        got = perturb.figures(perturb.run_transform(name, [str(folder)], None)[1])
        assert got == base, name


def test_two_sets_of_one_name_are_saved_apart():
    import perturb
    assert perturb.save_names(["a/tests/corpus", "b/shared/corpus", "a/tests/blind"]) == {
        "a/tests/corpus": "tests-corpus", "b/shared/corpus": "shared-corpus", "a/tests/blind": "blind"}
