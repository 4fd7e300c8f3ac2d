"""The recorder's edges (issue 22, items 2 and 7): one recorder per conference, --seconds counts new
audio, stop() never drops queued audio, any writer error stops cleanly, recovery leaves a live
recording alone, a failed start leaves nothing behind, a WAV never outgrows its header, and new files
and folders reach the disk with their folder entry. Audio goes through real PortAudio (virtual_mic)."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.errors import FairMinutesError
from app.recording import recovery
from app.recording.recorder import Recorder
from app.recording.wavfile import SAMPLE_RATE, CrashSafeWav
from app.session import create_session, open_session

ROOT = Path(__file__).resolve().parent.parent
RECORD_SCRIPT = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
REFUSAL = "This conference is being recorded by another FairMinutes window"


def wait_for(cond, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return False


def events(session) -> list[dict]:
    return session.events.read()


def kinds(session) -> list[str]:
    return [e["event"] for e in events(session)]


def hiss(seconds: float) -> np.ndarray:
    return np.random.default_rng(1).integers(-200, 200, int(seconds * SAMPLE_RATE), dtype=np.int16)


def existing_audio(session, seconds: float) -> Path:
    """A conference that already holds `seconds` of audio from an earlier run."""
    wav = CrashSafeWav(session.audio_dir / "recording.wav")
    wav.write(hiss(seconds))
    wav.close()
    return wav.path


def cli(*args, timeout=60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", RECORD_SCRIPT, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def marker(session, name="recording.wav") -> Path:
    return session.audio_dir / f"{name}.open"


def lock_file(session) -> Path:
    return session.folder / "recording.lock"


def test_seconds_counts_only_the_audio_recorded_now(virtual_mic):
    session = create_session("carry on")
    wav = existing_audio(session, 7.7)
    done = cli("record", "--session", str(session.folder), "--seconds", "2")
    assert done.returncode == 0, done.stderr
    total = sf.info(str(wav)).duration
    assert 9.65 <= total <= 10.2, total
    assert re.search(r"Saved 2\.[01] s of audio \((9\.[6-9]|10\.[01]) s in all\)", done.stdout), done.stdout


@pytest.mark.parametrize("before", [0.0, 1.5])
def test_a_start_with_no_microphone_leaves_nothing_behind(virtual_mic, before):
    session = create_session("no microphone")
    wav = session.audio_dir / "recording.wav"
    old = existing_audio(session, before).read_bytes() if before else None

    def nothing_left():
        assert not marker(session).exists() and not lock_file(session).exists()
        assert "recording_started" not in kinds(session) and "recording_stopped" not in kinds(session)
        if old is None:
            assert not wav.exists() and session.status() == "New"
        else:
            assert wav.read_bytes() == old

    done = cli("record", "--session", str(session.folder), "--device", "9999", "--seconds", "1")
    assert done.returncode != 0 and "microphone could not be opened" in done.stderr
    nothing_left()
    rec = Recorder(session, device=9999)  # no such microphone
    with pytest.raises(FairMinutesError):
        rec.start()
    nothing_left()  # before any stop(): a window closed now leaves no false "open" recording
    rec.stop()
    nothing_left()
    assert recovery.recover_session(open_session(session.folder)) == []
    assert "recording_recovered" not in kinds(session)


# ----- new files and folders reach the disk with their folder entry

def test_new_files_and_folders_are_fsynced_into_their_folder(tmp_path, monkeypatch):
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to see which folder an fsync was for")
    from app.safefile import Journal, make_private_dir

    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    Journal(tmp_path / "new.jsonl").append({"a": 1})
    assert str(tmp_path) in synced
    synced.clear()
    Journal(tmp_path / "new.jsonl").append({"a": 2})
    assert str(tmp_path) not in synced  # an existing journal: only the file itself
    make_private_dir(tmp_path / "x" / "y")
    assert str(tmp_path) in synced and str(tmp_path / "x") in synced
    synced.clear()
    session = create_session("durable")
    root = session.folder.parent
    assert str(root) in synced and str(session.folder) in synced
