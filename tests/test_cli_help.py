"""Every ``--help`` speaks one language, the command line's: `dkg query --help` showed its options' English help
under Vietnamese headings ("Tùy chọn:" over "A parameter as name=value"), polish36's walk. The Vietnamese words are
``kg.i18n.help``; English is the commands' own help."""

from __future__ import annotations

import inspect

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.i18n import command_help, option_help


def _commands(command: click.Command = main, path: str = ""):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, f"{path} {name}".strip())


def _helps(command: click.Command) -> list[str]:
    """The English help of ``command``'s own options (those it declares; --store is the root's, added to each)."""
    return [p.help for p in command.params if isinstance(p, click.Option) and p.help]


def _help(lang: str, path: str) -> str:
    result = CliRunner().invoke(main, ["--lang", lang, *path.split(), "--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())  # (one line: click wraps the help to the terminal's width)


def test_every_command_and_option_has_its_vietnamese_help():
    missing = [path for path, _ in _commands() if not command_help(path)]
    missing += [f"{path} {max(p.opts, key=len)}" for path, command in _commands() for p in command.params
                if isinstance(p, click.Option) and p.help and not option_help(path, max(p.opts, key=len))]
    assert missing == []


@pytest.mark.parametrize("path", [path for path, _ in _commands()])
def test_a_vietnamese_help_screen_has_no_english_help_and_an_english_one_no_vietnamese(path):
    command = dict(_commands())[path]
    vi, en = _help("vi", path), _help("en", path)
    english = [" ".join(inspect.cleandoc(command.help or "").partition("\f")[0].split()[:8])]
    english += [" ".join(h.split()[:8]) for h in _helps(command)]
    assert [h for h in english if h in vi] == []
    assert all(h in en for h in english)  # near miss: the English screen keeps the commands' own words
    said = " ".join((command_help(path) or "").split()[:8])
    assert said in vi and said not in en


def test_the_query_help_names_its_options_in_vietnamese_with_click_s_brackets():
    vi = _help("vi", "query")
    assert "Một tham số dạng tên=giá_trị" in vi and "[mặc định: table]" in vi and "In hướng dẫn này rồi thoát." in vi
    assert "A parameter as name=value" not in vi and "[default: table]" not in vi
    en = _help("en", "query")
    assert "A parameter as name=value" in en and "[default: table]" in en and "tên=giá_trị" not in en


def test_a_sub_command_s_help_is_found_by_its_path_however_dkg_was_called():
    # `python -m kg` is a program name of three words: the command's path is read from its contexts, not by dropping
    # the first word of what click prints in its usage line
    for prog in ("dkg", "python -m kg"):
        result = CliRunner().invoke(main, ["--lang", "vi", "review", "correct", "--help"], prog_name=prog,
                                    terminal_width=400)
        assert result.exit_code == 0, result.output
        said = " ".join(result.output.split())
        assert said.startswith(f"Cách dùng: {prog} review correct") and command_help("review correct") in said, prog
        assert "Correct a fact" not in said and option_help("review correct", "--set")[:30] in said, prog


def test_click_s_own_placeholders_are_said_in_the_help_s_language():
    """The Vietnamese help said its usage line and its options' placeholders in click's English ("[OPTIONS] COMMAND
    [ARGS]...", "--store TEXT", "[x>=1]"); a command's own placeholders (KEY, N) are named by its help and stay."""
    root, listing = _help("vi", ""), _help("vi", "review list")
    assert "[TÙY-CHỌN] LỆNH [THAM-SỐ]..." in root and "--store CHỮ" in root
    assert "[OPTIONS]" not in root + listing and " TEXT " not in root + listing
    assert "--limit N" in listing and "[từ 1 trở lên]" in listing and "[x>=1]" not in listing
    # near miss: the English screens keep click's words, and a word that only begins like one is left alone
    en = _help("en", "review list")
    assert "[OPTIONS]" in en and "--source TEXT" in en and "[x>=1]" in en
    from kg.cli_usage import LanguageFormatter
    from kg.i18n import CLI_TEXT

    formatter = LanguageFormatter(CLI_TEXT["vi"])
    assert formatter.placeholders("TEXTS FILES... TEXT") == "TEXTS FILES... CHỮ"
