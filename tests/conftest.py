"""Shared test set-up: a private data folder per test, Qt offscreen, and the test data in tests/data
(made by scripts/make_test_data.py from the scripted conferences; nothing outside the checkout)."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The lemmatiser's decoded dictionary (derived: app/compare/lemmatiser.py) goes to a folder of this
# run, never the user's own cache folder; removed when the run ends (3.6 MB a run, left behind before)
if "FAIRMINUTES_CACHE" not in os.environ:
    os.environ["FAIRMINUTES_CACHE"] = tempfile.mkdtemp(prefix="fm-cache-")
    atexit.register(shutil.rmtree, os.environ["FAIRMINUTES_CACHE"], ignore_errors=True)


@pytest.fixture(autouse=True)
def fairminutes_home(tmp_path, monkeypatch):
    home = tmp_path / "fm-home"
    monkeypatch.setenv("FAIRMINUTES_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def users_log_untouched(tmp_path_factory):
    """The suite never writes the user's own log folder (~/.local/state/FairMinutes/log): checked at
    the end. Only what this run wrote counts (a line naming its temporary folder): other FairMinutes
    processes on the machine may log there meanwhile."""
    from app.errorlog import LOG_NAME, log_dir

    log = log_dir() / LOG_NAME
    size = log.stat().st_size if log.exists() else 0
    yield log
    if log.exists():
        with open(log, "rb") as f:
            f.seek(size if log.stat().st_size >= size else 0)  # rotated meanwhile: read it all
            written = f.read().decode("utf-8", "replace")
        ours = str(tmp_path_factory.getbasetemp())
        assert ours not in written, f"the test suite wrote into {log}: {written[:2000]}"


@pytest.fixture(autouse=True)
def private_log_folder(tmp_path, monkeypatch):
    """Each test's log folder (app/errorlog.py), for it and every command it runs: a temporary one."""
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state / "FairMinutes" / "log"


@pytest.fixture(scope="session")
def test_data() -> Path:
    """tests/data: conferences/<name>/ (script, minutes, answer keys) and excerpts/ (short audio)."""
    return DATA


@dataclass(frozen=True)
class Excerpt:
    """A stretch of a conference's audio, cut between turns, and the turns inside it."""

    path: Path
    duration: float
    reference: str  # the words spoken in it, from the conference's script
    turns: list[dict]  # {"line", "speaker", "start", "end", "text"}, times from the excerpt's start


def excerpt(name: str) -> Excerpt:
    meta = json.loads((DATA / "excerpts" / f"{name}.json").read_text())
    return Excerpt(DATA / "excerpts" / f"{name}.flac", meta["duration"], meta["reference"], meta["turns"])


@pytest.fixture(scope="session")
def clear_speech() -> Excerpt:
    """19 s, three speakers, clear synthetic voices (tiny.en gets every word right here)."""
    return excerpt("dev-b-lines-29-31")


@pytest.fixture(scope="session")
def meeting_speech() -> Excerpt:
    """38 s, five speakers, some harder accents (tiny.en gets about a quarter of the words wrong)."""
    return excerpt("dev-a-lines-18-22")


@pytest.fixture
def meeting_speech_twice(meeting_speech, tmp_path) -> Path:
    """meeting_speech twice over (75 s): long enough that transcribing it keeps a worker busy for a
    second or more on any machine (5 s on 2 cores), for tests of what goes on meanwhile."""
    import numpy as np
    import soundfile as sf

    samples, rate = sf.read(str(meeting_speech.path), dtype="int16")
    path = tmp_path / "meeting-twice.flac"
    sf.write(str(path), np.tile(samples, 2), rate)
    return path


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
