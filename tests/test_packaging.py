"""The wheel ships the data folders, and a non-editable install finds them."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.skip(f"cannot build the wheel here (no build backend reachable?): {proc.stderr[-300:]}")
    return next(out.glob("directive_kg-*.whl"))


def test_wheel_contains_the_data_folders(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for folder, ext in (("ontology", ".ttl"), ("shapes", ".ttl"), ("queries", ".rq")):
        here = sorted(p.relative_to(ROOT / folder).as_posix() for p in (ROOT / folder).rglob("*" + ext))
        packed = sorted(n[len(f"kg/_data/{folder}/"):] for n in names
                        if n.startswith(f"kg/_data/{folder}/") and n.endswith(ext))
        assert here and packed == here, folder
    assert "details/cascade.rq" in [n[len("kg/_data/queries/"):] for n in names]  # (subfolders too)
    assert any(n.startswith("kg/data/bundled/") for n in names)
    assert any(n.startswith("viz/") for n in names)


def test_non_editable_install_finds_its_data(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    # dependencies come from this environment; the project itself only from the wheel
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, timeout=300, capture_output=True)
    # then let the fresh venv see this environment's dependencies (added after the install, so
    # that pip does not take the project as already installed from here)
    deps = [p for p in site.getsitepackages() + [sysconfig.get_paths()["purelib"]] if Path(p).is_dir()]
    Path(purelib, "_deps.pth").write_text("\n".join(deps) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    probe = ("import kg.resources as r, kg; "
             "print(kg.__file__); print(r.data_dir('ontology')); print(len(r.shapes_files()), len(r.query_files()))")
    out = subprocess.run([str(py), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    kg_file, ontology_dir, counts = out.stdout.split("\n")[:3]
    assert kg_file.startswith(str(venv)) and ontology_dir.startswith(str(venv)) and "_data" in ontology_dir
    assert all(int(n) > 0 for n in counts.split())
    stats = subprocess.run([str(venv / "bin" / "dkg"), "stats"], capture_output=True, text=True, cwd=tmp_path,
                           env=env, timeout=120)
    assert stats.returncode == 0, stats.stderr
    assert "Programme" in stats.stdout
