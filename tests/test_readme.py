"""The README's opening commands are the ones CI runs: keep the docs honest."""

from __future__ import annotations

import re
from pathlib import Path

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
