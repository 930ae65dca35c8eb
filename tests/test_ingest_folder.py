"""A folder's ZIP whose texts are already unpacked there is skipped with one line that says where they are, not
refused on every ingest of the folder (kg.ingest_folder); a ZIP with a text not unpacked, or changed since, is refused
as before. Texts of our own (tests/fixtures/newcomer33b)."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest_folder import folder_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "newcomer33b"
TEXTS = ("tin-thong-tan.txt", "than-bai.txt")


def _folder(tmp_path: Path, into: str = "") -> Path:
    """A folder with a ZIP of two texts, unpacked beside it (``into`` empty) or into the folder ``into``."""
    folder = tmp_path / "tuan"
    (folder / into).mkdir(parents=True)
    with zipfile.ZipFile(folder / "tu lieu.zip", "w") as z:
        for name in TEXTS:
            z.write(FIXTURES / name, name)
            shutil.copy(FIXTURES / name, folder / into / name)
    return folder


@pytest.mark.parametrize("into", ["", "tu lieu"])
def test_a_zip_unpacked_beside_it_or_into_its_folder_is_skipped_and_its_texts_read(tmp_path, into):
    folder = _folder(tmp_path, into)
    inputs = folder_inputs([str(folder)])
    assert [Path(p).name for p in inputs.files] == sorted(TEXTS)
    assert inputs.skipped == [(str(folder / "tu lieu.zip"), 2, str(folder / into) if into else str(folder))]


def test_near_misses_a_zip_with_a_text_changed_or_missing_or_given_by_name_is_refused(tmp_path):
    folder = _folder(tmp_path)
    (folder / TEXTS[0]).write_text("Bài đã sửa sau khi giải nén.\n", encoding="utf-8")
    assert [Path(p).name for p in folder_inputs([str(folder)]).files] == ["than-bai.txt", "tin-thong-tan.txt", "tu lieu.zip"]
    # (changed to the same length: its bytes tell, not its size)
    same_size = bytearray((FIXTURES / TEXTS[0]).read_bytes())
    same_size[-2:-1] = b"?" if same_size[-2:-1] != b"?" else b"!"
    (folder / TEXTS[0]).write_bytes(bytes(same_size))
    assert "tu lieu.zip" in [Path(p).name for p in folder_inputs([str(folder)]).files]
    (folder / TEXTS[0]).unlink()
    assert "tu lieu.zip" in [Path(p).name for p in folder_inputs([str(folder)]).files]
    # an archive named on the command line is read (and refused) whatever lies beside it
    given = str(_folder(tmp_path / "b") / "tu lieu.zip")
    assert folder_inputs([given]).files == [given] and not folder_inputs([given]).skipped


@pytest.mark.slow
@pytest.mark.parametrize("lang, skipped, loaded, again", [
    ("en", "skipped {zip}: its 2 texts are unpacked in {folder} and read from there", "ingested 2 files: 2 texts written",
     "nothing new: 2 files, nothing written; 2 already in the store"),
    ("vi", "bỏ qua {zip}: 2 văn bản trong tệp nén đã được giải nén ở {folder} và được đọc từ đó", "đã nạp 2 tệp: ghi 2 văn bản",
     "không có gì mới: 2 tệp, không ghi gì; 2 tệp đã có trong kho")])
def test_dkg_ingest_of_a_folder_says_once_what_it_skipped_and_exits_0_every_time(tmp_path, lang, skipped, loaded, again):
    folder = _folder(tmp_path)
    for day in range(2):  # (the folder ingested again, as a journalist does each day: the second time, nothing new)
        result = CliRunner().invoke(main, ["--lang", lang, "--store", str(tmp_path / "store"), "ingest", str(folder)])
        assert result.exit_code == 0, result.output
        said = skipped.format(zip=folder / "tu lieu.zip", folder=folder)
        assert result.stderr.count(said) == 1 and (again if day else loaded) in result.stderr
        assert "ZIP" not in result.stderr
