"""The recorder's edges (issue 22, items 2 and 7): one recorder per conference, --seconds counts new
audio, stop() never drops queued audio, any writer error stops cleanly, recovery leaves a live
recording alone, a failed start leaves nothing behind, a WAV never outgrows its header, and new files
and folders reach the disk with their folder entry. Audio goes through real PortAudio (virtual_mic)."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.errors import FairMinutesError
from app.recording import recorder as recorder_module
from app.recording import recovery
from app.recording.recorder import Recorder, State
from app.recording.wavfile import SAMPLE_RATE, CrashSafeWav, needs_repair
from app.session import create_session, open_session
from tests.waiting import wait_for

ROOT = Path(__file__).resolve().parent.parent
RECORD_SCRIPT = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
REFUSAL = "This conference is being recorded by another FairMinutes window"


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


# ----- item 2: one recorder per conference

def test_a_second_recorder_in_the_same_app_is_refused_and_the_first_goes_on(virtual_mic):
    session = create_session("two recorders")
    first = Recorder(session)
    second = Recorder(open_session(session.folder))
    first.start()
    try:
        time.sleep(0.5)
        with pytest.raises(FairMinutesError) as refused:
            second.start()
        line = str(refused.value)
        assert line.startswith(REFUSAL) and f"(process {os.getpid()}" in line and "Stop that one first" in line
        assert "\n" not in line
        assert second.state != State.RECORDING
        manifest = session.write_manifest()  # the lock and the open marker are bookkeeping, not evidence
        assert "recording.lock" not in manifest["files"] and "audio/recording.wav.open" not in manifest["files"]
        time.sleep(0.5)
        assert first.state == State.RECORDING
    finally:
        second.stop()
        length = first.stop()
    wav = session.audio_dir / "recording.wav"
    assert not needs_repair(wav)
    assert sf.info(str(wav)).frames == round(length * SAMPLE_RATE)  # every frame the first captured
    assert kinds(session).count("recording_started") == 1
    assert not lock_file(session).exists() and not marker(session).exists()


def test_record_on_a_conference_being_recorded_refuses_with_one_line(virtual_mic):
    session = create_session("cli on a live one")
    first = Recorder(session)
    first.start()
    try:
        time.sleep(0.3)
        done = cli("record", "--session", str(session.folder), "--seconds", "2")
        assert done.returncode != 0, done.stdout
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert REFUSAL in lines[0] and f"(process {os.getpid()}" in lines[0]
        assert "Saved" not in done.stdout
        # The first recorder still owns its file: the marker that makes a crash recoverable is there.
        assert marker(session).exists() and first.state == State.RECORDING
        time.sleep(0.3)
    finally:
        length = first.stop()
    wav = session.audio_dir / "recording.wav"
    assert not needs_repair(wav)
    assert sf.info(str(wav)).frames == round(length * SAMPLE_RATE)
    assert kinds(session).count("recording_started") == 1


@pytest.mark.parametrize("whose", ["dead", "reused"])
def test_a_stale_lock_is_taken_over_and_logged(virtual_mic, whose):
    """A lock left by a crash names a process that is gone, or whose number now belongs to some other
    program (not holding the lock): either way nobody is recording, so the next recorder takes over."""
    session = create_session(f"stale lock {whose}")
    existing_audio(session, 1.0)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        if whose == "dead":
            other.kill()
            other.wait()
        lock_file(session).write_text(json.dumps({"pid": other.pid, "host": socket.gethostname(),
                                                  "started": "2025-03-04T09:58:00.000+00:00"}))
        marker(session).write_text(str(other.pid))
        rec = Recorder(session)
        rec.start()
        time.sleep(0.4)
        held = json.loads(lock_file(session).read_text())
        assert held["pid"] == os.getpid()
        length = rec.stop()
    finally:
        other.kill()
        other.wait()
    assert length > 1.3
    log = kinds(session)
    assert "recording_lock_taken_over" in log
    assert log.index("recording_lock_taken_over") < log.index("recording_started")
    taken = next(e for e in events(session) if e["event"] == "recording_lock_taken_over")
    assert taken["previous_pid"] == other.pid
    assert not lock_file(session).exists()


def test_seconds_counts_only_the_audio_recorded_now(virtual_mic):
    session = create_session("carry on")
    wav = existing_audio(session, 7.7)
    done = cli("record", "--session", str(session.folder), "--seconds", "2")
    assert done.returncode == 0, done.stderr
    total = sf.info(str(wav)).duration
    assert 9.65 <= total <= 10.2, total
    assert re.search(r"Saved 2\.[01] s of audio \((9\.[6-9]|10\.[01]) s in all\)", done.stdout), done.stdout


# ----- item 7: the recorder's edges

def test_stop_waits_for_a_slow_writer_and_keeps_every_block(virtual_mic):
    """The writer thread also feeds the live transcriber; when that falls behind, stop() must wait
    until every queued block is in the file (the old stop gave up after 10 s and closed the file)."""
    session = create_session("slow writer")
    rec = Recorder(session)
    rec.listeners.append(lambda offset, block, rate: time.sleep(0.7))
    rec.start()
    time.sleep(1.0)
    length = rec.stop()
    wav = session.audio_dir / "recording.wav"
    assert not marker(session).exists() and not needs_repair(wav)
    assert sf.info(str(wav)).frames == round(length * SAMPLE_RATE)
    assert length > 0.9
    assert kinds(session)[-2:] == ["recording_stopped", "recording_hashed"]


def test_a_writer_that_cannot_finish_is_reported_and_its_file_is_left_to_it(virtual_mic, monkeypatch):
    monkeypatch.setattr(recorder_module, "WRITER_STALL_AFTER", 1.0, raising=False)
    session = create_session("stuck writer")
    gate = threading.Event()
    rec = Recorder(session)
    rec.listeners.append(lambda offset, block, rate: gate.wait(30))
    rec.start()
    try:
        time.sleep(0.5)
        t0 = time.monotonic()
        length = rec.stop()
        assert time.monotonic() - t0 < 5
        delayed = [e for e in events(session) if e["event"] == "recording_stop_delayed"]
        assert delayed and delayed[0]["seconds_waiting"] > 0.2
        assert marker(session).exists()  # the file is still open in the writer, never closed under it
    finally:
        gate.set()
    wav = session.audio_dir / "recording.wav"
    # Closed by the writer: the marker goes, the hash is logged, then the lock is given up.
    assert wait_for(lambda: not marker(session).exists() and not lock_file(session).exists(), 10)
    assert not needs_repair(wav)
    assert sf.info(str(wav)).frames == round(length * SAMPLE_RATE)
    assert kinds(session)[-2:] == ["recording_stopped", "recording_hashed"]


def test_an_unexpected_writer_error_stops_capture_and_keeps_the_audio(virtual_mic):
    session = create_session("writer error")
    problems = []
    rec = Recorder(session, on_problem=lambda kind, msg: problems.append((kind, msg)))
    rec.start()
    time.sleep(1.0)
    on_disk = rec.wav.frames
    rec.wav._f.close()  # the file closed under the writer: its next write raises ValueError
    assert wait_for(lambda: problems, 5), "the writer's error was not reported"
    kind, msg = problems[0]
    assert kind == "error" and "saved" in msg
    assert rec.state == State.STOPPED
    queued = rec._queue.qsize()
    time.sleep(0.5)
    assert rec._queue.qsize() <= queued  # capture stopped: nothing keeps piling up
    rec.stop()
    stopped = [e for e in events(session) if e["event"] == "recording_stopped"]
    assert stopped and stopped[-1]["reason"] == "error"
    recovery.recover_session(open_session(session.folder))  # the header could not be finished
    assert sf.info(str(session.audio_dir / "recording.wav")).frames >= on_disk > 0.8 * SAMPLE_RATE


def test_recovery_leaves_a_recording_in_this_process_alone(virtual_mic):
    session = create_session("live here")
    rec = Recorder(session)
    rec.start()
    try:
        time.sleep(1.0)
        assert recovery.recover_session(open_session(session.folder)) == []
        assert "recording_recovered" not in kinds(session)
        assert marker(session).exists()
        time.sleep(0.3)
    finally:
        length = rec.stop()
    assert sf.info(str(session.audio_dir / "recording.wav")).frames == round(length * SAMPLE_RATE)


def test_recovery_leaves_a_recording_in_another_process_alone(virtual_mic):
    session = create_session("live elsewhere")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", RECORD_SCRIPT, "record", "--seconds", "600",
                             "--session", str(session.folder)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: "recording_started" in kinds(session), 20), "recording did not start"
        time.sleep(1.0)
        assert recovery.recover_session(open_session(session.folder)) == []
        assert recovery.recover_all() == []
        assert "recording_recovered" not in kinds(session)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert "recording_recovered" not in kinds(session)
    assert kinds(session)[-2:] == ["recording_stopped", "recording_hashed"] and not marker(session).exists()


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


def test_a_long_recording_goes_on_in_a_new_file_before_the_header_overflows(virtual_mic):
    """A WAV's size fields are 32-bit: 24.8 hours at 24 kHz. The recorder starts recording.2.wav
    before that (tested here with a one-second limit); every part is a plain WAV, said in events.jsonl."""
    session = create_session("very long")
    rec = Recorder(session)
    rec.max_file_bytes = SAMPLE_RATE * 2  # one second a file
    rec.start()
    _record_until(rec, 2.3)  # into a third part, however slowly a busy machine delivers the audio
    length = rec.stop()
    parts = sorted(session.audio_dir.glob("recording*.wav"))
    names = [p.name for p in parts]
    assert names[:3] == ["recording.2.wav", "recording.3.wav", "recording.wav"], names
    frames = 0
    for p in parts:
        assert not needs_repair(p)
        info = sf.info(str(p))
        assert info.samplerate == SAMPLE_RATE and info.frames * 2 <= SAMPLE_RATE * 2
        frames += info.frames
    assert frames == round(length * SAMPLE_RATE)
    started = [e for e in events(session) if e["event"] == "recording_file_started"]
    assert [e["file"] for e in started][:2] == ["recording.2.wav", "recording.3.wav"]
    first = sf.info(str(session.audio_dir / "recording.wav")).frames
    assert started[0]["offset"] == round(first / SAMPLE_RATE, 3)
    assert not any(session.audio_dir.glob("*.open"))
    # Carrying on later continues the last part, on the same clock.
    again = Recorder(session)
    again.max_file_bytes = SAMPLE_RATE * 2
    again.start()
    assert again.position == pytest.approx(length, abs=1e-6)
    _record_until(again, length + 0.3)
    assert again.stop() > length + 0.2


def _record_until(rec: Recorder, seconds: float, limit: float = 30.0) -> None:
    """Wait until the recording holds `seconds` of audio: a fixed sleep records less on a loaded
    machine, where the sound card's blocks arrive late."""
    deadline = time.monotonic() + limit
    while rec.position < seconds:
        assert time.monotonic() < deadline, f"only {rec.position:.2f} s recorded in {limit:.0f} s"
        time.sleep(0.05)


def test_a_wav_never_grows_past_what_its_header_can_count(tmp_path):
    """The real limit, without writing 4 GB: a sparse file one block short of it."""
    import struct

    from app.recording import wavfile

    limit = (0xFFFFFFFF - 36) // 2 * 2  # the RIFF size field holds 36 + the data bytes, in 32 bits
    assert 24.8 < limit / (SAMPLE_RATE * 2) / 3600 < 24.9
    path = tmp_path / "long.wav"
    CrashSafeWav(path).close()
    with open(path, "r+b") as f:
        f.truncate(44 + limit - 2 * 1200)
    wav = CrashSafeWav(path)
    wav.write(np.zeros(1200, np.int16))  # fills it exactly
    with pytest.raises(ValueError):
        wav.write(np.zeros(1, np.int16))
    wav.close()
    assert not needs_repair(path)
    with open(path, "rb") as f:
        f.seek(40)
        assert struct.unpack("<I", f.read(4))[0] == limit
    assert getattr(wavfile, "MAX_DATA_BYTES", None) == limit


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
