import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import kg.extract
from kg.extract.alternation import word_start
from kg.extract.literals import caseless_words, may_match, may_match_in, opening_words, required_words, scan_openings
from kg.extract.text import prepare

# short texts of our own, folded as the rules read them
TEXTS = [
    "can cu nghi quyet so 12-nq/tu, uy ban nhan dan tinh ban hanh ke hoach trien khai.",
    "hoi nghi da thao luan, cho y kien vao du thao bao cao; dong thoi giao nhiem vu cho cac so.",
    "ke hoach bam sat tinh than nghi quyet. day la van ban quan trong.",
    "nam 2024 toan tinh trong moi 1.200 ha rung, tang 5% so voi cung ky.",
    "",
]


def test_words_of_literals_branches_and_optional_parts():
    assert required_words(re.compile(r"(?<![a-z])bam sat[ \t]+")) == ("bam sat",)
    # each branch gives its own word; an optional word adds both forms, and the shorter one stands for both
    assert set(required_words(re.compile(r"(?:can cu(?: vao)?|tren co so)[ \t:]+"))) == {"can cu", "tren co so"}
    # a small class of characters is spelt out; a look-around takes nothing away from the words around it
    assert set(required_words(re.compile(r"dong[ \t]thoi(?![a-z])"))) == {"dong thoi", "dong\tthoi"}
    assert required_words(re.compile(r"(?<=, )giao(?= cho)")) == ("giao",)


def test_word_start_form_gives_the_words_back():
    rx = re.compile(word_start(r"(?<![a-z])(?:thao luan|xem xet|cho y kien)[ \t]+"))
    assert set(required_words(rx)) == {"thao luan", "xem xet", "cho y kien"}


def test_no_words_where_the_pattern_does_not_say():
    assert required_words(re.compile(r"\d+(?:[.,]\d+)*")) is None
    assert required_words(re.compile(r"(?:nam )?\d{4}")) is None            # (every word is optional)
    assert required_words(re.compile(r"bam sat", re.I)) is None              # (case-insensitive)
    assert required_words(re.compile(r"(?:^|[:.;]\s*)day la")) == ("day la",)
    many = "|".join(f"{a}q{b}" for a in "abcdefgh" for b in "abcde")
    assert required_words(re.compile(many)) is None                          # (too many to test)
    assert required_words(re.compile(f"(?:{many})_end")) == ("_end",)       # (but what follows them is one)


def test_may_match_answers_per_text():
    rx = re.compile(word_start(r"(?<![a-z])(?:thao luan|xem xet|cho y kien)[ \t]+"))
    assert may_match(rx, TEXTS[1]) and not may_match(rx, TEXTS[0])
    assert not may_match(rx, "thao-luan, xem. xet")     # near misses: the words split
    # a pattern with no words is always worth a search
    assert may_match(re.compile(r"\d+"), "")



def test_may_match_same_answer_whatever_was_asked_before():
    # the words found in a text are kept for the few texts asked last and shared by patterns holding the same word:
    # each answer must be the one a fresh look gives, asked in any order, for a copy of a text (equal, another
    # object) and past the texts kept
    rxs = [re.compile(word_start(r"(?<![a-z])(?:thao luan|xem xet|cho y kien)[ \t]+")),
           re.compile(r"(?<![a-z])(?:ke hoach|thao luan)(?![a-z])"),
           re.compile(r"(?:giao nhiem vu cho|bam sat)[ \t]+")]
    texts = TEXTS + [(x + ".")[:-1] for x in TEXTS] + ["ke hoach", "thao luan them"]
    rng = random.Random(7)
    for _ in range(300):
        rx, text = rng.choice(rxs), rng.choice(texts)
        assert may_match(rx, text) == any(w in text for w in required_words(rx)), (rx.pattern, text)

def _patterns():
    for info in pkgutil.iter_modules(kg.extract.__path__):
        mod = importlib.import_module(f"kg.extract.{info.name}")
        for name, rx in vars(mod).items():
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str):
                yield f"{info.name}.{name}", rx


def _texts() -> list[str]:
    own = [t for x in TEXTS for t in (x, prepare(x).folded)]
    corpus = sorted((Path(__file__).parent / "corpus" / "texts").glob("*.txt"))[:6]
    return own + [t for f in corpus for x in [f.read_text(encoding="utf-8")] for t in (x, prepare(x).folded)]


@pytest.mark.slow
def test_no_pattern_of_the_rules_matches_a_text_without_its_words():
    texts = _texts()
    checked = 0
    for name, rx in _patterns():
        words = required_words(rx)
        if words is None:
            continue
        checked += 1
        for text in texts:
            # (a look-around reads outside the match: the word may stand next to it, never outside the text)
            hit = rx.search(text)
            assert hit is None or may_match(rx, text), (name, hit.group(0))
    assert checked > 100


def test_a_scoped_case_insensitive_part_gives_no_word():
    # the words outside the part still count; the part itself may match in any case
    assert required_words(re.compile(r"bam (?i:sat)")) == ("bam ",)
    assert may_match(re.compile(r"bam (?i:sat)"), "xem bam SAT nay")
    # near miss: with the part's case-insensitive words alone, nothing is gated
    assert required_words(re.compile(r"(?i:bam sat)")) is None


def _random_pattern(rnd, depth: int = 0) -> str:
    """A small pattern over 'a', 'b', 'c', ' ' and ',' built from the pieces the gate reads: literals, small classes,
    alternations, optional and repeated parts, look-arounds, anchors and case-insensitive groups."""
    pieces = []
    for _ in range(rnd.randint(0, 4)):
        k = rnd.random()
        if depth > 2 or k < 0.4:
            piece = rnd.choice(["a", "b", "c", " ", ",", "ab", "A", "[ab]", "[a-c]", "[^a]", ".", r"\s", "[aA]"])
        elif k < 0.55:
            piece = "(?:" + "|".join(_random_pattern(rnd, depth + 1) for _ in range(rnd.randint(1, 3))) + ")"
        elif k < 0.65:
            piece = rnd.choice(["(?=", "(?!", "(?<=", "(?<!"]) + rnd.choice(["a", "ab", "[ab]", ","]) + ")"
        elif k < 0.7:
            piece = rnd.choice([r"\b", "^", "$"])
        elif k < 0.75:
            piece = "(?i:" + _random_pattern(rnd, depth + 1) + ")"
        else:
            piece = "(" + _random_pattern(rnd, depth + 1) + ")" + rnd.choice(["?", "*", "+", "{2}", "{0,2}", "??", "{1}"])
        pieces.append(piece)
    return "".join(pieces)


def _check_random_patterns(seed: int, flags: list[int], words_of, letters: str) -> None:
    """Every match of a random pattern that gives words (``words_of``) holds one of them, in any case where the
    pattern is case-insensitive, whatever the stretch searched; and ``may_match`` lets such a text be searched."""
    rnd = random.Random(seed)
    gated = hits = 0
    for _ in range(1500):
        rx = re.compile(_random_pattern(rnd), rnd.choice(flags))
        words = words_of(rx)
        if words is None:
            continue
        gated += 1
        fold = str.lower if rx.flags & re.I else str
        for _ in range(30):
            text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 10)))
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            if rx.search(text) or rx.search(text, a, b):
                hits += 1
                assert any(fold(w) in fold(text) for w in words) and may_match(rx, text), (rx.pattern, text, words)
    # (the patterns gated and the matches checked are many: the test is not empty by chance)
    assert gated > 300 and hits > 2000


def test_no_random_pattern_matches_a_text_without_its_words():
    _check_random_patterns(12, [0, 0, re.I, re.M], required_words, "abcA ,")


def test_a_case_insensitive_pattern_is_gated_by_its_words_in_any_case():
    rx = re.compile(r"(?<![^\W\d_])(hai|ba)[ \t]+(chỉ tiêu)(?![^\W\d_])", re.I)
    assert caseless_words(rx) == ("chỉ tiêu",)
    assert may_match(rx, "Đạt HAI CHỈ TIÊU.") and may_match(rx, "ba Chỉ Tiêu")
    # near misses: the word without its diacritics, or split, is no match and is not searched
    assert not may_match(rx, "hai chi tieu") and not may_match(rx, "hai chỉ-tiêu")
    # a pattern that is not case-insensitive keeps its words as written; one with no words is always searched
    assert caseless_words(re.compile("chỉ tiêu")) is None
    assert may_match(re.compile(r"\d+", re.I), "")


def test_no_random_case_insensitive_pattern_matches_a_text_without_its_words():
    _check_random_patterns(13, [re.I, re.I | re.M], caseless_words, "abcABC ,")


def test_may_match_in_reads_only_the_stretch():
    rx = re.compile(r"(?<![a-z])(?:chuong trinh|de an)(?![a-z])")
    text = "tinh ban hanh de an so 3. huyen trien khai ke hoach."
    at = text.index(".") + 1
    assert may_match_in(rx, text, 0, at) and rx.search(text, 0, at)
    # near misses: the word after the stretch, or cut by its end, is not in it and no search of it matches
    assert not may_match_in(rx, text, at, len(text)) and not rx.search(text, at, len(text))
    cut = text.index("de an") + 4
    assert not may_match_in(rx, text, 0, cut) and not rx.search(text, 0, cut)
    # a pattern with no words, or a case-insensitive one, is always searched
    assert may_match_in(re.compile(r"\d+"), "", 0, 0) and may_match_in(re.compile("de an", re.I), "DE AN", 0, 0)


def test_no_random_pattern_matches_a_stretch_without_its_words():
    rnd = random.Random(14)
    gated = hits = skipped = 0
    for _ in range(1500):
        rx = re.compile(_random_pattern(rnd), rnd.choice([0, 0, re.M]))
        if required_words(rx) is None:
            continue
        gated += 1
        for _ in range(30):
            text = "".join(rnd.choice("abcA ,") for _ in range(rnd.randint(0, 10)))
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            if rx.search(text, a, b):
                hits += 1
                assert may_match_in(rx, text, a, b), (rx.pattern, text, a, b)
            skipped += not may_match_in(rx, text, a, b)
    assert gated > 300 and hits > 1000 and skipped > 1000


# the cues searched sentence by sentence behind ``may_match_in`` (kg.extract.quantity_cues, links, events, assignments,
# quantities, modality, damage), and sentences of our own, folded, that hold their words or only near misses
_STRETCH_GATED = ["quantity_cues._COUNT_PASSIVE", "links._PROGRAMME_WORD", "events._SECOND_PURPOSE",
                  "assignments.PURPOSE_SUBJECT", "quantities.YEAR_AHEAD", "quantities.GOALS_COUNT",
                  "modality._PERIOD_YEAR", "damage._CAUSE", "quantities.GOAL_STATED", "links._HEARD_CUE"]
_STRETCH_TEXTS = [
    "Năm 2024, 1.250 hộ được hỗ trợ vay vốn; 36 nhà được xây mới. Có 12 hộ dược liệu.",
    "Tỉnh tổng kết Chương trình 135 và phát động thi đua, đồng thời ký kết quy chế phối hợp với Đề án 06.",
    "Để các sở, ngành chủ động triển khai, UBND giao Sở Tài chính; vấn đề đề nghị nêu trên được xem xét.",
    "Kế hoạch gồm 10 chỉ tiêu chủ yếu, đến năm 2025 đạt 90%; mục tiêu năm 2026 tăng 5%, mười tiêu chí.",
    "Cơn bão số 3 gây thiệt hại 200 ha lúa, dịch bùng phát tại 3 xã; xảy ra sạt lở, làm sập 2 nhà, năm2024.",
    "Hội nghị nghe báo cáo, thảo luận và cho ý kiến; Nghị quyết đề ra 12 chỉ tiêu, Kế hoạch đặt ra mục tiêu.",
]


@pytest.mark.parametrize("name", _STRETCH_GATED)
def test_each_stretch_gate_gives_what_its_pattern_alone_gives(name):
    module, attr = name.split(".")
    rx = getattr(importlib.import_module(f"kg.extract.{module}"), attr)
    found = gated_out = 0
    for text in _STRETCH_TEXTS:
        f = prepare(text).folded
        for a in range(len(f) + 1):
            for b in range(a, min(len(f), a + 60) + 1):
                hit = rx.search(f, a, b)
                found += hit is not None
                if not may_match_in(rx, f, a, b):
                    gated_out += 1
                    assert hit is None, (name, f[a:b])
    # (both sides are shown: stretches that match and stretches without the words, which the gate leaves)
    assert found and gated_out


def test_openings_of_literals_branches_and_runs_before_them():
    assert opening_words(re.compile(word_start(r"(?<![a-z])(?:ke hoach|chi thi|chi tieu)(?![a-z])"))) == \
        ("chi thi", "chi tieu", "ke hoach")
    assert opening_words(re.compile(r"so (?:ke hoach|nghi quyet) \d")) == ("so ke hoach", "so nghi quyet")
    assert opening_words(re.compile(r"ke(?: hoach)?|ke toan")) == ("ke",)      # one opening another: the shorter
    # near misses: a class, a look-around, an optional or empty part, an anchor first, or any case: no openings
    for rx in (r"[ab]c", r"(?<![a-z])ke", r"(?:ke )?hoach", r"(?:ke|)hoach", r"^ke", r"\bke"):
        assert opening_words(re.compile(rx)) is None, rx
    assert opening_words(re.compile("ke hoach", re.I)) is None


def test_scan_of_openings_gives_what_finditer_gives_on_the_rules():
    texts = _texts()
    checked = 0
    for name, rx in _patterns():
        if opening_words(rx) is None:
            continue
        checked += 1
        for text in texts:
            for a, b in ((0, None), (5, len(text) - 3), (len(text) // 2, None)):
                want = [m.span() for m in rx.finditer(text, a, len(text) if b is None else b)]
                assert [m.span() for m in scan_openings(rx, text, a, b)] == want, (name, a, b)
    assert checked > 50


def test_scan_of_openings_gives_what_finditer_gives_on_random_patterns():
    rnd = random.Random(28)
    scanned = hits = 0
    for _ in range(1500):
        rx = re.compile(_random_pattern(rnd), rnd.choice([0, 0, re.I, re.M]))
        for _ in range(20):
            text = "".join(rnd.choice("abcA ,") for _ in range(rnd.randint(0, 30)))
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            want = [m.span() for m in rx.finditer(text, a, b)]
            assert [m.span() for m in scan_openings(rx, text, a, b)] == want, (rx.pattern, text, a, b)
            if opening_words(rx) is not None:
                scanned += 1
                hits += len(want)
    # (many patterns were scanned by their openings, with matches found: not empty by chance)
    assert scanned > 3000 and hits > 500
