"""Recording through real PortAudio, from a virtual microphone fed with a conference's speech."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.recording import recovery
from app.recording.recorder import Recorder, State
from app.recording.wavfile import SAMPLE_RATE
from app.session import create_session, open_session
from tests.virtual_mic import load_speech
from tests.waiting import wait_for

ROOT = Path(__file__).resolve().parent.parent


def resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    t_dst = np.arange(int(len(x) * dst / src)) / dst
    return np.interp(t_dst, np.arange(len(x)) / src, x.astype(np.float64))


def aligned_correlation(recorded: np.ndarray, source: np.ndarray) -> tuple[float, int]:
    """Best normalised cross-correlation of the source inside the recording, and its lag."""
    rec = recorded.astype(np.float64)
    n = len(source)
    spec = np.fft.rfft(rec, len(rec) + n) * np.conj(np.fft.rfft(source, len(rec) + n))
    xc = np.fft.irfft(spec)[: len(rec) - n + 1]
    lag = int(np.argmax(xc))
    seg = rec[lag: lag + n]
    return float(np.dot(seg, source) / np.sqrt(np.dot(seg, seg) * np.dot(source, source))), lag


@pytest.fixture
def speech(clear_speech):
    return load_speech(clear_speech.path)


def test_recorded_audio_matches_the_speech_fed_in(virtual_mic, speech):
    session = create_session("rec test")
    levels = []
    rec = Recorder(session, on_level=levels.append)
    rec.start()
    t0 = time.monotonic()
    time.sleep(0.5)
    virtual_mic.play(speech)
    assert wait_for(lambda: not virtual_mic.busy(), len(speech) / 16000 + 20)
    time.sleep(0.7)
    wall = time.monotonic() - t0
    length = rec.stop()
    data, rate = sf.read(str(session.audio_dir / "recording.wav"), dtype="int16")
    assert rate == SAMPLE_RATE
    # Duration true to the wall clock within 50 ms a minute (plus the stream's start-up latency).
    assert abs(len(data) / rate - length) < 0.06
    assert abs(length - wall) < 0.05 * wall / 60 + 0.25, (length, wall)
    corr, lag = aligned_correlation(data, resample(speech, 16000, SAMPLE_RATE))
    assert corr > 0.99, corr
    assert len(levels) > 15 * wall  # the meter ran at ~20 Hz
    assert max(lv.peak_db for lv in levels) > -20 and min(lv.rms_db for lv in levels) < -60
    kinds = [e["event"] for e in session.events.read()]
    assert kinds[-3:] == ["recording_started", "recording_stopped", "recording_hashed"]


def test_pause_and_resume_are_events_with_offsets(virtual_mic):
    session = create_session("pause")
    rec = Recorder(session)
    # Each call is bracketed by the clock, so a slow machine widens the bounds instead of failing.
    t_start = (time.monotonic(), rec.start(), time.monotonic())
    time.sleep(1.0)
    t_pause = (time.monotonic(), rec.pause(), time.monotonic())
    time.sleep(1.0)
    t_resume = (time.monotonic(), rec.resume(), time.monotonic())
    time.sleep(1.0)
    t_stop = (time.monotonic(), rec.stop(), time.monotonic())
    length = t_stop[1]
    shortest = (t_pause[0] - t_start[2]) + (t_stop[0] - t_resume[2])  # recording, at least
    longest = (t_pause[2] - t_start[0]) + (t_stop[2] - t_resume[0])  # recording, at most
    assert shortest - 0.3 < length < longest + 0.3, (shortest, length, longest)  # the paused second is not in
    ev = {e["event"]: e for e in session.events.read()}
    assert t_pause[0] - t_start[2] - 0.2 < ev["recording_paused"]["offset"] < t_pause[2] - t_start[0] + 0.3
    assert ev["recording_resumed"]["offset"] == ev["recording_paused"]["offset"]


def test_device_lost_keeps_audio_and_recording_goes_on(virtual_mic):
    session = create_session("device lost")
    problems = []
    rec = Recorder(session, on_problem=lambda kind, msg: problems.append((kind, msg)))
    rec.start()
    time.sleep(1.5)
    virtual_mic.unplug()
    try:
        assert wait_for(lambda: problems, 6), "the lost microphone was not noticed"
    finally:
        virtual_mic.plug_in()
    kind, msg = problems[0]
    assert kind == "device_lost" and "saved" in msg
    assert rec.state == State.PAUSED
    kept = rec.position
    assert kept > 1.2
    rec.change_device(None)  # the parent picks a microphone again
    rec.resume()
    time.sleep(1.0)
    length = rec.stop()
    assert length > kept + 0.7
    events = [e["event"] for e in session.events.read()]
    for needed in ("device_lost", "device_changed", "recording_resumed", "recording_stopped"):
        assert needed in events
    assert sf.info(str(session.audio_dir / "recording.wav")).duration == pytest.approx(length, abs=0.06)


def test_a_muted_microphone_is_reported(virtual_mic):
    session = create_session("muted")
    problems = []
    rec = Recorder(session, on_problem=lambda kind, msg: problems.append(kind))
    rec.start()
    time.sleep(1.0)
    virtual_mic.muted = True
    try:
        assert wait_for(lambda: "no_sound" in problems, 10)
    finally:
        virtual_mic.muted = False
    assert rec.state == State.RECORDING  # a muted mic is no reason to stop
    rec.stop()
    assert "no_sound" in [e["event"] for e in session.events.read()]


def _mount_tiny_disk(path: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_disk_full_stops_cleanly_and_keeps_everything(virtual_mic, tmp_path, monkeypatch):
    disk = tmp_path / "tiny"
    if not _mount_tiny_disk(disk):
        pytest.skip("needs root to mount a 256 KB tmpfs (a real full disk)")
    try:
        monkeypatch.setenv("FAIRMINUTES_HOME", str(disk / "home"))
        session = create_session("full")
        problems = []
        rec = Recorder(session, on_problem=lambda kind, msg: problems.append((kind, msg)))
        rec.start()
        assert any("free" in w for w in rec.warnings)  # warned before starting
        assert wait_for(lambda: problems, 15), "a full disk was not noticed"
        assert problems[0][0] == "disk_full" and "saved" in problems[0][1]
        assert rec.state == State.STOPPED
        rec.stop()
        wav = session.audio_dir / "recording.wav"
        recovery.recover_session(session)  # fix the header if the last sync could not be written
        info = sf.info(str(wav))
        assert info.duration > 1.5  # ~48 KB a second on a 256 KB disk
        data, _ = sf.read(str(wav), dtype="int16")
        assert len(data) == info.frames
    finally:
        subprocess.run(["umount", "-l", str(disk)])


RECORD_SCRIPT = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"


def test_kill_9_leaves_playable_audio(virtual_mic):
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(10):
        n = rng.uniform(1.5, 5.0)
        session = create_session(f"kill {trial}")
        proc = subprocess.Popen([sys.executable, "-c", RECORD_SCRIPT, "record", "--seconds", "600",
                                 "--session", str(session.folder)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        started = wait_for(lambda s=session: any(e["event"] == "recording_started" for e in s.events.read()), 20)
        assert started, proc.stderr.read().decode() if proc.poll() is not None else "recording did not start"
        time.sleep(n)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        found = recovery.recover_session(open_session(session.folder))
        assert found and "recovered" in found[0]
        duration = sf.info(str(session.audio_dir / "recording.wav")).duration
        assert duration >= n - 1, (trial, n, duration)
        assert [e["event"] for e in session.events.read()][-3:] == [
            "recording_recovered", "recording_stopped", "recording_hashed"]
        # ... and the recording can go on in the same file.
        if trial == 0:
            rec = Recorder(session)
            rec.start()
            time.sleep(0.5)
            assert rec.stop() > duration + 0.3
