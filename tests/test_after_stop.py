"""After Stop (app/after_stop.py): the file is closed and its hash logged before the transcript,
the conference is let go as soon as the file is closed, and the manifest comes last."""

import json
import threading
import time

import pytest

from app.after_stop import finish_recording
from app.recording.lock import RecordingLock
from app.recording.recorder import Recorder
from app.session import create_session


def test_stop_closes_and_hashes_then_transcribes_then_writes_the_manifest(virtual_mic):
    session = create_session("After stop")
    rec = Recorder(session)
    rec.start()
    time.sleep(1.5)
    closed = threading.Event()
    order = []
    real_manifest = session.write_manifest

    def manifest_after_closing():
        order.append(("manifest", closed.is_set()))
        return real_manifest()

    session.write_manifest = manifest_after_closing
    transcript = finish_recording(rec, live=None, closed=closed)
    assert closed.is_set() and order == [("manifest", True)]
    assert session.transcript_path.exists() and session.manifest_path.exists()
    assert transcript.duration > 1.0
    events = [json.loads(line)["event"] for line in session.events.path.read_text().splitlines()]
    assert events.index("recording_stopped") < events.index("recording_hashed") < events.index("transcribed")
    RecordingLock.acquire(session).release()  # the recording's lock was given up


def test_a_stop_that_fails_still_lets_the_conference_go(virtual_mic):
    session = create_session("Stop fails")
    rec = Recorder(session)
    rec.start()
    time.sleep(0.5)

    def broken_stop():
        raise OSError("the disk went away")

    rec.stop = broken_stop
    closed = threading.Event()
    with pytest.raises(OSError, match="disk went away"):  # the failure reaches the caller
        finish_recording(rec, closed=closed)
    assert closed.is_set()  # a window waiting on it is not left hanging
    Recorder.stop(rec)  # the real stop, so the test leaves nothing open
