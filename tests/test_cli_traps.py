"""The CLI without traps: a missing store is never created by a command that has nothing to
write, a refused load leaves nothing behind, and a closed pipe is not an error.

The commands run in this process (click's runner: the same exit codes, stdout and stderr); only
the closed pipe needs a process of its own, since it is about what the operating system does to
the writer."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def dkg(home: Path, *args: str) -> Result:
    """``dkg ARGS`` with ``home`` as the data folder (where the default store lives); ``DKG_STORE``
    is unset by the ``_isolated_home`` fixture."""
    result = CliRunner().invoke(main, list(args), env={"XDG_DATA_HOME": str(home)})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash, whose exit code (1) could pass for a refusal
    return result


def store_dir(home: Path) -> Path:
    return home / "directive-kg" / "store"


@pytest.mark.parametrize("command", ["reason", "reindex"])
def test_deriving_commands_on_a_missing_store_explain_and_create_nothing(tmp_path, command):
    result = dkg(tmp_path, command)
    assert result.exit_code == 2
    assert "no store at" in result.stderr and "dkg load" in result.stderr
    assert not (tmp_path / "directive-kg").exists()
    # and the bundled dataset still answers
    after = dkg(tmp_path, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv")
    assert after.exit_code == 0 and "115-CTr/TU" in after.stdout
    assert "bundled dataset" in after.stderr


def test_a_load_refused_for_its_syntax_leaves_no_store(tmp_path):
    result = dkg(tmp_path, "load", str(FIXTURES / "store" / "syntax-error.ttl"))
    assert result.exit_code == 2
    home = tmp_path / "directive-kg"
    assert not store_dir(tmp_path).exists()
    assert not (home.exists() and any(home.iterdir()))  # no staging folder left either


def test_a_load_refused_by_the_shapes_leaves_no_store(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix dkg: <https://w3id.org/directive-kg/ontology#> .\n'
                   '<https://w3id.org/directive-kg/id/doc/x> a dkg:Programme ; dkg:key "1-CTr/TU", "2-CTr/TU" .\n')
    result = dkg(tmp_path / "home", "load", str(bad))
    assert result.exit_code == 1, result.stderr
    home = tmp_path / "home" / "directive-kg"
    assert not store_dir(tmp_path / "home").exists()
    assert not (home.exists() and any(home.iterdir()))


def test_a_first_load_says_where_it_created_the_store(tmp_path):
    result = dkg(tmp_path, "load", str(FIXTURES / "store" / "good.ttl"))
    assert result.exit_code == 0
    assert f"created a store at {store_dir(tmp_path)}" in result.stderr
    assert (store_dir(tmp_path) / "main").exists()
    again = dkg(tmp_path, "load", str(FIXTURES / "store" / "good.ttl"))
    assert "created" not in again.stderr


def test_a_closed_pipe_ends_quietly(tmp_path):
    export = subprocess.Popen([sys.executable, "-m", "kg", "export", "--format", "nt"],
                              env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    export.stdout.readline()
    export.stdout.close()  # as `| head -1` does
    _, err = export.communicate(timeout=120)
    assert export.returncode == 0, err.decode()
    assert b"Traceback" not in err and b"Broken pipe" not in err


def test_an_ingest_whose_inputs_are_all_refused_creates_no_store(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = dkg(tmp_path / "home", "ingest", str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert "is empty" in result.stderr and "no such file" in result.stderr
    assert result.stderr.count(str(tmp_path / "missing.txt")) == 1  # the path once, not twice
    home = tmp_path / "home" / "directive-kg"
    assert not (home.exists() and any(home.iterdir()))


def test_a_bad_query_file_is_named_with_a_hint_for_a_file(tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: broken\nSELECT * WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    result = dkg(tmp_path, "query", str(bad))
    assert result.exit_code == 2
    assert f"error: {bad}: SPARQL syntax error at line 3" in result.stderr
    assert "correct the query in that file" in result.stderr and "endpoint" not in result.stderr
    # the near miss: the same text given inline is no file, and names none
    inline = dkg(tmp_path, "query", bad.read_text(encoding="utf-8"))
    assert inline.exit_code == 2 and str(bad) not in inline.stderr and "line 3" in inline.stderr


def test_loading_a_folder_says_it_is_one_and_what_to_do(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.ttl").write_text("<urn:a> <urn:p> 1 .\n", encoding="utf-8")
    dotted = tmp_path / "looks.ttl"  # a folder whose name has an RDF suffix
    dotted.mkdir()
    for given in (folder, dotted):
        result = dkg(tmp_path, "load", str(given))
        assert result.exit_code == 2
        assert f"{given}: is a folder, not an RDF file" in result.stderr and "unknown RDF file type" not in result.stderr
        assert "dkg load FOLDER/*.ttl" in result.stderr and "dkg ingest FOLDER" in result.stderr
    assert not store_dir(tmp_path).exists()


def test_show_with_an_iri_not_of_that_key_lists_the_right_ones(tmp_path):
    result = dkg(tmp_path, "show", "46-NQ/TW", "--iri", "notaniri")  # (the bundled data: no store yet)
    assert result.exit_code == 2
    assert "notaniri is not a document with key '46-NQ/TW'" in result.stderr
    assert "hint: give the IRI of one with that key (https://w3id.org/directive-kg/id/doc/" in result.stderr


def test_an_empty_query_of_an_old_district_says_the_level_is_gone_and_where_to_ask(tmp_path):
    """`dkg query timeline -p place="Vĩnh Yên"` (the old city) answered no row and no word."""
    result = dkg(tmp_path, "--lang", "vi", "query", "timeline", "-p", "place=Vĩnh Yên")
    assert result.exit_code == 0 and "(0 dòng)" in result.stdout
    assert "Thành phố Vĩnh Yên (Vĩnh Phúc) là đơn vị cấp huyện" in result.stderr
    assert "-p place='Phú Thọ'" in result.stderr
    # 'phường Vĩnh Yên' is a ward of today's Phú Thọ: the note says so, and what the filter read it as (review30)
    ward = dkg(tmp_path, "--lang", "en", "query", "timeline", "-p", "place=phường Vĩnh Yên")
    assert ward.exit_code == 0 and "was a district" not in ward.stderr
    assert "Phường Vĩnh Yên is a ward or commune of Phú Thọ" in ward.stderr
    assert "read as the old district Thành phố Vĩnh Yên (Vĩnh Phúc)" in ward.stderr and "-p place='Phú Thọ'" in ward.stderr
    # near miss: asked for a day the district still stood, the empty answer is the answer
    before = dkg(tmp_path, "--lang", "vi", "query", "timeline", "-p", "place=Vĩnh Yên", "-p", "as_of=30/6/2025")
    assert before.exit_code == 0 and "cấp huyện" not in before.stderr
