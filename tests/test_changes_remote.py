"""`dkg changes --store URL` pointed at a running `dkg serve`: the change sets' quads are kept in files beside the
server's store, which its /sparql does not serve, so the command answered "Không có." (nothing) where the page
listed every change. It asks the server's /changes.json and prints what a local run prints; an empty answer under
filters says so as the page does."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from test_web_support import running


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from kg.store import Store  # noqa: PLC0415
    from kg.web import create_app  # noqa: PLC0415

    folder = tmp_path_factory.mktemp("remote-changes") / "store"
    done = CliRunner().invoke(main, ["--store", str(folder), "load", "--bundled"])
    assert done.exit_code == 0, done.output
    local = {lang: CliRunner().invoke(main, ["--lang", lang, "--store", str(folder), "changes", "--items"]).stdout
             for lang in ("vi", "en")}
    store = Store.open(folder)
    try:
        with running(create_app(store)) as url:
            yield url, local
    finally:
        store.close()


def run(*args: str) -> str:
    got = CliRunner().invoke(main, list(args))
    assert got.exit_code == 0, got.output
    return got.stdout


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_dkg_changes_asks_the_server_and_prints_what_a_local_run_prints(served, lang):
    url, local = served
    remote = run("--lang", lang, "--store", url, "changes", "--items")
    assert remote == local[lang] and remote.startswith("#1  ") and "46-NQ/TW" in remote
    # and as its counts, as a local run says them (the bundled sample's load: more than ten items)
    assert run("--lang", "en", "--store", url, "changes").splitlines()[2].startswith("  + added: Document ")


def test_dkg_changes_on_a_server_keeps_its_filters_and_says_an_empty_answer_as_the_page_does(served):
    url, _ = served
    assert "46-NQ/TW" in run("--lang", "vi", "--store", url, "changes", "--doc", "46-NQ/TW")
    assert run("--lang", "vi", "--store", url, "changes", "--province", "Cao Bằng") == \
        "Không có thay đổi nào theo bộ lọc này.\n"
    assert run("--lang", "en", "--store", url, "changes", "--since", "2100-01-01") == "No change matches these filters.\n"
    twin = run("--store", url, "changes", "--format", "json", "--limit", "1")
    assert '"change_sets"' in twin and twin.count('"time"') == 1


def test_an_empty_store_without_filters_still_says_none():
    """The near miss: nothing at all (no filter) keeps the short "none"."""
    from kg.changes_text import to_text  # noqa: PLC0415

    assert to_text({"filters": {}, "change_sets": []}, "vi") == "Không có.\n"
