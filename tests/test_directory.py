"""kg.directory: the directory of bodies that ``dkg bodies``, /bodies and /bodies.json show, on
the query fixture (tests/fixtures/queries)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg import directory
from kg.cli import main
from kg.store import Store
from test_queries import load_fixture
from test_web_support import cli_and_json_twin


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("bodies") / "store"
    s = Store.open(path)
    load_fixture(s)
    s.close()
    return path


def test_paging():
    store = Store.open(None)
    load_fixture(store)
    data = directory.directory(store, size=5, page_no=3)
    assert data["pages"] == 3 and len(data["bodies"]) == 1 and data["total"] == 11
    assert [b["name"] for b in data["bodies"]] == ["Ban Tuyên giáo Trung ương"]  # the last one


@pytest.mark.parametrize("cli_args, params", [
    ([], {}),
    (["ban thuong vu", "--level", "district"], {"q": "ban thuong vu", "level": "district"}),
    (["--place", "Lang Son", "--lang", "en"], {"place": "Lang Son", "lang": "en"}),
])
def test_the_cli_and_the_json_twin_give_the_same_answer(folder, cli_args, params):
    cli, page = cli_and_json_twin(folder, ["bodies", *cli_args], "/bodies.json", params)
    assert cli == page and page["bodies"]


def test_the_cli_prints_a_body_a_line_in_the_language_asked(folder):
    out = CliRunner().invoke(main, ["--store", str(folder), "bodies", "hoi nong dan", "--lang", "en"]).output
    lines = out.splitlines()
    assert lines[0].split("\t") == ["Name", "Kind", "Level", "Place", "Tasks assigned", "Documents issued"]
    assert lines[1].startswith("Hội Nông dân tỉnh Lạng Sơn\t") and lines[1].endswith("\t2\t0")
    assert "\tProvince\t" in lines[1] and lines[-1] == "1 body"
    bad = CliRunner().invoke(main, ["--store", str(folder), "bodies", "--level", "planet"])
    assert bad.exit_code == 2 and "unknown level 'planet'" in bad.output


def test_one_body_is_one_body_and_none_says_what_to_try(folder):
    """`dkg bodies` said "1 bodies", and for a name nothing matched printed a header and "0 bodies" (polish36's walk)."""
    one = CliRunner().invoke(main, ["--store", str(folder), "--lang", "en", "bodies", "hoi nong dan"]).output
    assert one.splitlines()[-1] == "1 body"
    none = CliRunner().invoke(main, ["--store", str(folder), "--lang", "en", "bodies", "khong co ai"]).output
    assert none.splitlines()[-1] == "No body matches. Try fewer words or filters (diacritics are optional)."
    vi = CliRunner().invoke(main, ["--store", str(folder), "--lang", "vi", "bodies", "khong co ai"]).output
    assert vi.splitlines()[-1].startswith("Không có cơ quan nào khớp. Bỏ bớt từ")
    # near miss: several bodies keep the plural
    assert CliRunner().invoke(main, ["--store", str(folder), "--lang", "en", "bodies"]).output.splitlines()[-1] == "11 bodies"
