"""The README's opening commands are the ones CI runs: keep the docs honest."""

from __future__ import annotations

import inspect
import re
import shlex
import warnings
from pathlib import Path

import pytest

import test_web_support
from test_web_support import server, web_app, web_store  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, flags=re.S)][:2]


def test_readme_opens_with_install_run_and_test_commands():
    run, test = readme_commands()
    assert "pip install" in run and "dkg " in run
    assert "pip install" in test and "pytest" in test


def test_ci_runs_the_readme_test_command():
    _, test = readme_commands()
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_documented_command_exists():
    from kg.cli import main

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^dkg ([a-z]+)", text, flags=re.M))
    assert documented <= set(main.commands), documented - set(main.commands)


def _documented_calls() -> list[str]:
    """Every ``dkg ...`` of the README: the lines of its code blocks and its inline code."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    calls = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S):
        calls += [line.split("  #")[0].strip() for line in block.splitlines() if line.startswith("dkg ")]
    calls += re.findall(r"`(dkg [^`]+)`", text)
    return calls


def _concrete(call: str) -> list[str]:
    """A documented call as the words a user would type: ``[--opt X]`` taken, ``a|b|c`` the first
    alternative, ``FILE...`` one file, a value written ``...`` a word."""
    words = shlex.split(call.replace("[", " ").replace("]", " "))
    out = []
    for w in words[1:]:
        if "|" in w and not w.startswith("-"):
            w = w.split("|")[0]
        out.append("X" if w == "..." else w.replace("...", ""))
    return [w for w in out if w]


@pytest.mark.parametrize("call", _documented_calls())
def test_every_documented_call_parses_with_the_real_cli(call):
    from kg.cli import main

    main.add_store_options()
    args = _concrete(call)
    ctx = main.make_context("dkg", list(args), resilient_parsing=False)
    with warnings.catch_warnings():  # (click 8.2 and later keep the command's name apart in a property it deprecates)
        warnings.simplefilter("ignore", DeprecationWarning)
        words = [*ctx.protected_args, *ctx.args]
    name, command, rest = main.resolve_command(ctx, words)
    assert command is not None, call
    if len(args) > 1:  # (a bare `dkg load` in a sentence names the command only)
        command.make_context(name, rest, parent=ctx)  # raises click.UsageError on an unknown option or value


@pytest.mark.parametrize("before", [True, False])
def test_every_command_takes_store_before_or_after_it(before, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    missing = str(tmp_path / "none")
    for name in ("stats", "queries", "export", "validate"):
        args = ["--store", missing, name] if before else [name, "--store", missing]
        result = CliRunner().invoke(main, args)
        if name != "queries":  # (the catalogue needs no store)
            assert result.exit_code == 3 and "no store at" in result.stderr, (args, result.output)
        else:
            assert result.exit_code == 0, result.output
    help_texts = {name: CliRunner().invoke(main, [name, "--help"]).stdout for name in main.commands}
    assert all("--store" in text for text in help_texts.values()), \
        [n for n, t in help_texts.items() if "--store" not in t]


#: a path of this repository as prose writes it (``kg/store/mirror.py``, ``queries/cascade.rq``)
REPO_PATH = re.compile(r"(?<![\w./-])((?:kg|tests|bench|tools|viz|queries|shapes|ontology)/[\w./-]+\.(?:py|rq|ttl|md|csv))\b")


def test_every_file_the_readme_and_the_code_s_prose_name_exists():
    # a module moved leaves its old path in the prose that pointed to it
    # (and the folders' own READMEs, which a newcomer reads next: ontology/README.md named kg/store.py and kg/vocab.py)
    texts = [ROOT / "README.md", *sorted((ROOT / "kg").rglob("*.py")), *sorted((ROOT / "tools").glob("*.py")),
             *sorted((ROOT / "viz").glob("*.py")),
             *(ROOT / folder / "README.md" for folder in ("ontology", "queries", "tools", "shapes", "bench")
               if (ROOT / folder / "README.md").exists())]
    named = {(str(t.relative_to(ROOT)), p) for t in texts for p in REPO_PATH.findall(t.read_text(encoding="utf-8"))
             if "/NAME." not in p}  # (queries/details/NAME.rq: a placeholder)
    assert sorted((t, p) for t, p in named if not (ROOT / p).exists()) == []


def test_the_notebook_example_reads_the_endpoint_and_the_named_queries(server, monkeypatch, tmp_path):
    """The README's Python block, run as written against a served app (its address replaced): the three clients
    give the same plans of 46-NQ/TW, and the named query's twins answer with rows and a CSV file."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"### From Python \(a notebook\).*?```python\n(.*?)```", text, flags=re.S)
    assert 'ENDPOINT = "http://localhost:8000/sparql"' in block
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(block.replace("http://localhost:8000", server), scope)  # noqa: S102  (our own README's code)
    assert "115-CTr/TU" in scope["keys"] and scope["rows"] == scope["keys"]
    assert scope["table"].splitlines()[0] == "key" and len(scope["table"].splitlines()) == len(scope["keys"]) + 1
    assert scope["targets"] and all("set_by" in row for row in scope["targets"])
    assert (tmp_path / "cascade.csv").read_text(encoding="utf-8").startswith("document,key,")


def test_the_notebook_s_library_block_reads_the_store_dkg_reads_and_quotes_a_fact_s_words(monkeypatch, tmp_path, capsys):
    """The README's second Python block, run as written where no store is made yet (the bundled sample, as `dkg`
    answers): the named query gives its rows as Python values, SPARQL text of one's own a table too, and a fact
    extracted from a sentence carries the span its quote is cut from (newcomer40: `from kg import extract` was the
    subpackage, and the README said nothing of the library)."""
    import datetime

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"### From Python \(a notebook\).*?```python\n(.*?)```.*?```python\n(.*?)```", text, flags=re.S)
    (library,) = [second for _, second in blocks]
    monkeypatch.delenv("DKG_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    scope: dict = {}
    exec(library, scope)  # noqa: S102  (our own README's code)
    assert "115-CTr/TU" in scope["plans"] and "Chương trình 115-CTr/TU" in capsys.readouterr().out
    days = scope["dated"].column("date")
    assert days and all(isinstance(d, datetime.date) for d in days) and days == sorted(days)
    assert scope["link"].from_ == "115-CTr/TU" and scope["link"].to == "46-NQ/TW"
    assert "115-CTr/TU" in scope["quote"] and "46-NQ/TW" in scope["quote"]


def test_the_opening_says_what_its_test_command_runs_and_gives_the_fast_loop_as_the_developers_section_does():
    # a newcomer who runs the opening's test command is told it runs everything, for long, and what to run instead
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    opening = text[:text.index("## What is in the box")]
    fast = re.search(r"```\n\s*\.venv/bin/python -m pytest (-m \"[^\"]+\" -n \d+)\n", text)
    assert fast is not None and f"`{fast.group(1)}`" in opening
    assert "in one process" in opening and "tens of" in opening
    # and the first command's silence is said: the install prints nothing
    assert "prints nothing (`-q`)" in opening
    # and the test command's first minute, and which Chromium the browser tests drive (the one they look for)
    assert "it is not stuck" in opening
    looked_for = inspect.getsource(test_web_support).split("CHROMIUM = ", 1)[1].split("\n", 1)[0]
    assert 'shutil.which("chromium")' in looked_for and '"/usr/bin/chromium"' in looked_for, looked_for
    assert "a `chromium` on the `PATH`, or `/usr/bin/chromium`" in opening and "no `playwright install`" in opening


def test_the_first_text_walkthrough_comes_before_the_inputs_and_names_the_undo_it_describes():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    walk = text[text.index("### A first text"):text.index("### Inputs of `dkg extract` and `dkg ingest`")]
    assert "dkg ingest " in walk and "--tokens-file" in walk and "/changes" in walk
    assert "dkg rollback 3" in walk and "dkg rollback" in text[text.index("## History and rollback"):]


def test_the_readme_says_how_to_reach_dkg_before_its_first_bare_dkg_command():
    """The opening runs ``.venv/bin/dkg``; every command after it is written ``dkg ...``, which a fresh terminal
    answers "command not found" until the environment is active (newcomer39's first trip): the README says how
    before its first such line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_bare = re.search(r"^dkg ", text, flags=re.M)
    assert first_bare is not None
    said = text.find(". .venv/bin/activate")
    assert 0 <= said < first_bare.start()
