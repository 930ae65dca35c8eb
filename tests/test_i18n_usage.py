"""kg.i18n.usage: a command's refusals of what it cannot do, said in the command's language. Each was said in English
after a Vietnamese word for its kind ("lỗi: sai cách dùng: limit must lie between 1 and 1000"); the English words are
those they had."""

from __future__ import annotations

import re
import string

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.i18n.usage import USAGE

# English words a Vietnamese message must not hold (the old messages' words)
ENGLISH = re.compile(r"\b(?:no|not|unknown|must|nothing|store|between|given|target|change set|is)\b")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_refusal_has_its_words_and_hint_in_both_languages_with_the_same_fields():
    assert USAGE["vi"].keys() == USAGE["en"].keys()
    for code, words in USAGE["en"].items():
        assert _fields(words) == _fields(USAGE["vi"][code]), code
        if not code.startswith("action.") and not code.endswith((".hint", ".page")):
            assert code + ".hint" in USAGE["en"], code  # (each says what to do)


def dkg(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("usage") / "store"
    text = path.parent / "ke-hoach.txt"
    text.write_text("Ngày 3/3/2025, Huyện ủy Thử Nghiệm ban hành Kế hoạch số 20-KH/HU thực hiện Nghị quyết số 46-NQ/TW "
                    "ngày 20/12/2023 của Bộ Chính trị; giao Hội Nông dân huyện chủ trì thực hiện.\n", encoding="utf-8")
    assert dkg("--store", str(path), "ingest", str(text)).exit_code == 0
    return path


def _not_a_target(store) -> str:
    import json

    listed = json.loads(dkg("--store", str(store), "review", "list", "--format", "json").stdout)
    return next(e["id"] for e in listed if e["kind"] != "target")


CASES = {
    "no store": (lambda s: ["--store", str(s.parent / "khong-co"), "stats"],
                 "lỗi: không có kho dữ liệu nào ở ", "error: no store at "),
    "no store to reindex": (lambda s: ["--store", str(s.parent / "khong-co"), "reindex"],
                            " để dựng lại mục lục tìm kiếm\n", " to reindex\n"),
    "a limit out of range": (lambda s: ["--store", str(s), "changes", "--limit", "0"],
                             "lỗi: limit phải nằm trong khoảng từ 1 đến 1.000\n",
                             "error: limit must lie between 1 and 1,000\n"),
    "an unknown level": (lambda s: ["--store", str(s), "changes", "--level", "planet"],
                         "lỗi: không có cấp 'planet'\n", "error: unknown level 'planet'\n"),
    "a parameter without =": (lambda s: ["--store", str(s), "query", "cascade", "-p", "doc"],
                              "lỗi: tham số 'doc' không có dạng tên=giá_trị\n", "error: parameter 'doc' is not name=value\n"),
    "an unknown kind of body": (lambda s: ["--store", str(s), "bodies", "--kind", "so-ban-nganh"],
                                "lỗi: không có loại cơ quan 'so-ban-nganh'\n", "error: no kind of body 'so-ban-nganh'\n"),
    "nothing to load": (lambda s: ["--store", str(s), "load"], "lỗi: không có gì để nạp\n", "error: nothing to load\n"),
    "an unknown change set": (lambda s: ["--store", str(s), "rollback", "99"],
                              "lỗi: kho này không có lần thay đổi số 99\n", "error: no change set 99 in this store\n"),
    "a fact that is no target": (lambda s: ["--store", str(s), "review", "assess", _not_a_target(s), "--status", "partly"],
                                 ", không phải chỉ tiêu\n", ", not a target\n"),
    "a status that is no assessment": (lambda s: ["--store", str(s), "review", "assess", "f1", "--status", "tốt"],
                                       "lỗi: 'tốt' không phải là một mức đánh giá (status)\n",
                                       "error: status 'tốt' is not an assessment\n"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_refusal_is_said_in_the_command_s_language_with_what_to_do(store, case):
    args, vi_words, en_words = CASES[case]
    vi, en = dkg("--lang", "vi", *args(store)), dkg("--lang", "en", *args(store))
    assert vi.exit_code == en.exit_code != 0
    assert vi_words in vi.stderr and "gợi ý: " in vi.stderr, vi.stderr
    said = vi.stderr.split("\n")[0].split(": ", 1)[1]
    assert not ENGLISH.search(re.sub(r"'[^']*'|/\S+|limit", "", said)), said  # (no English left but names and codes)
    assert en_words in en.stderr and "hint: " in en.stderr, en.stderr
    assert not re.search(r"sai cách dùng|không tìm thấy|lỗi kho dữ liệu", vi.stderr)  # (no kind word before them)


def test_a_kind_of_body_known_lists_its_bodies_and_one_typed_wrong_is_refused_naming_the_kinds(store):
    hint = dkg("--store", str(store), "--lang", "vi", "bodies", "--kind", "peoples-comittee").stderr
    assert "peoples-committee (Ủy ban nhân dân)" in hint and "mass-association (Hội quần chúng)" in hint
    listed = dkg("--store", str(store), "bodies", "--kind", "socio-political-organisation")  # near miss: a kind
    assert listed.exit_code == 0 and "Hội Nông dân huyện" in listed.stdout


def test_a_key_naming_several_documents_says_so_in_vietnamese_not_that_it_names_only_them():
    from kg.i18n import error_words

    details = {"key": "'5-KH/UBND'", "count": 2, "iris": "https://a.example/1, https://a.example/2"}
    said, hint = error_words("scoreboard-several", details, "vi")
    # ('chỉ' would read as 'only': "'5-KH/UBND' only 2 documents")
    assert said.startswith("số hiệu '5-KH/UBND' ứng với 2 văn bản: ") and " chỉ " not in said and "IRI" in hint
    assert error_words("scoreboard-several", details, "en")[0].startswith("'5-KH/UBND' names 2 documents: ")
