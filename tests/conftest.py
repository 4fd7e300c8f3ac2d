"""Shared test set-up: a private data folder per test, Qt offscreen, and the shared test data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared" / "data").resolve()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def fairminutes_home(tmp_path, monkeypatch):
    home = tmp_path / "fm-home"
    monkeypatch.setenv("FAIRMINUTES_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the shared test data is not here ({SHARED}); it sits beside the project checkout")
    return SHARED
