"""Bringing in a phone's recording from the start screen: checked at once, copied on a worker,
then transcribed; a file that is not audio is refused before any conference is made."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.session import list_sessions


@pytest.fixture
def window(qtbot, fairminutes_home):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.review.stop_playing()


def test_a_recording_is_brought_in_and_transcribed(window, qtbot, clear_speech, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(clear_speech.path), ""))
    window.bring_in_recording()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=20_000)
    session = window.review.session
    assert session.recording_path().read_bytes() == clear_speech.path.read_bytes()  # byte for byte
    qtbot.waitUntil(session.transcript_path.exists, timeout=120_000)
    assert [e["event"] for e in session.events.read()].count("recording_imported") == 1


def test_text_named_as_audio_is_refused_and_no_conference_is_made(window, tmp_path, monkeypatch):
    fake = tmp_path / "voice-memo.m4a"
    fake.write_text("not a recording at all\n" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.bring_in_recording()
    assert warned and "not an audio file" in warned[0]
    assert list_sessions() == []
