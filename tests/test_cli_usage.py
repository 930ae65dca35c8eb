"""kg.cli_usage: click's own words (the help's frame, usage errors) in Vietnamese under ``dkg --lang
vi`` or ``DKG_LANG=vi``; English, as click writes it, under `--lang en` or `DKG_LANG=en`."""

from __future__ import annotations

import click
import pytest

from kg.cli import main
from test_cli_lang import dkg


@pytest.mark.parametrize("args", [("--lang", "vi", "--help"), ("--lang", "vi", "show", "--help"),
                                  ("--lang", "vi", "review", "--help")])
def test_help_is_framed_in_vietnamese(tmp_path, args):
    out = dkg(tmp_path, *args)
    assert out.exit_code == 0
    assert out.stdout.startswith("Cách dùng: ")  # (the runner names the program `main`)
    assert "Tùy chọn:" in out.stdout and "In hướng dẫn này rồi thoát." in out.stdout
    assert "Usage:" not in out.stdout and "Options:" not in out.stdout and "Show this message" not in out.stdout


def test_help_follows_dkg_lang_and_stays_english_otherwise(tmp_path):
    assert dkg(tmp_path, "--help", env={"DKG_LANG": "vi"}).stdout.startswith("Cách dùng: ")
    assert "Lệnh:" in dkg(tmp_path, "--help", env={"DKG_LANG": "vi"}).stdout
    english = dkg(tmp_path, "--help").stdout
    assert english.startswith("Usage: ") and "Commands:" in english and "Show this message and exit." in english


@pytest.mark.parametrize("args, said", [
    (("show", "--bogus"), "lỗi: không có tùy chọn '--bogus'."),
    (("--bogus",), "lỗi: không có tùy chọn '--bogus'."),
    (("extract",), "lỗi: thiếu tham số 'FILES...'."),
    (("shw",), "lỗi: không có lệnh 'shw'. Có phải ý bạn là 'show'?"),
    (("review", "lis"), "lỗi: không có lệnh 'lis'. Có phải ý bạn là 'list'?"),
    (("validate", "--format", "xml"),
     "lỗi: giá trị không hợp lệ cho '--format': 'xml' không phải một trong các giá trị: 'text', 'json', 'turtle'."),
    (("query", "cascade", "-p"), "lỗi: tùy chọn '-p' cần một giá trị."),
    (("query", "cascade", "extra"), "lỗi: thừa tham số: extra."),
    ((), "lỗi: chưa nêu lệnh nào."),
    (("review", "list", "--limit", "0"), "lỗi: giá trị không hợp lệ cho '--limit': 0 nằm ngoài khoảng cho phép: từ 1 trở lên."),
    (("review", "sources", "--size", "5000"),
     "lỗi: giá trị không hợp lệ cho '--size': 5000 nằm ngoài khoảng cho phép: từ 1 đến 1000."),
    (("review", "sources", "--page", "abc"), "lỗi: giá trị không hợp lệ cho '--page': 'abc' không phải một số nguyên."),
    (("extract", "x.txt", "--max-chars", "nhiều"),
     "lỗi: giá trị không hợp lệ cho '--max-chars': 'nhiều' không phải một số nguyên."),
])
def test_usage_errors_are_said_in_vietnamese_with_the_usage_and_the_way_to_help(tmp_path, args, said):
    out = dkg(tmp_path, "--lang", "vi", *args)
    assert out.exit_code == 2
    assert said in out.stderr
    assert "Error:" not in out.stderr and "Usage:" not in out.stderr and "Try '" not in out.stderr
    if not args or args[-1] != "-p":  # (click keeps no command for an option's missing value: no usage line, in English too)
        assert "Cách dùng: " in out.stderr and "--help' để xem hướng dẫn." in out.stderr


def test_usage_errors_stay_english_unless_asked(tmp_path):
    out = dkg(tmp_path, "show", "--bogus")
    assert out.exit_code == 2
    assert "show [OPTIONS] KEY" in out.stderr and "Usage: " in out.stderr and "Error: No such option '--bogus'." in out.stderr
    assert "lỗi" not in out.stderr
    assert "không có tùy chọn" in dkg(tmp_path, "show", "--bogus", env={"DKG_LANG": "vi"}).stderr


def test_a_folder_given_for_an_output_file_is_said_in_the_language_asked(tmp_path):
    vi = dkg(tmp_path, "--lang", "vi", "export", "-o", str(tmp_path))
    assert vi.exit_code == 2 and f"'{tmp_path}' là một thư mục; hãy nêu một tệp trong đó." in vi.stderr
    en = dkg(tmp_path, "--lang", "en", "export", "-o", str(tmp_path))
    assert f"File '{tmp_path}' is a directory." in en.stderr and "thư mục" not in en.stderr


def test_a_value_click_says_no_rule_for_stays_as_click_says_it(tmp_path):
    """A near miss: a refusal the table has no words for keeps click's, under the Vietnamese frame."""
    from kg.cli_usage import said_usage_error  # noqa: PLC0415

    refused = click.BadParameter("'x' is not a valid UUID.", param=click.Option(["--id"]))
    assert said_usage_error(refused, "vi").format_message() == "giá trị không hợp lệ cho 'id': 'x' is not a valid UUID."
    out_of_range = click.BadParameter("7 is not in the range x>=1.", param=click.Option(["--n"]))
    assert said_usage_error(out_of_range, "en") is out_of_range  # (English: click's own words, untouched)


def test_defaults_are_said_in_vietnamese_too(tmp_path):
    out = dkg(tmp_path, "--lang", "vi", "serve", "--help").stdout
    assert "[mặc định: 127.0.0.1]" in out and "[default:" not in out
    assert "[default: 127.0.0.1]" in dkg(tmp_path, "serve", "--help").stdout


def test_no_command_s_help_shows_notes_for_readers_of_the_code(tmp_path):
    import click

    from kg.cli import main

    def walk(command: click.Command, path: tuple[str, ...]):
        yield path
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, (*path, name))

    for path in walk(main, ()):
        shown = dkg(tmp_path, *path, "--help").stdout
        assert not [mark for mark in (":mod:", ":func:", "``", "bench/") if mark in shown], path


def test_the_list_of_commands_says_what_each_does_in_vietnamese(tmp_path):
    import click

    from kg.cli import main
    from kg.i18n import COMMAND_SUMMARIES

    paths = {name for name in main.commands} | {f"{name} {sub}" for name, group in main.commands.items()
                                                 if isinstance(group, click.Group) for sub in group.commands}
    assert paths == set(COMMAND_SUMMARIES)  # (a new command needs its Vietnamese words)
    top = dkg(tmp_path, "--lang", "vi", "--help").stdout
    assert "Liệt kê các truy vấn có sẵn" in top and "List the named queries" not in top
    assert "Hàng chờ duyệt, đáng ngờ nhất trước" in dkg(tmp_path, "--lang", "vi", "review", "--help").stdout
    assert "List the named queries and their parameters." in dkg(tmp_path, "--help").stdout


def test_dkg_alone_shows_its_help_in_the_language_asked(tmp_path):
    vi = dkg(tmp_path, env={"DKG_LANG": "vi"})
    # (no error, "lỗi: ...": the --lang option's help names errors among what the setting says, "bảng, báo cáo, lỗi")
    assert vi.output.startswith("Cách dùng: ") and "Lệnh:" in vi.output and "lỗi:" not in vi.output
    assert dkg(tmp_path).output.startswith("Usage: ")


def _commands(group: click.Group, ctx: click.Context):
    for name, command in sorted(group.commands.items()):
        sub = click.Context(command, info_name=name, parent=ctx)
        yield sub, command
        if isinstance(command, click.Group):
            yield from _commands(command, sub)


def test_every_option_says_what_it_means_or_what_it_defaults_to():
    """A newcomer reads `--help`: an option with neither words nor a default (`--format [text|json]`
    alone) leaves them to guess which one they get."""
    root = click.Context(main, info_name="dkg", **main.context_settings)  # (as `dkg` makes it)
    silent = [f"{ctx.command_path} {param.opts[0]}" for ctx, command in _commands(main, root)
              for param in command.params if isinstance(param, click.Option) and not param.hidden
              and not (param.get_help_record(ctx) or ("", ""))[1]]
    assert silent == []
    shown = dict(p.get_help_record(root) for p in main.commands["query"].params if isinstance(p, click.Option))
    assert "[default: table]" in shown["--format [table|csv|tsv|json]"]
