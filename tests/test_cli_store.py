"""kg.cli_store: the store a command works on; a reader's store is closed with its command, so that its view's
folder (``kg.store.readonly``) goes then, not when the process ends."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.store import Store, readonly


def test_a_reader_command_lets_its_view_go_when_it_ends(new_store_path: Path):
    Store.open(new_store_path).close()
    for args in (("stats",), ("history",), ("changes",)):
        done = CliRunner().invoke(main, ["--store", str(new_store_path), *args])
        assert done.exit_code == 0, done.output
        # (the process goes on, as a test's or a notebook's does: the command's view is gone all the same)
        assert not list((new_store_path / readonly.VIEWS).iterdir()), args
