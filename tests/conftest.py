"""Shared fixtures: small stores and the path to ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip("../shared (the annotated corpus) is not next to this checkout")
    return SHARED


@pytest.fixture
def memory_store():
    from kg.store import Store

    return Store.open(None)


@pytest.fixture
def disk_store(tmp_path):
    from kg.store import Store

    store = Store.open(tmp_path / "store")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Commands never touch the user's real default store during tests."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("DKG_STORE", raising=False)
