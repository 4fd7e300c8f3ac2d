"""Stop on the conference screen returns at once (issue #22): the recorder's last write, fsync and
the SHA-256 logged in events.jsonl (1.2 s for a three-hour recording) run on a worker, and the
recording's lock is still given up only after the hash is logged."""

import json
import threading

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def slow_hash(monkeypatch):
    """Hashing that waits to be let go: stands in for the seconds that reading three hours takes.
    The real hash is then logged, and where it ran and whether the lock was held are noted."""
    import app.custody as custody
    from app.recording.lock import LOCK_NAME

    real = custody.log_recording_hashes
    go = threading.Event()
    seen = {}

    def hash_when_let_go(session, why, *args, **kwargs):
        seen["thread"] = threading.current_thread()
        seen["lock_held"] = (session.folder / LOCK_NAME).exists()
        go.wait(30)
        return real(session, why, *args, **kwargs)

    monkeypatch.setattr(custody, "log_recording_hashes", hash_when_let_go)
    return go, seen


def kinds(session):
    return [json.loads(line)["event"] for line in session.events.path.read_text().splitlines()]


def recording_page(qtbot):
    from app.session import create_session
    from ui.record_page import RecordPage

    page = RecordPage()
    qtbot.addWidget(page)
    page.load(create_session("Stop test conference"))
    page.start_recording()
    assert page.recording
    qtbot.wait(1500)
    return page


def test_stop_returns_before_the_hash_and_the_lock_goes_after_it(qtbot, virtual_mic, slow_hash, monkeypatch):
    from app.recording.lock import RecordingLock
    from app.session import Session

    go, seen = slow_hash
    real_manifest = Session.write_manifest

    def manifest_noting_its_thread(self):
        seen["manifest_thread"] = threading.current_thread()
        return real_manifest(self)

    monkeypatch.setattr(Session, "write_manifest", manifest_noting_its_thread)
    page = recording_page(qtbot)
    session = page.session
    page.stop()  # with the hash on this thread, this would wait the full 30 s and fail below
    assert not go.is_set()
    assert not page.recording and page.saving
    assert not page.record_btn.isEnabled() and not page.stop_btn.isEnabled()
    assert "Saving the recording" in page.indicator.text()
    qtbot.waitUntil(lambda: "thread" in seen, timeout=10000)
    assert seen["thread"] is not threading.main_thread() and seen["lock_held"]
    assert "recording_hashed" not in kinds(session)

    go.set()
    with qtbot.waitSignal(page.finished, timeout=120000):
        pass
    assert not page.saving
    assert seen["manifest_thread"] is not threading.main_thread()  # it hashes the recording again
    assert session.manifest_path.exists()
    events = kinds(session)
    assert events.index("recording_stopped") < events.index("recording_hashed") < events.index("transcribed")
    RecordingLock.acquire(session).release()  # given up once the hash was logged


def test_leaving_while_saving_waits_for_the_file_to_be_closed(qtbot, virtual_mic, slow_hash):
    go, seen = slow_hash
    page = recording_page(qtbot)
    session = page.session
    page.stop()
    page._leave()  # the back button: refused while the file is being saved
    assert "being saved" in page.banner.text() and page.session is session
    threading.Timer(1.0, go.set).start()
    page.close_session()  # closing the window: waits for the hash, then closes the recorder
    assert "recording_hashed" in kinds(session) and page.recorder is None
    with qtbot.waitSignal(page.finished, timeout=120000):
        pass
