"""The ``dkg`` command's entry (khởi chạy): the allocator is chosen before the command line's module is imported
(:func:`kg.allocator.restart_for_command`), then :func:`kg.cli.main` runs. A restart here costs an interpreter's
start; in :mod:`kg.cli`, whose imports take a few tenths of a second of CPU, it cost those too (section speed38i
of bench/RESULTS.md)."""
from __future__ import annotations

import sys

from kg.allocator import restart_for_command


def main() -> None:
    """``dkg``: start again with jemalloc where the command's inputs ask for it, then run the command."""
    restart_for_command(sys.argv[1:])
    from kg.cli import main as cli  # noqa: PLC0415 - imported once the allocator is chosen (the module's point)

    cli()
