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


@pytest.fixture(scope="session")
def virtual_mic():
    from tests import virtual_mic as vm

    reason = vm.available()
    if reason:
        pytest.skip(f"no virtual microphone: {reason}")
    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_RUNTIME_DIR")}
    mic = vm.VirtualMic()
    mic.activate()
    yield mic
    mic.close()
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
