"""The conference screen for a stressed parent (issue #21): the 'before we start' checklist, the
chair's answer logged as an event, notes without a recording, the live words hidden with Ctrl+H,
and Pause that needs a second click and shows a banner while paused."""

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def page(qtbot):
    from app.session import create_session
    from ui.record_page import RecordPage
    from ui.style import STYLE

    p = RecordPage()
    p.setStyleSheet(STYLE)  # the app's look: sizes of Record, Pause and Stop come from it
    qtbot.addWidget(p)
    p.resize(1366, 740)
    p.show()
    p.activateWindow()  # shortcuts (Ctrl+H) reach only the active window
    qtbot.waitActive(p)
    p.load(create_session("Checklist test conference"))
    yield p
    p.close_session()


def events(session, kind):
    return [e for e in (json.loads(line) for line in session.events.path.read_text().splitlines())
            if e["event"] == kind]


def test_checklist_logs_chair_agreed_as_an_event(qtbot, page):
    checklist = page.checklist
    assert page.middle.currentIndex() == 0 and checklist.isVisible()  # shown before recording
    assert "hours" in checklist.disk_label.text() or "minutes" in checklist.disk_label.text()
    qtbot.keyClicks(checklist.words, "Yes, as long as it is not shared")
    qtbot.mouseClick(checklist.answer_buttons["agreed"], Qt.LeftButton)
    logged = events(page.session, "recording_permission")
    assert len(logged) == 1
    assert logged[0]["answer"] == "agreed" and logged[0]["words"] == "Yes, as long as it is not shared"
    assert "agreed" in checklist.logged.text() and not checklist.refused_box.isVisible()
    assert page.record_btn.isEnabled()


def test_refused_lets_notes_run_without_audio(qtbot, page):
    checklist = page.checklist
    qtbot.mouseClick(checklist.answer_buttons["refused"], Qt.LeftButton)
    assert [e["answer"] for e in events(page.session, "recording_permission")] == ["refused"]
    assert checklist.refused_box.isVisible() and "notes" in checklist.refused_box.findChild(
        type(checklist.logged)).text()
    qtbot.mouseClick(checklist.notes_clock_btn, Qt.LeftButton)
    assert len(events(page.session, "notes_clock_started")) == 1
    assert not page.record_btn.isEnabled() and "no recording" in page.indicator.text().lower()
    qtbot.wait(1200)
    page.note_edit.setText("Chair asks the social worker to summarise")
    page.save_note(None)
    (note,) = page.session.notes.current()
    assert 1.0 <= note.t < 30  # seconds since the notes clock started, not 0
    assert page.session.recording_path() is None  # nothing was recorded


def test_ctrl_h_hides_and_shows_the_live_transcript(qtbot, page):
    page.middle.setCurrentWidget(page.live_stack.parentWidget())  # as once recording starts
    page.note_edit.setFocus()  # where the friend types: the shortcut must still work there
    qtbot.keyClicks(page.note_edit, "h")  # a plain key is a note, never the shortcut
    assert page.live_shown and page.note_edit.text() == "h"
    qtbot.keyClick(page.note_edit, Qt.Key_H, Qt.ControlModifier)
    assert not page.live_shown and not page.live_list.isVisible() and page.live_hidden.isVisible()
    assert page.meter.isVisible() and page.elapsed.isVisible()  # the level and the timer stay
    qtbot.keyClick(page.note_edit, Qt.Key_H, Qt.ControlModifier)
    assert page.live_shown and page.note_edit.text() == "h"


def test_settings_can_start_with_the_live_words_hidden(qtbot, page):
    from app.session import create_session
    from app.settings import load_settings, save_settings

    save_settings({**load_settings(), "hide_live_transcript": True})
    page.close_session()
    page.load(create_session("Hidden from the start"))
    assert not page.live_shown


def test_pause_needs_a_second_click_shows_a_banner_and_resume_removes_it(qtbot, page, virtual_mic):
    from app.recording.recorder import State

    page.start_recording()
    assert page.recorder.state == State.RECORDING
    assert page.pause_btn.isVisible() and not page.record_btn.isVisible()
    assert page.pause_btn.sizeHint().width() < page.stop_btn.sizeHint().width()  # smaller than Stop
    assert page.pause_btn.sizeHint().height() < page.stop_btn.sizeHint().height()

    qtbot.mouseClick(page.pause_btn, Qt.LeftButton)  # one click: armed, still recording
    assert page.recorder.state == State.RECORDING and not page.pause_banner.isVisible()
    assert "again" in page.pause_btn.text()
    qtbot.wait(4500)  # left alone, it disarms
    assert not page.pause_btn.armed and page.recorder.state == State.RECORDING

    qtbot.mouseClick(page.pause_btn, Qt.LeftButton)
    qtbot.mouseClick(page.pause_btn, Qt.LeftButton)  # confirmed
    assert page.recorder.state == State.PAUSED
    assert page.pause_banner.isVisible() and "PAUSED" in page.pause_banner.title.text()
    assert page.pause_banner.height() >= 60  # large, across the screen
    qtbot.waitUntil(lambda: "Paused for 0:01" in page.pause_banner.time.text(), timeout=3000)  # the time runs

    qtbot.mouseClick(page.pause_banner.resume, Qt.LeftButton)
    assert page.recorder.state == State.RECORDING and not page.pause_banner.isVisible()
    kinds = [e["event"] for e in (json.loads(line) for line in page.session.events.path.read_text().splitlines())]
    assert kinds.count("recording_paused") == 1 and kinds.count("recording_resumed") == 1
    qtbot.mousePress(page.pause_btn, Qt.LeftButton)  # or press and hold for a second
    qtbot.wait(1300)
    assert page.recorder.state == State.PAUSED and page.pause_banner.isVisible()
    qtbot.mouseRelease(page.pause_btn, Qt.LeftButton)
    assert page.recorder.state == State.PAUSED  # the release is not taken as a first click


def test_microphone_test_plays_back_and_the_meter_comes_back(qtbot, page, virtual_mic, clear_speech):
    from app.recording.recorder import State
    from tests.virtual_mic import load_speech

    assert "default (default)" not in page.mic.currentText()
    virtual_mic.play(load_speech(clear_speech.path)[: 16000 * 4])
    qtbot.mouseClick(page.mic_test_btn, Qt.LeftButton)
    assert not page.mic_test_btn.isEnabled() and "Speak now" in page.mic_test_label.text()
    qtbot.waitUntil(lambda: page.mic_test_btn.isEnabled(), timeout=15000)
    assert "hears you" in page.mic_test_label.text()
    assert page.recorder is not None and page.recorder.state == State.MONITORING  # the meter runs again
    page.start_recording()
    assert page.recorder.state == State.RECORDING and not page.mic_test_btn.isEnabled()


def test_after_stop_every_pause_and_gap_is_listed(qtbot):
    from app.custody import breaks_sentence
    from app.session import create_session
    from ui.main_window import MainWindow

    s = create_session("Pauses listed")
    assert breaks_sentence(s) == ("The recording ran without a pause or a gap from start to end.", False)
    day = "2026-04-02T10:{}+01:00"
    s.log_event("recording_started", offset=0.0, device="Desk mic", wall=day.format("00:00.000"))
    s.log_event("recording_paused", offset=600.0, wall=day.format("10:00.000"))
    s.log_event("recording_resumed", offset=600.0, device="Desk mic", wall=day.format("11:30.000"))
    s.log_event("device_lost", offset=900.0, device="Desk mic", wall=day.format("16:30.000"))
    s.log_event("recording_resumed", offset=900.0, device="Desk mic", wall=day.format("16:45.000"))
    s.log_event("recording_stopped", offset=1200.0, wall=day.format("21:45.000"))
    text, gaps = breaks_sentence(s)
    assert gaps and "2 times" in text
    assert "at 10:00 for 1:30 (paused)" in text
    assert "at 15:00 for 0:15 (microphone stopped sending sound)" in text
    w = MainWindow()  # what the parent sees once Stop has finished the transcript
    qtbot.addWidget(w)
    w.show_recorded(s)
    assert w.stack.currentWidget() is w.review and w.review.banner.text() == text
    w.review.stop_playing()
