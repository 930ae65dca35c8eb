import re

from kg.extract.alternation import grouped, word_start
from kg.extract.bodies import BODY_MODIFIERS, body_first_words, body_regex, may_start_body
from kg.extract.text import FOLDED_WORD, prepare

# branches in the order a gazetteer sorts them: longer first, sharing prefixes, with optional parts,
# a quantified character ('tri ?-'), escaped punctuation and a leading optional plural word
BRANCHES = [
    r"uy ban nhan dan", r"uy ban kiem tra", r"ubnd", r"so gd\&dt", r"so giao duc",
    r"(?:cac )?to chuc chinh tri ?- ?xa hoi", r"to chuc", r"cac to chuc", r"ban (?:to chuc|dan van)",
    r"ban", r"bo(?:, (?:nganh|dia phuong))+", r"so", r"so lao dong \- thuong binh va xa hoi",
]

TEXT = ("uy ban nhan dan tinh va uy ban kiem tra, cac to chuc chinh tri-xa hoi, to chuc chinh tri - xa hoi; "
        "so gd&dt, so giao duc va so lao dong - thuong binh va xa hoi; bo, nganh, dia phuong; ban to chuc, "
        "ban dan van, ban; xubnd, sobo, cac to chuc doan the")


def spans(rx: re.Pattern, text: str) -> list:
    return [(i, m.span() if m else None) for i in range(len(text) + 1) for m in [rx.match(text, i)]]


def test_grouped_matches_like_the_plain_alternation_at_every_position():
    for tail in ("", r"(?![a-z])", r"(?![a-z])(?: (?:tinh|huyen))?"):
        plain = re.compile(f"(?:{'|'.join(BRANCHES)}){tail}")
        fast = re.compile(f"(?:{grouped(BRANCHES)}){tail}")
        assert fast.pattern != plain.pattern
        assert spans(fast, TEXT) == spans(plain, TEXT)
        assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_order_decides_among_branches_that_match_at_one_place():
    # 'ban' before 'ban to chuc': the first branch wins, as in the plain alternation
    branches = ["ban", "ban to chuc", "so"]
    assert re.match(grouped(branches), "ban to chuc").group(0) == "ban"
    assert re.match(grouped(list(reversed(branches))), "ban to chuc").group(0) == "ban to chuc"


def test_a_branch_with_its_own_bar_keeps_the_list_as_given():
    branches = ["ab|cd", "ax"]
    assert grouped(branches) == "ab|cd|ax"


def test_body_regex_finds_what_the_plain_gazetteer_finds():
    rx = body_regex()
    text = prepare("Giao Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ban, ngành, Sở GD&ĐT, "
                   "Ban Tuyên giáo Tỉnh ủy, các tổ chức chính trị - xã hội và UBND các huyện, thị xã.").folded
    found = [text[m.start():m.end()] for m in rx.finditer(text)]
    assert "uy ban nhan dan tinh" in found
    assert any(x.startswith("cac so, ban, nganh") for x in found)
    assert "ubnd cac huyen, thi xa" in found
    assert BODY_MODIFIERS in rx.pattern


WORDS = "nam 2025, hnam 2025; (nam 2030) ca nhiem ky, nhiem ky 2020-2025, canhiem ky, lan/nam, binh quan 7%/nam, hang nam"


def test_word_start_matches_like_the_leading_lookbehind():
    for pattern in (r"(?<![a-z])nam (20\d\d)(?![\d/-])",
                    r"(?<![a-z])(?:nhiem ky|ca nhiem ky)(?![a-z])",
                    r"(?<![a-z])(?:hang nam|moi nam|binh quan[^.;]{0,30}/ ?nam|lan ?/ ?nam)(?![a-z])"):
        plain, fast = re.compile(pattern), re.compile(word_start(pattern))
        assert fast.pattern != plain.pattern
        assert spans(fast, WORDS) == spans(plain, WORDS)
        assert [(m.span(), m.groups()) for m in fast.finditer(WORDS)] == \
            [(m.span(), m.groups()) for m in plain.finditer(WORDS)]
    # the first position of the text has no character before it
    assert re.match(word_start(r"(?<![a-z])nam (20\d\d)"), "nam 2024").group(1) == "2024"
    assert re.search(word_start(r"(?<![a-z])nam (20\d\d)"), "hnam 2024") is None


def test_word_start_leaves_other_shapes_alone():
    for pattern in (r"(?<![a-z])(?:da|(?:thanh|thiet)+ lap)(?![a-z])",    # a branch opening on a repeated choice
                    r"(?<![a-z])(?:da|(?:thanh )?\d)(?![a-z])",          # optional words before no literal
                    r"(?<![a-z])(?:so|quy)+ ",                             # a quantified group
                    r"[ \t]*(?:cua|do)[ \t]+"):                            # no leading check
        assert word_start(pattern) == pattern


def test_the_compiled_patterns_do_not_depend_on_the_hash_seed():
    """Alternations built from sets are ordered by length and then by text, so two processes with
    different string hashes compile the same patterns (and so read a text the same way)."""
    import subprocess
    import sys

    code = ("import hashlib; from kg.extract.bodies import body_regex; "
            "print(hashlib.sha256(body_regex().pattern.encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


CHECKS = "da thanh lap, duoc thanh lap, xem xet, xet; 2019 x2020 a12025 115 1150 0115; chu tri; tai chu tri"


def test_word_start_moves_a_branch_own_check_behind_its_words():
    pattern = r"(?<![a-z])(?:da|(?<!duoc )thanh lap|(?<!xem )(?<!ra )xet)(?![a-z])"
    plain, fast = re.compile(pattern), re.compile(word_start(pattern))
    assert "(?<!duoc thanh lap)" in fast.pattern
    assert spans(fast, CHECKS) == spans(plain, CHECKS)
    assert [m.span() for m in fast.finditer(CHECKS)] == [m.span() for m in plain.finditer(CHECKS)]
    assert [m.group(0) for m in fast.finditer(CHECKS)] == ["da", "thanh lap", "xet"]


def test_word_start_takes_other_checks_of_the_character_before():
    for pattern in (r"(?<=[ \t])chu tri(?![a-z])",          # a positive check
                    r"(?<!\d)(?:19|20)\d\d(?!\d)",            # an escape for the class
                    r"(?<!\d)115(?!\d)",
                    r"(?<![^\W\d_])(?:xet|chu)"):              # a class with escapes inside
        plain, fast = re.compile(pattern), re.compile(word_start(pattern))
        assert fast.pattern != plain.pattern
        assert spans(fast, CHECKS) == spans(plain, CHECKS)
        assert [m.span() for m in fast.finditer(CHECKS)] == [m.span() for m in plain.finditer(CHECKS)]
    assert re.search(word_start(r"(?<=[ \t])chu tri"), "chu tri") is None      # nothing before the first word


OPTIONAL = "trien khai thuc hien, thuc hien; xtrien khai thuc hien; can cu vao, can cu; trien khai tot; cu the hoa, thuc hien"


def test_word_start_takes_a_named_group_and_optional_words_before_a_branch():
    pattern = (r"(?<![a-z])(?P<cue>(?:trien khai )?thuc hien|cu the hoa,? (?:trien khai )?thuc hien|"
               r"can cu(?: vao)?|trien khai)[ \t,]+")
    plain, fast = re.compile(pattern), re.compile(word_start(pattern))
    assert fast.pattern.startswith("(?P<cue>") and "(?<![a-z]trien khai thuc hien)" in fast.pattern
    assert spans(fast, OPTIONAL) == spans(plain, OPTIONAL)
    assert [(m.span(), m.group("cue")) for m in fast.finditer(OPTIONAL)] == \
        [(m.span(), m.group("cue")) for m in plain.finditer(OPTIONAL)]
    # the optional words are tried first, as the regex tries them: 'trien khai thuc hien' is one cue
    assert [m.group("cue") for m in fast.finditer(OPTIONAL)][0] == "trien khai thuc hien"


CHOICE = "da thanh lap, thiet lap; xthanh lap, thanh lapx; khi co, thoi diem co, khi ban hanh, vuot cac muc tieu"


def test_word_start_takes_a_branch_opening_on_a_choice_of_words():
    for pattern in (r"(?<![a-z])(?:da|(?:thanh|thiet) lap)(?![a-z])",
                    r"(?<![a-z])(?:(?:thoi diem|khi)[ \t]+(?:ban hanh|co)|(?:dat|vuot)[ \t]+(?:cac[ \t]+)?muc tieu)"):
        plain, fast = re.compile(pattern), re.compile(word_start(pattern))
        assert fast.pattern != plain.pattern and not fast.pattern.startswith("(?<!")
        assert spans(fast, CHOICE) == spans(plain, CHOICE)
        assert [m.span() for m in fast.finditer(CHOICE)] == [m.span() for m in plain.finditer(CHOICE)]
        assert len(list(fast.finditer(CHOICE))) >= 3


GOALS = "chuong trinh muc tieu quoc gia: x; cac muc tieu: y; chi tieu chu yeu nhu sau. xchi tieu:; 3 muc tieu :"


def test_word_start_moves_an_own_check_where_no_check_of_the_character_before_leads():
    pattern = r"(?:chi tieu|(?<!chuong trinh )muc tieu)[^.;\n]{0,20}(?::|nhu sau[ \t]*[.:]?)"
    plain, fast = re.compile(pattern), re.compile(word_start(pattern))
    assert fast.pattern.startswith("(?:chi tieu|muc tieu(?<!chuong trinh muc tieu))")
    assert spans(fast, GOALS) == spans(plain, GOALS)
    assert [m.span() for m in fast.finditer(GOALS)] == [m.span() for m in plain.finditer(GOALS)]
    assert [m.group(0) for m in fast.finditer(GOALS)] == ["muc tieu:", "chi tieu chu yeu nhu sau.", "chi tieu:",
                                                          "muc tieu :"]


def test_word_start_leaves_an_opening_group_without_own_checks_alone():
    for pattern in (r"(?:chi tieu|muc tieu)[ \t]*:",               # nothing to move
                    r"(?:chi (?:tieu|so)|(?<!chuong trinh )muc tieu):",    # a group inside a branch before the check
                    r"(?:chi tieu|(?<!chuong trinh )muc tieu)?:",          # an optional group
                    r"(?:chi tieu|(?<![a-z] )muc tieu):"):                 # a check that is no literal
        assert word_start(pattern) == pattern


NESTED = ("da sua doi, bo sung dieu 5 va bai bo khoan 2; dinh chi thi hanh, tam dung hieu luc; xsua doi, "
          "dieu chinh bo sung; ngung thi hanh, ngungx; sua doi cac quy dinh; thay the")


def test_word_start_takes_a_branch_opening_on_a_group_of_choices_with_groups_inside():
    pattern = (r"(?<![a-z])(?P<cue>(?:sua doi(?:,? bo sung)?|dieu chinh,? bo sung)(?: (?:dieu|khoan) \d+)?(?: cac)?"
               r"|(?:bai bo|(?:dinh chi|tam dung)(?: (?:thi hanh|hieu luc))?|ngung (?:thi hanh|hieu luc))"
               r"(?: (?:dieu|khoan) \d+)?|thay the)[ \t,;]")
    plain, fast = re.compile(pattern), re.compile(word_start(pattern))
    assert not fast.pattern.startswith("(?<!") and "(?<![a-z]dinh chi)" in fast.pattern
    assert spans(fast, NESTED) == spans(plain, NESTED)
    assert [(m.span(), m.group("cue")) for m in fast.finditer(NESTED)] == \
        [(m.span(), m.group("cue")) for m in plain.finditer(NESTED)]
    assert len(list(fast.finditer(NESTED))) >= 6
    # a bar written as a character is one of the choice's letters, not a cut between choices
    plain, fast = re.compile(r"(?<![a-z])(?:da|(?:th\|x) lap)(?![a-z])"), re.compile(word_start(r"(?<![a-z])(?:da|(?:th\|x) lap)(?![a-z])"))
    text = "da th|x lap, th lap, x lap, ath|x lap"
    assert fast.pattern != plain.pattern and spans(fast, text) == spans(plain, text)
    assert [m.group(0) for m in fast.finditer(text)] == ["da", "th|x lap"]


def test_word_start_leaves_choices_that_would_write_a_capturing_group_twice_alone():
    for pattern in (r"(?<![a-z])(?:(?:sua|doi) (\d+)|bai bo)",
                    r"(?<![a-z])(?:(?:sua|doi) (?P<n>\d+)|bai bo)",
                    r"(?<![a-z])(?:(?:sua|doi)* bo|bai bo)"):             # a repeated group: tried in other orders
        assert word_start(pattern) == pattern


def test_may_start_body_asks_for_the_whole_word_in_the_first_words_or_a_number():
    """One pattern answers what the word at a place, its text and the set of first words answered: at every place of
    a text of our own, the same as that reading."""
    text = prepare("Giao Sở Tài chính, UBND các xã, 3 đơn vị và Ban Dân vận Huyện ủy; sở hữu, bandan, 12a, "
                   "ông Bảo, Công an tỉnh, CT-XH, 2024 phối hợp.").folded
    first = body_first_words()

    def read(pos: int) -> bool:
        m = FOLDED_WORD.match(text, pos)
        return bool(m) and (m.group(0) in first or m.group(0).isdigit())

    answers = [may_start_body(text, pos) for pos in range(len(text) + 2)]
    assert answers == [read(pos) for pos in range(len(text) + 2)]
    assert answers.count(True) >= 8 and not may_start_body(text, text.index("bandan"))


def test_the_cue_patterns_searched_most_open_on_their_words():
    # (compiled through word_start: a pattern opening on a check of the character before is tried at every position)
    from kg.extract import assigned_plans, figures, links, quantity_cues, task_phrases, task_subjects, unnumbered
    patterns = [assigned_plans._PLAN_WITH_AMOUNT, task_subjects._PLURAL_BODY, task_subjects._PLURAL_UNITS,
                links._PROGRAMME_WORD, figures._AMONG, task_phrases.LED_BY, task_phrases.ASKS_LIST, quantity_cues.NOW_HAS,
                unnumbered._REPLACED_BEFORE, quantity_cues.OUT_STRONG]
    for rx in patterns:
        assert not rx.pattern.startswith("(?<"), rx.pattern[:40]
        assert word_start(rx.pattern) == rx.pattern


def test_a_result_verb_written_branch_by_branch_matches_as_the_grouped_one():
    from kg.extract.quantity_cues import OUT_STRONG
    from kg.extract.text import folded_pattern
    grouped_form = folded_pattern(r"(?<![a-z])(?:đã(?! qua đào tạo)|đạt được|vượt|ước đạt|so với cùng kỳ|(?:mới|(?<!thực )hiện|"
                                  r"này) đạt(?= (?:khoảng |gần |hơn |trên )?\d))(?![a-z])")
    texts = ["ty le nay dat 96,8% so voi ke hoach", "hien dat 43,8%; thuc hien dat 12 xa", "moi dat 7 to, co so moi dat chuan",
             "lao dong da qua dao tao, da hoan thanh", "vuot chi tieu, uoc dat tren 5", "thien dat 5", "khien dat hon 3"]
    for t in texts:
        assert [m.span() for m in OUT_STRONG.finditer(t)] == [m.span() for m in grouped_form.finditer(t)]
    assert [m.group(0) for m in OUT_STRONG.finditer(texts[1])] == ["hien dat"]      # not 'thực hiện đạt'
    assert [m.group(0) for m in OUT_STRONG.finditer(texts[2])] == ["moi dat"]       # 'mới đạt chuẩn' names no figure
