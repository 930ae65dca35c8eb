"""Document symbols: party NUMBER-TYPE/ISSUER, state NUMBER[/YEAR]/TYPE-ISSUER[-UNIT], laws, công văn."""
import re
import unicodedata

import pytest

from kg.text.symbols import DIGIT_FIRST, Symbol, find_symbols, fold, letters, nfc, parse_symbol


@pytest.mark.parametrize("text,key,system,typ,issuer,year,unit", [
    ("46-NQ/TW", "46-NQ/TW", "party", "NQ", "TW", None, None),
    ("115-CTr/TU", "115-CTr/TU", "party", "CTr", "TU", None, None),
    ("06-Ctr/TU", "06-CTr/TU", "party", "CTr", "TU", None, None),
    ("100 - KL/TW", "100-KL/TW", "party", "KL", "TW", None, None),
    ("12- KL/TW", "12-KL/TW", "party", "KL", "TW", None, None),
    ("72-NQ-TW", "72-NQ/TW", "party", "NQ", "TW", None, None),
    ("26/NQ-TU", "26-NQ/TU", "party", "NQ", "TU", None, None),
    ("08-QĐi/TW", "08-QĐi/TW", "party", "QĐi", "TW", None, None),
    ("08-QDi/TW", "08-QĐi/TW", "party", "QĐi", "TW", None, None),
    ("1711-CV/TU", "1711-CV/TU", "party", "CV", "TU", None, None),
    ("15-KH/ĐU", "15-KH/ĐU", "party", "KH", "ĐU", None, None),
    ("15-KH/DU", "15-KH/ĐU", "party", "KH", "ĐU", None, None),
    ("01-NQ/ĐH", "01-NQ/ĐH", "party", "NQ", "ĐH", None, None),
    ("367-QĐ/TWĐTN-VP", "367-QĐ/TWĐTN-VP", "party", "QĐ", "TWĐTN", None, "VP"),
    ("340/QĐ-TTg", "340/QĐ-TTg", "state", "QĐ", "TTg", None, None),
    ("340/QD-TTG", "340/QĐ-TTg", "state", "QĐ", "TTg", None, None),
    ("140/2017/NĐ-CP", "140/2017/NĐ-CP", "state", "NĐ", "CP", 2017, None),
    ("140/2017/ND-CP", "140/2017/NĐ-CP", "state", "NĐ", "CP", 2017, None),
    ("35/2021/NQ-HĐND", "35/2021/NQ-HĐND", "state", "NQ", "HĐND", 2021, None),
    ("30/NQ-HĐND", "30/NQ-HĐND", "state", "NQ", "HĐND", None, None),
    ("30/NQ-HDND", "30/NQ-HĐND", "state", "NQ", "HĐND", None, None),
    ("215/KH-UBND", "215/KH-UBND", "state", "KH", "UBND", None, None),
    ("1494/TTr-SNV", "1494/TTr-SNV", "state", "TTr", "SNV", None, None),
    ("25/TT-MTTW-BTT", "25/TT-MTTW-BTT", "state", "TT", "MTTW", None, "BTT"),
    ("72/2025/QH15", "72/2025/QH15", "state", None, "QH15", 2025, None),
    ("76/2025/UBTVQH15", "76/2025/UBTVQH15", "state", None, "UBTVQH15", 2025, None),
    ("5973/UBND-KT", "5973/UBND-KT", "state", "CV", "UBND", None, "KT"),
    ("5529/BKHĐT-HTX", "5529/BKHĐT-HTX", "state", "CV", "BKHĐT", None, "HTX"),
    # joint documents, each issuer after the type; a council committee's verification report (báo cáo thẩm tra)
    ("05/KHLT-HND-SNNMT", "05/KHLT-HND-SNNMT", "state", "KHLT", "HND", None, "SNNMT"),
    ("12/CTPH-MTTQ-CA", "12/CTPH-MTTQ-CA", "state", "CTPH", "MTTQ", None, "CA"),
    ("12/CTPH-MTTQ-CA-VKS", "12/CTPH-MTTQ-CA-VKS", "state", "CTPH", "MTTQ", None, "CA-VKS"),
    # (the same joint programme with the "CTr" of Chương trình, as Front committees print it)
    ("14/CTrPH-MTTQ-BTT", "14/CTrPH-MTTQ-BTT", "state", "CTrPH", "MTTQ", None, "BTT"),
    ("01/HD-BTGTW-BDVTW", "01/HD-BTGTW-BDVTW", "state", "HD", "BTGTW", None, "BDVTW"),
    ("45/BCTT-KTNS", "45/BCTT-KTNS", "state", "BCTT", "KTNS", None, None),
])
def test_parse(text, key, system, typ, issuer, year, unit):
    s = parse_symbol(text)
    assert s is not None, text
    assert (s.key, s.system, s.type, s.issuer, s.year, s.unit) == (key, system, typ, issuer, year, unit)


def test_leading_zeros_and_spaces_kept_out():
    s = parse_symbol("  08-NQ/TU ")
    assert s.number == "08" and s.key == "08-NQ/TU"


def test_nfd_input():
    assert parse_symbol(unicodedata.normalize("NFD", "140/2017/NĐ-CP")).key == "140/2017/NĐ-CP"


@pytest.mark.parametrize("text", ["34/55", "2022-2025", "18-8-2023", "10/2014", "20/12/2023", "1.500", "", "NQ/TW",
                                  "abc", "46-NQ", "111,9", "9/9", "%/năm"])
def test_not_symbols(text):
    assert parse_symbol(text) is None


def test_the_parser_reads_the_type_codes_of_the_one_table():
    # a code the table prints in State symbols only is read there only: a State letter prints no 'CV'
    from kg.text.doctypes import document_types
    assert document_types()["KHLT"].printed_in == ("state",) and document_types()["CV"].printed_in == ("party",)
    assert parse_symbol("12/CV-UBND").type == "CV" and parse_symbol("12/CV-UBND").issuer == "CV"
    # near miss: a joint symbol with no issuer, or five of them, is none
    assert parse_symbol("05/KHLT") is None and parse_symbol("12/CTPH-MTTQ-CA-VKS-TA-UB") is None
    # and in running text, each whole, its date after it kept out
    text = "Thực hiện Kế hoạch liên tịch số 05/KHLT-HND-SNNMT ngày 2/10/2024, Chương trình phối hợp 12/CTPH-MTTQ-CA."
    assert [(sym.key, sym.type) for _, _, sym in find_symbols(text)] == [("05/KHLT-HND-SNNMT", "KHLT"), ("12/CTPH-MTTQ-CA", "CTPH")]


@pytest.mark.parametrize("text, key", [
    ("57/NQ/TW", "57-NQ/TW"), ("57/nq/tw", "57-NQ/TW"), ("1234/qđ-ubnd", "1234/QĐ-UBND"),
    ("15/2023/nq-hđnd", "15/2023/NQ-HĐND"), ("06/qđ-ttg", "06/QĐ-TTg"),
    # near misses: two slashes with a state issuer, lower case with an issuer we do not know
    ("45/KH/UBND", None), ("1234/qđ-abc", None),
])
def test_printed_variants_two_slashes_and_lower_case(text, key):
    s = parse_symbol(text)
    assert (s.key if s else None) == key


def test_a_symbol_glued_to_the_word_for_its_date():
    assert [s.key for _, _, s in find_symbols("Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012")] == ["70-TB/TW"]
    assert [s.key for _, _, s in find_symbols("Kế hoạch số 45/KH-UBNDngày 5/3/2024")] == ["45/KH-UBND"]
    # near miss: 'ngày' not followed by its day is part of something else
    assert find_symbols("mã 70-TB/TWngày hôm qua") == []


def test_find_in_running_text():
    text = ("Kế hoạch số 94-KH/TU ngày 13/9/2022 thực hiện Nghị quyết số 20-NQ/TW; Quyết định số 340/QĐ-TTg "
            "ngày 12/3/2021, 34/55 xã, giai đoạn 2021-2025, Nghị định 140/2017/NĐ-CP và Công văn 5973/UBND-KT.")
    got = [(text[a:b], s.key) for a, b, s in find_symbols(text)]
    assert got == [("94-KH/TU", "94-KH/TU"), ("20-NQ/TW", "20-NQ/TW"), ("340/QĐ-TTg", "340/QĐ-TTg"),
                   ("140/2017/NĐ-CP", "140/2017/NĐ-CP"), ("5973/UBND-KT", "5973/UBND-KT")]


def test_symbol_is_hashable_value():
    a, b = parse_symbol("46-NQ/TW"), parse_symbol("46 - NQ/TW")
    assert isinstance(a, Symbol) and a == b and len({a, b}) == 1


def test_fold():
    assert fold("Tỉnh uỷ") == fold("tỉnh ủy") == fold("TỈNH ỦY") == "tinh uy"
    assert fold("Đảng  bộ") == "dang bo"
    assert fold("") == ""


def test_fold_of_plain_ascii_is_the_long_route_s():
    """ASCII text (IRIs, digests) takes a short cut: the same as Unicode normalisation, case folding
    and the removal of combining marks give, for every printable character and odd spacing."""
    def long_route(text: str) -> str:
        s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold())
        return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())

    samples = ["https://w3id.org/directive-kg/id/task/3f2a", "46-NQ/TW", "  A\tB\x0bC\x0c d  ", "MiXeD Case",
               "".join(chr(c) for c in range(128)), "12|5421|5732"]
    for text in samples:
        assert fold.__wrapped__(text) == long_route(text)


def test_find_symbols_finds_every_one_of_many():
    # its linear cost is measured in bench/hostile_bench.py, not asserted here
    assert len(find_symbols("46-NQ/TW " * 11000)) == 11000


@pytest.mark.parametrize("text, key, system", [
    # a steering committee (Ban Chỉ đạo) serves the state too: its state form is kept as printed
    ("Thông báo số 14/TB-BCĐ ngày 2/5/2024", "14/TB-BCĐ", "state"),
    ("Kế hoạch 9/KH-BCĐTW", "9/KH-BCĐTW", "state"),
    # the party form of the same committee stays a party symbol
    ("Công văn số 51-CV/BCĐ", "51-CV/BCĐ", "party"),
    # a type only the party uses (Kết luận, party Công văn) decides for the party even in the state form
    ("Kết luận số 8/KL-BCĐ", "8-KL/BCĐ", "party"),
    ("công văn 61/CV-BCĐ", "61-CV/BCĐ", "party"),
    # near misses: an issuer only the party uses is swapped; a state issuer is kept
    ("Thông báo số 14/TB-TU", "14-TB/TU", "party"),
    ("Thông báo số 14/TB-UBND", "14/TB-UBND", "state"),
])
def test_state_form_swapped_only_for_a_party_only_issuer_or_type(text, key, system):
    (_, _, sym), = find_symbols(text)
    assert (sym.key, sym.system) == (key, system)


def test_nfc_gives_the_composed_text_and_checks_a_text_once():
    decomposed = unicodedata.normalize("NFD", "Nghị quyết số 12-NQ/HU")
    composed = nfc(decomposed)
    assert composed == "Nghị quyết số 12-NQ/HU" and composed is not decomposed
    assert nfc(composed) is composed                      # NFC already: the same object
    other = unicodedata.normalize("NFD", "Tỉnh ủy")
    assert nfc(other) == "Tỉnh ủy" and nfc(decomposed) == composed     # a text after another is checked again


def test_letters_fills_in_the_vietnamese_letter_classes():
    capitals = re.compile(letters(r"[{U}][{L}]+"))
    assert [m.group() for m in capitals.finditer("Đắk Lắk, Ủy ban, điều")] == ["Đắk", "Lắk", "Ủy"]


def test_digit_first_matches_what_backslash_d_matches():
    """DIGIT_FIRST is ``\\d`` written for the engine's scan: the same characters, every code point checked, and a
    pattern opening on it finds what the pattern opening on ``\\d`` finds."""
    digit, first = re.compile(r"\d"), re.compile(DIGIT_FIRST)
    assert [c for c in range(0x110000) if (digit.match(chr(c)) is None) != (first.match(chr(c)) is None)] == []
    text = "Ngày 5/3/2024, Kế hoạch số ٣/KH-UBND (١٢ tháng) và 12-KH/TU; ẫ9 đạt 7,5%"
    for rest in (r"\d?[/-]", r"(?<![\w/]\d)\d{0,4}[-/]", r"\d?\s+tháng"):
        assert [m.span() for m in re.finditer(DIGIT_FIRST + rest, text)] == \
            [m.span() for m in re.finditer(r"\d" + rest, text)] != []
