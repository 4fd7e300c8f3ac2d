"""`fairminutes record` whose microphone will not start leaves no empty "New" conference behind
(issue #22); a conference that was already there, or holds anything, is never removed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def record(tmp_path, *args, **env_extra):
    env = dict(os.environ, FAIRMINUTES_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT), **env_extra)
    return subprocess.run([sys.executable, "-m", "app.cli", "record", "--seconds", "1", *args], cwd=ROOT,
                          env=env, capture_output=True, timeout=120)


def conferences(tmp_path):
    sessions = tmp_path / "home" / "sessions"
    return sorted(p.name for p in sessions.iterdir()) if sessions.exists() else []


@pytest.mark.parametrize("device", ["999", "a microphone nobody has"])
def test_a_bad_device_leaves_no_conference(tmp_path, device):
    r = record(tmp_path, "--device", device)
    err = r.stderr.decode()
    assert r.returncode != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "microphone" in err.lower()
    assert conferences(tmp_path) == []


def test_no_sound_system_at_all_leaves_no_conference(tmp_path):
    empty = tmp_path / "no-audio"
    empty.mkdir()
    # No PulseAudio to reach and no ALSA configuration of the user's: PortAudio finds no microphone.
    r = record(tmp_path, HOME=str(empty), XDG_RUNTIME_DIR=str(empty), PULSE_SERVER="unix:/nonexistent")
    if r.returncode == 0:
        pytest.skip("this machine has a microphone the test cannot hide")
    assert "Traceback" not in r.stderr.decode()
    assert conferences(tmp_path) == []


def test_an_existing_conference_is_kept_when_its_microphone_fails(tmp_path, monkeypatch):
    from app.session import create_session

    monkeypatch.setenv("FAIRMINUTES_HOME", str(tmp_path / "home"))
    session = create_session("Already there")
    r = record(tmp_path, "--device", "999", "--session", session.folder.name)
    assert r.returncode != 0
    assert conferences(tmp_path) == [session.folder.name]
    assert "recording_start_failed" in session.events.path.read_text()


def test_only_an_unused_conference_is_removed(fairminutes_home):
    from app.session import create_session, remove_if_unused

    with_note = create_session("With a note")
    with_note.notes.add(1.0, "The chair arrived late.")
    with_event = create_session("With a chair's answer")
    with_event.log_event("recording_permission", answer="agreed", words="")
    unused = create_session("Nothing in it")
    unused.log_event("recording_start_failed", error="no microphone")
    assert not remove_if_unused(with_note) and with_note.folder.exists()
    assert not remove_if_unused(with_event) and with_event.folder.exists()
    assert remove_if_unused(unused) and not unused.folder.exists()
