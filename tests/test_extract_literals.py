import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import kg.extract
from kg.extract.alternation import word_start
from kg.extract.literals import CueGate, caseless_words, may_match, required_words
from kg.extract.text import clauses, prepare

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


def test_cue_gate_searches_a_stretch_only_where_it_holds_a_word():
    rx = re.compile(word_start(r"(?<![a-z])(?:thao luan|xem xet|cho y kien)[ \t]+"))
    gate = CueGate(rx)
    text = TEXTS[1]
    at = text.index("cho y kien")
    assert gate.words == ("cho y kien", "thao luan", "xem xet")
    assert gate.search(text, at, at + 11).span() == rx.search(text, at, at + 11).span() == (at, at + 11)
    # near misses: the word cut by the stretch's end or start, and a text without it
    # (a stretch shorter than the shortest word is not searched; a longer one without a whole word is, and the
    # pattern answers)
    assert not gate.holds(text, at, at + 6) and gate.search(text, at, at + 9) is None
    assert not gate.holds(text, at + 1) and list(gate.finditer(text, at + 1)) == []
    assert gate.search(TEXTS[0]) is None and not gate.holds("")
    # whatever stretch is asked, in any order over texts, the answer is the pattern's own
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1, 7):
            for t in (text, TEXTS[0]):
                assert [m.span() for m in gate.finditer(t, a, b)] == [m.span() for m in rx.finditer(t, a, b)]


def test_cue_gate_refuses_a_pattern_without_words():
    with pytest.raises(ValueError, match="no word stands in every match"):
        CueGate(re.compile(r"\d+(?:[.,]\d+)*"))
    with pytest.raises(ValueError, match="bam sat"):
        CueGate(re.compile(r"bam sat", re.I))          # (case-insensitive: its words are not read)


def test_no_random_gated_pattern_misses_a_match_in_any_stretch():
    # the words stand inside each match (look-arounds read outside it): a gate searches a stretch exactly where a
    # match could lie in it, overlapping words ('aba' in 'ababa') and stretches past the ends of the text too
    rnd = random.Random(14)
    gated = hits = 0
    for _ in range(1500):
        rx = re.compile(_random_pattern(rnd), rnd.choice([0, re.M]))
        if required_words(rx) is None:
            continue
        gate, gated = CueGate(rx), gated + 1
        for _ in range(30):
            text = "".join(rnd.choice("abcA ,") for _ in range(rnd.randint(0, 12)))
            a, b = rnd.randint(-2, len(text) + 1), rnd.randint(-2, len(text) + 2)
            want = [m.span() for m in rx.finditer(text, a, b)]
            hits += bool(want)
            assert [m.span() for m in gate.finditer(text, a, b)] == want, (rx.pattern, text, a, b)
            got = gate.search(text, a, b)
            assert (got and got.span()) == (want[0] if want else None), (rx.pattern, text, a, b)
    assert gated > 300 and hits > 1000


def _gates():
    for info in pkgutil.iter_modules(kg.extract.__path__):
        mod = importlib.import_module(f"kg.extract.{info.name}")
        for name, gate in vars(mod).items():
            if isinstance(gate, CueGate):
                yield f"{info.name}.{name}", gate


def test_every_gate_of_the_rules_gives_its_patterns_matches_on_our_texts():
    texts = [t for x in TEXTS for t in (x, prepare(x).folded)]
    gates = dict(_gates())
    assert len(gates) >= 10
    for name, gate in gates.items():
        for text in texts:
            for a in range(0, len(text) + 1, 3):
                for b in range(a, len(text) + 1, 5):
                    assert ([m.span() for m in gate.finditer(text, a, b)]
                            == [m.span() for m in gate.pattern.finditer(text, a, b)]), (name, text, a, b)


@pytest.mark.slow
def test_every_gate_of_the_rules_gives_its_patterns_matches_on_the_corpus():
    # every sentence, clause and window of 40 characters of six texts of tests/corpus, as written and folded
    gates = dict(_gates())
    for text in _texts()[2 * len(TEXTS):]:
        p = prepare(text)
        stretches = [(s.start, s.end) for s in p.sentences] + [(a, a + 40) for a in range(0, len(text), 11)]
        stretches += [(s.start, s.end) for s in p.sentences for s in clauses(text, s)]
        for name, gate in gates.items():
            for a, b in stretches:
                assert ([m.span() for m in gate.finditer(text, a, b)]
                        == [m.span() for m in gate.pattern.finditer(text, a, b)]), (name, a, b)
