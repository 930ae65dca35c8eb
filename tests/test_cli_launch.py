"""kg.cli_launch: the ``dkg`` command chooses its allocator before the command line's module is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """import sys
import kg.cli_launch
def decide(args):
    print("decided", list(args), "kg.cli" in sys.modules, flush=True)
kg.cli_launch.restart_for_command = decide
sys.argv = ["dkg", "--lang", "en", "--version"]
kg.cli_launch.main()
"""


def test_the_allocator_is_chosen_before_the_cli_is_imported_and_the_command_runs_after():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "decided ['--lang', 'en', '--version'] False"  # (the command line's module not loaded yet)
    assert "version" in lines[1]  # (and the command ran after the decision)
